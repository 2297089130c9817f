//! One error type for the whole service. Domain code returns it; `web/` knows
//! how to turn it into an HTTP answer (internal details are logged, never shown).

use crate::i18n::Msg;
use crate::telephony::TelephonyError;

/// What went wrong, for the caller. Messages are catalogue messages
/// (`msg!("id", …)`) so that a page shows them in the reader's language and
/// the API answers with their id as a stable `code`.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// What was not found (`msg!("not-found-user", id = 3)`).
    #[error("{0}")]
    NotFound(Msg),
    /// Input that parsed but is not acceptable; names the field at fault.
    #[error("{field}: {message}")]
    Invalid { field: String, message: Msg },
    #[error("{0}")]
    BadRequest(Msg),
    #[error("{0}")]
    Conflict(Msg),
    #[error("{0}")]
    Forbidden(Msg),
    #[error(transparent)]
    Telephony(#[from] TelephonyError),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

pub type AppResult<T> = Result<T, AppError>;

impl AppError {
    pub fn invalid(field: impl Into<String>, message: impl Into<Msg>) -> Self {
        AppError::Invalid {
            field: field.into(),
            message: message.into(),
        }
    }

    pub fn not_found(what: impl Into<Msg>) -> Self {
        AppError::NotFound(what.into())
    }

    /// The message shown to the caller, if any (internal errors show none).
    pub fn message(&self) -> Option<&Msg> {
        match self {
            AppError::NotFound(m)
            | AppError::BadRequest(m)
            | AppError::Conflict(m)
            | AppError::Forbidden(m)
            | AppError::Invalid { message: m, .. } => Some(m),
            _ => None,
        }
    }
}

/// Turns a unique-constraint violation into an error the user can act on;
/// the database stays the source of truth for uniqueness.
pub trait ResultExt<T> {
    fn on_constraint(self, name: &str, f: impl FnOnce() -> AppError) -> AppResult<T>;
}

impl<T, E: Into<AppError>> ResultExt<T> for Result<T, E> {
    fn on_constraint(self, name: &str, f: impl FnOnce() -> AppError) -> AppResult<T> {
        self.map_err(|e| match e.into() {
            AppError::Database(sqlx::Error::Database(db)) if violates(db.as_ref(), name) => f(),
            other => other,
        })
    }
}

fn violates(err: &dyn sqlx::error::DatabaseError, name: &str) -> bool {
    // PostgreSQL names the constraint; SQLite only quotes the columns in its message.
    err.constraint() == Some(name) || err.message().contains(name)
}
