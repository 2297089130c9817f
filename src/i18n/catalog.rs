//! The message catalogues: the built-in `.ftl` files compiled into the
//! binary, an office's corrections from a configured folder laid over them,
//! and every file checked before the service starts, so a broken message is
//! named by file, line and id instead of showing up on a page.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use super::format::format_number;
use super::locale::Locale;
use super::pseudo;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// What is wrong with a catalogue file.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct CatalogError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl CatalogError {
    fn new(file: &str, line: usize, message: impl Into<String>) -> Self {
        CatalogError {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }
}

/// One locale's messages, ready to format.
struct Bundle {
    bundle: FluentBundle<FluentResource>,
}

/// Every locale's messages.
pub struct Catalog {
    bundles: HashMap<Locale, Bundle>,
    /// The message ids of English, which every locale must have exactly
    /// (a test holds the built-in catalogues to it).
    ids: BTreeSet<String>,
    /// The ids each locale defines.
    per_locale: HashMap<Locale, BTreeSet<String>>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("locales", &self.bundles.keys().collect::<Vec<_>>())
            .field("messages", &self.ids.len())
            .finish()
    }
}

/// A parsed file and the message ids it defines.
struct Parsed {
    resource: FluentResource,
    ids: Vec<String>,
}

/// The 1-based line of a byte offset.
fn line_of(source: &str, offset: usize) -> usize {
    source[..offset.min(source.len())].matches('\n').count() + 1
}

/// The id of the message a line belongs to: the nearest `id =` at or above it.
fn message_at(source: &str, line: usize) -> Option<String> {
    source
        .lines()
        .take(line)
        .collect::<Vec<_>>()
        .iter()
        .rev()
        .find_map(|l| {
            let (id, _) = l.split_once('=')?;
            let id = id.trim_end();
            let first = id.chars().next()?;
            ((first.is_ascii_alphabetic() || first == '-')
                && !l.starts_with(' ')
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .then(|| id.to_string())
        })
}

fn parse(file: &str, source: &str) -> Result<Parsed, CatalogError> {
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(r) => r,
        Err((_, errors)) => {
            let first = &errors[0];
            // An error found at the end of a broken entry (an unclosed
            // placeable) is reported on the entry's last written line.
            let entry_end = first.slice.as_ref().map_or(source.len(), |s| {
                s.start + source[s.clone()].trim_end().len()
            });
            let line = line_of(source, first.pos.start.min(entry_end.saturating_sub(1)));
            let within = message_at(source, line)
                .map(|id| format!(" (in message {id})"))
                .unwrap_or_default();
            return Err(CatalogError::new(
                file,
                line,
                format!("{}{within}", first.kind),
            ));
        }
    };
    let mut ids = Vec::new();
    for entry in resource.entries() {
        match entry {
            ast::Entry::Message(m) => {
                if m.value.is_none() {
                    let line = line_of(source, source.find(m.id.name).unwrap_or(0));
                    return Err(CatalogError::new(
                        file,
                        line,
                        format!("message {} has no value", m.id.name),
                    ));
                }
                ids.push(m.id.name.to_string());
            }
            ast::Entry::Term(_) | ast::Entry::Comment(_) => {}
            ast::Entry::GroupComment(_) | ast::Entry::ResourceComment(_) => {}
            ast::Entry::Junk { content } => {
                let line = line_of(source, source.find(content).unwrap_or(0));
                return Err(CatalogError::new(file, line, "unreadable entry"));
            }
        }
    }
    Ok(Parsed { resource, ids })
}

/// Where a message id was first defined, to name both places of a duplicate.
type Seen = BTreeMap<String, String>;

fn note_ids(file: &str, source: &str, ids: &[String], seen: &mut Seen) -> Result<(), CatalogError> {
    for id in ids {
        if let Some(first) = seen.insert(id.clone(), file.to_string()) {
            let line = line_of(
                source,
                source.find(&format!("\n{id} ")).map_or(0, |p| p + 1),
            );
            return Err(CatalogError::new(
                file,
                line,
                format!("message {id} is defined twice (also in {first})"),
            ));
        }
    }
    Ok(())
}

fn new_bundle(locale: Locale) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = locale
        .source()
        .tag()
        .parse()
        .expect("locale tags are valid language identifiers");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Pages are HTML in one direction: no bidi isolation marks around values.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format_number));
    if locale == Locale::EnXa {
        bundle.set_transform(Some(pseudo::accent));
    }
    bundle
}

