//! The interface in the reader's language. Every word Quill writes on a
//! page or in a mail is a Fluent message in `locales/<language>/<area>.ftl`,
//! compiled into the binary; English is complete by definition and a test
//! fails when another language lacks one of its messages. A message missing
//! from a language is written in English, never as its key.
//!
//! Which language a request gets is decided once (`negotiate`): the
//! person's setting, then `Accept-Language`, then English.

mod negotiate;

use std::borrow::Borrow;
use std::sync::Arc;

use axum::response::Response;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use negotiate::{from_accept_language, pick};

/// A language the interface ships in.
#[derive(Debug)]
pub struct Language {
    /// BCP 47 tag, as written in `<html lang>` and stored in `users.locale`.
    pub code: &'static str,
    /// The language's name in itself, for the settings menu.
    pub name: &'static str,
    pub rtl: bool,
}

/// Every shipped language; English first (it is the fallback).
pub const LANGUAGES: &[Language] = &[
    Language {
        code: "en",
        name: "English",
        rtl: false,
    },
    Language {
        code: "de",
        name: "Deutsch",
        rtl: false,
    },
    Language {
        code: "es",
        name: "Español",
        rtl: false,
    },
    Language {
        code: "fr",
        name: "Français",
        rtl: false,
    },
    Language {
        code: "pt-BR",
        name: "Português (Brasil)",
        rtl: false,
    },
    Language {
        code: "ja",
        name: "日本語",
        rtl: false,
    },
    Language {
        code: "zh-Hans",
        name: "简体中文",
        rtl: false,
    },
    Language {
        code: "ar",
        name: "العربية",
        rtl: true,
    },
];

/// The message files of one language, one per area of the site, in the
/// order `LANGUAGES` lists them.
macro_rules! sources {
    ([$($lang:literal),*], $areas:tt) => {
        &[$(($lang, sources!(@areas $lang $areas))),*]
    };
    (@areas $lang:literal [$($area:literal),*]) => {
        &[$(($area, include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"), "/locales/", $lang, "/", $area, ".ftl"
        )))),*]
    };
}

type Sources = &'static [(&'static str, &'static [(&'static str, &'static str)])];

/// Adding a language: its code here and in `LANGUAGES`, and a copy of
/// `locales/en/` translated (see docs/languages.md).
pub const SOURCES: Sources = sources!(
    ["en", "de", "es", "fr", "pt-BR", "ja", "zh-Hans", "ar"],
    [
        "common",
        "accounts",
        "posts",
        "social",
        "profiles",
        "settings",
        "notifications",
        "search",
        "moderation",
        "admin",
        "mail"
    ]
);

struct Catalog {
    bundles: Vec<FluentBundle<FluentResource>>,
    /// Per language, the `js-` messages as a JSON object for the page's
    /// script, placeholders left as `{name}` for it to fill.
    scripts: Vec<String>,
}

impl Catalog {
    fn format(&self, index: usize, key: &str, args: Option<&FluentArgs>) -> String {
        for (bundle, lang) in [(&self.bundles[index], index), (&self.bundles[0], 0)] {
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                if !errors.is_empty() {
                    tracing::warn!(
                        key,
                        lang = LANGUAGES[lang].code,
                        ?errors,
                        "message formatted with errors"
                    );
                }
                return text.into_owned();
            }
        }
        // Only a key missing from English gets here, and a test
        // (`every_message_the_code_names_exists_in_english`) keeps that
        // from shipping; an empty string reads better than a key.
        tracing::error!(key, "no such message, not even in English");
        String::new()
    }
}

/// All languages' messages, parsed once at start-up and shared.
#[derive(Clone)]
pub struct I18n(Arc<Catalog>);

