//! Reading a roster CSV into rows of named fields. Columns are found by
//! name, so a spreadsheet's column order does not matter, and every problem
//! is kept with its line so the whole file can be fixed in one pass.

use std::io::Read;

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::i18n::{Lang, Msg};
use crate::{msg, tr};

/// One problem in an import file. `line` is 1-based; the header is line 1.
/// The message is a catalogue message, shown in the reader's language; its
/// id is the problem's stable code.
#[derive(Clone, Debug, PartialEq)]
pub struct RowProblem {
    pub line: usize,
    pub field: String,
    pub value: String,
    pub message: Msg,
}

impl RowProblem {
    pub(crate) fn new(line: usize, field: &str, value: &str, message: impl Into<Msg>) -> Self {
        RowProblem {
            line,
            field: field.into(),
            value: value.into(),
            message: message.into(),
        }
    }

    /// The stable code of this kind of problem (its message id).
    pub fn code(&self) -> &'static str {
        self.message.code().unwrap_or("roster-problem")
    }

    /// `staff.csv:3: field "phone": …` in `lang`.
    pub fn in_lang(&self, lang: &Lang, file: &str) -> String {
        tr!(
            lang,
            "roster-problem-line",
            file = file,
            line = self.line.to_string(),
            field = self.field.as_str(),
            problem = self.message.in_lang(lang)
        )
    }
}

/// As JSON: `line`, `field`, `value`, a stable `code` for the kind of
/// problem and the `message` in the language of the request being answered.
impl Serialize for RowProblem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let lang = crate::i18n::current();
        let mut out = serializer.serialize_struct("RowProblem", 5)?;
        out.serialize_field("line", &self.line)?;
        out.serialize_field("field", &self.field)?;
        out.serialize_field("value", &self.value)?;
        out.serialize_field("code", self.code())?;
        out.serialize_field("message", &self.message.in_lang(&lang))?;
        out.end()
    }
}

/// A data row: its line in the file and its values in `columns` order.
pub(crate) struct Row {
    pub line: usize,
    pub values: Vec<String>,
}

/// Reads every row, or says why the file cannot be read row by row (an
/// unreadable header makes every row meaningless). Row-level problems are
/// added to `problems` and those rows left out.
pub(crate) fn read_rows(
    mut input: impl Read,
    columns: &[&str],
    problems: &mut Vec<RowProblem>,
) -> Vec<Row> {
    let mut bytes = Vec::new();
    if let Err(e) = input.read_to_end(&mut bytes) {
        problems.push(RowProblem::new(
            1,
            "file",
            "",
            msg!("roster-file-unreadable", error = e.to_string()),
        ));
        return Vec::new();
    }
    // Spreadsheet programs on Windows start UTF-8 files with a byte order mark.
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(body);
    let lines = LineStarts::of(body);
    let mut records = reader.byte_records();

    let header = match records.next() {
        Some(Ok(header)) => header,
        Some(Err(e)) => {
            let message = msg!("roster-header-unreadable", error = e.to_string());
            problems.push(RowProblem::new(1, "header", "", message));
            return Vec::new();
        }
        None => {
            let message = msg!("roster-file-empty", columns = columns.join(","));
            problems.push(RowProblem::new(1, "header", "", message));
            return Vec::new();
        }
    };
    let Some(positions) = match_header(&header, columns, problems) else {
        return Vec::new();
    };

    let mut rows = Vec::new();
    for record in records {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| lines.line_of(p));
                let message = msg!("roster-row-unreadable", error = e.to_string());
                problems.push(RowProblem::new(line, "row", "", message));
                break;
            }
        };
        let line = record.position().map_or(0, |p| lines.line_of(p));
        // Spreadsheets export rows they once formatted as runs of commas.
        if record.iter().all(|f| f.trim_ascii().is_empty()) {
            continue;
        }
        if record.len() != header.len() {
            let message = msg!(
                "roster-row-field-count",
                count = record.len(),
                expected = header.len()
            );
            problems.push(RowProblem::new(line, "row", "", message));
            continue;
        }
        let mut values = Vec::with_capacity(columns.len());
        for (column, &at) in columns.iter().zip(&positions) {
            match std::str::from_utf8(&record[at]) {
                Ok(text) => values.push(text.trim().to_string()),
                Err(_) => problems.push(RowProblem::new(
                    line,
                    column,
                    &String::from_utf8_lossy(&record[at]),
                    msg!("roster-not-utf8"),
                )),
            }
        }
        if values.len() == columns.len() {
            rows.push(Row { line, values });
        }
    }
    rows
}

/// Where each physical line of a file starts, whatever ends its lines: LF,
/// CRLF (as Excel writes) or CR alone (as old Mac programs do), so that a
/// problem is reported on the line an editor shows. The csv crate counts
/// `\n` only and gives a record the position of the line end before it.
struct LineStarts<'a> {
    text: &'a [u8],
    starts: Vec<usize>,
}

impl<'a> LineStarts<'a> {
    fn of(text: &'a [u8]) -> Self {
        let mut starts = vec![0];
        for (at, &byte) in text.iter().enumerate() {
            // In `\r\n` the `\n` ends the line, once.
            let ends_line = byte == b'\n' || (byte == b'\r' && text.get(at + 1) != Some(&b'\n'));
            if ends_line {
                starts.push(at + 1);
            }
        }
        LineStarts { text, starts }
    }

