//! Which language a request is answered in, and the sign-in page's language
//! switcher. The authentication middleware chooses once per request (the
//! user's setting, the language picked before sign-in, `Accept-Language`,
//! the centre's default, English) and every page renders with that choice.

use axum::extract::{FromRequestParts, Query, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::auth::Caller;
use super::routes::Routes;
use crate::app::AppState;
use crate::auth;
use crate::i18n::{self, Lang, Locale, Preferences};

/// The cookie that keeps the language picked before signing in.
pub const LANG_COOKIE: &str = "civicall_lang";

pub fn routes() -> Routes {
    Routes::new().public(Method::GET, "/language", pick)
}

fn cookie<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| {
            let (k, v) = pair.trim().split_once('=')?;
            (k == name).then_some(v)
        })
}

/// The language of one request; for a signed-in user of a page, with their
/// own time zone too (their centre's, else the one all centres share, else UTC).
pub async fn negotiate(state: &AppState, headers: &HeaderMap, caller: Option<&Caller>) -> Lang {
    let prefs = Preferences {
        user: caller.and_then(|c| c.locale),
        picked: cookie(headers, LANG_COOKIE),
        accept_language: headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
        centre: None,
    };
    let user_id = caller.and_then(|c| c.user_id);
    let home = match user_id {
        Some(id) => auth::home_centre(&state.db, id).await.ok().flatten(),
        None => None,
    };
    let locale = match prefs.without_centre() {
        Some(locale) => locale,
        None => home
            .as_ref()
            .and_then(|(code, _)| state.config.i18n.centre_languages.get(code).copied())
            .unwrap_or(Locale::En),
    };
    let lang = Lang::new(state.catalog.clone(), locale);
    if user_id.is_none() {
        return lang;
    }
    let zone = match home.and_then(|(_, zone)| zone.parse::<chrono_tz::Tz>().ok()) {
        Some(zone) => Some(zone),
        None => crate::roster::the_one_time_zone(&state.db)
            .await
            .ok()
            .flatten(),
    };
    lang.with_zone(zone.unwrap_or(chrono_tz::UTC))
}

impl FromRequestParts<AppState> for Lang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Lang, Self::Rejection> {
        if let Some(lang) = parts.extensions.get::<Lang>() {
            return Ok(lang.clone());
        }
        let caller = parts.extensions.get::<Caller>().cloned();
        Ok(negotiate(state, &parts.headers, caller.as_ref()).await)
    }
}

/// Chooses the request's language (after the caller is known) and answers
/// the request within it.
pub async fn answer_in_language(
    state: &AppState,
    mut request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let caller = request.extensions().get::<Caller>().cloned();
    let lang = negotiate(state, request.headers(), caller.as_ref()).await;
    request.extensions_mut().insert(lang.clone());
    let page = super::error::is_page(request.uri().path());
    let problems = super::problem::answers_problems(request.uri().path());
    i18n::answering_in(lang, async move {
        let response = next.run(request).await;
        if page {
            super::error::as_page(response)
        } else if problems {
            super::problem::as_problem(response).await
        } else {
            response
        }
    })
    .await
}

/// The language of a request not yet signed in (from the picked language
/// and the browser), in the built-in catalogues.
pub fn before_sign_in(headers: &HeaderMap) -> Lang {
    let prefs = Preferences {
        picked: cookie(headers, LANG_COOKIE),
        accept_language: headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
        ..Preferences::default()
    };
    Lang::english().with_locale(prefs.choose())
}

#[derive(Deserialize)]
struct Pick {
    set: String,
    next: Option<String>,
}

/// `GET /language?set=ko&next=/login`: keeps the chosen language in a
/// cookie for a year and goes back to the page it was chosen on.
async fn pick(State(_state): State<AppState>, Query(q): Query<Pick>) -> Response {
    let next = q
        .next
        .filter(|n| n.starts_with('/') && !n.starts_with("//"))
        .unwrap_or_else(|| "/login".into());
    let mut response = Redirect::to(&next).into_response();
    if let Ok(locale) = q.set.parse::<Locale>() {
        remember(&mut response, locale);
    }
    response
}

/// Keeps `locale` as this browser's language for a year, so that the pages
/// before sign-in (and after sign-out) speak it too.
pub fn remember(response: &mut Response, locale: Locale) {
    let value = format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
        locale.tag()
    );
    if let Ok(v) = HeaderValue::from_str(&value) {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
}
