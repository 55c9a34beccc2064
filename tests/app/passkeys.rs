//! Passkeys: added in settings and used to sign in, in Chromium with
//! WebDriver's virtual authenticator (the W3C WebAuthn extension commands
//! chromedriver implements); and what the server refuses without one.

use std::time::Duration;

use fantoccini::{Client, Locator};
use reqwest::StatusCode;

use crate::browser::{Driver, SCREENS, Screen, fill, free_port, lands_on, submit_login};
use crate::helpers::{PgDatabase, TestApp, on_each_backend};

const PASSWORD: &str = "correct horse battery";

/// A WebDriver extension command: `POST session/{id}/{path}` with `body`.
#[derive(Debug)]
struct WebAuthnCommand {
    method: axum::http::Method,
    path: String,
    body: Option<serde_json::Value>,
}

impl fantoccini::wd::WebDriverCompatibleCommand for WebAuthnCommand {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/{}",
            session_id.unwrap_or_default(),
            self.path
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (axum::http::Method, Option<String>) {
        (
            self.method.clone(),
            self.body.as_ref().map(|b| b.to_string()),
        )
    }
}

/// Gives the browser a platform authenticator that keeps resident keys and
/// verifies its user (as a laptop's fingerprint reader would, always yes).
/// Its id, for `stored_credentials`.
async fn add_authenticator(b: &Client) -> String {
    let id = b
        .issue_cmd(WebAuthnCommand {
            method: axum::http::Method::POST,
            path: "webauthn/authenticator".into(),
            body: Some(serde_json::json!({
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": true,
                "hasUserVerification": true,
                "isUserConsenting": true,
                "isUserVerified": true,
            })),
        })
        .await
        .expect("chromedriver speaks WebAuthn");
    id.as_str().unwrap().to_string()
}

