//! `civicall serve --demo`: its own database and folders under `data/demo/`,
//! the sandbox carrier at a fast time scale, a roster of two offices (Guri
//! City Hall in Asia/Seoul, an Almaty public service centre in Asia/Almaty)
//! whose lines behave in every way real lines do, and a fresh campaign per
//! office whose calls start within a minute and are all made within four;
//! and the Đồng Tháp service centre's customer-care callbacks (see
//! [`callbacks`]): a week of visits, yesterday's callbacks worked through,
//! today's waiting on the operator desk.
//!
//! So that calls flow whatever the local time, the demo departments keep
//! hours that begin shortly before the demo starts (every day of the week),
//! and the callback centre may call citizens at any hour (see
//! [`callbacks::configure`]); everything else — the planner, the dialer, the
//! measures, the draw, the graders' desk — is the real thing.

pub mod callbacks;
pub mod double_grading;
pub mod results;

use std::path::PathBuf;

use chrono::{DateTime, Duration, NaiveTime, Timelike, Utc};
use chrono_tz::Tz;

use crate::app::AppState;
use crate::auth::{self, Role};
use crate::campaigns::{self, CampaignIn};
use crate::config::Config;
use crate::grading::desk::Grader;
use crate::i18n::Locale;
use crate::roster;
use crate::telephony::sandbox::profile::{Dist, LineOutcome, LineProfile, LineRule};

const STAFF_CSV: &str = include_str!("staff.csv");

struct Office {
    centre_code: &'static str,
    centre_name: &'static str,
    time_zone: Tz,
    script: &'static str,
    departments: &'static [(&'static str, &'static str)],
}

const OFFICES: [Office; 2] = [
    Office {
        centre_code: "GURI",
        centre_name: "구리시청 (Guri City Hall)",
        time_zone: chrono_tz::Asia::Seoul,
        script: "passport-reissue-ko",
        departments: &[
            ("GR-CIVIL", "민원여권과 (Civil Affairs and Passports)"),
            ("GR-TAX", "세무과 (Local Taxes)"),
            ("GR-TRANS", "교통행정과 (Transport)"),
        ],
    },
    Office {
        centre_code: "ALA-CON",
        centre_name: "ЦОН Алмалинского района (Almaty Public Service Centre)",
        time_zone: chrono_tz::Asia::Almaty,
        script: "address-registration-ru",
        departments: &[
            ("KZ-DOCS", "Документирование и регистрация населения"),
            ("KZ-PROP", "Регистрация недвижимости"),
            ("KZ-SOCIAL", "Социальные услуги"),
        ],
    },
];

fn korean_line(profile: LineProfile) -> LineProfile {
    LineProfile {
        replies: vec![
            "네, 구리시청 민원여권과 김민준입니다. 무엇을 도와드릴까요?".into(),
            "여권을 잃어버리셨으면 분실 신고서와 신분증, 여권용 사진 한 장을 가지고 오시면 됩니다. 정부24에서 분실 신고도 하실 수 있어요.".into(),
            "네, 감사합니다. 좋은 하루 보내세요.".into(),
        ],
        ..profile
    }
}

fn russian_line(profile: LineProfile) -> LineProfile {
    LineProfile {
        replies: vec![
            "ЦОН Алмалинского района, Ерлан, слушаю вас.".into(),
            "Для регистрации нужны удостоверение личности и документ на жильё; можно подать и через eGov.".into(),
            "Пожалуйста, всего доброго.".into(),
        ],
        ..profile
    }
}

/// An ordinary office line: usually answered within a few rings, sometimes not.
fn ordinary() -> LineProfile {
    LineProfile {
        answer_delay: Dist::LogNormal {
            median: 7.0,
            sigma: 0.6,
        },
        busy: 0.08,
        no_answer: 0.06,
        failed: 0.01,
        voicemail: 0.06,
        reply: Dist::Uniform([2.5, 7.0]),
        ..LineProfile::default()
    }
}

/// Demo lines: ordinary by country, and a few that always behave one way.
pub fn lines() -> Vec<LineRule> {
    let rule = |prefix: &str, profile: LineProfile| LineRule {
        prefix: prefix.into(),
        profile,
    };
    let slow = LineProfile {
        answer_delay: Dist::Uniform([16.0, 26.0]),
        ..ordinary()
    };
    let quick = LineProfile {
        answer_delay: Dist::Fixed(2.0),
        busy: 0.0,
        no_answer: 0.0,
        voicemail: 0.0,
        failed: 0.0,
        ..ordinary()
    };
    let mut lines = vec![
        rule("+82", korean_line(ordinary())),
        rule("+7", russian_line(ordinary())),
        rule(
            "+82315500104",
            korean_line(LineProfile::always(LineOutcome::Busy)),
        ),
        rule(
            "+82315500115",
            korean_line(LineProfile::always(LineOutcome::NoAnswer)),
        ),
        rule("+82315500122", korean_line(slow)),
        rule("+82315500101", korean_line(quick.clone())),
        rule(
            "+77273002104",
            russian_line(LineProfile::always(LineOutcome::Voicemail)),
        ),
        rule("+77273002003", russian_line(quick)),
    ];
    lines.extend(callbacks::lines());
    lines
}

