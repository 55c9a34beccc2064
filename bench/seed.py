#!/usr/bin/env python3
"""Seed a freshly migrated Quill SQLite database with a realistic-sized data set.

Usage: seed.py <path/to/quill.db>

Writes straight into SQLite (not through the app) because going through HTTP
would take hours and would benchmark the write path, not the read pages we
measure. Deterministic (fixed RNG seed) so runs are comparable.

Prints `key=value` lines at the end (a post id and a username that exist and
have posts) for run.sh to pick up.
"""

import re
import html
import random
import sqlite3
import sys
import time

ACCOUNTS = 10_000
POSTS = 100_000
TAGS = 200
FOLLOWS_PER_USER = 20
LIKES = 300_000
COMMENTS = 100_000

# One well-formed argon2id PHC string shared by every account: logins are not
# benchmarked, so nobody needs to know the password; it only has to look real.
PASSWORD_HASH = (
    "$argon2id$v=19$m=19456,t=2,p=1$"
    "c29tZXNhbHRzb21lc2FsdA$"
    "o4hXbGTM1lqzI2yf0ZJqPlmqmGTFJ3hGLpPKmYfJ0kM"
)

WORDS = (
    "quill ink paper river stone garden window morning evening quiet letter "
    "story north south lantern harbor signal pattern engine thread kernel "
    "market coffee bridge winter summer autumn spring forest meadow valley "
    "notebook compiler latency socket buffer cache query index planner "
    "journey sketch melody rhythm orbit planet comet crystal copper silver "
    "the a of and to in is it that for on with as was at by from this"
).split()


def excerpt_of(body, limit=240):
    """Roughly what Quill stores: the text without Markdown marks, cut at a word."""
    text = " ".join(re.sub(r"[*_`#\[\]()>]", "", body).split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


def sentence(rng):
    words = rng.choices(WORDS, k=rng.randint(6, 16))
    return " ".join(words).capitalize() + "."


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: seed.py <quill.db>")
    started = time.monotonic()
    rng = random.Random(42)

    # A pool of paragraphs, reused across posts: generating fresh text for
    # 100k posts is the slowest part of seeding and buys no realism.
    paragraphs = [" ".join(sentence(rng) for _ in range(rng.randint(2, 5))) for _ in range(2000)]
    paragraphs_html = [html.escape(p, quote=False) for p in paragraphs]

    now = int(time.time() * 1000)
    day = 86_400_000
    base = now - 365 * day  # everything happened over the last year

    db = sqlite3.connect(sys.argv[1], isolation_level=None)
    # Bulk-load settings: WAL (what the app uses anyway) and no fsyncs; a
    # crash mid-seed just means rerunning.
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("PRAGMA cache_size=-200000")
    db.execute("PRAGMA temp_store=MEMORY")
    db.execute("BEGIN")

    # --- accounts -----------------------------------------------------------
    accounts = []
    for i in range(1, ACCOUNTS + 1):
        name = f"user{i:05d}"
        email = f"User{i:05d}@Example.com"  # mixed case: email_key is the lowercase form
        t = base + rng.randrange(30 * day)
        accounts.append(
            (i, name, email, email.lower(), PASSWORD_HASH, f"User {i}",
             f"Hi, I am user {i}. " + sentence(rng), t, t)
        )
    db.executemany(
        "INSERT INTO account (id, username, email, email_key, password_hash, display_name, bio,"
        " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
        accounts,
    )

    # --- posts (ids increase with time, like real inserts) ------------------
    span = now - (base + 30 * day)
    post_author = [0] * (POSTS + 1)

    def posts():
        for pid in range(1, POSTS + 1):
            author = rng.randint(1, ACCOUNTS)
            post_author[pid] = author
            idx = []
            size = 0
            while size < 500:  # ~500-1500 chars of markdown
                k = rng.randrange(len(paragraphs))
                idx.append(k)
                size += len(paragraphs[k]) + 2
            title = " ".join(rng.choices(WORDS, k=rng.randint(3, 8))).capitalize()
            body = "\n\n".join(paragraphs[k] for k in idx)
            body_html = "".join(f"<p>{paragraphs_html[k]}</p>\n" for k in idx)
            t = base + 30 * day + span * pid // POSTS
            minutes = max(1, (len(body.split()) + 229) // 230)
            yield (pid, author, title, "", body, body_html, excerpt_of(body), t, t, t, minutes)

    db.executemany(
        "INSERT INTO post (id, author_id, title, description, body, body_html, excerpt, created_at, updated_at,"
        " published_at, reading_minutes) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        posts(),
    )

    # --- tags ---------------------------------------------------------------
    tag_names = set()
    while len(tag_names) < TAGS:
        tag_names.add("-".join(rng.sample(WORDS[:60], rng.randint(1, 2))))
    db.executemany("INSERT INTO tag (id, name) VALUES (?,?)", enumerate(sorted(tag_names), 1))
    db.executemany(
        "INSERT INTO post_tag (post_id, tag_id) VALUES (?,?)",
        ((pid, tid) for pid in range(1, POSTS + 1)
         for tid in rng.sample(range(1, TAGS + 1), rng.randint(1, 3))),
    )

    # --- follows ------------------------------------------------------------
    def follows():
        for u in range(1, ACCOUNTS + 1):
            for f in rng.sample(range(1, ACCOUNTS + 1), FOLLOWS_PER_USER + 1):
                if f != u:
                    yield (u, f, base + rng.randrange(365 * day))

    # The +1 sample may include u itself; the extra row beyond 20 is harmless.
    db.executemany(
        "INSERT OR IGNORE INTO follow (follower_id, followee_id, created_at) VALUES (?,?,?)",
        follows(),
    )

    # --- likes: unique (post, account) pairs --------------------------------
    seen = set()
    likes = []
    while len(likes) < LIKES:
        pid = rng.randint(1, POSTS)
        acc = rng.randint(1, ACCOUNTS)
        key = pid * (ACCOUNTS + 1) + acc
        if key not in seen:
            seen.add(key)
            likes.append((pid, acc, now - rng.randrange(300 * day)))
    likes.sort()  # insert in primary-key order: much faster B-tree building
    db.executemany("INSERT INTO post_like (post_id, account_id, created_at) VALUES (?,?,?)", likes)

    # --- comments -----------------------------------------------------------
    db.executemany(
        "INSERT INTO comment (post_id, author_id, body, created_at) VALUES (?,?,?,?)",
        ((rng.randint(1, POSTS), rng.randint(1, ACCOUNTS), sentence(rng),
          now - rng.randrange(300 * day)) for _ in range(COMMENTS)),
    )

    db.execute("COMMIT")
    # No ANALYZE on purpose: the app never runs it (nor PRAGMA optimize), so a
    # real deployment plans its queries without sqlite_stat1; so do we.
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    counts = {
        t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        for t in ("account", "post", "tag", "post_tag", "follow", "post_like", "comment")
    }
    db.close()

    elapsed = time.monotonic() - started
    print("seeded " + ", ".join(f"{k}={v}" for k, v in counts.items()), file=sys.stderr)
    print(f"seed_seconds={elapsed:.1f}")
    bench_post = POSTS // 2
    print(f"post_id={bench_post}")
    print(f"username=user{post_author[bench_post]:05d}")


if __name__ == "__main__":
    main()
