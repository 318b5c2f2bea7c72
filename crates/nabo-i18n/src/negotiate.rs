//! Choosing the locale to show: the reader's wishes, in order, against what exists.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

/// The language tags of an `Accept-Language` header, best first (quality values
/// respected, `*` and malformed entries ignored).
pub fn parse_accept_language(header: &str) -> Vec<String> {
    let mut entries: Vec<(f32, usize, String)> = header
        .split(',')
        .enumerate()
        .filter_map(|(position, part)| {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next()?.trim();
            if tag.is_empty() || tag == "*" || tag.len() > 35 {
                return None;
            }
            let quality = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (quality > 0.0 && quality <= 1.0).then(|| (quality, position, tag.to_owned()))
        })
        .collect();
    entries.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    entries.into_iter().map(|(_, _, tag)| tag).collect()
}

/// The best of `available` for someone who asked for `requested` (best first), or
/// `default` when nothing matches. `fa-IR` finds `fa`; `prs` must be resolved to `fa-AF`
/// by the caller (content aliases), as no standard data says so.
pub fn negotiate(requested: &[String], available: &[String], default: &str) -> String {
    let requested: Vec<LanguageIdentifier> =
        requested.iter().filter_map(|t| t.parse().ok()).collect();
    let available_ids: Vec<LanguageIdentifier> =
        available.iter().filter_map(|t| t.parse().ok()).collect();
    let default_id: Option<LanguageIdentifier> = default.parse().ok();
    let chosen = negotiate_languages(
        &requested,
        &available_ids,
        default_id.as_ref(),
        NegotiationStrategy::Lookup,
    );
    chosen
        .first()
        .map(|id| id.to_string())
        .unwrap_or_else(|| default.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_is_ordered_by_quality() {
        assert_eq!(
            parse_accept_language("da;q=0.5, ar-SY, en;q=0.8, *;q=0.1, bad;q=x"),
            vec!["ar-SY", "en", "da"]
        );
        assert!(parse_accept_language("").is_empty());
    }

    #[test]
    fn negotiation_finds_the_closest_available_locale() {
        let available: Vec<String> = ["da", "en", "ar", "fa", "fa-AF", "zh"]
            .map(String::from)
            .to_vec();
        let pick = |wanted: &[&str]| {
            negotiate(
                &wanted.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                &available,
                "en",
            )
        };
        assert_eq!(pick(&["ar-SY", "en"]), "ar");
        assert_eq!(pick(&["fa-AF"]), "fa-AF");
        assert_eq!(pick(&["fa-IR"]), "fa");
        assert_eq!(pick(&["zh-Hans-CN"]), "zh");
        assert_eq!(pick(&["xx"]), "en");
        assert_eq!(pick(&[]), "en");
    }
}
