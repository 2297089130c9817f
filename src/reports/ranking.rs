//! Departments and centres ranked fairly, the staff under their campaign's
//! threshold, the spread of scores, and staff figures for a period. The
//! database sums each group's scores (count, sum, sum of squares), so a
//! year of a city's calls becomes a few numbers per department; the
//! shrinkage in [`super::stats`] does the rest.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::posterior;
use super::reach::{self, Grouping, Parts, TwoFigures};
use super::results::{self, Range, Scope, StaffInfo, SumsSource};
use super::scorecard;
use super::stats::{self, Fit, Moments, Summary};
use crate::db::Db;
use crate::error::AppResult;

#[derive(Clone, Debug, Serialize)]
pub struct RankLine {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub centre_name: String,
    pub n: usize,
    pub mean: f64,
    pub ci95: (f64, f64),
    pub shrunk: f64,
    /// By shrunk mean; a point estimate only, read it with `rank_interval`.
    pub rank: usize,
    /// 95% rank interval (1 = best): lines whose intervals overlap are not
    /// distinguishable.
    pub rank_interval: (usize, usize),
    /// The chance, under the model, of truly lying below the overall mean.
    pub p_below_mean: f64,
    /// Flagged for corrective training: the data show differences, and
    /// `p_below_mean` reaches the configured probability.
    pub flagged: bool,
    /// The former name of `flagged`, kept for existing readers of the API.
    pub bottom: bool,
    /// Reach (answer rate, rings) and courtesy over answered calls, apart.
    pub figures: TwoFigures,
}

#[derive(Clone, Debug, Serialize)]
pub struct StaffUnder {
    pub staff_id: i64,
    pub employee_no: String,
    pub name: String,
    pub department_name: String,
    pub n: i64,
    pub mean: f64,
    pub ci95: (f64, f64),
    pub threshold: f64,
    /// The chance, under the model, of truly lying below the threshold.
    pub p_below: f64,
}

#[derive(Clone, Debug, Serialize)]
pub struct Ranking {
    pub range: Range,
    pub overall: Option<Summary>,
    /// Reach and courtesy of the whole scope.
    pub overall_figures: TwoFigures,
    /// The policies for unanswered calls behind the combined scores
    /// ("zero", "exclude", "connection").
    pub policies: Vec<String>,
    pub departments: Vec<RankLine>,
    pub centres: Vec<RankLine>,
    /// The model behind each ranking, with its test for differences.
    pub departments_fit: Option<Fit>,
    pub centres_fit: Option<Fit>,
    /// The probability a flag or a listing needs (`results.flag_probability`).
    pub flag_probability: f64,
    pub under: Vec<StaffUnder>,
    /// Final totals by ten-point bins: ("0–9", n) … ("90–100", n).
    pub distribution: Vec<(String, i64)>,
}

/// Group, values, their weight, weighted sum and weighted sum of squares.
type MomentRow = (i64, i64, f64, f64, f64);

/// What a final evaluation adds to its group's combined-score moments:
/// each counts with the weight its campaign's policy for unanswered calls
/// gave it (see [`crate::campaigns::UnansweredPolicy`]).
pub(crate) const COUNTED: &str = "SUM(CASE WHEN e.counted_weight > 0 THEN 1 ELSE 0 END), SUM(e.counted_weight), \
     SUM(e.counted_weight * e.final_total), SUM(e.counted_weight * e.final_total * e.final_total)";

/// The same sums read from `evaluation_months`.
const MONTHS_COUNTED: &str =
    "CAST(SUM(e.n) AS BIGINT), SUM(e.weight), SUM(e.total), SUM(e.total_sq)";

impl RankLine {
    fn new(
        r: stats::Ranked,
        id: i64,
        code: &str,
        name: &str,
        centre_name: &str,
        flagged: bool,
    ) -> RankLine {
        RankLine {
            id,
            code: code.to_string(),
            name: name.to_string(),
            centre_name: centre_name.to_string(),
            n: r.n,
            mean: r.mean,
            ci95: r.ci95,
            shrunk: r.shrunk,
            rank: r.rank,
            rank_interval: r.rank_interval,
            p_below_mean: r.p_below_mean,
            flagged,
            bottom: flagged,
            figures: TwoFigures::default(),
        }
    }
}

