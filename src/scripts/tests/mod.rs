//! What HR staff see when they write a script: the shipped scripts load, and
//! every mistake is reported at the line to fix, in words that say what to fix.
//! Here: the script and its stages; `steps.rs` and `items.rs` hold the rules
//! of the call flow and of the rubric.

mod items;
mod steps;

use super::*;

/// A small script that passes every check; each test breaks one thing.
const VALID: &str = r#"id = "test-script"
title = "Test"
language = "en-US"
kind = "evaluation"

[[stages]]
key = "greeting"
title = "Greeting"
steps = [
  { listen = 6 },
  { say = "Hello" },
]

[[stages.items]]
key = "pickup_speed"
label = "Picked up within 3 rings"
scale = "yes_no"
auto = { rings_within = 3 }
training_topic = "answering"

[[stages]]
key = "response"
steps = [{ say = "Question?" }, { listen = 20 }]

[[stages.items]]
key = "accuracy"
label = "Accurate answer"
scale = "five_point"
levels = ["1", "2", "3", "4", "5"]
weight = 20
training_topic = "accuracy"

[[stages]]
key = "closing"
steps = [{ say = "Thanks" }, { pause = 2 }, { hangup = true }]

[[stages.items]]
key = "closing_greeting"
label = "Closing greeting"
scale = "three_point"
levels = ["none", "curt", "polite"]
training_topic = "answering"
"#;

pub(super) fn replace(from: &str, to: &str) -> String {
    assert!(VALID.contains(from), "test input lacks {from:?}");
    VALID.replacen(from, to, 1)
}

/// The 1-based line of the first line of `text` containing `marker`.
pub(super) fn line_of(text: &str, marker: &str) -> usize {
    text.lines()
        .position(|l| l.contains(marker))
        .unwrap_or_else(|| panic!("no line contains {marker:?}"))
        + 1
}

/// The 1-based line of the `nth` (from 0) line containing `marker`.
pub(super) fn nth_line_of(text: &str, marker: &str, nth: usize) -> usize {
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.contains(marker))
        .nth(nth)
        .unwrap_or_else(|| panic!("fewer than {} lines contain {marker:?}", nth + 1))
        .0
        + 1
}

/// Parses `text`, expects it to fail at the line containing `marker`, with
/// every one of `words` in the message; returns the error for more checks.
pub(super) fn fails_at(text: &str, marker: &str, words: &[&str]) -> ScriptError {
    fails_on(text, line_of(text, marker), words)
}

/// Like `fails_at`, for markers that occur more than once.
pub(super) fn fails_on(text: &str, line: usize, words: &[&str]) -> ScriptError {
    let err = parse("test.toml", text).expect_err("the script should be refused");
    let shown = err.to_string();
    assert_eq!(err.line, line, "wrong line: {shown}");
    assert!(
        shown.starts_with(&format!("test.toml:{}:", err.line)),
        "{shown}"
    );
    for word in words {
        assert!(shown.contains(word), "{shown:?} should mention {word:?}");
    }
    err
}

/// The 1-based column of the first occurrence of `marker`, in characters.
pub(super) fn nth_column(text: &str, marker: &str) -> usize {
    let offset = text.find(marker).expect("marker present");
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    text[line_start..offset].chars().count() + 1
}

#[test]
fn a_valid_script_parses_into_stages_items_and_defaults() {
    let script = parse("test.toml", VALID).unwrap();
    assert_eq!(script.id, "test-script");
    assert_eq!(script.kind, ScriptKind::Evaluation);
    assert_eq!(script.file, "test.toml");
    assert_eq!(script.source, VALID);
    let keys: Vec<&str> = script.stages.iter().map(|s| s.key.as_str()).collect();
    assert_eq!(keys, ["greeting", "response", "closing"]);
    assert_eq!(
        script.stages[1].title, "response",
        "title defaults to the key"
    );
    let (stage, pickup) = script.item("pickup_speed").unwrap();
    assert_eq!(stage.key, "greeting");
    assert_eq!(pickup.auto, Some(AutoMeasure::RingsWithin(3)));
    assert_eq!(pickup.weight, 1.0, "weight defaults to 1");
    assert!(!pickup.na_allowed && !pickup.critical);
    assert_eq!(script.item("accuracy").unwrap().1.scale.points(), 5);
    assert_eq!(script.items().count(), 3);
    assert_eq!(script.training_topics(), ["answering", "accuracy"]);
    assert!(script.item("nope").is_none());
}

