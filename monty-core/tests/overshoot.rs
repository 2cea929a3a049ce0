#![allow(clippy::expect_used, clippy::panic, missing_docs, unsafe_code)]
//! How far past each limit a run gets before it is stopped, measured.
//!
//! Memory is measured for real: this test binary counts every byte the process
//! allocates (a counting global allocator), so the figure includes what the
//! heap's own accounting does not see (Vec over-capacity, transient buffers of
//! native operations, the collector's mark bits). One test function runs the
//! programs one after another so no other test's allocations are counted.
//! `cargo test -p monty-core --test overshoot -- --nocapture` prints the table
//! recorded in docs/security.md.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use monty_core::{
    LimitError, LimitedTracker, MontyError, MontyObject, MontyRun, PrintWriter, ResourceLimits, ResourceTracker,
};

struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn add(bytes: usize) {
    let now = CURRENT.fetch_add(bytes, Ordering::Relaxed) + bytes;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

// SAFETY: every method forwards to the system allocator unchanged and only
// updates two counters.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            add(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) };
        CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
            add(new_size);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn compile(code: &str) -> MontyRun {
    MontyRun::new(code, "overshoot.py", vec![], vec![]).expect("compiles")
}

/// Run `code` under a memory limit; return the peak bytes the process held above its starting point.
fn peak_memory(code: &str, limit: usize) -> usize {
    let run = compile(code);
    let mut out = PrintWriter::collect();
    let base = CURRENT.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let r = run.run(
        vec![],
        LimitedTracker::new(ResourceLimits::default().max_memory(limit)),
        &mut out,
    );
    assert_eq!(
        r.as_ref().err().and_then(MontyError::limit),
        Some(&LimitError::Memory { limit }),
        "{code}"
    );
    PEAK.load(Ordering::Relaxed).saturating_sub(base)
}

/// Run `code` under a time limit; return how long it ran.
fn elapsed_under(code: &str, limit: Duration) -> Duration {
    let run = compile(code);
    let mut out = PrintWriter::collect();
    let started = Instant::now();
    let r = run.run(
        vec![],
        LimitedTracker::new(ResourceLimits::default().max_duration(limit)),
        &mut out,
    );
    let elapsed = started.elapsed();
    assert!(
        matches!(
            r.as_ref().err().and_then(MontyError::limit),
            Some(LimitError::Duration { .. })
        ),
        "{code}: {r:?}"
    );
    elapsed
}

/// A tracker that counts what the VM reports and stops once the count passes `limit`.
struct Counter {
    limit: u64,
    seen: Arc<AtomicU64>,
}

impl ResourceTracker for Counter {
    fn check_progress(&mut self, ticks: u64) -> Result<(), LimitError> {
        let seen = self.seen.fetch_add(ticks, Ordering::Relaxed) + ticks;
        if seen > self.limit {
            return Err(LimitError::Instructions { limit: self.limit });
        }
        Ok(())
    }
    fn memory_limit(&self) -> Option<usize> {
        None
    }
    fn recursion_limit(&self) -> Option<usize> {
        None
    }
    fn output_limit(&self) -> Option<usize> {
        None
    }
}

#[test]
fn overshoot_of_every_limit() {
    let mut report = Vec::new();

    // Memory: 32 MB budget; peak real bytes allocated by the process during the run.
    let limit = 32 << 20;
    let memory_cases = [
        ("list of small ints", "x = []\nwhile True:\n    x.append(len(x))"),
        ("list of 1 KB strings", "x = []\nwhile True:\n    x.append('y' * 1000)"),
        ("string doubling", "s = 'ab'\nwhile True:\n    s = s + s"),
        ("dict growth", "d = {}\ni = 0\nwhile True:\n    d[i] = i\n    i += 1"),
        ("'a' * 10**9", "x = 'a' * 10**9"),
        (
            "big-int growth",
            "x = 3 ** 1000\nwhile True:\n    x = (x << 4000000) | 1",
        ),
        (
            "repr of a big list",
            "x = ['abcdefgh'] * 10**6\nwhile True:\n    x = [repr(x)]",
        ),
        (
            "join",
            "x = ['abcdefgh'] * 10**6\ny = []\nwhile True:\n    y.append(''.join(x))",
        ),
        ("list comprehension", "x = [i for i in range(10**9)]"),
    ];
    let mut worst_memory = 0.0f64;
    for (name, code) in memory_cases {
        let peak = peak_memory(code, limit);
        let ratio = peak as f64 / limit as f64;
        worst_memory = worst_memory.max(ratio);
        report.push(format!(
            "memory  {name:<24} limit {limit} B, peak {peak} B ({ratio:.2}x)"
        ));
        assert!(
            ratio < 3.0,
            "{name}: peak {peak} bytes is {ratio:.2}x the {limit}-byte limit"
        );
    }

    // Time: 1 s budget; wall clock until the run returned.
    let time_limit = Duration::from_secs(1);
    let time_cases = [
        ("bytecode loop", "while True:\n    pass"),
        ("big-int x * x", "x = 7 ** 2000000\nwhile True:\n    x = x * x"),
        ("big-int power", "x = 7 ** 10**8"),
        (
            "big-int division",
            "x = 10**600000\ny = 10**300000 + 1\nwhile True:\n    q = x // y",
        ),
        ("str.count", "s = 'ab' * 10**6\nwhile True:\n    s.count('ab')"),
        ("x in list", "x = list(range(10**6))\nwhile True:\n    -1 in x"),
        ("hash of a tuple", "x = tuple(range(10**5))\nwhile True:\n    hash(x)"),
        ("sort", "x = list(range(10**5, 0, -1))\nwhile True:\n    sorted(x)"),
    ];
    let mut worst_time = Duration::ZERO;
    for (name, code) in time_cases {
        let elapsed = elapsed_under(code, time_limit);
        let over = elapsed.saturating_sub(time_limit);
        worst_time = worst_time.max(over);
        report.push(format!(
            "time    {name:<24} limit 1.000 s, stopped after {:.3} s",
            elapsed.as_secs_f64()
        ));
        assert!(
            over < Duration::from_secs(1),
            "{name}: ran {elapsed:?} under a 1 s limit"
        );
    }

    // Instructions: what the VM had reported when it was stopped, past a 100 000 limit.
    for (name, code) in [
        ("bytecode loop", "while True:\n    pass"),
        ("str.count loop", "s = 'ab' * 10**5\nwhile True:\n    s.count('ab')"),
    ] {
        let run = compile(code);
        let mut out = PrintWriter::collect();
        let seen = Arc::new(AtomicU64::new(0));
        let tracker = Counter {
            limit: 100_000,
            seen: seen.clone(),
        };
        let r = run.run(vec![], tracker, &mut out);
        assert!(matches!(
            r.as_ref().err().and_then(MontyError::limit),
            Some(LimitError::Instructions { .. })
        ));
        let seen = seen.load(Ordering::Relaxed);
        report.push(format!(
            "instr   {name:<24} limit 100000, stopped at {seen} (+{})",
            seen - 100_000
        ));
        assert!(seen - 100_000 <= 10_000, "{name}: {seen}");
    }

    // Output: bytes that reached the writer, past a 1000-byte limit.
    for (name, code) in [
        ("many short prints", "while True:\n    print('x' * 9)"),
        ("one huge print", "print('x' * 10**6)"),
    ] {
        let run = compile(code);
        let mut out = PrintWriter::collect();
        let r = run.run(
            vec![],
            LimitedTracker::new(ResourceLimits::default().max_output_bytes(1000)),
            &mut out,
        );
        assert_eq!(
            r.as_ref().err().and_then(MontyError::limit),
            Some(&LimitError::Output { limit: 1000 })
        );
        let written = out.collected_stdout().len();
        report.push(format!("output  {name:<24} limit 1000 B, written {written} B"));
        assert!(written <= 1000);
    }

    // Recursion: the depth a program reached before RecursionError, under a limit of 100.
    let run =
        compile("def f(n):\n    try:\n        return f(n + 1)\n    except RecursionError:\n        return n\nf(1)");
    let mut out = PrintWriter::collect();
    let r = run
        .run(
            vec![],
            LimitedTracker::new(ResourceLimits::default().max_recursion_depth(100)),
            &mut out,
        )
        .expect("runs");
    report.push(format!(
        "recur   {:<24} limit 100, deepest call {}",
        "self-recursion",
        r.py_repr()
    ));
    assert!(matches!(r, MontyObject::Int(n) if n <= 100));

    eprintln!("{}", report.join("\n"));
    eprintln!("worst memory overshoot {worst_memory:.2}x, worst time overshoot {worst_time:?}");
}
