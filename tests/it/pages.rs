//! The programme run from the browser: every role's home and menu, a
//! campaign created through its form (plan previewed first), paused and
//! resumed, a person edited and a roster file uploaded with a bad row.

use civicall::auth::Role;
use serde_json::{Value, json};

use crate::both_backends;
use crate::common::{Options, PASSWORD, TestApp, TravelClock, spawn_app, utc};
use crate::webdriver::Chromium;

fn demo_config(c: &mut civicall::config::Config) {
    civicall::demo::callbacks::configure(c);
}

/// The app with the demo's data, its clock at `at`, and a browser.
async fn demo_app(backend: civicall::db::Backend, at: &str) -> (TestApp, Chromium) {
    let clock = TravelClock::at(utc(at));
    let (app, browser) = tokio::join!(
        spawn_app(
            backend,
            Options {
                clock: Some(clock),
                tweak: demo_config,
                lines: civicall::demo::lines(),
                ..Options::default()
            }
        ),
        Chromium::start()
    );
    civicall::demo::seed(&app.state).await.unwrap();
    (app, browser)
}

async fn sign_in(app: &TestApp, browser: &Chromium, name: &str) -> String {
    browser.goto(&app.url("/login")).await;
    browser.fill("input[name=username]", name).await;
    browser.fill("input[name=password]", PASSWORD).await;
    browser
        .click("form[action='/login'] button[type=submit]")
        .await;
    let landed = browser
        .until(
            "a page after signing in",
            "return (document.readyState === 'complete' && location.pathname !== '/login') ? location.pathname : null;",
            vec![],
        )
        .await;
    landed.as_str().unwrap().to_string()
}

/// The HTTP status of `path` fetched in the page's own session.
async fn status_of(browser: &Chromium, path: &str) -> u64 {
    browser
        .js(
            "var x = new XMLHttpRequest(); x.open('GET', arguments[0], false); x.send(); return x.status;",
            vec![json!(path)],
        )
        .await
        .as_u64()
        .unwrap()
}

