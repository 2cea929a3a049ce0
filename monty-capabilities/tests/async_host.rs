//! Async host functions: the program gets an awaitable, the set's runner
//! keeps each call's Rust future and polls every awaited one together, so
//! calls gathered in the sandbox run concurrently on the host.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    missing_docs,
    unreachable_pub
)]

use std::future::Future;
use std::pin::Pin;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Wake, Waker};
use std::time::Duration;

use monty::{
    CapabilitySet, HostError, HostFunction, LimitedTracker, MontyError, MontyObject, PrintWriter, ResourceLimits,
};

/// A latch for `need` parties: each arrives, and none gets through until all
/// have. A runner that awaited one call at a time would wait forever.
struct Latch {
    need: usize,
    state: Mutex<(usize, Vec<Waker>)>,
}

impl Latch {
    fn new(need: usize) -> Arc<Self> {
        Arc::new(Self {
            need,
            state: Mutex::new((0, Vec::new())),
        })
    }

    fn arrive(self: Arc<Self>) -> Arrive {
        Arrive {
            latch: self,
            arrived: false,
        }
    }
}

struct Arrive {
    latch: Arc<Latch>,
    arrived: bool,
}

impl Future for Arrive {
    type Output = usize;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<usize> {
        let latch = Arc::clone(&self.latch);
        let mut state = latch.state.lock().unwrap();
        if !self.arrived {
            self.arrived = true;
            state.0 += 1;
        }
        if state.0 >= latch.need {
            for waker in state.1.drain(..) {
                waker.wake();
            }
            Poll::Ready(state.0)
        } else {
            state.1.push(cx.waker().clone());
            Poll::Pending
        }
    }
}

/// `name(x)`: waits at the latch, then returns `name:x`.
fn waiting(name: &'static str, latch: &Arc<Latch>) -> HostFunction {
    let latch = Arc::clone(latch);
    HostFunction::builder(name)
        .doc("Meets the other two at a latch.")
        .param::<String>("x", "")
        .returns::<String>()
        .build_async(move |mut args| {
            let x: String = args.take(0)?;
            let latch = Arc::clone(&latch);
            Ok(Box::pin(async move {
                latch.arrive().await;
                Ok(MontyObject::Str(format!("{name}:{x}")))
            }))
        })
}

fn latch_set() -> CapabilitySet {
    let latch = Latch::new(3);
    CapabilitySet::new()
        .grant_fn(waiting("alpha", &latch))
        .grant_fn(waiting("beta", &latch))
        .grant_fn(waiting("gamma", &latch))
}

const GATHER: &str = r#"
import asyncio

async def main():
    return await asyncio.gather(alpha("a"), beta("b"), gamma("c"))

print(asyncio.run(main()))
"#;

/// Run `f` on its own thread; a deadlock fails the test instead of hanging it.
fn within<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(Duration::from_secs(20))
        .expect("the gathered host calls did not run concurrently (deadlock)")
}

fn run_blocking(caps: &CapabilitySet, code: &str) -> (Result<MontyObject, MontyError>, String) {
    let runner = caps.compile(code, "agent.py", vec![]).unwrap();
    let mut out = PrintWriter::collect();
    let result = caps.run(&runner, vec![], LimitedTracker::default(), &mut out);
    (result, out.collected_stdout().to_owned())
}

fn last_line(result: Result<MontyObject, MontyError>) -> String {
    match result {
        Ok(v) => v.py_repr(),
        Err(e) => e.render().lines().last().unwrap_or_default().to_owned(),
    }
}

#[test]
fn gathered_calls_run_concurrently() {
    let (result, out) = within(|| run_blocking(&latch_set(), GATHER));
    result.unwrap();
    assert_eq!(out, "['alpha:a', 'beta:b', 'gamma:c']\n");
}

