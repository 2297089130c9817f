//! The demo's earlier results, so that HR has something to read on the
//! first day: six months of final evaluations (and this month's so far) for
//! the eligible staff of Guri and Almaty, as graders would have left them,
//! and two disputes raised by the civil-affairs supervisor, one resolved.
//!
//! Each staff member has a habit: how quickly they pick up and how well
//! they listen, answer and close, some improving month by month. Each call
//! is scored item by item on its office's script; totals, stages and bands
//! come from the same scoring code as a grader's sheet, and each score is
//! stored as its first version. These history calls have no recordings:
//! they stand for months that were graded before the demo started.
//!
//! The answered calls chosen for double grading (the configured share, by
//! the desk's own rule) went through the graders' desk instead (see
//! [`super::double_grading`]).

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, NaiveDate, TimeZone, Utc};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::double_grading::{DoubleGrading, Graders, queue_for_graders};
use crate::app::AppState;
use crate::calls::measures::Connection;
use crate::campaigns::UnansweredPolicy;
use crate::grading::desk;
use crate::grading::scoring::{self, Bands};
use crate::grading::versions::{self, FinalSheet};
use crate::reports::disputes::{self, NewDispute, Person, Review};
use crate::scripts::{CallScript, Scale};

/// The history was made under the default policy for unanswered calls:
/// they count only on the connection items.
const POLICY: UnansweredPolicy = UnansweredPolicy::Connection;

/// Months of history before the current one.
const MONTHS: u32 = 6;

/// What graders wrote now and then, by script language.
fn comments(language: &str) -> &'static [&'static str] {
    if language.starts_with("ko") {
        &[
            "민원인의 말을 끝까지 들었습니다.",
            "담당자 연결 전에 전화번호를 안내하지 않았습니다.",
            "끝인사가 없었습니다.",
            "필요 서류를 정확하게 안내했습니다.",
        ]
    } else {
        &[
            "Дослушала до конца, уточнила адрес.",
            "Перевёл звонок, не назвав номер коллеги.",
            "Не попрощался.",
            "Чётко перечислил документы и сроки.",
        ]
    }
}

struct Habit {
    /// Chance of picking up within three rings.
    quick: f64,
    /// Mean share earned on graded items, this month …
    skill: f64,
    /// … and how much it changes per month, going back.
    trend: f64,
}

fn habit(rng: &mut ChaCha8Rng) -> Habit {
    Habit {
        quick: rng.random_range(0.55..0.97),
        skill: rng.random_range(0.6..0.97),
        trend: rng.random_range(-0.01..0.05),
    }
}

/// A level of `scale` whose share lies near `target`.
fn level(scale: &Scale, target: f64, rng: &mut ChaCha8Rng) -> i64 {
    let share = (target + rng.random_range(-0.25..0.25)).clamp(0.0, 1.0);
    let span = (scale.max() - scale.min()) as f64;
    scale.min() + (share * span).round() as i64
}

fn connection(rng: &mut ChaCha8Rng) -> Connection {
    match rng.random_range(0..100) {
        0..88 => Connection::Person,
        88..92 => Connection::Voicemail,
        92..97 => Connection::NoAnswer,
        _ => Connection::Busy,
    }
}

