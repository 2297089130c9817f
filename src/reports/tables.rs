//! Every HR table as a download: the same rows the pages show, for CSV (one
//! table) and XLSX (every table of a view, one sheet each), with headings,
//! sheet names and the words in cells in the reader's language.

use super::disputes::Dispute;
use super::export::{Cell, Table};
use super::ranking::{Ranking, StaffLine};
use super::reach::TwoFigures;
use super::scorecard::Scorecard;
use super::stars::Stars;
use super::training::Training;
use crate::error::{AppError, AppResult};
use crate::grading::scoring::round2;
use crate::i18n::Lang;
use crate::{msg, tr};

/// A table keyed `key`, named by the message `name` and headed by the
/// messages `columns`.
fn table(lang: &Lang, key: &str, name: &str, columns: &[&str]) -> Table {
    Table::keyed(
        key,
        lang.t(name),
        columns.iter().map(|c| lang.t(c)).collect(),
    )
}

/// A yes as a cell: the word, or nothing.
fn yes(lang: &Lang, on: bool) -> Cell {
    if on {
        lang.t("export-yes").into()
    } else {
        Cell::Empty
    }
}

/// Flagged for corrective training, in words; empty otherwise.
fn flag(lang: &Lang, flagged: bool) -> Cell {
    if flagged {
        lang.t("export-flag-training").into()
    } else {
        Cell::Empty
    }
}

/// A `YYYY-MM-DD` day as a date cell (text when it is no such day).
fn day(text: &str) -> Cell {
    text.parse::<chrono::NaiveDate>()
        .map(Cell::Date)
        .unwrap_or_else(|_| Cell::Text(text.to_string()))
}

/// The name of a dispute state.
pub fn dispute_state(lang: &Lang, state: &str) -> String {
    super::disputes::STATES
        .iter()
        .find(|(s, _)| *s == state)
        .map_or_else(|| state.to_string(), |(_, id)| lang.t(id))
}

fn r2(v: f64) -> Cell {
    Cell::Num(round2(v))
}

fn r2o(v: Option<f64>) -> Cell {
    v.map(r2).unwrap_or(Cell::Empty)
}

/// The columns every table of scores ends with: reach (answer rate,
/// median rings) and courtesy over answered calls, each with its 95%
/// interval, and the policy for unanswered calls behind the combined score.
const REACH_COLUMNS: [&str; 10] = [
    "export-column-answer-rate",
    "export-column-answer-rate-low",
    "export-column-answer-rate-high",
    "export-column-median-rings",
    "export-column-median-rings-low",
    "export-column-median-rings-high",
    "export-column-courtesy",
    "export-column-courtesy-low",
    "export-column-courtesy-high",
    "export-column-policy",
];

/// A table of scores: its own columns, then [`REACH_COLUMNS`].
fn scores_table(lang: &Lang, key: &str, name: &str, columns: &[&str]) -> Table {
    table(lang, key, name, &[columns, &REACH_COLUMNS[..]].concat())
}

/// The policies for unanswered calls, in words, as one cell.
fn policy_cell(lang: &Lang, policies: &[String]) -> Cell {
    policies
        .iter()
        .map(|p| lang.t(&format!("policy-{p}")))
        .collect::<Vec<_>>()
        .join("; ")
        .into()
}

/// A row's [`REACH_COLUMNS`] cells; the answer rate in percent.
fn reach_cells(f: &TwoFigures, policy: &Cell) -> Vec<Cell> {
    let pct = |v: Option<f64>| r2o(v.map(|v| v * 100.0));
    let courtesy = f.courtesy.as_ref();
    vec![
        pct(f.reach.rate),
        pct(f.reach.rate_ci.map(|c| c.0)),
        pct(f.reach.rate_ci.map(|c| c.1)),
        r2o(f.reach.median_rings),
        r2o(f.reach.rings_ci.map(|c| c.0)),
        r2o(f.reach.rings_ci.map(|c| c.1)),
        r2o(courtesy.map(|c| c.mean)),
        r2o(courtesy.map(|c| c.ci95.0)),
        r2o(courtesy.map(|c| c.ci95.1)),
        policy.clone(),
    ]
}

