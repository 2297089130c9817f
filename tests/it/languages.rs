//! Every page in the users' own languages: walked in the pseudo-locale, no
//! page shows text that did not come through the catalogues; walked in
//! every real language, every page renders and says which language it is
//! in; a user's own choice holds across sign-ins; a broken correction stops
//! start-up.

use std::collections::{BTreeSet, HashMap};

use civicall::auth::Role;
use civicall::i18n::{Locale, pseudo};
use civicall::web::auth::Access;
use reqwest::{Method, StatusCode};
use sqlx::Row;

use crate::both_backends;
use crate::common::{Browser, Options, TravelClock, spawn_app, utc};

fn demo_config(c: &mut civicall::config::Config) {
    civicall::demo::callbacks::configure(c);
}

/// The text a reader sees on a page: text nodes outside scripts and
/// styles, and the attributes that are shown or read aloud.
fn visible_texts(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push(decode(&rest[..open]));
        rest = &rest[open..];
        let close = rest.find('>').map_or(rest.len(), |c| c + 1);
        let tag = &rest[..close];
        for attribute in ["title", "alt", "placeholder", "aria-label"] {
            let marker = format!(" {attribute}=\"");
            if let Some(at) = tag.find(&marker) {
                let value = &tag[at + marker.len()..];
                out.push(decode(&value[..value.find('"').unwrap_or(value.len())]));
            }
        }
        let name: String = tag[1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        rest = &rest[close..];
        if name == "script" || name == "style" {
            let end = format!("</{name}");
            rest = &rest[rest.find(&end).unwrap_or(rest.len())..];
        }
    }
    out.push(decode(rest));
    out.into_iter()
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect()
}

