//! `civicall serve --demo`: its own database and folders under `data/demo/`,
//! the sandbox carrier at a fast time scale, and lines that behave in every
//! way a real office's lines do, so there is something to look at at once.

use std::path::PathBuf;
use std::time::Duration;

use crate::app::AppState;
use crate::config::Config;
use crate::telephony::sandbox::profile::{Dist, LineOutcome, LineProfile, LineRule};

/// Demo lines: a number and how it behaves.
pub fn lines() -> Vec<LineRule> {
    let rule = |prefix: &str, profile: LineProfile| LineRule {
        prefix: prefix.into(),
        profile,
    };
    vec![
        rule("+82312000101", LineProfile::answers_after(4.0)),
        rule(
            "+82312000102",
            LineProfile {
                answer_delay: Dist::Uniform([8.0, 16.0]),
                ..LineProfile::answers_after(0.0)
            },
        ),
        rule("+82312000103", LineProfile::always(LineOutcome::Busy)),
        rule("+82312000104", LineProfile::always(LineOutcome::NoAnswer)),
        rule("+82312000105", LineProfile::always(LineOutcome::Voicemail)),
        rule("+82312000106", LineProfile::default()),
    ]
}

pub fn configure(config: &mut Config) {
    let defaults = Config::default();
    let demo_dir = PathBuf::from("data/demo");
    if config.database.url == defaults.database.url {
        config.database.url = "sqlite://data/demo/civicall.db".into();
    }
    if config.recordings.dir == defaults.recordings.dir {
        config.recordings.dir = demo_dir.join("recordings");
    }
    if config.sandbox.storage_dir == defaults.sandbox.storage_dir {
        config.sandbox.storage_dir = demo_dir.join("sandbox");
    }
    if config.sandbox.time_scale == defaults.sandbox.time_scale {
        config.sandbox.time_scale = 20.0;
    }
    if config.sandbox.lines.is_empty() {
        config.sandbox.lines = lines();
    }
}

/// Places a round of line checks to the demo lines now and every minute.
pub fn start(state: AppState) {
    tokio::spawn(async move {
        loop {
            for rule in lines() {
                if let Err(err) = state
                    .dialer
                    .place_now("line-check", "line-check", &rule.prefix)
                    .await
                {
                    tracing::warn!(%err, "demo call not placed");
                }
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
            tokio::time::sleep(Duration::from_secs(60)).await;
        }
    });
}
