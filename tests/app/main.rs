//! Quill's integration suite: the real app on port 0, its own temporary data
//! dir and database per test, driven over HTTP like a browser would.
//! Every test runs on SQLite, and again on PostgreSQL when
//! `TEST_DATABASE_URL` is set (each run in a database of its own).

// A test, bench or example that cannot go on may panic: unwrap is allowed here.
#![allow(clippy::unwrap_used)]

mod helpers;

mod accounts;
mod admin;
mod admin_rules;
mod api;
mod browser;
mod caching;
mod conversations;
mod durability;
mod export;
mod hardening;
mod interface;
mod jobs;
mod languages;
mod limits;
mod mail;
mod media;
mod notification_mail;
mod notifications;
mod operations;
mod passkeys;
mod posts;
mod quota;
mod reports;
mod safety;
mod search;
mod security;
mod settings;
mod smtp_sink;
mod social;
mod two_factor;
mod upgrade;
mod verification;
mod writing;
