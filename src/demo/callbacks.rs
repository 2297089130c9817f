//! The demo's customer-care callbacks: the Đồng Tháp public administration
//! service centre with three departments, a week of service visits pushed as
//! its queue system would, yesterday's draw worked through by the hotline
//! operator (outcomes, satisfaction, comments, follow-ups, retries), and
//! today's draw waiting on the operator desk.
//!
//! Yesterday's calls go through the same desk functions the operator's page
//! uses, at yesterday's times; their numbers are the sandbox's, so today's
//! calls can be bridged and recorded for real.
//!
//! The demo is tried at any hour from anywhere, and the centre's evening
//! can be another visitor's morning: so the centre may call citizens at any
//! hour of every day (`callbacks.demo_any_hour`, which a real office cannot
//! set), and today's draw runs when the demo starts, whatever the draw time,
//! its callbacks due at once.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone as _, Utc};
use chrono_tz::Tz;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::app::AppState;
use crate::callbacks::desk::{self, Operator, Outcome, OutcomeIn};
use crate::callbacks::hours::CallingHours;
use crate::callbacks::{draw, visits};
use crate::config::{CallbackCentre, Config};
use crate::roster;
use crate::telephony::sandbox::profile::{Dist, LineProfile, LineRule};

pub const CENTRE: &str = "DT";
const CENTRE_NAME: &str = "Trung tâm Phục vụ hành chính công tỉnh Đồng Tháp";
const TIME_ZONE: Tz = chrono_tz::Asia::Ho_Chi_Minh;

/// The demo operator's own line, which the sandbox answers at once.
pub const OPERATOR_LINE: &str = "+842773900100";

/// A department of the demo centre: the services (with the citizen's life
/// situation) people come for, and the staff who serve them.
struct Department {
    code: &'static str,
    name: &'static str,
    services: &'static [(&'static str, &'static str)],
    staff: &'static [&'static str],
}

const DEPARTMENTS: [Department; 3] = [
    Department {
        code: "DT-LAND",
        name: "Đất đai (Land)",
        services: &[
            ("Đăng ký biến động đất đai", "Mua bán nhà đất"),
            ("Cấp giấy chứng nhận quyền sử dụng đất", "Xây dựng nhà ở"),
        ],
        staff: &["DT-01", "DT-02"],
    },
    Department {
        code: "DT-JUST",
        name: "Tư pháp – Hộ tịch (Justice and Civil Status)",
        services: &[
            ("Cấp phiếu lý lịch tư pháp", "Xin việc làm"),
            ("Đăng ký khai sinh", "Sinh con"),
        ],
        staff: &["DT-03", "DT-04"],
    },
    Department {
        code: "DT-BIZ",
        name: "Kế hoạch và Đầu tư (Business Registration)",
        services: &[
            ("Đăng ký hộ kinh doanh", "Khởi sự kinh doanh"),
            (
                "Đăng ký thay đổi nội dung doanh nghiệp",
                "Khởi sự kinh doanh",
            ),
        ],
        staff: &["DT-05", "DT-06"],
    },
];

const STAFF_CSV: &str =
    "employee_no,name,department_code,grade,job_title,phone,active,eligible,exclusion_reason
DT-01,Nguyễn Thị Hoa,DT-LAND,Chuyên viên,Tiếp nhận hồ sơ,+842773851001,yes,yes,
DT-02,Lê Văn Tâm,DT-LAND,Chuyên viên,Tiếp nhận hồ sơ,+842773851002,yes,yes,
DT-03,Trần Thị Mai,DT-JUST,Chuyên viên,Hộ tịch viên,+842773851003,yes,yes,
DT-04,Phạm Quốc Huy,DT-JUST,Chuyên viên,Lý lịch tư pháp,+842773851004,yes,yes,
DT-05,Võ Thị Ngọc Anh,DT-BIZ,Chuyên viên,Đăng ký kinh doanh,+842773851005,yes,yes,
DT-06,Huỳnh Minh Đức,DT-BIZ,Chuyên viên,Đăng ký kinh doanh,+842773851006,yes,yes,
";

