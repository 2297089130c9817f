//! The rubric half of a stage: each item's scale, levels, weight and
//! automatic measure, checked so graders never meet an item they cannot score.

use std::ops::Range;

use toml::Spanned;

use super::locate::{Locator, Result};
use super::raw::{Field, RawAuto, RawItem};
use super::rubric::{AutoMeasure, RubricItem, Scale};
use crate::calls::measures::Connection;

const RINGS: std::ops::RangeInclusive<i64> = 1..=20;

impl Locator<'_> {
    pub(super) fn item(
        &self,
        number: usize,
        span: Range<usize>,
        raw: RawItem,
        stage_prefix: &str,
    ) -> Result<(RubricItem, Range<usize>)> {
        let (key, key_span) =
            self.key(raw.key, &span, &format!("{stage_prefix}item {number}: "))?;
        let prefix = format!("{stage_prefix}item \"{key}\": ");
        let label = self.text(
            raw.label,
            &span,
            &prefix,
            "label",
            "label = \"Picked up within 3 rings\"",
        )?;
        let scale_name = self.required(raw.scale, &span, &prefix, "scale", "scale = \"yes_no\"")?;
        let scale = self.scale(&scale_name, raw.levels, &prefix)?;

        let weight = match raw.weight {
            None => 1.0,
            Some(w) if w.get_ref().is_finite() && *w.get_ref() > 0.0 => *w.get_ref(),
            Some(w) => {
                return Err(self.error(
                    w.span(),
                    format!(
                        "{prefix}weight must be a number above 0, found {}",
                        w.get_ref()
                    ),
                ));
            }
        };
        let na_allowed = raw.na_allowed.as_ref().is_some_and(|v| *v.get_ref());
        let auto = raw.auto.map(|a| self.auto(a, &prefix)).transpose()?;
        if let Some((_, auto_span)) = &auto {
            if scale != Scale::YesNo {
                return Err(self.error(
                    auto_span.clone(),
                    format!(
                        "{prefix}an auto item is scored yes or no, so its scale must be \"yes_no\", not \"{}\"",
                        scale.as_str()
                    ),
                ));
            }
            if let Some(na) = raw.na_allowed.as_ref().filter(|v| *v.get_ref()) {
                return Err(self.error(
                    na.span(),
                    format!(
                        "{prefix}an auto item is scored by the service, so it cannot be na_allowed"
                    ),
                ));
            }
        }
        let item = RubricItem {
            key,
            label,
            scale,
            weight,
            na_allowed,
            critical: raw.critical.is_some_and(|v| v.into_inner()),
            auto: auto.map(|(measure, _)| measure),
            training_topic: self.optional_text(raw.training_topic, &prefix, "training_topic")?,
            guidance: self.optional_text(raw.guidance, &prefix, "guidance")?,
        };
        Ok((item, key_span))
    }

    fn scale(
        &self,
        name: &Spanned<String>,
        levels: Field<Vec<Spanned<String>>>,
        prefix: &str,
    ) -> Result<Scale> {
        let wanted = match name.get_ref().as_str() {
            "yes_no" => 2,
            "three_point" => 3,
            "five_point" => 5,
            other => {
                return Err(self.error(
                    name.span(),
                    format!("{prefix}scale \"{other}\" is not a scale; use \"yes_no\", \"three_point\" or \"five_point\""),
                ));
            }
        };
        let Some(levels) = levels else {
            if wanted == 2 {
                return Ok(Scale::YesNo);
            }
            return Err(self.error(
                name.span(),
                format!(
                    "{prefix}scale \"{}\" needs {wanted} levels, lowest first, e.g. levels = [...]",
                    name.get_ref()
                ),
            ));
        };
        let found = levels.get_ref().len();
        if found != wanted {
            return Err(self.error(
                levels.span(),
                format!(
                    "{prefix}scale \"{}\" needs {wanted} levels, found {found}",
                    name.get_ref()
                ),
            ));
        }
        let mut names = Vec::new();
        for (n, level) in levels.into_inner().into_iter().enumerate() {
            names.push(self.non_empty(level, prefix, &format!("level {}", n + 1))?);
        }
        Ok(match wanted {
            // The yes/no names are checked so a typo is caught, but the
            // scale type has no place for them: 0 is no and 1 is yes.
            2 => Scale::YesNo,
            3 => Scale::ThreePoint { levels: names },
            _ => Scale::FivePoint { levels: names },
        })
    }

    fn auto(&self, raw: Spanned<RawAuto>, prefix: &str) -> Result<(AutoMeasure, Range<usize>)> {
        let span = raw.span();
        let raw = raw.into_inner();
        let measure = match (raw.rings_within, raw.connection) {
            (Some(rings), None) => {
                let n = *rings.get_ref();
                if !RINGS.contains(&n) {
                    return Err(self.error(
                        rings.span(),
                        format!("{prefix}rings_within = {n} is out of range: use 1 to 20 rings"),
                    ));
                }
                AutoMeasure::RingsWithin(n as u32)
            }
            (None, Some(connection)) => match Connection::parse(connection.get_ref()) {
                Some(c) => AutoMeasure::Connection(c),
                None => {
                    return Err(self.error(
                        connection.span(),
                        format!(
                            "{prefix}connection \"{}\" is not a way a call connects; use \"person\", \"voicemail\", \"busy\", \"no-answer\", \"failed\" or \"canceled\"",
                            connection.get_ref()
                        ),
                    ));
                }
            },
            _ => {
                return Err(self.error(
                    span,
                    format!("{prefix}auto takes exactly one measure: {{ rings_within = 3 }} or {{ connection = \"person\" }}"),
                ));
            }
        };
        Ok((measure, span))
    }
}
