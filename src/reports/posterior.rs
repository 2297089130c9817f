//! How sure a ranking is: rank intervals, and the chances behind every flag,
//! by simulation from the fitted normal–normal model of [`super::stats`].
//!
//! Each simulated world first redraws the model's own figures, so that a τ²
//! estimated at zero does not make every group look known to the last
//! decimal: σ² from its scaled inverse χ² distribution, and τ from its
//! posterior given the group means (a uniform prior on τ, evaluated on a
//! grid: the hierarchical normal model of Gelman et al., *Bayesian Data
//! Analysis*, §5.4). Given those, it draws the overall mean μ and each
//! group's true mean θ_g ~ Normal(m_g, V_g) from their posterior, and ranks
//! the groups.
//! Over the worlds, each group's rank interval is the 2.5% and 97.5%
//! quantile of its rank, and the chance of lying below μ (or above the
//! median group, or below a threshold) is the share of worlds where it does.
//! A list that ranks nobody (the staff under their threshold) needs only the
//! chances: given a world's σ², τ² and μ each θ_g is normal, so its chance
//! of lying below μ or below a threshold is read from the normal
//! distribution function and averaged over the worlds (a Rao–Blackwellized
//! estimate: no θ is drawn, and a quarter of the worlds give the chances
//! at least as precisely as counting drawn values would).
//! The generator is seeded, so the same data always give the same answer.

use rand::Rng;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use rand_distr::{ChiSquared, Distribution, StandardNormal};

use super::stats::Fit;

/// What the simulation says about one group (in the order of [`Fit`]'s groups).
#[derive(Clone, Debug, PartialEq)]
pub struct GroupPosterior {
    /// 95% rank interval, 1 = best.
    pub rank_interval: (usize, usize),
    pub p_below_mean: f64,
    /// Only with [`Wanted::Ranks`].
    pub p_above_median: Option<f64>,
    pub p_below_threshold: Option<f64>,
}

const SEED: u64 = 13;
/// Worlds simulated: enough for the 2.5% and 97.5% quantiles to rest on
/// 25 worlds each side.
const MAX_DRAWS: usize = 1_000;
/// For very many groups fewer worlds keep a ranking of 10,000 staff fast;
/// never fewer than this (5 worlds in each tail).
const MIN_DRAWS: usize = 200;
/// Groups × worlds simulated at most, before the number of worlds drops.
const WORK: usize = 4_000_000;
/// Keeps the posterior defined when every value in every group is the same.
const SIGMA2_FLOOR: f64 = 1e-9;
const TAU2_FLOOR: f64 = 1e-6;
/// Points of the grid τ's posterior is evaluated on.
const TAU_GRID: usize = 100;

/// The number of simulated worlds for `groups` groups.
pub fn draws_for(groups: usize) -> usize {
    (WORK / groups.max(1)).clamp(MIN_DRAWS, MAX_DRAWS)
}

/// The worlds averaged over for the chances alone: each world gives every
/// group's chance exactly, so only the model's own figures vary between
/// worlds, and they vary least when there are many groups.
fn chance_draws_for(groups: usize) -> usize {
    (WORK / 4 / groups.max(1)).clamp(MIN_DRAWS / 2, MAX_DRAWS)
}

/// What a simulation is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wanted {
    /// Rank intervals and every chance.
    Ranks,
    /// The chances of lying below the mean and below a threshold alone,
    /// averaged exactly over each world: no θ is drawn, no world sorted,
    /// every rank interval is the whole range, 1 to the number of groups
    /// ("could be anywhere"), and there is no chance above the median. For
    /// a list of staff under their threshold, which ranks nobody.
    Chances,
}

/// Simulates `fit`'s posterior; `thresholds`, when given, holds one per group.
pub fn simulate(fit: &Fit, thresholds: Option<&[f64]>) -> Vec<GroupPosterior> {
    simulate_for(fit, thresholds, Wanted::Ranks)
}

