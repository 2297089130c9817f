//! The step rules: what the caller does, for how long, and that the call
//! listens at least once and ends at the hangup.

use super::{fails_at, nth_column, replace};

#[test]
fn a_step_does_exactly_one_thing() {
    let text = replace(
        "{ say = \"Question?\" }",
        "{ say = \"Question?\", pause = 2 }",
    );
    fails_at(
        &text,
        "pause = 2 }",
        &["stage \"response\": step 1", "say and pause"],
    );
    fails_at(
        &replace("{ say = \"Question?\" }", "{ }"),
        "{ }",
        &["step 1", "empty"],
    );
    fails_at(
        &replace("{ say = \"Hello\" }", "{ say = \"\" }"),
        "say = \"\"",
        &["say text is empty"],
    );
    fails_at(
        &replace("{ say = \"Hello\" }", "{ shout = \"Hello\" }"),
        "shout",
        &["shout"],
    );
}

#[test]
fn pauses_and_listens_last_one_to_sixty_seconds() {
    let err = fails_at(
        &replace("{ pause = 2 }", "{ pause = 0 }"),
        "pause = 0",
        &["pause = 0", "1 to 60 seconds"],
    );
    let value = nth_column(&replace("{ pause = 2 }", "{ pause = 0 }"), "{ pause = 0 }") + 10;
    assert_eq!(err.column, value, "points at the 0");
    fails_at(
        &replace("{ listen = 20 }", "{ listen = 61 }"),
        "listen = 61",
        &["step 2", "listen = 61", "1 to 60"],
    );
    fails_at(
        &replace("{ listen = 6 }", "{ listen = -1 }"),
        "listen = -1",
        &["1 to 60"],
    );
}

#[test]
fn the_call_must_listen_and_nothing_follows_a_hangup() {
    let text = replace("{ listen = 6 },\n", "").replacen("{ listen = 20 }", "{ pause = 20 }", 1);
    fails_at(&text, "[[stages]]", &["never listens", "{ listen = 6 }"]);

    let text = replace("{ hangup = true }", "{ hangup = false }");
    fails_at(&text, "hangup = false", &["hangup = false does nothing"]);

    let text = replace(
        "{ say = \"Thanks\" }, { pause = 2 }",
        "{ hangup = true }, { say = \"Thanks\" }",
    );
    let err = fails_at(
        &text,
        "{ say = \"Thanks\" }",
        &["stage \"closing\": step 2", "after the hangup"],
    );
    assert_eq!(err.column, nth_column(&text, "{ say = \"Thanks\" }"));

    let text = replace(
        "{ say = \"Hello\" },",
        "{ say = \"Hello\" },\n  { hangup = true },",
    );
    fails_at(
        &text,
        "{ say = \"Question?\" }",
        &["stage \"response\": step 1", "hangup in stage \"greeting\""],
    );
}
