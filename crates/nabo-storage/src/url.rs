//! A database URL that keeps its password out of logs, errors and `Debug` output.

use crate::connect::Backend;
use crate::error::StorageError;
use std::convert::Infallible;
use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;

/// `sqlite://PATH` or `postgres://USER:PASSWORD@HOST/DB`. Shown (`Display`, `Debug`)
/// with the password replaced by `***`; `expose` gives the whole URL to the driver.
#[derive(Clone, PartialEq, Eq)]
pub struct DatabaseUrl(String);

impl DatabaseUrl {
    pub fn new(url: impl Into<String>) -> Self {
        Self(url.into())
    }

    /// The URL with its password, for connecting only.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Which backend the URL selects, read from its scheme without connecting.
    pub fn backend(&self) -> Result<Backend, StorageError> {
        let url = &self.0;
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else {
            Err(StorageError::UnsupportedUrl(self.redacted()))
        }
    }

    /// The database file of a `sqlite:` URL (`None` for other backends and for
    /// `sqlite::memory:`).
    pub fn sqlite_path(&self) -> Option<PathBuf> {
        let rest = self.0.strip_prefix("sqlite:")?.trim_start_matches("//");
        let (path, _query) = rest.split_once('?').unwrap_or((rest, ""));
        (!path.is_empty() && !path.starts_with(":memory:")).then(|| PathBuf::from(path))
    }

    /// The URL with the password (if any) replaced by `***`.
    pub fn redacted(&self) -> String {
        let url = &self.0;
        let Some(scheme) = url.find("://") else {
            return url.clone();
        };
        let authority_end = url[scheme + 3..]
            .find('/')
            .map_or(url.len(), |end| scheme + 3 + end);
        let Some(at) = url[..authority_end].rfind('@') else {
            return url.clone();
        };
        match url[scheme + 3..at].split_once(':') {
            Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
            None => url.clone(),
        }
    }
}

impl fmt::Display for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.redacted())
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DatabaseUrl({:?})", self.redacted())
    }
}

impl FromStr for DatabaseUrl {
    type Err = Infallible;
    fn from_str(url: &str) -> Result<Self, Infallible> {
        Ok(Self::new(url))
    }
}

impl From<String> for DatabaseUrl {
    fn from(url: String) -> Self {
        Self(url)
    }
}

#[cfg(test)]
mod tests {
    use super::DatabaseUrl;

    #[test]
    fn the_password_never_shows() {
        let url = DatabaseUrl::new("postgres://nabo:s3cr%40t@db.example:5432/nabo?sslmode=require");
        for shown in [url.to_string(), format!("{url:?}"), url.redacted()] {
            assert!(!shown.contains("s3cr"), "{shown}");
            assert!(shown.contains("nabo:***@db.example:5432/nabo"), "{shown}");
        }
        assert!(url.expose().contains("s3cr%40t"));
    }

    #[test]
    fn a_sqlite_url_names_its_file() {
        let file = |url: &str| DatabaseUrl::new(url).sqlite_path();
        assert_eq!(
            file("sqlite://./data/nabo.db"),
            Some("./data/nabo.db".into())
        );
        assert_eq!(
            file("sqlite:///var/lib/nabo/nabo.db?mode=rwc"),
            Some("/var/lib/nabo/nabo.db".into())
        );
        assert_eq!(file("sqlite:nabo.db"), Some("nabo.db".into()));
        assert_eq!(file("sqlite::memory:"), None);
        assert_eq!(file("postgres://nabo@localhost/nabo"), None);
    }

    #[test]
    fn urls_without_a_password_show_as_they_are() {
        for plain in [
            "sqlite://./data/nabo.db",
            "postgres://nabo@localhost/test",
            "sqlite:///tmp/a@b/nabo.db",
        ] {
            assert_eq!(DatabaseUrl::new(plain).to_string(), plain);
        }
    }
}