#[test]
fn flow_plays_each_stage_steps_in_order() {
    let flow = parse("test.toml", VALID).unwrap().flow();
    assert_eq!(
        (flow.id.as_str(), flow.language.as_str()),
        ("test-script", "en-US")
    );
    let keys: Vec<&str> = flow.stages.iter().map(|s| s.key.as_str()).collect();
    assert_eq!(keys, ["greeting", "response", "closing"]);
    use crate::telephony::flow::Step;
    assert_eq!(
        flow.stages[0].steps,
        [
            Step::Listen { timeout_secs: 6 },
            Step::Say {
                text: "Hello".into()
            }
        ]
    );
    assert_eq!(
        flow.stages[2].steps,
        [
            Step::Say {
                text: "Thanks".into()
            },
            Step::Pause { seconds: 2 },
            Step::Hangup
        ]
    );
}

#[test]
fn version_is_stable_for_the_same_text_and_changes_with_any_edit() {
    let a = parse("a.toml", VALID).unwrap();
    let b = parse("b.toml", VALID).unwrap();
    assert_eq!(a.version, b.version, "the file name is not content");
    assert_eq!(a.version.len(), 16);
    assert!(a.version.chars().all(|c| c.is_ascii_hexdigit()));
    let edited = parse("a.toml", &replace("Accurate answer", "Accurate  answer")).unwrap();
    assert_ne!(a.version, edited.version);
}

#[test]
fn toml_syntax_error_reports_its_line() {
    let text = replace("weight = 20", "weight = = 20");
    fails_at(&text, "weight = = 20", &[]);
}

#[test]
fn unknown_keys_are_refused_so_typos_are_not_ignored() {
    fails_at(
        &replace("title = \"Test\"", "titel = \"Test\""),
        "titel",
        &["titel"],
    );
    let text = replace("weight = 20", "weight = 20\nna_alowed = true");
    let err = fails_at(&text, "na_alowed", &["na_alowed"]);
    assert_eq!(err.column, 1, "points at the key");
}

#[test]
fn wrong_value_types_are_told_in_the_words_of_the_file() {
    fails_at(
        &replace("weight = 20", "weight = \"twenty\""),
        "twenty",
        &["\"twenty\", expected a number"],
    );
    let err = fails_at(
        &replace("{ say = \"Hello\" }", "\"Hello\""),
        "\"Hello\"",
        &["expected a step such as { say = \"...\" }"],
    );
    assert!(!err.message.contains("Raw"), "no Rust type names: {err}");
    fails_at(
        &replace("{ rings_within = 3 }", "3"),
        "auto = 3",
        &["expected { rings_within = 3 } or { connection = \"person\" }"],
    );
}

#[test]
fn required_top_level_fields() {
    // A missing top-level key has no line of its own: the top of the file.
    fails_on(
        &replace("id = \"test-script\"\n", ""),
        1,
        &["missing \"id\", e.g. id = \""],
    );
    fails_on(
        &replace("kind = \"evaluation\"\n", ""),
        1,
        &["missing \"kind\""],
    );
    fails_at(
        &replace("title = \"Test\"", "title = \"  \""),
        "title",
        &["title is empty"],
    );
    let err = fails_at(
        &replace("\"test-script\"", "\"Test_Script\""),
        "Test_Script",
        &["\"Test_Script\"", "lowercase letters, digits and hyphens"],
    );
    assert_eq!(err.column, 6, "points at the value");
    fails_at(&replace("\"en-US\"", "\"English\""), "English", &["BCP 47"]);
    fails_at(
        &replace("\"evaluation\"", "\"evalution\""),
        "evalution",
        &["\"evaluation\" or \"callback\""],
    );
    let no_stages = "id = \"x\"\ntitle = \"X\"\nlanguage = \"ko-KR\"\nkind = \"evaluation\"\n";
    fails_on(no_stages, 1, &["no stages", "[[stages]]"]);
}

