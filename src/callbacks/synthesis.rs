//! The synthesis for leadership: for a centre and a day, week (Monday to
//! Sunday) or month, how many citizens were drawn and what became of them,
//! how satisfied those reached were (averages and the 1–5 distribution, by
//! department, service and staff member), every comment, question and
//! suggestion grouped by category, and the follow-ups still open.
//!
//! Callbacks belong to the day of the draw that picked them, whenever they
//! were finally made, so a day's figures settle as its retries finish; the
//! callbacks still open are counted as such.

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::desk::{CATEGORIES, STATES, STORED_OUTCOMES};
use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::reports::export::{Cell, Table};
use crate::roster::Centre;
use crate::{msg, tr};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Span {
    #[default]
    Day,
    Week,
    Month,
}

/// The days a synthesis covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Period {
    pub span: Span,
    pub first: NaiveDate,
    pub last: NaiveDate,
}

impl Period {
    /// The day, the week (Monday first) or the month that holds `date`.
    pub fn containing(span: Span, date: NaiveDate) -> Period {
        let (first, last) = match span {
            Span::Day => (date, date),
            Span::Week => {
                let first = date - Duration::days(date.weekday().num_days_from_monday() as i64);
                (first, first + Duration::days(6))
            }
            Span::Month => {
                let first = date.with_day(1).unwrap_or(date);
                let last = first + Months::new(1) - Duration::days(1);
                (first, last)
            }
        };
        Period { span, first, last }
    }

    pub fn previous(&self) -> Period {
        Period::containing(self.span, self.first - Duration::days(1))
    }

    pub fn next(&self) -> Period {
        Period::containing(self.span, self.last + Duration::days(1))
    }

    /// "Tuesday, 1 September 2026", "week 36 of 2026 (31 Aug 2026 – 6 Sep
    /// 2026)", "September 2026", in the reader's language.
    pub fn label(&self, lang: &Lang) -> String {
        match self.span {
            Span::Day => lang.date_long(self.first),
            Span::Week => tr!(
                lang,
                "synthesis-period-week",
                week = self.first.iso_week().week(),
                year = self.first.iso_week().year().to_string(),
                first = lang.date(self.first),
                last = lang.date(self.last)
            ),
            Span::Month => lang.month_year(self.first.year(), self.first.month()),
        }
    }

    /// A short tag for file names.
    pub fn tag(&self) -> String {
        match self.span {
            Span::Day => self.first.to_string(),
            Span::Week => format!(
                "{}-W{:02}",
                self.first.iso_week().year(),
                self.first.iso_week().week()
            ),
            Span::Month => self.first.format("%Y-%m").to_string(),
        }
    }
}

/// What became of the callbacks drawn: each callback counts once.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub drawn: i64,
    pub reached: i64,
    pub unreachable: i64,
    pub refused: i64,
    pub wrong_number: i64,
    pub never_call: i64,
    /// Still to be called or retried.
    pub pending: i64,
}

impl Counts {
    fn add(&mut self, row: &Row) {
        self.drawn += 1;
        match (row.state.as_str(), row.outcome.as_deref()) {
            ("open", _) => self.pending += 1,
            ("unreachable", _) => self.unreachable += 1,
            (_, Some("reached")) => self.reached += 1,
            (_, Some("refused")) => self.refused += 1,
            (_, Some("wrong_number")) => self.wrong_number += 1,
            (_, Some("never_call")) => self.never_call += 1,
            _ => self.pending += 1,
        }
    }

    /// Reached as a share of those whose calls are over.
    pub fn reach_rate(&self) -> Option<f64> {
        let settled = self.drawn - self.pending;
        (settled > 0).then(|| self.reached as f64 / settled as f64)
    }
}

/// Answers on one 1–5 question.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Score {
    pub n: i64,
    pub mean: Option<f64>,
    /// How many answered 1, 2, 3, 4 and 5.
    pub distribution: [i64; 5],
}

impl Score {
    fn add(&mut self, value: Option<i64>) {
        if let Some(v @ 1..=5) = value {
            self.distribution[(v - 1) as usize] += 1;
            self.n += 1;
            let sum: i64 = self
                .distribution
                .iter()
                .enumerate()
                .map(|(i, c)| (i as i64 + 1) * c)
                .sum();
            self.mean = Some(sum as f64 / self.n as f64);
        }
    }
}

