//! The directory as a whole: imports all-or-nothing and idempotent, export round trip,
//! the index following the database (also after a crash between the two).

use nabo_directory::{Config, Directory, IndexMode, Query};
use nabo_domain::{AreaId, LanguageTag};
use std::path::{Path, PathBuf};

fn repository() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn config(dir: &Path) -> Config {
    Config {
        database_url: format!("sqlite://{}/nabo.db", dir.display()).into(),
        index_dir: dir.join("index"),
        content_dir: repository().join("content"),
    }
}

fn corpus() -> PathBuf {
    repository().join("../shared/eval/corpus")
}

fn request(text: &str, lang: &str) -> Query {
    Query::new(text, LanguageTag::parse(lang).expect("tag"))
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

#[tokio::test]
async fn demo_directory_is_imported_into_an_empty_database_and_searchable() {
    let dir = tempfile::tempdir().expect("tempdir");
    let directory = Directory::open(config(dir.path()), IndexMode::Required)
        .await
        .expect("open");
    let summary = directory
        .import_demo_if_empty()
        .await
        .expect("demo")
        .expect("imported");
    assert!(summary.created >= 30, "{summary:?}");
    assert!(
        directory
            .import_demo_if_empty()
            .await
            .expect("again")
            .is_none()
    );
    let results = directory
        .search(request("jobcenter", "da"))
        .await
        .expect("search");
    assert!(results.total >= 3, "{}", results.total);
    assert!(
        results.hits[0]
            .resource
            .categories
            .iter()
            .any(|c| c.as_str() == "jobcentre")
    );
    assert_eq!(
        results
            .facets
            .category
            .get(&nabo_domain::CategoryId::parse("jobcentre").expect("id"))
            .copied(),
        Some(4)
    );
}

#[tokio::test]
async fn an_invalid_batch_imports_nothing_and_names_every_problem() {
    let dir = tempfile::tempdir().expect("tempdir");
    let batch = dir.path().join("batch");
    write(
        &batch.join("good.toml"),
        "[[resource]]\nid = \"good-one\"\ncategories = [\"library\"]\narea = \"dk-0101\"\nsource_language = \"da\"\nname = { da = \"Biblioteket\" }\n",
    );
    write(
        &batch.join("bad.toml"),
        "# header\n\n[[resource]]\nid = \"Bad Id\"\ncategories = [\"no-such-category\"]\narea = \"dk-9999\"\nsource_language = \"da\"\nname = { en = \"Only English\" }\nphone = \"12 34\"\nopening_hours = \"Monday 9-5\"\nemail = \"nope\"\n",
    );
    write(&batch.join("broken.jsonl"), "{\"id\": \"x\",\n");
    let directory = Directory::open(config(dir.path()), IndexMode::Required)
        .await
        .expect("open");
    let error = directory.import(&[batch]).await.expect_err("invalid");
    let text = error.to_string();
    for expected in [
        "bad.toml:3: resource \"Bad Id\": id: \"Bad Id\" may contain only lowercase letters a-z, digits and '-'",
        "categories[0]: unknown category \"no-such-category\"",
        "area: unknown area \"dk-9999\"",
        "name: has no text in the source language \"da\"",
        "phone: \"12 34\" is not a phone number in international form",
        "opening_hours: \"Monday 9-5\" is not valid opening_hours syntax",
        "email: \"nope\" is not an e-mail address",
        "broken.jsonl:1:",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    assert_eq!(
        directory.count_resources().await.expect("count"),
        0,
        "nothing was imported"
    );
}

#[tokio::test]
async fn importing_twice_changes_nothing_and_export_round_trips_byte_for_byte() {
    let first_dir = tempfile::tempdir().expect("tempdir");
    let first = Directory::open(config(first_dir.path()), IndexMode::Required)
        .await
        .expect("open");
    let summary = first.import(&[corpus()]).await.expect("import corpus");
    assert_eq!(summary.created, 252);
    let again = first.import(&[corpus()]).await.expect("import again");
    assert_eq!(
        (
            again.created,
            again.updated,
            again.unchanged,
            again.areas_changed
        ),
        (0, 0, 252, 0)
    );

    let (areas, resources) = first.export().await.expect("export");
    let exported = first_dir.path().join("export");
    write(&exported.join("areas.jsonl"), &(areas.join("\n") + "\n"));
    write(
        &exported.join("resources.jsonl"),
        &(resources.join("\n") + "\n"),
    );

    let second_dir = tempfile::tempdir().expect("tempdir");
    let second = Directory::open(config(second_dir.path()), IndexMode::Required)
        .await
        .expect("open");
    second.import(&[exported]).await.expect("import export");
    let (areas_again, resources_again) = second.export().await.expect("export again");
    assert_eq!(resources_again, resources);
    assert_eq!(areas_again, areas);
}

#[tokio::test]
async fn the_index_catches_up_after_a_crash_between_database_and_index() {
    let dir = tempfile::tempdir().expect("tempdir");
    {
        let directory = Directory::open(config(dir.path()), IndexMode::Required)
            .await
            .expect("open");
        directory.import_demo_if_empty().await.expect("demo");
    }
    {
        // A write that reaches the database but not the index, as when the process dies
        // right after the commit.
        let directory = Directory::open(config(dir.path()), IndexMode::Skip)
            .await
            .expect("open without index");
        directory.import(&[corpus()]).await.expect("import corpus");
    }
    let directory = Directory::open(config(dir.path()), IndexMode::Required)
        .await
        .expect("reopen");
    let (index, database) = directory.positions().await.expect("positions");
    assert_eq!(index, Some(database), "the index caught up on open");
    let mut search = request("", "da");
    search.area = Some(AreaId::parse("dk-0561").expect("area"));
    let results = directory.search(search.clone()).await.expect("search");
    assert!(
        results.total > 10,
        "corpus resources in Esbjerg are searchable: {}",
        results.total
    );

    // Deleting the index folder loses nothing: it is rebuilt from the database.
    drop(directory);
    std::fs::remove_dir_all(dir.path().join("index")).expect("delete index");
    let directory = Directory::open(config(dir.path()), IndexMode::Required)
        .await
        .expect("rebuild");
    assert_eq!(
        directory
            .search(search.clone())
            .await
            .expect("search")
            .total,
        results.total
    );
    assert_eq!(
        directory.reindex().await.expect("reindex") as i64,
        directory.count_resources().await.expect("count")
    );
}

/// A way to damage the index under a folder.
type Damage = fn(&Path);

/// The index's files (`index/v<N>/...`).
fn index_files(dir: &Path) -> Vec<PathBuf> {
    let version = std::fs::read_dir(dir.join("index"))
        .expect("index folder")
        .flatten()
        .map(|e| e.path())
        .find(|p| p.is_dir())
        .expect("a version folder");
    std::fs::read_dir(version)
        .expect("version folder")
        .flatten()
        .map(|e| e.path())
        .collect()
}

#[tokio::test]
async fn a_damaged_index_is_rebuilt_on_open_and_checked_against_the_database() {
    let dir = tempfile::tempdir().expect("tempdir");
    let directory = Directory::open(config(dir.path()), IndexMode::Required)
        .await
        .expect("open");
    directory.import(&[corpus()]).await.expect("import");
    let check = directory.check_index().await.expect("check");
    assert!(check.agrees() && check.resources == 252, "{check:?}");
    drop(directory);

    let damages: [(&str, Damage); 2] = [
        ("meta.json is garbage", |dir| {
            let meta = index_files(dir)
                .into_iter()
                .find(|p| p.ends_with("meta.json"))
                .expect("meta.json");
            std::fs::write(meta, b"{ not json").expect("damage");
        }),
        ("a segment's files are gone", |dir| {
            for file in index_files(dir) {
                let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
                if name.ends_with(".store") || name.ends_with(".idx") {
                    std::fs::remove_file(file).expect("remove");
                }
            }
        }),
    ];
    for (damage, apply) in damages {
        apply(dir.path());
        let directory = Directory::open(config(dir.path()), IndexMode::Required)
            .await
            .unwrap_or_else(|e| panic!("{damage}: not rebuilt: {e}"));
        let check = directory.check_index().await.expect("check");
        assert!(
            check.agrees() && check.resources == 252,
            "{damage}: {check:?}"
        );
        let results = directory
            .search(request("jobcenter", "da"))
            .await
            .expect("search");
        assert!(results.total > 0, "{damage}: searchable again");
        drop(directory);
    }
}

#[tokio::test]
async fn an_index_ahead_of_its_database_is_rebuilt_and_a_deferred_one_waits_for_sync() {
    let dir = tempfile::tempdir().expect("tempdir");
    let directory = Directory::open(config(dir.path()), IndexMode::Required)
        .await
        .expect("open");
    directory.import(&[corpus()]).await.expect("import");
    drop(directory);
    // The database is replaced by an empty one (as by a restore of an older backup):
    // the index holds changes the database never had.
    std::fs::remove_file(dir.path().join("nabo.db")).expect("remove database");
    let _ = std::fs::remove_file(dir.path().join("nabo.db-wal"));
    let _ = std::fs::remove_file(dir.path().join("nabo.db-shm"));
    let directory = Directory::open(config(dir.path()), IndexMode::Required)
        .await
        .expect("open");
    let check = directory.check_index().await.expect("check");
    assert!(check.agrees() && check.resources == 0, "{check:?}");
    assert_eq!(
        directory
            .search(request("jobcenter", "da"))
            .await
            .expect("search")
            .total,
        0
    );
    directory.import(&[corpus()]).await.expect("import");
    drop(directory);

    // Deferred: a new index is empty and behind until `sync` builds it.
    std::fs::remove_dir_all(dir.path().join("index")).expect("delete index");
    let directory = Directory::open(config(dir.path()), IndexMode::Deferred)
        .await
        .expect("open deferred");
    let status = directory.index_status().await.expect("status");
    assert_eq!(status.index_seq, Some(0), "{status:?}");
    assert!(status.lag_changes() > 0, "{status:?}");
    assert_eq!(
        directory.check_index().await.expect("check").missing.len(),
        252
    );
    directory.sync().await.expect("sync");
    let status = directory.index_status().await.expect("status");
    assert_eq!(
        (status.lag_changes(), status.documents),
        (0, 252),
        "{status:?}"
    );
    assert!(directory.check_index().await.expect("check").agrees());
}

#[tokio::test]
async fn broken_content_is_reported_with_its_file_and_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let content = dir.path().join("content");
    for file in [
        "languages.toml",
        "attributes.toml",
        "areas.toml",
        "taxonomy.toml",
    ] {
        write(
            &content.join(file),
            &std::fs::read_to_string(repository().join("content").join(file)).expect("read"),
        );
    }
    write(
        &content.join("areas.toml"),
        "[[area]]\nid = \"dk-1\"\ncountry = \"DK\"\nname = { da = \"X\" }\nparent = \"nowhere\"\n\n[[area\n",
    );
    let mut config = config(dir.path());
    config.content_dir = content;
    let error = Directory::open(config, IndexMode::Skip)
        .await
        .expect_err("broken toml");
    let text = error.to_string();
    assert!(text.contains("areas.toml:7"), "{text}");
}

fn at(text: &str) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339(text)
        .expect("time")
        .with_timezone(&chrono::Utc)
}

