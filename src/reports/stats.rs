//! Figures HR can trust when they rest on few calls.
//!
//! A department graded on three calls that all scored 100 has a perfect
//! average, but three calls say little. Rankings therefore use a *shrunk*
//! average: a department's average is pulled toward the overall average in
//! proportion to how little data it rests on, and how far departments
//! really differ from one another. A department with sixty calls keeps
//! almost exactly its own average; one with three is pulled a long way
//! toward the middle until more calls show where it stands. Every average
//! also comes with a 95% confidence interval, the range its true value very
//! likely lies in: a wide interval means "too few calls to tell".
//!
//! Method, for maintainers: empirical Bayes under a normal–normal model. The
//! grand mean μ is taken over all values, σ² is the pooled within-group
//! variance, and τ² (how much group means truly differ) is the one-way ANOVA
//! method-of-moments estimate (MSB − MSW) / n₀ with n₀ = (N − Σn_g²/N) / (G − 1),
//! floored at a small positive value. With equal group sizes that is exactly
//! "variance of the group means minus the average σ²/n_g"; with unequal sizes
//! it weighs each group's mean by its number of values, so a group resting
//! on three calls cannot by itself persuade the model that departments
//! differ widely. Each group's shrunk mean is μ + B_g (ȳ_g − μ) with
//! B_g = τ² / (τ² + σ²/n_g). How far a small group is pulled depends on the
//! data: where departments truly differ widely (means of 70, 80 and 90, calls
//! varying by about 13 points around them), three perfect calls still come
//! out on top, and only their wide interval says how little that rests on.

use serde::Serialize;

use crate::stats::{fdist, t_critical_95};

/// Scores live on 0..100; an interval reaching past them says nothing more.
const SCALE: (f64, f64) = (0.0, 100.0);
/// Keeps B_g defined when the data show no difference between groups at all.
const TAU2_FLOOR: f64 = 1e-6;
/// Shrunk means closer than this share a rank.
const TIE: f64 = 1e-9;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Summary {
    pub n: usize,
    pub mean: f64,
    /// Sample standard deviation (n − 1); 0 for a single value.
    pub sd: f64,
    /// t-based 95% interval for the mean, within 0..100; the whole range when n < 2.
    pub ci95: (f64, f64),
}

/// `None` for no values. Values are finite scores on the 0..100 scale.
pub fn summarize(values: &[f64]) -> Option<Summary> {
    let n = values.len();
    if n == 0 {
        return None;
    }
    let mean = values.iter().sum::<f64>() / n as f64;
    if n < 2 {
        return Some(Summary {
            n,
            mean,
            sd: 0.0,
            ci95: SCALE,
        });
    }
    let sd = (sum_of_squares(values, mean) / (n - 1) as f64).sqrt();
    Some(Summary {
        n,
        mean,
        sd,
        ci95: interval(n, mean, sd),
    })
}

fn interval(n: usize, mean: f64, sd: f64) -> (f64, f64) {
    let half = t_critical_95(n - 1) * sd / (n as f64).sqrt();
    ((mean - half).max(SCALE.0), (mean + half).min(SCALE.1))
}

/// One group's values, e.g. a department's final call totals (0..100).
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub key: String,
    pub values: Vec<f64>,
}

/// What ranking needs of a group: how many values, their sum and the sum of
/// their squares, so a database can aggregate a million calls and hand over
/// three numbers per department.
#[derive(Clone, Debug, PartialEq)]
pub struct Moments {
    pub key: String,
    /// How many values.
    pub n: usize,
    /// What they weigh together: `n` when each value counts once; less
    /// when some count only in part (an unanswered call under the
    /// "connection items only" policy). `sum` and `sum_sq` are weighted.
    pub weight: f64,
    pub sum: f64,
    pub sum_sq: f64,
}

impl Moments {
    /// No values yet, to add to.
    pub fn empty(key: String) -> Moments {
        Moments {
            key,
            n: 0,
            weight: 0.0,
            sum: 0.0,
            sum_sq: 0.0,
        }
    }