/// A minimal executor of the test's own (not the crate's `block_on`): parks
/// the thread until a waker fires.
fn block_on<F: Future>(future: F) -> F::Output {
    struct Unpark(std::thread::Thread);
    impl Wake for Unpark {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = Waker::from(Arc::new(Unpark(std::thread::current())));
    let mut cx = Context::from_waker(&waker);
    let mut future = std::pin::pin!(future);
    loop {
        if let Poll::Ready(v) = future.as_mut().poll(&mut cx) {
            return v;
        }
        std::thread::park();
    }
}

/// A host future woken from another thread (a timer), as an embedder's
/// runtime would wake it.
fn delayed(name: &'static str, millis: u64) -> HostFunction {
    HostFunction::builder(name)
        .param::<i64>("n", "")
        .returns::<i64>()
        .build_async(move |mut args| {
            let n: i64 = args.take(0)?;
            let (tx, rx) = mpsc::channel::<()>();
            let slot: Arc<Mutex<Option<Waker>>> = Arc::default();
            let timer_slot = Arc::clone(&slot);
            std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(millis));
                let _ = tx.send(());
                if let Some(w) = timer_slot.lock().unwrap().take() {
                    w.wake();
                }
            });
            Ok(Box::pin(std::future::poll_fn(move |cx| {
                *slot.lock().unwrap() = Some(cx.waker().clone());
                if rx.try_recv().is_ok() {
                    Poll::Ready(Ok(MontyObject::Int(n * 10)))
                } else {
                    Poll::Pending
                }
            })))
        })
}

#[test]
fn run_async_on_another_executor() {
    let caps = CapabilitySet::new()
        .grant_fn(delayed("slow", 150))
        .grant_fn(delayed("fast", 10));
    let code = r#"
import asyncio

order = []

async def one(f, n):
    v = await f(n)
    order.append(v)
    return v

async def main():
    both = await asyncio.gather(one(slow, 1), one(fast, 2))
    return both, order

await main()
"#;
    let (result, out) = within(move || {
        let runner = caps.compile(code, "agent.py", vec![]).unwrap();
        let mut out = PrintWriter::collect();
        let r = block_on(caps.run_async(&runner, vec![], LimitedTracker::default(), &mut out));
        (r, out.collected_stdout().to_owned())
    });
    // gather keeps the call order; the faster call finished first
    assert_eq!(result.unwrap().py_repr(), "([10, 20], [20, 10])");
    assert_eq!(out, "");

    let (result, _) = within(|| {
        let caps = latch_set();
        let runner = caps.compile(GATHER, "agent.py", vec![]).unwrap();
        let mut out = PrintWriter::collect();
        let r = block_on(caps.run_async(&runner, vec![], LimitedTracker::default(), &mut out));
        (r, out.collected_stdout().to_owned())
    });
    result.unwrap();
}

fn echo() -> HostFunction {
    HostFunction::builder("echo")
        .doc("Echo a word, later.")
        .param::<String>("word", "The word.")
        .param::<Option<i64>>("times", "")
        .returns::<String>()
        .build_async(|mut args| {
            let word: String = args.take(0)?;
            let times: Option<i64> = args.take(1)?;
            Ok(Box::pin(async move {
                match times {
                    Some(n) if n < 0 => Err(HostError::new("ValueError", "times must be >= 0")),
                    Some(n) => Ok(MontyObject::Str(word.repeat(usize::try_from(n).unwrap_or(0)))),
                    None => Ok(MontyObject::Str(word)),
                }
            }))
        })
}

fn echo_set() -> CapabilitySet {
    CapabilitySet::new().grant_fn(echo())
}

#[test]
fn awaiting_one_call_and_its_errors() {
    let caps = echo_set();
    let (r, _) = run_blocking(&caps, "await echo('hi', 2)");
    assert_eq!(last_line(r), "'hihi'");
    // the function's error is raised at the await
    let (r, out) = run_blocking(
        &caps,
        "import asyncio\nasync def main():\n    try:\n        await echo('x', -1)\n    except ValueError as e:\n        print('caught', e)\nasyncio.run(main())",
    );
    r.unwrap();
    assert_eq!(out, "caught times must be >= 0\n");
    // binding errors are raised at the call, in CPython's words, before anything is awaited
    let (r, out) = run_blocking(
        &caps,
        "for call in [lambda: echo(), lambda: echo('a', 1, 2), lambda: echo('a', size=1), lambda: echo(3)]:\n    try:\n        call()\n    except TypeError as e:\n        print(e)",
    );
    r.unwrap();
    assert_eq!(
        out,
        "echo() missing 1 required positional argument: 'word'\n\
         echo() takes from 1 to 2 positional arguments but 3 were given\n\
         echo() got an unexpected keyword argument 'size'\n\
         echo() argument 'word' must be str, not int\n"
    );
}