/// [`simulate`], for what is `wanted`.
pub fn simulate_for(fit: &Fit, thresholds: Option<&[f64]>, wanted: Wanted) -> Vec<GroupPosterior> {
    let groups = fit.sizes.len();
    let ranked = wanted == Wanted::Ranks;
    let draws = if ranked {
        draws_for(groups)
    } else {
        chance_draws_for(groups)
    };
    let mut rng = ChaCha8Rng::seed_from_u64(SEED);
    let df_within = fit.anova.as_ref().map(|a| a.df_within as f64);
    let chi_within = df_within.and_then(|df| ChiSquared::new(df).ok());
    let tau = TauPosterior::of(fit);

    // Allocated once; each world reuses them.
    let mut packed: Vec<u64> = vec![0; if ranked { groups } else { 0 }];
    let mut scratch: Vec<u64> = vec![0; packed.len()];
    let mut ranks: Vec<u32> = vec![0; if ranked { groups * draws } else { 0 }];
    // Counted worlds (ranks) or summed chances (chances alone).
    let mut below_mean = vec![0.0f64; groups];
    let mut above_median = vec![0u32; groups];
    let mut below_threshold = vec![0.0f64; groups];

    for d in 0..draws {
        let sigma2 = match (&chi_within, df_within) {
            (Some(chi), Some(df)) => fit.sigma2 * chi.sample(&mut rng) / df,
            _ => fit.sigma2,
        }
        .max(SIGMA2_FLOOR);
        let tau2 = match &tau {
            Some(tau) => tau.sample(&mut rng).powi(2).max(TAU2_FLOOR),
            None => fit.tau2,
        };
        // μ given τ², σ²: the precision-weighted mean of the group means.
        let (mut weights, mut weighted) = (0.0, 0.0);
        for (n, mean) in fit.sizes.iter().zip(&fit.means) {
            let w = n / (n * tau2 + sigma2);
            weights += w;
            weighted += w * mean;
        }
        let z: f64 = StandardNormal.sample(&mut rng);
        let mu = weighted / weights + z / weights.sqrt();
        let (tau_precision, noise_precision) = (1.0 / tau2, 1.0 / sigma2);
        for g in 0..groups {
            let (n, mean) = (fit.sizes[g], fit.means[g]);
            let variance = 1.0 / (tau_precision + n * noise_precision);
            let centre = variance * (mu * tau_precision + n * mean * noise_precision);
            let sd = variance.sqrt();
            if !ranked {
                below_mean[g] += normal_cdf((mu - centre) / sd);
                if let Some(t) = thresholds {
                    below_threshold[g] += normal_cdf((t[g] - centre) / sd);
                }
                continue;
            }
            let z: f64 = StandardNormal.sample(&mut rng);
            let theta = centre + sd * z;
            if theta < mu {
                below_mean[g] += 1.0;
            }
            if let Some(t) = thresholds
                && theta < t[g]
            {
                below_threshold[g] += 1.0;
            }
            // Best first: the order-preserving bits of −(θ − μ), index below.
            packed[g] = (u64::from(descending_key((theta - mu) as f32)) << 32) | g as u64;
        }
        if !ranked {
            continue;
        }
        sort_by_key_bits(&mut packed, &mut scratch);
        let row = &mut ranks[d * groups..(d + 1) * groups];
        for (position, p) in packed.iter().enumerate() {
            let g = (*p & 0xffff_ffff) as usize;
            row[g] = position as u32 + 1;
            // Strictly above the median group: in the better half.
            if position < groups / 2 {
                above_median[g] += 1;
            }
        }
    }

    let share = |total: f64| total / draws as f64;
    if !ranked {
        return (0..groups)
            .map(|g| GroupPosterior {
                rank_interval: (1, groups),
                p_below_mean: share(below_mean[g]),
                p_above_median: None,
                p_below_threshold: thresholds.map(|_| share(below_threshold[g])),
            })
            .collect();
    }
    let (low, high) = quantile_positions(draws);
    // Each group's ranks over the worlds, gathered a block of groups at a
    // time so that the worlds' rows are read along, not across.
    const BLOCK: usize = 64;
    let mut columns = vec![0u32; BLOCK * draws];
    let mut out = Vec::with_capacity(groups);
    for start in (0..groups).step_by(BLOCK) {
        let width = BLOCK.min(groups - start);
        for d in 0..draws {
            let row = &ranks[d * groups + start..d * groups + start + width];
            for (j, &rank) in row.iter().enumerate() {
                columns[j * draws + d] = rank;
            }
        }
        for j in 0..width {
            let g = start + j;
            let column = &mut columns[j * draws..(j + 1) * draws];
            let lo = *column.select_nth_unstable(low).1;
            let hi = *column.select_nth_unstable(high).1;
            out.push(GroupPosterior {
                rank_interval: (lo as usize, hi as usize),
                p_below_mean: share(below_mean[g]),
                p_above_median: Some(share(f64::from(above_median[g]))),
                p_below_threshold: thresholds.map(|_| share(below_threshold[g])),
            });
        }
    }
    out
}