impl I18n {
    /// Parses every message file; a file that is not valid Fluent stops
    /// start-up with its name and the error, so a broken translation never
    /// ships silently.
    pub fn new() -> anyhow::Result<I18n> {
        let mut bundles = Vec::with_capacity(LANGUAGES.len());
        for (language, (code, files)) in LANGUAGES.iter().zip(SOURCES) {
            anyhow::ensure!(language.code == *code, "SOURCES and LANGUAGES disagree");
            let id: unic_langid::LanguageIdentifier = code
                .parse()
                .map_err(|e| anyhow::anyhow!("language tag {code}: {e}"))?;
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Pages isolate user text themselves (dir="auto", <bdi>); the
            // invisible FSI/PDI marks Fluent would add get in the way of
            // copying and searching.
            bundle.set_use_isolating(false);
            for (area, text) in *files {
                let resource = FluentResource::try_new(text.to_string()).map_err(|(_, errs)| {
                    anyhow::anyhow!("locales/{code}/{area}.ftl is not valid Fluent: {errs:?}")
                })?;
                bundle.add_resource(resource).map_err(|errs| {
                    anyhow::anyhow!("locales/{code}/{area}.ftl repeats a message: {errs:?}")
                })?;
            }
            bundles.push(bundle);
        }
        let mut catalog = Catalog {
            bundles,
            scripts: Vec::new(),
        };
        let english = I18n::keys("en");
        for index in 0..LANGUAGES.len() {
            let mut args = FluentArgs::new();
            for name in ["name", "reason", "offset", "count"] {
                args.set(name, format!("{{{name}}}"));
            }
            let messages: serde_json::Map<String, serde_json::Value> = english
                .iter()
                .filter(|k| k.starts_with("js-"))
                .map(|k| (k.clone(), catalog.format(index, k, Some(&args)).into()))
                .collect();
            // Inside <script>: no "</script>" can close it early.
            let json = serde_json::Value::Object(messages)
                .to_string()
                .replace('<', "\\u003c");
            catalog.scripts.push(json);
        }
        Ok(I18n(Arc::new(catalog)))
    }

    /// The language with this code; unknown codes get English.
    pub fn lang(&self, code: &str) -> Lang {
        let index = LANGUAGES
            .iter()
            .position(|l| l.code.eq_ignore_ascii_case(code))
            .unwrap_or(0);
        Lang {
            catalog: self.0.clone(),
            index,
        }
    }

    pub fn english(&self) -> Lang {
        self.lang("en")
    }

    /// The language for a person's setting (a stored code, or none) and,
    /// failing that, their browser's `Accept-Language`.
    pub fn negotiate(&self, setting: Option<&str>, accept_language: Option<&str>) -> Lang {
        let code = setting
            .and_then(pick)
            .or_else(|| accept_language.and_then(from_accept_language))
            .unwrap_or("en");
        self.lang(code)
    }

    /// The language a person stored, if it still ships.
    pub fn chosen(&self, locale: Option<&str>) -> Option<Lang> {
        locale.and_then(pick).map(|code| self.lang(code))
    }

    /// The language to write to someone in: their stored setting, or
    /// English when they never chose one.
    pub fn for_account(&self, locale: Option<&str>) -> Lang {
        self.negotiate(locale, None)
    }

    /// Every message key of a language, for the completeness test.
    pub fn keys(code: &str) -> Vec<String> {
        SOURCES
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, files)| {
                files
                    .iter()
                    .flat_map(|(_, text)| message_keys(text))
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// The message identifiers of one Fluent file (terms, `-name`, excluded).
fn message_keys(text: &str) -> Vec<String> {
    match FluentResource::try_new(text.to_string()) {
        Ok(res) | Err((res, _)) => res
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect(),
    }
}

/// A value for a placeable in a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}
// Templates pass their arguments by reference, so a `&str` field arrives
// as `&&str`.
impl From<&&str> for Arg {
    fn from(s: &&str) -> Arg {
        Arg::Text(s.to_string())
    }
}
impl From<&&String> for Arg {
    fn from(s: &&String) -> Arg {
        Arg::Text(s.to_string())
    }
}
macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
        impl From<&$t> for Arg {
            fn from(n: &$t) -> Arg {
                Arg::from(*n)
            }
        }
        impl From<&&$t> for Arg {
            fn from(n: &&$t) -> Arg {
                Arg::from(**n)
            }
        }
    )*};
}
number_args!(i32, i64, u8, u16, u32, u64, usize);

