//! The templates' side of the catalogues: `t("id", name=value)` for
//! messages and filters for numbers, percentages, intervals and dates, all
//! in the language of the page being rendered.
//!
//! Rendering is synchronous, so the page's [`Lang`] is set for the thread
//! while one template renders; macros imported from other templates see it
//! too, which a context variable would not guarantee.

use std::cell::RefCell;

use minijinja::value::{Kwargs, Value, ValueKind};
use minijinja::{Environment, Error, ErrorKind};

use super::{FluentArgs, FluentValue, Lang};

thread_local! {
    static CURRENT: RefCell<Option<Lang>> = const { RefCell::new(None) };
}

/// Runs `render` with `lang` as the language of every `t()` and filter.
pub fn with_lang<R>(lang: &Lang, render: impl FnOnce() -> R) -> R {
    let previous = CURRENT.with(|c| c.replace(Some(lang.clone())));
    let out = render();
    CURRENT.with(|c| *c.borrow_mut() = previous);
    out
}

fn current() -> Result<Lang, Error> {
    CURRENT
        .with(|c| c.borrow().clone())
        .ok_or_else(|| Error::new(ErrorKind::InvalidOperation, "no page language set"))
}

fn fluent_value(v: Value) -> FluentValue<'static> {
    match v.kind() {
        ValueKind::Number => {
            if let Ok(i) = i64::try_from(v.clone()) {
                FluentValue::from(i)
            } else {
                FluentValue::from(f64::try_from(v).unwrap_or(f64::NAN))
            }
        }
        ValueKind::Undefined | ValueKind::None => FluentValue::from(""),
        _ => FluentValue::from(v.to_string()),
    }
}

/// `{{ t("calls-placed", count=n) }}`
fn t(id: &str, kwargs: Kwargs) -> Result<String, Error> {
    let lang = current()?;
    let mut args = FluentArgs::new();
    for name in kwargs.args() {
        let value: Value = kwargs.get(name)?;
        args.set(name.to_string(), fluent_value(value));
    }
    Ok(if args.iter().next().is_some() {
        lang.t_args(id, &args)
    } else {
        lang.t(id)
    })
}

fn as_f64(v: &Value) -> Option<f64> {
    match v.kind() {
        ValueKind::Number => f64::try_from(v.clone()).ok(),
        _ => None,
    }
}

/// `{{ t_or("training-topic-" ~ code, code) }}`: a message where the
/// catalogue has one for a value of an open vocabulary (topics named in
/// call scripts), else the value as written.
fn t_or(id: &str, fallback: Value) -> Result<String, Error> {
    let lang = current()?;
    Ok(if lang.catalog().has(id) {
        lang.t(id)
    } else {
        fallback.to_string()
    })
}

/// `{{ score | num(1) }}`: a number in the page's style; none shows as —.
fn num(v: Value, digits: Option<usize>) -> Result<String, Error> {
    let lang = current()?;
    Ok(match as_f64(&v) {
        Some(x) => lang.number(x, digits.unwrap_or(1)),
        None => "—".into(),
    })
}

/// `{{ share | pct(1) }}`: a share (0..1) as a percentage.
fn pct(v: Value, digits: Option<usize>) -> Result<String, Error> {
    let lang = current()?;
    Ok(match as_f64(&v) {
        Some(x) => lang.percent(x, digits.unwrap_or(1)),
        None => "—".into(),
    })
}

/// `{{ [low, high] | interval(1) }}`
fn interval(v: Value, digits: Option<usize>) -> Result<String, Error> {
    let lang = current()?;
    let low = v.get_item_by_index(0).ok().as_ref().and_then(as_f64);
    let high = v.get_item_by_index(1).ok().as_ref().and_then(as_f64);
    Ok(match (low, high) {
        (Some(l), Some(h)) => lang.interval(l, h, digits.unwrap_or(1)),
        _ => "—".into(),
    })
}

/// `{{ "2026-11-27" | day }}`: a `YYYY-MM-DD` day as the page's locale writes it.
fn day(v: Value) -> Result<String, Error> {
    let lang = current()?;
    Ok(match v.as_str() {
        Some(s) => lang.day_text(s),
        None => String::new(),
    })
}

/// `{{ ms | when }}` or `{{ ms | when("Asia/Seoul") }}`: a moment (epoch
/// milliseconds) with its date, time and zone, in the named zone (a centre's)
/// or else the reader's own. Nothing (a dash) when there is no moment.
fn when(v: Value, zone: Option<String>) -> Result<String, Error> {
    let lang = current()?;
    let Some(ms) = as_f64(&v) else {
        return Ok("—".into());
    };
    let zone = match zone.as_deref() {
        None | Some("") => None,
        Some(name) => Some(name.parse::<chrono_tz::Tz>().map_err(|_| {
            Error::new(
                ErrorKind::InvalidOperation,
                format!("unknown time zone {name}"),
            )
        })?),
    };
    Ok(lang.when(ms as i64, zone))
}

/// Adds `t` and the formatting filters to a template environment.
pub fn install(env: &mut Environment<'static>) {
    env.add_function("t", t);
    env.add_function("t_or", t_or);
    env.add_filter("num", num);
    env.add_filter("pct", pct);
    env.add_filter("interval", interval);
    env.add_filter("day", day);
    env.add_filter("when", when);
}
