//! Reads a SQLite schema from `sqlite_master` and the table pragmas. What
//! SQLite keeps only as the statement's text (CHECK constraints, a partial
//! index's WHERE, a trigger's timing and event) is read from that text.

use civicall::db::Db;
use sqlx::Row;
use sqlx::any::AnyRow;

use super::{Column, Schema};

pub(super) async fn read(db: &Db) -> Schema {
    let mut schema = Schema::default();
    // sqlx's bookkeeping and SQLite's own tables (and the autoindexes behind
    // PRIMARY KEY and UNIQUE, which are read as constraints instead).
    let objects = rows(
        db,
        "SELECT type, name, tbl_name, COALESCE(sql, '') AS sql FROM sqlite_master \
         WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND tbl_name <> '_sqlx_migrations' \
         ORDER BY name",
        None,
    )
    .await;
    let text = |row: &AnyRow, column: &str| row.get::<String, _>(column);
    for object in &objects {
        let (name, table, sql) = (
            text(object, "name"),
            text(object, "tbl_name"),
            text(object, "sql"),
        );
        match text(object, "type").as_str() {
            "table" => read_table(db, &mut schema, &name, &sql).await,
            "index" => read_index(db, &mut schema, &table, &name, &sql).await,
            "trigger" => read_trigger(&mut schema, &table, &name, &sql),
            "view" => schema.view(&name),
            other => {
                panic!("sqlite_master lists {name} as a {other}, which this test does not know")
            }
        }
    }
    schema
}