/// Count, sum and sum of squares of final totals per value of `group`.
pub(crate) async fn moments(
    db: &Db,
    group: &str,
    scope: Scope,
    range: &Range,
) -> AppResult<Vec<MomentRow>> {
    let (condition, bind) = scope.condition();
    let source = SumsSource::of(range);
    let within = source.within();
    let sql = if source.months {
        format!(
            "SELECT {group}, {MONTHS_COUNTED} FROM evaluation_months e WHERE {within}{condition} \
             GROUP BY {group} HAVING SUM(e.n) > 0"
        )
    } else {
        format!(
            "SELECT {group}, {COUNTED} \
             FROM evaluations e WHERE e.state = 'final' AND e.counted_weight > 0 AND {within} \
             AND e.department_id IS NOT NULL{condition} GROUP BY {group}"
        )
    };
    let mut query = sqlx::query_as::<_, MomentRow>(sqlx::AssertSqlSafe(sql))
        .bind(source.from)
        .bind(source.to);
    if let Some(id) = bind {
        query = query.bind(id);
    }
    Ok(query.fetch_all(&db.pool).await?)
}

pub(crate) fn to_moments(rows: &[MomentRow]) -> Vec<Moments> {
    rows.iter()
        .map(|&(id, n, weight, sum, sum_sq)| Moments {
            key: id.to_string(),
            n: n.max(0) as usize,
            weight,
            sum,
            sum_sq,
        })
        .collect()
}

/// Departments (within `scope`) and centres ranked for `range`. One pass
/// over the evaluations gives each department's moments by ten-point bin;
/// a centre's moments are its departments' added up, and the spread of
/// scores is the bins added up.
pub async fn build(
    db: &Db,
    scope: Scope,
    range: &Range,
    flag_probability: f64,
) -> AppResult<Ranking> {
    let departments = results::departments(db).await?;
    let rows = department_bins(db, scope, range).await?;
    let mut by_department: BTreeMap<i64, Moments> = BTreeMap::new();
    let mut by_centre: BTreeMap<i64, Moments> = BTreeMap::new();
    let mut bins = [0i64; 10];
    let mut overall = Moments::empty(String::new());
    for row in &rows {
        for (all, own) in bins.iter_mut().zip(row.bins) {
            *all += own;
        }
        let department = row.department;
        let count = |m: &mut Moments| add(m, row.n, row.weight, row.sum, row.sum_sq);
        let centre = departments
            .iter()
            .find(|d| d.id == department)
            .map(|d| d.centre_id);
        count(
            by_department
                .entry(department)
                .or_insert_with(|| empty(department)),
        );
        if let Some(centre) = centre {
            count(by_centre.entry(centre).or_insert_with(|| empty(centre)));
        }
        count(&mut overall);
    }
    let department_moments: Vec<Moments> = by_department.into_values().collect();
    let assessed = stats::assess(&department_moments, None);
    let departments_fit = assessed.fit;
    let lines: Vec<RankLine> = assessed
        .ranked
        .into_iter()
        .filter_map(|r| {
            let d = departments.iter().find(|d| d.id.to_string() == r.key)?;
            let flagged = departments_fit
                .as_ref()
                .is_some_and(|fit| stats::flagged(fit, &r, flag_probability));
            Some(RankLine::new(
                r,
                d.id,
                &d.code,
                &d.name,
                &d.centre_name,
                flagged,
            ))
        })
        .collect();
    let centre_moments: Vec<Moments> = by_centre.into_values().collect();
    let assessed = stats::assess(&centre_moments, None);
    let centres_fit = assessed.fit;
    let centres = assessed
        .ranked
        .into_iter()
        .filter_map(|r| {
            let d = departments
                .iter()
                .find(|d| d.centre_id.to_string() == r.key)?;
            let flagged = centres_fit
                .as_ref()
                .is_some_and(|fit| stats::flagged(fit, &r, flag_probability));
            Some(RankLine::new(
                r,
                d.centre_id,
                &d.centre_code,
                &d.centre_name,
                &d.centre_name,
                flagged,
            ))
        })
        .collect();
    // Independent reads: on a pool they go out together.
    let (department_parts, policies, under) = tokio::try_join!(
        reach::parts(db, Grouping::Department, scope, range),
        reach::policies(db, scope, range),
        staff_under(db, scope, range, flag_probability),
    )?;
    let mut centre_parts: HashMap<String, Parts> = HashMap::new();
    let mut overall_parts = Parts::default();
    for (id, p) in &department_parts {
        if let Some(d) = departments.iter().find(|d| d.id.to_string() == *id) {
            centre_parts
                .entry(d.centre_id.to_string())
                .or_default()
                .add(p);
        }
        overall_parts.add(p);
    }
    let attach = |lines: &mut Vec<RankLine>, parts: &HashMap<String, Parts>| {
        for line in lines {
            if let Some(p) = parts.get(&line.id.to_string()) {
                line.figures = p.figures();
            }
        }
    };
    let mut lines = lines;
    let mut centres = centres;
    attach(&mut lines, &department_parts);
    attach(&mut centres, &centre_parts);

    let distribution = bins
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let low = i * 10;
            let label = if low == 90 {
                "90–100".to_string()
            } else {
                format!("{low}–{}", low + 9)
            };
            (label, *n)
        })
        .collect();

    Ok(Ranking {
        overall: overall.summary(),
        overall_figures: overall_parts.figures(),
        policies,
        departments: lines,
        centres,
        departments_fit,
        centres_fit,
        flag_probability,
        under,
        distribution,
        range: range.clone(),
    })
}

