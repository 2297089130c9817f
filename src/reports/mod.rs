//! HR results: scorecards, rankings, star staff, training needs, exports.

pub mod export;
pub mod stats;
