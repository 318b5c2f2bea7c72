//! Black-box tests of the `nabo` binary: the commands a user and an operator run, and a
//! real server on a real port (started, queried, stopped with SIGTERM).

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

mod support;
use support::*;

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
        .env_remove("NABO_CONTENT_DIR")
        .env_remove("NABO_ADDR");
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
    fn start(work: &Path) -> Self {
        let port = free_port();
        let mut child = nabo(work, &["serve", "--addr", &format!("127.0.0.1:{port}")])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start server");
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            if http_get(port, "/healthz").is_some_and(|(s, _)| s == 200) {
                return Self { child, port };
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = child.kill();
        let _ = child.wait();
        panic!("the server did not start within 60 s");
    }

    /// Sends SIGTERM and waits for a clean exit.
    fn stop(mut self) -> (bool, String) {
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
        (status.success(), log)
    }
}

#[test]
fn serve_starts_with_the_demo_directory_and_stops_gracefully() {
    let work = tempfile::tempdir().expect("tempdir");
    let server = Server::start(work.path());
    let (status, body) =
        http_get(server.port, "/api/v1/search?q=jobcenter&lang=da").expect("search");
    assert_eq!(status, 200);
    let body = body_json(&body);
    assert!(body["total"].as_u64().expect("total") > 0, "{body}");

    // A second server on the same port says why it cannot start.
    let second = run(
        work.path(),
        &["serve", "--addr", &format!("127.0.0.1:{}", server.port)],
    );
    assert!(!second.status.success());
    let message = text(&second);
    assert!(
        message.contains("search index") || message.contains("cannot listen"),
        "{message}"
    );

    let (clean, log) = server.stop();
    assert!(clean, "SIGTERM ends the server with success:\n{log}");
    assert!(
        log.contains("received SIGTERM") && log.contains("stopped"),
        "{log}"
    );
}

#[test]
fn port_taken_gives_a_clear_message() {
    let work = tempfile::tempdir().expect("tempdir");
    let blocker = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = blocker.local_addr().expect("addr").port();
    let output = run(
        work.path(),
        &["serve", "--addr", &format!("127.0.0.1:{port}")],
    );
    assert!(!output.status.success());
    assert!(
        text(&output).contains(&format!("cannot listen on 127.0.0.1:{port}")),
        "{}",
        text(&output)
    );
}

#[test]
fn a_database_that_cannot_be_opened_is_named() {
    let work = tempfile::tempdir().expect("tempdir");
    let output = nabo(work.path(), &["export"])
        .env(
            "NABO_DATABASE_URL",
            "postgres://nobody:secret@127.0.0.1:1/none",
        )
        .output()
        .expect("run");
    assert!(!output.status.success());
    let message = text(&output);
    assert!(
        message.contains(
            "cannot open the directory (database postgres://nobody:***@127.0.0.1:1/none)"
        ),
        "{message}"
    );
    assert!(
        !message.contains("secret"),
        "the password is not shown: {message}"
    );
}

#[test]
fn import_check_export_round_trip_through_the_command_line() {
    let work = tempfile::tempdir().expect("tempdir");
    let corpus = repository().join("../shared/eval/corpus");
    let corpus = corpus.to_str().expect("path");
    let output = run(work.path(), &["import", corpus]);
    assert!(output.status.success(), "{}", text(&output));
    assert!(text(&output).contains("252 created"), "{}", text(&output));
    let output = run(work.path(), &["import", corpus]);
    assert!(
        text(&output).contains("0 created, 0 updated, 252 unchanged"),
        "{}",
        text(&output)
    );

    let export = work.path().join("export");
    let output = run(
        work.path(),
        &["export", "--out", export.to_str().expect("path")],
    );
    assert!(output.status.success(), "{}", text(&output));
    let first = std::fs::read(export.join("resources.jsonl")).expect("exported");

    let other = tempfile::tempdir().expect("tempdir");
    let output = run(other.path(), &["import", export.to_str().expect("path")]);
    assert!(output.status.success(), "{}", text(&output));
    let output = run(other.path(), &["export"]);
    assert_eq!(
        output.stdout, first,
        "export → import → export is byte-identical"
    );

    let output = run(work.path(), &["reindex"]);
    assert!(
        text(&output).contains("reindexed 252 resources"),
        "{}",
        text(&output)
    );
    let output = run(work.path(), &["check", "content/resources"]);
    assert!(output.status.success(), "{}", text(&output));
}