#[tokio::test]
async fn near_orders_by_distance_and_radius_filters() {
    let dir = tempfile::tempdir().expect("tempdir");
    let directory = Directory::open(config(dir.path()), IndexMode::Required)
        .await
        .expect("open");
    directory.import_demo_if_empty().await.expect("demo");
    let aarhus = nabo_domain::Geo::new(56.1567, 10.2108).expect("geo");

    let mut search = request("", "da");
    search.near = Some(aarhus);
    search.limit = 100;
    let results = directory.search(search.clone()).await.expect("search");
    let distances: Vec<f64> = results.hits.iter().filter_map(|h| h.distance_m).collect();
    assert!(distances.len() > 20);
    assert!(distances.windows(2).all(|w| w[0] <= w[1]), "{distances:?}");
    assert_eq!(results.hits[0].resource.area.as_str(), "dk-0751");

    search.radius_km = Some(5.0);
    let near = directory.search(search.clone()).await.expect("search");
    assert!(
        near.total >= 5 && near.total < results.total,
        "{} of {}",
        near.total,
        results.total
    );
    assert!(
        near.hits
            .iter()
            .all(|h| h.resource.area.as_str() == "dk-0751")
    );
    assert!(
        near.hits
            .iter()
            .all(|h| h.distance_m.is_some_and(|d| d <= 5000.0))
    );
    assert_eq!(
        near.facets
            .area
            .get(&AreaId::parse("dk-0751").expect("id"))
            .copied(),
        Some(near.total as u64)
    );
}

