//! The `civicall` command line: a thin layer over the library.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, bail};
use clap::{Parser, Subcommand};
use secrecy::SecretString;
use url::Url;

use civicall::auth::audit::{self, Action, Actor, Entry};
use civicall::auth::{self, NewUser, Roles, password, tokens};
use civicall::campaigns::{self, CampaignIn};
use civicall::clock::{Clock, SharedClock, SystemClock};
use civicall::config::Config;
use civicall::db::Db;
use civicall::roster;
use civicall::scripts::ScriptLibrary;
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
    /// Import the roster from CSV (all or nothing; re-importing updates).
    Import {
        #[command(subcommand)]
        what: ImportWhat,
    },
    /// Create, list, pause, resume or cancel evaluation campaigns.
    Campaign {
        #[command(subcommand)]
        action: CampaignCommand,
    },
    /// Check every call script in the scripts folder and list what is wrong.
    Scripts,
    /// Manage user accounts.
    User {
        #[command(subcommand)]
        action: UserCommand,
    },
    /// Manage API tokens for integrations.
    Token {
        #[command(subcommand)]
        action: TokenCommand,
    },
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
        /// An API token with the admin role.
        #[arg(long, env = "CIVICALL_TOKEN", hide_env_values = true)]
        token: String,
        /// Return as soon as the carrier accepted the call.
        #[arg(long)]
        no_wait: bool,
    },
}

#[derive(Subcommand)]
enum ImportWhat {
    /// code,name,centre_code,centre_name,time_zone,work_days,work_start,work_end,lunch_start,lunch_end
    Departments { file: PathBuf },
    /// employee_no,name,department_code,grade,job_title,phone,active,eligible,exclusion_reason
    Staff { file: PathBuf },
}

