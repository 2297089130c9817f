//! Running the daily draw for a centre: gather the candidates, the
//! do-not-call list and who was called lately, draw, and store both the
//! callbacks and the explanation (who was eligible, who was excluded and
//! why, who was drawn, with the seed) so anyone can check it afterwards.
//! A day's draw runs once, even if several instances try, and a day missed
//! while the service was down runs when it comes back.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use serde::Serialize;

use super::hours::CallingHours;
use super::sampling::{self, Candidate, CountRule, Draw, Rules, Stratify};
use crate::config::CallbacksConfig;
use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::msg;
use crate::roster::{self, Centre};

pub fn rules(config: &CallbacksConfig) -> AppResult<Rules> {
    let count = if config.count_min == config.count_max {
        CountRule::Fixed(config.count_min)
    } else {
        CountRule::Range {
            min: config.count_min,
            max: config.count_max,
        }
    };
    let stratify = match config.stratify.as_str() {
        "none" | "" => Stratify::None,
        "department" => Stratify::ByDepartment,
        "service" => Stratify::ByService,
        other => {
            return Err(AppError::invalid(
                "callbacks.stratify",
                msg!("callbacks-setting-stratify-invalid", value = other),
            ));
        }
    };
    Ok(Rules {
        count,
        lookback_days: config.lookback_days,
        cooldown_days: config.cooldown_days,
        stratify,
    })
}

fn draw_time(config: &CallbacksConfig) -> AppResult<NaiveTime> {
    NaiveTime::parse_from_str(config.draw_at.trim(), "%H:%M").map_err(|_| {
        AppError::invalid(
            "callbacks.draw_at",
            msg!(
                "callbacks-setting-draw-at-invalid",
                value = config.draw_at.as_str()
            ),
        )
    })
}

/// The instant of a centre's draw on a local day.
fn draw_instant(day: NaiveDate, at: NaiveTime, tz: chrono_tz::Tz) -> DateTime<Utc> {
    let local = NaiveDateTime::new(day, at);
    tz.from_local_datetime(&local)
        .earliest()
        .or_else(|| {
            tz.from_local_datetime(&(local + Duration::hours(1)))
                .earliest()
        })
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| local.and_utc())
}

/// A visit as the draw reads it: few columns, since a centre's week can
/// hold many visits and each column read costs time.
#[derive(sqlx::FromRow)]
struct CandidateRow {
    id: i64,
    phone: Option<String>,
    visited_at: i64,
    /// 1: the citizen agreed to be called; 2: already sampled.
    flags: i64,
    /// The department or service code when the draw is stratified.
    stratum: Option<String>,
}

/// The draw's explanation, as stored and shown.
#[derive(Debug, Serialize, serde::Deserialize)]
pub struct Explanation {
    pub eligible: Vec<i64>,
    pub excluded: Vec<(i64, serde_json::Value)>,
    pub drawn: Vec<i64>,
}

