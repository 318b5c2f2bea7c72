//! Nabo ids for HSDS services that do not carry one: a slug of the name, then 8 hex
//! digits of the HSDS id, so that two services of the same name stay apart and the same
//! input always gives the same id (`community-counselling-ac148810`).

use sha1::{Digest, Sha1};

/// The longest slug part, leaving room for `-` and the 8 digits within 80 characters.
const NAME_PART_MAX: usize = 71;

pub(crate) fn resource_id(hsds_id: &str, name: &str) -> String {
    let mut slug = slugify(name);
    if slug.len() > NAME_PART_MAX {
        slug.truncate(NAME_PART_MAX);
        if let Some(cut) = slug.rfind('-') {
            slug.truncate(cut);
        }
        let trimmed = slug.trim_end_matches('-').len();
        slug.truncate(trimmed);
    }
    if slug.is_empty() {
        slug = "service".to_owned();
    }
    format!("{slug}-{}", short(hsds_id))
}

/// The first 8 hex digits of a UUID-like id, else of its SHA-1.
fn short(hsds_id: &str) -> String {
    let hex: String = hsds_id
        .chars()
        .filter(|c| *c != '-')
        .take(8)
        .collect::<String>()
        .to_ascii_lowercase();
    if hex.len() == 8 && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return hex;
    }
    Sha1::digest(hsds_id.as_bytes())
        .iter()
        .take(4)
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Lowercase ASCII letters and digits joined by single hyphens; common Latin letters
/// with diacritics folded (`Ø` → `oe`), other characters separate words.
fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let folded = match c {
            'a'..='z' | '0'..='9' => None,
            'æ' | 'ä' => Some("ae"),
            'ø' | 'ö' | 'œ' => Some("oe"),
            'å' => Some("aa"),
            'ü' => Some("ue"),
            'ß' => Some("ss"),
            'á' | 'à' | 'â' | 'ã' | 'ā' | 'ą' => Some("a"),
            'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ę' | 'ė' => Some("e"),
            'í' | 'ì' | 'î' | 'ï' | 'ı' | 'ī' => Some("i"),
            'ó' | 'ò' | 'ô' | 'õ' | 'ō' => Some("o"),
            'ú' | 'ù' | 'û' | 'ū' => Some("u"),
            'ç' | 'ć' | 'č' => Some("c"),
            'ñ' | 'ń' => Some("n"),
            'ł' => Some("l"),
            'ś' | 'ş' | 'š' => Some("s"),
            'ź' | 'ż' | 'ž' => Some("z"),
            'ğ' => Some("g"),
            'ý' | 'ÿ' => Some("y"),
            _ => Some("-"),
        };
        match folded {
            None => slug.push(c),
            Some("-") => {
                if !slug.is_empty() && !slug.ends_with('-') {
                    slug.push('-');
                }
            }
            Some(letters) => slug.push_str(letters),
        }
    }
    slug.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(hsds_id: &str, name: &str, expected: &str) {
        let id = resource_id(hsds_id, name);
        assert_eq!(id, expected);
        assert!(nabo_domain::ResourceId::parse(&id).is_ok(), "{id}");
    }

    #[test]
    fn ids_from_names_and_hsds_ids() {
        check(
            "ac148810-d857-441c-9679-408f346de14b",
            "Community Counselling",
            "community-counselling-ac148810",
        );
        check(
            "42",
            "Sundhedsplejen Århus Ø",
            "sundhedsplejen-aarhus-oe-92cfceb3",
        );
        check("AC148810-x", "مركز العمل", "service-ac148810");
        check(
            "1",
            &"Long name ".repeat(20),
            &format!("{}-356a192b", ["long-name"; 7].join("-")),
        );
    }
}
