//! Arrows in the module graph point down: the domain (calls, campaigns,
//! callbacks, grading, recordings, reports, roster, scripts, auth and the
//! small shared modules beside them) never imports `app`, which builds the
//! running service from it, nor the sandbox carrier, which only the
//! service's assembly, its configuration, the demo, the web layer and
//! telephony itself may know about. Read from the source files, so a new
//! import fails here with its file and line.

use std::path::{Path, PathBuf};

/// Where `crate::app` may be named: the service's assembly and what sits on
/// top of it.
const MAY_IMPORT_APP: &[&str] = &["lib.rs", "main.rs", "app.rs", "web/", "demo/"];

/// Where `telephony::sandbox` may be named: the above, the configuration
/// that embeds the sandbox's settings, and telephony itself.
const MAY_IMPORT_SANDBOX: &[&str] = &[
    "lib.rs",
    "main.rs",
    "app.rs",
    "config.rs",
    "web/",
    "demo/",
    "telephony/",
];

/// Whether `list` covers `relative`, a path under `src/` with `/`
/// separators: a file by its name, a folder by its trailing `/`.
fn allowed(relative: &str, list: &[&str]) -> bool {
    list.iter().any(|a| {
        if a.ends_with('/') {
            relative.starts_with(a)
        } else {
            relative == *a
        }
    })
}

/// Whether `code` names `path` itself (not a longer name that starts with
/// it), or lists `name` in a `group…}` import (`use crate::{app, db}`).
fn names(code: &str, path: &str, group: &str, name: &str) -> bool {
    let code: String = code.split_whitespace().collect::<Vec<_>>().join(" ");
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    let alone = code
        .match_indices(path)
        .any(|(at, _)| !code[at + path.len()..].starts_with(ident));
    // In a group, each item's first name: `app` in `app as service` or
    // `app::AppState`, `application` in `application::Thing`.
    let listed = code.match_indices(group).any(|(at, _)| {
        let inside = &code[at + group.len()..];
        let inside = inside.split('}').next().unwrap_or(inside);
        inside.split([',', '{']).any(|item| {
            let item = item.trim_start();
            let end = item.find(|c: char| !ident(c)).unwrap_or(item.len());
            &item[..end] == name
        })
    });
    alone || listed
}

fn names_app(code: &str) -> bool {
    names(code, "crate::app", "crate::{", "app")
}

fn names_sandbox(code: &str) -> bool {
    names(code, "telephony::sandbox", "telephony::{", "sandbox")
}

/// The statements of `source` to check, each with the number of its first
/// line: a `use` that rustfmt spread over several lines is one statement,
/// any other line stands alone. Comment lines are left out: prose may
/// mention the sandbox.
fn statements(source: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut open_use = false;
    for (i, line) in source.lines().enumerate() {
        let code = line.trim();
        if code.starts_with("//") {
            continue;
        }
        if open_use {
            let last = out.last_mut().expect("an open use statement");
            last.1.push(' ');
            last.1.push_str(code);
        } else {
            out.push((i + 1, code.to_string()));
            let after_visibility = code
                .trim_start_matches("pub(crate) ")
                .trim_start_matches("pub ");
            open_use = after_visibility.starts_with("use ");
        }
        open_use = open_use && !code.ends_with(';');
    }
    out
}

/// `file:line: statement` for each statement of `source` that breaks a rule
/// for the file at `relative` (a path under `src/`).
fn offending_lines(relative: &str, source: &str) -> Vec<String> {
    let app_allowed = allowed(relative, MAY_IMPORT_APP);
    let sandbox_allowed = allowed(relative, MAY_IMPORT_SANDBOX);
    statements(source)
        .into_iter()
        .filter(|(_, code)| {
            (!app_allowed && names_app(code)) || (!sandbox_allowed && names_sandbox(code))
        })
        .map(|(line, code)| format!("src/{relative}:{line}: {code}"))
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable source folder") {
        let path = entry.expect("readable entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_domain_module_imports_app_or_the_sandbox() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    assert!(files.len() > 50, "found only {} source files", files.len());
    let mut offending = Vec::new();
    for file in &files {
        let relative = file
            .strip_prefix(&src)
            .expect("under src")
            .to_string_lossy()
            .replace('\\', "/");
        let source = std::fs::read_to_string(file).expect("readable source file");
        offending.extend(offending_lines(&relative, &source));
    }
    assert!(
        offending.is_empty(),
        "domain modules must not import crate::app or telephony::sandbox \
         (shared pieces belong in a low module such as worker, hash or stats):\n{}",
        offending.join("\n")
    );
}

#[test]
fn the_check_names_each_forbidden_import_and_leaves_the_allowed_ones() {
    let source = "\
//! Runs beside the crate::app and the telephony::sandbox, in prose only.
use crate::app::AppState;
use crate::{app, db};
use crate::telephony::{CallStatus, sandbox::profile::LineProfile};
use crate::telephony::sandbox::profile::stable_hash;
fn run() {
    while !crate::app::stopped(&shutdown) {}
}
pub use crate::{
    clock::SharedClock,
    app as service,
};
use crate::application::Thing;
use crate::telephony::sandboxes;
use crate::telephony::twilio::RetryPolicy;
";
    assert_eq!(
        offending_lines("calls/dialer.rs", source),
        [
            "src/calls/dialer.rs:2: use crate::app::AppState;",
            "src/calls/dialer.rs:3: use crate::{app, db};",
            "src/calls/dialer.rs:4: use crate::telephony::{CallStatus, sandbox::profile::LineProfile};",
            "src/calls/dialer.rs:5: use crate::telephony::sandbox::profile::stable_hash;",
            "src/calls/dialer.rs:7: while !crate::app::stopped(&shutdown) {}",
            "src/calls/dialer.rs:9: pub use crate::{ clock::SharedClock, app as service, };",
        ]
    );
    let app_only = [
        "src/telephony/sandbox/mod.rs:2: use crate::app::AppState;",
        "src/telephony/sandbox/mod.rs:3: use crate::{app, db};",
        "src/telephony/sandbox/mod.rs:7: while !crate::app::stopped(&shutdown) {}",
        "src/telephony/sandbox/mod.rs:9: pub use crate::{ clock::SharedClock, app as service, };",
    ];
    assert_eq!(
        offending_lines("telephony/sandbox/mod.rs", source),
        app_only,
        "telephony may name its own sandbox, never app"
    );
    assert_eq!(offending_lines("config.rs", source).len(), app_only.len());
    assert!(offending_lines("web/api.rs", source).is_empty());
    assert!(offending_lines("app.rs", source).is_empty());
}
