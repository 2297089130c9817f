//! The official `twilio` Python package, pointed at the sandbox carrier by
//! base URL only, creates, fetches and lists calls, and its request validator
//! accepts every webhook the sandbox sends. The package is installed into a
//! virtualenv under `target/` on first run.

use std::path::{Path, PathBuf};
use std::process::Command;

use civicall::telephony::sandbox::{Carrier, CarrierSettings, SandboxConfig};

const TWILIO_VERSION: &str = "9.13.0";

fn python_with_twilio() -> PathBuf {
    if let Ok(python) = std::env::var("CIVICALL_TEST_TWILIO_PYTHON") {
        return PathBuf::from(python);
    }
    let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/twilio-venv");
    let python = venv.join("bin/python");
    let ready = python.is_file()
        && Command::new(&python)
            .args([
                "-c",
                &format!("import twilio, sys; sys.exit(twilio.__version__ != '{TWILIO_VERSION}')"),
            ])
            .status()
            .is_ok_and(|s| s.success());
    if !ready {
        let status = Command::new("python3")
            .args(["-m", "venv"])
            .arg(&venv)
            .status()
            .expect("python3 is needed for the Twilio compatibility test");
        assert!(status.success(), "python3 -m venv failed");
        let status = Command::new(venv.join("bin/pip"))
            .args(["install", "--quiet", &format!("twilio=={TWILIO_VERSION}")])
            .status()
            .expect("pip runs");
        assert!(
            status.success(),
            "pip install twilio failed (PyPI must be reachable)"
        );
    }
    python
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_official_twilio_library_works_against_the_sandbox() {
    let python = tokio::task::spawn_blocking(python_with_twilio)
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut settings = CarrierSettings::from(&SandboxConfig::default());
    settings.storage_dir = dir.path().to_path_buf();
    settings.time_scale = 30.0;
    let handle = Carrier::start(settings.clone(), "127.0.0.1:0".parse().unwrap())
        .await
        .unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/twilio_compat.py");
    let output = tokio::process::Command::new(python)
        .arg(script)
        .env(
            "SANDBOX_URL",
            handle.base_url().as_str().trim_end_matches('/'),
        )
        .env("ACCOUNT_SID", &settings.account_sid)
        .env(
            "AUTH_TOKEN",
            civicall::telephony::sandbox::SANDBOX_AUTH_TOKEN,
        )
        .output()
        .await
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "twilio compatibility check failed:\n{stdout}\n{stderr}"
    );
    assert!(stdout.contains("webhooks validated:"), "{stdout}");
}
