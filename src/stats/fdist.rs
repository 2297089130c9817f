//! The upper tail of Fisher's F distribution, for the one-way ANOVA that
//! decides whether groups differ at all before anyone is flagged.
//!
//! Written out rather than taken from a crate: it is one function (the
//! regularized incomplete beta by its continued fraction, Numerical Recipes
//! §6.4, with a Lanczos log-gamma), and the statistics crates that carry it
//! bring a linear-algebra stack along. The tests pin it to printed tables.

/// P(F > f) for F with `d1` and `d2` degrees of freedom.
pub fn upper_tail(f: f64, d1: f64, d2: f64) -> f64 {
    if f.is_nan() || d1 <= 0.0 || d2 <= 0.0 {
        return f64::NAN;
    }
    if f <= 0.0 {
        return 1.0;
    }
    if f.is_infinite() {
        return 0.0;
    }
    regularized_beta(d2 / (d2 + d1 * f), d2 / 2.0, d1 / 2.0)
}

/// I_x(a, b), the regularized incomplete beta function.
fn regularized_beta(x: f64, a: f64, b: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    if x >= 1.0 {
        return 1.0;
    }
    let front =
        (ln_gamma(a + b) - ln_gamma(a) - ln_gamma(b) + a * x.ln() + b * (1.0 - x).ln()).exp();
    // The continued fraction converges fast on this side; the other side by symmetry.
    if x < (a + 1.0) / (a + b + 2.0) {
        front * continued_fraction(x, a, b) / a
    } else {
        1.0 - front * continued_fraction(1.0 - x, b, a) / b
    }
}

/// The continued fraction for I_x(a, b), by the modified Lentz method.
fn continued_fraction(x: f64, a: f64, b: f64) -> f64 {
    const TINY: f64 = 1e-300;
    const EPS: f64 = 1e-14;
    let (qab, qap, qam) = (a + b, a + 1.0, a - 1.0);
    let mut c = 1.0;
    let mut d = 1.0 - qab * x / qap;
    if d.abs() < TINY {
        d = TINY;
    }
    d = 1.0 / d;
    let mut h = d;
    for m in 1..=300 {
        let m = m as f64;
        let m2 = 2.0 * m;
        let aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + aa * d;
        d = if d.abs() < TINY { TINY } else { d };
        c = 1.0 + aa / c;
        c = if c.abs() < TINY { TINY } else { c };
        d = 1.0 / d;
        h *= d * c;
        let aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + aa * d;
        d = if d.abs() < TINY { TINY } else { d };
        c = 1.0 + aa / c;
        c = if c.abs() < TINY { TINY } else { c };
        d = 1.0 / d;
        let step = d * c;
        h *= step;
        if (step - 1.0).abs() < EPS {
            break;
        }
    }
    h
}

/// ln Γ(x) for x > 0 (Lanczos, g = 7, nine terms; about 15 digits).
fn ln_gamma(x: f64) -> f64 {
    const G: f64 = 7.0;
    const C: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    if x < 0.5 {
        // Reflection: Γ(x)Γ(1−x) = π / sin(πx).
        let pi = std::f64::consts::PI;
        return (pi / (pi * x).sin()).ln() - ln_gamma(1.0 - x);
    }
    let x = x - 1.0;
    let mut sum = C[0];
    for (i, c) in C.iter().enumerate().skip(1) {
        sum += c / (x + i as f64);
    }
    let t = x + G + 0.5;
    0.5 * (2.0 * std::f64::consts::PI).ln() + (x + 0.5) * t.ln() - t + sum.ln()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tolerance: f64) -> bool {
        (a - b).abs() <= tolerance
    }

    #[test]
    fn log_gamma_matches_factorials() {
        assert!(close(ln_gamma(1.0), 0.0, 1e-12));
        assert!(close(ln_gamma(5.0), 24f64.ln(), 1e-12));
        assert!(close(
            ln_gamma(0.5),
            std::f64::consts::PI.sqrt().ln(),
            1e-12
        ));
    }

    #[test]
    fn the_f_tail_matches_printed_critical_values() {
        // With two numerator degrees of freedom the tail is (1 + 2f/d2)^(−d2/2) exactly.
        assert!(close(
            upper_tail(3.0, 2.0, 10.0),
            (1.0f64 + 0.6).powf(-5.0),
            1e-10
        ));
        // Printed 5% and 1% critical values.
        assert!(close(upper_tail(4.965, 1.0, 10.0), 0.05, 2e-4));
        assert!(close(upper_tail(2.534, 5.0, 30.0), 0.05, 2e-4));
        assert!(close(upper_tail(3.699, 5.0, 30.0), 0.01, 1e-4));
        assert!(close(upper_tail(1.984, 24.0, 24.0), 0.05, 3e-4));
        assert!(close(upper_tail(2.659, 24.0, 24.0), 0.01, 1e-4));
        assert_eq!(upper_tail(0.0, 5.0, 30.0), 1.0);
        assert_eq!(upper_tail(f64::INFINITY, 5.0, 30.0), 0.0);
    }
}