/// Runs centre `centre`'s draw for local day `day`, unless it ran already.
/// Returns the draw's id and whether this call ran it.
pub async fn run(
    db: &Db,
    config: &CallbacksConfig,
    centre: &Centre,
    day: NaiveDate,
    now: DateTime<Utc>,
) -> AppResult<(i64, bool)> {
    if let Some(id) = existing(db, centre.id, day).await? {
        return Ok((id, false));
    }
    let tz = centre.time_zone.tz();
    let day_end = draw_instant(day, draw_time(config)?, tz);
    let rules = rules(config)?;
    let since = day_end - Duration::days(i64::from(rules.lookback_days)) - Duration::days(1);
    // Only the column the draw is stratified by, if any.
    let stratum = match rules.stratify {
        Stratify::None => "NULL",
        Stratify::ByDepartment => "(SELECT d.code FROM departments d WHERE d.id = v.department_id)",
        Stratify::ByService => "v.service",
    };
    let rows: Vec<CandidateRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT v.id, v.phone, v.visited_at, \
         CASE WHEN v.consented <> 0 THEN 1 ELSE 0 END + CASE WHEN c.id IS NULL THEN 0 ELSE 2 END AS flags, \
         {stratum} AS stratum \
         FROM service_visits v LEFT JOIN callbacks c ON c.visit_id = v.id \
         WHERE v.centre_id = $1 AND v.visited_at > $2 AND v.visited_at <= $3"
    )))
    .bind(centre.id)
    .bind(since.timestamp_millis())
    .bind(day_end.timestamp_millis())
    .fetch_all(&db.pool)
    .await?;
    let candidates: Vec<Candidate> = rows
        .into_iter()
        .map(|r| {
            let stratum = r.stratum.unwrap_or_default();
            Candidate {
                visit_id: r.id,
                phone: r.phone,
                consented: r.flags & 1 != 0,
                visited_at: crate::clock::from_ms(r.visited_at),
                department: stratum.clone(),
                service: stratum,
                already_sampled: r.flags & 2 != 0,
            }
        })
        .collect();
    let do_not_call: HashSet<String> = sqlx::query_scalar("SELECT phone FROM do_not_call")
        .fetch_all(&db.pool)
        .await?
        .into_iter()
        .collect();
    // Only calls inside the cool-down period can exclude anyone.
    let cooldown_start = day_end - Duration::days(i64::from(rules.cooldown_days));
    let last_called: HashMap<String, DateTime<Utc>> = sqlx::query_as::<_, (String, i64)>(
        "SELECT v.phone, MAX(a.at) FROM callback_attempts a JOIN callbacks c ON c.id = a.callback_id \
         JOIN service_visits v ON v.id = c.visit_id WHERE a.at > $1 AND v.phone IS NOT NULL GROUP BY v.phone",
    )
    .bind(cooldown_start.timestamp_millis())
    .fetch_all(&db.pool)
    .await?
    .into_iter()
    .map(|(phone, at)| (phone, crate::clock::from_ms(at)))
    .collect();
    let seed = sampling::seed_for(&centre.code, day, config.seed_salt);
    let drawn: Draw = sampling::draw(
        day_end,
        &candidates,
        &do_not_call,
        &last_called,
        &rules,
        seed,
    );
    store(db, config, centre, day, now, &drawn).await
}

async fn existing(db: &Db, centre_id: i64, day: NaiveDate) -> AppResult<Option<i64>> {
    Ok(
        sqlx::query_scalar("SELECT id FROM callback_draws WHERE centre_id = $1 AND day = $2")
            .bind(centre_id)
            .bind(day.to_string())
            .fetch_optional(&db.pool)
            .await?,
    )
}

async fn store(
    db: &Db,
    config: &CallbacksConfig,
    centre: &Centre,
    day: NaiveDate,
    now: DateTime<Utc>,
    drawn: &Draw,
) -> AppResult<(i64, bool)> {
    let explanation = Explanation {
        eligible: drawn.eligible.clone(),
        excluded: drawn
            .excluded
            .iter()
            .map(|(id, why)| (*id, serde_json::to_value(why).unwrap_or_default()))
            .collect(),
        drawn: drawn.drawn.clone(),
    };
    let hours = CallingHours::for_centre(config, &centre.code, centre.time_zone.tz())?;
    let first_call = hours.next_open(now).unwrap_or(now).timestamp_millis();
    let now_ms = now.timestamp_millis();
    let mut tx = db.begin().await?;
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO callback_draws (centre_id, day, ran_at, seed, target, eligible_count, drawn_count, explanation) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (centre_id, day) DO NOTHING RETURNING id",
    )
    .bind(centre.id)
    .bind(day.to_string())
    .bind(now_ms)
    // Stored as the same 64 bits, read back with `as u64`.
    .bind(drawn.seed as i64)
    .bind(i64::from(drawn.target))
    .bind(drawn.eligible.len() as i64)
    .bind(drawn.drawn.len() as i64)
    .bind(serde_json::to_string(&explanation).map_err(anyhow::Error::from)?)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(id) = id else {
        // Another instance ran it first.
        drop(tx);
        return Ok((
            existing(db, centre.id, day)
                .await?
                .expect("the draw exists"),
            false,
        ));
    };
    for (order, visit) in drawn.drawn.iter().enumerate() {
        sqlx::query(
            "INSERT INTO callbacks (draw_id, visit_id, centre_id, state, next_attempt_at, created_at, updated_at) \
             VALUES ($1, $2, $3, 'open', $4, $5, $5)",
        )
        .bind(id)
        .bind(visit)
        .bind(centre.id)
        // Draw order is the order operators see, a millisecond apart.
        .bind(first_call + order as i64)
        .bind(now_ms)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    tracing::info!(centre = %centre.code, %day, drawn = drawn.drawn.len(), eligible = drawn.eligible.len(), "callback draw");
    Ok((id, true))
}

