//! A virtualenv under `target/` with the `monty` Python module built into it by maturin.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::suite::run_command;

/// Create (or reuse) `target/<name>`, install maturin and `extra` packages from PyPI,
/// build monty-py into it (`release` for timing, debug for tests) and return its python.
///
/// maturin's own build goes to a separate target dir per profile, so it never
/// invalidates the workspace's cached build.
pub(crate) fn venv_with_monty(root: &Path, name: &str, extra: &[&str], release: bool) -> Result<PathBuf, String> {
    let venv = root.join("target").join(name);
    let bin = venv.join("bin");
    let python = bin.join("python");
    if !python.exists() {
        run_command(Command::new(case_format::PYTHON).args(["-m", "venv"]).arg(&venv), &[])?;
    }
    let mut pip = Command::new(&python);
    pip.args([
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        "maturin",
    ])
    .args(extra);
    run_command(&mut pip, &[])?;

    // maturin installs into the venv named by VIRTUAL_ENV and runs cargo from PATH.
    let path = std::env::var_os("PATH").unwrap_or_default();
    let mut paths: Vec<PathBuf> = vec![bin.clone()];
    paths.extend(std::env::split_paths(&path));
    let path = std::env::join_paths(paths).map_err(|e| format!("building PATH: {e}"))?;
    let mut develop = Command::new(bin.join("maturin"));
    develop.arg("develop");
    if release {
        develop.arg("--release");
    } else {
        // the tested module includes the type checker (`Monty(..., type_check=True)`);
        // the timing build does not need ty, the heaviest dependency by far
        develop.args(["--features", "typecheck"]);
    }
    develop
        .arg("--target-dir")
        .arg(
            root.join("target")
                .join(if release { "maturin-release" } else { "maturin" }),
        )
        .current_dir(root.join("monty-py"))
        .env("VIRTUAL_ENV", &venv)
        .env("PATH", &path);
    run_command(&mut develop, &[])?;
    Ok(python)
}