/// Satisfaction of the citizens reached, on the three questions.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Satisfaction {
    pub staff: Score,
    pub process: Score,
    pub overall: Score,
}

impl Satisfaction {
    fn add(&mut self, row: &Row) {
        self.staff.add(row.satisfaction_staff);
        self.process.add(row.satisfaction_process);
        self.overall.add(row.satisfaction_overall);
    }
}

/// Satisfaction for one department, service or staff member.
#[derive(Clone, Debug, Serialize)]
pub struct Group {
    pub key: String,
    pub label: String,
    /// For a staff member, their department.
    pub detail: Option<String>,
    pub reached: i64,
    pub satisfaction: Satisfaction,
}

/// One citizen's words.
#[derive(Clone, Debug, Serialize)]
pub struct Remark {
    pub callback_id: i64,
    pub day: String,
    pub department: Option<String>,
    pub service: String,
    pub staff: Option<String>,
    pub comments: Option<String>,
    pub questions: Option<String>,
    pub suggestions: Option<String>,
    pub satisfaction_overall: Option<i64>,
}

/// The category of what citizens said without one.
pub const UNCATEGORISED: &str = "uncategorised";

#[derive(Clone, Debug, Serialize)]
pub struct Category {
    pub category: String,
    pub remarks: Vec<Remark>,
}

/// A follow-up promised to a citizen and not yet done.
#[derive(Clone, Debug, Serialize)]
pub struct FollowUp {
    pub callback_id: i64,
    pub day: String,
    pub by: Option<String>,
    pub department: Option<String>,
    pub service: String,
    pub staff: Option<String>,
    pub category: Option<String>,
    pub what: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct DayLine {
    pub day: String,
    pub counts: Counts,
    pub reach_rate: Option<f64>,
    pub satisfaction: Satisfaction,
}

#[derive(Clone, Debug, Serialize)]
pub struct Synthesis {
    pub centre: Centre,
    pub period: Period,
    pub label: String,
    pub counts: Counts,
    pub reach_rate: Option<f64>,
    pub satisfaction: Satisfaction,
    /// One line per day of the period that had a draw.
    pub days: Vec<DayLine>,
    pub by_department: Vec<Group>,
    pub by_service: Vec<Group>,
    pub by_staff: Vec<Group>,
    pub remarks: Vec<Category>,
    /// Open follow-ups of this period and of earlier ones.
    pub follow_ups: Vec<FollowUp>,
    /// Callbacks of the period, without the citizens' names and numbers.
    pub callbacks: Vec<Row>,
}

#[derive(Clone, Debug, Serialize, sqlx::FromRow)]
pub struct Row {
    pub id: i64,
    pub day: String,
    pub state: String,
    pub outcome: Option<String>,
    pub attempts: i64,
    pub satisfaction_staff: Option<i64>,
    pub satisfaction_process: Option<i64>,
    pub satisfaction_overall: Option<i64>,
    pub comments: Option<String>,
    pub questions: Option<String>,
    pub suggestions: Option<String>,
    pub category: Option<String>,
    pub follow_up_needed: i64,
    pub follow_up_by: Option<String>,
    pub follow_up_done_at: Option<i64>,
    pub service: String,
    pub life_situation: Option<String>,
    pub channel: String,
    pub department_code: Option<String>,
    pub department: Option<String>,
    pub employee_no: Option<String>,
    pub staff: Option<String>,
}

const ROWS: &str = "SELECT c.id, dr.day, c.state, c.outcome, c.attempts, c.satisfaction_staff, c.satisfaction_process, \
    c.satisfaction_overall, c.comments, c.questions, c.suggestions, c.category, c.follow_up_needed, c.follow_up_by, \
    c.follow_up_done_at, v.service, v.life_situation, v.channel, d.code AS department_code, d.name AS department, \
    s.employee_no, s.name AS staff \
    FROM callbacks c JOIN callback_draws dr ON dr.id = c.draw_id JOIN service_visits v ON v.id = c.visit_id \
    LEFT JOIN departments d ON d.id = v.department_id LEFT JOIN staff s ON s.id = v.staff_id";

/// The synthesis of `centre` over `period`, its label in `lang`.
pub async fn build(db: &Db, centre: &Centre, period: Period, lang: &Lang) -> AppResult<Synthesis> {
    let rows: Vec<Row> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{ROWS} WHERE c.centre_id = $1 AND dr.day >= $2 AND dr.day <= $3 ORDER BY dr.day, c.id"
    )))
    .bind(centre.id)
    .bind(period.first.to_string())
    .bind(period.last.to_string())
    .fetch_all(&db.pool)
    .await?;
    let open: Vec<Row> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{ROWS} WHERE c.centre_id = $1 AND dr.day <= $2 AND c.follow_up_needed = 1 \
         AND c.follow_up_done_at IS NULL ORDER BY dr.day, c.id"
    )))
    .bind(centre.id)
    .bind(period.last.to_string())
    .fetch_all(&db.pool)
    .await?;
    Ok(summarise(centre.clone(), period, rows, &open, lang))
}

