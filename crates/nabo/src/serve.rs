//! `nabo serve`: the HTTP server with graceful shutdown and a background task that keeps
//! the index in step with the database (changes made by other processes or replicas).

use crate::{Global, open};
use anyhow::{Context, Result};
use nabo_directory::IndexMode;
use nabo_i18n::Catalog;
use nabo_server::{AnonymousCors, AppState, KeyRing, RateLimit};
use std::sync::Arc;
use std::time::Duration;

/// How often the index looks for changes written by other processes.
const SYNC_INTERVAL: Duration = Duration::from_secs(2);

/// How the server meets its clients.
#[derive(Debug, Clone)]
pub struct Edge {
    pub rate_limit: RateLimit,
    /// Session cookies only over TLS (the service is reached through https).
    pub secure_cookies: bool,
    /// Browser origins that may read the API without a key.
    pub anonymous_cors: AnonymousCors,
}

pub async fn run(global: &Global, addr: &str, edge: Edge) -> Result<()> {
    let directory = Arc::new(open(global, IndexMode::Required).await?);
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

    let (stop_sync, mut stopped) = tokio::sync::watch::channel(false);
    let syncing = {
        let directory = Arc::clone(&directory);
        tokio::spawn(async move {
            let mut interval = tokio::time::interval(SYNC_INTERVAL);
            let mut retained_on = None;
            loop {
                tokio::select! {
                    _ = interval.tick() => {
                        if let Err(error) = directory.sync().await {
                            tracing::warn!(%error, "index catch-up failed; will retry");
                        }
                        if let Err(error) = directory.flush_views().await {
                            tracing::warn!(%error, "page views not written; will retry");
                        }
                        if let Err(error) = directory.flush_unmet().await {
                            tracing::warn!(%error, "unmet needs not written; will retry");
                        }
                        // Once a day: referrals past the retention period become weekly counts.
                        let today = chrono::Utc::now().date_naive();
                        if retained_on != Some(today) {
                            match directory.retain(today).await {
                                Ok(moved) => {
                                    retained_on = Some(today);
                                    tracing::info!(referrals = moved, "retention: old referrals counted by week");
                                }
                                Err(error) => tracing::warn!(%error, "retention failed; will retry"),
                            }
                        }
                    }
                    _ = stopped.changed() => break,
                }
            }
        })
    };

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
    };
    nabo_server::serve(listener, state, shutdown_signal())
        .await
        .context("the server stopped with an error")?;

    tracing::info!("shutting down: in-flight requests finished");
    let _ = stop_sync.send(true);
    let _ = syncing.await;
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
