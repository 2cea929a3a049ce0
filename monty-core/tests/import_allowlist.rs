//! The embedder's import allow-list (`CompileOptions::allowed_imports`): a module
//! left out does not exist for the program, in every import form, in sessions
//! too, and across a snapshot; library modules keep importing what they need.
#![allow(clippy::expect_used, clippy::panic, missing_docs)]

use monty_core::{CompileOptions, LimitedTracker, MontyError, MontyObject, MontyRun, MontySession, PrintWriter};

fn options(allowed: &[&str]) -> CompileOptions {
    CompileOptions {
        script_name: "agent.py".to_owned(),
        allowed_imports: Some(allowed.iter().map(|s| (*s).to_owned()).collect()),
        ..CompileOptions::default()
    }
}

fn run(code: &str, allowed: &[&str]) -> Result<(MontyObject, String), MontyError> {
    let runner = MontyRun::compile(code, &options(allowed))?;
    let mut out = PrintWriter::collect();
    let result = runner.run(vec![], LimitedTracker::default(), &mut out)?;
    Ok((result, out.collected_stdout().to_owned()))
}

fn error_text(code: &str, allowed: &[&str]) -> String {
    match run(code, allowed) {
        Err(MontyError::Exception(e)) => format!("{}: {}", e.exc_type, e.message),
        other => panic!("expected an exception, got {other:?}"),
    }
}

#[test]
fn listed_modules_import_and_others_do_not_exist() {
    let (result, _) = run("import json\njson.dumps([1])", &["json"]).expect("json is allowed");
    assert_eq!(result, MontyObject::Str("[1]".to_owned()));
    for code in [
        "import re",
        "import re as regex",
        "from re import sub",
        "from re import *",
        "def f():\n    import re\nf()",
    ] {
        assert_eq!(
            error_text(code, &["json"]),
            "ModuleNotFoundError: No module named 're'",
            "{code}"
        );
    }
    // absent modules stay absent, with the same words
    assert_eq!(
        error_text("import socket", &["json"]),
        "ModuleNotFoundError: No module named 'socket'"
    );
    // the error is catchable like any failed import
    let code = "try:\n    import re\nexcept ModuleNotFoundError as e:\n    print('no', e.name if hasattr(e, 'name') else 're')\n'ok'";
    let (result, out) = run(code, &["json"]).expect("caught");
    assert_eq!(result, MontyObject::Str("ok".to_owned()));
    assert!(out.starts_with("no"));
}

#[test]
fn packages_cover_their_submodules() {
    let code = "import urllib.parse\nurllib.parse.quote('a b')";
    for allowed in [&["urllib"][..], &["urllib.parse"][..]] {
        let (result, _) = run(code, allowed).expect("allowed");
        assert_eq!(result, MontyObject::Str("a%20b".to_owned()));
    }
    assert_eq!(
        error_text(code, &["json"]),
        "ModuleNotFoundError: No module named 'urllib'"
    );
    assert_eq!(
        error_text("from collections.abc import Mapping", &["urllib"]),
        "ModuleNotFoundError: No module named 'collections'"
    );
}

#[test]
fn library_modules_import_their_own_helpers() {
    // collections (Python source) imports _collections; dataclasses imports more
    let code = "from collections import Counter\nfrom dataclasses import dataclass\n@dataclass\nclass P:\n    x: int\nCounter('aab').most_common(1)[0][0] + str(P(1).x)";
    let (result, _) = run(code, &["collections", "dataclasses"]).expect("allowed");
    assert_eq!(result, MontyObject::Str("a1".to_owned()));
}

#[test]
fn the_list_holds_for_every_session_snippet_and_across_a_dump() {
    let mut session = MontySession::with_options(&options(&["math"])).expect("session");
    let mut out = PrintWriter::collect();
    session
        .feed("import math\nr = math.sqrt(16)", LimitedTracker::default(), &mut out)
        .expect("math is allowed");
    let mut session = MontySession::load(&session.dump()).expect("loads");
    match session.feed("import json", LimitedTracker::default(), &mut out) {
        Err(MontyError::Exception(e)) => assert_eq!(e.message, "No module named 'json'"),
        other => panic!("expected ModuleNotFoundError, got {other:?}"),
    }
    let r = session.feed("r", LimitedTracker::default(), &mut out).expect("r");
    assert_eq!(r, MontyObject::Float(4.0));
}

#[test]
fn an_empty_list_allows_no_import_and_none_allows_all() {
    assert_eq!(
        error_text("import math", &[]),
        "ModuleNotFoundError: No module named 'math'"
    );
    let runner = MontyRun::compile("import math\nmath.floor(2.5)", &CompileOptions::default()).expect("compiles");
    let mut out = PrintWriter::collect();
    let result = runner.run(vec![], LimitedTracker::default(), &mut out).expect("runs");
    assert_eq!(result, MontyObject::Int(2));
}
