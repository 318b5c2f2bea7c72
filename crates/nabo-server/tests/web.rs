//! The web app through HTTP: language negotiation, `lang`/`dir`, search in the reader's
//! language, switching language keeps the search, escaped content, the bilingual card,
//! and templates without text of their own.

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use nabo_directory::{Config, Directory, IndexMode};
use nabo_server::{AppState, router};
use std::path::PathBuf;
use std::sync::Arc;
use tower::ServiceExt;

fn repository() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

struct Web {
    router: Router,
    _dir: tempfile::TempDir,
}

struct Page {
    status: StatusCode,
    location: Option<String>,
    cookie: Option<String>,
    headers: axum::http::HeaderMap,
    body: String,
}

impl Web {
    async fn start(extra: Option<&str>) -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let config = Config {
            database_url: format!("sqlite://{}/nabo.db", dir.path().display()).into(),
            index_dir: dir.path().join("index"),
            content_dir: repository().join("content"),
        };
        let directory = Directory::open(config, IndexMode::Required)
            .await
            .expect("open");
        directory.import_demo_if_empty().await.expect("demo");
        if let Some(toml) = extra {
            let file = dir.path().join("extra.toml");
            std::fs::write(&file, toml).expect("write");
            directory.import(&[file]).await.expect("import extra");
        }
        let catalog = nabo_i18n::Catalog::load(&repository().join("locales")).expect("locales");
        Self {
            router: router(AppState::new(Arc::new(directory), Arc::new(catalog))),
            _dir: dir,
        }
    }

    async fn get(&self, uri: &str, headers: &[(header::HeaderName, &str)]) -> Page {
        let mut request = Request::get(uri);
        for (name, value) in headers {
            request = request.header(name, *value);
        }
        let response = self
            .router
            .clone()
            .oneshot(request.body(Body::empty()).expect("request"))
            .await
            .expect("response");
        let header_text = |name| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let status = response.status();
        let location = header_text(header::LOCATION);
        let cookie = header_text(header::SET_COOKIE);
        let headers = response.headers().clone();
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        Page {
            status,
            location,
            cookie,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }
}

#[tokio::test]
async fn the_root_negotiates_the_language_and_remembers_the_choice() {
    let web = Web::start(None).await;
    let page = web
        .get("/", &[(header::ACCEPT_LANGUAGE, "so, en;q=0.5")])
        .await;
    assert_eq!(page.location.as_deref(), Some("/so/"));
    let page = web.get("/", &[(header::ACCEPT_LANGUAGE, "fa-IR")]).await;
    assert_eq!(page.location.as_deref(), Some("/fa/"));
    let page = web.get("/", &[(header::ACCEPT_LANGUAGE, "xx")]).await;
    assert_eq!(page.location.as_deref(), Some("/en/"));
    let page = web
        .get(
            "/",
            &[
                (header::COOKIE, "nabo_lang=ar"),
                (header::ACCEPT_LANGUAGE, "da"),
            ],
        )
        .await;
    assert_eq!(
        page.location.as_deref(),
        Some("/ar/"),
        "the remembered choice wins"
    );
    let page = web.get("/ar/", &[]).await;
    assert!(page.cookie.is_some_and(|c| c.starts_with("nabo_lang=ar")));
    let page = web.get("/prs/", &[]).await;
    assert_eq!(
        page.location.as_deref(),
        Some("/fa-AF/"),
        "Dari by its other tag"
    );
}

