//! Loading the locales folder and formatting messages.

use crate::error::I18nError;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use unic_langid::LanguageIdentifier;

/// The locale every other falls back to; it has every message.
pub const DEFAULT_LOCALE: &str = "en";

/// A value for a message's variable.
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(f64),
}

/// Every locale's messages.
pub struct Catalog {
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
    ids: BTreeMap<String, BTreeSet<String>>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("locales", &self.ids.keys().collect::<Vec<_>>())
            .finish()
    }
}

fn syntax_error(file: &Path, errors: &[impl std::fmt::Debug]) -> I18nError {
    I18nError::Syntax {
        path: file.display().to_string(),
        reason: errors
            .iter()
            .map(|e| format!("{e:?}"))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

impl Catalog {
    /// Reads every `locales/<tag>/*.ftl`. A syntax error anywhere is an error naming the
    /// file and the problem; nothing is half loaded.
    pub fn load(dir: &Path) -> Result<Self, I18nError> {
        let read_error = |path: &Path, reason: String| I18nError::Read {
            path: path.display().to_string(),
            reason,
        };
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .map_err(|e| read_error(dir, e.to_string()))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
        entries.sort();
        let mut catalog = Catalog {
            bundles: BTreeMap::new(),
            ids: BTreeMap::new(),
        };
        for folder in entries {
            let name = folder
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_owned();
            let language: LanguageIdentifier =
                name.parse().map_err(|_| I18nError::BadTag(name.clone()))?;
            let mut bundle = FluentBundle::new_concurrent(vec![language]);
            let mut ids = BTreeSet::new();
            let mut files: Vec<_> = std::fs::read_dir(&folder)
                .map_err(|e| read_error(&folder, e.to_string()))?
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                .collect();
            files.sort();
            for file in files {
                let text =
                    std::fs::read_to_string(&file).map_err(|e| read_error(&file, e.to_string()))?;
                let resource = FluentResource::try_new(text)
                    .map_err(|(_, errors)| syntax_error(&file, &errors))?;
                for entry in resource.entries() {
                    if let fluent_syntax::ast::Entry::Message(message) = entry {
                        ids.insert(message.id.name.to_owned());
                    }
                }
                bundle
                    .add_resource(resource)
                    .map_err(|errors| syntax_error(&file, &errors))?;
            }
            catalog.ids.insert(name.clone(), ids);
            catalog.bundles.insert(name, bundle);
        }
        if !catalog.bundles.contains_key(DEFAULT_LOCALE) {
            return Err(I18nError::NoDefault(DEFAULT_LOCALE.to_owned()));
        }
        Ok(catalog)
    }

    /// The locales that exist, by tag.
    pub fn locales(&self) -> Vec<String> {
        self.bundles.keys().cloned().collect()
    }

    pub fn has_locale(&self, locale: &str) -> bool {
        self.bundles.contains_key(locale)
    }

    /// Message ids of the default locale that `locale` lacks.
    pub fn missing(&self, locale: &str) -> Vec<String> {
        let default = &self.ids[DEFAULT_LOCALE];
        let own = self.ids.get(locale).cloned().unwrap_or_default();
        default.difference(&own).cloned().collect()
    }

    /// Message ids of `locale` that the default locale does not have (stale or mistyped).
    pub fn extra(&self, locale: &str) -> Vec<String> {
        let default = &self.ids[DEFAULT_LOCALE];
        let own = self.ids.get(locale).cloned().unwrap_or_default();
        own.difference(default).cloned().collect()
    }

    /// The message `id` in `locale`, falling back to the default locale; the id itself
    /// only if even the default lacks it (a bug the locale tests catch).
    pub fn format(&self, locale: &str, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_str())),
                Arg::Number(number) => fluent_args.set(*name, FluentValue::from(*number)),
            }
        }
        for candidate in [locale, DEFAULT_LOCALE] {
            let Some(bundle) = self.bundles.get(candidate) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            return text.into_owned();
        }
        id.to_owned()
    }

    /// Every message of the default locale whose id starts with `prefix`, in `locale`
    /// (falling back like `format`), as plain text. A variable `$name` is left in the text
    /// as `{name}` for a client to fill in; messages that select on a number do not belong
    /// under such a prefix.
    pub fn messages(
        &self,
        locale: &str,
        prefix: &str,
        variables: &[&str],
    ) -> BTreeMap<String, String> {
        let args: Vec<(&str, Arg)> = variables
            .iter()
            .map(|name| (*name, Arg::Text(format!("{{{name}}}"))))
            .collect();
        self.ids[DEFAULT_LOCALE]
            .iter()
            .filter(|id| id.starts_with(prefix))
            .map(|id| (id.clone(), self.format_plain(locale, id, &args)))
            .collect()
    }

    /// Like `format`, without Unicode isolation marks around variables (for plain text
    /// such as tests, SMS or CSV; HTML wants the marks).
    pub fn format_plain(&self, locale: &str, id: &str, args: &[(&str, Arg)]) -> String {
        self.format(locale, id, args)
            .chars()
            .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
            .collect()
    }
}
