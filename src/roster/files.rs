//! The roster's CSV files: the columns each must have, in order, and why a
//! file was not imported. Shared by the checks that read a file and the
//! import that writes it, so neither needs the other's module for them.

use std::fmt;

use super::csv_table::RowProblem;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::tr;

pub const DEPARTMENT_COLUMNS: &[&str] = &[
    "code",
    "name",
    "centre_code",
    "centre_name",
    "time_zone",
    "work_days",
    "work_start",
    "work_end",
    "lunch_start",
    "lunch_end",
];

pub const STAFF_COLUMNS: &[&str] = &[
    "employee_no",
    "name",
    "department_code",
    "grade",
    "job_title",
    "phone",
    "active",
    "eligible",
    "exclusion_reason",
];

/// Why nothing was imported.
#[derive(Debug)]
pub enum ImportError {
    /// The file has problems, every one listed; nothing was written.
    Rejected {
        source: String,
        problems: Vec<RowProblem>,
    },
    /// Writing failed and was rolled back; nothing was written.
    Failed { source: String, error: AppError },
}

impl ImportError {
    /// What went wrong in `lang`: one line per problem, each with its file,
    /// line and field.
    pub fn in_lang(&self, lang: &Lang) -> String {
        match self {
            ImportError::Rejected { source, problems } => problems
                .iter()
                .map(|p| p.in_lang(lang, source))
                .collect::<Vec<_>>()
                .join("\n"),
            ImportError::Failed { source, error } => {
                let error = match error.message() {
                    Some(message) => message.in_lang(lang),
                    None => lang.t("status-error-detail"),
                };
                tr!(
                    lang,
                    "roster-import-failed",
                    file = source.as_str(),
                    error = error
                )
            }
        }
    }
}

/// In English, for the command line and the log.
impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Rejected { .. } => f.write_str(&self.in_lang(&Lang::english())),
            ImportError::Failed { source, error } => {
                write!(f, "{source}: nothing was imported: {error}")
            }
        }
    }
}

impl std::error::Error for ImportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ImportError::Rejected { .. } => None,
            ImportError::Failed { error, .. } => Some(error),
        }
    }
}
