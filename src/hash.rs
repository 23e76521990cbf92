//! A fast hasher for short string keys.
//!
//! Name lookups hash one to a few short words per capitalised token; the
//! standard library's SipHash spends more time there than the rest of the
//! lookup. This is the multiply-rotate hash used by the Rust compiler
//! (FxHash): not resistant to adversarial keys, which is fine because keys
//! come from the gazetteers and lookups only ever read.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, mut bytes: &[u8]) {
        while let Some((chunk, rest)) = bytes.split_first_chunk::<8>() {
            self.add(u64::from_le_bytes(*chunk));
            bytes = rest;
        }
        // The last seven bytes or fewer in one step, not one multiply per
        // byte: every step waits for the one before it. Two reads that may
        // overlap cover four to seven bytes; the first, middle and last
        // byte cover one to three.
        let n = bytes.len();
        if let (Some(head), Some(tail)) = (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
            let (head, tail) = (u32::from_le_bytes(*head), u32::from_le_bytes(*tail));
            self.add(head as u64 | (tail as u64) << 32);
        } else if let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) {
            self.add(first as u64 | (bytes[n / 2] as u64) << 8 | (last as u64) << 16);
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    /// The low bits of a product depend only on the low bits of what was
    /// multiplied, and the table picks its slot by the low bits: the
    /// rotation brings down high bits, which depend on every byte.
    #[inline]
    fn finish(&self) -> u64 {
        self.hash.rotate_left(26)
    }
}

/// A one-hash Bloom filter over a small set of words: it rules out most
/// words outside the set in a few instructions, where a hash map probe
/// costs dozens. A word it lets through may still be outside the set.
#[derive(Clone, Debug)]
pub(crate) struct WordFilter {
    bits: Box<[u64]>,
    /// 64 less log2 of the number of bits: a hash shifted right by this
    /// much is a bit's index.
    shift: u32,
}

impl WordFilter {
    /// A filter holding `words`, with at least sixteen bits per word (and
    /// 1,024 in all) so that about one word in seventeen outside the set
    /// gets through; the largest, of a few thousand words, takes 32 KiB.
    pub fn new<W: AsRef<[u8]>>(words: impl Iterator<Item = W> + Clone) -> WordFilter {
        let order = (words.clone().count() * 16)
            .next_power_of_two()
            .max(1024)
            .trailing_zeros();
        let mut filter = WordFilter {
            bits: vec![0; 1 << (order - 6)].into_boxed_slice(),
            shift: 64 - order,
        };
        for word in words {
            let slot = filter.slot(word.as_ref());
            filter.bits[slot >> 6] |= 1 << (slot & 63);
        }
        filter
    }

    /// The bit of `word`, from its length and its first and last two bytes:
    /// no loop over the word, and one branch.
    #[inline]
    fn slot(&self, bytes: &[u8]) -> usize {
        let ends = match (bytes.first_chunk::<2>(), bytes.last_chunk::<2>()) {
            (Some(&head), Some(&tail)) => {
                u16::from_le_bytes(head) as u64 | (u16::from_le_bytes(tail) as u64) << 16
            }
            _ => bytes.first().map_or(0, |&b| b as u64),
        };
        self.slot_of(bytes.len(), ends)
    }

    /// The bit of a word of `len` bytes whose end bytes are `ends`.
    #[inline]
    fn slot_of(&self, len: usize, ends: u64) -> usize {
        let key = len as u64 | ends << 8;
        (key.wrapping_mul(SEED) >> self.shift) as usize
    }

    /// False when `word` is certainly not in the set.
    #[inline]
    pub fn may_contain(&self, word: &[u8]) -> bool {
        self.holds(self.slot(word))
    }

    /// False when the ASCII `word`, lower-cased, is certainly not in the
    /// set. Only the bytes the slot reads are lowered: a word the filter
    /// turns away is never copied.
    #[inline]
    pub fn may_contain_lowered(&self, word: &[u8]) -> bool {
        let ends = match (word.first_chunk::<2>(), word.last_chunk::<2>()) {
            (Some(&head), Some(&tail)) => ascii_lowercase(
                u16::from_le_bytes(head) as u32 | (u16::from_le_bytes(tail) as u32) << 16,
            ) as u64,
            _ => word.first().map_or(0, |&b| b.to_ascii_lowercase() as u64),
        };
        self.holds(self.slot_of(word.len(), ends))
    }

    #[inline]
    fn holds(&self, slot: usize) -> bool {
        self.bits[slot >> 6] & (1 << (slot & 63)) != 0
    }
}

/// The four ASCII bytes of `x`, lower-cased together. For a byte below
/// 0x80, adding `0x80 - lo` sets its high bit when it is at least `lo`,
/// and carries into no other byte.
#[inline]
fn ascii_lowercase(x: u32) -> u32 {
    let at_least = |lo: u8| x.wrapping_add(0x0101_0101 * (0x80 - lo) as u32);
    let upper = at_least(b'A') & !at_least(b'Z' + 1) & 0x8080_8080;
    x | upper >> 2
}

impl Default for WordFilter {
    fn default() -> WordFilter {
        WordFilter::new(std::iter::empty::<&[u8]>())
    }
}

/// A set of words probed far more often for words outside it than inside:
/// a [`WordFilter`] in front of the hash set.
#[derive(Clone, Debug, Default)]
pub(crate) struct WordSet {
    words: FastMap<Box<str>, ()>,
    filter: WordFilter,
}

impl WordSet {
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.filter.may_contain(word.as_bytes()) && self.words.contains_key(word)
    }
}

impl FromIterator<String> for WordSet {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> WordSet {
        let words: FastMap<Box<str>, ()> = iter.into_iter().map(|w| (w.into(), ())).collect();
        let filter = WordFilter::new(words.keys().map(|w| &**w));
        WordSet { words, filter }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_set_keeps_every_member_and_rejects_others() {
        let words = ["said", "a", "", "according", "Señor", "’s"];
        let set: WordSet = words.iter().map(|w| w.to_string()).collect();
        assert!(words.iter().all(|w| set.contains(w)));
        assert!(!set.contains("says") && !set.contains("b") && !set.contains("Senor"));
    }

    #[test]
    fn lowered_probe_finds_what_the_lowered_word_finds() {
        let filter = WordFilter::new(["said", "a", "ok", "new york", "@[`{"].iter());
        for word in ["SAID", "Said", "sAiD", "A", "a", "OK", "New York", "@[`{"] {
            let lower = word.to_ascii_lowercase();
            assert!(filter.may_contain_lowered(word.as_bytes()));
            assert_eq!(
                filter.may_contain_lowered(word.as_bytes()),
                filter.may_contain(lower.as_bytes())
            );
        }
        for word in ["", "B", "Says", "ZZZ", "Tell", "[@]"] {
            let lower = word.to_ascii_lowercase();
            assert_eq!(
                filter.may_contain_lowered(word.as_bytes()),
                filter.may_contain(lower.as_bytes())
            );
        }
    }
}
