//! civicall: telephone friendliness evaluation and customer-care callbacks for
//! public-service offices. The library holds the whole service; `main.rs` is
//! a thin command line over it.

#![forbid(unsafe_code)]

pub mod app;
pub mod auth;
pub mod callbacks;
pub mod calls;
pub mod campaigns;
pub mod clock;
pub mod config;
pub mod db;
pub mod demo;
pub mod error;
pub mod grading;
pub mod hash;
pub mod i18n;
pub mod metrics;
pub mod overview;
pub mod privacy;
pub mod recordings;
pub mod reports;
pub mod roster;
pub mod scripts;
pub mod stats;
pub mod telephony;
pub mod text;
pub mod web;
pub mod worker;

pub use app::{AppState, Application};
pub use config::Config;
