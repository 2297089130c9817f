//! The one claim helper every queue uses. A queue is a table whose rows carry
//! `lease_owner` and `lease_until`; claiming takes the first ready row whose
//! lease is free or expired, in one atomic `UPDATE … RETURNING`.

use sqlx::AssertSqlSafe;

use super::Db;

/// A queue described by its table, what makes a row ready, and its order.
/// All three are SQL fragments written in code (or numbers from the
/// configuration), never user input. `ready` may use `$3`, the claim time.
#[derive(Clone, Copy, Debug)]
pub struct Queue<'a> {
    pub table: &'a str,
    pub ready: &'a str,
    pub order_by: &'a str,
}

impl Queue<'_> {
    /// Claims one ready row for `owner` until `now_ms + lease_ms` and returns its id.
    pub async fn claim(
        &self,
        db: &Db,
        owner: &str,
        now_ms: i64,
        lease_ms: i64,
    ) -> Result<Option<i64>, sqlx::Error> {
        let sql = format!(
            "UPDATE {table} SET lease_owner = $1, lease_until = $2 \
             WHERE id = (SELECT id FROM {table} \
                         WHERE ({ready}) AND (lease_until IS NULL OR lease_until <= $3) \
                         ORDER BY {order} LIMIT 1 {skip}) \
               AND (lease_until IS NULL OR lease_until <= $3) \
             RETURNING id",
            table = self.table,
            ready = self.ready,
            order = self.order_by,
            skip = db.skip_locked(),
        );
        // Through a write transaction, so on SQLite claimers queue on the
        // writer lock instead of polling SQLite's busy handler.
        let mut tx = db.begin().await?;
        let claimed = sqlx::query_scalar::<_, i64>(AssertSqlSafe(sql))
            .bind(owner)
            .bind(now_ms + lease_ms)
            .bind(now_ms)
            .fetch_optional(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(claimed)
    }

    /// Extends a lease the owner still holds. False when it was lost.
    pub async fn renew(
        &self,
        db: &Db,
        id: i64,
        owner: &str,
        now_ms: i64,
        lease_ms: i64,
    ) -> Result<bool, sqlx::Error> {
        let sql = format!(
            "UPDATE {} SET lease_until = $1 WHERE id = $2 AND lease_owner = $3 AND lease_until > $4",
            self.table
        );
        let done = sqlx::query(AssertSqlSafe(sql))
            .bind(now_ms + lease_ms)
            .bind(id)
            .bind(owner)
            .bind(now_ms)
            .execute(&db.pool)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Gives a row back to the queue.
    pub async fn release(&self, db: &Db, id: i64, owner: &str) -> Result<bool, sqlx::Error> {
        let sql = format!(
            "UPDATE {} SET lease_owner = NULL, lease_until = NULL WHERE id = $1 AND lease_owner = $2",
            self.table
        );
        let done = sqlx::query(AssertSqlSafe(sql))
            .bind(id)
            .bind(owner)
            .execute(&db.pool)
            .await?;
        Ok(done.rows_affected() == 1)
    }
}
