//! What the items and stages of final evaluations are called, and their
//! training topics: in the words of the script each evaluation was graded
//! with, at the version it was graded with. Two scripts may use one item key
//! under different labels (a Korean and a Russian script both have
//! `listening`), so labels are read from the evaluations' own scripts,
//! never from whichever loaded script happens to come first.

use std::collections::HashMap;

use serde::Serialize;

use super::results::Final;
use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::grading;
use crate::scripts::{CallScript, ScriptKind, ScriptLibrary};

/// What an item or stage is called, and its training topic, as the scripts say.
#[derive(Clone, Debug, Serialize)]
pub struct ItemInfo {
    pub key: String,
    /// The item's label in the scripts its evaluations were graded with;
    /// where those scripts label it differently, each label once, the most
    /// used script's first, joined by [`LABEL_JOIN`].
    pub label: String,
    pub stage_key: String,
    pub topic: Option<String>,
    /// Scored from the call's measures, not by a grader.
    pub measured: bool,
}

/// Between the labels of one item in different scripts.
pub const LABEL_JOIN: &str = " / ";

/// The scripts a set of final evaluations were graded with, by id and
/// version: the loaded script when it is that version, otherwise the
/// stored text of the version.
#[derive(Clone, Debug, Default)]
pub struct GradedScripts {
    by_version: HashMap<(String, String), CallScript>,
}

impl GradedScripts {
    /// One look-up per distinct script version, and none for the loaded ones.
    pub async fn load(
        db: &Db,
        library: &ScriptLibrary,
        finals: &[Final],
    ) -> AppResult<GradedScripts> {
        let mut graded = GradedScripts::default();
        for f in finals {
            let key = (f.script_id.clone(), f.script_version.clone());
            if graded.by_version.contains_key(&key) {
                continue;
            }
            let script = match grading::script_for(db, library, &f.script_id, &f.script_version)
                .await
            {
                Ok(script) => script,
                // A version whose text was never kept reads in the words
                // of the loaded script of that id, if there is one.
                Err(AppError::NotFound(_)) => match library.get(&f.script_id) {
                    Some(script) => {
                        tracing::warn!(
                            script = %f.script_id,
                            version = %f.script_version,
                            "no stored text of a graded script version; labelling it by the loaded version"
                        );
                        script.clone()
                    }
                    None => continue,
                },
                Err(e) => return Err(e),
            };
            graded.by_version.insert(key, script);
        }
        Ok(graded)
    }

    /// The script `f` was graded with, if it is known.
    pub fn of(&self, f: &Final) -> Option<&CallScript> {
        self.by_version
            .get(&(f.script_id.clone(), f.script_version.clone()))
    }
}

/// Labels and topics for items and stages: from the scripts the evaluations
/// were graded with (the most used first), then, for anything those do not
/// name, from the loaded evaluation scripts.
#[derive(Clone, Debug, Default)]
pub struct Rubrics {
    pub items: Vec<ItemInfo>,
    pub stages: Vec<(String, String)>,
}

impl Rubrics {
    /// The rubrics of `finals`. Built from one person's evaluations, they
    /// speak that person's scripts' words.
    pub fn new(library: &ScriptLibrary, graded: &GradedScripts, finals: &[Final]) -> Rubrics {
        let mut used: Vec<(&CallScript, usize)> = Vec::new();
        for script in finals.iter().filter_map(|f| graded.of(f)) {
            match used.iter_mut().find(|(s, _)| std::ptr::eq(*s, script)) {
                Some((_, n)) => *n += 1,
                None => used.push((script, 1)),
            }
        }
        // Stable: among equally used scripts the first graded comes first.
        used.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
        let mut rubrics = Rubrics::default();
        // Every label the graded scripts give an item, each once.
        let mut labels: HashMap<&str, Vec<&str>> = HashMap::new();
        for (script, _) in used {
            rubrics.add(script);
            for (_, item) in script.items() {
                let known = labels.entry(item.key.as_str()).or_default();
                if !known.contains(&item.label.as_str()) {
                    known.push(&item.label);
                }
            }
        }
        for item in &mut rubrics.items {
            if let Some(labels) = labels.get(item.key.as_str()) {
                item.label = labels.join(LABEL_JOIN);
            }
        }
        for script in library.of_kind(ScriptKind::Evaluation) {
            rubrics.add(script);
        }
        rubrics
    }

