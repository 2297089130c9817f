//! Turning the answers on one call's evaluation sheet into stage scores, a
//! call total out of 100 and a band. The rules, as HR reads them:
//!
//! - Every item of the script is answered exactly once, the automatic ones
//!   included (the service fills those from the call's measures). An item
//!   the script does not have, a value off the item's scale, or "not
//!   applicable" on an item that does not allow it is refused, naming the item.
//! - An item earns a share of its weight: the lowest level nothing, the
//!   highest all of it, evenly in between (5-point level 4 earns 75%).
//! - A stage scores the weighted mean of its items' shares, × 100. An item
//!   marked not applicable leaves both the points and the weight: its weight
//!   is shared out over the stage's other items, so the staff member is
//!   neither rewarded nor punished for it. A stage whose items are all not
//!   applicable has no score and drops out of the total.
//! - The total is the weighted mean over every applicable item of the call,
//!   × 100; equivalently, the mean of the stage scores, each stage weighted
//!   by the weight of its applicable items. With nothing applicable it is 0.
//! - A critical item (rudeness, hanging up first) fails below half marks: a
//!   "no", 3-point level 1, 5-point levels 1–2. Any failure makes the total 0;
//!   the stage scores keep their values so HR still sees where the call went
//!   wrong, and the failed items are listed.
//! - The band comes from the total and the campaign's thresholds: at least
//!   `excellent` (90 by default) is excellent, at least `good` (80) is good,
//!   anything lower needs improvement.
//!
//! Scores keep full precision; round with [`round2`] only to show them.

use std::collections::HashMap;

use serde::Serialize;

use crate::i18n::Msg;
use crate::msg;
use crate::scripts::CallScript;

/// One item's answer: a value on its scale, or not applicable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Value(i64),
    NotApplicable,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemAnswer {
    pub item_key: String,
    pub answer: Answer,
}

/// The campaign's band thresholds, on the 0–100 total.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bands {
    pub excellent: f64,
    pub good: f64,
}

impl Default for Bands {
    fn default() -> Self {
        Bands {
            excellent: 90.0,
            good: 80.0,
        }
    }
}