/// The credentials the virtual authenticator holds: (resident?, rp id).
async fn stored_credentials(b: &Client, authenticator: &str) -> Vec<(bool, String)> {
    let list = b
        .issue_cmd(WebAuthnCommand {
            method: axum::http::Method::GET,
            path: format!("webauthn/authenticator/{authenticator}/credentials"),
            body: None,
        })
        .await
        .unwrap();
    list.as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["isResidentCredential"].as_bool().unwrap_or(false),
                c["rpId"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

/// An app served as `http://localhost:<port>` (browsers refuse passkeys
/// for an IP address), on SQLite or on `pg`; the origin browsers visit.
async fn app_on_localhost(pg: Option<PgDatabase>) -> (TestApp, String) {
    let port = free_port();
    let app = TestApp::spawn_configured(pg, |s| {
        s.addr = format!("127.0.0.1:{port}");
        s.base_url = None;
    })
    .await;
    assert_eq!(
        app.state.config.origin(),
        format!("http://localhost:{port}"),
        "a loopback address is linked as localhost without being told"
    );
    (app, format!("http://localhost:{port}"))
}

/// Each backend: SQLite, then PostgreSQL when `TEST_DATABASE_URL` is set.
async fn backends() -> Vec<Option<PgDatabase>> {
    let mut all = vec![None];
    if let Ok(admin_url) = std::env::var("TEST_DATABASE_URL") {
        all.push(Some(PgDatabase::create(&admin_url).await));
    }
    all
}

async fn text_of(b: &Client) -> String {
    b.find(Locator::Css("body"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

/// Waits until the page says `text` (after a ceremony and its navigation).
async fn shows(b: &Client, text: &str) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
    loop {
        let body = b.source().await.unwrap_or_default();
        if body.contains(text) {
            return;
        }
        if tokio::time::Instant::now() > deadline {
            panic!(
                "the page never said {text:?}: at {} it says {}",
                b.current_url().await.unwrap(),
                text_of(b).await
            );
        }
        // The ceremony and the page it leads to run on the browser's
        // schedule; look again in a moment.
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn click(b: &Client, css: &str) {
    b.wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no {css}: {e}"))
        .click()
        .await
        .unwrap();
}

/// Signs up `name` over HTTP, then logs in with the password in `b` and
/// adds a passkey called `key` from the security settings.
async fn sign_up_and_add_a_passkey(app: &TestApp, b: &Client, base: &str, name: &str, key: &str) {
    app.user(name).await;
    b.goto(&format!("{base}/login")).await.unwrap();
    submit_login(b, name, PASSWORD).await;
    lands_on(b, base, "/").await;
    b.goto(&format!("{base}/settings/security")).await.unwrap();
    fill(b, "#passkey-name", key).await;
    click(b, "form[data-passkey=register] button[type=submit]").await;
    shows(b, &format!("Passkey “{key}” added")).await;
}

/// The admin's rule that staff show a second factor, turned on (how an
/// admin turns it on is tested in two_factor.rs).
async fn require_a_second_factor_of_staff(app: &TestApp) {
    sqlx::query(
        "INSERT INTO site_setting (name, value, updated_at) VALUES ('staff_second_factor', 'on', 0)",
    )
    .execute(&app.db)
    .await
    .unwrap();
    app.wrote_behind_its_back().await;
}

async fn log_out(b: &Client, base: &str) {
    click(b, "form[action='/logout'] button").await;
    lands_on(b, base, "/").await;
    b.delete_all_cookies().await.unwrap();
}

#[tokio::test]
async fn a_passkey_added_in_settings_signs_in_alone_without_a_username() {
    let driver = Driver::start().await;
    for (pg, screen) in backends().await.into_iter().zip(SCREENS.iter().cycle()) {
        let (app, base) = app_on_localhost(pg).await;
        let b = driver.browser_on(*screen, false).await;
        let authenticator = add_authenticator(&b).await;
        sign_up_and_add_a_passkey(&app, &b, &base, "pia", "Work laptop").await;
        assert_eq!(
            stored_credentials(&b, &authenticator).await,
            [(true, "localhost".to_string())],
            "[{}] one discoverable credential, for this site",
            app.backend
        );
        let listed = text_of(&b).await;
        assert!(listed.contains("Work laptop"), "[{}] {listed}", app.backend);
        assert!(listed.contains("never used"), "[{}] {listed}", app.backend);
        app.run_pending_jobs().await;
        let mail = app.mail_read("pia@example.com");
        assert!(
            mail.iter()
                .any(|(s, b)| s.contains("passkey was added") && b.contains("Work laptop")),
            "[{}] the owner is told: {mail:?}",
            app.backend
        );

        log_out(&b, &base).await;
        b.goto(&format!("{base}/login")).await.unwrap();
        click(&b, "form[data-passkey=login] button[type=submit]").await;
        lands_on(&b, &base, "/").await;
        shows(&b, "Welcome back, pia").await;

        // Signed in with a passkey a moment ago: settings that ask for the
        // current password take this sign-in instead.
        b.goto(&format!("{base}/settings")).await.unwrap();
        fill(&b, "#new_email", "pia.new@example.com").await;
        click(&b, "form[action='/settings/email'] button[type=submit]").await;
        shows(&b, "We sent a link to pia.new@example.com").await;
        let used: Option<i64> = sqlx::query_scalar("SELECT last_used_at FROM passkey")
            .fetch_one(&app.db)
            .await
            .unwrap();
        assert!(used.is_some(), "[{}] its last use is kept", app.backend);
        b.goto(&format!("{base}/settings/security")).await.unwrap();
        assert!(
            text_of(&b).await.contains("last used"),
            "[{}] and listed",
            app.backend
        );

        // The login field offers the passkey in its autofill list once it
        // is focused (conditional mediation); the virtual authenticator
        // picks it as a person would.
        log_out(&b, &base).await;
        b.goto(&format!("{base}/login")).await.unwrap();
        click(&b, "input[name=login]").await;
        lands_on(&b, &base, "/").await;
        shows(&b, "Welcome back, pia").await;
        b.close().await.unwrap();
    }
}

#[tokio::test]
async fn a_passkey_made_for_one_origin_is_refused_on_another() {
    let driver = Driver::start().await;
    for pg in backends().await {
        let (app, base) = app_on_localhost(pg).await;
        let b = driver.browser_on(Screen::Desktop, false).await;
        add_authenticator(&b).await;
        sign_up_and_add_a_passkey(&app, &b, &base, "oona", "Phone").await;
        log_out(&b, &base).await;
        // Another site (a subdomain here): the browser will not use it.
        let elsewhere = base.replace("localhost", "other.localhost");
        b.goto(&format!("{elsewhere}/login")).await.unwrap();
        click(&b, "form[data-passkey=login] button[type=submit]").await;
        b.wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css("[data-passkey-error]:not([hidden])"))
            .await
            .expect("the page says the passkey could not be used");
        // The same site reached at another port (a second listener of the
        // same database, as a misrouted proxy would expose it): the browser
        // signs, and the server refuses an answer made for another origin.
        let port = free_port();
        let (database, origin) = (
            app.state.config.database_url.0.clone(),
            app.state.config.origin(),
        );
        let _twin = TestApp::spawn_configured(None, |s| {
            s.database_url = Some(database);
            s.addr = format!("127.0.0.1:{port}");
            s.base_url = Some(origin);
        })
        .await;
        let elsewhere = format!("http://localhost:{port}");
        b.goto(&format!("{elsewhere}/login")).await.unwrap();
        click(&b, "form[data-passkey=login] button[type=submit]").await;
        shows(&b, "That passkey was not accepted here").await;
        b.goto(&format!("{elsewhere}/")).await.unwrap();
        assert!(
            !text_of(&b).await.contains("oona"),
            "[{}] not logged in",
            app.backend
        );
        b.close().await.unwrap();
    }
}

#[tokio::test]
async fn a_passkey_stands_in_for_the_code_and_for_the_staff_rule() {
    let driver = Driver::start().await;
    for pg in backends().await {
        let (app, base) = app_on_localhost(pg).await;
        let b = driver.browser_on(Screen::Desktop, false).await;
        add_authenticator(&b).await;
        sign_up_and_add_a_passkey(&app, &b, &base, "ada", "Laptop").await;
        app.set_role("ada", "admin").await;
        require_a_second_factor_of_staff(&app).await;
        // Signed in with the password: the admin pages send her to set up
        // a second factor.
        b.goto(&format!("{base}/admin")).await.unwrap();
        lands_on(&b, &base, "/settings/security").await;
        log_out(&b, &base).await;
        // With the passkey, the same session shape reaches them.
        b.goto(&format!("{base}/login?next=/admin")).await.unwrap();
        click(&b, "form[data-passkey=login] button[type=submit]").await;
        lands_on(&b, &base, "/admin").await;
        b.close().await.unwrap();
    }
}

// ---------------------------------------------------------------- no browser

/// The login options as a visitor's browser asks for them.
async fn login_options(b: &mut crate::helpers::Browser) -> crate::helpers::Page {
    b.get("/login").await;
    b.post("/login/passkey/options", &[]).await
}

#[tokio::test]
async fn a_login_challenge_names_no_account_and_works_once() {
    on_each_backend(|app| async move {
        let mut b = app.browser();
        let r = login_options(&mut b).await;
        assert_eq!(r.status, StatusCode::OK, "[{}] {}", app.backend, r.text);
        let options: serde_json::Value = serde_json::from_str(&r.text).unwrap();
        let pk = &options["publicKey"];
        assert_eq!(pk["rpId"], "quill.test", "[{}] {options}", app.backend);
        assert_eq!(pk["userVerification"], "required");
        assert!(
            pk["allowCredentials"]
                .as_array()
                .is_none_or(|a| a.is_empty()),
            "[{}] usernameless: no account's credentials are listed",
            app.backend
        );
        assert!(pk["challenge"].as_str().unwrap().len() >= 22);
        // An answer from a passkey this site never saw is refused, and
        // uses the challenge up: the same answer again finds none.
        let unknown = serde_json::json!({"publicKey": {
            "rp": {"id": "quill.test"}, "user": {"id": "AAAAAAAAAAAAAAAAAAAAAA"},
            "challenge": "unused"}});
        let (mut stranger, _) = SoftPasskey::register(&app.state.config.origin(), &unknown);
        let answer = stranger.assertion(&options);
        let r = b
            .post("/login/passkey", &[("credential", &answer), ("next", "/")])
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}]",
            app.backend
        );
        assert!(r.text.contains("not registered here"), "[{}]", app.backend);
        let r = b
            .post("/login/passkey", &[("credential", &answer), ("next", "/")])
            .await;
        assert_eq!(
            (r.status, r.location.as_str()),
            (StatusCode::SEE_OTHER, "/login"),
            "[{}] a challenge answers once",
            app.backend
        );
        // A challenge belongs to the browser that asked for it.
        let r = login_options(&mut b).await;
        let options: serde_json::Value = serde_json::from_str(&r.text).unwrap();
        let mut other = app.browser();
        other.get("/login").await;
        let r = other
            .post(
                "/login/passkey",
                &[("credential", &stranger.assertion(&options)), ("next", "/")],
            )
            .await;
        assert_eq!(
            r.location, "/login",
            "[{}] another browser's challenge",
            app.backend
        );
        // Not JSON at all: a refusal, no 500.
        let r = b
            .post("/login/passkey", &[("credential", "{not json")])
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}]",
            app.backend
        );
        // Nothing was written to the session table for any of it.
        let sessions: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM session")
            .fetch_one(&app.db)
            .await
            .unwrap();
        assert_eq!(sessions, 0, "[{}] challenges are not sessions", app.backend);
    })
    .await;
}

