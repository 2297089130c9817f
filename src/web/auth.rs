//! Who is calling, and may they? A middleware establishes the caller from a
//! session cookie or a bearer token; every handler then names, in its
//! signature, the policy it needs (`Allowed<Operations>`, `Allowed<AdminOnly>`
//! …), so a route cannot be written without a decision. State-changing
//! requests made with a session must echo the session's CSRF token.

use std::marker::PhantomData;
use std::net::SocketAddr;

use axum::body::Body;
use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use rand::RngCore;

use subtle::ConstantTimeEq;
use tower_sessions::Session;

use crate::app::AppState;
use crate::auth::audit::{Action, Actor, Entry};
use crate::auth::sessions::{AUTHENTICATED_AT_KEY, CSRF_KEY, USER_KEY};
use crate::auth::{self, Role, Roles, tokens};
use crate::i18n::Locale;

/// The authenticated caller of one request.
#[derive(Clone, Debug)]
pub struct Caller {
    pub actor: Actor,
    pub roles: Roles,
    pub user_id: Option<i64>,
    pub department_id: Option<i64>,
    pub address: Option<String>,
    pub must_change_password: bool,
    /// The language the user chose for themselves, if any.
    pub locale: Option<Locale>,
}

impl Caller {
    /// An audit entry for something this caller did.
    pub fn audit(&self, action: Action) -> Entry {
        Entry::new(self.actor.clone(), action).from_address(self.address.clone())
    }

    /// The key under which leases (grading tasks, callbacks) are held.
    pub fn lease_owner(&self) -> String {
        match &self.actor {
            Actor::User { id, .. } => format!("user:{id}"),
            Actor::Token { id, .. } => format!("token:{id}"),
            _ => "anonymous".into(),
        }
    }
}

/// Who a route is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Anyone (health checks, the login page, the stylesheet).
    Public,
    /// The carrier, proven by `X-Twilio-Signature`.
    Carrier,
    /// Any signed-in user, including one who must still change a one-time password.
    SignedIn,
    /// Users holding at least one of these roles.
    Roles(&'static [Role]),
}

impl Access {
    pub fn allows(self, roles: &Roles) -> bool {
        match self {
            Access::Public | Access::Carrier | Access::SignedIn => true,
            Access::Roles(r) => roles.any_of(r),
        }
    }
}

pub trait Policy: Send + Sync + 'static {
    const ACCESS: Access;
}