fn empty(id: i64) -> Moments {
    Moments::empty(id.to_string())
}

fn add(m: &mut Moments, n: i64, weight: f64, sum: f64, sum_sq: f64) {
    m.n += n.max(0) as usize;
    m.weight += weight;
    m.sum += sum;
    m.sum_sq += sum_sq;
}

/// A department's final evaluations counted in the combined score: their
/// count, weight, weighted sum and sum of squares, and how many fell in
/// each ten-point bin (0–9 … 90–100).
struct DepartmentSums {
    department: i64,
    n: i64,
    weight: f64,
    sum: f64,
    sum_sq: f64,
    bins: [i64; 10],
}

async fn department_bins(db: &Db, scope: Scope, range: &Range) -> AppResult<Vec<DepartmentSums>> {
    let (condition, bind) = scope.condition();
    let source = SumsSource::of(range);
    let within = source.within();
    let sql = if source.months {
        let bins: String = (0..10)
            .map(|b| format!(", CAST(SUM(e.bin{}) AS BIGINT)", b * 10))
            .collect();
        let table = SumsSource::months_table(scope, false);
        format!(
            "SELECT e.department_id, CAST(SUM(e.n) AS BIGINT), SUM(e.weight), SUM(e.total), SUM(e.total_sq){bins} \
             FROM {table} e WHERE {within}{condition} GROUP BY 1 HAVING SUM(e.n) > 0"
        )
    } else {
        let mut bin = String::from("CASE");
        for low in (10..=90).rev().step_by(10) {
            bin.push_str(&format!(" WHEN e.final_total >= {low} THEN {low}"));
        }
        bin.push_str(" ELSE 0 END");
        format!(
            "SELECT e.department_id, {bin} AS bin, {COUNTED} \
             FROM evaluations e WHERE e.state = 'final' AND e.counted_weight > 0 AND {within} \
             AND e.department_id IS NOT NULL{condition} GROUP BY 1, 2"
        )
    };
    let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(source.from.clone())
        .bind(source.to.clone());
    if let Some(id) = bind {
        query = query.bind(id);
    }
    use sqlx::Row;
    let mut out: BTreeMap<i64, DepartmentSums> = BTreeMap::new();
    for row in query.fetch_all(&db.pool).await? {
        let department: i64 = row.try_get(0)?;
        let sums = out.entry(department).or_insert(DepartmentSums {
            department,
            n: 0,
            weight: 0.0,
            sum: 0.0,
            sum_sq: 0.0,
            bins: [0; 10],
        });
        if source.months {
            sums.n = row.try_get(1)?;
            sums.weight = row.try_get(2)?;
            sums.sum = row.try_get(3)?;
            sums.sum_sq = row.try_get(4)?;
            for (b, count) in sums.bins.iter_mut().enumerate() {
                *count = row.try_get(5 + b)?;
            }
        } else {
            let bin: i64 = row.try_get(1)?;
            let n: i64 = row.try_get(2)?;
            sums.n += n;
            sums.weight += row.try_get::<f64, _>(3)?;
            sums.sum += row.try_get::<f64, _>(4)?;
            sums.sum_sq += row.try_get::<f64, _>(5)?;
            sums.bins[(bin / 10).clamp(0, 9) as usize] += n;
        }
    }
    Ok(out.into_values().collect())
}