#[test]
fn an_invalid_import_changes_nothing_and_exits_non_zero() {
    let work = tempfile::tempdir().expect("tempdir");
    let bad = work.path().join("bad.jsonl");
    let good_line =
        std::fs::read_to_string(repository().join("../shared/eval/corpus/resources.jsonl"))
            .expect("corpus")
            .lines()
            .next()
            .expect("a line")
            .to_owned();
    std::fs::write(&bad, format!("{good_line}\n{{\"id\": \"x\", \"categories\": [], \"area\": \"dk-0101\", \"name\": {{\"da\": \"X\"}}, \"source_language\": \"da\", \"website\": \"javascript:alert(1)\"}}\n")).expect("write");
    let output = run(work.path(), &["import", bad.to_str().expect("path")]);
    assert!(!output.status.success());
    let message = text(&output);
    assert!(
        message
            .contains("bad.jsonl:2: resource \"x\": categories: at least one category is required"),
        "{message}"
    );
    assert!(
        message.contains("website: \"javascript:alert(1)\" is not a web address"),
        "{message}"
    );
    let output = run(work.path(), &["export"]);
    assert!(output.stdout.is_empty(), "nothing was imported");
}

#[test]
fn the_first_admin_and_other_accounts_are_made_from_the_command_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let work = dir.path();
    let added = run(work, &["user", "add", "first-admin", "--role", "admin"]);
    assert!(added.status.success(), "{}", text(&added));
    let stdout = String::from_utf8_lossy(&added.stdout).into_owned();
    let password = stdout
        .lines()
        .last()
        .expect("the password, last")
        .to_owned();
    assert_eq!(password.len(), 20, "{stdout}");
    assert!(!password.contains(' '));

    let mut chosen = nabo(
        work,
        &[
            "user",
            "add",
            "amina",
            "--role",
            "editor",
            "--area",
            "dk-0751",
            "--password-stdin",
        ],
    )
    .stdin(Stdio::piped())
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .expect("spawn");
    chosen
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"my own long password\n")
        .expect("write");
    let chosen = chosen.wait_with_output().expect("wait");
    assert!(chosen.status.success(), "{}", text(&chosen));
    assert!(
        !text(&chosen).contains("my own long password"),
        "never echoed"
    );

    for (args, expected) in [
        (
            &["user", "add", "x", "--role", "boss"][..],
            "unknown role \"boss\"",
        ),
        (
            &["user", "add", "ed", "--role", "editor"][..],
            "needs at least one area",
        ),
        (
            &["user", "add", "Bad Login", "--role", "admin"][..],
            "login \"Bad Login\"",
        ),
        (
            &["user", "add", "first-admin", "--role", "admin"][..],
            "exists already",
        ),
        (
            &["user", "disable", "nobody"][..],
            "there is no account \"nobody\"",
        ),
    ] {
        let refused = run(work, args);
        assert!(!refused.status.success(), "{args:?}");
        assert!(
            text(&refused).contains(expected),
            "{args:?}: {}",
            text(&refused)
        );
    }

    let disabled = run(work, &["user", "disable", "amina"]);
    assert!(disabled.status.success(), "{}", text(&disabled));
    let listed = run(work, &["user", "list"]);
    let listing = String::from_utf8_lossy(&listed.stdout).into_owned();
    assert!(
        listing.contains("amina\teditor\tdk-0751\tdisabled"),
        "{listing}"
    );
    assert!(
        listing.contains("first-admin\tadmin\t*\tactive"),
        "{listing}"
    );
    assert!(!listing.contains('$'), "no hash is ever listed: {listing}");

    let reset = run(work, &["user", "reset-password", "first-admin"]);
    let new_password = String::from_utf8_lossy(&reset.stdout)
        .lines()
        .last()
        .expect("the new password")
        .to_owned();
    assert!(reset.status.success() && new_password.len() == 20 && new_password != password);

    let issued = run(
        work,
        &[
            "user",
            "token-add",
            "amina",
            "--name",
            "import script",
            "--days",
            "30",
        ],
    );
    assert!(issued.status.success(), "{}", text(&issued));
    let token = String::from_utf8_lossy(&issued.stdout)
        .lines()
        .last()
        .expect("the token, last")
        .to_owned();
    assert!(token.starts_with("nabo_"), "{token}");
    let token_id = token.split('_').nth(1).expect("its id").to_owned();
    let listed = run(work, &["user", "tokens", "amina"]);
    let listing = String::from_utf8_lossy(&listed.stdout).into_owned();
    assert!(
        listing.contains(&format!("{token_id}\timport script\t")) && listing.contains("\tactive"),
        "{listing}"
    );
    assert!(!listing.contains(&token), "the token is shown once only");
    let revoked = run(work, &["user", "token-revoke", &token_id]);
    assert!(revoked.status.success(), "{}", text(&revoked));
    let listed = run(work, &["user", "tokens", "amina"]);
    assert!(String::from_utf8_lossy(&listed.stdout).contains("\trevoked"));
    let too_long = run(
        work,
        &[
            "user",
            "token-add",
            "amina",
            "--name",
            "x",
            "--days",
            "1000",
        ],
    );
    assert!(!too_long.status.success() && text(&too_long).contains("1 to 366 days"));
}