/// The one table keyed `key` among `tables`.
pub fn pick(tables: Vec<Table>, key: &str) -> AppResult<Table> {
    let keys: Vec<String> = tables.iter().map(|t| t.key.clone()).collect();
    tables.into_iter().find(|t| t.key == key).ok_or_else(|| {
        AppError::invalid(
            "table",
            msg!(
                "export-table-unknown",
                table = key,
                tables = keys.join(", ")
            ),
        )
    })
}

pub fn ranking(r: &Ranking, lang: &Lang) -> Vec<Table> {
    let policy = policy_cell(lang, &r.policies);
    let mut departments = scores_table(
        lang,
        "departments",
        "export-sheet-departments",
        &[
            "export-column-rank",
            "export-column-department",
            "export-column-centre",
            "export-column-evaluations",
            "export-column-mean",
            "export-column-ci95-low",
            "export-column-ci95-high",
            "export-column-ranking-score",
            "export-column-flag",
            "export-column-rank-low",
            "export-column-rank-high",
            "export-column-chance-below-mean",
        ],
    );
    for d in &r.departments {
        departments.push(
            vec![
                Cell::Int(d.rank as i64),
                d.name.clone().into(),
                d.centre_name.clone().into(),
                Cell::Int(d.n as i64),
                r2(d.mean),
                r2(d.ci95.0),
                r2(d.ci95.1),
                r2(d.shrunk),
                flag(lang, d.flagged),
                Cell::Int(d.rank_interval.0 as i64),
                Cell::Int(d.rank_interval.1 as i64),
                r2(d.p_below_mean),
            ]
            .into_iter()
            .chain(reach_cells(&d.figures, &policy))
            .collect(),
        );
    }
    let mut centres = scores_table(
        lang,
        "centres",
        "export-sheet-centres",
        &[
            "export-column-rank",
            "export-column-centre",
            "export-column-evaluations",
            "export-column-mean",
            "export-column-ci95-low",
            "export-column-ci95-high",
            "export-column-ranking-score",
            "export-column-flag",
            "export-column-rank-low",
            "export-column-rank-high",
            "export-column-chance-below-mean",
        ],
    );
    for c in &r.centres {
        centres.push(
            vec![
                Cell::Int(c.rank as i64),
                c.name.clone().into(),
                Cell::Int(c.n as i64),
                r2(c.mean),
                r2(c.ci95.0),
                r2(c.ci95.1),
                r2(c.shrunk),
                flag(lang, c.flagged),
                Cell::Int(c.rank_interval.0 as i64),
                Cell::Int(c.rank_interval.1 as i64),
                r2(c.p_below_mean),
            ]
            .into_iter()
            .chain(reach_cells(&c.figures, &policy))
            .collect(),
        );
    }
    let mut under = table(
        lang,
        "under_threshold",
        "export-sheet-under-threshold",
        &[
            "export-column-employee-no",
            "export-column-name",
            "export-column-department",
            "export-column-evaluations",
            "export-column-mean",
            "export-column-threshold",
            "export-column-ci95-low",
            "export-column-ci95-high",
            "export-column-chance-below-threshold",
        ],
    );
    for s in &r.under {
        under.push(vec![
            s.employee_no.clone().into(),
            s.name.clone().into(),
            s.department_name.clone().into(),
            Cell::Int(s.n),
            r2(s.mean),
            r2(s.threshold),
            r2(s.ci95.0),
            r2(s.ci95.1),
            r2(s.p_below),
        ]);
    }
    let mut distribution = table(
        lang,
        "distribution",
        "export-sheet-distribution",
        &["export-column-total", "export-column-evaluations"],
    );
    for (bin, n) in &r.distribution {
        distribution.push(vec![bin.clone().into(), Cell::Int(*n)]);
    }
    vec![departments, centres, under, distribution]
}