/// Staff whose final totals put them under their campaigns' "good"
/// threshold with the evidence a flag needs (see [`stats::under_threshold`]):
/// each is judged by the model fitted to all staff of the scope.
async fn staff_under(
    db: &Db,
    scope: Scope,
    range: &Range,
    level: f64,
) -> AppResult<Vec<StaffUnder>> {
    let (condition, bind) = scope.condition();
    let source = SumsSource::of(range);
    let within = source.within();
    let sql = if source.months {
        format!(
            "SELECT e.staff_id, {MONTHS_COUNTED}, SUM(e.threshold_sum) / CAST(SUM(e.n) AS DOUBLE PRECISION) \
             FROM evaluation_months e WHERE {within}{condition} GROUP BY e.staff_id HAVING SUM(e.n) > 0"
        )
    } else {
        format!(
            "SELECT e.staff_id, {COUNTED}, AVG(COALESCE(c.band_good, 80.0)) \
             FROM evaluations e LEFT JOIN campaigns c ON c.id = e.campaign_id \
             WHERE e.state = 'final' AND e.counted_weight > 0 AND {within} AND e.staff_id IS NOT NULL{condition} \
             GROUP BY e.staff_id"
        )
    };
    let mut query = sqlx::query_as::<_, (i64, i64, f64, f64, f64, f64)>(sqlx::AssertSqlSafe(sql))
        .bind(source.from)
        .bind(source.to);
    if let Some(id) = bind {
        query = query.bind(id);
    }
    let rows = query.fetch_all(&db.pool).await?;
    let moments = to_moments(
        &rows
            .iter()
            .map(|&(id, n, weight, sum, sum_sq, _)| (id, n, weight, sum, sum_sq))
            .collect::<Vec<_>>(),
    );
    let thresholds: Vec<f64> = rows.iter().map(|r| r.5).collect();
    let threshold_of: HashMap<String, f64> = moments
        .iter()
        .map(|m| m.key.clone())
        .zip(thresholds.iter().copied())
        .collect();
    // Nobody is ranked here: the chances alone, without sorting a world.
    let listed: Vec<(i64, stats::Ranked, f64)> =
        stats::assess_for(&moments, Some(&thresholds), posterior::Wanted::Chances)
            .ranked
            .into_iter()
            .filter_map(|r| {
                let threshold = *threshold_of.get(&r.key)?;
                let id: i64 = r.key.parse().ok()?;
                stats::under_threshold(&r, threshold, level).then_some((id, r, threshold))
            })
            .collect();
    let ids: Vec<i64> = listed.iter().map(|l| l.0).collect();
    let staff = results::staff_names(db, &ids).await?;
    let mut under: Vec<StaffUnder> = listed
        .into_iter()
        .filter_map(|(id, r, threshold)| {
            let s = staff.get(&id)?;
            Some(StaffUnder {
                staff_id: id,
                employee_no: s.employee_no.clone(),
                name: s.name.clone(),
                department_name: s.department_name.clone(),
                n: r.n as i64,
                mean: r.mean,
                ci95: r.ci95,
                threshold,
                p_below: r.p_below_threshold.unwrap_or(0.0),
            })
        })
        .collect();
    under.sort_by(|a, b| {
        a.mean
            .total_cmp(&b.mean)
            .then(a.employee_no.cmp(&b.employee_no))
    });
    Ok(under)
}

