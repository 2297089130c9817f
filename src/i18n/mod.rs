//! Every user-visible text in the users' own languages. Messages live in
//! Project Fluent catalogues (`locales/<locale>/*.ftl`, compiled in, an
//! office's corrections laid over them); a request's [`Lang`] formats
//! messages, numbers, dates and intervals in the language chosen for it.

mod catalog;
mod format;
mod locale;
mod msg;
pub mod pseudo;
mod template;

use std::sync::Arc;

use chrono::{DateTime, Datelike, NaiveDate, TimeZone, Timelike, Weekday};
pub use fluent_bundle::{FluentArgs, FluentValue};

pub use catalog::{Catalog, CatalogError};
pub use format::NumberStyle;
pub use locale::{Locale, Preferences};
pub use msg::{Msg, MsgArg};
pub use template::{install as install_template_functions, with_lang};

/// A request's language: formats messages and values for one reader.
#[derive(Clone)]
pub struct Lang {
    pub locale: Locale,
    catalog: Arc<Catalog>,
}

impl std::fmt::Debug for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Lang({})", self.locale)
    }
}

/// Formats a message with named arguments:
/// `tr!(lang, "calls-placed", count = n, name = staff.name.as_str())`.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:expr) => {
        $lang.t($id)
    };
    ($lang:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($name), $crate::i18n::FluentValue::from($value)); )+
        $lang.t_args($id, &args)
    }};
}

impl Lang {
    pub fn new(catalog: Arc<Catalog>, locale: Locale) -> Lang {
        Lang { locale, catalog }
    }

    /// English from the built-in catalogues, for code with no reader at hand
    /// (tests, the command line).
    pub fn english() -> Lang {
        static BUILTIN: std::sync::LazyLock<Arc<Catalog>> = std::sync::LazyLock::new(|| {
            Arc::new(Catalog::builtin().expect("built-in catalogues load"))
        });
        Lang::new(BUILTIN.clone(), Locale::En)
    }

    /// The same catalogues in another language.
    pub fn with_locale(&self, locale: Locale) -> Lang {
        Lang::new(self.catalog.clone(), locale)
    }

    pub fn catalog(&self) -> &Arc<Catalog> {
        &self.catalog
    }

    pub fn t(&self, id: &str) -> String {
        self.catalog.format(self.locale, id, None)
    }

    pub fn t_args(&self, id: &str, args: &FluentArgs) -> String {
        self.catalog.format(self.locale, id, Some(args))
    }

    fn style(&self) -> NumberStyle {
        NumberStyle::of(self.locale)
    }

    /// A number with `digits` decimals, in the locale's style.
    pub fn number(&self, value: f64, digits: usize) -> String {
        self.style().number(value, digits)
    }

    /// A share (0..1) as a percentage.
    pub fn percent(&self, share: f64, digits: usize) -> String {
        self.style().percent(share, digits)
    }

    /// A score interval, `72.1–80.3` (`72,1–80,3` in Russian).
    pub fn interval(&self, low: f64, high: f64, digits: usize) -> String {
        tr!(
            self,
            "fmt-interval",
            low = self.number(low, digits),
            high = self.number(high, digits)
        )
    }

    /// A calendar day, as the locale writes a date in a table.
    pub fn date(&self, day: NaiveDate) -> String {
        tr!(
            self,
            "fmt-date",
            year = day.year().to_string(),
            month = day.month(),
            mm = format!("{:02}", day.month()),
            day = day.day(),
            dd = format!("{:02}", day.day())
        )
    }

    /// A day with its weekday, as a heading writes it.
    pub fn date_long(&self, day: NaiveDate) -> String {
        tr!(
            self,
            "fmt-date-long",
            year = day.year().to_string(),
            month = day.month(),
            mm = format!("{:02}", day.month()),
            day = day.day(),
            dd = format!("{:02}", day.day()),
            weekday = self.weekday(day.weekday())
        )
    }

    /// A month of a year, as a heading writes it (`November 2026`, `2026년 11월`).
    pub fn month_year(&self, year: i32, month: u32) -> String {
        tr!(self, "fmt-month-year", year = year.to_string(), month = month)
    }

    pub fn weekday(&self, day: Weekday) -> String {
        tr!(self, "fmt-weekday", weekday = day.number_from_monday())
    }

    /// A time of day, `14:05`.
    pub fn time<T: Timelike>(&self, time: &T) -> String {
        format!("{:02}:{:02}", time.hour(), time.minute())
    }

    /// A moment in a time zone: its date and time.
    pub fn datetime<Tz: TimeZone>(&self, at: &DateTime<Tz>) -> String {
        tr!(
            self,
            "fmt-datetime",
            date = self.date(at.date_naive()),
            time = self.time(at)
        )
    }

    /// A moment (epoch milliseconds) in a time zone.
    pub fn datetime_ms<Tz: TimeZone>(&self, ms: i64, tz: &Tz) -> String {
        self.datetime(&crate::clock::from_ms(ms).with_timezone(tz))
    }

    /// A `YYYY-MM-DD` day as the locale writes it; anything else unchanged.
    pub fn day_text(&self, text: &str) -> String {
        NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map(|d| self.date(d))
            .unwrap_or_else(|_| text.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_intervals_read_as_each_locale_writes_them() {
        let en = Lang::english();
        let day = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        let ru = en.with_locale(Locale::Ru);
        let ko = en.with_locale(Locale::Ko);
        assert_eq!(ru.date(day), "27.11.2026");
        assert_eq!(ru.interval(72.06, 80.34, 1), "72,1–80,3");
        assert!(ko.month_year(2026, 11).contains("11월"), "{}", ko.month_year(2026, 11));
        assert!(ko.date_long(day).contains('금'), "{}", ko.date_long(day));
        assert!(en.with_locale(Locale::Vi).date(day).contains("27"));
        assert!(ru.month_year(2026, 11).to_lowercase().contains("ноябрь"));
    }
}
