//! Keeping the directory up: translation status follows the source text, XLIFF out and
//! back in (a changed source refused), a second person's review, the translation memory,
//! translators limited to their languages, verification and reports from the field.

use nabo_directory::{
    Config, Directory, DirectoryError, Expected, IndexMode, Password, RevisionKind,
};
use nabo_domain::{
    Account, AreaId, LanguageTag, ReportInput, ResourceId, ResourceRecord, Role, TranslationStatus,
    UserId,
};
use std::collections::BTreeMap;
use std::path::PathBuf;

const JOBCENTER: &str = "aarhus-jobcenter-frederiks-alle";

async fn directory(dir: &std::path::Path) -> Directory {
    let repository = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let config = Config {
        database_url: format!("sqlite://{}/nabo.db", dir.display()).into(),
        index_dir: dir.join("index"),
        content_dir: repository.join("content"),
    };
    let directory = Directory::open(config, IndexMode::Required)
        .await
        .expect("open");
    directory.import_demo_if_empty().await.expect("demo");
    directory
}

async fn account(
    directory: &Directory,
    id: &str,
    role: Role,
    areas: &[&str],
    languages: &[&str],
) -> Account {
    let account = Account {
        id: UserId::parse(id).expect("id"),
        role,
        areas: areas
            .iter()
            .map(|a| AreaId::parse(a).expect("area"))
            .collect(),
        languages: languages.iter().map(|l| tag(l)).collect(),
        disabled: false,
        group: None,
    };
    let password = Password::new("a long enough password").expect("password");
    directory
        .accounts()
        .add(account.clone(), Some(password))
        .await
        .expect("add");
    account
}

fn tag(text: &str) -> LanguageTag {
    LanguageTag::parse(text).expect("tag")
}

fn id(text: &str) -> ResourceId {
    ResourceId::parse(text).expect("id")
}

async fn status(
    directory: &Directory,
    resource: &str,
    field: &str,
    lang: &str,
) -> TranslationStatus {
    let stored = directory
        .resource(&id(resource))
        .await
        .expect("read")
        .expect("there");
    let statuses = directory
        .translation_status(&stored, &[tag(lang)])
        .await
        .expect("status");
    statuses
        .iter()
        .find(|s| s.field == field)
        .map(|s| s.status)
        .expect("a status for the field")
}

