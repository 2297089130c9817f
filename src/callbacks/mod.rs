//! Customer-care callbacks: service visits, the daily random sample, the
//! operators' queue, outcomes.

pub mod sampling;
