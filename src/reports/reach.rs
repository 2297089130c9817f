//! Reachability apart from courtesy. Whether a line is answered at all and
//! how a person behaves once reached are different things, with different
//! remedies (staffing and call routing, or training), so every result
//! shows them apart, each with its interval:
//!
//! - **reach**: the share of evaluation calls a person answered (a Wilson
//!   95% interval), and the median rings before the answer with a
//!   distribution-free 95% interval from the order statistics;
//! - **courtesy**: the mean total over the answered calls only (t interval).
//!
//! Calls that failed on the service's own side (the carrier refused or the
//! call was canceled) count in neither: nobody's line was tried. Voided
//! evaluations (the person was away) count nowhere.
//!
//! The combined score the rankings use depends on each campaign's policy for
//! unanswered calls ([`crate::campaigns::UnansweredPolicy`]); [`policies`]
//! names the ones behind a period's figures.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::results::{Range, Scope, SumsSource};
use super::stats::{Moments, Summary};
use crate::campaigns::UnansweredPolicy;
use crate::db::Db;
use crate::error::AppResult;
use crate::stats::{median_with_interval, wilson};

/// How reliably a line is answered.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Reach {
    /// Evaluation calls that reached the line (whatever became of them).
    pub calls: i64,
    /// Of them, answered by a person.
    pub answered: i64,
    /// `answered / calls` and its Wilson 95% interval, on 0..1.
    pub rate: Option<f64>,
    pub rate_ci: Option<(f64, f64)>,
    /// Median rings before a person answered, and its 95% interval.
    pub median_rings: Option<f64>,
    pub rings_ci: Option<(f64, f64)>,
}

/// The two figures of one group: reach, and courtesy once reached.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct TwoFigures {
    pub reach: Reach,
    /// Final totals of the answered calls.
    pub courtesy: Option<Summary>,
}

/// What a group is: the key a figure is filed under.
#[derive(Clone, Copy, Debug)]
pub enum Grouping {
    All,
    Department,
    Centre,
    Staff,
    /// "2026-10"
    Month,
}

/// Rings are counted up to this many; more count as this many (a line that
/// rings ten times has not been answered promptly, however many more).
pub const MAX_RINGS: i64 = 10;

impl Grouping {
    /// The same key over `evaluation_months`.
    fn months_key(self) -> &'static str {
        match self {
            Grouping::Month => "e.month",
            other => other.key(),
        }
    }

    fn key(self) -> &'static str {
        match self {
            Grouping::All => "'all'",
            Grouping::Department => "CAST(e.department_id AS TEXT)",
            Grouping::Centre => "CAST(d.centre_id AS TEXT)",
            Grouping::Staff => "CAST(e.staff_id AS TEXT)",
            Grouping::Month => "substr(e.local_date, 1, 7)",
        }
    }
}

/// What the two figures are made from, so that groups can be added up
/// (departments into centres, centres into the whole).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parts {
    pub calls: i64,
    pub answered: i64,
    /// Answered calls by rings before the answer.
    pub rings: BTreeMap<i64, i64>,
    /// Final totals of answered calls: count, sum, sum of squares.
    pub courtesy_n: i64,
    pub courtesy_sum: f64,
    pub courtesy_sum_sq: f64,
}

impl Parts {
    pub fn add(&mut self, other: &Parts) {
        self.calls += other.calls;
        self.answered += other.answered;
        for (ring, count) in &other.rings {
            *self.rings.entry(*ring).or_default() += count;
        }
        self.courtesy_n += other.courtesy_n;
        self.courtesy_sum += other.courtesy_sum;
        self.courtesy_sum_sq += other.courtesy_sum_sq;
    }

    pub fn figures(&self) -> TwoFigures {
        let median = median_with_interval(&self.rings);
        let n = self.courtesy_n.max(0);
        TwoFigures {
            reach: Reach {
                calls: self.calls,
                answered: self.answered,
                rate: (self.calls > 0).then(|| self.answered as f64 / self.calls as f64),
                rate_ci: wilson(self.answered, self.calls),
                median_rings: median.map(|m| m.0),
                rings_ci: median.map(|m| m.1),
            },
            courtesy: Moments {
                key: String::new(),
                n: n as usize,
                weight: n as f64,
                sum: self.courtesy_sum,
                sum_sq: self.courtesy_sum_sq,
            }
            .summary(),
        }
    }
}

