//! The `nabo` command: runs the server and the operator tasks (import, check, export,
//! reindex, backup, restore). Configuration is read once here — flags, then environment
//! variables, then the configuration file, then built-in defaults — and passed down.

mod backup;
mod config_file;
mod hsds;
mod insights;
mod key;
mod serve;
mod user;

use anyhow::{Context, Result};
use clap::builder::BoolishValueParser;
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};
use nabo_directory::{Config, DatabaseUrl, Directory, IndexMode};
use std::io::Write;
use std::num::NonZeroU32;
use std::path::PathBuf;
use std::process::ExitCode;

/// mimalloc: a search allocates and frees many small values on several threads; the
/// system allocator's locks and fragmentation cost a few percent of every request.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Debug, Parser)]
#[command(
    name = "nabo",
    version,
    about = "Nabo: a multilingual referral and resource directory"
)]
struct Cli {
    #[command(flatten)]
    global: Global,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Args)]
struct Global {
    /// Configuration file (TOML): keys are the long flags with `_` for `-`, the global
    /// ones at the top, each command's in its table ([serve]); flags and environment
    /// variables win over it (docs/operations.md)
    #[arg(long, env = "NABO_CONFIG", global = true)]
    config: Option<PathBuf>,
    /// Database: sqlite://PATH (created when missing) or postgres://...
    #[arg(
        long,
        env = "NABO_DATABASE_URL",
        default_value = "sqlite://./data/nabo.db",
        global = true
    )]
    database_url: DatabaseUrl,
    /// Folder of the search index (derived data; rebuilt when missing)
    #[arg(
        long,
        env = "NABO_INDEX_DIR",
        default_value = "./search-index",
        global = true
    )]
    index: PathBuf,
    /// Content folder with languages.toml, attributes.toml, areas.toml, taxonomy.toml
    #[arg(
        long,
        env = "NABO_CONTENT_DIR",
        default_value = "./content",
        global = true
    )]
    content: PathBuf,
    /// Folder of the web app's Fluent translations, one sub-folder per language tag
    #[arg(
        long,
        env = "NABO_LOCALES_DIR",
        default_value = "./locales",
        global = true
    )]
    locales: PathBuf,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the API (imports the demo directory first when the database is empty)
    Serve {
        /// Address to listen on
        #[arg(long, env = "NABO_ADDR", default_value = "127.0.0.1:8080")]
        addr: String,
        /// Requests per second allowed from one client address (bursts of 3× that)
        #[arg(long, env = "NABO_RATE_LIMIT", default_value_t = NonZeroU32::new(20).unwrap_or(NonZeroU32::MIN))]
        rate_limit: NonZeroU32,
        /// Behind a reverse proxy: limit by the address in X-Forwarded-For
        #[arg(long, env = "NABO_TRUST_FORWARDED", value_parser = BoolishValueParser::new())]
        trust_forwarded: bool,
        /// Mark the editors' session cookies Secure (set when users reach Nabo over https)
        #[arg(long, env = "NABO_SECURE_COOKIES", value_parser = BoolishValueParser::new())]
        secure_cookies: bool,
        /// Browser origins that may read the API without a partner key: `*` (any),
        /// `none`, or origins separated by commas (https://kommune.example,...)
        #[arg(long, env = "NABO_CORS_ORIGINS", default_value = "*")]
        cors_origins: nabo_server::AnonymousCors,
        /// Serve Prometheus metrics at /metrics to requests with this bearer token
        #[arg(long, env = "NABO_METRICS_TOKEN", hide_env_values = true)]
        metrics_token: Option<String>,
        /// Serve Prometheus metrics at /metrics on this address of their own, without a
        /// token (one only operators reach, e.g. 127.0.0.1:9090)
        #[arg(long, env = "NABO_METRICS_ADDR")]
        metrics_addr: Option<String>,
    },
    /// Validate and import content folders, TOML files or JSON Lines files, all or nothing
    Import {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// nabo (TOML folders, JSON Lines) or hsds (Open Referral HSDS 3.0 JSON files,
        /// tabular datapackages or HSDS export folders)
        #[arg(long, value_enum, default_value_t = hsds::Format::Nabo)]
        format: hsds::Format,
        #[command(flatten)]
        hsds: hsds::HsdsImport,
    },
    /// Validate content without importing it; lists every problem
    Check {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Export the directory as JSON Lines (resources to standard output, or areas.jsonl
    /// and resources.jsonl into --out)
    Export {
        /// Folder to write areas.jsonl and resources.jsonl into (with --format hsds:
        /// services.json, organizations.json, service_at_locations.json, taxonomies.json
        /// and taxonomy_terms.json)
        #[arg(long)]
        out: Option<PathBuf>,
        /// nabo (JSON Lines) or hsds (Open Referral HSDS 3.0, translations in `x-nabo`)
        #[arg(long, value_enum, default_value_t = hsds::Format::Nabo)]
        format: hsds::Format,
        /// With --format hsds: the language of area, category and attribute names
        /// (default English)
        #[arg(long)]
        reference_language: Option<String>,
    },
    /// Rebuild the search index from the database
    Reindex,
    /// Compare every document of the search index with the database as they stand
    /// (without catching up first); exits non-zero when they differ
    CheckIndex,
    /// Write a consistent copy of the SQLite database to FILE, also while a server runs
    /// and writes (PostgreSQL: use pg_dump)
    Backup {
        file: PathBuf,
        /// Replace FILE when it exists
        #[arg(long)]
        force: bool,
    },
    /// Replace the SQLite database with a backup made by `nabo backup` and rebuild the
    /// search index from it; the server must be stopped (PostgreSQL: use pg_restore)
    Restore { file: PathBuf },
    /// Accounts of editors, translators, coordinators and admins
    #[command(subcommand)]
    User(user::UserCommand),
    /// API keys of partner sites (the search embedded on a municipality's or NGO's site)
    #[command(subcommand)]
    Key(key::KeyCommand),
    /// Insight data: retention of referrals (counted by week after 90 days)
    #[command(subcommand)]
    Insights(insights::InsightsCommand),
}

fn main() -> ExitCode {
    let cli = match parse_command_line() {
        Ok(cli) => cli,
        Err(error) => {
            eprintln!("error: {error:#}");
            return ExitCode::FAILURE;
        }
    };
    init_logging();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: cannot start the async runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// The command line, with the configuration file's values (when one is named) as the
/// flags' defaults: clap then prefers a flag, then an environment variable, then the file.
fn parse_command_line() -> Result<Cli> {
    let matches = Cli::command().get_matches();
    let Some(file) = matches.get_one::<PathBuf>(config_file::CONFIG_ARG) else {
        return Ok(Cli::from_arg_matches(&matches).unwrap_or_else(|error| error.exit()));
    };
    let matches = config_file::apply(Cli::command(), file)?.get_matches();
    Ok(Cli::from_arg_matches(&matches).unwrap_or_else(|error| error.exit()))
}

fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("NABO_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,tantivy=warn,sqlx=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if std::env::var("NABO_LOG_FORMAT").as_deref() == Ok("json") {
        builder.json().init();
    } else {
        builder.init();
    }
}

async fn open(global: &Global, mode: IndexMode) -> Result<Directory> {
    let config = Config {
        database_url: global.database_url.clone(),
        index_dir: global.index.clone(),
        content_dir: global.content.clone(),
    };
    Directory::open(config, mode).await.with_context(|| {
        format!(
            "cannot open the directory (database {})",
            global.database_url
        )
    })
}

async fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Serve {
            addr,
            rate_limit,
            trust_forwarded,
            secure_cookies,
            cors_origins,
            metrics_token,
            metrics_addr,
        } => {
            let burst = rate_limit.saturating_mul(NonZeroU32::new(3).unwrap_or(NonZeroU32::MIN));
            let limit = nabo_server::RateLimit {
                per_second: rate_limit,
                burst,
                trust_forwarded,
            };
            let edge = serve::Edge {
                rate_limit: limit,
                secure_cookies,
                anonymous_cors: cors_origins,
                metrics_token: metrics_token.filter(|token| !token.is_empty()),
                metrics_addr,
            };
            serve::run(&cli.global, &addr, edge).await
        }
        Command::Import {
            paths,
            format: hsds::Format::Hsds,
            hsds,
        } => hsds::import(&cli.global, &paths, &hsds).await,
        Command::Import { paths, .. } => {
            let directory = open(&cli.global, IndexMode::IfFree).await?;
            let summary = directory.import(&paths).await?;
            println!(
                "imported: {} created, {} updated, {} unchanged resources; {} areas changed",
                summary.created, summary.updated, summary.unchanged, summary.areas_changed
            );
            if !directory.has_index() {
                println!(
                    "the search index is held by a running server, which indexes the change itself"
                );
            }
            directory.close().await;
            Ok(())
        }
        Command::Check { paths } => {
            let directory = open(&cli.global, IndexMode::Skip).await?;
            let plan = directory.check(&paths)?;
            println!(
                "ok: {} resources and {} areas are valid",
                plan.resources,
                plan.areas.len()
            );
            directory.close().await;
            Ok(())
        }
        Command::Export {
            out,
            format: hsds::Format::Hsds,
            reference_language,
        } => hsds::export(&cli.global, out.as_deref(), reference_language.as_deref()).await,
        Command::Export { out, .. } => {
            let directory = open(&cli.global, IndexMode::Skip).await?;
            let (areas, resources) = directory.export().await?;
            match out {
                Some(dir) => {
                    std::fs::create_dir_all(&dir)
                        .with_context(|| format!("cannot create {}", dir.display()))?;
                    write_lines(&dir.join("areas.jsonl"), &areas)?;
                    write_lines(&dir.join("resources.jsonl"), &resources)?;
                    eprintln!(
                        "exported {} areas and {} resources to {}",
                        areas.len(),
                        resources.len(),
                        dir.display()
                    );
                }
                None => {
                    let mut stdout = std::io::stdout().lock();
                    for line in &resources {
                        writeln!(stdout, "{line}")?;
                    }
                }
            }
            directory.close().await;
            Ok(())
        }
        Command::User(command) => {
            let directory = open(&cli.global, IndexMode::Skip).await?;
            let result = user::run(&directory, command).await;
            directory.close().await;
            result
        }
        Command::Key(command) => {
            let directory = open(&cli.global, IndexMode::Skip).await?;
            let result = key::run(&directory, command).await;
            directory.close().await;
            result
        }
        Command::Insights(command) => {
            let directory = open(&cli.global, IndexMode::Skip).await?;
            let result = insights::run(&directory, command).await;
            directory.close().await;
            result
        }
        Command::CheckIndex => {
            let directory = open(&cli.global, IndexMode::Deferred).await?;
            let check = directory.check_index().await;
            directory.close().await;
            report_index_check(&check?)
        }
        Command::Backup { file, force } => backup::backup(&cli.global, &file, force).await,
        Command::Restore { file } => backup::restore(&cli.global, &file).await,
        Command::Reindex => {
            let directory = open(&cli.global, IndexMode::Required).await?;
            let count = directory.reindex().await?;
            println!("reindexed {count} resources");
            directory.close().await;
            Ok(())
        }
    }
}

fn report_index_check(check: &nabo_directory::IndexCheck) -> Result<()> {
    let list = |ids: &[nabo_domain::ResourceId]| {
        ids.iter()
            .map(|id| id.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    if check.agrees() {
        println!(
            "the search index agrees with the database: {} resources",
            check.resources
        );
        return Ok(());
    }
    for (what, ids) in [
        ("missing from the index", &check.missing),
        ("in the index but not in the database", &check.extra),
        ("stale in the index", &check.stale),
    ] {
        if !ids.is_empty() {
            println!("{} {what}: {}", ids.len(), list(ids));
        }
    }
    anyhow::bail!(
        "the search index differs from the database ({} resources); `nabo reindex` rebuilds it",
        check.resources
    )
}

fn write_lines(path: &std::path::Path, lines: &[String]) -> Result<()> {
    let mut text = String::new();
    for line in lines {
        text.push_str(line);
        text.push('\n');
    }
    // Write beside the target, then rename: an interrupted export leaves no half file.
    let partial = path.with_extension("jsonl.partial");
    std::fs::write(&partial, text)
        .with_context(|| format!("cannot write {}", partial.display()))?;
    std::fs::rename(&partial, path).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}
