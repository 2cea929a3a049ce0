//! In-process start-up latency and memory of the interpreter, measured with divan.
//!
//! `cargo bench -p monty-core --bench startup` (also run by `cargo xtask bench`).
//! Process start-up dominates small programs run through the `monty` binary, so
//! the latency an embedder feels is measured here: compile and run of `1 + 2`
//! from a source string, a run of a pre-compiled program, and a few hot paths.
//! The `AllocProfiler` global allocator reports, per iteration, how many bytes
//! were allocated and the most that were live at once (`max alloc`): the
//! memory one run of an idle interpreter needs.

use divan::{AllocProfiler, Bencher, black_box};
use monty_core::{LimitedTracker, MontyObject, MontyRun, PrintWriter};

#[global_allocator]
static ALLOC: AllocProfiler = AllocProfiler::system();

fn main() {
    divan::main();
}

/// Source string -> result of `1 + 2`: parse, compile, run with the default limits.
#[divan::bench]
fn compile_and_run_1_plus_2() -> Option<MontyObject> {
    let runner = MontyRun::new(black_box("1 + 2"), "bench.py", Vec::new(), Vec::new()).ok()?;
    let mut print = PrintWriter::Discard;
    runner.run(Vec::new(), LimitedTracker::default(), &mut print).ok()
}

/// Parse and compile `1 + 2` only.
#[divan::bench]
fn compile_1_plus_2() -> Option<MontyRun> {
    MontyRun::new(black_box("1 + 2"), "bench.py", Vec::new(), Vec::new()).ok()
}

/// Run of a pre-compiled `1 + 2`: the per-call cost for an embedder that compiles once.
#[divan::bench]
fn run_precompiled_1_plus_2(bencher: Bencher) {
    let Ok(runner) = MontyRun::new("1 + 2", "bench.py", Vec::new(), Vec::new()) else {
        return;
    };
    bencher.bench_local(|| {
        let mut print = PrintWriter::Discard;
        runner.run(Vec::new(), LimitedTracker::default(), &mut print).ok()
    });
}

/// Run of a pre-compiled program that takes an input and returns a small dict.
#[divan::bench]
fn run_precompiled_with_input(bencher: Bencher) {
    let code = "{'n': x, 'double': x * 2, 'label': f'item {x}'}";
    let Ok(runner) = MontyRun::new(code, "bench.py", vec!["x".to_owned()], Vec::new()) else {
        return;
    };
    bencher.bench_local(|| {
        let mut print = PrintWriter::Discard;
        runner
            .run(vec![MontyObject::Int(21)], LimitedTracker::default(), &mut print)
            .ok()
    });
}

/// Hot paths: small pre-compiled programs whose time is the run loop's.
mod hot {
    use super::{Bencher, LimitedTracker, MontyRun, PrintWriter};

    fn bench_program(bencher: Bencher, code: &str) {
        let Ok(runner) = MontyRun::new(code, "bench.py", Vec::new(), Vec::new()) else {
            return;
        };
        bencher.bench_local(|| {
            let mut print = PrintWriter::Discard;
            runner.run(Vec::new(), LimitedTracker::default(), &mut print).ok()
        });
    }

    /// A `for` loop over `range` with int arithmetic: 1000 iterations.
    #[divan::bench]
    fn int_loop_1000(bencher: Bencher) {
        bench_program(bencher, "t = 0\nfor i in range(1000):\n    t += i * 2 % 7\nt");
    }

    /// 1000 calls of a small Python function.
    #[divan::bench]
    fn calls_1000(bencher: Bencher) {
        bench_program(
            bencher,
            "def f(a, b):\n    return a + b\nt = 0\nfor i in range(1000):\n    t = f(t, i)\nt",
        );
    }

    /// 1000 builtin method calls and dict updates.
    #[divan::bench]
    fn dict_methods_1000(bencher: Bencher) {
        bench_program(
            bencher,
            "d = {}\nfor i in range(1000):\n    k = i % 10\n    d[k] = d.get(k, 0) + 1\nlen(d)",
        );
    }

    /// A list comprehension of 1000 items and `sum`.
    #[divan::bench]
    fn list_comprehension_1000(bencher: Bencher) {
        bench_program(bencher, "sum([x * x for x in range(1000)])");
    }
}
