//! Slowing down and then locking repeated failed logins, per account name and
//! per address. Names that do not exist are throttled exactly like real ones,
//! so the answers never tell an attacker which accounts exist.

use std::time::Duration;

use crate::db::Db;
use crate::error::AppResult;

#[derive(Clone, Debug)]
pub struct ThrottleSettings {
    /// Failures counted within this window.
    pub window_ms: i64,
    /// From this many failures on, each answer is delayed.
    pub slowdown_after: i64,
    /// Delay per failure beyond `slowdown_after`, capped at `max_delay`.
    pub delay_step: Duration,
    pub max_delay: Duration,
    /// This many failures lock the account name (or address) …
    pub lock_after: i64,
    /// … for this long.
    pub lock_ms: i64,
}

/// What the throttle says about an attempt.
#[derive(Debug, PartialEq, Eq)]
pub struct Gate {
    pub locked: bool,
    /// How long to wait before answering.
    pub delay: Duration,
}

pub fn user_key(username: &str) -> String {
    format!("user:{}", username.trim().to_lowercase())
}

pub fn address_key(address: &str) -> String {
    format!("addr:{address}")
}

pub async fn check(db: &Db, keys: &[String], now_ms: i64, s: &ThrottleSettings) -> AppResult<Gate> {
    let mut gate = Gate {
        locked: false,
        delay: Duration::ZERO,
    };
    for key in keys {
        let row: Option<(i64, i64, Option<i64>)> = sqlx::query_as(
            "SELECT failures, window_started_at, locked_until FROM login_throttle WHERE throttle_key = $1",
        )
        .bind(key)
        .fetch_optional(&db.pool)
        .await?;
        let Some((failures, started, locked_until)) = row else {
            continue;
        };
        if locked_until.is_some_and(|until| until > now_ms) {
            gate.locked = true;
        }
        if started > now_ms - s.window_ms && failures >= s.slowdown_after {
            let extra = u32::try_from(failures - s.slowdown_after + 1).unwrap_or(u32::MAX);
            gate.delay = gate
                .delay
                .max(s.delay_step.saturating_mul(extra).min(s.max_delay));
        }
    }
    Ok(gate)
}

pub async fn record_failure(
    db: &Db,
    keys: &[String],
    now_ms: i64,
    s: &ThrottleSettings,
) -> AppResult<()> {
    let mut tx = db.begin().await?;
    for key in keys {
        let row: Option<(i64, i64)> = sqlx::query_as(
            "SELECT failures, window_started_at FROM login_throttle WHERE throttle_key = $1",
        )
        .bind(key)
        .fetch_optional(&mut *tx)
        .await?;
        let (failures, started) = match row {
            Some((failures, started)) if started > now_ms - s.window_ms => (failures + 1, started),
            _ => (1, now_ms),
        };
        let locked_until = (failures >= s.lock_after).then_some(now_ms + s.lock_ms);
        sqlx::query(
            "INSERT INTO login_throttle (throttle_key, failures, window_started_at, locked_until) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (throttle_key) DO UPDATE SET failures = excluded.failures, \
             window_started_at = excluded.window_started_at, \
             locked_until = COALESCE(excluded.locked_until, login_throttle.locked_until)",
        )
        .bind(key)
        .bind(failures)
        .bind(started)
        .bind(locked_until)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A successful login clears the account's count (not the address's: one
/// good password must not reset an address guessing at many accounts).
pub async fn record_success(db: &Db, username: &str) -> AppResult<()> {
    sqlx::query("DELETE FROM login_throttle WHERE throttle_key = $1")
        .bind(user_key(username))
        .execute(&db.pool)
        .await?;
    Ok(())
}
