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

/// The Wilson score 95% interval for `k` successes in `n` trials.
pub fn wilson(k: i64, n: i64) -> Option<(f64, f64)> {
    if n <= 0 {
        return None;
    }
    let (k, n) = (k as f64, n as f64);
    let z: f64 = 1.959_963_984_540_054;
    let p = k / n;
    let centre = (p + z * z / (2.0 * n)) / (1.0 + z * z / n);
    let half = z / (1.0 + z * z / n) * (p * (1.0 - p) / n + z * z / (4.0 * n * n)).sqrt();
    // At 0 or n successes one end is exactly 0 or 1; rounding must not move it.
    let low = if k == 0.0 {
        0.0
    } else {
        (centre - half).max(0.0)
    };
    let high = if k == n {
        1.0
    } else {
        (centre + half).min(1.0)
    };
    Some((low, high))
}

/// The median of values given as counts per value, and a 95% interval for
/// it from the order statistics: the values ranked j and n + 1 − j, with j
/// the largest rank such that the true median lies between them with
/// probability at least 95% whatever the distribution (the binomial(n, ½)
/// argument, computed exactly). Five values or fewer give the range from
/// the least to the greatest, which covers it with probability
/// 1 − 2^(1−n).
pub fn median_with_interval(counts: &BTreeMap<i64, i64>) -> Option<(f64, (f64, f64))> {
    let n: i64 = counts.values().sum();
    if n <= 0 {
        return None;
    }
    // The value ranked `r` (1-based).
    let ranked = |r: i64| -> f64 {
        let mut seen = 0;
        for (&value, &count) in counts {
            seen += count;
            if seen >= r {
                return value as f64;
            }
        }
        counts.keys().next_back().copied().unwrap_or(0) as f64
    };
    let median = if n % 2 == 1 {
        ranked(n / 2 + 1)
    } else {
        (ranked(n / 2) + ranked(n / 2 + 1)) / 2.0
    };
    let j = order_statistic_rank(n);
    Some((median, (ranked(j), ranked(n + 1 - j))))
}

/// The largest j ≥ 1 with 2·P(X ≤ j − 1) ≤ 0.05 for X ~ binomial(n, ½).
fn order_statistic_rank(n: i64) -> i64 {
    // ln C(n, k) − n ln 2, summed in log space so that large n cannot underflow.
    let ln_half_n = -(n as f64) * std::f64::consts::LN_2;
    let (mut ln_choose, mut tail, mut j) = (0.0f64, 0.0f64, 1);
    for k in 0..n {
        tail += (ln_choose + ln_half_n).exp();
        if 2.0 * tail > 0.05 {
            break;
        }
        j = k + 1;
        ln_choose += ((n - k) as f64).ln() - ((k + 1) as f64).ln();
    }
    j.min((n + 1) / 2).max(1)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 5e-4
    }

    #[test]
    fn the_wilson_interval_matches_the_textbook_values() {
        // 15 of 20: 0.531–0.888 (Newcombe 1998, method 3).
        let (low, high) = wilson(15, 20).unwrap();
        assert!(close(low, 0.5313) && close(high, 0.8881), "{low} {high}");
        // All answered still leaves room below: 10 of 10 gives 0.722–1.
        let (low, high) = wilson(10, 10).unwrap();
        assert!(close(low, 0.7225) && high == 1.0, "{low} {high}");
        assert_eq!(wilson(0, 0), None);
    }

    #[test]
    fn the_median_of_rings_comes_with_an_order_statistic_interval() {
        // 1,1,2,2,2,3,3,4,6,7 (n = 10): median 2.5; ranks 2 and 9 (2·P(X ≤ 1)
        // = 0.021 for X ~ binomial(10, ½); rank 3 would give 0.109) → 1 and 6.
        let counts = BTreeMap::from([(1, 2), (2, 3), (3, 2), (4, 1), (6, 1), (7, 1)]);
        let (median, ci) = median_with_interval(&counts).unwrap();
        assert_eq!(median, 2.5);
        assert_eq!(ci, (1.0, 6.0));
        // Many calls narrow it to the middle.
        let counts = BTreeMap::from([(1, 300), (2, 400), (3, 250), (5, 50)]);
        let (median, ci) = median_with_interval(&counts).unwrap();
        assert_eq!((median, ci), (2.0, (2.0, 2.0)));
        assert_eq!(median_with_interval(&BTreeMap::new()), None);
        // The ranks of the textbook table: n = 6 → 1 (coverage 96.9%),
        // n = 20 → 6, n = 100 → 40.
        assert_eq!(order_statistic_rank(5), 1);
        assert_eq!(order_statistic_rank(6), 1);
        assert_eq!(order_statistic_rank(20), 6);
        assert_eq!(order_statistic_rank(100), 40);
    }
}
