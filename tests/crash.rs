//! Crash safety, from outside: `nabo import` killed (SIGKILL) at random moments leaves the
//! database holding all of its batch or none of it, and whatever the import had indexed
//! or not, the index catches up with the database on the next start until every document
//! agrees. The seed of the moments is printed; `NABO_CRASH_SEED` repeats a run.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

mod support;
use support::*;

/// Imports killed per run of the test.
const KILLS: usize = 6;
/// Resources in each killed import.
const BATCH: usize = 1500;

fn nabo(work: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_nabo"));
    command
        .args(args)
        .current_dir(repository())
        .env(
            "NABO_DATABASE_URL",
            format!("sqlite://{}/nabo.db", work.display()),
        )
        .env("NABO_INDEX_DIR", work.join("index"))
        .env_remove("NABO_CONFIG")
        .env_remove("NABO_CONTENT_DIR");
    command
}

fn run(work: &Path, args: &[&str]) -> Output {
    let output = nabo(work, args).output().expect("run nabo");
    assert!(
        output.status.success(),
        "nabo {args:?}: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// A batch of `BATCH` corpus resources under new ids `crash-<run>-<n>`.
fn batch(work: &Path, run: usize) -> PathBuf {
    let templates: Vec<serde_json::Value> =
        std::fs::read_to_string(corpus().join("resources.jsonl"))
            .expect("corpus")
            .lines()
            .filter(|line| !line.trim().is_empty())
            .map(|line| serde_json::from_str(line).expect("json"))
            .collect();
    let lines: Vec<String> = (0..BATCH)
        .map(|n| {
            let mut resource = templates[n % templates.len()].clone();
            resource["id"] = serde_json::Value::String(format!("crash-{run}-{n}"));
            resource.to_string()
        })
        .collect();
    let file = work.join(format!("batch-{run}.jsonl"));
    std::fs::write(&file, lines.join("\n") + "\n").expect("write batch");
    file
}

/// How many resources of run `run`'s batch the database holds (read by `nabo export`).
fn stored_of(work: &Path, run: usize) -> usize {
    let exported = run_export(work);
    let prefix = format!("\"crash-{run}-");
    exported
        .lines()
        .filter(|line| line.contains(&prefix))
        .count()
}

fn run_export(work: &Path) -> String {
    String::from_utf8(run(work, &["export"]).stdout).expect("utf-8")
}

/// A small deterministic generator of kill moments (xorshift).
struct Moments(u64);

impl Moments {
    fn next(&mut self, below: Duration) -> Duration {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        below.mul_f64((self.0 % 10_000) as f64 / 10_000.0)
    }
}

#[test]
fn an_import_killed_at_any_moment_leaves_all_or_nothing_and_the_index_catches_up() {
    let work = tempfile::tempdir().expect("tempdir");
    let work = work.path();
    run(work, &["import", corpus().to_str().expect("utf-8")]);

    // How long a whole import of a batch takes here: the kills fall anywhere in it.
    let timed = batch(work, 0);
    let started = Instant::now();
    run(work, &["import", timed.to_str().expect("utf-8")]);
    let whole = started.elapsed();
    assert_eq!(stored_of(work, 0), BATCH);

    let seed = std::env::var("NABO_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64 | 1)
        });
    eprintln!("kill moments from NABO_CRASH_SEED={seed}; a whole import takes {whole:?}");
    let mut moments = Moments(seed);
    let mut outcomes = Vec::new();
    for run_number in 1..=KILLS {
        let file = batch(work, run_number);
        let mut import = nabo(work, &["import", file.to_str().expect("utf-8")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start import");
        let moment = moments.next(whole.mul_f64(1.2));
        std::thread::sleep(moment);
        let finished = import.try_wait().expect("wait").is_some();
        let _ = import.kill();
        let _ = import.wait();
        let stored = stored_of(work, run_number);
        assert!(
            stored == 0 || stored == BATCH,
            "run {run_number}, killed after {moment:?}: {stored} of {BATCH} resources stored (seed {seed})"
        );
        outcomes.push((moment, finished, stored));
    }
    eprintln!("(killed after, had finished, resources stored): {outcomes:?}");

    // Earlier batches are whole, and the database still takes imports.
    assert_eq!(stored_of(work, 0), BATCH);
    let again = batch(work, KILLS + 1);
    run(work, &["import", again.to_str().expect("utf-8")]);
    assert_eq!(stored_of(work, KILLS + 1), BATCH);

    // The index, left wherever the kills left it, agrees with the database after the
    // next open (an import or a server catches it up).
    let checked = run(work, &["check-index"]);
    let said = String::from_utf8_lossy(&checked.stdout);
    let resources = run_export(work).lines().count();
    assert!(
        said.contains(&format!("agrees with the database: {resources} resources")),
        "{said}"
    );
}
