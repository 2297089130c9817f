//! The two migration trees build one schema: a fresh SQLite database and a
//! fresh PostgreSQL database, each migrated by its own tree, have the same
//! tables, columns, keys, indexes, checks and triggers. Each engine's
//! catalogue is read into the same plain-words description (`Schema`), and
//! every disagreement is reported at once; what the engines cannot express
//! alike is listed in `INHERENT`, each entry with its reason.

mod postgres;
mod sqlite;

use std::collections::{BTreeMap, BTreeSet};

use civicall::db::{Backend, Db};

use crate::common::TestDb;

/// A difference the engines impose rather than the trees: where the report
/// would say `sqlite says {sqlite}; postgres says {postgres}` about `what`,
/// and why that is harmless. An entry that no longer matches a difference
/// fails the test, so the list cannot outlive its reasons.
struct Inherent {
    what: &'static str,
    sqlite: &'static str,
    postgres: &'static str,
    why: &'static str,
}

/// SQLite's trigger fires on one event and runs statements guarded by its
/// own WHEN; PostgreSQL's trigger runs a function, so one trigger serves
/// every event and decides inside. The same events on the same tables
/// fire either way; only the names differ.
const ONE_TRIGGER_PER_EVENT: &str =
    "a SQLite trigger has one event, a PostgreSQL trigger function serves several";