/// One call's item values (none for not applicable) and grader comment.
pub(super) type Sheet = Vec<(String, String, Option<i64>, Option<&'static str>)>;

fn sheet(
    script: &CallScript,
    rings: Option<i64>,
    connection: Connection,
    skill: f64,
    rng: &mut ChaCha8Rng,
) -> Sheet {
    let mut out = Vec::new();
    for (stage, item) in script.items() {
        let value = match &item.auto {
            Some(measure) => measure.score(rings, Some(connection)),
            None if connection != Connection::Person => continue,
            None if item.na_allowed && rng.random_bool(0.4) => None,
            None => Some(level(&item.scale, skill, rng)),
        };
        let comment = (item.auto.is_none() && rng.random_bool(0.06)).then(|| {
            let all = comments(&script.language);
            all[rng.random_range(0..all.len())]
        });
        out.push((stage.key.clone(), item.key.clone(), value, comment));
    }
    out
}

/// Seeds the history; returns how many evaluations it wrote.
pub async fn seed(state: &AppState, graders: &Graders) -> anyhow::Result<usize> {
    let now = state.clock.now();
    let mut rng = ChaCha8Rng::seed_from_u64(u64::from(
        now.date_naive().num_days_from_ce().unsigned_abs(),
    ));
    let staff: Vec<(i64, i64, String, String, String)> = sqlx::query_as(
        "SELECT s.id, s.department_id, s.employee_no, ce.time_zone, s.phone FROM staff s \
         JOIN departments d ON d.id = s.department_id JOIN centres ce ON ce.id = d.centre_id \
         WHERE s.eligible = 1 AND s.active = 1 AND ce.code IN ('GURI', 'ALA-CON') ORDER BY s.id",
    )
    .fetch_all(&state.db.pool)
    .await?;
    let bands = Bands::default();
    for id in ["passport-reissue-ko", "address-registration-ru"] {
        let script = state
            .scripts
            .get(id)
            .ok_or_else(|| anyhow::anyhow!("the demo needs the {id} script"))?;
        crate::campaigns::remember_script(&state.db, script, state.clock.now_ms()).await?;
    }
    let mut written = 0;
    let mut adjudicated = false;
    for (staff_id, department_id, employee_no, zone, phone) in staff {
        let script_id = if employee_no.starts_with("GR-") {
            "passport-reissue-ko"
        } else {
            "address-registration-ru"
        };
        let script = state
            .scripts
            .get(script_id)
            .ok_or_else(|| anyhow::anyhow!("the demo needs the {script_id} script"))?;
        let tz: chrono_tz::Tz = zone.parse().unwrap_or(chrono_tz::UTC);
        let today = now.with_timezone(&tz).date_naive();
        let this_month = today.with_day(1).unwrap_or(today);
        let habit = habit(&mut rng);
        for back in (0..=MONTHS).rev() {
            let first = this_month - chrono::Months::new(back);
            let days_in = (first + chrono::Months::new(1) - first).num_days();
            let skill = (habit.skill - habit.trend * f64::from(back)).clamp(0.2, 1.0);
            for _ in 0..rng.random_range(3..=4) {
                let day = first + Duration::days(rng.random_range(0..days_in));
                if day >= today
                    || matches!(day.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun)
                {
                    continue;
                }
                let connection = connection(&mut rng);
                let rings = match connection {
                    Connection::Person | Connection::Voicemail => {
                        Some(if rng.random_bool(habit.quick) {
                            rng.random_range(1..=3)
                        } else {
                            rng.random_range(4..=7)
                        })
                    }
                    _ => None,
                };
                let at = tz
                    .from_local_datetime(
                        &day.and_hms_opt(rng.random_range(9..17), rng.random_range(0..60), 0)
                            .unwrap_or_default(),
                    )
                    .earliest()
                    .map_or(now, |t| t.with_timezone(&Utc));
                let finalized = (at + Duration::days(2)).min(now - Duration::hours(1));
                let items = sheet(script, rings, connection, skill, &mut rng);
                let call = HistoryCall {
                    staff_id,
                    department_id,
                    phone: &phone,
                    day,
                    at_ms: at.timestamp_millis(),
                    finalized_ms: finalized.timestamp_millis(),
                    connection,
                    rings,
                };
                let mut tx = state.db.begin().await?;
                let evaluation_id = record_call(&mut tx, state, script, &call).await?;
                let double = connection == Connection::Person
                    && graders.may_all_grade(department_id)
                    && desk::chosen_for_double_grading(
                        evaluation_id,
                        state.config.grading.double_share,
                    );
                if double {
                    // The recording came in ten minutes after the call.
                    let queued_ms = call.at_ms + 10 * 60_000;
                    queue_for_graders(&mut tx, script, evaluation_id, queued_ms, &items).await?;
                    tx.commit().await?;
                    let grading = DoubleGrading {
                        graders,
                        script,
                        evaluation_id,
                        heard: &items,
                        from_ms: call.at_ms,
                        until_ms: call.finalized_ms,
                    };
                    // Until one call has been adjudicated, the next is heard
                    // differently by the two graders.
                    adjudicated |= grading.run(state, !adjudicated).await?;
                } else {
                    finalize_single(&mut tx, script, &bands, evaluation_id, &call, &items).await?;
                    tx.commit().await?;
                }
                written += 1;
            }
        }
    }
    disputes_of_the_supervisor(state).await?;
    Ok(written)
}

/// One call of the history, as it was made.
struct HistoryCall<'a> {
    staff_id: i64,
    department_id: i64,
    phone: &'a str,
    day: NaiveDate,
    at_ms: i64,
    /// When its score became final (for the calls graded once).
    finalized_ms: i64,
    connection: Connection,
    rings: Option<i64>,
}

/// Stores the call and its evaluation, not yet scored; returns the
/// evaluation's id.
async fn record_call(
    tx: &mut crate::db::Transaction,
    state: &AppState,
    script: &CallScript,
    call: &HistoryCall<'_>,
) -> anyhow::Result<i64> {
    let latency = call.rings.map(|r| (r - 1) * 4000 + 1500);
    let at_ms = call.at_ms;
    let call_id: i64 = sqlx::query_scalar(
        "INSERT INTO calls (purpose, script_id, to_number, from_number, state, status, connection, dial_started_at, \
         answered_at, ended_at, answer_latency_ms, ring_count, staff_id, local_date, script_version, created_at, updated_at) \
         VALUES ('evaluation', $1, $2, $3, 'ended', 'completed', $4, $5, $6, $7, $8, $9, $10, $11, $12, $5, $7) RETURNING id",
    )
    .bind(&script.id)
    .bind(call.phone)
    .bind(&state.config.carrier.from_number)
    .bind(call.connection.as_str())
    .bind(at_ms)
    .bind(latency.map(|l| at_ms + l))
    .bind(at_ms + 180_000)
    .bind(latency)
    .bind(call.rings)
    .bind(call.staff_id)
    .bind(call.day.to_string())
    .bind(&script.version)
    .fetch_one(&mut **tx)
    .await?;
    Ok(sqlx::query_scalar(
        "INSERT INTO evaluations (call_id, staff_id, script_id, script_version, state, connection, local_date, \
         department_id, created_at, updated_at, unanswered_policy, counted_weight) \
         VALUES ($1, $2, $3, $4, 'awaiting_grading', $5, $6, $7, $8, $8, $9, $10) RETURNING id",
    )
    .bind(call_id)
    .bind(call.staff_id)
    .bind(&script.id)
    .bind(&script.version)
    .bind(call.connection.as_str())
    .bind(call.day.to_string())
    .bind(call.department_id)
    .bind(at_ms)
    .bind(POLICY.as_str())
    .bind(if call.connection == Connection::Person {
        1.0
    } else {
        POLICY.unanswered_weight(script.measured_share())
    })
    .fetch_one(&mut **tx)
    .await?)
}