    pub fn of(group: &Group) -> Moments {
        Moments {
            key: group.key.clone(),
            n: group.values.len(),
            weight: group.values.len() as f64,
            sum: group.values.iter().sum(),
            sum_sq: group.values.iter().map(|v| v * v).sum(),
        }
    }

    fn mean(&self) -> f64 {
        self.sum / self.weight
    }

    /// Squared deviations from the group's own mean (never below zero,
    /// whatever rounding did).
    fn within(&self) -> f64 {
        (self.sum_sq - self.sum * self.sum / self.weight).max(0.0)
    }

    /// The same figures as [`summarize`] gives for the values themselves.
    pub fn summary(&self) -> Option<Summary> {
        if self.n == 0 || self.weight <= 0.0 {
            return None;
        }
        let (n, mean) = (self.n, self.mean());
        if n < 2 || self.weight <= 1.0 {
            return Some(Summary {
                n,
                mean,
                sd: 0.0,
                ci95: SCALE,
            });
        }
        let sd = (self.within() / (self.weight - 1.0)).sqrt();
        let half = t_critical_95(n - 1) * sd / self.weight.sqrt();
        Some(Summary {
            n,
            mean,
            sd,
            ci95: ((mean - half).max(SCALE.0), (mean + half).min(SCALE.1)),
        })
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Ranked {
    pub key: String,
    pub n: usize,
    pub mean: f64,
    pub ci95: (f64, f64),
    pub shrunk: f64,
    /// 1 = best by shrunk mean; equal shrunk means share a rank (1, 1, 3).
    /// A point estimate only: [`Ranked::rank_interval`] says how sure it is.
    pub rank: usize,
    /// The 95% rank interval: the group's rank lies between these (1 = best)
    /// in 95% of the model's simulated worlds.
    pub rank_interval: (usize, usize),
    /// The chance, under the model, that the group truly lies below the
    /// overall mean.
    pub p_below_mean: f64,
    /// The chance that the group truly lies above the median group.
    /// With rank intervals only (not for a list that ranks nobody).
    pub p_above_median: Option<f64>,
    /// The chance that the group truly lies below its threshold, when one
    /// was given.
    pub p_below_threshold: Option<f64>,
}

/// The normal–normal model fitted to groups' moments (see the module notes),
/// and whether the data show differences between the groups at all.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Fit {
    /// Grand mean μ over all values.
    pub mu: f64,
    /// Pooled within-group variance σ² (the noise of a single value).
    pub sigma2: f64,
    /// Between-group variance τ² (how much groups truly differ), floored.
    pub tau2: f64,
    /// The one-way ANOVA of the groups: F, its degrees of freedom and p-value.
    pub anova: Option<Anova>,
    /// The ANOVA shows differences at [`DIFFERENCES_LEVEL`].
    pub differences: bool,
    #[serde(skip)]
    pub(crate) sizes: Vec<f64>,
    #[serde(skip)]
    pub(crate) means: Vec<f64>,
}

/// A one-way analysis of variance from the groups' moments.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Anova {
    pub f: f64,
    pub df_between: usize,
    pub df_within: usize,
    /// The chance of an F at least this large if the groups did not differ.
    pub p_value: f64,
}

/// Between-group differences must be this unlikely under "no differences"
/// before anyone is flagged: strict, so that months in which departments
/// do not differ flag nobody (1 month in 100 at most, by the test's size).
pub const DIFFERENCES_LEVEL: f64 = 0.01;

