//! Running the `extract` example from integration tests. Included with
//! `#[path]` by the tests that need it, so each gets only this file.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::OnceLock;

/// The `extract` example binary, built once per test run in the same
/// profile and target directory as the calling test.
pub fn extract_bin() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        // target/<profile>/deps/<test>-<hash> → target/<profile>
        let exe = std::env::current_exe().unwrap();
        let profile_dir = exe.parent().and_then(Path::parent).unwrap().to_path_buf();
        let target_dir = profile_dir.parent().unwrap();
        let mut build = Command::new(env!("CARGO"));
        build
            .args(["build", "--example", "extract", "--quiet", "--target-dir"])
            .arg(target_dir)
            .current_dir(env!("CARGO_MANIFEST_DIR"));
        if profile_dir.file_name().is_some_and(|p| p == "release") {
            build.arg("--release");
        }
        let built = build.output().expect("cargo runs");
        assert!(
            built.status.success(),
            "building the extract example failed:\n{}",
            String::from_utf8_lossy(&built.stderr)
        );
        let bin = profile_dir
            .join("examples")
            .join(format!("extract{}", std::env::consts::EXE_SUFFIX));
        assert!(bin.exists(), "{} was not built", bin.display());
        bin
    })
}

/// Starts `extract` from the crate root with `args`, all three of its
/// standard streams piped.
pub fn spawn(args: &[&str]) -> Child {
    Command::new(extract_bin())
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("extract starts")
}

/// Runs `extract` from the crate root with `args` and `stdin` (none: the
/// input ends at once).
#[allow(dead_code)] // not every test that includes this file runs it to the end
pub fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = spawn(args);
    let mut pipe = child.stdin.take().unwrap();
    match stdin {
        Some(input) => {
            let input = input.to_vec();
            // Write from another thread so a full stdout pipe cannot deadlock
            // us. A program that exits early closes the pipe; that is not our
            // failure.
            std::thread::spawn(move || {
                let _ = pipe.write_all(&input);
            });
        }
        None => drop(pipe),
    }
    child.wait_with_output().expect("extract runs")
}
