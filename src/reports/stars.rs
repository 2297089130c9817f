//! The star staff of the month: per centre, the top staff by shrunk score
//! among those with enough final evaluations who stand out from the median
//! of their centre's staff with evidence (see [`stats::stands_out`]),
//! citizens' satisfaction with their attitude deciding equal scores, with
//! the reasons (their best items, citizens' words). Ties and thin data are
//! shown as such; a month where nobody stands out has no stars, and says so.

use serde::Serialize;

use super::ranking::{moments, satisfaction_by_staff, to_moments};
use super::reach::{self, Grouping, TwoFigures};
use super::results::{self, Range, Scope, StaffInfo};
use super::rubrics::{GradedScripts, Rubrics};
use super::scorecard;
use super::stats;
use crate::db::Db;
use crate::error::AppResult;
use crate::scripts::ScriptLibrary;

/// Shrunk scores closer than this are the same score.
const SAME_SCORE: f64 = 1e-6;

/// A staff member in the running for star of the month.
#[derive(Clone, Debug, Serialize)]
pub struct Candidate {
    pub staff: StaffInfo,
    pub n: usize,
    pub mean: f64,
    pub ci95: (f64, f64),
    pub shrunk: f64,
    /// 95% rank interval among the centre's staff with evaluations (1 = best).
    pub rank_interval: (usize, usize),
    /// The chance, under the model, of truly lying above the median of the centre's staff.
    pub p_above_median: f64,
    /// Mean rating (1..5) of their attitude by citizens called back, and how many rated.
    pub satisfaction: Option<f64>,
    pub rated: i64,
    /// Reach (answer rate, rings) and courtesy over answered calls, apart.
    pub figures: TwoFigures,
}