impl Fit {
    /// `groups` must be non-empty and each hold at least one value.
    fn of(groups: &[(&Moments, Summary)]) -> Fit {
        let count = groups.len() as f64;
        let total: f64 = groups.iter().map(|(g, _)| g.weight).sum();
        let grand_mean = groups.iter().map(|(g, _)| g.sum).sum::<f64>() / total;

        let within: f64 = groups.iter().map(|(g, _)| g.within()).sum();
        let sigma2 = if total > count {
            within / (total - count)
        } else if total > 1.0 {
            // One value per group: noise and real differences cannot be told
            // apart, so all spread is taken for noise and every group is pulled
            // to the grand mean.
            let sum_sq: f64 = groups.iter().map(|(g, _)| g.sum_sq).sum();
            (sum_sq - total * grand_mean * grand_mean).max(0.0) / (total - 1.0)
        } else {
            0.0
        };

        let (mut tau2, mut anova) = (TAU2_FLOOR, None);
        if groups.len() >= 2 {
            let between: f64 = groups
                .iter()
                .map(|(g, s)| g.weight * (s.mean - grand_mean).powi(2))
                .sum();
            let sizes_squared: f64 = groups.iter().map(|(g, _)| g.weight.powi(2)).sum();
            let n0 = (total - sizes_squared / total) / (count - 1.0);
            let msb = between / (count - 1.0);
            tau2 = ((msb - sigma2) / n0).max(TAU2_FLOOR);
            let df_within = (total - count) as usize;
            if df_within > 0 {
                let df_between = groups.len() - 1;
                let f = if sigma2 > 0.0 {
                    msb / sigma2
                } else if msb > 0.0 {
                    f64::INFINITY
                } else {
                    0.0
                };
                anova = Some(Anova {
                    f,
                    df_between,
                    df_within,
                    p_value: fdist::upper_tail(f, df_between as f64, df_within as f64),
                });
            }
        }
        Fit {
            mu: grand_mean,
            sigma2,
            tau2,
            differences: anova
                .as_ref()
                .is_some_and(|a| a.p_value < DIFFERENCES_LEVEL),
            anova,
            sizes: groups.iter().map(|(g, _)| g.weight).collect(),
            means: groups.iter().map(|(_, s)| s.mean).collect(),
        }
    }

    /// B_g: the share of its distance from μ a group of `n` values keeps.
    fn weight(&self, n: f64) -> f64 {
        self.tau2 / (self.tau2 + self.sigma2 / n)
    }
}

/// Groups ranked, with the model behind the ranking.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Assessment {
    pub fit: Option<Fit>,
    /// Best first.
    pub ranked: Vec<Ranked>,
}

/// Ranks groups by their shrunk means (see the module notes), best first.
/// A group without values has nothing to rank and is left out.
pub fn rank_with_shrinkage(groups: &[Group]) -> Vec<Ranked> {
    rank_moments(&groups.iter().map(Moments::of).collect::<Vec<_>>())
}

/// [`rank_with_shrinkage`] from each group's moments.
pub fn rank_moments(groups: &[Moments]) -> Vec<Ranked> {
    assess(groups, None).ranked
}

/// Fits the model, ranks the groups by shrunk mean, and simulates from the
/// model's posterior for each group's rank interval and the chances that it
/// lies below the mean, above the median group, or below its threshold
/// (`thresholds`, one per group of `groups`, when given).
pub fn assess(groups: &[Moments], thresholds: Option<&[f64]>) -> Assessment {
    assess_for(groups, thresholds, super::posterior::Wanted::Ranks)
}

/// [`assess`] for what is `wanted`: with [`super::posterior::Wanted::Chances`]
/// no rank interval is simulated and each is the whole range.
pub fn assess_for(
    groups: &[Moments],
    thresholds: Option<&[f64]>,
    wanted: super::posterior::Wanted,
) -> Assessment {
    let kept: Vec<(usize, (&Moments, Summary))> = groups
        .iter()
        .enumerate()
        .filter_map(|(i, g)| g.summary().map(|s| (i, (g, s))))
        .collect();
    if kept.is_empty() {
        return Assessment {
            fit: None,
            ranked: Vec::new(),
        };
    }
    let thresholds: Option<Vec<f64>> =
        thresholds.map(|t| kept.iter().map(|(i, _)| t[*i]).collect());
    let groups: Vec<(&Moments, Summary)> = kept.into_iter().map(|(_, g)| g).collect();
    let fit = Fit::of(&groups);
    let posterior = super::posterior::simulate_for(&fit, thresholds.as_deref(), wanted);

    let mut ranked: Vec<Ranked> = groups
        .into_iter()
        .zip(posterior)
        .map(|((g, s), p)| Ranked {
            key: g.key.clone(),
            n: s.n,
            mean: s.mean,
            ci95: s.ci95,
            shrunk: fit.mu + fit.weight(g.weight) * (s.mean - fit.mu),
            rank: 0,
            rank_interval: p.rank_interval,
            p_below_mean: p.p_below_mean,
            p_above_median: p.p_above_median,
            p_below_threshold: p.p_below_threshold,
        })
        .collect();
    ranked.sort_by(|a, b| {
        b.shrunk
            .total_cmp(&a.shrunk)
            .then_with(|| a.key.cmp(&b.key))
    });
    for i in 0..ranked.len() {
        ranked[i].rank = if i > 0 && ranked[i - 1].shrunk - ranked[i].shrunk <= TIE {
            ranked[i - 1].rank
        } else {
            i + 1
        };
    }
    Assessment {
        fit: Some(fit),
        ranked,
    }
}

