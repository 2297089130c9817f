//! How much two graders agree when the same call is graded twice, measured
//! the way reliability studies report it, so an office can say its scores
//! are trustworthy in figures a researcher will accept. Pure arithmetic: the
//! caller gathers the double-graded scores and this module only computes.
//!
//! Written from the definitions: Krippendorff (2011), "Computing
//! Krippendorff's Alpha-Reliability"; Cohen (1968) weighted kappa with the
//! quadratic weights of Fleiss & Cohen (1973); Shrout & Fleiss (1979) ICC(2,1).

use serde::Serialize;

/// A figure with the number of double-graded calls (units) behind it, since
/// an alpha from five calls means much less than the same alpha from five
/// hundred.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Agreement {
    /// `None` when the figure is undefined for the data (see each function).
    pub value: Option<f64>,
    pub n: usize,
}

/// Krippendorff's alpha for ordinal data. `units` = one Vec per rated unit
/// (e.g. one call's item), holding the values the graders gave (missing
/// ratings simply absent; units with fewer than 2 values are ignored).
/// `categories` = the ordered possible values (e.g. [1,2,3,4,5]). None when
/// there is no pairable data or no variation (expected disagreement 0).
///
/// A value that is not among `categories` is not a rating on this scale and
/// is left out like a missing one.
pub fn krippendorff_alpha_ordinal(units: &[Vec<i64>], categories: &[i64]) -> Option<f64> {
    let rank = |v: &i64| categories.iter().position(|c| c == v);
    // The coincidence matrix: within a unit of m values, each ordered pair of
    // different raters' values (c, k) counts 1/(m − 1), so every pairable
    // value contributes exactly 1 in total, whatever the number of graders.
    let size = categories.len();
    let mut coincidences = vec![vec![0.0_f64; size]; size];
    for unit in units {
        let ranks: Vec<usize> = unit.iter().filter_map(rank).collect();
        if ranks.len() < 2 {
            continue;
        }
        let share = 1.0 / (ranks.len() - 1) as f64;
        for (i, &c) in ranks.iter().enumerate() {
            for (j, &k) in ranks.iter().enumerate() {
                if i != j {
                    coincidences[c][k] += share;
                }
            }
        }
    }
    let totals: Vec<f64> = coincidences.iter().map(|row| row.iter().sum()).collect();
    let n: f64 = totals.iter().sum();
    if n == 0.0 {
        return None;
    }
    // Ordinal distance: how many pairable values lie between c and k, counting
    // each end by half. Categories nobody used add nothing, so only the order
    // of the levels matters, never their numeric spacing.
    let distance = |c: usize, k: usize| {
        let (low, high) = (c.min(k), c.max(k));
        let between: f64 = totals[low..=high].iter().sum();
        (between - (totals[c] + totals[k]) / 2.0).powi(2)
    };
    let mut observed = 0.0;
    let mut expected = 0.0;
    for c in 0..size {
        for k in 0..size {
            let d = distance(c, k);
            observed += coincidences[c][k] * d;
            expected += totals[c] * totals[k] * d;
        }
    }
    // α = 1 − D_o / D_e with D_o = Σ o_ck δ²/n and D_e = Σ n_c n_k δ²/(n(n − 1)).
    if expected == 0.0 {
        return None;
    }
    Some(1.0 - (n - 1.0) * observed / expected)
}

/// Krippendorff's alpha for interval data (squared difference metric), for
/// totals. Same conventions as the ordinal alpha; a value that is not a
/// finite number counts as missing.
pub fn krippendorff_alpha_interval(units: &[Vec<f64>]) -> Option<f64> {
    let units: Vec<Vec<f64>> = units
        .iter()
        .map(|unit| unit.iter().copied().filter(|v| v.is_finite()).collect())
        .filter(|unit: &Vec<f64>| unit.len() >= 2)
        .collect();
    let values: Vec<f64> = units.iter().flatten().copied().collect();
    let n = values.len() as f64;
    let (low, high) = values
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &v| {
            (lo.min(v), hi.max(v))
        });
    // Checked on the values themselves: a sum of squares of identical values
    // can come out a hair above zero and turn "undefined" into nonsense.
    if values.is_empty() || low == high {
        return None;
    }
    // With δ² = (c − k)² the coincidence matrix is not needed:
    //   n·D_o = Σ_u Σ_{i≠j in u} (v_i − v_j)² / (m_u − 1)
    //   n(n − 1)·D_e = Σ_{i≠j over all values} (v_i − v_j)² = 2n·Σ (v − mean)²
    // which keeps memory flat however many distinct totals there are.
    let observed: f64 = units
        .iter()
        .map(|unit| {
            let mut pairs = 0.0;
            for (i, a) in unit.iter().enumerate() {
                for b in &unit[i + 1..] {
                    pairs += (a - b).powi(2);
                }
            }
            2.0 * pairs / (unit.len() - 1) as f64
        })
        .sum();
    let mean = values.iter().sum::<f64>() / n;
    let spread: f64 = values.iter().map(|v| (v - mean).powi(2)).sum();
    let expected = 2.0 * n * spread;
    Some(1.0 - (n - 1.0) * observed / expected)
}

