//! Every HR table as a download: the same rows the pages show, for CSV (one
//! table) and XLSX (every table of a view, one sheet each).

use super::disputes::Dispute;
use super::export::{Cell, Table};
use super::ranking::{Ranking, StaffLine};
use super::scorecard::Scorecard;
use super::stars::Stars;
use super::training::Training;
use crate::error::{AppError, AppResult};
use crate::grading::scoring::round2;

fn r2(v: f64) -> Cell {
    Cell::Num(round2(v))
}

fn r2o(v: Option<f64>) -> Cell {
    v.map(r2).unwrap_or(Cell::Empty)
}

/// The one table named `name` among `tables`.
pub fn pick(tables: Vec<Table>, name: &str) -> AppResult<Table> {
    let names: Vec<String> = tables.iter().map(|t| t.name.clone()).collect();
    tables.into_iter().find(|t| t.name == name).ok_or_else(|| {
        AppError::invalid(
            "table",
            format!("no table {name:?}; there are {}", names.join(", ")),
        )
    })
}

pub fn ranking(r: &Ranking) -> Vec<Table> {
    let mut departments = Table::new(
        "departments",
        &[
            "rank",
            "department",
            "centre",
            "evaluations",
            "mean",
            "ci95_low",
            "ci95_high",
            "ranking_score",
            "bottom_flag",
        ],
    );
    for d in &r.departments {
        departments.push(vec![
            Cell::Int(d.rank as i64),
            d.name.clone().into(),
            d.centre_name.clone().into(),
            Cell::Int(d.n as i64),
            r2(d.mean),
            r2(d.ci95.0),
            r2(d.ci95.1),
            r2(d.shrunk),
            (if d.bottom { "bottom" } else { "" }).into(),
        ]);
    }
    let mut centres = Table::new(
        "centres",
        &[
            "rank",
            "centre",
            "evaluations",
            "mean",
            "ci95_low",
            "ci95_high",
            "ranking_score",
        ],
    );
    for c in &r.centres {
        centres.push(vec![
            Cell::Int(c.rank as i64),
            c.name.clone().into(),
            Cell::Int(c.n as i64),
            r2(c.mean),
            r2(c.ci95.0),
            r2(c.ci95.1),
            r2(c.shrunk),
        ]);
    }
    let mut under = Table::new(
        "under_threshold",
        &[
            "employee_no",
            "name",
            "department",
            "evaluations",
            "mean",
            "threshold",
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
        ]);
    }
    let mut distribution = Table::new("distribution", &["total", "evaluations"]);
    for (bin, n) in &r.distribution {
        distribution.push(vec![bin.clone().into(), Cell::Int(*n)]);
    }
    vec![departments, centres, under, distribution]
}

/// Staff figures for a period; with `year` set, the columns of a year-end summary.
pub fn staff(lines: &[StaffLine], name: &str) -> Table {
    let mut t = Table::new(
        name,
        &[
            "employee_no",
            "name",
            "department",
            "centre",
            "grade",
            "job_title",
            "evaluations",
            "mean",
            "ci95_low",
            "ci95_high",
            "ranking_score",
            "rank",
            "calls",
            "answered_by_person",
            "citizens_rating",
            "satisfaction_staff",
        ],
    );
    for l in lines {
        t.push(vec![
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
        ]);
    }
    t
}

