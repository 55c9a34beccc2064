//! The tantivy index: its schema, where it lives, and the one writer.
//!
//! The live index is the folder named in `search/CURRENT`; a rebuild
//! (`quill reindex`, a new schema, a count mismatch) fills a new folder
//! beside it and then points `CURRENT` at it, so search answers throughout.
//! Each commit carries, as its payload, how far the change log was applied.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::snippet::Snippets;
use anyhow::Context;
use serde::{Deserialize, Serialize};
use tantivy::collector::{Count, TopDocs};
use tantivy::directory::MmapDirectory;
use tantivy::query::Query;
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing,
    TextOptions, Value,
};
use tantivy::tokenizer::{AsciiFoldingFilter, LowerCaser, RemoveLongFilter, TextAnalyzer};

use super::tokenizer::{WordPairs, WordsAndPairs};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

/// Bump when the schema or the analysis changes: an index of another
/// version is rebuilt by itself at start.
/// 2: words in every script (Chinese, Japanese, Korean and Thai in pairs).
/// 3: one `words` field for title, tags, body and author instead of four;
///    `word_pairs` for phrases; results shown from stored fields.
pub const SCHEMA_VERSION: u32 = 3;
const TOKENIZER: &str = "quill";
const PAIRS_TOKENIZER: &str = "quill_word_pairs";
/// The writer's indexing heap. 32 MB rather than 50: a rebuild of 100,000
/// posts peaks ~20 MB lower for a few more (merged) segments, at about the
/// same speed (docs/performance.md).
const WRITER_MEMORY: usize = 32_000_000;

/// Stored documents are compressed in blocks of this many bytes, and a
/// result's snippet reads its whole block: with tantivy's 16 KiB, twenty
/// results decompressed ~320 KB, about a tenth of a search's time.
const DOCSTORE_BLOCK: usize = 4096;

/// How many times a post's title, and its tags, are written into `words`:
/// a title word counts about three times a body word, a tag word twice.
const TITLE_TIMES: usize = 3;
const TAGS_TIMES: usize = 2;

#[derive(Debug, Clone, Copy)]
pub struct Fields {
    pub id: Field,
    /// Every word a search matches: the title (`TITLE_TIMES` over), the tags
    /// (`TAGS_TIMES`), the body, the author's username and name. One field
    /// rather than one per part: a word is then one posting list, so a
    /// two-word search is an intersection of two lists that tantivy ranks
    /// with block-max pruning, not a union of four per word scored in full
    /// (bench/results.txt, issue 24: 687 -> see docs/performance.md).
    pub words: Field,
    /// The same text as neighbouring pairs (`tokenizer::WordPairs`), for
    /// phrases.
    pub word_pairs: Field,
    /// Stored only, for snippets.
    pub body: Field,
    /// Stored only: a result is shown from the index alone (the database is
    /// asked only which of them may still be shown).
    pub title: Field,
    pub author_name: Field,
    /// Indexed as written (`tag:`, `author:`) and stored.
    pub tag: Field,
    pub author: Field,
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
        words: b.add_text_field("words", text),
        word_pairs: b.add_text_field(
            "word_pairs",
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(PAIRS_TOKENIZER)
                    .set_index_option(IndexRecordOption::WithFreqs),
            ),
        ),
        body: b.add_text_field("body", STORED),
        title: b.add_text_field("title", STORED),
        author_name: b.add_text_field("author_name", STORED),
        tag: b.add_text_field("tag", STRING | STORED),
        author: b.add_text_field("author", STRING | STORED),
        created: b.add_i64_field("created", INDEXED | STORED | FAST),
    };
    (b.build(), fields)
}