#[test]
fn evaluation_needs_greeting_response_closing_in_that_order() {
    let text = replace("key = \"response\"", "key = \"answer\"");
    fails_at(
        &text,
        "[[stages]]",
        &["needs a \"response\" stage", "greeting, answer, closing"],
    );

    let swapped = replace("key = \"greeting\"", "key = \"closing_x\"")
        .replacen("key = \"closing\"", "key = \"greeting\"", 1)
        .replacen("key = \"closing_x\"", "key = \"closing\"", 1);
    // Now "closing", "response", "greeting": "response" is the first out of place.
    fails_on(
        &swapped,
        nth_line_of(&swapped, "[[stages]]", 1),
        &[
            "stage \"response\" comes before stage \"greeting\"",
            "greeting, response, closing",
        ],
    );

    let extra = replace(
        "[[stages]]\nkey = \"closing\"",
        "[[stages]]\nkey = \"follow_up\"\nsteps = [{ say = \"One more thing\" }]\n[[stages.items]]\nkey = \"patience\"\nlabel = \"Patient\"\nscale = \"yes_no\"\n\n[[stages]]\nkey = \"closing\"",
    );
    parse("test.toml", &extra).expect("extra stages are allowed anywhere");
}

#[test]
fn keys_are_snake_case_and_unique() {
    fails_at(
        &replace("key = \"accuracy\"", "key = \"Accuracy\""),
        "\"Accuracy\"",
        &["snake_case"],
    );

    let text = replace("key = \"closing_greeting\"", "key = \"accuracy\"");
    let first = nth_line_of(&text, "key = \"accuracy\"", 0);
    let err = parse("test.toml", &text).unwrap_err();
    assert_eq!(
        err.line,
        nth_line_of(&text, "key = \"accuracy\"", 1),
        "{err}"
    );
    assert!(
        err.message.contains(&format!(
            "item key \"accuracy\" is already used on line {first}"
        )),
        "{err}"
    );

    let text = replace("key = \"response\"", "key = \"greeting\"");
    let first = nth_line_of(&text, "key = \"greeting\"", 0);
    let message = format!("stage key \"greeting\" is already used on line {first}");
    fails_on(
        &text,
        nth_line_of(&text, "key = \"greeting\"", 1),
        &[&message],
    );
}

#[test]
fn stages_need_steps_and_items() {
    let text = replace(
        "steps = [{ say = \"Question?\" }, { listen = 20 }]",
        "steps = []",
    );
    fails_at(&text, "steps = []", &["stage \"response\"", "no steps"]);
    let text = replace("steps = [{ say = \"Question?\" }, { listen = 20 }]\n", "");
    // No steps at all: the stage's header is the place to add them.
    fails_on(&text, nth_line_of(&text, "[[stages]]", 1), &["no steps"]);

    let no_items = "[[stages.items]]\nkey = \"accuracy\"\nlabel = \"Accurate answer\"\nscale = \"five_point\"\nlevels = [\"1\", \"2\", \"3\", \"4\", \"5\"]\nweight = 20\ntraining_topic = \"accuracy\"\n";
    let text = replace(no_items, "");
    fails_on(
        &text,
        nth_line_of(&text, "[[stages]]", 1),
        &["stage \"response\"", "nothing to score"],
    );
}

#[test]
fn callback_scripts_need_a_disclosure_but_not_items() {
    let callback = r#"id = "care"
title = "Care call"
language = "vi-VN"
kind = "callback"
disclosure = "This call is recorded."

[[stages]]
key = "greeting"
steps = [{ say = "Hello" }, { listen = 10 }]
"#;
    let script = parse("care.toml", callback).unwrap();
    assert_eq!(script.disclosure.as_deref(), Some("This call is recorded."));
    assert_eq!(script.kind.as_str(), "callback");

    let missing = callback.replace("disclosure = \"This call is recorded.\"\n", "");
    fails_at(&missing, "kind", &["a callback script needs a disclosure"]);
    let empty = callback.replace("\"This call is recorded.\"", "\"\"");
    fails_at(&empty, "disclosure", &["disclosure is empty"]);
}

#[test]
fn columns_count_characters_not_bytes() {
    let text = replace("[\"none\", \"curt\", \"polite\"]", "[\"하\", \"중\", \"\"]");
    let err = fails_at(&text, "\"하\"", &["level 3 is empty"]);
    assert_eq!(err.column, nth_column(&text, "\"\"]"));
    assert_eq!(
        err.column, 21,
        "as an editor counts: levels = [\"하\", \"중\", is 20 characters"
    );
}
