//! The JSON line of one event, written straight into the logging thread's line buffer.
//!
//! The line is exactly what tracing-subscriber's `json().flatten_event(true)` wrote
//! before (the reference test below holds the two equal): `timestamp`, `level`, then the
//! event's fields in the order the macro names them, numbers as serde_json writes them.
//! It exists because that formatter cost a fifth of the worker's CPU per tunnel when
//! tunnels open in bulk (`perf/results/2026-12-01-setup-cpu.md`): it serialises through
//! an `io::Write` adapter that re-validates every fragment as UTF-8, formats the
//! timestamp into a fresh `String`, and escapes `Display` values a character at a time.
//! Here a fragment that needs no escaping (nearly all of them) is copied whole.

use std::fmt::{self, Write};

use tracing::field::{Field, Visit};
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::fmt::format::Writer;
use tracing_subscriber::fmt::time::{FormatTime, SystemTime};
use tracing_subscriber::fmt::{FmtContext, FormatEvent, FormatFields};
use tracing_subscriber::registry::LookupSpan;

/// One JSON object per event: `{"timestamp":…,"level":…,<fields>}` and a newline.
#[derive(Debug, Clone, Copy, Default)]
pub struct JsonLine<T = SystemTime> {
    timer: T,
}

impl<T> JsonLine<T> {
    /// With another clock (tests pin the timestamp).
    #[cfg(test)]
    fn with_timer(timer: T) -> JsonLine<T> {
        JsonLine { timer }
    }
}

impl<S, N, T> FormatEvent<S, N> for JsonLine<T>
where
    S: Subscriber + for<'a> LookupSpan<'a>,
    N: for<'a> FormatFields<'a> + 'static,
    T: FormatTime,
{
    fn format_event(&self, _: &FmtContext<'_, S, N>, mut w: Writer<'_>, event: &Event<'_>) -> fmt::Result {
        w.write_str("{\"timestamp\":\"")?;
        // The clock writes digits, '-', ':', '.', 'T' and 'Z': nothing to escape.
        self.timer.format_time(&mut w)?;
        w.write_str("\",\"level\":\"")?;
        w.write_str(level(event.metadata().level()))?;
        w.write_char('"')?;
        let mut fields = Fields { w: &mut w, result: Ok(()) };
        event.record(&mut fields);
        fields.result?;
        w.write_str("}\n")
    }
}

fn level(level: &Level) -> &'static str {
    match *level {
        Level::ERROR => "ERROR",
        Level::WARN => "WARN",
        Level::INFO => "INFO",
        Level::DEBUG => "DEBUG",
        Level::TRACE => "TRACE",
    }
}

/// Writes each field as `,"name":value`; the first error stops the line.
struct Fields<'a, 'w> {
    w: &'a mut Writer<'w>,
    result: fmt::Result,
}

impl Fields<'_, '_> {
    fn entry(&mut self, field: &Field, value: impl FnOnce(&mut Writer<'_>) -> fmt::Result) {
        if self.result.is_ok() {
            self.result = entry(self.w, field, value);
        }
    }
}

/// `,"name":` then the value.
fn entry(
    w: &mut Writer<'_>,
    field: &Field,
    value: impl FnOnce(&mut Writer<'_>) -> fmt::Result,
) -> fmt::Result {
    w.write_str(",\"")?;
    Escaped(&mut *w).write_str(field.name())?;
    w.write_str("\":")?;
    value(w)
}

impl Visit for Fields<'_, '_> {
    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        self.entry(field, |w| {
            w.write_char('"')?;
            write!(Escaped(&mut *w), "{value:?}")?;
            w.write_char('"')
        });
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        self.entry(field, |w| {
            w.write_char('"')?;
            Escaped(&mut *w).write_str(value)?;
            w.write_char('"')
        });
    }

    fn record_u64(&mut self, field: &Field, value: u64) {
        self.entry(field, |w| w.write_str(itoa::Buffer::new().format(value)));
    }

    fn record_i64(&mut self, field: &Field, value: i64) {
        self.entry(field, |w| w.write_str(itoa::Buffer::new().format(value)));
    }

    fn record_bool(&mut self, field: &Field, value: bool) {
        self.entry(field, |w| w.write_str(if value { "true" } else { "false" }));
    }

    /// As serde_json: the shortest form that reads back the same, `null` when not finite.
    fn record_f64(&mut self, field: &Field, value: f64) {
        self.entry(field, |w| match value.is_finite() {
            true => w.write_str(zmij::Buffer::new().format_finite(value)),
            false => w.write_str("null"),
        });
    }
}

/// The inside of a JSON string, escaped as serde_json does: `"`, `\` and the control
/// characters below U+0020; everything else (all of UTF-8) as it is.
struct Escaped<'a, W: Write>(&'a mut W);

