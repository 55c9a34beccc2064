//! The cost of the interface's languages: parsing every message file at
//! start, and writing messages as a page does (a plain one, a plural, a
//! date), per language.
//!
//!   cargo bench --bench i18n

use std::time::{Duration, Instant};

use quill::i18n::{I18n, LANGUAGES};

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs[xs.len() / 2]
}

/// Median time per call of `f`, over `rounds` rounds of `n` calls.
fn per_call(rounds: usize, n: u32, mut f: impl FnMut()) -> Duration {
    let times = (0..rounds)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..n {
                f();
            }
            t.elapsed() / n
        })
        .collect();
    median(times)
}

fn main() -> anyhow::Result<()> {
    let starts: Vec<Duration> = (0..20)
        .map(|_| {
            let t = Instant::now();
            let catalogue = I18n::new().expect("the catalogue parses");
            let took = t.elapsed();
            drop(catalogue);
            took
        })
        .collect();
    let messages = I18n::keys("en").len();
    println!(
        "catalogue: {} languages x {messages} messages parsed in {:.1} ms (median of 20)",
        LANGUAGES.len(),
        median(starts).as_secs_f64() * 1e3
    );
    let i18n = I18n::new()?;
    let now = quill::db::now_ms();
    println!("per call (median of 15 rounds x 20,000), ns:");
    println!(
        "{:<8} {:>8} {:>8} {:>8} {:>8}",
        "lang", "t", "plural", "date", "ago"
    );
    for language in LANGUAGES {
        let lang = i18n.lang(language.code);
        let mut sink = 0usize;
        let plain = per_call(15, 20_000, || sink += lang.t("nav-log-in").len());
        let plural = per_call(15, 20_000, || {
            sink += lang.t1("posts-likes", "count", 2).len()
        });
        let date = per_call(15, 20_000, || sink += lang.date(now).len());
        let ago = per_call(15, 20_000, || sink += lang.ago(now - 180_000).len());
        std::hint::black_box(sink);
        println!(
            "{:<8} {:>8} {:>8} {:>8} {:>8}",
            language.code,
            plain.as_nanos(),
            plural.as_nanos(),
            date.as_nanos(),
            ago.as_nanos()
        );
    }
    Ok(())
}
