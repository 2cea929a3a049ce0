//! The bytes of `Monty.dump()` and `MontySnapshot.dump()`: the core's own
//! (versioned, checksummed) dump, preceded by the few names the Python API needs
//! and the core does not keep (input and external function names, script name).
//!
//! Layout: magic, kind byte, then lists of strings (`u32` counts and lengths,
//! little-endian), then the core bytes. Every length is checked against what
//! remains, so malformed input is an error, never a panic or a huge allocation.

/// Leads every dump; the last byte is this layout's version.
const MAGIC: &[u8; 8] = b"MONTYPY\x01";

/// What a dump holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A compiled program (`Monty.dump`).
    Program = 1,
    /// A run paused at a host call (`MontySnapshot.dump`).
    Snapshot = 2,
    /// A run waiting on host futures (`MontyFutureSnapshot.dump`).
    Futures = 3,
    /// An interactive session (`MontySession.dump`).
    Session = 4,
}

/// The kind of a dump, read from its header (`None` when it is not one).
pub(crate) fn kind_of(bytes: &[u8]) -> Option<Kind> {
    if bytes.get(..MAGIC.len())? != MAGIC {
        return None;
    }
    match bytes.get(MAGIC.len())? {
        1 => Some(Kind::Program),
        2 => Some(Kind::Snapshot),
        3 => Some(Kind::Futures),
        4 => Some(Kind::Session),
        _ => None,
    }
}

/// Frame `core` with `lists` of names.
pub(crate) fn encode(kind: Kind, lists: &[&[String]], core: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(core.len() + 64);
    out.extend_from_slice(MAGIC);
    out.push(kind as u8);
    push_len(&mut out, lists.len());
    for list in lists {
        push_len(&mut out, list.len());
        for s in *list {
            push_len(&mut out, s.len());
            out.extend_from_slice(s.as_bytes());
        }
    }
    out.extend_from_slice(core);
    out
}

fn push_len(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(&u32::try_from(n).unwrap_or(u32::MAX).to_le_bytes());
}

/// Split a dump into its name lists and the core bytes.
///
/// # Errors
/// A description when the bytes are not a dump of this kind.
pub(crate) fn decode(kind: Kind, bytes: &[u8]) -> Result<(Vec<Vec<String>>, &[u8]), String> {
    let mut reader = Reader { rest: bytes };
    if reader.take(MAGIC.len())? != MAGIC {
        return Err("not a Monty dump (bad header or unsupported version)".to_owned());
    }
    let found = reader.take(1)?;
    if found != [kind as u8] {
        return Err(match kind {
            Kind::Program => "these bytes are not a dumped Monty program (a snapshot?)".to_owned(),
            Kind::Snapshot => "these bytes are not a dumped MontySnapshot (a program?)".to_owned(),
            Kind::Futures => "these bytes are not a dumped MontyFutureSnapshot".to_owned(),
            Kind::Session => "these bytes are not a dumped MontySession".to_owned(),
        });
    }
    let lists = reader.len()?;
    let mut out = Vec::new();
    for _ in 0..lists {
        let count = reader.len()?;
        let mut list = Vec::new();
        for _ in 0..count {
            let n = reader.len()?;
            let s = std::str::from_utf8(reader.take(n)?).map_err(|_| "a name is not valid UTF-8".to_owned())?;
            list.push(s.to_owned());
        }
        out.push(list);
    }
    Ok((out, reader.rest))
}

struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        if n > self.rest.len() {
            return Err("truncated dump".to_owned());
        }
        let (head, tail) = self.rest.split_at(n);
        self.rest = tail;
        Ok(head)
    }

    /// A count or length; each counted item takes at least 4 bytes, so a count larger
    /// than what remains is refused before anything is allocated.
    fn len(&mut self) -> Result<usize, String> {
        let raw = self.take(4)?;
        let mut word = [0u8; 4];
        word.copy_from_slice(raw);
        let n = u32::from_le_bytes(word) as usize;
        if n > self.rest.len() {
            return Err("truncated dump".to_owned());
        }
        Ok(n)
    }
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_refusals() {
        let names = vec!["x".to_owned(), "yé".to_owned()];
        let bytes = encode(Kind::Program, &[&names, &[]], b"core");
        let (lists, core) = decode(Kind::Program, &bytes).expect("decodes");
        assert_eq!(lists, vec![names, vec![]]);
        assert_eq!(core, b"core");
        assert!(decode(Kind::Snapshot, &bytes).is_err());
        for cut in 0..bytes.len() - 4 {
            assert!(decode(Kind::Program, &bytes[..cut]).is_err(), "cut at {cut}");
        }
        let mut huge = bytes.clone();
        huge[9..13].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(decode(Kind::Program, &huge).is_err());
    }
}