/// The standard normal distribution function Φ(x), through the
/// complementary error function's Chebyshev fit (Press et al., *Numerical
/// Recipes*, §6.2: relative error under 1.2 × 10⁻⁷ everywhere).
pub fn normal_cdf(x: f64) -> f64 {
    let z = -x / std::f64::consts::SQRT_2;
    let a = z.abs();
    let t = 1.0 / (1.0 + 0.5 * a);
    let poly = -1.265_512_23
        + t * (1.000_023_68
            + t * (0.374_091_96
                + t * (0.096_784_18
                    + t * (-0.186_288_06
                        + t * (0.278_868_07
                            + t * (-1.135_203_98
                                + t * (1.488_515_87 + t * (-0.822_152_23 + t * 0.170_872_77))))))));
    let erfc = t * (-a * a + poly).exp();
    0.5 * if z >= 0.0 { erfc } else { 2.0 - erfc }
}

/// The posterior of τ (how much groups truly differ) given the group means,
/// with σ² at its estimate and μ integrated out, under a uniform prior on
/// τ: cumulative probabilities over a grid of cells of width `step`.
struct TauPosterior {
    step: f64,
    cumulative: Vec<f64>,
}

impl TauPosterior {
    /// `None` for fewer than two groups: nothing to tell τ by.
    fn of(fit: &Fit) -> Option<TauPosterior> {
        if fit.sizes.len() < 2 {
            return None;
        }
        let sigma2 = fit.sigma2.max(SIGMA2_FLOOR);
        let (low, high) = fit
            .means
            .iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), &m| {
                (l.min(m), h.max(m))
            });
        let smallest = fit.sizes.iter().copied().fold(f64::INFINITY, f64::min);
        // Past the whole spread of the means and one group's noise, the
        // likelihood of τ has fallen off.
        let top = 1.5 * (high - low).max((sigma2 / smallest).sqrt()).max(1e-3);
        let step = top / TAU_GRID as f64;
        let log_density: Vec<f64> = (0..TAU_GRID)
            .map(|k| {
                let tau2 = (step * (k as f64 + 0.5)).powi(2);
                let (mut weights, mut weighted, mut log_det) = (0.0, 0.0, 0.0);
                for (n, mean) in fit.sizes.iter().zip(&fit.means) {
                    let v = tau2 + sigma2 / n;
                    weights += 1.0 / v;
                    weighted += mean / v;
                    log_det += v.ln();
                }
                let mu = weighted / weights;
                let misfit: f64 = fit
                    .sizes
                    .iter()
                    .zip(&fit.means)
                    .map(|(n, mean)| (mean - mu).powi(2) / (tau2 + sigma2 / n))
                    .sum();
                -0.5 * (weights.ln() + log_det + misfit)
            })
            .collect();
        let peak = log_density
            .iter()
            .copied()
            .fold(f64::NEG_INFINITY, f64::max);
        let mut total = 0.0;
        let cumulative = log_density
            .iter()
            .map(|l| {
                total += (l - peak).exp();
                total
            })
            .collect::<Vec<_>>()
            .into_iter()
            .map(|c| c / total)
            .collect();
        Some(TauPosterior { step, cumulative })
    }

    fn sample(&self, rng: &mut ChaCha8Rng) -> f64 {
        let u: f64 = rng.random();
        let cell = self
            .cumulative
            .partition_point(|&c| c < u)
            .min(TAU_GRID - 1);
        self.step * (cell as f64 + rng.random::<f64>())
    }
}

/// Positions of the 2.5% and 97.5% quantiles among `draws` sorted values.
fn quantile_positions(draws: usize) -> (usize, usize) {
    let low = (0.025 * draws as f64).floor() as usize;
    let high = ((0.975 * draws as f64).ceil() as usize).saturating_sub(1);
    (low.min(draws - 1), high.min(draws - 1))
}

