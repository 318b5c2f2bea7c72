//! Query-string parameters, parsed into domain types with errors that name the
//! parameter and say what is wrong.

use crate::error::ApiError;
use crate::query_names::QueryNames;
use nabo_directory::Query;
use nabo_domain::{
    AreaId, AttributeId, CategoryId, Geo, LanguageTag, Postcode, PostcodePlace, ReferenceData,
};

/// The decoded pairs of a query string, in order.
#[derive(Debug, Default)]
pub struct Params(Vec<(String, String)>);

const KNOWN_MAX_LENGTH: usize = 500;

/// Largest page of hits, and the deepest offset, a search may ask for.
pub const MAX_LIMIT: usize = 100;
pub const MAX_OFFSET: usize = 10_000;
/// A partner's API key (`?key=`), which every API endpoint takes; `partner` reads it.
const PARTNER_KEY: &str = "key";

impl Params {
    pub fn parse(raw: Option<&str>) -> Self {
        let pairs = raw
            .map(|raw| {
                url::form_urlencoded::parse(raw.as_bytes())
                    .map(|(k, v)| (k.into_owned(), v.into_owned()))
                    .collect()
            })
            .unwrap_or_default();
        Self(pairs)
    }

    /// Rejects parameters the endpoint does not know (a typo must not be ignored
    /// silently) and parameters given twice that may be given only once. A partner's
    /// `key` is taken everywhere.
    pub fn expect(&self, known: &QueryNames) -> Result<(), ApiError> {
        for (index, (name, _)) in self.0.iter().enumerate() {
            if name == PARTNER_KEY {
                continue;
            }
            if !known.knows(name) {
                return Err(ApiError::invalid(
                    name,
                    format!(
                        "unknown parameter {name:?}; this endpoint takes {}",
                        known.joined()
                    ),
                ));
            }
            if !known.may_repeat(name) && self.0[..index].iter().any(|(n, _)| n == name) {
                return Err(ApiError::invalid(
                    name,
                    format!("parameter {name:?} is given more than once"),
                ));
            }
        }
        Ok(())
    }

    /// The value of a parameter, trimmed; `None` when absent or empty.
    pub fn get(&self, name: &str) -> Result<Option<&str>, ApiError> {
        match self.0.iter().find(|(n, _)| n == name) {
            Some((_, value)) if value.chars().count() > KNOWN_MAX_LENGTH => Err(ApiError::invalid(
                name,
                format!("{name} is longer than {KNOWN_MAX_LENGTH} characters"),
            )),
            Some((_, value)) if !value.trim().is_empty() => Ok(Some(value.trim())),
            _ => Ok(None),
        }
    }

    /// These pairs without any of `name` (a page showing a form again without the value
    /// it refused).
    pub fn without(&self, name: &str) -> Self {
        Self(self.0.iter().filter(|(n, _)| n != name).cloned().collect())
    }

    pub fn all(&self, name: &str) -> impl Iterator<Item = &str> {
        self.0
            .iter()
            .filter(move |(n, _)| n == name)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    }

    /// The searcher's language: a valid tag of a supported language; when absent, the
    /// first language of `content/languages.toml`.
    pub fn lang(&self, reference: &ReferenceData) -> Result<LanguageTag, ApiError> {
        let Some(raw) = self.get("lang")? else {
            return reference
                .languages
                .all()
                .first()
                .map(|l| l.tag.clone())
                .ok_or_else(|| ApiError::Internal("no languages are configured".to_owned()));
        };
        let tag = LanguageTag::parse(raw).map_err(|e| ApiError::invalid("lang", e.to_string()))?;
        match reference.languages.resolve(&tag) {
            Some(language) => Ok(language.tag.clone()),
            None => Err(ApiError::invalid(
                "lang",
                format!(
                    "language {tag} is not supported; GET /api/v1/languages lists the supported ones"
                ),
            )),
        }
    }

    pub fn area(&self, reference: &ReferenceData) -> Result<Option<AreaId>, ApiError> {
        let Some(raw) = self.get("area")? else {
            return Ok(None);
        };
        let id = AreaId::parse(raw).map_err(|e| ApiError::invalid("area", format!("area {e}")))?;
        if reference.area(&id).is_none() {
            return Err(ApiError::invalid(
                "area",
                format!("unknown area {raw:?}; GET /api/v1/areas lists the known ones"),
            ));
        }
        Ok(Some(id))
    }

