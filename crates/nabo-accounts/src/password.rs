//! Passwords: checked for length, hashed with argon2id (a PHC string with its own random
//! salt), verified, or generated for a new account.

use crate::error::AccountError;
use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use std::fmt;

pub const MIN_PASSWORD_LENGTH: usize = 12;
/// Hashing cost grows with length; longer input is refused before any work.
pub const MAX_PASSWORD_LENGTH: usize = 256;
/// Letters and digits no one confuses when reading a password aloud (no 0/O, 1/l/I).
const ALPHABET: &[u8] = b"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const GENERATED_LENGTH: usize = 20;

/// A password of acceptable length. Its `Debug` never shows it.
#[derive(Clone)]
pub struct Password(String);

impl Password {
    pub fn new(text: impl Into<String>) -> Result<Self, AccountError> {
        let text = text.into();
        let length = text.chars().count();
        if length < MIN_PASSWORD_LENGTH {
            return Err(AccountError::PasswordTooShort {
                min: MIN_PASSWORD_LENGTH,
            });
        }
        if length > MAX_PASSWORD_LENGTH {
            return Err(AccountError::PasswordTooLong {
                max: MAX_PASSWORD_LENGTH,
            });
        }
        Ok(Self(text))
    }

    /// A new random password of 20 letters and digits (about 116 bits).
    pub fn generate() -> Result<Self, AccountError> {
        crate::random::text(ALPHABET, GENERATED_LENGTH).map(Self)
    }

    /// The password itself, to show once to the person it is for.
    pub fn reveal(&self) -> &str {
        &self.0
    }

    /// The argon2id hash (PHC string, random salt) to store.
    pub fn hash(&self) -> Result<String, AccountError> {
        Argon2::default()
            .hash_password(self.0.as_bytes())
            .map(|hash| hash.to_string())
            .map_err(|e| AccountError::Hashing(e.to_string()))
    }

    /// Whether this is the password `stored` (a PHC string) was made from. A stored
    /// value that is not a PHC string matches nothing.
    pub fn matches(&self, stored: &str) -> bool {
        PasswordHash::new(stored).is_ok_and(|hash| {
            Argon2::default()
                .verify_password(self.0.as_bytes(), &hash)
                .is_ok()
        })
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_verifies_its_password_only_and_never_contains_it() {
        let password = Password::new("correct horse battery").expect("long enough");
        let hash = password.hash().expect("hash");
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(!hash.contains("correct horse"));
        assert!(password.matches(&hash));
        let wrong = Password::new("correct horse battery!").expect("long enough");
        assert!(!wrong.matches(&hash));
        assert!(!password.matches("not a hash"));
        assert_ne!(hash, password.hash().expect("hash"), "a new salt each time");
        assert_eq!(format!("{password:?}"), "Password(***)");
    }

    #[test]
    fn lengths_are_checked_before_any_work() {
        assert!(matches!(
            Password::new("short"),
            Err(AccountError::PasswordTooShort { min: 12 })
        ));
        assert!(matches!(
            Password::new("x".repeat(MAX_PASSWORD_LENGTH + 1)),
            Err(AccountError::PasswordTooLong { .. })
        ));
    }

    #[test]
    fn generated_passwords_are_long_unambiguous_and_differ() {
        let first = Password::generate().expect("random");
        let second = Password::generate().expect("random");
        assert_eq!(first.reveal().len(), GENERATED_LENGTH);
        assert!(first.reveal().bytes().all(|b| ALPHABET.contains(&b)));
        assert_ne!(first.reveal(), second.reveal());
    }
}