impl Catalog {
    /// The built-in catalogues alone.
    pub fn builtin() -> Result<Catalog, CatalogError> {
        Catalog::load(None)
    }

    /// The built-in catalogues with an office's corrections from `overrides`
    /// (`<folder>/<locale>/*.ftl`) laid over them. A correction may only
    /// replace a message that exists; anything unreadable stops the load.
    pub fn load(overrides: Option<&Path>) -> Result<Catalog, CatalogError> {
        let mut sources: BTreeMap<Locale, Vec<(String, String)>> = BTreeMap::new();
        for (tag, name, source) in BUILTIN {
            let locale: Locale = tag
                .parse()
                .map_err(|e: String| CatalogError::new(&format!("locales/{tag}"), 0, e))?;
            sources
                .entry(locale)
                .or_default()
                .push((format!("locales/{tag}/{name}"), source.to_string()));
        }
        let corrections = match overrides {
            Some(dir) => read_overrides(dir)?,
            None => Vec::new(),
        };

        // English first: its ids are the set every other locale must match.
        let mut ids = BTreeSet::new();
        let mut bundles = HashMap::new();
        let mut per_locale = HashMap::new();
        for locale in Locale::ALL {
            let files = sources.get(&locale.source()).ok_or_else(|| {
                CatalogError::new(
                    &format!("locales/{}", locale.source()),
                    0,
                    "no catalogue for this language",
                )
            })?;
            let mut bundle = new_bundle(locale);
            let mut seen = Seen::new();
            for (file, source) in files {
                let parsed = parse(file, source)?;
                note_ids(file, source, &parsed.ids, &mut seen)?;
                bundle
                    .add_resource(parsed.resource)
                    .map_err(|errors| CatalogError::new(file, 0, format!("{errors:?}")))?;
            }
            let locale_ids: BTreeSet<String> = seen.keys().cloned().collect();
            if locale == Locale::En {
                ids = locale_ids.clone();
            }
            per_locale.insert(locale, locale_ids);
            for (for_locale, file, source) in &corrections {
                if *for_locale != locale.source() {
                    continue;
                }
                let parsed = parse(&file.display().to_string(), source)?;
                for id in &parsed.ids {
                    if !ids.contains(id) {
                        let line = line_of(source, source.find(id.as_str()).unwrap_or(0));
                        return Err(CatalogError::new(
                            &file.display().to_string(),
                            line,
                            format!(
                                "message {id} does not exist in civicall; a correction can only replace a built-in message"
                            ),
                        ));
                    }
                }
                bundle.add_resource_overriding(parsed.resource);
            }
            bundles.insert(locale, Bundle { bundle });
        }
        let catalog = Catalog {
            bundles,
            ids,
            per_locale,
        };
        catalog.check_formatting()?;
        Ok(catalog)
    }

    /// Formats every message once in every locale with placeholder values,
    /// so a reference to a missing message or term fails at start-up.
    fn check_formatting(&self) -> Result<(), CatalogError> {
        for locale in Locale::ALL {
            let bundle = &self.bundles[&locale].bundle;
            for id in &self.ids {
                let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                    continue;
                };
                let mut errors = Vec::new();
                let args = FluentArgs::new();
                bundle.format_pattern(pattern, Some(&args), &mut errors);
                for error in errors {
                    // Unset variables are expected here; broken references are not.
                    let text = error.to_string();
                    if text.contains("Unknown variable") {
                        continue;
                    }
                    return Err(CatalogError::new(
                        &format!("locales/{}", locale.source()),
                        0,
                        format!("message {id}: {text}"),
                    ));
                }
            }
        }
        Ok(())
    }

    /// The message ids every locale has.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.ids.iter().map(String::as_str)
    }

    pub fn has(&self, id: &str) -> bool {
        self.ids.contains(id)
    }

    /// The ids a locale's catalogue defines.
    pub fn ids_of(&self, locale: Locale) -> &BTreeSet<String> {
        &self.per_locale[&locale]
    }

    /// One message in one locale. A missing id is a bug the catalogue tests
    /// catch; at run time it shows as the id itself, never as an error page.
    pub fn format(&self, locale: Locale, id: &str, args: Option<&FluentArgs>) -> String {
        let mut bundle = &self.bundles[&locale].bundle;
        if !bundle.has_message(id) {
            // A message not yet translated reads in English rather than as an id.
            bundle = &self.bundles[&Locale::En].bundle;
        }
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            tracing::warn!(%locale, id, "message id missing from the catalogue");
            return id.to_string();
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::warn!(%locale, id, ?errors, "message formatted with errors");
        }
        if locale == Locale::EnXa {
            pseudo::wrap(&text)
        } else {
            text.into_owned()
        }
    }
}

