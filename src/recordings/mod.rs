//! Recordings: registered from the carrier's recording callback as `pending`,
//! then downloaded by the fetcher, checked, and stored under the recordings
//! folder (date-sharded, sha256 kept). A file that fails its checks is kept
//! aside in `quarantine/` and reported, never passed on. Owns `recordings`.

pub mod wav;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use chrono::Datelike;
use serde::Serialize;
use sha2::{Digest, Sha256};
use sqlx::FromRow;
use tokio::sync::{Notify, watch};

use crate::clock::{SharedClock, from_ms};
use crate::db::Db;
use crate::db::claim::Queue;
use crate::error::{AppError, AppResult};
use crate::msg;
use crate::telephony::{Telephony, TelephonyError, parse_rfc2822};
use crate::worker::{WorkOutcome, stopped};

#[derive(Clone, Debug, FromRow, Serialize)]
pub struct RecordingRow {
    pub id: i64,
    pub call_id: i64,
    pub recording_sid: String,
    pub source: Option<String>,
    pub url: String,
    pub state: String,
    pub reported_duration_s: Option<i64>,
    pub channels: Option<i64>,
    pub started_at: Option<i64>,
    pub path: Option<String>,
    pub sha256: Option<String>,
    pub size_bytes: Option<i64>,
    pub sample_rate: Option<i64>,
    pub duration_ms: Option<i64>,
    pub attempts: i64,
    pub error: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

const COLUMNS: &str = "id, call_id, recording_sid, source, url, state, reported_duration_s, channels, \
    started_at, path, sha256, size_bytes, sample_rate, duration_ms, attempts, error, created_at, updated_at";

const QUEUE: Queue<'static> = Queue {
    table: "recordings",
    // $3 is the claim time.
    ready: "state = 'pending' AND next_attempt_at <= $3",
    order_by: "next_attempt_at, id",
};

fn param<'a>(params: &'a [(String, String)], name: &str) -> Option<&'a str> {
    params
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .filter(|v| !v.is_empty())
}