impl Bands {
    pub fn band(&self, total: f64) -> Band {
        if total >= self.excellent {
            Band::Excellent
        } else if total >= self.good {
            Band::Good
        } else {
            Band::NeedsImprovement
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    Excellent,
    Good,
    NeedsImprovement,
}

impl Band {
    pub fn as_str(self) -> &'static str {
        match self {
            Band::Excellent => "excellent",
            Band::Good => "good",
            Band::NeedsImprovement => "needs_improvement",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct StageScore {
    pub stage_key: String,
    /// 0..=100; `None` when every item of the stage was not applicable.
    pub score: Option<f64>,
    /// The weight this stage carried in the total: the summed weights of its
    /// items that were not marked not applicable (0 when none were). With it
    /// anyone can recompute the total from the stage scores.
    pub weight: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, utoipa::ToSchema)]
pub struct CallScore {
    pub stages: Vec<StageScore>,
    /// 0..=100; 0 when a critical item failed.
    pub total: f64,
    pub band: Band,
    /// Keys of the failed critical items, in the order of the sheet.
    pub critical_failed: Vec<String>,
}

/// Why a sheet cannot be scored; each names the item at fault.
#[derive(Debug, PartialEq)]
pub enum ScoringError {
    MissingItem {
        item: String,
    },
    UnknownItem {
        item: String,
    },
    OutOfScale {
        item: String,
        value: i64,
        min: i64,
        max: i64,
    },
    NotApplicableNotAllowed {
        item: String,
    },
    Duplicate {
        item: String,
    },
}

impl ScoringError {
    /// The refusal as a catalogue message, for the reader's language.
    pub fn message(&self) -> Msg {
        match self {
            ScoringError::MissingItem { item } => msg!("grading-item-missing", item = item),
            ScoringError::UnknownItem { item } => msg!("grading-item-unknown", item = item),
            ScoringError::OutOfScale {
                item,
                value,
                min,
                max,
            } => msg!(
                "grading-item-out-of-scale",
                item = item,
                value = *value,
                min = *min,
                max = *max
            ),
            ScoringError::NotApplicableNotAllowed { item } => {
                msg!("grading-item-na-not-allowed", item = item)
            }
            ScoringError::Duplicate { item } => msg!("grading-item-duplicate", item = item),
        }
    }
}

/// In English, for logs and tests.
impl std::fmt::Display for ScoringError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for ScoringError {}

/// A critical item fails below half of its scale (see the module notes).
const CRITICAL_PASS: f64 = 0.5;

/// Scores one call's answers against its script's rubric.
pub fn score(
    script: &CallScript,
    answers: &[ItemAnswer],
    bands: &Bands,
) -> Result<CallScore, ScoringError> {
    let shares = shares(script, answers)?;
    for (_, item) in script.items() {
        if !shares.contains_key(item.key.as_str()) {
            return Err(ScoringError::MissingItem {
                item: item.key.clone(),
            });
        }
    }
    Ok(score_shares(
        script,
        |key| shares.get(key).copied().flatten(),
        bands,
    ))
}

/// Each answered item's share of its weight (0..1), or `None` for not
/// applicable; refuses what the rubric does not allow.
pub fn shares<'a>(
    script: &CallScript,
    answers: &'a [ItemAnswer],
) -> Result<HashMap<&'a str, Option<f64>>, ScoringError> {
    let mut shares: HashMap<&str, Option<f64>> = HashMap::new();
    for answer in answers {
        let key = answer.item_key.as_str();
        let Some((_, item)) = script.item(key) else {
            return Err(ScoringError::UnknownItem { item: key.into() });
        };
        let share = match answer.answer {
            Answer::Value(value) => {
                Some(
                    item.scale
                        .fraction(value)
                        .ok_or_else(|| ScoringError::OutOfScale {
                            item: key.into(),
                            value,
                            min: item.scale.min(),
                            max: item.scale.max(),
                        })?,
                )
            }
            Answer::NotApplicable if item.na_allowed => None,
            Answer::NotApplicable => {
                return Err(ScoringError::NotApplicableNotAllowed { item: key.into() });
            }
        };
        if shares.insert(key, share).is_some() {
            return Err(ScoringError::Duplicate { item: key.into() });
        }
    }
    Ok(shares)
}

/// Scores items by their shares (`share_of` an item key: its share, or `None`
/// when not applicable), by the rules in the module notes. An item not
/// scored at all counts like one not applicable; a grader's sheet is checked
/// for completeness by [`score`] before it gets here.
pub fn score_shares(
    script: &CallScript,
    share_of: impl Fn(&str) -> Option<f64>,
    bands: &Bands,
) -> CallScore {
    let mut stages = Vec::with_capacity(script.stages.len());
    let mut critical_failed = Vec::new();
    let (mut earned, mut counted) = (0.0, 0.0);
    for stage in &script.stages {
        let (mut stage_earned, mut stage_counted) = (0.0, 0.0);
        for item in &stage.items {
            let Some(share) = share_of(&item.key) else {
                continue;
            };
            stage_earned += item.weight * share;
            stage_counted += item.weight;
            if item.critical && share < CRITICAL_PASS {
                critical_failed.push(item.key.clone());
            }
        }
        stages.push(StageScore {
            stage_key: stage.key.clone(),
            score: (stage_counted > 0.0).then(|| 100.0 * stage_earned / stage_counted),
            weight: stage_counted,
        });
        earned += stage_earned;
        counted += stage_counted;
    }
    // Summed over items rather than averaged over stage scores: the same
    // figure, but a perfect sheet comes out exactly 100, not 99.99999999999999.
    let total = if !critical_failed.is_empty() || counted == 0.0 {
        0.0
    } else {
        100.0 * earned / counted
    };
    CallScore {
        stages,
        total,
        band: bands.band(total),
        critical_failed,
    }
}

/// A score rounded to 2 decimals, for display and exports only.
pub fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::scripts::{self, ScriptLibrary};