#[tokio::test]
async fn arabic_search_is_a_right_to_left_page_with_arabic_results() {
    let web = Web::start(None).await;
    let page = web.get("/ar/?q=%D8%A7%D9%84%D9%85%D9%85%D8%B1%D8%B6%D8%A9&area=dk-0101&category=health-visitor", &[]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(
        page.body.contains(r#"class="result-name""#),
        "results are shown"
    );
    assert!(
        page.body.contains(r#"lang="ar" dir="rtl">Sundhedsplejen"#),
        "{}",
        page.body
    );
    // Switching language keeps the search.
    assert!(page.body.contains(r#"href="/so/?q=%D8%A7%D9%84%D9%85%D9%85%D8%B1%D8%B6%D8%A9&#38;area=dk-0101&#38;category=health-visitor""#));
    assert!(page.body.len() < 100_000, "{} bytes", page.body.len());
}

/// `text` without Fluent's bidi isolation marks around placeables.
fn without_isolation(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

#[tokio::test]
async fn the_search_form_has_a_labelled_postcode_field() {
    let web = Web::start(None).await;
    let page = web.get("/en/", &[]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains(r#"<label for="postcode">Postcode</label>"#),
        "{}",
        page.body
    );
    assert!(page.body.contains(
        r#"<input id="postcode" name="postcode" value="" inputmode="numeric" autocomplete="postal-code" pattern="[0-9]{4}" aria-describedby="postcode-hint">"#
    ));
    assert!(
        page.body
            .contains(r#"<p class="help" id="postcode-hint">4 digits"#)
    );
    let page = web.get("/da/", &[]).await;
    assert!(
        page.body
            .contains(r#"<label for="postcode">Postnummer</label>"#)
    );
}

#[tokio::test]
async fn a_postcode_search_shows_the_municipalitys_services_near_the_postcode() {
    let web = Web::start(None).await;
    let page = web.get("/da/?q=&postcode=8220", &[]).await;
    assert_eq!(page.status, StatusCode::OK);
    let body = without_isolation(&page.body);
    assert!(body.contains("Nær postnummer 8220 Brabrand"), "{body}");
    assert!(body.contains(r#"href="/da/resources/aarhus-jobcenter-frederiks-alle""#));
    assert!(
        !body.contains(r#"href="/da/resources/odense-"#),
        "Aarhus only"
    );
    assert!(body.contains(r#"name="postcode" value="8220""#));
    // Distances are measured from the postcode; near stays the reader's (none here).
    assert!(
        body.contains(" km væk") || body.contains(" m væk"),
        "distances shown"
    );
    assert!(body.contains(r#"<input type="hidden" name="near" value="">"#));
    // The kinds of help keep the postcode.
    assert!(body.contains("&amp;postcode=8220"), "{body}");
}

#[tokio::test]
async fn an_unknown_postcode_comes_back_in_the_form_with_the_error_beside_it() {
    let web = Web::start(None).await;
    for (uri, typed) in [
        ("/en/?q=jobcenter&postcode=1234", "1234"),
        ("/en/?q=jobcenter&postcode=82%3Cb%3E", "82&#60;b&#62;"),
    ] {
        let page = web.get(uri, &[]).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{uri}");
        let body = without_isolation(&page.body);
        assert!(
            body.contains(&format!(
                r#"<p class="error" id="postcode-error">We do not know the postcode {typed}. A postcode has 4 digits"#
            )),
            "{uri}: {body}"
        );
        assert!(
            body.contains(r#"aria-invalid="true" aria-describedby="postcode-error postcode-hint""#)
        );
        assert!(body.contains(r#"<details class="filters" open>"#), "{uri}");
        assert!(
            body.contains(r#"value="jobcenter""#),
            "the rest of the form stays"
        );
        assert!(
            !body.contains(r#"class="result-name""#),
            "{uri}: no results"
        );
    }
}

#[tokio::test]
async fn resource_page_and_bilingual_card() {
    let web = Web::start(None).await;
    let page = web
        .get("/so/resources/koebenhavn-sundhedsplejen-nordvest", &[])
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(r#"<html lang="so" dir="ltr">"#));
    assert!(page.body.contains(r#"href="tel:+"#) && page.body.contains(r#"href="geo:"#));
    assert!(page.body.contains("openstreetmap.org/?mlat="));
    let card = web
        .get(
            "/so/resources/koebenhavn-sundhedsplejen-nordvest/card?for=ar",
            &[],
        )
        .await;
    assert_eq!(card.status, StatusCode::OK);
    assert!(
        card.body
            .contains(r#"<section class="card-side" lang="ar" dir="rtl">"#),
        "her language"
    );
    assert!(
        card.body
            .contains(r#"<section class="card-side" lang="da" dir="ltr">"#),
        "the local language"
    );
    assert!(card.body.contains("<svg"), "a QR code");
    assert!(
        card.body
            .contains("/ar/resources/koebenhavn-sundhedsplejen-nordvest"),
        "the QR opens her language"
    );
    let bad = web
        .get(
            "/so/resources/koebenhavn-sundhedsplejen-nordvest/card?for=xx",
            &[],
        )
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    let missing = web.get("/so/resources/no-such-thing", &[]).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(
        missing.body.contains(r#"<html lang="so""#),
        "the error page speaks her language"
    );
    let unknown = web.get("/xx/", &[]).await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn pages_forbid_inline_script_and_framing_and_only_the_api_is_cross_origin() {
    let web = Web::start(None).await;
    let header = |page: &Page, name: &str| {
        page.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    for uri in [
        "/da/",
        "/ar/?q=bibliotek",
        "/so/resources/koebenhavn-sundhedsplejen-nordvest",
        "/so/resources/koebenhavn-sundhedsplejen-nordvest/card?for=ar",
        "/so/resources/no-such-thing",
        "/xx/",
    ] {
        let page = web.get(uri, &[]).await;
        let policy = header(&page, "content-security-policy").unwrap_or_default();
        assert!(policy.contains("script-src 'self'"), "{uri}: {policy}");
        assert!(!policy.contains("unsafe-inline"), "{uri}: {policy}");
        assert!(policy.contains("frame-ancestors 'none'"), "{uri}: {policy}");
        assert_eq!(
            header(&page, "referrer-policy").as_deref(),
            Some("no-referrer"),
            "{uri}"
        );
        assert_eq!(header(&page, "access-control-allow-origin"), None, "{uri}");
        assert!(!page.body.contains("<script>"), "{uri}: no inline script");
    }
    let api = web.get("/api/v1/languages", &[]).await;
    assert_eq!(
        header(&api, "access-control-allow-origin").as_deref(),
        Some("*")
    );
}

#[tokio::test]
async fn a_language_by_its_other_tag_moves_to_the_same_page_in_its_own() {
    let web = Web::start(None).await;
    let page = web
        .get(
            "/prs/resources/koebenhavn-sundhedsplejen-nordvest/card?for=ar",
            &[],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(
        page.location.as_deref(),
        Some("/fa-AF/resources/koebenhavn-sundhedsplejen-nordvest/card?for=ar")
    );
    let bad = web.get("/da/?offset=-1", &[]).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.body.contains(r#"<html lang="da""#) && bad.body.contains("offset"));
}

#[tokio::test]
async fn editor_text_never_becomes_markup() {
    let hostile = r#"
[[resource]]
id = "hostile"
categories = ["library"]
area = "dk-0101"
source_language = "da"
name = { da = "<script>alert(1)</script> Bibliotek" }
summary = { da = "\"><img src=x onerror=alert(2)>" }
"#;
    let web = Web::start(Some(hostile)).await;
    let page = web.get("/da/?q=bibliotek", &[]).await;
    assert!(
        page.body
            .contains("&#60;script&#62;alert(1)&#60;/script&#62;")
            || page.body.contains("&lt;script&gt;"),
        "escaped"
    );
    assert!(!page.body.contains("<script>alert(1)"));
    assert!(!page.body.contains("<img src=x"));
    let resource = web.get("/da/resources/hostile", &[]).await;
    assert!(!resource.body.contains("<script>alert(1)"));
    let data = linked_data(&resource.body);
    assert_eq!(
        data["name"], "<script>alert(1)</script> Bibliotek",
        "data, not markup"
    );
}

/// The JSON-LD of a page (the one `application/ld+json` script).
fn linked_data(body: &str) -> serde_json::Value {
    let start = body
        .find(r#"<script type="application/ld+json">"#)
        .expect("JSON-LD")
        + r#"<script type="application/ld+json">"#.len();
    let end = start + body[start..].find("</script>").expect("end");
    serde_json::from_str(&body[start..end]).expect("valid JSON")
}

#[tokio::test]
async fn resource_pages_describe_the_service_as_schema_org_data() {
    let web = Web::start(None).await;
    let page = web
        .get("/ar/resources/koebenhavn-sundhedsplejen-nordvest", &[])
        .await;
    let data = linked_data(&page.body);
    assert_eq!(data["@context"], "https://schema.org");
    assert_eq!(data["@type"], "MedicalClinic", "a health visitor");
    let name = data["name"].as_str().expect("name");
    assert!(
        name.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "in Arabic: {name}"
    );
    assert_eq!(data["address"]["@type"], "PostalAddress");
    assert!(data["address"]["postalCode"].is_string());
    assert!(
        data["geo"]["latitude"]
            .as_f64()
            .is_some_and(|lat| (54.0..58.0).contains(&lat))
    );
    assert!(
        data["telephone"]
            .as_str()
            .is_some_and(|t| t.starts_with("+45"))
    );
    let hours = data["openingHoursSpecification"].as_array().expect("hours");
    assert!(!hours.is_empty());
    for spec in hours {
        let day = spec["dayOfWeek"].as_str().expect("day");
        assert!(day.starts_with("https://schema.org/"), "{day}");
        let time = |key: &str| {
            spec[key]
                .as_str()
                .map(|t| t.len() == 5 && t.as_bytes()[2] == b':')
        };
        assert_eq!(
            (time("opens"), time("closes")),
            (Some(true), Some(true)),
            "{spec}"
        );
        assert_eq!(spec["validFrom"], spec["validThrough"], "one dated day");
    }
    let languages = data["contactPoint"]["availableLanguage"]
        .as_array()
        .expect("languages");
    assert!(
        languages.contains(&serde_json::Value::from("da")),
        "{languages:?}"
    );
    assert_eq!(data["areaServed"]["@type"], "AdministrativeArea");
}

#[test]
fn templates_hold_no_text_of_their_own() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("templates");
    let mut problems = Vec::new();
    let mut files = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("templates") {
        let path = entry.expect("entry").path();
        match path.is_dir() {
            true => files.extend(
                std::fs::read_dir(&path)
                    .expect("folder")
                    .map(|e| e.expect("entry").path()),
            ),
            false => files.push(path),
        }
    }
    assert!(files.len() > 8, "the editors' templates are checked too");
    for path in files {
        let text = std::fs::read_to_string(&path).expect("read");
        // Remove template code, then tags; what is left is text a person would read.
        let mut stripped = String::new();
        let mut rest = text.as_str();
        while let Some(start) = rest.find(['{', '<']) {
            stripped.push_str(&rest[..start]);
            let close = if rest[start..].starts_with("{{") {
                "}}"
            } else if rest[start..].starts_with("{%") {
                "%}"
            } else if rest[start..].starts_with('<') {
                ">"
            } else {
                stripped.push('{');
                rest = &rest[start + 1..];
                continue;
            };
            match rest[start..].find(close) {
                Some(end) => rest = &rest[start + end + close.len()..],
                None => break,
            }
            stripped.push(' ');
        }
        stripped.push_str(rest);
        let words: Vec<&str> = stripped
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .collect();
        if !words.is_empty() {
            problems.push(format!("{}: {words:?}", path.display()));
        }
    }
    assert!(
        problems.is_empty(),
        "raw text in templates:\n{}",
        problems.join("\n")
    );
}

#[tokio::test]
async fn the_api_page_describes_every_operation_in_the_readers_language() {
    let web = Web::start(None).await;
    let page = web.get("/ar/api", &[]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(r#"<html lang="ar" dir="rtl">"#));
    let openapi: serde_json::Value =
        serde_json::from_str(&web.get("/api/v1/openapi.json", &[]).await.body).expect("json");
    for (path, item) in openapi["paths"].as_object().expect("paths") {
        for method in item.as_object().expect("methods").keys() {
            let shown = format!(
                "<code>{} {}</code>",
                method.to_uppercase(),
                path.replace('{', "&#123;").replace('}', "&#125;")
            );
            let plain = format!("<code>{} {path}</code>", method.to_uppercase());
            assert!(
                page.body.contains(&shown) || page.body.contains(&plain),
                "{method} {path} is on the page"
            );
        }
    }
    assert!(
        page.body.contains("embed.js") && page.body.contains("&#60;nabo-search")
            || page.body.contains("&lt;nabo-search"),
        "the two lines, escaped"
    );
    let policy = page
        .headers
        .get("content-security-policy")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    assert!(
        policy.contains("script-src 'self'"),
        "a page like the others"
    );
    for attribute in ["src=\"", "href=\""] {
        for (at, _) in page.body.match_indices(attribute) {
            let target = &page.body[at + attribute.len()..];
            assert!(
                target.starts_with('/') || target.starts_with('#'),
                "everything from Nabo itself: {}",
                &target[..target.len().min(60)]
            );
        }
    }
}

/// Whether a character is drawn by an emoji font (pictographs and flags, symbols and
/// dingbats, the emoji presentation selector, keycaps).
fn is_emoji(c: char) -> bool {
    matches!(u32::from(c),
        0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0xFE0F | 0x20E3 | 0x2300..=0x23FF)
}

/// Every file of a folder, one level of subfolders included.
fn files_in(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("folder") {
        let path = entry.expect("entry").path();
        match path.is_dir() {
            true => files.extend(files_in(&path)),
            false => files.push(path),
        }
    }
    files
}

#[test]
fn no_emoji_anywhere_in_the_ui() {
    let server = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files = files_in(&server.join("templates"));
    files.extend(files_in(&server.join("static")));
    files.extend(files_in(&repository().join("locales")));
    let mut found = Vec::new();
    for path in &files {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        for (number, line) in text.lines().enumerate() {
            if let Some(c) = line.chars().find(|c| is_emoji(*c)) {
                found.push(format!("{}:{}: {c:?}", path.display(), number + 1));
            }
        }
    }
    assert!(
        files.len() > 40,
        "templates, styles, scripts and messages are read"
    );
    assert!(found.is_empty(), "emoji in the UI:\n{}", found.join("\n"));
    assert!(is_emoji('\u{1FAAA}') && is_emoji('\u{26BD}') && !is_emoji('ø'));
}

#[tokio::test]
async fn every_category_and_access_attribute_has_a_drawn_pictogram_beside_its_name() {
    let web = Web::start(None).await;
    let page = web.get("/so/", &[]).await;
    let tiles = page.body.split("class=\"tiles\"").nth(1).expect("tiles");
    let tiles = tiles.split("</ul>").next().expect("list");
    let count = |text: &str, needle: &str| text.matches(needle).count();
    assert_eq!(count(tiles, "<li>"), 28, "every category is a tile");
    assert_eq!(
        count(tiles, "<svg class=\"pictogram\""),
        28,
        "each with its pictogram"
    );
    assert_eq!(
        count(tiles, "aria-hidden=\"true\""),
        28,
        "hidden from screen readers"
    );
    let filters = page
        .body
        .split("<fieldset>")
        .nth(1)
        .expect("attribute filters");
    let filters = filters.split("</fieldset>").next().expect("fieldset");
    assert_eq!(
        count(filters, "name=\"attribute\""),
        count(filters, "<svg class=\"pictogram\""),
        "every access attribute has its pictogram"
    );
    assert!(count(filters, "<svg class=\"pictogram\"") >= 9);
    assert!(
        !page.body.contains("class=\"icon "),
        "no emoji classes are left"
    );
}

#[tokio::test]
async fn after_a_search_the_filters_fold_into_one_line_saying_what_is_chosen() {
    let web = Web::start(None).await;
    let page = web
        .get(
            "/en/?q=job&area=dk-0751&category=jobcentre&attribute=free-of-charge&open_now=true",
            &[],
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<details class=\"filters\">"), "closed");
    let summary = page
        .body
        .split("<details class=\"filters\">")
        .nth(1)
        .and_then(|s| s.split("<summary>").nth(1))
        .and_then(|s| s.split("</summary>").next())
        .expect("summary")
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(summary.contains("Aarhus"), "{summary}");
    assert!(summary.contains("2 more"), "{summary}");
    let form_end = page.body.find("</form>").expect("form");
    let results = page.body.find("id=\"results\"").expect("results");
    assert!(form_end < results, "results follow the one-line form");
    let plain = web.get("/en/?q=job", &[]).await;
    assert!(
        plain
            .body
            .contains("<details class=\"filters\">\n    <summary>Narrow down</summary>")
    );
}

#[tokio::test]
async fn every_text_in_another_language_says_so_on_the_resource_page_the_card_and_the_results() {
    let danish_only = r#"
[[resource]]
id = "kun-dansk"
categories = ["library"]
area = "dk-0751"
source_language = "da"
attributes = ["free-of-charge"]
name = { da = "Lektiecafé Gellerup" }
summary = { da = "Hjælp til lektier hver tirsdag." }
description = { da = "Frivillige hjælper børn med lektier." }
access = { da = "Mød bare op." }
"#;
    let web = Web::start(Some(danish_only)).await;
    let note = "Lagu qoray Af-Deenish";
    // Fluent isolates a variable's text (U+2068 … U+2069); read the words.
    let plain = |page: Page| Page {
        body: page.body.replace(['\u{2068}', '\u{2069}'], ""),
        ..page
    };
    let page = plain(web.get("/so/resources/kun-dansk", &[]).await);
    assert_eq!(page.status, StatusCode::OK);
    for text in [
        "Hjælp til lektier hver tirsdag.",
        "Frivillige hjælper børn med lektier.",
        "Mød bare op.",
    ] {
        // The last time it stands on the page: in the article, after the head's data.
        let at = page.body.rfind(text).expect(text);
        let after = &page.body[at..];
        let next_note = after.find(note).expect("a note follows");
        assert!(
            next_note < after.find("</section>").unwrap_or(after.len()),
            "{text}: the note is beside it"
        );
        let tag = &page.body[page.body[..at].rfind('<').expect("tag")..at];
        assert!(
            tag.contains("lang=\"da\" dir=\"ltr\""),
            "{text}: lang in {tag}"
        );
    }
    let card = plain(web.get("/so/resources/kun-dansk/card?for=ar", &[]).await);
    let arabic = card
        .body
        .split("<section class=\"card-side\" lang=\"ar\"")
        .nth(1)
        .and_then(|s| s.split("</section>").next())
        .expect("her side");
    assert_eq!(
        arabic.matches("معروض باللغة الدنماركية").count(),
        2,
        "name and summary are marked on her side, in her language"
    );
    let results = plain(web.get("/so/?q=Gellerup", &[]).await);
    assert!(results.body.contains("Lektiecafé Gellerup"));
    assert!(results.body.contains(note), "marked in the results");
}

#[tokio::test]
async fn pages_offer_reading_aloud_saving_and_a_saved_list_that_lives_in_the_browser() {
    let web = Web::start(None).await;
    let page = web
        .get("/ar/resources/koebenhavn-sundhedsplejen-nordvest", &[])
        .await;
    assert!(
        page.body.contains("class=\"read-aloud secondary\""),
        "read aloud"
    );
    assert!(page.body.contains("class=\"save secondary\""), "save");
    assert!(
        page.body.contains("data-rendered=\""),
        "its age can be told"
    );
    assert!(
        page.body.contains("href=\"/ar/saved\""),
        "the saved list is linked"
    );
    assert!(
        page.body.matches("data-speak").count() >= 2,
        "texts to read"
    );
    let saved = web.get("/so/saved", &[]).await;
    assert_eq!(saved.status, StatusCode::OK);
    assert!(saved.body.contains("<html lang=\"so\" dir=\"ltr\">"));
    assert!(saved.body.contains("id=\"saved-list\""));
    let arabic = web.get("/ar/saved", &[]).await;
    assert!(arabic.body.contains("<html lang=\"ar\" dir=\"rtl\">"));
    let card = web
        .get(
            "/so/resources/koebenhavn-sundhedsplejen-nordvest/card?for=ar",
            &[],
        )
        .await;
    assert_eq!(
        card.body
            .matches("class=\"read-aloud secondary no-print\"")
            .count(),
        2,
        "one per side"
    );
}