impl<W: Write> Write for Escaped<'_, W> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let bytes = s.as_bytes();
        let mut start = 0;
        for (i, &b) in bytes.iter().enumerate() {
            // The short escapes; the other control characters take `\u00XX` (None).
            let escape = match b {
                b'"' => Some("\\\""),
                b'\\' => Some("\\\\"),
                b'\n' => Some("\\n"),
                b'\r' => Some("\\r"),
                b'\t' => Some("\\t"),
                0x08 => Some("\\b"),
                0x0c => Some("\\f"),
                0x00..=0x1f => None,
                _ => continue,
            };
            // Only ASCII bytes stop the scan, so both slices end on char boundaries.
            self.0.write_str(&s[start..i])?;
            match escape {
                Some(escape) => self.0.write_str(escape)?,
                None => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    self.0.write_str("\\u00")?;
                    self.0.write_char(HEX[(b >> 4) as usize] as char)?;
                    self.0.write_char(HEX[(b & 0xf) as usize] as char)?;
                }
            }
            start = i + 1;
        }
        self.0.write_str(&s[start..])
    }
}

#[cfg(test)]
mod tests {
    use std::io;
    use std::sync::{Arc, Mutex};

    use tracing::{error, info, warn};
    use tracing_subscriber::fmt::MakeWriter;

    use super::*;

    /// A pinned clock, so the two formatters' lines can be compared whole.
    struct Pinned;

    impl FormatTime for Pinned {
        fn format_time(&self, w: &mut Writer<'_>) -> fmt::Result {
            w.write_str("2026-12-01T02:00:00.123456Z")
        }
    }

    #[derive(Clone, Default)]
    struct Captured(Arc<Mutex<Vec<u8>>>);

    impl io::Write for Captured {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    impl<'a> MakeWriter<'a> for Captured {
        type Writer = Captured;
        fn make_writer(&'a self) -> Captured {
            self.clone()
        }
    }

    #[derive(Debug)]
    struct Quoted;

    impl fmt::Display for Quoted {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("say \"hi\"\\ to\u{1}\u{1f}\u{7f} \u{e9}t\u{e9} 日本 \u{2028}\n\r\t\u{8}\u{c}")
        }
    }

    /// Every kind of field the gateway logs, and every character class the escaping
    /// treats differently.
    fn events() {
        let addr: std::net::SocketAddr = "[2001:db8::1]:443".parse().unwrap();
        let err = io::Error::other("it \"broke\"\n");
        info!(
            event_id = 103u16,
            client = %addr,
            via = "",
            user = "a\"b\\c\u{0}",
            decision = "allow",
            relay_failovers = 0u32,
            relay_all_failing = false,
            connect_ms = 0.063804,
            "CONNECT {} from {} allowed",
            "example.com:443",
            addr
        );
        warn!(event_id = 402u16, quoted = %Quoted, debug = ?Quoted, "{}", Quoted);
        error!(
            big = u64::MAX,
            small = i64::MIN,
            negative = -3i32,
            wide = u128::MAX,
            widen = i128::MIN,
            yes = true,
            zero = 0.0f64,
            minus_zero = -0.0f64,
            tiny = 1e-7,
            huge = 1.5e300,
            integral = 3.0f64,
            nan = f64::NAN,
            inf = f64::INFINITY,
            float32 = 0.1f32,
            error = &err as &dyn std::error::Error,
            empty = ""
        );
        info!("only a message");
        info!(event_id = 1u16, message = "named message", after = 2u8);
    }

    #[test]
    fn lines_equal_tracing_subscribers_json_lines() {
        let (ours, theirs) = (Captured::default(), Captured::default());
        let base = || tracing_subscriber::fmt().with_max_level(Level::TRACE).with_target(false);
        tracing::subscriber::with_default(
            base().with_writer(ours.clone()).event_format(JsonLine::with_timer(Pinned)).finish(),
            events,
        );
        tracing::subscriber::with_default(
            base()
                .with_writer(theirs.clone())
                .with_timer(Pinned)
                .json()
                .flatten_event(true)
                .with_current_span(false)
                .finish(),
            events,
        );
        let ours = String::from_utf8(ours.0.lock().unwrap().clone()).unwrap();
        let theirs = String::from_utf8(theirs.0.lock().unwrap().clone()).unwrap();
        assert_eq!(ours.lines().count(), 5, "{ours}");
        for (a, b) in ours.lines().zip(theirs.lines()) {
            assert_eq!(a, b);
            serde_json::from_str::<serde_json::Value>(a).expect("each line is JSON");
        }
        assert_eq!(ours, theirs);
    }

    #[test]
    fn the_system_clock_writes_nothing_to_escape() {
        let mut line = String::new();
        SystemTime.format_time(&mut Writer::new(&mut line)).unwrap();
        assert!(line.bytes().all(|b| b.is_ascii_digit() || b"-:.TZ".contains(&b)), "{line}");
    }
}
