//! Waking replicas when the change log grows. On PostgreSQL every write transaction
//! sends `NOTIFY nabo_changes` (delivered at commit); a `ChangeWatch` holds a connection
//! that listens for it. Notifications are a hint, not the record: one lost while the
//! connection was down is made up for by reading the change log, which readers also
//! poll. SQLite has one process writing its index, so its watch never wakes.

use crate::connect::{Backend, Store};
use crate::error::StorageError;
use sqlx::postgres::PgListener;

/// The notification channel of change-log writes.
pub(crate) const CHANNEL: &str = "nabo_changes";
/// What a write transaction sends (on `CHANNEL`).
pub(crate) const NOTIFY: &str = "NOTIFY nabo_changes";

/// Waits for other processes' writes.
pub struct ChangeWatch {
    listener: Option<PgListener>,
}

impl std::fmt::Debug for ChangeWatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChangeWatch")
            .field("listening", &self.listener.is_some())
            .finish()
    }
}

impl ChangeWatch {
    /// Returns when the change log may have grown: a write was committed, or the
    /// connection was lost and made again (writes in between were not heard). Never
    /// returns on SQLite.
    pub async fn changed(&mut self) -> Result<(), StorageError> {
        let Some(listener) = &mut self.listener else {
            return std::future::pending().await;
        };
        // `None`: the connection was lost and is made again on the next call.
        listener.try_recv().await?;
        Ok(())
    }
}

impl Store {
    /// A watch on the change log (a connection of its own on PostgreSQL).
    pub async fn watch_changes(&self) -> Result<ChangeWatch, StorageError> {
        let listener = match self.backend {
            Backend::Sqlite => None,
            Backend::Postgres => {
                let mut listener = PgListener::connect(self.url.expose())
                    .await
                    .map_err(StorageError::Connect)?;
                listener.listen(CHANNEL).await?;
                Some(listener)
            }
        };
        Ok(ChangeWatch { listener })
    }
}
