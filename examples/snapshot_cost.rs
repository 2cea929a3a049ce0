//! What pausing costs: the README's example agent (`examples/agent_tools.py`,
//! tools of the groups weather, finance and docs) paused at its first host call,
//! dumped to bytes; then the median time to load those bytes and resume to the
//! next pause, and to run the whole agent through snapshots at every call.
//!
//! `cargo run --release --no-default-features --example snapshot_cost`
#![expect(clippy::print_stdout, reason = "an example shows its results on stdout")]

use std::time::{Duration, Instant};

use monty::{CapabilitySet, LimitedTracker, PendingCall, PrintWriter, RunProgress};

#[path = "tools/tools.rs"]
mod tools;

const AGENT: &str = include_str!("agent_tools.py");
const ROUNDS: usize = 200;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times.get(times.len() / 2).copied().unwrap_or_default()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let caps = CapabilitySet::new()
        .grant_group("weather")?
        .grant_group("finance")?
        .grant_group("docs")?;
    let run = caps.compile(AGENT, "agent_tools.py", vec![])?;
    let mut sink = PrintWriter::collect();
    let RunProgress::FunctionCall(first) = run.start(vec![], LimitedTracker::default(), &mut sink)? else {
        return Err("the agent did not call a tool".into());
    };
    let bytes = first.dump();
    println!("paused at {}(): snapshot of {} bytes", first.function_name, bytes.len());

    let mut load_resume = Vec::with_capacity(ROUNDS);
    for _ in 0..ROUNDS {
        let started = Instant::now();
        let call = PendingCall::load(&bytes)?;
        let answer = caps.call(&call.function_name, call.args.clone(), call.kwargs.clone());
        let _next = call.resume(answer, LimitedTracker::default(), &mut PrintWriter::collect())?;
        load_resume.push(started.elapsed());
    }
    println!(
        "load + resume to the next pause: median {:?} over {ROUNDS}",
        median(load_resume)
    );

    let mut whole = Vec::with_capacity(ROUNDS / 10);
    let mut pauses = 0;
    for _ in 0..ROUNDS / 10 {
        let started = Instant::now();
        let mut progress = run.start(vec![], LimitedTracker::default(), &mut PrintWriter::collect())?;
        pauses = 0;
        loop {
            match progress {
                RunProgress::Complete(_) => break,
                RunProgress::FunctionCall(call) => {
                    pauses += 1;
                    let call = PendingCall::load(&call.dump())?;
                    let answer = caps.call(&call.function_name, call.args.clone(), call.kwargs.clone());
                    progress = call.resume(answer, LimitedTracker::default(), &mut PrintWriter::collect())?;
                }
                RunProgress::ResolveFutures(_) => return Err("the agent's tools are synchronous".into()),
            }
        }
        whole.push(started.elapsed());
    }
    println!(
        "whole agent, dumped and loaded at each of its {pauses} calls: median {:?}",
        median(whole)
    );
    Ok(())
}
