#!/usr/bin/env python3
"""Gives two seeded posts conversations for bench/conversations.sh: one with
500 comments in threads (answers up to six deep, as people answer: most on
the post, fewer the deeper they go), one with 20 flat comments. Writes
straight into the SQLite file (the server may be running: WAL). Prints
big_post=ID and small_post=ID."""
import random
import sqlite3
import sys
import time

db = sqlite3.connect(sys.argv[1], timeout=30)
rng = random.Random(20)
big, small = [r[0] for r in db.execute(
    "SELECT id FROM post WHERE published_at IS NOT NULL ORDER BY id DESC LIMIT 2")]
accounts = [r[0] for r in db.execute("SELECT id FROM account ORDER BY id LIMIT 500")]
now = int(time.time() * 1000)
WORDS = ("thread reply point agree quite sure rather think about answer maybe "
         "the code example test case works here there because which").split()


def body():
    text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 60)))
    return text, "<p>" + text + "</p>"


def add(post, parent, at):
    text, html = body()
    cur = db.execute(
        "INSERT INTO comment (post_id, author_id, body, body_html, parent_id, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        (post, rng.choice(accounts), text, html, parent, at))
    return cur.lastrowid


with db:
    db.execute("DELETE FROM comment WHERE post_id IN (?, ?)", (big, small))
    depth_of = {}
    made = []
    for k in range(500):
        # A new thread a third of the time; otherwise answer a recent
        # comment that is not yet six deep.
        open_ = [c for c in made[-60:] if depth_of[c] < 6]
        parent = rng.choice(open_) if open_ and rng.random() > 0.33 else None
        cid = add(big, parent, now + k)
        depth_of[cid] = 1 if parent is None else depth_of[parent] + 1
        made.append(cid)
    for k in range(20):
        add(small, None, now + k)
print(f"big_post={big}")
print(f"small_post={small}")
print(f"deepest={max(depth_of.values())}", file=sys.stderr)
