//! Durations as operators write them (`"10s"`, `"5m"`, `"250ms"`), so that the config
//! file never needs a unit convention to be remembered.

use std::time::Duration;

use crate::lang::Msg;
use crate::msg;

/// How durations are written, for the errors.
const EXAMPLES: &str = "\"10s\", \"5m\", \"250ms\"";

/// Parses `<integer><unit>` with unit `ms`, `s`, `m` or `h`; a bare `0` means zero.
pub fn parse(text: &str) -> Result<Duration, Msg> {
    let text = text.trim();
    if text == "0" {
        return Ok(Duration::ZERO);
    }
    let split = text.find(|c: char| !c.is_ascii_digit()).ok_or_else(|| {
        msg!("config-duration-without-unit", value = format!("{text:?}"), examples = EXAMPLES)
    })?;
    let (digits, unit) = text.split_at(split);
    let n: u64 =
        digits.parse().map_err(|_| msg!("config-duration-not-whole-number", value = format!("{text:?}")))?;
    let d = match unit {
        "ms" => Duration::from_millis(n),
        "s" => Duration::from_secs(n),
        "m" => Duration::from_secs(n.saturating_mul(60)),
        "h" => Duration::from_secs(n.saturating_mul(3600)),
        _ => {
            return Err(Msg::new("config-duration-unknown-unit")
                .arg("value", format!("{text:?}"))
                .arg("unit", format!("{unit:?}"))
                .arg("units", "ms, s, m")
                .arg("last", "h"));
        }
    };
    Ok(d)
}

/// Formats a duration back into the shortest exact unit, for `check` output.
pub fn format(d: Duration) -> String {
    let ms = d.as_millis();
    if ms == 0 {
        "0s".into()
    } else if ms.is_multiple_of(3_600_000) {
        format!("{}h", ms / 3_600_000)
    } else if ms.is_multiple_of(60_000) {
        format!("{}m", ms / 60_000)
    } else if ms.is_multiple_of(1000) {
        format!("{}s", ms / 1000)
    } else {
        format!("{ms}ms")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units() {
        assert_eq!(parse("10s"), Ok(Duration::from_secs(10)));
        assert_eq!(
            parse("10").unwrap_err().to_string(),
            "\"10\" has no unit; write e.g. \"10s\", \"5m\", \"250ms\""
        );
        assert_eq!(parse("5m"), Ok(Duration::from_secs(300)));
        assert_eq!(parse("2h"), Ok(Duration::from_secs(7200)));
        assert_eq!(parse("250ms"), Ok(Duration::from_millis(250)));
        assert_eq!(parse("0"), Ok(Duration::ZERO));
    }

    #[test]
    fn rejects() {
        for bad in ["", "10", "s", "10 s", "10d", "-1s", "1.5s"] {
            assert!(parse(bad).is_err(), "{bad:?} should be rejected");
        }
    }

    #[test]
    fn round_trip() {
        for s in ["10s", "5m", "2h", "250ms", "0s"] {
            assert_eq!(format(parse(s).unwrap()), s);
        }
    }
}
