//! The audit log: append-only (the database refuses updates and deletes),
//! times in UTC, one entry per audited action with who, what, when, from
//! where and on which record. Phone numbers and tokens are never written in
//! clear: callers pass masked values.

use serde::Serialize;
use sqlx::FromRow;

use crate::db::Db;
use crate::error::AppResult;

/// Who did something.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Actor {
    User {
        id: i64,
        name: String,
    },
    Token {
        id: i64,
        name: String,
    },
    /// The service itself (retention runs, first-start setup).
    System,
    /// Someone not signed in (failed logins); the name they tried.
    Anonymous {
        attempted: String,
    },
}

impl Actor {
    fn parts(&self) -> (&'static str, Option<i64>, String) {
        match self {
            Actor::User { id, name } => ("user", Some(*id), name.clone()),
            Actor::Token { id, name } => ("token", Some(*id), name.clone()),
            Actor::System => ("system", None, "civicall".into()),
            Actor::Anonymous { attempted } => {
                ("anonymous", None, attempted.chars().take(64).collect())
            }
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Login,
    LoginFailed,
    Logout,
    PasswordChanged,
    LanguageChanged,
    PasswordReset,
    UserCreated,
    UserDisabled,
    UserEnabled,
    TokenCreated,
    TokenRevoked,
    RecordingPlayed,
    RecordingDownloaded,
    CitizenPhoneViewed,
    ScoreChanged,
    DataExported,
    SettingsChanged,
    CampaignChanged,
    RosterImported,
    StaffChanged,
    UserRolesChanged,
    RetentionRun,
}

impl Action {
    /// Every action, in the order the audit page offers them.
    pub const ALL: [Action; 22] = [
        Action::Login,
        Action::LoginFailed,
        Action::Logout,
        Action::PasswordChanged,
        Action::LanguageChanged,
        Action::PasswordReset,
        Action::UserCreated,
        Action::UserDisabled,
        Action::UserEnabled,
        Action::TokenCreated,
        Action::TokenRevoked,
        Action::RecordingPlayed,
        Action::RecordingDownloaded,
        Action::CitizenPhoneViewed,
        Action::ScoreChanged,
        Action::DataExported,
        Action::SettingsChanged,
        Action::CampaignChanged,
        Action::RosterImported,
        Action::StaffChanged,
        Action::UserRolesChanged,
        Action::RetentionRun,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Action::Login => "login",
            Action::LoginFailed => "login_failed",
            Action::Logout => "logout",
            Action::PasswordChanged => "password_changed",
            Action::LanguageChanged => "language_changed",
            Action::PasswordReset => "password_reset",
            Action::UserCreated => "user_created",
            Action::UserDisabled => "user_disabled",
            Action::UserEnabled => "user_enabled",
            Action::TokenCreated => "token_created",
            Action::TokenRevoked => "token_revoked",
            Action::RecordingPlayed => "recording_played",
            Action::RecordingDownloaded => "recording_downloaded",
            Action::CitizenPhoneViewed => "citizen_phone_viewed",
            Action::ScoreChanged => "score_changed",
            Action::DataExported => "data_exported",
            Action::SettingsChanged => "settings_changed",
            Action::CampaignChanged => "campaign_changed",
            Action::RosterImported => "roster_imported",
            Action::StaffChanged => "staff_changed",
            Action::UserRolesChanged => "user_roles_changed",
            Action::RetentionRun => "retention_run",
        }
    }
}

/// One audited event.
#[derive(Clone, Debug)]
pub struct Entry {
    pub actor: Actor,
    pub action: Action,
    pub target: Option<(&'static str, String)>,
    pub address: Option<String>,
    pub detail: Option<String>,
}

impl Entry {
    pub fn new(actor: Actor, action: Action) -> Self {
        Entry {
            actor,
            action,
            target: None,
            address: None,
            detail: None,
        }
    }

    pub fn on(mut self, kind: &'static str, id: impl ToString) -> Self {
        self.target = Some((kind, id.to_string()));
        self
    }

    pub fn from_address(mut self, address: Option<String>) -> Self {
        self.address = address;
        self
    }

    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }
}

pub async fn record(db: &Db, entry: Entry, now_ms: i64) -> AppResult<()> {
    let (kind, id, name) = entry.actor.parts();
    let (target_kind, target_id) = match entry.target {
        Some((k, id)) => (Some(k), Some(id)),
        None => (None, None),
    };
    sqlx::query(
        "INSERT INTO audit_log (at, actor_kind, actor_id, actor_name, action, target_kind, target_id, address, detail) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(now_ms)
    .bind(kind)
    .bind(id)
    .bind(name)
    .bind(entry.action.as_str())
    .bind(target_kind)
    .bind(target_id)
    .bind(entry.address)
    .bind(entry.detail)
    .execute(&db.pool)
    .await?;
    Ok(())
}

#[derive(Clone, Debug, FromRow, Serialize)]
pub struct AuditRow {
    pub id: i64,
    pub at: i64,
    pub actor_kind: String,
    pub actor_id: Option<i64>,
    pub actor_name: String,
    pub action: String,
    pub target_kind: Option<String>,
    pub target_id: Option<String>,
    pub address: Option<String>,
    pub detail: Option<String>,
}

#[derive(Clone, Debug, Default)]
pub struct AuditFilter {
    pub action: Option<String>,
    pub actor: Option<String>,
    pub from_ms: Option<i64>,
    pub to_ms: Option<i64>,
    pub limit: i64,
}

/// Entries newest first.
pub async fn list(db: &Db, f: &AuditFilter) -> AppResult<Vec<AuditRow>> {
    Ok(sqlx::query_as(
        "SELECT id, at, actor_kind, actor_id, actor_name, action, target_kind, target_id, address, detail \
         FROM audit_log WHERE ($1 IS NULL OR action = $1) AND ($2 IS NULL OR actor_name = $2) \
         AND ($3 IS NULL OR at >= $3) AND ($4 IS NULL OR at < $4) ORDER BY id DESC LIMIT $5",
    )
    .bind(f.action.as_deref())
    .bind(f.actor.as_deref())
    .bind(f.from_ms)
    .bind(f.to_ms)
    .bind(f.limit.clamp(1, 100_000))
    .fetch_all(&db.pool)
    .await?)
}