/// The centre's departments as roster CSV (real office hours).
fn departments_csv() -> String {
    let mut csv = String::from(super::DEPARTMENTS_HEADER);
    for d in &DEPARTMENTS {
        csv.push_str(&format!(
            "{},\"{}\",{CENTRE},\"{CENTRE_NAME}\",{},mon-sat,07:00,17:00,11:30,13:00\n",
            d.code,
            d.name,
            TIME_ZONE.name()
        ));
    }
    csv
}

/// The demo centre's calling hours: all day, every day. The demo's offices
/// get hours that have just begun when the demo starts; this centre gets
/// the whole day instead, because an operator's session can run past
/// midnight in Đồng Tháp and these settings are made before the demo's
/// clock is known. Without `demo_any_hour` the same hours would shrink to
/// the legal 08:00–21:00.
pub fn configure(config: &mut Config) {
    if config.callbacks.centres.is_empty() {
        config.callbacks.centres = vec![CallbackCentre {
            code: CENTRE.into(),
            days: Some("mon-sun".into()),
            start: Some("00:00".into()),
            end: Some("23:59".into()),
            holidays: Vec::new(),
            region: Some("VN".into()),
        }];
    }
    config.callbacks.demo_any_hour = true;
}

pub fn lines() -> Vec<LineRule> {
    let citizen = LineProfile {
        answer_delay: Dist::LogNormal {
            median: 6.0,
            sigma: 0.5,
        },
        busy: 0.06,
        no_answer: 0.1,
        failed: 0.0,
        voicemail: 0.0,
        reply: Dist::Uniform([3.0, 8.0]),
        replies: vec![
            "Dạ alô, tôi nghe.".into(),
            "Dạ, chị cán bộ hướng dẫn nhiệt tình lắm, hồ sơ trả đúng hẹn.".into(),
            "Chỉ có điều chờ hơi lâu, nên có thêm ghế ngồi.".into(),
            "Dạ, cảm ơn em.".into(),
        ],
        ..LineProfile::default()
    };
    let operator = LineProfile {
        answer_delay: Dist::Fixed(2.0),
        busy: 0.0,
        no_answer: 0.0,
        failed: 0.0,
        voicemail: 0.0,
        replies: vec!["Tổng đài 1022 xin nghe.".into()],
        ..LineProfile::default()
    };
    vec![
        LineRule {
            prefix: "+8491".into(),
            profile: citizen,
        },
        LineRule {
            prefix: "+842773900".into(),
            profile: operator,
        },
    ]
}

const FAMILY: [&str; 8] = [
    "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Đặng",
];
const MIDDLE: [&str; 6] = ["Văn", "Thị", "Minh", "Ngọc", "Hữu", "Thanh"];
const GIVEN: [&str; 10] = [
    "An", "Bình", "Cường", "Dung", "Giang", "Hải", "Lan", "Phúc", "Quyên", "Sơn",
];

/// What citizens say, by category: (category, comments, questions, suggestions, satisfaction range).
type Said = (
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
    (i64, i64),
);
const SAID: [Said; 9] = [
    (
        "praise",
        Some("Cán bộ hướng dẫn tận tình, hồ sơ trả đúng hẹn."),
        None,
        None,
        (4, 5),
    ),
    (
        "praise",
        Some("Chị cán bộ vui vẻ, giải thích dễ hiểu."),
        None,
        None,
        (4, 5),
    ),
    (
        "praise",
        Some("Thủ tục nhanh hơn tôi nghĩ, cảm ơn trung tâm."),
        None,
        None,
        (5, 5),
    ),
    (
        "complaint",
        Some("Phải chờ gần hai tiếng mới tới lượt."),
        None,
        Some("Mở thêm quầy vào sáng thứ Hai."),
        (2, 3),
    ),
    (
        "complaint",
        Some("Hồ sơ bị trả lại hai lần vì thiếu giấy tờ mà lần đầu không được dặn."),
        None,
        None,
        (1, 2),
    ),
    (
        "suggestion",
        None,
        None,
        Some("Nên có thêm ghế ngồi chờ và nước uống."),
        (3, 4),
    ),
    (
        "suggestion",
        None,
        None,
        Some("Nên nhắn tin khi hồ sơ có kết quả."),
        (4, 5),
    ),
    (
        "question",
        None,
        Some("Có thể nộp hồ sơ này trực tuyến không?"),
        None,
        (3, 5),
    ),
    (
        "process",
        Some("Quy trình còn nhiều bước, nên rút gọn giấy tờ."),
        None,
        None,
        (3, 4),
    ),
];

