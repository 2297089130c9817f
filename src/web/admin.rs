//! Administration: users and their roles, API tokens, and the audit log
//! (browse and export; nobody can edit it).

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{Method, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Form, Json};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;
use utoipa::{IntoParams, ToSchema};

use super::auth::{AdminOnly, Allowed, Caller};
use super::pages::when;
use super::render::{Me, render, render_answer};
use super::routes::Routes;
use crate::app::AppState;
use crate::auth::audit::{self, Action, AuditFilter, AuditRow};
use crate::auth::{self, NewUser, Role, Roles, User, password, tokens};
use crate::clock::from_ms;
use crate::error::{AppError, AppResult};
use crate::i18n::{Lang, Msg};
use crate::{msg, roster, tr};

pub fn routes() -> Routes {
    Routes::new()
        .route::<AdminOnly, _, _>(Method::GET, "/admin/users", users_page)
        .route::<AdminOnly, _, _>(Method::POST, "/admin/users", create_user)
        .route::<AdminOnly, _, _>(Method::POST, "/admin/users/{id}/roles", set_roles)
        .route::<AdminOnly, _, _>(Method::POST, "/admin/users/{id}/{action}", user_action)
        .route::<AdminOnly, _, _>(
            Method::POST,
            "/admin/users/{id}/operator-line",
            operator_line,
        )
        .route::<AdminOnly, _, _>(Method::GET, "/admin/tokens", tokens_page)
        .route::<AdminOnly, _, _>(Method::POST, "/admin/tokens", create_token)
        .route::<AdminOnly, _, _>(Method::POST, "/admin/tokens/{id}/revoke", revoke_token)
        .route::<AdminOnly, _, _>(Method::GET, "/admin/audit", audit_page)
        .route::<AdminOnly, _, _>(Method::GET, "/admin/audit.csv", audit_csv)
        .route::<AdminOnly, _, _>(Method::GET, "/api/v1/users", users_json)
        .doc("List users")
        .route::<AdminOnly, _, _>(Method::GET, "/api/v1/audit", audit_json)
        .doc("The audit log (action, actor, limit)")
}

/// Form fields as pairs; role checkboxes are named `role_<role>`.
fn pairs(body: &Bytes) -> Vec<(String, String)> {
    url::form_urlencoded::parse(body).into_owned().collect()
}

fn field<'a>(pairs: &'a [(String, String)], name: &str) -> &'a str {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.trim())
        .unwrap_or("")
}

fn checked_roles(pairs: &[(String, String)]) -> Result<Roles, Msg> {
    let list: Vec<&str> = Role::ALL
        .iter()
        .map(|r| r.as_str())
        .filter(|r| pairs.iter().any(|(k, _)| k == &format!("role_{r}")))
        .collect();
    Roles::parse_list(&list.join(","))
}

#[derive(Serialize)]
struct UserLine {
    id: i64,
    username: String,
    display_name: String,
    roles: Vec<&'static str>,
    disabled: bool,
    must_change_password: bool,
    senior: bool,
    phone: Option<String>,
    centre_id: Option<i64>,
    department_id: Option<i64>,
}

impl From<User> for UserLine {
    fn from(u: User) -> Self {
        UserLine {
            id: u.id,
            roles: u.roles.0.iter().map(|r| r.as_str()).collect(),
            username: u.username,
            display_name: u.display_name,
            disabled: u.disabled,
            must_change_password: u.must_change_password,
            senior: u.senior,
            phone: u.phone,
            centre_id: u.centre_id,
            department_id: u.department_id,
        }
    }
}

async fn users_view(
    state: &AppState,
    caller: &Caller,
    session: &Session,
    extra: serde_json::Value,
    status: StatusCode,
) -> AppResult<Response> {
    let me = Me::of(caller, session).await;
    let users: Vec<UserLine> = auth::list_users(&state.db)
        .await?
        .into_iter()
        .map(UserLine::from)
        .collect();
    let ctx = serde_json::json!({
        "users": users,
        "roles": Role::ALL.iter().map(|r| r.as_str()).collect::<Vec<_>>(),
        "centres": roster::list_centres(&state.db).await?,
        "departments": roster::list_departments(&state.db).await?.into_iter()
            .map(|d| serde_json::json!({ "id": d.id, "code": d.code, "name": d.name, "centre": d.centre_code }))
            .collect::<Vec<_>>(),
    });
    render_answer("users.html", &me, ctx, extra, status)
}

