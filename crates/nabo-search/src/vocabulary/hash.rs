//! A fast hash for the vocabulary's own tables. Their keys come from the content (the
//! taxonomy's words); queries only look them up, so the flooding that SipHash guards
//! against cannot happen here, and lookups are most of a query's vocabulary work.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a, 64 bits.
#[derive(Debug, Clone, Copy)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Self(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 ^= u64::from(*byte);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A hash map with `Fnv`.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
/// A hash set with `Fnv`.
pub type FastSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;