#[tokio::test]
async fn open_now_leaves_out_only_places_known_to_be_closed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let directory = Directory::open(config(dir.path()), IndexMode::Required)
        .await
        .expect("open");
    directory.import_demo_if_empty().await.expect("demo");

    // Sunday 29 November 2026, 03:00 in Copenhagen: only round-the-clock places are open.
    let mut search = request("", "da");
    search.limit = 100;
    search.now = at("2026-11-29T02:00:00Z");
    let everything = directory.search(search.clone()).await.expect("search");
    assert!(everything.hits.iter().any(|h| h.open_now == Some(false)));

    search.open_now = true;
    let open = directory.search(search.clone()).await.expect("search");
    assert!(open.total < everything.total);
    assert!(open.hits.iter().all(|h| h.open_now != Some(false)));
    let first_unknown = open.hits.iter().position(|h| h.open_now.is_none());
    let last_open = open.hits.iter().rposition(|h| h.open_now == Some(true));
    assert!(
        last_open.is_some(),
        "women's shelters are open day and night"
    );
    if let (Some(unknown), Some(open)) = (first_unknown, last_open) {
        assert!(open < unknown, "open places come before unknown ones");
    }

    // Wednesday 25 November 2026, 10:00 local: the job centres are open.
    search.now = at("2026-11-25T09:00:00Z");
    search.category = Some(nabo_domain::CategoryId::parse("jobcentre").expect("id"));
    let weekday = directory.search(search.clone()).await.expect("search");
    assert_eq!(weekday.total, 4);
    assert!(weekday.hits.iter().all(|h| h.open_now == Some(true)));
}

