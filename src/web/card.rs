//! What a page tells link previews and search engines: OpenGraph and
//! Twitter card metadata, the canonical address and, for posts, JSON-LD.
//! Every address is absolute on `QUILL_BASE_URL` (a preview fetched from
//! another site has no base to resolve a relative one against).

/// The share card of one page; `partials/card.html` writes it out.
#[derive(Debug, Clone, Default)]
pub struct Card {
    /// `article`, `profile` or `website`.
    pub kind: &'static str,
    pub title: String,
    pub description: String,
    /// Absolute address of the page.
    pub url: String,
    /// Absolute address of its picture, when it has one.
    pub image: Option<String>,
    pub image_alt: String,
    /// For articles: author's name and address, publish and change times
    /// (RFC 3339).
    pub author: Option<(String, String)>,
    pub published: Option<String>,
    pub modified: Option<String>,
    pub tags: Vec<String>,
}

impl Card {
    /// A page of the site with no more to say than its title.
    pub fn page(origin: &str, path: &str, title: &str, description: &str) -> Card {
        Card {
            kind: "website",
            title: title.to_string(),
            description: description.to_string(),
            url: format!("{origin}{path}"),
            ..Card::default()
        }
    }

    /// `summary_large_image` when there is a picture to show large.
    pub fn twitter_kind(&self) -> &'static str {
        if self.image.is_some() {
            "summary_large_image"
        } else {
            "summary"
        }
    }

    /// JSON-LD `BlogPosting` for an article (none for other pages), safe
    /// inside `<script type="application/ld+json">`: `<` is escaped, so no
    /// text can close the element.
    pub fn json_ld(&self) -> Option<String> {
        if self.kind != "article" {
            return None;
        }
        let mut ld = serde_json::json!({
            "@context": "https://schema.org",
            "@type": "BlogPosting",
            "headline": self.title,
            "description": self.description,
            "url": self.url,
            "mainEntityOfPage": self.url,
            "datePublished": self.published,
            "dateModified": self.modified,
            "keywords": self.tags.join(", "),
        });
        if let Some((name, url)) = &self.author {
            ld["author"] = serde_json::json!({ "@type": "Person", "name": name, "url": url });
        }
        if let Some(image) = &self.image {
            ld["image"] = serde_json::json!(image);
        }
        Some(ld.to_string().replace('<', "\\u003c"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_ld_cannot_close_its_script_element() {
        let card = Card {
            kind: "article",
            title: "</script><script>alert(1)</script>".into(),
            ..Card::default()
        };
        let ld = card.json_ld().unwrap();
        assert!(!ld.contains("</script>"), "{ld}");
        let back: serde_json::Value = serde_json::from_str(&ld).unwrap();
        assert_eq!(back["headline"], "</script><script>alert(1)</script>");
    }
}
