//! Signing in and out, one's own language, and changing one's password. A wrong password, an
//! unknown name and a locked account all get the same answer after the same
//! work, so the page never tells an attacker which accounts exist.

use std::time::Duration;

use axum::Form;
use axum::Json;
use axum::extract::{Query, State};
use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

use super::auth::{Allowed, ClientAddress, SignedIn, csrf_token};
use super::render::{Me, render};
use super::routes::Routes;
use crate::app::AppState;
use crate::auth::audit::{self, Action, Actor, Entry};
use crate::auth::sessions::{AUTHENTICATED_AT_KEY, CSRF_KEY, USER_KEY};
use crate::auth::throttle::{self, ThrottleSettings};
use crate::auth::{self, password};
use crate::error::{AppError, AppResult};
use crate::i18n::{Lang, Locale};
use crate::{msg, tr};

pub fn routes() -> Routes {
    Routes::new()
        .public(Method::GET, "/login", login_page)
        .public(Method::POST, "/login", login)
        .route::<SignedIn, _, _>(Method::POST, "/logout", logout)
        .route::<SignedIn, _, _>(Method::GET, "/account", account_page)
        .route::<SignedIn, _, _>(Method::POST, "/account/language", set_language)
        .route::<SignedIn, _, _>(Method::GET, "/account/password", password_page)
        .route::<SignedIn, _, _>(Method::POST, "/account/password", change_password)
        .route::<SignedIn, _, _>(Method::GET, "/api/v1/me", me)
        .doc("Who you are, and your session's CSRF token")
}

/// The one answer to every failed sign-in (a message id).
const FAILED: &str = "sign-in-failed";

/// Only local paths are followed after sign-in, never another site.
fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') => n.to_string(),
        _ => "/".into(),
    }
}

/// Where a user goes after signing in when no page was asked for: the desk
/// of their work: the overview for administrators, results for HR, the
/// grading desk, the callbacks of the day, one's department's results.
pub(super) fn home_of(roles: &auth::Roles) -> &'static str {
    use auth::Role;
    if roles.has(Role::Admin) {
        "/"
    } else if roles.has(Role::Hr) {
        "/results"
    } else if roles.has(Role::Grader) {
        "/grading"
    } else if roles.has(Role::Operator) {
        "/callbacks"
    } else if roles.has(Role::Supervisor) {
        "/results/staff"
    } else {
        "/account"
    }
}

#[derive(Deserialize)]
struct NextQuery {
    next: Option<String>,
    notice: Option<String>,
}

async fn login_page(
    session: Session,
    lang: Lang,
    Query(q): Query<NextQuery>,
) -> AppResult<Response> {
    let notice = match q.notice.as_deref() {
        Some("password-changed") => Some(lang.t("notice-password-changed")),
        Some("signed-out") => Some(lang.t("notice-signed-out")),
        _ => None,
    };
    let ctx = serde_json::json!({
        "csrf": csrf_token(&session).await,
        "next": safe_next(q.next.as_deref()),
        "notice": notice,
    });
    Ok(render("login.html", None, ctx)?.into_response())
}

#[derive(Deserialize)]
struct LoginForm {
    username: String,
    password: String,
    next: Option<String>,
}

pub fn throttle_settings(state: &AppState) -> ThrottleSettings {
    let a = &state.config.auth;
    ThrottleSettings {
        window_ms: a.login_window_minutes * 60_000,
        slowdown_after: a.login_slowdown_after,
        delay_step: Duration::from_millis(a.login_delay_step_ms),
        max_delay: Duration::from_millis(a.login_max_delay_ms),
        lock_after: a.login_lock_after,
        lock_ms: a.login_lock_minutes * 60_000,
    }
}

