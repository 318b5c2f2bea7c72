//! Partner sites: the web origins a partner's API key may be used from, and the key's
//! description (name, origins, rate). The key's secret is never part of it.

use crate::ids::KeyId;
use chrono::{DateTime, Utc};
use std::fmt;
use std::num::NonZeroU32;

/// The most requests per minute a key may be given.
pub const MAX_KEY_RATE: u32 = 100_000;
/// Requests per minute of a key when its issuer does not say.
pub const DEFAULT_KEY_RATE: u32 = 600;

/// A web origin (`https://kommune.example`, `http://127.0.0.1:8000`), as browsers send it
/// in the `Origin` header: scheme, host and a port other than the scheme's default.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Origin(String);

/// Why a text is not a web origin.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{text:?} is not a web origin ({reason}); write it like https://kommune.example")]
pub struct OriginError {
    pub text: String,
    pub reason: &'static str,
}

impl Origin {
    /// Parses an origin; a trailing `/` is allowed, a path, query, user or fragment is not.
    pub fn parse(text: &str) -> Result<Self, OriginError> {
        let fail = |reason| OriginError {
            text: text.to_owned(),
            reason,
        };
        let trimmed = text.trim();
        let url = url::Url::parse(trimmed).map_err(|_| fail("not an absolute URL"))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(fail("only http and https"));
        }
        if url.host_str().is_none_or(str::is_empty) {
            return Err(fail("no host"));
        }
        let bare = url.path() == "/" && !trimmed.ends_with("//");
        if !bare || url.query().is_some() || url.fragment().is_some() {
            return Err(fail("an origin has no path, query or fragment"));
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(fail("an origin has no user name or password"));
        }
        Ok(Self(url.origin().ascii_serialization()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A partner's API key as stored: who it is for, where it may be used from, how fast.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerKey {
    pub id: KeyId,
    /// Who the key is for ("Aarhus Kommune, borger.aarhus.dk").
    pub name: String,
    /// Browser origins allowed to use the key; requests without an `Origin` (servers)
    /// may use it from anywhere.
    pub origins: Vec<Origin>,
    /// Requests per minute (also the burst).
    pub per_minute: NonZeroU32,
    pub created_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_normalized_or_refused() {
        let ok = |text: &str| Origin::parse(text).map(|o| o.0).map_err(|e| e.reason);
        assert_eq!(
            ok("https://Kommune.Example/"),
            Ok("https://kommune.example".into())
        );
        assert_eq!(
            ok("http://127.0.0.1:8000"),
            Ok("http://127.0.0.1:8000".into())
        );
        assert_eq!(ok("https://a.example:443"), Ok("https://a.example".into()));
        assert_eq!(
            ok("https://a.example/page"),
            Err("an origin has no path, query or fragment")
        );
        assert_eq!(
            ok("https://a.example?x=1"),
            Err("an origin has no path, query or fragment")
        );
        assert_eq!(ok("ftp://a.example"), Err("only http and https"));
        assert_eq!(ok("a.example"), Err("not an absolute URL"));
        assert_eq!(
            ok("https://u:p@a.example"),
            Err("an origin has no user name or password")
        );
        assert!(Origin::parse("*").is_err());
    }
}
