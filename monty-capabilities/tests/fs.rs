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
        "IsADirectoryError: [Errno 21] Is a directory: '/data/sub'"
    );
    assert_eq!(
        run(&caps, "read_text('/')"),
        "IsADirectoryError: [Errno 21] Is a directory: '/'"
    );
    assert_eq!(
        run(&caps, "read_text('/data/latin1.txt')"),
        "ValueError: '/data/latin1.txt' is not valid UTF-8 text"
    );
    assert_eq!(
        run(&caps, "list_dir('/data/notes.txt')"),
        "NotADirectoryError: [Errno 20] Not a directory: '/data/notes.txt'"
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
        run(&CapabilitySet::new(), "open('/data/notes.txt')"),
        "PermissionError: open() needs the file system capability: grant group 'fs' (mounted directories)"
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

#[test]
fn read_bytes_windows_and_escapes() {
    let tree = Tree::new("read_bytes");
    let caps = tree.caps();
    assert_eq!(run(&caps, "read_bytes('/data/notes.txt')"), "b'hello\\nworld\\n'");
    assert_eq!(run(&caps, "read_bytes('/data/notes.txt', 6)"), "b'world\\n'");
    assert_eq!(run(&caps, "read_bytes('/data/notes.txt', 6, 3)"), "b'wor'");
    assert_eq!(run(&caps, "read_bytes('/data/notes.txt', 100)"), "b''");
    assert_eq!(run(&caps, "read_bytes('/data/latin1.txt')"), "b'caf\\xe9'");
    // a window of a file over the limit is fine; the whole file is not
    assert_eq!(run(&caps, "len(read_bytes('/data/big.txt', 10, 500))"), "500");
    assert_eq!(
        run(&caps, "read_bytes('/data/big.txt')"),
        "OSError: [Errno 27] File too large: '/data/big.txt' (the limit is 1000 bytes)"
    );
    assert_eq!(
        run(&caps, "read_bytes('/data/big.txt', 0, 1001)"),
        "OSError: [Errno 27] File too large: '/data/big.txt' (the limit is 1000 bytes)"
    );
    for path in ["/data/../outside/secret.txt", "/etc/passwd"] {
        assert_eq!(
            run(&caps, &format!("read_bytes({path:?})")),
            format!("FileNotFoundError: [Errno 2] No such file or directory: '{path}'")
        );
    }
    let host_abs = tree.root.join("outside/secret.txt").display().to_string();
    assert_eq!(
        run(&caps, &format!("read_bytes({host_abs:?})")),
        format!("FileNotFoundError: [Errno 2] No such file or directory: '{host_abs}'")
    );
    for path in ["/data/link_out", "/data/link_abs", "/data/dir_up/outside/secret.txt"] {
        assert_eq!(
            run(&caps, &format!("read_bytes({path:?})")),
            format!("PermissionError: [Errno 13] Permission denied: '{path}'")
        );
    }
    assert_eq!(
        run(&caps, "read_bytes('/data/notes.txt\\x00')"),
        "ValueError: embedded null byte"
    );
    assert_eq!(
        run(&caps, "read_bytes('/data/sub')"),
        "IsADirectoryError: [Errno 21] Is a directory: '/data/sub'"
    );
}

#[test]
fn write_bytes_modes_limits_and_escapes() {
    let tree = Tree::new("write_bytes");
    let caps = tree.caps();
    assert_eq!(run(&caps, "write_bytes('/work/out/b.bin', b'\\x00\\xff')"), "2");
    assert_eq!(fs::read(tree.root.join("out/b.bin")).unwrap(), b"\x00\xff");
    assert_eq!(run(&caps, "write_bytes('/work/out/b.bin', b'ab', 'a')"), "2");
    assert_eq!(fs::read(tree.root.join("out/b.bin")).unwrap(), b"\x00\xffab");
    assert_eq!(run(&caps, "write_text('/work/out/b.bin', 'z', 'a')"), "1");
    assert_eq!(fs::read(tree.root.join("out/b.bin")).unwrap(), b"\x00\xffabz");
    assert_eq!(
        run(&caps, "write_bytes('/work/out/b.bin', b'', 'x')"),
        "FileExistsError: [Errno 17] File exists: '/work/out/b.bin'"
    );
    assert_eq!(run(&caps, "write_bytes('/work/out/new.bin', b'n', 'x')"), "1");
    assert_eq!(
        run(&caps, "write_bytes('/work/out/b.bin', b'', 'r')"),
        "ValueError: mode must be 'w', 'a' or 'x', not 'r'"
    );
    assert_eq!(
        run(&caps, "write_bytes('/work/out/b.bin', 'text')"),
        "TypeError: write_bytes() argument 'data' must be bytes, not str"
    );
    assert_eq!(
        run(&caps, "write_bytes('/data/notes.txt', b'x', 'a')"),
        "OSError: [Errno 30] Read-only file system: '/data/notes.txt'"
    );
    assert_eq!(
        fs::read_to_string(tree.root.join("data/notes.txt")).unwrap(),
        "hello\nworld\n"
    );
    assert_eq!(
        run(&caps, "write_bytes('/work/out/escape/planted', b'x', 'a')"),
        "PermissionError: [Errno 13] Permission denied: '/work/out/escape/planted'"
    );
    assert_eq!(
        run(&caps, "write_bytes('/work/out/escape/planted', b'x', 'x')"),
        "PermissionError: [Errno 13] Permission denied: '/work/out/escape/planted'"
    );
    assert!(!tree.root.join("outside/planted").exists());
    assert_eq!(
        run(&caps, "write_bytes('/work/out/../../outside/planted', b'x')"),
        "FileNotFoundError: [Errno 2] No such file or directory: '/work/out/../../outside/planted'"
    );
    assert_eq!(
        run(&caps, "write_bytes('/work/out/\\x00', b'x')"),
        "ValueError: embedded null byte"
    );
    assert_eq!(
        run(&caps, "write_bytes('/work/out', b'x')"),
        "IsADirectoryError: [Errno 21] Is a directory: '/work/out'"
    );
    // appends count toward the size limit
    let small = Fs::new().mount(
        Mount::read_write(tree.root.join("out"), "/out")
            .unwrap()
            .max_file_bytes(4),
    );
    let small = CapabilitySet::new().with(&small);
    assert_eq!(run(&small, "write_bytes('/out/s', b'abc')"), "3");
    assert_eq!(
        run(&small, "write_bytes('/out/s', b'de', 'a')"),
        "OSError: [Errno 27] File too large: '/out/s' (the limit is 4 bytes)"
    );
    assert_eq!(fs::read(tree.root.join("out/s")).unwrap(), b"abc");
}

#[test]
fn stat_and_mkdir_stay_inside() {
    let tree = Tree::new("stat_mkdir");
    let caps = tree.caps();
    assert_eq!(
        run(
            &caps,
            "s = stat('/data/notes.txt'); (s['is_dir'], s['size'], s['mtime'] > 0)"
        ),
        "(False, 12, True)"
    );
    assert_eq!(run(&caps, "stat('/data/sub')['is_dir']"), "True");
    assert_eq!(run(&caps, "stat('/data')['is_dir']"), "True");
    assert_eq!(run(&caps, "stat('/')"), "{'is_dir': True, 'size': 0, 'mtime': 0.0}");
    assert_eq!(run(&caps, "stat('/data/link_in')['size']"), "12");
    assert_eq!(
        run(&caps, "stat('/data/link_out')"),
        "PermissionError: [Errno 13] Permission denied: '/data/link_out'"
    );
    assert_eq!(
        run(&caps, "stat('/data/../outside')"),
        "FileNotFoundError: [Errno 2] No such file or directory: '/data/../outside'"
    );
    assert_eq!(run(&caps, "stat('/da\\x00ta')"), "ValueError: embedded null byte");

    assert_eq!(run(&caps, "mkdir('/work/out/a/b', True)"), "None");
    assert!(tree.root.join("out/a/b").is_dir());
    assert_eq!(
        run(&caps, "mkdir('/work/out/a')"),
        "FileExistsError: [Errno 17] File exists: '/work/out/a'"
    );
    assert_eq!(run(&caps, "mkdir('/work/out/a', exist_ok=True)"), "None");
    assert_eq!(run(&caps, "mkdir('/work', exist_ok=True)"), "None");
    assert_eq!(
        run(&caps, "mkdir('/work/out/x/y')"),
        "FileNotFoundError: [Errno 2] No such file or directory: '/work/out/x/y'"
    );
    assert_eq!(
        run(&caps, "mkdir('/data/new')"),
        "OSError: [Errno 30] Read-only file system: '/data/new'"
    );
    assert_eq!(run(&caps, "mkdir('/data/sub', exist_ok=True)"), "None");
    for path in ["/work/out/escape/made", "/work/out/escape/made/deeper"] {
        let out = run(&caps, &format!("mkdir({path:?}, True)"));
        assert!(out.starts_with("PermissionError: [Errno 13]"), "{path}: {out}");
    }
    assert!(!tree.root.join("outside/made").exists());
    assert_eq!(
        run(&caps, "mkdir('/elsewhere')"),
        "FileNotFoundError: [Errno 2] No such file or directory: '/elsewhere'"
    );
}

#[test]
fn remove_rmdir_and_rename_stay_inside() {
    let tree = Tree::new("remove_rename");
    let caps = tree.caps();
    fs::write(tree.root.join("out/f.txt"), "f").unwrap();
    fs::create_dir_all(tree.root.join("out/d/e")).unwrap();
    assert_eq!(
        run(&caps, "remove('/work/out/d')"),
        "IsADirectoryError: [Errno 21] Is a directory: '/work/out/d'"
    );
    assert_eq!(
        run(&caps, "rmdir('/work/out/d')"),
        "OSError: [Errno 39] Directory not empty: '/work/out/d'"
    );
    assert_eq!(
        run(&caps, "rmdir('/work/out/f.txt')"),
        "NotADirectoryError: [Errno 20] Not a directory: '/work/out/f.txt'"
    );
    assert_eq!(run(&caps, "rmdir('/work/out/d/e')"), "None");
    assert!(!tree.root.join("out/d/e").exists());
    assert_eq!(
        run(&caps, "rmdir('/work/out')"),
        "OSError: [Errno 16] Device or resource busy: '/work/out'"
    );
    assert_eq!(
        run(&caps, "rmdir('/work')"),
        "OSError: [Errno 16] Device or resource busy: '/work'"
    );
    assert_eq!(
        run(&caps, "remove('/data/notes.txt')"),
        "OSError: [Errno 30] Read-only file system: '/data/notes.txt'"
    );
    assert!(tree.root.join("data/notes.txt").exists());
    assert_eq!(
        run(&caps, "remove('/work/out/escape/secret.txt')"),
        "PermissionError: [Errno 13] Permission denied: '/work/out/escape/secret.txt'"
    );
    assert!(tree.root.join("outside/secret.txt").exists());
    assert_eq!(
        run(&caps, "remove('/work/out/../../outside/secret.txt')"),
        "FileNotFoundError: [Errno 2] No such file or directory: '/work/out/../../outside/secret.txt'"
    );
    assert_eq!(
        run(&caps, "remove('/work/out/\\x00')"),
        "ValueError: embedded null byte"
    );

    assert_eq!(run(&caps, "rename('/work/out/f.txt', '/work/out/d/g.txt')"), "None");
    assert_eq!(fs::read_to_string(tree.root.join("out/d/g.txt")).unwrap(), "f");
    assert_eq!(
        run(&caps, "rename('/work/out/d/g.txt', '/work/out/escape/stolen.txt')"),
        "PermissionError: [Errno 13] Permission denied: '/work/out/d/g.txt' -> '/work/out/escape/stolen.txt'"
    );
    assert!(!tree.root.join("outside/stolen.txt").exists());
    assert_eq!(
        run(&caps, "rename('/work/out/escape/secret.txt', '/work/out/got.txt')"),
        "PermissionError: [Errno 13] Permission denied: '/work/out/escape/secret.txt' -> '/work/out/got.txt'"
    );
    assert_eq!(
        run(&caps, "rename('/work/out/d/g.txt', '/data/g.txt')"),
        "OSError: [Errno 30] Read-only file system: '/data/g.txt'"
    );
    assert_eq!(
        run(&caps, "rename('/data/notes.txt', '/work/out/n.txt')"),
        "OSError: [Errno 30] Read-only file system: '/data/notes.txt'"
    );
    assert_eq!(
        run(&caps, "rename('/work/out', '/work/out2')"),
        "OSError: [Errno 16] Device or resource busy: '/work/out' -> '/work/out2'"
    );
    assert_eq!(
        run(&caps, "rename('/work/out/missing', '/work/out/m2')"),
        "FileNotFoundError: [Errno 2] No such file or directory: '/work/out/missing' -> '/work/out/m2'"
    );
    // two writable mounts: no moving between them
    let two = Fs::new()
        .mount(Mount::read_write(tree.root.join("out"), "/a").unwrap())
        .mount(Mount::read_write(tree.root.join("out/d"), "/b").unwrap());
    let two = CapabilitySet::new().with(&two);
    assert_eq!(
        run(&two, "rename('/a/d/g.txt', '/b/h.txt')"),
        "OSError: [Errno 18] Invalid cross-device link: '/a/d/g.txt' -> '/b/h.txt'"
    );
}
