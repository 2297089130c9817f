//! Tables as downloads: CSV (UTF-8 with a byte-order mark, so spreadsheet
//! programs read Vietnamese, Korean, Russian and Chinese text correctly) and
//! XLSX (one sheet per table, bold frozen header, real numbers and dates).
//!
//! Headings and sheet names are data: the caller gives them in the reader's
//! language (`Table::keyed`), while a table's key stays a code for links
//! and file names.
//!
//! Text that a spreadsheet would run as a formula (a citizen's comment that
//! starts with `=`, say) is written so that it stays text: quoted with a
//! leading apostrophe in CSV, and as a string cell in XLSX.

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

use crate::error::{AppError, AppResult};
use crate::msg;

/// One cell of a table.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Int(i64),
    Num(f64),
    Date(NaiveDate),
}

impl From<&str> for Cell {
    fn from(s: &str) -> Self {
        Cell::Text(s.to_string())
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Self {
        Cell::Text(s)
    }
}

impl From<Option<String>> for Cell {
    fn from(s: Option<String>) -> Self {
        s.map(Cell::Text).unwrap_or(Cell::Empty)
    }
}

impl From<&Option<String>> for Cell {
    fn from(s: &Option<String>) -> Self {
        s.clone().into()
    }
}

impl From<i64> for Cell {
    fn from(n: i64) -> Self {
        Cell::Int(n)
    }
}

impl From<Option<i64>> for Cell {
    fn from(n: Option<i64>) -> Self {
        n.map(Cell::Int).unwrap_or(Cell::Empty)
    }
}

impl From<f64> for Cell {
    fn from(n: f64) -> Self {
        if n.is_finite() {
            Cell::Num(n)
        } else {
            Cell::Empty
        }
    }
}

impl From<Option<f64>> for Cell {
    fn from(n: Option<f64>) -> Self {
        n.map(Cell::from).unwrap_or(Cell::Empty)
    }
}

impl From<NaiveDate> for Cell {
    fn from(d: NaiveDate) -> Self {
        Cell::Date(d)
    }
}

/// A named table: the name becomes the sheet's name in XLSX.
#[derive(Clone, Debug)]
pub struct Table {
    /// A code naming the table in links (`table=items`) and file names.
    pub key: String,
    /// The sheet's name, as the reader reads it.
    pub name: String,
    /// The column headings, as the reader reads them.
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    /// A table whose key is its name.
    pub fn new(name: impl Into<String>, columns: &[&str]) -> Self {
        let name = name.into();
        Table {
            key: name.clone(),
            name,
            columns: columns.iter().map(|c| c.to_string()).collect(),
            rows: Vec::new(),
        }
    }

    /// A table with a code for links and a name and headings in the
    /// reader's language.
    pub fn keyed(key: impl Into<String>, name: impl Into<String>, columns: Vec<String>) -> Self {
        Table {
            key: key.into(),
            name: name.into(),
            columns,
            rows: Vec::new(),
        }
    }