fn decode(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&#x2f;", "/")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

/// What is left of a text once everything between the markers is gone.
fn outside_markers(text: &str) -> String {
    let mut depth = 0usize;
    let mut out = String::new();
    for c in text.chars() {
        match c {
            pseudo::OPEN => depth += 1,
            pseudo::CLOSE => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Every word stored in the database or written in a call script: names,
/// codes, comments, rubric texts. Pages show these as they are.
async fn data_words(app: &crate::common::TestApp) -> BTreeSet<String> {
    let db = &app.state.db;
    let tables: Vec<(String,)> = match db.backend {
        civicall::db::Backend::Sqlite => {
            sqlx::query_as("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%' AND name NOT IN ('sessions', 'login_throttle')")
                .fetch_all(&db.pool)
                .await
                .unwrap()
        }
        civicall::db::Backend::Postgres => {
            sqlx::query_as("SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT LIKE '_sqlx%' AND table_name NOT IN ('sessions', 'login_throttle')")
                .fetch_all(&db.pool)
                .await
                .unwrap()
        }
    };
    let mut texts = Vec::new();
    for (table,) in tables {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT * FROM {table}")))
            .fetch_all(&db.pool)
            .await
            .unwrap();
        for row in rows {
            for i in 0..row.columns().len() {
                if let Ok(Some(text)) = row.try_get::<Option<String>, _>(i) {
                    texts.push(text);
                }
            }
        }
    }
    let scripts = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("call-scripts");
    for entry in std::fs::read_dir(scripts).unwrap() {
        texts.push(std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
    texts.iter().flat_map(|t| words(t)).collect()
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .map(str::to_lowercase)
        .collect()
}

/// Concrete URLs for the page routes, from the demo's data and what the
/// walkers hold (a callback; a grading task when one waits).
async fn page_urls(
    app: &crate::common::TestApp,
    held: &HashMap<&str, i64>,
) -> Vec<(String, Access)> {
    let db = &app.state.db.pool;
    let one = |sql: &'static str| async move {
        sqlx::query_as::<_, (Option<i64>,)>(sql)
            .fetch_one(db)
            .await
            .unwrap()
            .0
            .unwrap_or(1)
    };
    let ids: HashMap<&str, i64> = [
        (
            "/campaigns/{id}",
            one("SELECT MIN(id) FROM campaigns").await,
        ),
        ("/calls/{id}", one("SELECT MIN(id) FROM calls").await),
        (
            "/grading/tasks/{id}",
            one("SELECT MIN(id) FROM grading_tasks").await,
        ),
        (
            "/callbacks/{id}",
            one("SELECT MIN(id) FROM callbacks").await,
        ),
        (
            "/results/staff/{id}",
            one("SELECT MIN(staff_id) FROM evaluations").await,
        ),
        (
            "/results/staff/{id}/print",
            one("SELECT MIN(staff_id) FROM evaluations").await,
        ),
        (
            "/results/evaluations/{id}",
            one("SELECT MIN(evaluation_id) FROM disputes").await,
        ),
        ("/roster/staff/{id}", one("SELECT MIN(id) FROM staff").await),
    ]
    .into_iter()
    .map(|(route, id)| (route, held.get(route).copied().unwrap_or(id)))
    .collect();
    civicall::web::route_table()
        .into_iter()
        .filter(|r| r.method == Method::GET && r.access != Access::Carrier)
        .filter(|r| {
            let p = r.path.as_str();
            !(p.starts_with("/api/")
                || p.starts_with("/webhooks/")
                || p.starts_with("/static/")
                || p == "/language")
        })
        .map(|r| {
            let url = match ids.get(r.path.as_str()) {
                Some(id) => r.path.replace("{id}", &id.to_string()),
                None => r.path.clone(),
            };
            (url, r.access)
        })
        .collect()
}

/// A signed-in browser for each role, with their language set to `locale`.
async fn personas(app: &crate::common::TestApp) -> Vec<(Role, i64, Browser)> {
    let mut out = Vec::new();
    let (department,): (Option<i64>,) =
        sqlx::query_as("SELECT MIN(department_id) FROM evaluations")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    for role in Role::ALL {
        let name = format!("walker-{role}");
        let department = department.filter(|_| role == Role::Supervisor);
        let user = app.user(&name, &[role], department).await;
        let (status, browser) = app.sign_in(&name, crate::common::PASSWORD).await;
        assert_eq!(status, 303);
        out.push((role, user.id, browser));
    }
    out
}

async fn set_everyones_language(
    app: &crate::common::TestApp,
    people: &[(Role, i64, Browser)],
    locale: Locale,
) {
    for (_, id, _) in people {
        civicall::auth::set_locale(&app.state.db, *id, Some(locale), 0)
            .await
            .unwrap();
    }
}

both_backends! {
    async fn every_page_speaks_only_through_the_catalogues_and_renders_in_every_language(backend: Backend) {
        let clock = TravelClock::at(utc("2026-09-02T00:30:00Z"));
        let app = spawn_app(backend, Options { clock: Some(clock.clone()), tweak: demo_config, lines: civicall::demo::lines(), ..Options::default() }).await;
        civicall::demo::seed(&app.state).await.unwrap();
        clock.jump_to(utc("2026-09-02T03:00:00Z"));
        let people = personas(&app).await;
        let data = data_words(&app).await;
        // The operator holds one of Đồng Tháp's callbacks, the grader a
        // task if one waits, so their desks are walked as they work in them.
        let mut held = HashMap::new();
        let (dt,): (i64,) = sqlx::query_as("SELECT id FROM centres WHERE code = 'DT'").fetch_one(&app.state.db.pool).await.unwrap();
        for (role, id, browser) in &people {
            let next = match role {
                Role::Operator => {
                    civicall::auth::set_operator_line(&app.state.db, *id, Some("+84900000009"), Some(dt), 0).await.unwrap();
                    ("/api/v1/callbacks/next", "/callbacks/{id}")
                }
                Role::Grader => ("/api/v1/grading/next", "/grading/tasks/{id}"),
                _ => continue,
            };
            let response = browser.http.post(app.url(next.0)).header("X-CSRF-Token", &browser.csrf).send().await.unwrap();
            if response.status() == StatusCode::OK {
                let body: serde_json::Value = response.json().await.unwrap();
                let id = body["id"].as_i64().or(body["task_id"].as_i64()).or(body["callback"]["id"].as_i64());
                if let Some(id) = id {
                    held.insert(next.1, id);
                }
            }
        }
        assert!(held.contains_key("/callbacks/{id}"), "the walking operator holds a callback");
        let pages = page_urls(&app, &held).await;

        // The pseudo-locale: any text outside ⟦ ⟧ that is not data was
        // written into a template or a handler.
        set_everyones_language(&app, &people, Locale::EnXa).await;
        let mut stray: Vec<String> = Vec::new();
        let mut walked = 0;
        for (url, access) in &pages {
            for (role, _, browser) in &people {
                let roles = civicall::auth::Roles(vec![*role]);
                if !access.allows(&roles) {
                    continue;
                }
                let response = browser.http.get(app.url(url)).send().await.unwrap();
                let status = response.status();
                let html_page = response.headers().get("content-type").is_some_and(|v| v.to_str().unwrap_or("").starts_with("text/html"));
                assert!(!status.is_server_error(), "GET {url} as {role}: {status}");
                if !html_page {
                    continue;
                }
                let body = response.text().await.unwrap();
                assert!(body.contains("<html lang=\"en-XA\">"), "GET {url} as {role}: not in the pseudo-locale");
                walked += 1;
                for text in visible_texts(&body) {
                    let left = outside_markers(&text);
                    let foreign: Vec<String> = words(&left).into_iter().filter(|w| !data.contains(w)).collect();
                    if !foreign.is_empty() {
                        stray.push(format!("{url} as {role}: {left:?} ({})", foreign.join(" ")));
                    }
                }
            }
        }
        stray.sort();
        stray.dedup();
        eprintln!("walked {walked} pages in the pseudo-locale");
        assert!(walked > 40, "walked {walked} pages");
        assert!(stray.is_empty(), "{} texts outside the catalogues:\n{}", stray.len(), stray.join("\n"));

        // Every real language: every page renders, in its language.
        for locale in Locale::OFFERED {
            set_everyones_language(&app, &people, locale).await;
            for (url, access) in &pages {
                for (role, _, browser) in &people {
                    if !access.allows(&civicall::auth::Roles(vec![*role])) {
                        continue;
                    }
                    let response = browser.http.get(app.url(url)).send().await.unwrap();
                    let status = response.status();
                    assert!(!status.is_server_error(), "GET {url} as {role} in {locale}: {status}");
                    let html_page = response.headers().get("content-type").is_some_and(|v| v.to_str().unwrap_or("").starts_with("text/html"));
                    if html_page && status != StatusCode::NOT_FOUND {
                        let body = response.text().await.unwrap();
                        assert!(body.contains(&format!("<html lang=\"{}\">", locale.tag())), "GET {url} as {role} in {locale}");
                    }
                }
            }
        }
    }

    async fn a_users_own_language_holds_after_signing_in_again_and_before_sign_in_the_browser_decides(backend: Backend) {
        let app = spawn_app(backend, Options::default()).await;
        app.user("lan", &[Role::Operator], None).await;
        // Before sign-in: the browser's Accept-Language, then a picked language.
        let anonymous = crate::common::client(None);
        let login = anonymous.get(app.url("/login")).header("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.5").send().await.unwrap().text().await.unwrap();
        assert!(login.contains("<html lang=\"vi\">"), "{login}");
        for locale in Locale::OFFERED {
            assert!(login.contains(&format!("lang=\"{}\"", locale.tag())), "the switcher offers {locale}");
        }
        let picked = anonymous.get(app.url("/language?set=ru&next=/login")).send().await.unwrap();
        assert_eq!(picked.status(), 303);
        let login = anonymous.get(app.url("/login")).header("Accept-Language", "vi").send().await.unwrap().text().await.unwrap();
        assert!(login.contains("<html lang=\"ru\">"), "a picked language beats the browser's");

        let (_, browser) = app.sign_in("lan", crate::common::PASSWORD).await;
        let form = [("language", "kk"), ("csrf", browser.csrf.as_str())];
        let saved = browser.http.post(app.url("/account/language")).form(&form).send().await.unwrap();
        assert_eq!(saved.status(), 303);
        let account = browser.http.get(app.url("/account")).header("Accept-Language", "ko").send().await.unwrap().text().await.unwrap();
        assert!(account.contains("<html lang=\"kk\">"), "the user's own choice beats the browser's");

        let (_, again) = app.sign_in("lan", crate::common::PASSWORD).await;
        let page = again.http.get(app.url("/callbacks")).header("Accept-Language", "en").send().await.unwrap().text().await.unwrap();
        assert!(page.contains("<html lang=\"kk\">"), "the choice holds in a new session");

        let unknown = [("language", "fr"), ("csrf", again.csrf.as_str())];
        let refused = again.http.post(app.url("/account/language")).form(&unknown).send().await.unwrap();
        assert_eq!(refused.status(), 422);
        let page = refused.text().await.unwrap();
        assert!(page.contains("<html lang=\"kk\">"), "the refusal is a page in the user's language");
    }

    async fn a_centre_default_decides_for_its_users_when_nothing_else_does(backend: Backend) {
        fn tweak(c: &mut civicall::config::Config) {
            c.i18n.centre_languages.insert("GURI".into(), Locale::Ko);
        }
        let app = spawn_app(backend, Options { tweak, ..Options::default() }).await;
        let (status, _) = app.import_csv("departments", "code,name,centre_code,centre_name,time_zone,work_days,work_start,work_end,lunch_start,lunch_end\nGR-CIVIL,Civil,GURI,Guri,Asia/Seoul,mon-fri,09:00,18:00,12:00,13:00\n").await;
        assert_eq!(status, 200);
        let department: (i64,) = sqlx::query_as("SELECT id FROM departments WHERE code = 'GR-CIVIL'").fetch_one(&app.state.db.pool).await.unwrap();
        app.user("park", &[Role::Supervisor], Some(department.0)).await;
        let (_, browser) = app.sign_in("park", crate::common::PASSWORD).await;
        let page = browser.http.get(app.url("/account")).header("Accept-Language", "de-DE").send().await.unwrap().text().await.unwrap();
        assert!(page.contains("<html lang=\"ko\">"), "Guri's default");
        let page = browser.http.get(app.url("/account")).header("Accept-Language", "ru").send().await.unwrap().text().await.unwrap();
        assert!(page.contains("<html lang=\"ru\">"), "the browser's language comes before the centre's");
    }
}

#[tokio::test]
async fn a_broken_correction_stops_start_up_naming_the_file_the_line_and_the_message() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("vi")).unwrap();
    std::fs::write(
        dir.path().join("vi/office.ftl"),
        "sign-in = Đăng nhập hệ thống\nsign-out = { $oops\n",
    )
    .unwrap();
    let mut config = civicall::config::Config::default();
    config.i18n.messages_dir = Some(dir.path().to_path_buf());
    config.database.url = format!("sqlite://{}", dir.path().join("never.db").display());
    config.server.listen = "127.0.0.1:0".parse().unwrap();
    config.scripts.dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("call-scripts");
    let clock: civicall::clock::SharedClock = std::sync::Arc::new(civicall::clock::SystemClock);
    let err = civicall::Application::build(config, clock)
        .await
        .err()
        .expect("start-up refused")
        .to_string();
    assert!(err.contains("vi/office.ftl:2"), "{err}");
    assert!(err.contains("sign-out"), "{err}");
    assert!(
        !dir.path().join("never.db").exists(),
        "nothing written before the check"
    );
}