const INHERENT: &[Inherent] = &[
    Inherent {
        what: "audit_log trigger BEFORE DELETE for each row",
        sqlite: "audit_log_no_delete",
        postgres: "audit_log_no_change",
        why: ONE_TRIGGER_PER_EVENT,
    },
    Inherent {
        what: "audit_log trigger BEFORE UPDATE for each row",
        sqlite: "audit_log_no_update",
        postgres: "audit_log_no_change",
        why: ONE_TRIGGER_PER_EVENT,
    },
    Inherent {
        what: "evaluations trigger AFTER DELETE for each row",
        sqlite: "evaluation_months_delete",
        postgres: "evaluation_months",
        why: ONE_TRIGGER_PER_EVENT,
    },
    Inherent {
        what: "evaluations trigger AFTER INSERT for each row",
        sqlite: "evaluation_months_insert",
        postgres: "evaluation_months",
        why: ONE_TRIGGER_PER_EVENT,
    },
    // SQLite's WHEN guards a whole trigger, so taking the old row out and
    // putting the new one in, each only when it has a staff member and a
    // department, takes two.
    Inherent {
        what: "evaluations trigger AFTER UPDATE of (campaign_id, connection, counted_weight, \
               department_id, final_total, local_date, staff_id, state, unanswered_policy) for each row",
        sqlite: "evaluation_months_update_new + evaluation_months_update_old",
        postgres: "evaluation_months",
        why: ONE_TRIGGER_PER_EVENT,
    },
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_migration_trees_build_the_same_schema() {
    let sqlite_db = TestDb::new(Backend::Sqlite).await;
    let postgres_db = TestDb::new(Backend::Postgres).await;
    let sqlite = sqlite::read(&migrated(&sqlite_db).await).await;
    let postgres = postgres::read(&migrated(&postgres_db).await).await;
    for (engine, schema) in [("sqlite", &sqlite), ("postgres", &postgres)] {
        for kind in [
            "table",
            "column",
            "primary key",
            "unique",
            "foreign key",
            "index",
            "partial index",
            "trigger",
        ] {
            assert!(
                schema.kinds.contains(kind),
                "the {engine} catalogue reader found no {kind}: it reads nothing, or the schema lost its last one"
            );
        }
    }
    let differences = differences(&sqlite, &postgres);
    assert!(
        differences.is_empty(),
        "the migration trees disagree ({} differences):\n  {}",
        differences.len(),
        differences.join("\n  ")
    );
}

async fn migrated(test_db: &TestDb) -> Db {
    let db = Db::connect(&test_db.url, 1).await.expect("database opens");
    db.migrate().await.expect("migrations run");
    db
}

/// Every statement where the two schemas disagree, in table order, less the
/// inherent ones; and every inherent one that no longer occurs.
fn differences(sqlite: &Schema, postgres: &Schema) -> Vec<String> {
    // A table on one side only is one difference, not one per column.
    let tables = |s: &Schema| -> BTreeSet<String> {
        s.facts
            .keys()
            .filter(|(_, what)| what.is_empty())
            .map(|(table, _)| table.clone())
            .collect()
    };
    let (sqlite_tables, postgres_tables) = (tables(sqlite), tables(postgres));
    let one_sided: BTreeSet<_> = sqlite_tables
        .symmetric_difference(&postgres_tables)
        .collect();
    let keys: BTreeSet<_> = sqlite.facts.keys().chain(postgres.facts.keys()).collect();
    let mut out = Vec::new();
    let mut inherent_seen = BTreeSet::new();
    for key @ (table, what) in keys {
        if !what.is_empty() && one_sided.contains(table) {
            continue;
        }
        let (s, p) = (sqlite.facts.get(key), postgres.facts.get(key));
        if s == p {
            continue;
        }
        let what = format!("{table}{what}");
        let s = s.map_or("nothing", String::as_str);
        let p = p.map_or("nothing", String::as_str);
        if let Some(i) = INHERENT
            .iter()
            .position(|a| a.what == what && a.sqlite == s && a.postgres == p)
        {
            inherent_seen.insert(i);
            continue;
        }
        out.push(format!("{what}: sqlite says {s}; postgres says {p}"));
    }
    for (i, inherent) in INHERENT.iter().enumerate() {
        if !inherent_seen.contains(&i) {
            out.push(format!(
                "{}: listed as inherent (sqlite says {}; postgres says {}: {}), but that difference is gone",
                inherent.what, inherent.sqlite, inherent.postgres, inherent.why
            ));
        }
    }
    out
}

/// What a schema says, in words both engines' readers produce alike: keyed
/// by the table and what is said of it (`""` for the table itself,
/// `".id"` for a column, `" index calls_state_due"`, …).
#[derive(Default)]
struct Schema {
    facts: BTreeMap<(String, String), String>,
    /// Which kinds of thing the reader found, so that a reader that finds
    /// nothing cannot pass for agreement.
    kinds: BTreeSet<&'static str>,
}

/// A column as both engines can describe it.
struct Column<'a> {
    /// integer, real, numeric, text, blob, boolean, or the engine's own name.
    family: &'a str,
    not_null: bool,
    default: Option<&'a str>,
    /// The database numbers new rows (SQLite's rowid alias, PostgreSQL's
    /// identity or serial column).
    numbered: bool,
}

impl Schema {
    fn say(&mut self, kind: &'static str, table: &str, what: String, fact: String) {
        self.kinds.insert(kind);
        self.facts.insert((table.to_string(), what), fact);
    }

    fn table(&mut self, table: &str) {
        self.say("table", table, String::new(), "a table".into());
    }

    fn view(&mut self, view: &str) {
        self.say("view", view, String::new(), "a view".into());
    }

    fn column(&mut self, table: &str, name: &str, column: Column<'_>) {
        let mut fact = format!(
            "{}, {}",
            column.family,
            if column.not_null { "not null" } else { "null" }
        );
        if let Some(default) = column.default {
            fact.push_str(&format!(", default {}", loose_default(default)));
        }
        if column.numbered {
            fact.push_str(", numbered by the database");
        }
        self.say("column", table, format!(".{name}"), fact);
    }

    fn primary_key(&mut self, table: &str, columns: &[String]) {
        let fact = format!("({})", columns.join(", "));
        self.say("primary key", table, " primary key".into(), fact);
    }

    fn unique(&mut self, table: &str, columns: &[String]) {
        let what = format!(" unique ({})", columns.join(", "));
        self.say("unique", table, what, "a constraint".into());
    }

