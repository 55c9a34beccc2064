//! Static assets compiled into the binary (so `quill` runs from any working
//! directory) and served under content-hashed names with immutable caching.

use std::sync::LazyLock;

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

struct Asset {
    name: &'static str,
    content_type: &'static str,
    bytes: &'static [u8],
}

const ASSETS: &[Asset] = &[
    Asset {
        name: "style.css",
        content_type: "text/css; charset=utf-8",
        bytes: include_bytes!("../../static/style.css"),
    },
    Asset {
        name: "highlight.css",
        content_type: "text/css; charset=utf-8",
        bytes: include_bytes!("../../static/highlight.css"),
    },
    Asset {
        name: "favicon.svg",
        content_type: "image/svg+xml",
        bytes: include_bytes!("../../static/favicon.svg"),
    },
    Asset {
        name: "app.js",
        content_type: "text/javascript; charset=utf-8",
        bytes: include_bytes!("../../static/app.js"),
    },
    Asset {
        name: "passkeys.js",
        content_type: "text/javascript; charset=utf-8",
        bytes: include_bytes!("../../static/passkeys.js"),
    },
];

/// `style.css` → `style.3f2a9c1b.css`, computed once from the bytes: the name
/// changes exactly when the content does.
static HASHED: LazyLock<Vec<String>> = LazyLock::new(|| {
    ASSETS
        .iter()
        .map(|a| {
            let digest = hex::encode(&Sha256::digest(a.bytes)[..6]);
            match a.name.rsplit_once('.') {
                Some((stem, ext)) => format!("{stem}.{digest}.{ext}"),
                None => format!("{}.{digest}", a.name),
            }
        })
        .collect()
});

/// The URL of an asset for templates.
pub fn url(name: &str) -> String {
    ASSETS
        .iter()
        .position(|a| a.name == name)
        .map(|i| format!("/static/{}", HASHED[i]))
        .unwrap_or_else(|| format!("/static/{name}"))
}

pub async fn serve(crate::web::PathName(file): crate::web::PathName) -> Response {
    let found = ASSETS.iter().enumerate().find_map(|(i, a)| {
        if HASHED[i] == file {
            Some((a, "public, max-age=31536000, immutable"))
        } else if a.name == file {
            Some((a, "public, max-age=300"))
        } else {
            None
        }
    });
    match found {
        Some((asset, cache)) => (
            [
                (
                    header::CONTENT_TYPE,
                    HeaderValue::from_static(asset.content_type),
                ),
                (header::CACHE_CONTROL, HeaderValue::from_static(cache)),
            ],
            asset.bytes,
        )
            .into_response(),
        None => (StatusCode::NOT_FOUND, "not found").into_response(),
    }
}
