//! Quill: a self-hosted social blogging application.

pub mod accounts;
pub mod admin;
pub mod api;
pub mod app;
pub mod backup;
pub mod config;
pub mod crypto;
pub mod db;
pub mod error;
pub mod feeds;
pub mod i18n;
pub mod jobs;
pub mod mail;
pub mod media;
pub mod metrics;
pub mod moderation;
pub mod notifications;
pub mod posts;
pub mod profiles;
pub mod search;
pub mod settings;
pub mod social;
pub mod web;
