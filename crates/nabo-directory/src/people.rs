//! Accounts managed by an admin: listing, creating (with a generated password, shown
//! once), changing role and scope, disabling and new passwords. Every call checks that
//! the acting account may manage accounts; an admin cannot disable itself.

use crate::directory::Directory;
use crate::error::DirectoryError;
use nabo_accounts::{AccountError, Password};
use nabo_domain::{Account, AreaId, GroupId, LanguageTag, Role, UserId};

impl Directory {
    /// Every account, for `admin`.
    pub async fn list_accounts(&self, admin: &Account) -> Result<Vec<Account>, DirectoryError> {
        check_admin(admin)?;
        Ok(self.accounts().list().await?)
    }

    /// Creates `account` for `admin`; returns its generated password (shown once).
    pub async fn create_account(
        &self,
        admin: &Account,
        account: Account,
    ) -> Result<Password, DirectoryError> {
        check_admin(admin)?;
        let generated = self.accounts().add(account, None).await?;
        generated.ok_or_else(|| DirectoryError::Task("no password was generated".to_owned()))
    }

    /// Gives the account `id` a role with its areas or languages, for `admin`.
    pub async fn change_role(
        &self,
        admin: &Account,
        id: &UserId,
        role: Role,
        areas: Vec<AreaId>,
        languages: Vec<LanguageTag>,
        group: Option<GroupId>,
    ) -> Result<Account, DirectoryError> {
        check_admin(admin)?;
        if *id == admin.id && role != Role::Admin {
            return Err(not_yourself("take away your own admin role"));
        }
        let accounts = self.accounts();
        Ok(accounts.set_role(id, role, areas, languages, group).await?)
    }

    /// Disables (or enables) the account `id` for `admin`: its sessions end.
    pub async fn set_account_disabled(
        &self,
        admin: &Account,
        id: &UserId,
        disabled: bool,
    ) -> Result<Account, DirectoryError> {
        check_admin(admin)?;
        if *id == admin.id && disabled {
            return Err(not_yourself("disable your own account"));
        }
        Ok(self.accounts().set_disabled(id, disabled).await?)
    }

    /// A new generated password for the account `id` (shown once); its sessions end.
    pub async fn reset_account_password(
        &self,
        admin: &Account,
        id: &UserId,
    ) -> Result<Password, DirectoryError> {
        check_admin(admin)?;
        let generated = self.accounts().reset_password(id, None).await?;
        generated.ok_or_else(|| DirectoryError::Task("no password was generated".to_owned()))
    }
}

pub(crate) fn check_admin(account: &Account) -> Result<(), DirectoryError> {
    match account.may_manage_accounts() {
        true => Ok(()),
        false => Err(DirectoryError::Forbidden(format!(
            "account {:?} may not manage accounts",
            account.id.as_str()
        ))),
    }
}

fn not_yourself(what: &'static str) -> DirectoryError {
    DirectoryError::Account(AccountError::OwnAccount(what))
}
