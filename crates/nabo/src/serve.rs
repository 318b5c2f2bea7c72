//! `nabo serve`: the HTTP server with graceful shutdown and a background task that keeps
//! the index in step with the database (changes made by other processes or replicas).

use crate::{Global, open};
use anyhow::{Context, Result};
use nabo_directory::{Directory, IndexMode};
use nabo_i18n::Catalog;
use nabo_server::{AnonymousCors, AppState, KeyRing, RateLimit};
use std::sync::Arc;
use std::time::Duration;

/// How often the index looks for changes written by other processes, besides being
/// woken by them (PostgreSQL's NOTIFY): polling makes up for a lost notification.
const SYNC_INTERVAL: Duration = Duration::from_secs(2);
/// How often partner keys' requests are shared with the other replicas.
const KEY_USAGE_INTERVAL: Duration = Duration::from_secs(1);
/// How long to wait before listening again after the change watch failed.
const WATCH_RETRY: Duration = Duration::from_secs(1);

/// How the server meets its clients.
#[derive(Debug, Clone)]
pub struct Edge {
    pub rate_limit: RateLimit,
    /// Session cookies only over TLS (the service is reached through https).
    pub secure_cookies: bool,
    /// Browser origins that may read the API without a key.
    pub anonymous_cors: AnonymousCors,
    /// The bearer token `/metrics` asks for on the service's address.
    pub metrics_token: Option<String>,
    /// An address of its own for `/metrics`, without a token.
    pub metrics_addr: Option<String>,
}

