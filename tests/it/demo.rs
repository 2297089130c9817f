//! The demo the README's first command runs: its roster, campaigns, and a
//! filled operator desk and synthesis.

use civicall::callbacks::desk::{self, Operator};
use serde_json::Value;

use crate::both_backends;
use crate::common::{Options, TravelClock, spawn_app, utc};

fn demo_config(c: &mut civicall::config::Config) {
    civicall::demo::callbacks::configure(c);
}

both_backends! {
    async fn the_demo_fills_the_operator_desk_and_yesterdays_synthesis(backend: Backend) {
        // Seeded at 07:30 in Đồng Tháp, before the day's 08:30 draw time:
        // `serve --demo` seeds before its workers start, but here the app
        // already runs, and its draw worker must not draw today while the
        // seed is still bringing the visits in. Then on to 10:00.
        let clock = TravelClock::at(utc("2026-09-02T00:30:00Z"));
        let app = spawn_app(backend, Options { clock: Some(clock.clone()), tweak: demo_config, lines: civicall::demo::lines(), ..Options::default() }).await;
        let accounts = civicall::demo::seed(&app.state).await.unwrap();
        assert!(accounts.iter().any(|(name, _)| name == "operator"));
        clock.jump_to(utc("2026-09-02T03:00:00Z"));

        let yesterday = app.get_json("/api/v1/callbacks/synthesis?centre=DT&span=day&date=2026-09-01").await;
        let counts = &yesterday["counts"];
        let drawn = counts["drawn"].as_i64().unwrap();
        assert!((10..=30).contains(&drawn), "{counts}");
        assert!(counts["reached"].as_i64().unwrap() >= drawn / 2, "most were reached: {counts}");
        assert!(yesterday["satisfaction"]["overall"]["n"].as_i64().unwrap() > 0);
        assert!(!yesterday["remarks"].as_array().unwrap().is_empty());
        assert!(!yesterday["by_staff"].as_array().unwrap().is_empty());

        let operator: (i64, i64) = sqlx::query_as("SELECT id, centre_id FROM users WHERE username = 'operator'").fetch_one(&app.state.db.pool).await.unwrap();
        let op = Operator { key: format!("user:{}", operator.0), user_id: Some(operator.0), centre_id: Some(operator.1), phone: None };
        let today = desk::today(&app.state.db, &op, app.state.clock.now()).await.unwrap();
        let due: Vec<_> = today.iter().filter(|c| c.state == "open" && c.next_attempt_at <= app.state.clock.now_ms()).collect();
        assert!(due.len() >= 10, "today's callbacks are due: {}", due.len());
        let draws: Value = app.get_json("/api/v1/callbacks/draws?centre=DT&day=2026-09-02").await;
        assert!(draws["eligible"].as_array().unwrap().len() > draws["drawn"].as_array().unwrap().len());

        // Earlier months' results for HR: six departments ranked, star staff in both offices, two disputes.
        let august = app.get_json("/api/v1/results/departments?month=2026-08").await;
        let departments = august["departments"].as_array().unwrap();
        assert_eq!(departments.len(), 6, "{august}");
        assert!(departments.iter().all(|d| d["n"].as_i64().unwrap() >= 10), "{august}");
        let stars = app.get_json("/api/v1/results/stars?month=2026-08").await;
        let with_stars = stars.as_array().unwrap().iter().filter(|c| !c["stars"].as_array().unwrap().is_empty()).count();
        assert_eq!(with_stars, 2, "Guri and Almaty name star staff; Đồng Tháp has no evaluations");
        let trend = app.get_json("/api/v1/results/staff/1?month=2026-08").await["trend"].clone();
        assert!(trend.as_array().unwrap().iter().filter(|p| !p["mean"].is_null()).count() >= 5, "{trend}");
        let disputes = app.get_json("/api/v1/results/disputes").await;
        assert_eq!((disputes["summary"]["open"].as_i64(), disputes["summary"]["accepted"].as_i64()), (Some(1), Some(1)), "{disputes}");
    }
}