#[tokio::test]
async fn opening_hours_as_typed_values_in_the_areas_time() {
    let dir = tempfile::tempdir().expect("tempdir");
    let directory = Directory::open(config(dir.path()), IndexMode::Required)
        .await
        .expect("open");
    let text = "[[resource]]\nid = \"weekday-office\"\ncategories = [\"citizen-service\"]\n\
        area = \"dk-0751\"\nsource_language = \"da\"\nname = { da = \"Borgerservice\" }\n\
        opening_hours = \"Mo-Fr 09:00-15:00; Th 09:00-17:30\"\n";
    let file = dir.path().join("office.toml");
    write(&file, text);
    directory.import(&[file]).await.expect("import");
    let id = nabo_domain::ResourceId::parse("weekday-office").expect("id");
    let resource = directory
        .resource(&id)
        .await
        .expect("read")
        .expect("found")
        .resource;
    let reference = directory.reference();

    // Wednesday 25 November 2026, 16:00 in Aarhus (15:00 UTC): closed until Thursday 09:00.
    let opening = nabo_directory::opening(&reference, &resource, at("2026-11-25T15:00:00Z"));
    assert_eq!(opening.state, Some(nabo_domain::OpenState::Closed));
    let next = opening.next_change.expect("next change");
    assert_eq!(next.to_string(), "2026-11-26 09:00:00");
    assert_eq!(opening.week.len(), 7);
    assert_eq!(
        opening.week[0].open,
        [("09:00".to_owned(), "15:00".to_owned())]
    );
    assert_eq!(
        opening.week[1].open,
        [("09:00".to_owned(), "17:30".to_owned())]
    );
    assert!(
        opening.week[3].is_closed() && opening.week[4].is_closed(),
        "the weekend"
    );

    // 14:59 UTC is 15:59 in Aarhus on Thursday: open, closing at 17:30.
    let thursday = nabo_directory::opening(&reference, &resource, at("2026-11-26T14:59:00Z"));
    assert_eq!(thursday.state, Some(nabo_domain::OpenState::Open));
    assert_eq!(
        thursday.next_change.map(|n| n.to_string()).as_deref(),
        Some("2026-11-26 17:30:00")
    );

    let mut unknown = resource.clone();
    unknown.opening_hours = None;
    let none = nabo_directory::opening(&reference, &unknown, at("2026-11-26T14:59:00Z"));
    assert_eq!(
        (none.state, none.next_change, none.week.len()),
        (None, None, 0)
    );
}

