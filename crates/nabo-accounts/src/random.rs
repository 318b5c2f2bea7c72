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