/// Sorts keys packed as (32-bit key << 32 | index) by the key: a radix sort,
/// four passes of a byte each, so ranking 10,000 groups a thousand times
/// costs passes over memory rather than comparisons.
fn sort_by_key_bits(items: &mut Vec<u64>, scratch: &mut Vec<u64>) {
    for pass in 0..4 {
        let shift = 32 + 8 * pass;
        let mut starts = [0usize; 256];
        for &x in items.iter() {
            starts[((x >> shift) & 0xff) as usize] += 1;
        }
        let mut total = 0;
        for slot in starts.iter_mut() {
            let count = *slot;
            *slot = total;
            total += count;
        }
        for &x in items.iter() {
            let byte = ((x >> shift) & 0xff) as usize;
            scratch[starts[byte]] = x;
            starts[byte] += 1;
        }
        std::mem::swap(items, scratch);
    }
}

/// Bits of `x` that sort in the opposite order of `x` as unsigned integers.
fn descending_key(x: f32) -> u32 {
    let bits = x.to_bits();
    let ascending = if bits & 0x8000_0000 != 0 {
        !bits
    } else {
        bits | 0x8000_0000
    };
    !ascending
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chances_alone_agree_with_the_counted_chances() {
        use crate::reports::stats::{Moments, assess};
        let groups: Vec<Moments> = (0..40)
            .map(|g| {
                let (n, mean) = (10 + g % 7, 60.0 + g as f64);
                Moments {
                    key: g.to_string(),
                    n,
                    weight: n as f64,
                    sum: mean * n as f64,
                    sum_sq: (mean * mean + 150.0) * n as f64,
                }
            })
            .collect();
        let fit = assess(&groups, None).fit.unwrap();
        let thresholds = vec![80.0; 40];
        let ranks = simulate_for(&fit, Some(&thresholds), Wanted::Ranks);
        let chances = simulate_for(&fit, Some(&thresholds), Wanted::Chances);
        // A thousand counted worlds: within four standard errors.
        let close = |a: f64, b: f64| (a - b).abs() <= 4.0 * (0.25f64 / 1000.0).sqrt();
        for (r, c) in ranks.iter().zip(&chances) {
            assert!(close(r.p_below_mean, c.p_below_mean), "{r:?} {c:?}");
            assert!(
                close(r.p_below_threshold.unwrap(), c.p_below_threshold.unwrap()),
                "{r:?} {c:?}"
            );
            assert_eq!(c.rank_interval, (1, 40));
            assert_eq!(c.p_above_median, None);
            assert!(r.p_above_median.is_some());
        }
        assert!(ranks.iter().any(|r| r.rank_interval != (1, 40)));
    }

    #[test]
    fn the_normal_distribution_function_matches_its_table() {
        for (x, phi) in [
            (0.0, 0.5),
            (1.0, 0.841_344_746),
            (-1.0, 0.158_655_254),
            (1.959_964, 0.975),
            (-3.0, 0.001_349_898),
            (5.0, 0.999_999_713),
        ] {
            assert!(
                (normal_cdf(x) - phi).abs() < 1e-7,
                "Φ({x}) = {}",
                normal_cdf(x)
            );
        }
    }

    #[test]
    fn keys_sort_larger_values_first() {
        let mut values = [3.5f32, -2.0, 0.0, 100.0, -0.5, 1e-6];
        let mut keys: Vec<(u32, f32)> = values.iter().map(|&v| (descending_key(v), v)).collect();
        keys.sort_unstable_by_key(|k| k.0);
        values.sort_by(|a, b| b.total_cmp(a));
        assert_eq!(keys.iter().map(|k| k.1).collect::<Vec<_>>(), values);
    }

    #[test]
    fn the_radix_sort_orders_by_key_as_a_comparison_sort_does() {
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        let mut items: Vec<u64> = (0..5_000u64)
            .map(|i| (u64::from(descending_key(rng.random_range(-50.0..50.0f32))) << 32) | i)
            .collect();
        let mut expected = items.clone();
        expected.sort_unstable();
        let mut scratch = vec![0; items.len()];
        sort_by_key_bits(&mut items, &mut scratch);
        assert_eq!(items, expected);
    }

    #[test]
    fn quantiles_leave_two_and_a_half_percent_each_side() {
        assert_eq!(quantile_positions(1000), (25, 974));
        assert_eq!(quantile_positions(200), (5, 194));
        assert_eq!(draws_for(6), 1000);
        assert_eq!(draws_for(10_000), 400);
        assert_eq!(draws_for(100_000), 200);
    }
}
