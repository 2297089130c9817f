//! When citizens may be called: a centre's days and hours in its own time
//! zone, minus holidays, and never before 08:00 or after 21:00 local time
//! whatever the settings say — except in the demo, whose centre calls at any
//! hour (`callbacks.demo_any_hour`, which only `serve --demo` can set).

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc, Weekday};
use chrono_tz::Tz;

use crate::config::CallbacksConfig;
use crate::error::{AppError, AppResult};
use crate::i18n::{Lang, Msg};
use crate::roster::{DepartmentSchedule, LocalTime, WorkDays};
use crate::{msg, tr};

/// The earliest and latest a citizen is ever called, in local time.
const EARLIEST: (u32, u32) = (8, 0);
const LATEST: (u32, u32) = (21, 0);

#[derive(Clone, Debug)]
pub struct CallingHours {
    schedule: DepartmentSchedule,
    holidays: Vec<NaiveDate>,
    /// The demo's widened hours: every day, all day.
    demo_any_hour: bool,
}

impl CallingHours {
    /// The calling hours of centre `code` in time zone `tz`, from the settings.
    pub fn for_centre(config: &CallbacksConfig, code: &str, tz: Tz) -> AppResult<CallingHours> {
        let own = config.centres.iter().find(|c| c.code == code);
        let mut holidays = config.holidays.clone();
        holidays.extend(own.map(|c| c.holidays.clone()).unwrap_or_default());
        if config.demo_any_hour {
            return Ok(CallingHours::all_day(tz, holidays));
        }
        let days = own
            .and_then(|c| c.days.clone())
            .unwrap_or_else(|| config.calling_days.clone());
        let start = own
            .and_then(|c| c.start.clone())
            .unwrap_or_else(|| config.calling_start.clone());
        let end = own
            .and_then(|c| c.end.clone())
            .unwrap_or_else(|| config.calling_end.clone());
        let field = |name: &str, problem: Msg| {
            AppError::invalid(format!("callbacks.{name} ({code})"), problem)
        };
        let days = WorkDays::parse(&days).map_err(|_| {
            field(
                "calling_days",
                msg!("callbacks-setting-days-invalid", value = days.as_str()),
            )
        })?;
        let time = |name: &str, raw: &str| {
            LocalTime::parse(raw)
                .map(|t| t.time())
                .map_err(|_| field(name, msg!("callbacks-setting-time-invalid", value = raw)))
        };
        let start = time("calling_start", &start)?;
        let end = time("calling_end", &end)?;
        let earliest = NaiveTime::from_hms_opt(EARLIEST.0, EARLIEST.1, 0).expect("a valid time");
        let latest = NaiveTime::from_hms_opt(LATEST.0, LATEST.1, 0).expect("a valid time");
        let (start, end) = (start.max(earliest), end.min(latest));
        if start >= end {
            return Err(field(
                "calling_end",
                msg!(
                    "callbacks-setting-no-time",
                    centre = code,
                    earliest = earliest.format("%H:%M").to_string(),
                    latest = latest.format("%H:%M").to_string()
                ),
            ));
        }
        Ok(CallingHours {
            schedule: DepartmentSchedule {
                time_zone: tz,
                work_days: days.days().to_vec(),
                work_start: start,
                work_end: end,
                lunch: None,
            },
            holidays,
            demo_any_hour: false,
        })
    }

    /// Every day from midnight to the last instant before the next one (a
    /// schedule's end is excluded, and there is no 24:00).
    fn all_day(tz: Tz, holidays: Vec<NaiveDate>) -> CallingHours {
        let midnight = NaiveTime::MIN;
        let last = NaiveTime::from_hms_nano_opt(23, 59, 59, 999_999_999).expect("a valid time");
        CallingHours {
            schedule: DepartmentSchedule {
                time_zone: tz,
                work_days: vec![
                    Weekday::Mon,
                    Weekday::Tue,
                    Weekday::Wed,
                    Weekday::Thu,
                    Weekday::Fri,
                    Weekday::Sat,
                    Weekday::Sun,
                ],
                work_start: midnight,
                work_end: last,
                lunch: None,
            },
            holidays,
            demo_any_hour: true,
        }
    }

