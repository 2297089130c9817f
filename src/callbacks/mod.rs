//! Customer-care callbacks: service visits in, the daily random sample, the
//! operators' desk with bridged recorded calls, retries inside calling
//! hours, and the outcomes leadership reads. Owns `service_visits`,
//! `do_not_call`, `callback_draws`, `callbacks` and `callback_attempts`.

pub mod bridge;
pub mod desk;
pub mod draw;
pub mod hours;
pub mod sampling;
pub mod synthesis;
pub mod visits;
