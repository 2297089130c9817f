//! Page rendering: templates compiled into the binary, escaping everything
//! they print, in the language of the request being answered (`t()` and the
//! number and date filters of `i18n`), and the signed-in user's bar (name,
//! roles, sign-out form with its CSRF token) on every page.

use std::sync::LazyLock;

use axum::http::StatusCode;
use axum::response::Html;
use minijinja::Environment;
use serde::Serialize;
use tower_sessions::Session;

use super::auth::{Access, Caller, Operations, Policy, csrf_token};
use crate::auth::audit::Actor;
use crate::auth::{Role, Roles};
use crate::error::AppResult;
use crate::i18n::{self, Lang, Locale};

/// Every template, compiled into the binary.
const TEMPLATE_FILES: &[(&str, &str)] = &[
    ("layout.html", include_str!("templates/layout.html")),
    (
        "calls_table.html",
        include_str!("templates/calls_table.html"),
    ),
    ("index.html", include_str!("templates/index.html")),
    ("campaign.html", include_str!("templates/campaign.html")),
    (
        "campaign_new.html",
        include_str!("templates/campaign_new.html"),
    ),
    ("overview.html", include_str!("templates/overview.html")),
    ("roster.html", include_str!("templates/roster.html")),
    ("staff_edit.html", include_str!("templates/staff_edit.html")),
    ("call.html", include_str!("templates/call.html")),
    ("message.html", include_str!("templates/message.html")),
    ("login.html", include_str!("templates/login.html")),
    ("password.html", include_str!("templates/password.html")),
    ("account.html", include_str!("templates/account.html")),
    ("users.html", include_str!("templates/users.html")),
    ("tokens.html", include_str!("templates/tokens.html")),
    ("audit.html", include_str!("templates/audit.html")),
    ("desk.html", include_str!("templates/desk.html")),
    ("desk_empty.html", include_str!("templates/desk_empty.html")),
    (
        "calibration.html",
        include_str!("templates/calibration.html"),
    ),
    ("callbacks.html", include_str!("templates/callbacks.html")),
    ("callback.html", include_str!("templates/callback.html")),
    (
        "synthesis_parts.html",
        include_str!("templates/synthesis_parts.html"),
    ),
    ("synthesis.html", include_str!("templates/synthesis.html")),
    (
        "synthesis_print.html",
        include_str!("templates/synthesis_print.html"),
    ),
    ("results.html", include_str!("templates/results.html")),
    (
        "results_staff.html",
        include_str!("templates/results_staff.html"),
    ),
    (
        "results_methods.html",
        include_str!("templates/results_methods.html"),
    ),
    ("scorecard.html", include_str!("templates/scorecard.html")),
    (
        "scorecard_print.html",
        include_str!("templates/scorecard_print.html"),
    ),
    ("stars.html", include_str!("templates/stars.html")),
    ("training.html", include_str!("templates/training.html")),
    ("disputes.html", include_str!("templates/disputes.html")),
    ("evaluation.html", include_str!("templates/evaluation.html")),
    (
        "report_print.html",
        include_str!("templates/report_print.html"),
    ),
    (
        "results_parts.html",
        include_str!("templates/results_parts.html"),
    ),
];

static TEMPLATES: LazyLock<Environment<'static>> = LazyLock::new(|| {
    let mut env = Environment::new();
    i18n::install_template_functions(&mut env);
    for (name, source) in TEMPLATE_FILES {
        env.add_template(name, source).expect("templates compile");
    }
    env
});

/// The signed-in user as pages show them.
#[derive(Clone, Debug, Serialize)]
pub struct Me {
    pub name: String,
    pub roles: Vec<String>,
    pub csrf: String,
    /// The menu: exactly the pages this user may open.
    pub menu: Vec<MenuItem>,
}

#[derive(Clone, Debug, Serialize)]
pub struct MenuItem {
    pub href: &'static str,
    /// The message id of its label.
    pub label: &'static str,
}

/// The menu's pages in order, with their labels. Who sees an entry is
/// decided by the access of its route in the route table, so the menu can
/// never offer a page that answers 403. The start page is open to everyone
/// signed in, but only the people running evaluations stay on it.
const MENU: &[(&str, &str)] = &[
    ("/", "nav-overview"),
    ("/grading", "nav-grading"),
    ("/callbacks", "nav-callbacks"),
    ("/callbacks/synthesis", "nav-synthesis"),
    ("/results", "nav-results"),
    ("/results/staff", "nav-my-department"),
    ("/grading/calibration", "nav-graders"),
    ("/roster", "nav-roster"),
    ("/admin/users", "nav-users"),
    ("/admin/tokens", "nav-tokens"),
    ("/admin/audit", "nav-audit"),
];

static MENU_ACCESS: LazyLock<Vec<(&'static str, &'static str, Access)>> = LazyLock::new(|| {
    let table = super::route_table();
    MENU.iter()
        .map(|(href, label)| {
            let access = if *href == "/" {
                <Operations as Policy>::ACCESS
            } else {
                table
                    .iter()
                    .find(|r| r.method == axum::http::Method::GET && r.path == *href)
                    .map(|r| r.access)
                    .unwrap_or_else(|| panic!("menu entry {href} has no page"))
            };
            (*href, *label, access)
        })
        .collect()
});

