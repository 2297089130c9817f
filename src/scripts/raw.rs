//! The script file exactly as TOML gives it, every value with its position,
//! so the checks in `parse.rs` can point at the line HR has to fix. Nothing
//! here is trusted; the types in `mod.rs` are what the rest of the service sees.
//!
//! Unknown keys are refused so that a typo (`na_alowed = true`) is reported
//! instead of silently meaning "false". `plain_words` in `parse.rs` turns the
//! struct names serde puts in its messages into words HR staff know.

use serde::Deserialize;
use toml::Spanned;

pub(super) type Field<T> = Option<Spanned<T>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawScript {
    pub id: Field<String>,
    pub title: Field<String>,
    pub language: Field<String>,
    pub kind: Field<String>,
    pub description: Field<String>,
    pub disclosure: Field<String>,
    pub stages: Field<Vec<Spanned<RawStage>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawStage {
    pub key: Field<String>,
    pub title: Field<String>,
    pub steps: Field<Vec<Spanned<RawStep>>>,
    pub items: Field<Vec<Spanned<RawItem>>>,
}

/// One of the four keys is meant to be set; `parse.rs` says so when not.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawStep {
    pub say: Field<String>,
    pub pause: Field<i64>,
    pub listen: Field<i64>,
    pub hangup: Field<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawItem {
    pub key: Field<String>,
    pub label: Field<String>,
    pub scale: Field<String>,
    pub levels: Field<Vec<Spanned<String>>>,
    pub weight: Field<f64>,
    pub na_allowed: Field<bool>,
    pub critical: Field<bool>,
    pub auto: Field<RawAuto>,
    pub training_topic: Field<String>,
    pub guidance: Field<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAuto {
    pub rings_within: Field<i64>,
    pub connection: Field<String>,
}