pub fn scorecard(s: &Scorecard) -> Vec<Table> {
    let mut summary = Table::new("summary", &["figure", "value"]);
    let total = s.total.as_ref();
    for (figure, value) in [
        ("employee_no", s.staff.employee_no.clone().into()),
        ("name", s.staff.name.clone().into()),
        ("department", s.staff.department_name.clone().into()),
        ("period", s.range.label.clone().into()),
        ("calls placed", Cell::Int(s.calls.placed)),
        (
            "answered by a person",
            Cell::Int(s.calls.answered_by_person),
        ),
        (
            "share answered",
            r2o(s.calls.answered_share.map(|v| v * 100.0)),
        ),
        ("median answer latency (s)", r2o(s.calls.median_latency_s)),
        (
            "final evaluations",
            Cell::Int(total.map_or(0, |t| t.n as i64)),
        ),
        ("mean total", r2o(total.map(|t| t.mean))),
        ("ci95 low", r2o(total.map(|t| t.ci95.0))),
        ("ci95 high", r2o(total.map(|t| t.ci95.1))),
        ("threshold (good)", r2o(s.threshold)),
        (
            "citizens reached by callbacks",
            Cell::Int(s.callbacks.reached),
        ),
        (
            "satisfaction with attitude (1-5)",
            r2o(s.callbacks.satisfaction_staff),
        ),
    ] {
        summary.push(vec![figure.into(), value]);
    }
    let mut rings = Table::new("rings", &["rings before answer", "calls"]);
    for (label, n) in &s.calls.rings {
        rings.push(vec![label.clone().into(), Cell::Int(*n)]);
    }
    for (what, n) in &s.calls.not_answered {
        rings.push(vec![format!("not answered: {what}").into(), Cell::Int(*n)]);
    }
    let mut stages = Table::new(
        "stages",
        &["stage", "evaluations", "mean", "ci95_low", "ci95_high"],
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
    let mut items = Table::new(
        "items",
        &[
            "item",
            "label",
            "training_topic",
            "evaluations",
            "score",
            "threshold",
            "short",
        ],
    );
    for i in &s.items {
        items.push(vec![
            i.key.clone().into(),
            i.label.clone().into(),
            i.topic.clone().into(),
            Cell::Int(i.n as i64),
            r2(i.score),
            r2(i.threshold),
            (if i.short { "yes" } else { "" }).into(),
        ]);
    }
    let mut trend = Table::new("trend", &["month", "evaluations", "mean"]);
    for p in &s.trend {
        trend.push(vec![
            p.month.clone().into(),
            Cell::Int(p.n as i64),
            r2o(p.mean),
        ]);
    }
    let mut evaluations = Table::new(
        "evaluations",
        &[
            "evaluation",
            "call",
            "date",
            "script",
            "connection",
            "rings",
            "total",
            "band",
            "source",
            "version",
            "dispute",
        ],
    );
    for e in &s.evaluations {
        evaluations.push(vec![
            Cell::Int(e.evaluation_id),
            Cell::Int(e.call_id),
            e.date.clone().into(),
            e.script_id.clone().into(),
            e.connection.clone().into(),
            e.rings.into(),
            r2(e.total),
            e.band.clone().into(),
            e.source.clone().into(),
            Cell::Int(e.version),
            e.dispute.clone().into(),
        ]);
    }
    let mut comments = Table::new(
        "graders_comments",
        &["date", "evaluation", "item", "comment"],
    );
    for c in &s.comments {
        comments.push(vec![
            c.date.clone().into(),
            Cell::Int(c.evaluation_id),
            c.item.clone().into(),
            c.text.clone().into(),
        ]);
    }
    let mut citizens = Table::new(
        "citizens",
        &["callback", "service", "satisfaction_staff", "comment"],
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

pub fn stars(s: &Stars) -> Vec<Table> {
    let mut stars = Table::new(
        "stars",
        &[
            "place",
            "employee_no",
            "name",
            "department",
            "evaluations",
            "mean",
            "ci95_low",
            "ci95_high",
            "ranking_score",
            "satisfaction_staff",
            "ratings",
            "tied_with",
            "decided_by_satisfaction",
            "best_items",
            "citizens_words",
        ],
    );
    for st in &s.stars {
        let c = &st.candidate;
        stars.push(vec![
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
            (if st.decided_by_satisfaction {
                "yes"
            } else {
                ""
            })
            .into(),
            st.best_items
                .iter()
                .map(|(l, v)| format!("{l} ({v:.0})"))
                .collect::<Vec<_>>()
                .join("; ")
                .into(),
            st.words.join(" | ").into(),
        ]);
    }
    let mut below = Table::new(
        "below_minimum",
        &["employee_no", "name", "department", "evaluations", "mean"],
    );
    for c in &s.below_minimum {
        below.push(vec![
            c.staff.employee_no.clone().into(),
            c.staff.name.clone().into(),
            c.staff.department_name.clone().into(),
            Cell::Int(c.n as i64),
            r2(c.mean),
        ]);
    }
    vec![stars, below]
}

pub fn training(t: &Training) -> Vec<Table> {
    let mut columns: Vec<&str> = vec![
        "employee_no",
        "name",
        "department",
        "evaluations",
        "items_short",
    ];
    columns.extend(t.items.iter().map(|i| i.key.as_str()));
    let mut matrix = Table::new("matrix", &columns);
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
                Some(f) if f.short => format!("{:.0} (short)", f.score).into(),
                Some(f) => r2(f.score),
                None => Cell::Empty,
            });
        }
        matrix.push(cells);
    }
    let mut topics = Table::new(
        "topics",
        &["topic", "employee_no", "name", "department", "items"],
    );
    for topic in &t.topics {
        for (staff, items) in &topic.people {
            topics.push(vec![
                topic.topic.clone().into(),
                staff.employee_no.clone().into(),
                staff.name.clone().into(),
                staff.department_name.clone().into(),
                items.join("; ").into(),
            ]);
        }
    }
    let mut examples = Table::new(
        "examples",
        &[
            "item",
            "evaluation",
            "call",
            "date",
            "staff",
            "department",
            "item_score",
            "total",
            "shared",
        ],
    );
    for item in &t.examples {
        for e in &item.examples {
            examples.push(vec![
                item.label.clone().into(),
                Cell::Int(e.evaluation_id),
                Cell::Int(e.call_id),
                e.date.clone().into(),
                e.staff_name.clone().into(),
                e.department_name.clone().into(),
                r2(e.item_score),
                r2(e.total),
                (if e.shared { "yes" } else { "" }).into(),
            ]);
        }
    }
    vec![matrix, topics, examples]
}

pub fn disputes(list: &[Dispute], staff_name: impl Fn(Option<i64>) -> String) -> Table {
    let mut t = Table::new(
        "disputes",
        &[
            "dispute",
            "evaluation",
            "call_date",
            "staff",
            "items",
            "comment",
            "raised_by",
            "state",
            "reviewed_by",
            "resolution",
            "resolution_hours",
        ],
    );
    for d in list {
        t.push(vec![
            Cell::Int(d.id),
            Cell::Int(d.evaluation_id),
            d.local_date.clone().into(),
            staff_name(d.staff_id).into(),
            d.item_keys().join("; ").into(),
            d.comment.clone().into(),
            d.raised_by.clone().into(),
            d.state.clone().into(),
            d.reviewed_by.clone().into(),
            d.resolution.clone().into(),
            r2o(d.resolution_hours()),
        ]);
    }
    t
}
