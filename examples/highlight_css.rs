//! Prints the code-highlighting stylesheet: `cargo run --example
//! highlight_css > static/highlight.css` after changing themes or syntect.

fn main() {
    print!("{}", quill::posts::highlight::stylesheet());
}
