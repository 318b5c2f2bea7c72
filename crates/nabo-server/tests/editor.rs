//! The editors' pages through HTTP: signing in (sessions, throttling), CSRF on every
//! form, creating and changing resources through the form with errors next to the field,
//! area checks, a stale save showing both versions, archive and restore, history and
//! bringing an old version back.

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use nabo_directory::{Config, Directory, IndexMode, Password};
use nabo_domain::{Account, AreaId, Role, UserId};
use nabo_server::{AppState, router};
use std::path::PathBuf;
use std::sync::Arc;
use tower::ServiceExt;

const PASSWORD: &str = "correct horse battery";

struct Web {
    router: Router,
    directory: Arc<Directory>,
    _dir: tempfile::TempDir,
}

struct Page {
    status: StatusCode,
    location: Option<String>,
    cookies: Vec<String>,
    headers: axum::http::HeaderMap,
    body: String,
}

/// A browser: cookies kept between requests.
#[derive(Default, Clone)]
struct Browser {
    cookies: Vec<(String, String)>,
}

impl Web {
    async fn start() -> Self {
        let repository = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
        let dir = tempfile::tempdir().expect("tempdir");
        let config = Config {
            database_url: format!("sqlite://{}/nabo.db", dir.path().display()).into(),
            index_dir: dir.path().join("index"),
            content_dir: repository.join("content"),
        };
        let directory = Arc::new(
            Directory::open(config, IndexMode::Required)
                .await
                .expect("open"),
        );
        directory.import_demo_if_empty().await.expect("demo");
        let catalog = nabo_i18n::Catalog::load(&repository.join("locales")).expect("locales");
        let state = AppState::new(Arc::clone(&directory), Arc::new(catalog));
        Self {
            router: router(state),
            directory,
            _dir: dir,
        }
    }

    async fn account(&self, id: &str, role: Role, areas: &[&str]) {
        let account = Account {
            id: UserId::parse(id).expect("id"),
            role,
            areas: areas
                .iter()
                .map(|a| AreaId::parse(a).expect("area"))
                .collect(),
            languages: Vec::new(),
            disabled: false,
            group: None,
        };
        self.directory
            .accounts()
            .add(account, Some(Password::new(PASSWORD).expect("password")))
            .await
            .expect("account");
    }

