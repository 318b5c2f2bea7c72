//! Postcodes: four digits, as Denmark writes them (`8000`, `2000`). The places a postcode
//! names are reference data (`ReferenceData::postcode`).

use serde::{Deserialize, Serialize};
use std::fmt;

/// A postcode: exactly four ASCII digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Postcode([u8; 4]);

/// Why a text is not a postcode.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("postcode {0:?} must be 4 digits, e.g. 8000")]
pub struct PostcodeError(String);

impl Postcode {
    /// Parses four ASCII digits, nothing around them.
    pub fn parse(value: &str) -> Result<Self, PostcodeError> {
        match <[u8; 4]>::try_from(value.as_bytes()) {
            Ok(digits) if digits.iter().all(u8::is_ascii_digit) => Ok(Self(digits)),
            _ => Err(PostcodeError(value.to_owned())),
        }
    }

    pub fn as_str(&self) -> &str {
        // Four ASCII digits are always UTF-8.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

impl TryFrom<String> for Postcode {
    type Error = PostcodeError;
    fn try_from(value: String) -> Result<Self, PostcodeError> {
        Self::parse(&value)
    }
}

impl From<Postcode> for String {
    fn from(postcode: Postcode) -> String {
        postcode.as_str().to_owned()
    }
}

impl fmt::Display for Postcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: Result<&str, &str>) {
        let got = Postcode::parse(input);
        match expected {
            Ok(text) => assert_eq!(got.map(|p| p.to_string()).as_deref(), Ok(text), "{input:?}"),
            Err(message) => assert_eq!(
                got.map_err(|e| e.to_string()),
                Err(message.to_owned()),
                "{input:?}"
            ),
        }
    }

    #[test]
    fn four_digits_and_nothing_else() {
        check("8220", Ok("8220"));
        check("0800", Ok("0800"));
        check("822", Err("postcode \"822\" must be 4 digits, e.g. 8000"));
        check(
            "82200",
            Err("postcode \"82200\" must be 4 digits, e.g. 8000"),
        );
        check("82a0", Err("postcode \"82a0\" must be 4 digits, e.g. 8000"));
        check(
            " 8220",
            Err("postcode \" 8220\" must be 4 digits, e.g. 8000"),
        );
        // Other scripts' digits are digits, but not a postcode's.
        check("٨٢٢٠", Err("postcode \"٨٢٢٠\" must be 4 digits, e.g. 8000"));
        check("", Err("postcode \"\" must be 4 digits, e.g. 8000"));
    }

    #[test]
    fn it_is_a_string_in_json_and_a_key_of_a_map() {
        let map: std::collections::BTreeMap<Postcode, u8> =
            serde_json::from_str(r#"{"8000": 1, "0800": 2}"#).expect("map");
        assert_eq!(
            serde_json::to_string(&map).expect("json"),
            r#"{"0800":2,"8000":1}"#
        );
        assert!(serde_json::from_str::<Postcode>(r#""80000""#).is_err());
    }
}
