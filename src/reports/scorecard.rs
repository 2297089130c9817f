//! One staff member's results for a period: how their line was answered,
//! their final scores by stage and item against the campaign's band, the
//! trend by month, what graders wrote, what citizens called back said about
//! them, and every evaluation with its recording.

use std::collections::HashMap;

use chrono::{Datelike, Months, NaiveDate, TimeZone};
use serde::Serialize;

use super::reach::{self, Grouping, TwoFigures};
use super::results::{self, Final, Range, Scope, StaffInfo};
use super::rubrics::{GradedScripts, Rubrics};
use super::stats::{self, Moments, Summary};
use crate::db::Db;
use crate::error::AppResult;
use crate::reports::disputes;
use crate::scripts::ScriptLibrary;
use crate::stats::{mean, median};

/// Months of trend a scorecard shows, ending with the period's last month.
pub const TREND_MONTHS: u32 = 12;

#[derive(Clone, Debug, Default, Serialize)]
pub struct CallFigures {
    /// Evaluation calls placed to the line that ended (whatever became of them).
    pub placed: i64,
    pub answered_by_person: i64,
    pub answered_share: Option<f64>,
    /// Seconds from the first ring to the answer, over the calls answered.
    pub median_latency_s: Option<f64>,
    /// Answered calls by rings before the answer: "1", "2", "3", "4", "5+".
    pub rings: Vec<(String, i64)>,
    /// The calls not answered by a person, by what happened.
    pub not_answered: Vec<(String, i64)>,
}