/// Per staff member of the centre: mean satisfaction with their attitude
/// among citizens reached, and how many rated it.
pub(crate) async fn satisfaction_by_staff(
    db: &Db,
    centre_id: i64,
    range: &Range,
) -> AppResult<HashMap<i64, (Option<f64>, i64)>> {
    let (start, end) = scorecard::local_bounds(db, centre_id, range).await?;
    let rows: Vec<(i64, i64, f64)> = sqlx::query_as(
        "SELECT v.staff_id, COUNT(*), AVG(CAST(cb.satisfaction_staff AS DOUBLE PRECISION)) \
         FROM callbacks cb JOIN service_visits v ON v.id = cb.visit_id \
         WHERE cb.centre_id = $1 AND v.visited_at >= $2 AND v.visited_at < $3 AND cb.outcome = 'reached' \
         AND cb.satisfaction_staff IS NOT NULL AND v.staff_id IS NOT NULL GROUP BY v.staff_id",
    )
    .bind(centre_id)
    .bind(start)
    .bind(end)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, n, mean)| (id, (Some(mean), n)))
        .collect())
}

/// A staff member's line in a list of staff: their figures for the period.
#[derive(Clone, Debug, Serialize)]
pub struct StaffLine {
    pub staff: StaffInfo,
    pub n: usize,
    pub mean: f64,
    pub ci95: (f64, f64),
    pub shrunk: f64,
    pub rank: usize,
    /// 95% rank interval among the staff listed together (1 = best).
    pub rank_interval: (usize, usize),
    /// Evaluation calls that ended, and how many a person answered.
    pub calls: i64,
    pub answered: i64,
    /// Citizens called back who rated their attitude (1..5), and the mean.
    pub rated: i64,
    pub satisfaction: Option<f64>,
    /// Reach (answer rate, rings) and courtesy over answered calls, apart.
    pub figures: TwoFigures,
}

/// Every staff member of `scope` with final evaluations in `range`, ranked
/// by shrunk mean among themselves.
pub async fn staff_lines(db: &Db, scope: Scope, range: &Range) -> AppResult<Vec<StaffLine>> {
    let rows = moments(db, "e.staff_id", scope, range).await?;
    let ranked = stats::rank_moments(&to_moments(&rows));
    let ids: Vec<i64> = ranked.iter().filter_map(|r| r.key.parse().ok()).collect();
    let staff = results::staff_by_id(db, &ids).await?;
    let figures = reach::by_group(db, Grouping::Staff, scope, range).await?;
    let mut satisfaction: HashMap<i64, (Option<f64>, i64)> = HashMap::new();
    let centres: std::collections::BTreeSet<i64> = staff.values().map(|s| s.centre_id).collect();
    for centre in centres {
        satisfaction.extend(satisfaction_by_staff(db, centre, range).await?);
    }
    Ok(ranked
        .into_iter()
        .filter_map(|r| {
            let id: i64 = r.key.parse().ok()?;
            let figures = figures.get(&r.key).cloned().unwrap_or_default();
            let (mean_satisfaction, rated) = satisfaction.get(&id).copied().unwrap_or((None, 0));
            Some(StaffLine {
                staff: staff.get(&id)?.clone(),
                n: r.n,
                mean: r.mean,
                ci95: r.ci95,
                shrunk: r.shrunk,
                rank: r.rank,
                rank_interval: r.rank_interval,
                calls: figures.reach.calls,
                answered: figures.reach.answered,
                rated,
                satisfaction: mean_satisfaction,
                figures,
            })
        })
        .collect())
}
