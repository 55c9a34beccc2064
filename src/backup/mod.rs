//! Backups: `quill backup` writes one archive (tar through zstd) holding a
//! consistent snapshot of the database taken while the site serves, every
//! upload, and a manifest (Quill and schema versions, row counts, a SHA-256
//! per file); `quill restore` checks all of it before it writes anything.
//! The search index is left out: it is rebuilt from the database.
//!
//! This is the foundation layer's part (configuration and database only);
//! the schedule, the dashboard and the mail to admins are in
//! `admin::backups`.

pub mod archive;
mod create;
mod database;
mod restore;

pub use archive::{Damaged, Manifest};
pub use create::{Made, create};
pub use restore::{Refused, Restored, restore};

/// Row counts as one line: `3 account, 120 post, …`.
pub fn describe(counts: &std::collections::BTreeMap<String, i64>) -> String {
    counts
        .iter()
        .map(|(table, n)| format!("{n} {table}"))
        .collect::<Vec<_>>()
        .join(", ")
}
