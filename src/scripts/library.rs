//! The set of scripts the service can call with, loaded from a directory.
//! Loading reports every problem in every file at once, so whoever broke a
//! file fixes them in one pass instead of one restart per error.

use std::collections::BTreeMap;
use std::path::Path;

use super::locate::line_column;
use super::{CallScript, ScriptError, ScriptKind, parse};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScriptLibrary {
    by_id: BTreeMap<String, CallScript>,
}

impl ScriptLibrary {
    /// Loads every `*.toml` file in `dir` (not its subdirectories), in file
    /// name order. Either every file is good and the library is complete, or
    /// nothing is loaded and each file's first error is returned.
    pub fn load_dir(dir: &Path) -> Result<ScriptLibrary, Vec<ScriptError>> {
        let whole_file = |file: String, message: String| ScriptError {
            file,
            line: 0,
            column: 0,
            message,
        };
        let entries = std::fs::read_dir(dir).map_err(|e| {
            vec![whole_file(
                dir.display().to_string(),
                format!("cannot read the script directory: {e}"),
            )]
        })?;
        let mut paths = Vec::new();
        let mut errors = Vec::new();
        for entry in entries {
            match entry {
                Ok(entry) => paths.push(entry.path()),
                Err(e) => errors.push(whole_file(
                    dir.display().to_string(),
                    format!("cannot list the script directory: {e}"),
                )),
            }
        }
        paths.retain(|p| p.extension().is_some_and(|ext| ext == "toml") && p.is_file());
        paths.sort();

        let mut scripts: Vec<CallScript> = Vec::new();
        for path in paths {
            let file = path.display().to_string();
            let bytes = match std::fs::read(&path) {
                Ok(bytes) => bytes,
                Err(e) => {
                    errors.push(whole_file(file, format!("cannot read the file: {e}")));
                    continue;
                }
            };
            let text = match String::from_utf8(bytes) {
                Ok(text) => text,
                Err(e) => {
                    errors.push(not_utf8(file, &e));
                    continue;
                }
            };
            match parse(&file, &text) {
                Ok(script) => match scripts.iter().find(|s| s.id == script.id) {
                    Some(first) => errors.push(duplicate_id(first, &script)),
                    None => scripts.push(script),
                },
                Err(e) => errors.push(e),
            }
        }
        if errors.is_empty() {
            Ok(ScriptLibrary::from_scripts(scripts))
        } else {
            Err(errors)
        }
    }

    /// A library of scripts already parsed; a later script with the same id
    /// replaces an earlier one (`load_dir` refuses duplicates instead).
    pub fn from_scripts(scripts: Vec<CallScript>) -> ScriptLibrary {
        ScriptLibrary {
            by_id: scripts.into_iter().map(|s| (s.id.clone(), s)).collect(),
        }
    }

    pub fn get(&self, id: &str) -> Option<&CallScript> {
        self.by_id.get(id)
    }

    /// Every script, by id.
    pub fn iter(&self) -> impl Iterator<Item = &CallScript> {
        self.by_id.values()
    }

    pub fn of_kind(&self, kind: ScriptKind) -> impl Iterator<Item = &CallScript> {
        self.iter().filter(move |s| s.kind == kind)
    }

    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }
}

/// Points at the id line of the second file and names the first, since
/// either one may be the file to change.
fn duplicate_id(first: &CallScript, second: &CallScript) -> ScriptError {
    let (line, column) = id_position(&second.source);
    let (first_line, _) = id_position(&first.source);
    ScriptError {
        file: second.file.clone(),
        line,
        column,
        message: format!(
            "id \"{}\" is already used by {}:{first_line}; each script needs its own id",
            second.id, first.file
        ),
    }
}

/// Where the `id` value is written; the file parsed once already, so
/// reading just the id again cannot fail in practice.
fn id_position(source: &str) -> (usize, usize) {
    #[derive(serde::Deserialize)]
    struct JustTheId {
        id: toml::Spanned<String>,
    }
    toml::from_str::<JustTheId>(source)
        .map_or((1, 1), |doc| line_column(source, doc.id.span().start))
}