/// A message decided where the reader's language is not known (a
/// validation deep in a feature, an error): its key and arguments, written
/// out later with `Lang::msg`.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    Message {
        key: &'static str,
        args: Vec<(&'static str, Arg)>,
    },
    /// Text that is not Quill's to translate: what someone typed, or words
    /// from another system (a database's or a parser's error).
    Verbatim(String),
}

impl Msg {
    pub fn new(key: &'static str) -> Msg {
        Msg::Message {
            key,
            args: Vec::new(),
        }
    }

    pub fn verbatim(text: impl Into<String>) -> Msg {
        Msg::Verbatim(text.into())
    }

    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Msg {
        if let Msg::Message { args, .. } = &mut self {
            args.push((name, value.into()));
        }
        self
    }

    /// The key, for tests and logs ("" for verbatim text).
    pub fn key(&self) -> &'static str {
        match self {
            Msg::Message { key, .. } => key,
            Msg::Verbatim(_) => "",
        }
    }
}

impl From<&'static str> for Msg {
    fn from(key: &'static str) -> Msg {
        Msg::new(key)
    }
}

impl From<String> for Msg {
    fn from(text: String) -> Msg {
        Msg::Verbatim(text)
    }
}

type Writer = dyn Fn(&Lang, Response) -> Response + Send + Sync;

/// A response whose words are written once the reader's language is known:
/// errors raised where it is not (`AppError`, `ApiError`) carry one, and
/// `web::language`, which every response passes through, writes it.
#[derive(Clone)]
pub struct Unwritten(Arc<Writer>);

impl Unwritten {
    pub fn attach(
        mut resp: Response,
        write: impl Fn(&Lang, Response) -> Response + Send + Sync + 'static,
    ) -> Response {
        resp.extensions_mut().insert(Unwritten(Arc::new(write)));
        resp
    }

    /// `waiting` (its status and headers, set before the words were
    /// known) with the body and headers of `written`.
    pub fn fill(waiting: Response, written: Response) -> Response {
        let (parts, _) = waiting.into_parts();
        let (written, body) = written.into_parts();
        let mut resp = Response::from_parts(parts, body);
        resp.headers_mut().extend(written.headers);
        resp
    }

    pub fn is_pending(resp: &Response) -> bool {
        resp.extensions().get::<Unwritten>().is_some()
    }

    /// Writes `resp`'s words in `lang`, if it has any waiting.
    pub fn write(lang: &Lang, mut resp: Response) -> Response {
        match resp.extensions_mut().remove::<Unwritten>() {
            Some(Unwritten(write)) => write(lang, resp),
            None => resp,
        }
    }
}

/// One request's (or one recipient's) language.
#[derive(Clone)]
pub struct Lang {
    catalog: Arc<Catalog>,
    index: usize,
}