/// The menu for a user with `roles`.
pub fn menu(roles: &Roles) -> Vec<MenuItem> {
    MENU_ACCESS
        .iter()
        .filter(|(_, _, access)| access.allows(roles))
        .map(|(href, label, _)| MenuItem {
            href,
            // HR see every department's staff, not one department's.
            label: if *href == "/results/staff" && roles.has(Role::Hr) {
                "nav-staff-results"
            } else {
                label
            },
        })
        .collect()
}

impl Me {
    pub async fn of(caller: &Caller, session: &Session) -> Me {
        let name = match &caller.actor {
            Actor::User { name, .. } | Actor::Token { name, .. } => name.clone(),
            _ => String::new(),
        };
        Me {
            name,
            roles: caller
                .roles
                .0
                .iter()
                .map(|r| r.as_str().to_string())
                .collect(),
            csrf: csrf_token(session).await,
            menu: menu(&caller.roles),
        }
    }
}

/// Renders `name` with `ctx` in the language of the request being
/// answered, adding `me` for the page header, `lang` for `<html lang>` and
/// the languages a switcher offers.
pub fn render(name: &str, me: Option<&Me>, ctx: serde_json::Value) -> AppResult<Html<String>> {
    render_in(&crate::i18n::current(), name, me, ctx)
}

/// A form page answered with `status`: `ctx` with the answer's own fields
/// (`extra`: a refusal, a preview, a one-time secret) laid over it.
pub fn render_answer(
    name: &str,
    me: &Me,
    mut ctx: serde_json::Value,
    extra: serde_json::Value,
    status: axum::http::StatusCode,
) -> AppResult<axum::response::Response> {
    use axum::response::IntoResponse;
    if let (Some(ctx), Some(extra)) = (ctx.as_object_mut(), extra.as_object()) {
        ctx.extend(extra.clone());
    }
    Ok((status, render(name, Some(me), ctx)?).into_response())
}

/// Renders `name` in `lang`.
pub fn render_in(
    lang: &Lang,
    name: &str,
    me: Option<&Me>,
    ctx: serde_json::Value,
) -> AppResult<Html<String>> {
    let mut ctx = ctx;
    if let Some(obj) = ctx.as_object_mut() {
        if let Some(me) = me {
            obj.insert(
                "me".into(),
                serde_json::to_value(me).map_err(anyhow::Error::from)?,
            );
        }
        obj.insert("lang".into(), lang.locale.tag().into());
        obj.insert("zone".into(), lang.zone().name().into());
        obj.insert("languages".into(), languages(lang));
    }
    let template = TEMPLATES.get_template(name).map_err(anyhow::Error::from)?;
    let html = i18n::with_lang(lang, || template.render(minijinja::value::Serde(ctx)))
        .map_err(anyhow::Error::from)?;
    Ok(Html(html))
}

/// The languages a user can choose, each named in itself.
fn languages(lang: &Lang) -> serde_json::Value {
    Locale::OFFERED
        .iter()
        .map(|l| {
            serde_json::json!({
                "tag": l.tag(),
                "name": lang.t(&format!("language-{}", l.tag())),
                "current": *l == lang.locale,
            })
        })
        .collect()
}

/// The title of a message page for an HTTP status.
fn status_title(lang: &Lang, status: StatusCode) -> String {
    lang.t(match status {
        StatusCode::UNAUTHORIZED => "status-unauthorized",
        StatusCode::FORBIDDEN => "status-forbidden",
        StatusCode::NOT_FOUND => "status-not-found",
        StatusCode::CONFLICT => "status-conflict",
        StatusCode::BAD_REQUEST | StatusCode::UNPROCESSABLE_ENTITY => "status-invalid",
        StatusCode::BAD_GATEWAY => "status-carrier",
        StatusCode::TOO_MANY_REQUESTS => "status-too-many",
        _ => "status-error",
    })
}

/// A plain page with a title and a message; never internals.
pub fn message_page(status: StatusCode, message: &str, link: Option<(&str, &str)>) -> Html<String> {
    let lang = crate::i18n::current();
    let ctx = serde_json::json!({
        "title": status_title(&lang, status),
        "message": message,
        "link": link.map(|(href, text)| serde_json::json!({ "href": href, "text": text })),
    });
    render_in(&lang, "message.html", None, ctx).unwrap_or_else(|_| {
        Html(String::from(
            "<!doctype html><title>civicall</title><p>500</p>",
        ))
    })
}

pub fn error_page(status: StatusCode, message: &str) -> Html<String> {
    let back = crate::i18n::current().t("back-to-start");
    message_page(status, message, Some(("/", &back)))
}

/// The answer to an anonymous visit to a page that needs a signed-in user.
pub fn signin_required(next: &str) -> Html<String> {
    let lang = crate::i18n::current();
    let href = format!(
        "/login?next={}",
        url::form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
    );
    message_page(
        StatusCode::UNAUTHORIZED,
        &lang.t("sign-in-to-see"),
        Some((&href, &lang.t("sign-in"))),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_in_the_folder_is_compiled_in() {
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/web/templates");
        for entry in std::fs::read_dir(folder).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            assert!(
                TEMPLATE_FILES.iter().any(|(n, _)| *n == name),
                "{name} is not in TEMPLATE_FILES"
            );
        }
        // And every one of them compiles.
        assert_eq!(TEMPLATES.templates().count(), TEMPLATE_FILES.len());
    }
}