    /// A script from a table, one item a line: stage, item key, scale,
    /// weight, then flags `na`, `critical`, `auto`. Goes through the real
    /// parser, so the sheet is one HR could have written.
    fn sheet(table: &str) -> CallScript {
        let mut toml = String::from(
            "id = \"scoring-test\"\ntitle = \"Scoring\"\nlanguage = \"en-US\"\nkind = \"evaluation\"\n",
        );
        let mut stage = "";
        for line in table.lines().filter(|l| !l.trim().is_empty()) {
            let words: Vec<&str> = line.split_whitespace().collect();
            let [stage_key, key, scale, weight, flags @ ..] = words.as_slice() else {
                panic!("bad sheet line {line:?}");
            };
            if *stage_key != stage {
                stage = stage_key;
                toml += &format!("\n[[stages]]\nkey = \"{stage}\"\nsteps = [{{ listen = 5 }}]\n");
            }
            toml += &format!(
                "\n[[stages.items]]\nkey = \"{key}\"\nlabel = \"{key}\"\nscale = \"{scale}\"\nweight = {weight}\n"
            );
            toml += match *scale {
                "three_point" => "levels = [\"1\", \"2\", \"3\"]\n",
                "five_point" => "levels = [\"1\", \"2\", \"3\", \"4\", \"5\"]\n",
                _ => "",
            };
            for flag in flags {
                toml += match *flag {
                    "na" => "na_allowed = true\n",
                    "critical" => "critical = true\n",
                    "auto" => "auto = { rings_within = 3 }\n",
                    other => panic!("unknown flag {other}"),
                };
            }
        }
        scripts::parse("test.toml", &toml).unwrap_or_else(|e| panic!("{e}\n{toml}"))
    }

    /// Answers written `key=value` or `key=na`, space separated.
    fn answers(text: &str) -> Vec<ItemAnswer> {
        text.split_whitespace()
            .map(|pair| {
                let (key, value) = pair.split_once('=').expect("key=value");
                ItemAnswer {
                    item_key: key.into(),
                    answer: match value {
                        "na" => Answer::NotApplicable,
                        n => Answer::Value(n.parse().expect("a number")),
                    },
                }
            })
            .collect()
    }

    fn scored(script: &CallScript, given: &str) -> CallScore {
        score(script, &answers(given), &Bands::default()).unwrap()
    }

    fn close(actual: f64, expected: f64) {
        assert!(
            (actual - expected).abs() < 1e-9,
            "got {actual}, expected {expected}"
        );
    }

    fn stage_scores(score: &CallScore) -> Vec<Option<f64>> {
        score.stages.iter().map(|s| s.score).collect()
    }

    /// greeting: pickup yes (10), connected yes (5), gives name no (10)
    ///   → (10 + 5 + 0) / 25 = 60
    /// response: answers the question yes (10) → 100
    /// closing: more help yes (5), thanks no (5) → 5 / 10 = 50
    /// total: (15 + 10 + 5) / 45 = 66.67 (= (60·25 + 100·10 + 50·10) / 45)
    #[test]
    fn yes_no_sheet_scores_the_share_of_weight_answered_yes() {
        let script = sheet(
            "greeting pickup_speed     yes_no 10 auto
             greeting connected        yes_no  5
             greeting gives_name       yes_no 10
             response answers_question yes_no 10
             closing  offers_more_help yes_no  5
             closing  thanks           yes_no  5",
        );
        let result = scored(
            &script,
            "pickup_speed=1 connected=1 gives_name=0 answers_question=1 offers_more_help=1 thanks=0",
        );
        assert_eq!(stage_scores(&result), [Some(60.0), Some(100.0), Some(50.0)]);
        let weights: Vec<f64> = result.stages.iter().map(|s| s.weight).collect();
        assert_eq!(weights, [25.0, 10.0, 10.0]);
        close(result.total, 200.0 / 3.0);
        assert_eq!(round2(result.total), 66.67);
        assert_eq!(result.band, Band::NeedsImprovement);
        assert!(result.critical_failed.is_empty());
    }

    /// greeting: names self 3-pt level 2 (0.5 × 10 = 5) → 50
    /// response: listening 5-pt level 4 (0.75 × 15 = 11.25), accuracy 5-pt
    /// level 5 (1 × 20 = 20), plain words 3-pt level 2 (0.5 × 5 = 2.5)
    ///   → 33.75 / 40 = 84.375
    /// closing: greeting 3-pt level 3 (1 × 5 = 5), tone 5-pt level 2 (0.25 × 5 = 1.25)
    ///   → 6.25 / 10 = 62.5
    /// total: (5 + 33.75 + 6.25) / 60 = 45 / 60 = 75 → needs improvement by default
    #[test]
    fn graded_scales_earn_evenly_spaced_shares_of_their_weight() {
        let script = sheet(
            "greeting names_self       three_point 10
             response listening        five_point  15
             response accuracy         five_point  20
             response plain_words      three_point  5
             closing  closing_greeting three_point  5
             closing  tone             five_point   5",
        );
        let given = "names_self=2 listening=4 accuracy=5 plain_words=2 closing_greeting=3 tone=2";
        let result = scored(&script, given);
        assert_eq!(
            stage_scores(&result),
            [Some(50.0), Some(84.375), Some(62.5)]
        );
        close(result.total, 75.0);
        assert_eq!(result.band, Band::NeedsImprovement);
        let lenient = Bands {
            excellent: 85.0,
            good: 70.0,
        };
        let band = score(&script, &answers(given), &lenient).unwrap().band;
        assert_eq!(band, Band::Good, "bands are the campaign's");
    }

