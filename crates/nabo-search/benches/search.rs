//! Search speed at scale: builds an index of 100,000 generated resources with text in 10
//! languages (from the evaluation corpus's real texts), then measures
//! - index build time,
//! - in-process query latency (p50/p99/max) over the evaluation's dev queries, with and
//!   without area filters, with category matching, and the geo / open-now path,
//! - how long one edit takes to become searchable.
//!
//! Run: `cargo bench -p nabo-search --bench search` (NABO_BENCH_DOCS to change the size).
//! Figures are recorded in BENCHMARKS.md.

use nabo_domain::AreaId;
use nabo_domain::{Geo, LanguageTag, LocalizedText, Resource, ResourceId};
use nabo_search::{Query, QueryWords, SearchIndex, Vocabulary, analyze};
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::time::{Duration, Instant};

const LANGUAGES: [&str; 10] = ["da", "en", "ar", "so", "tr", "fa", "uk", "ur", "ti", "pl"];

fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
}

fn corpus() -> Vec<Resource> {
    let text =
        std::fs::read_to_string(shared().join("eval/corpus/resources.jsonl")).expect("corpus");
    text.lines()
        .map(|line| serde_json::from_str(line).expect("corpus resource"))
        .collect()
}

/// Texts per language, taken from every corpus resource that has that language.
fn texts_by_language(corpus: &[Resource]) -> HashMap<&'static str, Vec<(String, String)>> {
    let mut texts: HashMap<&'static str, Vec<(String, String)>> = HashMap::new();
    for lang in LANGUAGES {
        let tag = LanguageTag::parse(lang).expect("tag");
        for resource in corpus {
            if let (Some(name), Some(summary)) =
                (resource.name.get(&tag), resource.summary.get(&tag))
            {
                texts
                    .entry(lang)
                    .or_default()
                    .push((name.to_owned(), summary.to_owned()));
            }
        }
    }
    texts
}

fn generate(count: usize) -> Vec<Resource> {
    let corpus = corpus();
    let texts = texts_by_language(&corpus);
    (0..count)
        .map(|n| {
            let mut resource = corpus[n % corpus.len()].clone();
            resource.id = ResourceId::parse(&format!("{}-{n}", resource.id)).expect("id");
            // Ten languages: the template's own texts plus borrowed ones for the rest.
            let mut names = BTreeMap::new();
            let mut summaries = BTreeMap::new();
            for (offset, lang) in LANGUAGES.iter().enumerate() {
                let tag = LanguageTag::parse(lang).expect("tag");
                let own = resource.name.get(&tag).zip(resource.summary.get(&tag));
                let (name, summary) = match own {
                    Some((name, summary)) => (name.to_owned(), summary.to_owned()),
                    None => {
                        let pool = &texts[lang];
                        pool[(n + offset) % pool.len()].clone()
                    }
                };
                names.insert(tag.clone(), format!("{name} {}", n % 997));
                summaries.insert(tag, summary);
            }
            resource.name = LocalizedText::new(names);
            resource.summary = LocalizedText::new(summaries);
            if let Some(geo) = resource.geo {
                let jitter = (n % 200) as f64 / 2000.0;
                resource.geo = Some(Geo {
                    lat: geo.lat + jitter,
                    lon: geo.lon - jitter,
                });
            }
            resource
        })
        .collect()
}

/// Builds the query of one scenario from a dev query.
type MakeQuery<'a> = Box<dyn Fn(&serde_json::Value) -> Query + 'a>;

struct Percentiles {
    p50: Duration,
    p99: Duration,
    max: Duration,
}

fn percentiles(mut samples: Vec<Duration>) -> Percentiles {
    samples.sort();
    let at = |q: f64| samples[((samples.len() as f64 - 1.0) * q).round() as usize];
    Percentiles {
        p50: at(0.5),
        p99: at(0.99),
        max: *samples.last().expect("samples"),
    }
}

