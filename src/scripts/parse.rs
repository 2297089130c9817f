//! Turns a script file into a `CallScript`, or into the first thing wrong
//! with it, told as file:line:column and in words HR staff can act on.

use std::collections::HashMap;
use std::ops::Range;

use sha2::{Digest, Sha256};
use toml::Spanned;

use super::locate::{Locator, Result};
use super::raw::{RawScript, RawStage, RawStep};
use super::{CallScript, ScriptKind, Stage};
use crate::telephony::flow::Step;

/// The stages every evaluation sheet has, in the order a call goes through them.
const EVALUATION_STAGES: [&str; 3] = ["greeting", "response", "closing"];
const STEP_SECONDS: std::ops::RangeInclusive<i64> = 1..=60;

/// Parses and checks one script file; `file` is only used in messages.
pub fn parse(file: &str, text: &str) -> Result<CallScript> {
    let at = Locator { file, text };
    let raw: RawScript = toml::from_str(text).map_err(|e| at.toml(&e))?;
    let top = 0..0;

    let id = at.required(raw.id, &top, "", "id", "id = \"passport-reissue-ko\"")?;
    if !is_script_id(id.get_ref()) {
        return Err(at.error(
            id.span(),
            format!(
                "id \"{}\" may only use lowercase letters, digits and hyphens (like \"passport-reissue-ko\")",
                id.get_ref()
            ),
        ));
    }
    let title = at.text(raw.title, &top, "", "title", "title = \"...\"")?;
    let language = at.required(raw.language, &top, "", "language", "language = \"ko-KR\"")?;
    if !is_language_tag(language.get_ref()) {
        return Err(at.error(
            language.span(),
            format!(
                "language \"{}\" is not a BCP 47 tag such as \"ko-KR\", \"ru-RU\" or \"vi-VN\"",
                language.get_ref()
            ),
        ));
    }
    let kind_field = at.required(raw.kind, &top, "", "kind", "kind = \"evaluation\"")?;
    let kind = match kind_field.get_ref().as_str() {
        "evaluation" => ScriptKind::Evaluation,
        "callback" => ScriptKind::Callback,
        other => {
            return Err(at.error(
                kind_field.span(),
                format!(
                    "kind \"{other}\" is not a kind of script; use \"evaluation\" or \"callback\""
                ),
            ));
        }
    };
    let disclosure = match raw.disclosure {
        Some(_) => Some(at.text(raw.disclosure, &top, "", "disclosure", "")?),
        None if kind == ScriptKind::Callback => {
            return Err(at.error(
                kind_field.span(),
                "a callback script needs a disclosure: the sentence the operator reads out to say the call is recorded",
            ));
        }
        None => None,
    };

    let stages_field = raw
        .stages
        .filter(|s| !s.get_ref().is_empty())
        .ok_or_else(|| {
            at.error(
                top.clone(),
                "the script has no stages; add a [[stages]] table",
            )
        })?;
    let stages_span = stages_field.span();
    let mut stage_lines: HashMap<String, usize> = HashMap::new();
    let mut item_lines: HashMap<String, usize> = HashMap::new();
    let mut stages = Vec::new();
    let mut step_spans = Vec::new();
    let mut stage_spans = Vec::new();
    for (n, raw_stage) in stages_field.into_inner().into_iter().enumerate() {
        let span = raw_stage.span();
        let (stage, spans) = at.stage(n + 1, span.clone(), raw_stage.into_inner(), kind)?;
        if let Some(line) = stage_lines.insert(stage.key.clone(), at.line(spans.key.start)) {
            return Err(at.error(
                spans.key,
                format!("stage key \"{}\" is already used on line {line}", stage.key),
            ));
        }
        for (item, item_span) in stage.items.iter().zip(&spans.items) {
            if let Some(line) = item_lines.insert(item.key.clone(), at.line(item_span.start)) {
                return Err(at.error(
                    item_span.clone(),
                    format!(
                        "stage \"{}\": item key \"{}\" is already used on line {line}; item keys are unique in the whole script",
                        stage.key, item.key
                    ),
                ));
            }
        }
        step_spans.push(spans.steps);
        stage_spans.push(span);
        stages.push(stage);
    }

    if kind == ScriptKind::Evaluation {
        at.evaluation_order(&stages, &stage_spans, &stages_span)?;
    }
    at.flow_shape(&stages, &step_spans, &stages_span)?;

    Ok(CallScript {
        id: id.into_inner(),
        title,
        language: language.into_inner(),
        kind,
        description: raw
            .description
            .map(|d| d.into_inner().trim().to_owned())
            .unwrap_or_default(),
        disclosure,
        stages,
        version: content_version(text),
        source: text.to_owned(),
        file: file.to_owned(),
    })
}

