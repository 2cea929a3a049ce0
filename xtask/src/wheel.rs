//! The wheel as a user gets it: `maturin build`, `pip install` into a clean
//! venv (no source tree on the path), then every Python example of the READMEs
//! run with that venv's python.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::ChoreResult;
use crate::suite::run_command;

/// The READMEs whose ```python blocks must run as written.
const READMES: [&str; 2] = ["README.md", "monty-py/README.md"];

/// Build the wheel, install it in `target/venv-clean`, run the README examples.
/// `maturin` is the one the test venv installed.
pub(crate) fn clean_install(root: &Path, maturin: &Path) -> ChoreResult {
    let target = root.join("target");
    let wheels = target.join("wheels");
    if wheels.exists() {
        fs::remove_dir_all(&wheels).map_err(|e| format!("removing {}: {e}", wheels.display()))?;
    }
    // the same profile and features as the pytest build, so its compiled crates are reused
    run_command(
        Command::new(maturin)
            .args(["build", "--profile", "dev", "--features", "typecheck", "--out"])
            .arg(&wheels)
            .arg("--target-dir")
            .arg(target.join("maturin"))
            .current_dir(root.join("monty-py")),
        &[],
    )?;
    let wheel = only_wheel(&wheels)?;

    let venv = target.join("venv-clean");
    if venv.exists() {
        fs::remove_dir_all(&venv).map_err(|e| format!("removing {}: {e}", venv.display()))?;
    }
    run_command(Command::new(case_format::PYTHON).args(["-m", "venv"]).arg(&venv), &[])?;
    let python = venv.join("bin").join("python");
    // --no-index: the wheel needs nothing from PyPI
    run_command(
        Command::new(&python)
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "--no-index",
            ])
            .arg(&wheel),
        &[],
    )?;

    let examples = target.join("readme-examples");
    if examples.exists() {
        fs::remove_dir_all(&examples).map_err(|e| format!("removing {}: {e}", examples.display()))?;
    }
    fs::create_dir_all(&examples).map_err(|e| format!("creating {}: {e}", examples.display()))?;
    // the installed package, not the source tree, answers `import monty`
    let check = "import monty, sys; f = monty._monty.__file__; \
                 sys.exit(0 if 'venv-clean' in f else 'monty imported from ' + f)";
    run_command(Command::new(&python).args(["-c", check]).current_dir(&examples), &[])?;
    let mut count = 0;
    for readme in READMES {
        let text = fs::read_to_string(root.join(readme)).map_err(|e| format!("reading {readme}: {e}"))?;
        for (i, block) in python_blocks(&text).iter().enumerate() {
            let file = examples.join(format!("{}_{}.py", readme.replace(['/', '.'], "_"), i + 1));
            fs::write(&file, block).map_err(|e| format!("writing {}: {e}", file.display()))?;
            crate::say(&format!("    {readme} example {}", i + 1));
            run_command(Command::new(&python).arg(&file).current_dir(&examples), &[])
                .map_err(|e| format!("{readme}'s Python example {} failed: {e}", i + 1))?;
            count += 1;
        }
    }
    if count == 0 {
        return Err("no ```python example found in the READMEs".to_owned());
    }
    crate::say(&format!(
        "    wheel {}: installed in a clean venv, {count} README examples ran",
        display_name(&wheel)
    ));
    Ok(())
}

/// The one `.whl` maturin wrote.
fn only_wheel(dir: &Path) -> Result<PathBuf, String> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).map_err(|e| format!("reading {}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|e| e == "whl") {
            found.push(path);
        }
    }
    match found.len() {
        1 => Ok(found.remove(0)),
        n => Err(format!("expected one wheel in {}, found {n}", dir.display())),
    }
}

fn display_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The bodies of the fenced ```python blocks of a Markdown text.
fn python_blocks(text: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        match &mut current {
            None if line.trim_start() == "```python" => current = Some(String::new()),
            None => {}
            Some(_) if line.trim_start() == "```" => blocks.extend(current.take()),
            Some(body) => {
                body.push_str(line);
                body.push('\n');
            }
        }
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::python_blocks;

    #[test]
    fn finds_only_python_blocks() {
        let text = "x\n```python\na = 1\n```\n```sh\nls\n```\n```python\nb = 2\nc = 3\n```\n";
        assert_eq!(
            python_blocks(text),
            vec!["a = 1\n".to_owned(), "b = 2\nc = 3\n".to_owned()]
        );
    }
}
