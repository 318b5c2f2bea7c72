//! Accounts through the service: valid roles and scopes, passwords that are only ever
//! stored hashed, logins refused alike for every wrong reason, and what each role may
//! change.

use nabo_accounts::{AccountError, Accounts, Admission, KeyUsage, Password};
use nabo_domain::{Account, AreaId, LanguageTag, ReferenceData, Role, UserId};
use nabo_storage::Store;
use std::path::PathBuf;
use std::sync::Arc;

fn reference() -> Arc<ReferenceData> {
    let content = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../content");
    Arc::new(nabo_content::load_reference(&content).expect("content"))
}

async fn accounts() -> (tempfile::TempDir, Accounts, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::connect(&format!("sqlite://{}/nabo.db", dir.path().display()))
        .await
        .expect("store");
    (dir, Accounts::new(store.clone(), reference()), store)
}

fn account(id: &str, role: Role, areas: &[&str], languages: &[&str]) -> Account {
    Account {
        id: UserId::parse(id).expect("id"),
        role,
        areas: areas
            .iter()
            .map(|a| AreaId::parse(a).expect("area"))
            .collect(),
        languages: languages
            .iter()
            .map(|l| LanguageTag::parse(l).expect("tag"))
            .collect(),
        disabled: false,
        group: None,
    }
}

fn password(text: &str) -> Password {
    Password::new(text).expect("long enough")
}

#[tokio::test]
async fn an_account_logs_in_with_its_password_only_and_not_when_disabled() {
    let (_dir, accounts, store) = accounts().await;
    let admin = account("first-admin", Role::Admin, &[], &[]);
    let generated = accounts.add(admin.clone(), None).await.expect("add");
    let generated = generated.expect("a generated password");
    let (_, hash) = store
        .account(&admin.id)
        .await
        .expect("read")
        .expect("found");
    assert!(hash.starts_with("$argon2id$") && !hash.contains(generated.reveal()));

    let logged_in = accounts
        .authenticate(&admin.id, generated.clone())
        .await
        .expect("the right password");
    assert_eq!(logged_in, admin);
    for (id, tried) in [
        ("first-admin", password("not the password at all")),
        ("no-such-account", generated.clone()),
    ] {
        let refused = accounts
            .authenticate(&UserId::parse(id).expect("id"), tried)
            .await;
        assert!(
            matches!(refused, Err(AccountError::WrongCredentials)),
            "{refused:?}"
        );
    }

    accounts
        .set_disabled(&admin.id, true)
        .await
        .expect("disable");
    let refused = accounts.authenticate(&admin.id, generated.clone()).await;
    assert!(matches!(refused, Err(AccountError::WrongCredentials)));
    accounts
        .set_disabled(&admin.id, false)
        .await
        .expect("enable");

    let chosen = password("a new password of mine");
    let shown = accounts
        .reset_password(&admin.id, Some(chosen.clone()))
        .await
        .expect("reset");
    assert!(shown.is_none(), "a chosen password is not shown back");
    assert!(accounts.authenticate(&admin.id, generated).await.is_err());
    assert!(accounts.authenticate(&admin.id, chosen).await.is_ok());
}

#[tokio::test]
async fn roles_need_the_right_scope_in_areas_and_languages_that_exist() {
    let (_dir, accounts, _store) = accounts().await;
    let refused = [
        account("no-area", Role::Editor, &[], &[]),
        account("no-language", Role::Translator, &[], &[]),
        account("unknown-area", Role::Editor, &["dk-9999"], &[]),
        account("unknown-language", Role::Translator, &[], &["xx"]),
        account("scoped-admin", Role::Admin, &["dk-0751"], &[]),
    ];
    for candidate in refused {
        let result = accounts
            .add(candidate.clone(), Some(password("long enough password")))
            .await;
        assert!(
            matches!(result, Err(AccountError::Invalid(_))),
            "{candidate:?}: {result:?}"
        );
    }
    assert!(
        accounts.list().await.expect("list").is_empty(),
        "nothing was stored"
    );

    let editor = account("amina", Role::Editor, &["dk-0751"], &[]);
    accounts
        .add(editor.clone(), Some(password("long enough password")))
        .await
        .expect("add");
    let twice = accounts.add(editor.clone(), None).await;
    assert!(matches!(twice, Err(AccountError::Exists(_))), "{twice:?}");

    let translator = accounts
        .set_role(
            &editor.id,
            Role::Translator,
            Vec::new(),
            vec![LanguageTag::parse("so").expect("tag")],
            None,
        )
        .await
        .expect("set role");
    assert_eq!(translator.role, Role::Translator);
    let unknown = accounts
        .set_role(
            &UserId::parse("nobody").expect("id"),
            Role::Admin,
            Vec::new(),
            Vec::new(),
            None,
        )
        .await;
    assert!(
        matches!(unknown, Err(AccountError::NoAccount(_))),
        "{unknown:?}"
    );
}