/// Cohen's kappa with quadratic weights for two raters on an ordinal scale;
/// pairs = (rater A value, rater B value). None if undefined: no pairs, or
/// both raters always gave the same single level (no disagreement to expect).
///
/// Levels are weighted by their position in `categories`, i.e. taken as
/// equally spaced, as Cohen's quadratic weights assume; a pair with a value
/// not among `categories` is left out.
pub fn weighted_kappa_quadratic(pairs: &[(i64, i64)], categories: &[i64]) -> Option<f64> {
    let rank = |v: i64| categories.iter().position(|&c| c == v);
    let ranked: Vec<(usize, usize)> = pairs
        .iter()
        .filter_map(|&(a, b)| Some((rank(a)?, rank(b)?)))
        .collect();
    if ranked.is_empty() {
        return None;
    }
    let squared = |i: usize, j: usize| (i as f64 - j as f64).powi(2);
    let mut rater_a = vec![0.0_f64; categories.len()];
    let mut rater_b = vec![0.0_f64; categories.len()];
    let mut observed = 0.0;
    for &(a, b) in &ranked {
        rater_a[a] += 1.0;
        rater_b[b] += 1.0;
        observed += squared(a, b);
    }
    // Expected: the disagreement if the two raters' choices were independent,
    // each keeping its own distribution over the levels.
    let mut expected = 0.0;
    for (i, a) in rater_a.iter().enumerate() {
        for (j, b) in rater_b.iter().enumerate() {
            expected += a * b * squared(i, j);
        }
    }
    expected /= ranked.len() as f64;
    if expected == 0.0 {
        return None;
    }
    Some(1.0 - observed / expected)
}

/// Intraclass correlation for two raters' totals: ICC(2,1) (two-way random
/// effects, absolute agreement, single rater), Shrout & Fleiss. rows =
/// (rater A total, rater B total) per call. None for fewer than 2 rows or
/// zero variance, or a total that is not a finite number.
///
/// Absolute agreement on purpose: a grader who is always ten points more
/// generous than the other is not interchangeable with them, and the staff
/// member's band depends on who graded.
pub fn icc_2_1(rows: &[(f64, f64)]) -> Option<f64> {
    let rows: Vec<[f64; 2]> = rows.iter().map(|&(a, b)| [a, b]).collect();
    icc_2_1_raters(&rows)
}

