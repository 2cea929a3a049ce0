//! Embedding Monty with host functions: grant example tools to an agent's
//! program, run it, then drive the same program call by call with `start`/`resume`.
//!
//! `cargo run --example embed_tools`
#![expect(clippy::print_stdout, reason = "an example shows its results on stdout")]

use monty::{CapabilitySet, LimitedTracker, PrintWriter, RunProgress, ToolFormat};

#[path = "tools/tools.rs"]
mod tools;

const AGENT: &str = "
w = get_weather('Oslo')
eur = convert_currency(100, 'USD', to_currency='EUR')
f\"{w['city']}: {w['temperature']} C; 100 USD = {eur} EUR\"
";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Grant one function by name, a group by its name, and one through its generated module.
    let mut caps = CapabilitySet::new()
        .grant("get_weather")?
        .grant_group("finance")?
        .grant_fn(tools::search::host_function());
    println!("{}", caps.stubs());
    println!(
        "{}",
        serde_json::to_string_pretty(&caps.tools_json(ToolFormat::Anthropic))?
    );

    // In one go: the capability set answers the calls.
    let run = caps.compile(AGENT, "agent.py", vec![])?;
    let mut out = PrintWriter::Stdout;
    let result = run.run_with_host(vec![], LimitedTracker::default(), &mut out, &mut caps)?;
    println!("run_with_host: {}", result.py_repr());

    // Call by call: the run pauses at each host call (and could be saved to bytes here).
    let mut progress = run.start(vec![], LimitedTracker::default(), &mut out)?;
    loop {
        match progress {
            RunProgress::Complete(value) => {
                println!("start/resume: {}", value.py_repr());
                break;
            }
            RunProgress::FunctionCall(call) => {
                println!("host call #{}: {}", call.call_id, call.function_name);
                let answer = caps.call(&call.function_name, call.args.clone(), call.kwargs.clone());
                progress = call.resume(answer, LimitedTracker::default(), &mut out)?;
            }
            // only calls answered with `resume_future` make host futures; none here
            RunProgress::ResolveFutures(wait) => {
                return Err(format!("unexpected host futures {:?}", wait.call_ids).into());
            }
        }
    }
    Ok(())
}
