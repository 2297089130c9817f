//! Reads a PostgreSQL schema (the `public` schema) from `information_schema`
//! and `pg_catalog`. Every catalogue value is cast to text or bigint, the
//! types the Any driver reads.

use civicall::db::Db;
use sqlx::Row;
use sqlx::any::AnyRow;

use super::{Column, Schema};

pub(super) async fn read(db: &Db) -> Schema {
    let mut schema = Schema::default();
    let ours = |row: &AnyRow| row.get::<String, _>(0) != "_sqlx_migrations";
    for table in rows(db, TABLES).await.iter().filter(|r| ours(r)) {
        let name: String = table.get(0);
        match table.get::<String, _>(1).as_str() {
            "VIEW" => schema.view(&name),
            _ => schema.table(&name),
        }
    }
    for column in rows(db, COLUMNS).await.iter().filter(|r| ours(r)) {
        let (table, name): (String, String) = (column.get(0), column.get(1));
        let default: Option<String> = column.get(4);
        // A serial column's default is its sequence: numbering, not a default.
        let serial = default
            .as_deref()
            .is_some_and(|d| d.starts_with("nextval("));
        schema.column(
            &table,
            &name,
            Column {
                family: &family(&column.get::<String, _>(2)),
                not_null: column.get::<String, _>(3) == "NO",
                default: default.as_deref().filter(|_| !serial),
                numbered: serial || column.get::<String, _>(5) == "YES",
            },
        );
    }
    for constraint in rows(db, CONSTRAINTS).await.iter().filter(|r| ours(r)) {
        let table: String = constraint.get(0);
        let columns = list(constraint.get(2));
        match constraint.get::<String, _>(1).as_str() {
            "p" => schema.primary_key(&table, &columns),
            "u" => schema.unique(&table, &columns),
            "f" => schema.foreign_key(
                &table,
                &columns,
                &constraint.get::<String, _>(3),
                &list(constraint.get(4)),
                action(&constraint.get::<String, _>(5)),
                action(&constraint.get::<String, _>(6)),
            ),
            other => unreachable!("constraint kind {other} is not asked for"),
        }
    }
    for checks in rows(db, CHECKS).await.iter().filter(|r| ours(r)) {
        schema.checks(&checks.get::<String, _>(0), checks.get(1));
    }
    for index in rows(db, INDEXES).await.iter().filter(|r| ours(r)) {
        let mut columns = list(index.get(2));
        let included = list(index.get(3));
        if !included.is_empty() {
            // SQLite has no INCLUDE: such an index differs, and says how.
            columns.push(format!("include {}", included.join(" ")));
        }
        let predicate: Option<String> = index.get(5);
        schema.index(
            &index.get::<String, _>(0),
            &index.get::<String, _>(1),
            &columns,
            index.get::<String, _>(4) == "t",
            predicate.as_deref(),
        );
    }
    for trigger in rows(db, TRIGGERS).await.iter().filter(|r| ours(r)) {
        schema.trigger(
            &trigger.get::<String, _>(0),
            &trigger.get::<String, _>(1),
            &trigger.get::<String, _>(2),
            &trigger.get::<String, _>(3),
            &list(trigger.get(5)),
            trigger.get::<String, _>(4) == "ROW",
        );
    }
    schema
}

async fn rows(db: &Db, sql: &'static str) -> Vec<AnyRow> {
    sqlx::query(sql)
        .fetch_all(&db.pool)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

/// Columns the queries below join with `,` (never part of our names).
fn list(joined: String) -> Vec<String> {
    joined
        .split(',')
        .filter(|c| !c.is_empty())
        .map(str::to_string)
        .collect()
}

/// `pg_constraint.confdeltype`/`confupdtype` in SQLite's words.
fn action(code: &str) -> &'static str {
    match code {
        "a" => "NO ACTION",
        "r" => "RESTRICT",
        "c" => "CASCADE",
        "n" => "SET NULL",
        "d" => "SET DEFAULT",
        other => panic!("unknown foreign key action {other}"),
    }
}