#[test]
fn partner_keys_are_issued_listed_limited_even_from_loopback_and_revoked() {
    let work = tempfile::tempdir().expect("tempdir");
    let work = work.path();
    let issued = run(
        work,
        &[
            "key",
            "add",
            "--name",
            "Aarhus Kommune",
            "--origins",
            "https://aarhus.example,https://www.aarhus.example/",
            "--rate",
            "3",
        ],
    );
    assert!(issued.status.success(), "{}", text(&issued));
    let key = String::from_utf8_lossy(&issued.stdout)
        .lines()
        .last()
        .expect("the key, last")
        .to_owned();
    assert!(key.starts_with("nabo_key_") && key.len() == 50, "{key}");
    let id = key.split('_').nth(2).expect("its id").to_owned();
    let listed = text(&run(work, &["key", "list"]));
    assert!(
        listed.contains(&format!(
            "{id}\tAarhus Kommune\thttps://aarhus.example,https://www.aarhus.example\t3/min\tactive"
        )),
        "{listed}"
    );
    assert!(!listed.contains(&key), "the key is shown once only");
    for (args, expected) in [
        (vec!["--origins", "aarhus.example"], "not a web origin"),
        (vec!["--origins", "https://a.example/page"], "no path"),
        (
            vec!["--origins", "https://a.example", "--rate", "0"],
            "requests per minute",
        ),
    ] {
        let mut all = vec!["key", "add", "--name", "x"];
        all.extend(args);
        let refused = run(work, &all);
        assert!(
            !refused.status.success() && text(&refused).contains(expected),
            "{}",
            text(&refused)
        );
    }

    // Anonymous loopback clients are not limited; the key is, from loopback as well.
    let server = Server::start(work);
    for _ in 0..5 {
        let anonymous = http_get(server.port, "/api/v1/search?q=jobcenter&lang=da");
        assert_eq!(anonymous.map(|r| r.0), Some(200));
    }
    // Counted by the minute: not across the turn of one.
    support::away_from_minute_turn(15);
    let search = format!("/api/v1/search?q=jobcenter&lang=da&key={key}");
    for _ in 0..3 {
        assert_eq!(http_get(server.port, &search).map(|r| r.0), Some(200));
    }
    let (status, body) = http_get(server.port, &search).expect("fourth");
    assert_eq!(status, 429, "{body}");
    assert_eq!(body_json(&body)["type"], "/problems/rate-limited");
    // The key's count outlives the server within its minute: it is shared every second
    // and once more when the server stops.
    let (clean, log) = server.stop();
    assert!(clean, "{log}");
    let server = Server::start(work);
    let (status, body) = http_get(server.port, &search).expect("after a restart");
    assert_eq!(status, 429, "{body}");
    let revoked = run(work, &["key", "revoke", &id]);
    assert!(revoked.status.success(), "{}", text(&revoked));
    assert!(text(&run(work, &["key", "list"])).contains("\trevoked"));
    let unknown = run(work, &["key", "revoke", "nosuchkey"]);
    assert!(!unknown.status.success() && text(&unknown).contains("no key"));
    let (clean, log) = server.stop();
    assert!(clean, "{log}");
}