fn group_of(
    groups: &mut BTreeMap<String, Group>,
    key: String,
    label: String,
    detail: Option<String>,
) -> &mut Group {
    groups.entry(key.clone()).or_insert_with(|| Group {
        key,
        label,
        detail,
        reached: 0,
        satisfaction: Satisfaction::default(),
    })
}

fn sorted(groups: BTreeMap<String, Group>) -> Vec<Group> {
    let mut groups: Vec<Group> = groups.into_values().collect();
    groups.sort_by(|a, b| a.label.cmp(&b.label).then(a.key.cmp(&b.key)));
    groups
}

fn what(row: &Row) -> Option<String> {
    let parts: Vec<&str> = [&row.questions, &row.comments, &row.suggestions]
        .into_iter()
        .filter_map(|t| t.as_deref())
        .collect();
    (!parts.is_empty()).then(|| parts.join(" / "))
}

/// The figures of a synthesis, from its callbacks and the open follow-ups.
pub fn summarise(
    centre: Centre,
    period: Period,
    rows: Vec<Row>,
    open: &[Row],
    lang: &Lang,
) -> Synthesis {
    let mut counts = Counts::default();
    let mut satisfaction = Satisfaction::default();
    let mut days: BTreeMap<String, (Counts, Satisfaction)> = BTreeMap::new();
    let mut departments = BTreeMap::new();
    let mut services = BTreeMap::new();
    let mut staff = BTreeMap::new();
    let mut categories: BTreeMap<usize, Category> = BTreeMap::new();
    for row in &rows {
        counts.add(row);
        let day = days.entry(row.day.clone()).or_default();
        day.0.add(row);
        if row.state != "open" && row.outcome.as_deref() == Some("reached") {
            satisfaction.add(row);
            day.1.add(row);
            // Visits with no department make one group, its key and label empty.
            let department = group_of(
                &mut departments,
                row.department_code.clone().unwrap_or_default(),
                row.department.clone().unwrap_or_default(),
                None,
            );
            department.reached += 1;
            department.satisfaction.add(row);
            let service = group_of(
                &mut services,
                row.service.clone(),
                row.service.clone(),
                None,
            );
            service.reached += 1;
            service.satisfaction.add(row);
            if let Some(no) = &row.employee_no {
                let person = group_of(
                    &mut staff,
                    no.clone(),
                    row.staff.clone().unwrap_or_else(|| no.clone()),
                    row.department.clone(),
                );
                person.reached += 1;
                person.satisfaction.add(row);
            }
        }
        let said = [&row.comments, &row.questions, &row.suggestions]
            .iter()
            .any(|t| t.as_deref().is_some_and(|t| !t.trim().is_empty()));
        if said {
            let (rank, name) = match row.category.as_deref() {
                Some(c) => match CATEGORIES.iter().position(|k| *k == c) {
                    Some(i) => (i, c.to_string()),
                    None => (CATEGORIES.len(), c.to_string()),
                },
                None => (CATEGORIES.len() + 1, UNCATEGORISED.to_string()),
            };
            categories
                .entry(rank)
                .or_insert_with(|| Category {
                    category: name,
                    remarks: Vec::new(),
                })
                .remarks
                .push(Remark {
                    callback_id: row.id,
                    day: row.day.clone(),
                    department: row.department.clone(),
                    service: row.service.clone(),
                    staff: row.staff.clone(),
                    comments: row.comments.clone(),
                    questions: row.questions.clone(),
                    suggestions: row.suggestions.clone(),
                    satisfaction_overall: row.satisfaction_overall,
                });
        }
    }
    let follow_ups = open
        .iter()
        .map(|row| FollowUp {
            callback_id: row.id,
            day: row.day.clone(),
            by: row.follow_up_by.clone(),
            department: row.department.clone(),
            service: row.service.clone(),
            staff: row.staff.clone(),
            category: row.category.clone(),
            what: what(row),
        })
        .collect();
    Synthesis {
        label: period.label(lang),
        reach_rate: counts.reach_rate(),
        centre,
        period,
        counts,
        satisfaction,
        days: days
            .into_iter()
            .map(|(day, (counts, satisfaction))| DayLine {
                day,
                reach_rate: counts.reach_rate(),
                counts,
                satisfaction,
            })
            .collect(),
        by_department: sorted(departments),
        by_service: sorted(services),
        by_staff: sorted(staff),
        remarks: categories.into_values().collect(),
        follow_ups,
        callbacks: rows,
    }
}