/// The `.ftl` files of an override folder, each with its locale.
fn read_overrides(dir: &Path) -> Result<Vec<(Locale, PathBuf, String)>, CatalogError> {
    let shown = dir.display().to_string();
    let entries = std::fs::read_dir(dir)
        .map_err(|e| CatalogError::new(&shown, 0, format!("cannot read the folder: {e}")))?;
    let mut out = Vec::new();
    let mut folders: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    folders.sort();
    for folder in folders {
        if !folder.is_dir() {
            continue;
        }
        let name = folder
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let locale: Locale = name
            .parse()
            .map_err(|e: String| CatalogError::new(&folder.display().to_string(), 0, e))?;
        let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
            .map_err(|e| CatalogError::new(&folder.display().to_string(), 0, e.to_string()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        for file in files {
            let source = std::fs::read_to_string(&file).map_err(|e| {
                CatalogError::new(&file.display().to_string(), 0, format!("cannot read: {e}"))
            })?;
            out.push((locale, file, source));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_catalogues_load_and_every_locale_has_the_ids_of_english() {
        let catalog = Catalog::builtin().expect("built-in catalogues load");
        assert!(catalog.ids().count() > 0);
        let english = catalog.ids_of(Locale::En);
        for locale in Locale::OFFERED {
            let ids = catalog.ids_of(locale);
            let missing: Vec<_> = english.difference(ids).collect();
            let extra: Vec<_> = ids.difference(english).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{locale}: missing {} {missing:?}; not in English {extra:?}",
                missing.len()
            );
        }
        for (tag, _, _) in BUILTIN {
            assert!(tag.parse::<Locale>().is_ok(), "unknown locale folder {tag}");
        }
        let folders: BTreeSet<&str> = BUILTIN.iter().map(|(t, _, _)| *t).collect();
        for locale in Locale::OFFERED {
            assert!(folders.contains(locale.tag()), "no catalogue for {locale}");
        }
    }

    #[test]
    fn a_correction_replaces_a_message_and_a_broken_one_is_named_by_file_line_and_id() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("ko")).unwrap();
        std::fs::write(dir.path().join("ko/fix.ftl"), "sign-in = 로그인하기\n").unwrap();
        let catalog = Catalog::load(Some(dir.path())).unwrap();
        assert_eq!(catalog.format(Locale::Ko, "sign-in", None), "로그인하기");

        std::fs::write(
            dir.path().join("ko/fix.ftl"),
            "sign-in = 로그인하기\nsign-out = { $oops\n",
        )
        .unwrap();
        let err = Catalog::load(Some(dir.path())).unwrap_err();
        assert!(err.file.ends_with("ko/fix.ftl"), "{err}");
        assert_eq!(err.line, 2, "{err}");
        assert!(err.message.contains("sign-out"), "{err}");

        std::fs::write(dir.path().join("ko/fix.ftl"), "no-such-message = 뭔가\n").unwrap();
        let err = Catalog::load(Some(dir.path())).unwrap_err();
        assert!(err.message.contains("no-such-message"), "{err}");
        assert_eq!(err.line, 1);

        std::fs::remove_file(dir.path().join("ko/fix.ftl")).unwrap();
        std::fs::create_dir(dir.path().join("fr")).unwrap();
        let err = Catalog::load(Some(dir.path())).unwrap_err();
        assert!(err.message.contains("unknown language"), "{err}");
    }

    #[test]
    fn russian_plurals_follow_cldr() {
        let catalog = Catalog::builtin().unwrap();
        let count = |n: i64| {
            let mut args = FluentArgs::new();
            args.set("count", n);
            catalog.format(Locale::Ru, "evaluations-count", Some(&args))
        };
        assert!(count(1).ends_with("оценка"), "{}", count(1));
        assert!(count(3).ends_with("оценки"), "{}", count(3));
        assert!(count(5).ends_with("оценок"), "{}", count(5));
        assert!(count(21).ends_with("оценка"), "{}", count(21));
    }

    #[test]
    fn the_pseudo_locale_marks_every_message() {
        let catalog = Catalog::builtin().unwrap();
        let text = catalog.format(Locale::EnXa, "sign-in", None);
        assert!(text.starts_with('⟦') && text.ends_with('⟧'), "{text}");
        assert_ne!(
            text,
            format!("⟦{}⟧", catalog.format(Locale::En, "sign-in", None))
        );
    }
}