#[derive(Clone, Debug, Serialize)]
pub struct StageFigure {
    pub key: String,
    pub title: String,
    pub summary: Option<Summary>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ItemFigure {
    pub key: String,
    pub label: String,
    pub topic: Option<String>,
    pub measured: bool,
    /// Evaluations where the item applied.
    pub n: usize,
    /// Mean share of the item's points earned, on 0..100.
    pub score: f64,
    /// The campaigns' "good" threshold over those evaluations.
    pub threshold: f64,
    pub short: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct MonthPoint {
    pub month: String,
    pub n: usize,
    /// The combined score's mean (under the policies of the month's calls).
    pub mean: Option<f64>,
    /// Reach and courtesy in the month, apart.
    pub figures: TwoFigures,
}

#[derive(Clone, Debug, Serialize)]
pub struct Comment {
    pub evaluation_id: i64,
    pub date: String,
    /// The item commented on; none for a comment on the whole call.
    pub item: Option<String>,
    pub text: String,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct CallbackFigures {
    /// Citizens reached whom this staff member had served.
    pub reached: i64,
    /// Of them, how many rated the staff member's attitude (1..5), and the mean.
    pub rated: i64,
    pub satisfaction_staff: Option<f64>,
    pub comments: Vec<CitizenWords>,
}

#[derive(Clone, Debug, Serialize, sqlx::FromRow)]
pub struct CitizenWords {
    pub callback_id: i64,
    pub service: String,
    pub satisfaction_staff: Option<i64>,
    pub text: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct EvaluationLine {
    pub evaluation_id: i64,
    pub call_id: i64,
    pub date: String,
    pub script_id: String,
    pub connection: Option<String>,
    pub rings: Option<i64>,
    pub total: f64,
    pub band: String,
    pub source: String,
    pub version: i64,
    pub locked: bool,
    pub finalized_at: Option<i64>,
    pub dispute: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Scorecard {
    pub staff: StaffInfo,
    pub range: Range,
    pub calls: CallFigures,
    /// The combined score: final totals weighed as each campaign's policy
    /// for unanswered calls says.
    pub total: Option<Summary>,
    /// Reach and courtesy over answered calls, apart.
    pub figures: TwoFigures,
    /// The policies behind `total`.
    pub policies: Vec<String>,
    /// The campaigns' "good" threshold over the period's evaluations.
    pub threshold: Option<f64>,
    pub stages: Vec<StageFigure>,
    pub items: Vec<ItemFigure>,
    pub trend: Vec<MonthPoint>,
    pub comments: Vec<Comment>,
    pub callbacks: CallbackFigures,
    pub evaluations: Vec<EvaluationLine>,
    /// Evaluations voided because the call was made on a day the person was
    /// away: shown, counted nowhere.
    pub voided: Vec<VoidedLine>,
}

#[derive(Clone, Debug, Serialize, sqlx::FromRow)]
pub struct VoidedLine {
    pub evaluation_id: i64,
    pub call_id: i64,
    pub date: String,
    /// As stored (`absence:<kind>:<first>:<last>`).
    pub reason: String,
    /// The absence's kind and days, read from the reason.
    #[sqlx(skip)]
    pub absence: Option<(String, String, String)>,
}

/// The person's voided evaluations in the period.
async fn voided(db: &Db, staff_id: i64, range: &Range) -> AppResult<Vec<VoidedLine>> {
    let rows: Vec<VoidedLine> = sqlx::query_as(
        "SELECT e.id AS evaluation_id, e.call_id, COALESCE(c.local_date, '') AS date, \
         COALESCE(e.void_reason, '') AS reason FROM evaluations e JOIN calls c ON c.id = e.call_id \
         WHERE e.staff_id = $1 AND e.state = 'void' AND c.local_date >= $2 AND c.local_date <= $3 \
         ORDER BY c.local_date DESC, e.id DESC",
    )
    .bind(staff_id)
    .bind(range.from.to_string())
    .bind(range.to.to_string())
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|mut v| {
            v.absence = crate::roster::absences::parse_void_reason(&v.reason);
            v
        })
        .collect())
}

pub async fn build(
    db: &Db,
    library: &ScriptLibrary,
    staff_id: i64,
    range: &Range,
) -> AppResult<Scorecard> {
    let staff = results::staff_info(db, staff_id).await?;
    let trend_from = trend_start(range);
    let wide = Range::custom(trend_from, range.to)?;
    let all = results::finals(db, Scope::Staff(staff_id), &wide).await?;
    let (from, to) = (range.from.to_string(), range.to.to_string());
    let finals: Vec<Final> = all
        .iter()
        .filter(|f| f.local_date >= from && f.local_date <= to)
        .cloned()
        .collect();
    let graded = GradedScripts::load(db, library, &finals).await?;
    let rubrics = Rubrics::new(library, &graded, &finals);

    let combined = |finals: &mut dyn Iterator<Item = &Final>| {
        let mut m = Moments::empty(String::new());
        for f in finals.filter(|f| f.weight > 0.0) {
            m.n += 1;
            m.weight += f.weight;
            m.sum += f.weight * f.total;
            m.sum_sq += f.weight * f.total * f.total;
        }
        m.summary()
    };
    let stages = rubrics
        .stages
        .iter()
        .filter_map(|(key, title)| {
            let scores: Vec<f64> = finals
                .iter()
                .filter_map(|f| f.stages.iter().find(|s| s.stage_key == *key)?.score)
                .collect();
            (!scores.is_empty()).then(|| StageFigure {
                key: key.clone(),
                title: title.clone(),
                summary: stats::summarize(&scores),
            })
        })
        .collect();

    let by_month = reach::by_group(db, Grouping::Month, Scope::Staff(staff_id), &wide).await?;
    let trend = wide
        .months()
        .into_iter()
        .map(|month| {
            let summary = combined(&mut all.iter().filter(|f| f.local_date.starts_with(&month)));
            MonthPoint {
                n: summary.as_ref().map_or(0, |s| s.n),
                mean: summary.map(|s| s.mean),
                figures: by_month.get(&month).cloned().unwrap_or_default(),
                month,
            }
        })
        .collect();

    let calls = call_figures(db, staff_id, range).await?;
    let rings: HashMap<i64, Option<i64>> = call_rings(db, &finals).await?;
    let disputes = disputes::latest_states(db, finals.iter().map(|f| f.evaluation_id)).await?;
    let evaluations = finals
        .iter()
        .rev()
        .map(|f| EvaluationLine {
            evaluation_id: f.evaluation_id,
            call_id: f.call_id,
            date: f.local_date.clone(),
            script_id: f.script_id.clone(),
            connection: f.connection.clone(),
            rings: rings.get(&f.call_id).copied().flatten(),
            total: f.total,
            band: f.band.clone(),
            source: f.source.clone(),
            version: f.version,
            locked: f.locked,
            finalized_at: f.finalized_at,
            dispute: disputes.get(&f.evaluation_id).cloned(),
        })
        .collect();

    Ok(Scorecard {
        total: combined(&mut finals.iter()),
        figures: reach::overall(db, Scope::Staff(staff_id), range).await?,
        policies: reach::policies(db, Scope::Staff(staff_id), range).await?,
        threshold: mean(finals.iter().map(|f| f.band_good)),
        stages,
        items: item_figures(&rubrics, &finals),
        trend,
        comments: comments(db, &finals, &rubrics).await?,
        callbacks: callback_figures(db, &staff, range).await?,
        calls,
        evaluations,
        voided: voided(db, staff_id, range).await?,
        range: range.clone(),
        staff,
    })
}

/// The first day the trend shows: twelve months back from the period's
/// end, or the period's own start when it is longer.
fn trend_start(range: &Range) -> NaiveDate {
    let floor = (range.to - Months::new(TREND_MONTHS - 1)).min(range.from);
    floor.with_day(1).unwrap_or(floor)
}

/// Each item's mean share against the threshold of the evaluations it applied in.
pub fn item_figures(rubrics: &Rubrics, finals: &[Final]) -> Vec<ItemFigure> {
    rubrics
        .items
        .iter()
        .filter_map(|info| {
            let scored: Vec<(f64, f64)> = finals
                .iter()
                .filter_map(|f| Some((f.items.get(&info.key).copied().flatten()?, f.band_good)))
                .collect();
            if scored.is_empty() {
                return None;
            }
            let score = 100.0 * mean(scored.iter().map(|(s, _)| *s))?;
            let threshold = mean(scored.iter().map(|(_, t)| *t))?;
            Some(ItemFigure {
                key: info.key.clone(),
                label: info.label.clone(),
                topic: info.topic.clone(),
                measured: info.measured,
                n: scored.len(),
                score,
                threshold,
                short: score < threshold,
            })
        })
        .collect()
}

async fn call_figures(db: &Db, staff_id: i64, range: &Range) -> AppResult<CallFigures> {
    let rows: Vec<(Option<String>, Option<i64>, Option<i64>)> = sqlx::query_as(
        "SELECT connection, ring_count, answer_latency_ms FROM calls \
         WHERE purpose = 'evaluation' AND state = 'ended' AND staff_id = $1 \
         AND local_date >= $2 AND local_date <= $3",
    )
    .bind(staff_id)
    .bind(range.from.to_string())
    .bind(range.to.to_string())
    .fetch_all(&db.pool)
    .await?;
    let mut figures = CallFigures {
        placed: rows.len() as i64,
        rings: ["1", "2", "3", "4", "5+"]
            .iter()
            .map(|l| (l.to_string(), 0))
            .collect(),
        ..CallFigures::default()
    };
    let mut latencies = Vec::new();
    let mut not_answered: Vec<(String, i64)> = Vec::new();
    for (connection, rings, latency) in rows {
        match connection.as_deref() {
            Some("person") => {
                figures.answered_by_person += 1;
                if let Some(latency) = latency {
                    latencies.push(latency as f64 / 1000.0);
                }
                if let Some(rings) = rings {
                    let bin = (rings.clamp(1, 5) - 1) as usize;
                    figures.rings[bin].1 += 1;
                }
            }
            other => {
                let what = other.unwrap_or("unknown").to_string();
                match not_answered.iter_mut().find(|(w, _)| *w == what) {
                    Some((_, n)) => *n += 1,
                    None => not_answered.push((what, 1)),
                }
            }
        }
    }
    not_answered.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    figures.not_answered = not_answered;
    figures.answered_share =
        (figures.placed > 0).then(|| figures.answered_by_person as f64 / figures.placed as f64);
    figures.median_latency_s = median(&latencies);
    Ok(figures)
}

async fn call_rings(db: &Db, finals: &[Final]) -> AppResult<HashMap<i64, Option<i64>>> {
    let mut out = HashMap::new();
    for chunk in finals.chunks(500) {
        let list = chunk
            .iter()
            .map(|f| f.call_id.to_string())
            .collect::<Vec<_>>()
            .join(",");
        let rows: Vec<(i64, Option<i64>)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT id, ring_count FROM calls WHERE id IN ({list})"
        )))
        .fetch_all(&db.pool)
        .await?;
        out.extend(rows);
    }
    Ok(out)
}