#[test]
fn each_role_may_change_only_what_it_is_given() {
    let reference = reference();
    let aarhus = AreaId::parse("dk-0751").expect("area");
    let odense = AreaId::parse("dk-0461").expect("area");
    let region = reference
        .area(&aarhus)
        .and_then(|area| area.parent.clone())
        .expect("Aarhus lies in a region");
    let (somali, arabic) = (
        LanguageTag::parse("so").expect("tag"),
        LanguageTag::parse("ar").expect("tag"),
    );

    let editor = account("editor", Role::Editor, &["dk-0751"], &[]);
    assert!(editor.may_edit_resources_in(&aarhus, &reference));
    assert!(
        !editor.may_edit_resources_in(&odense, &reference),
        "another municipality"
    );
    assert!(
        !editor.may_edit_resources_in(&region, &reference),
        "the region above"
    );
    assert!(
        !editor.may_translate(&somali) && !editor.may_verify() && !editor.may_manage_accounts()
    );

    let regional = Account {
        areas: vec![region],
        ..editor.clone()
    };
    assert!(
        regional.may_edit_resources_in(&aarhus, &reference),
        "an area includes its children"
    );

    let translator = account("translator", Role::Translator, &[], &["so"]);
    assert!(translator.may_translate(&somali) && !translator.may_translate(&arabic));
    assert!(!translator.may_edit_resources_in(&aarhus, &reference));

    let coordinator = account("coordinator", Role::Coordinator, &[], &[]);
    assert!(coordinator.may_verify() && !coordinator.may_manage_accounts());
    assert!(!coordinator.may_edit_resources_in(&aarhus, &reference));

    let admin = account("admin", Role::Admin, &[], &[]);
    assert!(admin.may_edit_resources_in(&odense, &reference) && admin.may_translate(&arabic));
    assert!(admin.may_manage_accounts());
    let disabled = Account {
        disabled: true,
        group: None,
        ..admin
    };
    assert!(
        !disabled.may_edit_resources_in(&odense, &reference) && !disabled.may_manage_accounts()
    );
}

#[tokio::test]
async fn a_token_stands_for_its_account_until_it_expires_or_is_revoked() {
    use chrono::{Duration, Utc};
    use nabo_accounts::Tokens;
    let (_dir, accounts, store) = accounts().await;
    let editor = account("amina", Role::Editor, &["dk-0751"], &[]);
    accounts.add(editor.clone(), None).await.expect("add");
    let tokens = Tokens::new(store.clone());
    let now = Utc::now();

    let issued = tokens
        .issue(&editor.id, "import script", 30, now)
        .await
        .expect("issue");
    assert!(issued.token.starts_with("nabo_") && !format!("{issued:?}").contains(&issued.token));
    let token = issued.token.clone();
    assert_eq!(tokens.account(&token, now).await.expect("valid"), editor);

    let stored = tokens.of(&editor.id).await.expect("list");
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].name, "import script");
    let expiry = stored[0].expires_at - (now + Duration::days(30));
    assert!(
        expiry.num_milliseconds().abs() <= 1,
        "kept to the millisecond: {expiry}"
    );
    let kept = store.token_by_hash(&token).await.expect("read");
    assert!(kept.is_none(), "the token itself is never stored");

    let later = now + Duration::days(31);
    let refused = [
        tokens.account(&token, later).await,
        tokens
            .account(&format!("{}x", &token[..token.len() - 1]), now)
            .await,
        tokens.account("Bearer nonsense", now).await,
    ];
    for result in refused {
        assert!(
            matches!(result, Err(AccountError::WrongCredentials)),
            "{result:?}"
        );
    }

    accounts
        .set_disabled(&editor.id, true)
        .await
        .expect("disable");
    assert!(
        tokens.account(&token, now).await.is_err(),
        "a disabled account's token"
    );
    accounts
        .set_disabled(&editor.id, false)
        .await
        .expect("enable");
    tokens.revoke(&issued.info.id).await.expect("revoke");
    assert!(tokens.account(&token, now).await.is_err(), "revoked");
    assert!(
        tokens.of(&editor.id).await.expect("list")[0]
            .revoked_at
            .is_some()
    );
    assert!(tokens.revoke("no-such").await.is_err());

    for (name, days) in [("", 30), ("x", 0), ("x", 400)] {
        let result = tokens.issue(&editor.id, name, days, now).await;
        assert!(
            matches!(result, Err(AccountError::Invalid(_))),
            "{name:?} {days}: {result:?}"
        );
    }
    let nobody = UserId::parse("nobody").expect("id");
    assert!(matches!(
        tokens.issue(&nobody, "x", 1, now).await,
        Err(AccountError::NoAccount(_))
    ));
}