pub async fn run(global: &Global, addr: &str, edge: Edge) -> Result<()> {
    // The index is built and caught up by the sync task: the server listens meanwhile and
    // answers `/ready` with 503 until it is current.
    let directory = Arc::new(open(global, IndexMode::Deferred).await?);
    if let Some(summary) = directory
        .import_demo_if_empty()
        .await
        .context("cannot import the demo directory")?
    {
        tracing::info!(
            resources = summary.created,
            "imported the demo directory into the empty database"
        );
    }
    let listener = tokio::net::TcpListener::bind(addr).await.with_context(|| {
        format!(
            "cannot listen on {addr} (is another server running there? choose another with --addr)"
        )
    })?;
    let local = listener.local_addr()?;
    tracing::info!(address = %local, resources = directory.count_resources().await?, "nabo is serving");

    let (stop_sync, stopped) = tokio::sync::watch::channel(false);
    let syncing = tokio::spawn(keep_current(Arc::clone(&directory), stopped.clone()));
    let catalog = Catalog::load(&global.locales).with_context(|| {
        format!(
            "cannot load the UI translations in {}",
            global.locales.display()
        )
    })?;
    let state = AppState {
        directory: Arc::clone(&directory),
        catalog: Arc::new(catalog),
        rate_limit: edge.rate_limit,
        secure_cookies: edge.secure_cookies,
        report_limit: nabo_server::ReportLimit::default(),
        unmet_limit: nabo_server::ReportLimit::per_hour(nabo_server::UNMET_PER_HOUR),
        keys: KeyRing::new(directory.partner_keys()),
        anonymous_cors: edge.anonymous_cors,
        metrics: Arc::default(),
        metrics_token: edge.metrics_token,
    };
    let sharing = tokio::spawn(share_key_usage(state.keys.clone(), stopped.clone()));
    let metrics = match &edge.metrics_addr {
        Some(addr) => Some(serve_metrics(addr, state.clone(), stopped.clone()).await?),
        None => None,
    };
    nabo_server::serve(listener, state, shutdown_signal())
        .await
        .context("the server stopped with an error")?;

    tracing::info!("shutting down: in-flight requests finished");
    let _ = stop_sync.send(true);
    let _ = syncing.await;
    let _ = sharing.await;
    if let Some(metrics) = metrics {
        let _ = metrics.await;
    }
    directory
        .sync()
        .await
        .context("final index catch-up failed")?;
    directory
        .flush_views()
        .await
        .context("the last page views could not be written")?;
    directory
        .flush_unmet()
        .await
        .context("the last unmet needs could not be written")?;
    directory.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// Keeps the index current until `stopped`: at once when another process's commit is
/// heard, and every `SYNC_INTERVAL` in any case; the periodic upkeep rides on the same
/// tick.
async fn keep_current(directory: Arc<Directory>, mut stopped: tokio::sync::watch::Receiver<bool>) {
    let mut interval = tokio::time::interval(SYNC_INTERVAL);
    let mut watch = None;
    let mut retained_on = None;
    loop {
        if watch.is_none() {
            match directory.watch_changes().await {
                Ok(listening) => watch = Some(listening),
                Err(error) => {
                    tracing::warn!(%error, "cannot listen for other replicas' changes; polling only, will retry")
                }
            }
        }
        tokio::select! {
            heard = changed(&mut watch) => {
                if let Err(error) = heard {
                    tracing::warn!(%error, "lost the change watch; polling until it is back");
                    watch = None;
                    tokio::time::sleep(WATCH_RETRY).await;
                }
                sync(&directory).await;
            }
            _ = interval.tick() => {
                sync(&directory).await;
                upkeep(&directory, &mut retained_on).await;
            }
            _ = stopped.changed() => break,
        }
    }
}

/// Every second, until `stopped` (and once more then): partner keys' requests counted
/// here are added to the counts every replica shares, and theirs are read back.
async fn share_key_usage(
    keys: nabo_server::KeyRing,
    mut stopped: tokio::sync::watch::Receiver<bool>,
) {
    let mut interval = tokio::time::interval(KEY_USAGE_INTERVAL);
    loop {
        tokio::select! {
            _ = interval.tick() => {
                if let Err(error) = keys.flush_usage().await {
                    tracing::warn!(%error, "partner keys' usage not shared; will retry");
                }
            }
            _ = stopped.changed() => break,
        }
    }
    if let Err(error) = keys.flush_usage().await {
        tracing::warn!(%error, "the last second's partner key usage was not shared");
    }
}

/// Waits for the watch (forever when there is none).
async fn changed(
    watch: &mut Option<nabo_directory::ChangeWatch>,
) -> Result<(), nabo_directory::StorageError> {
    match watch {
        Some(watch) => watch.changed().await,
        None => std::future::pending().await,
    }
}

async fn sync(directory: &Directory) {
    if let Err(error) = directory.sync().await {
        tracing::warn!(%error, "index catch-up failed; will retry");
    }
}

/// Writes counted page views and unmet needs; once a day, referrals past the retention
/// period become weekly counts.
async fn upkeep(directory: &Directory, retained_on: &mut Option<chrono::NaiveDate>) {
    if let Err(error) = directory.flush_views().await {
        tracing::warn!(%error, "page views not written; will retry");
    }
    if let Err(error) = directory.flush_unmet().await {
        tracing::warn!(%error, "unmet needs not written; will retry");
    }
    let today = chrono::Utc::now().date_naive();
    if *retained_on != Some(today) {
        match directory.retain(today).await {
            Ok(moved) => {
                *retained_on = Some(today);
                tracing::info!(
                    referrals = moved,
                    "retention: old referrals counted by week"
                );
            }
            Err(error) => tracing::warn!(%error, "retention failed; will retry"),
        }
    }
}

/// Starts `/metrics` on `addr`, until `stopped`.
async fn serve_metrics(
    addr: &str,
    state: AppState,
    mut stopped: tokio::sync::watch::Receiver<bool>,
) -> Result<tokio::task::JoinHandle<()>> {
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .with_context(|| format!("cannot listen on {addr} for metrics (--metrics-addr)"))?;
    tracing::info!(address = %listener.local_addr()?, "metrics are served");
    Ok(tokio::spawn(async move {
        let stop = async move {
            let _ = stopped.changed().await;
        };
        if let Err(error) = nabo_server::serve_metrics(listener, state, stop).await {
            tracing::error!(%error, "the metrics listener stopped");
        }
    }))
}

async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = interrupt => tracing::info!("received SIGINT"),
        _ = terminate => tracing::info!("received SIGTERM"),
    }
}