#[test]
fn hsds_export_import_export_keeps_every_mapped_field_and_the_official_examples_import() {
    let first = tempfile::tempdir().expect("tempdir");
    let second = tempfile::tempdir().expect("tempdir");
    let out = tempfile::tempdir().expect("tempdir");
    let (one, two) = (out.path().join("one"), out.path().join("two"));
    let imported = run(first.path(), &["import", "content/resources"]);
    assert!(imported.status.success(), "{}", text(&imported));
    let exported = run(
        first.path(),
        &[
            "export",
            "--format",
            "hsds",
            "--out",
            one.to_str().expect("path"),
        ],
    );
    assert!(exported.status.success(), "{}", text(&exported));
    for file in [
        "services.json",
        "organizations.json",
        "service_at_locations.json",
        "taxonomies.json",
        "taxonomy_terms.json",
    ] {
        assert!(one.join(file).is_file(), "{file}");
    }
    let no_language = run(
        second.path(),
        &["import", "--format", "hsds", one.to_str().expect("path")],
    );
    assert!(!no_language.status.success() && text(&no_language).contains("--source-language"));
    let back = run(
        second.path(),
        &[
            "import",
            "--format",
            "hsds",
            "--source-language",
            "da",
            one.to_str().expect("path"),
        ],
    );
    assert!(back.status.success(), "{}", text(&back));
    assert!(
        text(&back).contains("40 created") && text(&back).contains("0 fields did not map"),
        "{}",
        text(&back)
    );
    let again = run(
        second.path(),
        &[
            "export",
            "--format",
            "hsds",
            "--out",
            two.to_str().expect("path"),
        ],
    );
    assert!(again.status.success(), "{}", text(&again));
    for file in [
        "services.json",
        "organizations.json",
        "service_at_locations.json",
        "taxonomy_terms.json",
    ] {
        let read = |dir: &Path| std::fs::read_to_string(dir.join(file)).expect("read");
        assert!(
            read(&one) == read(&two),
            "{file} differs after export → import → export"
        );
    }

    // The specification's own examples: what maps is imported, the rest is listed.
    let hsds = repository().join("../shared/hsds/examples");
    let foreign = tempfile::tempdir().expect("tempdir");
    let examples = run(
        foreign.path(),
        &[
            "import",
            "--format",
            "hsds",
            "--source-language",
            "en",
            "--default-category",
            "social-services",
            "--default-area",
            "dk-0101",
            hsds.join("csv").to_str().expect("path"),
        ],
    );
    assert!(examples.status.success(), "{}", text(&examples));
    let said = text(&examples);
    assert!(
        said.contains("not imported: ") && said.contains("funding"),
        "{said}"
    );
    let broken = tempfile::tempdir().expect("tempdir");
    std::fs::write(broken.path().join("service.json"), "{\"id\": ").expect("write");
    let refused = run(
        foreign.path(),
        &[
            "import",
            "--format",
            "hsds",
            "--source-language",
            "en",
            broken.path().join("service.json").to_str().expect("path"),
        ],
    );
    assert!(
        !refused.status.success() && text(&refused).contains("not valid JSON"),
        "{}",
        text(&refused)
    );
}

#[test]
fn request_logs_hold_neither_search_words_nor_addresses() {
    let (log, port) = logs_of_a_search("text");
    assert!(
        log.contains("/api/v1/search"),
        "requests are logged, by path:\n{log}"
    );
    let plain = without_colours(&log);
    assert!(
        plain.contains("request{id="),
        "with the request's id:\n{plain}"
    );
    assert_private(&log, port);
}

