//! `open()`, `pathlib` and `os` on a mounted directory, compared with CPython.
//!
//! Each `tests/files/<name>.py` runs twice on the same fresh scratch
//! directory (same fixtures, same absolute path): once under `python3`, once
//! under `monty run --mount DIR:DIR:rw` (mounted at its own host path, so both
//! programs see the same paths). The program gets the directory as `ROOT`.
//! Their outputs must be equal. Without `python3` on the PATH the comparison
//! is skipped (Monty must still run the program without error).

use std::path::{Path, PathBuf};
use std::process::Command;

fn fixtures(root: &Path) {
    let _ = std::fs::remove_dir_all(root);
    let files: [(&str, &[u8]); 6] = [
        ("notes.txt", b"hello\nworld\n"),
        ("crlf.txt", b"a\r\nb\rc\n"),
        ("readme.md", b"# top\n"),
        ("bad-utf8.txt", b"caf\xe9"),
        ("sub/inner.txt", b"inner"),
        ("sub/deep/x.md", b"deep"),
    ];
    for (name, data) in files {
        let path = root.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap_or_default();
        }
        std::fs::write(path, data).unwrap_or_default();
    }
}

fn program(root: &Path, name: &str) -> String {
    let source = std::fs::read_to_string(Path::new("tests/files").join(name)).unwrap_or_default();
    format!("ROOT = {:?}\n{source}", root.display().to_string())
}

fn run_python(code: &str) -> Option<String> {
    let output = Command::new("python3").args(["-c", code]).output().ok()?;
    Some(String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr))
}

fn run_monty(root: &Path, code: &str) -> String {
    let mount = format!("{}:{}:rw", root.display(), root.display());
    match Command::new(env!("CARGO_BIN_EXE_monty"))
        .args(["run", "-c", code, "--mount", &mount])
        .output()
    {
        Ok(output) => String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr),
        Err(e) => format!("cannot start monty: {e}"),
    }
}

fn compare(name: &str) {
    let root: PathBuf =
        std::env::temp_dir().join(format!("monty-files-{}-{}", std::process::id(), name.replace('.', "-")));
    let code = program(&root, name);
    fixtures(&root);
    let expected = run_python(&code);
    fixtures(&root);
    let got = run_monty(&root, &code);
    let _ = std::fs::remove_dir_all(&root);
    match expected {
        Some(expected) => assert_eq!(got, expected, "{name}: monty (left) and python3 (right) differ"),
        None => assert!(!got.contains("Traceback"), "{name}: {got}"),
    }
}

#[test]
fn open_modes_match_cpython() {
    compare("open_modes.py");
}

#[test]
fn pathlib_and_os_match_cpython() {
    compare("pathlib_os.py");
}