#[tokio::test]
async fn adding_a_passkey_needs_a_login_and_a_browser_answer() {
    on_each_backend(|app| async move {
        let mut anon = app.browser();
        anon.get("/login").await;
        let r = anon.post("/settings/security/passkeys/options", &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}]", app.backend);
        assert!(r.location.starts_with("/login"), "[{}]", app.backend);

        let mut b = app.user("rhea").await;
        b.get("/settings/security").await;
        let r = b.post("/settings/security/passkeys/options", &[]).await;
        assert_eq!(r.status, StatusCode::OK, "[{}] {}", app.backend, r.text);
        let options: serde_json::Value = serde_json::from_str(&r.text).unwrap();
        let selection = &options["publicKey"]["authenticatorSelection"];
        assert_eq!(
            (
                selection["residentKey"].as_str(),
                selection["requireResidentKey"].as_bool()
            ),
            (Some("required"), Some(true)),
            "[{}] discoverable, so it signs in without a username: {options}",
            app.backend
        );
        assert_eq!(options["publicKey"]["user"]["name"], "rhea");
        // No JavaScript (no answer), and a forged answer: refused, clearly.
        let r = b
            .post("/settings/security/passkeys", &[("name", "Laptop")])
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}]",
            app.backend
        );
        assert!(r.text.contains("needs a browser that supports them"));
        let r = b
            .post(
                "/settings/security/passkeys",
                &[("name", "Laptop"), ("credential", "{\"id\":1}")],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}]",
            app.backend
        );
        let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM passkey")
            .fetch_one(&app.db)
            .await
            .unwrap();
        assert_eq!(stored, 0, "[{}] nothing stored", app.backend);
        // Someone else's passkey (or none) cannot be renamed or removed.
        let r = b.post("/settings/security/passkeys/77/delete", &[]).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "[{}]", app.backend);
        let r = b
            .post("/settings/security/passkeys/77/rename", &[("name", "x")])
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "[{}]", app.backend);
    })
    .await;
}

