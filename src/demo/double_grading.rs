//! The demo history's double-graded calls: each goes through the graders'
//! desk as a real one does — `grader` and `grader2` take it from the queue
//! in turn and score it blind, and when their totals lie too far apart the
//! desk sends it to the `senior` grader — so the calibration page shows
//! real agreement figures, with at least one adjudicated disagreement.
//! Each grader hears the call a little differently (now and then one level
//! apart on an item), and now and then the second one much more harshly.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::results::Sheet;
use crate::app::AppState;
use crate::grading::desk::{self, AnswerIn, DeskSettings, Grader};
use crate::grading::scoring::{self, Bands};
use crate::scripts::CallScript;

/// Who graded the history: two graders who score calls blind, and a senior
/// grader who settles the calls they disagree on.
pub struct Graders {
    pub first: Grader,
    pub second: Grader,
    pub senior: Grader,
}

impl Graders {
    /// Whether none of them is kept off calls to this department (a grader
    /// never grades their own department's calls).
    pub(super) fn may_all_grade(&self, department_id: i64) -> bool {
        [&self.first, &self.second, &self.senior]
            .iter()
            .all(|g| g.department_id != Some(department_id))
    }
}

/// A call chosen for double grading, as `grading::sync` leaves one whose
/// recording came in at `queued_ms`: its measured items scored, waiting for
/// its first grader, marked for a second.
pub(super) async fn queue_for_graders(
    tx: &mut crate::db::Transaction,
    script: &CallScript,
    evaluation_id: i64,
    queued_ms: i64,
    items: &Sheet,
) -> anyhow::Result<()> {
    for (stage, key, value, _) in items {
        if script.item(key).is_none_or(|(_, i)| i.auto.is_none()) {
            continue;
        }
        sqlx::query(
            "INSERT INTO item_scores (evaluation_id, stage_key, item_key, value, not_applicable, scored_by, created_at) \
             VALUES ($1, $2, $3, $4, 0, 'auto', $5)",
        )
        .bind(evaluation_id)
        .bind(stage)
        .bind(key)
        .bind(value)
        .bind(queued_ms)
        .execute(&mut **tx)
        .await?;
    }
    sqlx::query("UPDATE evaluations SET double_graded = 1, updated_at = $1 WHERE id = $2")
        .bind(queued_ms)
        .bind(evaluation_id)
        .execute(&mut **tx)
        .await?;
    sqlx::query(
        "INSERT INTO grading_tasks (evaluation_id, kind, state, created_at, updated_at) \
         VALUES ($1, 'first', 'waiting', $2, $2)",
    )
    .bind(evaluation_id)
    .bind(queued_ms)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A queued call graded at the graders' desk by the demo's graders, each
/// taking the task from the queue and submitting a sheet, between the call
/// and the time its score was final.
pub(super) struct DoubleGrading<'a> {
    pub graders: &'a Graders,
    pub script: &'a CallScript,
    pub evaluation_id: i64,
    /// What was said on the call, item by item.
    pub heard: &'a Sheet,
    pub from_ms: i64,
    pub until_ms: i64,
}

