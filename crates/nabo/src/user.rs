//! `nabo user ...`: the accounts of the people who keep the directory, from the server's
//! shell (how the first admin is made). A generated password is printed once, as the
//! last line of the output; a chosen one is read from standard input.

use anyhow::{Context, Result};
use chrono::Utc;
use clap::Subcommand;
use nabo_directory::{Directory, Password};
use nabo_domain::{Account, AreaId, GroupId, LanguageTag, Role, UserId};
use std::io::BufRead;

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account (prints a generated password once, unless --password-stdin)
    Add {
        /// Login: lowercase letters, digits and '-'
        id: String,
        /// admin, coordinator, editor, translator or volunteer
        #[arg(long)]
        role: String,
        /// An area an editor edits (with the areas inside it); repeatable
        #[arg(long = "area")]
        areas: Vec<String>,
        /// A language a translator translates into; repeatable
        #[arg(long = "language")]
        languages: Vec<String>,
        /// A volunteer's local group (its referrals are counted for it), e.g. aarhus-gellerup
        #[arg(long)]
        group: Option<String>,
        /// Read the password from the first line of standard input
        #[arg(long)]
        password_stdin: bool,
    },
    /// List the accounts: login, role, areas or languages, state
    List,
    /// Disable an account: it can no longer log in
    Disable { id: String },
    /// Enable a disabled account again
    Enable { id: String },
    /// Give an account another role (with its areas or languages)
    SetRole {
        id: String,
        role: String,
        #[arg(long = "area")]
        areas: Vec<String>,
        #[arg(long = "language")]
        languages: Vec<String>,
        #[arg(long)]
        group: Option<String>,
    },
    /// Set a new password (prints a generated one once, unless --password-stdin)
    ResetPassword {
        id: String,
        #[arg(long)]
        password_stdin: bool,
    },
    /// Issue an API bearer token for an account (printed once, as the last line)
    TokenAdd {
        id: String,
        /// What the token is for ("import script")
        #[arg(long)]
        name: String,
        /// Days until it expires (1 to 366)
        #[arg(long, default_value_t = 90)]
        days: i64,
    },
    /// List an account's tokens: id, name, expiry, state
    Tokens { id: String },
    /// Revoke a token by its id (the second part of nabo_<id>_...)
    TokenRevoke { token_id: String },
}

pub async fn run(directory: &Directory, command: UserCommand) -> Result<()> {
    let accounts = directory.accounts();
    match command {
        UserCommand::Add {
            id,
            role,
            areas,
            languages,
            group,
            password_stdin,
        } => {
            let (areas, languages) = (area_ids(&areas)?, language_tags(&languages)?);
            let account = Account {
                id: user_id(&id)?,
                role: Role::parse(&role)?,
                areas,
                languages,
                disabled: false,
                group: group_id(group.as_deref())?,
            };
            let generated = accounts
                .add(account, read_password(password_stdin)?)
                .await?;
            println!("created account {id} ({role})");
            show_generated(generated);
        }
        UserCommand::List => {
            for account in accounts.list().await? {
                println!("{}", describe(&account));
            }
        }
        UserCommand::Disable { id } => {
            let account = accounts.set_disabled(&user_id(&id)?, true).await?;
            println!("{}", describe(&account));
        }
        UserCommand::Enable { id } => {
            let account = accounts.set_disabled(&user_id(&id)?, false).await?;
            println!("{}", describe(&account));
        }
        UserCommand::SetRole {
            id,
            role,
            areas,
            languages,
            group,
        } => {
            let (areas, languages) = (area_ids(&areas)?, language_tags(&languages)?);
            let (role, group) = (Role::parse(&role)?, group_id(group.as_deref())?);
            let account = accounts
                .set_role(&user_id(&id)?, role, areas, languages, group)
                .await?;
            println!("{}", describe(&account));
        }
        UserCommand::ResetPassword { id, password_stdin } => {
            let password = read_password(password_stdin)?;
            let generated = accounts.reset_password(&user_id(&id)?, password).await?;
            println!("new password set for {id}");
            show_generated(generated);
        }
        UserCommand::TokenAdd { id, name, days } => {
            let issued = directory
                .tokens()
                .issue(&user_id(&id)?, &name, days, Utc::now())
                .await?;
            println!(
                "token {} for {id} ({name}), expires {}; shown only now:",
                issued.info.id,
                issued.info.expires_at.format("%Y-%m-%d %H:%M UTC")
            );
            println!("{}", issued.token);
        }
        UserCommand::Tokens { id } => {
            for token in directory.tokens().of(&user_id(&id)?).await? {
                let state = match token.revoked_at {
                    Some(_) => "revoked",
                    None if token.expires_at <= Utc::now() => "expired",
                    None => "active",
                };
                let expires = token.expires_at.format("%Y-%m-%d");
                println!("{}\t{}\t{expires}\t{state}", token.id, token.name);
            }
        }
        UserCommand::TokenRevoke { token_id } => {
            directory.tokens().revoke(&token_id).await?;
            println!("token {token_id} revoked");
        }
    }
    Ok(())
}

fn describe(account: &Account) -> String {
    let scope: Vec<&str> = account
        .areas
        .iter()
        .map(AreaId::as_str)
        .chain(account.languages.iter().map(LanguageTag::as_str))
        .chain(account.group.iter().map(GroupId::as_str))
        .collect();
    let state = if account.disabled {
        "disabled"
    } else {
        "active"
    };
    format!(
        "{}\t{}\t{}\t{state}",
        account.id.as_str(),
        account.role,
        if scope.is_empty() {
            "*".to_owned()
        } else {
            scope.join(",")
        }
    )
}

fn show_generated(generated: Option<Password>) {
    if let Some(password) = generated {
        println!("password (shown only now; give it to its owner in person):");
        println!("{}", password.reveal());
    }
}

fn read_password(from_stdin: bool) -> Result<Option<Password>> {
    if !from_stdin {
        return Ok(None);
    }
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .context("cannot read the password from standard input")?;
    let text = line.trim_end_matches(['\n', '\r']);
    Ok(Some(Password::new(text)?))
}

fn user_id(text: &str) -> Result<UserId> {
    UserId::parse(text).with_context(|| format!("login {text:?}"))
}

fn group_id(text: Option<&str>) -> Result<Option<GroupId>> {
    text.map(|text| GroupId::parse(text).with_context(|| format!("--group {text:?}")))
        .transpose()
}

fn area_ids(texts: &[String]) -> Result<Vec<AreaId>> {
    texts
        .iter()
        .map(|text| AreaId::parse(text).with_context(|| format!("--area {text:?}")))
        .collect()
}

fn language_tags(texts: &[String]) -> Result<Vec<LanguageTag>> {
    texts
        .iter()
        .map(|text| LanguageTag::parse(text).with_context(|| format!("--language {text:?}")))
        .collect()
}
