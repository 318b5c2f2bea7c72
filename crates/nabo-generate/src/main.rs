//! `nabo-generate`: writes a directory of N resources as JSON Lines, for load benchmarks
//! (`scripts/bench-load`). Deterministic: the same arguments give the same bytes.
//!
//! Each resource is modelled on a resource of the evaluation corpus (its categories,
//! attributes, opening hours, contact fields and texts) and placed in one of the content
//! folder's municipalities, near its centre, with the template's place name replaced by
//! the municipality's. It has text in 5 to 10 languages: the template's own, then texts of
//! other corpus resources of the same category in further languages, then the
//! category's name in the taxonomy, so that every text fits the kind of service.
//!
//! ```text
//! nabo-generate --count 100000 --corpus ../shared/eval/corpus/resources.jsonl \
//!     --content content --out /tmp/dir/resources.jsonl [--seed 1]
//! ```

mod generator;
mod random;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(count) => {
            eprintln!("wrote {count} resources");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            eprintln!(
                "usage: nabo-generate --count N --corpus RESOURCES.jsonl --content DIR --out FILE [--seed S]"
            );
            ExitCode::from(2)
        }
    }
}

fn run(args: Vec<String>) -> Result<usize, String> {
    let mut count = None;
    let mut corpus = None;
    let mut content = None;
    let mut out = None;
    let mut seed = 1_u64;
    let mut args = args.into_iter();
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--count" => count = Some(parse_number(&value()?, "--count")?),
            "--seed" => seed = parse_number(&value()?, "--seed")?,
            "--corpus" => corpus = Some(PathBuf::from(value()?)),
            "--content" => content = Some(PathBuf::from(value()?)),
            "--out" => out = Some(PathBuf::from(value()?)),
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    let count = count.ok_or("--count is required")?;
    let corpus = corpus.ok_or("--corpus is required")?;
    let content = content.ok_or("--content is required")?;
    let out = out.ok_or("--out is required")?;
    let reference = nabo_content::load_reference(&content).map_err(|e| e.to_string())?;
    let templates = generator::read_corpus(&corpus)?;
    let generator = generator::Generator::new(&reference, templates, seed)?;
    generator.write(count, &out)
}

fn parse_number(value: &str, flag: &str) -> Result<u64, String> {
    value
        .parse()
        .map_err(|_| format!("{flag} takes a whole number, not {value:?}"))
}