/// The centre a callback belongs to.
pub async fn centre_of(db: &Db, callback_id: i64) -> AppResult<Option<i64>> {
    Ok(
        sqlx::query_scalar("SELECT centre_id FROM callbacks WHERE id = $1")
            .bind(callback_id)
            .fetch_optional(&db.pool)
            .await?,
    )
}

/// Marks a follow-up as done.
pub async fn follow_up_done(db: &Db, callback_id: i64, now_ms: i64) -> AppResult<()> {
    let done = sqlx::query(
        "UPDATE callbacks SET follow_up_done_at = $1, updated_at = $1 \
         WHERE id = $2 AND follow_up_needed = 1 AND follow_up_done_at IS NULL",
    )
    .bind(now_ms)
    .bind(callback_id)
    .execute(&db.pool)
    .await?;
    if done.rows_affected() == 0 {
        return Err(AppError::Conflict(msg!(
            "synthesis-no-open-follow-up",
            id = callback_id.to_string()
        )));
    }
    Ok(())
}

// --- Tables for download ------------------------------------------------

/// The tables a synthesis can be downloaded as, by name.
pub const TABLES: [&str; 7] = [
    "summary",
    "departments",
    "services",
    "staff",
    "comments",
    "follow-ups",
    "callbacks",
];

fn rate(r: Option<f64>) -> Cell {
    r.map(|r| Cell::Num((r * 1000.0).round() / 10.0))
        .unwrap_or(Cell::Empty)
}

fn mean(s: &Score) -> Cell {
    s.mean
        .map(|m| Cell::Num((m * 100.0).round() / 100.0))
        .unwrap_or(Cell::Empty)
}

fn satisfaction_cells(s: &Satisfaction) -> Vec<Cell> {
    let mut cells = vec![mean(&s.staff), mean(&s.process), mean(&s.overall)];
    cells.extend(s.overall.distribution.iter().map(|n| Cell::Int(*n)));
    cells
}

/// Column headings in the reader's language: the given message ids, then
/// the satisfaction columns when `satisfaction`.
fn headings(lang: &Lang, ids: &[&str], satisfaction: bool) -> Vec<String> {
    let mut out: Vec<String> = ids.iter().map(|id| lang.t(id)).collect();
    if satisfaction {
        out.push(lang.t("synthesis-col-staff-mean"));
        out.push(lang.t("synthesis-col-process-mean"));
        out.push(lang.t("synthesis-col-overall-mean"));
        out.extend((1..=5).map(|score| tr!(lang, "synthesis-col-overall-answer", score = score)));
    }
    out
}

/// A value of an enumeration in the reader's language (`prefix` + value),
/// or as it is when the catalogue does not know it.
fn label(lang: &Lang, prefix: &str, known: &[&str], value: &str) -> Cell {
    if known.contains(&value) {
        Cell::Text(lang.t(&format!("{prefix}{value}")))
    } else {
        Cell::Text(value.to_string())
    }
}

fn category(lang: &Lang, value: &Option<String>) -> Cell {
    match value.as_deref() {
        None => Cell::Empty,
        Some(c) if c == UNCATEGORISED => label(lang, "comment-category-", &[UNCATEGORISED], c),
        Some(c) => label(lang, "comment-category-", &CATEGORIES, c),
    }
}