#[tokio::test]
async fn a_site_at_an_ip_address_says_passkeys_are_off() {
    let app = TestApp::spawn_configured(None, |s| {
        s.base_url = Some("http://192.0.2.10:3000".into());
    })
    .await;
    let mut b = app.user("ivo").await;
    let page = b.get("/settings/security").await;
    assert!(
        page.text.contains("Passkeys are off on this site"),
        "{}",
        page.text
    );
    let r = b.post("/settings/security/passkeys/options", &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
}

// ------------------------------------------- a software authenticator

/// The few CBOR shapes an attestation needs.
enum Cbor {
    Int(i64),
    Bytes(Vec<u8>),
    Text(&'static str),
    Map(Vec<(Cbor, Cbor)>),
}

fn cbor(value: &Cbor) -> Vec<u8> {
    fn head(major: u8, n: u64) -> Vec<u8> {
        let m = major << 5;
        match n {
            0..=23 => vec![m | n as u8],
            24..=0xff => vec![m | 24, n as u8],
            0x100..=0xffff => [vec![m | 25], (n as u16).to_be_bytes().to_vec()].concat(),
            _ => [vec![m | 26], (n as u32).to_be_bytes().to_vec()].concat(),
        }
    }
    match value {
        Cbor::Int(n) if *n >= 0 => head(0, *n as u64),
        Cbor::Int(n) => head(1, (-1 - n) as u64),
        Cbor::Bytes(b) => [head(2, b.len() as u64), b.clone()].concat(),
        Cbor::Text(t) => [head(3, t.len() as u64), t.as_bytes().to_vec()].concat(),
        Cbor::Map(entries) => {
            let mut out = head(5, entries.len() as u64);
            for (k, v) in entries {
                out.extend(cbor(k));
                out.extend(cbor(v));
            }
            out
        }
    }
}

fn b64u(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn sha256(bytes: &[u8]) -> Vec<u8> {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).to_vec()
}

/// One discoverable credential, as a platform authenticator keeps it; it
/// answers challenges the way a browser passes them on.
#[derive(Clone)]
struct SoftPasskey {
    pkcs8: Vec<u8>,
    credential_id: Vec<u8>,
    user_handle: Vec<u8>,
    rp_id: String,
    /// The page's origin, as the browser writes it into its client data.
    origin: String,
    /// The signature counter (`None`: a synced passkey that keeps none).
    counter: Option<u32>,
}

impl SoftPasskey {
    fn key(&self) -> ring::signature::EcdsaKeyPair {
        ring::signature::EcdsaKeyPair::from_pkcs8(
            &ring::signature::ECDSA_P256_SHA256_ASN1_SIGNING,
            &self.pkcs8,
            &ring::rand::SystemRandom::new(),
        )
        .unwrap()
    }

    fn client_data(&self, kind: &str, options: &serde_json::Value) -> Vec<u8> {
        serde_json::json!({
            "type": kind,
            "challenge": options["publicKey"]["challenge"],
            "origin": self.origin,
            "crossOrigin": false,
        })
        .to_string()
        .into_bytes()
    }

    /// A new credential for the registration `options`; its answer (JSON).
    fn register(origin: &str, options: &serde_json::Value) -> (SoftPasskey, String) {
        let pk = &options["publicKey"];
        let pkcs8 = ring::signature::EcdsaKeyPair::generate_pkcs8(
            &ring::signature::ECDSA_P256_SHA256_ASN1_SIGNING,
            &ring::rand::SystemRandom::new(),
        )
        .unwrap()
        .as_ref()
        .to_vec();
        let user_handle = {
            use base64::Engine;
            base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(pk["user"]["id"].as_str().unwrap())
                .unwrap()
        };
        let soft = SoftPasskey {
            pkcs8,
            credential_id: quill::crypto::random_token().as_bytes()[..16].to_vec(),
            user_handle,
            rp_id: pk["rp"]["id"].as_str().unwrap().to_string(),
            origin: origin.to_string(),
            counter: Some(0),
        };
        let answer = soft.registration(options);
        (soft, answer)
    }

    /// This credential's answer to registration `options` (again, for
    /// another account).
    fn registration(&self, options: &serde_json::Value) -> String {
        use ring::signature::KeyPair;
        let public = self.key().public_key().as_ref().to_vec();
        let cose = cbor(&Cbor::Map(vec![
            (Cbor::Int(1), Cbor::Int(2)),
            (Cbor::Int(3), Cbor::Int(-7)),
            (Cbor::Int(-1), Cbor::Int(1)),
            (Cbor::Int(-2), Cbor::Bytes(public[1..33].to_vec())),
            (Cbor::Int(-3), Cbor::Bytes(public[33..65].to_vec())),
        ]));
        let mut auth = sha256(self.rp_id.as_bytes());
        auth.push(0x45); // user present, user verified, credential data
        auth.extend(0u32.to_be_bytes());
        auth.extend([0u8; 16]);
        auth.extend((self.credential_id.len() as u16).to_be_bytes());
        auth.extend(&self.credential_id);
        auth.extend(cose);
        let attestation = cbor(&Cbor::Map(vec![
            (Cbor::Text("fmt"), Cbor::Text("none")),
            (Cbor::Text("attStmt"), Cbor::Map(vec![])),
            (Cbor::Text("authData"), Cbor::Bytes(auth)),
        ]));
        serde_json::json!({
            "id": b64u(&self.credential_id),
            "rawId": b64u(&self.credential_id),
            "type": "public-key",
            "response": {
                "clientDataJSON": b64u(&self.client_data("webauthn.create", options)),
                "attestationObject": b64u(&attestation),
            },
            "extensions": {},
        })
        .to_string()
    }

    /// Signs the login `options`' challenge, moving the counter on.
    fn assertion(&mut self, options: &serde_json::Value) -> String {
        if let Some(c) = self.counter.as_mut() {
            *c += 1;
        }
        let mut auth = sha256(self.rp_id.as_bytes());
        auth.push(0x05); // user present, user verified
        auth.extend(self.counter.unwrap_or(0).to_be_bytes());
        let client = self.client_data("webauthn.get", options);
        let signed = [auth.clone(), sha256(&client)].concat();
        let signature = self
            .key()
            .sign(&ring::rand::SystemRandom::new(), &signed)
            .unwrap();
        serde_json::json!({
            "id": b64u(&self.credential_id),
            "rawId": b64u(&self.credential_id),
            "type": "public-key",
            "response": {
                "clientDataJSON": b64u(&client),
                "authenticatorData": b64u(&auth),
                "signature": b64u(signature.as_ref()),
                "userHandle": b64u(&self.user_handle),
            },
            "extensions": {},
        })
        .to_string()
    }
}

/// Adds a software passkey to the account logged in to `b`.
async fn add_soft_passkey(
    app: &TestApp,
    b: &mut crate::helpers::Browser,
    name: &str,
) -> SoftPasskey {
    b.get("/settings/security").await;
    let r = b.post("/settings/security/passkeys/options", &[]).await;
    assert_eq!(r.status, StatusCode::OK, "[{}] {}", app.backend, r.text);
    let options: serde_json::Value = serde_json::from_str(&r.text).unwrap();
    let (soft, answer) = SoftPasskey::register(&app.state.config.origin(), &options);
    let r = b
        .post(
            "/settings/security/passkeys",
            &[("name", name), ("credential", &answer)],
        )
        .await;
    assert_eq!(
        r.status,
        StatusCode::SEE_OTHER,
        "[{}] {}",
        app.backend,
        r.text
    );
    soft
}

/// A passkey login in `b`: the challenge, then `soft`'s answer.
async fn passkey_login(
    b: &mut crate::helpers::Browser,
    soft: &mut SoftPasskey,
) -> crate::helpers::Page {
    let options = login_options(b).await;
    assert_eq!(options.status, StatusCode::OK, "{}", options.text);
    let options: serde_json::Value = serde_json::from_str(&options.text).unwrap();
    let answer = soft.assertion(&options);
    b.post("/login/passkey", &[("credential", &answer), ("next", "/")])
        .await
}

#[tokio::test]
async fn a_passkey_signs_in_without_a_username_and_skips_the_code() {
    on_each_backend(|app| async move {
        let mut owner = app.user("kai").await;
        let mut soft = add_soft_passkey(&app, &mut owner, "Laptop").await;
        // A second factor on: the password alone leads to the code step.
        let id = app.account_id("kai").await;
        sqlx::query(
            "INSERT INTO second_factor (account_id, totp_secret, last_step, enabled_at) VALUES ($1, 'JBSWY3DPEHPK3PXP', 0, 0)",
        )
        .bind(id)
        .execute(&app.db)
        .await
        .unwrap();
        let mut b = app.browser();
        b.get("/login").await;
        let r = b.login("kai", PASSWORD).await;
        assert_eq!(r.location, "/login/code", "[{}]", app.backend);
        // The passkey, typed nowhere, finishes it instead, under a new
        // session id.
        let session = |b: &crate::helpers::Browser| {
            b.cookies(&app.base)
                .split("; ")
                .find(|c| c.starts_with("quill_session="))
                .map(str::to_string)
        };
        let before = session(&b);
        assert!(before.is_some(), "[{}] the pending login's session", app.backend);
        let r = passkey_login(&mut b, &mut soft).await;
        assert_eq!(
            (r.status, r.location.as_str()),
            (StatusCode::SEE_OTHER, "/"),
            "[{}] {}",
            app.backend,
            r.text
        );
        assert!(b.is_logged_in_as("kai").await, "[{}]", app.backend);
        assert_ne!(session(&b), before, "[{}] the session id rotated", app.backend);
        // A fresh passkey sign-in stands in for the current password.
        b.get("/settings/security").await;
        let r = b
            .post("/settings/security/token", &[("label", "cli")])
            .await;
        assert_eq!(r.status, StatusCode::OK, "[{}] {}", app.backend, r.text);
        assert!(r.text.contains("id=\"new-token\""), "[{}]", app.backend);
        // A password login does not, even in a browser whose last login
        // was a passkey's.
        let r = owner
            .post("/settings/security/token", &[("label", "cli")])
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "[{}]", app.backend);
        app.user("kim").await;
        let r = b.login("kim", PASSWORD).await;
        assert_eq!(r.location, "/", "[{}]", app.backend);
        b.get("/settings/security").await;
        let r = b
            .post("/settings/security/token", &[("label", "cli")])
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}] kai's passkey does not vouch for kim",
            app.backend
        );
    })
    .await;
}