/// Registers a completed recording from the carrier's callback. True when it
/// is new; a repeated callback changes nothing.
pub async fn register(
    db: &Db,
    call_id: i64,
    params: &[(String, String)],
    now_ms: i64,
) -> AppResult<bool> {
    let status = param(params, "RecordingStatus").unwrap_or("completed");
    if status != "completed" {
        tracing::warn!(
            call = call_id,
            status,
            "recording not completed by the carrier"
        );
        return Ok(false);
    }
    let sid = param(params, "RecordingSid").ok_or_else(|| {
        AppError::invalid(
            "RecordingSid",
            msg!("grading-carrier-field-missing", field = "RecordingSid"),
        )
    })?;
    let url = param(params, "RecordingUrl").ok_or_else(|| {
        AppError::invalid(
            "RecordingUrl",
            msg!("grading-carrier-field-missing", field = "RecordingUrl"),
        )
    })?;
    let number = |name: &str| -> AppResult<Option<i64>> {
        param(params, name)
            .map(|v| {
                v.parse::<i64>().map_err(|_| {
                    AppError::invalid(
                        name,
                        msg!("grading-carrier-field-not-number", field = name, value = v),
                    )
                })
            })
            .transpose()
    };
    let done = sqlx::query(
        "INSERT INTO recordings (call_id, recording_sid, source, url, state, reported_duration_s, \
         channels, started_at, next_attempt_at, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, 'pending', $5, $6, $7, $8, $8, $8) \
         ON CONFLICT (recording_sid) DO NOTHING",
    )
    .bind(call_id)
    .bind(sid)
    .bind(param(params, "RecordingSource"))
    .bind(url)
    .bind(number("RecordingDuration")?)
    .bind(number("RecordingChannels")?)
    .bind(
        param(params, "RecordingStartTime")
            .and_then(parse_rfc2822)
            .map(|t| t.timestamp_millis()),
    )
    .bind(now_ms)
    .execute(&db.pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn get(db: &Db, id: i64) -> AppResult<RecordingRow> {
    let sql = format!("SELECT {COLUMNS} FROM recordings WHERE id = $1");
    sqlx::query_as::<_, RecordingRow>(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .fetch_optional(&db.pool)
        .await?
        .ok_or_else(|| AppError::NotFound(msg!("grading-not-found-recording", id = id.to_string())))
}

pub async fn for_call(db: &Db, call_id: i64) -> AppResult<Vec<RecordingRow>> {
    let sql = format!("SELECT {COLUMNS} FROM recordings WHERE call_id = $1 ORDER BY id");
    Ok(sqlx::query_as::<_, RecordingRow>(sqlx::AssertSqlSafe(sql))
        .bind(call_id)
        .fetch_all(&db.pool)
        .await?)
}

/// Of a call's recordings, the one players play: the first stored.
pub fn playable(recordings: &[RecordingRow]) -> Option<&RecordingRow> {
    recordings.iter().find(|r| r.state == "available")
}

/// For each of these calls that has a stored recording, its id.
pub async fn available_for_calls(db: &Db, call_ids: &[i64]) -> AppResult<HashMap<i64, i64>> {
    if call_ids.is_empty() {
        return Ok(HashMap::new());
    }
    let placeholders: Vec<String> = (1..=call_ids.len()).map(|i| format!("${i}")).collect();
    let sql = format!(
        "SELECT call_id, MIN(id) FROM recordings WHERE state = 'available' AND call_id IN ({}) GROUP BY call_id",
        placeholders.join(",")
    );
    let mut query = sqlx::query_as::<_, (i64, i64)>(sqlx::AssertSqlSafe(sql));
    for id in call_ids {
        query = query.bind(*id);
    }
    Ok(query.fetch_all(&db.pool).await?.into_iter().collect())
}

pub async fn list(db: &Db, state: Option<&str>, limit: i64) -> AppResult<Vec<RecordingRow>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM recordings WHERE ($1 IS NULL OR state = $1) ORDER BY id DESC LIMIT $2"
    );
    Ok(sqlx::query_as::<_, RecordingRow>(sqlx::AssertSqlSafe(sql))
        .bind(state)
        .bind(limit.clamp(1, 1000))
        .fetch_all(&db.pool)
        .await?)
}

#[derive(Clone, Debug)]
pub struct FetcherSettings {
    pub dir: PathBuf,
    pub max_attempts: u32,
    pub duration_tolerance_secs: f64,
    pub lease_ms: i64,
    pub poll_interval: Duration,
}

#[derive(Clone)]
pub struct Fetcher {
    pub db: Db,
    pub clock: SharedClock,
    pub telephony: Arc<dyn Telephony>,
    pub settings: FetcherSettings,
    pub wake: Arc<Notify>,
    /// Told when a recording has been dealt with, for the work that follows.
    pub stored: Arc<Notify>,
    pub owner: String,
}

impl Fetcher {
    /// Claims one pending recording and downloads, checks and stores it.
    pub async fn fetch_next(&self) -> AppResult<WorkOutcome> {
        let now = self.clock.now_ms();
        let Some(id) = QUEUE
            .claim(&self.db, &self.owner, now, self.settings.lease_ms)
            .await?
        else {
            return Ok(WorkOutcome::EmptyQueue);
        };
        let row = get(&self.db, id).await?;
        match self.telephony.download_recording(&row.url).await {
            Ok(bytes) => {
                self.store(&row, &bytes).await?;
                self.stored.notify_one();
            }
            Err(err) => self.retry_later(&row, &err).await?,
        }
        Ok(WorkOutcome::TaskCompleted)
    }

    async fn store(&self, row: &RecordingRow, bytes: &[u8]) -> AppResult<()> {
        let expect = wav::Expectation {
            channels: row.channels.and_then(|c| u16::try_from(c).ok()),
            duration_secs: row.reported_duration_s,
            tolerance_secs: self.settings.duration_tolerance_secs,
        };
        let sha = hex::encode(Sha256::digest(bytes));
        let now = self.clock.now_ms();
        match wav::check(bytes, &expect) {
            Ok(info) => {
                let relative =
                    dated_path(row.started_at.unwrap_or(row.created_at), &row.recording_sid);
                write_atomically(&self.settings.dir.join(&relative), bytes).await?;
                sqlx::query(
                    "UPDATE recordings SET state = 'available', path = $1, sha256 = $2, size_bytes = $3, \
                     sample_rate = $4, duration_ms = $5, channels = $6, error = NULL, attempts = attempts + 1, \
                     lease_owner = NULL, lease_until = NULL, updated_at = $7 WHERE id = $8",
                )
                .bind(relative.to_string_lossy().into_owned())
                .bind(&sha)
                .bind(bytes.len() as i64)
                .bind(i64::from(info.sample_rate))
                .bind(info.duration_ms)
                .bind(i64::from(info.channels))
                .bind(now)
                .bind(row.id)
                .execute(&self.db.pool)
                .await?;
                tracing::info!(recording = %row.recording_sid, call = row.call_id, ms = info.duration_ms, "recording stored");
            }
            Err(problem) => {
                let relative =
                    PathBuf::from("quarantine").join(format!("{}.wav", row.recording_sid));
                write_atomically(&self.settings.dir.join(&relative), bytes).await?;
                sqlx::query(
                    "UPDATE recordings SET state = 'corrupt', path = $1, sha256 = $2, size_bytes = $3, \
                     error = $4, attempts = attempts + 1, lease_owner = NULL, lease_until = NULL, \
                     updated_at = $5 WHERE id = $6",
                )
                .bind(relative.to_string_lossy().into_owned())
                .bind(&sha)
                .bind(bytes.len() as i64)
                .bind(&problem)
                .bind(now)
                .bind(row.id)
                .execute(&self.db.pool)
                .await?;
                tracing::warn!(recording = %row.recording_sid, call = row.call_id, %problem, "recording is corrupt; kept aside in quarantine");
            }
        }
        Ok(())
    }

    async fn retry_later(&self, row: &RecordingRow, err: &TelephonyError) -> AppResult<()> {
        let attempts = row.attempts + 1;
        let now = self.clock.now_ms();
        let give_up = attempts >= i64::from(self.settings.max_attempts);
        let backoff_ms = (5_000i64 << attempts.min(7)).min(600_000);
        sqlx::query(
            "UPDATE recordings SET attempts = $1, error = $2, state = $3, next_attempt_at = $4, \
             lease_owner = NULL, lease_until = NULL, updated_at = $5 WHERE id = $6",
        )
        .bind(attempts)
        .bind(err.to_string())
        .bind(if give_up { "failed" } else { "pending" })
        .bind(now + backoff_ms)
        .bind(now)
        .bind(row.id)
        .execute(&self.db.pool)
        .await?;
        tracing::warn!(recording = %row.recording_sid, attempts, %err, give_up, "recording download failed");
        Ok(())
    }

    /// Runs until `shutdown` turns true, waking when a callback registers work.
    pub async fn run(self, mut shutdown: watch::Receiver<bool>) {
        while !stopped(&shutdown) {
            match self.fetch_next().await {
                Ok(WorkOutcome::TaskCompleted) => continue,
                Ok(WorkOutcome::EmptyQueue) => {}
                Err(err) => tracing::error!(%err, "recording fetcher"),
            }
            tokio::select! {
                _ = shutdown.changed() => {}
                _ = self.wake.notified() => {}
                _ = tokio::time::sleep(self.settings.poll_interval) => {}
            }
        }
    }
}

/// A stored relative path under the recordings folder, or `None` when it
/// would lead anywhere else (absolute, `..`, or anything but plain names).
pub fn resolve_path(root: &Path, relative: &str) -> Option<PathBuf> {
    let rel = Path::new(relative);
    let plain = rel
        .components()
        .all(|c| matches!(c, std::path::Component::Normal(_)));
    (plain && !relative.is_empty()).then(|| root.join(rel))
}

/// `YYYY/MM/DD/<sid>.wav` by the recording's start, in UTC.
fn dated_path(at_ms: i64, sid: &str) -> PathBuf {
    let t = from_ms(at_ms);
    PathBuf::from(format!(
        "{:04}/{:02}/{:02}/{sid}.wav",
        t.year(),
        t.month(),
        t.day()
    ))
}

/// Writes next to the target and renames, so a reader never sees half a file.
async fn write_atomically(path: &Path, bytes: &[u8]) -> AppResult<()> {
    let parent = path.parent().expect("recording paths have a folder");
    tokio::fs::create_dir_all(parent)
        .await
        .map_err(|e| anyhow::anyhow!("cannot create {}: {e}", parent.display()))?;
    let partial = path.with_extension("wav.partial");
    tokio::fs::write(&partial, bytes)
        .await
        .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", partial.display()))?;
    tokio::fs::rename(&partial, path)
        .await
        .map_err(|e| anyhow::anyhow!("cannot move {} into place: {e}", path.display()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_cannot_leave_the_recordings_folder() {
        let root = Path::new("/srv/recordings");
        assert_eq!(
            resolve_path(root, "2026/03/06/RE1.wav"),
            Some(root.join("2026/03/06/RE1.wav"))
        );
        for bad in [
            "../etc/passwd",
            "/etc/passwd",
            "2026/../../x.wav",
            "./x.wav",
            "",
        ] {
            assert_eq!(resolve_path(root, bad), None, "{bad}");
        }
    }

    #[test]
    fn recordings_are_sharded_by_utc_date() {
        let at = chrono::DateTime::parse_from_rfc3339("2026-03-05T23:30:00-02:00").unwrap();
        assert_eq!(
            dated_path(at.timestamp_millis(), "RE1"),
            PathBuf::from("2026/03/06/RE1.wav")
        );
    }
}
