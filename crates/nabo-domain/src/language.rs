//! Languages: BCP 47 tags (parsed and canonicalized with unic-langid) and the registry of
//! supported languages with their autonyms, script direction and fallback chains.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use unic_langid::LanguageIdentifier;

/// A syntactically valid BCP 47 language tag in canonical form (`fa-AF`, `zh-Hans`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct LanguageTag(String);

/// Why a string is not a language tag.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a valid BCP 47 language tag")]
pub struct LanguageTagError(pub String);

impl LanguageTag {
    /// Parses and canonicalizes a tag: `FA-af` becomes `fa-AF`.
    pub fn parse(value: &str) -> Result<Self, LanguageTagError> {
        let trimmed = value.trim();
        if trimmed.is_empty() || trimmed.len() > 35 {
            return Err(LanguageTagError(value.to_owned()));
        }
        let identifier = LanguageIdentifier::from_str(trimmed)
            .map_err(|_| LanguageTagError(value.to_owned()))?;
        if identifier.language.is_empty() {
            return Err(LanguageTagError(value.to_owned()));
        }
        let canonical = identifier.to_string();
        // unic-langid takes a four-letter subtag after a variant as another variant
        // (`no-resultzh-Hans`), which BCP 47 does not allow; its canonical form then reads
        // as a script, and the tag would change each time it is read.
        let is_fixed_point = LanguageIdentifier::from_str(&canonical)
            .is_ok_and(|again| again.to_string() == canonical);
        if !is_fixed_point {
            return Err(LanguageTagError(value.to_owned()));
        }
        Ok(Self(canonical))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The primary language subtag alone (`fa` for `fa-AF`).
    pub fn primary(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }
}

impl TryFrom<String> for LanguageTag {
    type Error = LanguageTagError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<LanguageTag> for String {
    fn from(tag: LanguageTag) -> String {
        tag.0
    }
}

impl fmt::Display for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Writing direction of a script.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// A supported language, as described in `content/languages.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Language {
    pub tag: LanguageTag,
    /// Other tags that mean the same language (Dari: `prs` for `fa-AF`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<LanguageTag>,
    /// The language's own name, reviewed by hand.
    pub autonym: String,
    pub english_name: String,
    /// ISO 15924 script code.
    pub script: String,
    pub direction: Direction,
    /// Languages to show, in order, when a text is missing in this one.
    #[serde(default)]
    pub fallback: Vec<LanguageTag>,
}

/// The registry of supported languages.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Languages {
    languages: Vec<Language>,
}

impl Languages {
    pub fn new(languages: Vec<Language>) -> Self {
        Self { languages }
    }

    pub fn all(&self) -> &[Language] {
        &self.languages
    }

    pub fn is_empty(&self) -> bool {
        self.languages.is_empty()
    }

    /// Finds the supported language a tag means: its own tag, an alias, or, for a tag
    /// with more subtags than any entry (`fa-IR`), the entry of its primary language.
    pub fn resolve(&self, tag: &LanguageTag) -> Option<&Language> {
        self.languages
            .iter()
            .find(|l| &l.tag == tag || l.aliases.contains(tag))
            .or_else(|| {
                self.languages
                    .iter()
                    .find(|l| l.tag.as_str() == tag.primary())
            })
    }

    /// Canonical form of a tag for storing text: an alias becomes its language's tag.
    pub fn canonical(&self, tag: LanguageTag) -> LanguageTag {
        match self.languages.iter().find(|l| l.aliases.contains(&tag)) {
            Some(language) => language.tag.clone(),
            None => tag,
        }
    }

    /// The languages to try, in order, for a reader of `tag`: the language itself, then
    /// its fallback chain.
    pub fn chain(&self, tag: &LanguageTag) -> Vec<LanguageTag> {
        let mut chain = Vec::new();
        match self.resolve(tag) {
            Some(language) => {
                chain.push(language.tag.clone());
                for next in &language.fallback {
                    if !chain.contains(next) {
                        chain.push(next.clone());
                    }
                }
            }
            None => chain.push(tag.clone()),
        }
        chain
    }

    pub fn direction(&self, tag: &LanguageTag) -> Direction {
        self.resolve(tag)
            .map(|l| l.direction)
            .unwrap_or(Direction::Ltr)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(value: &str) -> LanguageTag {
        LanguageTag::parse(value).expect("valid tag")
    }

    #[test]
    fn canonicalizes_tags() {
        assert_eq!(tag("FA-af").as_str(), "fa-AF");
        assert_eq!(tag("zh-hans").as_str(), "zh-Hans");
        assert_eq!(tag(" da ").as_str(), "da");
        // `no-resultzh-Hans` was found by tests/fuzz.rs: accepted as `no-hans-resultzh`,
        // which reads back as `no-Hans-resultzh`.
        for bad in [
            "",
            "x",
            "not a tag",
            "en_US_",
            "123",
            "ar-!",
            "no-resultzh-Hans",
        ] {
            assert_eq!(
                LanguageTag::parse(bad),
                Err(LanguageTagError(bad.to_owned())),
                "{bad:?}"
            );
        }
    }

    fn registry() -> Languages {
        let language = |t: &str, aliases: &[&str], fallback: &[&str], direction| Language {
            tag: tag(t),
            aliases: aliases.iter().map(|a| tag(a)).collect(),
            autonym: t.to_owned(),
            english_name: t.to_owned(),
            script: "Latn".to_owned(),
            direction,
            fallback: fallback.iter().map(|a| tag(a)).collect(),
        };
        Languages::new(vec![
            language("da", &[], &["en"], Direction::Ltr),
            language("en", &[], &["da"], Direction::Ltr),
            language("fa", &[], &["en", "da"], Direction::Rtl),
            language("fa-AF", &["prs"], &["fa", "en", "da"], Direction::Rtl),
            language("ckb", &[], &["en", "da"], Direction::Rtl),
        ])
    }

    #[test]
    fn dari_is_reached_by_both_tags_and_falls_back_to_persian() {
        let languages = registry();
        let expected = vec![tag("fa-AF"), tag("fa"), tag("en"), tag("da")];
        assert_eq!(languages.chain(&tag("prs")), expected);
        assert_eq!(languages.chain(&tag("fa-AF")), expected);
        assert_eq!(languages.canonical(tag("prs")), tag("fa-AF"));
        assert_eq!(languages.chain(&tag("fa-IR"))[0], tag("fa"));
    }

    #[test]
    fn kurdish_chain_never_shows_arabic_script_languages_first() {
        let chain = registry().chain(&tag("ckb"));
        assert_eq!(chain, vec![tag("ckb"), tag("en"), tag("da")]);
    }
}