#[tokio::test]
async fn a_cloned_moved_or_removed_passkey_is_refused() {
    on_each_backend(|app| async move {
        let mut owner = app.user("lea").await;
        let mut soft = add_soft_passkey(&app, &mut owner, "Key").await;
        let clone = soft.clone();
        let mut signed_in = app.browser();
        let r = passkey_login(&mut signed_in, &mut soft).await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "[{}] {}",
            app.backend,
            r.text
        );
        // A copy of the authenticator repeats a counter already seen.
        let mut cloned = clone.clone();
        let r = passkey_login(&mut app.browser(), &mut cloned).await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}] a clone",
            app.backend
        );
        // Signed for another origin (a phishing page passing it on).
        let mut phished = soft.clone();
        phished.origin = "http://quill.test.evil.example".into();
        let r = passkey_login(&mut app.browser(), &mut phished).await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}] another origin",
            app.backend
        );
        assert!(r.text.contains("That passkey was not accepted here"));
        // Claiming another account's user handle.
        let mut other = app.user("max").await;
        let max = add_soft_passkey(&app, &mut other, "Max").await;
        let mut mixed = soft.clone();
        mixed.user_handle = max.user_handle.clone();
        let r = passkey_login(&mut app.browser(), &mut mixed).await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}] a handle",
            app.backend
        );
        // One authenticator credential cannot be added to a second account.
        other.get("/settings/security").await;
        let r = other.post("/settings/security/passkeys/options", &[]).await;
        let options: serde_json::Value = serde_json::from_str(&r.text).unwrap();
        let r = other
            .post(
                "/settings/security/passkeys",
                &[
                    ("name", "stolen"),
                    ("credential", &soft.registration(&options)),
                ],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}]",
            app.backend
        );
        assert!(r.text.contains("already registered"), "[{}]", app.backend);
        // Removed: the browser may still offer it; the site says why not.
        let id: i64 = sqlx::query_scalar("SELECT id FROM passkey WHERE name = 'Key'")
            .fetch_one(&app.db)
            .await
            .unwrap();
        owner.get("/settings/security").await;
        let r = owner
            .post(&format!("/settings/security/passkeys/{id}/delete"), &[])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}]", app.backend);
        let r = passkey_login(&mut app.browser(), &mut soft).await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}]",
            app.backend
        );
        assert!(r.text.contains("not registered here"), "[{}]", app.backend);
        // And the sessions it made (on a device now lost) are over.
        assert!(!signed_in.is_logged_in_as("lea").await, "[{}]", app.backend);
        assert!(
            owner.is_logged_in_as("lea").await,
            "[{}] not this one",
            app.backend
        );
        app.run_pending_jobs().await;
        let subjects: Vec<String> = app
            .mail_read("lea@example.com")
            .into_iter()
            .map(|(s, _)| s)
            .collect();
        assert!(
            subjects.iter().any(|s| s.contains("passkey was added"))
                && subjects.iter().any(|s| s.contains("passkey was removed")),
            "[{}] {subjects:?}",
            app.backend
        );
    })
    .await;
}

