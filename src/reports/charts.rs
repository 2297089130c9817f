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

const FONT: &str = "Noto Sans, Noto Sans CJK KR, Noto Sans CJK SC, DejaVu Sans, Arial, sans-serif";

/// A drawn chart, ready for an `<img>`: pages allow no inline styles, so the
/// SVG travels as a data URL, with a text alternative saying what it shows.
#[derive(Clone, Debug, Serialize)]
pub struct Chart {
    pub src: String,
    pub alt: String,
    #[serde(skip)]
    pub svg: String,
}

fn chart(svg: String, alt: String) -> Chart {
    let encoded = base64::engine::general_purpose::STANDARD.encode(svg.as_bytes());
    Chart {
        src: format!("data:image/svg+xml;base64,{encoded}"),
        alt,
        svg,
    }
}

fn failed(what: &str, e: impl std::fmt::Display) -> crate::error::AppError {
    anyhow::anyhow!("drawing the {what} chart: {e}").into()
}

/// Mean total by month against the threshold; months without evaluations
/// are left out. `None` when there is nothing to draw.
pub fn trend(points: &[MonthPoint], threshold: Option<f64>) -> AppResult<Option<Chart>> {
    if points.iter().all(|p| p.mean.is_none()) {
        return Ok(None);
    }
    let labels: Vec<String> = points.iter().map(|p| p.month.clone()).collect();
    let means: Vec<Option<f32>> = points.iter().map(|p| p.mean.map(round1)).collect();
    let mut series = vec![Series::new_nullable("Mean total".into(), means)];
    series[0].label_show = true;
    if let Some(threshold) = threshold {
        let mut line = Series::new(
            "Threshold (good)".into(),
            vec![round1(threshold); points.len()],
        );
        line.stroke_dash_array = Some("6,4".into());
        series.push(line);
    }
    let mut chart = LineChart::new(series, labels);
    chart.base.title.text = "Mean total by month (months without evaluations left blank)".into();
    chart.base.width = 760.0;
    chart.base.height = 320.0;
    chart.base.font_family = FONT.into();
    if let Some(y) = chart.y_axis_configs.first_mut() {
        y.min = Some(0.0);
        y.max = Some(100.0);
        y.split_number = 5;
    }
    let alt = points
        .iter()
        .filter_map(|p| Some(format!("{}: {:.1} (n={})", p.month, p.mean?, p.n)))
        .collect::<Vec<_>>()
        .join("; ");
    let svg = chart.svg().map_err(|e| failed("trend", e))?;
    Ok(Some(self::chart(
        svg,
        format!("Mean total by month: {alt}"),
    )))
}

/// How many final totals fall in each ten-point bin.
pub fn distribution(bins: &[(String, i64)]) -> AppResult<Option<Chart>> {
    if bins.iter().all(|(_, n)| *n == 0) {
        return Ok(None);
    }
    let labels = bins.iter().map(|(l, _)| l.clone()).collect();
    let counts = bins.iter().map(|(_, n)| *n as f32).collect();
    let mut chart = BarChart::new(vec![Series::new("Evaluations".into(), counts)], labels);
    chart.base.title.text = "Final totals by ten-point bin".into();
    chart.base.width = 760.0;
    chart.base.height = 300.0;
    chart.base.font_family = FONT.into();
    chart.base.legend.show = Some(false);
    chart.base.series_list[0].label_show = true;
    let alt = bins
        .iter()
        .map(|(l, n)| format!("{l}: {n}"))
        .collect::<Vec<_>>()
        .join("; ");
    let svg = chart.svg().map_err(|e| failed("distribution", e))?;
    Ok(Some(self::chart(
        svg,
        format!("Final totals by bin: {alt}"),
    )))
}

/// Departments' shrunk means beside their plain means, best at the top.
pub fn departments(lines: &[RankLine]) -> AppResult<Option<Chart>> {
    if lines.is_empty() {
        return Ok(None);
    }
    // The chart lists its categories bottom up.
    let ordered: Vec<&RankLine> = lines.iter().rev().collect();
    let labels = ordered
        .iter()
        .map(|l| format!("{} (n={})", l.name, l.n))
        .collect();
    let shrunk = ordered.iter().map(|l| round1(l.shrunk)).collect();
    let mean = ordered.iter().map(|l| round1(l.mean)).collect();
    let mut chart = HorizontalBarChart::new(
        vec![
            Series::new("Ranking score (shrunk)".into(), shrunk),
            Series::new("Plain mean".into(), mean),
        ],
        labels,
    );
    chart.base.title.text = "Departments: ranking score and plain mean".into();
    chart.base.width = 760.0;
    chart.base.height = (90 + 44 * lines.len()).min(2400) as f32;
    chart.base.font_family = FONT.into();
    chart.base.series_list[0].label_show = true;
    let alt = lines
        .iter()
        .map(|l| format!("{} {:.1} (mean {:.1}, n={})", l.name, l.shrunk, l.mean, l.n))
        .collect::<Vec<_>>()
        .join("; ");
    let svg = chart.svg().map_err(|e| failed("departments", e))?;
    Ok(Some(self::chart(
        svg,
        format!("Departments, ranking score: {alt}"),
    )))
}

fn round1(v: f64) -> f32 {
    ((v * 10.0).round() / 10.0) as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(month: &str, n: usize, mean: Option<f64>) -> MonthPoint {
        MonthPoint {
            month: month.into(),
            n,
            mean,
        }
    }

    #[test]
    fn charts_are_svg_with_their_labels_and_a_text_alternative() {
        let trend = trend(
            &[
                point("2026-09", 3, Some(81.5)),
                point("2026-10", 0, None),
                point("2026-11", 2, Some(92.0)),
            ],
            Some(80.0),
        )
        .unwrap()
        .unwrap();
        assert!(trend.svg.starts_with("<svg"), "{}", &trend.svg[..80]);
        assert!(trend.svg.contains("2026-11"));
        assert!(trend.src.starts_with("data:image/svg+xml;base64,"));
        assert!(trend.alt.contains("2026-09: 81.5 (n=3)"), "{}", trend.alt);
        assert!(
            !trend.alt.contains("2026-10"),
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
            bottom: false,
        };
        let departments = departments(&[line("민원여권과", 88.2), line("Отдел регистрации", 80.4)])
            .unwrap()
            .unwrap();
        assert!(departments.svg.contains("민원여권과"));
        assert!(departments.svg.contains("Отдел регистрации"));

        let bins: Vec<(String, i64)> = (0..10).map(|i| (format!("{}", i * 10), i)).collect();
        assert!(distribution(&bins).unwrap().unwrap().svg.contains("<rect"));
        assert!(distribution(&[("0–9".into(), 0)]).unwrap().is_none());
        assert!(
            super::trend(&[point("2026-09", 0, None)], None)
                .unwrap()
                .is_none()
        );
    }
}
