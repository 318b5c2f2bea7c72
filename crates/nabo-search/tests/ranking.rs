//! Ranking through the public API: an index of a few resources with the real taxonomy
//! and areas of `content/`, queried as a searcher would.

use nabo_domain::{AreaId, CategoryId, LanguageTag, Resource};
use nabo_search::{Query, Results, SearchIndex};
use std::path::PathBuf;

fn resource(json: serde_json::Value) -> Resource {
    serde_json::from_value(json).expect("valid resource")
}

/// A small directory in Aarhus (dk-0751) and Odense (dk-0461).
fn resources() -> Vec<Resource> {
    [
        serde_json::json!({"id": "aarhus-jobcenter", "categories": ["jobcentre"], "area": "dk-0751",
            "name": {"da": "Jobcenter Aarhus"},
            "summary": {"da": "Hjælp til at finde arbejde, praktik og uddannelse."},
            "source_language": "da"}),
        serde_json::json!({"id": "aarhus-a-kasse", "categories": ["unemployment-fund"], "area": "dk-0751",
            "name": {"da": "Fagenes A-kasse Aarhus"},
            "summary": {"da": "Dagpenge når du mister dit arbejde."},
            "source_language": "da"}),
        serde_json::json!({"id": "aarhus-traumeklinik", "categories": ["mental-health"], "area": "dk-0751",
            "name": {"da": "Klinik for traumatiserede flygtninge"},
            "summary": {"da": "Samtaler og behandling for dig, der har brug for hjælp efter krig og flugt."},
            "source_language": "da"}),
        serde_json::json!({"id": "aarhus-moedrehjaelpen", "categories": ["family-counselling"], "area": "dk-0751",
            "name": {"da": "Mødrehjælpen Aarhus"},
            "summary": {"da": "Rådgivning til gravide og familier med børn."},
            "source_language": "da"}),
        serde_json::json!({"id": "odense-laegehus", "categories": ["general-practitioner"], "area": "dk-0461",
            "name": {"da": "Lægehuset Vollsmose"},
            "summary": {"da": "Praktiserende læger med tolk efter aftale."},
            "source_language": "da"}),
        serde_json::json!({"id": "odense-familiehus", "categories": ["family-counselling"], "area": "dk-0461",
            "name": {"da": "Familiehuset Odense"},
            "summary": {"da": "Rådgivning til familier med børn."},
            "source_language": "da"}),
    ]
    .into_iter()
    .map(resource)
    .collect()
}

fn index() -> (tempfile::TempDir, SearchIndex) {
    let content = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let reference = nabo_content::load_reference(&content).expect("content");
    let dir = tempfile::tempdir().expect("tempdir");
    let (index, _) = SearchIndex::open(dir.path()).expect("index");
    index.use_reference(&reference);
    index.rebuild(&resources(), 1).expect("build");
    (dir, index)
}

fn search(index: &SearchIndex, text: &str, lang: &str, area: Option<&str>) -> Results {
    let mut query = Query::new(text, LanguageTag::parse(lang).expect("tag"));
    query.area = area.map(|a| AreaId::parse(a).expect("area"));
    query.explain = true;
    index.search(&query).expect("search")
}

fn ids(results: &Results) -> Vec<&str> {
    results
        .hits
        .iter()
        .map(|h| h.resource.id.as_str())
        .collect()
}

#[test]
fn the_word_that_names_the_need_decides_not_the_everyday_words() {
    let (_dir, index) = index();
    // "I need work" in Somali: "u baahanahay" (need) also sits in other categories'
    // phrases; "shaqo" (work) names the need.
    let results = search(&index, "waxaan u baahanahay shaqo", "so", Some("dk-0751"));
    assert_eq!(ids(&results)[0], "aarhus-jobcenter", "{:?}", ids(&results));
    let explanation = results.explanation.expect("explanation");
    assert_eq!(
        explanation.categories[0].id,
        CategoryId::parse("jobcentre").expect("id")
    );
}

#[test]
fn a_resource_named_in_the_query_is_found_among_everyday_words() {
    let (_dir, index) = index();
    let results = search(&index, "mødrehjælpen hjælp til mig og mit barn", "da", None);
    assert_eq!(
        ids(&results)[0],
        "aarhus-moedrehjaelpen",
        "{:?}",
        ids(&results)
    );
}

#[test]
fn every_hit_explains_its_whole_score() {
    let (_dir, index) = index();
    for (text, lang, area) in [
        ("jobcenter aarhus", "da", None),
        ("arbejde", "da", Some("dk-0751")),
        ("rådgivning familier", "da", None),
        ("family doctor", "en", None),
    ] {
        let results = search(&index, text, lang, area);
        assert!(!results.hits.is_empty(), "{text}");
        for hit in &results.hits {
            let parts = hit.explanation.as_ref().expect("explained");
            let text_score: f32 = parts.words.iter().map(|(_, score)| score).sum();
            let sum = parts.categories.iter().map(|c| c.1).sum::<f32>()
                + parts.related.iter().map(|c| c.1).sum::<f32>()
                + parts.named
                + parts.areas.iter().map(|a| a.1).sum::<f32>()
                + parts.own_language
                + parts.text_weight * text_score;
            assert!(
                (sum - hit.score).abs() < 0.01,
                "{text}: {} scored {} but its parts add up to {sum}: {parts:?}",
                hit.resource.id,
                hit.score
            );
        }
    }
}

#[test]
fn a_filter_on_several_areas_keeps_the_hits_of_any_of_them() {
    let (_dir, index) = index();
    let area = |id: &str| AreaId::parse(id).expect("area");
    let sorted = |results: &Results| {
        let mut ids = ids(results);
        ids.sort_unstable();
        ids.into_iter().map(str::to_owned).collect::<Vec<_>>()
    };
    let mut query = Query::new(
        "rådgivning familier",
        LanguageTag::parse("da").expect("tag"),
    );
    let everywhere = sorted(&index.search(&query).expect("search"));
    let in_aarhus: Vec<String> = everywhere
        .iter()
        .filter(|id| id.starts_with("aarhus-"))
        .cloned()
        .collect();
    assert!(everywhere.contains(&"odense-familiehus".to_owned()) && !in_aarhus.is_empty());
    // A region holds its municipalities (Odense is in Southern Denmark, dk-1083).
    query.areas = vec![area("dk-0101"), area("dk-1083")];
    assert_eq!(
        sorted(&index.search(&query).expect("search")),
        ["odense-familiehus"]
    );
    query.areas = vec![area("dk-0751"), area("dk-0461")];
    assert_eq!(sorted(&index.search(&query).expect("search")), everywhere);
    // The slow path (a point to measure from) filters alike.
    query.near = Some(nabo_domain::Geo::new(56.15, 10.2).expect("point"));
    assert_eq!(sorted(&index.search(&query).expect("search")), everywhere);
    query.near = None;
    // With an area as well, both must hold.
    query.area = Some(area("dk-0751"));
    assert_eq!(sorted(&index.search(&query).expect("search")), in_aarhus);
    query.areas = vec![area("dk-0461")];
    assert!(index.search(&query).expect("search").hits.is_empty());
}
