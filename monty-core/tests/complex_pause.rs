//! Invariant 4 for complex numbers: complex values (literals, results, cmath
//! constants, dict keys) held across a host call survive a snapshot, and the
//! resumed run prints what an uninterrupted one does.
#![allow(clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use monty_core::MontyObject;

const AGENT: &str = "
import cmath
z = 1.5 - 2j
w = complex(fetch('a'))
table = {z: 'z', 1 + 0j: 'one'}
r = cmath.sqrt(w) * z
n = int(fetch('b'))
print(z, w, r, table[1], table[z], (-8) ** (1 / 3), cmath.infj, hash(w) == hash(complex(w)))
print(f'{r:.3f}', abs(w) ** n, w.conjugate() / z, repr(complex(fetch('a'))))
";

fn answer(args: &[MontyObject]) -> MontyObject {
    match args {
        [MontyObject::Str(s)] if s == "a" => MontyObject::Str("3+4j".into()),
        [MontyObject::Str(s)] if s == "b" => MontyObject::Str("2".into()),
        other => panic!("unexpected args {other:?}"),
    }
}

fn run(through_snapshots: bool) -> String {
    common::run_fetch_agent(AGENT, through_snapshots, answer)
}

#[test]
fn complex_values_survive_snapshots() {
    let straight = run(false);
    let resumed = run(true);
    assert_eq!(straight, resumed);
    assert_eq!(
        resumed,
        "(1.5-2j) (3+4j) (5-2.5j) one z (1.0000000000000002+1.7320508075688772j) infj True\n\
         5.000-2.500j 25.0 (2-0j) (3+4j)\n"
    );
}