impl std::fmt::Debug for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl Lang {
    pub fn code(&self) -> &'static str {
        LANGUAGES[self.index].code
    }

    /// English, from the same catalogue (the API answers in English).
    pub fn english(&self) -> Lang {
        Lang {
            catalog: self.catalog.clone(),
            index: 0,
        }
    }

    pub fn is_rtl(&self) -> bool {
        LANGUAGES[self.index].rtl
    }

    /// `rtl` or `ltr`, for `<html dir>`.
    pub fn dir(&self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }

    /// The message `key`, in this language or else in English.
    pub fn t(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// A message with one argument (`t1("likes", "count", 3)`).
    pub fn t1(&self, key: &str, name: &str, value: impl Into<Arg>) -> String {
        self.with_args(key, [(name, value.into())])
    }

    pub fn t2(
        &self,
        key: &str,
        name1: &str,
        value1: impl Into<Arg>,
        name2: &str,
        value2: impl Into<Arg>,
    ) -> String {
        self.with_args(key, [(name1, value1.into()), (name2, value2.into())])
    }

    #[allow(clippy::too_many_arguments)]
    pub fn t3(
        &self,
        key: &str,
        name1: &str,
        value1: impl Into<Arg>,
        name2: &str,
        value2: impl Into<Arg>,
        name3: &str,
        value3: impl Into<Arg>,
    ) -> String {
        self.with_args(
            key,
            [
                (name1, value1.into()),
                (name2, value2.into()),
                (name3, value3.into()),
            ],
        )
    }

    fn with_args<'a>(&self, key: &str, named: impl IntoIterator<Item = (&'a str, Arg)>) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in named {
            set(&mut args, name, value);
        }
        self.format(key, Some(&args))
    }

    /// A message decided earlier (`Msg`), written out now.
    pub fn msg(&self, msg: &Msg) -> String {
        match msg {
            Msg::Verbatim(text) => text.clone(),
            Msg::Message { key, args } if args.is_empty() => self.t(key),
            Msg::Message { key, args } => {
                self.with_args(key, args.iter().map(|(name, value)| (*name, value.clone())))
            }
        }
    }

    fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        self.catalog.format(self.index, key, args)
    }

    /// The `js-` messages as JSON, for `<script id="messages">`.
    pub fn script_messages(&self) -> &str {
        &self.catalog.scripts[self.index]
    }

    /// A day as this language writes it ("5 Dec 2026", "2026年12月5日").
    pub fn date(&self, ms: impl Borrow<i64>) -> String {
        let dt = utc(*ms.borrow());
        let month = u8::from(dt.month());
        let mut args = FluentArgs::new();
        args.set("day", dt.day());
        args.set("month", self.t(&format!("month-{month}")));
        args.set("monthnum", month);
        args.set("year", dt.year());
        self.format("date", Some(&args))
    }

    /// Date and time (UTC), for admin pages, where the minute matters.
    pub fn datetime(&self, ms: impl Borrow<i64>) -> String {
        let ms = *ms.borrow();
        let dt = utc(ms);
        let mut args = FluentArgs::new();
        args.set("date", self.date(ms));
        args.set("time", format!("{:02}:{:02}", dt.hour(), dt.minute()));
        self.format("datetime", Some(&args))
    }

    /// How long before now `ms` was, in its largest whole unit.
    pub fn ago(&self, ms: i64) -> String {
        let secs = (crate::db::now_ms() - ms).max(0) / 1000;
        let (count, key) = match secs {
            0..60 => return self.t("ago-now"),
            60..3600 => (secs / 60, "ago-minutes"),
            3600..86_400 => (secs / 3600, "ago-hours"),
            _ => (secs / 86_400, "ago-days"),
        };
        self.t1(key, "count", count)
    }
}

fn set(args: &mut FluentArgs<'_>, name: &str, value: Arg) {
    let value: FluentValue<'static> = match value {
        Arg::Text(s) => s.into(),
        Arg::Number(n) => n.into(),
    };
    args.set(name.to_string(), value);
}