    fn foreign_key(
        &mut self,
        table: &str,
        columns: &[String],
        target: &str,
        target_columns: &[String],
        on_delete: &str,
        on_update: &str,
    ) {
        let what = format!(" foreign key ({})", columns.join(", "));
        let fact = format!(
            "references {target} ({}) on delete {} on update {}",
            target_columns.join(", "),
            on_delete.to_lowercase(),
            on_update.to_lowercase()
        );
        self.say("foreign key", table, what, fact);
    }

    fn index(
        &mut self,
        table: &str,
        name: &str,
        columns: &[String],
        unique: bool,
        predicate: Option<&str>,
    ) {
        let mut fact = format!(
            "{}on ({})",
            if unique { "unique, " } else { "" },
            columns.join(", ")
        );
        let kind = match predicate {
            Some(predicate) => {
                fact.push_str(&format!(" where {}", loose_sql(predicate)));
                "partial index"
            }
            None => "index",
        };
        self.kinds.insert("index");
        self.say(kind, table, format!(" index {name}"), fact);
    }

    fn checks(&mut self, table: &str, count: i64) {
        if count > 0 {
            self.say(
                "check",
                table,
                " check constraints".into(),
                count.to_string(),
            );
        }
    }

    /// One trigger on one event; a trigger on several events is told once
    /// per event, and two triggers on one event share the line.
    fn trigger(
        &mut self,
        table: &str,
        name: &str,
        timing: &str,
        event: &str,
        columns: &[String],
        for_each_row: bool,
    ) {
        let mut what = format!(
            " trigger {} {}",
            timing.to_uppercase(),
            event.to_uppercase()
        );
        if !columns.is_empty() {
            let mut columns = columns.to_vec();
            columns.sort();
            what.push_str(&format!(" of ({})", columns.join(", ")));
        }
        what.push_str(if for_each_row {
            " for each row"
        } else {
            " for each statement"
        });
        self.kinds.insert("trigger");
        let names = self.facts.entry((table.to_string(), what)).or_default();
        let mut all: BTreeSet<&str> = names.split(" + ").filter(|n| !n.is_empty()).collect();
        all.insert(name);
        *names = all.into_iter().collect::<Vec<_>>().join(" + ");
    }
}

/// A default as both engines mean it: PostgreSQL writes `'[]'::text` and
/// `'-1'::integer` where SQLite keeps `'[]'` and `-1`, and `90` may come
/// back as `90.0`.
fn loose_default(default: &str) -> String {
    let mut s = default.trim();
    loop {
        if let Some(at) = s.rfind("::")
            && s[at + 2..]
                .chars()
                .all(|c| c.is_ascii_alphabetic() || c == ' ' || c == '_')
        {
            s = s[..at].trim();
        } else if s.starts_with('(') && s.ends_with(')') {
            s = s[1..s.len() - 1].trim();
        } else {
            break;
        }
    }
    let unquoted = s
        .strip_prefix('\'')
        .and_then(|s| s.strip_suffix('\''))
        .unwrap_or(s);
    match unquoted.parse::<f64>() {
        Ok(number) => number.to_string(),
        Err(_) => s.to_string(),
    }
}

/// An expression compared loosely: without PostgreSQL's casts, brackets,
/// spaces and letter case, which both engines add or drop as they please.
fn loose_sql(sql: &str) -> String {
    let mut out = String::new();
    let mut rest = sql;
    while let Some(at) = rest.find("::") {
        out.push_str(&rest[..at]);
        rest = rest[at + 2..].trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '_');
        for two_words in [" varying", " precision"] {
            rest = rest.strip_prefix(two_words).unwrap_or(rest);
        }
    }
    out.push_str(rest);
    out.chars()
        .filter(|c| !c.is_whitespace() && *c != '(' && *c != ')')
        .flat_map(char::to_lowercase)
        .collect()
}
