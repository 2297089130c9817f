//! How much graders agree and how each one grades, from the double-graded
//! calls and the final scores: per item Krippendorff's alpha (ordinal) and a
//! quadratic-weighted kappa, for totals an ICC(2,1) and interval alpha, each
//! with the number of calls behind it; per grader volume, median time per
//! task and leniency (mean difference from the final score).

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::script_for;
use crate::db::Db;
use crate::error::AppResult;
use crate::scripts::ScriptLibrary;
use crate::stats::agreement::{self, Agreement};
use crate::stats::median;

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ItemAgreement {
    pub script_id: String,
    pub item_key: String,
    pub label: String,
    pub alpha_ordinal: Agreement,
    pub kappa_quadratic: Agreement,
}

/// Both graders' values of one item on each double-graded call, per (script, item).
type ItemPairs = BTreeMap<(String, String), Vec<(Option<i64>, Option<i64>)>>;

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AgreementReport {
    /// Calls scored by two graders.
    pub double_graded: usize,
    pub totals_icc: Agreement,
    pub totals_alpha_interval: Agreement,
    /// The plain figure people ask for first, with the same n.
    pub totals_within_10_points: Option<f64>,
    pub items: Vec<ItemAgreement>,
}

/// Agreement between first and second graders, optionally for one campaign.
pub async fn agreement(
    db: &Db,
    library: &ScriptLibrary,
    campaign: Option<i64>,
) -> AppResult<AgreementReport> {
    let pairs: Vec<(i64, String, String, f64, f64, String, String)> = sqlx::query_as(
        "SELECT e.id, e.script_id, e.script_version, a.total, b.total, a.grader_key, b.grader_key \
         FROM evaluations e \
         JOIN gradings a ON a.evaluation_id = e.id AND a.kind = 'first' \
         JOIN gradings b ON b.evaluation_id = e.id AND b.kind = 'second' \
         WHERE ($1 IS NULL OR e.campaign_id = $1) ORDER BY e.id",
    )
    .bind(campaign)
    .fetch_all(&db.pool)
    .await?;
    let totals: Vec<(f64, f64)> = pairs.iter().map(|p| (p.3, p.4)).collect();
    let n = totals.len();
    let within = (n > 0)
        .then(|| totals.iter().filter(|(a, b)| (a - b).abs() <= 10.0).count() as f64 / n as f64);

    // Item values of both graders, per (script, item), unit = one call.
    let mut units: ItemPairs = BTreeMap::new();
    let mut versions: HashMap<String, String> = HashMap::new();
    for (evaluation, script, version, _, _, first, second) in &pairs {
        versions
            .entry(script.clone())
            .or_insert_with(|| version.clone());
        let rows: Vec<(String, String, Option<i64>, i64)> = sqlx::query_as(
            "SELECT item_key, scored_by, value, not_applicable FROM item_scores \
             WHERE evaluation_id = $1 AND scored_by IN ($2, $3)",
        )
        .bind(evaluation)
        .bind(first)
        .bind(second)
        .fetch_all(&db.pool)
        .await?;
        let value = |item: &str, who: &str| {
            rows.iter()
                .find(|(k, by, _, _)| k == item && by == who)
                .and_then(|(_, _, v, na)| if *na != 0 { None } else { *v })
        };
        let mut keys: Vec<&String> = rows.iter().map(|r| &r.0).collect();
        keys.sort();
        keys.dedup();
        for key in keys {
            units
                .entry((script.clone(), key.clone()))
                .or_default()
                .push((value(key, first), value(key, second)));
        }
    }
    let mut items = Vec::new();
    for ((script_id, item_key), values) in units {
        let script = script_for(db, library, &script_id, &versions[&script_id]).await?;
        let Some((_, item)) = script.item(&item_key) else {
            continue;
        };
        let categories: Vec<i64> = (item.scale.min()..=item.scale.max()).collect();
        let both: Vec<(i64, i64)> = values
            .iter()
            .filter_map(|(a, b)| Some(((*a)?, (*b)?)))
            .collect();
        let ordinal_units: Vec<Vec<i64>> = values
            .iter()
            .map(|(a, b)| a.iter().chain(b.iter()).copied().collect())
            .collect();
        items.push(ItemAgreement {
            label: item.label.clone(),
            alpha_ordinal: Agreement {
                value: agreement::krippendorff_alpha_ordinal(&ordinal_units, &categories),
                n: both.len(),
            },
            kappa_quadratic: Agreement {
                value: agreement::weighted_kappa_quadratic(&both, &categories),
                n: both.len(),
            },
            script_id,
            item_key,
        });
    }
    let interval_units: Vec<Vec<f64>> = totals.iter().map(|(a, b)| vec![*a, *b]).collect();
    Ok(AgreementReport {
        double_graded: n,
        totals_icc: Agreement {
            value: agreement::icc_2_1(&totals),
            n,
        },
        totals_alpha_interval: Agreement {
            value: agreement::krippendorff_alpha_interval(&interval_units),
            n,
        },
        totals_within_10_points: within,
        items,
    })
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct GraderCalibration {
    pub grader_key: String,
    pub name: String,
    pub gradings: usize,
    pub median_seconds_per_task: Option<f64>,
    /// Mean of (this grader's total − the final total) over final calls; positive is lenient.
    pub leniency: Option<f64>,
    pub leniency_n: usize,
    pub adjudications: usize,
}

/// One submitted sheet with what calibration needs of it.
#[derive(sqlx::FromRow)]
struct SheetRow {
    grader_key: String,
    display_name: Option<String>,
    kind: String,
    total: f64,
    claimed_at: Option<i64>,
    submitted_at: i64,
    final_total: Option<f64>,
}

pub async fn calibration(db: &Db) -> AppResult<Vec<GraderCalibration>> {
    let rows: Vec<SheetRow> = sqlx::query_as(
        "SELECT g.grader_key, u.display_name, g.kind, g.total, g.claimed_at, g.submitted_at, e.final_total \
         FROM gradings g JOIN evaluations e ON e.id = g.evaluation_id LEFT JOIN users u ON u.id = g.grader_user_id \
         ORDER BY g.grader_key",
    )
    .fetch_all(&db.pool)
    .await?;
    let mut by_grader: BTreeMap<String, Vec<SheetRow>> = BTreeMap::new();
    for row in rows {
        by_grader
            .entry(row.grader_key.clone())
            .or_default()
            .push(row);
    }
    Ok(by_grader
        .into_iter()
        .map(|(key, rows)| {
            let times: Vec<f64> = rows
                .iter()
                .filter_map(|r| {
                    r.claimed_at
                        .map(|claimed| (r.submitted_at - claimed) as f64 / 1000.0)
                })
                .filter(|s| *s >= 0.0)
                .collect();
            let diffs: Vec<f64> = rows
                .iter()
                .filter_map(|r| r.final_total.map(|f| r.total - f))
                .collect();
            GraderCalibration {
                name: rows[0].display_name.clone().unwrap_or_else(|| key.clone()),
                gradings: rows.len(),
                median_seconds_per_task: median(&times),
                leniency: (!diffs.is_empty())
                    .then(|| diffs.iter().sum::<f64>() / diffs.len() as f64),
                leniency_n: diffs.len(),
                adjudications: rows.iter().filter(|r| r.kind == "adjudication").count(),
                grader_key: key,
            }
        })
        .collect())
}

/// Every sheet scored for a call, and its final score.
#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct GradingRow {
    pub kind: String,
    pub grader_key: String,
    pub total: f64,
    pub band: String,
    pub stage_scores: String,
    pub critical_failed: String,
    pub comment: Option<String>,
    pub submitted_at: i64,
}

pub async fn gradings_for_call(db: &Db, call_id: i64) -> AppResult<Vec<GradingRow>> {
    Ok(sqlx::query_as(
        "SELECT g.kind, g.grader_key, g.total, g.band, g.stage_scores, g.critical_failed, g.comment, g.submitted_at \
         FROM gradings g JOIN evaluations e ON e.id = g.evaluation_id WHERE e.call_id = $1 ORDER BY g.id",
    )
    .bind(call_id)
    .fetch_all(&db.pool)
    .await?)
}
