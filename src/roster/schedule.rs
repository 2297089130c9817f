//! A department's working hours as plain chrono values, for the planner that
//! picks unannounced call times: is the office open at this instant, and
//! which stretches of a given local day is it open.

use chrono::{
    DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveTime, TimeZone, Utc, Weekday,
};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DepartmentSchedule {
    pub time_zone: chrono_tz::Tz,
    pub work_days: Vec<Weekday>,
    pub work_start: NaiveTime,
    pub work_end: NaiveTime,
    /// Start and end of the lunch break, when nobody is expected to answer.
    pub lunch: Option<(NaiveTime, NaiveTime)>,
}

impl DepartmentSchedule {
    /// Whether someone should pick up at `at`: a working day, inside the
    /// hours (end excluded), not at lunch — all in the centre's own time.
    pub fn is_working_at(&self, at: DateTime<Utc>) -> bool {
        let local = at.with_timezone(&self.time_zone);
        let time = local.time();
        self.work_days.contains(&local.weekday())
            && time >= self.work_start
            && time < self.work_end
            && !self
                .lunch
                .is_some_and(|(from, to)| time >= from && time < to)
    }

    /// The open stretches of the local calendar day `date`, as UTC instants
    /// `[from, to)`; none on a day off.
    pub fn working_periods(&self, date: NaiveDate) -> Vec<(DateTime<Utc>, DateTime<Utc>)> {
        if !self.work_days.contains(&date.weekday()) {
            return Vec::new();
        }
        // Lunch is clamped into the hours, so narrowed hours (a campaign's
        // calling window) never let a stretch outside them back in.
        let stretches = match self.lunch {
            Some((from, to)) => vec![
                (self.work_start, from.min(self.work_end)),
                (to.max(self.work_start), self.work_end),
            ],
            None => vec![(self.work_start, self.work_end)],
        };
        stretches
            .into_iter()
            .map(|(from, to)| (self.instant(date, from), self.instant(date, to)))
            .filter(|(from, to)| from < to)
            .collect()
    }

    fn instant(&self, date: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
        let mut wall = date.and_time(time);
        // A wall time skipped by a daylight-saving jump never happens; the
        // office opens at the first wall time after the jump instead. Gaps
        // are whole quarter hours and at most a day (Samoa, 2011).
        for _ in 0..=24 * 4 {
            match self.time_zone.from_local_datetime(&wall) {
                LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => {
                    return t.with_timezone(&Utc);
                }
                LocalResult::None => wall += Duration::minutes(15),
            }
        }
        wall.and_utc()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seoul() -> DepartmentSchedule {
        DepartmentSchedule {
            time_zone: chrono_tz::Asia::Seoul,
            work_days: vec![
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri,
            ],
            work_start: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
            work_end: NaiveTime::from_hms_opt(18, 0, 0).unwrap(),
            lunch: Some((
                NaiveTime::from_hms_opt(12, 0, 0).unwrap(),
                NaiveTime::from_hms_opt(13, 0, 0).unwrap(),
            )),
        }
    }

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().to_utc()
    }

    #[test]
    fn open_means_a_working_day_inside_the_hours_and_not_at_lunch_in_local_time() {
        let s = seoul();
        // Monday 2 March 2026; Seoul is UTC+9.
        assert!(s.is_working_at(utc("2026-03-02T01:00:00Z")), "10:00 KST");
        assert!(
            s.is_working_at(utc("2026-03-02T00:00:00Z")),
            "09:00 KST opens"
        );
        assert!(!s.is_working_at(utc("2026-03-01T23:59:00Z")), "08:59 KST");
        assert!(
            !s.is_working_at(utc("2026-03-02T03:30:00Z")),
            "12:30 KST is lunch"
        );
        assert!(
            !s.is_working_at(utc("2026-03-02T09:00:00Z")),
            "18:00 KST has closed"
        );
        assert!(!s.is_working_at(utc("2026-03-07T01:00:00Z")), "Saturday");
    }

    #[test]
    fn working_periods_are_the_day_split_at_lunch_in_utc() {
        let monday = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        assert_eq!(
            seoul().working_periods(monday),
            vec![
                (utc("2026-03-02T00:00:00Z"), utc("2026-03-02T03:00:00Z")),
                (utc("2026-03-02T04:00:00Z"), utc("2026-03-02T09:00:00Z")),
            ]
        );
        let sunday = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        assert!(seoul().working_periods(sunday).is_empty());
    }

    #[test]
    fn a_start_inside_a_daylight_saving_gap_moves_to_after_the_jump() {
        let berlin = DepartmentSchedule {
            time_zone: chrono_tz::Europe::Berlin,
            work_days: vec![Weekday::Sun],
            work_start: NaiveTime::from_hms_opt(2, 30, 0).unwrap(),
            work_end: NaiveTime::from_hms_opt(6, 0, 0).unwrap(),
            lunch: None,
        };
        // Clocks go from 02:00 to 03:00 on 29 March 2026.
        let day = NaiveDate::from_ymd_opt(2026, 3, 29).unwrap();
        assert_eq!(
            berlin.working_periods(day),
            vec![(utc("2026-03-29T01:00:00Z"), utc("2026-03-29T04:00:00Z"))]
        );
    }
}
