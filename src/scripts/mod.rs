//! Call scripts: the scenario files in `call-scripts/`. A script says what the
//! caller says in each stage of a call and holds the rubric graders score it
//! on. Files are parsed once at the edge; past `parse` a script is known good.

mod items;
mod library;
mod locate;
mod parse;
mod raw;
mod rubric;

#[cfg(test)]
mod tests;

use serde::Serialize;

use crate::telephony::flow::{CallFlow, FlowStage, Step};

pub use library::ScriptLibrary;
pub use parse::{content_version, parse};
pub use rubric::{AutoMeasure, RubricItem, Scale};

#[derive(Clone, Debug, PartialEq, Serialize, utoipa::ToSchema)]
pub struct CallScript {
    pub id: String,
    pub title: String,
    /// BCP 47 tag, e.g. `ko-KR`, used for `<Say>` and speech recognition.
    pub language: String,
    pub kind: ScriptKind,
    pub description: String,
    /// The recording disclosure the operator reads out; always present on
    /// callback scripts, because those calls are recorded with a citizen.
    pub disclosure: Option<String>,
    pub stages: Vec<Stage>,
    /// First 16 hex digits of the SHA-256 of the file, so a score always
    /// names the exact rubric it was given against.
    pub version: String,
    /// The file's full text, kept with the version it hashes to.
    pub source: String,
    /// The file name as given to `parse`, for messages.
    pub file: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum ScriptKind {
    /// A mystery-shopper call placed to a staff line.
    Evaluation,
    /// An operator's customer-care call to a citizen.
    Callback,
}

impl ScriptKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ScriptKind::Evaluation => "evaluation",
            ScriptKind::Callback => "callback",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Stage {
    pub key: String,
    pub title: String,
    pub steps: Vec<Step>,
    pub items: Vec<RubricItem>,
}

impl CallScript {
    /// What the telephony side plays: the steps of each stage, in order.
    pub fn flow(&self) -> CallFlow {
        CallFlow {
            id: self.id.clone(),
            language: self.language.clone(),
            stages: self
                .stages
                .iter()
                .map(|stage| FlowStage {
                    key: stage.key.clone(),
                    steps: stage.steps.clone(),
                })
                .collect(),
        }
    }

    /// An item by key (keys are unique in a script), with its stage.
    pub fn item(&self, key: &str) -> Option<(&Stage, &RubricItem)> {
        self.items().find(|(_, item)| item.key == key)
    }

    /// Every item with its stage, in the order of the sheet.
    pub fn items(&self) -> impl Iterator<Item = (&Stage, &RubricItem)> {
        self.stages
            .iter()
            .flat_map(|stage| stage.items.iter().map(move |item| (stage, item)))
    }

    /// The share of the sheet's weight its measured items (pickup speed,
    /// connection) carry: all an unanswered call can be scored on.
    pub fn measured_share(&self) -> f64 {
        let (mut measured, mut all) = (0.0, 0.0);
        for (_, item) in self.items() {
            all += item.weight;
            if item.auto.is_some() {
                measured += item.weight;
            }
        }
        if all > 0.0 { measured / all } else { 0.0 }
    }

    /// The distinct training topics, in the order they first appear.
    pub fn training_topics(&self) -> Vec<String> {
        let mut topics: Vec<String> = Vec::new();
        for (_, item) in self.items() {
            if let Some(topic) = &item.training_topic
                && !topics.contains(topic)
            {
                topics.push(topic.clone());
            }
        }
        topics
    }
}

/// Something wrong with a script file, where it is and what to do about it.
/// `line` and `column` are 1-based; 0 means the problem is the whole file
/// (it cannot be read), and the message then shows no position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScriptError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl std::fmt::Display for ScriptError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(
                f,
                "{}:{}:{}: {}",
                self.file, self.line, self.column, self.message
            )
        }
    }
}

impl std::error::Error for ScriptError {}
