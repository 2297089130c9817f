//! Training needs: for each staff member, the items where their mean score
//! falls under their campaigns' "good" threshold, grouped into the training
//! topics the call scripts define; and for each graded item, the recordings
//! that scored best on it, which HR can mark as examples to share. Each
//! person's items read in the labels of the scripts their own calls were
//! graded with: one item key may be labelled in Korean in one office's
//! script and in Russian in another's.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;

use super::disputes;
use super::results::{self, Final, Range, Scope, StaffInfo};
use super::rubrics::{GradedScripts, ItemInfo, Rubrics};
use super::scorecard::{self, ItemFigure};
use crate::db::Db;
use crate::error::AppResult;
use crate::scripts::ScriptLibrary;

/// Recordings listed per item as best practice.
pub const EXAMPLES_PER_ITEM: usize = 5;
/// The topic of items whose script gives none.
pub const NO_TOPIC: &str = "other";

#[derive(Clone, Debug, Serialize)]
pub struct StaffRow {
    pub staff: StaffInfo,
    pub evaluations: usize,
    /// Item key → the staff member's figure on it, labelled as their own
    /// scripts label it.
    pub items: BTreeMap<String, ItemFigure>,
    pub short_items: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct TopicNeed {
    /// The scripts' training topic; [`NO_TOPIC`] for items without one.
    pub topic: String,
    /// The items of this need have no training topic in their script.
    pub no_topic: bool,
    /// Who needs it, with the items they fall short on, labelled as the
    /// scripts of their own evaluations label them.
    pub people: Vec<(StaffInfo, Vec<String>)>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Example {
    pub evaluation_id: i64,
    /// Whose call it was.
    pub staff_name: Option<String>,
    pub department_name: Option<String>,
    pub call_id: i64,
    pub date: String,
    pub item_score: f64,
    pub total: f64,
    pub shared: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct ItemExamples {
    pub key: String,
    pub label: String,
    pub examples: Vec<Example>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Training {
    pub range: Range,
    /// The items in the matrix, in rubric order, with every label the
    /// period's scripts give them.
    pub items: Vec<ItemInfo>,
    /// Everyone with final evaluations in the period; those with needs first.
    pub rows: Vec<StaffRow>,
    pub topics: Vec<TopicNeed>,
    pub examples: Vec<ItemExamples>,
}

pub async fn build(
    db: &Db,
    library: &ScriptLibrary,
    scope: Scope,
    range: &Range,
) -> AppResult<Training> {
    let finals = results::finals(db, scope, range).await?;
    let graded = GradedScripts::load(db, library, &finals).await?;
    let rubrics = Rubrics::new(library, &graded, &finals);
    let mut by_staff: HashMap<i64, Vec<Final>> = HashMap::new();
    for f in &finals {
        if let Some(id) = f.staff_id {
            by_staff.entry(id).or_default().push(f.clone());
        }
    }
    let ids: Vec<i64> = by_staff.keys().copied().collect();
    let staff = results::staff_by_id(db, &ids).await?;

    let mut rows: Vec<StaffRow> = by_staff
        .iter()
        .filter_map(|(id, theirs)| {
            let own = Rubrics::new(library, &graded, theirs);
            let figures = scorecard::item_figures(&own, theirs);
            let short_items = figures
                .iter()
                .filter(|f| f.short)
                .map(|f| f.key.clone())
                .collect();
            Some(StaffRow {
                staff: staff.get(id)?.clone(),
                evaluations: theirs.len(),
                items: figures.into_iter().map(|f| (f.key.clone(), f)).collect(),
                short_items,
            })
        })
        .collect();
    rows.sort_by(|a, b| {
        b.short_items
            .len()
            .cmp(&a.short_items.len())
            .then_with(|| a.staff.department_name.cmp(&b.staff.department_name))
            .then_with(|| a.staff.employee_no.cmp(&b.staff.employee_no))
    });

    let used: HashSet<&str> = rows
        .iter()
        .flat_map(|r| r.items.keys().map(String::as_str))
        .collect();
    let items: Vec<ItemInfo> = rubrics
        .items
        .iter()
        .filter(|i| used.contains(i.key.as_str()))
        .cloned()
        .collect();

    let topics = topic_needs(&items, &rows);
    let shared: HashSet<(i64, String)> = disputes::shared_examples(db).await?.into_iter().collect();
    let examples = items
        .iter()
        .filter(|i| !i.measured)
        .map(|info| {
            let mut scored: Vec<&Final> = finals
                .iter()
                .filter(|f| {
                    f.connection.as_deref() == Some("person")
                        && f.items.get(&info.key).copied().flatten().is_some()
                })
                .collect();
            let share = |f: &Final| f.items.get(&info.key).copied().flatten().unwrap_or(0.0);
            let is_shared = |f: &Final| shared.contains(&(f.evaluation_id, info.key.clone()));
            scored.sort_by(|a, b| {
                is_shared(b)
                    .cmp(&is_shared(a))
                    .then_with(|| share(b).total_cmp(&share(a)))
                    .then_with(|| b.total.total_cmp(&a.total))
                    .then_with(|| b.local_date.cmp(&a.local_date))
            });
            ItemExamples {
                key: info.key.clone(),
                label: info.label.clone(),
                examples: scored
                    .into_iter()
                    .take(EXAMPLES_PER_ITEM)
                    .map(|f| Example {
                        evaluation_id: f.evaluation_id,
                        staff_name: f
                            .staff_id
                            .and_then(|id| staff.get(&id))
                            .map(|s| s.name.clone()),
                        department_name: f
                            .staff_id
                            .and_then(|id| staff.get(&id))
                            .map(|s| s.department_name.clone()),
                        call_id: f.call_id,
                        date: f.local_date.clone(),
                        item_score: 100.0 * share(f),
                        total: f.total,
                        shared: is_shared(f),
                    })
                    .collect(),
            }
        })
        .collect();

    Ok(Training {
        range: range.clone(),
        items,
        rows,
        topics,
        examples,
    })
}

/// The training topics of the period's items, each with the people who fall
/// short on an item of it. A person's item counts under the topic their own
/// script gives it, and is named by their own script's label.
fn topic_needs(items: &[ItemInfo], rows: &[StaffRow]) -> Vec<TopicNeed> {
    let mut topics: Vec<TopicNeed> = Vec::new();
    let mut need = |topic: Option<&str>| -> usize {
        let code = topic.unwrap_or(NO_TOPIC);
        match topics.iter().position(|t| t.topic == code) {
            Some(at) => at,
            None => {
                topics.push(TopicNeed {
                    topic: code.to_string(),
                    no_topic: topic.is_none(),
                    people: Vec::new(),
                });
                topics.len() - 1
            }
        }
    };
    let mut placed: Vec<(usize, &StaffRow, &ItemFigure)> = Vec::new();
    for info in items {
        need(info.topic.as_deref());
    }
    for row in rows {
        for key in &row.short_items {
            if let Some(figure) = row.items.get(key) {
                placed.push((need(figure.topic.as_deref()), row, figure));
            }
        }
    }
    for (at, row, figure) in placed {
        let people = &mut topics[at].people;
        match people.iter_mut().find(|(s, _)| s.id == row.staff.id) {
            Some((_, labels)) => labels.push(figure.label.clone()),
            None => people.push((row.staff.clone(), vec![figure.label.clone()])),
        }
    }
    topics
}
