#!/usr/bin/env bash
# Writing benchmark: a post with ten highlighted code blocks beside a plain
# post of the same length, and /sitemap.xml (an index past 50,000 URLs) and
# its first part, on the 100,000-post bench data. Same set-up as bench/run.sh.
#
#   bench/writing.sh
# The writer is new: its address is not verified, which posting would need.
exec env BENCH_WRITING=1 QUILL_REQUIRE_VERIFIED_EMAIL=false "$(dirname "${BASH_SOURCE[0]}")/run.sh" "$@"