fn family(data_type: &str) -> String {
    match data_type {
        "smallint" | "integer" | "bigint" => "integer",
        "real" | "double precision" => "real",
        "numeric" => "numeric",
        "text" | "character varying" | "character" => "text",
        "bytea" => "blob",
        "boolean" => "boolean",
        other => other,
    }
    .into()
}

const TABLES: &str = "SELECT table_name::text, table_type::text FROM information_schema.tables \
    WHERE table_schema = 'public'";

const COLUMNS: &str = "SELECT table_name::text, column_name::text, data_type::text, \
    is_nullable::text, column_default::text, is_identity::text \
    FROM information_schema.columns WHERE table_schema = 'public' \
    AND table_name IN (SELECT table_name FROM information_schema.tables \
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE')";

/// Each constraint's columns (`conkey`) and, for a foreign key, the
/// referenced table and columns (`confkey`), in the constraint's order.
const CONSTRAINTS: &str = "SELECT rel.relname::text, con.contype::text, \
    COALESCE((SELECT string_agg(a.attname::text, ',' ORDER BY k.n) \
        FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, n) \
        JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum), ''), \
    COALESCE(target.relname::text, ''), \
    COALESCE((SELECT string_agg(a.attname::text, ',' ORDER BY k.n) \
        FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, n) \
        JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum), ''), \
    con.confdeltype::text, con.confupdtype::text \
    FROM pg_constraint con \
    JOIN pg_class rel ON rel.oid = con.conrelid \
    JOIN pg_namespace ns ON ns.oid = rel.relnamespace \
    LEFT JOIN pg_class target ON target.oid = con.confrelid \
    WHERE ns.nspname = 'public' AND con.contype IN ('p', 'u', 'f')";

const CHECKS: &str = "SELECT rel.relname::text, COUNT(*) FROM pg_constraint con \
    JOIN pg_class rel ON rel.oid = con.conrelid \
    JOIN pg_namespace ns ON ns.oid = rel.relnamespace \
    WHERE ns.nspname = 'public' AND con.contype = 'c' GROUP BY rel.relname";

/// Indexes made by CREATE INDEX; those behind a PRIMARY KEY or UNIQUE
/// constraint are read as the constraint, which SQLite also has. (An
/// exclusion constraint's index is listed: SQLite has nothing like it.)
const INDEXES: &str = "SELECT t.relname::text, i.relname::text, \
    COALESCE((SELECT string_agg(CASE WHEN k.attnum = 0 THEN '<expression>' ELSE a.attname::text END \
        || CASE WHEN x.indoption[k.n - 1] & 1 = 1 THEN ' desc' ELSE '' END, ',' ORDER BY k.n) \
        FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, n) \
        LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum \
        WHERE k.n <= x.indnkeyatts), ''), \
    COALESCE((SELECT string_agg(a.attname::text, ',' ORDER BY k.n) \
        FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, n) \
        JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum \
        WHERE k.n > x.indnkeyatts), ''), \
    CASE WHEN x.indisunique THEN 't' ELSE 'f' END, \
    pg_get_expr(x.indpred, x.indrelid) \
    FROM pg_index x \
    JOIN pg_class i ON i.oid = x.indexrelid \
    JOIN pg_class t ON t.oid = x.indrelid \
    JOIN pg_namespace ns ON ns.oid = t.relnamespace \
    WHERE ns.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_constraint c \
        WHERE c.conindid = x.indexrelid AND c.contype IN ('p', 'u'))";

/// One row per trigger and event, with the columns of `UPDATE OF`.
/// (`information_schema` leaves out TRUNCATE triggers, which SQLite cannot
/// have in any case.)
const TRIGGERS: &str = "SELECT t.event_object_table::text, t.trigger_name::text, \
    t.action_timing::text, t.event_manipulation::text, t.action_orientation::text, \
    COALESCE((SELECT string_agg(u.event_object_column::text, ',') \
        FROM information_schema.triggered_update_columns u \
        WHERE t.event_manipulation = 'UPDATE' AND u.trigger_schema = t.trigger_schema \
        AND u.trigger_name = t.trigger_name AND u.event_object_table = t.event_object_table), '') \
    FROM information_schema.triggers t WHERE t.trigger_schema = 'public'";