    /// Whether these are the demo's widened hours rather than a real
    /// office's, which never reach past 08:00–21:00.
    pub fn is_demo_any_hour(&self) -> bool {
        self.demo_any_hour
    }

    pub fn time_zone(&self) -> Tz {
        self.schedule.time_zone
    }

    pub fn local_date(&self, at: DateTime<Utc>) -> NaiveDate {
        at.with_timezone(&self.schedule.time_zone).date_naive()
    }

    /// Whether a citizen may be called at `at`.
    pub fn is_open(&self, at: DateTime<Utc>) -> bool {
        !self.holidays.contains(&self.local_date(at)) && self.schedule.is_working_at(at)
    }

    /// The first moment at or after `from` when calling is allowed (within
    /// the next four weeks; later than that the settings leave no hours).
    pub fn next_open(&self, from: DateTime<Utc>) -> Option<DateTime<Utc>> {
        if self.is_open(from) {
            return Some(from);
        }
        let first = self.local_date(from);
        (0..28)
            .map(|d| first + Duration::days(d))
            .filter(|day| !self.holidays.contains(day))
            .flat_map(|day| self.schedule.working_periods(day))
            .map(|(start, _)| start)
            .find(|start| *start >= from)
    }

    pub fn days(&self) -> &[Weekday] {
        &self.schedule.work_days
    }

