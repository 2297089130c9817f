//! When a department works: its centre's time zone, working days, opening
//! hours and lunch break. Evaluation calls are only placed inside them, so a
//! wrong value here means calls to an empty office.

use std::fmt;
use std::str::FromStr;

use chrono::{NaiveTime, Weekday};
use serde::{Serialize, Serializer};

use crate::i18n::Msg;
use crate::msg;

/// An IANA time zone name such as `Asia/Seoul`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeZone(chrono_tz::Tz);

impl TimeZone {
    pub fn parse(raw: &str) -> Result<TimeZone, Msg> {
        let name = raw.trim();
        if name.is_empty() {
            return Err(msg!("roster-time-zone-required"));
        }
        chrono_tz::Tz::from_str(name)
            .map(TimeZone)
            .map_err(|_| msg!("roster-time-zone-unknown", value = name))
    }

    pub fn tz(self) -> chrono_tz::Tz {
        self.0
    }
}

impl fmt::Display for TimeZone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.name())
    }
}

/// Working days, kept in week order from Monday without repeats.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkDays(Vec<Weekday>);

impl WorkDays {
    /// Accepts day names (`mon`, `Monday`), lists (`mon,wed,fri`) and ranges
    /// (`mon-fri`; `sun-thu` wraps over the weekend).
    pub fn parse(raw: &str) -> Result<WorkDays, Msg> {
        let day = |name: &str| {
            Weekday::from_str(name.trim())
                .map_err(|_| msg!("roster-weekday-unknown", value = raw, day = name.trim()))
        };
        let mut days = Vec::new();
        for part in raw.split(',').filter(|p| !p.trim().is_empty()) {
            match part.split_once('-') {
                Some((from, to)) => {
                    let (mut d, last) = (day(from)?, day(to)?);
                    days.push(d);
                    while d != last {
                        d = d.succ();
                        days.push(d);
                    }
                }
                None => days.push(day(part)?),
            }
        }
        if days.is_empty() {
            return Err(msg!("roster-work-days-required"));
        }
        days.sort_by_key(|d| d.num_days_from_monday());
        days.dedup();
        Ok(WorkDays(days))
    }

    pub fn days(&self) -> &[Weekday] {
        &self.0
    }

    pub fn contains(&self, day: Weekday) -> bool {
        self.0.contains(&day)
    }
}

/// `mon,tue,wed,thu,fri`, the form stored in the database.
impl fmt::Display for WorkDays {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            f.write_str(&d.to_string().to_lowercase())?;
        }
        Ok(())
    }
}

/// A wall-clock time of day, `HH:MM`, in the centre's time zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct LocalTime(NaiveTime);

impl LocalTime {
    pub fn parse(raw: &str) -> Result<LocalTime, Msg> {
        let text = raw.trim();
        let parsed = text
            .split_once(':')
            .filter(|(h, m)| {
                (1..=2).contains(&h.len())
                    && m.len() == 2
                    && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
            })
            .and_then(|(h, m)| NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0));
        parsed
            .map(LocalTime)
            .ok_or_else(|| msg!("roster-time-invalid", value = text))
    }

    pub fn time(self) -> NaiveTime {
        self.0
    }
}

impl fmt::Display for LocalTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%H:%M"))
    }
}

/// Opening hours that make sense together: work starts before it ends, and a
/// lunch break, if any, has both ends and lies inside them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkingHours {
    days: WorkDays,
    start: LocalTime,
    end: LocalTime,
    lunch: Option<(LocalTime, LocalTime)>,
}

impl WorkingHours {
    /// On error, names the field at fault (`work_end`, `lunch_start`, …).
    pub fn new(
        days: WorkDays,
        start: LocalTime,
        end: LocalTime,
        lunch_start: Option<LocalTime>,
        lunch_end: Option<LocalTime>,
    ) -> Result<WorkingHours, (&'static str, Msg)> {
        if start >= end {
            return Err((
                "work_end",
                msg!(
                    "roster-work-end-before-start",
                    start = start.to_string(),
                    end = end.to_string()
                ),
            ));
        }
        let lunch = match (lunch_start, lunch_end) {
            (None, None) => None,
            (Some(_), None) => {
                return Err(("lunch_end", msg!("roster-lunch-end-required")));
            }
            (None, Some(_)) => {
                return Err(("lunch_start", msg!("roster-lunch-start-required")));
            }
            (Some(from), Some(to)) => {
                if from >= to {
                    return Err((
                        "lunch_end",
                        msg!(
                            "roster-lunch-end-before-start",
                            start = from.to_string(),
                            end = to.to_string()
                        ),
                    ));
                }
                if from <= start || to >= end {
                    let field = if from <= start {
                        "lunch_start"
                    } else {
                        "lunch_end"
                    };
                    return Err((
                        field,
                        msg!(
                            "roster-lunch-outside-hours",
                            lunch_start = from.to_string(),
                            lunch_end = to.to_string(),
                            start = start.to_string(),
                            end = end.to_string()
                        ),
                    ));
                }
                Some((from, to))
            }
        };
        Ok(WorkingHours {
            days,
            start,
            end,
            lunch,
        })
    }

