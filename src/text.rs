//! Free text people type into the service — names, labels, comments — as
//! it may be stored: trimmed, within a length, and free of control
//! characters. One rule for every form, request body and file, so that a
//! NUL byte is refused the same way on SQLite and on PostgreSQL (which
//! cannot store it) instead of reaching the database.

use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
use crate::msg;

/// What kind of text a field holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextKind {
    /// A name or label: one line, so that listings and exports keep one
    /// row per record; no control characters at all.
    Line,
    /// Free text such as a comment: line breaks and tabs are kept (a
    /// browser's `\r\n` becomes `\n`); other control characters are not.
    Prose,
}

impl TextKind {
    /// The most characters (not bytes) a text of this kind may have.
    pub const fn limit(self) -> usize {
        match self {
            TextKind::Line => 200,
            TextKind::Prose => 4_000,
        }
    }

    /// The text as it is stored (trimmed, possibly empty), or what is wrong
    /// with it: for callers that list every problem of a record themselves.
    pub fn check(self, raw: &str) -> Result<String, Msg> {
        let text = match self {
            TextKind::Line => raw.trim().to_string(),
            TextKind::Prose => raw.trim().replace("\r\n", "\n").replace('\r', "\n"),
        };
        if let Some(c) = text.chars().find(|&c| !self.allows(c)) {
            let character = format!("U+{:04X}", u32::from(c));
            return Err(match self {
                TextKind::Line => msg!("text-control-line", character = character),
                TextKind::Prose => msg!("text-control-prose", character = character),
            });
        }
        let count = text.chars().count();
        if count > self.limit() {
            return Err(msg!("text-too-long", limit = self.limit(), count = count));
        }
        Ok(text)
    }

    fn allows(self, c: char) -> bool {
        // U+2028 and U+2029 break a line as surely as `\n` does.
        let breaks_line = c.is_control() || matches!(c, '\u{2028}' | '\u{2029}');
        match self {
            TextKind::Line => !breaks_line,
            TextKind::Prose => !breaks_line || matches!(c, '\n' | '\t'),
        }
    }

    /// As `check`, refused as invalid input naming `field`.
    pub fn parse(self, field: &str, raw: &str) -> AppResult<String> {
        self.check(raw).map_err(|m| AppError::invalid(field, m))
    }

    /// An optional field: `None` when absent or blank.
    pub fn parse_optional(self, field: &str, raw: Option<&str>) -> AppResult<Option<String>> {
        match raw {
            Some(raw) => Ok(Some(self.parse(field, raw)?).filter(|t| !t.is_empty())),
            None => Ok(None),
        }
    }
}

/// A name or label from `field`, trimmed (possibly empty).
pub fn line(field: &str, raw: &str) -> AppResult<String> {
    TextKind::Line.parse(field, raw)
}

/// Free text from `field`, trimmed (possibly empty).
pub fn prose(field: &str, raw: &str) -> AppResult<String> {
    TextKind::Prose.parse(field, raw)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(result: Result<String, Msg>) -> Option<&'static str> {
        result.err().and_then(|m| m.code())
    }

    #[test]
    fn surrounding_spaces_are_trimmed() {
        assert_eq!(TextKind::Line.check("  김민지\t").unwrap(), "김민지");
        assert_eq!(
            TextKind::Prose
                .check("\n Kind staff.\r\nThank you. \n")
                .unwrap(),
            "Kind staff.\nThank you."
        );
    }

    #[test]
    fn a_line_refuses_every_control_character_and_line_break() {
        for bad in ["a\0b", "a\nb", "a\tb", "a\u{7f}b", "a\u{85}b", "a\u{2028}b"] {
            assert_eq!(
                code(TextKind::Line.check(bad)),
                Some("text-control-line"),
                "{bad:?}"
            );
        }
        let refused = TextKind::Line.check("Kim\0").unwrap_err().to_string();
        assert!(refused.contains("U+0000"), "{refused}");
    }

    #[test]
    fn prose_keeps_line_breaks_and_tabs_but_refuses_nul() {
        assert_eq!(
            TextKind::Prose.check("one\n\ttwo\rthree").unwrap(),
            "one\n\ttwo\nthree"
        );
        for bad in ["a\0b", "a\u{1b}[31mb", "a\u{7f}"] {
            assert_eq!(
                code(TextKind::Prose.check(bad)),
                Some("text-control-prose"),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn the_limit_counts_characters_not_bytes() {
        let limit = TextKind::Line.limit();
        assert!(TextKind::Line.check(&"가".repeat(limit)).is_ok());
        assert_eq!(
            code(TextKind::Line.check(&"가".repeat(limit + 1))),
            Some("text-too-long")
        );
        let long = "x".repeat(TextKind::Prose.limit() + 1);
        assert_eq!(code(TextKind::Prose.check(&long)), Some("text-too-long"));
    }

    #[test]
    fn a_refusal_names_the_field_and_a_blank_optional_is_none() {
        match prose("comment", "a\0") {
            Err(AppError::Invalid { field, .. }) => assert_eq!(field, "comment"),
            other => panic!("{other:?}"),
        }
        assert_eq!(
            TextKind::Prose.parse_optional("c", Some("  ")).unwrap(),
            None
        );
        assert_eq!(TextKind::Prose.parse_optional("c", None).unwrap(), None);
        assert_eq!(
            TextKind::Line.parse_optional("c", Some(" x ")).unwrap(),
            Some("x".into())
        );
    }
}