fn local(day: NaiveDate, h: u32, m: u32) -> DateTime<Utc> {
    TIME_ZONE
        .from_local_datetime(&day.and_time(NaiveTime::from_hms_opt(h, m, 0).expect("valid")))
        .earliest()
        .expect("Vietnam has no daylight saving")
        .with_timezone(&Utc)
}

/// A week of visits up to `now`: about fifteen a day, most with consent.
fn visits_until(now: DateTime<Utc>, rng: &mut ChaCha8Rng) -> Vec<visits::VisitIn> {
    let today = now.with_timezone(&TIME_ZONE).date_naive();
    let mut out = Vec::new();
    for back in (0..=7).rev() {
        let day = today - Duration::days(back);
        for i in 0..rng.random_range(12..=18) {
            let at = local(day, rng.random_range(7..16), rng.random_range(0..60));
            if at > now {
                continue;
            }
            let dept = DEPARTMENTS.choose(rng).expect("departments");
            let (service, situation) = dept.services.choose(rng).expect("services");
            let phone = if rng.random_bool(0.04) {
                String::new()
            } else {
                format!("09{}{:07}", 1, rng.random_range(0..10_000_000))
            };
            let name = format!(
                "{} {} {}",
                FAMILY.choose(rng).expect("names"),
                MIDDLE.choose(rng).expect("names"),
                GIVEN.choose(rng).expect("names")
            );
            out.push(visits::VisitIn {
                external_id: format!("DT-{}-{i:03}", day.format("%Y%m%d")),
                centre_code: CENTRE.into(),
                visited_at: at.to_rfc3339(),
                citizen_name: name,
                phone,
                service: service.to_string(),
                life_situation: situation.to_string(),
                department_code: dept.code.to_string(),
                employee_no: dept.staff.choose(rng).expect("staff").to_string(),
                channel: if rng.random_bool(0.85) {
                    "counter"
                } else {
                    "online"
                }
                .into(),
                consented: if rng.random_bool(0.9) { "yes" } else { "no" }.into(),
            });
        }
    }
    out
}

/// What the operator hears on one attempt.
fn attempt(rng: &mut ChaCha8Rng, at: DateTime<Utc>) -> OutcomeIn {
    let roll: f64 = rng.random();
    let blank = |outcome| OutcomeIn {
        outcome,
        call_back_at: None,
        satisfaction_staff: None,
        satisfaction_process: None,
        satisfaction_overall: None,
        comments: None,
        questions: None,
        suggestions: None,
        category: None,
        follow_up_needed: false,
        follow_up_by: None,
        call_id: None,
    };
    match roll {
        r if r < 0.14 => blank(Outcome::NoAnswer),
        r if r < 0.20 => blank(Outcome::Busy),
        r if r < 0.24 => blank(Outcome::Refused),
        r if r < 0.26 => blank(Outcome::WrongNumber),
        r if r < 0.28 => blank(Outcome::NeverCall),
        r if r < 0.31 => OutcomeIn {
            call_back_at: Some(at + Duration::hours(3)),
            ..blank(Outcome::CallLater)
        },
        _ => {
            let (category, comments, questions, suggestions, (lo, hi)) =
                *SAID.choose(rng).expect("remarks");
            let score = |rng: &mut ChaCha8Rng| Some(rng.random_range(lo..=hi));
            let follow_up = category == "complaint" || questions.is_some();
            OutcomeIn {
                satisfaction_staff: score(rng),
                satisfaction_process: score(rng),
                satisfaction_overall: score(rng),
                comments: comments.map(Into::into),
                questions: questions.map(Into::into),
                suggestions: suggestions.map(Into::into),
                category: Some(category.into()),
                follow_up_needed: follow_up,
                follow_up_by: follow_up.then(|| {
                    if questions.is_some() {
                        "Bộ phận tiếp nhận (trả lời công dân)".into()
                    } else {
                        "Phó Giám đốc Trung tâm".into()
                    }
                }),
                ..blank(Outcome::Reached)
            }
        }
    }
}