fn not_utf8(file: String, e: &std::string::FromUtf8Error) -> ScriptError {
    let valid = e.utf8_error().valid_up_to();
    let bytes = e.as_bytes();
    let before = String::from_utf8_lossy(&bytes[..valid]);
    let (line, column) = line_column(&before, valid);
    ScriptError {
        file,
        line,
        column,
        message: "the file is not UTF-8 text; save it as UTF-8".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::scripts::{AutoMeasure, Scale};
    use crate::telephony::flow::Step;

    fn shipped() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("call-scripts")
    }

    fn shipped_script(name: &str) -> String {
        std::fs::read_to_string(shipped().join(name)).unwrap()
    }

    #[test]
    fn the_shipped_scripts_all_load() {
        let library = ScriptLibrary::load_dir(&shipped()).unwrap_or_else(|errors| {
            let shown: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
            panic!("shipped scripts do not load:\n{}", shown.join("\n"))
        });
        let ids: Vec<&str> = library.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "address-registration-ru",
                "customer-care-vi",
                "parking-permit-en",
                "passport-reissue-ko"
            ]
        );
        assert_eq!(library.of_kind(ScriptKind::Callback).count(), 1);
        for script in library.iter() {
            let flow = script.flow();
            let listens = flow.stages.iter().flat_map(|s| &s.steps);
            assert!(
                listens.clone().any(|s| matches!(s, Step::Listen { .. })),
                "{} never listens",
                script.id
            );
        }
    }

    #[test]
    fn shipped_evaluations_follow_the_courtesy_sheet() {
        let library = ScriptLibrary::load_dir(&shipped()).unwrap();
        let evaluations: Vec<&CallScript> = library.of_kind(ScriptKind::Evaluation).collect();
        assert_eq!(evaluations.len(), 3);
        for script in evaluations {
            let id = &script.id;
            let keys: Vec<&str> = script.stages.iter().map(|s| s.key.as_str()).collect();
            assert_eq!(keys, ["greeting", "response", "closing"], "{id}");
            let items = script.items().count();
            assert!((8..=12).contains(&items), "{id} has {items} items");
            let (stage, pickup) = script.item("pickup_speed").expect("pickup item");
            assert_eq!(stage.key, "greeting", "{id}");
            assert_eq!(pickup.auto, Some(AutoMeasure::RingsWithin(3)), "{id}");
            let (_, connected) = script.item("connected").expect("connected item");
            assert_eq!(
                connected.auto,
                Some(AutoMeasure::Connection(
                    crate::calls::measures::Connection::Person
                ))
            );
            assert!(
                script.items().any(|(_, i)| i.critical),
                "{id}: no critical item"
            );
            let (_, transfer) = script.item("transfer_handling").expect("transfer item");
            assert!(transfer.na_allowed, "{id}");
            let scales: Vec<&str> = script.items().map(|(_, i)| i.scale.as_str()).collect();
            assert!(scales.contains(&"three_point") && scales.contains(&"five_point"));
            assert!(script.training_topics().len() >= 4, "{id}");
        }
        let ko = library.get("passport-reissue-ko").unwrap();
        assert_eq!(ko.language, "ko-KR");
        let Scale::ThreePoint { levels } = &ko.item("names_department_and_self").unwrap().1.scale
        else {
            panic!("three-point scale expected")
        };
        assert!(
            levels[2].contains("부서명"),
            "levels are in Korean: {levels:?}"
        );
    }

    #[test]
    fn the_shipped_callback_reads_the_recording_disclosure() {
        let library = ScriptLibrary::load_dir(&shipped()).unwrap();
        let care = library.get("customer-care-vi").unwrap();
        assert_eq!(care.kind, ScriptKind::Callback);
        assert!(care.disclosure.as_deref().unwrap().contains("ghi âm"));
        assert_eq!(care.language, "vi-VN");
    }

    #[test]
    fn a_broken_directory_reports_every_file_at_once_and_loads_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let good = shipped_script("parking-permit-en.toml");
        std::fs::write(dir.path().join("a-good.toml"), &good).unwrap();
        let bad_scale = good.replacen("scale = \"five_point\"", "scale = \"ten_point\"", 1);
        let bad_scale = bad_scale.replacen("parking-permit-en", "parking-b", 1);
        std::fs::write(dir.path().join("b-scale.toml"), &bad_scale).unwrap();
        let bad_syntax = "id = \"c\"\ntitle = \"C\nlanguage = \"en-US\"\n";
        std::fs::write(dir.path().join("c-syntax.toml"), bad_syntax).unwrap();
        std::fs::write(dir.path().join("notes.txt"), "not a script").unwrap();

        let errors = ScriptLibrary::load_dir(dir.path()).unwrap_err();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors[0].file.ends_with("b-scale.toml"), "{}", errors[0]);
        let ten = bad_scale
            .lines()
            .position(|l| l.contains("ten_point"))
            .unwrap()
            + 1;
        assert_eq!(errors[0].line, ten);
        assert!(errors[0].message.contains("\"ten_point\" is not a scale"));
        assert!(errors[1].file.ends_with("c-syntax.toml"), "{}", errors[1]);
        assert_eq!(errors[1].line, 2, "{}", errors[1]);
    }

    #[test]
    fn two_files_with_one_id_name_each_other() {
        let dir = tempfile::tempdir().unwrap();
        let text = shipped_script("parking-permit-en.toml");
        std::fs::write(dir.path().join("one.toml"), &text).unwrap();
        std::fs::write(dir.path().join("two.toml"), format!("# copy\n{text}")).unwrap();
        let errors = ScriptLibrary::load_dir(dir.path()).unwrap_err();
        assert_eq!(errors.len(), 1);
        let err = &errors[0];
        assert!(err.file.ends_with("two.toml"), "{err}");
        let id_line = text.lines().position(|l| l.starts_with("id =")).unwrap() + 1;
        assert_eq!((err.line, err.column), (id_line + 1, 6), "{err}");
        assert!(
            err.message
                .contains("\"parking-permit-en\" is already used by"),
            "{err}"
        );
        assert!(
            err.message.contains(&format!("one.toml:{id_line}")),
            "{err}"
        );
    }

    #[test]
    fn a_missing_directory_is_an_error_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("no-such-dir");
        let errors = ScriptLibrary::load_dir(&missing).unwrap_err();
        assert_eq!(errors.len(), 1);
        let shown = errors[0].to_string();
        assert!(shown.starts_with(&missing.display().to_string()), "{shown}");
        assert!(
            shown.contains("cannot read the script directory"),
            "{shown}"
        );
    }

    #[test]
    fn a_file_that_is_not_utf8_says_where() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("latin1.toml"),
            b"id = \"x\"\ntitle = \"Caf\xe9\"\n",
        )
        .unwrap();
        let errors = ScriptLibrary::load_dir(dir.path()).unwrap_err();
        assert_eq!((errors[0].line, errors[0].column), (2, 13), "{}", errors[0]);
        assert!(errors[0].message.contains("UTF-8"));
    }

    #[test]
    fn from_scripts_indexes_by_id() {
        let library = ScriptLibrary::load_dir(&shipped()).unwrap();
        let again = ScriptLibrary::from_scripts(library.iter().cloned().collect());
        assert_eq!(again, library);
        assert!(again.get("parking-permit-en").is_some());
        assert!(again.get("nope").is_none());
        assert_eq!(again.len(), 4);
    }
}
