//! Mounted directories: what a program can read and write, and the ways it
//! might try to reach the rest of the host (escape attempts).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    missing_docs,
    unreachable_pub
)]

use std::fs;
use std::os::unix::fs::symlink;
use std::path::PathBuf;

use monty::{CapabilitySet, Fs, FsError, LimitedTracker, Mount, PrintWriter};

/// A scratch tree: `outside/secret.txt` beside the mounted `data/` and `out/`.
struct Tree {
    root: PathBuf,
}

impl Tree {
    fn new(name: &str) -> Self {
        let root = std::env::temp_dir().join(format!("monty-fs-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        fs::create_dir_all(root.join("outside")).unwrap();
        fs::create_dir_all(root.join("data/sub")).unwrap();
        fs::create_dir_all(root.join("out")).unwrap();
        fs::write(root.join("outside/secret.txt"), "the host's secret").unwrap();
        fs::write(root.join("data/notes.txt"), "hello\nworld\n").unwrap();
        fs::write(root.join("data/sub/inner.txt"), "inner").unwrap();
        fs::write(root.join("data/big.txt"), "x".repeat(2000)).unwrap();
        fs::write(root.join("data/latin1.txt"), b"caf\xe9").unwrap();
        symlink("notes.txt", root.join("data/link_in")).unwrap();
        symlink("../outside/secret.txt", root.join("data/link_out")).unwrap();
        symlink(root.join("outside/secret.txt"), root.join("data/link_abs")).unwrap();
        symlink("..", root.join("data/dir_up")).unwrap();
        symlink("/etc", root.join("data/dir_etc")).unwrap();
        symlink("../outside", root.join("out/escape")).unwrap();
        Self { root }
    }

    fn caps(&self) -> CapabilitySet {
        let fs = Fs::new()
            .mount(
                Mount::read_only(self.root.join("data"), "/data")
                    .unwrap()
                    .max_file_bytes(1000),
            )
            .mount(Mount::read_write(self.root.join("out"), "/work/out").unwrap());
        CapabilitySet::new().with(&fs)
    }
}

impl Drop for Tree {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.root);
    }
}

/// Run `code`: the result's repr, or the last line of the traceback.
fn run(caps: &CapabilitySet, code: &str) -> String {
    let mut caps = caps.clone();
    let outcome = caps.compile(code, "agent.py", vec![]).and_then(|run| {
        run.run_with_host(
            vec![],
            LimitedTracker::default(),
            &mut PrintWriter::collect(),
            &mut caps,
        )
    });
    match outcome {
        Ok(value) => value.py_repr(),
        Err(err) => err.render().lines().last().unwrap_or_default().to_owned(),
    }
}

#[test]
fn reads_lists_and_writes_inside_the_mounts() {
    let tree = Tree::new("inside");
    let caps = tree.caps();
    assert_eq!(run(&caps, "read_text('/data/notes.txt')"), "'hello\\nworld\\n'");
    assert_eq!(
        run(&caps, "read_text('/data/./sub/../notes.txt')"),
        "'hello\\nworld\\n'"
    );
    assert_eq!(run(&caps, "read_text('data/sub/inner.txt')"), "'inner'");
    assert_eq!(run(&caps, "read_text('/data/link_in')"), "'hello\\nworld\\n'");
    assert_eq!(
        run(&caps, "list_dir('/data')"),
        "['big.txt', 'dir_etc', 'dir_up', 'latin1.txt', 'link_abs', 'link_in', 'link_out', 'notes.txt', 'sub']"
    );
    assert_eq!(run(&caps, "list_dir()"), "['data', 'work']");
    assert_eq!(run(&caps, "list_dir('/work')"), "['out']");
    assert_eq!(run(&caps, "write_text('/work/out/report.txt', 'café')"), "4");
    assert_eq!(fs::read_to_string(tree.root.join("out/report.txt")).unwrap(), "café");
    assert_eq!(run(&caps, "read_text('/work/out/report.txt')"), "'café'");
}

#[test]
fn dot_dot_and_absolute_paths_stay_in_the_virtual_namespace() {
    let tree = Tree::new("dotdot");
    let caps = tree.caps();
    let secret = tree.root.join("outside/secret.txt");
    for path in [
        "/data/../outside/secret.txt".to_owned(),
        "/data/../../../../outside/secret.txt".to_owned(),
        "../outside/secret.txt".to_owned(),
        "/etc/passwd".to_owned(),
        secret.display().to_string(),
        format!("/data/../../../..{}", secret.display()),
    ] {
        assert_eq!(
            run(&caps, &format!("read_text({path:?})")),
            format!("FileNotFoundError: [Errno 2] No such file or directory: '{path}'"),
            "{path}"
        );
    }
    assert_eq!(
        run(&caps, "list_dir('/etc')"),
        "FileNotFoundError: [Errno 2] No such file or directory: '/etc'"
    );
    // `..` at the root stays at the root: this is the virtual /data again.
    assert_eq!(run(&caps, "read_text('/../../data/sub/inner.txt')"), "'inner'");
}

