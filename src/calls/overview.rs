//! The calls lists of the operations pages, in two parts: what is being
//! called now (or is about to be), and what has been called. A campaign
//! plans its calls weeks ahead; those are counted, not listed, so the list
//! shows what an operator can watch happen.

use super::{CALL_COLUMNS, CallRow};
use crate::db::Db;
use crate::error::AppResult;

/// How far ahead a scheduled call counts as in progress: the dialer will
/// place it while whoever opened the page is still looking at it.
pub const DUE_SOON_MS: i64 = 15 * 60 * 1000;

/// The calls of one campaign, or of all.
#[derive(Clone, Debug, Default)]
pub struct CallsOverview {
    /// Being dialed or on the line, newest first; then scheduled calls the
    /// dialer will place within [`DUE_SOON_MS`], the next first.
    pub in_progress: Vec<CallRow>,
    /// Ended, failed at dialing, canceled or missed; newest first.
    pub history: Vec<CallRow>,
    /// Scheduled calls not in `in_progress`: later, or of a paused campaign.
    pub scheduled_later: i64,
}

/// A scheduled call the dialer will place by `$2`: due by then, and not
/// held back by a paused or canceled campaign.
const DUE_SOON: &str = "state = 'scheduled' AND COALESCE(due_at, 0) <= $2 \
     AND (campaign_id IS NULL OR campaign_id IN (SELECT id FROM campaigns WHERE state = 'active'))";

/// Three queries whatever the number of calls. `limit` caps each list.
pub async fn overview(
    db: &Db,
    campaign_id: Option<i64>,
    now_ms: i64,
    limit: i64,
) -> AppResult<CallsOverview> {
    let limit = limit.clamp(1, 1000);
    let soon = now_ms + DUE_SOON_MS;
    let in_progress_sql = format!(
        "SELECT {CALL_COLUMNS} FROM calls WHERE ($1 IS NULL OR campaign_id = $1) \
         AND (state IN ('dialing', 'placed') OR ({DUE_SOON})) \
         ORDER BY CASE WHEN state = 'scheduled' THEN 1 ELSE 0 END, \
         CASE WHEN state = 'scheduled' THEN due_at ELSE -COALESCE(dial_started_at, created_at) END, id \
         LIMIT $3"
    );
    let in_progress = sqlx::query_as::<_, CallRow>(sqlx::AssertSqlSafe(in_progress_sql))
        .bind(campaign_id)
        .bind(soon)
        .bind(limit)
        .fetch_all(&db.pool)
        .await?;
    let history_sql = format!(
        "SELECT {CALL_COLUMNS} FROM calls WHERE ($1 IS NULL OR campaign_id = $1) \
         AND state NOT IN ('scheduled', 'dialing', 'placed') \
         ORDER BY COALESCE(dial_started_at, due_at, created_at) DESC, id DESC LIMIT $2"
    );
    let history = sqlx::query_as::<_, CallRow>(sqlx::AssertSqlSafe(history_sql))
        .bind(campaign_id)
        .bind(limit)
        .fetch_all(&db.pool)
        .await?;
    let later_sql = format!(
        "SELECT COUNT(*) FROM calls WHERE ($1 IS NULL OR campaign_id = $1) \
         AND state = 'scheduled' AND NOT ({DUE_SOON})"
    );
    let scheduled_later: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(later_sql))
        .bind(campaign_id)
        .bind(soon)
        .fetch_one(&db.pool)
        .await?;
    Ok(CallsOverview {
        in_progress,
        history,
        scheduled_later,
    })
}