fn utc(ms: i64) -> time::OffsetDateTime {
    time::OffsetDateTime::from_unix_timestamp(ms.div_euclid(1000))
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn i18n() -> I18n {
        I18n::new().unwrap()
    }

    #[test]
    fn every_language_has_every_message_english_has() {
        let english = I18n::keys("en");
        assert!(
            english.len() > 100,
            "English has only {} messages",
            english.len()
        );
        for language in LANGUAGES.iter().skip(1) {
            let theirs: std::collections::HashSet<String> =
                I18n::keys(language.code).into_iter().collect();
            let missing: Vec<&String> = english.iter().filter(|k| !theirs.contains(*k)).collect();
            assert!(
                missing.is_empty(),
                "{} lacks {} messages English has, such as {:?}",
                language.code,
                missing.len(),
                &missing[..missing.len().min(10)]
            );
        }
    }

    #[test]
    fn no_language_has_a_message_english_lacks() {
        let english: std::collections::HashSet<String> = I18n::keys("en").into_iter().collect();
        for language in LANGUAGES.iter().skip(1) {
            let extra: Vec<String> = I18n::keys(language.code)
                .into_iter()
                .filter(|k| !english.contains(k))
                .collect();
            assert!(
                extra.is_empty(),
                "{} has stale messages {extra:?}",
                language.code
            );
        }
    }

    /// Every `"area-…"` string in the code and every `t("…")` in the
    /// templates names a message English has: a typo would show nothing.
    #[test]
    fn every_message_the_code_names_exists_in_english() {
        const AREAS: &[&str] = &[
            "accounts",
            "posts",
            "feeds",
            "search",
            "social",
            "profiles",
            "notifications",
            "settings",
            "media",
            "moderation",
            "admin",
            "error",
            "nav",
            "paging",
            "js",
            "role",
            "footer",
            "ago",
            "month",
            // ("mail" is left out: the rate limits name "mail-address" and "mail-ip".)
        ];
        let english: std::collections::HashSet<String> = I18n::keys("en").into_iter().collect();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        let mut dirs = vec![root.join("src"), root.join("templates")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else {
                    files.push(path);
                }
            }
        }
        let mut unknown = Vec::new();
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            let template = file.extension().is_some_and(|e| e == "html" || e == "txt");
            for (i, piece) in text.split('"').enumerate() {
                let quoted = i % 2 == 1;
                let looks_like_key = piece.contains('-')
                    && !piece.ends_with('-')
                    && piece
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                    && AREAS.contains(&piece.split('-').next().unwrap_or(""));
                // In templates only message calls count (class names look alike).
                let called = !template || {
                    let before = text.split('"').take(i).collect::<Vec<_>>().join("\"");
                    before.ends_with("t(")
                        || before.ends_with("t1(")
                        || before.ends_with("t2(")
                        || before.ends_with("t3(")
                };
                if quoted && looks_like_key && called && !english.contains(piece) {
                    unknown.push(format!("{}: {piece}", file.display()));
                }
            }
        }
        assert!(unknown.is_empty(), "messages English lacks: {unknown:#?}");
    }

    #[test]
    fn every_message_file_parses() {
        i18n();
    }

    #[test]
    fn plurals_follow_each_languages_rules() {
        let i = i18n();
        assert_eq!(
            i.english().ago(crate::db::now_ms() - 60_000),
            "1 minute ago"
        );
        assert_eq!(
            i.english().ago(crate::db::now_ms() - 180_000),
            "3 minutes ago"
        );
        let de = i.lang("de");
        assert_eq!(de.ago(crate::db::now_ms() - 180_000), "vor 3 Minuten");
    }

    #[test]
    fn dates_are_written_the_readers_way() {
        let i = i18n();
        // 2026-12-05 12:00 UTC
        let ms = 1_796_472_000_000;
        assert_eq!(i.english().date(ms), "5 Dec 2026");
        assert_eq!(i.lang("ja").date(ms), "2026年12月5日");
        assert_eq!(i.english().datetime(ms), "5 Dec 2026 12:00 UTC");
    }

    #[test]
    fn a_missing_translation_falls_back_to_english_not_the_key() {
        let i = i18n();
        // `Msg` keys are written out the same way; an unknown key is empty.
        let de = i.lang("de");
        assert_eq!(de.t("no-such-message-anywhere"), "");
        assert!(!de.t("date").is_empty());
    }

    #[test]
    fn the_setting_wins_over_the_browser_and_english_is_last() {
        let i = i18n();
        assert_eq!(i.negotiate(Some("fr"), Some("de")).code(), "fr");
        assert_eq!(i.negotiate(None, Some("de-AT,de;q=0.9")).code(), "de");
        assert_eq!(i.negotiate(Some("xx"), Some("ja")).code(), "ja");
        assert_eq!(i.negotiate(None, Some("xx-unknown")).code(), "en");
        assert_eq!(i.negotiate(None, None).code(), "en");
    }
}
