//! One error type for the whole service. Domain code returns it; `web/` knows
//! how to turn it into an HTTP answer (internal details are logged, never shown).

use crate::telephony::TelephonyError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("{0} not found")]
    NotFound(String),
    /// Input that parsed but is not acceptable; names the field at fault.
    #[error("{field}: {message}")]
    Invalid { field: String, message: String },
    #[error("{0}")]
    BadRequest(String),
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    Forbidden(String),
    #[error(transparent)]
    Telephony(#[from] TelephonyError),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

pub type AppResult<T> = Result<T, AppError>;

impl AppError {
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        AppError::Invalid {
            field: field.into(),
            message: message.into(),
        }
    }

    pub fn not_found(what: impl Into<String>) -> Self {
        AppError::NotFound(what.into())
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
