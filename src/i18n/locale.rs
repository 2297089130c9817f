//! The languages civicall speaks, and how a request's language is chosen:
//! the user's own setting, then the language picked on the sign-in page,
//! then the browser's `Accept-Language`, then the centre's default, then
//! English.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A language of the message catalogues.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Locale {
    En,
    Ko,
    Ru,
    Kk,
    Vi,
    ZhHans,
    /// The pseudo-locale: English, accented and wrapped in ⟦ ⟧, so that
    /// any text that bypasses the catalogues stands out on a page.
    EnXa,
}

impl Locale {
    /// The languages offered to users, in the order the switcher lists them.
    pub const OFFERED: [Locale; 6] = [
        Locale::En,
        Locale::Ko,
        Locale::Ru,
        Locale::Kk,
        Locale::Vi,
        Locale::ZhHans,
    ];

    /// Every catalogue the service builds, the pseudo-locale included.
    pub const ALL: [Locale; 7] = [
        Locale::En,
        Locale::Ko,
        Locale::Ru,
        Locale::Kk,
        Locale::Vi,
        Locale::ZhHans,
        Locale::EnXa,
    ];

    /// The BCP 47 tag, as `<html lang>`, the catalogue folder and the
    /// stored setting write it.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Ko => "ko",
            Locale::Ru => "ru",
            Locale::Kk => "kk",
            Locale::Vi => "vi",
            Locale::ZhHans => "zh-Hans",
            Locale::EnXa => "en-XA",
        }
    }

    /// The language a carrier's text-to-speech is asked to speak a
    /// message in (Twilio's `<Say language>`).
    pub fn speech_language(self) -> &'static str {
        match self {
            Locale::En | Locale::EnXa => "en-US",
            Locale::Ko => "ko-KR",
            Locale::Ru => "ru-RU",
            Locale::Kk => "kk-KZ",
            Locale::Vi => "vi-VN",
            Locale::ZhHans => "cmn-CN",
        }
    }

    /// The catalogue a locale's messages come from (the pseudo-locale is
    /// made from English).
    pub fn source(self) -> Locale {
        match self {
            Locale::EnXa => Locale::En,
            other => other,
        }
    }

    /// Matches a language tag from a header or a setting: `ko-KR` is Korean,
    /// `zh`, `zh-CN` and `zh-Hans-CN` are simplified Chinese; traditional
    /// Chinese (`zh-TW`, `zh-Hant`) matches nothing rather than the wrong script.
    pub fn matching(tag: &str) -> Option<Locale> {
        let tag = tag.trim().replace('_', "-");
        if tag.eq_ignore_ascii_case("en-XA") {
            return Some(Locale::EnXa);
        }
        let mut parts = tag.split('-');
        let language = parts.next()?.to_ascii_lowercase();
        let rest: Vec<String> = parts.map(|p| p.to_ascii_lowercase()).collect();
        match language.as_str() {
            "en" => Some(Locale::En),
            "ko" => Some(Locale::Ko),
            "ru" => Some(Locale::Ru),
            "kk" => Some(Locale::Kk),
            "vi" => Some(Locale::Vi),
            "zh" => {
                let traditional = rest
                    .iter()
                    .any(|p| matches!(p.as_str(), "hant" | "tw" | "hk" | "mo"));
                let simplified = rest.iter().any(|p| p == "hans");
                (simplified || !traditional).then_some(Locale::ZhHans)
            }
            _ => None,
        }
    }

    /// The best offered language of an `Accept-Language` header, by its
    /// q-values (ties keep the header's order).
    pub fn from_accept_language(header: &str) -> Option<Locale> {
        let mut ranges: Vec<(f32, usize, &str)> = header
            .split(',')
            .enumerate()
            .filter_map(|(i, part)| {
                let mut pieces = part.split(';');
                let tag = pieces.next()?.trim();
                let q = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                (q > 0.0 && !tag.is_empty()).then_some((q, i, tag))
            })
            .collect();
        ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        ranges
            .into_iter()
            .filter_map(|(_, _, tag)| Locale::matching(tag))
            // A browser never asks for the pseudo-locale by accident.
            .find(|l| *l != Locale::EnXa)
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

impl FromStr for Locale {
    type Err = String;

    /// A stored or configured setting: exactly one of the offered tags (or
    /// the pseudo-locale's), in any case.
    fn from_str(s: &str) -> Result<Locale, String> {
        Locale::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| {
                format!(
                    "unknown language {s:?}; expected one of {}",
                    Locale::OFFERED.map(|l| l.tag()).join(", ")
                )
            })
    }
}

