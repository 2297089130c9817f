//! Accounts, roles and the protection of people's data: every route's
//! decision for every role, sign-in and sessions, CSRF, masking, the audit
//! log and retention.

use std::collections::HashMap;

use civicall::auth::Role;
use civicall::web::auth::Access;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::both_backends;
use crate::common::{Browser, Options, PASSWORD, TravelClock, client, spawn_app, utc, wait_for};

/// A concrete URL for a route pattern.
fn concrete(path: &str, ids: &HashMap<&str, String>) -> String {
    let mut out = path.to_string();
    for (pattern, value) in [
        (
            "/api/v1/campaigns/{id}/{action}",
            "/api/v1/campaigns/1/pause",
        ),
        (
            "/admin/users/{id}/{action}",
            &format!("/admin/users/{}/reset-password", ids["spare_user"]),
        ),
        (
            "/admin/tokens/{id}/revoke",
            &format!("/admin/tokens/{}/revoke", ids["spare_token"]),
        ),
        (
            "/api/v1/scripts/{id}",
            "/api/v1/scripts/passport-reissue-ko",
        ),
        (
            "/api/v1/roster/departments/{code}",
            "/api/v1/roster/departments/SEOUL-CIVIL",
        ),
    ] {
        if out == pattern {
            out = value.to_string();
        }
    }
    out.replace("{id}", "1").replace("{key}", "1")
}

/// An API error answer in the one shape: RFC 9457 problem details with a
/// stable code, the status repeated, and the message.
async fn assert_problem(response: reqwest::Response, status: StatusCode, what: &str) -> Value {
    let content_type = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    assert!(
        content_type.starts_with("application/problem+json"),
        "{what}: {status} answered as {content_type:?}"
    );
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["status"], status.as_u16(), "{what}: {body}");
    assert_eq!(body["type"], "about:blank", "{what}: {body}");
    assert_eq!(
        body["title"],
        status.canonical_reason().unwrap(),
        "{what}: {body}"
    );
    for key in ["code", "kind", "detail"] {
        assert!(
            body[key].as_str().is_some_and(|v| !v.is_empty()),
            "{what}: no {key} in {body}"
        );
    }
    assert_eq!(body["detail"], body["error"], "{what}: {body}");
    body
}

