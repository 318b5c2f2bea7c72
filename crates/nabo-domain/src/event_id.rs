//! The id a browser gives an event it records (a referral), so that sending it again
//! after a lost answer never counts it twice.

use std::fmt;

/// The fewest characters of an event id: enough randomness (a UUID has 36) that two
/// volunteers' phones never make the same one.
pub const EVENT_ID_MIN: usize = 16;
/// The most characters of an event id.
pub const EVENT_ID_MAX: usize = 64;

/// Why a text is not an event id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "an event id is {EVENT_ID_MIN} to {EVENT_ID_MAX} lowercase letters a-z, digits and '-' (a UUID), not {0:?}"
)]
pub struct EventIdError(pub String);

/// A client-made event id, e.g. a UUID `0b4c8f0e-4f7e-4a55-9b5c-7f1d2a9e6c3b`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EventId(String);

impl EventId {
    pub fn parse(text: &str) -> Result<Self, EventIdError> {
        let fits = (EVENT_ID_MIN..=EVENT_ID_MAX).contains(&text.len())
            && text
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if fits {
            Ok(Self(text.to_owned()))
        } else {
            Err(EventIdError(text.chars().take(EVENT_ID_MAX + 1).collect()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for EventId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_uuids_and_refuses_short_or_odd_ids() {
        assert!(EventId::parse("0b4c8f0e-4f7e-4a55-9b5c-7f1d2a9e6c3b").is_ok());
        for bad in [
            "",
            "abc",
            "0B4C8F0E-4F7E-4A55",
            "0b4c8f0e 4f7e 4a55",
            &"a".repeat(65),
        ] {
            assert!(EventId::parse(bad).is_err(), "{bad:?}");
        }
    }
}
