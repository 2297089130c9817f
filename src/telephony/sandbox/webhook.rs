//! Webhooks as the sandbox sends them: form-encoded, signed with
//! `X-Twilio-Signature` over the exact URL used, and for status callbacks
//! delivered asynchronously through a per-call outbox, in order or, to
//! rehearse real networks, jittered, reordered and sometimes duplicated.

use std::sync::Arc;
use std::time::Duration;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use tokio::sync::mpsc;
use url::Url;

use super::DeliveryMode;
use crate::telephony::signature;

pub type Params = Vec<(String, String)>;

/// Sends one signed request and returns the body of a 2xx answer.
pub async fn send(
    http: &reqwest::Client,
    token: &str,
    url: &str,
    method: &str,
    params: &Params,
) -> Result<String, String> {
    let request = if method.eq_ignore_ascii_case("GET") {
        let mut full = Url::parse(url).map_err(|e| format!("bad webhook URL {url:?}: {e}"))?;
        full.query_pairs_mut().extend_pairs(params.iter());
        let sig = signature::compute(token, full.as_str(), &[]);
        http.get(full.as_str()).header(signature::HEADER, sig)
    } else {
        let sig = signature::compute(token, url, params);
        http.post(url).header(signature::HEADER, sig).form(params)
    };
    let response = request.send().await.map_err(|e| e.to_string())?;
    let status = response.status();
    let body = response.text().await.unwrap_or_default();
    if status.is_success() {
        Ok(body)
    } else {
        Err(format!("{url} answered HTTP {status}"))
    }
}

/// One callback waiting to be delivered.
pub struct Outgoing {
    pub url: String,
    pub method: String,
    pub params: Params,
}

/// Starts the delivery task for one call and returns where to post callbacks.
pub fn outbox(
    http: reqwest::Client,
    token: String,
    delivery: DeliveryMode,
    seed: u64,
) -> (mpsc::UnboundedSender<Outgoing>, tokio::task::JoinHandle<()>) {
    let (tx, mut rx) = mpsc::unbounded_channel::<Outgoing>();
    let task = tokio::spawn(async move {
        let token = Arc::new(token);
        match delivery {
            DeliveryMode::Ordered => {
                while let Some(out) = rx.recv().await {
                    deliver(&http, &token, &out).await;
                }
            }
            DeliveryMode::Disordered => {
                let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x005e_ed0f_ca11_bac4);
                let mut pending = Vec::new();
                while let Some(out) = rx.recv().await {
                    let copies = if rng.random_bool(0.35) { 2 } else { 1 };
                    let out = Arc::new(out);
                    for _ in 0..copies {
                        let delay = Duration::from_millis(rng.random_range(0..250));
                        let (http, token, out) = (http.clone(), token.clone(), out.clone());
                        pending.push(tokio::spawn(async move {
                            tokio::time::sleep(delay).await;
                            deliver(&http, &token, &out).await;
                        }));
                    }
                }
                for p in pending {
                    let _ = p.await;
                }
            }
        }
    });
    (tx, task)
}

async fn deliver(http: &reqwest::Client, token: &str, out: &Outgoing) {
    // Twilio makes one attempt at a status callback; so does the sandbox,
    // with one quick retry when the receiver could not be reached at all.
    for attempt in 0..2 {
        match send(http, token, &out.url, &out.method, &out.params).await {
            Ok(_) => return,
            Err(err) if attempt == 0 && !err.contains("answered HTTP") => {
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            Err(err) => {
                tracing::warn!(%err, "sandbox webhook not delivered");
                return;
            }
        }
    }
}