async fn login(
    State(state): State<AppState>,
    session: Session,
    lang: Lang,
    ClientAddress(address): ClientAddress,
    Form(form): Form<LoginForm>,
) -> AppResult<Response> {
    let now = state.clock.now_ms();
    let settings = throttle_settings(&state);
    let mut keys = vec![throttle::user_key(&form.username)];
    if let Some(a) = &address {
        keys.push(throttle::address_key(a));
    }
    let gate = throttle::check(&state.db, &keys, now, &settings).await?;
    if !gate.delay.is_zero() {
        tokio::time::sleep(gate.delay).await;
    }
    let user = auth::find_by_username(&state.db, &form.username).await?;
    let attempt = form.password.clone();
    let stored = user
        .as_ref()
        .filter(|u| !u.disabled && !gate.locked)
        .map(|u| u.password_hash.clone());
    // Argon2 is deliberately slow; keep it off the request threads.
    let verified = tokio::task::spawn_blocking(move || match stored {
        Some(hash) => password::verify(&attempt, &hash),
        None => {
            password::verify_decoy(&attempt);
            false
        }
    })
    .await
    .map_err(anyhow::Error::from)?;

    let Some(user) = user.filter(|_| verified) else {
        throttle::record_failure(&state.db, &keys, now, &settings).await?;
        let entry = Entry::new(
            Actor::Anonymous {
                attempted: form.username.clone(),
            },
            Action::LoginFailed,
        )
        .from_address(address)
        .detail(if gate.locked {
            "while paused"
        } else {
            "wrong username or password"
        });
        audit::record(&state.db, entry, now).await?;
        let ctx = serde_json::json!({
            "csrf": csrf_token(&session).await,
            "next": safe_next(form.next.as_deref()),
            "error": lang.t(FAILED),
            "username": form.username,
        });
        return Ok((StatusCode::UNAUTHORIZED, render("login.html", None, ctx)?).into_response());
    };

    throttle::record_success(&state.db, &user.username).await?;
    // A new session id on every login, and a new CSRF token with it.
    session
        .cycle_id()
        .await
        .map_err(|e| anyhow::anyhow!("session: {e}"))?;
    session
        .remove::<String>(CSRF_KEY)
        .await
        .map_err(|e| anyhow::anyhow!("session: {e}"))?;
    session
        .insert(USER_KEY, user.id)
        .await
        .map_err(|e| anyhow::anyhow!("session: {e}"))?;
    session
        .insert(AUTHENTICATED_AT_KEY, now)
        .await
        .map_err(|e| anyhow::anyhow!("session: {e}"))?;
    csrf_token(&session).await;
    let entry = Entry::new(
        Actor::User {
            id: user.id,
            name: user.username.clone(),
        },
        Action::Login,
    )
    .from_address(address);
    audit::record(&state.db, entry, now).await?;
    let to = match safe_next(form.next.as_deref()) {
        _ if user.must_change_password => "/account/password".to_string(),
        next if next == "/" => home_of(&user.roles).to_string(),
        next => next,
    };
    let mut response = Redirect::to(&to).into_response();
    if let Some(locale) = user.locale {
        // The sign-in page after signing out speaks the user's language too.
        super::lang::remember(&mut response, locale);
    }
    Ok(response)
}

async fn logout(
    Allowed(caller, _): Allowed<SignedIn>,
    State(state): State<AppState>,
    session: Session,
) -> AppResult<Response> {
    audit::record(
        &state.db,
        caller.audit(Action::Logout),
        state.clock.now_ms(),
    )
    .await?;
    session
        .flush()
        .await
        .map_err(|e| anyhow::anyhow!("session: {e}"))?;
    Ok(Redirect::to("/login?notice=signed-out").into_response())
}

async fn account_page(
    Allowed(caller, _): Allowed<SignedIn>,
    session: Session,
    Query(q): Query<NextQuery>,
    lang: Lang,
) -> AppResult<Response> {
    let me = Me::of(&caller, &session).await;
    let ctx = serde_json::json!({
        "own_choice": caller.locale.map(|l| l.tag()),
        "notice": (q.notice.as_deref() == Some("language-saved")).then(|| lang.t("notice-language-saved")),
    });
    Ok(render("account.html", Some(&me), ctx)?.into_response())
}

#[derive(Deserialize)]
struct LanguageForm {
    /// A language tag, or empty to let the browser decide.
    language: String,
}

