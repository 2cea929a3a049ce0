//! The insertion-ordered hash table behind dict, set and frozenset.
//!
//! Entries live in a `Vec` in insertion order (deleted ones become `None`);
//! a `hashbrown::HashTable` maps hashes to entry positions. Key equality needs
//! the heap (to compare strings and tuples), so lookups take an equality
//! closure from the caller instead of relying on `Eq`.

use hashbrown::HashTable;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::object::value::Value;

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
struct Entry {
    hash: u64,
    key: Value,
    value: Value,
}

/// An insertion-ordered hash table keyed by Python values.
#[derive(Debug, Clone, Default)]
pub struct Dict {
    entries: Vec<Option<Entry>>,
    index: HashTable<usize>,
    len: usize,
}

impl Dict {
    /// An empty table.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of live entries.
    #[must_use]
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether there are no entries.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Bytes used, for the memory budget.
    #[must_use]
    pub fn byte_size(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<Option<Entry>>() + self.index.capacity() * 16
    }

    /// Position of the entry whose key matches.
    pub fn find(&self, hash: u64, mut eq: impl FnMut(Value) -> bool) -> Option<usize> {
        self.index
            .find(hash, |&pos| {
                self.entries
                    .get(pos)
                    .and_then(|e| e.as_ref())
                    .is_some_and(|e| e.hash == hash && eq(e.key))
            })
            .copied()
    }

    /// Value of the entry at `pos`.
    #[must_use]
    pub fn value_at(&self, pos: usize) -> Option<Value> {
        self.entries.get(pos).and_then(|e| e.as_ref()).map(|e| e.value)
    }

    /// Key of the entry at `pos`.
    #[must_use]
    pub fn key_at(&self, pos: usize) -> Option<Value> {
        self.entries.get(pos).and_then(|e| e.as_ref()).map(|e| e.key)
    }

    /// Replace the value at `pos`.
    pub fn set_value_at(&mut self, pos: usize, value: Value) {
        if let Some(Some(e)) = self.entries.get_mut(pos) {
            e.value = value;
        }
    }

    /// Append a new entry; the caller has checked the key is absent.
    pub fn push_new(&mut self, hash: u64, key: Value, value: Value) {
        let pos = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.index.insert_unique(hash, pos, |&p| {
            entries.get(p).and_then(|e| e.as_ref()).map_or(0, |e| e.hash)
        });
        self.len += 1;
    }

    /// Remove the entry at `pos` and return its key and value.
    pub fn remove_at(&mut self, pos: usize) -> Option<(Value, Value)> {
        let entry = self.entries.get_mut(pos)?.take()?;
        if let Ok(found) = self.index.find_entry(entry.hash, |&p| p == pos) {
            found.remove();
        }
        self.len -= 1;
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        Some((entry.key, entry.value))
    }

    fn compact(&mut self) {
        let live: Vec<Entry> = self.entries.drain(..).flatten().collect();
        self.index.clear();
        self.len = 0;
        for e in live {
            self.push_new(e.hash, e.key, e.value);
        }
    }

    /// Remove everything.
    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
        self.len = 0;
    }

    /// Live (key, value) pairs in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (Value, Value)> + '_ {
        self.entries.iter().flatten().map(|e| (e.key, e.value))
    }

    /// Live keys in insertion order.
    pub fn keys(&self) -> impl Iterator<Item = Value> + '_ {
        self.entries.iter().flatten().map(|e| e.key)
    }

    /// Live (hash, key, value) triples.
    pub fn iter_hashed(&self) -> impl Iterator<Item = (u64, Value, Value)> + '_ {
        self.entries.iter().flatten().map(|e| (e.hash, e.key, e.value))
    }

    /// The first live entry at or after slot `pos`: (slot, key, value).
    #[must_use]
    pub fn next_from(&self, pos: usize) -> Option<(usize, Value, Value)> {
        self.entries
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, e)| e.as_ref().map(|e| (i, e.key, e.value)))
    }

    /// The last live entry (for `popitem`): (slot, key, value).
    #[must_use]
    pub fn last(&self) -> Option<(usize, Value, Value)> {
        self.entries
            .iter()
            .enumerate()
            .rev()
            .find_map(|(i, e)| e.as_ref().map(|e| (i, e.key, e.value)))
    }
}

impl Serialize for Dict {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let live: Vec<Entry> = self.entries.iter().flatten().copied().collect();
        live.serialize(s)
    }
}

impl<'de> Deserialize<'de> for Dict {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let live = Vec::<Entry>::deserialize(d)?;
        let mut dict = Self::new();
        for e in live {
            dict.push_new(e.hash, e.key, e.value);
        }
        Ok(dict)
    }
}