#[derive(Subcommand)]
enum CampaignCommand {
    /// Create a campaign from a TOML file and plan its calls.
    Create {
        file: PathBuf,
    },
    List,
    Pause {
        id: i64,
    },
    Resume {
        id: i64,
    },
    Cancel {
        id: i64,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Add a user; prints a one-time password to be changed at first login.
    Add {
        username: String,
        /// Full name as shown in the service.
        #[arg(long)]
        name: String,
        /// admin, hr, grader, operator or supervisor (repeat for several).
        #[arg(long = "role", required = true)]
        roles: Vec<String>,
        /// Department code: what a supervisor sees, or a grader's own department.
        #[arg(long)]
        department: Option<String>,
    },
    List,
    Disable {
        username: String,
    },
    Enable {
        username: String,
    },
    /// Give a user a new one-time password (ends their sessions).
    ResetPassword {
        username: String,
    },
}

#[derive(Subcommand)]
enum TokenCommand {
    /// Create a token; prints it once.
    Create {
        #[arg(long)]
        name: String,
        #[arg(long = "role", required = true)]
        roles: Vec<String>,
        #[arg(long, default_value_t = 365)]
        days: i64,
    },
    List,
    Revoke {
        id: i64,
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
async fn main() -> std::process::ExitCode {
    init_tracing();
    let cli = Cli::parse();
    match run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
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
                demo::configure(&mut config).context("cannot reset data/demo")?;
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
            let db = open_db(&config).await?;
            println!("database is up to date ({})", db.backend.name());
            Ok(())
        }
        Command::Call {
            number,
            server,
            script,
            token,
            no_wait,
        } => call(server, &number, &script, &token, no_wait).await,
        Command::Import { what } => import(&config, what).await,
        Command::User { action } => user(&config, action).await,
        Command::Token { action } => token(&config, action).await,
        Command::Campaign { action } => campaign(&config, action).await,
        Command::Scripts => {
            let library = ScriptLibrary::load_dir(&config.scripts.dir).map_err(|errors| {
                for e in &errors {
                    eprintln!("{e}");
                }
                anyhow::anyhow!(
                    "{} problem(s) in {}",
                    errors.len(),
                    config.scripts.dir.display()
                )
            })?;
            for script in library.iter() {
                println!(
                    "{:<32} {:<10} {:<6} {} ({} stages, {} items)",
                    script.id,
                    script.kind.as_str(),
                    script.language,
                    script.version,
                    script.stages.len(),
                    script.items().count()
                );
            }
            Ok(())
        }
    }
}

/// Reads a campaign file. TOML dates (`start_date = 2026-03-02`) and quoted
/// ones are both accepted.
fn campaign_from_toml(text: &str) -> Result<CampaignIn, toml::de::Error> {
    fn dates_as_text(value: toml::Value) -> toml::Value {
        match value {
            toml::Value::Datetime(d) => toml::Value::String(d.to_string()),
            toml::Value::Array(items) => {
                toml::Value::Array(items.into_iter().map(dates_as_text).collect())
            }
            toml::Value::Table(table) => toml::Value::Table(
                table
                    .into_iter()
                    .map(|(k, v)| (k, dates_as_text(v)))
                    .collect(),
            ),
            other => other,
        }
    }
    let value: toml::Value = toml::from_str(text)?;
    dates_as_text(value).try_into()
}

/// What the command line does is audited as the system, from the console.
fn console(action: Action) -> Entry {
    Entry::new(Actor::System, action).from_address(Some("console".into()))
}

async fn find_user(db: &Db, username: &str) -> anyhow::Result<auth::User> {
    auth::find_by_username(db, username)
        .await?
        .ok_or_else(|| anyhow::anyhow!("there is no user {username:?}"))
}

async fn user(config: &Config, action: UserCommand) -> anyhow::Result<()> {
    let db = open_db(config).await?;
    let now = SystemClock.now_ms();
    match action {
        UserCommand::Add {
            username,
            name,
            roles,
            department,
        } => {
            let roles = Roles::parse_list(&roles.join(",")).map_err(anyhow::Error::msg)?;
            let department_id = match department {
                Some(code) => Some(
                    roster::list_departments(&db)
                        .await?
                        .into_iter()
                        .find(|d| d.code == code)
                        .ok_or_else(|| anyhow::anyhow!("there is no department {code:?}"))?
                        .id,
                ),
                None => None,
            };
            let one_time = password::one_time_password();
            let user = auth::create_user(
                &db,
                &NewUser {
                    username: &username,
                    display_name: &name,
                    password: &one_time,
                    roles,
                    department_id,
                    must_change_password: true,
                },
                now,
            )
            .await?;
            audit::record(
                &db,
                console(Action::UserCreated)
                    .on("user", user.id)
                    .detail(user.roles.stored()),
                now,
            )
            .await?;
            println!(
                "user {} created ({}); one-time password, shown only now: {one_time}",
                user.username,
                user.roles.stored()
            );
        }
        UserCommand::List => {
            for u in auth::list_users(&db).await? {
                let status = if u.disabled {
                    "disabled"
                } else if u.must_change_password {
                    "one-time password"
                } else {
                    "active"
                };
                println!(
                    "{:<24} {:<28} {:<28} {status}",
                    u.username,
                    u.display_name,
                    u.roles.stored()
                );
            }
        }
        UserCommand::Disable { username } => {
            let u = find_user(&db, &username).await?;
            auth::set_disabled(&db, u.id, true, now).await?;
            audit::record(
                &db,
                console(Action::UserDisabled)
                    .on("user", u.id)
                    .detail(u.username.clone()),
                now,
            )
            .await?;
            println!("{} is disabled and signed out everywhere", u.username);
        }
        UserCommand::Enable { username } => {
            let u = find_user(&db, &username).await?;
            auth::set_disabled(&db, u.id, false, now).await?;
            audit::record(
                &db,
                console(Action::UserEnabled)
                    .on("user", u.id)
                    .detail(u.username.clone()),
                now,
            )
            .await?;
            println!("{} is enabled", u.username);
        }
        UserCommand::ResetPassword { username } => {
            let u = find_user(&db, &username).await?;
            let one_time = password::one_time_password();
            auth::set_password(&db, u.id, &one_time, true, now).await?;
            audit::record(
                &db,
                console(Action::PasswordReset)
                    .on("user", u.id)
                    .detail(u.username.clone()),
                now,
            )
            .await?;
            println!(
                "{} has a new one-time password, shown only now: {one_time}",
                u.username
            );
        }
    }
    Ok(())
}

async fn token(config: &Config, action: TokenCommand) -> anyhow::Result<()> {
    let db = open_db(config).await?;
    let now = SystemClock.now_ms();
    match action {
        TokenCommand::Create { name, roles, days } => {
            let roles = Roles::parse_list(&roles.join(",")).map_err(anyhow::Error::msg)?;
            let (token, secret) = tokens::create(&db, &name, &roles, days, None, now).await?;
            audit::record(
                &db,
                console(Action::TokenCreated)
                    .on("api_token", token.id)
                    .detail(token.name.clone()),
                now,
            )
            .await?;
            println!(
                "token {} ({}) created; shown only now:\n{secret}",
                token.id, token.name
            );
        }
        TokenCommand::List => {
            for t in tokens::list(&db).await? {
                let status = if t.revoked_at.is_some() {
                    "revoked"
                } else {
                    "active"
                };
                println!(
                    "{:>4}  {:<32} {:<24} expires {}  {status}",
                    t.id,
                    t.name,
                    t.roles.stored(),
                    civicall::clock::from_ms(t.expires_at).format("%Y-%m-%d")
                );
            }
        }
        TokenCommand::Revoke { id } => {
            tokens::revoke(&db, id, now).await?;
            audit::record(&db, console(Action::TokenRevoked).on("api_token", id), now).await?;
            println!("token {id} revoked");
        }
    }
    Ok(())
}

async fn open_db(config: &Config) -> anyhow::Result<Db> {
    let db = Db::connect(&config.database.url, 2).await?;
    db.migrate().await?;
    Ok(db)
}

async fn import(config: &Config, what: ImportWhat) -> anyhow::Result<()> {
    let db = open_db(config).await?;
    let clock: SharedClock = Arc::new(SystemClock);
    let (file, report) = match what {
        ImportWhat::Departments { file } => {
            let reader = std::fs::File::open(&file)
                .with_context(|| format!("cannot open {}", file.display()))?;
            let name = file.display().to_string();
            (
                file,
                roster::import_departments_csv(&db, &clock, reader, &name).await,
            )
        }
        ImportWhat::Staff { file } => {
            let reader = std::fs::File::open(&file)
                .with_context(|| format!("cannot open {}", file.display()))?;
            let name = file.display().to_string();
            (
                file,
                roster::import_staff_csv(&db, &clock, reader, &name, &config.roster.default_region)
                    .await,
            )
        }
    };
    match report {
        Ok(report) => {
            println!(
                "{}: {} created, {} updated, {} unchanged",
                file.display(),
                report.created,
                report.updated,
                report.unchanged
            );
            Ok(())
        }
        Err(err) => {
            eprintln!("{err}");
            bail!("nothing was imported from {}", file.display())
        }
    }
}

async fn campaign(config: &Config, action: CampaignCommand) -> anyhow::Result<()> {
    let db = open_db(config).await?;
    let clock: SharedClock = Arc::new(SystemClock);
    let act = |id, action| {
        let (db, clock) = (db.clone(), clock.clone());
        async move { campaigns::act(&db, &clock, id, action).await }
    };
    let row = match action {
        CampaignCommand::Create { file } => {
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            let input = campaign_from_toml(&text)
                .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
            let library = ScriptLibrary::load_dir(&config.scripts.dir).map_err(|errors| {
                anyhow::anyhow!(
                    errors
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("\n")
                )
            })?;
            let created =
                campaigns::create(&db, &clock, &library, &config.carrier.from_number, &input)
                    .await?;
            println!(
                "campaign {} \"{}\": {} calls planned",
                created.campaign.id, created.campaign.name, created.planned_calls
            );
            if created.shortfall > 0 {
                println!(
                    "{} calls could not be fitted into free working days of the period",
                    created.shortfall
                );
            }
            return Ok(());
        }
        CampaignCommand::List => {
            for c in campaigns::list(&db).await? {
                let p = &c.progress;
                println!(
                    "{:>4}  {:<9} {} – {}  {:<30} planned {:>5}  waiting {:>5}  ended {:>5}  reached {:>5}",
                    c.campaign.id,
                    c.campaign.state,
                    c.campaign.start_date,
                    c.campaign.end_date,
                    c.campaign.name,
                    c.campaign.planned_calls,
                    p.scheduled,
                    p.ended,
                    p.answered
                );
            }
            return Ok(());
        }
        CampaignCommand::Pause { id } => act(id, campaigns::Action::Pause).await?,
        CampaignCommand::Resume { id } => act(id, campaigns::Action::Resume).await?,
        CampaignCommand::Cancel { id } => act(id, campaigns::Action::Cancel).await?,
    };
    println!("campaign {} is now {}", row.id, row.state);
    Ok(())
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
    let state = app.state();
    if let Some(one_time) = auth::bootstrap_admin(&state.db, state.clock.now_ms()).await? {
        println!(
            "first start: sign in as \"admin\" with the one-time password {one_time} (shown only now; you will choose your own)"
        );
    }
    if demo {
        for (user, one_time) in demo::seed(app.state()).await? {
            println!("demo account {user:<10} one-time password {one_time}");
        }
        println!(
            "demo: two offices with a campaign each, calls start within a minute; Đồng Tháp callbacks on the operator desk; open http://{addr}/"
        );
    }
    app.run(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
}

async fn call(
    server: Url,
    number: &str,
    script: &str,
    token: &str,
    no_wait: bool,
) -> anyhow::Result<()> {
    let _ = civicall::telephony::http_client(Duration::from_secs(1));
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        reqwest::header::AUTHORIZATION,
        format!("Bearer {token}")
            .parse()
            .context("the token has characters a header cannot carry")?,
    );
    let http = reqwest::Client::builder()
        .default_headers(headers)
        .timeout(Duration::from_secs(30))
        .build()?;
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