/// Staff figures for a period; for a whole year (`year_end`), the sheet of
/// a year-end summary.
pub fn staff(lines: &[StaffLine], policies: &[String], year_end: bool, lang: &Lang) -> Table {
    let policy = policy_cell(lang, policies);
    let (key, name) = if year_end {
        ("year_end_summary", "export-sheet-year-end-summary")
    } else {
        ("staff", "export-sheet-staff")
    };
    let mut t = scores_table(
        lang,
        key,
        name,
        &[
            "export-column-employee-no",
            "export-column-name",
            "export-column-department",
            "export-column-centre",
            "export-column-grade",
            "export-column-job-title",
            "export-column-evaluations",
            "export-column-mean",
            "export-column-ci95-low",
            "export-column-ci95-high",
            "export-column-ranking-score",
            "export-column-rank",
            "export-column-calls",
            "export-column-answered-by-person",
            "export-column-citizens-rating",
            "export-column-satisfaction-staff",
            "export-column-rank-low",
            "export-column-rank-high",
        ],
    );
    for l in lines {
        t.push(
            vec![
                l.staff.employee_no.clone().into(),
                l.staff.name.clone().into(),
                l.staff.department_name.clone().into(),
                l.staff.centre_name.clone().into(),
                l.staff.grade.clone().into(),
                l.staff.job_title.clone().into(),
                Cell::Int(l.n as i64),
                r2(l.mean),
                r2(l.ci95.0),
                r2(l.ci95.1),
                r2(l.shrunk),
                Cell::Int(l.rank as i64),
                Cell::Int(l.calls),
                Cell::Int(l.answered),
                Cell::Int(l.rated),
                r2o(l.satisfaction),
                Cell::Int(l.rank_interval.0 as i64),
                Cell::Int(l.rank_interval.1 as i64),
            ]
            .into_iter()
            .chain(reach_cells(&l.figures, &policy))
            .collect(),
        );
    }
    t
}

/// How a call that no person answered ended, in words.
pub fn connection_name(lang: &Lang, connection: &str) -> String {
    if connection == "unknown" {
        lang.t("scorecard-connection-unknown")
    } else {
        lang.t(&format!("connection-{connection}"))
    }
}

