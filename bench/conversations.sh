#!/usr/bin/env bash
# Conversations benchmark: a post page with 500 comments in threads (up to
# six deep) beside the same kind of post with 20, on the 100,000-post bench
# data. Same set-up and flags as bench/run.sh; also prints the median time
# of one request alone (the render time without queueing).
#
#   bench/conversations.sh
exec env BENCH_CONVERSATIONS=1 "$(dirname "${BASH_SOURCE[0]}")/run.sh" "$@"