#[derive(Clone, Debug, Serialize)]
pub struct Star {
    pub place: usize,
    pub candidate: Candidate,
    /// Names of the others with exactly the same score and satisfaction.
    pub tied_with: Vec<String>,
    /// Their place over someone with the same score was decided by callback satisfaction.
    pub decided_by_satisfaction: bool,
    /// Their best items: label and score (0..100).
    pub best_items: Vec<(String, f64)>,
    /// What citizens called back said about them.
    pub words: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Stars {
    pub centre_id: i64,
    pub range: Range,
    pub min_evaluations: usize,
    pub per_centre: usize,
    /// The data show differences between the centre's staff at all.
    pub differences: bool,
    /// The probability of lying above the median a star needs.
    pub flag_probability: f64,
    pub stars: Vec<Star>,
    /// The policies for unanswered calls behind the scores.
    pub policies: Vec<String>,
    /// Considered but not yet rankable: fewer final evaluations than the minimum.
    pub below_minimum: Vec<Candidate>,
    /// Everyone with enough evaluations, in order, for the record; stars
    /// are those among them that stand out.
    pub ranked: Vec<Candidate>,
}

/// The star staff of `centre_id` for `range` (a month).
pub async fn stars(
    db: &Db,
    library: &ScriptLibrary,
    centre_id: i64,
    range: &Range,
    min_evaluations: usize,
    per_centre: usize,
    flag_probability: f64,
) -> AppResult<Stars> {
    let scope = Scope::Centre(centre_id);
    let rows = moments(db, "e.staff_id", scope, range).await?;
    let assessed = stats::assess(&to_moments(&rows), None);
    let differences = assessed.fit.as_ref().is_some_and(|f| f.differences);
    let standing_out: Vec<String> = assessed
        .fit
        .as_ref()
        .map(|fit| {
            assessed
                .ranked
                .iter()
                .filter(|r| stats::stands_out(fit, r, flag_probability))
                .map(|r| r.key.clone())
                .collect()
        })
        .unwrap_or_default();
    let ranked = assessed.ranked;
    let ids: Vec<i64> = ranked.iter().filter_map(|r| r.key.parse().ok()).collect();
    let staff = results::staff_by_id(db, &ids).await?;
    let satisfaction = satisfaction_by_staff(db, centre_id, range).await?;
    let figures = reach::by_group(db, Grouping::Staff, scope, range).await?;
    let mut candidates: Vec<Candidate> = ranked
        .into_iter()
        .filter_map(|r| {
            let id: i64 = r.key.parse().ok()?;
            let (satisfaction, rated) = satisfaction.get(&id).copied().unwrap_or((None, 0));
            Some(Candidate {
                staff: staff.get(&id)?.clone(),
                n: r.n,
                mean: r.mean,
                ci95: r.ci95,
                shrunk: r.shrunk,
                rank_interval: r.rank_interval,
                // Stars are ranked, so the chance is always there.
                p_above_median: r.p_above_median.unwrap_or(0.0),
                satisfaction,
                rated,
                figures: figures.get(&r.key).cloned().unwrap_or_default(),
            })
        })
        .collect();
    let (mut eligible, mut below): (Vec<Candidate>, Vec<Candidate>) =
        candidates.drain(..).partition(|c| c.n >= min_evaluations);
    eligible.sort_by(|a, b| {
        b.shrunk
            .total_cmp(&a.shrunk)
            .then_with(|| {
                b.satisfaction
                    .unwrap_or(0.0)
                    .total_cmp(&a.satisfaction.unwrap_or(0.0))
            })
            .then_with(|| a.staff.employee_no.cmp(&b.staff.employee_no))
    });
    below.sort_by(|a, b| b.n.cmp(&a.n).then(b.mean.total_cmp(&a.mean)));

    let same_score = |a: &Candidate, b: &Candidate| (a.shrunk - b.shrunk).abs() <= SAME_SCORE;
    let same_all =
        |a: &Candidate, b: &Candidate| same_score(a, b) && a.satisfaction == b.satisfaction;
    let stands_out = |c: &Candidate| standing_out.contains(&c.staff.id.to_string());
    let clear: Vec<&Candidate> = eligible.iter().filter(|c| stands_out(c)).collect();
    let mut stars = Vec::new();
    for (i, &c) in clear.iter().enumerate() {
        // Past the last place only for someone tied with it.
        if i >= per_centre
            && !stars
                .last()
                .is_some_and(|s: &Star| same_all(&s.candidate, c))
        {
            break;
        }
        let place = match stars.last() {
            Some(prev) if same_all(&prev.candidate, c) => prev.place,
            _ => i + 1,
        };
        let tied_with = clear
            .iter()
            .filter(|o| o.staff.id != c.staff.id && same_all(o, c))
            .map(|o| o.staff.name.clone())
            .collect();
        let decided_by_satisfaction = clear.iter().any(|o| {
            o.staff.id != c.staff.id && same_score(o, c) && o.satisfaction != c.satisfaction
        });
        let (best_items, words) = reasons(db, library, c, range).await?;
        stars.push(Star {
            place,
            candidate: c.clone(),
            tied_with,
            decided_by_satisfaction,
            best_items,
            words,
        });
    }
    Ok(Stars {
        policies: reach::policies(db, scope, range).await?,
        centre_id,
        range: range.clone(),
        min_evaluations,
        per_centre,
        differences,
        flag_probability,
        stars,
        below_minimum: below,
        ranked: eligible,
    })
}

/// A star's best items and citizens' kind words.
async fn reasons(
    db: &Db,
    library: &ScriptLibrary,
    c: &Candidate,
    range: &Range,
) -> AppResult<(Vec<(String, f64)>, Vec<String>)> {
    let finals = results::finals(db, Scope::Staff(c.staff.id), range).await?;
    let graded = GradedScripts::load(db, library, &finals).await?;
    let rubrics = Rubrics::new(library, &graded, &finals);
    let mut items = scorecard::item_figures(&rubrics, &finals);
    items.retain(|i| !i.measured && !i.short);
    items.sort_by(|a, b| b.score.total_cmp(&a.score).then(b.n.cmp(&a.n)));
    let best = items
        .into_iter()
        .take(3)
        .map(|i| (i.label, i.score))
        .collect();
    let (start, end) = scorecard::local_bounds(db, c.staff.centre_id, range).await?;
    let words: Vec<String> = sqlx::query_scalar(
        "SELECT cb.comments FROM callbacks cb JOIN service_visits v ON v.id = cb.visit_id \
         WHERE v.staff_id = $1 AND v.visited_at >= $2 AND v.visited_at < $3 AND cb.outcome = 'reached' \
         AND cb.satisfaction_staff >= 4 AND cb.comments IS NOT NULL AND cb.comments <> '' \
         ORDER BY cb.satisfaction_staff DESC, v.visited_at DESC LIMIT 3",
    )
    .bind(c.staff.id)
    .bind(start)
    .bind(end)
    .fetch_all(&db.pool)
    .await?;
    Ok((best, words))
}
