//! Random text from the operating system's generator, for passwords and tokens.

use crate::error::AccountError;

/// `length` characters drawn evenly from `alphabet` (bytes that would favour some
/// characters are drawn again).
pub fn text(alphabet: &[u8], length: usize) -> Result<String, AccountError> {
    let limit = 256 - 256 % alphabet.len();
    let mut chosen = String::with_capacity(length);
    let mut bytes = [0_u8; 64];
    while chosen.len() < length {
        getrandom::fill(&mut bytes).map_err(|e| AccountError::Hashing(e.to_string()))?;
        for byte in bytes.iter().map(|b| usize::from(*b)).filter(|b| *b < limit) {
            if chosen.len() == length {
                break;
            }
            chosen.push(char::from(alphabet[byte % alphabet.len()]));
        }
    }
    Ok(chosen)
}

/// A fresh event id (32 random hex digits) for a referral form made by the server, so
/// that sending the same form twice counts once.
pub fn event_id() -> Result<nabo_domain::EventId, AccountError> {
    let text = self::text(b"0123456789abcdef", 32)?;
    nabo_domain::EventId::parse(&text).map_err(|e| AccountError::Hashing(e.to_string()))
}
