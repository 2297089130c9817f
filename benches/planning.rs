//! How long planning a campaign for 10,000 staff over three months takes:
//! the planner alone, and the whole of creating the campaign (reading the
//! roster, planning, storing every scheduled call) on SQLite and PostgreSQL.
//! Run with `cargo bench --bench planning`; BENCH_STAFF and BENCH_CALLS_EACH
//! change the load.

#[path = "../tests/it/common.rs"]
#[allow(dead_code)]
mod common;

use std::collections::HashSet;
use std::time::Instant;

use chrono::{NaiveDate, NaiveTime, Weekday};
use civicall::campaigns::planner::{self, PlanRules, PlanStaff};
use civicall::campaigns::{self, CampaignIn};
use civicall::roster::DepartmentSchedule;
use common::{Options, env_usize, spawn_app, utc};

const ZONES: [&str; 4] = [
    "Asia/Seoul",
    "Asia/Almaty",
    "Asia/Ho_Chi_Minh",
    "Asia/Shanghai",
];

fn departments_csv(n: usize) -> String {
    let mut csv = String::from(
        "code,name,centre_code,centre_name,time_zone,work_days,work_start,work_end,lunch_start,lunch_end\n",
    );
    for d in 0..n {
        let zone = ZONES[d % ZONES.len()];
        csv.push_str(&format!(
            "D{d:03},Department {d},C{},Centre {},{zone},mon-fri,09:00,18:00,12:00,13:00\n",
            d % 4,
            d % 4
        ));
    }
    csv
}

fn staff_csv(staff: usize, departments: usize) -> String {
    let mut csv = String::from(
        "employee_no,name,department_code,grade,job_title,phone,active,eligible,exclusion_reason\n",
    );
    for i in 0..staff {
        csv.push_str(&format!(
            "E{i:05},Staff {i},D{:03},7,Clerk,+8210{:08},yes,yes,\n",
            i % departments,
            20_000_000 + i
        ));
    }
    csv
}

fn main() {
    let staff_n = env_usize("BENCH_STAFF", 10_000);
    let calls_each = env_usize("BENCH_CALLS_EACH", 3) as u32;
    let start = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    let end = NaiveDate::from_ymd_opt(2026, 5, 29).unwrap();

    // The planner alone.
    let schedule = |zone: &str| DepartmentSchedule {
        time_zone: zone.parse().unwrap(),
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
    };
    let staff: Vec<PlanStaff> = (0..staff_n)
        .map(|i| PlanStaff {
            staff_id: i as i64,
            phone: format!("+8210{:08}", i),
            schedule: schedule(ZONES[i % 4]),
        })
        .collect();
    let rules = PlanRules {
        start_date: start,
        end_date: end,
        calls_per_staff: calls_each,
        window_start: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
        window_end: NaiveTime::from_hms_opt(18, 0, 0).unwrap(),
        holidays: [NaiveDate::from_ymd_opt(2026, 5, 5).unwrap()].into(),
        seed: 1,
        scripts: vec![("passport-reissue-ko".into(), "v".into())],
        not_before: utc("2026-03-01T00:00:00Z"),
    };
    let t = Instant::now();
    let plan = planner::plan(&rules, &staff, &HashSet::new());
    let planner_ms = t.elapsed().as_secs_f64() * 1000.0;
    assert_eq!(plan.calls.len(), staff_n * calls_each as usize);

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let mut rows = Vec::new();
    for backend in common::bench_backends() {
        let (import_ms, create_ms, planned) = runtime.block_on(async {
            let clock = common::TravelClock::at(utc("2026-03-01T00:00:00Z"));
            let app = spawn_app(
                backend,
                Options {
                    clock: Some(clock),
                    ..Options::default()
                },
            )
            .await;
            let t = Instant::now();
            let (status, body) = app.import_csv("departments", &departments_csv(40)).await;
            assert_eq!(status, 200, "{body}");
            let (status, body) = app.import_csv("staff", &staff_csv(staff_n, 40)).await;
            assert_eq!(status, 200, "{body}");
            let import_ms = t.elapsed().as_secs_f64() * 1000.0;
            let input = CampaignIn {
                name: "Quarterly courtesy survey".into(),
                scripts: vec!["passport-reissue-ko".into()],
                departments: vec![],
                grades: vec![],
                start_date: start,
                end_date: end,
                calls_per_staff: calls_each,
                window_start: "09:00".into(),
                window_end: "18:00".into(),
                holidays: vec![NaiveDate::from_ymd_opt(2026, 5, 5).unwrap()],
                seed: Some(1),
                unanswered_policy: Default::default(),
            };
            let t = Instant::now();
            let created = campaigns::create(
                &app.state.db,
                &app.state.clock,
                &app.state.scripts,
                "+15005550006",
                &input,
            )
            .await
            .expect("campaign created");
            (
                import_ms,
                t.elapsed().as_secs_f64() * 1000.0,
                created.planned_calls,
            )
        });
        rows.push((backend.name(), import_ms, create_ms, planned));
    }

    println!("\nPlanning a campaign: {staff_n} staff, {start} to {end}, {calls_each} calls each");
    println!("{:<28} {:>14} {:>12}", "step", "calls", "ms");
    println!(
        "{:<28} {:>14} {:>12.1}",
        "planner alone",
        plan.calls.len(),
        planner_ms
    );
    for (backend, import_ms, create_ms, planned) in rows {
        println!(
            "{:<28} {:>14} {:>12.1}",
            format!("roster import ({backend})"),
            "-",
            import_ms
        );
        println!(
            "{:<28} {:>14} {:>12.1}",
            format!("create + store ({backend})"),
            planned,
            create_ms
        );
    }
}
