//! CSV fields that spreadsheets open safely.

/// One CSV field: RFC 4180 quoting, and a leading `'` on text a spreadsheet would
/// otherwise run as a formula (`=`, `+`, `-`, `@`, tab, carriage return). Labels come
/// from content editors and translators, and municipalities open these files in
/// spreadsheet programs.
pub(crate) fn field(text: &str) -> String {
    let guarded = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if guarded.contains(['"', ',', '\r', '\n']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// One CSV line, ended by CRLF as RFC 4180 asks.
pub(crate) fn line(fields: impl IntoIterator<Item = String>) -> String {
    let fields: Vec<String> = fields.into_iter().map(|f| field(&f)).collect();
    let mut line = fields.join(",");
    line.push_str("\r\n");
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_and_guards() {
        assert_eq!(field("Aarhus"), "Aarhus");
        assert_eq!(field("Aarhus, Midt"), "\"Aarhus, Midt\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("=1+1"), "'=1+1");
        assert_eq!(field("+45"), "'+45");
        assert_eq!(field("-2"), "'-2");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(field("\tx"), "'\tx");
        assert_eq!(field("\rx"), "\"'\rx\"");
        assert_eq!(
            field("=HYPERLINK(\"a\",\"b\")"),
            "\"'=HYPERLINK(\"\"a\"\",\"\"b\"\")\""
        );
        assert_eq!(field("<5"), "<5");
        assert_eq!(line(["a".to_owned(), "b,c".to_owned()]), "a,\"b,c\"\r\n");
    }
}