    pub fn days(&self) -> &WorkDays {
        &self.days
    }

    pub fn start(&self) -> LocalTime {
        self.start
    }

    pub fn end(&self) -> LocalTime {
        self.end
    }

    pub fn lunch(&self) -> Option<(LocalTime, LocalTime)> {
        self.lunch
    }
}

macro_rules! serialize_as_text {
    ($($t:ty),*) => {$(
        impl Serialize for $t {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }
    )*};
}
serialize_as_text!(TimeZone, WorkDays, LocalTime);

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> LocalTime {
        LocalTime::parse(s).unwrap()
    }

    #[test]
    fn time_zones_are_iana_names() {
        assert_eq!(
            TimeZone::parse(" Asia/Seoul ").unwrap().tz(),
            chrono_tz::Asia::Seoul
        );
        assert_eq!(
            TimeZone::parse("Asia/Almaty").unwrap().to_string(),
            "Asia/Almaty"
        );
        let err = TimeZone::parse("Asia/Seol").unwrap_err().to_string();
        assert!(
            err.contains("\"Asia/Seol\" is not an IANA time zone"),
            "{err}"
        );
        assert!(TimeZone::parse("").is_err());
    }

    #[test]
    fn working_days_accept_lists_and_ranges_and_are_stored_in_week_order() {
        assert_eq!(
            WorkDays::parse("mon-fri").unwrap().to_string(),
            "mon,tue,wed,thu,fri"
        );
        assert_eq!(
            WorkDays::parse("Fri, mon,Wed,mon").unwrap().to_string(),
            "mon,wed,fri"
        );
        assert_eq!(
            WorkDays::parse("mon-wed,sat").unwrap().to_string(),
            "mon,tue,wed,sat"
        );
        assert_eq!(
            WorkDays::parse("sun-thu").unwrap().to_string(),
            "mon,tue,wed,thu,sun"
        );
        assert_eq!(WorkDays::parse("monday").unwrap().days(), [Weekday::Mon]);
        let err = WorkDays::parse("mon-fry").unwrap_err().to_string();
        assert!(err.contains("\"fry\" is not a day of the week"), "{err}");
        assert!(WorkDays::parse(" , ").is_err());
    }

    #[test]
    fn times_are_hours_and_minutes() {
        assert_eq!(t("9:00").to_string(), "09:00");
        assert_eq!(t(" 18:30 ").to_string(), "18:30");
        for bad in ["24:00", "9", "09:0", "09:00:00", "9h", "-1:00", "a:bc", ""] {
            assert!(LocalTime::parse(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn working_hours_must_hold_together() {
        let days = || WorkDays::parse("mon-fri").unwrap();
        let ok = WorkingHours::new(
            days(),
            t("09:00"),
            t("18:00"),
            Some(t("12:00")),
            Some(t("13:00")),
        );
        assert_eq!(ok.unwrap().lunch(), Some((t("12:00"), t("13:00"))));
        assert!(WorkingHours::new(days(), t("09:00"), t("18:00"), None, None).is_ok());

        let field = |r: Result<WorkingHours, (&'static str, Msg)>| r.unwrap_err().0;
        assert_eq!(
            field(WorkingHours::new(
                days(),
                t("18:00"),
                t("09:00"),
                None,
                None
            )),
            "work_end"
        );
        assert_eq!(
            field(WorkingHours::new(
                days(),
                t("09:00"),
                t("18:00"),
                Some(t("12:00")),
                None
            )),
            "lunch_end"
        );
        assert_eq!(
            field(WorkingHours::new(
                days(),
                t("09:00"),
                t("18:00"),
                None,
                Some(t("13:00"))
            )),
            "lunch_start"
        );
        assert_eq!(
            field(WorkingHours::new(
                days(),
                t("09:00"),
                t("18:00"),
                Some(t("08:00")),
                Some(t("09:30"))
            )),
            "lunch_start"
        );
        assert_eq!(
            field(WorkingHours::new(
                days(),
                t("09:00"),
                t("18:00"),
                Some(t("17:30")),
                Some(t("19:00"))
            )),
            "lunch_end"
        );
        assert_eq!(
            field(WorkingHours::new(
                days(),
                t("09:00"),
                t("18:00"),
                Some(t("13:00")),
                Some(t("12:00"))
            )),
            "lunch_end"
        );
    }
}