macro_rules! policy {
    ($(#[$doc:meta] $name:ident => $access:expr;)*) => {
        $(
            #[$doc]
            pub struct $name;
            impl Policy for $name {
                const ACCESS: Access = $access;
            }
        )*
    };
}

policy! {
    /// Any signed-in user.
    SignedIn => Access::SignedIn;
    /// Users, tokens, settings, the audit log, and changes to campaigns and the roster.
    AdminOnly => Access::Roles(&[Role::Admin]);
    /// Campaigns, calls, measures and recordings: the people who run and read evaluations.
    Operations => Access::Roles(&[Role::Admin, Role::Hr]);
    /// Results of all staff, rankings, training needs and resolving disputes.
    Results => Access::Roles(&[Role::Hr]);
    /// Staff scorecards and disputes: HR for everyone, a supervisor for their own department.
    StaffResults => Access::Roles(&[Role::Hr, Role::Supervisor]);
    /// The grading desk.
    Grading => Access::Roles(&[Role::Grader]);
    /// The callback desk.
    Callbacks => Access::Roles(&[Role::Operator]);
    /// Pushing service visits in: integrations, and admins by hand.
    Intake => Access::Roles(&[Role::Intake, Role::Admin]);
    /// Draws and the daily synthesis: who runs callbacks and who reads them.
    CallbackResults => Access::Roles(&[Role::Admin, Role::Hr, Role::Operator]);
}

/// Proof, in a handler's signature, that the caller passed policy `P`.
pub struct Allowed<P: Policy>(pub Caller, pub PhantomData<P>);

/// Whether a refusal is a page: not for the API. Inside a nested router the
/// request's path has lost its prefix; the original is kept aside.
fn wants_html(parts: &Parts) -> bool {
    let path = parts
        .extensions
        .get::<axum::extract::OriginalUri>()
        .map_or(parts.uri.path(), |original| original.0.path());
    !path.starts_with("/api/")
}

/// A refusal: a page in the reader's language, or for the API a problem
/// body with a stable `code` (the message id).
fn denied(status: StatusCode, code: &str, html: bool) -> Response {
    let message = crate::i18n::current().t(code);
    if html {
        let body = super::render::error_page(status, &message);
        (status, body).into_response()
    } else {
        let kind = match status {
            StatusCode::UNAUTHORIZED => "unauthorized",
            StatusCode::FORBIDDEN => "forbidden",
            StatusCode::PAYLOAD_TOO_LARGE => "too-large",
            _ => "bad-request",
        };
        super::problem::Problem::new(status, kind, code, message).into_response()
    }
}

impl<P: Policy> FromRequestParts<AppState> for Allowed<P> {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        _state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let html = wants_html(parts);
        let Some(caller) = parts.extensions.get::<Caller>().cloned() else {
            if html {
                let next = parts
                    .uri
                    .path_and_query()
                    .map(|p| p.as_str())
                    .unwrap_or("/");
                return Err((
                    StatusCode::UNAUTHORIZED,
                    super::render::signin_required(next),
                )
                    .into_response());
            }
            return Err(denied(
                StatusCode::UNAUTHORIZED,
                "denied-sign-in-first",
                false,
            ));
        };
        if caller.must_change_password && P::ACCESS != Access::SignedIn {
            if html {
                return Err(Redirect::to("/account/password").into_response());
            }
            return Err(denied(
                StatusCode::FORBIDDEN,
                "denied-change-password-first",
                false,
            ));
        }
        if !P::ACCESS.allows(&caller.roles) {
            return Err(denied(StatusCode::FORBIDDEN, "denied-role", html));
        }
        Ok(Allowed(caller, PhantomData))
    }
}

/// The address a request came from, as text.
fn address(request: &Request) -> Option<String> {
    address_of(request.extensions())
}

fn address_of(extensions: &axum::http::Extensions) -> Option<String> {
    extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip().to_string())
}

/// The client's address, for handlers that run before anyone is signed in.
pub struct ClientAddress(pub Option<String>);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(ClientAddress(address_of(&parts.extensions)))
    }
}

fn bearer(request: &Request) -> Option<String> {
    request
        .headers()
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
        .map(|t| t.trim().to_string())
}

/// Establishes the caller (if any) and puts it in the request's extensions.
pub async fn authenticate(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let now = state.clock.now_ms();
    let address = address(&request);
    let caller = if let Some(secret) = bearer(&request) {
        match tokens::authenticate(&state.db, &secret, now).await {
            Ok(Some(token)) => Some(Caller {
                actor: Actor::Token {
                    id: token.id,
                    name: token.name.clone(),
                },
                roles: token.roles,
                user_id: None,
                department_id: None,
                address: address.clone(),
                must_change_password: false,
                locale: None,
            }),
            Ok(None) => {
                let lang = super::lang::before_sign_in(request.headers());
                return crate::i18n::within(lang, || {
                    denied(StatusCode::UNAUTHORIZED, "denied-token", false)
                });
            }
            Err(err) => return err.into_response(),
        }
    } else if let Some(session) = request.extensions().get::<Session>().cloned() {
        match session_user(&state, &session, now).await {
            Ok(user) => user.map(|u| Caller {
                actor: Actor::User {
                    id: u.id,
                    name: u.username.clone(),
                },
                roles: u.roles,
                user_id: Some(u.id),
                department_id: u.department_id,
                address: address.clone(),
                must_change_password: u.must_change_password,
                locale: u.locale,
            }),
            Err(err) => return err.into_response(),
        }
    } else {
        None
    };
    if let Some(caller) = caller {
        request.extensions_mut().insert(caller);
    }
    super::lang::answer_in_language(&state, request, next).await
}