pub fn scorecard(s: &Scorecard, lang: &Lang) -> Vec<Table> {
    let mut summary = table(
        lang,
        "summary",
        "export-sheet-summary",
        &["export-column-figure", "export-column-value"],
    );
    let total = s.total.as_ref();
    for (figure, value) in [
        (
            "export-column-employee-no",
            s.staff.employee_no.clone().into(),
        ),
        ("export-column-name", s.staff.name.clone().into()),
        (
            "export-column-department",
            s.staff.department_name.clone().into(),
        ),
        ("export-figure-period", s.range.title(lang).into()),
        ("export-figure-calls-placed", Cell::Int(s.calls.placed)),
        (
            "export-figure-answered-by-person",
            Cell::Int(s.calls.answered_by_person),
        ),
        (
            "export-figure-share-answered",
            r2o(s.calls.answered_share.map(|v| v * 100.0)),
        ),
        (
            "export-figure-median-latency",
            r2o(s.calls.median_latency_s),
        ),
        (
            "export-figure-final-evaluations",
            Cell::Int(total.map_or(0, |t| t.n as i64)),
        ),
        ("export-figure-mean-total", r2o(total.map(|t| t.mean))),
        ("export-figure-ci95-low", r2o(total.map(|t| t.ci95.0))),
        ("export-figure-ci95-high", r2o(total.map(|t| t.ci95.1))),
        ("export-figure-threshold", r2o(s.threshold)),
        ("export-figure-policy", policy_cell(lang, &s.policies)),
        (
            "export-figure-citizens-reached",
            Cell::Int(s.callbacks.reached),
        ),
        (
            "export-figure-satisfaction-staff",
            r2o(s.callbacks.satisfaction_staff),
        ),
    ] {
        summary.push(vec![lang.t(figure).into(), value]);
    }
    let policy = Cell::Empty;
    for (figure, value) in REACH_COLUMNS[..9]
        .iter()
        .zip(reach_cells(&s.figures, &policy))
    {
        summary.push(vec![lang.t(figure).into(), value]);
    }
    let mut rings = table(
        lang,
        "rings",
        "export-sheet-rings",
        &["export-column-rings-before-answer", "export-column-calls"],
    );
    for (label, n) in &s.calls.rings {
        rings.push(vec![label.clone().into(), Cell::Int(*n)]);
    }
    for (what, n) in &s.calls.not_answered {
        let how = connection_name(lang, what);
        rings.push(vec![
            tr!(lang, "export-not-answered", connection = how).into(),
            Cell::Int(*n),
        ]);
    }
    let mut stages = table(
        lang,
        "stages",
        "export-sheet-stages",
        &[
            "export-column-stage",
            "export-column-evaluations",
            "export-column-mean",
            "export-column-ci95-low",
            "export-column-ci95-high",
        ],
    );
    for st in &s.stages {
        let sm = st.summary.as_ref();
        stages.push(vec![
            st.title.clone().into(),
            Cell::Int(sm.map_or(0, |x| x.n as i64)),
            r2o(sm.map(|x| x.mean)),
            r2o(sm.map(|x| x.ci95.0)),
            r2o(sm.map(|x| x.ci95.1)),
        ]);
    }
    let mut items = table(
        lang,
        "items",
        "export-sheet-items",
        &[
            "export-column-item",
            "export-column-label",
            "export-column-training-topic",
            "export-column-evaluations",
            "export-column-score",
            "export-column-threshold",
            "export-column-short",
        ],
    );
    for i in &s.items {
        items.push(vec![
            i.key.clone().into(),
            i.label.clone().into(),
            i.topic.as_deref().map(|t| topic_word(lang, t)).into(),
            Cell::Int(i.n as i64),
            r2(i.score),
            r2(i.threshold),
            yes(lang, i.short),
        ]);
    }
    let policy = policy_cell(lang, &s.policies);
    let mut trend = scores_table(
        lang,
        "trend",
        "export-sheet-trend",
        &[
            "export-column-month",
            "export-column-evaluations",
            "export-column-mean",
        ],
    );
    for p in &s.trend {
        trend.push(
            vec![p.month.clone().into(), Cell::Int(p.n as i64), r2o(p.mean)]
                .into_iter()
                .chain(reach_cells(&p.figures, &policy))
                .collect(),
        );
    }
    let mut evaluations = table(
        lang,
        "evaluations",
        "export-sheet-evaluations",
        &[
            "export-column-evaluation",
            "export-column-call",
            "export-column-date",
            "export-column-script",
            "export-column-connection",
            "export-column-rings",
            "export-column-total",
            "export-column-band",
            "export-column-source",
            "export-column-version",
            "export-column-dispute",
        ],
    );
    for e in &s.evaluations {
        evaluations.push(vec![
            Cell::Int(e.evaluation_id),
            Cell::Int(e.call_id),
            day(&e.date),
            e.script_id.clone().into(),
            e.connection
                .as_deref()
                .map(|c| lang.t(&format!("connection-{c}")))
                .into(),
            e.rings.into(),
            r2(e.total),
            lang.t(&format!("band-{}", e.band)).into(),
            score_source(lang, &e.source).into(),
            Cell::Int(e.version),
            e.dispute.as_deref().map(|d| dispute_state(lang, d)).into(),
        ]);
    }
    let mut comments = table(
        lang,
        "graders_comments",
        "export-sheet-graders-comments",
        &[
            "export-column-date",
            "export-column-evaluation",
            "export-column-item",
            "export-column-comment",
        ],
    );
    for c in &s.comments {
        comments.push(vec![
            day(&c.date),
            Cell::Int(c.evaluation_id),
            c.item.clone().into(),
            c.text.clone().into(),
        ]);
    }
    let mut citizens = table(
        lang,
        "citizens",
        "export-sheet-citizens",
        &[
            "export-column-callback",
            "export-column-service",
            "export-column-satisfaction-staff",
            "export-column-comment",
        ],
    );
    for c in &s.callbacks.comments {
        citizens.push(vec![
            Cell::Int(c.callback_id),
            c.service.clone().into(),
            c.satisfaction_staff.into(),
            c.text.clone().into(),
        ]);
    }
    vec![
        summary,
        rings,
        stages,
        items,
        trend,
        evaluations,
        comments,
        citizens,
    ]
}

