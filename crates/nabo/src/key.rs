//! `nabo key ...`: API keys of partner sites. A new key is printed once, as the last line
//! of the output; only its hash is stored.

use anyhow::{Context, Result};
use chrono::Utc;
use clap::Subcommand;
use nabo_directory::Directory;
use nabo_domain::{DEFAULT_KEY_RATE, KeyId, Origin, PartnerKey};

#[derive(Debug, Subcommand)]
pub enum KeyCommand {
    /// Issue a key for a partner site (printed once, as the last line)
    Add {
        /// Who the key is for ("Aarhus Kommune, aarhus.dk")
        #[arg(long)]
        name: String,
        /// Browser origins allowed to use the key (https://aarhus.dk), separated by
        /// commas or repeated; calls without an Origin header (servers) are always allowed
        #[arg(long = "origins", required = true)]
        origins: Vec<String>,
        /// Requests per minute the key may make (bursts up to the same number)
        #[arg(long, default_value_t = DEFAULT_KEY_RATE)]
        rate: u32,
    },
    /// List the keys: id, name, origins, rate, state
    List,
    /// Revoke a key by its id: refused from now on (within seconds on running servers)
    Revoke { id: String },
}

pub async fn run(directory: &Directory, command: KeyCommand) -> Result<()> {
    let keys = directory.partner_keys();
    match command {
        KeyCommand::Add {
            name,
            origins,
            rate,
        } => {
            let issued = keys.issue(&name, &origins, rate, Utc::now()).await?;
            println!("{}", describe(&issued.info));
            println!("key {} issued; shown only now:", issued.info.id);
            println!("{}", issued.key);
        }
        KeyCommand::List => {
            for key in keys.all().await? {
                println!("{}", describe(&key));
            }
        }
        KeyCommand::Revoke { id } => {
            let id = KeyId::parse(&id).with_context(|| format!("{id:?} is not a key id"))?;
            keys.revoke(&id, Utc::now()).await?;
            println!("key {id} revoked");
        }
    }
    Ok(())
}

fn describe(key: &PartnerKey) -> String {
    let origins: Vec<&str> = key.origins.iter().map(Origin::as_str).collect();
    let state = if key.revoked_at.is_some() {
        "revoked"
    } else {
        "active"
    };
    format!(
        "{}\t{}\t{}\t{}/min\t{state}",
        key.id,
        key.name,
        origins.join(","),
        key.per_minute
    )
}
