//! Pictures for where people would rather look than read: a staff member's
//! trend by month, the spread of scores, departments side by side. Drawn
//! on the server as SVG (charts-rs), in dark strokes on white so they print
//! as they show, with fonts that carry Korean, Russian, Chinese and
//! Vietnamese labels.

use base64::Engine;
use charts_rs::{BarChart, HorizontalBarChart, LineChart, Series};
use serde::Serialize;

use super::ranking::RankLine;
use super::scorecard::MonthPoint;
use crate::error::AppResult;
use crate::i18n::{Lang, Locale};
use crate::tr;

/// The fonts a chart asks for, first to last: one that covers Latin with
/// Vietnamese and Cyrillic with the Kazakh letters (Noto Sans, or DejaVu
/// Sans, which every fontconfig installation has), then Noto Sans CJK (the
/// `fonts-noto-cjk` package) for Hangul and Han characters, the Chinese
/// forms first on a Chinese page.
fn font_family(lang: &Lang) -> &'static str {
    match lang.locale {
        Locale::ZhHans => "Noto Sans, DejaVu Sans, Noto Sans CJK SC, Noto Sans CJK KR, sans-serif",
        _ => "Noto Sans, DejaVu Sans, Noto Sans CJK KR, Noto Sans CJK SC, sans-serif",
    }
}

/// The fonts the charts measure their text with, found among the system's
/// once: the drawing library's own font (Roboto) has no Hangul or Han and
/// is narrower than what browsers draw with, so measured with it a Korean
/// department's name would run into its bars. Each is a family name the
/// library knows, or none when the system has no such font.
struct Measuring {
    latin: Option<&'static str>,
    wide: Option<&'static str>,
}

static MEASURING: std::sync::LazyLock<Measuring> = std::sync::LazyLock::new(|| Measuring {
    latin: register(&[
        ("NotoSans-Regular.ttf", "Noto Sans"),
        ("DejaVuSans.ttf", "DejaVu Sans"),
    ]),
    wide: register(&[
        ("NotoSansCJK-Regular.ttc", "Noto Sans CJK KR"),
        ("NotoSansCJKkr-Regular.otf", "Noto Sans CJK KR"),
        ("NotoSansCJKsc-Regular.otf", "Noto Sans CJK SC"),
    ]),
});

/// Where a font file is, under the system's font folders.
fn find_font(file: &str) -> Option<std::path::PathBuf> {
    fn walk(dir: &std::path::Path, file: &str, depth: usize) -> Option<std::path::PathBuf> {
        let mut folders = Vec::new();
        for entry in std::fs::read_dir(dir).ok()?.flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.file_name().is_some_and(|n| n == file) {
                return Some(path);
            }
        }
        folders.sort();
        (depth > 0)
            .then(|| folders.iter().find_map(|f| walk(f, file, depth - 1)))
            .flatten()
    }
    ["/usr/share/fonts", "/usr/local/share/fonts"]
        .iter()
        .find_map(|dir| walk(std::path::Path::new(dir), file, 4))
}

/// Registers the first of `candidates` (file, family) the system has.
fn register(candidates: &[(&str, &'static str)]) -> Option<&'static str> {
    candidates.iter().find_map(|(file, family)| {
        let data = std::fs::read(find_font(file)?).ok()?;
        charts_rs::add_fonts(&[&data]).ok()?;
        charts_rs::get_font_families()
            .ok()?
            .iter()
            .any(|f| f == family)
            .then_some(*family)
    })
}

/// Whether a text has Hangul, Han or other wide characters.
fn has_wide(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c as u32,
            0x1100..=0x11FF | 0x2E80..=0x9FFF | 0xA960..=0xA97F | 0xAC00..=0xD7FF
            | 0xF900..=0xFAFF | 0xFF00..=0xFF60 | 0x20000..=0x3FFFF)
    })
}

/// The family a chart with these texts is measured with: the wide one when
/// any text has Hangul or Han, else the Latin and Cyrillic one.
fn measured_with(texts: &[&str]) -> Option<&'static str> {
    let measuring = &*MEASURING;
    if texts.iter().any(|t| has_wide(t)) {
        measuring.wide.or(measuring.latin)
    } else {
        measuring.latin
    }
}