/// What the graders whose sheets count wrote, on items and on whole calls.
async fn comments(db: &Db, finals: &[Final], rubrics: &Rubrics) -> AppResult<Vec<Comment>> {
    let dates: HashMap<i64, &str> = finals
        .iter()
        .map(|f| (f.evaluation_id, f.local_date.as_str()))
        .collect();
    let mut out = Vec::new();
    for chunk in finals.chunks(500) {
        let list = chunk
            .iter()
            .map(|f| f.evaluation_id.to_string())
            .collect::<Vec<_>>()
            .join(",");
        let rows: Vec<(i64, Option<String>, String)> =
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT evaluation_id, NULL AS item_key, comment FROM gradings \
             WHERE evaluation_id IN ({list}) AND comment IS NOT NULL AND comment <> '' \
             UNION ALL SELECT evaluation_id, item_key, comment FROM item_scores \
             WHERE evaluation_id IN ({list}) AND comment IS NOT NULL AND comment <> '' \
             ORDER BY 1"
            )))
            .fetch_all(&db.pool)
            .await?;
        out.extend(rows.into_iter().map(|(id, item, text)| Comment {
            evaluation_id: id,
            date: dates.get(&id).copied().unwrap_or_default().to_string(),
            item: item.map(|k| rubrics.label(&k)),
            text,
        }));
    }
    out.sort_by(|a, b| {
        b.date
            .cmp(&a.date)
            .then(a.evaluation_id.cmp(&b.evaluation_id))
    });
    Ok(out)
}

