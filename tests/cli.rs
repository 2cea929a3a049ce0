//! The `monty` command line: argument handling and exit statuses.
//!
//! Running programs is covered by the differential cases; these tests pin the
//! contract scripts rely on: usage errors exit 2 with nothing on stdout.

use std::process::{Command, Output};

fn monty(args: &[&str]) -> Output {
    match Command::new(env!("CARGO_BIN_EXE_monty")).args(args).output() {
        Ok(output) => output,
        Err(e) => unreachable!("cannot start the monty binary: {e}"),
    }
}

#[test]
fn help_goes_to_stdout_and_succeeds() {
    let output = monty(&["--help"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("usage: monty run FILE"));
    assert!(output.stderr.is_empty());
}

#[test]
fn usage_errors_exit_2_with_nothing_on_stdout() {
    for args in [
        &[][..],
        &["frobnicate"],
        &["run"],
        &["run", "-c"],
        &["run", "-c", "x", "--input"],
        &["run", "-c", "x", "--input", "no_equals_sign"],
        &["run", "-c", "x", "--input", "x={not json"],
        &["run", "-c", "x", "--input", "not-an-identifier=1"],
        &["run", "-c", "x", "--input", "x=1", "--input", "x=2"],
        &["run", "-c", "x", "-c", "y"],
        &["run", "-c", "x", "--bogus"],
        &["run", "/no/such/file.py"],
    ] {
        let output = monty(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
        assert!(
            String::from_utf8_lossy(&output.stderr).contains("usage: monty run"),
            "{args:?}"
        );
    }
}

fn stderr_last_line(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr)
        .lines()
        .last()
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn memory_limit_flag_accepts_units_and_names_the_limit() {
    for (flag, bytes) in [
        ("1MB", 1_000_000),
        ("1.5MB", 1_500_000),
        ("512KiB", 524_288),
        ("2MiB", 2_097_152),
        ("3000000", 3_000_000),
    ] {
        let output = monty(&["run", "-c", "x = 'a' * 10**9", "--max-memory", flag]);
        assert_eq!(output.status.code(), Some(1), "{flag}");
        assert_eq!(
            stderr_last_line(&output),
            format!("MontyLimitError: memory limit exceeded: more than {bytes} bytes of live objects"),
            "{flag}"
        );
    }
}

#[test]
fn duration_flag_accepts_fractions() {
    let started = std::time::Instant::now();
    let output = monty(&["run", "-c", "while True:\n    pass", "--max-duration=0.25"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr_last_line(&output),
        "MontyLimitError: time limit exceeded: ran longer than 250 ms"
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("Traceback (most recent call last):\n  File \"<string>\", line "),
        "a limit error shows where the program was: {stderr}"
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
}

#[test]
fn recursion_flag_sets_the_depth_of_a_catchable_recursion_error() {
    let code = "def f(n):\n    return f(n + 1)\nf(0)";
    let output = monty(&["run", "-c", code, "--max-recursion", "50"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.starts_with("Traceback (most recent call last):"), "{stderr}");
    assert_eq!(
        stderr_last_line(&output),
        "RecursionError: maximum recursion depth exceeded"
    );
    let counted =
        "def f(n):\n    try:\n        return f(n + 1)\n    except RecursionError:\n        return n\nprint(f(1))";
    let output = monty(&["run", "-c", counted, "--max-recursion", "50"]);
    assert_eq!(String::from_utf8_lossy(&output.stdout), "49\n");
}

#[test]
fn output_and_instruction_flags() {
    let output = monty(&["run", "-c", "while True:\n    print('x' * 99)", "--max-output", "1KB"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.len() <= 1000);
    assert_eq!(
        stderr_last_line(&output),
        "MontyLimitError: output limit exceeded: more than 1000 bytes printed"
    );
    let output = monty(&["run", "-c", "while True:\n    pass", "--max-instructions", "5000"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr_last_line(&output),
        "MontyLimitError: instruction limit exceeded: more than 5000 instructions"
    );
}

#[test]
fn no_limits_lifts_the_defaults() {
    // 200 MB of live objects is past the default 100 MB.
    let output = monty(&["run", "-c", "x = 'a' * 200_000_000\nprint(len(x))", "--no-limits"]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&output.stdout), "200000000\n");
    let output = monty(&["run", "-c", "x = 'a' * 200_000_000"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr_last_line(&output).starts_with("MontyLimitError: memory limit exceeded"));
}

#[test]
fn bad_limit_values_are_usage_errors() {
    for args in [
        &["run", "-c", "x", "--max-memory"][..],
        &["run", "-c", "x", "--max-memory", "lots"],
        &["run", "-c", "x", "--max-memory", "10XB"],
        &["run", "-c", "x", "--max-memory", "-5"],
        &["run", "-c", "x", "--max-duration", "soon"],
        &["run", "-c", "x", "--max-duration", "0"],
        &["run", "-c", "x", "--max-duration", "-1"],
        &["run", "-c", "x", "--max-recursion", "0"],
        &["run", "-c", "x", "--max-recursion", "1.5"],
        &["run", "-c", "x", "--max-instructions", "many"],
        &["run", "-c", "x", "--no-limits", "--max-memory", "1MB"],
    ] {
        let output = monty(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
    }
}

// === grants ===

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn monty_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_monty"));
    command.args(args).env_clear();
    for (name, value) in env {
        command.env(name, value);
    }
    match command.output() {
        Ok(output) => output,
        Err(e) => unreachable!("cannot start the monty binary: {e}"),
    }
}

const AGENT_TOOLS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/agent_tools.py");

#[test]
fn the_async_agent_gathers_an_async_tool() {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/agent_async.py");
    let output = monty(&["run", script, "--grant", "docs"]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        stdout(&output),
        "\
Pausing at host calls: 18 words
Granting host functions: 16 words
not found: no page at https://docs.example.com/monty/missing
a call not awaited yet is a coroutine: True
'Resource limits'
"
    );
}

#[test]
fn the_readme_agent_calls_the_granted_example_tools() {
    let output = monty(&["run", AGENT_TOOLS, "--grant", "weather,finance,docs"]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        stdout(&output),
        "\
skipped: unknown city 'Atlantis'; known cities: Paris, Tokyo, Oslo, Cairo, Lima
Paris: 18.5 C, light rain, humidity 82%
Tokyo: 24.0 C, sunny, humidity 60%
Oslo: 7.0 C, overcast, humidity 75%
warmest stop: Tokyo
  that is 75.2 F
budget: 1200 EUR = 1296.0 USD
budget: 1200 EUR = 194400.0 JPY
budget: unknown currency 'XYZ'
reading:
  Pausing at host calls (4): https://docs.example.com/monty/snapshots
  Granting host functions (2): https://docs.example.com/monty/capabilities
{'stops': 3, 'warmest': 'Tokyo', 'cities_known': 5}
"
    );
    // The same grants spelled one by one, by group and by function name.
    let spelled = monty(&[
        "run",
        AGENT_TOOLS,
        "--grant",
        "group:weather",
        "--grant=convert_currency",
        "--grant",
        "search_docs",
    ]);
    assert_eq!(stdout(&spelled), stdout(&output));
    assert_eq!(stdout(&monty(&["run", AGENT_TOOLS, "--grant-all"])), stdout(&output));
}

#[test]
fn an_ungranted_tool_is_an_undefined_name() {
    let output = monty(&["run", "-c", "get_weather('Paris')"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr_last_line(&output),
        "NameError: name 'get_weather' is not defined"
    );
    // Granting one function of a group grants only that function.
    let code = "print(get_weather('Oslo')['city'])\nlist_cities()";
    let output = monty(&["run", "-c", code, "--grant", "get_weather"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "Oslo\n");
    assert_eq!(
        stderr_last_line(&output),
        "NameError: name 'list_cities' is not defined"
    );
    // Catching the NameError is all a program can learn: the name does not exist.
    let code = "try:\n    get_weather\nexcept NameError as e:\n    print(e)";
    assert_eq!(
        stdout(&monty(&["run", "-c", code, "--grant", "finance"])),
        "name 'get_weather' is not defined\n"
    );
}

#[test]
fn unknown_grants_are_usage_errors() {
    for args in [
        &["run", "-c", "1", "--grant", "rm_rf"][..],
        &["run", "-c", "1", "--grant", "group:get_weather"],
        &["run", "-c", "1", "--grant"],
        &["run", "-c", "1", "--grant", "weather,,docs"],
        &["run", "-c", "1", "--grant-all=yes"],
        &["run", "-c", "1", "--clock", "yesterday"],
        &["run", "-c", "1", "--clock", "system", "--clock", "0"],
        &["run", "-c", "1", "--env", "A=B"],
        &["tools", "--grant", "rm_rf"],
        &["tools", "--json", "--stubs"],
        &["tools", "--format", "anthropic"],
        &["tools", "--json", "--format", "gemini"],
        &["tools", "extra"],
    ] {
        let output = monty(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
    }
    let output = monty(&["run", "-c", "1", "--grant", "rm_rf"]);
    assert!(
        String::from_utf8_lossy(&output.stderr).starts_with(
            "monty: --grant rm_rf: no host function or group named 'rm_rf' is registered (known: \
             convert_currency, docs, fetch_doc, finance, get_weather, list_cities, search_docs, weather)\n"
        ),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn clock_grant_frozen_and_system() {
    let code = "print(now(), timestamp(), monotonic())";
    let output = monty(&["run", "-c", code, "--clock", "2026-11-27T09:30:00.25Z"]);
    assert_eq!(stdout(&output), "2026-11-27T09:30:00.250000+00:00 1795771800.25 0.0\n");
    let output = monty(&["run", "-c", code, "--clock", "0"]);
    assert_eq!(stdout(&output), "1970-01-01T00:00:00+00:00 0.0 0.0\n");
    let output = monty(&[
        "run",
        "-c",
        "timestamp() > 1.7e9 and monotonic() >= 0",
        "--clock",
        "system",
    ]);
    assert_eq!(stdout(&output), "True\n");
    let output = monty(&["run", "-c", "now()"]);
    assert_eq!(stderr_last_line(&output), "NameError: name 'now' is not defined");
}

#[test]
fn env_grant_shows_only_the_listed_variables() {
    let env = [("MONTY_VISIBLE", "yes"), ("MONTY_SECRET", "hunter2")];
    let code = "print(getenv('MONTY_VISIBLE'), getenv('MONTY_SECRET'), getenv('MONTY_SECRET', 'unset'), \
                getenv('monty_visible'), getenv('MONTY_UNSET', 'd'))";
    let output = monty_env(&["run", "-c", code, "--env", "MONTY_VISIBLE,MONTY_UNSET"], &env);
    assert_eq!(
        stdout(&output),
        "yes None unset None d\n",
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let output = monty_env(&["run", "-c", "getenv('MONTY_VISIBLE')"], &env);
    assert_eq!(stderr_last_line(&output), "NameError: name 'getenv' is not defined");
}

#[test]
fn time_and_datetime_read_the_granted_clock_only() {
    let code = "import time, datetime\n\
                print(datetime.datetime.now(), datetime.date.today(), time.time(), time.time_ns())\n\
                print(datetime.datetime.now(datetime.timezone.utc).isoformat(), time.monotonic(), time.sleep(5))\n\
                print(time.strftime('%Y-%m-%d %H:%M:%S'), time.gmtime().tm_yday)";
    let expected = "2026-11-27 09:30:00 2026-11-27 1795771800.0 1795771800000000000\n\
                    2026-11-27T09:30:00+00:00 0.0 None\n\
                    2026-11-27 09:30:00 331\n";
    for grant in [
        &["--clock", "2026-11-27T09:30:00Z"][..],
        &["--clock", "2026-11-27T09:30:00Z", "--grant", "group:clock"],
    ] {
        let mut args = vec!["run", "-c", code];
        args.extend_from_slice(grant);
        let output = monty(&args);
        assert_eq!(stdout(&output), expected, "{}", String::from_utf8_lossy(&output.stderr));
    }
    let output = monty(&[
        "run",
        "-c",
        "import time; print(time.time() > 1.7e9)",
        "--grant",
        "clock",
    ]);
    assert_eq!(stdout(&output), "True\n", "{}", String::from_utf8_lossy(&output.stderr));
    for (call, what) in [
        ("datetime.datetime.now()", "datetime.now()"),
        ("datetime.date.today()", "date.today()"),
        ("time.time()", "time.time()"),
        ("time.monotonic()", "time.monotonic()"),
    ] {
        let output = monty(&["run", "-c", &format!("import time, datetime; {call}")]);
        assert_eq!(
            stderr_last_line(&output),
            format!("PermissionError: {what} needs the clock capability: grant group 'clock'")
        );
    }
    // without the clock, pure datetime arithmetic still works
    let output = monty(&[
        "run",
        "-c",
        "import datetime; print(datetime.date(2026, 11, 27).isocalendar())",
    ]);
    assert_eq!(
        stdout(&output),
        "datetime.IsoCalendarDate(year=2026, week=48, weekday=5)\n"
    );
}

#[test]
fn os_getenv_and_environ_read_the_allow_list_only() {
    let env = [("MONTY_VISIBLE", "yes"), ("MONTY_SECRET", "hunter2")];
    let code = "import os\n\
                print(os.getenv('MONTY_VISIBLE'), os.getenv('MONTY_SECRET'), os.getenv('MONTY_SECRET', 'unset'))\n\
                print(os.environ['MONTY_VISIBLE'], 'MONTY_SECRET' in os.environ, os.environ.get('MONTY_SECRET', 'd'))\n\
                try:\n    os.environ['MONTY_SECRET']\nexcept KeyError as e:\n    print('KeyError', e)\n\
                print(os.sep, repr(os.linesep))";
    let output = monty_env(&["run", "-c", code, "--env", "MONTY_VISIBLE"], &env);
    assert_eq!(
        stdout(&output),
        "yes None unset\nyes False d\nKeyError 'MONTY_SECRET'\n/ '\\n'\n",
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let output = monty_env(&["run", "-c", "import os; os.getenv('MONTY_VISIBLE')"], &env);
    assert_eq!(
        stderr_last_line(&output),
        "PermissionError: os.getenv() needs the environment capability: grant group 'env'"
    );
    let output = monty_env(
        &["run", "-c", "import os; list(os.environ)", "--env", "MONTY_VISIBLE"],
        &env,
    );
    assert_eq!(
        stderr_last_line(&output),
        "PermissionError: os.environ cannot be listed in Monty: read variables by name"
    );
}

#[test]
fn tools_prints_the_prompt_stubs_and_json_of_the_granted_set() {
    let all = monty(&["tools"]);
    assert_eq!(all.status.code(), Some(0));
    let prompt = stdout(&all);
    assert!(
        prompt.starts_with("Solve the task by writing one Python program."),
        "{prompt}"
    );
    for def in [
        "def convert_currency(amount: float, from_currency: str, to_currency: str) -> float:",
        "def get_weather(city: str, units: str = 'metric') -> dict:",
        "async def fetch_doc(url: str) -> dict:",
        "def list_cities() -> list[str]:",
        "def search_docs(query: str, limit: int = 3) -> list[dict]:",
    ] {
        assert!(prompt.contains(def), "{def}");
    }
    assert!(prompt.contains("## Rules of the sandbox"));
    // the module list is what a program may import: no private helper modules
    assert!(prompt.contains("json, ") && !prompt.contains("_monty_host") && !prompt.contains(", _"));

    let weather = stdout(&monty(&["tools", "--grant", "weather", "--stubs"]));
    assert!(weather.starts_with("\"\"\"Host functions this program may call (generated by Monty).\"\"\"\n"));
    assert!(weather.contains("def get_weather(") && weather.contains("def list_cities("));
    assert!(!weather.contains("def search_docs("));
    assert!(!weather.contains("## Rules"));

    let clock = stdout(&monty(&["tools", "--clock", "system", "--stubs"]));
    assert!(
        clock.contains("def now() -> str:") && !clock.contains("get_weather"),
        "{clock}"
    );

    let names = |format: &[&str]| -> Vec<String> {
        let mut args = vec!["tools", "--grant", "finance,docs", "--json"];
        args.extend_from_slice(format);
        let output = monty(&args);
        assert_eq!(output.status.code(), Some(0));
        let tools: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap_or_default();
        tools
            .as_array()
            .map(|tools| {
                tools
                    .iter()
                    .map(|t| {
                        let name = t.pointer("/function/name").or_else(|| t.pointer("/name"));
                        name.and_then(|n| n.as_str()).unwrap_or_default().to_owned()
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    assert_eq!(names(&[]), ["convert_currency", "fetch_doc", "search_docs"]);
    assert_eq!(
        names(&["--format", "openai"]),
        ["convert_currency", "fetch_doc", "search_docs"]
    );
    assert_eq!(
        names(&["--format=anthropic"]),
        ["convert_currency", "fetch_doc", "search_docs"]
    );
}

#[test]
fn mount_grant_confines_files_to_the_mounted_directory() {
    let root = std::env::temp_dir().join(format!("monty-cli-mount-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("in")).unwrap_or_default();
    std::fs::create_dir_all(root.join("out")).unwrap_or_default();
    std::fs::write(root.join("in/a.txt"), "alpha").unwrap_or_default();
    std::fs::write(root.join("secret.txt"), "no").unwrap_or_default();
    let ro = format!("{}:/in", root.join("in").display());
    let rw = format!("{}:/out:rw", root.join("out").display());
    let code = "print(list_dir('/'), read_text('/in/a.txt'))\n\
                write_text('/out/b.txt', read_text('/in/a.txt').upper())\n\
                for p in ['/in/../secret.txt', '/in/b.txt']:\n    \
                    try:\n        write_text(p, 'x')\n    except OSError as e:\n        print(type(e).__name__, e)";
    let output = monty(&["run", "-c", code, "--mount", &ro, "--mount", &rw]);
    assert_eq!(
        stdout(&output),
        "['in', 'out'] alpha\n\
         FileNotFoundError [Errno 2] No such file or directory: '/in/../secret.txt'\n\
         OSError [Errno 30] Read-only file system: '/in/b.txt'\n",
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(root.join("out/b.txt")).unwrap_or_default(),
        "ALPHA"
    );
    assert_eq!(
        std::fs::read_to_string(root.join("secret.txt")).unwrap_or_default(),
        "no"
    );
    for bad in ["nocolon", "/no/such/dir:/x", &format!("{}:relative", root.display())] {
        assert_eq!(
            monty(&["run", "-c", "1", "--mount", bad]).status.code(),
            Some(2),
            "{bad}"
        );
    }
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn http_allow_grants_requests_to_the_listed_hosts_only() {
    use std::io::{Read as _, Write as _};
    let Ok(listener) = std::net::TcpListener::bind("127.0.0.1:0") else {
        unreachable!("cannot listen on loopback")
    };
    let port = listener.local_addr().map(|a| a.port()).unwrap_or_default();
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let mut buf = [0u8; 4096];
            let _ = stream.read(&mut buf);
            let _ =
                stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 12\r\nConnection: close\r\n\r\n{\"ok\": true}");
        }
    });
    let code = format!(
        "print(http_get('http://127.0.0.1:{port}/x')['json'])\n\
         try:\n    http_get('http://example.com/')\nexcept PermissionError as e:\n    print(e)"
    );
    let output = monty(&["run", "-c", &code, "--http-allow", &format!("127.0.0.1:{port}")]);
    assert_eq!(
        stdout(&output),
        "{'ok': True}\nhttp: host 'example.com' is not allowed\n",
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let tools = monty(&["tools", "--stubs", "--http-allow", "api.example.com"]);
    assert!(stdout(&tools).contains("def http_get(url: str"), "{}", stdout(&tools));
    for bad in [
        &["run", "-c", "1", "--http-allow", "http://x/"][..],
        &["run", "-c", "1", "--grant", "http"],
    ] {
        assert_eq!(monty(bad).status.code(), Some(2), "{bad:?}");
    }
}

#[cfg(feature = "typecheck")]
#[test]
fn check_sees_the_granted_tools() {
    let output = monty(&["check", "examples/agent_tools.py", "--grant", "weather,finance,docs"]);
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "All checks passed!\n",
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(output.status.code(), Some(0));
    // without the grants the tools are unknown names, and a wrong argument type is caught
    let output = monty(&["check", "examples/agent_tools.py"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stdout).contains("unresolved-reference"));
    let bad = std::env::temp_dir().join(format!("monty-check-{}.py", std::process::id()));
    std::fs::write(&bad, "x = 1\nprint(get_weather(3))\n").unwrap_or_default();
    let output = monty(&["check", &bad.to_string_lossy(), "--grant", "weather"]);
    std::fs::remove_file(&bad).unwrap_or_default();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("invalid-argument-type") && stdout.contains(":2:"),
        "{stdout}"
    );
}

#[cfg(feature = "typecheck")]
#[test]
fn type_check_stops_a_badly_typed_program_before_it_runs() {
    let bad = monty(&[
        "run",
        "-c",
        "print('ran')\nw = get_weather(3)",
        "--grant",
        "weather",
        "--type-check",
    ]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(bad.stdout.is_empty(), "nothing ran");
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(err.contains("invalid-argument-type"), "{err}");
    assert!(err.contains("not run: 1 type error"), "{err}");
    let good = monty(&["run", "-c", "print('ran')", "--type-check"]);
    assert_eq!(good.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&good.stdout), "ran\n");
}
