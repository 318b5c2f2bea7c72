//! Black-box tests of what an operator runs: the configuration file and its precedence
//! (flag > environment variable > file > built-in default), and `nabo backup` /
//! `nabo restore` of a SQLite directory while a real server serves and an import writes.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

mod support;
use support::*;

/// The binary with the test's database and index in `work`, and no setting of the
/// caller's environment.
fn nabo(work: &Path, args: &[&str]) -> Command {
    let mut command = bare(args);
    command
        .env(
            "NABO_DATABASE_URL",
            format!("sqlite://{}/nabo.db", work.display()),
        )
        .env("NABO_INDEX_DIR", work.join("index"));
    command
}

/// The binary with no `NABO_*` setting in its environment.
fn bare(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_nabo"));
    command.args(args).current_dir(repository());
    for (name, _) in std::env::vars_os() {
        if name.to_string_lossy().starts_with("NABO_") {
            command.env_remove(name);
        }
    }
    command
}

fn run(work: &Path, args: &[&str]) -> Output {
    nabo(work, args).output().expect("run nabo")
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

fn path(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

/// A minimal HTTP/1.1 GET, so the test needs no HTTP client crate.
fn http_get(port: u16, path: &str) -> Option<(u16, String)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .ok()?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    let status = response.split(' ').nth(1)?.parse().ok()?;
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    Some((status, body))
}

struct Server {
    child: Child,
    port: u16,
}

impl Server {
    /// Starts `command` (a `nabo serve` listening on `port`) and waits for /healthz.
    fn start(mut command: Command, port: u16) -> Self {
        let mut child = command
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start server");
        let deadline = Instant::now() + Duration::from_secs(90);
        while Instant::now() < deadline {
            if http_get(port, "/healthz").is_some_and(|(s, _)| s == 200) {
                return Self { child, port };
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = child.kill();
        let _ = child.wait();
        panic!("the server did not start within 90 s");
    }

    fn on(work: &Path) -> Self {
        let port = free_port();
        Self::start(
            nabo(work, &["serve", "--addr", &format!("127.0.0.1:{port}")]),
            port,
        )
    }

    /// How many resources a search finds.
    fn total(&self, query: &str) -> u64 {
        let (status, body) =
            http_get(self.port, &format!("/api/v1/search?q={query}&lang=da")).expect("search");
        assert_eq!(status, 200, "{body}");
        body_json(&body)["total"].as_u64().expect("total")
    }

    /// Sends SIGTERM and waits for a clean exit.
    fn stop(mut self) -> String {
        let pid = self.child.id().to_string();
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .expect("kill");
        let status = self.child.wait().expect("wait");
        let mut log = String::new();
        if let Some(mut stderr) = self.child.stderr.take() {
            let _ = stderr.read_to_string(&mut log);
        }
        assert!(status.success(), "the server stops cleanly:\n{log}");
        log
    }
}

fn write_config(work: &Path, toml: &str) -> PathBuf {
    let file = work.join("nabo.toml");
    std::fs::write(&file, toml).expect("write the configuration file");
    file
}

/// The database a failing command names: which setting won (`unsupported://` URLs fail
/// at once, before anything is opened).
fn database_named_by(command: &mut Command) -> String {
    let output = command.output().expect("run nabo");
    assert!(!output.status.success());
    let message = text(&output);
    let start = message.find("(database ").expect(&message) + "(database ".len();
    let end = start + message[start..].find(')').expect(&message);
    message[start..end].to_owned()
}

#[test]
fn a_setting_comes_from_the_flag_then_the_environment_then_the_file() {
    let work = tempfile::tempdir().expect("tempdir");
    let file = write_config(
        work.path(),
        "# where the directory lives\ndatabase_url = \"unsupported://from-file\"\n\n[serve]\nrate_limit = 50\n",
    );
    let config = path(&file);

    let from_file = database_named_by(&mut bare(&["--config", config, "export"]));
    assert_eq!(from_file, "unsupported://from-file");
    let named_by_env = database_named_by(bare(&["export"]).env("NABO_CONFIG", config));
    assert_eq!(named_by_env, from_file, "NABO_CONFIG names the file too");

    // Switches take 1 and 0 from the environment too (the failure comes later, naming
    // the database).
    let switches = database_named_by(
        bare(&["--config", config, "serve"])
            .env("NABO_SECURE_COOKIES", "1")
            .env("NABO_TRUST_FORWARDED", "0"),
    );
    assert_eq!(switches, from_file);

    let env_wins = database_named_by(
        bare(&["--config", config, "export"]).env("NABO_DATABASE_URL", "unsupported://from-env"),
    );
    assert_eq!(env_wins, "unsupported://from-env");

    let flag_wins = database_named_by(
        bare(&[
            "--config",
            config,
            "export",
            "--database-url",
            "unsupported://from-flag",
        ])
        .env("NABO_DATABASE_URL", "unsupported://from-env"),
    );
    assert_eq!(flag_wins, "unsupported://from-flag");

    // Without a file, the built-in default (here the content folder is missing, so the
    // command fails after naming the database it opened in the test's folder).
    let default = database_named_by(bare(&["export"]).current_dir(work.path()));
    assert_eq!(default, "sqlite://./data/nabo.db");
}

#[test]
fn a_commands_table_sets_its_flags_and_a_flag_still_wins() {
    let work = tempfile::tempdir().expect("tempdir");
    let file = write_config(
        work.path(),
        "[export]\nformat = \"hsds\"\n\n[user.token_add]\ndays = 30\n",
    );
    let config = path(&file);
    // HSDS needs --out: refused before the database is opened.
    let output = run(work.path(), &["--config", config, "export"]);
    assert!(!output.status.success());
    assert!(
        text(&output).contains("--format hsds writes several files"),
        "{}",
        text(&output)
    );
    let output = run(
        work.path(),
        &["--config", config, "export", "--format", "nabo"],
    );
    assert!(output.status.success(), "{}", text(&output));

    // A server listens where its table says.
    let port = free_port();
    let file = write_config(
        work.path(),
        &format!("[serve]\naddr = \"127.0.0.1:{port}\"\ntrust_forwarded = true\n"),
    );
    let server = Server::start(nabo(work.path(), &["--config", path(&file), "serve"]), port);
    assert!(server.total("jobcenter") > 0);
    server.stop();
}

#[test]
fn the_example_configuration_of_deploy_is_valid() {
    let work = tempfile::tempdir().expect("tempdir");
    // Its paths are a systemd install's; the test's database and index come from the
    // environment, the content folder from a flag.
    let output = run(
        work.path(),
        &[
            "--config",
            "deploy/nabo.toml",
            "--content",
            "content",
            "check",
            "content/resources",
        ],
    );
    assert!(output.status.success(), "{}", text(&output));
}

#[test]
fn a_broken_or_unknown_setting_is_refused_naming_the_file_the_line_and_the_key() {
    let work = tempfile::tempdir().expect("tempdir");
    let check = |toml: &str, expected: &[&str]| {
        let file = write_config(work.path(), toml);
        let output = run(work.path(), &["--config", path(&file), "export"]);
        assert!(!output.status.success(), "refused: {toml}");
        let message = text(&output);
        assert!(message.contains(path(&file)), "names the file: {message}");
        for part in expected {
            assert!(message.contains(part), "{part:?} in: {message}");
        }
        assert!(output.stdout.is_empty(), "nothing ran: {message}");
    };
    check(
        "index = \"./idx\"\n[serve]\nrate_limt = 5\n",
        &[
            "line 3",
            "key serve.rate_limt",
            "unknown setting",
            "rate_limit",
        ],
    );
    check(
        "[serve]\naddr = \"127.0.0.1:8080\"\nrate_limit = \"fast\"\n",
        &["line 3", "key serve.rate_limit", "invalid value 'fast'"],
    );
    check(
        "[serve]\nrate_limit = 0\n",
        &["line 2", "key serve.rate_limit"],
    );
    check(
        "[serve]\nsecure_cookies = \"yes\"\n",
        &[
            "line 2",
            "key serve.secure_cookies",
            "expected true or false, found string",
        ],
    );
    check(
        "database-url = \"sqlite://x.db\"\n",
        &[
            "line 1",
            "key database-url",
            "unknown setting",
            "database_url",
        ],
    );
    check(
        "[serve]\ndatabase_url = \"sqlite://x.db\"\n",
        &["line 2", "key serve.database_url", "unknown setting"],
    );
    check(
        "locales = [\"a\", \"b\"]\n",
        &[
            "line 1",
            "key locales",
            "expected a string or a number, found array",
        ],
    );
    check(
        "config = \"other.toml\"\n",
        &["line 1", "key config", "cannot name another"],
    );
    check("serve = 1\n", &["line 1", "key serve", "table [serve]"]);
    check(
        "index = \"./idx\"\ndatabase_url = \"sqlite://unterminated\n",
        &["line 2", "not valid TOML"],
    );
    check(
        "[export]\nformat = \"xml\"\n",
        &["line 2", "key export.format", "invalid value 'xml'"],
    );

    let output = run(
        work.path(),
        &[
            "--config",
            path(&work.path().join("missing.toml")),
            "export",
        ],
    );
    assert!(!output.status.success());
    assert!(
        text(&output).contains("cannot read the configuration file"),
        "{}",
        text(&output)
    );
}

fn export(work: &Path) -> Vec<u8> {
    let output = run(work, &["export"]);
    assert!(output.status.success(), "{}", text(&output));
    assert!(!output.stdout.is_empty());
    output.stdout
}

/// The corpus with a marker word in every resource's Danish name: a batch that changes
/// all of them.
fn marked_corpus(work: &Path, marker: &str) -> PathBuf {
    let folder = work.join(format!("corpus-{marker}"));
    std::fs::create_dir_all(&folder).expect("folder");
    std::fs::copy(corpus().join("areas.jsonl"), folder.join("areas.jsonl")).expect("areas");
    let resources = std::fs::read_to_string(corpus().join("resources.jsonl")).expect("corpus");
    let mut marked = String::new();
    for line in resources.lines().filter(|l| !l.trim().is_empty()) {
        let mut resource: serde_json::Value = serde_json::from_str(line).expect("json");
        let name = resource["name"]["da"].as_str().unwrap_or("Sted").to_owned();
        resource["name"]["da"] = format!("{name} {marker}").into();
        marked.push_str(&resource.to_string());
        marked.push('\n');
    }
    std::fs::write(folder.join("resources.jsonl"), marked).expect("write");
    folder
}

#[test]
fn a_backup_taken_while_serving_and_importing_restores_byte_identically() {
    let work = tempfile::tempdir().expect("tempdir");
    let output = run(work.path(), &["import", path(&corpus())]);
    assert!(output.status.success(), "{}", text(&output));
    let marked = marked_corpus(work.path(), "quokka");
    let server = Server::on(work.path());

    // An import writes back and forth between the corpus and its marked copy while the
    // backup is taken; each import's start and end are kept.
    let writing = Arc::new(AtomicBool::new(true));
    let imports: Arc<Mutex<Vec<(Instant, Instant)>>> = Arc::default();
    let writer = {
        let (work, writing, imports) = (
            work.path().to_owned(),
            Arc::clone(&writing),
            Arc::clone(&imports),
        );
        let batches = [marked.clone(), corpus()];
        std::thread::spawn(move || {
            for round in 0.. {
                if !writing.load(Ordering::SeqCst) && round >= 2 {
                    break;
                }
                let started = Instant::now();
                let output = run(&work, &["import", path(&batches[round % 2])]);
                assert!(output.status.success(), "{}", text(&output));
                imports
                    .lock()
                    .expect("lock")
                    .push((started, Instant::now()));
            }
        })
    };
    while imports.lock().expect("lock").is_empty() {
        std::thread::sleep(Duration::from_millis(20));
    }
    let backup = work.path().join("backups/nabo-backup.db");
    let started = Instant::now();
    let output = run(work.path(), &["backup", path(&backup)]);
    let ended = Instant::now();
    writing.store(false, Ordering::SeqCst);
    writer.join().expect("the writer ran");
    assert!(output.status.success(), "{}", text(&output));
    assert!(
        imports
            .lock()
            .expect("lock")
            .iter()
            .any(|(from, to)| *from < ended && *to > started),
        "an import was writing while the backup was taken"
    );

    // The backup as it was taken, read from a copy (opening a database applies the
    // content folder's reference data to it).
    let snapshot = tempfile::tempdir().expect("tempdir");
    std::fs::copy(&backup, snapshot.path().join("nabo.db")).expect("copy");
    let at_backup = export(snapshot.path());
    let (plain, marked_export) = {
        let (a, b) = (
            tempfile::tempdir().expect("tempdir"),
            tempfile::tempdir().expect("tempdir"),
        );
        assert!(run(a.path(), &["import", path(&corpus())]).status.success());
        assert!(run(b.path(), &["import", path(&marked)]).status.success());
        (export(a.path()), export(b.path()))
    };
    assert!(
        at_backup == plain || at_backup == marked_export,
        "the backup holds one whole import or the other, never half of one"
    );

    // No backup is overwritten without --force.
    let output = run(work.path(), &["backup", path(&backup)]);
    assert!(!output.status.success());
    assert!(text(&output).contains("--force"), "{}", text(&output));

    // A restore while the server runs is refused and changes nothing.
    let before = export(work.path());
    let output = run(work.path(), &["restore", path(&backup)]);
    assert!(!output.status.success());
    assert!(
        text(&output).contains("a server is running"),
        "{}",
        text(&output)
    );
    assert_eq!(
        export(work.path()),
        before,
        "the refused restore changed nothing"
    );

    // After a last change the backup does not have, the server is stopped and the
    // backup restored: the export is the backup's and search finds what it holds.
    let output = run(
        work.path(),
        &["import", path(&marked_corpus(work.path(), "wombat"))],
    );
    assert!(output.status.success(), "{}", text(&output));
    let deadline = Instant::now() + Duration::from_secs(30);
    while server.total("wombat") == 0 {
        assert!(
            Instant::now() < deadline,
            "the server indexed the last import"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    server.stop();
    let output = run(work.path(), &["restore", path(&backup)]);
    assert!(output.status.success(), "{}", text(&output));
    assert!(
        text(&output).contains("reindexed 252 resources"),
        "{}",
        text(&output)
    );
    assert_eq!(
        export(work.path()),
        at_backup,
        "export after restore = export of the backup"
    );

    let server = Server::on(work.path());
    assert_eq!(
        server.total("wombat"),
        0,
        "the index forgot what the backup does not hold"
    );
    let marked_in_backup = at_backup == marked_export;
    assert_eq!(
        server.total("quokka") > 0,
        marked_in_backup,
        "the index holds what the backup holds"
    );
    server.stop();
}

#[test]
fn a_file_that_is_not_a_nabo_backup_is_refused_and_changes_nothing() {
    let work = tempfile::tempdir().expect("tempdir");
    let output = run(work.path(), &["import", path(&corpus())]);
    assert!(output.status.success(), "{}", text(&output));
    let before = export(work.path());

    let garbage = work.path().join("garbage.db");
    std::fs::write(&garbage, "this is not a database\n".repeat(100)).expect("write");
    let output = run(work.path(), &["restore", path(&garbage)]);
    assert!(!output.status.success());
    let message = text(&output);
    assert!(
        message.contains("garbage.db cannot be restored"),
        "{message}"
    );
    assert!(
        message.contains("not a readable SQLite database"),
        "{message}"
    );

    let output = run(
        work.path(),
        &["restore", path(&work.path().join("missing.db"))],
    );
    assert!(!output.status.success());
    assert!(
        text(&output).contains("there is no such file"),
        "{}",
        text(&output)
    );

    // A live database (with its write-ahead log beside it) is no backup.
    let live = work.path().join("live.db");
    let output = run(work.path(), &["backup", path(&live)]);
    assert!(output.status.success(), "{}", text(&output));
    std::fs::write(work.path().join("live.db-wal"), b"frames").expect("wal");
    let output = run(work.path(), &["restore", path(&live)]);
    assert!(!output.status.success());
    assert!(text(&output).contains("live database"), "{}", text(&output));

    assert_eq!(
        export(work.path()),
        before,
        "the refused restores changed nothing"
    );
}

#[test]
fn backup_and_restore_on_postgresql_point_to_its_own_tools() {
    for (command, tool) in [("backup", "pg_dump"), ("restore", "pg_restore")] {
        let output = bare(&[command, "/tmp/nabo-never-written.db"])
            .env(
                "NABO_DATABASE_URL",
                "postgres://nabo:secret@127.0.0.1:1/nabo",
            )
            .output()
            .expect("run");
        assert!(!output.status.success());
        let message = text(&output);
        assert!(message.contains(tool), "{message}");
        assert!(message.contains("docs/operations.md"), "{message}");
        assert!(!message.contains("secret"), "{message}");
    }
    assert!(!Path::new("/tmp/nabo-never-written.db").exists());
}
