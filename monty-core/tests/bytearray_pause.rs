//! Invariant 4 for `bytearray`: a bytearray mutated across host calls, and an
//! iterator part way through one, survive a snapshot; the resumed run prints
//! what an uninterrupted one does.
#![allow(clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use monty_core::MontyObject;

const AGENT: &str = "
buf = bytearray(b'head:')
buf += fetch('a').encode()
it = iter(buf)
first = [next(it), next(it)]
buf[0:4] = b'HEAD'
buf.extend(fetch('b').encode())
rest = bytes(it)
print(buf, first, rest, b'%s|%d' % (buf[:4], len(buf)))
print(bytes(buf).decode('utf-16-le', 'replace') == buf.decode('utf-16-le', 'replace'))
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
fn bytearray_survives_snapshots() {
    let straight = run(false);
    let resumed = run(true);
    assert_eq!(straight, resumed);
    assert_eq!(
        resumed,
        "bytearray(b'HEAD:chunk-achunk-b') [104, 101] b'AD:chunk-achunk-b' b'HEAD|19'\nTrue\n"
    );
}