#[tokio::test]
async fn a_changed_source_outdates_translations_until_xliff_brings_them_back_and_a_second_person_reviews()
 {
    let dir = tempfile::tempdir().expect("tempdir");
    let directory = directory(dir.path()).await;
    let editor = account(&directory, "amina", Role::Editor, &["dk-0751"], &[]).await;
    let ayan = account(&directory, "ayan", Role::Translator, &[], &["so"]).await;
    let hodan = account(&directory, "hodan", Role::Translator, &[], &["so"]).await;

    assert_eq!(
        status(&directory, JOBCENTER, "access", "so").await,
        TranslationStatus::Current
    );
    assert_eq!(
        status(&directory, JOBCENTER, "description", "so").await,
        TranslationStatus::Missing
    );

    // The editor changes the Danish text of `access`: the Somali one is now outdated.
    let stored = directory
        .resource(&id(JOBCENTER))
        .await
        .expect("read")
        .expect("demo");
    let mut record = ResourceRecord::from(&stored.resource);
    record.access.insert(
        "da".into(),
        "Ring først på 89 40 00 00. Kom så i receptionen.".into(),
    );
    let saved = directory
        .save_resource(&editor, record, Expected::Version(stored.version))
        .await
        .expect("save");
    assert_eq!(
        status(&directory, JOBCENTER, "access", "so").await,
        TranslationStatus::Outdated
    );
    assert_eq!(
        status(&directory, JOBCENTER, "access", "ar").await,
        TranslationStatus::Outdated
    );
    assert_eq!(
        status(&directory, JOBCENTER, "name", "so").await,
        TranslationStatus::Current
    );

    let tasks = directory
        .translation_tasks(
            &tag("so"),
            Some(&AreaId::parse("dk-0751").expect("area")),
            100,
        )
        .await
        .expect("tasks");
    let task = tasks
        .iter()
        .find(|t| t.resource.resource.id.as_str() == JOBCENTER)
        .expect("listed");
    assert_eq!(task.outdated, ["access"]);
    assert!(task.missing.contains(&"description"));

    // Export, translate, import.
    let document = directory
        .export_xliff(
            &tag("da"),
            &tag("so"),
            Some(&AreaId::parse("dk-0751").expect("area")),
        )
        .await
        .expect("export");
    let xml = document.to_xml();
    assert!(
        xml.contains(&format!("<unit id=\"{JOBCENTER}/access\">")),
        "{xml}"
    );
    let access = document
        .units
        .iter()
        .find(|u| u.resource.as_str() == JOBCENTER && u.field == "access")
        .expect("access unit");
    assert!(
        access.target.is_some(),
        "the outdated translation is the starting point"
    );
    let translated = xml.replace(
        &format!("<source>{}</source>", access.source.replace('&', "&amp;")),
        &format!("<source>{}</source>\n    <target>Marka hore soo wac 89 40 00 00. Kadib imow qolka soo dhaweynta.</target>", access.source),
    );
    let report = directory
        .import_xliff(&ayan, &translated)
        .await
        .expect("import");
    assert!(report.saved >= 1, "{report:?}");
    assert!(report.refused.is_empty(), "{report:?}");
    assert_eq!(
        status(&directory, JOBCENTER, "access", "so").await,
        TranslationStatus::Current
    );
    assert_eq!(
        status(&directory, JOBCENTER, "access", "ar").await,
        TranslationStatus::Outdated,
        "Arabic untouched"
    );
    let history = directory
        .history(&editor, &id(JOBCENTER))
        .await
        .expect("history");
    assert_eq!(history[0].author.as_ref().map(UserId::as_str), Some("ayan"));
    assert_eq!(history[0].version, saved.version + 1);

    // The same export again after the source changed: the unit is refused, not saved.
    let stored = directory
        .resource(&id(JOBCENTER))
        .await
        .expect("read")
        .expect("there");
    let mut record = ResourceRecord::from(&stored.resource);
    record
        .access
        .insert("da".into(), "Nu en helt anden tekst.".into());
    directory
        .save_resource(&editor, record, Expected::Version(stored.version))
        .await
        .expect("save");
    let report = directory
        .import_xliff(&ayan, &translated)
        .await
        .expect("import");
    assert!(
        report
            .refused
            .iter()
            .any(|(unit, why)| unit == &format!("{JOBCENTER}/access") && why.contains("changed")),
        "{report:?}"
    );
    assert_eq!(
        status(&directory, JOBCENTER, "access", "so").await,
        TranslationStatus::Outdated
    );

    // Translate through the page's path, then review: not by the same person.
    let stored = directory
        .resource(&id(JOBCENTER))
        .await
        .expect("read")
        .expect("there");
    let texts = BTreeMap::from([("access".to_owned(), "Qoraal cusub oo kale.".to_owned())]);
    directory
        .save_translation(&ayan, &id(JOBCENTER), &tag("so"), &texts, stored.version)
        .await
        .expect("translate");
    let own = directory
        .review_translation(&ayan, &id(JOBCENTER), &tag("so"))
        .await;
    assert!(matches!(own, Err(DirectoryError::Forbidden(_))), "{own:?}");
    let reviewed = directory
        .review_translation(&hodan, &id(JOBCENTER), &tag("so"))
        .await
        .expect("review");
    assert!(reviewed.contains(&"access"));
    assert_eq!(
        status(&directory, JOBCENTER, "access", "so").await,
        TranslationStatus::Reviewed
    );

    // Translators keep to their languages and to texts.
    let stored = directory
        .resource(&id(JOBCENTER))
        .await
        .expect("read")
        .expect("there");
    let arabic = BTreeMap::from([("access".to_owned(), "نص".to_owned())]);
    let refused = directory
        .save_translation(&ayan, &id(JOBCENTER), &tag("ar"), &arabic, stored.version)
        .await;
    assert!(
        matches!(refused, Err(DirectoryError::Forbidden(_))),
        "{refused:?}"
    );
    let danish = directory
        .save_translation(&ayan, &id(JOBCENTER), &tag("da"), &texts, stored.version)
        .await;
    assert!(
        matches!(danish, Err(DirectoryError::Forbidden(_))),
        "the source language: {danish:?}"
    );
    let mut record = ResourceRecord::from(&stored.resource);
    record
        .name
        .insert("so".into(), "Xarunta shaqada Aarhus".into());
    directory
        .save_resource(&ayan, record.clone(), Expected::Version(stored.version))
        .await
        .expect("a Somali text over the API");
    let stored = directory
        .resource(&id(JOBCENTER))
        .await
        .expect("read")
        .expect("there");
    record.phone = Some("+45 11 11 11 11".into());
    let phone = directory
        .save_resource(&ayan, record, Expected::Version(stored.version))
        .await;
    assert!(
        matches!(phone, Err(DirectoryError::Forbidden(_))),
        "not the phone: {phone:?}"
    );
}