async fn users_page(
    Allowed(caller, _): Allowed<AdminOnly>,
    State(state): State<AppState>,
    session: Session,
) -> AppResult<Response> {
    users_view(
        &state,
        &caller,
        &session,
        serde_json::json!({}),
        StatusCode::OK,
    )
    .await
}

async fn department_id(state: &AppState, code: &str) -> AppResult<Result<Option<i64>, Msg>> {
    if code.is_empty() {
        return Ok(Ok(None));
    }
    let departments = roster::list_departments(&state.db).await?;
    Ok(departments
        .into_iter()
        .find(|d| d.code == code)
        .map(|d| Some(d.id))
        .ok_or_else(|| msg!("admin-users-no-department", code = code)))
}

/// Creates a user with a one-time password shown once to the admin.
async fn create_user(
    Allowed(caller, _): Allowed<AdminOnly>,
    State(state): State<AppState>,
    session: Session,
    lang: Lang,
    body: Bytes,
) -> AppResult<Response> {
    let form = pairs(&body);
    let refuse = |message: Msg| serde_json::json!({ "error": message.in_lang(&lang) });
    let roles = match checked_roles(&form) {
        Ok(roles) => roles,
        Err(e) => {
            return users_view(
                &state,
                &caller,
                &session,
                refuse(e),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let department = match department_id(&state, field(&form, "department_code")).await? {
        Ok(d) => d,
        Err(e) => {
            return users_view(
                &state,
                &caller,
                &session,
                refuse(e),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let one_time = password::one_time_password();
    let now = state.clock.now_ms();
    let new = NewUser {
        username: field(&form, "username"),
        display_name: field(&form, "display_name"),
        password: &one_time,
        roles,
        department_id: department,
        must_change_password: true,
    };
    match auth::create_user(&state.db, &new, now).await {
        Ok(user) => {
            let entry = caller
                .audit(Action::UserCreated)
                .on("user", user.id)
                .detail(format!(
                    "{} with roles {}",
                    user.username,
                    user.roles.stored()
                ));
            audit::record(&state.db, entry, now).await?;
            let created = serde_json::json!({ "created": { "username": user.username, "password": one_time, "reset": false } });
            users_view(&state, &caller, &session, created, StatusCode::CREATED).await
        }
        Err(AppError::Invalid { message, .. }) => {
            users_view(
                &state,
                &caller,
                &session,
                refuse(message),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(other) => Err(other),
    }
}

/// Changes a user's roles and department (audited). An administrator
/// cannot take the administrator role from themselves: someone must be left
/// who can give it back.
async fn set_roles(
    Allowed(caller, _): Allowed<AdminOnly>,
    State(state): State<AppState>,
    session: Session,
    lang: Lang,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    let form = pairs(&body);
    let checked = match checked_roles(&form) {
        Err(e) => Err((e, StatusCode::UNPROCESSABLE_ENTITY)),
        Ok(roles) if caller.user_id == Some(id) && !roles.has(Role::Admin) => {
            Err((msg!("user-roles-own-admin"), StatusCode::CONFLICT))
        }
        Ok(roles) => match department_id(&state, field(&form, "department_code")).await? {
            Ok(department) => Ok((roles, department)),
            Err(e) => Err((e, StatusCode::UNPROCESSABLE_ENTITY)),
        },
    };
    let (roles, department) = match checked {
        Ok(checked) => checked,
        Err((message, status)) => {
            let refused = serde_json::json!({ "error": message.in_lang(&lang) });
            return users_view(&state, &caller, &session, refused, status).await;
        }
    };
    let before = auth::get_user(&state.db, id).await?;
    let now = state.clock.now_ms();
    let after = auth::set_roles(&state.db, id, &roles, department, now).await?;
    if before.roles.stored() != after.roles.stored() || before.department_id != after.department_id
    {
        let detail = format!(
            "{}: roles {} → {}, department {} → {}",
            after.username,
            before.roles.stored(),
            after.roles.stored(),
            before
                .department_id
                .map(|d| d.to_string())
                .unwrap_or_else(|| "-".into()),
            after
                .department_id
                .map(|d| d.to_string())
                .unwrap_or_else(|| "-".into()),
        );
        audit::record(
            &state.db,
            caller
                .audit(Action::UserRolesChanged)
                .on("user", id)
                .detail(detail),
            now,
        )
        .await?;
    }
    Ok(Redirect::to("/admin/users").into_response())
}

/// Disables, enables or resets the password of a user.
async fn user_action(
    Allowed(caller, _): Allowed<AdminOnly>,
    State(state): State<AppState>,
    session: Session,
    Path((id, action)): Path<(i64, String)>,
) -> AppResult<Response> {
    let now = state.clock.now_ms();
    match action.as_str() {
        "disable" | "enable" => {
            if caller.user_id == Some(id) {
                return Err(AppError::Conflict(msg!("user-disable-self")));
            }
            let disabled = action == "disable";
            let user = auth::set_disabled(&state.db, id, disabled, now).await?;
            let what = if disabled {
                Action::UserDisabled
            } else {
                Action::UserEnabled
            };
            audit::record(
                &state.db,
                caller.audit(what).on("user", id).detail(user.username),
                now,
            )
            .await?;
            Ok(Redirect::to("/admin/users").into_response())
        }
        "reset-password" => {
            let one_time = password::one_time_password();
            auth::set_password(&state.db, id, &one_time, true, now).await?;
            let user = auth::get_user(&state.db, id).await?;
            audit::record(
                &state.db,
                caller
                    .audit(Action::PasswordReset)
                    .on("user", id)
                    .detail(user.username.clone()),
                now,
            )
            .await?;
            let shown = serde_json::json!({ "created": { "username": user.username, "password": one_time, "reset": true } });
            users_view(&state, &caller, &session, shown, StatusCode::OK).await
        }
        "senior" | "not-senior" => {
            let senior = action == "senior";
            auth::set_senior(&state.db, id, senior, now).await?;
            let user = auth::get_user(&state.db, id).await?;
            let detail = format!(
                "{}: {}",
                user.username,
                if senior {
                    "senior grader"
                } else {
                    "no longer a senior grader"
                }
            );
            audit::record(
                &state.db,
                caller
                    .audit(Action::SettingsChanged)
                    .on("user", id)
                    .detail(detail),
                now,
            )
            .await?;
            Ok(Redirect::to("/admin/users").into_response())
        }
        other => Err(AppError::NotFound(msg!(
            "not-found-user-action",
            action = other
        ))),
    }
}

#[derive(Deserialize)]
struct OperatorLineForm {
    #[serde(default)]
    phone: String,
    #[serde(default)]
    centre_code: String,
}

/// An operator's own line (rung first for bridged callbacks) and centre.
async fn operator_line(
    Allowed(caller, _): Allowed<AdminOnly>,
    State(state): State<AppState>,
    session: Session,
    lang: Lang,
    Path(id): Path<i64>,
    Form(form): Form<OperatorLineForm>,
) -> AppResult<Response> {
    let now = state.clock.now_ms();
    // The users page again, saying what was wrong; nothing is changed.
    let refused = |error: Msg| {
        let error = serde_json::json!({ "error": error.in_lang(&lang) });
        users_view(
            &state,
            &caller,
            &session,
            error,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
    };
    let code = form.centre_code.trim();
    let centre = if code.is_empty() {
        None
    } else {
        match roster::list_centres(&state.db)
            .await?
            .into_iter()
            .find(|c| c.code == code)
        {
            Some(c) => Some(c),
            None => return refused(msg!("admin-users-no-centre", code = code)).await,
        }
    };
    let region = crate::callbacks::visits::Regions {
        default: &state.config.roster.default_region,
        centres: &state.config.callbacks.centres,
    };
    let region = region.of(centre.as_ref().map(|c| c.code.as_str()).unwrap_or_default());
    let raw = form.phone.trim();
    let phone = if raw.is_empty() {
        None
    } else {
        match roster::PhoneNumber::parse(raw, region) {
            Ok(p) => Some(p.as_str().to_string()),
            Err(e) => return refused(e).await,
        }
    };
    auth::set_operator_line(
        &state.db,
        id,
        phone.as_deref(),
        centre.as_ref().map(|c| c.id),
        now,
    )
    .await?;
    let user = auth::get_user(&state.db, id).await?;
    let detail = format!(
        "{}: operator line {}, centre {}",
        user.username,
        phone.as_deref().unwrap_or("none"),
        centre.as_ref().map(|c| c.code.as_str()).unwrap_or("all")
    );
    audit::record(
        &state.db,
        caller
            .audit(Action::SettingsChanged)
            .on("user", id)
            .detail(detail),
        now,
    )
    .await?;
    Ok(Redirect::to("/admin/users").into_response())
}

#[derive(Serialize)]
struct TokenLine {
    id: i64,
    name: String,
    roles: Vec<&'static str>,
    expires: String,
    last_used: Option<String>,
    revoked: bool,
}

async fn tokens_view(
    state: &AppState,
    caller: &Caller,
    session: &Session,
    lang: &Lang,
    extra: serde_json::Value,
    status: StatusCode,
) -> AppResult<Response> {
    let me = Me::of(caller, session).await;
    let list: Vec<TokenLine> = tokens::list(&state.db)
        .await?
        .into_iter()
        .map(|t| TokenLine {
            id: t.id,
            roles: t.roles.0.iter().map(|r| r.as_str()).collect(),
            name: t.name,
            expires: when(lang, t.expires_at),
            last_used: t.last_used_at.map(|ms| when(lang, ms)),
            revoked: t.revoked_at.is_some(),
        })
        .collect();
    let ctx = serde_json::json!({
        "tokens": list,
        "roles": Role::ALL.iter().map(|r| r.as_str()).collect::<Vec<_>>(),
    });
    render_answer("tokens.html", &me, ctx, extra, status)
}

async fn tokens_page(
    Allowed(caller, _): Allowed<AdminOnly>,
    State(state): State<AppState>,
    session: Session,
    lang: Lang,
) -> AppResult<Response> {
    tokens_view(
        &state,
        &caller,
        &session,
        &lang,
        serde_json::json!({}),
        StatusCode::OK,
    )
    .await
}

async fn create_token(
    Allowed(caller, _): Allowed<AdminOnly>,
    State(state): State<AppState>,
    session: Session,
    lang: Lang,
    body: Bytes,
) -> AppResult<Response> {
    let form = pairs(&body);
    let roles = checked_roles(&form);
    let days: Result<i64, _> = field(&form, "expires_in_days").parse();
    let now = state.clock.now_ms();
    let result = match (roles, days) {
        (Ok(roles), Ok(days)) => {
            tokens::create(
                &state.db,
                field(&form, "name"),
                &roles,
                days,
                caller.user_id,
                now,
            )
            .await
        }
        (Err(e), _) => Err(AppError::invalid("roles", e)),
        (_, Err(_)) => Err(AppError::invalid(
            "expires_in_days",
            msg!("token-days-not-number"),
        )),
    };
    match result {
        Ok((token, secret)) => {
            let entry = caller
                .audit(Action::TokenCreated)
                .on("api_token", token.id)
                .detail(format!(
                    "{} with roles {}",
                    token.name,
                    token.roles.stored()
                ));
            audit::record(&state.db, entry, now).await?;
            let shown = serde_json::json!({ "secret": { "name": token.name, "value": secret } });
            tokens_view(&state, &caller, &session, &lang, shown, StatusCode::CREATED).await
        }
        Err(AppError::Invalid { message, .. }) => {
            let error = serde_json::json!({ "error": message.in_lang(&lang) });
            tokens_view(
                &state,
                &caller,
                &session,
                &lang,
                error,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(other) => Err(other),
    }
}

async fn revoke_token(
    Allowed(caller, _): Allowed<AdminOnly>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let now = state.clock.now_ms();
    tokens::revoke(&state.db, id, now).await?;
    audit::record(
        &state.db,
        caller.audit(Action::TokenRevoked).on("api_token", id),
        now,
    )
    .await?;
    Ok(Redirect::to("/admin/tokens").into_response())
}

/// Which entries of the audit log.
#[derive(Deserialize, Default, IntoParams)]
#[into_params(parameter_in = Query)]
pub(super) struct AuditQuery {
    /// One action only (`login_failed`, `score_changed` …).
    action: Option<String>,
    /// One actor's name only.
    actor: Option<String>,
    /// How many, newest first (1–1000; 500 when left out).
    #[param(minimum = 1, maximum = 1000)]
    limit: Option<i64>,
}

impl AuditQuery {
    fn filter(&self) -> AuditFilter {
        AuditFilter {
            action: self.action.clone().filter(|s| !s.is_empty()),
            actor: self.actor.clone().filter(|s| !s.is_empty()),
            from_ms: None,
            to_ms: None,
            limit: self.limit.unwrap_or(500),
        }
    }
}

#[derive(Serialize)]
struct AuditLine {
    at: String,
    actor: String,
    action: String,
    target: Option<String>,
    address: Option<String>,
    detail: Option<String>,
}

impl AuditLine {
    fn new(lang: &Lang, r: AuditRow) -> Self {
        let actor = match r.actor_kind.as_str() {
            "user" => tr!(lang, "audit-actor-user", name = r.actor_name.as_str()),
            "token" => tr!(lang, "audit-actor-token", name = r.actor_name.as_str()),
            "system" => tr!(lang, "audit-actor-system", name = r.actor_name.as_str()),
            "anonymous" => tr!(lang, "audit-actor-anonymous", name = r.actor_name.as_str()),
            other => format!("{} ({other})", r.actor_name),
        };
        let target = r.target_kind.map(|kind| {
            let id = r.target_id.unwrap_or_default();
            let id = id.as_str();
            match kind.as_str() {
                "user" => tr!(lang, "audit-target-user", id = id),
                "api_token" => tr!(lang, "audit-target-api_token", id = id),
                "campaign" => tr!(lang, "audit-target-campaign", id = id),
                "callback" => tr!(lang, "audit-target-callback", id = id),
                "grading_task" => tr!(lang, "audit-target-grading_task", id = id),
                "recording" => tr!(lang, "audit-target-recording", id = id),
                _ => format!("{kind} {id}"),
            }
        });
        AuditLine {
            at: when(lang, r.at),
            actor,
            action: r.action,
            target,
            address: r.address,
            detail: r.detail,
        }
    }
}

async fn audit_page(
    Allowed(caller, _): Allowed<AdminOnly>,
    State(state): State<AppState>,
    session: Session,
    lang: Lang,
    Query(q): Query<AuditQuery>,
) -> AppResult<Response> {
    let me = Me::of(&caller, &session).await;
    let entries: Vec<AuditLine> = audit::list(&state.db, &q.filter())
        .await?
        .into_iter()
        .map(|r| AuditLine::new(&lang, r))
        .collect();
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in [("action", &q.action), ("actor", &q.actor)] {
        if let Some(v) = v.as_deref().filter(|v| !v.is_empty()) {
            query.append_pair(k, v);
        }
    }
    let ctx = serde_json::json!({
        "entries": entries,
        "actions": Action::ALL.iter().map(|a| a.as_str()).collect::<Vec<_>>(),
        "action": q.action,
        "actor": q.actor,
        "query": query.finish(),
    });
    Ok(render("audit.html", Some(&me), ctx)?.into_response())
}

/// The audit log as CSV (UTF-8 with a byte-order mark so spreadsheets read
/// Korean and Russian names right). The export itself is audited.
async fn audit_csv(
    Allowed(caller, _): Allowed<AdminOnly>,
    State(state): State<AppState>,
    lang: Lang,
    Query(q): Query<AuditQuery>,
) -> AppResult<Response> {
    let rows = audit::list(
        &state.db,
        &AuditFilter {
            limit: q.limit.unwrap_or(100_000),
            ..q.filter()
        },
    )
    .await?;
    let mut out = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    out.write_record([
        lang.t("admin-audit-csv-id"),
        lang.t("admin-audit-csv-at"),
        lang.t("admin-audit-csv-actor-kind"),
        lang.t("admin-audit-csv-actor-id"),
        lang.t("admin-audit-csv-actor-name"),
        lang.t("admin-audit-csv-action"),
        lang.t("admin-audit-csv-target-kind"),
        lang.t("admin-audit-csv-target-id"),
        lang.t("admin-audit-csv-address"),
        lang.t("admin-audit-csv-detail"),
    ])
    .map_err(anyhow::Error::from)?;
    for r in &rows {
        out.write_record([
            r.id.to_string(),
            from_ms(r.at).to_rfc3339(),
            r.actor_kind.clone(),
            r.actor_id.map(|i| i.to_string()).unwrap_or_default(),
            r.actor_name.clone(),
            r.action.clone(),
            r.target_kind.clone().unwrap_or_default(),
            r.target_id.clone().unwrap_or_default(),
            r.address.clone().unwrap_or_default(),
            r.detail.clone().unwrap_or_default(),
        ])
        .map_err(anyhow::Error::from)?;
    }
    let bytes = out
        .into_inner()
        .map_err(|e| anyhow::anyhow!("writing CSV: {e}"))?;
    let entry = caller
        .audit(Action::DataExported)
        .detail(format!("audit log, {} entries", rows.len()));
    audit::record(&state.db, entry, state.clock.now_ms()).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"civicall-audit.csv\"",
            ),
        ],
        bytes,
    )
        .into_response())
}

/// An account.
#[derive(Serialize, ToSchema)]
pub(super) struct UserOut {
    id: i64,
    username: String,
    display_name: String,
    roles: Vec<Role>,
    department_id: Option<i64>,
    must_change_password: bool,
    disabled: bool,
    /// A senior grader adjudicates when two graders disagree.
    senior: bool,
    /// An operator's own line, rung first for bridged callbacks.
    phone: Option<String>,
    /// The centre whose callbacks an operator makes.
    centre_id: Option<i64>,
    /// The language the user chose (`ko`, `vi` …); none lets the browser decide.
    locale: Option<String>,
    password_changed_at: DateTime<Utc>,
    created_at: DateTime<Utc>,
}

impl From<User> for UserOut {
    fn from(u: User) -> UserOut {
        UserOut {
            id: u.id,
            username: u.username,
            display_name: u.display_name,
            roles: u.roles.0,
            department_id: u.department_id,
            must_change_password: u.must_change_password,
            disabled: u.disabled,
            senior: u.senior,
            phone: u.phone,
            centre_id: u.centre_id,
            locale: u.locale.map(|l| l.tag().to_string()),
            password_changed_at: from_ms(u.password_changed_at),
            created_at: from_ms(u.created_at),
        }
    }
}

/// An entry of the audit log.
#[derive(Serialize, ToSchema)]
pub(super) struct AuditOut {
    id: i64,
    at: DateTime<Utc>,
    /// `user`, `token`, `system` or `anonymous`.
    actor_kind: String,
    actor_id: Option<i64>,
    actor_name: String,
    action: String,
    target_kind: Option<String>,
    target_id: Option<String>,
    address: Option<String>,
    detail: Option<String>,
}

impl From<AuditRow> for AuditOut {
    fn from(r: AuditRow) -> AuditOut {
        AuditOut {
            id: r.id,
            at: from_ms(r.at),
            actor_kind: r.actor_kind,
            actor_id: r.actor_id,
            actor_name: r.actor_name,
            action: r.action,
            target_kind: r.target_kind,
            target_id: r.target_id,
            address: r.address,
            detail: r.detail,
        }
    }
}

/// The accounts.
#[utoipa::path(get, path = "/api/v1/users", tag = "accounts",
    responses((status = 200, body = [UserOut])))]
pub(super) async fn users_json(
    _: Allowed<AdminOnly>,
    State(state): State<AppState>,
) -> AppResult<Json<Vec<UserOut>>> {
    let users = auth::list_users(&state.db).await?;
    Ok(Json(users.into_iter().map(UserOut::from).collect()))
}

/// The audit log, newest first.
#[utoipa::path(get, path = "/api/v1/audit", tag = "accounts", params(AuditQuery),
    responses((status = 200, body = [AuditOut]),
        (status = 422, description = "A limit out of range", body = super::problem::Problem,
            content_type = "application/problem+json")))]
pub(super) async fn audit_json(
    _: Allowed<AdminOnly>,
    State(state): State<AppState>,
    Query(q): Query<AuditQuery>,
) -> AppResult<Json<Vec<AuditOut>>> {
    super::api::limit_or(q.limit, 500)?;
    let rows = audit::list(&state.db, &q.filter()).await?;
    Ok(Json(rows.into_iter().map(AuditOut::from).collect()))
}