async fn rows(db: &Db, sql: &'static str, bind: Option<&str>) -> Vec<AnyRow> {
    let mut query = sqlx::query(sql);
    if let Some(bind) = bind {
        query = query.bind(bind.to_string());
    }
    query
        .fetch_all(&db.pool)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

async fn read_table(db: &Db, schema: &mut Schema, table: &str, sql: &str) {
    schema.table(table);
    let columns = rows(
        db,
        "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info($1) ORDER BY cid",
        Some(table),
    )
    .await;
    let mut primary_key: Vec<(i64, String)> = columns
        .iter()
        .filter(|c| c.get::<i64, _>("pk") > 0)
        .map(|c| (c.get("pk"), c.get("name")))
        .collect();
    primary_key.sort();
    let primary_key: Vec<String> = primary_key.into_iter().map(|(_, name)| name).collect();
    let without_rowid = code(sql).contains("withoutrowid");
    for column in &columns {
        let name: String = column.get("name");
        let declared: String = column.get("type");
        // `INTEGER PRIMARY KEY` names the rowid: never NULL (a NULL insert
        // takes the next number), whatever `notnull` says.
        let rowid = !without_rowid
            && primary_key == [name.clone()]
            && declared.eq_ignore_ascii_case("INTEGER");
        let default: Option<String> = column.get("dflt_value");
        schema.column(
            table,
            &name,
            Column {
                family: &family(&declared),
                not_null: rowid || column.get::<i64, _>("notnull") != 0,
                default: default.as_deref(),
                numbered: rowid,
            },
        );
    }
    if !primary_key.is_empty() {
        schema.primary_key(table, &primary_key);
    }
    for index in rows(
        db,
        "SELECT name FROM pragma_index_list($1) WHERE origin = 'u'",
        Some(table),
    )
    .await
    {
        let columns = index_columns(db, &index.get::<String, _>("name")).await;
        schema.unique(table, &columns);
    }
    let keys = rows(
        db,
        "SELECT id, \"table\" AS target, \"from\" AS source, \"to\" AS target_column, on_delete, on_update \
         FROM pragma_foreign_key_list($1) ORDER BY id, seq",
        Some(table),
    )
    .await;
    let mut ids: Vec<i64> = keys.iter().map(|k| k.get("id")).collect();
    ids.dedup();
    for id in ids {
        let parts: Vec<&AnyRow> = keys
            .iter()
            .filter(|k| k.get::<i64, _>("id") == id)
            .collect();
        let target: String = parts[0].get("target");
        let source: Vec<String> = parts.iter().map(|k| k.get("source")).collect();
        let mut target_columns: Vec<String> = parts
            .iter()
            .filter_map(|k| k.get::<Option<String>, _>("target_column"))
            .collect();
        if target_columns.is_empty() {
            // `REFERENCES t` without columns means t's primary key.
            target_columns = rows(
                db,
                "SELECT name FROM pragma_table_info($1) WHERE pk > 0 ORDER BY pk",
                Some(&target),
            )
            .await
            .iter()
            .map(|c| c.get("name"))
            .collect();
        }
        let (on_delete, on_update): (String, String) =
            (parts[0].get("on_delete"), parts[0].get("on_update"));
        schema.foreign_key(
            table,
            &source,
            &target,
            &target_columns,
            &on_delete,
            &on_update,
        );
    }
    schema.checks(table, code(sql).matches("check(").count() as i64);
}

async fn read_index(db: &Db, schema: &mut Schema, table: &str, name: &str, sql: &str) {
    let list = rows(
        db,
        "SELECT name, \"unique\", partial FROM pragma_index_list($1)",
        Some(table),
    )
    .await;
    let entry = list
        .iter()
        .find(|i| i.get::<String, _>("name") == name)
        .unwrap_or_else(|| panic!("pragma_index_list({table}) misses {name}"));
    // The predicate is whatever follows WHERE after the column list.
    let predicate = (entry.get::<i64, _>("partial") != 0).then(|| {
        let upper = sql.to_uppercase();
        let from = upper.find('(').unwrap_or(0);
        let at = upper[from..]
            .find("WHERE")
            .unwrap_or_else(|| panic!("partial index {name} without WHERE: {sql}"));
        sql[from + at + "WHERE".len()..].trim().to_string()
    });
    let columns = index_columns(db, name).await;
    let unique = entry.get::<i64, _>("unique") != 0;
    schema.index(table, name, &columns, unique, predicate.as_deref());
}

async fn index_columns(db: &Db, index: &str) -> Vec<String> {
    rows(
        db,
        "SELECT name, \"desc\" FROM pragma_index_xinfo($1) WHERE key = 1 ORDER BY seqno",
        Some(index),
    )
    .await
    .iter()
    .map(|c| {
        let name = c
            .get::<Option<String>, _>("name")
            .unwrap_or_else(|| "<expression>".into());
        if c.get::<i64, _>("desc") != 0 {
            format!("{name} desc")
        } else {
            name
        }
    })
    .collect()
}

/// `CREATE TRIGGER [IF NOT EXISTS] name [BEFORE|AFTER|INSTEAD OF]
/// DELETE|INSERT|UPDATE [OF columns] ON table`: SQLite triggers are always
/// FOR EACH ROW and fire on one event.
fn read_trigger(schema: &mut Schema, table: &str, name: &str, sql: &str) {
    let sql = without_comments(sql);
    let words: Vec<&str> = sql.split_whitespace().collect();
    let is = |i: usize, word: &str| words.get(i).is_some_and(|w| w.eq_ignore_ascii_case(word));
    let mut i = words
        .iter()
        .position(|w| w.eq_ignore_ascii_case("TRIGGER"))
        .expect("CREATE TRIGGER")
        + 1;
    if is(i, "IF") {
        i += 3;
    }
    i += 1;
    let timing = if is(i, "BEFORE") || is(i, "AFTER") {
        i += 1;
        words[i - 1].to_uppercase()
    } else if is(i, "INSTEAD") {
        i += 2;
        "INSTEAD OF".into()
    } else {
        "BEFORE".into()
    };
    let event = words[i].to_uppercase();
    i += 1;
    let mut columns = Vec::new();
    if is(i, "OF") {
        i += 1;
        while !is(i, "ON") {
            columns.extend(
                words[i]
                    .split(',')
                    .map(|c| c.trim_matches('"').to_string())
                    .filter(|c| !c.is_empty()),
            );
            i += 1;
        }
    }
    schema.trigger(table, name, &timing, &event, &columns, true);
}

/// The type family SQLite gives a declared type (its affinity rules, in
/// their order), with BOOLEAN told apart.
fn family(declared: &str) -> String {
    let t = declared.to_uppercase();
    let has = |part: &str| t.contains(part);
    if has("BOOL") {
        "boolean"
    } else if has("INT") {
        "integer"
    } else if has("CHAR") || has("CLOB") || has("TEXT") {
        "text"
    } else if has("BLOB") || t.is_empty() {
        "blob"
    } else if has("REAL") || has("FLOA") || has("DOUB") {
        "real"
    } else {
        "numeric"
    }
    .into()
}

/// A statement's code only, lower case and without spaces: no comments and
/// no string literals, whose words must not count as keywords.
fn code(sql: &str) -> String {
    let mut out = String::new();
    let mut in_string = false;
    for c in without_comments(sql).chars() {
        match c {
            '\'' => in_string = !in_string,
            _ if in_string || c.is_whitespace() => {}
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

fn without_comments(sql: &str) -> String {
    let mut out = String::new();
    let mut in_string = false;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\'' {
            in_string = !in_string;
        } else if !in_string && c == '-' && chars.peek() == Some(&'-') {
            for c in chars.by_ref() {
                if c == '\n' {
                    break;
                }
            }
            out.push('\n');
            continue;
        } else if !in_string && c == '/' && chars.peek() == Some(&'*') {
            chars.next();
            let mut last = ' ';
            for c in chars.by_ref() {
                if last == '*' && c == '/' {
                    break;
                }
                last = c;
            }
            out.push(' ');
            continue;
        }
        out.push(c);
    }
    out
}