    /// `postcode`: four digits naming a postcode of the reference data, with its place.
    pub fn postcode<'r>(
        &self,
        reference: &'r ReferenceData,
    ) -> Result<Option<(Postcode, &'r PostcodePlace)>, ApiError> {
        let Some(raw) = self.get("postcode")? else {
            return Ok(None);
        };
        let postcode =
            Postcode::parse(raw).map_err(|e| ApiError::invalid("postcode", e.to_string()))?;
        match reference.postcode(&postcode) {
            Some(place) => Ok(Some((postcode, place))),
            None => Err(ApiError::invalid(
                "postcode",
                format!("unknown postcode {raw:?}"),
            )),
        }
    }

    pub fn category(&self, reference: &ReferenceData) -> Result<Option<CategoryId>, ApiError> {
        let Some(raw) = self.get("category")? else {
            return Ok(None);
        };
        let id = CategoryId::parse(raw)
            .map_err(|e| ApiError::invalid("category", format!("category {e}")))?;
        if reference.category(&id).is_none() {
            return Err(ApiError::invalid(
                "category",
                format!("unknown category {raw:?}; GET /api/v1/categories lists the known ones"),
            ));
        }
        Ok(Some(id))
    }

    pub fn attributes(&self, reference: &ReferenceData) -> Result<Vec<AttributeId>, ApiError> {
        self.all("attribute")
            .map(|raw| {
                let id = AttributeId::parse(raw)
                    .map_err(|e| ApiError::invalid("attribute", format!("attribute {e}")))?;
                if reference.attribute(&id).is_none() {
                    return Err(ApiError::invalid(
                        "attribute",
                        format!("unknown attribute {raw:?}"),
                    ));
                }
                Ok(id)
            })
            .collect()
    }

    /// `near=LAT,LON` in decimal degrees.
    pub fn near(&self) -> Result<Option<Geo>, ApiError> {
        let Some(raw) = self.get("near")? else {
            return Ok(None);
        };
        let invalid = |why: String| {
            ApiError::invalid(
                "near",
                format!("near must be LAT,LON in decimal degrees, e.g. 55.68,12.57: {why}"),
            )
        };
        let (lat, lon) = raw
            .split_once(',')
            .ok_or_else(|| invalid(format!("{raw:?} has no comma")))?;
        let number = |text: &str| {
            text.trim()
                .parse::<f64>()
                .map_err(|_| invalid(format!("{:?} is not a number", text.trim())))
        };
        Geo::new(number(lat)?, number(lon)?)
            .map(Some)
            .map_err(invalid)
    }

    /// `radius_km`: a distance above 0 and at most 1000 km from `near`; without `near` it
    /// limits nothing.
    pub fn radius_km(&self, near: Option<Geo>) -> Result<Option<f64>, ApiError> {
        let Some(raw) = self.get("radius_km")? else {
            return Ok(None);
        };
        let value: f64 = raw.parse().map_err(|_| {
            ApiError::invalid(
                "radius_km",
                format!("radius_km must be a number of kilometres, not {raw:?}"),
            )
        })?;
        if !(value > 0.0 && value <= 1000.0) {
            return Err(ApiError::invalid(
                "radius_km",
                format!("radius_km must be above 0 and at most 1000, not {raw}"),
            ));
        }
        // Without a point to measure from there is nothing to limit (documented).
        Ok(near.map(|_| value))
    }

    /// The search parameters the API and the search page share (`q`, `area`, `postcode`,
    /// `category`, `attribute`, `near`, `radius_km`, `open_now`, `offset`, `explain`), as a
    /// query in `lang` for the first page of `limit` hits, at this moment. A postcode
    /// filters by the areas it covers (within `area`, when both are given) and, without
    /// `near`, gives the point distances are measured from: the mean of their centres.
    pub fn search_query(
        &self,
        reference: &ReferenceData,
        lang: LanguageTag,
        limit: usize,
    ) -> Result<Query, ApiError> {
        let mut near = self.near()?;
        let mut query = Query::new(self.get("q")?.unwrap_or_default(), lang);
        query.area = self.area(reference)?;
        if let Some((_, place)) = self.postcode(reference)? {
            near = near.or_else(|| reference.centre_of(&place.areas));
            query.areas.clone_from(&place.areas);
        }
        query.category = self.category(reference)?;
        query.attributes = self.attributes(reference)?;
        query.radius_km = self.radius_km(near)?;
        query.near = near;
        query.open_now = self.flag("open_now")?;
        query.offset = self.number("offset", 0, 0..=MAX_OFFSET)?;
        query.explain = self.flag("explain")?;
        query.limit = limit;
        Ok(query)
    }

    /// A boolean flag: `true`/`false` (also `1`/`0`); absent means false.
    pub fn flag(&self, name: &str) -> Result<bool, ApiError> {
        match self.get(name)? {
            None => Ok(false),
            Some("true" | "1") => Ok(true),
            Some("false" | "0") => Ok(false),
            Some(other) => Err(ApiError::invalid(
                name,
                format!("{name} must be true or false, not {other:?}"),
            )),
        }
    }

    /// A whole number within `range`, or `default` when absent.
    pub fn number(
        &self,
        name: &str,
        default: usize,
        range: std::ops::RangeInclusive<usize>,
    ) -> Result<usize, ApiError> {
        let Some(raw) = self.get(name)? else {
            return Ok(default);
        };
        let out_of_range = || {
            ApiError::invalid(
                name,
                format!(
                    "{name} must be a whole number from {} to {}, not {raw:?}",
                    range.start(),
                    range.end()
                ),
            )
        };
        let value: usize = raw.parse().map_err(|_| out_of_range())?;
        if range.contains(&value) {
            Ok(value)
        } else {
            Err(out_of_range())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_checked_with_their_name() {
        let params = Params::parse(Some("limit=-1&offset=abc&x=5"));
        let error = params.number("limit", 10, 1..=100).expect_err("negative");
        assert_eq!(
            error.to_string(),
            "limit must be a whole number from 1 to 100, not \"-1\""
        );
        assert!(params.number("offset", 0, 0..=10_000).is_err());
        assert_eq!(params.number("absent", 7, 1..=100).expect("default"), 7);
        let error = params
            .expect(&QueryNames::listed(&["limit", "offset"]))
            .expect_err("unknown x");
        assert!(error.to_string().contains("unknown parameter \"x\""));
    }
}
