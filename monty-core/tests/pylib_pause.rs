//! Invariant 4 for stdlib modules written in Python: a program importing
//! `dataclasses` pauses at a host call (also one made from a `__post_init__`
//! that library code calls), and the paused state survives a snapshot and
//! resumes to the same output.
#![allow(clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use monty_core::{LimitedTracker, MontyObject, MontyRun, PrintWriter};

const AGENT: &str = "
from dataclasses import dataclass, field, asdict
from typing import List, Optional

@dataclass(order=True)
class Item:
    name: str
    price: int = 0
    tags: List[str] = field(default_factory=list)
    note: Optional[str] = None

    def __post_init__(self):
        self.price = fetch(self.name)

items = sorted([Item('b'), Item('a', tags=['x'])])
print(items)
print([asdict(i) for i in items])
len(items)
";

fn program() -> MontyRun {
    MontyRun::new(AGENT, "agent.py", vec![], vec!["fetch".into()]).expect("compiles")
}

fn answer(args: &[MontyObject]) -> MontyObject {
    match args {
        [MontyObject::Str(s)] => MontyObject::Int(if s == "a" { 10 } else { 20 }),
        other => panic!("unexpected args {other:?}"),
    }
}

const EXPECTED: &str = "[Item(name='a', price=10, tags=['x'], note=None), Item(name='b', price=20, tags=[], note=None)]\n\
[{'name': 'a', 'price': 10, 'tags': ['x'], 'note': None}, {'name': 'b', 'price': 20, 'tags': [], 'note': None}]\n";

#[test]
fn dataclass_program_pauses_and_resumes_through_snapshots() {
    let mut out = PrintWriter::collect();
    let progress = program()
        .start(vec![], LimitedTracker::default(), &mut out)
        .expect("starts");
    let driven = common::drive(progress, &mut out, common::Answer::Sync, true, |_, args, _| {
        Ok(answer(args))
    });
    let (result, pauses) = (driven.result.expect("runs"), driven.pauses);
    assert_eq!(result, MontyObject::Int(2));
    assert_eq!(out.collected_stdout(), EXPECTED);
    assert_eq!(pauses, 2);
}

#[test]
fn compiled_program_with_library_modules_dumps_and_loads() {
    let run = program();
    let loaded = MontyRun::load(&run.dump()).expect("loads");
    let mut out = PrintWriter::collect();
    let progress = loaded
        .start(vec![], LimitedTracker::default(), &mut out)
        .expect("starts");
    let result = common::drive(progress, &mut out, common::Answer::Sync, false, |_, args, _| {
        Ok(answer(args))
    })
    .result
    .expect("runs");
    assert_eq!(result, MontyObject::Int(2));
    assert_eq!(out.collected_stdout(), EXPECTED);
}

#[test]
fn library_modules_are_compiled_once_per_process() {
    // not a benchmark (timings go to stderr): the second compile reuses the cached library code
    let src = "from dataclasses import dataclass\nfrom typing import List\nimport enum, collections\n@dataclass\nclass P:\n    x: int\nP(1)\n";
    let start = std::time::Instant::now();
    let first = MontyRun::new(src, "t.py", vec![], vec![]).expect("compiles");
    let first_time = start.elapsed();
    let start = std::time::Instant::now();
    let n = 20;
    for _ in 0..n {
        MontyRun::new(src, "t.py", vec![], vec![]).expect("compiles");
    }
    let cached_time = start.elapsed() / n;
    let start = std::time::Instant::now();
    for _ in 0..n {
        MontyRun::new("class P:\n    x: int\nP(1)\n", "t.py", vec![], vec![]).expect("compiles");
    }
    let baseline = start.elapsed() / n;
    eprintln!(
        "compile importing dataclasses+typing+enum+collections: first {first_time:?}, cached {cached_time:?}; \
         without imports {baseline:?}"
    );
    let mut out = PrintWriter::collect();
    first.run(vec![], LimitedTracker::default(), &mut out).expect("runs");
}

#[test]
fn compile_cost_per_library_module() {
    // timings only (stderr): what importing each library module adds to compiling a program
    for src in [
        "x = 1\n",
        "import abc\n",
        "import collections\n",
        "import enum\n",
        "import typing\n",
        "import dataclasses\n",
    ] {
        MontyRun::new(src, "t.py", vec![], vec![]).expect("compiles");
        let n = 50;
        let start = std::time::Instant::now();
        for _ in 0..n {
            MontyRun::new(src, "t.py", vec![], vec![]).expect("compiles");
        }
        eprintln!("{:?}: {:?} per compile", src.trim(), start.elapsed() / n);
    }
}
