//! The accounts service: valid accounts in, hashed passwords stored, logins checked.

use crate::error::AccountError;
use crate::password::Password;
use nabo_domain::{Account, AreaId, GroupId, LanguageTag, ReferenceData, Role, UserId};
use nabo_storage::Store;
use std::sync::{Arc, OnceLock};

/// Accounts over the store, checked against the directory's areas and languages.
#[derive(Debug, Clone)]
pub struct Accounts {
    store: Store,
    reference: Arc<ReferenceData>,
}

impl Accounts {
    pub fn new(store: Store, reference: Arc<ReferenceData>) -> Self {
        Self { store, reference }
    }

    /// Creates `account` with `password`, or with a generated password when none is
    /// given; returns the generated one, to be shown once.
    pub async fn add(
        &self,
        account: Account,
        password: Option<Password>,
    ) -> Result<Option<Password>, AccountError> {
        self.check(&account)?;
        let (password, generated) = chosen_or_generated(password)?;
        let hash = hash(password).await?;
        self.store.create_account(&account, &hash).await?;
        Ok(generated)
    }

    /// Every account, ordered by id.
    pub async fn list(&self) -> Result<Vec<Account>, AccountError> {
        Ok(self.store.accounts().await?)
    }

    /// Gives `id` a new role, with the areas (editors) or languages (translators) it
    /// applies to.
    pub async fn set_role(
        &self,
        id: &UserId,
        role: Role,
        areas: Vec<AreaId>,
        languages: Vec<LanguageTag>,
        group: Option<GroupId>,
    ) -> Result<Account, AccountError> {
        let (mut account, _) = self.existing(id).await?;
        (account.role, account.areas, account.languages) = (role, areas, languages);
        account.group = group;
        self.check(&account)?;
        self.store.update_account(&account).await?;
        Ok(account)
    }

    /// Disables (or enables again) `id`: a disabled account cannot log in.
    pub async fn set_disabled(&self, id: &UserId, disabled: bool) -> Result<Account, AccountError> {
        let (mut account, _) = self.existing(id).await?;
        account.disabled = disabled;
        self.store.update_account(&account).await?;
        if disabled {
            self.store.end_sessions_of(id).await?;
        }
        Ok(account)
    }

    /// Replaces the password of `id` (a generated one when none is given; returned).
    pub async fn reset_password(
        &self,
        id: &UserId,
        password: Option<Password>,
    ) -> Result<Option<Password>, AccountError> {
        self.existing(id).await?;
        let (password, generated) = chosen_or_generated(password)?;
        let hash = hash(password).await?;
        self.store.set_password_hash(id, &hash).await?;
        self.store.end_sessions_of(id).await?;
        Ok(generated)
    }

    /// The account of `id` when `password` is its password and it is not disabled.
    /// An unknown account costs as much time as a known one, and every refusal is the
    /// same `WrongCredentials`.
    pub async fn authenticate(
        &self,
        id: &UserId,
        password: Password,
    ) -> Result<Account, AccountError> {
        let found = self.store.account(id).await?;
        let stored = found.as_ref().map_or_else(
            || unknown_account_hash().to_owned(),
            |(_, hash)| hash.clone(),
        );
        let matches = tokio::task::spawn_blocking(move || password.matches(&stored))
            .await
            .map_err(|e| AccountError::Hashing(e.to_string()))?;
        match found {
            Some((account, _)) if matches && !account.disabled => Ok(account),
            _ => Err(AccountError::WrongCredentials),
        }
    }

    async fn existing(&self, id: &UserId) -> Result<(Account, String), AccountError> {
        self.store
            .account(id)
            .await?
            .ok_or_else(|| AccountError::NoAccount(id.to_string()))
    }

    /// An editor edits somewhere and a translator translates something, in areas and
    /// languages the directory has; other roles apply everywhere and take neither.
    fn check(&self, account: &Account) -> Result<(), AccountError> {
        let invalid = |text: String| Err(AccountError::Invalid(text));
        for area in &account.areas {
            if self.reference.area(area).is_none() {
                return invalid(format!("unknown area {:?}", area.as_str()));
            }
        }
        for lang in &account.languages {
            if self.reference.languages.resolve(lang).is_none() {
                return invalid(format!("unsupported language {:?}", lang.as_str()));
            }
        }
        match account.role {
            Role::Editor if account.areas.is_empty() => {
                invalid("an editor needs at least one area (--area)".to_owned())
            }
            Role::Translator if account.languages.is_empty() => {
                invalid("a translator needs at least one language (--language)".to_owned())
            }
            Role::Volunteer if account.group.is_none() => {
                invalid("a volunteer needs a local group (--group)".to_owned())
            }
            Role::Admin | Role::Coordinator | Role::Volunteer
                if !account.areas.is_empty() || !account.languages.is_empty() =>
            {
                invalid(format!(
                    "an {} works everywhere: give no areas or languages",
                    account.role
                ))
            }
            _ => Ok(()),
        }
    }
}

fn chosen_or_generated(
    password: Option<Password>,
) -> Result<(Password, Option<Password>), AccountError> {
    match password {
        Some(password) => Ok((password, None)),
        None => {
            let generated = Password::generate()?;
            Ok((generated.clone(), Some(generated)))
        }
    }
}

/// Hashing takes tens of milliseconds on purpose: off the runtime's threads.
async fn hash(password: Password) -> Result<String, AccountError> {
    tokio::task::spawn_blocking(move || password.hash())
        .await
        .map_err(|e| AccountError::Hashing(e.to_string()))?
}

/// A hash no password is known for, verified against when the account does not exist.
fn unknown_account_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| {
        Password::generate()
            .and_then(|password| password.hash())
            .unwrap_or_default()
    })
}
