//! Headless Chromium driven over WebDriver, for tests that use the pages as a
//! person does. Each test gets its own chromedriver and browser with a fresh
//! profile; both go away with the test, also when it panics.

use std::fs::File;
use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde::Deserialize;
use serde_json::{Value, json};
use url::Url;

const INSTALL_HINT: &str =
    "run `tests/run`, which installs them, or `apt-get install chromium chromium-driver`";

/// How long a page gets to reach the state a test waits for.
const PATIENCE: Duration = Duration::from_secs(30);

/// A headless Chromium under the test's control.
pub struct Chromium {
    pub client: Client,
    // Dropped after the client: ends chromedriver and the browser, then the profile.
    _driver: Driver,
}

/// The chromedriver process (leading a process group that holds the browser
/// it starts) and the temporary folder with the browser profile and logs.
struct Driver {
    child: Child,
    dir: tempfile::TempDir,
}

impl Drop for Driver {
    fn drop(&mut self) {
        // The browser is chromedriver's child, in chromedriver's process group:
        // end the whole group, so no browser outlives a failed test.
        let group = self.child.id() as libc::pid_t;
        // SAFETY: kill(2) only sends a signal, to the group this guard started.
        unsafe {
            libc::kill(-group, libc::SIGKILL);
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        // A browser process may still be writing its profile as it dies.
        for _ in 0..20 {
            match std::fs::remove_dir_all(self.dir.path()) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    std::thread::sleep(Duration::from_millis(50))
                }
                _ => break,
            }
        }
    }
}

fn program(env: &str, default: &str, what: &str) -> PathBuf {
    let path = std::env::var_os(env)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(default));
    assert!(
        path.is_file(),
        "browser tests need {what} at {} (set {env} to use another): {INSTALL_HINT}",
        path.display()
    );
    path
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free local port")
        .port()
}

fn log_tail(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let start = text.len().saturating_sub(2000);
    let start = (start..text.len())
        .find(|i| text.is_char_boundary(*i))
        .unwrap_or(0);
    text[start..].to_string()
}

