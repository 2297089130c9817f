//! How a simulated line behaves: how long it rings before someone picks up,
//! how often it is busy, unanswered, broken or a voicemail box, and how long
//! the person at the other end talks. Sampled from a seeded generator so the
//! same seed gives the same calls.

use rand::Rng;
use rand_distr::{Distribution, LogNormal};
use serde::{Deserialize, Serialize};

/// A distribution of durations in seconds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Dist {
    Fixed(f64),
    Uniform([f64; 2]),
    LogNormal { median: f64, sigma: f64 },
}

impl Dist {
    pub fn sample_secs(&self, rng: &mut impl Rng) -> f64 {
        let v = match self {
            Dist::Fixed(v) => *v,
            Dist::Uniform([lo, hi]) if hi > lo => rng.random_range(*lo..*hi),
            Dist::Uniform([lo, _]) => *lo,
            Dist::LogNormal { median, sigma } => {
                LogNormal::new(median.max(1e-3).ln(), sigma.max(0.0))
                    .map(|d| d.sample(rng))
                    .unwrap_or(*median)
            }
        };
        v.max(0.0)
    }

    pub fn sample_ms(&self, rng: &mut impl Rng) -> i64 {
        (self.sample_secs(rng) * 1000.0).round() as i64
    }
}

/// A fault in the recording the carrier serves, to rehearse bad audio.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordingFault {
    #[default]
    None,
    /// The file is cut short: the header promises more audio than follows.
    Truncated,
    /// The bytes are not a WAV file at all.
    Garbage,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LineProfile {
    /// Seconds from the first ring until the line is picked up.
    pub answer_delay: Dist,
    /// Chance that the line is busy.
    pub busy: f64,
    /// Chance that nobody picks up.
    pub no_answer: f64,
    /// Chance that the call cannot be connected at all.
    pub failed: f64,
    /// Chance that an answering machine picks up.
    pub voicemail: f64,
    /// Seconds the person talks each time they are listened to.
    pub reply: Dist,
    /// What speech recognition hears, used in turn.
    pub replies: Vec<String>,
    /// Length of a voicemail greeting before the beep.
    pub voicemail_greeting_secs: f64,
    pub recording_fault: RecordingFault,
}

impl Default for LineProfile {
    fn default() -> Self {
        Self {
            answer_delay: Dist::Uniform([2.0, 14.0]),
            busy: 0.05,
            no_answer: 0.05,
            failed: 0.01,
            voicemail: 0.04,
            reply: Dist::Uniform([2.0, 6.0]),
            replies: vec![
                "Hello, civil affairs, this is Kim speaking.".into(),
                "Yes, you can renew it at the counter with your ID card and a photo.".into(),
                "You're welcome, have a good day.".into(),
            ],
            voicemail_greeting_secs: 8.0,
            recording_fault: RecordingFault::None,
        }
    }
}

impl LineProfile {
    /// A line that always answers after exactly `secs` seconds.
    pub fn answers_after(secs: f64) -> Self {
        Self {
            answer_delay: Dist::Fixed(secs),
            busy: 0.0,
            no_answer: 0.0,
            failed: 0.0,
            voicemail: 0.0,
            ..Self::default()
        }
    }

    pub fn always(outcome: LineOutcome) -> Self {
        let mut p = Self::answers_after(4.0);
        match outcome {
            LineOutcome::Busy => p.busy = 1.0,
            LineOutcome::NoAnswer => p.no_answer = 1.0,
            LineOutcome::Failed => p.failed = 1.0,
            LineOutcome::Voicemail => p.voicemail = 1.0,
            LineOutcome::Person => {}
        }
        p
    }

    pub fn sample_outcome(&self, rng: &mut impl Rng) -> LineOutcome {
        let u: f64 = rng.random();
        let mut edge = self.failed;
        if u < edge {
            return LineOutcome::Failed;
        }
        edge += self.busy;
        if u < edge {
            return LineOutcome::Busy;
        }
        edge += self.no_answer;
        if u < edge {
            return LineOutcome::NoAnswer;
        }
        edge += self.voicemail;
        if u < edge {
            return LineOutcome::Voicemail;
        }
        LineOutcome::Person
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineOutcome {
    Person,
    Voicemail,
    Busy,
    NoAnswer,
    Failed,
}

/// Lines whose number starts with `prefix` behave by `profile`; the longest
/// matching prefix wins. SIP URIs and `client:` identities are matched the
/// same way (`prefix = "sip:"`), and take the default profile otherwise.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LineRule {
    pub prefix: String,
    #[serde(default)]
    pub profile: LineProfile,
}

pub fn profile_for<'a>(
    rules: &'a [LineRule],
    default: &'a LineProfile,
    number: &str,
) -> &'a LineProfile {
    rules
        .iter()
        .filter(|r| number.starts_with(&r.prefix))
        .max_by_key(|r| r.prefix.len())
        .map(|r| &r.profile)
        .unwrap_or(default)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand_chacha::ChaCha8Rng;

    #[test]
    fn outcomes_follow_the_profile_rates() {
        let profile = LineProfile {
            busy: 0.2,
            no_answer: 0.1,
            failed: 0.0,
            voicemail: 0.3,
            ..LineProfile::default()
        };
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        let n = 20_000;
        let busy = (0..n)
            .filter(|_| profile.sample_outcome(&mut rng) == LineOutcome::Busy)
            .count() as f64
            / n as f64;
        assert!((busy - 0.2).abs() < 0.02, "busy share {busy}");
    }

    #[test]
    fn longest_prefix_wins() {
        let rules = vec![
            LineRule {
                prefix: "+82".into(),
                profile: LineProfile::always(LineOutcome::Busy),
            },
            LineRule {
                prefix: "+8210".into(),
                profile: LineProfile::always(LineOutcome::Failed),
            },
        ];
        let default = LineProfile::default();
        assert_eq!(profile_for(&rules, &default, "+821012345678").failed, 1.0);
        assert_eq!(profile_for(&rules, &default, "+82212345678").busy, 1.0);
        assert_eq!(profile_for(&rules, &default, "+15550100"), &default);
    }

    #[test]
    fn profiles_read_from_toml() {
        let rule: LineRule = toml::from_str(
            r#"
            prefix = "+7701"
            [profile]
            answer_delay = { log_normal = { median = 6.0, sigma = 0.4 } }
            busy = 0.1
            recording_fault = "truncated"
            "#,
        )
        .unwrap();
        assert_eq!(rule.profile.recording_fault, RecordingFault::Truncated);
        assert!(matches!(rule.profile.answer_delay, Dist::LogNormal { .. }));
    }
}
