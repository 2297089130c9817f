//! The `civicall` command line: a thin layer over the library.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, bail};
use clap::{Parser, Subcommand};
use secrecy::SecretString;
use url::Url;

use civicall::clock::SystemClock;
use civicall::config::Config;
use civicall::telephony::sandbox::profile::LineRule;
use civicall::telephony::sandbox::{Carrier, CarrierSettings};
use civicall::{Application, demo};

#[derive(Parser)]
#[command(
    name = "civicall",
    version,
    about = "Telephone friendliness evaluation and callbacks"
)]
struct Cli {
    /// Configuration file (default: ./civicall.toml when it exists).
    #[arg(long, global = true, env = "CIVICALL_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the service (and the sandbox carrier when no real carrier is configured).
    Serve {
        /// Address to listen on (overrides server.listen).
        #[arg(long)]
        listen: Option<SocketAddr>,
        /// Public URL the carrier uses for webhooks (overrides server.public_url).
        #[arg(long)]
        public_url: Option<Url>,
        /// Seed demo data and run the sandbox carrier fast, in data/demo/.
        #[arg(long)]
        demo: bool,
    },
    /// Run the sandbox carrier alone.
    Carrier {
        #[arg(long, default_value = "127.0.0.1:8081")]
        listen: SocketAddr,
        #[arg(long)]
        account_sid: Option<String>,
        #[arg(long)]
        auth_token: Option<String>,
        /// How much faster than real time calls run.
        #[arg(long)]
        time_scale: Option<f64>,
        #[arg(long)]
        seed: Option<u64>,
        /// A TOML file of `[[lines]]` rules (prefix and profile).
        #[arg(long)]
        lines: Option<PathBuf>,
        /// Where the carrier keeps its recordings.
        #[arg(long)]
        storage: Option<PathBuf>,
    },
    /// Apply database migrations and exit.
    Migrate,
    /// Place one call through a running service and report how it went.
    Call {
        /// The number to call, in international format (+821012345678).
        number: String,
        /// Base URL of the running service.
        #[arg(long, default_value = "http://127.0.0.1:8080")]
        server: Url,
        /// Call script to run.
        #[arg(long, default_value = "line-check")]
        script: String,
        /// Return as soon as the carrier accepted the call.
        #[arg(long)]
        no_wait: bool,
    },
}

#[derive(serde::Deserialize)]
struct LinesFile {
    #[serde(default)]
    lines: Vec<LineRule>,
}

fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("CIVICALL_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("civicall=info,tower_http=warn"));
    tracing_subscriber::fmt().with_env_filter(filter).init();
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    init_tracing();
    let cli = Cli::parse();
    let mut config = Config::load(cli.config.as_deref())?;
    match cli.command {
        Command::Serve {
            listen,
            public_url,
            demo,
        } => {
            if let Some(listen) = listen {
                config.server.listen = listen;
            }
            if public_url.is_some() {
                config.server.public_url = public_url;
            }
            if demo {
                demo::configure(&mut config);
            }
            serve(config, demo).await
        }
        Command::Carrier {
            listen,
            account_sid,
            auth_token,
            time_scale,
            seed,
            lines,
            storage,
        } => {
            let mut settings = CarrierSettings::from(&config.sandbox);
            if let Some(sid) = account_sid {
                settings.account_sid = sid;
            }
            if let Some(token) = auth_token {
                settings.auth_token = SecretString::from(token);
            }
            if let Some(scale) = time_scale {
                settings.time_scale = scale;
            }
            if let Some(seed) = seed {
                settings.seed = seed;
            }
            if let Some(dir) = storage {
                settings.storage_dir = dir;
            }
            if let Some(path) = lines {
                let text = std::fs::read_to_string(&path)
                    .with_context(|| format!("cannot read {}", path.display()))?;
                let file: LinesFile =
                    toml::from_str(&text).with_context(|| format!("in {}", path.display()))?;
                settings.lines = file.lines;
            }
            let handle = Carrier::start(settings, listen).await?;
            println!("sandbox carrier on {}", handle.base_url());
            tokio::signal::ctrl_c().await?;
            Ok(())
        }
        Command::Migrate => {
            let db = civicall::db::Db::connect(&config.database.url, 1).await?;
            db.migrate().await?;
            println!("database is up to date ({})", db.backend.name());
            Ok(())
        }
        Command::Call {
            number,
            server,
            script,
            no_wait,
        } => call(server, &number, &script, no_wait).await,
    }
}

async fn serve(config: Config, demo: bool) -> anyhow::Result<()> {
    let app = Application::build(config, Arc::new(SystemClock)).await?;
    let addr = app.local_addr();
    println!("civicall listening on http://{addr}");
    if let Some(sandbox) = &app.sandbox {
        println!(
            "sandbox carrier on {} (no telephony account needed)",
            sandbox.base_url()
        );
    }
    if demo {
        demo::start(app.state().clone());
    }
    app.run(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
}

async fn call(server: Url, number: &str, script: &str, no_wait: bool) -> anyhow::Result<()> {
    let http = civicall::telephony::http_client(Duration::from_secs(30));
    let response = http
        .post(server.join("api/v1/calls")?)
        .json(&serde_json::json!({ "to": number, "script": script }))
        .send()
        .await
        .with_context(|| format!("is civicall running at {server}?"))?;
    let status = response.status();
    let body: serde_json::Value = response.json().await.unwrap_or_default();
    if !status.is_success() {
        bail!(
            "the service refused the call ({status}): {}",
            body["error"].as_str().unwrap_or("no reason given")
        );
    }
    let id = body["id"]
        .as_i64()
        .context("the service did not return a call id")?;
    println!(
        "call {id} placed (carrier sid {})",
        body["call_sid"].as_str().unwrap_or("?")
    );
    if no_wait {
        return Ok(());
    }
    let url = server.join(&format!("api/v1/calls/{id}"))?;
    let mut last_status = String::new();
    for _ in 0..1_200 {
        let call: serde_json::Value = http.get(url.clone()).send().await?.json().await?;
        let status = call["status"].as_str().unwrap_or("queued").to_string();
        if status != last_status {
            println!("  {status}");
            last_status = status;
        }
        let finished = matches!(call["state"].as_str(), Some("ended" | "dial_failed"));
        let recording_settled = call["connection"] != "person" && call["connection"] != "voicemail"
            || call["recordings"]
                .as_array()
                .is_some_and(|r| !r.is_empty() && r.iter().all(|r| r["state"] != "pending"));
        if finished && recording_settled {
            println!(
                "connection:     {}",
                call["connection"].as_str().unwrap_or("-")
            );
            println!("answer latency: {} ms", call["answer_latency_ms"]);
            println!("rings:          {}", call["ring_count"]);
            println!("duration:       {} s", call["duration_s"]);
            for rec in call["recordings"].as_array().into_iter().flatten() {
                println!(
                    "recording:      {} {}",
                    rec["state"].as_str().unwrap_or("?"),
                    rec["audio_url"].as_str().unwrap_or("")
                );
            }
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    bail!("call {id} did not finish within 10 minutes")
}