#[tokio::test]
async fn a_session_lasts_until_it_expires_ends_or_its_account_changes() {
    use nabo_accounts::{SESSION_HOURS, Secret, Sessions};
    let (_dir, accounts, store) = accounts().await;
    let editor = account("amina", Role::Editor, &["dk-0751"], &[]);
    accounts
        .add(editor.clone(), Some(password("first password!")))
        .await
        .expect("add");
    let sessions = Sessions::new(store);
    let now = chrono::Utc::now();
    let started = sessions.start(&editor.id, now).await.expect("start");
    assert_eq!(
        started.expires_at,
        now + chrono::Duration::hours(SESSION_HOURS)
    );
    let found = sessions.account(&started.secret, now).await.expect("live");
    assert_eq!(found.id, editor.id);
    let expired = sessions.account(&started.secret, started.expires_at).await;
    assert!(
        matches!(expired, Err(AccountError::WrongCredentials)),
        "expired"
    );
    let other = sessions.start(&editor.id, now).await.expect("start");
    assert_ne!(other.secret, started.secret, "a new secret every time");
    assert_ne!(
        other.secret.csrf_token(),
        started.secret.csrf_token(),
        "and its own CSRF token"
    );
    assert!(other.secret.accepts_csrf(&other.secret.csrf_token()));
    assert!(!other.secret.accepts_csrf(&started.secret.csrf_token()));
    assert!(!other.secret.accepts_csrf(""));
    assert!(Secret::from_cookie("short").is_none());
    assert!(format!("{:?}", other.secret).contains("***"), "never shown");

    sessions.end(&started.secret).await.expect("end");
    assert!(sessions.account(&started.secret, now).await.is_err());
    accounts
        .reset_password(&editor.id, Some(password("second password!")))
        .await
        .expect("reset");
    assert!(
        sessions.account(&other.secret, now).await.is_err(),
        "a new password ends every session"
    );
    let third = sessions.start(&editor.id, now).await.expect("start");
    accounts
        .set_disabled(&editor.id, true)
        .await
        .expect("disable");
    assert!(
        sessions.account(&third.secret, now).await.is_err(),
        "disabled"
    );
}

/// Two replicas' stores over one database file.
async fn two_replicas() -> (tempfile::TempDir, Store, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let url = format!("sqlite://{}/nabo.db", dir.path().display());
    let one = Store::connect(&url).await.expect("store");
    let two = Store::connect(&url).await.expect("store");
    (dir, one, two)
}

fn moment(seconds: i64) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp(1_800_000_000 + seconds, 0).expect("time")
}

/// A request of `key` (10 a minute) at `moment(at)`.
async fn admit(usage: &KeyUsage, key: &nabo_domain::KeyId, at: i64) -> Admission {
    usage.admit(key, 10, moment(at)).await.expect("admit")
}

#[tokio::test]
async fn a_partner_keys_rate_holds_for_all_replicas_together() {
    let (_dir, one, two) = two_replicas().await;
    let (here, there) = (KeyUsage::new(one), KeyUsage::new(two));
    let key = nabo_domain::KeyId::parse("abcd2345").expect("key id");
    // 1,800,000,000 is a whole minute: the window starts at `moment(0)`.
    for _ in 0..6 {
        assert_eq!(admit(&here, &key, 5).await, Admission::Admitted);
    }
    here.flush(moment(6)).await.expect("flush");
    let mut allowed = 0;
    for _ in 0..10 {
        if admit(&there, &key, 7).await == Admission::Admitted {
            allowed += 1;
        }
    }
    assert_eq!(allowed, 4, "the other replica counts the first one's six");
    assert_eq!(
        admit(&there, &key, 7).await,
        Admission::Refused { retry_after: 53 },
        "until the minute ends"
    );
    there.flush(moment(8)).await.expect("flush");
    here.flush(moment(8)).await.expect("flush");
    assert_ne!(
        admit(&here, &key, 9).await,
        Admission::Admitted,
        "and the other way round"
    );
    assert_eq!(
        admit(&here, &key, 60).await,
        Admission::Admitted,
        "a new minute"
    );
}

#[tokio::test]
async fn an_accounts_failed_logins_count_on_every_replica_until_it_logs_in() {
    let (_dir, one, two) = two_replicas().await;
    let (here, there) = (
        nabo_accounts::AccountFailures::new(one),
        nabo_accounts::AccountFailures::new(two),
    );
    for n in 0..nabo_accounts::ACCOUNT_FAILURES {
        let replica = if n % 2 == 0 { &here } else { &there };
        assert_eq!(replica.wait("amina", moment(10)).await.expect("wait"), None);
        replica.failed("Amina", moment(10)).await.expect("failed");
    }
    for replica in [&here, &there] {
        let wait = replica.wait("amina", moment(20)).await.expect("wait");
        assert_eq!(
            wait,
            Some(std::time::Duration::from_secs(900 - 20)),
            "refused everywhere"
        );
    }
    assert_eq!(
        here.wait("hodan", moment(20)).await.expect("wait"),
        None,
        "others may"
    );
    assert_eq!(
        here.wait("amina", moment(1800)).await.expect("wait"),
        None,
        "two windows later"
    );
    there.succeeded("amina").await.expect("clear");
    assert_eq!(here.wait("amina", moment(20)).await.expect("wait"), None);
}