    #[test]
    fn a_total_on_a_threshold_earns_that_band() {
        let bands = Bands::default();
        assert_eq!(bands.band(90.0), Band::Excellent);
        assert_eq!(bands.band(89.99), Band::Good);
        assert_eq!(bands.band(80.0), Band::Good);
        assert_eq!(bands.band(79.99), Band::NeedsImprovement);
        // The names exports and the JSON API use.
        let names = [Band::Excellent, Band::Good, Band::NeedsImprovement].map(Band::as_str);
        assert_eq!(names, ["excellent", "good", "needs_improvement"]);
        let json = serde_json::to_value(Band::NeedsImprovement).unwrap();
        assert_eq!(json, "needs_improvement");
    }

    /// greeting: names self 3-pt level 3 (10) → 100; closing: thanks yes (5) → 100
    /// response: listening 5-pt 4 (0.75 × 15), accuracy 5-pt 5 (1 × 20), transfer 3-pt (5, N/A allowed)
    ///   transfer N/A: (11.25 + 20) / 35 = 89.2857…, the weighted mean of the other two;
    ///                 total (10 + 31.25 + 5) / 50 = 92.5 → excellent
    ///   transfer 1:   (11.25 + 20 + 0) / 40 = 78.125; total 46.25 / 55 = 84.09 → good
    #[test]
    fn not_applicable_items_hand_their_weight_to_the_rest_of_the_stage() {
        let script = sheet(
            "greeting names_self three_point 10
             response listening  five_point  15
             response accuracy   five_point  20
             response transfer   three_point  5 na
             closing  thanks     yes_no       5",
        );
        let na = scored(
            &script,
            "names_self=3 listening=4 accuracy=5 transfer=na thanks=1",
        );
        close(na.stages[1].score.unwrap(), 31.25 / 35.0 * 100.0);
        assert_eq!(round2(na.stages[1].score.unwrap()), 89.29);
        assert_eq!(na.stages[1].weight, 35.0);
        close(na.total, 92.5);
        assert_eq!(na.band, Band::Excellent);

        let transferred_badly = scored(
            &script,
            "names_self=3 listening=4 accuracy=5 transfer=1 thanks=1",
        );
        assert_eq!(transferred_badly.stages[1].score, Some(78.125));
        close(transferred_badly.total, 46.25 / 55.0 * 100.0);
        assert_eq!(round2(transferred_badly.total), 84.09);
        assert_eq!(transferred_badly.band, Band::Good);
    }

    /// greeting: names self 3-pt level 2 (0.5 × 10) → 50; response: listening
    /// 5-pt level 5 (10) → 100; transfer: both items N/A → no score, weight 0;
    /// closing: thanks yes (10) → 100.
    /// total: (5 + 10 + 10) / 30 = 83.33, not 25 / 40 = 62.5 as if the stage scored zero.
    #[test]
    fn a_stage_that_is_entirely_not_applicable_drops_out_of_the_total() {
        let script = sheet(
            "greeting names_self         three_point 10
             response listening          five_point  10
             transfer transfer_handling  three_point  5 na
             transfer transfer_explained yes_no       5 na
             closing  thanks             yes_no      10",
        );
        let result = scored(
            &script,
            "names_self=2 listening=5 transfer_handling=na transfer_explained=na thanks=1",
        );
        let expected = [Some(50.0), Some(100.0), None, Some(100.0)];
        assert_eq!(stage_scores(&result), expected);
        assert_eq!(result.stages[2].weight, 0.0);
        close(result.total, 250.0 / 3.0);
        assert_eq!(result.band, Band::Good);
    }

    #[test]
    fn a_call_with_nothing_applicable_totals_zero() {
        let script = sheet(
            "greeting first_name_asked yes_no 5 na
             response transfer         yes_no 5 na
             closing  callback_offered yes_no 5 na",
        );
        let result = scored(
            &script,
            "first_name_asked=na transfer=na callback_offered=na",
        );
        assert_eq!(stage_scores(&result), [None, None, None]);
        assert_eq!((result.total, result.band), (0.0, Band::NeedsImprovement));
    }

