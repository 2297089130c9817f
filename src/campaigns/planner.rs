//! The planner: spreads a campaign's calls over its period at random,
//! unannounced times inside each department's working hours, in the
//! department's own time zone — on working days, not on holidays, not in the
//! lunch break, never two calls to one person on one day, never in the past.
//! A pure function of its input and seed, so a plan can be reproduced.

use std::collections::HashSet;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::hash::stable_hash;
use crate::roster::DepartmentSchedule;

/// Calls should end before the office closes: nothing is planned in the last
/// minutes of the working day.
const CLOSING_MARGIN: Duration = Duration::minutes(10);
/// Nothing is planned closer to "now" than this, so a fresh plan is not overdue.
const LEAD_TIME: Duration = Duration::seconds(30);

/// Stretches of time (UTC) in which a call may be placed.
type Slots = Vec<(DateTime<Utc>, DateTime<Utc>)>;

#[derive(Clone, Debug)]
pub struct PlanRules {
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub calls_per_staff: u32,
    /// The campaign's calling window, intersected with each department's hours.
    pub window_start: NaiveTime,
    pub window_end: NaiveTime,
    pub holidays: HashSet<NaiveDate>,
    pub seed: u64,
    /// (script id, version) pairs; each call gets one at random.
    pub scripts: Vec<(String, String)>,
    /// Nothing is planned before this instant.
    pub not_before: DateTime<Utc>,
}

#[derive(Clone, Debug)]
pub struct PlanStaff {
    pub staff_id: i64,
    pub phone: String,
    pub schedule: DepartmentSchedule,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PlannedCall {
    pub staff_id: i64,
    pub to: String,
    pub due_at: DateTime<Utc>,
    pub local_date: NaiveDate,
    pub script_id: String,
    pub script_version: String,
}

#[derive(Clone, Debug, Default)]
pub struct Plan {
    pub calls: Vec<PlannedCall>,
    /// Staff who could not get all their calls, and why.
    pub shortfalls: Vec<Shortfall>,
}

/// A person the plan could not give all their calls.
#[derive(Clone, Debug, PartialEq)]
pub struct Shortfall {
    pub staff_id: i64,
    /// Calls missing.
    pub missing: u32,
    /// Days in the period with time free to call them (fewer than the calls wanted).
    pub free_days: u32,
    /// The campaign's calling window does not meet the department's hours at all.
    pub window_outside_hours: bool,
}

impl Plan {
    pub fn shortfall(&self) -> u32 {
        self.shortfalls.iter().map(|s| s.missing).sum()
    }
}

/// The department's hours narrowed to the campaign's calling window, ending
/// early enough for a call to finish before closing. `None` when nothing is left.
fn calling_hours(schedule: &DepartmentSchedule, rules: &PlanRules) -> Option<DepartmentSchedule> {
    let narrowed = DepartmentSchedule {
        work_start: schedule.work_start.max(rules.window_start),
        work_end: (schedule.work_end - CLOSING_MARGIN).min(rules.window_end),
        ..schedule.clone()
    };
    (narrowed.work_start < narrowed.work_end).then_some(narrowed)
}

/// When calls may be placed on `date`, cut at `not_before`.
fn slots_on(date: NaiveDate, hours: &DepartmentSchedule, not_before: DateTime<Utc>) -> Slots {
    hours
        .working_periods(date)
        .into_iter()
        .map(|(a, b)| (a.max(not_before), b))
        .filter(|(a, b)| a < b)
        .collect()
}

/// Whether a call may be placed at `at`: a working day of the campaign,
/// inside the department's hours and the campaign's window, not at lunch.
pub fn is_open(rules: &PlanRules, schedule: &DepartmentSchedule, at: DateTime<Utc>) -> bool {
    let date = at.with_timezone(&schedule.time_zone).date_naive();
    !rules.holidays.contains(&date)
        && calling_hours(schedule, rules).is_some_and(|hours| hours.is_working_at(at))
}

fn pick_instant(slots: &[(DateTime<Utc>, DateTime<Utc>)], rng: &mut ChaCha8Rng) -> DateTime<Utc> {
    let total: i64 = slots.iter().map(|(a, b)| (*b - *a).num_seconds()).sum();
    let mut offset = rng.random_range(0..total.max(1));
    for (a, b) in slots {
        let len = (*b - *a).num_seconds();
        if offset < len {
            return *a + Duration::seconds(offset);
        }
        offset -= len;
    }
    slots[0].0
}

/// Plans the calls for `staff`. `busy_days` holds (staff id, local date)
/// pairs already taken by other calls.
pub fn plan(rules: &PlanRules, staff: &[PlanStaff], busy_days: &HashSet<(i64, NaiveDate)>) -> Plan {
    let mut plan = Plan::default();
    let not_before = rules.not_before + LEAD_TIME;
    for person in staff {
        let mut rng = ChaCha8Rng::seed_from_u64(stable_hash(&[
            &rules.seed.to_le_bytes(),
            &person.staff_id.to_le_bytes(),
        ]));
        let mut candidates: Vec<(NaiveDate, Slots)> = Vec::new();
        let hours = calling_hours(&person.schedule, rules);
        if let Some(hours) = &hours {
            let mut date = rules.start_date;
            while date <= rules.end_date {
                if !rules.holidays.contains(&date) && !busy_days.contains(&(person.staff_id, date))
                {
                    let slots = slots_on(date, hours, not_before);
                    if !slots.is_empty() {
                        candidates.push((date, slots));
                    }
                }
                date += Duration::days(1);
            }
        }
        let wanted = rules.calls_per_staff as usize;
        let chosen = candidates.choose_multiple(&mut rng, wanted.min(candidates.len()));
        let mut calls: Vec<PlannedCall> = chosen
            .map(|(date, slots)| {
                let due_at = pick_instant(slots, &mut rng);
                let (script_id, script_version) =
                    rules.scripts.choose(&mut rng).cloned().unwrap_or_default();
                PlannedCall {
                    staff_id: person.staff_id,
                    to: person.phone.clone(),
                    due_at,
                    local_date: *date,
                    script_id,
                    script_version,
                }
            })
            .collect();
        if calls.len() < wanted {
            plan.shortfalls.push(Shortfall {
                staff_id: person.staff_id,
                missing: (wanted - calls.len()) as u32,
                free_days: candidates.len() as u32,
                window_outside_hours: hours.is_none(),
            });
        }
        calls.sort_by_key(|c| c.due_at);
        plan.calls.extend(calls);
    }
    plan.calls.sort_by_key(|c| (c.due_at, c.staff_id));
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Datelike, Timelike, Weekday};
    use chrono_tz::Tz;

