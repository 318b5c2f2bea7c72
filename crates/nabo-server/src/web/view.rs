//! View models of the web pages: everything a template shows, already localized. A
//! template only places values; it holds no text of its own.

use nabo_domain::{Direction, Language, LanguageTag, LocalizedText, ReferenceData};
use nabo_i18n::{Arg, Catalog};
use std::sync::Arc;

/// UI messages in the page's locale.
#[derive(Debug, Clone)]
pub struct Translator {
    catalog: Arc<Catalog>,
    pub locale: String,
}

impl Translator {
    pub fn new(catalog: Arc<Catalog>, locale: &str) -> Self {
        Self {
            catalog,
            locale: locale.to_owned(),
        }
    }

    /// A message without variables.
    pub fn t(&self, id: &str) -> String {
        self.catalog.format(&self.locale, id, &[])
    }

    /// A message with one text variable.
    pub fn with(&self, id: &str, name: &str, value: &str) -> String {
        self.catalog
            .format(&self.locale, id, &[(name, Arg::Text(value.to_owned()))])
    }

    /// A message with two text variables.
    pub fn with2(&self, id: &str, first: (&str, &str), second: (&str, &str)) -> String {
        self.catalog.format(
            &self.locale,
            id,
            &[
                (first.0, Arg::Text(first.1.to_owned())),
                (second.0, Arg::Text(second.1.to_owned())),
            ],
        )
    }

    /// A message with a number (plural rules apply).
    pub fn count(&self, id: &str, name: &str, value: &usize) -> String {
        self.catalog
            .format(&self.locale, id, &[(name, Arg::Number(*value as f64))])
    }

    /// The name of a language, as the reader's locale calls it.
    pub fn language_name(&self, tag: &str) -> String {
        let id = format!("language-{}", tag.to_lowercase());
        let name = self.t(&id);
        if name == id { tag.to_owned() } else { name }
    }

    /// The visible note beside a text shown in another language than the reader's
    /// ("Shown in Danish").
    pub fn shown_in(&self, shown: &Shown) -> String {
        self.with(
            "results-shown-in",
            "language",
            &self.language_name(&shown.lang),
        )
    }
}

/// A content text chosen for the reader, with the language and direction it is in.
#[derive(Debug, Clone, Default)]
pub struct Shown {
    pub text: String,
    pub lang: String,
    pub dir: &'static str,
    /// Shown in another language than the page's (no translation yet).
    pub fallback: bool,
}

impl Shown {
    /// A language's own name, in that language.
    pub fn autonym(language: &Language) -> Shown {
        Shown {
            text: language.autonym.clone(),
            lang: language.tag.to_string(),
            dir: language.direction.as_str(),
            fallback: false,
        }
    }

    pub fn pick(
        text: &LocalizedText,
        chain: &[LanguageTag],
        source: Option<&LanguageTag>,
        reference: &ReferenceData,
    ) -> Option<Shown> {
        let picked = text.pick(chain, source)?;
        Some(Shown {
            text: picked.text.to_owned(),
            lang: picked.lang.to_string(),
            dir: reference.languages.direction(picked.lang).as_str(),
            fallback: chain.first() != Some(picked.lang),
        })
    }
}

/// One entry of the language picker.
#[derive(Debug, Clone)]
pub struct LanguageLink {
    pub tag: String,
    pub autonym: String,
    pub dir: &'static str,
    pub href: String,
    pub current: bool,
}

/// What every page shares: language, direction, picker, translator.
#[derive(Debug, Clone)]
pub struct Page {
    pub t: Translator,
    pub lang: String,
    pub dir: &'static str,
    pub title: String,
    pub languages: Vec<LanguageLink>,
    /// The locale's own name.
    pub current_language: String,
    /// On the editors' pages: who is signed in.
    pub editor: Option<EditorBar>,
    /// When the page was made (milliseconds since 1970): a copy shown later from the
    /// phone's store says how old it is.
    pub rendered_ms: i64,
    /// That note, with `{age}` for the script to fill in ("3 days ago").
    pub saved_copy: String,
}

/// The signed-in account on the editors' pages, and the sign-out form's token.
#[derive(Debug, Clone)]
pub struct EditorBar {
    pub signed_in_as: String,
    pub csrf: String,
    /// The account manages accounts.
    pub admin: bool,
    /// The account reads the insight reports.
    pub reports: bool,
}

impl Page {
    /// `rest` is the path after `/{lang}` plus the query, kept when switching language.
    pub fn new(
        catalog: &Arc<Catalog>,
        reference: &ReferenceData,
        locale: &str,
        title: String,
        rest: &str,
    ) -> Self {
        let tag = LanguageTag::parse(locale).ok();
        let dir = tag
            .as_ref()
            .map_or(Direction::Ltr, |t| reference.languages.direction(t))
            .as_str();
        let languages: Vec<LanguageLink> = reference
            .languages
            .all()
            .iter()
            .filter(|l| catalog.has_locale(l.tag.as_str()))
            .map(|l| LanguageLink {
                tag: l.tag.to_string(),
                autonym: l.autonym.clone(),
                dir: l.direction.as_str(),
                href: format!("/{}{}", l.tag, rest),
                current: l.tag.as_str() == locale,
            })
            .collect();
        let current_language = languages
            .iter()
            .find(|l| l.current)
            .map(|l| l.autonym.clone())
            .unwrap_or_else(|| locale.to_owned());
        let t = Translator::new(Arc::clone(catalog), locale);
        Self {
            saved_copy: t.with("saved-copy", "age", "{age}"),
            rendered_ms: chrono::Utc::now().timestamp_millis(),
            t,
            lang: locale.to_owned(),
            dir,
            title,
            languages,
            current_language,
            editor: None,
        }
    }
}

/// Where readers reach this service, as the request's `Host` names it: `https` when the
/// service is behind TLS (`--secure-cookies`), for links that leave the page (QR codes,
/// the partner's embed lines).
pub fn public_base(state: &crate::AppState, headers: &axum::http::HeaderMap) -> String {
    let host = headers
        .get(axum::http::header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("127.0.0.1:8080");
    let scheme = if state.secure_cookies {
        "https"
    } else {
        "http"
    };
    format!("{scheme}://{host}")
}
