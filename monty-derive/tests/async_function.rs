//! `#[monty::function]` on an `async fn`: an `async def` stub, arguments bound
//! and converted at the call, the user's function awaited in the future.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    missing_docs,
    unreachable_pub
)]

use monty::{CapabilitySet, HostError, LimitedTracker, MontyObject, PrintWriter};

pub struct Missing(String);

impl From<Missing> for HostError {
    fn from(e: Missing) -> Self {
        HostError::new("KeyError", e.0)
    }
}

async fn later<T>(value: T) -> T {
    // one real suspension point
    let mut yielded = false;
    std::future::poll_fn(|cx| {
        if yielded {
            std::task::Poll::Ready(())
        } else {
            yielded = true;
            cx.waker().wake_by_ref();
            std::task::Poll::Pending
        }
    })
    .await;
    value
}

/// Look a word up in the dictionary.
#[monty::function(group = "dictionary")]
async fn define(
    /// The word.
    word: &str,
    /// How many senses to return.
    #[monty(default = 1)]
    senses: usize,
) -> Result<Vec<String>, Missing> {
    let word = later(word.to_owned()).await;
    match word.as_str() {
        "monty" => Ok((1..=senses).map(|i| format!("monty sense {i}")).collect()),
        other => Err(Missing(format!("no entry for {other}"))),
    }
}

/// Count the characters of a text.
#[monty::function(name = "count_chars")]
async fn count(text: String) -> usize {
    later(text.chars().count()).await
}

fn s(text: &str) -> MontyObject {
    MontyObject::Str(text.to_owned())
}

#[test]
fn async_fn_is_an_async_host_function() {
    let f = define::host_function();
    assert!(f.is_async());
    assert_eq!(f.signature(), "define(word: str, senses: int = 1) -> list[str]");
    assert_eq!(f.group(), Some("dictionary"));
    let stubs = CapabilitySet::new()
        .grant_fn(f)
        .grant_fn(count::host_function())
        .stubs();
    assert!(
        stubs.contains("async def define(word: str, senses: int = 1) -> list[str]:"),
        "{stubs}"
    );
    assert!(stubs.contains("async def count_chars(text: str) -> int:"), "{stubs}");
    monty::MontyRun::new(&stubs, "stubs.pyi", vec![], vec![]).unwrap();
    // the function stays an ordinary async fn
    assert_eq!(pollster_free_block_on(count("héllo".to_owned())), 5);
}

#[test]
fn arguments_are_bound_at_the_call_and_errors_keep_cpython_wording() {
    let f = define::host_function();
    // call_async binds and converts before anything is polled
    let err = |args: Vec<MontyObject>, kwargs: Vec<(String, MontyObject)>| match f.call_async(args, kwargs) {
        Ok(_) => panic!("bound"),
        Err(e) => format!("{}: {}", e.exc_type, e.message),
    };
    assert_eq!(
        err(vec![], vec![]),
        "TypeError: define() missing 1 required positional argument: 'word'"
    );
    assert_eq!(
        err(vec![s("a"), MontyObject::Int(1), MontyObject::Int(2)], vec![]),
        "TypeError: define() takes from 1 to 2 positional arguments but 3 were given"
    );
    assert_eq!(
        err(vec![MontyObject::Int(3)], vec![]),
        "TypeError: define() argument 'word' must be str, not int"
    );
    assert_eq!(
        err(vec![s("a")], vec![("senses".to_owned(), s("x"))]),
        "TypeError: define() argument 'senses' must be int, not str"
    );
    // `call` runs it to completion
    assert_eq!(
        f.call(vec![s("monty")], vec![("senses".to_owned(), MontyObject::Int(2))]),
        Ok(MontyObject::List(vec![s("monty sense 1"), s("monty sense 2")]))
    );
    assert_eq!(
        f.call(vec![s("x")], vec![]),
        Err(HostError::new("KeyError", "no entry for x"))
    );
}

#[test]
fn a_program_gathers_them() {
    let caps = CapabilitySet::new()
        .grant("dictionary")
        .unwrap()
        .grant("count_chars")
        .unwrap();
    let code = r#"
import asyncio

async def main():
    senses, n = await asyncio.gather(define("monty", senses=2), count_chars("abc"))
    try:
        await define("nope")
    except KeyError as e:
        print("missing", e)
    return senses, n

await main()
"#;
    let runner = caps.compile(code, "agent.py", vec![]).unwrap();
    let mut out = PrintWriter::collect();
    let result = caps.run(&runner, vec![], LimitedTracker::default(), &mut out).unwrap();
    assert_eq!(result.py_repr(), "(['monty sense 1', 'monty sense 2'], 3)");
    assert_eq!(out.collected_stdout(), "missing 'no entry for nope'\n");
}

/// Poll to completion with a no-op waker (the futures here wake themselves).
fn pollster_free_block_on<F: std::future::Future>(future: F) -> F::Output {
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    let mut future = std::pin::pin!(future);
    loop {
        if let std::task::Poll::Ready(v) = future.as_mut().poll(&mut cx) {
            return v;
        }
    }
}