/// A drawn visit as the explanation shows it, the number masked.
#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct VisitSummary {
    pub visit_id: i64,
    pub external_id: String,
    pub service: String,
    pub department: Option<String>,
    pub phone: Option<String>,
    pub visited_at: i64,
}

/// A stored draw, for anyone checking it afterwards.
#[derive(Debug, Serialize)]
pub struct Explained {
    pub centre: String,
    pub day: NaiveDate,
    /// The seed in hex, as the draw used it.
    pub seed: String,
    pub target: i64,
    pub ran_at: i64,
    pub eligible: Vec<i64>,
    pub excluded: Vec<(i64, serde_json::Value)>,
    pub drawn: Vec<VisitSummary>,
}

/// Centre `centre`'s draw for `day`, with who was eligible, who was excluded
/// and why, and who was drawn; `None` when there was no draw that day.
pub async fn explain(db: &Db, centre: &Centre, day: NaiveDate) -> AppResult<Option<Explained>> {
    let row: Option<(i64, i64, i64, String)> = sqlx::query_as(
        "SELECT seed, target, ran_at, explanation FROM callback_draws WHERE centre_id = $1 AND day = $2",
    )
    .bind(centre.id)
    .bind(day.to_string())
    .fetch_optional(&db.pool)
    .await?;
    let Some((seed, target, ran_at, explanation)) = row else {
        return Ok(None);
    };
    let explanation: Explanation =
        serde_json::from_str(&explanation).map_err(anyhow::Error::from)?;
    let mut drawn = Vec::new();
    for id in &explanation.drawn {
        let mut v: VisitSummary = sqlx::query_as(
            "SELECT v.id AS visit_id, v.external_id, v.service, d.code AS department, v.phone, v.visited_at \
             FROM service_visits v LEFT JOIN departments d ON d.id = v.department_id WHERE v.id = $1",
        )
        .bind(id)
        .fetch_one(&db.pool)
        .await?;
        v.phone = v.phone.as_deref().map(crate::privacy::mask_phone);
        drawn.push(v);
    }
    Ok(Some(Explained {
        centre: centre.code.clone(),
        day,
        // Stored as the same 64 bits.
        seed: format!("{:016x}", seed as u64),
        target,
        ran_at,
        eligible: explanation.eligible,
        excluded: explanation.excluded,
        drawn,
    }))
}

/// Runs every draw that is due: for each centre, each day of the look-back
/// window up to today whose draw time has passed and which has no draw yet.
/// Returns the draws run.
pub async fn run_due(db: &Db, config: &CallbacksConfig, now: DateTime<Utc>) -> AppResult<usize> {
    let at = draw_time(config)?;
    let mut ran = 0;
    // Each centre's latest draw, in one query: this runs every half minute.
    let latest: std::collections::HashMap<i64, String> =
        sqlx::query_as("SELECT centre_id, MAX(day) FROM callback_draws GROUP BY centre_id")
            .fetch_all(&db.pool)
            .await?
            .into_iter()
            .collect();
    for centre in roster::list_centres(db).await? {
        let tz = centre.time_zone.tz();
        let today = now.with_timezone(&tz).date_naive();
        let last = latest
            .get(&centre.id)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        // A centre never drawn before starts today; a gap is filled, but only
        // within the look-back window (older visits are no longer eligible).
        let oldest = today - Duration::days(i64::from(config.lookback_days));
        let mut day = match last {
            Some(last) => (last + Duration::days(1)).max(oldest),
            None => today,
        };
        while day <= today {
            if draw_instant(day, at, tz) <= now && run(db, config, &centre, day, now).await?.1 {
                ran += 1;
            }
            day += Duration::days(1);
        }
    }
    Ok(ran)
}
