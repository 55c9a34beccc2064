use std::process::ExitCode;

use clap::Parser;
use quill::app::{Application, SHUTDOWN_GRACE, Site};
use quill::config::{Cli, Command, Config};
use quill::db;
use tracing_subscriber::EnvFilter;

/// mimalloc instead of glibc's malloc: a page's many small allocations are
/// cheaper, and memory freed after a burst (password hashing, pictures)
/// goes back to the system instead of staying in per-thread arenas
/// (`crates/allocator`). The one global the process has, because Rust asks
/// for it this way.
#[global_allocator]
static ALLOCATOR: quill_allocator::MiMalloc = quill_allocator::MiMalloc;

#[tokio::main]
async fn main() -> ExitCode {
    quill_allocator::purge_at_once();
    let cli = Cli::parse();
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn"));
    if cli.settings.log_format == "json" {
        // One object a line, the request's span (with its id) in each.
        tracing_subscriber::fmt()
            .json()
            .with_current_span(true)
            .with_span_list(false)
            .with_env_filter(filter)
            .init();
    } else {
        tracing_subscriber::fmt().with_env_filter(filter).init();
    }
    let config = match Config::from_settings(cli.settings) {
        Ok(c) => c,
        Err(line) => {
            eprintln!("quill: {line}");
            return ExitCode::from(2);
        }
    };
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(config).await,
        Command::Worker => worker(config).await,
        Command::Migrate => migrate(config).await,
        Command::Reindex => reindex(config).await,
        Command::Backup { out } => backup(config, out).await,
        Command::Restore { from, force } => restore(config, from, force).await,
        Command::CreateAdmin { username, email } => {
            let password = std::env::var(quill::admin::cli::PASSWORD_ENV).ok();
            quill::admin::cli::create_admin(&config, &username, &email, password).await
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // One clear line, not a backtrace.
            eprintln!("quill: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let database = redact(&config.database_url.0);
    let app = Application::build(config.clone()).await?;
    tracing::info!(
        address = %format!("http://{}", app.local_addr()),
        database = %database,
        mail = if config.smtp_url.is_some() { "smtp" } else { "dev mailbox (read it at /dev/mailbox)" },
        search_index = %config.data_dir.join("search").display(),
        "Quill is listening"
    );
    if config.smtp_url.is_none() && !config.serves_only_this_machine() {
        tracing::warn!(
            address = %config.addr,
            base_url = %config.origin(),
            "SMTP_URL is unset: mail is NOT being delivered, only kept in the dev mailbox, \
             which on a site others can reach only a logged-in admin can read; \
             set SMTP_URL before people sign up"
        );
    }
    app.run(shutdown_signal()).await?;
    tracing::info!("stopped");
    Ok(())
}

/// Job workers alone, for scale-out: as many `worker` processes as needed
/// can run beside the `serve` ones, on the same database.
async fn worker(config: Config) -> anyhow::Result<()> {
    let database = redact(&config.database_url.0);
    let metrics = match config.metrics_addr {
        Some(addr) => Some(quill::admin::metrics::bind(addr).await?),
        None => None,
    };
    let state = Site::build(config).await?;
    let workers = state.start_workers();
    let metrics = metrics.map(|listener| {
        tokio::spawn(quill::admin::metrics::serve(
            listener,
            state.scrape(),
            state.stopping.clone(),
        ))
    });
    tracing::info!(
        database = %database,
        workers = state.config.job_workers,
        mail = state.mailer.describe(),
        "Quill worker is running"
    );
    shutdown_signal().await;
    let _ = state.stop.send(true);
    if let Some(metrics) = metrics {
        let _ = metrics.await;
    }
    workers.shutdown(SHUTDOWN_GRACE).await;
    state.db.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// Rebuilds the search index with a progress bar. A running server keeps
/// answering from the old index and switches when this one is done.
async fn reindex(config: Config) -> anyhow::Result<()> {
    let pool = db::connect(&config.database_url.0).await?;
    db::migrate(&pool, db::Backend::of(&config.database_url.0)).await?;
    let root = config.data_dir.join("search");
    std::fs::create_dir_all(&root)?;
    let bar = indicatif::ProgressBar::new(0).with_style(
        indicatif::ProgressStyle::with_template(
            "{bar:40} {pos}/{len} posts ({per_sec}, {eta} left)",
        )
        .expect("a valid template"),
    );
    let started = std::time::Instant::now();
    let (live, done) = quill::search::sync::build(&pool, &root, |done, total| {
        bar.set_length(total);
        bar.set_position(done);
    })
    .await?;
    bar.finish();
    println!(
        "search index rebuilt: {done} posts in {:.1} s, now live at {}",
        started.elapsed().as_secs_f64(),
        live.dir.display()
    );
    Ok(())
}

/// A bar on a terminal; nothing when the output goes to a pipe or a file.
fn progress_bar(what: &str) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    indicatif::ProgressBar::new(0).with_style(
        indicatif::ProgressStyle::with_template(&format!(
            "{what} {{bar:40}} {{bytes}}/{{total_bytes}} ({{bytes_per_sec}}, {{eta}} left)"
        ))
        .expect("a valid template"),
    )
}

/// `quill backup --out FILE`: the site may keep serving meanwhile.
async fn backup(config: Config, out: std::path::PathBuf) -> anyhow::Result<()> {
    let url = &config.database_url.0;
    if db::Backend::of(url) == db::Backend::Sqlite
        && !std::path::Path::new(db::sqlite_path(url)).exists()
    {
        anyhow::bail!(
            "there is no database at {}: nothing to back up (check QUILL_DATA_DIR or DATABASE_URL)",
            db::sqlite_path(url)
        );
    }
    let pool = db::connect_with(&config.database_url.0, config.sqlite_mmap_mb).await?;
    let started = std::time::Instant::now();
    let made = quill::backup::create(&config, &pool, &out, progress_bar("backing up")).await?;
    pool.close().await;
    let counts = quill::backup::describe(&made.manifest.counts);
    println!(
        "backup written to {} ({:.1} MiB, {} files, schema {}) in {:.1} s: {counts}",
        made.path.display(),
        made.bytes as f64 / 1_048_576.0,
        made.manifest.files.len(),
        made.manifest.schema_version,
        started.elapsed().as_secs_f64(),
    );
    Ok(())
}

/// `quill restore --from FILE [--force]`, with the site stopped.
async fn restore(config: Config, from: std::path::PathBuf, force: bool) -> anyhow::Result<()> {
    let restored = quill::backup::restore(&config, &from, force, progress_bar("restoring")).await?;
    let counts = quill::backup::describe(&restored.counts);
    println!(
        "restored the backup of {} (Quill {}, schema {}) into {}: {counts}; \
         the search index is rebuilt at the next start",
        restored.manifest.created_at,
        restored.manifest.quill_version,
        restored.manifest.schema_version,
        redact(&config.database_url.0),
    );
    Ok(())
}

async fn migrate(config: Config) -> anyhow::Result<()> {
    let pool = db::connect(&config.database_url.0).await?;
    db::migrate(&pool, db::Backend::of(&config.database_url.0)).await?;
    println!("migrations applied to {}", redact(&config.database_url.0));
    Ok(())
}

/// The database URL without its password, for the log.
fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        _ => url.to_string(),
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = terminate => {} }
    tracing::info!("shutting down: finishing open requests and running jobs");
}