    async fn send(
        &self,
        browser: &mut Browser,
        method: &str,
        uri: &str,
        form: Option<&[(&str, &str)]>,
        extra: &[(&str, &str)],
    ) -> Page {
        let mut request = Request::builder().method(method).uri(uri);
        if !browser.cookies.is_empty() {
            let jar: Vec<String> = browser
                .cookies
                .iter()
                .map(|(name, value)| format!("{name}={value}"))
                .collect();
            request = request.header(header::COOKIE, jar.join("; "));
        }
        for (name, value) in extra {
            request = request.header(*name, *value);
        }
        let body = match form {
            Some(fields) => {
                request = request.header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
                url::form_urlencoded::Serializer::new(String::new())
                    .extend_pairs(fields)
                    .finish()
            }
            None => String::new(),
        };
        let response = self
            .router
            .clone()
            .oneshot(request.body(Body::from(body)).expect("request"))
            .await
            .expect("response");
        let status = response.status();
        let headers = response.headers().clone();
        let cookies: Vec<String> = headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .map(str::to_owned)
            .collect();
        for cookie in &cookies {
            let pair = cookie.split(';').next().unwrap_or_default();
            let (name, value) = pair.split_once('=').unwrap_or_default();
            browser.cookies.retain(|(n, _)| n != name);
            if !value.is_empty() && !cookie.contains("Max-Age=0") {
                browser.cookies.push((name.to_owned(), value.to_owned()));
            }
        }
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        Page {
            status,
            location: headers
                .get(header::LOCATION)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned),
            cookies,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    async fn get(&self, browser: &mut Browser, uri: &str) -> Page {
        self.send(browser, "GET", uri, None, &[]).await
    }

    /// Sends the form of the page at `page_uri` (its CSRF token) to `action`.
    async fn submit(
        &self,
        browser: &mut Browser,
        page_uri: &str,
        action: &str,
        fields: &[(&str, &str)],
    ) -> Page {
        let page = self.get(browser, page_uri).await;
        let token = csrf_of(&page.body);
        let mut all = vec![("csrf", token.as_str())];
        all.extend_from_slice(fields);
        self.send(browser, "POST", action, Some(&all), &[]).await
    }

    async fn sign_in(&self, login: &str) -> Browser {
        let mut browser = Browser::default();
        let page = self
            .submit(
                &mut browser,
                "/da/login",
                "/da/login",
                &[("account", login), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
        browser
    }
}

fn csrf_of(html: &str) -> String {
    let start = html
        .find("name=\"csrf\" value=\"")
        .expect("a form with a token")
        + 19;
    html[start..start + 64].to_owned()
}

fn cookie<'a>(browser: &'a Browser, name: &str) -> Option<&'a str> {
    browser
        .cookies
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

#[tokio::test]
async fn signing_in_starts_a_new_session_and_signing_out_ends_it() {
    let web = Web::start().await;
    web.account("amina", Role::Editor, &["dk-0751"]).await;
    let mut browser = Browser::default();

    let page = web.get(&mut browser, "/da/edit/").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(
        page.location.as_deref(),
        Some("/da/login?next=%2Fda%2Fedit%2F")
    );
    let login = web
        .get(&mut browser, "/da/login?next=%2Fda%2Fedit%2F")
        .await;
    assert_eq!(login.status, StatusCode::OK);
    assert!(login.body.contains("<html lang=\"da\" dir=\"ltr\""));
    assert_eq!(login.headers[header::CACHE_CONTROL], "no-store");
    assert!(
        login.headers[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap_or_default()
            .contains("frame-ancestors 'none'")
    );
    let anonymous = cookie(&browser, "nabo_csrf")
        .expect("csrf cookie")
        .to_owned();
    // A session cookie the browser had before (planted by someone) is not kept.
    browser
        .cookies
        .push(("nabo_session".into(), "A".repeat(43)));

    let token = csrf_of(&web.get(&mut browser, "/da/login").await.body);
    let fields = [
        ("csrf", token.as_str()),
        ("account", "amina"),
        ("password", PASSWORD),
        ("next", "/da/edit/"),
    ];
    let signed_in = web
        .send(&mut browser, "POST", "/da/login", Some(&fields), &[])
        .await;
    assert_eq!(
        signed_in.status,
        StatusCode::SEE_OTHER,
        "{}",
        signed_in.body
    );
    assert_eq!(signed_in.location.as_deref(), Some("/da/edit/"));
    let set = signed_in
        .cookies
        .iter()
        .find(|c| c.starts_with("nabo_session="))
        .expect("a session cookie");
    for attribute in ["HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=43200"] {
        assert!(set.contains(attribute), "{set}");
    }
    assert!(
        !set.contains("Secure"),
        "not behind TLS in this test: {set}"
    );
    let session = cookie(&browser, "nabo_session")
        .expect("session")
        .to_owned();
    assert_ne!(session, "A".repeat(43), "rotated at login");
    assert_ne!(session, anonymous);

    let list = web.get(&mut browser, "/da/edit/").await;
    assert_eq!(list.status, StatusCode::OK, "{}", list.body);
    assert!(list.body.contains("amina"), "signed in as");

    let token = csrf_of(&list.body);
    let out = web
        .send(
            &mut browser,
            "POST",
            "/da/logout",
            Some(&[("csrf", token.as_str())]),
            &[],
        )
        .await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert!(cookie(&browser, "nabo_session").is_none(), "cookie removed");
    // The old session is over on the server too, not only in this browser.
    let mut replay = Browser::default();
    replay.cookies.push(("nabo_session".into(), session));
    let page = web.get(&mut replay, "/da/edit/").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "ended session refused");

    // An open redirect is not possible through `next`.
    let mut browser = Browser::default();
    let page = web
        .submit(
            &mut browser,
            "/da/login",
            "/da/login",
            &[
                ("account", "amina"),
                ("password", PASSWORD),
                ("next", "//evil.example/"),
            ],
        )
        .await;
    assert_eq!(page.location.as_deref(), Some("/da/edit/"));
}

#[tokio::test]
async fn wrong_passwords_are_refused_then_throttled_per_account() {
    let web = Web::start().await;
    web.account("amina", Role::Editor, &["dk-0751"]).await;
    let mut browser = Browser::default();
    for _ in 0..nabo_directory::ACCOUNT_FAILURES {
        let page = web
            .submit(
                &mut browser,
                "/so/login",
                "/so/login",
                &[("account", "amina"), ("password", "wrong password!")],
            )
            .await;
        assert_eq!(page.status, StatusCode::UNAUTHORIZED);
        assert!(page.body.contains("<html lang=\"so\""));
        assert!(page.body.contains("id=\"login-error\""));
        assert!(cookie(&browser, "nabo_session").is_none());
    }
    let page = web
        .submit(
            &mut browser,
            "/so/login",
            "/so/login",
            &[("account", "amina"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(
        page.status,
        StatusCode::TOO_MANY_REQUESTS,
        "even the right password waits"
    );
    assert!(page.headers.contains_key(header::RETRY_AFTER));
    assert!(cookie(&browser, "nabo_session").is_none());
    let unknown = web
        .submit(
            &mut browser,
            "/so/login",
            "/so/login",
            &[("account", "nobody"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(
        unknown.status,
        StatusCode::UNAUTHORIZED,
        "same answer as a wrong password"
    );
}

#[tokio::test]
async fn forms_without_the_right_token_or_from_another_site_are_refused() {
    let web = Web::start().await;
    web.account("amina", Role::Editor, &["dk-0751"]).await;
    let mut browser = Browser::default();
    web.get(&mut browser, "/da/login").await;
    let login = [("account", "amina"), ("password", PASSWORD)];
    let page = web
        .send(&mut browser, "POST", "/da/login", Some(&login), &[])
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN, "no token");
    let forged = [
        ("csrf", "0".repeat(64)),
        ("account", "amina".into()),
        ("password", PASSWORD.into()),
    ];
    let forged: Vec<(&str, &str)> = forged.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let page = web
        .send(&mut browser, "POST", "/da/login", Some(&forged), &[])
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN, "forged token");
    assert!(
        page.body.contains("<html lang=\"da\""),
        "an error page in the page's language"
    );

    let mut editor = web.sign_in("amina").await;
    let list = web.get(&mut editor, "/da/edit/").await;
    let token = csrf_of(&list.body);
    let fields = [
        ("csrf", token.as_str()),
        ("id", "x-y"),
        ("area", "dk-0751"),
        ("categories", "jobcentre"),
        ("source_language", "da"),
        ("name.source", "X"),
    ];
    let other_site = [("origin", "https://evil.example"), ("host", "nabo.example")];
    let page = web
        .send(
            &mut editor,
            "POST",
            "/da/edit/new",
            Some(&fields),
            &other_site,
        )
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN, "another site's form");
    let cross = [("sec-fetch-site", "cross-site")];
    let page = web
        .send(&mut editor, "POST", "/da/edit/new", Some(&fields), &cross)
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN, "a cross-site request");
    // Another browser's token does not fit this session.
    let mut other = web.sign_in("amina").await;
    let page = web
        .send(&mut other, "POST", "/da/edit/new", Some(&fields), &[])
        .await;
    assert_eq!(
        page.status,
        StatusCode::FORBIDDEN,
        "token of another session"
    );
    let id = nabo_domain::ResourceId::parse("x-y").expect("id");
    assert!(
        web.directory.resource(&id).await.expect("read").is_none(),
        "nothing written"
    );
}

#[tokio::test]
async fn an_editor_creates_and_changes_resources_of_her_area_through_the_form() {
    let web = Web::start().await;
    web.account("amina", Role::Editor, &["dk-0751"]).await;
    let mut browser = web.sign_in("amina").await;
    let new = web.get(&mut browser, "/ar/edit/new").await;
    assert_eq!(new.status, StatusCode::OK, "{}", new.body);
    assert!(new.body.contains("<html lang=\"ar\" dir=\"rtl\""));

    let invalid = web
        .submit(
            &mut browser,
            "/ar/edit/new",
            "/ar/edit/new",
            &[
                ("id", "aarhus-naboskab"),
                ("area", "dk-0751"),
                ("categories", "women-network"),
                ("source_language", "da"),
                ("name.source", "Naboskabet Zanzibarvej"),
                ("phone", "call us"),
                ("geo.lat", "north"),
            ],
        )
        .await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        invalid.body.contains("id=\"phone-error\""),
        "error next to the field"
    );
    assert!(invalid.body.contains("aria-describedby=\"phone-error\""));
    assert!(invalid.body.contains("id=\"geo-lat-error\""));
    assert!(
        invalid.body.contains("value=\"Naboskabet Zanzibarvej\""),
        "input kept"
    );
    let id = nabo_domain::ResourceId::parse("aarhus-naboskab").expect("id");
    assert!(web.directory.resource(&id).await.expect("read").is_none());

    let created = web
        .submit(
            &mut browser,
            "/ar/edit/new",
            "/ar/edit/new",
            &[
                ("id", "aarhus-naboskab"),
                ("area", "dk-0751"),
                ("categories", "women-network"),
                ("source_language", "da"),
                ("name.source", "Naboskabet Zanzibarvej"),
                (
                    "description.source",
                    "Kvinder mødes <script>alert(1)</script> hver tirsdag.",
                ),
                ("phone", "+45 33 66 33 66"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let edit_uri = created.location.clone().expect("to the form");
    assert!(edit_uri.starts_with("/ar/edit/resources/aarhus-naboskab?done=created"));
    let found = web
        .get(
            &mut Browser::default(),
            "/api/v1/search?q=zanzibarvej&lang=da",
        )
        .await;
    assert!(
        found.body.contains("aarhus-naboskab"),
        "searchable at once: {}",
        found.body
    );
    let form = web.get(&mut browser, &edit_uri).await;
    assert!(!form.body.contains("<script>alert"), "escaped");
    assert!(form.body.contains("role=\"status\""), "says it was created");

    let saved = web
        .submit(
            &mut browser,
            "/da/edit/resources/aarhus-naboskab",
            "/da/edit/resources/aarhus-naboskab",
            &[
                ("version", "1"),
                ("area", "dk-0751"),
                ("categories", "women-network"),
                ("source_language", "da"),
                ("name.source", "Naboskabet Zanzibarvej"),
                ("description.source", "Vi mødes hver onsdag."),
                ("phone", "+45 33 66 33 66"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert!(
        saved
            .location
            .as_deref()
            .unwrap_or_default()
            .contains("done=saved&version=2")
    );
    let stored = web
        .directory
        .resource(&id)
        .await
        .expect("read")
        .expect("there");
    assert_eq!(stored.version, 2);

    // Another municipality's resource: neither its form nor a save.
    let odense = web
        .get(
            &mut browser,
            "/da/edit/resources/odense-jobcenter-buchwaldsgade",
        )
        .await;
    assert_eq!(odense.status, StatusCode::FORBIDDEN);
    let moved = web
        .submit(
            &mut browser,
            "/da/edit/resources/aarhus-naboskab",
            "/da/edit/resources/aarhus-naboskab",
            &[
                ("version", "2"),
                ("area", "dk-0461"),
                ("categories", "women-network"),
                ("source_language", "da"),
                ("name.source", "Flyttet"),
            ],
        )
        .await;
    assert_eq!(
        moved.status,
        StatusCode::FORBIDDEN,
        "not into another area either"
    );
}

#[tokio::test]
async fn a_stale_save_shows_both_versions_and_history_brings_an_old_one_back() {
    let web = Web::start().await;
    web.account("amina", Role::Editor, &["dk-0751"]).await;
    web.account("hodan", Role::Editor, &["dk-0751"]).await;
    let mut amina = web.sign_in("amina").await;
    let mut hodan = web.sign_in("hodan").await;
    let uri = "/da/edit/resources/aarhus-jobcenter-frederiks-alle";
    let id = nabo_domain::ResourceId::parse("aarhus-jobcenter-frederiks-alle").expect("id");
    let before = web
        .directory
        .resource(&id)
        .await
        .expect("read")
        .expect("demo");
    let version = before.version.to_string();
    let fields = |name: &'static str| {
        vec![
            ("version", version.clone()),
            ("area", "dk-0751".to_owned()),
            ("categories", "jobcentre".to_owned()),
            ("source_language", "da".to_owned()),
            ("name.source", name.to_owned()),
        ]
    };
    let pairs =
        |fields: &[(&'static str, String)]| -> Vec<(&'static str, String)> { fields.to_vec() };
    let first = pairs(&fields("Jobcenter Aarhus (Hodan)"));
    let first: Vec<(&str, &str)> = first.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let saved = web.submit(&mut hodan, uri, uri, &first).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);

    let second = pairs(&fields("Jobcenter Aarhus (Amina)"));
    let second: Vec<(&str, &str)> = second.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let stale = web.submit(&mut amina, uri, uri, &second).await;
    assert_eq!(stale.status, StatusCode::PRECONDITION_FAILED);
    assert!(stale.body.contains("class=\"conflict\""));
    assert!(stale.body.contains("Jobcenter Aarhus (Amina)"), "hers");
    assert!(
        stale.body.contains("Jobcenter Aarhus (Hodan)"),
        "the saved one"
    );
    let now = web
        .directory
        .resource(&id)
        .await
        .expect("read")
        .expect("there");
    assert_eq!(
        now.resource.name.get(&now.resource.source_language),
        Some("Jobcenter Aarhus (Hodan)")
    );

    let history = web.get(&mut amina, &format!("{uri}/history")).await;
    assert_eq!(history.status, StatusCode::OK, "{}", history.body);
    assert!(history.body.contains("hodan"), "who");
    assert!(
        history.body.contains("<ins>Jobcenter Aarhus (Hodan)</ins>"),
        "what changed"
    );
    let old = before.version.to_string();
    let expected = now.version.to_string();
    let reverted = web
        .submit(
            &mut amina,
            &format!("{uri}/history"),
            &format!("{uri}/revert"),
            &[("version", old.as_str()), ("expected", expected.as_str())],
        )
        .await;
    assert_eq!(reverted.status, StatusCode::SEE_OTHER, "{}", reverted.body);
    let back = web
        .directory
        .resource(&id)
        .await
        .expect("read")
        .expect("there");
    assert_eq!(back.resource, before.resource, "the old version, whole");
    assert_eq!(back.version, now.version + 1, "as a new version");
}

#[tokio::test]
async fn archiving_through_the_form_removes_from_search_and_restore_brings_it_back() {
    let web = Web::start().await;
    web.account("amina", Role::Editor, &["dk-0751"]).await;
    let mut browser = web.sign_in("amina").await;
    let uri = "/da/edit/resources/aarhus-kvindekrisecentret";
    let id = nabo_domain::ResourceId::parse("aarhus-kvindekrisecentret").expect("id");
    let version = web
        .directory
        .resource(&id)
        .await
        .expect("read")
        .expect("demo")
        .version
        .to_string();
    let archived = web
        .submit(
            &mut browser,
            uri,
            &format!("{uri}/archive"),
            &[("version", version.as_str())],
        )
        .await;
    assert_eq!(archived.status, StatusCode::SEE_OTHER, "{}", archived.body);
    assert!(web.directory.resource(&id).await.expect("read").is_none());
    let list = web.get(&mut browser, "/da/edit/").await;
    assert!(
        list.body.contains("aarhus-kvindekrisecentret"),
        "listed as archived"
    );
    let restored = web
        .submit(&mut browser, uri, &format!("{uri}/restore"), &[])
        .await;
    assert_eq!(restored.status, StatusCode::SEE_OTHER, "{}", restored.body);
    assert!(web.directory.resource(&id).await.expect("read").is_some());
}

/// A multipart body with the fields and one file; its content type.
fn multipart(fields: &[(&str, &str)], file: (&str, &str)) -> (String, String) {
    let boundary = "nabo-test-boundary";
    let mut body = String::new();
    for (name, value) in fields {
        body.push_str(&format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
        ));
    }
    body.push_str(&format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"{}\"; filename=\"so.xlf\"\r\nContent-Type: application/xliff+xml\r\n\r\n{}\r\n--{boundary}--\r\n",
        file.0, file.1
    ));
    (body, format!("multipart/form-data; boundary={boundary}"))
}

#[tokio::test]
async fn translators_work_through_the_pages_from_outdated_to_reviewed() {
    let web = Web::start().await;
    web.account("amina", Role::Editor, &["dk-0751"]).await;
    let translator = |id: &'static str| {
        let account = Account {
            id: UserId::parse(id).expect("id"),
            role: Role::Translator,
            areas: Vec::new(),
            languages: vec![nabo_domain::LanguageTag::parse("so").expect("tag")],
            disabled: false,
            group: None,
        };
        (account, Password::new(PASSWORD).expect("password"))
    };
    for id in ["ayan", "hodan"] {
        let (account, password) = translator(id);
        web.directory
            .accounts()
            .add(account, Some(password))
            .await
            .expect("add");
    }
    let id = "aarhus-sundhedsplejen-brabrand";
    let form = format!("/da/edit/resources/{id}");
    let mut editor = web.sign_in("amina").await;
    let page = web.get(&mut editor, &form).await;
    assert!(
        page.body.contains(&format!("{form}/translate/so")),
        "the form links each language"
    );
    let stored = web
        .directory
        .resource(&nabo_domain::ResourceId::parse(id).expect("id"))
        .await
        .expect("read")
        .expect("demo");
    let version = stored.version.to_string();
    let record = nabo_domain::ResourceRecord::from(&stored.resource);
    let mut fields: Vec<(String, String)> = vec![
        ("version".into(), version.clone()),
        ("area".into(), "dk-0751".into()),
        ("source_language".into(), "da".into()),
        ("name.source".into(), record.name["da"].clone()),
        (
            "description.source".into(),
            "Sundhedsplejersken kommer hjem til dig efter fødslen.".into(),
        ),
    ];
    fields.extend(
        record
            .categories
            .iter()
            .map(|c| ("categories".to_owned(), c.clone())),
    );
    for (lang, text) in &record.name {
        if lang != "da" {
            fields.push((format!("name.{lang}"), text.clone()));
        }
    }
    for (lang, text) in &record.description {
        if lang != "da" {
            fields.push((format!("description.{lang}"), text.clone()));
        }
    }
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let saved = web.submit(&mut editor, &form, &form, &pairs).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);

    let mut ayan = web.sign_in("ayan").await;
    let list = web
        .get(&mut ayan, "/so/edit/translations?to=so&area=dk-0751")
        .await;
    assert_eq!(list.status, StatusCode::OK, "{}", list.body);
    assert!(
        list.body
            .contains(&format!("/so/edit/resources/{id}/translate/so")),
        "listed as needing work"
    );
    let translate = format!("/so/edit/resources/{id}/translate/so");
    let page = web.get(&mut ayan, &translate).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("<html lang=\"so\""));
    let arabic = web
        .get(&mut ayan, &format!("/so/edit/resources/{id}/translate/ar"))
        .await;
    assert_eq!(arabic.status, StatusCode::FORBIDDEN, "not her language");

    // The XLIFF of what Somali needs, translated and uploaded.
    let xliff = web
        .get(
            &mut ayan,
            "/so/edit/translations.xlf?to=so&from=da&area=dk-0751",
        )
        .await;
    assert_eq!(xliff.status, StatusCode::OK);
    assert!(
        xliff.headers[header::CONTENT_DISPOSITION]
            .to_str()
            .unwrap_or_default()
            .contains("nabo-da-so.xlf")
    );
    let unit = format!("<unit id=\"{id}/description\">");
    let start = xliff.body.find(&unit).expect("the description is a unit");
    let target_start = start
        + xliff.body[start..]
            .find("<target>")
            .expect("old text as target");
    let target_end = start + xliff.body[start..].find("</target>").expect("end");
    let translated = format!(
        "{}<target>Kalkaalisada ayaa gurigaaga imanaysa dhalmada kadib.{}",
        &xliff.body[..target_start],
        &xliff.body[target_end..]
    );
    let token = csrf_of(&list.body);
    let (body, content_type) = multipart(
        &[("csrf", &token), ("to", "so"), ("area", "dk-0751")],
        ("xliff", &translated),
    );
    let mut request =
        Request::post("/so/edit/translations/import").header(header::CONTENT_TYPE, content_type);
    let jar: Vec<String> = ayan
        .cookies
        .iter()
        .map(|(n, v)| format!("{n}={v}"))
        .collect();
    request = request.header(header::COOKIE, jar.join("; "));
    let response = web
        .router
        .clone()
        .oneshot(request.body(Body::from(body)).expect("request"))
        .await
        .expect("response");
    let status = response.status();
    let text = String::from_utf8_lossy(
        &response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes(),
    )
    .into_owned();
    assert_eq!(status, StatusCode::OK, "{text}");
    assert!(
        text.contains("role=\"status\""),
        "says what was saved: {text}"
    );
    let page = web.get(&mut ayan, &translate).await;
    assert!(
        page.body
            .contains("Kalkaalisada ayaa gurigaaga imanaysa dhalmada kadib.")
    );

    // A second translator reviews it; the first may not.
    let review = format!("{translate}/review");
    let own = web.submit(&mut ayan, &translate, &review, &[]).await;
    assert_eq!(own.status, StatusCode::FORBIDDEN);
    let mut hodan = web.sign_in("hodan").await;
    let reviewed = web.submit(&mut hodan, &translate, &review, &[]).await;
    assert_eq!(reviewed.status, StatusCode::SEE_OTHER, "{}", reviewed.body);
    let stored = web
        .directory
        .resource(&nabo_domain::ResourceId::parse(id).expect("id"))
        .await
        .expect("read")
        .expect("there");
    let statuses = web
        .directory
        .translation_status(
            &stored,
            &[nabo_domain::LanguageTag::parse("so").expect("tag")],
        )
        .await
        .expect("status");
    let description = statuses
        .iter()
        .find(|s| s.field == "description")
        .expect("status");
    assert_eq!(description.status, nabo_domain::TranslationStatus::Reviewed);
}

#[tokio::test]
async fn a_report_from_the_field_reaches_the_editors_of_the_area_and_is_verified_away() {
    let web = Web::start().await;
    web.account("amina", Role::Editor, &["dk-0751"]).await;
    web.account("hawa", Role::Editor, &["dk-0461"]).await;
    let id = "aarhus-bibliotek-vest";
    let mut volunteer = Browser::default();
    let resource = web
        .get(&mut volunteer, &format!("/so/resources/{id}"))
        .await;
    assert!(
        resource
            .body
            .contains(&format!("/so/resources/{id}/report")),
        "the resource page links the form"
    );
    let form = format!("/so/resources/{id}/report");
    let page = web.get(&mut volunteer, &form).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("class=\"privacy\""),
        "the form says not to write personal data"
    );
    let invalid = web
        .submit(&mut volunteer, &form, &form, &[("category", "gone")])
        .await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    let sent = web
        .submit(
            &mut volunteer,
            &form,
            &form,
            &[
                ("category", "hours"),
                ("note", "Lukket om fredagen <b>nu</b>"),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.body);
    assert!(sent.body.contains("role=\"status\""));
    let forged = web
        .send(
            &mut Browser::default(),
            "POST",
            &form,
            Some(&[("category", "hours")]),
            &[],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN, "no token, no report");

    let mut other = web.sign_in("hawa").await;
    let queue = web.get(&mut other, "/da/edit/reports").await;
    assert!(!queue.body.contains("Lukket om fredagen"), "not Odense's");
    let mut editor = web.sign_in("amina").await;
    let queue = web.get(&mut editor, "/da/edit/reports").await;
    assert!(
        queue
            .body
            .contains("Lukket om fredagen &#60;b&#62;nu&#60;/b&#62;"),
        "escaped: {}",
        queue.body
    );
    let start = queue.body.find("/da/edit/reports/").expect("a report form");
    let action: String = queue.body[start..]
        .chars()
        .take_while(|c| *c != '"')
        .collect();
    let closed = web
        .submit(
            &mut editor,
            "/da/edit/reports",
            &action,
            &[("resolution", "resolved")],
        )
        .await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER, "{}", closed.body);
    assert!(
        !web.get(&mut editor, "/da/edit/reports")
            .await
            .body
            .contains("Lukket om fredagen")
    );

    // Verified from the form: off the needs-checking list (not verified since 2025).
    let id = "aarhus-sprogcenter-aabyhoej";
    let checking = web.get(&mut editor, "/da/edit/checking").await;
    assert!(
        checking
            .body
            .contains(&format!("/da/edit/resources/{id}/verify"))
    );
    let version = web
        .directory
        .resource(&nabo_domain::ResourceId::parse(id).expect("id"))
        .await
        .expect("read")
        .expect("demo")
        .version
        .to_string();
    let uri = format!("/da/edit/resources/{id}");
    let verified = web
        .submit(
            &mut editor,
            &uri,
            &format!("{uri}/verify"),
            &[("version", version.as_str())],
        )
        .await;
    assert_eq!(verified.status, StatusCode::SEE_OTHER, "{}", verified.body);
    assert!(
        verified
            .location
            .as_deref()
            .unwrap_or_default()
            .contains("done=verified")
    );
    let checking = web.get(&mut editor, "/da/edit/checking").await;
    assert!(
        !checking
            .body
            .contains(&format!("/da/edit/resources/{id}/verify"))
    );

    // Past the limit, a client's reports wait.
    let mut spammer = Browser::default();
    let mut last = StatusCode::OK;
    for _ in 0..12 {
        last = web
            .submit(&mut spammer, &form, &form, &[("category", "other")])
            .await
            .status;
    }
    assert_eq!(last, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn an_admin_creates_accounts_in_the_browser_and_expired_sessions_are_refused() {
    let web = Web::start().await;
    web.account("root", Role::Admin, &[]).await;
    web.account("amina", Role::Editor, &["dk-0751"]).await;
    let mut editor = web.sign_in("amina").await;
    let page = web.get(&mut editor, "/da/edit/accounts").await;
    assert_eq!(
        page.status,
        StatusCode::FORBIDDEN,
        "editors do not manage accounts"
    );
    assert!(
        !web.get(&mut editor, "/da/edit/")
            .await
            .body
            .contains("/da/edit/accounts")
    );

    let mut admin = web.sign_in("root").await;
    let created = web
        .submit(
            &mut admin,
            "/ar/edit/accounts",
            "/ar/edit/accounts",
            &[("id", "ayan"), ("role", "translator"), ("languages", "so")],
        )
        .await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.body);
    let start = created
        .body
        .find("class=\"password\">")
        .expect("the password, shown once")
        + 17;
    let password: String = created.body[start..]
        .chars()
        .take_while(|c| *c != '<')
        .collect();
    let mut ayan = Browser::default();
    let signed_in = web
        .submit(
            &mut ayan,
            "/so/login",
            "/so/login",
            &[("account", "ayan"), ("password", password.as_str())],
        )
        .await;
    assert_eq!(
        signed_in.status,
        StatusCode::SEE_OTHER,
        "the new translator signs in"
    );
    let refused = web
        .submit(
            &mut admin,
            "/da/edit/accounts",
            "/da/edit/accounts",
            &[("id", "x"), ("role", "editor")],
        )
        .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "an editor without an area"
    );
    let disabled = web
        .submit(
            &mut admin,
            "/da/edit/accounts",
            "/da/edit/accounts/ayan",
            &[("action", "disable")],
        )
        .await;
    assert_eq!(disabled.status, StatusCode::SEE_OTHER, "{}", disabled.body);
    let page = web.get(&mut ayan, "/so/edit/").await;
    assert_eq!(
        page.status,
        StatusCode::SEE_OTHER,
        "a disabled account's session is over"
    );

    // A session past its time is refused.
    let id = UserId::parse("amina").expect("id");
    let old = web
        .directory
        .sessions()
        .start(&id, chrono::Utc::now() - chrono::Duration::hours(13))
        .await
        .expect("session");
    let mut expired = Browser::default();
    expired
        .cookies
        .push(("nabo_session".into(), old.secret.expose().to_owned()));
    let page = web.get(&mut expired, "/da/edit/").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "expired session");
    assert!(page.location.unwrap_or_default().starts_with("/da/login"));
}

#[tokio::test]
async fn an_admin_issues_and_revokes_partner_keys_in_the_browser() {
    let web = Web::start().await;
    web.account("root", Role::Admin, &[]).await;
    web.account("amina", Role::Editor, &["dk-0751"]).await;
    let mut editor = web.sign_in("amina").await;
    let page = web.get(&mut editor, "/da/edit/keys").await;
    assert_eq!(
        page.status,
        StatusCode::FORBIDDEN,
        "editors do not manage keys"
    );

    let mut admin = web.sign_in("root").await;
    let page = web.get(&mut admin, "/ar/edit/keys").await;
    assert!(page.body.contains(r#"<html lang="ar" dir="rtl">"#));
    let refused = web
        .submit(
            &mut admin,
            "/da/edit/keys",
            "/da/edit/keys",
            &[
                ("name", "Aarhus"),
                ("origins", "aarhus.example/page"),
                ("rate", "60"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("is not a web origin"),
        "{}",
        refused.body
    );
    let issued = web
        .submit(
            &mut admin,
            "/da/edit/keys",
            "/da/edit/keys",
            &[
                ("name", "Aarhus <Kommune>"),
                (
                    "origins",
                    "https://aarhus.example https://www.aarhus.example",
                ),
                ("rate", "60"),
            ],
        )
        .await;
    assert_eq!(issued.status, StatusCode::OK, "{}", issued.body);
    let start = issued
        .body
        .find("class=\"password\">")
        .expect("the key, shown once")
        + 17;
    let key: String = issued.body[start..]
        .chars()
        .take_while(|c| *c != '<')
        .collect();
    assert!(key.starts_with("nabo_key_"), "{key}");
    assert!(
        issued.body.contains("Aarhus &#60;Kommune&#62;")
            || issued.body.contains("Aarhus &lt;Kommune&gt;")
    );
    assert!(
        issued.body.contains(&format!("key=&#34;{key}&#34;"))
            || issued.body.contains(&format!("key=&quot;{key}&quot;")),
        "the two lines to paste"
    );
    let listed = web.get(&mut admin, "/da/edit/keys").await;
    assert!(!listed.body.contains(&key), "shown once only");
    assert!(
        listed
            .body
            .contains("https://aarhus.example https://www.aarhus.example")
    );

    let search = format!("/api/v1/search?q=jobcenter&lang=da&key={key}");
    let origin = [("origin", "https://aarhus.example")];
    let answer = web
        .send(&mut Browser::default(), "GET", &search, None, &origin)
        .await;
    assert_eq!(answer.status, StatusCode::OK);
    let id = key.split('_').nth(2).expect("id").to_owned();
    let revoked = web
        .submit(
            &mut admin,
            "/da/edit/keys",
            &format!("/da/edit/keys/{id}/revoke"),
            &[],
        )
        .await;
    assert_eq!(revoked.status, StatusCode::SEE_OTHER, "{}", revoked.body);
    let answer = web
        .send(&mut Browser::default(), "GET", &search, None, &origin)
        .await;
    assert_eq!(answer.status, StatusCode::UNAUTHORIZED, "refused at once");
    let forged = web
        .send(
            &mut admin,
            "POST",
            &format!("/da/edit/keys/{id}/revoke"),
            Some(&[("csrf", "x")]),
            &[],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN, "no token, no action");
}

/// The value of the hidden field `name` of a page's form.
fn hidden(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html
        .find(&marker)
        .unwrap_or_else(|| panic!("no field {name}"))
        + marker.len();
    let end = html[start..].find('"').expect("end of value") + start;
    html[start..end].to_owned()
}

#[tokio::test]
async fn a_volunteer_records_a_referral_from_the_pages_once_even_when_sent_twice() {
    let web = Web::start().await;
    let resource = "/da/resources/aarhus-jobcenter-frederiks-alle";
    let mut anonymous = Browser::default();
    let page = web.get(&mut anonymous, resource).await;
    assert!(
        page.body
            .contains("/da/login?next=/da/resources/aarhus-jobcenter-frederiks-alle"),
        "a sign-in link"
    );
    assert!(!page.body.contains("referral-form"));
    let token = web.get(&mut anonymous, "/da/referrals/token").await;
    assert_eq!(
        token.status,
        StatusCode::SEE_OTHER,
        "no token without a session"
    );

    let account = Account {
        id: UserId::parse("hodan").expect("id"),
        role: Role::Volunteer,
        areas: Vec::new(),
        languages: Vec::new(),
        disabled: false,
        group: Some(nabo_domain::GroupId::parse("aarhus-gellerup").expect("group")),
    };
    web.directory
        .accounts()
        .add(account, Some(Password::new(PASSWORD).expect("password")))
        .await
        .expect("account");
    let mut hodan = web.sign_in("hodan").await;
    let page = web.get(&mut hodan, resource).await;
    assert!(
        page.body.contains("class=\"referral-form\""),
        "the form for a signed-in volunteer"
    );
    assert!(page.body.contains("data-token=\"/da/referrals/token\""));
    let token = web.get(&mut hodan, "/da/referrals/token").await;
    assert_eq!(token.status, StatusCode::OK);
    assert!(token.body.contains("\"csrf\""), "{}", token.body);
    assert_eq!(
        token
            .headers
            .get(header::CACHE_CONTROL)
            .map(|v| v.to_str().ok()),
        Some(Some("no-store"))
    );

    // Without JavaScript: the confirmation page, then the form; the same form twice counts once.
    let confirm = web
        .get(&mut hodan, &format!("{resource}/referral?language=so"))
        .await;
    assert_eq!(confirm.status, StatusCode::OK);
    assert!(
        confirm
            .body
            .contains("value=\"so\" lang=\"so\" dir=\"ltr\" selected"),
        "her language chosen"
    );
    let fields = [
        ("csrf", csrf_of(&confirm.body)),
        ("id", hidden(&confirm.body, "id")),
        ("resource", hidden(&confirm.body, "resource")),
        ("day", hidden(&confirm.body, "day")),
        ("language", "so".to_owned()),
    ];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    for _ in 0..2 {
        let sent = web
            .send(&mut hodan, "POST", "/da/referrals", Some(&fields), &[])
            .await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
        assert_eq!(
            sent.location.as_deref(),
            Some("/da/resources/aarhus-jobcenter-frederiks-alle?referral=recorded")
        );
    }
    assert_eq!(web.directory.raw_referrals().await.expect("count"), 1);
    let back = web
        .get(&mut hodan, &format!("{resource}?referral=recorded"))
        .await;
    assert!(back.body.contains("class=\"referral-done\""));

    // A form without its token is refused, and counts nothing.
    let forged: Vec<(&str, &str)> = fields
        .iter()
        .filter(|(k, _)| *k != "csrf")
        .copied()
        .collect();
    let refused = web
        .send(&mut hodan, "POST", "/da/referrals", Some(&forged), &[])
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let mut bad_day = fields.clone();
    bad_day.retain(|(k, _)| *k != "day" && *k != "id");
    bad_day.push(("day", "2001-01-01"));
    bad_day.push(("id", "0b4c8f0e4f7e4a559b5c7f1d2a9e6c3b"));
    let refused = web
        .send(&mut hodan, "POST", "/da/referrals", Some(&bad_day), &[])
        .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert_eq!(web.directory.raw_referrals().await.expect("count"), 1);

    // A volunteer signs out from the public pages (a phone may be shared).
    assert!(page.body.contains("href=\"/da/logout\""));
    let out = web
        .submit(&mut hodan, "/da/logout", "/da/logout", &[])
        .await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    let after = web.get(&mut hodan, resource).await;
    assert!(!after.body.contains("referral-form"), "signed out");
}

#[tokio::test]
async fn nothing_fitted_is_a_token_checked_form_that_counts_the_need() {
    let web = Web::start().await;
    let mut browser = Browser::default();
    let results = web.get(&mut browser, "/so/?q=shaqo&area=dk-0751").await;
    let link = "/so/unmet?q=shaqo&#38;area=dk-0751&#38;matched=jobcentre";
    assert!(
        results.body.contains(link),
        "the results link to nothing-fitted, with the category the words were read as"
    );
    let form_uri = "/so/unmet?q=shaqo&area=dk-0751&matched=jobcentre";
    let no_token = web
        .send(
            &mut browser,
            "POST",
            "/so/unmet",
            Some(&[("q", "shaqo"), ("needed", "legal-aid")]),
            &[],
        )
        .await;
    assert_eq!(no_token.status, StatusCode::FORBIDDEN);
    let sent = web
        .submit(
            &mut browser,
            form_uri,
            "/so/unmet",
            &[
                ("q", "shaqo"),
                ("area", "dk-0751"),
                ("matched", "jobcentre"),
                ("needed", "legal-aid"),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.body);
    assert!(sent.body.contains("role=\"status\""));
    let today = chrono::Utc::now().date_naive();
    let year = nabo_domain::Week::of(today).month().year();
    let report = web
        .directory
        .unmet_report(year, today + chrono::Duration::days(45))
        .await
        .expect("report");
    let categories = report
        .table(nabo_directory::Breakdown::Category)
        .expect("table");
    let needed = nabo_directory::Row::Category(Some(
        nabo_domain::CategoryId::parse("legal-aid").expect("id"),
    ));
    assert!(
        categories.rows().contains(&needed),
        "what was needed is counted: {:?}",
        categories.rows()
    );
}

#[tokio::test]
async fn coordinators_see_the_years_figures_as_charts_tables_and_csv_and_editors_do_not() {
    let web = Web::start().await;
    web.account("sara", Role::Coordinator, &[]).await;
    web.account("amina", Role::Editor, &["dk-0751"]).await;
    let today = chrono::Utc::now().date_naive();
    let day = today - chrono::Duration::days(40);
    let year = chrono::Datelike::year(&day);
    let volunteer = Account {
        id: UserId::parse("hodan").expect("id"),
        role: Role::Volunteer,
        areas: Vec::new(),
        languages: Vec::new(),
        disabled: false,
        group: Some(nabo_domain::GroupId::parse("aarhus-gellerup").expect("group")),
    };
    for n in 0..8 {
        let language = if n < 6 { "so" } else { "ar" };
        let referral = nabo_domain::Referral {
            id: nabo_domain::EventId::parse(&format!("event-{n:020}")).expect("id"),
            resource: nabo_domain::ResourceId::parse("aarhus-jobcenter-frederiks-alle")
                .expect("id"),
            language: nabo_domain::LanguageTag::parse(language).expect("tag"),
            day,
        };
        web.directory
            .record_referral(&volunteer, referral, today)
            .await
            .expect("record");
    }
    let mut amina = web.sign_in("amina").await;
    let refused = web
        .get(&mut amina, &format!("/da/edit/insights?year={year}"))
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(
        !web.get(&mut amina, "/da/edit/")
            .await
            .body
            .contains("/da/edit/insights")
    );

    let mut sara = web.sign_in("sara").await;
    let page = web
        .get(&mut sara, &format!("/ar/edit/insights?year={year}"))
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(
        page.body.contains("<svg") && page.body.contains("role=\"img\""),
        "a chart"
    );
    assert!(
        page.body.contains("<table>") && page.body.contains("<caption>"),
        "its table"
    );
    assert!(
        page.body.contains("&lt;5"),
        "the two Arabic referrals are under five"
    );
    assert!(
        !page.body.contains("<td dir=\"ltr\">2</td>"),
        "never the 2 itself"
    );
    let csv = page
        .body
        .split("href=\"")
        .map(|s| s.split('"').next().unwrap_or_default())
        .find(|href| href.contains("format=csv&#38;by=language"))
        .expect("a CSV link")
        .replace("&#38;", "&");
    let download = web.get(&mut sara, &csv).await;
    assert_eq!(download.status, StatusCode::OK);
    assert!(
        download
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/csv")),
        "{:?}",
        download.headers
    );
    assert!(download.body.contains("<5"), "{}", download.body);
}

#[tokio::test]
async fn the_privacy_page_says_what_is_recorded_in_every_language() {
    let web = Web::start().await;
    let mut browser = Browser::default();
    let home = web.get(&mut browser, "/da/").await;
    assert!(
        home.body.contains("href=\"/da/privacy\""),
        "linked from every page's footer"
    );
    let reference = web.directory.reference();
    for language in reference.languages.all() {
        let tag = language.tag.as_str();
        let page = web.get(&mut browser, &format!("/{tag}/privacy")).await;
        assert_eq!(page.status, StatusCode::OK, "{tag}");
        let dir = match language.direction {
            nabo_domain::Direction::Rtl => "rtl",
            nabo_domain::Direction::Ltr => "ltr",
        };
        assert!(
            page.body
                .contains(&format!("<html lang=\"{tag}\" dir=\"{dir}\">")),
            "{tag}"
        );
        assert!(page.body.contains("90"), "{tag}: the retention period");
        assert!(page.body.matches("<li>").count() >= 8, "{tag}");
    }
}