#[test]
fn a_call_not_awaited_is_a_coroutine_like_object() {
    let caps = echo_set();
    let code = "import asyncio\nc = echo('never')\nprint(asyncio.iscoroutine(c), callable(echo))\n'done'";
    let (r, out) = run_blocking(&caps, code);
    assert_eq!(last_line(r), "'done'");
    assert_eq!(out, "True True\n");
    // awaited later, it still runs
    let (r, _) = run_blocking(&caps, "c = echo('late')\nx = 1\nawait c");
    assert_eq!(last_line(r), "'late'");
}

#[test]
fn sync_and_async_functions_mix() {
    let add = HostFunction::builder("add")
        .param::<i64>("a", "")
        .param::<i64>("b", "")
        .returns::<i64>()
        .build(|mut args| {
            let (a, b): (i64, i64) = (args.take(0)?, args.take(1)?);
            Ok(MontyObject::Int(a + b))
        });
    let caps = echo_set().grant_fn(add);
    // calls inside a generator that `*` unpacks and inside a key function run in
    // a builtin's callback: they are answered in place, never by pausing
    let code = "import asyncio\nasync def main():\n    n = add(1, 2)\n    words = await asyncio.gather(*(echo(w, n) for w in 'ab'))\n    \
                return words, add(n, 1), sorted([3, 1, 2], key=lambda x: add(x, 0))\nasyncio.run(main())";
    let (r, _) = run_blocking(&caps, code);
    assert_eq!(last_line(r), "(['aaa', 'bbb'], 4, [1, 2, 3])");
    let runner = caps.compile(code, "agent.py", vec![]).unwrap();
    let r = block_on(caps.run_async(&runner, vec![], LimitedTracker::default(), &mut PrintWriter::collect()));
    assert_eq!(last_line(r), "(['aaa', 'bbb'], 4, [1, 2, 3])");
}

#[test]
fn stubs_and_prompt_say_async_def() {
    let caps = echo_set();
    assert!(caps.get("echo").unwrap().is_async());
    let stubs = caps.stubs();
    assert!(
        stubs.contains("async def echo(word: str, times: int | None = None) -> str:"),
        "{stubs}"
    );
    // the stubs are valid Python that Monty compiles
    monty::MontyRun::new(&stubs, "stubs.pyi", vec![], vec![]).unwrap();
    assert!(caps.prompt().contains("asyncio.gather"));
    let sync_only = CapabilitySet::new().with(&monty::Env::fixed([("A", "1")]).unwrap());
    assert!(!sync_only.prompt().contains("asyncio.gather"));
}

#[test]
fn run_with_host_refuses_async_functions_clearly() {
    let mut caps = echo_set();
    let runner = caps.compile("echo('x')", "agent.py", vec![]).unwrap();
    let err = runner
        .run_with_host(
            vec![],
            LimitedTracker::default(),
            &mut PrintWriter::collect(),
            &mut caps,
        )
        .unwrap_err();
    assert!(last_line(Err(err)).starts_with("RuntimeError: 'echo' is an async host function"),);
    // a direct call blocks on it
    assert_eq!(
        caps.get("echo")
            .unwrap()
            .call(vec![MontyObject::Str("d".into())], vec![]),
        Ok(MontyObject::Str("d".into()))
    );
}

#[test]
fn one_tracker_counts_the_whole_paused_run() {
    // each stretch between pauses is under the instruction limit, the run is not
    let caps = echo_set();
    let code = "import asyncio\nasync def main():\n    for i in range(40):\n        await echo('x')\n        \
                for j in range(3000):\n            pass\nasyncio.run(main())";
    let runner = caps.compile(code, "agent.py", vec![]).unwrap();
    let limits = ResourceLimits::default().max_instructions(60_000);
    let err = block_on(caps.run_async(
        &runner,
        vec![],
        LimitedTracker::new(limits),
        &mut PrintWriter::collect(),
    ))
    .unwrap_err();
    assert!(matches!(err, MontyError::Limit { .. }), "{err}");

    let caps = echo_set();
    let code =
        "import asyncio\nasync def main():\n    for i in range(10):\n        await echo('x')\nasyncio.run(main())";
    let runner = caps.compile(code, "agent.py", vec![]).unwrap();
    let limits = ResourceLimits::default().max_host_calls(5);
    let err = caps
        .run(
            &runner,
            vec![],
            LimitedTracker::new(limits),
            &mut PrintWriter::collect(),
        )
        .unwrap_err();
    assert!(matches!(err, MontyError::Limit { .. }), "{err}");
}
