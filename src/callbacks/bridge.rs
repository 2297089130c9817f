//! Bridged callbacks: the service rings the operator's own phone and, once
//! they answer, dials the citizen with `<Dial>`, recording both sides in two
//! channels — so the call goes through the same carrier, is recorded, and
//! the citizen sees the centre's number, never the operator's.

use chrono::{DateTime, Utc};

use super::desk::{self, Operator};
use super::hours::CallingHours;
use crate::calls::dialer::{Dialer, webhook_url};
use crate::calls::{self, CallState, NewCall};
use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::i18n::{Lang, Locale};
use crate::msg;
use crate::telephony::twiml::{Dial, Twiml, Verb};

/// Places the bridged call for a callback the operator holds. Refused
/// outside calling hours, without an operator line, or for a number on the
/// do-not-call list. Returns the call's id.
pub async fn place(
    db: &Db,
    dialer: &Dialer,
    hours: &CallingHours,
    operator: &Operator,
    callback_id: i64,
    script_id: &str,
    now: DateTime<Utc>,
) -> AppResult<i64> {
    let held = desk::held(db, operator, callback_id, now).await?;
    if !hours.is_open(now) {
        return Err(AppError::Conflict(msg!("callbacks-outside-calling-hours")));
    }
    let Some(operator_line) = operator.phone.clone() else {
        return Err(AppError::invalid(
            "phone",
            msg!("callbacks-no-operator-line"),
        ));
    };
    let Some(citizen) = held.phone.clone() else {
        return Err(AppError::Conflict(msg!("callbacks-no-citizen-number")));
    };
    if desk::on_do_not_call(db, &citizen).await? {
        return Err(AppError::Conflict(msg!("callbacks-citizen-do-not-call")));
    }
    let id = calls::insert(
        db,
        &NewCall {
            purpose: "callback",
            script_id,
            to_number: &operator_line,
            from_number: &dialer.from_number,
            state: CallState::Dialing,
            due_at: None,
        },
        now.timestamp_millis(),
    )
    .await?;
    sqlx::query("UPDATE calls SET callback_id = $1 WHERE id = $2")
        .bind(callback_id)
        .bind(id)
        .execute(&db.pool)
        .await?;
    dialer.dial(id, &operator_line).await?;
    Ok(id)
}

/// The TwiML for the operator's leg: tell them, in their language, that the
/// citizen is coming, then bridge. When the bridge ends, the dial action
/// hangs up.
pub fn twiml(
    public_url: &url::Url,
    call_id: i64,
    citizen: &str,
    caller_id: &str,
    lang: &Lang,
) -> Twiml {
    Twiml::new()
        .say(
            lang.t("bridge-connecting"),
            Some(lang.locale.speech_language()),
        )
        .verb(Verb::Dial(Dial {
            number: citizen.to_string(),
            caller_id: Some(caller_id.to_string()),
            action: Some(webhook_url(public_url, "dial", call_id, &[])),
            timeout_secs: 30,
            record: Some("record-from-answer-dual".into()),
            recording_status_callback: Some(webhook_url(public_url, "recording", call_id, &[])),
        }))
}

/// Who a bridged call connects: the citizen's number (if still known), and
/// the operator's own language and their centre's code, for what the
/// operator hears before the bridge.
pub struct BridgeParties {
    pub citizen: Option<String>,
    pub operator_locale: Option<Locale>,
    pub centre_code: String,
}

/// The parties of a bridged call, if the call is one.
pub async fn parties_of_call(db: &Db, call_id: i64) -> AppResult<Option<BridgeParties>> {
    let row: Option<(Option<String>, Option<String>, String)> = sqlx::query_as(
        "SELECT v.phone, u.locale, ce.code FROM calls k JOIN callbacks c ON c.id = k.callback_id \
         JOIN service_visits v ON v.id = c.visit_id JOIN centres ce ON ce.id = c.centre_id \
         LEFT JOIN users u ON u.id = c.operator_user_id WHERE k.id = $1",
    )
    .bind(call_id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.map(|(citizen, locale, centre_code)| BridgeParties {
        citizen,
        operator_locale: locale.and_then(|l| l.parse().ok()),
        centre_code,
    }))
}

/// The latest bridged call of a callback, as the operator follows it.
#[derive(Clone, Debug, serde::Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct BridgedCall {
    pub id: i64,
    pub state: String,
    pub connection: Option<String>,
    pub duration_secs: Option<i64>,
    /// The state of its recording, once the carrier has reported one.
    pub recording: Option<String>,
}

pub async fn latest_call(db: &Db, callback_id: i64) -> AppResult<Option<BridgedCall>> {
    Ok(sqlx::query_as(
        "SELECT c.id, c.state, c.connection, c.duration_s AS duration_secs, \
         (SELECT r.state FROM recordings r WHERE r.call_id = c.id ORDER BY r.id DESC LIMIT 1) AS recording \
         FROM calls c WHERE c.callback_id = $1 ORDER BY c.id DESC LIMIT 1",
    )
    .bind(callback_id)
    .fetch_optional(&db.pool)
    .await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_operator_hears_that_the_citizen_is_coming_in_their_own_language() {
        let vi = Lang::english().with_locale(Locale::Vi);
        let url = url::Url::parse("https://civicall.example/").unwrap();
        let xml = twiml(&url, 7, "+84912300000", "+84277000000", &vi).render();
        assert!(xml.contains("language=\"vi-VN\""), "{xml}");
        assert!(xml.contains(&vi.t("bridge-connecting")), "{xml}");
        assert!(xml.contains("+84912300000"), "{xml}");
    }
}