    fn schedule(tz: Tz) -> DepartmentSchedule {
        DepartmentSchedule {
            time_zone: tz,
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

    fn rules(calls: u32) -> PlanRules {
        PlanRules {
            start_date: NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
            end_date: NaiveDate::from_ymd_opt(2026, 3, 13).unwrap(),
            calls_per_staff: calls,
            window_start: NaiveTime::from_hms_opt(0, 0, 0).unwrap(),
            window_end: NaiveTime::from_hms_opt(23, 59, 0).unwrap(),
            holidays: [NaiveDate::from_ymd_opt(2026, 3, 3).unwrap()].into(),
            seed: 7,
            scripts: vec![("s".into(), "v1".into())],
            not_before: DateTime::parse_from_rfc3339("2026-01-01T00:00:00Z")
                .unwrap()
                .to_utc(),
        }
    }

    fn staff(n: i64, tz: Tz) -> Vec<PlanStaff> {
        (1..=n)
            .map(|id| PlanStaff {
                staff_id: id,
                phone: format!("+8210000000{id:02}"),
                schedule: schedule(tz),
            })
            .collect()
    }

    #[test]
    fn calls_fall_in_local_working_hours_on_working_days() {
        for tz in [
            chrono_tz::Asia::Seoul,
            chrono_tz::Asia::Almaty,
            chrono_tz::America::New_York,
        ] {
            let plan = plan(&rules(5), &staff(30, tz), &HashSet::new());
            assert_eq!(plan.calls.len(), 150);
            for call in &plan.calls {
                let local = call.due_at.with_timezone(&tz);
                assert_eq!(local.date_naive(), call.local_date);
                assert!(
                    !matches!(local.weekday(), Weekday::Sat | Weekday::Sun),
                    "{local}"
                );
                assert_ne!(local.day(), 3, "holiday");
                let t = local.time();
                assert!(
                    t >= NaiveTime::from_hms_opt(9, 0, 0).unwrap()
                        && t < NaiveTime::from_hms_opt(17, 50, 0).unwrap(),
                    "{local}"
                );
                assert!(local.hour() != 12, "lunch: {local}");
            }
        }
    }

    #[test]
    fn never_two_calls_to_one_person_on_one_day_nor_on_a_busy_day() {
        let busy: HashSet<(i64, NaiveDate)> =
            [(1, NaiveDate::from_ymd_opt(2026, 3, 2).unwrap())].into();
        let plan = plan(&rules(9), &staff(5, chrono_tz::Asia::Seoul), &busy);
        let mut seen = HashSet::new();
        for call in &plan.calls {
            assert!(
                seen.insert((call.staff_id, call.local_date)),
                "two calls on one day"
            );
        }
        // Nine working days minus the busy one leaves eight for person 1.
        assert_eq!(
            plan.shortfalls,
            vec![Shortfall {
                staff_id: 1,
                missing: 1,
                free_days: 8,
                window_outside_hours: false
            }]
        );
    }

    #[test]
    fn the_same_seed_gives_the_same_plan_and_another_seed_another() {
        let a = plan(
            &rules(3),
            &staff(10, chrono_tz::Asia::Seoul),
            &HashSet::new(),
        );
        let b = plan(
            &rules(3),
            &staff(10, chrono_tz::Asia::Seoul),
            &HashSet::new(),
        );
        assert_eq!(a.calls, b.calls);
        let mut other = rules(3);
        other.seed = 8;
        assert_ne!(
            plan(&other, &staff(10, chrono_tz::Asia::Seoul), &HashSet::new()).calls,
            a.calls
        );
    }

    #[test]
    fn nothing_is_planned_in_the_past() {
        let mut r = rules(9);
        r.not_before = DateTime::parse_from_rfc3339("2026-03-09T05:00:00Z")
            .unwrap()
            .to_utc();
        let plan = plan(&r, &staff(3, chrono_tz::Asia::Seoul), &HashSet::new());
        assert!(
            plan.calls
                .iter()
                .all(|c| c.due_at >= r.not_before + LEAD_TIME)
        );
    }

    #[test]
    fn the_campaign_window_narrows_the_working_day() {
        let mut r = rules(4);
        r.window_start = NaiveTime::from_hms_opt(14, 0, 0).unwrap();
        r.window_end = NaiveTime::from_hms_opt(15, 0, 0).unwrap();
        let plan = plan(&r, &staff(4, chrono_tz::Asia::Seoul), &HashSet::new());
        assert!(
            plan.calls
                .iter()
                .all(|c| c.due_at.with_timezone(&chrono_tz::Asia::Seoul).hour() == 14)
        );
    }
}
