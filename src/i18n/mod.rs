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
    /// The reader's own time zone: times that belong to no centre are shown in it.
    zone: chrono_tz::Tz,
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
        Lang {
            locale,
            catalog,
            zone: chrono_tz::UTC,
        }
    }

    /// The same language for a reader in time zone `zone`.
    pub fn with_zone(mut self, zone: chrono_tz::Tz) -> Lang {
        self.zone = zone;
        self
    }

    /// The reader's own time zone.
    pub fn zone(&self) -> chrono_tz::Tz {
        self.zone
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
        Lang::new(self.catalog.clone(), locale).with_zone(self.zone)
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
            weekday = self.weekday(day.weekday()),
            wd = day.weekday().number_from_monday()
        )
    }

    /// A month of a year, as a heading writes it (`November 2026`, `2026년 11월`).
    pub fn month_year(&self, year: i32, month: u32) -> String {
        tr!(
            self,
            "fmt-month-year",
            year = year.to_string(),
            month = month
        )
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

    /// The one way pages show a moment: date, time and the zone it is in
    /// (`27 Nov 2026 14:05 KST`, `27.11.2026 14:05 +05`), in `zone` — the
    /// centre's for calls and callbacks — or the reader's own when `None`.
    pub fn when(&self, ms: i64, zone: Option<chrono_tz::Tz>) -> String {
        let zone = zone.unwrap_or(self.zone);
        let at = crate::clock::from_ms(ms).with_timezone(&zone);
        tr!(
            self,
            "fmt-when",
            date = self.date(at.date_naive()),
            time = self.time(&at),
            zone = at.format("%Z").to_string()
        )
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
        assert!(
            ko.month_year(2026, 11).contains("11월"),
            "{}",
            ko.month_year(2026, 11)
        );
        assert!(ko.date_long(day).contains('금'), "{}", ko.date_long(day));
        assert!(en.with_locale(Locale::Vi).date(day).contains("27"));
        assert!(ru.month_year(2026, 11).to_lowercase().contains("ноябрь"));
    }
}

tokio::task_local! {
    /// The language of the request being answered, set by the web layer
    /// for everything rendered while it is.
    static CURRENT: Lang;
}

/// The language of the request being answered; English outside a request.
pub fn current() -> Lang {
    CURRENT
        .try_with(Lang::clone)
        .unwrap_or_else(|_| Lang::english())
}

/// Answers a request (runs `answer`) in `lang`.
pub async fn answering_in<F: std::future::Future>(lang: Lang, answer: F) -> F::Output {
    CURRENT.scope(lang, answer).await
}

/// Runs `answer` as if within a request answered in `lang`.
pub fn within<R>(lang: Lang, answer: impl FnOnce() -> R) -> R {
    CURRENT.sync_scope(lang, answer)
}

/// Message ids that code builds from a prefix and a value of an
/// enumeration (`t("call-state-" ~ state)`), each family defined for every
/// value. Any other id must appear literally where it is used.
pub const ID_FAMILIES: &[&str] = &[
    "language-",
    "role-",
    "call-state-",
    "connection-",
    "call-status-",
    "call-event-",
    "recording-state-",
    "campaign-state-",
    "audit-action-",
    "dispute-state-",
    "results-score-source-",
    "outcome-",
    "callbacks-state-",
    "callbacks-method-",
    "callbacks-recording-",
    "comment-category-",
    "visits-channel-",
    "synthesis-span-",
    "synthesis-previous-",
    "synthesis-next-",
    "synthesis-table-",
    "training-topic-",
    "campaign-field-",
    "overview-carrier-",
    "roster-field-",
    "policy-",
    "absence-kind-",
];

#[cfg(test)]
mod usage_tests {
    use std::collections::BTreeSet;
    use std::path::Path;

    use super::*;

    /// Every file of code or template that can show a message.
    fn sources() -> Vec<(String, String)> {
        fn walk(dir: &Path, out: &mut Vec<(String, String)>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path
                    .extension()
                    .is_some_and(|x| x == "rs" || x == "html" || x == "js")
                {
                    // Comments name example ids; only code counts.
                    let text: Vec<String> = std::fs::read_to_string(&path)
                        .unwrap()
                        .lines()
                        .filter(|l| !l.trim_start().starts_with("//"))
                        .map(String::from)
                        .collect();
                    out.push((path.display().to_string(), text.join("\n")));
                }
            }
        }
        let mut out = Vec::new();
        walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
        out
    }

    /// The id-like string literals of a source: `"id"` or `'id'`.
    fn literals(text: &str) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        let bytes = text.as_bytes();
        for (at, &quote) in bytes.iter().enumerate() {
            if quote != b'"' && quote != b'\'' {
                continue;
            }
            let len = bytes[at + 1..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-' || **b == b'_')
                .count();
            if len > 0 && bytes.get(at + 1 + len) == Some(&quote) {
                out.insert(text[at + 1..at + 1 + len].to_string());
            }
        }
        out
    }

    /// Ids named at a call: `t("id"`, `.t("id")`, `tr!(lang, "id"`, `msg!("id"`.
    fn called_ids(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for opener in ["t(\"", "msg!(\""] {
            for (at, _) in text.match_indices(opener) {
                // `t(` as a name of its own, not the end of `get(`.
                let before = text[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = &text[at + opener.len()..];
                if let Some(end) = rest.find('"') {
                    out.push(rest[..end].to_string());
                }
            }
        }
        for (at, _) in text.match_indices("tr!(") {
            let rest = &text[at..];
            if let Some(open) = rest.find('"') {
                let rest = &rest[open + 1..];
                if let Some(end) = rest.find('"') {
                    out.push(rest[..end].to_string());
                }
            }
        }
        out.into_iter()
            .filter(|id| {
                !id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                    && !id.ends_with('-')
            })
            .collect()
    }

    #[test]
    fn every_id_the_code_names_exists_and_every_id_is_used() {
        let catalog = Catalog::builtin().unwrap();
        let sources = sources();
        let mut used = BTreeSet::new();
        let mut families = BTreeSet::new();
        for (file, text) in &sources {
            for id in called_ids(text) {
                assert!(
                    catalog.has(&id),
                    "{file} uses {id}, which no catalogue defines"
                );
            }
            used.extend(literals(text));
            for family in ID_FAMILIES {
                if text.contains(&format!("\"{family}")) || text.contains(&format!("'{family}")) {
                    families.insert(*family);
                }
            }
        }
        let mut unused = Vec::new();
        for id in catalog.ids() {
            let family = ID_FAMILIES
                .iter()
                .any(|f| id.starts_with(f) && families.contains(f));
            if !used.contains(id) && !family {
                unused.push(id.to_string());
            }
        }
        assert!(
            unused.is_empty(),
            "{} unused message ids: {unused:?}",
            unused.len()
        );
        for family in ID_FAMILIES {
            assert!(
                catalog.ids().any(|id| id.starts_with(family)),
                "no message in family {family}"
            );
        }
    }
}