/// A fresh PostgreSQL database for one test, dropped at the end; `None` (with a loud
/// warning) when PostgreSQL does not answer, unless `NABO_REQUIRE_POSTGRES=1`.
struct PgDatabase {
    admin_url: String,
    name: String,
    url: String,
}

impl PgDatabase {
    fn create() -> Option<Self> {
        let admin_url = std::env::var("NABO_TEST_POSTGRES_URL")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned());
        let name = format!("nabo_parity_{}", std::process::id());
        let status = std::process::Command::new("psql")
            .args([
                admin_url.as_str(),
                "-qc",
                &format!("CREATE DATABASE {name}"),
            ])
            .output();
        match status {
            Ok(output) if output.status.success() => {
                let (base, _) = admin_url.rsplit_once('/').expect("url with database");
                let url = format!("{base}/{name}");
                Some(Self {
                    admin_url,
                    name,
                    url,
                })
            }
            other => {
                let required = std::env::var("NABO_REQUIRE_POSTGRES").is_ok_and(|v| v == "1");
                assert!(
                    !required,
                    "PostgreSQL is required but cannot create a database: {other:?}"
                );
                eprintln!("WARNING: PostgreSQL does not answer; the parity test was SKIPPED");
                None
            }
        }
    }
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        let _ = std::process::Command::new("psql")
            .args([
                self.admin_url.as_str(),
                "-qc",
                &format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name),
            ])
            .output();
    }
}

#[tokio::test]
async fn sqlite_and_postgresql_give_the_same_directory() {
    let Some(database) = PgDatabase::create() else {
        return;
    };
    let sqlite_dir = tempfile::tempdir().expect("tempdir");
    let postgres_dir = tempfile::tempdir().expect("tempdir");
    let sqlite = Directory::open(config(sqlite_dir.path()), IndexMode::Required)
        .await
        .expect("sqlite");
    let mut postgres_config = config(postgres_dir.path());
    postgres_config.database_url = database.url.clone().into();
    let postgres = Directory::open(postgres_config, IndexMode::Required)
        .await
        .expect("postgres");
    assert_eq!(postgres.backend(), nabo_directory::Backend::Postgres);

    for directory in [&sqlite, &postgres] {
        assert_eq!(
            directory.import(&[corpus()]).await.expect("import").created,
            252
        );
        assert_eq!(
            directory
                .import(&[corpus()])
                .await
                .expect("again")
                .unchanged,
            252
        );
    }
    assert_eq!(
        sqlite.export().await.expect("export"),
        postgres.export().await.expect("export")
    );
    for (text, lang) in [
        ("jobcenter", "da"),
        ("shaqo", "so"),
        ("بطاقة صحية", "ar"),
        ("", "en"),
    ] {
        let ids = |results: nabo_directory::Results| -> Vec<String> {
            results
                .hits
                .iter()
                .map(|h| h.resource.id.to_string())
                .collect()
        };
        let a = ids(sqlite.search(request(text, lang)).await.expect("search"));
        let b = ids(postgres.search(request(text, lang)).await.expect("search"));
        assert_eq!(a, b, "{text:?}");
    }
    sqlite.close().await;
    postgres.close().await;
}

#[tokio::test]
async fn a_backup_leaves_the_database_schema_as_it_is() {
    // A database this binary would migrate (here: an empty one), which servers of an
    // older version may still use: backing it up must not change it.
    let folder = tempfile::tempdir().expect("tempdir");
    let database = folder.path().join("nabo.db");
    std::fs::File::create(&database).expect("empty database");
    let url = nabo_storage::DatabaseUrl::new(format!("sqlite://{}", database.display()));
    let copy = folder.path().join("copy.db");
    nabo_directory::backup(&url, &copy, nabo_directory::IfExists::Refuse)
        .await
        .expect("backup");
    assert!(copy.is_file());
    let store = nabo_storage::Store::connect_as_is(url.expose())
        .await
        .expect("open");
    assert_eq!(store.schema().await.expect("schema"), []);
    store.close().await;
}
