//! The flag rule and the rank intervals tried on constructed months, where
//! the truth is known: departments that do not differ are not flagged,
//! one that is truly worse is, and rank intervals cover the true rank as
//! often as they claim. Each test prints its figures
//! (`cargo test --lib simulations -- --nocapture`).

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use rand_distr::{Distribution, Normal};

use super::stats::{self, Assessment, Moments};

const MONTHS: usize = 100;
/// Evaluation-call totals vary about this much around a department's mean.
const CALL_SD: f64 = 18.0;
/// The configured default for flagging.
const LEVEL: f64 = 0.9;

/// A month of one department: `n` call totals around `mean`, on 0..100.
fn department(rng: &mut ChaCha8Rng, key: usize, mean: f64, n: usize, sd: f64) -> Moments {
    let noise = Normal::new(0.0, sd).unwrap();
    let values: Vec<f64> = (0..n)
        .map(|_| (mean + noise.sample(rng)).clamp(0.0, 100.0))
        .collect();
    Moments {
        key: key.to_string(),
        n,
        weight: n as f64,
        sum: values.iter().sum(),
        sum_sq: values.iter().map(|v| v * v).sum(),
    }
}

fn flagged(a: &Assessment) -> Vec<usize> {
    let fit = a.fit.as_ref().unwrap();
    a.ranked
        .iter()
        .filter(|r| stats::flagged(fit, r, LEVEL))
        .map(|r| r.key.parse().unwrap())
        .collect()
}

#[test]
fn six_departments_that_do_not_differ_are_flagged_in_at_most_five_months_of_a_hundred() {
    let mut rng = ChaCha8Rng::seed_from_u64(2026);
    let mut months_with_flags = 0;
    let mut months_with_differences = 0;
    for _ in 0..MONTHS {
        let month: Vec<Moments> = (0..6)
            .map(|k| department(&mut rng, k, 75.0, 30, CALL_SD))
            .collect();
        let a = stats::assess(&month, None);
        months_with_differences += usize::from(a.fit.as_ref().unwrap().differences);
        months_with_flags += usize::from(!flagged(&a).is_empty());
    }
    println!(
        "no true differences, 6 departments × 30 calls, sd {CALL_SD}: \
         {} of {MONTHS} months flag nobody ({months_with_differences} show differences, \
         {months_with_flags} flag someone)",
        MONTHS - months_with_flags
    );
    assert!(
        MONTHS - months_with_flags >= 95,
        "{months_with_flags} months flagged someone"
    );
}

/// Months in which the department truly 15 points below the rest (30
/// calls each, calls varying by `sd`) is flagged, and flags on the others.
fn power(sd: f64) -> (usize, usize) {
    let mut rng = ChaCha8Rng::seed_from_u64(13);
    let (mut caught, mut others_flagged) = (0, 0);
    for _ in 0..MONTHS {
        let month: Vec<Moments> = (0..6)
            .map(|k| department(&mut rng, k, if k == 5 { 60.0 } else { 75.0 }, 30, sd))
            .collect();
        let flags = flagged(&stats::assess(&month, None));
        caught += usize::from(flags.contains(&5));
        others_flagged += flags.iter().filter(|&&k| k != 5).count();
    }
    println!(
        "one department 15 points below, 30 calls each, sd {sd}: flagged in {caught} of \
         {MONTHS} months; the five others flagged {others_flagged} times in all"
    );
    (caught, others_flagged)
}

#[test]
fn a_department_fifteen_points_below_the_rest_is_flagged_in_at_least_eighty_months_of_a_hundred() {
    let (caught, others) = power(CALL_SD);
    assert!(caught >= 80, "flagged in only {caught} months");
    assert!(others <= 5, "{others} false flags");
    // For the record: calmer and noisier lines.
    let (calm, _) = power(15.0);
    let (noisy, _) = power(20.0);
    assert!(calm >= caught && noisy <= caught, "more noise, less power");
}

/// Over `MONTHS` months of `groups` groups whose true means are drawn from
/// Normal(75, `spread`²), with `calls(k)` calls for group k: how often the
/// rank interval holds the true rank, and its mean width in ranks.
fn coverage(seed: u64, groups: usize, spread: f64, calls: impl Fn(usize) -> usize) -> (f64, f64) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let truths = Normal::new(75.0, spread).unwrap();
    let (mut covered, mut total, mut width) = (0, 0, 0);
    for _ in 0..MONTHS {
        let truth: Vec<f64> = (0..groups).map(|_| truths.sample(&mut rng)).collect();
        let month: Vec<Moments> = truth
            .iter()
            .enumerate()
            .map(|(k, &mean)| department(&mut rng, k, mean, calls(k), CALL_SD))
            .collect();
        for r in stats::assess(&month, None).ranked {
            let k: usize = r.key.parse().unwrap();
            let true_rank = 1 + truth.iter().filter(|&&t| t > truth[k]).count();
            let (lo, hi) = r.rank_interval;
            covered += usize::from(lo <= true_rank && true_rank <= hi);
            width += hi - lo + 1;
            total += 1;
        }
    }
    let rate = covered as f64 / total as f64;
    let width = width as f64 / total as f64;
    println!(
        "rank intervals, {MONTHS} months of {groups} groups (true means ~ N(75, {spread}²), \
         sd {CALL_SD}): cover the true rank {covered} of {total} times ({:.1}%), mean width \
         {width:.2} of {groups} ranks",
        100.0 * rate
    );
    (rate, width)
}

#[test]
fn rank_intervals_cover_the_true_rank_about_as_often_as_they_claim() {
    // Six departments of 10 to 40 calls: with six ranks only, a 95% interval
    // of whole ranks covers more than 95% (the last rank it takes in carries
    // more than the missing 2.5%).
    let (rate, width) = coverage(7, 6, 6.0, |k| 10 + 6 * k);
    assert!(rate >= 0.90, "coverage {rate}");
    assert!(width < 5.5, "and they say something: {width}");
    // Forty staff of 5 to 24 calls: finer ranks, closer to the nominal 95%.
    let (rate, width) = coverage(8, 40, 8.0, |k| 5 + k % 20);
    assert!(rate >= 0.90, "coverage {rate}");
    assert!(width < 36.0, "{width}");
}

#[test]
fn the_worse_departments_rank_interval_holds_its_true_rank() {
    let mut rng = ChaCha8Rng::seed_from_u64(99);
    let mut covered = 0;
    for _ in 0..MONTHS {
        let month: Vec<Moments> = (0..6)
            .map(|k| department(&mut rng, k, if k == 5 { 60.0 } else { 75.0 }, 30, CALL_SD))
            .collect();
        let a = stats::assess(&month, None);
        let low = a.ranked.iter().find(|r| r.key == "5").unwrap();
        covered += usize::from(low.rank_interval.1 == 6);
    }
    println!(
        "the department 15 points below: its rank interval reaches 6th of 6 in {covered} of {MONTHS} months"
    );
    assert!(covered >= 90, "{covered}");
}