#[test]
fn symlinks_cannot_leave_a_mount() {
    let tree = Tree::new("symlinks");
    let caps = tree.caps();
    for path in [
        "/data/link_out",
        "/data/link_abs",
        "/data/dir_up/outside/secret.txt",
        "/data/dir_etc/passwd",
    ] {
        assert_eq!(
            run(&caps, &format!("read_text({path:?})")),
            format!("PermissionError: [Errno 13] Permission denied: '{path}'"),
            "{path}"
        );
    }
    assert_eq!(
        run(&caps, "list_dir('/data/dir_up')"),
        "PermissionError: [Errno 13] Permission denied: '/data/dir_up'"
    );
    // Writing through a symlink that leaves the mount does not create the file.
    assert_eq!(
        run(&caps, "write_text('/work/out/escape/planted.txt', 'x')"),
        "PermissionError: [Errno 13] Permission denied: '/work/out/escape/planted.txt'"
    );
    assert!(!tree.root.join("outside/planted.txt").exists());
    assert_eq!(
        fs::read_to_string(tree.root.join("outside/secret.txt")).unwrap(),
        "the host's secret"
    );
}

#[test]
fn nul_bytes_sizes_modes_and_types() {
    let tree = Tree::new("limits");
    let caps = tree.caps();
    assert_eq!(
        run(&caps, "read_text('/data/notes.txt\\x00.png')"),
        "ValueError: embedded null byte"
    );
    assert_eq!(
        run(&caps, "write_text('/work/out/a\\x00', 'x')"),
        "ValueError: embedded null byte"
    );
    assert_eq!(
        run(&caps, "read_text('')"),
        "FileNotFoundError: [Errno 2] No such file or directory: ''"
    );
    assert_eq!(
        run(&caps, "read_text('/data/big.txt')"),
        "OSError: [Errno 27] File too large: '/data/big.txt' (the limit is 1000 bytes)"
    );
    assert_eq!(
        run(&caps, "write_text('/data/new.txt', 'x')"),
        "OSError: [Errno 30] Read-only file system: '/data/new.txt'"
    );
    assert!(!tree.root.join("data/new.txt").exists());
    assert_eq!(
        run(&caps, "read_text('/data/sub')"),
        "OSError: [Errno 21] Is a directory: '/data/sub'"
    );
    assert_eq!(run(&caps, "read_text('/')"), "OSError: [Errno 21] Is a directory: '/'");
    assert_eq!(
        run(&caps, "read_text('/data/latin1.txt')"),
        "ValueError: '/data/latin1.txt' is not valid UTF-8 text"
    );
    assert_eq!(
        run(&caps, "list_dir('/data/notes.txt')"),
        "OSError: [Errno 20] Not a directory: '/data/notes.txt'"
    );
    assert_eq!(
        run(&caps, "write_text('/work/out/missing/dir.txt', 'x')"),
        "FileNotFoundError: [Errno 2] No such file or directory: '/work/out/missing/dir.txt'"
    );
    assert_eq!(
        run(&caps, "read_text(b'/data/notes.txt')"),
        "TypeError: read_text() argument 'path' must be str, not bytes"
    );
    let small = Fs::new().mount(
        Mount::read_write(tree.root.join("out"), "/out")
            .unwrap()
            .max_file_bytes(3),
    );
    let small = CapabilitySet::new().with(&small);
    assert_eq!(
        run(&small, "write_text('/out/x.txt', 'four')"),
        "OSError: [Errno 27] File too large: '/out/x.txt' (the limit is 3 bytes)"
    );
    assert!(!tree.root.join("out/x.txt").exists());
}

#[test]
fn no_files_unless_granted_and_bad_mounts_are_refused() {
    let tree = Tree::new("config");
    assert_eq!(
        run(&CapabilitySet::new(), "read_text('/data/notes.txt')"),
        "NameError: name 'read_text' is not defined"
    );
    assert_eq!(
        run(&tree.caps(), "open('/data/notes.txt')"),
        "NameError: name 'open' is not defined"
    );
    for at in ["data", "/data/../x", "/./data", "/da\0ta"] {
        assert!(
            matches!(
                Mount::read_only(tree.root.join("data"), at),
                Err(FsError::MountPoint(_))
            ),
            "{at:?}"
        );
    }
    assert!(matches!(
        Mount::read_only(tree.root.join("nowhere"), "/data"),
        Err(FsError::Open { .. })
    ));
}
