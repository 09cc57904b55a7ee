//! The operator's language: what a person reads at a terminal (help, `check`, edits,
//! `status`, config errors) comes from one Fluent message file per language in `ftl/`,
//! embedded in the binary. What machines read stays English whatever the language: the
//! JSON event log, metric names and help, reply bodies to agents, config keys — a
//! [`Msg`]'s `Display` is always English for them, [`Msg::local`] is for the terminal.
//!
//! The language is chosen once per process (`--lang`, then `OMSGATE_LANG`, `LC_ALL`,
//! `LC_MESSAGES`, `LANG`: [`choose`]) and negotiated to the closest of the sixteen.

#[cfg(test)]
mod check;
mod msg;
mod negotiate;
mod number;

use std::sync::OnceLock;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use unic_langid::LanguageIdentifier;

pub use msg::{Arg, Msg};
pub use negotiate::negotiate;

/// One of the languages the gateway speaks: its tag (the file's name) and its messages.
#[derive(Debug, PartialEq, Eq)]
pub struct Language {
    /// BCP 47 tag, as `--lang` takes it and as `ftl/<tag>.ftl` is named.
    pub tag: &'static str,
    /// The message file.
    pub ftl: &'static str,
    /// How numbers are written: decimal separator.
    pub decimal: char,
}

macro_rules! languages {
    ($($tag:literal $decimal:literal;)*) => {
        /// The sixteen languages of the original gateway, English first (the fallback).
        pub const LANGUAGES: &[Language] = &[$(Language {
            tag: $tag,
            ftl: include_str!(concat!("ftl/", $tag, ".ftl")),
            decimal: $decimal,
        }),*];
    };
}

languages! {
    "en" '.';
    "cs" ',';
    "de" ',';
    "es" ',';
    "fr" ',';
    "hu" ',';
    "it" ',';
    "ja" '.';
    "ko" '.';
    "nl" ',';
    "pl" ',';
    "pt-BR" ',';
    "pt-PT" ',';
    "ru" ',';
    "zh-Hans" '.';
    "zh-Hant" '.';
}

/// English: the fallback, and what `Display` of a [`Msg`] always uses.
pub fn english() -> &'static Language {
    &LANGUAGES[0]
}

/// The tag of a test-only pseudo-language: English with every letter of the message
/// text (never of a placeable) replaced by an accented look-alike, so text still
/// hard-coded in English stands out in a test of the real binary.
pub const PSEUDO: &str = "qps-ploc";

/// The language a person asked for: the flag, then the environment, in this order.
pub fn choose(flag: Option<&str>) -> Chosen {
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let asked = flag
        .map(str::to_string)
        .or_else(|| env("OMSGATE_LANG"))
        .or_else(|| env("LC_ALL"))
        .or_else(|| env("LC_MESSAGES"))
        .or_else(|| env("LANG"));
    match asked {
        Some(a) if a == PSEUDO => Chosen::Pseudo,
        Some(a) => Chosen::Language(negotiate(&a)),
        None => Chosen::Language(english()),
    }
}

/// What [`choose`] picked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chosen {
    Language(&'static Language),
    /// [`PSEUDO`]: for tests that look for hard-coded English.
    Pseudo,
}

type Bundle = FluentBundle<FluentResource>;

/// Each language's bundle, parsed on first use.
static BUNDLES: [OnceLock<Bundle>; LANGUAGES.len()] = [const { OnceLock::new() }; LANGUAGES.len()];
/// The process's language: one of [`BUNDLES`], or the pseudo-language.
static CURRENT: OnceLock<Current> = OnceLock::new();

enum Current {
    Index(usize),
    Pseudo(Box<Bundle>),
}