fn date_cell(day: &str) -> Cell {
    day.parse::<NaiveDate>()
        .map(Cell::Date)
        .unwrap_or_else(|_| Cell::Text(day.to_string()))
}

fn groups_table(
    name: String,
    columns: Vec<String>,
    groups: &[Group],
    staff: bool,
    lang: &Lang,
) -> Table {
    let mut t = Table::new(name, &[]);
    t.columns = columns;
    for g in groups {
        let name = if g.key.is_empty() && g.label.is_empty() {
            lang.t("synthesis-no-department")
        } else {
            g.label.clone()
        };
        let mut row: Vec<Cell> = vec![Cell::Text(g.key.clone()), Cell::Text(name)];
        if staff {
            row.push(g.detail.clone().into());
        }
        row.push(Cell::Int(g.reached));
        row.extend(satisfaction_cells(&g.satisfaction));
        t.push(row);
    }
    t
}

impl Synthesis {
    /// One of [`TABLES`] as a table, its sheet name and headings in `lang`.
    pub fn table(&self, name: &str, lang: &Lang) -> AppResult<Table> {
        let code = &self.centre.code;
        let tag = self.period.tag();
        let title = |id: &str| {
            tr!(
                lang,
                "synthesis-sheet",
                table = lang.t(id),
                centre = code.as_str(),
                period = tag.as_str()
            )
        };
        Ok(match name {
            "summary" => {
                let mut t = Table::new(title("synthesis-table-summary"), &[]);
                t.columns = headings(
                    lang,
                    &[
                        "synthesis-col-day",
                        "synthesis-col-drawn",
                        "synthesis-col-reached",
                        "synthesis-col-unreachable",
                        "synthesis-col-refused",
                        "synthesis-col-wrong-number",
                        "synthesis-col-do-not-call",
                        "synthesis-col-pending",
                        "synthesis-col-reached-percent",
                    ],
                    true,
                );
                let line = |day: Cell, c: &Counts, r: Option<f64>, s: &Satisfaction| {
                    let mut row = vec![
                        day,
                        c.drawn.into(),
                        c.reached.into(),
                        c.unreachable.into(),
                        c.refused.into(),
                        c.wrong_number.into(),
                        c.never_call.into(),
                        c.pending.into(),
                        rate(r),
                    ];
                    row.extend(satisfaction_cells(s));
                    row
                };
                for d in &self.days {
                    t.push(line(
                        date_cell(&d.day),
                        &d.counts,
                        d.reach_rate,
                        &d.satisfaction,
                    ));
                }
                t.push(line(
                    lang.t("synthesis-total").into(),
                    &self.counts,
                    self.reach_rate,
                    &self.satisfaction,
                ));
                t
            }
            "departments" => groups_table(
                title("synthesis-table-departments"),
                headings(
                    lang,
                    &[
                        "synthesis-col-department-code",
                        "synthesis-col-department",
                        "synthesis-col-reached",
                    ],
                    true,
                ),
                &self.by_department,
                false,
                lang,
            ),
            "services" => groups_table(
                title("synthesis-table-services"),
                headings(
                    lang,
                    &[
                        "synthesis-col-service",
                        "synthesis-col-service-name",
                        "synthesis-col-reached",
                    ],
                    true,
                ),
                &self.by_service,
                false,
                lang,
            ),
            "staff" => groups_table(
                title("synthesis-table-staff"),
                headings(
                    lang,
                    &[
                        "synthesis-col-employee-no",
                        "synthesis-col-name",
                        "synthesis-col-department",
                        "synthesis-col-reached",
                    ],
                    true,
                ),
                &self.by_staff,
                true,
                lang,
            ),
            "comments" => {
                let mut t = Table::new(title("synthesis-table-comments"), &[]);
                t.columns = headings(
                    lang,
                    &[
                        "synthesis-col-category",
                        "synthesis-col-day",
                        "synthesis-col-callback",
                        "synthesis-col-department",
                        "synthesis-col-service",
                        "synthesis-col-staff-member",
                        "synthesis-col-overall",
                        "synthesis-col-comments",
                        "synthesis-col-questions",
                        "synthesis-col-suggestions",
                    ],
                    false,
                );
                for c in &self.remarks {
                    for r in &c.remarks {
                        t.push(vec![
                            category(lang, &Some(c.category.clone())),
                            date_cell(&r.day),
                            r.callback_id.into(),
                            (&r.department).into(),
                            r.service.as_str().into(),
                            (&r.staff).into(),
                            r.satisfaction_overall.into(),
                            (&r.comments).into(),
                            (&r.questions).into(),
                            (&r.suggestions).into(),
                        ]);
                    }
                }
                t
            }
            "follow-ups" => {
                let mut t = Table::new(title("synthesis-table-follow-ups"), &[]);
                t.columns = headings(
                    lang,
                    &[
                        "synthesis-col-callback",
                        "synthesis-col-day",
                        "synthesis-col-who-follows-up",
                        "synthesis-col-department",
                        "synthesis-col-service",
                        "synthesis-col-staff-member",
                        "synthesis-col-category",
                        "synthesis-col-what-said",
                    ],
                    false,
                );
                for f in &self.follow_ups {
                    t.push(vec![
                        f.callback_id.into(),
                        date_cell(&f.day),
                        (&f.by).into(),
                        (&f.department).into(),
                        f.service.as_str().into(),
                        (&f.staff).into(),
                        category(lang, &f.category),
                        (&f.what).into(),
                    ]);
                }
                t
            }
            "callbacks" => {
                let mut t = Table::new(title("synthesis-table-callbacks"), &[]);
                t.columns = headings(
                    lang,
                    &[
                        "synthesis-col-callback",
                        "synthesis-col-day",
                        "synthesis-col-department-code",
                        "synthesis-col-department",
                        "synthesis-col-service",
                        "synthesis-col-life-situation",
                        "synthesis-col-channel",
                        "synthesis-col-employee-no",
                        "synthesis-col-staff-member",
                        "synthesis-col-state",
                        "synthesis-col-outcome",
                        "synthesis-col-attempts",
                        "synthesis-col-staff-attitude",
                        "synthesis-col-process",
                        "synthesis-col-overall",
                        "synthesis-col-category",
                        "synthesis-col-follow-up-by",
                    ],
                    false,
                );
                for r in &self.callbacks {
                    t.push(vec![
                        r.id.into(),
                        date_cell(&r.day),
                        (&r.department_code).into(),
                        (&r.department).into(),
                        r.service.as_str().into(),
                        (&r.life_situation).into(),
                        label(
                            lang,
                            "visits-channel-",
                            &super::visits::CHANNELS,
                            &r.channel,
                        ),
                        (&r.employee_no).into(),
                        (&r.staff).into(),
                        label(lang, "callbacks-state-", &STATES, &r.state),
                        match &r.outcome {
                            Some(o) => label(lang, "outcome-", &STORED_OUTCOMES, o),
                            None => Cell::Empty,
                        },
                        r.attempts.into(),
                        r.satisfaction_staff.into(),
                        r.satisfaction_process.into(),
                        r.satisfaction_overall.into(),
                        category(lang, &r.category),
                        if r.follow_up_needed == 1 {
                            (&r.follow_up_by).into()
                        } else {
                            Cell::Empty
                        },
                    ]);
                }
                t
            }
            other => {
                return Err(AppError::invalid(
                    "table",
                    msg!(
                        "synthesis-unknown-table",
                        table = other,
                        tables = TABLES.join(", ")
                    ),
                ));
            }
        })
    }

