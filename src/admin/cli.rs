//! `quill create-admin --username NAME --email ADDR`: the first admin (or
//! another one) from the command line, where there is no admin page yet.

use anyhow::{Context, bail};

use super::audit::{self, Actor, Target};
use crate::accounts::domain::{EmailAddress, Username, check_new_password};
use crate::config::Config;
use crate::crypto::password::Passwords;
use crate::db::{self, now_ms};

pub const PASSWORD_ENV: &str = "QUILL_ADMIN_PASSWORD";

/// `password`: from `QUILL_ADMIN_PASSWORD` when set (scripts); `None`
/// asks on the terminal, twice, without echo.
pub async fn create_admin(
    config: &Config,
    username: &str,
    email: &str,
    password: Option<String>,
) -> anyhow::Result<()> {
    // The validators answer with message keys; the terminal reads English.
    let english = crate::i18n::I18n::new()?.english();
    let username = Username::parse_any(username)
        .map_err(|e| anyhow::anyhow!("--username: {}", english.t(e)))?;
    let email =
        EmailAddress::parse(email).map_err(|e| anyhow::anyhow!("--email: {}", english.t(e)))?;
    let pool = db::connect(&config.database_url.0).await?;
    db::migrate(&pool, db::Backend::of(&config.database_url.0)).await?;
    #[derive(sqlx::FromRow)]
    struct Existing {
        id: i64,
        email_key: String,
        banned_at: Option<i64>,
    }
    let by_name: Option<Existing> =
        sqlx::query_as("SELECT id, email_key, banned_at FROM account WHERE username = $1")
            .bind(username.as_str())
            .fetch_optional(&pool)
            .await?;
    let by_email: Option<String> =
        sqlx::query_scalar("SELECT username FROM account WHERE email_key = $1")
            .bind(email.key())
            .fetch_optional(&pool)
            .await?;
    let cli = Actor {
        id: None,
        name: "command line",
    };
    match (by_name, by_email) {
        (
            Some(Existing {
                id,
                email_key: key,
                banned_at: banned,
            }),
            _,
        ) if key == email.key() => {
            if banned.is_some() {
                bail!(
                    "{} is banned; unban the account from /admin/users first",
                    username.as_str()
                );
            }
            promote(&pool, id, &username, cli).await?;
            println!(
                "{} is now an admin (the account existed; its password is unchanged)",
                username.as_str()
            );
        }
        (Some(_), _) => bail!(
            "the username {} is taken by an account with another email address",
            username.as_str()
        ),
        (None, Some(other)) => bail!(
            "{} belongs to another account (@{other}); choose another address or promote that account",
            email.as_str()
        ),
        (None, None) => {
            let password = match password {
                Some(p) => p,
                None => ask_password()?,
            };
            check_new_password(&password, username.as_str(), email.as_str())
                .map_err(|e| anyhow::anyhow!("password: {}", english.t(e)))?;
            let hash = Passwords::new()?.hash(&password).await?;
            create(&pool, &username, &email, &hash, cli).await?;
            println!(
                "admin {} created with a verified address {}; log in at {}/login",
                username.as_str(),
                email.as_str(),
                config.origin()
            );
        }
    }
    pool.close().await;
    Ok(())
}

fn ask_password() -> anyhow::Result<String> {
    let first = rpassword::prompt_password("Password for the admin: ")
        .with_context(|| format!("no terminal to ask for the password on; set {PASSWORD_ENV}"))?;
    let again = rpassword::prompt_password("The same password again: ")
        .context("could not read the password")?;
    if first != again {
        bail!("the two passwords differ; nothing was changed");
    }
    Ok(first)
}

async fn create(
    pool: &db::Db,
    username: &Username,
    email: &EmailAddress,
    hash: &str,
    cli: Actor<'_>,
) -> anyhow::Result<()> {
    let now = now_ms();
    let mut tx = pool.begin().await?;
    let admin = crate::accounts::NewAccount {
        username,
        email,
        password_hash: hash,
        role: crate::accounts::Role::Admin,
        verified_at: Some(now),
    };
    let inserted = crate::accounts::insert_account(&mut tx, &admin, None, now).await;
    let id = match inserted {
        Ok(id) => id,
        // Taken between the look-up and now.
        Err(e) if db::is_unique_violation(&e) => {
            bail!("the username or email address was taken meanwhile; run it again")
        }
        Err(e) => return Err(e.into()),
    };
    audit::record(
        &mut *tx,
        cli,
        "create-admin",
        Target {
            kind: "user",
            id: Some(id),
            label: username.as_str(),
        },
        "",
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

async fn promote(
    pool: &db::Db,
    id: i64,
    username: &Username,
    cli: Actor<'_>,
) -> anyhow::Result<()> {
    let mut tx = pool.begin().await?;
    sqlx::query(
        "UPDATE account SET role = 'admin', email_verified_at = COALESCE(email_verified_at, $1) WHERE id = $2",
    )
    .bind(now_ms())
    .bind(id)
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut *tx,
        cli,
        "promote",
        Target {
            kind: "user",
            id: Some(id),
            label: username.as_str(),
        },
        "to admin, from the command line",
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
