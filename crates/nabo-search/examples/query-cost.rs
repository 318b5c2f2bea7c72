//! What one query costs, in process and on one thread, against an index that already
//! exists (say the one `scripts/bench-load` or `nabo import` built): every dev query of
//! the evaluation, without its area, as the load benchmark sends them at scale. Steadier
//! than a load test for comparing two versions of the search code; run it under
//! `valgrind --tool=callgrind` for instruction counts that do not depend on the machine's
//! other work.
//!
//! ```text
//! cargo run --release -p nabo-search --example query-cost -- INDEX_DIR [ROUNDS]
//! ```
//! (INDEX_DIR is the folder given to `--index`; no server may hold it.)

use nabo_domain::LanguageTag;
use nabo_search::{Query, SearchIndex};
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().expect("usage: query-cost INDEX_DIR [ROUNDS]"));
    let rounds: usize = args
        .next()
        .map_or(3, |r| r.parse().expect("ROUNDS is a number"));
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let reference = nabo_content::load_reference(&root.join("content")).expect("content");
    let (index, _) = SearchIndex::open(&dir).expect("index");
    index.use_reference(&reference);
    let queries: Vec<Query> =
        std::fs::read_to_string(root.join("../shared/eval/queries-dev.jsonl"))
            .expect("dev queries")
            .lines()
            .filter(|line| !line.trim().is_empty())
            .map(|line| {
                let q: serde_json::Value = serde_json::from_str(line).expect("query");
                let lang = LanguageTag::parse(q["lang"].as_str().unwrap_or("da")).expect("tag");
                Query::new(q["q"].as_str().unwrap_or_default(), lang)
            })
            .collect();
    for query in &queries {
        index.search(query).expect("search");
    }
    let mut samples: Vec<Duration> = Vec::with_capacity(queries.len() * rounds);
    let mut slowest: Vec<(Duration, usize, String)> = Vec::new();
    let started = Instant::now();
    for _ in 0..rounds {
        for query in &queries {
            let one = Instant::now();
            let results = index.search(query).expect("search");
            let took = one.elapsed();
            samples.push(took);
            slowest.push((
                took,
                results.total,
                format!("{:?} ({})", query.text, query.lang),
            ));
        }
    }
    let elapsed = started.elapsed();
    samples.sort();
    let at = |share: f64| samples[((samples.len() - 1) as f64 * share) as usize];
    let micros = |d: Duration| d.as_secs_f64() * 1e6;
    println!(
        "{} resources, {} queries: mean {:.0} µs, p50 {:.0} µs, p99 {:.0} µs, max {:.0} µs ({:.0} queries/s on one thread)",
        index.len(),
        samples.len(),
        micros(elapsed) / samples.len() as f64,
        micros(at(0.5)),
        micros(at(0.99)),
        micros(at(1.0)),
        samples.len() as f64 / elapsed.as_secs_f64()
    );
    // SLOWEST=N: the N slowest queries, with how many hits they had.
    let show: usize = std::env::var("SLOWEST")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    slowest.sort_by_key(|entry| std::cmp::Reverse(entry.0));
    slowest.dedup_by(|a, b| a.2 == b.2);
    for (took, total, query) in slowest.into_iter().take(show) {
        println!("{:>6.0} µs {total:>6} hits  {query}", micros(took));
    }
}
