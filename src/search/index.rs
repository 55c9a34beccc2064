//! The tantivy index: its schema, where it lives, and the one writer.
//!
//! The live index is the folder named in `search/CURRENT`; a rebuild
//! (`quill reindex`, a new schema, a count mismatch) fills a new folder
//! beside it and then points `CURRENT` at it, so search answers throughout.
//! Each commit carries, as its payload, how far the change log was applied.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use anyhow::Context;
use serde::{Deserialize, Serialize};
use tantivy::collector::{Count, TopDocs};
use tantivy::directory::MmapDirectory;
use tantivy::query::Query;
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing,
    TextOptions, Value,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::{AsciiFoldingFilter, LowerCaser, RemoveLongFilter, TextAnalyzer};

use super::tokenizer::WordsAndPairs;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

/// Bump when the schema or the analysis changes: an index of another
/// version is rebuilt by itself at start.
/// 2: words in every script (Chinese, Japanese, Korean and Thai in pairs).
pub const SCHEMA_VERSION: u32 = 2;
const TOKENIZER: &str = "quill";
/// The writer's indexing heap. 32 MB rather than 50: a rebuild of 100,000
/// posts peaks ~20 MB lower for a few more (merged) segments, at about the
/// same speed (docs/performance.md).
const WRITER_MEMORY: usize = 32_000_000;

#[derive(Debug, Clone, Copy)]
pub struct Fields {
    pub id: Field,
    pub title: Field,
    pub body: Field,
    pub tags: Field,
    pub tag: Field,
    pub author: Field,
    pub author_text: Field,
    pub created: Field,
}

pub fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(TOKENIZER)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let fields = Fields {
        id: b.add_u64_field("id", INDEXED | STORED | FAST),
        title: b.add_text_field("title", text.clone() | STORED),
        body: b.add_text_field("body", text.clone() | STORED),
        tags: b.add_text_field("tags", text.clone()),
        tag: b.add_text_field("tag", STRING),
        author: b.add_text_field("author", STRING),
        author_text: b.add_text_field("author_text", text),
        created: b.add_i64_field("created", INDEXED | STORED | FAST),
    };
    (b.build(), fields)
}

/// Words in every script (`tokenizer.rs`), lowercased and with accents
/// folded (café finds cafe), absurdly long tokens dropped.
fn analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(WordsAndPairs)
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// The words of `text` as the index sees them.
pub fn tokens(text: &str) -> Vec<String> {
    let mut a = analyzer();
    let mut stream = a.token_stream(text);
    let mut out = Vec::new();
    while let Some(t) = stream.next() {
        out.push(t.text.clone());
    }
    out
}

/// What each commit records.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Progress {
    pub schema: u32,
    /// The highest `search_change.id` applied.
    pub applied: i64,
    /// When the log was last read (ms): an index left behind longer than the
    /// log is kept is rebuilt instead.
    pub at: i64,
}

/// A post as indexed.
#[derive(Debug, Clone)]
pub struct IndexedPost {
    pub id: i64,
    pub title: String,
    pub body_text: String,
    pub tags: Vec<String>,
    pub author: String,
    pub author_name: String,
    pub created_at: i64,
}

/// One open index folder with its reader and its single writer.
pub struct Live {
    pub dir: PathBuf,
    pub index: Index,
    pub reader: IndexReader,
    pub writer: Mutex<IndexWriter>,
    pub fields: Fields,
}