impl Chromium {
    /// Starts chromedriver (`CHROMEDRIVER`, else /usr/bin/chromedriver) and a
    /// headless Chromium (`CHROME_BIN`, else /usr/bin/chromium) in a new profile.
    pub async fn start() -> Chromium {
        let chromedriver = program("CHROMEDRIVER", "/usr/bin/chromedriver", "chromedriver");
        let chrome = program("CHROME_BIN", "/usr/bin/chromium", "Chromium");
        let dir = tempfile::Builder::new()
            .prefix("civicall-browser-")
            .tempdir()
            .expect("temp dir");
        let log = dir.path().join("chromedriver.log");
        let port = free_port();
        let child = Command::new(&chromedriver)
            .arg(format!("--port={port}"))
            .arg(format!("--log-path={}", log.display()))
            .stdin(Stdio::null())
            .stdout(File::create(dir.path().join("chromedriver.out")).expect("log file"))
            .stderr(Stdio::inherit())
            .process_group(0)
            .spawn()
            .unwrap_or_else(|e| panic!("starting {}: {e}", chromedriver.display()));
        let mut driver = Driver { child, dir };
        let endpoint = format!("http://127.0.0.1:{port}");
        wait_until_ready(&mut driver, &endpoint, &log).await;

        let profile = driver.dir.path().join("profile");
        let args = [
            "--headless=new".to_string(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-quic".into(),
            "--no-first-run".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            "--autoplay-policy=no-user-gesture-required".into(),
            "--window-size=1280,900".into(),
            format!("--user-data-dir={}", profile.display()),
        ];
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("browserName".into(), json!("chrome"));
        capabilities.insert(
            "goog:chromeOptions".into(),
            json!({ "binary": chrome, "args": args }),
        );
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(capabilities)
            .connect(&endpoint)
            .await
            .unwrap_or_else(|e| {
                panic!(
                    "starting {} through chromedriver: {e}\n{}",
                    chrome.display(),
                    log_tail(&log)
                )
            });
        Chromium {
            client,
            _driver: driver,
        }
    }

    /// Ends the browser session politely; dropping does it the hard way.
    pub async fn close(self) {
        let _ = self.client.clone().close().await;
    }

    pub async fn goto(&self, url: &Url) {
        self.client
            .goto(url.as_str())
            .await
            .unwrap_or_else(|e| panic!("opening {url}: {e}"));
    }

    /// Runs `script` (a function body; arguments in `arguments`) in the page.
    pub async fn js(&self, script: &str, args: Vec<Value>) -> Value {
        self.client
            .execute(script, args)
            .await
            .unwrap_or_else(|e| panic!("running script `{script}`: {e}"))
    }

    /// Waits until `script` returns something other than null, false or
    /// undefined, and returns it.
    pub async fn until(&self, what: &str, script: &str, args: Vec<Value>) -> Value {
        let deadline = tokio::time::Instant::now() + PATIENCE;
        loop {
            // A navigation in progress can make a script fail; that is not the answer yet.
            match self.client.execute(script, args.clone()).await {
                Ok(Value::Null | Value::Bool(false)) | Err(_) => {}
                Ok(v) => return v,
            }
            if tokio::time::Instant::now() >= deadline {
                panic!("timed out waiting for {what}\n{}", self.describe().await);
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits for the page at `path` (exact, or a prefix ending in '/').
    pub async fn until_at(&self, path: &str) -> String {
        let script = "var p = window.location.pathname; \
             return (document.readyState === 'complete' && \
                     (p === arguments[0] || (arguments[0].endsWith('/') && p.startsWith(arguments[0])))) ? p : null;";
        let found = self
            .until(&format!("the page {path}"), script, vec![json!(path)])
            .await;
        found.as_str().unwrap_or_default().to_string()
    }

    /// The element, once the page shows it.
    pub async fn find(&self, css: &str) -> Element {
        let deadline = tokio::time::Instant::now() + PATIENCE;
        loop {
            if let Ok(e) = self.client.find(Locator::Css(css)).await
                && e.is_displayed().await.unwrap_or(false)
            {
                return e;
            }
            if tokio::time::Instant::now() >= deadline {
                panic!("timed out waiting for `{css}`\n{}", self.describe().await);
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Whether the page shows the element now (no waiting).
    pub async fn shows(&self, css: &str) -> bool {
        let element = self
            .client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no `{css}` on the page: {e}"));
        element.is_displayed().await.expect("element visibility")
    }

    pub async fn click(&self, css: &str) {
        self.find(css)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("clicking `{css}`: {e}"));
    }

    pub async fn fill(&self, css: &str, text: &str) {
        let field = self.find(css).await;
        field.clear().await.expect("clear field");
        field
            .send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("typing into `{css}`: {e}"));
    }

    /// Types keys into whatever has the focus (the page itself when nothing has).
    pub async fn press(&self, keys: &str) {
        self.client
            .active_element()
            .await
            .expect("a focused element")
            .send_keys(keys)
            .await
            .unwrap_or_else(|e| panic!("pressing {keys:?}: {e}"));
    }

    /// The text a person sees in the element.
    pub async fn text(&self, css: &str) -> String {
        self.find(css).await.text().await.expect("element text")
    }

    /// Saves a PNG of the window as `<target>/screenshots/<name>.png`.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let png = self.client.screenshot().await.expect("screenshot");
        let dir = screenshot_dir();
        std::fs::create_dir_all(&dir).expect("screenshot folder");
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png).expect("screenshot written");
        path
    }

    /// Like [`Chromium::screenshot`], of the whole page (up to 4000 pixels
    /// tall): the window grows to the page for the picture, then shrinks back.
    pub async fn screenshot_page(&self, name: &str) -> PathBuf {
        self.screenshot_at(name, 1280).await
    }

    /// The whole page at a phone's width (390 px).
    pub async fn screenshot_narrow(&self, name: &str) -> PathBuf {
        self.screenshot_at(name, 390).await
    }

    async fn screenshot_at(&self, name: &str, width: u32) -> PathBuf {
        self.client
            .set_window_size(width, 900)
            .await
            .expect("window resized");
        let height = self
            .js("return document.documentElement.scrollHeight;", vec![])
            .await
            .as_u64()
            .unwrap_or(900)
            .clamp(900, 4000) as u32;
        self.client
            .set_window_size(width, height + 100)
            .await
            .expect("window resized");
        let path = self.screenshot(name).await;
        self.client
            .set_window_size(1280, 900)
            .await
            .expect("window restored");
        path
    }

    /// Sets the window's width (900 px tall) and waits until the page has
    /// laid itself out at that width.
    pub async fn resize(&self, width: u32) {
        self.client
            .set_window_size(width, 900)
            .await
            .expect("window resized");
        self.until(
            &format!("the page to be {width} px wide"),
            "return window.innerWidth === arguments[0] && document.readyState === 'complete';",
            vec![json!(width)],
        )
        .await;
    }

    /// At `width` px, the document is no wider than the window shows
    /// (less its scroll bar): nothing makes the whole page scroll sideways;
    /// a wide table scrolls inside its own box instead. Fails naming the
    /// elements that stick out.
    pub async fn assert_fits(&self, width: u32) {
        if let Some(problem) = self.too_wide(width).await {
            panic!("{problem}");
        }
    }

    /// At `width` px, why the page is wider than the window, if it is.
    pub async fn too_wide(&self, width: u32) -> Option<String> {
        self.resize(width).await;
        let found = self
            .js(
                "var root = document.documentElement, w = root.clientWidth;
                 if (root.scrollWidth <= w) return null;
                 var out = [];
                 document.querySelectorAll('body *').forEach(function (e) {
                   var r = e.getBoundingClientRect();
                   if (r.width === 0 || r.right <= w + 0.5) return;
                   // Only the outermost culprit, and none that scrolls inside its own box
                   // (a box does not hold in what is placed absolutely, so that still counts).
                   var placed = getComputedStyle(e).position === 'absolute' || getComputedStyle(e).position === 'fixed';
                   for (var p = e.parentElement; p && p !== document.body; p = p.parentElement)
                     if (p.getBoundingClientRect().right > w + 0.5 || (!placed && getComputedStyle(p).overflowX !== 'visible')) return;
                   var c = typeof e.className === 'string' ? e.className.trim() : '';
                   out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
                            (c ? '.' + c.split(/\\s+/).join('.') : '') +
                            ' (right edge at ' + Math.round(r.right) + ' px)');
                 });
                 return [root.scrollWidth, w, out.slice(0, 12)];",
                vec![],
            )
            .await;
        let Value::Array(found) = found else {
            return None;
        };
        let culprits: Vec<&str> = found[2]
            .as_array()
            .map(|o| o.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        Some(format!(
            "{} is {} px wide where the window shows {} px; sticking out:\n  {}",
            self.location().await,
            found[0],
            found[1],
            culprits.join("\n  ")
        ))
    }

    /// What axe-core finds wrong with the page as it is now, serious and
    /// critical findings only: each rule with its help text and where.
    pub async fn accessibility_violations(&self) -> Vec<Violation> {
        let loaded = self
            .js("return typeof window.axe === 'object';", vec![])
            .await;
        if loaded != Value::Bool(true) {
            // WebDriver's scripts are not subject to the page's content
            // policy, which refuses inline and injected scripts.
            self.client
                .execute(axe_source(), vec![])
                .await
                .unwrap_or_else(|e| panic!("injecting axe-core: {e}"));
        }
        let report = self
            .client
            .execute_async(
                "var done = arguments[arguments.length - 1];
                 axe.run(document, { resultTypes: ['violations'] }).then(function (r) {
                   done({ engine: r.testEngine.name, violations: r.violations.map(function (v) {
                     return { id: v.id, impact: v.impact, help: v.help,
                              targets: v.nodes.map(function (n) { return n.target.join(' '); }) };
                   }) });
                 }, function (e) { done({ error: String(e) }); });",
                vec![],
            )
            .await
            .unwrap_or_else(|e| panic!("running axe-core: {e}"));
        assert!(
            report["error"].is_null() && report["engine"] == "axe-core",
            "axe-core did not run: {report}"
        );
        let all: Vec<Violation> =
            serde_json::from_value(report["violations"].clone()).expect("axe-core's violations");
        all.into_iter()
            .filter(|v| matches!(v.impact.as_deref(), Some("serious" | "critical")))
            .collect()
    }

    /// axe-core finds no serious or critical accessibility violation on the
    /// page; fails listing each with its rule, help text and targets.
    pub async fn assert_accessible(&self) {
        let found = self.accessibility_violations().await;
        if !found.is_empty() {
            let width = self.js("return window.innerWidth;", vec![]).await;
            panic!(
                "{} at {width} px: {} serious or critical accessibility violations\n{}",
                self.location().await,
                found.len(),
                found
                    .iter()
                    .map(Violation::to_string)
                    .collect::<Vec<_>>()
                    .join("\n")
            );
        }
    }

    async fn location(&self) -> String {
        self.client
            .current_url()
            .await
            .map(|u| u.to_string())
            .unwrap_or_else(|e| format!("(no URL: {e})"))
    }

    /// Where the browser is and what it shows, for a failure message.
    async fn describe(&self) -> String {
        let url = self.location().await;
        let text = self
            .client
            .execute(
                "return document.body ? document.body.innerText.slice(0, 1500) : '';",
                vec![],
            )
            .await
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        format!("the browser is at {url}, showing:\n{text}")
    }
}

/// One rule axe-core finds broken, and the elements that break it.
#[derive(Debug, Deserialize)]
pub struct Violation {
    pub id: String,
    pub impact: Option<String>,
    pub help: String,
    pub targets: Vec<String>,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown = self.targets.iter().take(8).cloned().collect::<Vec<_>>();
        let more = self.targets.len().saturating_sub(shown.len());
        write!(
            f,
            "- {} ({}): {}\n    at {}",
            self.id,
            self.impact.as_deref().unwrap_or("?"),
            self.help,
            shown.join(", ")
        )?;
        if more > 0 {
            write!(f, " and {more} more")?;
        }
        Ok(())
    }
}

/// axe-core's script, as `tests/run` installs it (`npm ci` in tests/axe,
/// the version pinned by its package-lock.json).
fn axe_source() -> &'static str {
    static SOURCE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    SOURCE.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/axe/node_modules/axe-core/axe.min.js");
        std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "the accessibility checks need axe-core at {} ({e}): run `tests/run`, or `npm ci` in tests/axe",
                path.display()
            )
        })
    })
}

/// The build's target folder (`CARGO_TARGET_DIR` included), screenshots/ in it.
fn screenshot_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("the target folder")
        .join("screenshots")
}

async fn wait_until_ready(driver: &mut Driver, endpoint: &str, log: &Path) {
    let http = crate::common::client(None);
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    loop {
        if let Some(status) = driver.child.try_wait().expect("chromedriver status") {
            panic!("chromedriver exited at start ({status}): {}", log_tail(log));
        }
        let status = http.get(format!("{endpoint}/status")).send().await;
        if let Ok(response) = status
            && response
                .json::<Value>()
                .await
                .is_ok_and(|b| b["value"]["ready"] == true)
        {
            return;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "chromedriver did not answer at {endpoint} within 20 s: {}",
            log_tail(log)
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