/// Stores the user's own language; every later page and session uses it.
async fn set_language(
    Allowed(caller, _): Allowed<SignedIn>,
    State(state): State<AppState>,
    Form(form): Form<LanguageForm>,
) -> AppResult<Response> {
    let Some(user_id) = caller.user_id else {
        return Err(AppError::Forbidden(msg!("account-token-no-language")));
    };
    let locale = match form.language.trim() {
        "" => None,
        tag => Some(tag.parse::<Locale>().map_err(|_| {
            AppError::invalid("language", msg!("account-language-unknown", language = tag))
        })?),
    };
    let now = state.clock.now_ms();
    auth::set_locale(&state.db, user_id, locale, now).await?;
    audit::record(
        &state.db,
        caller
            .audit(Action::LanguageChanged)
            .on("user", user_id)
            .detail(locale.map_or("browser", |l| l.tag())),
        now,
    )
    .await?;
    let mut response = Redirect::to("/account?notice=language-saved").into_response();
    if let Some(locale) = locale {
        super::lang::remember(&mut response, locale);
    }
    Ok(response)
}

async fn password_page(
    Allowed(caller, _): Allowed<SignedIn>,
    session: Session,
) -> AppResult<Response> {
    let me = Me::of(&caller, &session).await;
    let ctx = serde_json::json!({ "must_change": caller.must_change_password });
    Ok(render("password.html", Some(&me), ctx)?.into_response())
}

#[derive(Deserialize)]
struct PasswordForm {
    current_password: String,
    new_password: String,
    confirm_password: String,
}

async fn change_password(
    Allowed(caller, _): Allowed<SignedIn>,
    State(state): State<AppState>,
    session: Session,
    lang: Lang,
    Form(form): Form<PasswordForm>,
) -> AppResult<Response> {
    let Some(user_id) = caller.user_id else {
        return Err(AppError::Forbidden(msg!("account-token-no-password")));
    };
    let problem = check_change(&state, user_id, &form, &lang).await?;
    if let Some(problem) = problem {
        let me = Me::of(&caller, &session).await;
        let ctx =
            serde_json::json!({ "must_change": caller.must_change_password, "error": problem });
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            render("password.html", Some(&me), ctx)?,
        )
            .into_response());
    }
    let now = state.clock.now_ms();
    auth::set_password(&state.db, user_id, &form.new_password, false, now).await?;
    audit::record(
        &state.db,
        caller.audit(Action::PasswordChanged).on("user", user_id),
        now,
    )
    .await?;
    // Every session of the user has ended, this one too.
    let _ = session.flush().await;
    Ok(Redirect::to("/login?notice=password-changed").into_response())
}

/// What is wrong with a password change, in words for the form.
async fn check_change(
    state: &AppState,
    user_id: i64,
    form: &PasswordForm,
    lang: &Lang,
) -> AppResult<Option<String>> {
    let user = auth::get_user(&state.db, user_id).await?;
    let (attempt, hash) = (form.current_password.clone(), user.password_hash.clone());
    let current_ok = tokio::task::spawn_blocking(move || password::verify(&attempt, &hash))
        .await
        .map_err(anyhow::Error::from)?;
    if !current_ok {
        return Ok(Some(lang.t("password-current-wrong")));
    }
    if form.new_password != form.confirm_password {
        return Ok(Some(lang.t("password-new-differ")));
    }
    let (min, max) = password::LENGTHS;
    Ok(
        match password::problem(&form.new_password, &[&user.username, &user.display_name]) {
            Some(problem) => Some(tr!(lang, problem.message_id(), min = min, max = max)),
            None if form.new_password == form.current_password => {
                Some(lang.t("password-same-as-current"))
            }
            None => None,
        },
    )
}

/// Who you are.
#[derive(Serialize, utoipa::ToSchema)]
pub(super) struct MeOut {
    name: String,
    roles: Vec<String>,
    must_change_password: bool,
    /// Send as `X-CSRF-Token` with state-changing requests made with this session.
    csrf: String,
}

/// Who you are, and the CSRF token for this session.
#[utoipa::path(get, path = "/api/v1/me", tag = "accounts",
    responses((status = 200, body = MeOut)))]
pub(super) async fn me(Allowed(caller, _): Allowed<SignedIn>, session: Session) -> Json<MeOut> {
    let me = Me::of(&caller, &session).await;
    Json(MeOut {
        name: me.name,
        roles: me.roles,
        must_change_password: caller.must_change_password,
        csrf: me.csrf,
    })
}
