//! Retention: recordings are deleted, and citizens' personal data in service
//! visits anonymised, once older than the configured periods. What remains
//! (measures, scores, the visit's service, department, staff and date) keeps
//! the statistics whole. Each run is audit-logged.

use std::path::Path;

use serde::Serialize;

use super::audit::{self, Action, Actor, Entry};
use crate::db::Db;
use crate::error::AppResult;

#[derive(Clone, Debug)]
pub struct RetentionSettings {
    pub recordings_days: i64,
    pub citizen_data_days: i64,
}

#[derive(Debug, Default, PartialEq, Eq, Serialize)]
pub struct RetentionReport {
    pub recordings_deleted: u64,
    pub visits_anonymised: u64,
}

pub async fn run(
    db: &Db,
    recordings_dir: &Path,
    settings: &RetentionSettings,
    now_ms: i64,
) -> AppResult<RetentionReport> {
    let mut report = RetentionReport::default();

    let due: Vec<(i64, Option<String>)> = sqlx::query_as(
        "SELECT id, path FROM recordings WHERE purged_at IS NULL AND state IN ('available', 'corrupt') AND created_at < $1",
    )
    .bind(now_ms - settings.recordings_days * 86_400_000)
    .fetch_all(&db.pool)
    .await?;
    for (id, path) in due {
        if let Some(relative) = path
            .as_deref()
            .and_then(|p| crate::recordings::resolve_path(recordings_dir, p))
        {
            match tokio::fs::remove_file(&relative).await {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => {
                    tracing::error!(recording = id, error = %e, "retention could not delete a recording; will retry");
                    continue;
                }
            }
        }
        sqlx::query("UPDATE recordings SET state = 'purged', path = NULL, purged_at = $1, updated_at = $1 WHERE id = $2")
            .bind(now_ms)
            .bind(id)
            .execute(&db.pool)
            .await?;
        report.recordings_deleted += 1;
    }

    let done = sqlx::query(
        "UPDATE service_visits SET citizen_name = NULL, phone = NULL, anonymised_at = $1, updated_at = $1 \
         WHERE anonymised_at IS NULL AND visited_at < $2",
    )
    .bind(now_ms)
    .bind(now_ms - settings.citizen_data_days * 86_400_000)
    .execute(&db.pool)
    .await?;
    report.visits_anonymised = done.rows_affected();

    audit::record(
        db,
        Entry::new(Actor::System, Action::RetentionRun).detail(format!(
            "recordings older than {} days deleted: {}; visits older than {} days anonymised: {}",
            settings.recordings_days,
            report.recordings_deleted,
            settings.citizen_data_days,
            report.visits_anonymised
        )),
        now_ms,
    )
    .await?;
    Ok(report)
}
