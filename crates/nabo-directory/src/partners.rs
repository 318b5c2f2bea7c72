//! Partner sites' API keys managed by an admin in the web app (the same as `nabo key`):
//! listing, issuing (the key is shown once) and revoking. Every call checks that the
//! acting account may manage accounts.

use crate::directory::Directory;
use crate::error::DirectoryError;
use crate::people::check_admin;
use chrono::Utc;
use nabo_accounts::IssuedKey;
use nabo_domain::{Account, KeyId, PartnerKey};

impl Directory {
    /// Every partner key, newest first, for `admin`.
    pub async fn list_partner_keys(
        &self,
        admin: &Account,
    ) -> Result<Vec<PartnerKey>, DirectoryError> {
        check_admin(admin)?;
        Ok(self.partner_keys().all().await?)
    }

    /// Issues a key for the partner `name`, usable in browsers from `origins`, at
    /// `per_minute` requests a minute.
    pub async fn issue_partner_key(
        &self,
        admin: &Account,
        name: &str,
        origins: &[String],
        per_minute: u32,
    ) -> Result<IssuedKey, DirectoryError> {
        check_admin(admin)?;
        Ok(self
            .partner_keys()
            .issue(name, origins, per_minute, Utc::now())
            .await?)
    }

    /// Revokes key `id`.
    pub async fn revoke_partner_key(
        &self,
        admin: &Account,
        id: &KeyId,
    ) -> Result<(), DirectoryError> {
        check_admin(admin)?;
        Ok(self.partner_keys().revoke(id, Utc::now()).await?)
    }
}
