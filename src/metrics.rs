//! Prometheus metrics served at `/metrics`.

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::registry::Registry;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct WebhookLabels {
    pub endpoint: &'static str,
    pub outcome: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct OutcomeLabels {
    pub outcome: &'static str,
}

pub struct Metrics {
    registry: Registry,
    pub webhooks: Family<WebhookLabels, Counter>,
    pub calls_placed: Family<OutcomeLabels, Counter>,
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::with_prefix("civicall");
        let webhooks = Family::<WebhookLabels, Counter>::default();
        registry.register(
            "webhooks",
            "Carrier webhooks received, by endpoint and outcome",
            webhooks.clone(),
        );
        let calls_placed = Family::<OutcomeLabels, Counter>::default();
        registry.register(
            "calls_placed",
            "Calls handed to the carrier, by outcome",
            calls_placed.clone(),
        );
        Self {
            registry,
            webhooks,
            calls_placed,
        }
    }
}

impl Metrics {
    pub fn webhook(&self, endpoint: &'static str, outcome: &'static str) {
        self.webhooks
            .get_or_create(&WebhookLabels { endpoint, outcome })
            .inc();
    }

    pub fn render(&self) -> String {
        let mut out = String::new();
        prometheus_client::encoding::text::encode(&mut out, &self.registry)
            .expect("writing to a String cannot fail");
        out
    }
}
