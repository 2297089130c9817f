//! The sandbox's call and recording resources, serialised with Twilio's field
//! names and formats (RFC 2822 dates, durations as strings).

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::{Value, json};

use crate::telephony::{CallStatus, format_rfc2822};

#[derive(Clone, Debug)]
pub struct CallResource {
    pub sid: String,
    pub account_sid: String,
    pub parent_call_sid: Option<String>,
    pub to: String,
    pub from: String,
    pub status: CallStatus,
    pub direction: &'static str,
    pub date_created: DateTime<Utc>,
    pub date_updated: DateTime<Utc>,
    pub start_time: Option<DateTime<Utc>>,
    pub end_time: Option<DateTime<Utc>>,
    pub duration_secs: Option<i64>,
    pub answered_by: Option<String>,
}

impl CallResource {
    pub fn uri(&self) -> String {
        format!(
            "/2010-04-01/Accounts/{}/Calls/{}.json",
            self.account_sid, self.sid
        )
    }

    pub fn to_json(&self) -> Value {
        let base = format!(
            "/2010-04-01/Accounts/{}/Calls/{}",
            self.account_sid, self.sid
        );
        json!({
            "sid": self.sid,
            "account_sid": self.account_sid,
            "parent_call_sid": self.parent_call_sid,
            "to": self.to,
            "to_formatted": self.to,
            "from": self.from,
            "from_formatted": self.from,
            "phone_number_sid": null,
            "status": self.status.as_str(),
            "direction": self.direction,
            "date_created": format_rfc2822(self.date_created),
            "date_updated": format_rfc2822(self.date_updated),
            "start_time": self.start_time.map(format_rfc2822),
            "end_time": self.end_time.map(format_rfc2822),
            "duration": self.duration_secs.map(|d| d.to_string()),
            "price": null,
            "price_unit": "USD",
            "answered_by": self.answered_by,
            "api_version": "2010-04-01",
            "forwarded_from": null,
            "group_sid": null,
            "caller_name": null,
            "queue_time": "0",
            "trunk_sid": null,
            "annotation": null,
            "uri": self.uri(),
            "subresource_uris": {
                "recordings": format!("{base}/Recordings.json"),
                "notifications": format!("{base}/Notifications.json"),
                "events": format!("{base}/Events.json"),
            },
        })
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct RecordingResource {
    pub sid: String,
    pub account_sid: String,
    pub call_sid: String,
    pub channels: u16,
    pub source: &'static str,
    pub duration_secs: i64,
    pub start_time: DateTime<Utc>,
    pub date_created: DateTime<Utc>,
    pub fault: super::profile::RecordingFault,
}

impl RecordingResource {
    pub fn uri(&self) -> String {
        format!(
            "/2010-04-01/Accounts/{}/Recordings/{}",
            self.account_sid, self.sid
        )
    }

    pub fn to_json(&self) -> Value {
        json!({
            "sid": self.sid,
            "account_sid": self.account_sid,
            "call_sid": self.call_sid,
            "conference_sid": null,
            "api_version": "2010-04-01",
            "date_created": format_rfc2822(self.date_created),
            "date_updated": format_rfc2822(self.date_created),
            "start_time": format_rfc2822(self.start_time),
            "duration": self.duration_secs.to_string(),
            "channels": self.channels,
            "source": self.source,
            "status": "completed",
            "error_code": null,
            "price": null,
            "price_unit": "USD",
            "track": "both",
            "media_url": null,
            "encryption_details": null,
            "uri": format!("{}.json", self.uri()),
            "subresource_uris": {},
        })
    }
}
