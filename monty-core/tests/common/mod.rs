//! Shared by the pause tests: drive a started run to its end.
#![allow(dead_code, clippy::expect_used, clippy::panic)]

use monty_core::{
    HostError, LimitedTracker, MontyError, MontyObject, PendingCall, PendingFutures, PrintWriter, RunProgress,
};

/// How a driver answers host calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Answer {
    /// Every call returns its result at once.
    Sync,
    /// Every call becomes a host future; pending futures are resolved newest first,
    /// one per pause, to show that any order works.
    Futures,
}

/// What a driven run ended with.
pub(crate) struct Driven {
    /// The program's result, or the error that ended it.
    pub(crate) result: Result<MontyObject, MontyError>,
    /// How many times the run paused (host calls plus future resolutions).
    pub(crate) pauses: usize,
}

/// Drive `progress` to the end, answering each call `(name, args, kwargs)` with
/// `answer`; with `through_bytes`, every pause goes through `dump`/`load` first.
pub(crate) fn drive(
    mut progress: RunProgress,
    out: &mut PrintWriter<'_>,
    mode: Answer,
    through_bytes: bool,
    mut answer: impl FnMut(&str, &[MontyObject], &[(String, MontyObject)]) -> Result<MontyObject, HostError>,
) -> Driven {
    let mut pauses = 0;
    // futures answered later: call id -> result
    let mut later: Vec<(u64, Result<MontyObject, HostError>)> = Vec::new();
    loop {
        let step = match progress {
            RunProgress::Complete(v) => return Driven { result: Ok(v), pauses },
            RunProgress::FunctionCall(call) => {
                pauses += 1;
                let call = if through_bytes {
                    PendingCall::load(&call.dump()).expect("loads")
                } else {
                    call
                };
                let r = answer(&call.function_name, &call.args, &call.kwargs);
                match mode {
                    Answer::Sync => call.resume(r, LimitedTracker::default(), out),
                    Answer::Futures => {
                        later.push((call.call_id, r));
                        call.resume_future(LimitedTracker::default(), out)
                    }
                }
            }
            RunProgress::ResolveFutures(wait) => {
                pauses += 1;
                let wait = if through_bytes {
                    PendingFutures::load(&wait.dump()).expect("loads")
                } else {
                    wait
                };
                let newest = *wait.call_ids.last().expect("some call pending");
                let at = later
                    .iter()
                    .position(|(id, _)| *id == newest)
                    .expect("a pending call was answered");
                let one = later.remove(at);
                wait.resume(vec![one], LimitedTracker::default(), out)
            }
        };
        match step {
            Ok(next) => progress = next,
            Err(e) => return Driven { result: Err(e), pauses },
        }
    }
}

/// Run `code` (which may call the host function `fetch`) to its end, answering
/// each call at once with `answer(args)`; with `through_bytes`, every pause goes
/// through `dump`/`load`. Returns what the program printed.
pub(crate) fn run_fetch_agent(
    code: &str,
    through_bytes: bool,
    answer: impl Fn(&[MontyObject]) -> MontyObject,
) -> String {
    let program = monty_core::MontyRun::new(code, "agent.py", vec![], vec!["fetch".into()]).expect("compiles");
    let mut out = PrintWriter::collect();
    let progress = program
        .start(vec![], LimitedTracker::default(), &mut out)
        .expect("starts");
    drive(progress, &mut out, Answer::Sync, through_bytes, |_, args, _| {
        Ok(answer(args))
    })
    .result
    .expect("runs");
    out.collected_stdout().to_owned()
}
