//! Image upload processing: time and peak memory of `media::process::process`
//! on a 12-megapixel photo, the size a phone camera uploads.
//!
//!   cargo bench --bench media
//!   BENCH_RUNS=10 cargo bench --bench media
//!   MEDIA_BENCH_WRITE=/tmp/photo.jpg cargo bench --bench media   # only write the photo
//!
//! The photo (4000×3000, JPEG quality 90) is generated in memory, so the
//! numbers do not depend on a file someone has to find; `MEDIA_BENCH_WRITE`
//! saves it and exits, which is how bench/upload.sh gets the same picture.
//!
//! Time: one warm-up run, then `BENCH_RUNS` (default 5) timed runs per use.
//! "decode only" is the JPEG decode alone, for how much of `process` it is.
//!
//! Memory: the peak of one run, as VmHWM (the kernel's high-water mark of
//! resident memory). A high-water mark only goes up, so each measurement is
//! a fresh process: this binary re-runs itself with `MEDIA_BENCH_CHILD`,
//! reads the JPEG from a file (the generator's own buffers would otherwise
//! set the mark), notes VmHWM before processing and again after.
//!
//! A plain binary (`harness = false`) like benches/queue.rs: a handful of
//! runs of ~1 s each is the quantity of interest, and it needs no extra
//! dependency.

// A test, bench or example that cannot go on may panic: unwrap is allowed here.
#![allow(clippy::unwrap_used)]

use std::hint::black_box;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use image::codecs::jpeg::JpegEncoder;
use image::{ImageFormat, Rgb, RgbImage};
use quill::media::process::{Use, Variants, process};

const WIDTH: u32 = 4000;
const HEIGHT: u32 = 3000;
const QUALITY: u8 = 90;
/// The server's default (QUILL_MAX_IMAGE_MEGAPIXELS=40).
const MAX_PIXELS: u64 = 40_000_000;

/// What one row measures.
#[derive(Clone, Copy)]
enum Work {
    Process(Use),
    Decode,
}

impl Work {
    const ALL: [Work; 3] = [
        Work::Process(Use::Post),
        Work::Process(Use::Avatar),
        Work::Decode,
    ];

    fn name(self) -> &'static str {
        match self {
            Work::Process(Use::Post) => "post",
            Work::Process(Use::Avatar) => "avatar",
            Work::Decode => "decode",
        }
    }

    fn from_name(name: &str) -> Option<Work> {
        Work::ALL.into_iter().find(|w| w.name() == name)
    }

    fn run(self, bytes: &[u8]) -> anyhow::Result<()> {
        match self {
            Work::Process(use_) => {
                black_box(process(black_box(bytes), use_, MAX_PIXELS)?);
            }
            Work::Decode => {
                black_box(image::load_from_memory_with_format(
                    black_box(bytes),
                    ImageFormat::Jpeg,
                )?);
            }
        }
        Ok(())
    }
}

fn main() -> anyhow::Result<()> {
    // `cargo bench` passes `--bench`; there are no other arguments to read.
    if let Ok(name) = std::env::var("MEDIA_BENCH_CHILD") {
        return child(&name);
    }

    let started = Instant::now();
    let jpeg = photo(WIDTH, HEIGHT)?;
    let generated = started.elapsed();

    if let Ok(path) = std::env::var("MEDIA_BENCH_WRITE") {
        std::fs::write(&path, &jpeg).with_context(|| format!("writing {path}"))?;
        eprintln!(
            "wrote {path}: {WIDTH}×{HEIGHT} JPEG q{QUALITY}, {} bytes",
            jpeg.len()
        );
        return Ok(());
    }

    let runs: usize = match std::env::var("BENCH_RUNS") {
        Ok(v) => v.parse().context("BENCH_RUNS must be a number")?,
        Err(_) => 5,
    };
    if runs == 0 {
        bail!("BENCH_RUNS must be at least 1");
    }
    println!(
        "photo: {WIDTH}×{HEIGHT} JPEG q{QUALITY}, {:.2} MB (generated in {:.1} s); \
         {runs} timed runs after 1 warm-up; nproc={}; loadavg {}",
        jpeg.len() as f64 / 1e6,
        generated.as_secs_f64(),
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        loadavg(),
    );
    for use_ in [Use::Post, Use::Avatar] {
        println!(
            "{:<7} {}",
            Work::Process(use_).name(),
            describe(&process(&jpeg, use_, MAX_PIXELS)?)
        );
    }

    // The children read the photo from here; removed when `dir` drops.
    let dir = tempfile::tempdir()?;
    let input = dir.path().join("photo.jpg");
    std::fs::write(&input, &jpeg)?;

    println!();
    println!(
        "{:<8} {:>8} {:>9} {:>8}   {:>12} {:>12} {:>13}",
        "work", "min ms", "median ms", "max ms", "RSS before", "peak RSS", "peak - before"
    );
    for work in Work::ALL {
        let mut times = Vec::with_capacity(runs);
        work.run(&jpeg)?; // warm-up: first-touch page faults, allocator growth
        for _ in 0..runs {
            let t = Instant::now();
            work.run(&jpeg)?;
            times.push(t.elapsed());
        }
        times.sort();
        let (before, peak) = peak_memory(work, &input)?;
        println!(
            "{:<8} {:>8.0} {:>9.0} {:>8.0}   {:>8.1} MiB {:>8.1} MiB {:>9.1} MiB",
            work.name(),
            ms(times[0]),
            ms(times[times.len() / 2]),
            ms(times[times.len() - 1]),
            mib(before),
            mib(peak),
            mib(peak.saturating_sub(before)),
        );
    }
    Ok(())
}