/// The family to lay a chart out with, and the drawn SVG with the reader's
/// list of fonts in place of it.
/// Every text a chart draws (axis labels, series names, the title), for
/// choosing the fonts it is measured with.
fn chart_texts<'a>(labels: &'a [String], names: &'a [String], title: &'a str) -> Vec<&'a str> {
    labels
        .iter()
        .chain(names)
        .map(String::as_str)
        .chain([title])
        .collect()
}

fn with_fonts(texts: &[&str], lang: &Lang) -> (&'static str, impl Fn(String) -> String + use<>) {
    let wanted = font_family(lang);
    let measure = measured_with(texts).unwrap_or(wanted);
    let from = format!("font-family=\"{measure}\"");
    let to = format!("font-family=\"{wanted}\"");
    (measure, move |svg: String| svg.replace(&from, &to))
}

/// A drawn chart, ready for an `<img>`: pages allow no inline styles, so the
/// SVG travels as a data URL, with a text alternative saying what it shows.
#[derive(Clone, Debug, Serialize)]
pub struct Chart {
    pub src: String,
    pub alt: String,
    #[serde(skip)]
    pub svg: String,
}

fn chart(svg: String, alt: String, lang: &Lang) -> Chart {
    let svg = localize_numbers(&svg, lang);
    let encoded = base64::engine::general_purpose::STANDARD.encode(svg.as_bytes());
    Chart {
        src: format!("data:image/svg+xml;base64,{encoded}"),
        alt,
        svg,
    }
}

/// The chart's numbers with the locale's decimal mark (`88,2` in Russian):
/// the drawing library writes every value with a point.
fn localize_numbers(svg: &str, lang: &Lang) -> String {
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(open) = rest.find("<text") {
        let Some(body) = rest[open..].find('>').map(|i| open + i + 1) else {
            break;
        };
        let Some(close) = rest[body..].find("</text>").map(|i| body + i) else {
            break;
        };
        out.push_str(&rest[..body]);
        let text = &rest[body..close];
        let value = text.trim();
        match (value.parse::<f64>(), value.split_once('.')) {
            (Ok(v), Some((_, decimals))) if v.is_finite() => {
                let start = text.len() - text.trim_start().len();
                out.push_str(&text[..start]);
                out.push_str(&lang.number(v, decimals.len()));
                out.push_str(&text[start + value.len()..]);
            }
            _ => out.push_str(text),
        }
        rest = &rest[close..];
    }
    out.push_str(rest);
    out
}

fn failed(what: &str, e: impl std::fmt::Display) -> crate::error::AppError {
    anyhow::anyhow!("drawing the {what} chart: {e}").into()
}

/// A month of the trend ("2026-10") as the reader writes it.
fn month_title(month: &str, lang: &Lang) -> String {
    month
        .split_once('-')
        .and_then(|(y, m)| Some(lang.month_year(y.parse().ok()?, m.parse().ok()?)))
        .unwrap_or_else(|| month.to_string())
}

/// Mean total by month against the threshold; months without evaluations
/// are left out. `None` when there is nothing to draw.
pub fn trend(
    points: &[MonthPoint],
    threshold: Option<f64>,
    lang: &Lang,
) -> AppResult<Option<Chart>> {
    if points.iter().all(|p| p.mean.is_none()) {
        return Ok(None);
    }
    let labels: Vec<String> = points.iter().map(|p| month_title(&p.month, lang)).collect();
    let means: Vec<Option<f32>> = points.iter().map(|p| p.mean.map(round1)).collect();
    let mut series = vec![Series::new_nullable(lang.t("chart-trend-mean"), means)];
    series[0].label_show = true;
    if let Some(threshold) = threshold {
        let mut line = Series::new(
            lang.t("chart-trend-threshold"),
            vec![round1(threshold); points.len()],
        );
        line.stroke_dash_array = Some("6,4".into());
        series.push(line);
    }
    let title = lang.t("chart-trend-title");
    let names: Vec<String> = series.iter().map(|s| s.name.clone()).collect();
    let texts = chart_texts(&labels, &names, &title);
    let (measure, fonts) = with_fonts(&texts, lang);
    let mut chart = LineChart::new(series, labels);
    chart.base.title.text = title;
    chart.base.width = 760.0;
    chart.base.height = 320.0;
    chart.base.font_family = measure.into();
    if let Some(y) = chart.y_axis_configs.first_mut() {
        y.min = Some(0.0);
        y.max = Some(100.0);
        y.split_number = 5;
    }
    let alt = points
        .iter()
        .filter_map(|p| {
            Some(tr!(
                lang,
                "chart-trend-alt-month",
                month = month_title(&p.month, lang),
                mean = lang.number(p.mean?, 1),
                count = p.n
            ))
        })
        .collect::<Vec<_>>()
        .join("; ");
    let svg = fonts(chart.svg().map_err(|e| failed("trend", e))?);
    Ok(Some(self::chart(
        svg,
        tr!(lang, "chart-trend-alt", months = alt),
        lang,
    )))
}