/// The day's bounds in the centre's time zone, as UTC milliseconds.
pub(crate) async fn local_bounds(db: &Db, centre_id: i64, range: &Range) -> AppResult<(i64, i64)> {
    let tz = crate::roster::get_centre(db, centre_id)
        .await?
        .time_zone
        .tz();
    let at = |day: NaiveDate| {
        tz.from_local_datetime(&day.and_hms_opt(0, 0, 0).unwrap_or_default())
            .earliest()
            .map_or(0, |t| t.timestamp_millis())
    };
    Ok((at(range.from), at(range.to + chrono::Duration::days(1))))
}

/// Callbacks to citizens this staff member served in the period, and what they said.
async fn callback_figures(db: &Db, staff: &StaffInfo, range: &Range) -> AppResult<CallbackFigures> {
    let (start, end) = local_bounds(db, staff.centre_id, range).await?;
    let reached: Vec<CitizenWords> = sqlx::query_as(
        "SELECT cb.id AS callback_id, v.service, cb.satisfaction_staff, \
         COALESCE(cb.comments, '') AS text FROM callbacks cb JOIN service_visits v ON v.id = cb.visit_id \
         WHERE v.staff_id = $1 AND v.visited_at >= $2 AND v.visited_at < $3 AND cb.outcome = 'reached' \
         ORDER BY v.visited_at DESC",
    )
    .bind(staff.id)
    .bind(start)
    .bind(end)
    .fetch_all(&db.pool)
    .await?;
    let ratings: Vec<f64> = reached
        .iter()
        .filter_map(|c| c.satisfaction_staff)
        .map(|s| s as f64)
        .collect();
    Ok(CallbackFigures {
        reached: reached.len() as i64,
        rated: ratings.len() as i64,
        satisfaction_staff: mean(ratings),
        comments: reached
            .into_iter()
            .filter(|c| !c.text.trim().is_empty())
            .collect(),
    })
}
