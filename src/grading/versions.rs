//! Every version of an evaluation's final score. The first is written when
//! the score becomes final (measured only, one grader, two graders' mean, or
//! a senior grader's); a resolved dispute can add another. Reports read the
//! current version; the history keeps them all. Owns `score_versions`.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use super::scoring::{self, Bands, StageScore};
use crate::db::{Db, Transaction};
use crate::error::AppResult;
use crate::scripts::CallScript;

/// A stage's final score, 0..100, or none when nothing in it applied.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct StageLine {
    pub stage_key: String,
    pub score: Option<f64>,
}

/// What one version of a final score says.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FinalSheet {
    pub total: f64,
    pub band: String,
    pub stages: Vec<StageLine>,
    /// Each scored item's share of its weight (0..1); `None` for not applicable.
    pub items: BTreeMap<String, Option<f64>>,
    /// auto, single, mean, adjudicated or dispute
    pub source: String,
}

impl FinalSheet {
    /// The sheet of a score computed from item shares (a dispute's new
    /// scores, say) by the rubric's rules.
    pub fn from_score(
        score: scoring::CallScore,
        items: BTreeMap<String, Option<f64>>,
        source: &str,
    ) -> FinalSheet {
        FinalSheet {
            total: score.total,
            band: score.band.as_str().to_string(),
            stages: score
                .stages
                .into_iter()
                .map(|s| StageLine {
                    stage_key: s.stage_key,
                    score: s.score,
                })
                .collect(),
            items,
            source: source.to_string(),
        }
    }
}

/// A stored version, as the history shows it.
#[derive(Clone, Debug, Serialize)]
pub struct Version {
    pub version: i64,
    pub total: f64,
    pub band: String,
    pub stages: Vec<StageLine>,
    pub items: BTreeMap<String, Option<f64>>,
    pub source: String,
    pub reason: Option<String>,
    pub changed_by: String,
    pub dispute_id: Option<i64>,
    pub at: i64,
}

#[derive(sqlx::FromRow)]
struct VersionRow {
    version: i64,
    total: f64,
    band: String,
    stages: String,
    items: String,
    source: String,
    reason: Option<String>,
    changed_by: String,
    dispute_id: Option<i64>,
    at: i64,
}

impl TryFrom<VersionRow> for Version {
    type Error = crate::error::AppError;

    fn try_from(r: VersionRow) -> AppResult<Version> {
        Ok(Version {
            version: r.version,
            total: r.total,
            band: r.band,
            stages: serde_json::from_str(&r.stages).map_err(anyhow::Error::from)?,
            items: serde_json::from_str(&r.items).map_err(anyhow::Error::from)?,
            source: r.source,
            reason: r.reason,
            changed_by: r.changed_by,
            dispute_id: r.dispute_id,
            at: r.at,
        })
    }
}