#[tokio::test]
async fn the_translation_memory_proposes_a_stored_translation_of_the_same_source() {
    let dir = tempfile::tempdir().expect("tempdir");
    let directory = directory(dir.path()).await;
    let ayan = account(&directory, "ayan", Role::Translator, &[], &["so"]).await;
    let stored = directory
        .resource(&id(JOBCENTER))
        .await
        .expect("read")
        .expect("demo");
    let texts = BTreeMap::from([(
        "description".to_owned(),
        "Jumlad koowaad. Jumlad labaad.".to_owned(),
    )]);
    let mut record = ResourceRecord::from(&stored.resource);
    record
        .description
        .insert("da".into(), "Første sætning. Anden sætning.".into());
    let admin = account(&directory, "root", Role::Admin, &[], &[]).await;
    let stored = directory
        .save_resource(&admin, record, Expected::Version(stored.version))
        .await
        .expect("save");
    directory
        .save_translation(&ayan, &id(JOBCENTER), &tag("so"), &texts, stored.version)
        .await
        .expect("translate");

    // Another resource with one of those sentences, and the whole text.
    let other = directory
        .resource(&id("aarhus-bibliotek-vest"))
        .await
        .expect("read")
        .expect("demo");
    let mut record = ResourceRecord::from(&other.resource);
    record
        .description
        .insert("da".into(), "Anden sætning.".into());
    record
        .access
        .insert("da".into(), "Første sætning. Anden sætning.".into());
    record.description.remove("so");
    record.access.remove("so");
    let other = directory
        .save_resource(&admin, record, Expected::Version(other.version))
        .await
        .expect("save");
    let proposals = directory
        .proposals(&other, &tag("so"))
        .await
        .expect("proposals");
    assert_eq!(
        proposals.get("description").map(String::as_str),
        Some("Jumlad labaad.")
    );
    assert_eq!(
        proposals.get("access").map(String::as_str),
        Some("Jumlad koowaad. Jumlad labaad.")
    );
    assert!(!proposals.contains_key("name"));
}

#[tokio::test]
async fn verifying_takes_a_resource_off_the_needs_checking_list_and_reports_reach_their_area() {
    let dir = tempfile::tempdir().expect("tempdir");
    let directory = directory(dir.path()).await;
    let coordinator = account(&directory, "nadia", Role::Coordinator, &[], &[]).await;
    let aarhus = account(&directory, "amina", Role::Editor, &["dk-0751"], &[]).await;
    let odense = account(&directory, "hawa", Role::Editor, &["dk-0461"], &[]).await;
    let translator = account(&directory, "ayan", Role::Translator, &[], &["so"]).await;
    let area = AreaId::parse("dk-0751").expect("area");
    let today = chrono::Utc::now().date_naive();

    // With a period of one month every demo resource of Aarhus needs checking.
    let before = directory
        .needs_checking(Some(&area), 1, today, 1000)
        .await
        .expect("list");
    assert!(
        before
            .iter()
            .any(|n| n.resource.resource.id.as_str() == JOBCENTER)
    );
    let ordered: Vec<_> = before
        .iter()
        .map(|n| n.verified.as_ref().map(|(at, _)| *at))
        .collect();
    let mut sorted = ordered.clone();
    sorted.sort();
    assert_eq!(ordered, sorted, "never verified first, then the oldest");

    let stored = directory
        .resource(&id(JOBCENTER))
        .await
        .expect("read")
        .expect("demo");
    let refused = directory
        .verify_resource(&translator, &id(JOBCENTER), stored.version)
        .await;
    assert!(matches!(refused, Err(DirectoryError::Forbidden(_))));
    let verified = directory
        .verify_resource(&coordinator, &id(JOBCENTER), stored.version)
        .await
        .expect("verify");
    assert_eq!(verified.resource.verified_at, Some(today));
    let history = directory
        .history(&coordinator, &id(JOBCENTER))
        .await
        .expect("history");
    assert_eq!(history[0].kind, RevisionKind::Verify);
    let after = directory
        .needs_checking(Some(&area), 1, today, 1000)
        .await
        .expect("list");
    assert!(
        !after
            .iter()
            .any(|n| n.resource.resource.id.as_str() == JOBCENTER)
    );
    assert_eq!(after.len(), before.len() - 1);

    let report = ReportInput::new("hours", "Lukket om fredagen nu").expect("report");
    directory
        .report_change(&id(JOBCENTER), &report)
        .await
        .expect("report");
    let queue = directory.open_reports(&aarhus).await.expect("queue");
    assert_eq!(queue.len(), 1);
    assert_eq!(queue[0].note, "Lukket om fredagen nu");
    assert!(
        directory
            .open_reports(&odense)
            .await
            .expect("queue")
            .is_empty(),
        "another area's editor"
    );
    assert_eq!(
        directory
            .open_reports(&coordinator)
            .await
            .expect("queue")
            .len(),
        1
    );
    let foreign = directory.close_report(&odense, queue[0].id, true).await;
    assert!(matches!(foreign, Err(DirectoryError::Forbidden(_))));
    directory
        .close_report(&aarhus, queue[0].id, true)
        .await
        .expect("resolve");
    assert!(
        directory
            .open_reports(&aarhus)
            .await
            .expect("queue")
            .is_empty()
    );
    let again = directory.close_report(&aarhus, queue[0].id, false).await;
    assert!(
        matches!(again, Err(DirectoryError::NotFound(_))),
        "closed once"
    );
}
