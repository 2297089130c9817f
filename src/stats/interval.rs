//! 95% intervals: Student's t critical value for a mean, Wilson's score
//! interval for a share, and a distribution-free interval for a median.

use std::collections::BTreeMap;

/// Two-sided 95% critical value of Student's t (its 0.975 quantile) with
/// `df` degrees of freedom. Table values for df 1..=30 (computed from the t
/// distribution, matching printed tables to the 3 decimals they give);
/// beyond 30 the Cornish–Fisher expansion around the normal 1.96
/// (Abramowitz & Stegun 26.7.5), which agrees with the exact value to 4
/// decimals from df 6 on and tends to 1.96 as df grows.
pub fn t_critical_95(df: usize) -> f64 {
    const TABLE: [f64; 30] = [
        12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281, //
        2.2010, 2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860, //
        2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423,
    ];
    if (1..=30).contains(&df) {
        return TABLE[df - 1];
    }
    if df == 0 {
        return f64::INFINITY;
    }
    let z: f64 = 1.959_963_984_540_054;
    let v = df as f64;
    z + (z.powi(3) + z) / (4.0 * v)
        + (5.0 * z.powi(5) + 16.0 * z.powi(3) + 3.0 * z) / (96.0 * v.powi(2))
        + (3.0 * z.powi(7) + 19.0 * z.powi(5) + 17.0 * z.powi(3) - 15.0 * z) / (384.0 * v.powi(3))
}

/// The Wilson score 95% interval for `k` successes in `n` trials.
pub fn wilson(k: i64, n: i64) -> Option<(f64, f64)> {
    if n <= 0 {
        return None;
    }
    let (k, n) = (k as f64, n as f64);
    let z: f64 = 1.959_963_984_540_054;
    let p = k / n;
    let centre = (p + z * z / (2.0 * n)) / (1.0 + z * z / n);
    let half = z / (1.0 + z * z / n) * (p * (1.0 - p) / n + z * z / (4.0 * n * n)).sqrt();
    // At 0 or n successes one end is exactly 0 or 1; rounding must not move it.
    let low = if k == 0.0 {
        0.0
    } else {
        (centre - half).max(0.0)
    };
    let high = if k == n {
        1.0
    } else {
        (centre + half).min(1.0)
    };
    Some((low, high))
}

/// The median of values given as counts per value, and a 95% interval for
/// it from the order statistics: the values ranked j and n + 1 − j, with j
/// the largest rank such that the true median lies between them with
/// probability at least 95% whatever the distribution (the binomial(n, ½)
/// argument, computed exactly). Five values or fewer give the range from
/// the least to the greatest, which covers it with probability
/// 1 − 2^(1−n).
pub fn median_with_interval(counts: &BTreeMap<i64, i64>) -> Option<(f64, (f64, f64))> {
    let n: i64 = counts.values().sum();
    if n <= 0 {
        return None;
    }
    // The value ranked `r` (1-based).
    let ranked = |r: i64| -> f64 {
        let mut seen = 0;
        for (&value, &count) in counts {
            seen += count;
            if seen >= r {
                return value as f64;
            }
        }
        counts.keys().next_back().copied().unwrap_or(0) as f64
    };
    let median = if n % 2 == 1 {
        ranked(n / 2 + 1)
    } else {
        (ranked(n / 2) + ranked(n / 2 + 1)) / 2.0
    };
    let j = order_statistic_rank(n);
    Some((median, (ranked(j), ranked(n + 1 - j))))
}

/// The largest j ≥ 1 with 2·P(X ≤ j − 1) ≤ 0.05 for X ~ binomial(n, ½).
fn order_statistic_rank(n: i64) -> i64 {
    // ln C(n, k) − n ln 2, summed in log space so that large n cannot underflow.
    let ln_half_n = -(n as f64) * std::f64::consts::LN_2;
    let (mut ln_choose, mut tail, mut j) = (0.0f64, 0.0f64, 1);
    for k in 0..n {
        tail += (ln_choose + ln_half_n).exp();
        if 2.0 * tail > 0.05 {
            break;
        }
        j = k + 1;
        ln_choose += ((n - k) as f64).ln() - ((k + 1) as f64).ln();
    }
    j.min((n + 1) / 2).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tolerance: f64) -> bool {
        (a - b).abs() <= tolerance
    }

    #[test]
    fn t_critical_values_move_smoothly_from_the_table_to_the_normal() {
        assert_eq!(t_critical_95(1), 12.7062);
        assert_eq!(t_critical_95(30), 2.0423);
        assert!(close(t_critical_95(31), 2.0395, 1e-4));
        assert!(close(t_critical_95(60), 2.0003, 1e-4));
        assert!(close(t_critical_95(100_000), 1.96, 1e-3));
    }

    #[test]
    fn the_wilson_interval_matches_the_textbook_values() {
        // 15 of 20: 0.531–0.888 (Newcombe 1998, method 3).
        let (low, high) = wilson(15, 20).unwrap();
        assert!(
            close(low, 0.5313, 5e-4) && close(high, 0.8881, 5e-4),
            "{low} {high}"
        );
        // All answered still leaves room below: 10 of 10 gives 0.722–1.
        let (low, high) = wilson(10, 10).unwrap();
        assert!(close(low, 0.7225, 5e-4) && high == 1.0, "{low} {high}");
        assert_eq!(wilson(0, 0), None);
    }

    #[test]
    fn the_median_of_rings_comes_with_an_order_statistic_interval() {
        // 1,1,2,2,2,3,3,4,6,7 (n = 10): median 2.5; ranks 2 and 9 (2·P(X ≤ 1)
        // = 0.021 for X ~ binomial(10, ½); rank 3 would give 0.109) → 1 and 6.
        let counts = BTreeMap::from([(1, 2), (2, 3), (3, 2), (4, 1), (6, 1), (7, 1)]);
        let (median, ci) = median_with_interval(&counts).unwrap();
        assert_eq!(median, 2.5);
        assert_eq!(ci, (1.0, 6.0));
        // Many calls narrow it to the middle.
        let counts = BTreeMap::from([(1, 300), (2, 400), (3, 250), (5, 50)]);
        let (median, ci) = median_with_interval(&counts).unwrap();
        assert_eq!((median, ci), (2.0, (2.0, 2.0)));
        assert_eq!(median_with_interval(&BTreeMap::new()), None);
        // The ranks of the textbook table: n = 6 → 1 (coverage 96.9%),
        // n = 20 → 6, n = 100 → 40.
        assert_eq!(order_statistic_rank(5), 1);
        assert_eq!(order_statistic_rank(6), 1);
        assert_eq!(order_statistic_rank(20), 6);
        assert_eq!(order_statistic_rank(100), 40);
    }
}