#[test]
fn json_logs_are_one_object_a_line_with_the_request_id_and_nothing_private() {
    let (log, port) = logs_of_a_search("json");
    let lines: Vec<serde_json::Value> = log
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect();
    let search = lines
        .iter()
        .find(|line| line["span"]["path"] == "/api/v1/search")
        .unwrap_or_else(|| panic!("a line of the search request:\n{log}"));
    assert_eq!(search["span"]["method"], "GET");
    assert!(
        search["span"]["id"]
            .as_str()
            .is_some_and(|id| id.contains('-')),
        "{search}"
    );
    assert_private(&log, port);
}

/// Neither the searched marker word nor a client's address is in `log`.
fn assert_private(log: &str, port: u16) {
    assert!(
        !log.contains("fatimahassanprivate"),
        "search words in the log:\n{log}"
    );
    let serving = format!("127.0.0.1:{port}");
    for line in log.lines().filter(|line| !line.contains(&serving)) {
        assert!(
            !line.contains("127.0.0.1"),
            "a client address in the log: {line}"
        );
    }
}

/// The log (in `format`) of a server that answered a search with a marker word, through
/// the API and the pages, and the server's port.
fn logs_of_a_search(format: &str) -> (String, u16) {
    let work = tempfile::tempdir().expect("tempdir");
    let port = free_port();
    // Request logs at their most talkative.
    let child = nabo(
        work.path(),
        &["serve", "--addr", &format!("127.0.0.1:{port}")],
    )
    .env("NABO_LOG_FORMAT", format)
    .env("NABO_LOG", "info,tower_http=trace,nabo_server=trace")
    .stdout(Stdio::null())
    .stderr(Stdio::piped())
    .spawn()
    .expect("start server");
    let deadline = Instant::now() + Duration::from_secs(60);
    while http_get(port, "/healthz").is_none_or(|(s, _)| s != 200) {
        assert!(Instant::now() < deadline, "the server did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
    let server = Server { child, port };
    let (status, _) =
        http_get(port, "/api/v1/search?q=fatimahassanprivate&lang=so").expect("search");
    assert_eq!(status, 200);
    let (status, _) = http_get(port, "/so/?q=fatimahassanprivate").expect("page");
    assert_eq!(status, 200);
    let (clean, log) = server.stop();
    assert!(clean, "{log}");
    (log, port)
}

#[test]
fn insight_retention_runs_from_the_command_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let status = run(dir.path(), &["insights", "status"]);
    assert!(status.status.success(), "{}", text(&status));
    assert!(
        text(&status).contains("0 referrals kept as recorded"),
        "{}",
        text(&status)
    );
    let retained = run(dir.path(), &["insights", "retain", "--today", "2026-12-07"]);
    assert!(retained.status.success(), "{}", text(&retained));
    assert!(
        text(&retained).contains("before 2026-09-08"),
        "{}",
        text(&retained)
    );
    let refused = run(dir.path(), &["insights", "retain", "--today", "tomorrow"]);
    assert!(!refused.status.success());
    assert!(
        text(&refused).contains("--today \"tomorrow\""),
        "{}",
        text(&refused)
    );
    let no_group = run(dir.path(), &["user", "add", "hodan", "--role", "volunteer"]);
    assert!(!no_group.status.success());
    assert!(
        text(&no_group).contains("a volunteer needs a local group (--group)"),
        "{}",
        text(&no_group)
    );
    let volunteer = run(
        dir.path(),
        &[
            "user",
            "add",
            "hodan",
            "--role",
            "volunteer",
            "--group",
            "aarhus-gellerup",
        ],
    );
    assert!(volunteer.status.success(), "{}", text(&volunteer));
}

/// `text` without terminal colour codes (ESC [ ... m).
fn without_colours(text: &str) -> String {
    let mut plain = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for skipped in chars.by_ref() {
                if skipped == 'm' {
                    break;
                }
            }
        } else {
            plain.push(c);
        }
    }
    plain
}
