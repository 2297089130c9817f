//! Numbers as each locale writes them: the decimal sign (`72,5` in Russian,
//! Kazakh and Vietnamese), the grouping of thousands and percentages. Used
//! for every number a message or a page prints.

use fluent_bundle::types::FluentNumberStyle;
use fluent_bundle::{FluentValue, memoizer::MemoizerKind};
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

use super::locale::Locale;

/// How one locale writes a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberStyle {
    pub decimal: char,
    pub group: &'static str,
    /// Between the number and `%` (`72,5 %` in Russian).
    pub percent_gap: &'static str,
}

impl NumberStyle {
    pub fn of(locale: Locale) -> NumberStyle {
        match locale {
            Locale::En | Locale::EnXa | Locale::Ko | Locale::ZhHans => NumberStyle {
                decimal: '.',
                group: ",",
                percent_gap: "",
            },
            Locale::Ru => NumberStyle {
                decimal: ',',
                group: "\u{a0}",
                percent_gap: "\u{a0}",
            },
            Locale::Kk => NumberStyle {
                decimal: ',',
                group: "\u{a0}",
                percent_gap: "",
            },
            Locale::Vi => NumberStyle {
                decimal: ',',
                group: ".",
                percent_gap: "",
            },
        }
    }

    /// `value` with exactly `digits` decimals (rounded half away from zero),
    /// thousands grouped from 10 000 up (and from 1 000 where the locale does).
    pub fn number(&self, value: f64, digits: usize) -> String {
        if !value.is_finite() {
            return "—".into();
        }
        let text = format!("{:.*}", digits, value.abs());
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let negative = value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0');
        let mut out = String::new();
        if negative {
            out.push('−');
        }
        let group = whole.len() > 4 || (whole.len() == 4 && self.group != "\u{a0}");
        for (i, ch) in whole.chars().enumerate() {
            if group && i > 0 && (whole.len() - i) % 3 == 0 {
                out.push_str(self.group);
            }
            out.push(ch);
        }
        if !fraction.is_empty() {
            out.push(self.decimal);
            out.push_str(fraction);
        }
        out
    }

    /// A share (0.725) as a percentage (`72.5%`, `72,5 %`).
    pub fn percent(&self, share: f64, digits: usize) -> String {
        format!(
            "{}{}%",
            self.number(share * 100.0, digits),
            self.percent_gap
        )
    }
}

/// The memoized style of a bundle's locale, so the formatter below knows it.
struct BundleStyle(NumberStyle);

impl Memoizable for BundleStyle {
    type Args = ();
    type Error = ();
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        let locale = Locale::matching(&lang.to_string()).unwrap_or(Locale::En);
        Ok(BundleStyle(NumberStyle::of(locale)))
    }
}

/// Fluent's number formatter: numbers in messages (`{ $count }`,
/// `{ NUMBER($score, maximumFractionDigits: 1) }`) in the locale's style.
pub fn format_number<M: MemoizerKind>(value: &FluentValue, memoizer: &M) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let options = &n.options;
    let digits = options
        .minimum_fraction_digits
        .or(options.maximum_fraction_digits)
        .unwrap_or(if n.value.fract() == 0.0 { 0 } else { 1 });
    memoizer
        .with_try_get_threadsafe::<BundleStyle, _, _>((), |style| {
            if options.style == FluentNumberStyle::Percent {
                style.0.percent(n.value, digits)
            } else {
                style.0.number(n.value, digits)
            }
        })
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_and_groups_follow_the_locale() {
        assert_eq!(NumberStyle::of(Locale::Ru).number(72.5, 1), "72,5");
        assert_eq!(NumberStyle::of(Locale::En).number(72.46, 1), "72.5");
        assert_eq!(NumberStyle::of(Locale::Vi).number(12345.0, 0), "12.345");
        assert_eq!(NumberStyle::of(Locale::Ko).number(1234.0, 0), "1,234");
        assert_eq!(NumberStyle::of(Locale::Ru).number(1234.0, 0), "1234");
        assert_eq!(
            NumberStyle::of(Locale::Ru).number(12345.0, 0),
            "12\u{a0}345"
        );
        assert_eq!(NumberStyle::of(Locale::Kk).number(-3.25, 2), "−3,25");
        assert_eq!(NumberStyle::of(Locale::En).number(-0.01, 1), "0.0");
    }

    #[test]
    fn percentages_follow_the_locale() {
        assert_eq!(NumberStyle::of(Locale::Ru).percent(0.725, 1), "72,5\u{a0}%");
        assert_eq!(NumberStyle::of(Locale::ZhHans).percent(0.5, 0), "50%");
        assert_eq!(NumberStyle::of(Locale::Vi).percent(0.125, 1), "12,5%");
    }
}