    /// Without the failure the call would total (10 + 15 + 0 + 5) / 40 = 75;
    /// the rude answer makes it 0 while the stage scores stay where they were
    /// (response: 15 / 25 = 60).
    #[test]
    fn a_failed_critical_item_zeroes_the_total_but_keeps_the_stage_scores() {
        let script = sheet(
            "greeting names_self        yes_no     10
             response listening         five_point 15
             response no_rude_treatment yes_no     10 critical
             closing  thanks            yes_no      5",
        );
        let result = scored(
            &script,
            "names_self=1 listening=5 no_rude_treatment=0 thanks=1",
        );
        assert_eq!(
            stage_scores(&result),
            [Some(100.0), Some(60.0), Some(100.0)]
        );
        assert_eq!(result.total, 0.0);
        assert_eq!(result.band, Band::NeedsImprovement);
        assert_eq!(result.critical_failed, ["no_rude_treatment"]);
    }

    #[test]
    fn critical_items_fail_below_half_marks() {
        let script = sheet(
            "greeting gives_name     yes_no      5
             response courtesy       five_point  5 critical
             closing  hangs_up_last  three_point 5 critical",
        );
        let failed =
            |given: &str| scored(&script, &format!("gives_name=1 {given}")).critical_failed;
        assert!(
            failed("courtesy=3 hangs_up_last=2").is_empty(),
            "5-point level 3 and 3-point level 2 are half marks: a pass"
        );
        assert_eq!(failed("courtesy=2 hangs_up_last=2"), ["courtesy"]);
        assert_eq!(failed("courtesy=3 hangs_up_last=1"), ["hangs_up_last"]);
        assert_eq!(
            failed("courtesy=1 hangs_up_last=1"),
            ["courtesy", "hangs_up_last"]
        );
    }

    #[test]
    fn each_bad_answer_is_refused_naming_the_item() {
        let script = sheet(
            "greeting pickup_speed yes_no      10 auto
             response listening    five_point  15
             response transfer     three_point  5 na
             closing  thanks       yes_no       5",
        );
        let good = "pickup_speed=1 listening=4 transfer=na thanks=1";
        assert!(score(&script, &answers(good), &Bands::default()).is_ok());
        let message = |given: &str| {
            let refused = score(&script, &answers(given), &Bands::default()).unwrap_err();
            refused.to_string()
        };
        assert_eq!(
            message("listening=4 transfer=na thanks=1"),
            "item \"pickup_speed\" has no answer; every item of the sheet needs a score \
             (or \"not applicable\" where the item allows it)",
            "automatic items are answered too"
        );
        assert_eq!(
            message(&format!("{good} listening_attitude=3")),
            "item \"listening_attitude\" is not on this script's sheet"
        );
        assert_eq!(
            message("pickup_speed=1 listening=0 transfer=na thanks=1"),
            "item \"listening\": 0 is not on its scale; give a value from 1 to 5"
        );
        assert_eq!(
            message("pickup_speed=2 listening=4 transfer=na thanks=1"),
            "item \"pickup_speed\": 2 is not on its scale; give a value from 0 to 1"
        );
        assert_eq!(
            message("pickup_speed=1 listening=na transfer=na thanks=1"),
            "item \"listening\" cannot be marked \"not applicable\"; give it a score"
        );
        assert_eq!(
            message(&format!("{good} listening=5")),
            "item \"listening\" is answered more than once"
        );
    }

    #[test]
    fn a_perfect_call_on_the_shipped_passport_script_is_excellent() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("call-scripts");
        let library = ScriptLibrary::load_dir(&dir).expect("shipped scripts load");
        let script = library.get("passport-reissue-ko").expect("passport script");
        let given: Vec<ItemAnswer> = script
            .items()
            .map(|(_, item)| ItemAnswer {
                item_key: item.key.clone(),
                answer: Answer::Value(item.scale.max()),
            })
            .collect();
        let result = score(script, &given, &Bands::default()).unwrap();
        assert_eq!(result.total, 100.0);
        assert_eq!(result.band, Band::Excellent);
        assert!(result.stages.iter().all(|s| s.score == Some(100.0)));
        assert!(result.critical_failed.is_empty());
    }
}