    /// Every table, for a workbook, in `lang`.
    pub fn tables(&self, lang: &Lang) -> Vec<Table> {
        TABLES
            .iter()
            .filter_map(|name| self.table(name, lang).ok())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roster::TimeZone;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn weeks_start_on_monday_and_months_end_on_their_last_day() {
        let w = Period::containing(Span::Week, day("2026-09-03"));
        assert_eq!((w.first, w.last), (day("2026-08-31"), day("2026-09-06")));
        assert_eq!(w.tag(), "2026-W36");
        let m = Period::containing(Span::Month, day("2028-02-14"));
        assert_eq!((m.first, m.last), (day("2028-02-01"), day("2028-02-29")));
        assert_eq!(m.previous().first, day("2028-01-01"));
        assert_eq!(m.next().last, day("2028-03-31"));
        let d = Period::containing(Span::Day, day("2026-12-31"));
        assert_eq!(d.next().first, day("2027-01-01"));
    }

    fn row(id: i64, state: &str, outcome: Option<&str>, scores: [Option<i64>; 3]) -> Row {
        Row {
            id,
            day: "2026-09-01".into(),
            state: state.into(),
            outcome: outcome.map(Into::into),
            attempts: 1,
            satisfaction_staff: scores[0],
            satisfaction_process: scores[1],
            satisfaction_overall: scores[2],
            comments: None,
            questions: None,
            suggestions: None,
            category: None,
            follow_up_needed: 0,
            follow_up_by: None,
            follow_up_done_at: None,
            service: "Hộ tịch".into(),
            life_situation: None,
            channel: "counter".into(),
            department_code: Some("DT-CIVIL".into()),
            department: Some("Hộ tịch".into()),
            employee_no: Some("DT-02".into()),
            staff: Some("Trần Văn Minh".into()),
        }
    }

    fn centre() -> Centre {
        Centre {
            id: 1,
            code: "DT".into(),
            name: "Đồng Tháp".into(),
            time_zone: TimeZone::parse("Asia/Ho_Chi_Minh").unwrap(),
        }
    }

    #[test]
    fn each_callback_counts_once_and_only_the_reached_are_scored() {
        let mut praise = row(1, "closed", Some("reached"), [Some(5), Some(4), Some(5)]);
        praise.comments = Some("Rất tận tình".into());
        praise.category = Some("praise".into());
        let mut complaint = row(2, "closed", Some("reached"), [Some(2), Some(1), None]);
        complaint.suggestions = Some("Thêm quầy".into());
        complaint.category = Some("complaint".into());
        complaint.follow_up_needed = 1;
        complaint.follow_up_by = Some("Phó giám đốc".into());
        let mut loose = row(7, "closed", Some("refused"), [None; 3]);
        loose.comments = Some("Không muốn trả lời".into());
        let rows = vec![
            praise,
            complaint.clone(),
            row(3, "unreachable", Some("no_answer"), [None; 3]),
            row(4, "open", Some("busy"), [None; 3]),
            row(5, "closed", Some("never_call"), [None; 3]),
            row(6, "closed", Some("wrong_number"), [None; 3]),
            loose,
        ];
        let period = Period::containing(Span::Day, day("2026-09-01"));
        let en = Lang::english();
        let s = summarise(centre(), period, rows, &[complaint], &en);
        assert_eq!(
            s.counts,
            Counts {
                drawn: 7,
                reached: 2,
                unreachable: 1,
                refused: 1,
                wrong_number: 1,
                never_call: 1,
                pending: 1
            }
        );
        assert_eq!(s.reach_rate, Some(2.0 / 6.0));
        assert_eq!(s.satisfaction.staff.mean, Some(3.5));
        assert_eq!(s.satisfaction.staff.distribution, [0, 1, 0, 0, 1]);
        assert_eq!(
            s.satisfaction.overall.n, 1,
            "an unanswered question is not a zero"
        );
        assert_eq!(s.by_staff.len(), 1);
        assert_eq!(s.by_staff[0].reached, 2);
        let categories: Vec<&str> = s.remarks.iter().map(|c| c.category.as_str()).collect();
        assert_eq!(categories, ["praise", "complaint", "uncategorised"]);
        assert_eq!(s.follow_ups.len(), 1);
        assert_eq!(s.follow_ups[0].what.as_deref(), Some("Thêm quầy"));

        let summary = s.table("summary", &en).unwrap();
        let total = summary.rows.last().unwrap();
        assert_eq!(total[0], Cell::Text(String::from("total")));
        assert_eq!(total[1], Cell::Int(7));
        assert_eq!(total[8], Cell::Num(33.3));
        assert_eq!(summary.columns[9], "staff attitude (mean)");
        assert_eq!(summary.name, "Summary DT 2026-09-01");
        let comments = s.table("comments", &en).unwrap();
        assert_eq!(comments.rows.len(), 3);
        assert_eq!(comments.rows[0][0], Cell::Text(String::from("Praise")));
        assert!(s.table("nonsense", &en).is_err());
        assert_eq!(s.tables(&en).len(), TABLES.len());
        assert_eq!(s.label, "Tuesday, 1 September 2026");
    }
}