fn main() {
    let count: usize = std::env::var("NABO_BENCH_DOCS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let content = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let reference = nabo_content::load_reference(&content).expect("content");
    let vocabulary = Vocabulary::categories(&reference.categories, &reference.frame_words);

    let resources = generate(count);
    let dir = tempfile::tempdir().expect("tempdir");
    let (index, _) = SearchIndex::open(dir.path()).expect("index");
    index.use_reference(&reference);
    let started = Instant::now();
    index.rebuild(&resources, 1).expect("build");
    let build = started.elapsed();
    println!(
        "index build: {count} resources in {:.1} s",
        build.as_secs_f64()
    );

    let queries: Vec<serde_json::Value> =
        std::fs::read_to_string(shared().join("eval/queries-dev.jsonl"))
            .expect("queries")
            .lines()
            .map(|l| serde_json::from_str(l).expect("query"))
            .collect();
    let base = |q: &serde_json::Value, with_area: bool| {
        let text = q["q"].as_str().unwrap_or_default().to_owned();
        let lang = LanguageTag::parse(q["lang"].as_str().unwrap_or("da")).expect("lang");
        let mut query = Query::new(text, lang);
        if with_area {
            query.area = q["area"].as_str().map(|a| AreaId::parse(a).expect("area"));
        }
        query
    };

    let scenarios: Vec<(&str, MakeQuery)> = vec![
        ("dev queries, no area", Box::new(|q| base(q, false))),
        ("dev queries, with their area", Box::new(|q| base(q, true))),
        (
            "dev queries near a point, 10 km",
            Box::new(|q| Query {
                near: Some(Geo {
                    lat: 55.676,
                    lon: 12.568,
                }),
                radius_km: Some(10.0),
                ..base(q, false)
            }),
        ),
        (
            "dev queries, open now",
            Box::new(|q| Query {
                open_now: true,
                ..base(q, true)
            }),
        ),
    ];
    for (name, make) in &scenarios {
        // Warm up once, then measure three rounds of every query.
        for q in &queries {
            index.search(&make(q)).expect("search");
        }
        let mut samples = Vec::new();
        for _ in 0..3 {
            for q in &queries {
                // The whole in-process path: analysis, vocabulary matching, the index.
                let started = Instant::now();
                let query = make(q);
                index.search(&query).expect("search");
                samples.push(started.elapsed());
            }
        }
        let p = percentiles(samples);
        println!(
            "{name}: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms ({} queries)",
            p.p50.as_secs_f64() * 1e3,
            p.p99.as_secs_f64() * 1e3,
            p.max.as_secs_f64() * 1e3,
            queries.len() * 3
        );
    }

    // The vocabulary matching alone (part of every figure above).
    let mut samples = Vec::new();
    for q in &queries {
        let lang = LanguageTag::parse(q["lang"].as_str().unwrap_or("da")).expect("lang");
        let started = Instant::now();
        let terms = analyze(q["q"].as_str().unwrap_or_default(), Some(lang.as_str()));
        let _ = vocabulary.score(QueryWords::new(&terms), &lang);
        samples.push(started.elapsed());
    }
    let p = percentiles(samples);
    println!(
        "analysis and vocabulary matching alone: p50 {:.2} ms, p99 {:.2} ms",
        p.p50.as_secs_f64() * 1e3,
        p.p99.as_secs_f64() * 1e3
    );

    // One edit: upsert a changed resource and see it in a search.
    let mut edited = resources[count / 2].clone();
    edited.name = LocalizedText::new(BTreeMap::from([(
        LanguageTag::parse("da").expect("tag"),
        "Zyxwvu redigeret".to_owned(),
    )]));
    let mut samples = Vec::new();
    for round in 0..10 {
        let started = Instant::now();
        index
            .apply(std::slice::from_ref(&edited), &[], 2 + round)
            .expect("apply");
        let found = index
            .search(&Query {
                limit: 1,
                ..Query::new("zyxwvu", LanguageTag::parse("da").expect("tag"))
            })
            .expect("search");
        samples.push(started.elapsed());
        assert_eq!(found.hits.len(), 1);
    }
    let p = percentiles(samples);
    println!(
        "edit searchable: p50 {:.0} ms, max {:.0} ms",
        p.p50.as_secs_f64() * 1e3,
        p.max.as_secs_f64() * 1e3
    );
}
