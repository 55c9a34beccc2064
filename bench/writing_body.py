#!/usr/bin/env python3
"""Prints the API body of bench/writing.sh's posts: `code` (2,000 words and
ten fenced code blocks in five languages, as benches/render.rs renders) or
`plain` (the same words, the code as plain paragraphs)."""
import json, sys

WORDS = "garden notes morning river light paper stone window quiet bread market letter".split()
BLOCKS = [
    ("rust", 'fn main() {\n    let xs: Vec<u32> = (1..10).map(|x| x * x).collect();\n    println!("{xs:?}");\n}\n'),
    ("python", "def fib(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a\n"),
    ("js", "const sum = (xs) => xs.reduce((a, b) => a + b, 0);\nconsole.log(sum([1, 2, 3]));\n"),
    ("sql", "SELECT p.id, COUNT(*) FROM post p JOIN post_like l ON l.post_id = p.id\nGROUP BY p.id ORDER BY 2 DESC LIMIT 10;\n"),
    ("html", '<ul class="list">\n  <li><a href="/">Home</a></li>\n</ul>\n'),
]
kind = sys.argv[1]
para = " ".join(WORDS[i % len(WORDS)] for i in range(200))
body = ""
for i in range(10):
    lang, block = BLOCKS[i % len(BLOCKS)]
    body += f"{para}\n\n```{lang}\n{block}```\n\n" if kind == "code" else f"{para}\n\n{block.replace(chr(10), ' ')}\n\n"
title = "Ten code blocks" if kind == "code" else "Plain words"
print(json.dumps({"article": {"title": title, "description": "bench", "body": body}}))