/// The signed-in user of a session, if it is still good: the user exists,
/// is enabled, has not changed their password since, and the session is
/// within its absolute lifetime. A session that fails is ended.
async fn session_user(
    state: &AppState,
    session: &Session,
    now: i64,
) -> crate::error::AppResult<Option<auth::User>> {
    let Some(user_id) = session.get::<i64>(USER_KEY).await.ok().flatten() else {
        return Ok(None);
    };
    let since = session
        .get::<i64>(AUTHENTICATED_AT_KEY)
        .await
        .ok()
        .flatten()
        .unwrap_or(0);
    let lifetime_ms = state.config.auth.session_lifetime_hours * 3_600_000;
    let user = auth::get_user(&state.db, user_id).await.ok();
    let good = user.as_ref().is_some_and(|u| {
        !u.disabled && u.password_changed_at <= since && since + lifetime_ms > now
    });
    if !good {
        let _ = session.flush().await;
        return Ok(None);
    }
    Ok(user)
}

/// A fresh CSRF token for the session, kept until the session changes.
pub async fn csrf_token(session: &Session) -> String {
    if let Ok(Some(token)) = session.get::<String>(CSRF_KEY).await {
        return token;
    }
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = hex::encode(bytes);
    let _ = session.insert(CSRF_KEY, &token).await;
    token
}

/// Refuses state-changing requests made with a session unless they echo the
/// session's CSRF token (header `X-CSRF-Token` or form field `csrf`). Bearer
/// tokens are not sent by browsers on their own, and carrier webhooks carry
/// their signature, so both are exempt.
pub async fn csrf_guard(request: Request, next: Next) -> Response {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    let exempt = request.uri().path().starts_with("/webhooks/") || bearer(&request).is_some();
    if safe || exempt {
        return next.run(request).await;
    }
    let html = !request.uri().path().starts_with("/api/");
    let session = request.extensions().get::<Session>().cloned();
    if !html {
        // A session with nobody signed in carries no authority to ride on:
        // the API answers it 401 (sign in first), not "this form expired".
        let signed_in = match &session {
            Some(session) => session.get::<i64>(USER_KEY).await.ok().flatten().is_some(),
            None => false,
        };
        if !signed_in {
            return next.run(request).await;
        }
    }
    let expected = match &session {
        Some(session) => session.get::<String>(CSRF_KEY).await.ok().flatten(),
        None => None,
    };
    let header_token = request
        .headers()
        .get("x-csrf-token")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let is_form = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    // A file upload (multipart) carries its token in the form's action URL:
    // reading it from the body would mean buffering the whole file here.
    let is_upload = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    let query_token = request.uri().query().and_then(|q| {
        url::form_urlencoded::parse(q.as_bytes())
            .find(|(k, _)| k == "csrf")
            .map(|(_, v)| v.into_owned())
    });
    let (request, provided) = match (header_token, is_form) {
        (Some(token), _) => (request, Some(token)),
        (None, false) if is_upload => (request, query_token),
        (None, true) => {
            let (parts, body) = request.into_parts();
            let Ok(bytes) = axum::body::to_bytes(body, 1024 * 1024).await else {
                return denied(StatusCode::PAYLOAD_TOO_LARGE, "denied-form-too-large", html);
            };
            let token = url::form_urlencoded::parse(&bytes)
                .find(|(k, _)| k == "csrf")
                .map(|(_, v)| v.into_owned());
            (Request::from_parts(parts, Body::from(bytes)), token)
        }
        (None, false) => (request, None),
    };
    let ok = match (expected, provided) {
        (Some(expected), Some(provided)) => {
            bool::from(expected.as_bytes().ct_eq(provided.as_bytes()))
        }
        _ => false,
    };
    if !ok {
        let lang = super::lang::before_sign_in(request.headers());
        return crate::i18n::within(lang, || {
            denied(StatusCode::FORBIDDEN, "denied-form-expired", html)
        });
    }
    next.run(request).await
}