#[tokio::test]
async fn a_banned_account_cannot_sign_in_with_its_passkey_and_staff_can_with_theirs() {
    on_each_backend(|app| async move {
        let mut mod_b = app.user("mia").await;
        let mut staff = add_soft_passkey(&app, &mut mod_b, "Staff key").await;
        app.set_role("mia", "moderator").await;
        require_a_second_factor_of_staff(&app).await;
        let r = mod_b.get("/admin/reports").await;
        assert_eq!(
            (r.status, r.location.as_str()),
            (StatusCode::SEE_OTHER, "/settings/security"),
            "[{}] the password's session is sent to set up a second factor",
            app.backend
        );
        let mut b = app.browser();
        passkey_login(&mut b, &mut staff).await;
        let r = b.get("/admin/reports").await;
        assert_eq!(
            r.status,
            StatusCode::OK,
            "[{}] the passkey's is not",
            app.backend
        );

        let mut user_b = app.user("ned").await;
        let mut soft = add_soft_passkey(&app, &mut user_b, "Ned").await;
        sqlx::query("UPDATE account SET banned_at = 1 WHERE username = 'ned'")
            .execute(&app.db)
            .await
            .unwrap();
        app.wrote_behind_its_back().await;
        let mut b = app.browser();
        let r = passkey_login(&mut b, &mut soft).await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "[{}]",
            app.backend
        );
        assert!(!b.is_logged_in_as("ned").await, "[{}]", app.backend);
    })
    .await;
}