/// Words in every script (`tokenizer.rs`), lowercased and with accents
/// folded (café finds cafe), absurdly long tokens dropped.
pub fn analyzer() -> TextAnalyzer {
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
        let index = Index::builder()
            .schema(schema)
            .settings(tantivy::IndexSettings {
                docstore_blocksize: DOCSTORE_BLOCK,
                ..Default::default()
            })
            .open_or_create(mmap)
            .context("search index: cannot open")?;
        index.tokenizers().register(TOKENIZER, analyzer());
        index
            .tokenizers()
            .register(PAIRS_TOKENIZER, WordPairs { words: analyzer() });
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

    /// Merges every segment into one, as a fresh build ends: a search then
    /// ranks one segment, not one after another, and prunes across all of
    /// it (bench/search.sh: see docs/performance.md).
    pub fn merge_all(&self) -> anyhow::Result<()> {
        let segments = self.index.searchable_segment_ids()?;
        if segments.len() > 1 {
            let mut writer = self
                .writer
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            writer.merge(&segments).wait()?;
            drop(writer);
            self.reader.reload()?;
        }
        Ok(())
    }

    pub fn document_of(&self, p: &IndexedPost) -> TantivyDocument {
        let f = &self.fields;
        let mut doc = TantivyDocument::default();
        doc.add_u64(f.id, p.id as u64);
        // Separate values: a phrase never runs from one into the next.
        let tags = p.tags.join(" ");
        let author = format!("{} {}", p.author, p.author_name);
        let values = std::iter::repeat_n(p.title.as_str(), TITLE_TIMES)
            .chain(std::iter::repeat_n(tags.as_str(), TAGS_TIMES))
            .chain([p.body_text.as_str(), author.as_str()]);
        for value in values {
            doc.add_text(f.words, value);
            doc.add_text(f.word_pairs, value);
        }
        doc.add_text(f.body, &p.body_text);
        doc.add_text(f.title, &p.title);
        doc.add_text(f.author_name, &p.author_name);
        for t in &p.tags {
            doc.add_text(f.tag, t);
        }
        doc.add_text(f.author, &p.author);
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
        highlight: &[String],
        order: Order,
        offset: usize,
        limit: usize,
    ) -> anyhow::Result<Page> {
        let searcher = self.reader.searcher();
        let best = || {
            TopDocs::with_limit(limit)
                .and_offset(offset)
                .order_by_score()
        };
        let (addresses, total): (Vec<tantivy::DocAddress>, usize) = match order {
            // Two passes, each the cheap kind: the best page alone lets
            // tantivy skip blocks that cannot beat it (block-max WAND), and
            // a count alone scores nothing (and for one word with nothing
            // deleted, reads the word's document frequency). Together in
            // one collector, every match would be scored.
            Order::Best => {
                let hits = searcher.search(query, &best())?;
                let total = searcher.search(query, &Count)?;
                (hits.into_iter().map(|(_, a)| a).collect(), total)
            }
            // Phrases, prefixes, typos: nothing to prune, so one pass.
            Order::BestUnpruned => {
                let (hits, total) = searcher.search(query, &(best(), Count))?;
                (hits.into_iter().map(|(_, a)| a).collect(), total)
            }
            // Every match is visited to find the newest anyway: one pass
            // gives the page and the total.
            Order::Newest => {
                let top = TopDocs::with_limit(limit)
                    .and_offset(offset)
                    .order_by_fast_field::<i64>("created", tantivy::Order::Desc);
                let (hits, total) = searcher.search(query, &(top, Count))?;
                (hits.into_iter().map(|(_, a)| a).collect(), total)
            }
        };
        // The words asked for, rarer ones counting more when a snippet is
        // chosen (as tantivy's `SnippetGenerator::create` weighs a query's
        // terms; a phrase's are in `word_pairs`, so they are given).
        let mut marked = Vec::with_capacity(highlight.len());
        for word in highlight {
            let n = searcher.doc_freq(&Term::from_field_text(self.fields.words, word))?;
            if n > 0 {
                marked.push((word.clone(), 1.0 / (1.0 + n as f32)));
            }
        }
        let snippets = Snippets::new(marked, analyzer());
        let f = &self.fields;
        let mut hits = Vec::with_capacity(addresses.len());
        for addr in addresses {
            let doc: TantivyDocument = searcher.doc(addr)?;
            let text = |field| {
                doc.get_first(field)
                    .and_then(|v| v.as_str())
                    .unwrap_or("")
                    .to_string()
            };
            hits.push(Hit {
                id: doc.get_first(f.id).and_then(|v| v.as_u64()).unwrap_or(0) as i64,
                title: text(f.title),
                author: text(f.author),
                author_name: text(f.author_name),
                created_at: doc
                    .get_first(f.created)
                    .and_then(|v| v.as_i64())
                    .unwrap_or(0),
                tags: doc
                    .get_all(f.tag)
                    .filter_map(|v| v.as_str())
                    .map(str::to_string)
                    .collect(),
                snippet: snippets
                    .html(doc.get_first(f.body).and_then(|v| v.as_str()).unwrap_or("")),
            });
        }
        Ok(Page { hits, total })
    }
}

/// How results are ordered, and so how they are collected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// Best first, for a query of exact words and filters.
    Best,
    /// Best first, for a query with phrases, prefixes or typos.
    BestUnpruned,
    Newest,
}

/// One post found, as the results page shows it.
#[derive(Debug, Clone)]
pub struct Hit {
    pub id: i64,
    pub title: String,
    pub author: String,
    pub author_name: String,
    pub created_at: i64,
    pub tags: Vec<String>,
    /// Escaped text with the matches in `<mark>`.
    pub snippet: String,
}

/// One page of results.
pub struct Page {
    pub hits: Vec<Hit>,
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
