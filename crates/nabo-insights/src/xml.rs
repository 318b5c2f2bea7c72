//! Text safe inside XML elements and attribute values.

/// Escapes the five characters XML gives a meaning (`&`, `<`, `>`, `"`, `'`), so a
/// label can neither end its element or attribute nor start markup of its own.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}
