//! Numbers as the language writes them: `1,5 s` in German, `1.5 s` in English. Only the
//! decimal separator changes; integers are never grouped, so a port or a count reads the
//! same in every language (`8080`, not `8.080`).

use fluent_bundle::FluentValue;

/// A decimal comma for a number placeable (`{ $seconds }`); other values as they are.
pub fn comma<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(n.as_string().replace('.', ",")),
        _ => None,
    }
}

/// The decimal point: Fluent's own formatting.
pub fn point<M>(_: &FluentValue, _: &M) -> Option<String> {
    None
}
