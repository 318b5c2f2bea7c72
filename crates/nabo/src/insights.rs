//! `nabo insights ...`: the retention of insight data, from the server's shell or a
//! daily timer (`nabo serve` also runs it once a day).

use anyhow::{Context, Result};
use chrono::Utc;
use clap::Subcommand;
use nabo_directory::Directory;
use nabo_domain::{RETENTION_DAYS, parse_day};

#[derive(Debug, Subcommand)]
pub enum InsightsCommand {
    /// Add referrals older than 90 days to their weeks' counts and delete them
    Retain {
        /// The day to count the 90 days back from (YYYY-MM-DD; default today)
        #[arg(long)]
        today: Option<String>,
    },
    /// How many referrals are kept as they were recorded (not yet counted by week)
    Status,
}

pub async fn run(directory: &Directory, command: InsightsCommand) -> Result<()> {
    match command {
        InsightsCommand::Retain { today } => {
            let today = match today {
                Some(text) => parse_day(&text).with_context(|| format!("--today {text:?}"))?,
                None => Utc::now().date_naive(),
            };
            let moved = directory.retain(today).await?;
            println!(
                "{moved} referrals older than {RETENTION_DAYS} days (before {}) counted by week and deleted",
                today - chrono::Duration::days(RETENTION_DAYS)
            );
        }
        InsightsCommand::Status => {
            println!(
                "{} referrals kept as recorded",
                directory.raw_referrals().await?
            );
        }
    }
    Ok(())
}