impl TryFrom<String> for Locale {
    type Error = String;
    fn try_from(s: String) -> Result<Locale, String> {
        s.parse()
    }
}

impl From<Locale> for String {
    fn from(l: Locale) -> String {
        l.tag().to_string()
    }
}

/// What a request brings to the choice of its language.
#[derive(Debug, Default)]
pub struct Preferences<'a> {
    /// The signed-in user's own setting.
    pub user: Option<Locale>,
    /// The language picked on the sign-in page (a cookie).
    pub picked: Option<&'a str>,
    pub accept_language: Option<&'a str>,
    /// The default language of the user's centre.
    pub centre: Option<Locale>,
}

impl Preferences<'_> {
    /// The request's language before the centre's default is consulted, or
    /// `None` when only the centre (or English) can decide.
    pub fn without_centre(&self) -> Option<Locale> {
        self.user
            .or_else(|| self.picked.and_then(|p| p.parse().ok()))
            .or_else(|| self.accept_language.and_then(Locale::from_accept_language))
    }

    pub fn choose(&self) -> Locale {
        self.without_centre().or(self.centre).unwrap_or(Locale::En)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_is_read_by_quality_then_order() {
        assert_eq!(
            Locale::from_accept_language("fr-FR,vi;q=0.8,ko;q=0.9"),
            Some(Locale::Ko)
        );
        assert_eq!(
            Locale::from_accept_language("de, ru-RU;q=0.5"),
            Some(Locale::Ru)
        );
        assert_eq!(Locale::from_accept_language("de, fr;q=0.4"), None);
        assert_eq!(Locale::from_accept_language("ko;q=0, kk"), Some(Locale::Kk));
    }

    #[test]
    fn chinese_tags_match_simplified_only() {
        assert_eq!(Locale::matching("zh-CN"), Some(Locale::ZhHans));
        assert_eq!(Locale::matching("zh-Hans-SG"), Some(Locale::ZhHans));
        assert_eq!(Locale::matching("zh"), Some(Locale::ZhHans));
        assert_eq!(Locale::matching("zh-TW"), None);
        assert_eq!(Locale::matching("zh-Hant"), None);
    }

    #[test]
    fn the_user_setting_wins_then_the_pick_then_the_browser_then_the_centre() {
        let all = Preferences {
            user: Some(Locale::Vi),
            picked: Some("ru"),
            accept_language: Some("ko"),
            centre: Some(Locale::Kk),
        };
        assert_eq!(all.choose(), Locale::Vi);
        let no_user = Preferences { user: None, ..all };
        assert_eq!(no_user.choose(), Locale::Ru);
        let no_pick = Preferences {
            picked: None,
            ..no_user
        };
        assert_eq!(no_pick.choose(), Locale::Ko);
        let only_centre = Preferences {
            accept_language: Some("de"),
            ..no_pick
        };
        assert_eq!(only_centre.choose(), Locale::Kk);
        assert_eq!(Preferences::default().choose(), Locale::En);
    }

    #[test]
    fn settings_parse_exactly() {
        assert_eq!("zh-hans".parse::<Locale>(), Ok(Locale::ZhHans));
        assert!("zh".parse::<Locale>().is_err());
        assert!("english".parse::<Locale>().is_err());
    }
}
