//! The pseudo-locale `en-XA`: English with accented letters, every message
//! wrapped in ⟦ ⟧. A page rendered in it shows at a glance (and to a test)
//! any text that did not come through the catalogues.

use std::borrow::Cow;

pub const OPEN: char = '⟦';
pub const CLOSE: char = '⟧';

/// Accents the letters of a message's text (not its values).
pub fn accent(text: &str) -> Cow<'_, str> {
    text.chars()
        .map(|c| match c {
            'a' => 'á',
            'e' => 'é',
            'i' => 'í',
            'o' => 'ó',
            'u' => 'ú',
            'y' => 'ý',
            'c' => 'ç',
            'n' => 'ñ',
            'A' => 'Å',
            'E' => 'É',
            'I' => 'Î',
            'O' => 'Ö',
            'U' => 'Ü',
            'C' => 'Ç',
            'N' => 'Ñ',
            other => other,
        })
        .collect::<String>()
        .into()
}

pub fn wrap(text: &str) -> String {
    format!("{OPEN}{text}{CLOSE}")
}
