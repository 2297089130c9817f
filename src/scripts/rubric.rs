//! What graders score: rubric items, their scales, and the few items a
//! machine can score from the call's measures (pickup speed, connection).

use serde::Serialize;

use crate::calls::measures::Connection;

/// One scored line of the evaluation sheet.
#[derive(Clone, Debug, PartialEq, Serialize, utoipa::ToSchema)]
pub struct RubricItem {
    pub key: String,
    pub label: String,
    pub scale: Scale,
    pub weight: f64,
    /// The grader may mark it "not applicable" (e.g. no transfer was needed).
    pub na_allowed: bool,
    /// A failure here is serious enough to be flagged on its own, whatever
    /// the total (rudeness, hanging up on the caller).
    pub critical: bool,
    /// `None`: a grader scores it by listening.
    pub auto: Option<AutoMeasure>,
    /// Groups items into the training topics HR plans courses by.
    pub training_topic: Option<String>,
    /// What graders should listen for.
    pub guidance: Option<String>,
}

/// How an item is scored. Level names are the script's own words, lowest
/// first, so a grader reads the sheet in the language of the call.
#[derive(Clone, Debug, PartialEq, Serialize, utoipa::ToSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Scale {
    YesNo,
    ThreePoint { levels: Vec<String> },
    FivePoint { levels: Vec<String> },
}

impl Scale {
    pub fn points(&self) -> u8 {
        match self {
            Scale::YesNo => 2,
            Scale::ThreePoint { .. } => 3,
            Scale::FivePoint { .. } => 5,
        }
    }

    /// Yes/no is stored as 0/1; graded scales start at 1 because that is
    /// how the paper sheets number them.
    pub fn min(&self) -> i64 {
        match self {
            Scale::YesNo => 0,
            Scale::ThreePoint { .. } | Scale::FivePoint { .. } => 1,
        }
    }

    pub fn max(&self) -> i64 {
        self.min() + i64::from(self.points()) - 1
    }

    /// `value` as a share of the item's weight: the lowest level earns
    /// nothing, the highest all of it. `None` when the value is not on the scale.
    pub fn fraction(&self, value: i64) -> Option<f64> {
        if !(self.min()..=self.max()).contains(&value) {
            return None;
        }
        Some((value - self.min()) as f64 / (self.max() - self.min()) as f64)
    }

    pub fn as_str(&self) -> &'static str {
        match self {
            Scale::YesNo => "yes_no",
            Scale::ThreePoint { .. } => "three_point",
            Scale::FivePoint { .. } => "five_point",
        }
    }
}

/// An item the service scores from the call's measures instead of a grader.
#[derive(Clone, Debug, PartialEq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AutoMeasure {
    /// Yes when a person picked up within this many rings.
    RingsWithin(u32),
    /// Yes when the call connected this way.
    Connection(Connection),
}