impl Live {
    /// Opens (or creates) the index in `dir`. tantivy's writer lock is an OS
    /// file lock, released when a process dies, so a crash leaves no stale
    /// lock behind.
    pub fn open(dir: &Path) -> anyhow::Result<Live> {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("search index: cannot create {}", dir.display()))?;
        let (schema, fields) = schema();
        let mmap = MmapDirectory::open(dir).context("search index: cannot open its folder")?;
        let index = Index::open_or_create(mmap, schema).context("search index: cannot open")?;
        index.tokenizers().register(TOKENIZER, analyzer());
        let writer = index
            .writer_with_num_threads(1, WRITER_MEMORY)
            .context("search index: another process holds its writer")?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .context("search index: cannot read")?;
        Ok(Live {
            dir: dir.to_path_buf(),
            index,
            reader,
            writer: Mutex::new(writer),
            fields,
        })
    }

    pub fn progress(&self) -> Progress {
        self.index
            .load_metas()
            .ok()
            .and_then(|m| m.payload)
            .and_then(|p| serde_json::from_str(&p).ok())
            .unwrap_or_default()
    }

    /// Replaces these posts' documents (`None`: the post is gone or hidden)
    /// and commits with `progress`, in one atomic tantivy commit.
    pub fn apply(
        &self,
        removed: &[i64],
        added: &[IndexedPost],
        progress: &Progress,
    ) -> anyhow::Result<()> {
        let mut writer = self
            .writer
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        for id in removed.iter().chain(added.iter().map(|p| &p.id)) {
            writer.delete_term(Term::from_field_u64(self.fields.id, *id as u64));
        }
        for post in added {
            writer.add_document(self.document_of(post))?;
        }
        let mut commit = writer.prepare_commit()?;
        commit.set_payload(&serde_json::to_string(progress)?);
        commit.commit()?;
        drop(writer);
        self.reader.reload()?;
        Ok(())
    }

    pub fn document_of(&self, p: &IndexedPost) -> TantivyDocument {
        let f = &self.fields;
        let mut doc = TantivyDocument::default();
        doc.add_u64(f.id, p.id as u64);
        doc.add_text(f.title, &p.title);
        doc.add_text(f.body, &p.body_text);
        doc.add_text(f.tags, p.tags.join(" "));
        for t in &p.tags {
            doc.add_text(f.tag, t);
        }
        doc.add_text(f.author, &p.author);
        doc.add_text(f.author_text, format!("{} {}", p.author, p.author_name));
        doc.add_i64(f.created, p.created_at);
        doc
    }

    /// The index as it was at the last commit.
    pub fn searcher(&self) -> tantivy::Searcher {
        self.reader.searcher()
    }

    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// The post ids in the index, sorted: for the consistency check.
    pub fn ids(&self) -> anyhow::Result<Vec<i64>> {
        let searcher = self.reader.searcher();
        let mut ids = Vec::with_capacity(searcher.num_docs() as usize);
        for segment in searcher.segment_readers() {
            let column = segment.fast_fields().u64("id")?;
            ids.extend(
                segment
                    .doc_ids_alive()
                    .filter_map(|doc| column.first(doc))
                    .map(|id| id as i64),
            );
        }
        ids.sort_unstable();
        Ok(ids)
    }

    /// Posts matching `query`, best first (or newest first), each with a
    /// snippet of its body, and the total number of matches.
    pub fn search(
        &self,
        query: &dyn Query,
        newest_first: bool,
        offset: usize,
        limit: usize,
    ) -> anyhow::Result<Page> {
        let searcher = self.reader.searcher();
        // One pass gives the page and the total.
        let (addresses, total): (Vec<tantivy::DocAddress>, usize) = if newest_first {
            let top = TopDocs::with_limit(limit)
                .and_offset(offset)
                .order_by_fast_field::<i64>("created", tantivy::Order::Desc);
            let (hits, total) = searcher.search(query, &(top, Count))?;
            (hits.into_iter().map(|(_, a)| a).collect(), total)
        } else {
            let top = TopDocs::with_limit(limit)
                .and_offset(offset)
                .order_by_score();
            let (hits, total) = searcher.search(query, &(top, Count))?;
            (hits.into_iter().map(|(_, a)| a).collect(), total)
        };
        let mut snippets = SnippetGenerator::create(&searcher, query, self.fields.body)?;
        snippets.set_max_num_chars(220);
        let mut hits = Vec::with_capacity(addresses.len());
        for addr in addresses {
            let doc: TantivyDocument = searcher.doc(addr)?;
            let id = doc
                .get_first(self.fields.id)
                .and_then(|v| v.as_u64())
                .unwrap_or(0);
            let mut snippet = snippets.snippet_from_doc(&doc);
            snippet.set_snippet_prefix_postfix("<mark>", "</mark>");
            let html = if snippet.is_empty() {
                // A title or tag match: the start of the body, escaped.
                let body = doc
                    .get_first(self.fields.body)
                    .and_then(|v| v.as_str())
                    .unwrap_or("");
                let start: String = body.chars().take(220).collect();
                crate::web::escape_html(&start)
            } else {
                snippet.to_html()
            };
            hits.push((id as i64, html));
        }
        Ok(Page { hits, total })
    }
}

/// One page of results.
pub struct Page {
    pub hits: Vec<(i64, String)>,
    pub total: usize,
}

/// Where the live index is: `<data>/search/<CURRENT>`.
pub fn current_dir(root: &Path) -> PathBuf {
    let name = std::fs::read_to_string(root.join("CURRENT"))
        .ok()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty() && !s.contains(['/', '\\', '.']))
        .unwrap_or_else(|| "index-0".into());
    root.join(name)
}

/// Points `CURRENT` at `dir` (atomically: a temporary file renamed).
pub fn make_current(root: &Path, dir: &Path) -> anyhow::Result<()> {
    let name = dir
        .file_name()
        .and_then(|n| n.to_str())
        .context("index folder name")?;
    let tmp = root.join("CURRENT.tmp");
    std::fs::write(&tmp, name)?;
    std::fs::rename(&tmp, root.join("CURRENT"))?;
    Ok(())
}

/// Deletes index folders left by earlier rebuilds (not the current one,
/// nor one a `reindex` may be filling right now).
pub fn remove_stale(root: &Path) {
    let current = current_dir(root);
    let Ok(entries) = std::fs::read_dir(root) else {
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        let recent = e
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|t| t.elapsed().is_ok_and(|age| age.as_secs() < 3600));
        let is_index = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with("index-"));
        if is_index && path.is_dir() && path != current && !recent {
            let _ = std::fs::remove_dir_all(&path);
        }
    }
}

/// A fresh folder name for a rebuild.
pub fn next_dir(root: &Path) -> PathBuf {
    root.join(format!("index-{}", crate::db::now_ms()))
}

pub type Shared = Arc<std::sync::RwLock<Arc<Live>>>;
