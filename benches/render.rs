//! Rendering a post as saving does (Markdown, highlighting, sanitising):
//! a 2,000-word post with ten fenced code blocks in five languages beside
//! a plain post of the same length. Bodies are rendered once, when saved,
//! so this is what a writer waits for on Publish; page views serve the
//! stored HTML (bench/writing.sh measures those).
//!
//!   cargo bench --bench render

use std::time::Instant;

fn words(n: usize) -> String {
    const W: [&str; 12] = [
        "garden", "notes", "morning", "river", "light", "paper", "stone", "window", "quiet",
        "bread", "market", "letter",
    ];
    (0..n).map(|i| W[i % W.len()]).collect::<Vec<_>>().join(" ")
}

fn main() {
    const BLOCKS: [(&str, &str); 5] = [
        (
            "rust",
            "fn main() {\n    let xs: Vec<u32> = (1..10).map(|x| x * x).collect();\n    println!(\"{xs:?}\");\n}\n",
        ),
        (
            "python",
            "def fib(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a\n",
        ),
        (
            "js",
            "const sum = (xs) => xs.reduce((a, b) => a + b, 0);\nconsole.log(sum([1, 2, 3]));\n",
        ),
        (
            "sql",
            "SELECT p.id, COUNT(*) FROM post p JOIN post_like l ON l.post_id = p.id\nGROUP BY p.id ORDER BY 2 DESC LIMIT 10;\n",
        ),
        (
            "html",
            "<ul class=\"list\">\n  <li><a href=\"/\">Home</a></li>\n</ul>\n",
        ),
    ];
    let mut code = String::new();
    let mut plain = String::new();
    for i in 0..10 {
        let (lang, block) = BLOCKS[i % BLOCKS.len()];
        let para = words(200);
        code.push_str(&format!("{para}\n\n```{lang}\n{block}```\n\n"));
        // The same length in words, the code as a plain paragraph.
        plain.push_str(&format!("{para}\n\n{}\n\n", block.replace('\n', " ")));
    }
    // Warm: grammars load once per process (measured apart).
    let first = Instant::now();
    quill::posts::markdown::to_html(&code);
    let load = first.elapsed();
    for (name, body) in [("plain", &plain), ("ten code blocks", &code)] {
        let runs = 200;
        let start = Instant::now();
        let mut bytes = 0;
        for _ in 0..runs {
            bytes = quill::posts::markdown::to_html(body).len();
        }
        let each = start.elapsed() / runs;
        println!(
            "{name:>16}: {:>8.3} ms per render, {bytes} bytes of HTML, {} words",
            each.as_secs_f64() * 1000.0,
            body.split_whitespace().count()
        );
    }
    println!(
        "first render (loads the grammars): {:.1} ms",
        load.as_secs_f64() * 1000.0
    );
}
