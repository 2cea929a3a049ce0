//! `cargo xtask check-size`: the 1500-line cap on Rust files (CONVENTIONS.md §1).

use std::fs;
use std::path::{Path, PathBuf};

use crate::{ChoreResult, say};

/// The hard cap. Aim for under 600.
const MAX_LINES: usize = 1500;

/// Fail if any `.rs` file (outside `target/` and hidden directories, and not
/// marked "generated" on its first line) has more than [`MAX_LINES`] lines.
pub(crate) fn run(root: &Path) -> ChoreResult {
    let mut files = Vec::new();
    collect_rs_files(root, &mut files)?;
    let mut sizes = Vec::new();
    for path in files {
        let text = fs::read_to_string(&path).map_err(|e| format!("reading {}: {e}", path.display()))?;
        if text.lines().next().is_some_and(|first| first.contains("generated")) {
            continue;
        }
        let shown = path.strip_prefix(root).unwrap_or(&path).display().to_string();
        sizes.push((text.lines().count(), shown));
    }
    sizes.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));

    say(&format!("largest .rs files (cap {MAX_LINES} lines):"));
    for (lines, path) in sizes.iter().take(5) {
        say(&format!("  {lines:>5}  {path}"));
    }
    let over: Vec<String> = sizes
        .iter()
        .filter(|(lines, _)| *lines > MAX_LINES)
        .map(|(lines, path)| format!("{path} ({lines})"))
        .collect();
    if over.is_empty() {
        Ok(())
    } else {
        Err(format!("over {MAX_LINES} lines, split by concern: {}", over.join(", ")))
    }
}

fn collect_rs_files(dir: &Path, out: &mut Vec<PathBuf>) -> ChoreResult {
    let entries = fs::read_dir(dir).map_err(|e| format!("reading {}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("reading {}: {e}", dir.display()))?;
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let file_type = entry
            .file_type()
            .map_err(|e| format!("reading {}: {e}", path.display()))?;
        if file_type.is_dir() {
            if name != "target" && name != "node_modules" && !name.starts_with('.') {
                collect_rs_files(&path, out)?;
            }
        } else if file_type.is_file() && name.ends_with(".rs") {
            out.push(path);
        }
    }
    Ok(())
}
