//! A message that is not yet in anyone's language: a catalogue id with its
//! arguments, formatted only when the reader is known. Domain errors carry
//! one, so a refusal reads in the reader's language on a page, and its id
//! is the stable `code` of the JSON answer.

use std::fmt;

use fluent_bundle::{FluentArgs, FluentValue};

use super::Lang;

/// One argument of a message.
#[derive(Clone, Debug, PartialEq)]
pub enum MsgArg {
    Text(String),
    Number(f64),
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for MsgArg {
            fn from(v: $t) -> MsgArg {
                MsgArg::Number(v as f64)
            }
        }
    )*};
}
number_arg!(i32, i64, u32, u64, usize, f64);

impl From<&str> for MsgArg {
    fn from(v: &str) -> MsgArg {
        MsgArg::Text(v.to_string())
    }
}

impl From<String> for MsgArg {
    fn from(v: String) -> MsgArg {
        MsgArg::Text(v)
    }
}

impl From<&String> for MsgArg {
    fn from(v: &String) -> MsgArg {
        MsgArg::Text(v.clone())
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    /// A catalogue message and its arguments.
    Id {
        id: &'static str,
        args: Vec<(&'static str, MsgArg)>,
    },
    /// Text that comes from outside civicall (a parser's or the carrier's
    /// own words), shown as it is.
    Verbatim(String),
}

/// `msg!("dispute-window-closed", days = 14)`
#[macro_export]
macro_rules! msg {
    ($id:expr) => {
        $crate::i18n::Msg::Id { id: $id, args: Vec::new() }
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::Msg::Id {
            id: $id,
            args: vec![$( (stringify!($name), $crate::i18n::MsgArg::from($value)) ),+],
        }
    };
}

impl Msg {
    /// The catalogue id, the stable code an API client can act on.
    pub fn code(&self) -> Option<&'static str> {
        match self {
            Msg::Id { id, .. } => Some(id),
            Msg::Verbatim(_) => None,
        }
    }

    pub fn in_lang(&self, lang: &Lang) -> String {
        match self {
            Msg::Verbatim(text) => text.clone(),
            Msg::Id { id, args } if args.is_empty() => lang.t(id),
            Msg::Id { id, args } => {
                let mut fluent = FluentArgs::new();
                for (name, value) in args {
                    match value {
                        MsgArg::Text(t) => fluent.set(*name, FluentValue::from(t.clone())),
                        MsgArg::Number(n) => fluent.set(*name, FluentValue::from(*n)),
                    }
                }
                lang.t_args(id, &fluent)
            }
        }
    }
}

/// English, for logs and for callers with no language.
impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_lang(&Lang::english()))
    }
}

impl From<String> for Msg {
    fn from(text: String) -> Msg {
        Msg::Verbatim(text)
    }
}

impl From<&str> for Msg {
    fn from(text: &str) -> Msg {
        Msg::Verbatim(text.to_string())
    }
}
