//! Compiles the message catalogues (`locales/<locale>/*.ftl`) into the
//! binary: writes a table of `include_str!`s so that a fresh clone runs with
//! one command and an edited catalogue rebuilds the crate; an added or
//! edited migration rebuilds it too.

use std::fmt::Write;
use std::path::Path;

fn main() {
    // The migrations are embedded by `sqlx::migrate!`, which does not see a
    // migration added or edited by itself.
    let migrations = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    for backend in ["sqlite", "postgres"] {
        println!(
            "cargo:rerun-if-changed={}",
            migrations.join(backend).display()
        );
        for file in std::fs::read_dir(migrations.join(backend)).expect("migrations/ exists") {
            let file = file.expect("migrations/ is readable").path();
            println!("cargo:rerun-if-changed={}", file.display());
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut entries = Vec::new();
    let mut locales: Vec<_> = std::fs::read_dir(&root)
        .expect("locales/ exists")
        .map(|e| e.expect("locales/ is readable").path())
        .filter(|p| p.is_dir())
        .collect();
    locales.sort();
    for dir in locales {
        println!("cargo:rerun-if-changed={}", dir.display());
        let locale = dir.file_name().unwrap().to_string_lossy().into_owned();
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .expect("a locale folder is readable")
            .map(|e| e.expect("a locale folder is readable").path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            entries.push((locale.clone(), name, file));
        }
    }
    let mut out =
        String::from("/// (locale, file name, contents) of every built-in catalogue file.\n");
    out.push_str("pub const BUILTIN: &[(&str, &str, &str)] = &[\n");
    for (locale, name, path) in entries {
        writeln!(
            out,
            "    ({locale:?}, {name:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("locales.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}