/// A group is flagged as worse than the rest only with evidence: the data
/// show differences between groups at all, and the group lies below the
/// overall mean with probability at least `level`. Never by position.
pub fn flagged(fit: &Fit, r: &Ranked, level: f64) -> bool {
    fit.differences && r.p_below_mean >= level
}

/// A group stands out above the rest only with the same evidence: the data
/// show differences, and it lies above the median group with probability
/// at least `level`.
pub fn stands_out(fit: &Fit, r: &Ranked, level: f64) -> bool {
    fit.differences && r.p_above_median.is_some_and(|p| p >= level)
}

/// Below its threshold with probability at least `level`, and its own mean
/// is below it too (the model alone, pulling a thin record toward everyone
/// else's, never puts a person on the list).
pub fn under_threshold(r: &Ranked, threshold: f64, level: f64) -> bool {
    r.mean < threshold && r.p_below_threshold.is_some_and(|p| p >= level)
}

fn sum_of_squares(values: &[f64], mean: f64) -> f64 {
    values.iter().map(|v| (v - mean).powi(2)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tolerance: f64) -> bool {
        (a - b).abs() <= tolerance
    }

    /// `n` calls around `mean`, cycling through zero-sum offsets.
    fn calls(mean: f64, n: usize, offsets: &[f64]) -> Vec<f64> {
        (0..n).map(|i| mean + offsets[i % offsets.len()]).collect()
    }

    /// A steady department: mostly near the top, now and then a weaker call
    /// (74..100 around 92, sd ≈ 8.6).
    const STEADY: [f64; 10] = [8.0, 8.0, 7.0, 6.0, 4.0, 2.0, 0.0, -5.0, -12.0, -18.0];
    /// An ordinary department: calls vary as real ones do, with a long tail
    /// of poor calls (mean − 27 .. mean + 14, sd ≈ 14).
    const ORDINARY: [f64; 10] = [-27.0, -17.0, -10.0, -4.0, 2.0, 8.0, 10.0, 12.0, 12.0, 14.0];

    fn group(key: &str, values: Vec<f64>) -> Group {
        Group {
            key: key.into(),
            values,
        }
    }

    #[test]
    fn a_summary_matches_the_hand_computation() {
        // Mean 82; squared deviations 100+4+4+100 = 208, sd = √(208/3) = 8.3267;
        // standard error 4.1633; t(3) = 3.1824; half-width 13.249.
        let s = summarize(&[72.0, 80.0, 84.0, 92.0]).unwrap();
        assert_eq!((s.n, s.mean), (4, 82.0));
        assert!(close(s.sd, 8.3267, 1e-4));
        assert!(close(s.ci95.0, 68.751, 1e-3) && close(s.ci95.1, 95.249, 1e-3));

        // Two values: standard error 2.5, t(1) = 12.7062, half-width 31.77;
        // the interval would reach 129 and stops at 100.
        let top = summarize(&[95.0, 100.0]).unwrap().ci95;
        assert!(close(top.0, 65.735, 1e-3) && top.1 == 100.0);
        assert_eq!(summarize(&[88.0]).unwrap().ci95, (0.0, 100.0));
        assert_eq!(summarize(&[]), None);
    }

    #[test]
    fn three_perfect_calls_rank_below_sixty_calls_averaging_92() {
        let groups = vec![
            group("Perfect three", vec![100.0; 3]),
            group("Steady sixty", calls(92.0, 60, &STEADY)),
            group("Civil status", calls(86.0, 30, &ORDINARY)),
            group("Land registry", calls(85.0, 40, &ORDINARY)),
            group("Business licences", calls(84.0, 20, &ORDINARY)),
            group("Social insurance", calls(82.0, 30, &ORDINARY)),
            group("Construction permits", calls(80.0, 30, &ORDINARY)),
        ];
        let ranked = rank_with_shrinkage(&groups);
        let get = |key: &str| ranked.iter().find(|r| r.key == key).unwrap();
        let (perfect, steady) = (get("Perfect three"), get("Steady sixty"));

        assert!(perfect.mean > steady.mean);
        assert_eq!(steady.rank, 1);
        assert_eq!(perfect.rank, 2);
        // Grand mean 86.10, σ² = 151.2, τ² = 20.2 (checked in a separate
        // Python computation): three calls keep 29% of their lead over the
        // grand mean, sixty calls keep 89%.
        assert!(close(steady.shrunk, 91.35, 0.01), "{}", steady.shrunk);
        assert!(close(perfect.shrunk, 90.08, 0.01), "{}", perfect.shrunk);
        let order: Vec<&str> = ranked.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(
            &order[2..],
            [
                "Civil status",
                "Land registry",
                "Business licences",
                "Social insurance",
                "Construction permits"
            ]
        );
    }

    #[test]
    fn groups_with_equal_data_share_a_rank() {
        let values = calls(85.0, 20, &ORDINARY);
        let mut reordered = values.clone();
        reordered.reverse();
        let ranked = rank_with_shrinkage(&[
            group("Lower", calls(75.0, 20, &ORDINARY)),
            group("Twin A", values),
            group("Twin B", reordered),
        ]);
        let ranks: Vec<(&str, usize)> = ranked.iter().map(|r| (r.key.as_str(), r.rank)).collect();
        assert_eq!(ranks, [("Twin A", 1), ("Twin B", 1), ("Lower", 3)]);
    }

    #[test]
    fn a_single_call_is_pulled_most_of_the_way_to_the_grand_mean() {
        let mut groups: Vec<Group> = [88.0, 84.0, 80.0, 76.0]
            .iter()
            .map(|&m| group(&format!("around {m}"), calls(m, 30, &ORDINARY)))
            .collect();
        groups.push(group("One call", vec![100.0]));
        let all: Vec<f64> = groups.iter().flat_map(|g| g.values.clone()).collect();
        let grand_mean = all.iter().sum::<f64>() / all.len() as f64;

        let ranked = rank_with_shrinkage(&groups);
        let one = ranked.iter().find(|r| r.key == "One call").unwrap();
        assert!(
            one.shrunk - grand_mean < 0.25 * (100.0 - grand_mean),
            "{one:?}"
        );
        assert!(one.rank > 1);
        assert_eq!(one.ci95, (0.0, 100.0));
    }

    #[test]
    fn intervals_narrow_as_calls_accumulate() {
        let width = |n: usize| {
            let ci = summarize(&calls(80.0, n, &ORDINARY)).unwrap().ci95;
            ci.1 - ci.0
        };
        assert!(width(5) > width(20));
        assert!(width(20) > width(80));
        // Roughly halving with four times the calls, as 1/√n says.
        assert!(close(width(20) / width(80), 2.0, 0.15));
    }

    #[test]
    fn one_value_per_group_pulls_every_group_to_the_grand_mean() {
        let ranked = rank_with_shrinkage(&[
            group("A", vec![90.0]),
            group("B", vec![70.0]),
            group("Empty", vec![]),
        ]);
        assert_eq!(ranked.len(), 2);
        assert!(ranked.iter().all(|r| close(r.shrunk, 80.0, 1e-3)));
    }
}