both_backends! {
    async fn every_demo_role_signs_in_to_a_home_with_work_to_do_and_every_menu_link_opens(backend: Backend) {
        let (app, browser) = demo_app(backend, "2026-09-02T03:00:00Z").await;
        app.user("admin", &[Role::Admin], None).await;
        let mut names = vec!["admin".to_string()];
        for username in ["hr", "grader", "grader2", "senior", "operator", "supervisor"] {
            let user = civicall::auth::find_by_username(&app.state.db, username).await.unwrap().unwrap_or_else(|| panic!("the demo has {username}"));
            // Past the first sign-in's change of password.
            civicall::auth::set_password(&app.state.db, user.id, PASSWORD, false, 0).await.unwrap();
            names.push(username.to_string());
        }
        let homes = [("admin", "/"), ("hr", "/results"), ("grader", "/grading"), ("grader2", "/grading"), ("senior", "/grading"), ("operator", "/callbacks"), ("supervisor", "/results/staff")];
        for name in &names {
            let home = sign_in(&app, &browser, name).await;
            let expected = homes.iter().find(|(n, _)| n == name).unwrap().1;
            assert!(home == expected || home.starts_with(&format!("{expected}/")), "{name} lands on {home}, not {expected}");
            assert_eq!(status_of(&browser, &home).await, 200, "{name}'s home {home}");
            let actions = browser.js("return document.querySelectorAll('main a[href], main button, main input, main select').length;", vec![]).await;
            assert!(actions.as_u64().unwrap() >= 1, "{name}'s home {home} offers nothing to do");
            let menu = browser.js("return Array.from(document.querySelectorAll('header nav a, header .me a')).map(function (a) { return a.getAttribute('href'); });", vec![]).await;
            let menu: Vec<String> = serde_json::from_value(menu).unwrap();
            assert!(menu.len() >= 2, "{name}'s menu: {menu:?}");
            for href in &menu {
                assert_eq!(status_of(&browser, href).await, 200, "{name}'s menu link {href}");
            }
            browser.screenshot(&format!("home-{name}")).await;
            browser.click("form[action='/logout'] button").await;
            browser.until_at("/login").await;
        }
        // The grader's desk says how long the queue is and what they did today.
        sign_in(&app, &browser, "grader").await;
        let progress = browser.text("#desk-progress").await;
        assert!(!progress.is_empty());
        browser.close().await;
    }

    async fn an_administrator_plans_a_campaign_in_the_form_pauses_and_resumes_it_edits_a_person_and_uploads_the_roster(backend: Backend) {
        let (app, browser) = demo_app(backend, "2026-09-02T03:00:00Z").await;
        app.user("admin", &[Role::Admin], None).await;
        let db = &app.state.db.pool;
        let count = |sql: &'static str| async move { sqlx::query_as::<_, (i64,)>(sql).fetch_one(db).await.unwrap().0 };
        let campaigns_before = count("SELECT COUNT(*) FROM campaigns").await;
        let calls_before = count("SELECT COUNT(*) FROM calls").await;

        assert_eq!(sign_in(&app, &browser, "admin").await, "/");
        browser.find("#overview").await;
        browser.click("#new-campaign").await;
        browser.until_at("/campaigns/new").await;
        browser.fill("#campaign-name", "Winter courtesy survey").await;
        browser.click("input[name=script][value='passport-reissue-ko']").await;
        browser.click("input[name=department][value='GR-CIVIL']").await;
        browser.fill("input[name=calls_per_staff]", "2").await;
        browser.click("#preview-plan").await;
        browser.find("#plan-preview").await;
        browser.screenshot_page("campaign-preview").await;
        // The preview stores nothing.
        assert_eq!(count("SELECT COUNT(*) FROM campaigns").await, campaigns_before);
        assert_eq!(count("SELECT COUNT(*) FROM calls").await, calls_before);
        let button = browser.text("#create-campaign").await;
        let previewed: i64 = button.chars().filter(char::is_ascii_digit).collect::<String>().parse().unwrap_or_else(|_| panic!("a count of calls on {button:?}"));
        let staff: (i64,) = sqlx::query_as("SELECT COUNT(*) FROM staff s JOIN departments d ON d.id = s.department_id WHERE d.code = 'GR-CIVIL' AND s.active = 1 AND s.eligible = 1").fetch_one(db).await.unwrap();
        assert!(previewed > 0 && previewed <= staff.0 * 2, "at most two calls for each of {} people: {previewed}", staff.0);

        browser.click("#create-campaign").await;
        // The form itself is at /campaigns/new: wait for the new campaign's own page.
        let path = browser.until("the new campaign's page", "return (document.readyState === 'complete' && /^\\/campaigns\\/[0-9]+$/.test(location.pathname)) ? location.pathname : null;", vec![]).await;
        let id: i64 = path.as_str().unwrap().rsplit('/').next().unwrap().parse().unwrap();
        let (planned, state): (i64, String) = sqlx::query_as("SELECT planned_calls, state FROM campaigns WHERE id = $1").bind(id).fetch_one(db).await.unwrap();
        assert_eq!((planned, state.as_str()), (previewed, "active"), "exactly the previewed plan is stored");
        browser.click("#pause-campaign").await;
        browser.find("#resume-campaign").await;
        let state: (String,) = sqlx::query_as("SELECT state FROM campaigns WHERE id = $1").bind(id).fetch_one(db).await.unwrap();
        assert_eq!(state.0, "paused");
        browser.click("#resume-campaign").await;
        browser.find("#pause-campaign").await;
        let state: (String,) = sqlx::query_as("SELECT state FROM campaigns WHERE id = $1").bind(id).fetch_one(db).await.unwrap();
        assert_eq!(state.0, "active");

        // A person taken off the calls needs a reason.
        let (person_id, person_name): (i64, String) = sqlx::query_as("SELECT id, name FROM staff ORDER BY id LIMIT 1").fetch_one(db).await.unwrap();
        browser.goto(&app.url("/roster")).await;
        browser.fill("#staff-search", &person_name).await;
        browser.click("form[role=search] button[type=submit]").await;
        browser.until("the search's answer", "return (document.readyState === 'complete' && location.search.indexOf('q=') >= 0) ? true : null;", vec![]).await;
        let listed = browser.js("return document.querySelectorAll('#staff tbody tr').length;", vec![]).await;
        assert_eq!(listed, json!(1), "the search finds the one person");
        browser.click(&format!("#staff a[href='/roster/staff/{person_id}']")).await;
        browser.until_at(&format!("/roster/staff/{person_id}")).await;
        browser.fill("input[name=job_title]", "Counter clerk").await;
        browser.click("#staff-eligible").await;
        browser.click("#save-staff").await;
        assert!(browser.text("#staff-problems").await.contains(&civicall::i18n::Lang::english().t("roster-reason-required")));
        let eligible: (i64,) = sqlx::query_as("SELECT eligible FROM staff WHERE id = $1").bind(person_id).fetch_one(db).await.unwrap();
        assert_eq!(eligible.0, 1, "nothing saved without a reason");
        browser.fill("#staff-reason", "On parental leave").await;
        browser.click("#save-staff").await;
        browser.find("#staff-saved").await;
        let saved: (i64, String, Option<String>) = sqlx::query_as("SELECT eligible, job_title, exclusion_reason FROM staff WHERE id = $1").bind(person_id).fetch_one(db).await.unwrap();
        assert_eq!(saved, (0, "Counter clerk".to_string(), Some("On parental leave".to_string())));
        let audited = count("SELECT COUNT(*) FROM audit_log WHERE action = 'staff_changed'").await;
        assert_eq!(audited, 1);

        // A roster file with one bad row: nothing is written, and the row is listed.
        let staff_before = count("SELECT COUNT(*) FROM staff").await;
        let dir = tempfile::tempdir().unwrap();
        let bad = dir.path().join("new-staff.csv");
        std::fs::write(&bad, "employee_no,name,department_code,grade,job_title,phone,active,eligible,exclusion_reason\nG-9001,Han Ji-min,GR-CIVIL,7,Clerk,010-5555-0101,yes,yes,\nG-9002,Oh Se-ri,GR-CIVIL,7,Clerk,not a phone,yes,yes,\n").unwrap();
        browser.goto(&app.url("/roster")).await;
        browser.click("input[name=what][value=staff]").await;
        browser.find("#upload-file").await.send_keys(bad.to_str().unwrap()).await.unwrap();
        browser.click("#upload-submit").await;
        let problems = browser.text("#upload-problems").await;
        assert!(problems.lines().any(|l| l.starts_with("3 phone")), "the bad row, line 3, is listed: {problems}");
        assert_eq!(problems.lines().count(), 2, "only the bad row: {problems}");
        assert_eq!(count("SELECT COUNT(*) FROM staff").await, staff_before, "all or nothing");
        browser.screenshot_page("roster-upload-refused").await;
        let good = dir.path().join("fixed-staff.csv");
        std::fs::write(&good, "employee_no,name,department_code,grade,job_title,phone,active,eligible,exclusion_reason\nG-9001,Han Ji-min,GR-CIVIL,7,Clerk,010-5555-0101,yes,yes,\nG-9002,Oh Se-ri,GR-CIVIL,7,Clerk,010-5555-0102,yes,yes,\n").unwrap();
        browser.click("input[name=what][value=staff]").await;
        browser.find("#upload-file").await.send_keys(good.to_str().unwrap()).await.unwrap();
        browser.click("#upload-submit").await;
        browser.find("#upload-done").await;
        assert_eq!(count("SELECT COUNT(*) FROM staff").await, staff_before + 2);
        browser.close().await;
    }
}

