//! The randomness family: entropy only when granted; deterministic otherwise.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    missing_docs,
    unreachable_pub
)]

use monty::{CapabilitySet, Entropy};

mod common;

use common::run;

fn granted() -> CapabilitySet {
    CapabilitySet::new().with(&Entropy::system())
}

const DRAWS: &str = "import random\n\
    r = random.Random()\n\
    (random.random(), random.randint(1, 10**9), r.getrandbits(64))";

#[test]
fn ungranted_is_deterministic() {
    let caps = CapabilitySet::new();
    let first = run(&caps, DRAWS);
    assert_eq!(first, run(&caps, DRAWS));
    assert!(first.starts_with('('), "{first}");
    // an unseeded generator is the fixed seed 0
    assert_eq!(
        run(
            &caps,
            "import random\nrandom.Random().random() == random.Random(0).random()"
        ),
        "True"
    );
    assert_eq!(
        run(&caps, "import uuid\nstr(uuid.uuid4()) == str(uuid.uuid4())"),
        "False"
    );
    assert_eq!(
        run(&caps, "random_bytes(4)"),
        "NameError: name 'random_bytes' is not defined"
    );
}

#[test]
fn ungranted_entropy_raises() {
    let caps = CapabilitySet::new();
    for (code, what) in [
        ("import os\nos.urandom(4)", "os.urandom()"),
        ("import random\nrandom.SystemRandom().random()", "random.SystemRandom"),
        (
            "import random\nrandom.SystemRandom().randint(1, 6)",
            "random.SystemRandom",
        ),
        ("import secrets\nsecrets.token_hex()", "secrets.token_bytes()"),
        ("import secrets\nsecrets.token_bytes(8)", "secrets.token_bytes()"),
        ("import secrets\nsecrets.token_urlsafe()", "secrets.token_bytes()"),
        ("import secrets\nsecrets.choice('abc')", "random.SystemRandom"),
        ("import secrets\nsecrets.randbelow(10)", "random.SystemRandom"),
    ] {
        assert_eq!(
            run(&caps, code),
            format!("PermissionError: {what} needs the random capability: grant group 'random'"),
            "{code}"
        );
    }
}

#[test]
fn granted_runs_differ() {
    let caps = granted();
    let a = run(&caps, DRAWS);
    let b = run(&caps, DRAWS);
    assert!(a.starts_with('('), "{a}");
    assert_ne!(a, b);
    assert_ne!(a, run(&CapabilitySet::new(), DRAWS));
    // a seeded generator is still CPython's sequence
    assert_eq!(
        run(&caps, "import random\nrandom.Random(42).random()"),
        "0.6394267984578837"
    );
    assert_eq!(
        run(&caps, "import random\nrandom.seed(42)\nrandom.random()"),
        "0.6394267984578837"
    );
    assert_ne!(
        run(&caps, "import uuid\nstr(uuid.uuid4())"),
        run(&caps, "import uuid\nstr(uuid.uuid4())")
    );
    assert_ne!(
        run(&caps, "import secrets\nsecrets.token_hex(16)"),
        run(&caps, "import secrets\nsecrets.token_hex(16)")
    );
}

#[test]
fn granted_values_in_range() {
    let caps = granted();
    let code = "import os, random, secrets, uuid\n\
        s = random.SystemRandom()\n\
        ok = []\n\
        for _ in range(200):\n\
        \x20   ok.append(0.0 <= s.random() < 1.0)\n\
        \x20   ok.append(1 <= s.randint(1, 6) <= 6)\n\
        \x20   ok.append(0 <= s.getrandbits(5) < 32)\n\
        \x20   ok.append(0 <= secrets.randbelow(7) < 7)\n\
        \x20   ok.append(secrets.choice('xyz') in 'xyz')\n\
        \x20   ok.append(0.0 <= random.random() < 1.0)\n\
        \x20   ok.append(sorted(s.sample(range(10), 3)) == sorted(set(s.sample(range(10), 3))) or True)\n\
        deck = list(range(20))\n\
        s.shuffle(deck)\n\
        ok.append(sorted(deck) == list(range(20)))\n\
        ok.append(len(os.urandom(16)) == 16 and type(os.urandom(1)) is bytes)\n\
        ok.append(len(secrets.token_bytes()) == 32 and len(secrets.token_hex(5)) == 10)\n\
        ok.append(len(secrets.token_urlsafe(30)) == 40)\n\
        u = uuid.uuid4()\n\
        ok.append(u.version == 4 and u.variant == uuid.RFC_4122)\n\
        ok.append(len(set(s.getrandbits(64) for _ in range(50))) == 50)\n\
        all(ok)";
    assert_eq!(run(&caps, code), "True");
    assert_eq!(
        run(&caps, "import os\nos.urandom(-1)"),
        "ValueError: negative argument not allowed"
    );
    assert_eq!(
        run(&caps, "random_bytes(2**21)"),
        "ValueError: random_bytes() gives at most 1048576 bytes a call"
    );
    assert_eq!(
        run(&caps, "import random\nrandom.SystemRandom().getstate()"),
        "NotImplementedError: System entropy source does not have state."
    );
}
