//! A set of the entries of a large word list, as an open-addressing table
//! of offsets into the list itself.
//!
//! The English word list has 230,000 entries: inserting them into a hash
//! map took a tenth of every process's start-up and 4 MB of memory. The
//! build script (`build.rs`, which includes this file) builds the table
//! once, at compile time, and the crate embeds it beside the list: at run
//! time nothing is built, and only the slots a lookup touches are read.
//!
//! A slot is a little-endian `u32`: 0 for an empty slot, otherwise the
//! entry's byte offset in the list plus one (the low [`OFFSET_BITS`] bits)
//! and some bits of the entry's hash (the rest), which turn away most other
//! words without reading the list. An entry ends where its line does, so
//! the offset alone says which entry a slot holds.

use crate::hash::FxHasher;
use std::hash::Hasher;

/// Bits of a slot that hold the offset plus one: lists up to 8 MiB.
const OFFSET_BITS: u32 = 23;
/// Slots per entry, at least: most lookups are of words outside the set,
/// and at this load a miss reads one or two slots.
#[cfg_attr(not(test), allow(dead_code))] // read by `build`
const SLOTS_PER_ENTRY: usize = 2;

/// A word table over `list`, borrowed from wherever both were embedded.
#[derive(Clone, Copy, Debug)]
pub(crate) struct WordTable<'a> {
    list: &'a [u8],
    slots: &'a [u8],
    /// 64 less log2 of the number of slots.
    shift: u32,
}

/// The slot index (the top bits of the hash) and the tag (the bits above
/// the offset) of `word` in a table of `1 << (64 - shift)` slots.
#[inline]
fn place(word: &[u8], shift: u32) -> (usize, u32) {
    let mut hasher = FxHasher::default();
    hasher.write(word);
    let hash = hasher.finish();
    let index = (hash >> shift) as usize;
    let tag = (hash as u32) & !((1 << OFFSET_BITS) - 1);
    (index, tag)
}

/// Does the entry at `offset` in `list` equal `word`, up to its line end?
#[inline]
fn entry_is(list: &[u8], offset: usize, word: &[u8]) -> bool {
    list.get(offset..offset + word.len()) == Some(word)
        && matches!(list.get(offset + word.len()), None | Some(b'\n' | b'\r'))
}

/// The table of `entries`, slices of `list` that each run to the end of
/// their line (as the build script passes them: lines, trimmed, without
/// comments), as the bytes [`WordTable::new`] reads. Panics when the list
/// is too long for [`OFFSET_BITS`] or an entry does not end its line: the
/// build fails rather than ship a table that misses words.
#[cfg_attr(not(test), allow(dead_code))] // the crate embeds what build.rs made
pub(crate) fn build<'l>(list: &'l str, entries: impl Iterator<Item = &'l str>) -> Vec<u8> {
    assert!(list.len() < (1 << OFFSET_BITS) - 1, "word list too long");
    let entries: Vec<&str> = entries.collect();
    let order = (entries.len() * SLOTS_PER_ENTRY)
        .next_power_of_two()
        .max(2)
        .trailing_zeros();
    let (shift, mask) = (64 - order, (1usize << order) - 1);
    let mut slots = vec![0u32; 1 << order];
    for entry in entries {
        let offset = entry.as_ptr() as usize - list.as_ptr() as usize;
        let word = entry.as_bytes();
        assert!(
            entry_is(list.as_bytes(), offset, word),
            "entry {entry:?} does not end its line"
        );
        let (mut index, tag) = place(word, shift);
        loop {
            let slot = slots[index];
            if slot == 0 {
                slots[index] = tag | (offset as u32 + 1);
                break;
            }
            let held = (slot & ((1 << OFFSET_BITS) - 1)) as usize - 1;
            if slot & !((1 << OFFSET_BITS) - 1) == tag && entry_is(list.as_bytes(), held, word) {
                break; // listed twice
            }
            index = (index + 1) & mask;
        }
    }
    slots.iter().flat_map(|s| s.to_le_bytes()).collect()
}

impl<'a> WordTable<'a> {
    /// The table `slots` (made by [`build`] from `list`) over `list`.
    pub fn new(list: &'a str, slots: &'a [u8]) -> WordTable<'a> {
        let count = slots.len() / 4;
        assert!(
            count.is_power_of_two() && slots.len() == count * 4,
            "a word table has a power of two of four-byte slots"
        );
        WordTable {
            list: list.as_bytes(),
            slots,
            shift: 64 - count.trailing_zeros(),
        }
    }

    /// Is `word` an entry of the list?
    #[inline]
    pub fn contains(&self, word: &[u8]) -> bool {
        let mask = self.slots.len() / 4 - 1;
        let (mut index, tag) = place(word, self.shift);
        loop {
            let Some(&bytes) = self.slots[index * 4..].first_chunk::<4>() else {
                return false;
            };
            let slot = u32::from_le_bytes(bytes);
            if slot == 0 {
                return false;
            }
            if slot & !((1 << OFFSET_BITS) - 1) == tag {
                let offset = (slot & ((1 << OFFSET_BITS) - 1)) as usize - 1;
                if entry_is(self.list, offset, word) {
                    return true;
                }
            }
            index = (index + 1) & mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIST: &str = "# a comment\nsaid\naccording\r\n  padded\nsaid\nlast";

    fn entries(list: &str) -> impl Iterator<Item = &str> {
        crate::token::list_entries(list)
    }

    #[test]
    fn a_table_holds_its_entries_and_nothing_else() {
        let slots = build(LIST, entries(LIST));
        let table = WordTable::new(LIST, &slots);
        for word in ["said", "according", "padded", "last"] {
            assert!(table.contains(word.as_bytes()), "{word}");
        }
        for word in [
            "sai",
            "saidx",
            "",
            "# a comment",
            "according\r",
            "las",
            "lastx",
            "x",
        ] {
            assert!(!table.contains(word.as_bytes()), "{word:?}");
        }
    }

    #[test]
    fn the_embedded_english_table_is_the_one_the_list_makes() {
        let list = include_str!("../../gazetteers/lexicon/english_words.txt");
        let embedded = include_bytes!(concat!(env!("OUT_DIR"), "/english_words.table"));
        assert!(
            build(list, entries(list)) == embedded,
            "rebuild: cargo clean -p whosaid"
        );
        let table = WordTable::new(list, embedded);
        assert!(entries(list).all(|w| table.contains(w.as_bytes())));
        for word in ["kipling", "Said", "saids", "zzzz", "é"] {
            assert!(!table.contains(word.as_bytes()), "{word}");
        }
    }
}