/// The users page shows each user's department, and an administrator
/// changes an existing user's roles (audited) but never drops their own.
mod users {
    use super::*;

    both_backends! {
        async fn an_administrator_changes_a_users_roles_and_department_and_it_is_audited(backend: Backend) {
            let app = spawn_app(backend, Options::default()).await;
            let (status, _) = app.import_csv("departments", "code,name,centre_code,centre_name,time_zone,work_days,work_start,work_end,lunch_start,lunch_end\nGR-CIVIL,Civil affairs,GURI,Guri City Hall,Asia/Seoul,mon-fri,09:00,18:00,12:00,13:00\n").await;
            assert_eq!(status, 200);
            let admin = app.browser("boss", &[Role::Admin]).await;
            let grader = app.user("mina", &[Role::Grader], None).await;
            let form = |roles: &[&str], department: &str| {
                let mut pairs: Vec<(String, String)> = roles.iter().map(|r| (format!("role_{r}"), "on".to_string())).collect();
                pairs.push(("department_code".into(), department.into()));
                pairs.push(("csrf".into(), admin.csrf.clone()));
                pairs
            };
            let r = admin.http.post(app.url(&format!("/admin/users/{}/roles", grader.id))).form(&form(&["grader", "supervisor"], "GR-CIVIL")).send().await.unwrap();
            assert_eq!(r.status(), 303);
            let changed = civicall::auth::get_user(&app.state.db, grader.id).await.unwrap();
            assert_eq!(changed.roles.stored(), "grader,supervisor");
            assert!(changed.department_id.is_some());
            let page = admin.http.get(app.url("/admin/users")).send().await.unwrap().text().await.unwrap();
            assert!(page.contains("Civil affairs"), "the department is shown");
            let audit: Value = admin.http.get(app.url("/api/v1/audit?action=user_roles_changed")).send().await.unwrap().json().await.unwrap();
            let entries = audit.as_array().or_else(|| audit["entries"].as_array()).cloned().unwrap_or_default();
            assert_eq!(entries.len(), 1, "{audit}");

            // No roles at all is refused; so is an administrator dropping their own role.
            let r = admin.http.post(app.url(&format!("/admin/users/{}/roles", grader.id))).form(&form(&[], "")).send().await.unwrap();
            assert_eq!(r.status(), 422);
            let me = civicall::auth::find_by_username(&app.state.db, "boss").await.unwrap().unwrap();
            let r = admin.http.post(app.url(&format!("/admin/users/{}/roles", me.id))).form(&form(&["hr"], "")).send().await.unwrap();
            assert_eq!(r.status(), 409);
            assert_eq!(civicall::auth::get_user(&app.state.db, me.id).await.unwrap().roles.stored(), "admin");
        }
    }
}
