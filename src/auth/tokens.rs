//! API tokens for integrations (a queue-management system pushing service
//! visits, a BI tool pulling results): created by an admin with roles and an
//! expiry, shown once, stored only as a SHA-256 hash, revocable, sent as
//! `Authorization: Bearer …`.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use serde::Serialize;
use sha2::{Digest, Sha256};
use sqlx::FromRow;

use super::Roles;
use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::text::TextKind;

/// Tokens start with this, so a leaked one is recognisable in a scan.
pub const PREFIX: &str = "cct_";

#[derive(Clone, Debug, FromRow)]
struct TokenRow {
    id: i64,
    name: String,
    roles: String,
    created_by: Option<i64>,
    expires_at: i64,
    revoked_at: Option<i64>,
    last_used_at: Option<i64>,
    created_at: i64,
}

#[derive(Clone, Debug, Serialize)]
pub struct ApiToken {
    pub id: i64,
    pub name: String,
    pub roles: Roles,
    pub created_by: Option<i64>,
    pub expires_at: i64,
    pub revoked_at: Option<i64>,
    pub last_used_at: Option<i64>,
    pub created_at: i64,
}

impl From<TokenRow> for ApiToken {
    fn from(r: TokenRow) -> Self {
        ApiToken {
            id: r.id,
            name: r.name,
            roles: Roles::parse_list(&r.roles).unwrap_or_default(),
            created_by: r.created_by,
            expires_at: r.expires_at,
            revoked_at: r.revoked_at,
            last_used_at: r.last_used_at,
            created_at: r.created_at,
        }
    }
}

const COLUMNS: &str =
    "id, name, roles, created_by, expires_at, revoked_at, last_used_at, created_at";

fn digest(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Creates a token and returns it with its secret, which is never shown again.
pub async fn create(
    db: &Db,
    name: &str,
    roles: &Roles,
    expires_in_days: i64,
    created_by: Option<i64>,
    now_ms: i64,
) -> AppResult<(ApiToken, String)> {
    let name = TextKind::Line.parse("name", name)?;
    if name.is_empty() {
        return Err(AppError::invalid(
            "name",
            crate::msg!("token-name-required"),
        ));
    }
    if !(1..=3650).contains(&expires_in_days) {
        return Err(AppError::invalid(
            "expires_in_days",
            crate::msg!("token-days-range", min = 1, max = 3650),
        ));
    }
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let secret = format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes));
    let row: TokenRow = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "INSERT INTO api_tokens (name, token_hash, roles, created_by, expires_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING {COLUMNS}"
    )))
    .bind(&name)
    .bind(digest(&secret))
    .bind(roles.stored())
    .bind(created_by)
    .bind(now_ms + expires_in_days * 86_400_000)
    .bind(now_ms)
    .fetch_one(&db.pool)
    .await?;
    Ok((row.into(), secret))
}

/// The token a bearer secret belongs to, if it is valid now.
pub async fn authenticate(db: &Db, secret: &str, now_ms: i64) -> AppResult<Option<ApiToken>> {
    if !secret.starts_with(PREFIX) {
        return Ok(None);
    }
    let row: Option<TokenRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "UPDATE api_tokens SET last_used_at = $1 WHERE token_hash = $2 AND revoked_at IS NULL AND expires_at > $1 \
         RETURNING {COLUMNS}"
    )))
    .bind(now_ms)
    .bind(digest(secret))
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.map(ApiToken::from))
}

pub async fn list(db: &Db) -> AppResult<Vec<ApiToken>> {
    let rows: Vec<TokenRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM api_tokens ORDER BY id DESC"
    )))
    .fetch_all(&db.pool)
    .await?;
    Ok(rows.into_iter().map(ApiToken::from).collect())
}

pub async fn revoke(db: &Db, id: i64, now_ms: i64) -> AppResult<()> {
    let done =
        sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
            .bind(now_ms)
            .bind(id)
            .execute(&db.pool)
            .await?;
    if done.rows_affected() == 0 {
        return Err(AppError::NotFound(crate::msg!(
            "not-found-token",
            id = id.to_string()
        )));
    }
    Ok(())
}