/// A call graded once (or scored on its measures alone): its item scores
/// and its final score, as the first version.
async fn finalize_single(
    tx: &mut crate::db::Transaction,
    script: &CallScript,
    bands: &Bands,
    evaluation_id: i64,
    call: &HistoryCall<'_>,
    items: &Sheet,
) -> anyhow::Result<()> {
    let finalized_ms = call.finalized_ms;
    let shares = shares_of(script, items);
    let score = scoring::score_shares(script, |k| shares.get(k).copied().flatten(), bands);
    sqlx::query(
        "UPDATE evaluations SET state = 'final', finalized_at = $1, updated_at = $1 WHERE id = $2",
    )
    .bind(finalized_ms)
    .bind(evaluation_id)
    .execute(&mut **tx)
    .await?;
    for (stage, key, value, comment) in items {
        let auto = script.item(key).is_some_and(|(_, i)| i.auto.is_some());
        sqlx::query(
            "INSERT INTO item_scores (evaluation_id, stage_key, item_key, value, not_applicable, scored_by, comment, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(evaluation_id)
        .bind(stage)
        .bind(key)
        .bind(value)
        .bind(i64::from(value.is_none()))
        .bind(if auto { "auto" } else { "demo-grader" })
        .bind(comment)
        .bind(finalized_ms)
        .execute(&mut **tx)
        .await?;
    }
    let source = if call.connection == Connection::Person {
        "single"
    } else {
        "auto"
    };
    let sheet = FinalSheet::from_score(score, shares, source);
    versions::record(
        tx,
        evaluation_id,
        &sheet,
        None,
        "grading",
        None,
        finalized_ms,
    )
    .await?;
    Ok(())
}

/// Each item's share of its weight, `None` for not applicable.
fn shares_of(script: &CallScript, items: &Sheet) -> BTreeMap<String, Option<f64>> {
    items
        .iter()
        .map(|(_, key, value, _)| {
            let share = value.and_then(|v| script.item(key).and_then(|(_, i)| i.scale.fraction(v)));
            (key.clone(), share)
        })
        .collect()
}

/// The civil-affairs supervisor disputed two of this month's listening
/// scores; HR accepted one.
async fn disputes_of_the_supervisor(state: &AppState) -> anyhow::Result<()> {
    let window = state.config.results.dispute_window_days;
    let now = state.clock.now_ms();
    let candidates: Vec<i64> = sqlx::query_scalar(
        "SELECT e.id FROM evaluations e JOIN departments d ON d.id = e.department_id \
         JOIN score_versions v ON v.evaluation_id = e.id AND v.version = e.final_version \
         WHERE d.code = 'GR-CIVIL' AND e.connection = 'person' AND e.finalized_at >= $1 \
         ORDER BY e.finalized_at DESC LIMIT 2",
    )
    .bind(now - (window - 1).max(0) * 24 * 3600 * 1000)
    .fetch_all(&state.db.pool)
    .await?;
    let supervisor = Person {
        label: "supervisor".into(),
        user_id: None,
    };
    for (i, id) in candidates.into_iter().enumerate() {
        let raised = disputes::raise(
            &state.db,
            &state.scripts,
            id,
            &NewDispute {
                items: vec!["listening".into()],
                comment: "민원인이 말을 여러 번 끊었는데도 끝까지 응대했습니다. 청취 태도 점수를 다시 봐 주세요. (The citizen kept interrupting; she still heard them out.)".into(),
            },
            &supervisor,
            window,
            now,
        )
        .await?;
        if i == 1 {
            let review = Review {
                decision: "accept".into(),
                resolution:
                    "Listened to the whole recording again: she let the citizen finish every time."
                        .into(),
                scores: [("listening".to_string(), serde_json::json!(5))].into(),
            };
            let hr = Person {
                label: "hr".into(),
                user_id: None,
            };
            disputes::resolve(&state.db, &state.scripts, raised, &review, &hr, now).await?;
        }
    }
    Ok(())
}
