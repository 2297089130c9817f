//! Generic numeric helpers: averages, confidence intervals, the F
//! distribution's tail and inter-rater agreement coefficients. Plain
//! arithmetic on numbers, knowing nothing of calls, scores or the database,
//! so any module may use them; the models built on them (the rankings'
//! shrinkage and its posterior) stay with the reports.

pub mod agreement;
mod average;
pub mod fdist;
mod interval;

pub use average::{mean, median};
pub use interval::{median_with_interval, t_critical_95, wilson};