    /// "Monday–Sunday 08:00–21:00 (Asia/Ho_Chi_Minh)", for people, in
    /// the reader's language.
    pub fn describe(&self, lang: &Lang) -> String {
        let days = &self.schedule.work_days;
        let name = |d: &Weekday| lang.weekday(*d);
        let contiguous = days
            .windows(2)
            .all(|w| w[0].num_days_from_monday() + 1 == w[1].num_days_from_monday());
        let days = match (days.first(), days.last()) {
            (Some(a), Some(b)) if contiguous && days.len() > 2 => {
                tr!(
                    lang,
                    "callbacks-hours-day-range",
                    first = name(a),
                    last = name(b)
                )
            }
            _ => days.iter().map(name).collect::<Vec<_>>().join(", "),
        };
        tr!(
            lang,
            "callbacks-hours-description",
            days = days,
            start = lang.time(&self.schedule.work_start),
            end = lang.time(&self.schedule.work_end),
            zone = self.schedule.time_zone.name()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().to_utc()
    }

    #[test]
    fn calling_hours_read_as_people_write_them() {
        let hours = CallingHours::for_centre(
            &config("mon-fri", "07:00", "22:00"),
            "X",
            chrono_tz::Asia::Almaty,
        )
        .unwrap();
        let en = Lang::english();
        assert_eq!(
            hours.describe(&en),
            "Monday–Friday 08:00–21:00 (Asia/Almaty)"
        );
        let hours = CallingHours::for_centre(
            &config("mon,wed", "09:00", "12:00"),
            "X",
            chrono_tz::Asia::Seoul,
        )
        .unwrap();
        assert_eq!(
            hours.describe(&en),
            "Monday, Wednesday 09:00–12:00 (Asia/Seoul)"
        );
    }

    fn config(days: &str, start: &str, end: &str) -> CallbacksConfig {
        CallbacksConfig {
            calling_days: days.into(),
            calling_start: start.into(),
            calling_end: end.into(),
            holidays: vec![NaiveDate::from_ymd_opt(2026, 9, 2).unwrap()],
            ..CallbacksConfig::default()
        }
    }

    #[test]
    fn settings_never_reach_before_eight_or_after_nine() {
        let hours = CallingHours::for_centre(
            &config("mon-sun", "06:00", "23:30"),
            "DT",
            chrono_tz::Asia::Ho_Chi_Minh,
        )
        .unwrap();
        // 07:30 and 21:10 in Ho Chi Minh City (UTC+7).
        assert!(!hours.is_open(utc("2026-09-01T00:30:00Z")));
        assert!(hours.is_open(utc("2026-09-01T01:00:00Z")));
        assert!(!hours.is_open(utc("2026-09-01T14:10:00Z")));
    }

    #[test]
    fn only_the_demo_setting_calls_at_night_and_then_at_any_hour() {
        let all_day = |demo: bool| CallbacksConfig {
            demo_any_hour: demo,
            ..config("mon-sun", "00:00", "23:59")
        };
        let real =
            CallingHours::for_centre(&all_day(false), "DT", chrono_tz::Asia::Ho_Chi_Minh).unwrap();
        let demo =
            CallingHours::for_centre(&all_day(true), "DT", chrono_tz::Asia::Ho_Chi_Minh).unwrap();
        assert!(!real.is_demo_any_hour() && demo.is_demo_any_hour());
        // 02:00, 07:59, 21:00, 23:30 and 23:59:59 in Ho Chi Minh City (UTC+7);
        // the day before the holiday of 2 September.
        for night in [
            "2026-08-31T19:00:00Z",
            "2026-09-01T00:59:00Z",
            "2026-09-01T14:00:00Z",
            "2026-09-01T16:30:00Z",
            "2026-09-01T16:59:59Z",
        ] {
            let at = utc(night);
            assert!(!real.is_open(at), "a real office is closed at {night}");
            assert!(demo.is_open(at), "the demo is open at {night}");
            assert_eq!(demo.next_open(at), Some(at));
        }
        // 02:00 local: the real office waits for 08:00.
        assert_eq!(
            real.next_open(utc("2026-08-31T19:00:00Z")),
            Some(utc("2026-09-01T01:00:00Z"))
        );
        // Holidays still hold.
        assert!(!demo.is_open(utc("2026-09-02T05:00:00Z")));
        assert_eq!(
            demo.next_open(utc("2026-09-02T05:00:00Z")),
            Some(utc("2026-09-02T17:00:00Z"))
        );
        let en = Lang::english();
        assert_eq!(
            real.describe(&en),
            "Monday–Sunday 08:00–21:00 (Asia/Ho_Chi_Minh)"
        );
        assert_eq!(
            demo.describe(&en),
            "Monday–Sunday 00:00–23:59 (Asia/Ho_Chi_Minh)"
        );
    }

    #[test]
    fn holidays_and_days_off_are_skipped_to_the_next_opening() {
        let hours = CallingHours::for_centre(
            &config("mon-fri", "09:00", "17:00"),
            "DT",
            chrono_tz::Asia::Ho_Chi_Minh,
        )
        .unwrap();
        // Tuesday 2 September 2026 is a holiday; from its evening the next opening is Thursday 09:00 local.
        let next = hours.next_open(utc("2026-09-01T12:00:00Z")).unwrap();
        assert_eq!(next, utc("2026-09-03T02:00:00Z"));
        // Friday evening waits for Monday.
        assert_eq!(
            hours.next_open(utc("2026-09-04T11:00:00Z")).unwrap(),
            utc("2026-09-07T02:00:00Z")
        );
        let open = utc("2026-09-03T03:00:00Z");
        assert_eq!(hours.next_open(open), Some(open));
    }

    #[test]
    fn hours_that_leave_no_time_are_refused_naming_the_setting() {
        let err = CallingHours::for_centre(
            &config("mon-fri", "21:30", "23:00"),
            "DT",
            chrono_tz::Asia::Ho_Chi_Minh,
        )
        .unwrap_err();
        assert!(err.to_string().contains("callbacks.calling_end"), "{err}");
    }
}
