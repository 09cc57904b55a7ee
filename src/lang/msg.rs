//! A message for a person, kept as its ID and arguments until it is shown, so the same
//! error is English in the JSON log and the operator's language at the terminal.

use std::fmt;

use fluent_bundle::{FluentArgs, FluentValue};

/// A message: its ID in the message files and its named arguments. `Display` is
/// English (logs, JSON, tests); [`Msg::local`] is the process's language.
#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    /// The message's ID in `ftl/<tag>.ftl`.
    pub id: &'static str,
    /// Named arguments, as the message's placeables name them.
    pub args: Vec<(&'static str, Arg)>,
}

/// An argument: text shown as it is (a key, a value, a path), a number the language
/// writes its way, or another message formatted in the same language first.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
    Msg(Box<Msg>),
}

impl Msg {
    /// A message without arguments.
    pub const fn new(id: &'static str) -> Msg {
        Msg { id, args: Vec::new() }
    }

    /// Adds an argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Msg {
        self.args.push((name, value.into()));
        self
    }

    /// The message in the process's language (`lang::set`).
    pub fn local(&self) -> String {
        super::local(self)
    }

    pub(super) fn fluent_args(&self, inner: &dyn Fn(&Msg) -> String) -> FluentArgs<'static> {
        let mut args = FluentArgs::with_capacity(self.args.len());
        for (name, value) in &self.args {
            let value: FluentValue<'static> = match value {
                Arg::Text(t) => FluentValue::from(t.clone()),
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Msg(m) => FluentValue::from(inner(m)),
            };
            args.set(*name, value);
        }
        args
    }
}

impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&super::in_english(self))
    }
}

impl std::error::Error for Msg {}

impl From<String> for Arg {
    fn from(t: String) -> Arg {
        Arg::Text(t)
    }
}

impl From<&str> for Arg {
    fn from(t: &str) -> Arg {
        Arg::Text(t.to_string())
    }
}

impl From<&String> for Arg {
    fn from(t: &String) -> Arg {
        Arg::Text(t.clone())
    }
}

impl From<Msg> for Arg {
    fn from(m: Msg) -> Arg {
        Arg::Msg(Box::new(m))
    }
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(n as f64)
            }
        }
    )*};
}
numbers!(u8, u16, u32, u64, usize, i32, i64, f32, f64);

/// `msg!("id", name = value, …)`: a [`Msg`]; values are anything `Into<Arg>`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::lang::Msg::new($id)$(.arg(stringify!($name), $value))*
    };
}

/// `t!("id", name = value, …)`: the message's text in the process's language.
#[macro_export]
macro_rules! t {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::msg!($id $(, $name = $value)*).local()
    };
}
