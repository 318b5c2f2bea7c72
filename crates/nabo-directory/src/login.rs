//! Logging in and out of the web app: failed attempts are throttled per account (shared
//! by every replica, in the database) and per client (in this process's memory), a
//! success starts a new session.

use crate::directory::Directory;
use crate::error::DirectoryError;
use nabo_accounts::{AccountError, Password, Secret, StartedSession};
use nabo_domain::{Account, UserId};
use std::time::Instant;

impl Directory {
    /// Checks `password` for the account `login`, asked from `client` (an address), and
    /// starts a session. Refused with `Throttled` after too many failures (of the
    /// account, or from the client) and with `WrongCredentials` whatever else is wrong.
    pub async fn log_in(
        &self,
        login: &str,
        password: &str,
        client: &str,
    ) -> Result<(Account, StartedSession), DirectoryError> {
        let throttle = self.login_throttle();
        let shared = self.account_failures();
        throttle
            .check(login, client, Instant::now())
            .map_err(DirectoryError::Throttled)?;
        if let Some(wait) = shared.wait(login, chrono::Utc::now()).await? {
            return Err(DirectoryError::Throttled(wait));
        }
        let checked = match (UserId::parse(login.trim()), Password::new(password)) {
            (Ok(id), Ok(password)) => self.accounts().authenticate(&id, password).await,
            _ => Err(AccountError::WrongCredentials),
        };
        match checked {
            Ok(account) => {
                throttle.succeeded(login);
                shared.succeeded(login).await?;
                let session = self
                    .sessions()
                    .start(&account.id, chrono::Utc::now())
                    .await?;
                Ok((account, session))
            }
            Err(AccountError::WrongCredentials) => {
                throttle.failed(login, client, Instant::now());
                shared.failed(login, chrono::Utc::now()).await?;
                Err(DirectoryError::WrongCredentials)
            }
            Err(other) => Err(other.into()),
        }
    }

    /// The account of a browser's session, if it is live and the account enabled.
    pub async fn session_account(&self, secret: &Secret) -> Result<Account, DirectoryError> {
        match self.sessions().account(secret, chrono::Utc::now()).await {
            Err(AccountError::WrongCredentials) => Err(DirectoryError::WrongCredentials),
            other => Ok(other?),
        }
    }

    /// Ends a browser's session.
    pub async fn log_out(&self, secret: &Secret) -> Result<(), DirectoryError> {
        Ok(self.sessions().end(secret).await?)
    }
}