both_backends! {
    async fn the_api_answers_every_rejection_as_a_problem_in_the_callers_language(backend: Backend) {
        let app = spawn_app(backend, Options::default()).await;
        let calls = app.url("/api/v1/calls");
        let cases: Vec<(&str, reqwest::RequestBuilder, StatusCode, &str, Option<&str>)> = vec![
            ("not JSON", app.http.post(calls.clone()).header("Content-Type", "application/json").body("{\"to\":"), StatusCode::BAD_REQUEST, "api-bad-request", None),
            ("a field missing", app.http.post(calls.clone()).json(&json!({ "script": "x" })), StatusCode::UNPROCESSABLE_ENTITY, "api-bad-body", Some("to")),
            ("no content type", app.http.post(calls.clone()).body("{}"), StatusCode::UNSUPPORTED_MEDIA_TYPE, "api-media-type", None),
            ("a path that is no number", app.http.get(app.url("/api/v1/calls/abc")), StatusCode::BAD_REQUEST, "api-bad-request", None),
            ("a query that does not parse", app.http.get(app.url("/api/v1/calls?limit=many")), StatusCode::BAD_REQUEST, "api-bad-request", None),
            ("no such route", app.http.get(app.url("/api/v1/no-such-thing")), StatusCode::NOT_FOUND, "api-no-such-resource", None),
            ("a method the route lacks", app.http.delete(calls.clone()), StatusCode::METHOD_NOT_ALLOWED, "api-method-not-allowed", None),
            ("a token nobody issued", client(Some("not-a-token")).get(calls.clone()), StatusCode::UNAUTHORIZED, "denied-token", None),
            ("nobody signed in", client(None).get(calls.clone()), StatusCode::UNAUTHORIZED, "denied-sign-in-first", None),
            // No session, no token: sign in first, before any form check.
            ("an anonymous change", client(None).post(calls.clone()).json(&json!({ "to": "+821000000000" })), StatusCode::UNAUTHORIZED, "denied-sign-in-first", None),
            ("the service's own refusal", app.http.post(calls.clone()).json(&json!({ "to": "+821000000000", "script": "no-such-script" })), StatusCode::UNPROCESSABLE_ENTITY, "call-script-unknown", Some("script")),
            // Last: the server closes a connection whose body it did not read.
            ("too large", app.http.post(calls.clone()).header("Content-Type", "application/json").body(vec![b' '; 2 * 1024 * 1024]), StatusCode::PAYLOAD_TOO_LARGE, "api-too-large", None),
        ];
        for (what, request, status, code, field) in cases {
            let response = request.header("Accept-Language", "ko").send().await.unwrap();
            assert_eq!(response.status(), status, "{what}");
            let body = assert_problem(response, status, what).await;
            assert_eq!(body["code"], code, "{what}: {body}");
            if let Some(field) = field {
                assert_eq!(body["field"], field, "{what}: {body}");
            }
            // In the caller's language: these messages have Hangul in Korean.
            assert!(body["detail"].as_str().unwrap().chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)), "{what}: {body}");
        }
        // An anonymous session (a sign-in form was opened) is still nobody.
        let anonymous = client(None);
        let csrf = app.login_form_csrf(&anonymous).await;
        assert!(!csrf.is_empty());
        let response = anonymous.post(calls.clone()).json(&json!({ "to": "+821000000000" })).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
        // A signed-in session still needs its form token.
        let browser = app.browser("no-token", &[Role::Admin]).await;
        let response = browser.http.post(calls.clone()).json(&json!({ "to": "+821000000000" })).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
        let body = assert_problem(response, StatusCode::FORBIDDEN, "no form token").await;
        assert_eq!(body["code"], "denied-form-expired");
    }

    async fn every_route_allows_exactly_the_roles_it_declares(backend: Backend) {
        let app = spawn_app(backend, Options::default()).await;
        // Something for the routes with ids to find.
        let (status, _) = app.import_csv("departments", "code,name,centre_code,centre_name,time_zone,work_days,work_start,work_end,lunch_start,lunch_end\nSEOUL-CIVIL,Civil,GURI,Guri,Asia/Seoul,mon-fri,09:00,18:00,12:00,13:00\n").await;
        assert_eq!(status, 200);
        let spare = app.user("spare", &[Role::Grader], None).await;
        let (spare_token, _) = civicall::auth::tokens::create(&app.state.db, "spare", &civicall::auth::Roles(vec![Role::Hr]), 30, None, 0).await.unwrap();
        let ids: HashMap<&str, String> = [("spare_user", spare.id.to_string()), ("spare_token", spare_token.id.to_string())].into();

        let mut personas: Vec<(&str, Option<Role>, Browser)> = Vec::new();
        let anonymous = client(None);
        let anonymous_csrf = app.login_form_csrf(&anonymous).await;
        personas.push(("anonymous", None, Browser { http: anonymous, csrf: anonymous_csrf }));
        for role in Role::ALL {
            let browser = app.browser(&format!("as-{role}"), &[role]).await;
            personas.push((role.as_str(), Some(role), browser));
        }

        let mut table = civicall::web::route_table();
        // Signing out ends the persona's session: walk it last.
        table.sort_by_key(|r| r.path == "/logout");
        assert!(table.len() > 40, "the whole app is in the table: {}", table.len());
        let mut checked = 0;
        for route in &table {
            let url = app.url(&concrete(&route.path, &ids));
            for (name, role, browser) in &personas {
                let mut request = browser.http.request(route.method.clone(), url.clone());
                if route.method != Method::GET {
                    request = request.header("X-CSRF-Token", &browser.csrf).header("Content-Type", "application/json").body("{}");
                }
                let response = request.send().await.unwrap();
                let status = response.status();
                if route.path.starts_with("/api/") && (status.is_client_error() || status.is_server_error()) {
                    assert_problem(response, status, &format!("{} {} as {name}", route.method, route.path)).await;
                }
                let expected_denial = match (route.access, role) {
                    (Access::Public, _) => None,
                    (Access::Carrier, _) => Some(StatusCode::FORBIDDEN),
                    (_, None) => Some(StatusCode::UNAUTHORIZED),
                    (Access::SignedIn, Some(_)) => None,
                    (Access::Roles(allowed), Some(r)) if allowed.contains(r) => None,
                    (Access::Roles(_), Some(_)) => Some(StatusCode::FORBIDDEN),
                };
                match expected_denial {
                    Some(denied) => assert_eq!(status, denied, "{} {} as {name}", route.method, route.path),
                    None => assert!(
                        status != StatusCode::UNAUTHORIZED && status != StatusCode::FORBIDDEN && !status.is_server_error(),
                        "{} {} as {name}: {status}", route.method, route.path
                    ),
                }
                checked += 1;
            }
        }
        assert_eq!(checked, table.len() * (Role::ALL.len() + 1));
    }

    async fn a_wrong_password_and_an_unknown_user_get_the_same_answer_and_lockout_comes_and_goes(backend: Backend) {
        let clock = TravelClock::at(utc("2026-03-02T09:00:00Z"));
        let app = spawn_app(backend, Options { clock: Some(clock.clone()), ..Options::default() }).await;
        app.user("kim", &[Role::Hr], None).await;
        let attempt = |user: &'static str, password: &'static str| {
            let app = &app;
            async move {
                let http = client(None);
                let csrf = app.login_form_csrf(&http).await;
                let response = http.post(app.url("/login")).form(&[("username", user), ("password", password), ("csrf", csrf.as_str())]).send().await.unwrap();
                let status = response.status();
                let body = response.text().await.unwrap().replace(&csrf, "");
                (status, body.replace(user, "NAME"))
            }
        };
        let wrong = attempt("kim", "not-the-password-at-all").await;
        let unknown = attempt("nobody", "not-the-password-at-all").await;
        assert_eq!(wrong.0, 401);
        assert_eq!(wrong, unknown, "an unknown name is indistinguishable from a wrong password");

        // Ten failures lock the name; even the right password is refused, with the same words.
        for _ in 0..9 {
            attempt("kim", "still-not-the-password").await;
        }
        let locked = attempt("kim", PASSWORD).await;
        assert_eq!(locked, wrong, "a locked account answers like a wrong password");
        let (status, _) = app.sign_in("kim", PASSWORD).await;
        assert_eq!(status, 401);

        // Fifteen minutes later the lock has passed.
        clock.jump_to(utc("2026-03-02T09:16:00Z"));
        let (status, _) = app.sign_in("kim", PASSWORD).await;
        assert_eq!(status, 303, "the lock ends");
        let failed = app.get_json("/api/v1/audit?action=login_failed").await;
        // kim's ten, the unknown name's one, and the two refused while locked.
        assert_eq!(failed.as_array().unwrap().len(), 13);
    }

    async fn session_tokens_change_on_login_and_die_on_logout_disable_and_password_change(backend: Backend) {
        let app = spawn_app(backend, Options::default()).await;
        let user = app.user("lee", &[Role::Hr], None).await;
        let cookie = |r: &reqwest::Response| r.headers().get_all("set-cookie").iter().filter_map(|v| v.to_str().ok()).find(|c| c.starts_with("civicall_session=")).map(|c| c.split(';').next().unwrap().to_string());

        // The anonymous session of the login page is not the signed-in one.
        let http = client(None);
        let page = http.get(app.url("/login")).send().await.unwrap();
        let before = cookie(&page).expect("the login page starts a session");
        let attrs = page.headers().get("set-cookie").unwrap().to_str().unwrap().to_lowercase();
        assert!(attrs.contains("httponly") && attrs.contains("samesite=lax"), "{attrs}");
        let csrf = app.login_form_csrf(&http).await;
        let signed_in = http.post(app.url("/login")).form(&[("username", "lee"), ("password", PASSWORD), ("csrf", csrf.as_str())]).send().await.unwrap();
        assert_eq!(signed_in.status(), 303);
        let after = cookie(&signed_in).expect("a new session cookie on login");
        assert_ne!(before, after, "the session id changes on login");

        let me = |b: &reqwest::Client| { let b = b.clone(); let url = app.url("/api/v1/me"); async move { b.get(url).send().await.unwrap().status() } };
        assert_eq!(me(&http).await, 200);
        let csrf = http.get(app.url("/api/v1/me")).send().await.unwrap().json::<Value>().await.unwrap()["csrf"].as_str().unwrap().to_string();
        assert_eq!(http.post(app.url("/logout")).header("X-CSRF-Token", &csrf).send().await.unwrap().status(), 303);
        assert_eq!(me(&http).await, 401, "logged out");

        // Disabling ends every session of the user.
        let (_, one) = app.sign_in("lee", PASSWORD).await;
        let (_, two) = app.sign_in("lee", PASSWORD).await;
        civicall::auth::set_disabled(&app.state.db, user.id, true, 0).await.unwrap();
        assert_eq!(me(&one.http).await, 401);
        assert_eq!(me(&two.http).await, 401);
        civicall::auth::set_disabled(&app.state.db, user.id, false, 0).await.unwrap();

        // So does changing the password, in this browser and elsewhere.
        let (_, here) = app.sign_in("lee", PASSWORD).await;
        let (_, elsewhere) = app.sign_in("lee", PASSWORD).await;
        let changed = here.http.post(app.url("/account/password")).form(&[
            ("csrf", here.csrf.as_str()), ("current_password", PASSWORD),
            ("new_password", "copper-meadow-lantern-88"), ("confirm_password", "copper-meadow-lantern-88"),
        ]).send().await.unwrap();
        assert_eq!(changed.status(), 303);
        assert_eq!(me(&here.http).await, 401);
        assert_eq!(me(&elsewhere.http).await, 401);
        let (status, _) = app.sign_in("lee", "copper-meadow-lantern-88").await;
        assert_eq!(status, 303);
    }

    async fn a_user_name_with_a_control_character_is_refused_and_nobody_is_created(backend: Backend) {
        let app = spawn_app(backend, Options::default()).await;
        let admin = app.browser("boss", &[Role::Admin]).await;
        let create = |display_name: &'static str| {
            let form = [("username", "newcomer"), ("display_name", display_name), ("role_hr", "on"), ("csrf", admin.csrf.as_str())];
            admin.http.post(app.url("/admin/users")).form(&form).send()
        };
        let refused = create("New\u{0}Comer").await.unwrap();
        assert_eq!(refused.status(), 422);
        let page = refused.text().await.unwrap();
        assert!(page.contains("U+0000"), "the page says what is wrong: {page}");
        assert!(civicall::auth::find_by_username(&app.state.db, "newcomer").await.unwrap().is_none(), "nothing was created");
        // Every way of creating a user names the field at fault.
        let err = civicall::auth::create_user(&app.state.db, &civicall::auth::NewUser {
            username: "newcomer", display_name: "New\nComer", password: PASSWORD,
            roles: civicall::auth::Roles(vec![Role::Hr]), department_id: None, must_change_password: false,
        }, 0).await.unwrap_err();
        match err {
            civicall::error::AppError::Invalid { field, message } => {
                assert_eq!((field.as_str(), message.code()), ("display_name", Some("text-control-line")));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(create("  New Comer  ").await.unwrap().status(), 201);
        let user = civicall::auth::find_by_username(&app.state.db, "newcomer").await.unwrap().unwrap();
        assert_eq!(user.display_name, "New Comer", "surrounding spaces are trimmed");
    }

    async fn a_form_post_without_the_csrf_token_is_refused(backend: Backend) {
        let app = spawn_app(backend, Options::default()).await;
        let admin = app.browser("boss", &[Role::Admin]).await;
        let form = [("username", "newcomer"), ("display_name", "New Comer"), ("role_hr", "on")];
        let refused = admin.http.post(app.url("/admin/users")).form(&form).send().await.unwrap();
        assert_eq!(refused.status(), 403);
        let wrong = admin.http.post(app.url("/admin/users")).form(&[form[0], form[1], form[2], ("csrf", "0000")]).send().await.unwrap();
        assert_eq!(wrong.status(), 403);
        assert!(civicall::auth::find_by_username(&app.state.db, "newcomer").await.unwrap().is_none(), "nothing was created");
        let accepted = admin.http.post(app.url("/admin/users")).form(&[form[0], form[1], form[2], ("csrf", admin.csrf.as_str())]).send().await.unwrap();
        assert_eq!(accepted.status(), 201);
        let page = accepted.text().await.unwrap();
        assert!(page.contains("one-time password is shown only now"), "{page}");
        let user = civicall::auth::find_by_username(&app.state.db, "newcomer").await.unwrap().unwrap();
        assert!(user.must_change_password, "a one-time password must be changed at first login");
        // Without the cookie, a JSON request is no way around it either.
        let sneaky = client(None).post(app.url("/admin/users")).form(&form).send().await.unwrap();
        assert_eq!(sneaky.status(), 403);
    }

    async fn a_graders_view_of_a_task_carries_no_staff_identity(backend: Backend) {
        let clock = TravelClock::at(utc("2026-03-01T00:00:00Z"));
        let app = spawn_app(backend, Options {
            clock: Some(clock.clone()),
            tweak: |c| c.dialer.max_lateness_mins = 60 * 24 * 30,
            ..Options::default()
        }).await;
        let (status, _) = app.import_csv("departments", "code,name,centre_code,centre_name,time_zone,work_days,work_start,work_end,lunch_start,lunch_end\nSEOUL-CIVIL,가족관계등록팀,GURI,구리시청,Asia/Seoul,mon-fri,09:00,18:00,12:00,13:00\n").await;
        assert_eq!(status, 200);
        let (status, _) = app.import_csv("staff", "employee_no,name,department_code,grade,job_title,phone,active,eligible,exclusion_reason\nGR-7001,박지훈,SEOUL-CIVIL,8급,여권 담당,031-550-0103,yes,yes,\n").await;
        assert_eq!(status, 200);
        let (status, _) = app.post_json("/api/v1/campaigns", &json!({
            "name": "Blind", "scripts": ["passport-reissue-ko"], "start_date": "2026-03-02", "end_date": "2026-03-02", "calls_per_staff": 1,
        })).await;
        assert_eq!(status, 201);
        clock.jump_to(utc("2026-03-03T06:00:00Z"));
        wait_for("a task for graders", || async {
            let tasks = app.get_json("/api/v1/grading/tasks?state=waiting").await;
            (!tasks.as_array().unwrap().is_empty()).then_some(())
        }).await;

        let grader = app.browser("grader", &[Role::Grader]).await;
        let task = grader.http.post(app.url("/api/v1/grading/next")).header("X-CSRF-Token", &grader.csrf).send().await.unwrap();
        let status = task.status();
        let text = task.text().await.unwrap();
        assert_eq!(status, 200, "{text}");
        let view: Value = serde_json::from_str(&text).unwrap();
        assert!(view["stages"].as_array().unwrap().len() >= 3, "the grader sees the rubric: {view}");
        for identity in ["박지훈", "GR-7001", "SEOUL-CIVIL", "가족관계등록팀", "0103", "staff", "call_id", "\"to\""] {
            assert!(!text.contains(identity), "the grader's view shows {identity:?}: {text}");
        }
        // The audio comes through the task, and only to the grader who holds it.
        let audio = view["audio_url"].as_str().unwrap();
        let played = grader.http.get(app.url(audio)).header("Range", "bytes=0-99").send().await.unwrap();
        assert_eq!(played.status(), 206, "a player can seek");
        assert_eq!(played.headers()["content-range"].to_str().unwrap().split('/').next(), Some("bytes 0-99"));
        let other = app.browser("grader-two", &[Role::Grader]).await;
        let id = view["task_id"].as_i64().unwrap();
        assert_eq!(other.http.get(app.url(&format!("/api/v1/grading/tasks/{id}"))).send().await.unwrap().status(), 404);
        assert_eq!(other.http.get(app.url(audio)).send().await.unwrap().status(), 404);
    }

    async fn phone_numbers_are_masked_everywhere_and_never_in_the_audit_log(backend: Backend) {
        let app = spawn_app(backend, Options::default()).await;
        let id = app.place_call("+821012345678").await;
        let call = app.finished_call(id).await;
        assert_eq!(call["to"], "+82 10-****-5678");
        let listed = app.get_json("/api/v1/calls").await;
        assert_eq!(listed[0]["to"], "+82 10-****-5678");
        let hr = app.browser("hr", &[Role::Hr]).await;
        let page = hr.http.get(app.url(&format!("/calls/{id}"))).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("+82 10-****-5678") && !page.contains("12345678"), "the call page masks the line");
        let stored: String = sqlx::query_scalar("SELECT to_number FROM calls WHERE id = $1").bind(id).fetch_one(&app.state.db.pool).await.unwrap();
        assert_eq!(stored, "+821012345678", "stored in full, for dialling");
        let audio = call["recordings"][0]["audio_url"].as_str().unwrap();
        hr.http.get(app.url(audio)).send().await.unwrap();
        let log = app.get_json("/api/v1/audit").await.to_string();
        assert!(!log.contains("12345678"), "{log}");
        assert!(!log.contains("cct_"), "no token in clear");
    }

    async fn recordings_are_served_only_from_inside_the_recordings_folder(backend: Backend) {
        let app = spawn_app(backend, Options::default()).await;
        let id = app.place_call("+821055550000").await;
        let call = app.finished_call(id).await;
        let rec = call["recordings"][0]["id"].as_i64().unwrap();
        for path in ["../../../../etc/passwd", "/etc/passwd", "2026/../../secret.wav"] {
            sqlx::query("UPDATE recordings SET path = $1 WHERE id = $2").bind(path).bind(rec).execute(&app.state.db.pool).await.unwrap();
            let response = app.http.get(app.url(&format!("/api/v1/recordings/{rec}/audio"))).send().await.unwrap();
            assert_eq!(response.status(), 403, "{path}");
            assert!(!response.text().await.unwrap().contains("root:"), "{path}");
        }
        // There is no public folder of recordings either.
        let guess = app.http.get(app.url("/recordings/")).send().await.unwrap();
        assert_eq!(guess.status(), 404);
    }

    async fn each_audited_action_writes_one_entry_with_who_what_when_and_where(backend: Backend) {
        let app = spawn_app(backend, Options::default()).await;
        let admin = app.browser("auditor", &[Role::Admin, Role::Hr]).await;
        let id = app.place_call("+821099990000").await;
        let call = app.finished_call(id).await;
        let audio = call["recordings"][0]["audio_url"].as_str().unwrap().to_string();
        admin.http.get(app.url(&audio)).header("Range", "bytes=0-9").send().await.unwrap();
        admin.http.post(app.url("/admin/tokens")).form(&[("csrf", admin.csrf.as_str()), ("name", "BI tool"), ("role_hr", "on"), ("expires_in_days", "30")]).send().await.unwrap();
        admin.http.get(app.url("/admin/audit.csv")).send().await.unwrap();
        admin.http.post(app.url("/logout")).header("X-CSRF-Token", &admin.csrf).send().await.unwrap();

        let entries = app.get_json("/api/v1/audit").await;
        let entries = entries.as_array().unwrap();
        let by_action = |action: &str| entries.iter().filter(|e| e["action"] == action && e["actor_name"] == "auditor").cloned().collect::<Vec<_>>();
        for action in ["login", "recording_played", "token_created", "data_exported", "logout"] {
            let found = by_action(action);
            assert_eq!(found.len(), 1, "{action}: {found:?}");
            let e = &found[0];
            assert_eq!(e["actor_kind"], "user");
            assert_eq!(e["address"], "127.0.0.1", "{action}");
            let at = chrono::DateTime::parse_from_rfc3339(e["at"].as_str().unwrap()).unwrap();
            assert!(at.timestamp_millis() > 1_700_000_000_000 && at.offset().local_minus_utc() == 0, "{action} has a UTC time");
        }
        assert_eq!(by_action("recording_played")[0]["target_id"], call["recordings"][0]["id"].to_string());

        // Nobody can change it, not even through the database.
        let tampered = sqlx::query("UPDATE audit_log SET actor_name = 'someone else'").execute(&app.state.db.pool).await;
        assert!(tampered.is_err(), "the audit log is append-only");
        assert!(sqlx::query("DELETE FROM audit_log").execute(&app.state.db.pool).await.is_err());
    }

    async fn retention_deletes_and_anonymises_what_is_due_and_nothing_else(backend: Backend) {
        let app = spawn_app(backend, Options::default()).await;
        let old_call = app.finished_call(app.place_call("+821011112222").await).await;
        let new_call = app.finished_call(app.place_call("+821033334444").await).await;
        let day = 86_400_000i64;
        let now = chrono::Utc::now().timestamp_millis();
        let old_rec = old_call["recordings"][0]["id"].as_i64().unwrap();
        let new_rec = new_call["recordings"][0]["id"].as_i64().unwrap();
        sqlx::query("UPDATE recordings SET created_at = $1 WHERE id = $2").bind(now - 400 * day).bind(old_rec).execute(&app.state.db.pool).await.unwrap();
        for (external, age_days, name, phone) in [("V-OLD", 200, "Nguyễn Văn An", "+84912345678"), ("V-NEW", 10, "Trần Thị Bình", "+84987654321")] {
            sqlx::query("INSERT INTO service_visits (external_id, citizen_name, phone, service, visited_at, channel, consented, created_at, updated_at) VALUES ($1, $2, $3, 'birth registration', $4, 'counter', 1, $4, $4)")
                .bind(external).bind(name).bind(phone).bind(now - age_days * day).execute(&app.state.db.pool).await.unwrap();
        }
        let old_file = app.recordings_dir.join(civicall::recordings::get(&app.state.db, old_rec).await.unwrap().path.unwrap());
        let new_file = app.recordings_dir.join(civicall::recordings::get(&app.state.db, new_rec).await.unwrap().path.unwrap());

        let settings = civicall::auth::retention::RetentionSettings { recordings_days: 365, citizen_data_days: 180 };
        let report = civicall::auth::retention::run(&app.state.db, &app.recordings_dir, &settings, now).await.unwrap();
        assert_eq!((report.recordings_deleted, report.visits_anonymised), (1, 1));
        assert!(!old_file.exists() && new_file.exists());
        let old = civicall::recordings::get(&app.state.db, old_rec).await.unwrap();
        assert_eq!((old.state.as_str(), old.path), ("purged", None));
        assert!(old.duration_ms.is_some(), "the measures stay");
        let visits: Vec<(String, Option<String>, Option<String>, String)> = sqlx::query_as("SELECT external_id, citizen_name, phone, service FROM service_visits ORDER BY external_id").fetch_all(&app.state.db.pool).await.unwrap();
        assert_eq!(visits[0], ("V-NEW".into(), Some("Trần Thị Bình".into()), Some("+84987654321".into()), "birth registration".into()));
        assert_eq!(visits[1], ("V-OLD".into(), None, None, "birth registration".into()), "kept as statistics");
        let runs = app.get_json("/api/v1/audit?action=retention_run").await;
        assert!(runs.as_array().unwrap().iter().any(|e| e["detail"].as_str().unwrap().contains("deleted: 1")));
        // A second run finds nothing more to do.
        let again = civicall::auth::retention::run(&app.state.db, &app.recordings_dir, &settings, now).await.unwrap();
        assert_eq!((again.recordings_deleted, again.visits_anonymised), (0, 0));
    }

    async fn the_openapi_document_describes_every_api_route_and_who_may_call_it(backend: Backend) {
        let app = spawn_app(backend, Options::default()).await;
        let doc: Value = client(None).get(app.url("/api/openapi.json")).send().await.unwrap().json().await.unwrap();
        assert_eq!(doc["openapi"], "3.1.0");
        let api: Vec<_> = civicall::web::route_table().into_iter().filter(|r| r.path.starts_with("/api/v1")).collect();
        assert!(api.len() > 30);
        for route in api {
            let op = &doc["paths"][&route.path][route.method.as_str().to_lowercase()];
            assert!(op.is_object(), "{} {} is documented", route.method, route.path);
            assert!(!op["summary"].as_str().unwrap().is_empty(), "{} {} has a summary", route.method, route.path);
            if let Access::Roles(roles) = route.access {
                let listed: Vec<&str> = op["x-roles"].as_array().unwrap().iter().map(|r| r.as_str().unwrap()).collect();
                assert_eq!(listed, roles.iter().map(|r| r.as_str()).collect::<Vec<_>>(), "{}", route.path);
            }
            // Every refusal is documented as a problem.
            for (status, response) in op["responses"].as_object().unwrap() {
                if status.starts_with('4') || status.starts_with('5') {
                    let schema = &response["content"]["application/problem+json"]["schema"]["$ref"];
                    assert_eq!(schema, "#/components/schemas/Problem", "{} {} {status}", route.method, route.path);
                }
            }
            if route.access != Access::Public {
                assert!(op["responses"]["401"].is_object(), "{} {} lists 401", route.method, route.path);
            }
        }
        // What the handlers describe is exactly routes the service has.
        let table = civicall::web::route_table();
        let described = civicall::web::openapi_described();
        for (path, item) in described["paths"].as_object().unwrap() {
            for method in item.as_object().unwrap().keys() {
                assert!(table.iter().any(|r| &r.path == path && r.method.as_str().eq_ignore_ascii_case(method)), "{method} {path} is described but not routed");
            }
        }
        // The described operations carry their types: the outcome's body and
        // the held callback's answer, with its times as date-times.
        let outcome = &doc["paths"]["/api/v1/callbacks/{id}/outcome"]["post"];
        assert_eq!(outcome["requestBody"]["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/OutcomeIn");
        let held = &doc["components"]["schemas"]["HeldOut"];
        assert_eq!(held["properties"]["lease_until"]["format"], "date-time", "{held}");
        assert_eq!(doc["components"]["schemas"]["CallbackOut"]["properties"]["held_by_me"]["type"], "boolean");
        assert!(doc["components"]["schemas"]["Problem"]["properties"]["code"].is_object());
    }

    async fn pages_carry_security_headers_and_errors_show_no_internals(backend: Backend) {
        let app = spawn_app(backend, Options::default()).await;
        let response = client(None).get(app.url("/login")).send().await.unwrap();
        let h = response.headers();
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), "{csp}");
        assert_eq!(h["x-frame-options"], "DENY");
        assert_eq!(h["x-content-type-options"], "nosniff");
        assert!(h.contains_key("referrer-policy"));
        let missing = client(None).get(app.url("/no/such/page")).send().await.unwrap();
        assert_eq!(missing.status(), 404);
        let body = missing.text().await.unwrap();
        assert!(body.contains("There is no such page") && !body.contains("panicked"), "{body}");
        let anonymous_page = client(None).get(app.url("/")).send().await.unwrap();
        assert_eq!(anonymous_page.status(), 401);
        assert!(anonymous_page.text().await.unwrap().contains("login?next=%2F"), "it points to the sign-in page");
        let huge = app.http.post(app.url("/api/v1/calls")).header("Content-Type", "application/json").body(vec![b' '; 2 * 1024 * 1024]).send().await.unwrap();
        assert_eq!(huge.status(), 413, "request bodies are limited");
    }
}