/// The parts of both figures for every group of `scope` in `range`, keyed
/// as [`Grouping`] says (ids as text, months as "2026-10").
pub async fn parts(
    db: &Db,
    grouping: Grouping,
    scope: Scope,
    range: &Range,
) -> AppResult<HashMap<String, Parts>> {
    let (condition, bind) = scope.condition();
    let source = SumsSource::of(range);
    let within = source.within();
    let bound = |sql: String| {
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(source.from.clone())
            .bind(source.to.clone());
        if let Some(id) = bind {
            q = q.bind(id);
        }
        q
    };
    use sqlx::Row;
    let mut out: HashMap<String, Parts> = HashMap::new();
    if source.months {
        // One row per group from the per-month sums (see `evaluation_months`).
        let key = grouping.months_key();
        let table = SumsSource::months_table(scope, matches!(grouping, Grouping::Staff));
        let rings: String = (1..=MAX_RINGS)
            .map(|r| format!(", CAST(SUM(e.ring{r}) AS BIGINT)"))
            .collect();
        let sql = format!(
            "SELECT {key}, CAST(SUM(e.calls) AS BIGINT), CAST(SUM(e.answered) AS BIGINT), \
             CAST(SUM(e.courtesy_n) AS BIGINT), SUM(e.courtesy_total), SUM(e.courtesy_total_sq){rings} \
             FROM {table} e LEFT JOIN departments d ON d.id = e.department_id \
             WHERE {within}{condition} GROUP BY 1"
        );
        for row in bound(sql).fetch_all(&db.pool).await? {
            let group: String = row.try_get(0)?;
            let parts = out.entry(group).or_default();
            parts.calls = row.try_get(1)?;
            parts.answered = row.try_get(2)?;
            parts.courtesy_n = row.try_get(3)?;
            parts.courtesy_sum = row.try_get(4)?;
            parts.courtesy_sum_sq = row.try_get(5)?;
            for r in 1..=MAX_RINGS {
                let count: i64 = row.try_get(5 + r as usize)?;
                if count > 0 {
                    parts.rings.insert(r, count);
                }
            }
        }
        out.retain(|_, p| p.calls > 0 || p.courtesy_n > 0);
        return Ok(out);
    }
    let key = grouping.key();
    let from = "FROM evaluations e LEFT JOIN departments d ON d.id = e.department_id";
    let within = format!("e.state <> 'void' AND {within}{condition}");
    let answered_sql = format!(
        "SELECT {key}, COUNT(*), SUM(CASE WHEN e.connection = 'person' THEN 1 ELSE 0 END) {from} \
         WHERE {within} AND e.connection IS NOT NULL AND e.connection NOT IN ('failed', 'canceled') \
         GROUP BY 1"
    );
    let rings_sql = format!(
        "SELECT {key}, c.ring_count, COUNT(*) {from} JOIN calls c ON c.id = e.call_id \
         WHERE {within} AND e.connection = 'person' AND c.ring_count >= 1 GROUP BY 1, 2"
    );
    let courtesy_sql = format!(
        "SELECT {key}, COUNT(*), SUM(e.final_total), SUM(e.final_total * e.final_total) {from} \
         WHERE {within} AND e.state = 'final' AND e.connection = 'person' GROUP BY 1"
    );
    for row in bound(answered_sql).fetch_all(&db.pool).await? {
        let group: String = row.try_get(0)?;
        let parts = out.entry(group).or_default();
        parts.calls = row.try_get(1)?;
        parts.answered = row.try_get(2)?;
    }
    for row in bound(rings_sql).fetch_all(&db.pool).await? {
        let (group, ring, count): (String, i64, i64) =
            (row.try_get(0)?, row.try_get(1)?, row.try_get(2)?);
        *out.entry(group)
            .or_default()
            .rings
            .entry(ring.min(MAX_RINGS))
            .or_default() += count;
    }
    for row in bound(courtesy_sql).fetch_all(&db.pool).await? {
        let group: String = row.try_get(0)?;
        let parts = out.entry(group).or_default();
        parts.courtesy_n = row.try_get(1)?;
        parts.courtesy_sum = row.try_get(2)?;
        parts.courtesy_sum_sq = row.try_get(3)?;
    }
    Ok(out)
}

/// Both figures for every group of `scope` in `range`.
pub async fn by_group(
    db: &Db,
    grouping: Grouping,
    scope: Scope,
    range: &Range,
) -> AppResult<HashMap<String, TwoFigures>> {
    Ok(parts(db, grouping, scope, range)
        .await?
        .into_iter()
        .map(|(k, p)| (k, p.figures()))
        .collect())
}

/// The figures of the whole scope.
pub async fn overall(db: &Db, scope: Scope, range: &Range) -> AppResult<TwoFigures> {
    Ok(by_group(db, Grouping::All, scope, range)
        .await?
        .remove("all")
        .unwrap_or_default())
}

/// The policies for unanswered calls behind the combined scores of `scope`
/// in `range`, as stored ("zero", "exclude", "connection"), sorted.
pub async fn policies(db: &Db, scope: Scope, range: &Range) -> AppResult<Vec<String>> {
    let (condition, bind) = scope.condition();
    let source = SumsSource::of(range);
    let within = source.within();
    let sql = if source.months {
        let counts: Vec<String> = UnansweredPolicy::ALL
            .iter()
            .map(|p| format!("CAST(SUM(e.policy_{}) AS BIGINT)", p.as_str()))
            .collect();
        format!(
            "SELECT {} FROM {} e WHERE {within}{condition}",
            counts.join(", "),
            SumsSource::months_table(scope, false)
        )
    } else {
        let counts: Vec<String> = UnansweredPolicy::ALL
            .iter()
            .map(|p| {
                format!(
                    "SUM(CASE WHEN e.unanswered_policy = '{}' THEN 1 ELSE 0 END)",
                    p.as_str()
                )
            })
            .collect();
        format!(
            "SELECT {} FROM evaluations e WHERE e.state = 'final' AND {within}{condition}",
            counts.join(", ")
        )
    };
    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(source.from)
        .bind(source.to);
    if let Some(id) = bind {
        q = q.bind(id);
    }
    use sqlx::Row;
    let row = q.fetch_one(&db.pool).await?;
    let mut out = Vec::new();
    for (i, policy) in UnansweredPolicy::ALL.iter().enumerate() {
        // NULL when the period holds nothing at all.
        let count: Option<i64> = row.try_get(i)?;
        if count.unwrap_or(0) > 0 {
            out.push(policy.as_str().to_string());
        }
    }
    out.sort();
    Ok(out)
}
