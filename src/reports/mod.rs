//! HR results: scorecards, rankings, star staff, training needs, disputes,
//! charts and exports.

pub mod charts;
pub mod disputes;
pub mod export;
pub mod posterior;
pub mod ranking;
pub mod reach;
pub mod results;
pub mod rubrics;
pub mod scorecard;
#[cfg(test)]
mod simulations;
pub mod stars;
pub mod stats;
pub mod tables;
pub mod training;