/// ICC(2,1) for any number of raters K, each row one call rated by all K.
fn icc_2_1_raters<const K: usize>(rows: &[[f64; K]]) -> Option<f64> {
    let n = rows.len();
    if n < 2 || K < 2 || rows.iter().flatten().any(|v| !v.is_finite()) {
        return None;
    }
    let (nf, kf) = (n as f64, K as f64);
    let grand = rows.iter().flatten().sum::<f64>() / (nf * kf);
    let total: f64 = rows.iter().flatten().map(|v| (v - grand).powi(2)).sum();
    if total == 0.0 {
        return None;
    }
    // Two-way ANOVA: between calls (rows), between raters (columns), residual.
    let between_calls: f64 = rows
        .iter()
        .map(|row| (row.iter().sum::<f64>() / kf - grand).powi(2))
        .sum::<f64>()
        * kf;
    let between_raters: f64 = (0..K)
        .map(|j| (rows.iter().map(|row| row[j]).sum::<f64>() / nf - grand).powi(2))
        .sum::<f64>()
        * nf;
    let residual = total - between_calls - between_raters;
    let msr = between_calls / (nf - 1.0);
    let msc = between_raters / (kf - 1.0);
    let mse = residual / ((nf - 1.0) * (kf - 1.0));
    let denominator = msr + (kf - 1.0) * mse + kf * (msc - mse) / nf;
    // Zero when neither calls nor raters differ systematically and n·(K − 1)
    // = K (e.g. two calls, two raters, crossed scores); anything this small
    // is that zero after rounding.
    if denominator.abs() <= 1e-12 * (msr + msc + mse.abs()) {
        return None;
    }
    Some((msr - mse) / denominator)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(actual: Option<f64>, expected: f64) {
        let actual = actual.expect("a defined figure");
        assert!(
            (actual - expected).abs() < 1e-9,
            "got {actual}, expected {expected}"
        );
    }

    /// Krippendorff (2011), section C: 4 observers × 12 units, with missing
    /// values ("." in the paper). Published: ordinal α = 0.815, interval
    /// α = 0.849; the exact fractions below were recomputed from the
    /// definitions in exact rational arithmetic.
    fn reliability_data() -> Vec<Vec<i64>> {
        let observers = [
            "1 2 3 3 2 1 4 1 2 . . .",
            "1 2 3 3 2 2 4 1 2 5 . 3",
            ". 3 3 3 2 3 4 2 2 5 1 .",
            "1 2 3 3 2 4 4 1 2 5 1 .",
        ]
        .map(|row| {
            row.split(' ')
                .map(|v| v.parse().ok())
                .collect::<Vec<Option<i64>>>()
        });
        (0..12)
            .map(|unit| observers.iter().filter_map(|o| o[unit]).collect())
            .collect()
    }

    #[test]
    fn alpha_matches_krippendorffs_published_example() {
        let units = reliability_data();
        // Unit 12 has a single value and drops out: n = 40 pairable values.
        close(
            krippendorff_alpha_ordinal(&units, &[1, 2, 3, 4, 5]),
            108577.0 / 133160.0, // 0.81539
        );
        let totals: Vec<Vec<f64>> = units
            .iter()
            .map(|u| u.iter().map(|&v| v as f64).collect())
            .collect();
        close(krippendorff_alpha_interval(&totals), 951.0 / 1120.0); // 0.84911
    }

    #[test]
    fn perfect_agreement_scores_one_on_every_measure() {
        let units = vec![vec![1, 1], vec![3, 3, 3], vec![5, 5], vec![2, 2]];
        close(krippendorff_alpha_ordinal(&units, &[1, 2, 3, 4, 5]), 1.0);
        let totals = vec![vec![62.5, 62.5], vec![80.0, 80.0, 80.0], vec![95.0, 95.0]];
        close(krippendorff_alpha_interval(&totals), 1.0);
        let pairs = [(1, 1), (2, 2), (3, 3), (3, 3)];
        close(weighted_kappa_quadratic(&pairs, &[1, 2, 3]), 1.0);
        close(icc_2_1(&[(62.5, 62.5), (80.0, 80.0), (95.0, 95.0)]), 1.0);
    }

    /// Six calls on a 3-point item, graders A and B; disagreement weight (i − j)².
    ///   pairs: (1,1) (2,2) (3,3) (3,3) (2,3) (1,2)
    ///   observed Σ(i − j)² = 1 + 1 = 2
    ///   A gave 1,2,3 twice each; B gave 1 once, 2 twice, 3 three times.
    ///   expected = Σ_ij a_i b_j (i − j)² / 6
    ///            = [2·(1·0 + 2·1 + 3·4) + 2·(1·1 + 2·0 + 3·1) + 2·(1·4 + 2·1 + 3·0)] / 6
    ///            = (28 + 8 + 12) / 6 = 8
    ///   κ = 1 − 2/8 = 0.75
    #[test]
    fn quadratic_kappa_on_a_hand_computed_example() {
        let pairs = [(1, 1), (2, 2), (3, 3), (3, 3), (2, 3), (1, 2)];
        close(weighted_kappa_quadratic(&pairs, &[1, 2, 3]), 0.75);
        // A value off the scale is left out, not counted as a disagreement.
        let with_typo = [pairs.as_slice(), &[(2, 7)]].concat();
        close(weighted_kappa_quadratic(&with_typo, &[1, 2, 3]), 0.75);
    }

    /// Totals of three calls, graders A and B: (60,70) (80,80) (90,100).
    ///   grand mean 80; call means 65, 80, 95; grader means 76⅔, 83⅓
    ///   SS_total = 400+100+0+0+100+400 = 1000
    ///   SS_calls = 2·(15² + 0 + 15²) = 900        → MSR = 900/2 = 450
    ///   SS_graders = 3·(2·(10/3)²) = 66⅔          → MSC = 66⅔
    ///   SS_error = 1000 − 900 − 66⅔ = 33⅓          → MSE = 33⅓/2 = 16⅔
    ///   ICC = (450 − 16⅔) / (450 + 16⅔ + 2·(66⅔ − 16⅔)/3) = 433⅓ / 500 = 13/15
    #[test]
    fn icc_on_a_hand_computed_example() {
        close(
            icc_2_1(&[(60.0, 70.0), (80.0, 80.0), (90.0, 100.0)]),
            13.0 / 15.0,
        );
    }

    /// B is always 10 points more generous: (60,70) (70,80) (80,90).
    ///   MSR = 2·(10² + 0 + 10²)/2 = 200, MSC = 3·(5² + 5²) = 150, MSE = 0
    ///   ICC = 200 / (200 + 0 + 2·150/3) = 2/3, although the two correlate perfectly.
    #[test]
    fn icc_counts_a_grader_who_is_always_more_generous_against_agreement() {
        close(
            icc_2_1(&[(60.0, 70.0), (70.0, 80.0), (80.0, 90.0)]),
            2.0 / 3.0,
        );
    }

    /// Shrout & Fleiss (1979), worked example: six targets, four judges; published
    /// ICC(2,1) = .29 (exactly 184/635 from their mean squares
    /// BMS 11.24, JMS 32.49, EMS 1.02).
    #[test]
    fn icc_matches_shrout_and_fleiss_published_example() {
        let table = [
            [9.0, 2.0, 5.0, 8.0],
            [6.0, 1.0, 3.0, 2.0],
            [8.0, 4.0, 6.0, 8.0],
            [7.0, 1.0, 2.0, 6.0],
            [10.0, 5.0, 6.0, 9.0],
            [6.0, 2.0, 4.0, 7.0],
        ];
        close(icc_2_1_raters(&table), 184.0 / 635.0);
    }

    #[test]
    fn figures_are_undefined_without_pairable_data_or_variation() {
        let scale = [1, 2, 3, 4, 5];
        // Each call graded once only: nothing to compare.
        assert_eq!(
            krippendorff_alpha_ordinal(&[vec![3], vec![4], vec![]], &scale),
            None
        );
        assert_eq!(
            krippendorff_alpha_interval(&[vec![80.0], vec![f64::NAN, 70.0]]),
            None
        );
        // Everyone always said 5: agreement cannot be told from chance.
        assert_eq!(
            krippendorff_alpha_ordinal(&[vec![5, 5], vec![5, 5]], &scale),
            None
        );
        assert_eq!(
            krippendorff_alpha_interval(&[vec![0.1, 0.1, 0.1], vec![0.1, 0.1]]),
            None
        );
        assert_eq!(weighted_kappa_quadratic(&[], &scale), None);
        assert_eq!(weighted_kappa_quadratic(&[(4, 4), (4, 4)], &scale), None);
        assert_eq!(icc_2_1(&[(80.0, 85.0)]), None, "one call");
        assert_eq!(icc_2_1(&[(80.0, 80.0), (80.0, 80.0)]), None, "no variance");
        assert_eq!(icc_2_1(&[(80.0, f64::NAN), (70.0, 75.0)]), None);
        // MSR = MSC = 0 with two calls and two graders: 0/0.
        assert_eq!(icc_2_1(&[(1.0, 2.0), (2.0, 1.0)]), None);
    }

    #[test]
    fn missing_ratings_and_singly_graded_calls_do_not_move_alpha() {
        let units = reliability_data();
        let ordinal = krippendorff_alpha_ordinal(&units, &[1, 2, 3, 4, 5]);
        let mut more = units.clone();
        more.push(vec![1]);
        more.push(vec![]);
        more[0].push(9); // not on the scale
        assert_eq!(krippendorff_alpha_ordinal(&more, &[1, 2, 3, 4, 5]), ordinal);
    }

    #[test]
    fn ordinal_alpha_uses_only_the_order_of_levels() {
        let units = reliability_data();
        let stretched: Vec<Vec<i64>> = units
            .iter()
            .map(|u| u.iter().map(|&v| if v == 5 { 50 } else { v }).collect())
            .collect();
        assert_eq!(
            krippendorff_alpha_ordinal(&stretched, &[1, 2, 3, 4, 50]),
            krippendorff_alpha_ordinal(&units, &[1, 2, 3, 4, 5]),
        );
        let as_totals = |units: &[Vec<i64>]| -> Vec<Vec<f64>> {
            units
                .iter()
                .map(|u| u.iter().map(|&v| v as f64).collect())
                .collect()
        };
        assert_ne!(
            krippendorff_alpha_interval(&as_totals(&stretched)),
            krippendorff_alpha_interval(&as_totals(&units)),
            "the interval metric does care how far apart the values are"
        );
    }

    #[test]
    fn agreement_serializes_with_its_count() {
        let figure = Agreement {
            value: Some(0.8),
            n: 42,
        };
        let json = serde_json::to_value(figure).unwrap();
        assert_eq!(json, serde_json::json!({ "value": 0.8, "n": 42 }));
    }
}