both_backends! {
    async fn everyone_starts_on_the_desk_of_their_own_work_and_a_refused_page_is_a_page(backend: Backend) {
        let app = spawn_app(backend, Options::default()).await;
        for (role, home) in [(Role::Grader, Some("/grading")), (Role::Operator, Some("/callbacks")), (Role::Supervisor, Some("/results/staff")), (Role::Hr, None), (Role::Admin, None)] {
            let browser = app.browser(&format!("home-{role}"), &[role]).await;
            let start = browser.http.get(app.url("/")).send().await.unwrap();
            match home {
                Some(home) => {
                    assert_eq!(start.status(), StatusCode::SEE_OTHER, "{role}");
                    assert_eq!(start.headers()["location"], home, "{role}");
                }
                None => assert_eq!(start.status(), StatusCode::OK, "{role}"),
            }
        }
        // A page that refuses or finds nothing answers as a page, in the reader's language.
        let supervisor = app.browser("sup-elsewhere", &[Role::Supervisor]).await;
        let other = supervisor.http.get(app.url("/results/staff/999999")).header("Accept-Language", "ru").send().await.unwrap();
        assert!(other.status().is_client_error(), "{}", other.status());
        assert!(other.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
        let page = other.text().await.unwrap();
        assert!(page.contains("<html lang=\"ru\">"), "{page}");
    }
}