    /// The 1-based line of the record (or error) at `position`.
    fn line_of(&self, position: &csv::Position) -> usize {
        // No record starts with a line end: skip the ones (and blank lines)
        // the position may still point at.
        let from = (position.byte() as usize).min(self.text.len());
        let start = self.text[from..]
            .iter()
            .position(|b| !matches!(b, b'\r' | b'\n'))
            .map_or(self.text.len(), |skipped| from + skipped);
        self.starts.partition_point(|&s| s <= start)
    }
}

/// For each expected column, where it is in the file. Names match ignoring
/// case and surrounding spaces.
fn match_header(
    header: &csv::ByteRecord,
    columns: &[&str],
    problems: &mut Vec<RowProblem>,
) -> Option<Vec<usize>> {
    let before = problems.len();
    let mut positions: Vec<Option<usize>> = vec![None; columns.len()];
    for (at, raw) in header.iter().enumerate() {
        let name = String::from_utf8_lossy(raw).trim().to_lowercase();
        match columns.iter().position(|c| *c == name) {
            Some(i) if positions[i].is_some() => problems.push(RowProblem::new(
                1,
                columns[i],
                &name,
                msg!("roster-column-twice", column = name.as_str()),
            )),
            Some(i) => positions[i] = Some(at),
            None => problems.push(RowProblem::new(
                1,
                "header",
                &name,
                msg!(
                    "roster-column-unknown",
                    column = name.as_str(),
                    columns = columns.join(",")
                ),
            )),
        }
    }
    for (column, position) in columns.iter().zip(&positions) {
        if position.is_none() {
            problems.push(RowProblem::new(
                1,
                column,
                "",
                msg!("roster-column-missing", column = *column),
            ));
        }
    }
    (problems.len() == before).then(|| positions.into_iter().flatten().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLUMNS: &[&str] = &["code", "name", "phone"];

    fn read(text: &[u8]) -> (Vec<Row>, Vec<RowProblem>) {
        let mut problems = Vec::new();
        let rows = read_rows(text, COLUMNS, &mut problems);
        (rows, problems)
    }

    #[test]
    fn columns_are_found_by_name_in_any_order_case_and_spacing() {
        let (rows, problems) =
            read(b"\xEF\xBB\xBF Phone ,NAME,code\r\n010-1,Kim,A1\n\n,,\n02-2,\"Lee, J\",B2\n");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].values, ["A1", "Kim", "010-1"]);
        assert_eq!((rows[1].line, rows[1].values[1].as_str()), (5, "Lee, J"));
    }

    #[test]
    fn missing_unknown_and_repeated_columns_are_named() {
        let (rows, problems) = read(b"code,nmae,code\nA1,Kim,A1\n");
        assert!(rows.is_empty());
        let named: Vec<(&str, &str)> = problems
            .iter()
            .map(|p| (p.field.as_str(), p.value.as_str()))
            .collect();
        assert_eq!(
            named,
            [
                ("header", "nmae"),
                ("code", "code"),
                ("name", ""),
                ("phone", "")
            ]
        );
        assert!(problems.iter().all(|p| p.line == 1));
        assert!(
            problems[3]
                .message
                .to_string()
                .contains("\"phone\" is missing")
        );
    }

    #[test]
    fn short_rows_and_bad_bytes_are_reported_with_their_lines() {
        let (rows, problems) = read(b"code,name,phone\nA1,Kim\nA2,\xFF\xFE,02-2\nA3,Park,02-3\n");
        assert_eq!(rows.len(), 1);
        assert_eq!((problems[0].line, problems[0].field.as_str()), (2, "row"));
        assert_eq!((problems[1].line, problems[1].field.as_str()), (3, "name"));
        assert_eq!(rows[0].line, 4);
    }

    #[test]
    fn lines_are_counted_alike_for_lf_crlf_and_cr_line_ends() {
        let lf: &[u8] =
            b"code,name,phone\nA1,Kim\n\n\"A2\",\"Lee\nJ\",02-2\nA3,\xFF,02-3\n,,\nA4,Park\n";
        for end in ["\n", "\r\n", "\r"] {
            let mut text = Vec::new();
            for &byte in lf {
                match byte {
                    b'\n' => text.extend_from_slice(end.as_bytes()),
                    other => text.push(other),
                }
            }
            let (rows, problems) = read(&text);
            let found: Vec<(usize, &str)> = problems
                .iter()
                .map(|p| (p.line, p.field.as_str()))
                .collect();
            assert_eq!(found, [(2, "row"), (6, "name"), (8, "row")], "{end:?}");
            assert_eq!(rows.len(), 1, "{end:?}");
            assert_eq!(rows[0].line, 4, "{end:?}");
        }
    }

    #[test]
    fn an_empty_file_says_which_columns_it_needs() {
        let (_, problems) = read(b"");
        assert!(
            problems[0].message.to_string().contains("code,name,phone"),
            "{problems:?}"
        );
    }
}