impl DoubleGrading<'_> {
    /// First and second grader, and the senior grader when the desk sends
    /// the call to adjudication. With `disagree` (and now and then anyway)
    /// the second grader hears the staff member's answer much more harshly
    /// than the first. Returns whether the call was adjudicated.
    ///
    /// The graders' ears have a random source of their own, so that the
    /// calls of the history are the same whichever are graded twice.
    pub async fn run(&self, state: &AppState, disagree: bool) -> anyhow::Result<bool> {
        let rng = &mut ChaCha8Rng::seed_from_u64(self.evaluation_id.unsigned_abs());
        let disagree = disagree || rng.random_bool(0.1);
        let settings = DeskSettings {
            lease_ms: state.config.grading.lease_minutes * 60_000,
            adjudication_threshold: state.config.grading.adjudication_threshold,
        };
        let span = self.until_ms - self.from_ms;
        let first = hearing(self.script, self.heard, true, rng);
        let second = if disagree {
            self.harsher(&first, settings.adjudication_threshold)
        } else {
            hearing(self.script, self.heard, false, rng)
        };
        let after_first = self
            .grade(state, &self.graders.first, &first, span / 4, &settings, rng)
            .await?;
        anyhow::ensure!(
            after_first == "second_grading",
            "demo history: evaluation {} went to {after_first} after its first grader",
            self.evaluation_id
        );
        let after_second = self
            .grade(
                state,
                &self.graders.second,
                &second,
                span / 2,
                &settings,
                rng,
            )
            .await?;
        if after_second != "adjudication" {
            return Ok(false);
        }
        let settled = hearing(self.script, self.heard, true, rng);
        self.grade(
            state,
            &self.graders.senior,
            &settled,
            span * 3 / 4,
            &settings,
            rng,
        )
        .await?;
        Ok(true)
    }

    /// `grader` takes the next task from the queue (it must be this call's)
    /// `after_ms` into the span and submits `sheet` a few minutes later.
    /// Returns the evaluation's state afterwards.
    async fn grade(
        &self,
        state: &AppState,
        grader: &Grader,
        sheet: &desk::Sheet,
        after_ms: i64,
        settings: &DeskSettings,
        rng: &mut ChaCha8Rng,
    ) -> anyhow::Result<String> {
        let claimed_ms = self.from_ms + after_ms;
        let task = desk::claim_next(&state.db, grader, claimed_ms, settings.lease_ms)
            .await?
            .ok_or_else(|| anyhow::anyhow!("demo history: no task for {}", grader.key))?;
        let (held, _) = desk::held_task(&state.db, task, &grader.key, claimed_ms)
            .await?
            .ok_or_else(|| anyhow::anyhow!("demo history: task {task} not held"))?;
        anyhow::ensure!(
            held.evaluation_id == self.evaluation_id,
            "demo history: {} took task {task} of evaluation {}, not {}",
            grader.key,
            held.evaluation_id,
            self.evaluation_id
        );
        // A few minutes' listening, well inside the lease.
        let within = settings.lease_ms.min(10 * 60_000);
        let took = rng.random_range(within * 3 / 10..within * 9 / 10);
        let submitted = desk::submit(
            &state.db,
            &state.scripts,
            task,
            grader,
            sheet,
            claimed_ms + took,
            settings,
        )
        .await?;
        Ok(submitted.evaluation_state)
    }

    /// The first sheet with the staff member's answer heard much more
    /// harshly: the heaviest graded items (never a critical one) pushed to
    /// the far end of their scale until the totals lie more than
    /// `threshold` apart, or nothing is left to push.
    fn harsher(&self, first: &desk::Sheet, threshold: f64) -> desk::Sheet {
        let bands = Bands::default();
        let total = |sheet: &desk::Sheet| {
            let share = |key: &str| {
                let (_, item) = self.script.item(key)?;
                let value = match sheet.answers.iter().find(|a| a.item_key == key) {
                    Some(a) if a.not_applicable => return None,
                    Some(a) => a.value?,
                    None => self.heard.iter().find(|(_, k, _, _)| k == key)?.2?,
                };
                item.scale.fraction(value)
            };
            scoring::score_shares(self.script, share, &bands).total
        };
        let first_total = total(first);
        let mut graded: Vec<(f64, String)> = self
            .script
            .items()
            .filter(|(_, i)| i.auto.is_none() && !i.critical && i.scale.points() > 2)
            .map(|(_, i)| (i.weight, i.key.clone()))
            .collect();
        graded.sort_by(|a, b| b.0.total_cmp(&a.0));
        let mut second = first.clone();
        for (_, key) in graded {
            if (total(&second) - first_total).abs() > threshold {
                break;
            }
            let Some((_, item)) = self.script.item(&key) else {
                continue;
            };
            let far = if first_total >= 50.0 {
                item.scale.min()
            } else {
                item.scale.max()
            };
            if let Some(answer) = second
                .answers
                .iter_mut()
                .find(|a| a.item_key == key && !a.not_applicable)
            {
                answer.value = Some(far);
                answer.comment = None;
            }
        }
        second
    }
}

/// How one grader heard the call: the levels said on it, now and then one
/// level apart on a three- or five-point item (a yes or no, and a critical
/// item, is heard alike by everyone). Measured items are the desk's own.
fn hearing(
    script: &CallScript,
    heard: &Sheet,
    with_comments: bool,
    rng: &mut ChaCha8Rng,
) -> desk::Sheet {
    let answers = heard
        .iter()
        .filter_map(|(_, key, value, comment)| {
            let (_, item) = script.item(key)?;
            if item.auto.is_some() {
                return None;
            }
            let value = value.map(|v| {
                if item.critical || item.scale.points() <= 2 || !rng.random_bool(0.25) {
                    v
                } else {
                    let step = if rng.random_bool(0.5) { 1 } else { -1 };
                    (v + step).clamp(item.scale.min(), item.scale.max())
                }
            });
            Some(AnswerIn {
                item_key: key.clone(),
                value,
                not_applicable: value.is_none(),
                comment: comment.filter(|_| with_comments).map(Into::into),
            })
        })
        .collect();
    desk::Sheet {
        answers,
        comment: None,
    }
}