/// Seeds the centre with its staff and visits, works yesterday's
/// callbacks and draws today's. `operator` is the demo operator's account.
///
/// The centre comes into the roster only here, just before its visits: the
/// app's draw worker may already run (it does in tests), and once the draw
/// time has passed it would draw today for a centre it found without visits.
pub async fn seed(state: &AppState, operator_id: i64) -> anyhow::Result<()> {
    roster::import_departments_csv(
        &state.db,
        &state.clock,
        departments_csv().as_bytes(),
        "demo departments (Đồng Tháp)",
    )
    .await
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    roster::import_staff_csv(
        &state.db,
        &state.clock,
        STAFF_CSV.as_bytes(),
        "demo staff (Đồng Tháp)",
        "VN",
    )
    .await
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    let now = state.clock.now();
    let today = now.with_timezone(&TIME_ZONE).date_naive();
    let mut rng = ChaCha8Rng::seed_from_u64(u64::from(today.num_days_from_ce().unsigned_abs()));
    let centre = roster::list_centres(&state.db)
        .await?
        .into_iter()
        .find(|c| c.code == CENTRE)
        .ok_or_else(|| anyhow::anyhow!("the demo roster has no centre {CENTRE}"))?;
    crate::auth::set_operator_line(
        &state.db,
        operator_id,
        Some(OPERATOR_LINE),
        Some(centre.id),
        state.clock.now_ms(),
    )
    .await?;
    let regions = visits::Regions {
        default: &state.config.roster.default_region,
        centres: &state.config.callbacks.centres,
    };
    visits::push(
        &state.db,
        &state.clock,
        &visits_until(now, &mut rng),
        &regions,
    )
    .await
    .map_err(|e| anyhow::anyhow!("demo visits: {e}"))?;

    // Yesterday: the draw at 08:30, then the operator's day until 17:00.
    let config = &state.config.callbacks;
    let hours = CallingHours::for_centre(config, CENTRE, TIME_ZONE)?;
    let yesterday = today - Duration::days(1);
    draw::run(
        &state.db,
        config,
        &centre,
        yesterday,
        local(yesterday, 8, 30),
    )
    .await?;
    let op = Operator {
        key: format!("user:{operator_id}"),
        user_id: Some(operator_id),
        centre_id: Some(centre.id),
        phone: Some(OPERATOR_LINE.into()),
    };
    let lease = config.lease_minutes * 60_000;
    let mut t = local(yesterday, 8, 40);
    let end = local(yesterday, 17, 0);
    while t < end {
        match desk::take(&state.db, &op, None, t, lease).await? {
            Some(id) => {
                let done = t + Duration::minutes(rng.random_range(3..9));
                let input = attempt(&mut rng, done);
                desk::record_outcome(&state.db, config, &hours, &op, id, &input, done).await?;
                t = done + Duration::minutes(2);
            }
            None => t += Duration::minutes(15),
        }
    }

    // Today: the draw, now rather than at the draw time (the demo may start
    // before it), waiting for the operator. Its callbacks fall due at the
    // first calling moment from now: at once, since the demo calls at any
    // hour. Just after midnight "today" has no visits yet, and the draw
    // takes yesterday's afternoon, which yesterday's morning draw left.
    draw::run(&state.db, config, &centre, today, now).await?;
    Ok(())
}
