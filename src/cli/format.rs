//! How `status` and `top` write what a gateway told them: strings that came off the
//! wire (a refused destination is whatever an agent asked for) with control characters
//! escaped and their length bounded, durations and byte counts for a person. Durations
//! (`5m23s`, `2d03h`) are the same in every language: digits and unit letters, no
//! decimal separator; byte counts are messages, their decimal the language's.

use std::borrow::Cow;

use unicode_width::UnicodeWidthStr;

use crate::lang::Msg;
use crate::msg;

/// `text` safe to print on a terminal: control characters (escape sequences included)
/// escaped as `\u{1b}`, `\n`…; at most `max` characters, the cut marked `…`.
pub fn printable(text: &str, max: usize) -> Cow<'_, str> {
    let too_long = text.chars().count() > max;
    if !too_long && !text.chars().any(char::is_control) {
        return Cow::Borrowed(text);
    }
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        if too_long && i + 1 >= max {
            out.push('…');
            break;
        }
        match c.is_control() {
            true => out.extend(c.escape_default()),
            false => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Seconds as `45s`, `5m23s`, `2h03m` or `3d04h`.
pub fn duration(secs: u64) -> String {
    match secs {
        s if s < 60 => format!("{s}s"),
        s if s < 3600 => format!("{}m{:02}s", s / 60, s % 60),
        s if s < 86_400 => format!("{}h{:02}m", s / 3600, s % 3600 / 60),
        s => format!("{}d{:02}h", s / 86_400, s % 86_400 / 3600),
    }
}

/// Bytes as `512 B`, `1.2 kB`, `3.4 MB`, `5.6 GB`, `7.8 TB` (powers of 1000), in the
/// process's language: the value is a number, so `de` writes `1,2 kB`.
pub fn bytes(n: u64) -> Msg {
    if n < 1000 {
        return msg!("status-bytes-b", value = n);
    }
    let mut value = n as f64 / 1000.0;
    let mut unit = 0;
    while value >= 1000.0 && unit < 3 {
        value /= 1000.0;
        unit += 1;
    }
    // One decimal, as `{:.1}` rounds it (Fluent prints `1` for 1.0).
    let value = (value * 10.0).round() / 10.0;
    match unit {
        0 => msg!("status-bytes-kb", value = value),
        1 => msg!("status-bytes-mb", value = value),
        2 => msg!("status-bytes-gb", value = value),
        _ => msg!("status-bytes-tb", value = value),
    }
}

/// `text` then spaces to `width` terminal columns, counted as a terminal shows them: a
/// Japanese or Chinese label takes two columns a character (`{:<width$}` counts one).
pub fn pad(text: &str, width: usize) -> String {
    let shown = text.width();
    format!("{text}{}", " ".repeat(width.saturating_sub(shown)))
}

/// Spaces to `width` terminal columns, then `text` (numbers and their headings).
pub fn pad_left(text: &str, width: usize) -> String {
    format!("{}{text}", " ".repeat(width.saturating_sub(text.width())))
}

/// How many terminal columns `text` takes.
pub fn columns(text: &str) -> usize {
    text.width()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped_and_length_bounded() {
        assert_eq!(printable("evil.example:443", 40), "evil.example:443");
        assert_eq!(printable("a\u{1b}[2Jb\n", 40), "a\\u{1b}[2Jb\\n");
        assert_eq!(printable("abcdefghij", 5), "abcd…");
        assert_eq!(printable("abcde", 5), "abcde");
    }

    #[test]
    fn numbers_for_a_person() {
        assert_eq!(
            [duration(45), duration(323), duration(7380), duration(273_600)],
            ["45s", "5m23s", "2h03m", "3d04h"]
        );
        let shown = [bytes(512), bytes(1234), bytes(5_600_000_000), bytes(1_000_000)].map(|b| b.to_string());
        assert_eq!(shown, ["512 B", "1.2 kB", "5.6 GB", "1 MB"]);
    }
}