/// Child mode: one run of `name` on the file `MEDIA_BENCH_INPUT`; prints
/// "VmHWM-before VmHWM-after" in kB.
fn child(name: &str) -> anyhow::Result<()> {
    let work =
        Work::from_name(name).with_context(|| format!("unknown MEDIA_BENCH_CHILD {name:?}"))?;
    let input = std::env::var("MEDIA_BENCH_INPUT").context("MEDIA_BENCH_INPUT is not set")?;
    let bytes = std::fs::read(&input).with_context(|| format!("reading {input}"))?;
    let before = vm_hwm_kb()?;
    work.run(&bytes)?;
    let after = vm_hwm_kb()?;
    println!("{before} {after}");
    Ok(())
}

/// Runs `work` once in a fresh copy of this binary: (VmHWM before, after) in kB.
fn peak_memory(work: Work, input: &Path) -> anyhow::Result<(u64, u64)> {
    let exe = std::env::current_exe()?;
    let out = Command::new(exe)
        .env("MEDIA_BENCH_CHILD", work.name())
        .env("MEDIA_BENCH_INPUT", input)
        .output()?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        bail!(
            "child {} failed ({}): {}{}",
            work.name(),
            out.status,
            stdout,
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let mut numbers = stdout.split_whitespace().map(str::parse::<u64>);
    match (numbers.next(), numbers.next()) {
        (Some(Ok(before)), Some(Ok(after))) => Ok((before, after)),
        _ => bail!("child {} printed {stdout:?}", work.name()),
    }
}

fn vm_hwm_kb() -> anyhow::Result<u64> {
    let status = std::fs::read_to_string("/proc/self/status")?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .context("no VmHWM in /proc/self/status (Linux only)")
}

/// A picture that compresses like a photograph: smooth light (gradients),
/// a horizon, mid-scale texture (interfering waves, like foliage or fabric),
/// hard-edged shapes and sensor noise. A flat image would make the decoder's
/// work unrealistically small, pure noise unrealistically large.
fn photo(width: u32, height: u32) -> anyhow::Result<Vec<u8>> {
    // xorshift64: deterministic, so every run measures the same bytes.
    let mut state = 0x9E37_79B9_7F4A_7C15_u64;
    let mut noise = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        // Sum of two uniforms: triangular, ±NOISE, like a sensor's grain.
        const NOISE: f32 = 10.0;
        let u = |bits: u64| (bits & 0xFFFF) as f32 / 65535.0;
        (u(state) + u(state >> 16) - 1.0) * NOISE
    };
    let discs = [
        // centre x, centre y, radius (fractions of the width), colour
        (0.25, 0.62, 0.08, [200.0, 60.0, 50.0]),
        (0.55, 0.70, 0.12, [230.0, 200.0, 80.0]),
        (0.80, 0.55, 0.05, [60.0, 70.0, 160.0]),
    ];
    let (w, h) = (width as f32, height as f32);
    let img = RgbImage::from_fn(width, height, |x, y| {
        let (fx, fy) = (x as f32 / w, y as f32 / h);
        let (xf, yf) = (x as f32, y as f32);
        let horizon = 0.45 + 0.05 * (fx * 7.0).sin();
        let mut rgb = if fy < horizon {
            // sky: darker blue overhead, paler towards the horizon, soft clouds
            let cloud = 0.5 + 0.5 * ((xf * 0.004 + (yf * 0.01).sin()).sin() * (yf * 0.006).cos());
            [
                90.0 + 80.0 * fy + 40.0 * cloud,
                140.0 + 60.0 * fy + 35.0 * cloud,
                220.0 - 20.0 * fy + 20.0 * cloud,
            ]
        } else {
            // ground: grass-like texture lit from the left
            let tex = ((xf * 0.09 + (yf * 0.021).sin() * 4.0).sin()
                + (yf * 0.13 + xf * 0.011).sin()
                + (xf * 0.031 - yf * 0.047).sin())
                / 3.0;
            let light = 1.1 - 0.4 * fx;
            [
                (70.0 + 35.0 * tex) * light,
                (110.0 + 45.0 * tex) * light,
                (40.0 + 20.0 * tex) * light,
            ]
        };
        for (cx, cy, r, colour) in discs {
            let (dx, dy) = (fx - cx, (fy - cy) * h / w);
            let d2 = dx * dx + dy * dy;
            if d2 < r * r {
                // shaded like a sphere: brighter towards the upper left
                let shade = 0.6 + 0.4 * (1.0 - d2 / (r * r)).sqrt() - 2.0 * (dx + dy);
                rgb = colour.map(|c| c * shade.clamp(0.3, 1.2));
            }
        }
        Rgb(rgb.map(|c| (c + noise()).clamp(0.0, 255.0) as u8))
    });
    let mut out = Vec::new();
    img.write_with_encoder(JpegEncoder::new_with_quality(&mut out, QUALITY))?;
    Ok(out)
}

fn describe(v: &Variants) -> String {
    [
        ("original", &v.original),
        ("large", &v.large),
        ("small", &v.small),
    ]
    .iter()
    .map(|(n, e)| format!("{n} {}×{} {} kB", e.width, e.height, e.bytes.len() / 1000))
    .collect::<Vec<_>>()
    .join(", ")
}

fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "?".into())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// /proc's "kB" are KiB.
fn mib(kb: u64) -> f64 {
    kb as f64 / 1024.0
}