/// Stores `sheet` as the evaluation's next version and makes it current.
/// Returns the version number.
pub async fn record(
    tx: &mut Transaction,
    evaluation_id: i64,
    sheet: &FinalSheet,
    reason: Option<&str>,
    changed_by: &str,
    dispute_id: Option<i64>,
    now_ms: i64,
) -> AppResult<i64> {
    let latest: Option<i64> =
        sqlx::query_scalar("SELECT MAX(version) FROM score_versions WHERE evaluation_id = $1")
            .bind(evaluation_id)
            .fetch_one(&mut **tx)
            .await?;
    let version = latest.unwrap_or(0) + 1;
    sqlx::query(
        "INSERT INTO score_versions (evaluation_id, version, total, band, stages, items, source, reason, \
         changed_by, dispute_id, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(evaluation_id)
    .bind(version)
    .bind(sheet.total)
    .bind(&sheet.band)
    .bind(serde_json::to_string(&sheet.stages).map_err(anyhow::Error::from)?)
    .bind(serde_json::to_string(&sheet.items).map_err(anyhow::Error::from)?)
    .bind(&sheet.source)
    .bind(reason)
    .bind(changed_by)
    .bind(dispute_id)
    .bind(now_ms)
    .execute(&mut **tx)
    .await?;
    sqlx::query(
        "UPDATE evaluations SET final_version = $1, final_total = $2, final_band = $3, final_source = $4, \
         updated_at = $5 WHERE id = $6",
    )
    .bind(version)
    .bind(sheet.total)
    .bind(&sheet.band)
    .bind(&sheet.source)
    .bind(now_ms)
    .bind(evaluation_id)
    .execute(&mut **tx)
    .await?;
    Ok(version)
}

/// Every version of an evaluation's score, oldest first.
pub async fn history(db: &Db, evaluation_id: i64) -> AppResult<Vec<Version>> {
    let rows: Vec<VersionRow> = sqlx::query_as(
        "SELECT version, total, band, stages, items, source, reason, changed_by, dispute_id, at \
         FROM score_versions WHERE evaluation_id = $1 ORDER BY version",
    )
    .bind(evaluation_id)
    .fetch_all(&db.pool)
    .await?;
    rows.into_iter().map(Version::try_from).collect()
}

#[derive(sqlx::FromRow)]
struct ItemRow {
    item_key: String,
    value: Option<i64>,
    not_applicable: i64,
    scored_by: String,
}

/// The final sheet of an evaluation made final by `source` with `total`:
/// the measured items and the items of the graders whose sheets make the
/// final score (two graders' shares averaged).
pub async fn sheet_from_gradings(
    tx: &mut Transaction,
    script: &CallScript,
    evaluation_id: i64,
    source: &str,
    total: f64,
    bands: &Bands,
) -> AppResult<FinalSheet> {
    let kinds: &[&str] = match source {
        "single" => &["first"],
        "mean" => &["first", "second"],
        "adjudicated" => &["adjudication"],
        _ => &[],
    };
    let gradings: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT kind, grader_key, stage_scores FROM gradings WHERE evaluation_id = $1 ORDER BY id",
    )
    .bind(evaluation_id)
    .fetch_all(&mut **tx)
    .await?;
    let gradings: Vec<(String, Vec<StageScore>)> = gradings
        .into_iter()
        .filter(|(kind, _, _)| kinds.contains(&kind.as_str()))
        .map(|(_, key, stages)| (key, serde_json::from_str(&stages).unwrap_or_default()))
        .collect();
    let rows: Vec<ItemRow> = sqlx::query_as(
        "SELECT item_key, value, not_applicable, scored_by FROM item_scores WHERE evaluation_id = $1",
    )
    .bind(evaluation_id)
    .fetch_all(&mut **tx)
    .await?;
    let mut collected: HashMap<String, Vec<Option<f64>>> = HashMap::new();
    for row in rows {
        let counts =
            row.scored_by == "auto" || gradings.iter().any(|(key, _)| *key == row.scored_by);
        let Some((_, item)) = script.item(&row.item_key) else {
            continue;
        };
        if !counts {
            continue;
        }
        let share = if row.not_applicable != 0 {
            None
        } else {
            row.value.and_then(|v| item.scale.fraction(v))
        };
        collected.entry(row.item_key).or_default().push(share);
    }
    let items: BTreeMap<String, Option<f64>> = collected
        .into_iter()
        .map(|(key, shares)| {
            let given: Vec<f64> = shares.into_iter().flatten().collect();
            let share = (!given.is_empty()).then(|| given.iter().sum::<f64>() / given.len() as f64);
            (key, share)
        })
        .collect();
    let stages = if gradings.is_empty() {
        scoring::score_shares(script, |key| items.get(key).copied().flatten(), bands)
            .stages
            .into_iter()
            .map(|s| StageLine {
                stage_key: s.stage_key,
                score: s.score,
            })
            .collect()
    } else {
        script
            .stages
            .iter()
            .map(|stage| {
                let scores: Vec<f64> = gradings
                    .iter()
                    .filter_map(|(_, stages)| {
                        stages
                            .iter()
                            .find(|s| s.stage_key == stage.key)
                            .and_then(|s| s.score)
                    })
                    .collect();
                StageLine {
                    stage_key: stage.key.clone(),
                    score: (!scores.is_empty())
                        .then(|| scores.iter().sum::<f64>() / scores.len() as f64),
                }
            })
            .collect()
    };
    Ok(FinalSheet {
        total,
        band: bands.band(total).as_str().to_string(),
        stages,
        items,
        source: source.to_string(),
    })
}
