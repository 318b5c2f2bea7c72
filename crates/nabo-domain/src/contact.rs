//! Ways to reach a service: phone (E.164 after normalization), e-mail, website.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A phone number as written by the editor (`+45 35 89 12 50`), known to normalize to a
/// valid E.164 number (`+4535891250`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Phone {
    display: String,
    e164: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ContactError {
    #[error(
        "{0:?} is not a phone number in international form: start with + and the country code, then 4 to 14 digits (spaces, dashes, dots and parentheses allowed)"
    )]
    Phone(String),
    #[error("{0:?} is not an e-mail address")]
    Email(String),
    #[error("{0:?} is not a web address: {1}")]
    Website(String, String),
}

impl Phone {
    pub fn parse(value: &str) -> Result<Self, ContactError> {
        let display = value.trim();
        let error = || ContactError::Phone(value.to_owned());
        let rest = display.strip_prefix('+').ok_or_else(error)?;
        let mut digits = String::with_capacity(16);
        for c in rest.chars() {
            match c {
                '0'..='9' => digits.push(c),
                ' ' | '-' | '.' | '(' | ')' | '\u{a0}' => {}
                _ => return Err(error()),
            }
        }
        // E.164: at most 15 digits, country codes never start with 0.
        if !(6..=15).contains(&digits.len()) || digits.starts_with('0') {
            return Err(error());
        }
        Ok(Self {
            display: display.to_owned(),
            e164: format!("+{digits}"),
        })
    }

    /// The number as the editor wrote it, for reading.
    pub fn display(&self) -> &str {
        &self.display
    }

    /// The number in E.164 form, for `tel:` links.
    pub fn e164(&self) -> &str {
        &self.e164
    }
}

impl TryFrom<String> for Phone {
    type Error = ContactError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Phone> for String {
    fn from(phone: Phone) -> String {
        phone.display
    }
}

/// An e-mail address, checked for a plausible shape (one `@`, a dotted domain, no spaces).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    pub fn parse(value: &str) -> Result<Self, ContactError> {
        let trimmed = value.trim();
        let error = || ContactError::Email(value.to_owned());
        let (local, domain) = trimmed.split_once('@').ok_or_else(error)?;
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && domain
                .chars()
                .all(|c| c.is_alphanumeric() || c == '.' || c == '-');
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || "<>()[],;:\"@\\".contains(c));
        if !domain_ok || !local_ok || trimmed.len() > 254 {
            return Err(error());
        }
        Ok(Self(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Email {
    type Error = ContactError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Email> for String {
    fn from(email: Email) -> String {
        email.0
    }
}

/// A website: an absolute `http` or `https` URL.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Website(String);

impl Website {
    pub fn parse(value: &str) -> Result<Self, ContactError> {
        let trimmed = value.trim();
        // The URL parser drops control characters (a NUL before `http`, a line break
        // inside), so the text kept would not be the address that was checked.
        if trimmed.chars().any(char::is_control) {
            return Err(ContactError::Website(
                value.to_owned(),
                "the address contains control characters".to_owned(),
            ));
        }
        let url = url::Url::parse(trimmed)
            .map_err(|e| ContactError::Website(value.to_owned(), e.to_string()))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(ContactError::Website(
                value.to_owned(),
                "only http and https addresses are allowed".to_owned(),
            ));
        }
        if url.host_str().is_none_or(str::is_empty) {
            return Err(ContactError::Website(
                value.to_owned(),
                "the address has no host".to_owned(),
            ));
        }
        Ok(Self(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Website {
    type Error = ContactError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Website> for String {
    fn from(website: Website) -> String {
        website.0
    }
}

impl fmt::Display for Website {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_normalizes_to_e164() {
        let phone = Phone::parse("+45 35 89-12 (50)").expect("valid");
        assert_eq!(phone.e164(), "+4535891250");
        assert_eq!(phone.display(), "+45 35 89-12 (50)");
        for bad in [
            "35891250",
            "+45 abc",
            "+0 123 456",
            "+1",
            "+45 1234567890123456",
            "112",
        ] {
            assert!(Phone::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn email_and_website_shapes() {
        assert!(Email::parse("borgerservice@example.dk").is_ok());
        for bad in [
            "no-at.example.dk",
            "a@b",
            "a b@example.dk",
            "@example.dk",
            "a@.dk",
            "<script>@x.dk",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?}");
        }
        assert!(Website::parse("https://example.dk/aarhus").is_ok());
        for bad in [
            "javascript:alert(1)",
            "example.dk",
            "ftp://example.dk",
            "https://",
            // Found by tests/fuzz.rs: the parser read `http://+` and the NUL was kept.
            "\0http://+",
            "https://exam\nple.dk",
        ] {
            assert!(Website::parse(bad).is_err(), "{bad:?}");
        }
    }
}
