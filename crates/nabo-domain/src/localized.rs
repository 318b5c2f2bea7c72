//! Localized text: a map from language tag to text, read along a fallback chain.

use crate::language::LanguageTag;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Text in several languages. Ordered by tag so that exports are stable.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LocalizedText(BTreeMap<LanguageTag, String>);

/// A text chosen for a reader, with the language it is actually in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Localized<'a> {
    pub lang: &'a LanguageTag,
    pub text: &'a str,
}

impl LocalizedText {
    pub fn new(map: BTreeMap<LanguageTag, String>) -> Self {
        Self(map)
    }

    pub fn get(&self, tag: &LanguageTag) -> Option<&str> {
        self.0.get(tag).map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn languages(&self) -> impl Iterator<Item = &LanguageTag> {
        self.0.keys()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&LanguageTag, &str)> {
        self.0.iter().map(|(tag, text)| (tag, text.as_str()))
    }

    /// The first text found along `chain`, else the text in `source`, else any text.
    pub fn pick(
        &self,
        chain: &[LanguageTag],
        source: Option<&LanguageTag>,
    ) -> Option<Localized<'_>> {
        chain
            .iter()
            .chain(source)
            .find_map(|tag| self.0.get_key_value(tag))
            .or_else(|| self.0.iter().next())
            .map(|(lang, text)| Localized { lang, text })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(value: &str) -> LanguageTag {
        LanguageTag::parse(value).expect("valid tag")
    }

    #[test]
    fn picks_along_the_chain_then_source_then_any() {
        let text = LocalizedText::new(BTreeMap::from([
            (tag("da"), "Jobcenter".to_owned()),
            (tag("fa"), "مرکز کار".to_owned()),
        ]));
        let dari = [tag("fa-AF"), tag("fa"), tag("en"), tag("da")];
        let picked = text.pick(&dari, Some(&tag("da"))).expect("a text");
        assert_eq!((picked.lang.as_str(), picked.text), ("fa", "مرکز کار"));

        let somali = [tag("so"), tag("en")];
        let picked = text.pick(&somali, Some(&tag("da"))).expect("a text");
        assert_eq!(picked.lang.as_str(), "da");

        let picked = text.pick(&somali, None).expect("a text");
        assert_eq!(picked.lang.as_str(), "da");
        assert!(LocalizedText::default().pick(&somali, None).is_none());
    }
}
