//! Identifiers: lowercase ASCII slugs (`[a-z0-9-]{1,80}`), stable across exports.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Why a string is not a valid identifier.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    #[error("must not be empty")]
    Empty,
    #[error("is {0} characters long; at most 80 are allowed")]
    TooLong(usize),
    #[error("{0:?} may contain only lowercase letters a-z, digits and '-'")]
    InvalidCharacter(String),
    #[error("{0:?} must not start or end with '-'")]
    EdgeHyphen(String),
}

fn check_slug(value: &str) -> Result<(), IdError> {
    if value.is_empty() {
        return Err(IdError::Empty);
    }
    let length = value.chars().count();
    if length > 80 {
        return Err(IdError::TooLong(length));
    }
    if !value
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Err(IdError::InvalidCharacter(value.to_owned()));
    }
    if value.starts_with('-') || value.ends_with('-') {
        return Err(IdError::EdgeHyphen(value.to_owned()));
    }
    Ok(())
}

macro_rules! slug_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// Parses an identifier, rejecting anything but `[a-z0-9-]{1,80}`.
            pub fn parse(value: &str) -> Result<Self, IdError> {
                check_slug(value)?;
                Ok(Self(value.to_owned()))
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = IdError;
            fn try_from(value: String) -> Result<Self, IdError> {
                check_slug(&value)?;
                Ok(Self(value))
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }
    };
}

slug_id!(
    /// The stable id of a resource, e.g. `aarhus-jobcenter`.
    ResourceId
);
slug_id!(
    /// The id of an area, e.g. `dk-0751` (Denmark's municipality code 0751).
    AreaId
);
slug_id!(
    /// The id of a taxonomy category, e.g. `health-visitor`.
    CategoryId
);
slug_id!(
    /// The id of an access attribute, e.g. `women-only-hours`.
    AttributeId
);
slug_id!(
    /// The login of an editor's, translator's, coordinator's or admin's account, e.g.
    /// `amina-aarhus`.
    UserId
);
slug_id!(
    /// A volunteers' local group, e.g. `aarhus-gellerup`: where a referral was made from
    /// (never who made it).
    GroupId
);
slug_id!(
    /// The public id of a partner site's API key, e.g. `k7mq2xhd` (the key itself is
    /// secret; this id lists and revokes it).
    KeyId
);

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: Result<(), &str>) {
        let result = ResourceId::parse(input)
            .map(|_| ())
            .map_err(|e| e.to_string());
        assert_eq!(result, expected.map_err(str::to_owned), "input {input:?}");
    }

    #[test]
    fn accepts_and_rejects_slugs() {
        check("aarhus-jobcenter", Ok(()));
        check("dk-0751", Ok(()));
        check("", Err("must not be empty"));
        check(
            "Aarhus",
            Err("\"Aarhus\" may contain only lowercase letters a-z, digits and '-'"),
        );
        check("-x", Err("\"-x\" must not start or end with '-'"));
        check(
            "ø",
            Err("\"ø\" may contain only lowercase letters a-z, digits and '-'"),
        );
        check(
            &"a".repeat(81),
            Err("is 81 characters long; at most 80 are allowed"),
        );
    }
}
