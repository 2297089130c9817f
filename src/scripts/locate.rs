//! Where in a script file a problem is, and the first checks every field
//! shares (present, not empty, a snake_case key), so each message names the
//! file, line and column HR staff have to fix.

use std::ops::Range;

use toml::Spanned;

use super::ScriptError;
use super::raw::Field;

pub(super) type Result<T> = std::result::Result<T, ScriptError>;

/// 1-based line and column (in characters, as an editor counts) of a byte offset.
pub(super) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text.as_bytes()[..offset.min(text.len())];
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}

/// serde describes expected values by Rust type ("expected f64", "expected
/// struct RawStep"); HR staff know the file, so say what to write instead.
fn plain_words(message: &str) -> String {
    const PLAIN: [(&str, &str); 11] = [
        ("`", "\""),
        ("expected f64", "expected a number"),
        ("expected i64", "expected a whole number"),
        ("expected a boolean", "expected true or false"),
        ("expected a sequence", "expected a list in [ ]"),
        ("expected struct RawScript", "expected a table"),
        ("expected struct RawStage", "expected a [[stages]] table"),
        (
            "expected struct RawItem",
            "expected a [[stages.items]] table",
        ),
        (
            "expected struct RawStep",
            "expected a step such as { say = \"...\" } or { listen = 6 }",
        ),
        (
            "expected struct RawAuto",
            "expected { rings_within = 3 } or { connection = \"person\" }",
        ),
        ("integer \"", "number \""),
    ];
    let mut message = message.trim().lines().collect::<Vec<_>>().join("; ");
    for (rust, plain) in PLAIN {
        message = message.replace(rust, plain);
    }
    message
}

fn is_snake_case(key: &str) -> bool {
    key.starts_with(|c: char| c.is_ascii_lowercase())
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

pub(super) struct Locator<'a> {
    pub(super) file: &'a str,
    pub(super) text: &'a str,
}

impl Locator<'_> {
    pub(super) fn error(&self, span: Range<usize>, message: impl Into<String>) -> ScriptError {
        let (line, column) = line_column(self.text, span.start);
        ScriptError {
            file: self.file.to_owned(),
            line,
            column,
            message: message.into(),
        }
    }

    pub(super) fn line(&self, offset: usize) -> usize {
        line_column(self.text, offset).0
    }

    /// TOML's own messages (syntax, wrong types, unknown keys) keep their
    /// position and are put in the words of the file rather than of Rust.
    pub(super) fn toml(&self, e: &toml::de::Error) -> ScriptError {
        self.error(e.span().unwrap_or(0..0), plain_words(e.message()))
    }

    pub(super) fn required<T>(
        &self,
        field: Field<T>,
        missing_at: &Range<usize>,
        prefix: &str,
        name: &str,
        example: &str,
    ) -> Result<Spanned<T>> {
        field.ok_or_else(|| {
            let hint = if example.is_empty() {
                String::new()
            } else {
                format!(", e.g. {example}")
            };
            self.error(
                missing_at.clone(),
                format!("{prefix}missing \"{name}\"{hint}"),
            )
        })
    }

    /// A required string that must say something.
    pub(super) fn text(
        &self,
        field: Field<String>,
        missing_at: &Range<usize>,
        prefix: &str,
        name: &str,
        example: &str,
    ) -> Result<String> {
        let value = self.required(field, missing_at, prefix, name, example)?;
        self.non_empty(value, prefix, name)
    }

    pub(super) fn non_empty(
        &self,
        value: Spanned<String>,
        prefix: &str,
        name: &str,
    ) -> Result<String> {
        let trimmed = value.get_ref().trim();
        if trimmed.is_empty() {
            return Err(self.error(value.span(), format!("{prefix}{name} is empty")));
        }
        Ok(trimmed.to_owned())
    }

    pub(super) fn optional_text(
        &self,
        field: Field<String>,
        prefix: &str,
        name: &str,
    ) -> Result<Option<String>> {
        field.map(|v| self.non_empty(v, prefix, name)).transpose()
    }

    /// The key and where it is written, for "already used" messages.
    pub(super) fn key(
        &self,
        field: Field<String>,
        missing_at: &Range<usize>,
        prefix: &str,
    ) -> Result<(String, Range<usize>)> {
        let key = self.required(field, missing_at, prefix, "key", "key = \"greeting\"")?;
        if !is_snake_case(key.get_ref()) {
            return Err(self.error(
                key.span(),
                format!(
                    "{prefix}key \"{}\" must be snake_case: lowercase letters, digits and underscores, starting with a letter",
                    key.get_ref()
                ),
            ));
        }
        let span = key.span();
        Ok((key.into_inner(), span))
    }
}