    /// Appends a row; it must have one cell per column.
    pub fn push(&mut self, row: Vec<Cell>) {
        debug_assert_eq!(row.len(), self.columns.len(), "row width of {}", self.name);
        self.rows.push(row);
    }
}

/// Whether a spreadsheet would take this text for a formula.
fn formula_like(s: &str) -> bool {
    matches!(s.chars().next(), Some('=' | '+' | '-' | '@' | '\t' | '\r'))
        && s.parse::<f64>().is_err()
}

fn csv_text(cell: &Cell) -> String {
    match cell {
        Cell::Empty => String::new(),
        Cell::Text(s) if formula_like(s) => format!("'{s}"),
        Cell::Text(s) => s.clone(),
        Cell::Int(n) => n.to_string(),
        Cell::Num(n) => {
            let s = format!("{n:.4}");
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        }
        Cell::Date(d) => d.to_string(),
    }
}

/// The table as CSV: a byte-order mark, the header, then the rows.
pub fn csv(table: &Table) -> AppResult<Vec<u8>> {
    let mut out = Vec::from(&b"\xEF\xBB\xBF"[..]);
    {
        let mut w = csv::Writer::from_writer(&mut out);
        w.write_record(&table.columns)
            .map_err(anyhow::Error::from)?;
        for row in &table.rows {
            w.write_record(row.iter().map(csv_text))
                .map_err(anyhow::Error::from)?;
        }
        w.flush().map_err(anyhow::Error::from)?;
    }
    Ok(out)
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`,
/// unique within the workbook; a table without a name is named by its
/// place in the workbook.
fn sheet_name(name: &str, taken: &[String]) -> String {
    let clean: String = name
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
        .collect();
    let clean = clean.trim_matches('\'').trim();
    let place = (taken.len() + 1).to_string();
    let base: String = if clean.is_empty() { &place } else { clean }
        .chars()
        .take(31)
        .collect();
    let mut candidate = base.clone();
    let mut n = 2;
    while taken.iter().any(|t| t.eq_ignore_ascii_case(&candidate)) {
        let suffix = format!(" ({n})");
        let keep = 31 - suffix.chars().count();
        candidate = format!("{}{suffix}", base.chars().take(keep).collect::<String>());
        n += 1;
    }
    candidate
}

/// The rows an XLSX sheet can hold below its header.
const XLSX_MAX_ROWS: usize = 1_048_575;

/// The tables as one workbook, a sheet each.
pub fn xlsx(tables: &[Table]) -> AppResult<Vec<u8>> {
    let xlsx_err = |e: rust_xlsxwriter::XlsxError| AppError::Internal(anyhow::anyhow!("XLSX: {e}"));
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let day_pattern = "yyyy-mm-dd";
    let date = Format::new().set_num_format(day_pattern);
    let mut names = Vec::new();
    for table in tables {
        if table.rows.len() > XLSX_MAX_ROWS {
            return Err(AppError::invalid(
                "format",
                msg!(
                    "export-too-many-rows",
                    table = &table.name,
                    rows = table.rows.len(),
                    max = XLSX_MAX_ROWS
                ),
            ));
        }
        let name = sheet_name(&table.name, &names);
        names.push(name.clone());
        let sheet = book.add_worksheet();
        sheet.set_name(&name).map_err(xlsx_err)?;
        for (c, title) in table.columns.iter().enumerate() {
            sheet
                .write_string_with_format(0, c as u16, title, &bold)
                .map_err(xlsx_err)?;
        }
        for (r, row) in table.rows.iter().enumerate() {
            let r = r as u32 + 1;
            for (c, cell) in row.iter().enumerate() {
                let c = c as u16;
                match cell {
                    Cell::Empty => {}
                    Cell::Text(s) => {
                        sheet.write_string(r, c, s).map_err(xlsx_err)?;
                    }
                    Cell::Int(n) => {
                        sheet.write_number(r, c, *n as f64).map_err(xlsx_err)?;
                    }
                    Cell::Num(n) => {
                        sheet.write_number(r, c, *n).map_err(xlsx_err)?;
                    }
                    Cell::Date(d) => {
                        let when = ExcelDateTime::from_ymd(
                            d.year() as u16,
                            d.month() as u8,
                            d.day() as u8,
                        )
                        .map_err(xlsx_err)?;
                        sheet
                            .write_datetime_with_format(r, c, &when, &date)
                            .map_err(xlsx_err)?;
                    }
                }
            }
        }
        sheet.set_freeze_panes(1, 0).map_err(xlsx_err)?;
        sheet.set_autofit_max_width(480);
        sheet.autofit();
    }
    if tables.is_empty() {
        book.add_worksheet();
    }
    book.save_to_buffer().map_err(xlsx_err)
}

/// A file to download, named in UTF-8 for browsers and in ASCII for the rest.
pub fn download(bytes: Vec<u8>, content_type: &'static str, filename: &str) -> Response {
    let ascii: String = filename
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "-_.".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = filename
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    let disposition = format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}");
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

pub const CSV_TYPE: &str = "text/csv; charset=utf-8";
pub const XLSX_TYPE: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Table {
        let mut t = Table::new("Góp ý / Отзывы", &["day", "text", "n", "mean"]);
        t.push(vec![
            NaiveDate::from_ymd_opt(2026, 9, 1).unwrap().into(),
            "=HYPERLINK(\"http://x\")".into(),
            3.into(),
            4.25.into(),
        ]);
        t.push(vec![
            Cell::Empty,
            "친절했습니다, 감사".into(),
            Cell::Empty,
            f64::NAN.into(),
        ]);
        t
    }

    #[test]
    fn csv_starts_with_a_bom_quotes_commas_and_defuses_formulas() {
        let bytes = csv(&sample()).unwrap();
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
        let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "day,text,n,mean");
        assert_eq!(
            lines[1],
            "2026-09-01,\"'=HYPERLINK(\"\"http://x\"\")\",3,4.25"
        );
        assert_eq!(lines[2], ",\"친절했습니다, 감사\",,");
    }

    #[test]
    fn negative_numbers_written_as_text_are_not_taken_for_formulas() {
        assert!(!formula_like("-3"));
        assert!(formula_like("-3+cmd"));
        assert!(formula_like("@SUM(A1)"));
        assert!(!formula_like("Rất tốt"));
    }

    #[test]
    fn sheet_names_are_cut_cleaned_and_made_unique() {
        let taken = vec!["Summary".to_string()];
        assert_eq!(sheet_name("Summary", &taken), "Summary (2)");
        assert_eq!(sheet_name("a/b:c", &[]), "a-b-c");
        let long = "Satisfaction by department and service";
        assert_eq!(sheet_name(long, &[]).chars().count(), 31);
        assert_eq!(sheet_name("", &[]), "1");
        assert_eq!(sheet_name("", &taken), "2");
    }

    #[test]
    fn xlsx_reads_back_with_its_sheets_rows_and_text() {
        use calamine::{Data, Reader, Xlsx};
        let bytes = xlsx(&[sample(), sample()]).unwrap();
        let mut book = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        assert_eq!(book.sheet_names(), ["Góp ý - Отзывы", "Góp ý - Отзывы (2)"]);
        let range = book.worksheet_range("Góp ý - Отзывы").unwrap();
        let rows: Vec<Vec<Data>> = range.rows().map(|r| r.to_vec()).collect();
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0][1], Data::String("text".into()));
        assert_eq!(
            rows[1][1],
            Data::String("=HYPERLINK(\"http://x\")".into()),
            "a string, not a formula"
        );
        assert_eq!(rows[1][2], Data::Float(3.0));
        assert!(matches!(rows[1][0], Data::DateTime(_)), "{:?}", rows[1][0]);
        assert_eq!(rows[2][1], Data::String("친절했습니다, 감사".into()));
        assert_eq!(rows[2][3], Data::Empty);
    }
}