/// Identifies the exact rubric a score was given against: the same bytes
/// always give the same version, any edit gives a new one.
pub fn content_version(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    hex::encode(digest)[..16].to_owned()
}

fn is_script_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// A language subtag of 2–3 letters, then optional script/region/variant subtags.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Where a stage's pieces are in the file, for checks that span stages.
struct StageSpans {
    key: Range<usize>,
    /// The key of each item.
    items: Vec<Range<usize>>,
    steps: Vec<Range<usize>>,
}

impl Locator<'_> {
    fn stage(
        &self,
        number: usize,
        span: Range<usize>,
        raw: RawStage,
        kind: ScriptKind,
    ) -> Result<(Stage, StageSpans)> {
        let (key, key_span) = self.key(raw.key, &span, &format!("stage {number}: "))?;
        let prefix = format!("stage \"{key}\": ");
        let title = match raw.title {
            Some(title) => self.non_empty(title, &prefix, "title")?,
            None => key.clone(),
        };

        // An empty list is pointed at where it is written; a missing one at the stage.
        let (raw_steps, steps_at) = match raw.steps {
            Some(steps) => {
                let at = steps.span();
                (steps.into_inner(), at)
            }
            None => (Vec::new(), span.clone()),
        };
        if raw_steps.is_empty() {
            let hint = "add at least one, e.g. steps = [{ listen = 6 }]";
            return Err(self.error(steps_at, format!("{prefix}has no steps; {hint}")));
        }
        let mut steps = Vec::new();
        let mut step_spans = Vec::new();
        for (n, raw_step) in raw_steps.into_iter().enumerate() {
            let step_span = raw_step.span();
            let step_prefix = format!("{prefix}step {}: ", n + 1);
            steps.push(self.step(step_span.clone(), raw_step.into_inner(), &step_prefix)?);
            step_spans.push(step_span);
        }

        let raw_items = raw.items.map(Spanned::into_inner).unwrap_or_default();
        if raw_items.is_empty() && kind == ScriptKind::Evaluation {
            return Err(self.error(
                span,
                format!(
                    "{prefix}has nothing to score; add a [[stages.items]] table (only callback scripts may have stages without items)"
                ),
            ));
        }
        let mut items = Vec::new();
        let mut item_spans = Vec::new();
        for (n, raw_item) in raw_items.into_iter().enumerate() {
            let item_span = raw_item.span();
            let (item, item_key_span) =
                self.item(n + 1, item_span, raw_item.into_inner(), &prefix)?;
            items.push(item);
            item_spans.push(item_key_span);
        }
        let stage = Stage {
            key,
            title,
            steps,
            items,
        };
        let spans = StageSpans {
            key: key_span,
            steps: step_spans,
            items: item_spans,
        };
        Ok((stage, spans))
    }

    fn step(&self, span: Range<usize>, raw: RawStep, prefix: &str) -> Result<Step> {
        let set: Vec<&str> = [
            raw.say.as_ref().map(|_| "say"),
            raw.pause.as_ref().map(|_| "pause"),
            raw.listen.as_ref().map(|_| "listen"),
            raw.hangup.as_ref().map(|_| "hangup"),
        ]
        .into_iter()
        .flatten()
        .collect();
        if set.len() != 1 {
            let found = if set.is_empty() {
                "it is empty".to_owned()
            } else {
                format!("it has {}", set.join(" and "))
            };
            return Err(self.error(
                span,
                format!("{prefix}a step does exactly one thing (say, pause, listen or hangup), but {found}"),
            ));
        }
        let seconds = |field: Spanned<i64>, what: &str| -> Result<u32> {
            let value = *field.get_ref();
            if !STEP_SECONDS.contains(&value) {
                return Err(self.error(
                    field.span(),
                    format!("{prefix}{what} = {value} is out of range: use 1 to 60 seconds"),
                ));
            }
            Ok(value as u32)
        };
        Ok(if let Some(text) = raw.say {
            Step::Say {
                text: self.non_empty(text, prefix, "say text")?,
            }
        } else if let Some(pause) = raw.pause {
            Step::Pause {
                seconds: seconds(pause, "pause")?,
            }
        } else if let Some(listen) = raw.listen {
            Step::Listen {
                timeout_secs: seconds(listen, "listen")?,
            }
        } else {
            let hangup = raw.hangup.expect("exactly one key is set");
            if !hangup.get_ref() {
                return Err(self.error(
                    hangup.span(),
                    format!("{prefix}hangup = false does nothing; write hangup = true or remove the step"),
                ));
            }
            Step::Hangup
        })
    }

    /// Graders score an evaluation stage by stage, so the three stages of
    /// the sheet must all be there, in the order a call goes through them.
    fn evaluation_order(
        &self,
        stages: &[Stage],
        stage_spans: &[Range<usize>],
        all: &Range<usize>,
    ) -> Result<()> {
        let mut previous: Option<(usize, &str)> = None;
        for wanted in EVALUATION_STAGES {
            let Some(index) = stages.iter().position(|s| s.key == wanted) else {
                let found: Vec<&str> = stages.iter().map(|s| s.key.as_str()).collect();
                return Err(self.error(
                    all.clone(),
                    format!(
                        "an evaluation script needs a \"{wanted}\" stage (it has: {}); its stages go greeting, response, closing",
                        found.join(", ")
                    ),
                ));
            };
            if let Some((_, before_key)) = previous.filter(|(before, _)| index < *before) {
                return Err(self.error(
                    stage_spans[index].clone(),
                    format!(
                        "stage \"{wanted}\" comes before stage \"{before_key}\"; an evaluation call goes greeting, response, closing"
                    ),
                ));
            }
            previous = Some((index, wanted));
        }
        Ok(())
    }

    /// The caller must listen at least once (or no answer is ever heard or
    /// marked), and nothing can be said once the caller has hung up.
    fn flow_shape(
        &self,
        stages: &[Stage],
        steps: &[Vec<Range<usize>>],
        all: &Range<usize>,
    ) -> Result<()> {
        let mut hung_up: Option<(&str, usize)> = None;
        for (stage, spans) in stages.iter().zip(steps) {
            for (n, (step, span)) in stage.steps.iter().zip(spans).enumerate() {
                if let Some((hangup_stage, line)) = hung_up {
                    return Err(self.error(
                        span.clone(),
                        format!(
                            "stage \"{}\": step {} comes after the hangup in stage \"{hangup_stage}\" (line {line}); nothing can happen once the caller has hung up",
                            stage.key,
                            n + 1
                        ),
                    ));
                }
                if *step == Step::Hangup {
                    hung_up = Some((&stage.key, self.line(span.start)));
                }
            }
        }
        let listens = stages
            .iter()
            .flat_map(|s| &s.steps)
            .any(|s| matches!(s, Step::Listen { .. }));
        if !listens {
            return Err(self.error(
                all.clone(),
                "the call never listens: add a step like { listen = 6 } so the staff member's answers are heard",
            ));
        }
        Ok(())
    }
}