impl AutoMeasure {
    /// The yes (1) / no (0) score, or `None` when the measures say nothing
    /// about the staff member's line, so a grader (or a retried call) decides.
    ///
    /// The rule: score what the citizen would have experienced. A line that
    /// was busy, rang out or went to voicemail did not pick up within any
    /// number of rings, whatever `ring_count` says, so it scores 0: a phone
    /// forwarded to voicemail after one ring must not earn the pickup points.
    /// A call that `failed` or that this service `canceled` never fairly
    /// reached the line, so it only scores 0 when it had already rung longer
    /// than allowed. A call with no final connection yet is unknown.
    pub fn score(&self, ring_count: Option<i64>, connection: Option<Connection>) -> Option<i64> {
        let connection = connection?;
        let ours = matches!(connection, Connection::Failed | Connection::Canceled);
        match *self {
            AutoMeasure::RingsWithin(limit) => {
                let limit = i64::from(limit);
                match connection {
                    Connection::Person => ring_count.map(|rings| i64::from(rings <= limit)),
                    _ if ours => ring_count.filter(|&rings| rings > limit).map(|_| 0),
                    _ => Some(0),
                }
            }
            AutoMeasure::Connection(wanted) => {
                if connection == wanted {
                    Some(1)
                } else if ours {
                    None
                } else {
                    Some(0)
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn levels(n: usize) -> Vec<String> {
        (1..=n).map(|i| format!("level {i}")).collect()
    }

    #[test]
    fn fraction_spreads_the_scale_over_zero_to_one() {
        let five = Scale::FivePoint { levels: levels(5) };
        assert_eq!(five.fraction(1), Some(0.0));
        assert_eq!(five.fraction(4), Some(0.75));
        assert_eq!(five.fraction(5), Some(1.0));
        let three = Scale::ThreePoint { levels: levels(3) };
        assert_eq!(three.fraction(2), Some(0.5));
        assert_eq!(Scale::YesNo.fraction(1), Some(1.0));
        assert_eq!(Scale::YesNo.fraction(0), Some(0.0));
    }

    #[test]
    fn fraction_refuses_values_off_the_scale() {
        let five = Scale::FivePoint { levels: levels(5) };
        assert_eq!(five.fraction(0), None, "five-point starts at 1");
        assert_eq!(five.fraction(6), None);
        assert_eq!(Scale::YesNo.fraction(2), None);
        assert_eq!(Scale::YesNo.fraction(-1), None);
    }

    #[test]
    fn scale_bounds_and_names() {
        let three = Scale::ThreePoint { levels: levels(3) };
        assert_eq!((three.min(), three.max(), three.points()), (1, 3, 3));
        assert_eq!((Scale::YesNo.min(), Scale::YesNo.max()), (0, 1));
        assert_eq!(three.as_str(), "three_point");
    }

    #[test]
    fn pickup_within_three_rings_scores_by_ring_count_when_a_person_answers() {
        let pickup = AutoMeasure::RingsWithin(3);
        let person = Some(Connection::Person);
        assert_eq!(pickup.score(Some(2), person), Some(1));
        assert_eq!(
            pickup.score(Some(3), person),
            Some(1),
            "the third ring counts"
        );
        assert_eq!(pickup.score(Some(4), person), Some(0));
        assert_eq!(pickup.score(None, person), None, "answered, rings unknown");
    }

    #[test]
    fn pickup_is_zero_when_nobody_picked_up() {
        let pickup = AutoMeasure::RingsWithin(3);
        assert_eq!(pickup.score(None, Some(Connection::NoAnswer)), Some(0));
        assert_eq!(pickup.score(Some(9), Some(Connection::NoAnswer)), Some(0));
        assert_eq!(pickup.score(None, Some(Connection::Busy)), Some(0));
        assert_eq!(
            pickup.score(Some(1), Some(Connection::Voicemail)),
            Some(0),
            "a machine answering fast is not a person answering fast"
        );
    }

    #[test]
    fn pickup_is_unknown_when_the_call_never_fairly_reached_the_line() {
        let pickup = AutoMeasure::RingsWithin(3);
        assert_eq!(pickup.score(None, Some(Connection::Failed)), None);
        assert_eq!(pickup.score(Some(2), Some(Connection::Canceled)), None);
        assert_eq!(
            pickup.score(Some(5), Some(Connection::Canceled)),
            Some(0),
            "it had already rung past the limit"
        );
        assert_eq!(pickup.score(Some(2), None), None, "call not finished");
    }

    #[test]
    fn connection_item_scores_how_the_call_connected() {
        let connected = AutoMeasure::Connection(Connection::Person);
        assert_eq!(connected.score(Some(2), Some(Connection::Person)), Some(1));
        assert_eq!(connected.score(None, Some(Connection::Voicemail)), Some(0));
        assert_eq!(connected.score(None, Some(Connection::Busy)), Some(0));
        assert_eq!(connected.score(None, Some(Connection::Failed)), None);
        assert_eq!(connected.score(None, None), None);
    }
}