/// Points the configuration at the demo's own folder. The demo starts from
/// scratch each time (one call per person per day is the rule, so yesterday's
/// demo would leave nobody to call today).
pub fn configure(config: &mut Config) -> std::io::Result<()> {
    let defaults = Config::default();
    let demo_dir = PathBuf::from("data/demo");
    if config.database.url == defaults.database.url {
        if demo_dir.exists() {
            std::fs::remove_dir_all(&demo_dir)?;
        }
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
    callbacks::configure(config);
    for (code, locale) in CENTRE_LANGUAGES {
        config
            .i18n
            .centre_languages
            .entry(code.to_string())
            .or_insert(locale);
    }
    Ok(())
}

/// Working hours that have begun shortly before `now` in `tz`, with a
/// lunch break a little later, so the demo's calls can start at once.
fn hours_around(
    now: DateTime<Utc>,
    tz: Tz,
) -> (NaiveTime, NaiveTime, Option<(NaiveTime, NaiveTime)>) {
    let local = now.with_timezone(&tz).time();
    let hm = |h: u32, m: u32| NaiveTime::from_hms_opt(h, m, 0).expect("valid time");
    let start = hm(local.hour().saturating_sub(1), 0);
    let end = if local.hour() >= 15 {
        hm(23, 59)
    } else {
        hm(local.hour() + 9, 0)
    };
    if end - local < Duration::minutes(30) {
        return (hm(0, 0), hm(23, 59), None);
    }
    let lunch_start = local + Duration::minutes(40);
    let lunch_start = hm(lunch_start.hour(), lunch_start.minute() / 10 * 10);
    let lunch_end = lunch_start + Duration::minutes(30);
    let lunch = (lunch_start > local && lunch_end < end && lunch_end > lunch_start)
        .then_some((lunch_start, lunch_end));
    (start, end, lunch)
}

const DEPARTMENTS_HEADER: &str = "code,name,centre_code,centre_name,time_zone,work_days,work_start,work_end,lunch_start,lunch_end\n";

fn departments_csv(now: DateTime<Utc>) -> String {
    let mut csv = String::from(DEPARTMENTS_HEADER);
    for office in &OFFICES {
        let (start, end, lunch) = hours_around(now, office.time_zone);
        let t = |t: NaiveTime| t.format("%H:%M").to_string();
        let (ls, le) = lunch.map(|(a, b)| (t(a), t(b))).unwrap_or_default();
        for (code, name) in office.departments {
            csv.push_str(&format!(
                "{code},\"{name}\",{},\"{}\",{},mon-sun,{},{},{ls},{le}\n",
                office.centre_code,
                office.centre_name,
                office.time_zone.name(),
                t(start),
                t(end)
            ));
        }
    }
    csv
}

/// Demo accounts beside the first administrator: one per role, each in
/// the language of the office it works for (Guri in Korean, the Almaty
/// centre in Russian, Đồng Tháp's hotline in Vietnamese), and a senior
/// grader for both offices (in English) who settles the two graders'
/// disagreements.
const ACCOUNTS: [(&str, &str, Role, Option<&str>, Locale); 6] = [
    ("hr", "HR Officer", Role::Hr, None, Locale::Ko),
    ("grader", "Grader One", Role::Grader, None, Locale::Ko),
    (
        "grader2",
        "Grader Two",
        Role::Grader,
        Some("KZ-SOCIAL"),
        Locale::Ru,
    ),
    ("senior", "Senior Grader", Role::Grader, None, Locale::En),
    (
        "operator",
        "Hotline Operator",
        Role::Operator,
        None,
        Locale::Vi,
    ),
    (
        "supervisor",
        "Civil Affairs Supervisor",
        Role::Supervisor,
        Some("GR-CIVIL"),
        Locale::Ko,
    ),
];

/// Each demo centre's default language, for users who chose none.
const CENTRE_LANGUAGES: [(&str, Locale); 3] = [
    ("GURI", Locale::Ko),
    ("ALA-CON", Locale::Ru),
    (callbacks::CENTRE, Locale::Vi),
];

/// Seeds the roster, the demo accounts, Đồng Tháp's callbacks, the
/// results history and one campaign per office whose calls begin within a
/// minute and all go out in the next four minutes. Returns the demo
/// accounts with their one-time passwords.
///
/// The campaigns come last, so that no call of theirs reaches the graders'
/// queue while the history is graded at the graders' desk.
pub async fn seed(state: &AppState) -> anyhow::Result<Vec<(String, String)>> {
    let now = state.clock.now();
    roster::import_departments_csv(
        &state.db,
        &state.clock,
        departments_csv(now).as_bytes(),
        "demo departments",
    )
    .await
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    roster::import_staff_csv(
        &state.db,
        &state.clock,
        STAFF_CSV.as_bytes(),
        "demo staff",
        "KR",
    )
    .await
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    let (accounts, users) = create_accounts(state).await?;
    let user = |name: &str| {
        users
            .iter()
            .find(|u| u.username == name)
            .ok_or_else(|| anyhow::anyhow!("the demo has no account {name}"))
    };
    callbacks::seed(state, user("operator")?.id).await?;
    let grader = |u: &auth::User| Grader {
        key: format!("user:{}", u.id),
        user_id: Some(u.id),
        department_id: u.department_id,
        senior: u.senior,
    };
    let graders = double_grading::Graders {
        first: grader(user("grader")?),
        second: grader(user("grader2")?),
        senior: grader(user("senior")?),
    };
    let history = results::seed(state, &graders).await?;
    tracing::info!(evaluations = history, "demo results history seeded");
    start_campaigns(state).await?;
    Ok(accounts)
}

/// The demo accounts, each with a one-time password, in their languages.
async fn create_accounts(
    state: &AppState,
) -> anyhow::Result<(Vec<(String, String)>, Vec<auth::User>)> {
    let departments = roster::list_departments(&state.db).await?;
    let mut accounts = Vec::new();
    let mut users = Vec::new();
    for (username, name, role, department, locale) in ACCOUNTS {
        let one_time = auth::password::one_time_password();
        let department_id =
            department.and_then(|code| departments.iter().find(|d| d.code == code).map(|d| d.id));
        let mut user = auth::create_user(
            &state.db,
            &auth::NewUser {
                username,
                display_name: name,
                password: &one_time,
                roles: auth::Roles(vec![role]),
                department_id,
                must_change_password: true,
            },
            state.clock.now_ms(),
        )
        .await?;
        auth::set_locale(&state.db, user.id, Some(locale), state.clock.now_ms()).await?;
        if username == "senior" {
            auth::set_senior(&state.db, user.id, true, state.clock.now_ms()).await?;
            user.senior = true;
        }
        accounts.push((username.to_string(), one_time));
        users.push(user);
    }
    Ok((accounts, users))
}

/// One campaign per office, its calls inside the next four minutes.
async fn start_campaigns(state: &AppState) -> anyhow::Result<()> {
    let now = state.clock.now();
    for office in &OFFICES {
        let local = now.with_timezone(&office.time_zone);
        let window_end = (local.time() + Duration::minutes(4))
            .min(NaiveTime::from_hms_opt(23, 59, 0).expect("valid"));
        let input = CampaignIn {
            name: format!(
                "Demo — {} — {}",
                office.centre_name,
                local.format("%Y-%m-%d %H:%M")
            ),
            scripts: vec![office.script.into()],
            departments: office
                .departments
                .iter()
                .map(|(code, _)| code.to_string())
                .collect(),
            grades: Vec::new(),
            start_date: local.date_naive(),
            end_date: local.date_naive(),
            calls_per_staff: 1,
            window_start: local.format("%H:%M").to_string(),
            window_end: window_end.format("%H:%M").to_string(),
            holidays: Vec::new(),
            seed: None,
            unanswered_policy: Default::default(),
        };
        let created = campaigns::create(
            &state.db,
            &state.clock,
            &state.scripts,
            &state.config.carrier.from_number,
            &input,
        )
        .await?;
        tracing::info!(
            campaign = created.campaign.id,
            calls = created.planned_calls,
            "demo campaign planned"
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_hours_always_contain_the_next_quarter_hour() {
        for hour in 0..24 {
            let now = DateTime::parse_from_rfc3339(&format!("2026-11-23T{hour:02}:20:00Z"))
                .unwrap()
                .to_utc();
            for office in &OFFICES {
                let (start, end, lunch) = hours_around(now, office.time_zone);
                let local = now.with_timezone(&office.time_zone).time();
                assert!(
                    start <= local && local + Duration::minutes(15) <= end
                        || local > NaiveTime::from_hms_opt(23, 40, 0).unwrap(),
                    "{hour}: {start}-{end} at {local}"
                );
                if let Some((a, b)) = lunch {
                    assert!(a > local + Duration::minutes(15) && b < end);
                }
            }
        }
    }
}