/// How many final totals fall in each ten-point bin.
pub fn distribution(bins: &[(String, i64)], lang: &Lang) -> AppResult<Option<Chart>> {
    if bins.iter().all(|(_, n)| *n == 0) {
        return Ok(None);
    }
    let labels: Vec<String> = bins.iter().map(|(l, _)| l.clone()).collect();
    let counts = bins.iter().map(|(_, n)| *n as f32).collect();
    let title = lang.t("chart-distribution-title");
    let (measure, fonts) = with_fonts(&[title.as_str()], lang);
    let mut chart = BarChart::new(
        vec![Series::new(
            lang.t("chart-distribution-evaluations"),
            counts,
        )],
        labels,
    );
    chart.base.title.text = title;
    chart.base.width = 760.0;
    chart.base.height = 300.0;
    chart.base.font_family = measure.into();
    chart.base.legend.show = Some(false);
    chart.base.series_list[0].label_show = true;
    let alt = bins
        .iter()
        .map(|(l, n)| {
            tr!(
                lang,
                "chart-distribution-alt-bin",
                bin = l.as_str(),
                count = *n
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let svg = fonts(chart.svg().map_err(|e| failed("distribution", e))?);
    Ok(Some(self::chart(
        svg,
        tr!(lang, "chart-distribution-alt", bins = alt),
        lang,
    )))
}

/// Departments' shrunk means beside their plain means, best at the top.
pub fn departments(lines: &[RankLine], lang: &Lang) -> AppResult<Option<Chart>> {
    if lines.is_empty() {
        return Ok(None);
    }
    // The chart lists its categories bottom up.
    let ordered: Vec<&RankLine> = lines.iter().rev().collect();
    let labels: Vec<String> = ordered
        .iter()
        .map(|l| {
            tr!(
                lang,
                "chart-departments-label",
                name = l.name.as_str(),
                count = l.n
            )
        })
        .collect();
    let shrunk = ordered.iter().map(|l| round1(l.shrunk)).collect();
    let mean = ordered.iter().map(|l| round1(l.mean)).collect();
    let title = lang.t("chart-departments-title");
    let names = [
        lang.t("chart-departments-ranking-score"),
        lang.t("chart-departments-plain-mean"),
    ];
    let texts = chart_texts(&labels, &names, &title);
    let (measure, fonts) = with_fonts(&texts, lang);
    let [shrunk_name, mean_name] = names;
    let mut chart = HorizontalBarChart::new(
        vec![
            Series::new(shrunk_name, shrunk),
            Series::new(mean_name, mean),
        ],
        labels,
    );
    chart.base.title.text = title;
    chart.base.width = 760.0;
    chart.base.height = (90 + 44 * lines.len()).min(2400) as f32;
    chart.base.font_family = measure.into();
    chart.base.series_list[0].label_show = true;
    let alt = lines
        .iter()
        .map(|l| {
            tr!(
                lang,
                "chart-departments-alt-department",
                name = l.name.as_str(),
                score = lang.number(l.shrunk, 1),
                mean = lang.number(l.mean, 1),
                count = l.n
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let svg = fonts(chart.svg().map_err(|e| failed("departments", e))?);
    Ok(Some(self::chart(
        svg,
        tr!(lang, "chart-departments-alt", departments = alt),
        lang,
    )))
}

fn round1(v: f64) -> f32 {
    ((v * 10.0).round() / 10.0) as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn in_month(month: &str, n: usize, mean: Option<f64>) -> MonthPoint {
        MonthPoint {
            month: month.into(),
            n,
            mean,
            figures: Default::default(),
        }
    }

    #[test]
    fn charts_are_svg_with_their_labels_and_a_text_alternative() {
        let en = Lang::english();
        let trend = trend(
            &[
                in_month("2026-09", 3, Some(81.5)),
                in_month("2026-10", 0, None),
                in_month("2026-11", 2, Some(92.0)),
            ],
            Some(80.0),
            &en,
        )
        .unwrap()
        .unwrap();
        assert!(trend.svg.starts_with("<svg"), "{}", &trend.svg[..80]);
        assert!(trend.svg.contains("November 2026"));
        assert!(trend.svg.contains("Mean total by month"));
        assert!(trend.src.starts_with("data:image/svg+xml;base64,"));
        assert!(
            trend.alt.contains("September 2026: 81.5 (n=3)"),
            "{}",
            trend.alt
        );
        assert!(
            !trend.alt.contains("October 2026"),
            "a month without evaluations has no value"
        );

        let line = |name: &str, shrunk: f64| RankLine {
            id: 1,
            code: "X".into(),
            name: name.into(),
            centre_name: "구리시청".into(),
            n: 12,
            mean: shrunk + 1.0,
            ci95: (70.0, 95.0),
            shrunk,
            rank: 1,
            rank_interval: (1, 2),
            p_below_mean: 0.5,
            flagged: false,
            bottom: false,
            figures: Default::default(),
        };
        let departments = departments(
            &[line("민원여권과", 88.2), line("Отдел регистрации", 80.4)],
            &en,
        )
        .unwrap()
        .unwrap();
        assert!(departments.svg.contains("민원여권과"));
        assert!(departments.svg.contains("Отдел регистрации"));
        assert!(departments.svg.contains("Noto Sans CJK KR"));

        let bins: Vec<(String, i64)> = (0..10).map(|i| (format!("{}", i * 10), i)).collect();
        assert!(
            distribution(&bins, &en)
                .unwrap()
                .unwrap()
                .svg
                .contains("<rect")
        );
        assert!(distribution(&[("0–9".into(), 0)], &en).unwrap().is_none());
        assert!(
            super::trend(&[in_month("2026-09", 0, None)], None, &en)
                .unwrap()
                .is_none()
        );
    }

    #[test]
    fn charts_speak_the_readers_language_and_write_its_numbers() {
        let ru = Lang::english().with_locale(Locale::Ru);
        let trend = trend(&[in_month("2026-11", 2, Some(92.5))], Some(80.0), &ru)
            .unwrap()
            .unwrap();
        let month = ru.month_year(2026, 11);
        assert!(trend.svg.contains(&month), "{}", trend.svg);
        assert!(trend.alt.contains(&month), "{}", trend.alt);
        assert!(
            trend.svg.contains(">92,5<") || trend.svg.contains("92,5\n"),
            "{}",
            trend.svg
        );
        assert!(!trend.svg.contains("92.5"), "{}", trend.svg);
        assert!(trend.alt.contains("92,5"), "{}", trend.alt);

        let zh = Lang::english().with_locale(Locale::ZhHans);
        let bins = [("0–9".to_string(), 1i64)];
        let chart = distribution(&bins, &zh).unwrap().unwrap();
        let sc = chart.svg.find("Noto Sans CJK SC").unwrap();
        let kr = chart.svg.find("Noto Sans CJK KR").unwrap();
        assert!(sc < kr, "Chinese forms first on a Chinese page");
    }

    #[test]
    fn every_text_names_the_readers_fonts_whatever_it_was_measured_with() {
        let en = Lang::english();
        let line = RankLine {
            id: 1,
            code: "X".into(),
            name: "민원여권과".into(),
            centre_name: "구리시청".into(),
            n: 3,
            mean: 90.0,
            ci95: (80.0, 95.0),
            shrunk: 88.0,
            rank: 1,
            rank_interval: (1, 2),
            p_below_mean: 0.5,
            flagged: false,
            bottom: false,
            figures: Default::default(),
        };
        let svg = departments(&[line], &en).unwrap().unwrap().svg;
        let wanted = format!("font-family=\"{}\"", font_family(&en));
        assert_eq!(
            svg.matches("font-family=\"").count(),
            svg.matches(&wanted).count(),
            "{svg}"
        );
        assert!(has_wide("민원여권과 (n=3)") && has_wide("简体中文"));
        assert!(!has_wide("Қазақша, Tiếng Việt, Отдел"));
    }

    #[test]
    fn only_whole_numbers_in_text_get_the_locale_mark() {
        let ru = Lang::english().with_locale(Locale::Ru);
        let svg = "<svg><text x=\"1.5\">\n88.2\n</text><text>n=1.5 a</text><text>100</text></svg>";
        assert_eq!(
            localize_numbers(svg, &ru),
            "<svg><text x=\"1.5\">\n88,2\n</text><text>n=1.5 a</text><text>100</text></svg>"
        );
    }
}
