//! Invariant 4 for the binary/crypto stdlib: hash, HMAC, Struct and uuid state
//! held across a host call survives a snapshot, and the resumed run prints what
//! an uninterrupted one does (digests as CPython computes them).
#![allow(clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use monty_core::MontyObject;

const AGENT: &str = "
import hashlib, hmac, struct, uuid
h = hashlib.sha256(b'start:')
h.update(fetch('a').encode())
b = hashlib.blake2b(b'x', digest_size=8, key=b'k')
m = hmac.new(b'key', b'one', 'md5')
h.update(fetch('b').encode())
m.update(b'two')
s = struct.Struct('<hI')
print(h.hexdigest())
print(b.hexdigest(), m.hexdigest(), s.unpack(s.pack(-3, 9)))
first = uuid.uuid4()
name = fetch('a')
print(first, uuid.uuid4(), uuid.uuid5(uuid.NAMESPACE_DNS, name))
";

fn answer(args: &[MontyObject]) -> MontyObject {
    match args {
        [MontyObject::Str(s)] => MontyObject::Str(format!("chunk-{s}")),
        other => panic!("unexpected args {other:?}"),
    }
}

fn run(through_snapshots: bool) -> String {
    common::run_fetch_agent(AGENT, through_snapshots, answer)
}

#[test]
fn hash_objects_survive_snapshots() {
    let straight = run(false);
    let resumed = run(true);
    assert_eq!(straight, resumed);
    let lines: Vec<&str> = resumed.lines().collect();
    assert_eq!(
        lines.first().copied(),
        Some("57a0789c827f30c6a82fe4fbd8ac1eb8e9921ca9d11dc11ad51dd41809b344df")
    );
    assert_eq!(
        lines.get(1).copied(),
        Some("b0674c52e0690418 7140099ca8375455d79e06b8225c53b4 (-3, 9)")
    );
    assert!(
        lines
            .get(2)
            .is_some_and(|l| l.ends_with(" 3e4598fe-c62b-556f-a160-9c65713d1ca4")),
        "{lines:?}"
    );
}