fn of(language: &'static Language) -> &'static Bundle {
    let i = LANGUAGES.iter().position(|l| l == language).unwrap_or(0);
    BUNDLES[i].get_or_init(|| bundle(&LANGUAGES[i], false))
}

/// Sets the process's language; the first call wins (the CLI calls it once, before
/// anything is printed). Without a call everything is English.
pub fn set(chosen: Chosen) {
    let current = match chosen {
        Chosen::Language(l) => Current::Index(LANGUAGES.iter().position(|x| x == l).unwrap_or(0)),
        Chosen::Pseudo => Current::Pseudo(Box::new(bundle(english(), true))),
    };
    let _ = CURRENT.set(current);
}

/// The process's bundle (English until [`set`]).
fn current() -> &'static Bundle {
    match CURRENT.get() {
        Some(Current::Index(i)) => of(&LANGUAGES[*i]),
        Some(Current::Pseudo(b)) => b,
        None => of(english()),
    }
}

/// Formats a message in the process's language (English for an ID its file lacks).
pub(crate) fn local(msg: &Msg) -> String {
    match current() {
        b if b.has_message(msg.id) => format(b, msg, &|m| local(m)),
        _ => in_english(msg),
    }
}

/// Formats a message in English (logs, JSON, `Display`).
pub(crate) fn in_english(msg: &Msg) -> String {
    format(of(english()), msg, &|m| in_english(m))
}

/// Formats a message in `language` (for tests of the message files).
pub fn in_language(language: &'static Language, msg: &Msg) -> String {
    format(of(language), msg, &|m| in_language(language, m))
}

/// A message's value, or one of its attributes, in the process's language (English
/// when its file lacks it); `None` when no file has it. For texts without arguments
/// that are not built as a [`Msg`]: the command line's help.
pub fn text(id: &str, attribute: Option<&str>) -> Option<String> {
    text_of(current(), id, attribute).or_else(|| text_in(english(), id, attribute))
}

/// [`text`] in one language, without falling back.
pub fn text_in(language: &'static Language, id: &str, attribute: Option<&str>) -> Option<String> {
    text_of(of(language), id, attribute)
}

fn text_of(b: &Bundle, id: &str, attribute: Option<&str>) -> Option<String> {
    let m = b.get_message(id)?;
    let pattern = match attribute {
        None => m.value()?,
        Some(a) => m.get_attribute(a)?.value(),
    };
    let mut errors = Vec::new();
    Some(b.format_pattern(pattern, None, &mut errors).into_owned())
}

fn format(bundle: &Bundle, msg: &Msg, inner: &dyn Fn(&Msg) -> String) -> String {
    let Some(pattern) = bundle.get_message(msg.id).and_then(|m| m.value()) else {
        // A missing ID is a bug the message-file tests catch; never lose what was meant.
        return format!("{} {:?}", msg.id, msg.args);
    };
    let args = msg.fluent_args(inner);
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
    text.into_owned()
}

fn bundle(language: &'static Language, pseudo: bool) -> Bundle {
    let id: LanguageIdentifier = language.tag.parse().expect("the sixteen tags parse");
    let resource =
        FluentResource::try_new(language.ftl.to_string()).unwrap_or_else(|(resource, _errors)| resource);
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Terminal text, not bidirectional markup: no FSI/PDI marks around values.
    bundle.set_use_isolating(false);
    let numbers: fn(&fluent_bundle::FluentValue, &_) -> Option<String> = match language.decimal {
        ',' => number::comma,
        _ => number::point,
    };
    bundle.set_formatter(Some(numbers));
    if pseudo {
        bundle.set_transform(Some(pseudo_text));
    }
    // A file that lacks an ID falls back to English; a duplicate ID is a test failure.
    let _ = bundle.add_resource(resource);
    bundle
}

/// [`PSEUDO`]'s transform: accented look-alikes for ASCII letters, in the message text
/// only (Fluent leaves placeables alone), wrapped in ⟦ ⟧.
fn pseudo_text(text: &str) -> std::borrow::Cow<'_, str> {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "àƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
    if !text.bytes().any(|b| b.is_ascii_alphabetic()) {
        return text.into();
    }
    let out: String =
        text.chars().map(|c| FROM.find(c).and_then(|i| TO.chars().nth(i)).unwrap_or(c)).collect();
    format!("⟦{out}⟧").into()
}

#[cfg(test)]
mod tests;
