//! HR results: scorecards, rankings, star staff, training needs, exports.

pub mod stats;
