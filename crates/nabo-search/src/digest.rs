//! A digest of a resource as it is indexed: 64-bit FNV-1a over its interchange JSON
//! (byte-stable: fixed field and key order). Not a defence against anyone, only a way to
//! tell that the index holds the database's current document.

use nabo_domain::Resource;

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

/// The digest of `resource`.
pub fn of(resource: &Resource) -> u64 {
    let json = serde_json::to_vec(resource).unwrap_or_default();
    json.iter().fold(OFFSET, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(PRIME)
    })
}
