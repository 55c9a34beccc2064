//! Quill's allocator: mimalloc, told to hand freed memory back to the
//! system at once.
//!
//! A crate of its own because telling mimalloc anything is one `unsafe`
//! C call, and Quill itself forbids `unsafe`; this is the only place that
//! has it.
//!
//! Why purge at once: mimalloc keeps freed pages for a second by default
//! (its `purge_delay`), which made every burst show in the resident size:
//! a search index rebuild of 100,000 posts peaked at 190-194 MB instead of
//! 156-158 MB (docs/performance.md). Throughput of pages and searches did
//! not move beyond the noise. (Arenas committed as used, the other half of
//! keeping the resident size honest, is a compile-time setting:
//! `.cargo/config.toml`.)

use libmimalloc_sys::mi_option_set;

/// The allocator; `#[global_allocator]` in the binary.
pub use mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (its number in mimalloc 3's option
/// list; the bindings do not name it).
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
/// `mi_option_arena_eager_commit`: read when the first arena is made, before
/// `main`, so it is set at compile time (`.cargo/config.toml`), not here.
#[cfg(test)]
const ARENA_EAGER_COMMIT: libmimalloc_sys::mi_option_t = 4;

/// Makes freed memory go back to the system when it is freed, unless
/// `MIMALLOC_PURGE_DELAY` is set in the environment (mimalloc read that at
/// start, and the operator's choice stands). Call first thing in `main`.
pub fn purge_at_once() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: setting an option is a store into mimalloc's option table,
        // valid at any time from any thread; 15 is `mi_option_purge_delay`
        // in the mimalloc this crate builds (libmimalloc-sys 0.1.49, v3).
        unsafe { mi_option_set(PURGE_DELAY, 0) };
    }
}

#[cfg(test)]
mod tests {
    use libmimalloc_sys::mi_option_get;

    #[test]
    fn option_fifteen_is_the_purge_delay_and_is_set_to_zero() {
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_some() {
            return;
        }
        // SAFETY: reading an option, as `purge_at_once` writes one.
        let before = unsafe { mi_option_get(super::PURGE_DELAY) };
        assert_eq!(before, 1000, "mimalloc 3's default purge delay, in ms");

        super::purge_at_once();
        // SAFETY: as above.
        assert_eq!(unsafe { mi_option_get(super::PURGE_DELAY) }, 0);
    }

    #[test]
    fn arenas_are_committed_as_they_are_used() {
        if std::env::var_os("MIMALLOC_ARENA_EAGER_COMMIT").is_some() {
            return;
        }
        // SAFETY: reading an option.
        let eager = unsafe { mi_option_get(super::ARENA_EAGER_COMMIT) };
        assert_eq!(eager, 0, "built without .cargo/config.toml's CFLAGS?");
    }
}
