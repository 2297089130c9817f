//! The rubric item rules: scales and their levels, weights, automatic
//! measures, and the yes/no flags graders rely on.

use super::{fails_at, fails_on, nth_line_of, replace};
use crate::calls::measures::Connection;
use crate::scripts::{AutoMeasure, parse};

#[test]
fn scales_need_the_right_number_of_levels() {
    let text = replace(
        "levels = [\"1\", \"2\", \"3\", \"4\", \"5\"]",
        "levels = [\"low\", \"mid\", \"high\"]",
    );
    let err = fails_at(
        &text,
        "levels = [\"low\"",
        &["stage \"response\": item \"accuracy\": scale \"five_point\" needs 5 levels, found 3"],
    );
    assert_eq!(err.column, 10, "points at the list");

    let text = replace("levels = [\"none\", \"curt\", \"polite\"]\n", "");
    fails_at(
        &text,
        "scale = \"three_point\"",
        &["scale \"three_point\" needs 3 levels"],
    );

    let text = replace(
        "scale = \"yes_no\"",
        "scale = \"yes_no\"\nlevels = [\"no\", \"yes\", \"maybe\"]",
    );
    fails_at(
        &text,
        "maybe",
        &["scale \"yes_no\" needs 2 levels, found 3"],
    );
    parse(
        "t.toml",
        &replace(
            "scale = \"yes_no\"",
            "scale = \"yes_no\"\nlevels = [\"no\", \"yes\"]",
        ),
    )
    .expect("two yes/no levels are fine");

    fails_at(
        &replace("\"curt\"", "\" \""),
        "\"none\"",
        &["item \"closing_greeting\": level 2 is empty"],
    );
    fails_at(
        &replace("\"five_point\"", "\"ten_point\""),
        "ten_point",
        &["\"ten_point\" is not a scale"],
    );
    let text = replace("scale = \"five_point\"\n", "");
    fails_on(
        &text,
        nth_line_of(&text, "[[stages.items]]", 1),
        &["item \"accuracy\": missing \"scale\""],
    );
}

#[test]
fn weight_must_be_above_zero_and_finite() {
    fails_at(
        &replace("weight = 20", "weight = 0"),
        "weight = 0",
        &["weight must be a number above 0, found 0"],
    );
    fails_at(
        &replace("weight = 20", "weight = -5"),
        "weight = -5",
        &["found -5"],
    );
    fails_at(
        &replace("weight = 20", "weight = nan"),
        "weight = nan",
        &["above 0"],
    );
    fails_at(
        &replace("weight = 20", "weight = inf"),
        "weight = inf",
        &["above 0"],
    );
    let halves = parse("t.toml", &replace("weight = 20", "weight = 2.5")).unwrap();
    assert_eq!(halves.item("accuracy").unwrap().1.weight, 2.5);
}

#[test]
fn auto_items_are_one_yes_no_measure_the_service_scores() {
    let rings = |n: &str| replace("rings_within = 3", &format!("rings_within = {n}"));
    fails_at(
        &rings("0"),
        "rings_within",
        &["rings_within = 0", "1 to 20 rings"],
    );
    fails_at(&rings("21"), "rings_within", &["1 to 20 rings"]);

    let person = parse(
        "t.toml",
        &replace("{ rings_within = 3 }", "{ connection = \"person\" }"),
    )
    .unwrap();
    let auto = &person.item("pickup_speed").unwrap().1.auto;
    assert_eq!(*auto, Some(AutoMeasure::Connection(Connection::Person)));
    fails_at(
        &replace("{ rings_within = 3 }", "{ connection = \"human\" }"),
        "human",
        &["\"human\" is not a way a call connects"],
    );
    fails_at(
        &replace(
            "{ rings_within = 3 }",
            "{ rings_within = 3, connection = \"person\" }",
        ),
        "auto =",
        &["exactly one measure"],
    );
    fails_at(
        &replace("{ rings_within = 3 }", "{}"),
        "auto =",
        &["exactly one measure"],
    );

    let text = replace(
        "scale = \"yes_no\"",
        "scale = \"three_point\"\nlevels = [\"a\", \"b\", \"c\"]",
    );
    fails_at(
        &text,
        "auto =",
        &[
            "item \"pickup_speed\"",
            "scale must be \"yes_no\", not \"three_point\"",
        ],
    );
    let text = replace("auto = {", "na_allowed = true\nauto = {");
    fails_at(&text, "na_allowed", &["cannot be na_allowed"]);
}

#[test]
fn na_allowed_and_critical_are_booleans() {
    let text = replace(
        "weight = 20",
        "weight = 20\nna_allowed = true\ncritical = true",
    );
    let script = parse("t.toml", &text).unwrap();
    let item = script.item("accuracy").unwrap().1;
    assert!(item.na_allowed && item.critical);
    fails_at(
        &replace("weight = 20", "weight = 20\ncritical = \"yes\""),
        "critical",
        &["\"yes\", expected true or false"],
    );
}