/// Who made a score final, in words.
pub fn score_source(lang: &Lang, source: &str) -> String {
    lang.t(match source {
        "single" => "results-score-source-single",
        "mean" => "results-score-source-mean",
        "adjudicated" => "results-score-source-adjudicated",
        "auto" => "results-score-source-auto",
        "dispute" => "results-score-source-dispute",
        other => return other.to_string(),
    })
}

/// The star staff of one centre (`centre`, its name) and those not yet rankable.
pub fn stars(s: &Stars, centre: &str, lang: &Lang) -> Vec<Table> {
    let columns = |ids: &[&str]| {
        [ids, &REACH_COLUMNS[..]]
            .concat()
            .iter()
            .map(|c| lang.t(c))
            .collect::<Vec<_>>()
    };
    let policy = policy_cell(lang, &s.policies);
    let mut stars = Table::keyed(
        "stars",
        tr!(lang, "export-sheet-stars", centre = centre),
        columns(&[
            "export-column-place",
            "export-column-employee-no",
            "export-column-name",
            "export-column-department",
            "export-column-evaluations",
            "export-column-mean",
            "export-column-ci95-low",
            "export-column-ci95-high",
            "export-column-ranking-score",
            "export-column-satisfaction-staff",
            "export-column-ratings",
            "export-column-tied-with",
            "export-column-decided-by-satisfaction",
            "export-column-best-items",
            "export-column-citizens-words",
            "export-column-rank-low",
            "export-column-rank-high",
            "export-column-chance-above-median",
        ]),
    );
    for st in &s.stars {
        let c = &st.candidate;
        stars.push(
            vec![
                Cell::Int(st.place as i64),
                c.staff.employee_no.clone().into(),
                c.staff.name.clone().into(),
                c.staff.department_name.clone().into(),
                Cell::Int(c.n as i64),
                r2(c.mean),
                r2(c.ci95.0),
                r2(c.ci95.1),
                r2(c.shrunk),
                r2o(c.satisfaction),
                Cell::Int(c.rated),
                st.tied_with.join("; ").into(),
                yes(lang, st.decided_by_satisfaction),
                st.best_items
                    .iter()
                    .map(|(l, v)| {
                        tr!(
                            lang,
                            "export-best-item",
                            item = l.as_str(),
                            score = lang.number(*v, 0)
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
                    .into(),
                st.words.join(" | ").into(),
                Cell::Int(c.rank_interval.0 as i64),
                Cell::Int(c.rank_interval.1 as i64),
                r2(c.p_above_median),
            ]
            .into_iter()
            .chain(reach_cells(&c.figures, &policy))
            .collect(),
        );
    }
    let mut below = Table::keyed(
        "below_minimum",
        tr!(lang, "export-sheet-below-minimum", centre = centre),
        columns(&[
            "export-column-employee-no",
            "export-column-name",
            "export-column-department",
            "export-column-evaluations",
            "export-column-mean",
        ]),
    );
    for c in &s.below_minimum {
        below.push(
            vec![
                c.staff.employee_no.clone().into(),
                c.staff.name.clone().into(),
                c.staff.department_name.clone().into(),
                Cell::Int(c.n as i64),
                r2(c.mean),
            ]
            .into_iter()
            .chain(reach_cells(&c.figures, &policy))
            .collect(),
        );
    }
    vec![stars, below]
}

/// A training topic in words: the reader's word for a topic the catalogue
/// knows, the script's own code for one it does not, or "other".
pub fn topic_name(lang: &Lang, need: &super::training::TopicNeed) -> String {
    if need.no_topic {
        lang.t("training-topic-other")
    } else {
        topic_word(lang, &need.topic)
    }
}

/// A topic code named in a call script, in the reader's words where the
/// catalogue has them (`training-topic-<code>`).
pub fn topic_word(lang: &Lang, code: &str) -> String {
    let id = format!("training-topic-{code}");
    if lang.catalog().has(&id) {
        lang.t(&id)
    } else {
        code.to_string()
    }
}

pub fn training(t: &Training, lang: &Lang) -> Vec<Table> {
    let mut matrix = table(
        lang,
        "matrix",
        "export-sheet-matrix",
        &[
            "export-column-employee-no",
            "export-column-name",
            "export-column-department",
            "export-column-evaluations",
            "export-column-items-short",
        ],
    );
    // The items' own keys head their columns, as the page shows them.
    matrix.columns.extend(t.items.iter().map(|i| i.key.clone()));
    for row in &t.rows {
        let mut cells: Vec<Cell> = vec![
            row.staff.employee_no.clone().into(),
            row.staff.name.clone().into(),
            row.staff.department_name.clone().into(),
            Cell::Int(row.evaluations as i64),
            Cell::Int(row.short_items.len() as i64),
        ];
        for item in &t.items {
            cells.push(match row.items.get(&item.key) {
                Some(f) if f.short => {
                    tr!(lang, "export-score-short", score = lang.number(f.score, 0)).into()
                }
                Some(f) => r2(f.score),
                None => Cell::Empty,
            });
        }
        matrix.push(cells);
    }
    let mut topics = table(
        lang,
        "topics",
        "export-sheet-topics",
        &[
            "export-column-topic",
            "export-column-employee-no",
            "export-column-name",
            "export-column-department",
            "export-column-items",
        ],
    );
    for topic in &t.topics {
        for (staff, items) in &topic.people {
            topics.push(vec![
                topic_name(lang, topic).into(),
                staff.employee_no.clone().into(),
                staff.name.clone().into(),
                staff.department_name.clone().into(),
                items.join("; ").into(),
            ]);
        }
    }
    let mut examples = table(
        lang,
        "examples",
        "export-sheet-examples",
        &[
            "export-column-item",
            "export-column-evaluation",
            "export-column-call",
            "export-column-date",
            "export-column-staff",
            "export-column-department",
            "export-column-item-score",
            "export-column-total",
            "export-column-shared",
        ],
    );
    for item in &t.examples {
        for e in &item.examples {
            examples.push(vec![
                item.label.clone().into(),
                Cell::Int(e.evaluation_id),
                Cell::Int(e.call_id),
                day(&e.date),
                e.staff_name.clone().into(),
                e.department_name.clone().into(),
                r2(e.item_score),
                r2(e.total),
                yes(lang, e.shared),
            ]);
        }
    }
    vec![matrix, topics, examples]
}

pub fn disputes(
    list: &[Dispute],
    staff_name: impl Fn(Option<i64>) -> String,
    lang: &Lang,
) -> Table {
    let mut t = table(
        lang,
        "disputes",
        "export-sheet-disputes",
        &[
            "export-column-dispute",
            "export-column-evaluation",
            "export-column-call-date",
            "export-column-staff",
            "export-column-items",
            "export-column-comment",
            "export-column-raised-by",
            "export-column-state",
            "export-column-reviewed-by",
            "export-column-resolution",
            "export-column-resolution-hours",
        ],
    );
    for d in list {
        t.push(vec![
            Cell::Int(d.id),
            Cell::Int(d.evaluation_id),
            day(&d.local_date),
            staff_name(d.staff_id).into(),
            d.item_keys().join("; ").into(),
            d.comment.clone().into(),
            d.raised_by.clone().into(),
            dispute_state(lang, &d.state).into(),
            d.reviewed_by.clone().into(),
            d.resolution.clone().into(),
            r2o(d.resolution_hours()),
        ]);
    }
    t
}