    /// Adds the stages and items `script` names that are not named yet.
    fn add(&mut self, script: &CallScript) {
        for stage in &script.stages {
            if !self.stages.iter().any(|(k, _)| *k == stage.key) {
                self.stages.push((stage.key.clone(), stage.title.clone()));
            }
            for item in &stage.items {
                if !self.items.iter().any(|i| i.key == item.key) {
                    self.items.push(ItemInfo {
                        key: item.key.clone(),
                        label: item.label.clone(),
                        stage_key: stage.key.clone(),
                        topic: item.training_topic.clone(),
                        measured: item.auto.is_some(),
                    });
                }
            }
        }
    }

    pub fn item(&self, key: &str) -> Option<&ItemInfo> {
        self.items.iter().find(|i| i.key == key)
    }

    pub fn label(&self, key: &str) -> String {
        self.item(key)
            .map_or_else(|| key.to_string(), |i| i.label.clone())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::path::PathBuf;

    use super::*;

    fn shipped() -> ScriptLibrary {
        ScriptLibrary::load_dir(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("call-scripts"))
            .unwrap()
    }

    fn graded_with(script: &CallScript) -> Final {
        Final {
            evaluation_id: 1,
            call_id: 1,
            staff_id: Some(1),
            department_id: Some(1),
            local_date: "2026-10-05".into(),
            total: 70.0,
            band: "needs_improvement".into(),
            band_good: 80.0,
            script_id: script.id.clone(),
            script_version: script.version.clone(),
            connection: Some("person".into()),
            source: "single".into(),
            version: 1,
            locked: false,
            finalized_at: None,
            stages: Vec::new(),
            items: BTreeMap::new(),
            weight: 1.0,
            policy: "connection".into(),
        }
    }

    fn graded(scripts: &[&CallScript]) -> GradedScripts {
        GradedScripts {
            by_version: scripts
                .iter()
                .map(|s| ((s.id.clone(), s.version.clone()), (*s).clone()))
                .collect(),
        }
    }

    #[test]
    fn each_set_of_evaluations_reads_in_its_own_scripts_labels() {
        let library = shipped();
        let ko = library.get("passport-reissue-ko").unwrap();
        let ru = library.get("address-registration-ru").unwrap();
        let label = |s: &CallScript| s.item("listening").unwrap().1.label.clone();
        let scripts = graded(&[ko, ru]);
        // Korean evaluations outnumber Russian ones, yet the Russian
        // evaluations alone read in Russian.
        let everyone = [graded_with(ko), graded_with(ko), graded_with(ru)];
        let russian = Rubrics::new(&library, &scripts, &everyone[2..]);
        assert_eq!(russian.label("listening"), label(ru));
        let korean = Rubrics::new(&library, &scripts, &everyone[..2]);
        assert_eq!(korean.label("listening"), label(ko));
        // Over both, each label once, the more used script's first.
        let both = Rubrics::new(&library, &scripts, &everyone);
        assert_eq!(
            both.label("listening"),
            format!("{}{LABEL_JOIN}{}", label(ko), label(ru))
        );
        // An item only the loaded scripts name still has a name.
        assert!(both.item("offers_egov").is_some());
    }

    #[test]
    fn an_older_version_reads_in_its_own_words() {
        let library = shipped();
        let current = library.get("address-registration-ru").unwrap();
        let old_label = "Слушал (старая редакция)";
        let text = current
            .source
            .replace(&current.item("listening").unwrap().1.label, old_label);
        let old = crate::scripts::parse("old.toml", &text).unwrap();
        assert_ne!(old.version, current.version);
        let rubrics = Rubrics::new(&library, &graded(&[&old]), &[graded_with(&old)]);
        assert_eq!(rubrics.label("listening"), old_label);
    }
}
