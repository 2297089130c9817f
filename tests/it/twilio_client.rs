//! The Twilio REST client against the sandbox carrier: retries and typed errors.

use std::time::Duration;

use civicall::telephony::sandbox::{Carrier, CarrierHandle, CarrierSettings, SandboxConfig};
use civicall::telephony::twilio::RetryPolicy;
use civicall::telephony::{PlaceCall, Telephony, TelephonyError, TwilioClient, TwilioErrorCode};
use secrecy::SecretString;

async fn carrier(unavailable_requests: u32) -> (CarrierHandle, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let mut settings = CarrierSettings::from(&SandboxConfig::default());
    settings.storage_dir = dir.path().to_path_buf();
    settings.unavailable_requests = unavailable_requests;
    settings.time_scale = 50.0;
    (
        Carrier::start(settings, "127.0.0.1:0".parse().unwrap())
            .await
            .unwrap(),
        dir,
    )
}

fn client(handle: &CarrierHandle, token: &str, max_retries: u32) -> TwilioClient {
    TwilioClient::new(
        handle.base_url().clone(),
        civicall::telephony::sandbox::SANDBOX_ACCOUNT_SID,
        SecretString::from(token),
        Duration::from_secs(5),
        RetryPolicy {
            max_retries,
            backoff: Duration::from_millis(20),
            max_backoff: Duration::from_millis(100),
        },
    )
}

fn request(to: &str) -> PlaceCall {
    PlaceCall {
        to: to.into(),
        from: "+15005550006".into(),
        url: "http://127.0.0.1:9/twiml".into(),
        status_callback: "http://127.0.0.1:9/status".into(),
        timeout_secs: 30,
        ..PlaceCall::default()
    }
}

const TOKEN: &str = civicall::telephony::sandbox::SANDBOX_AUTH_TOKEN;

#[tokio::test]
async fn the_client_retries_a_503_and_then_succeeds() {
    let (handle, _dir) = carrier(2).await;
    let placed = client(&handle, TOKEN, 3)
        .place_call(&request("+821012345678"))
        .await
        .expect("third attempt succeeds");
    assert!(
        placed.sid.starts_with("CA") && placed.sid.len() == 34,
        "{}",
        placed.sid
    );
    assert_eq!(
        handle.carrier.call(&placed.sid).unwrap().to,
        "+821012345678"
    );
}

#[tokio::test]
async fn the_client_gives_up_after_its_retries_with_the_carriers_error() {
    let (handle, _dir) = carrier(10).await;
    let err = client(&handle, TOKEN, 2)
        .fetch_call("CA00000000000000000000000000000000")
        .await
        .unwrap_err();
    match err {
        TelephonyError::Api { body, .. } => assert_eq!((body.status, body.code), (503, 20503)),
        other => panic!("expected a typed carrier error, got {other:?}"),
    }
}

#[tokio::test]
async fn twilio_error_bodies_become_typed_errors() {
    let (handle, _dir) = carrier(0).await;
    let err = client(&handle, TOKEN, 0)
        .place_call(&request("12345"))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(TwilioErrorCode::InvalidTo), "{err}");
    assert!(err.to_string().contains("21211"), "{err}");

    let err = client(&handle, "wrong-token", 0)
        .place_call(&request("+821012345678"))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(TwilioErrorCode::Authentication), "{err}");

    let err = client(&handle, TOKEN, 0)
        .fetch_call("CAdoesnotexist")
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(TwilioErrorCode::NotFound), "{err}");
}

#[tokio::test]
async fn list_calls_finds_a_call_by_number_and_start_time() {
    let (handle, _dir) = carrier(0).await;
    let client = client(&handle, TOKEN, 0);
    let before = chrono::Utc::now() - chrono::Duration::seconds(2);
    let placed = client.place_call(&request("+821055556666")).await.unwrap();
    client.place_call(&request("+821077778888")).await.unwrap();
    let found = client.list_calls("+821055556666", before).await.unwrap();
    assert_eq!(
        found.iter().map(|c| c.sid.as_str()).collect::<Vec<_>>(),
        [placed.sid.as_str()]
    );
    let later = client
        .list_calls(
            "+821055556666",
            chrono::Utc::now() + chrono::Duration::hours(1),
        )
        .await
        .unwrap();
    assert!(later.is_empty());
}
