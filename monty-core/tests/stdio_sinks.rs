//! `sys.stdout`, `sys.stderr`, `print(file=...)` and `warnings.warn` write to the
//! run's print sink (the case harness compares stdout only, so stderr is checked here).
#![allow(clippy::expect_used, missing_docs)]

use monty_core::{LimitedTracker, MontyRun, PrintWriter};

fn run(src: &str) -> (String, String) {
    let program = MontyRun::new(src, "prog.py", vec![], vec![]).expect("compiles");
    let mut out = PrintWriter::collect();
    program.run(vec![], LimitedTracker::default(), &mut out).expect("runs");
    (out.collected_stdout().to_owned(), out.collected_stderr().to_owned())
}

#[test]
fn sys_streams_reach_the_sinks() {
    let (out, err) = run("import sys\n\
         sys.stdout.write('a\\n')\n\
         print('b', file=sys.stdout)\n\
         print('c', 1, sep='-', file=sys.stderr)\n\
         sys.stderr.write('d\\n')\n");
    assert_eq!(out, "a\nb\n");
    assert_eq!(err, "c-1\nd\n");
}

#[test]
fn print_file_calls_write() {
    let (out, err) = run("import io\ns = io.StringIO()\nprint('x', 2, file=s)\nprint(repr(s.getvalue()))\n");
    assert_eq!(out, "'x 2\\n'\n");
    assert_eq!(err, "");
}

#[test]
fn warn_writes_cpython_report_once_per_location() {
    let (out, err) = run("import warnings\n\
         def f():\n    warnings.warn('careful', stacklevel=2)\n\
         for i in range(3):\n    warnings.warn('loop')\n\
         f()\n\
         warnings.warn('dep', DeprecationWarning)\n\
         warnings.simplefilter('ignore')\n\
         warnings.warn('hidden')\n");
    assert_eq!(out, "");
    assert_eq!(
        err,
        "prog.py:5: UserWarning: loop\n  warnings.warn('loop')\n\
         prog.py:6: UserWarning: careful\n  f()\n\
         prog.py:7: DeprecationWarning: dep\n  warnings.warn('dep', DeprecationWarning)\n"
    );
}
