//! A post's comments as the page shows them: threads, answers indented
//! under what they answer to `MAX_DEPTH` levels, deeper answers kept at the
//! deepest level and saying whom they answer. A comment that is gone (or
//! whose author is banned) but has answers shows as a placeholder, so the
//! thread keeps its shape; with no answers left it is not shown at all.
//!
//! The page is a flat list of entries whose depths say where the nested
//! lists open and close, so the template needs no recursion.

use std::collections::HashMap;

use super::comments::CommentView;

/// Levels of indentation; answers deeper than this stay at this level.
pub const MAX_DEPTH: usize = 6;

/// Whom a comment answers, when its indentation alone no longer says.
#[derive(Debug, Clone)]
pub struct Answers {
    pub id: i64,
    /// `None` when the answered comment is a placeholder.
    pub author: Option<(String, String)>,
}

#[derive(Debug, Clone)]
pub struct Entry {
    pub c: CommentView,
    /// 1 for a comment on the post.
    pub depth: usize,
    /// Its answers follow in a nested list.
    pub opens: bool,
    /// Nested lists that end after it (when it opens none).
    pub closes: usize,
    /// Entries shown under it (for "Hide 3 replies").
    pub replies: usize,
    pub answers: Option<Answers>,
}

impl Entry {
    pub fn shown(&self) -> bool {
        self.c.shown()
    }
}

#[derive(Debug, Clone, Default)]
pub struct Thread {
    pub entries: Vec<Entry>,
    /// Comments shown (not placeholders).
    pub count: usize,
}

impl Thread {
    pub fn find(&self, id: i64) -> Option<&Entry> {
        self.entries.iter().find(|e| e.c.id == id)
    }
}

/// Arranges a post's comments, given oldest first (every answer comes
/// after what it answers, as ids grow).
pub fn arrange(comments: Vec<CommentView>) -> Thread {
    let index: HashMap<i64, usize> = comments
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id, i))
        .collect();
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); comments.len()];
    let mut roots = Vec::new();
    for (i, c) in comments.iter().enumerate() {
        match c.parent_id.and_then(|p| index.get(&p)) {
            Some(&p) if p < i => children[p].push(i),
            _ => roots.push(i),
        }
    }
    // Shown comments in each subtree: a placeholder with none is dropped.
    let mut alive: Vec<usize> = comments.iter().map(|c| usize::from(c.shown())).collect();
    for i in (0..comments.len()).rev() {
        if let Some(&p) = comments[i].parent_id.and_then(|p| index.get(&p))
            && p < i
        {
            alive[p] += alive[i];
        }
    }
    // Depth-first, oldest first at each level; (index, depth, answered).
    let mut order: Vec<(usize, usize, Option<usize>)> = Vec::with_capacity(comments.len());
    let mut stack: Vec<(usize, usize, Option<usize>)> =
        roots.iter().rev().map(|&r| (r, 1, None)).collect();
    while let Some((i, depth, answered)) = stack.pop() {
        if alive[i] == 0 {
            continue;
        }
        order.push((i, depth, answered));
        let (next, says) = if depth < MAX_DEPTH {
            (depth + 1, None)
        } else {
            (depth, Some(i))
        };
        for &k in children[i].iter().rev() {
            stack.push((k, next, says));
        }
    }
    let depths: Vec<usize> = order.iter().map(|(_, d, _)| *d).collect();
    let mut replies = vec![0usize; order.len()];
    let mut open: Vec<usize> = Vec::new();
    for (k, &d) in depths.iter().enumerate() {
        while open.last().is_some_and(|&o| depths[o] >= d) {
            open.pop();
        }
        for &o in &open {
            replies[o] += 1;
        }
        open.push(k);
    }
    let answers_of = |p: usize| Answers {
        id: comments[p].id,
        author: comments[p]
            .shown()
            .then(|| (comments[p].author.clone(), comments[p].shown_name())),
    };
    let answered: Vec<Option<Answers>> = order.iter().map(|(_, _, a)| a.map(answers_of)).collect();
    let mut slots: Vec<Option<CommentView>> = comments.into_iter().map(Some).collect();
    let mut count = 0;
    let entries = order
        .iter()
        .enumerate()
        .filter_map(|(k, &(i, depth, _))| {
            let next = depths.get(k + 1).copied().unwrap_or(1);
            // Each comment is placed once: it has one parent, older than it.
            let c = slots[i].take()?;
            count += usize::from(c.shown());
            Some(Entry {
                c,
                depth,
                opens: next > depth,
                closes: depth.saturating_sub(next),
                replies: replies[k],
                answers: answered[k].clone(),
            })
        })
        .collect();
    Thread { entries, count }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comment(id: i64, parent: Option<i64>) -> CommentView {
        CommentView::sample(id, parent)
    }

    fn shape(t: &Thread) -> Vec<(i64, usize, bool, usize)> {
        t.entries
            .iter()
            .map(|e| (e.c.id, e.depth, e.opens, e.closes))
            .collect()
    }

    #[test]
    fn answers_nest_under_what_they_answer_oldest_first() {
        let t = arrange(vec![
            comment(1, None),
            comment(2, None),
            comment(3, Some(1)),
            comment(4, Some(3)),
            comment(5, Some(1)),
        ]);
        assert_eq!(
            shape(&t),
            [
                (1, 1, true, 0),
                (3, 2, true, 0),
                (4, 3, false, 1),
                (5, 2, false, 1),
                (2, 1, false, 0)
            ]
        );
        assert_eq!(t.entries[0].replies, 3);
        assert_eq!(t.count, 5);
    }

    #[test]
    fn answers_past_the_deepest_level_stay_there_and_say_whom_they_answer() {
        let chain: Vec<CommentView> = (1..=8)
            .map(|i| comment(i, (i > 1).then_some(i - 1)))
            .collect();
        let t = arrange(chain);
        let depths: Vec<usize> = t.entries.iter().map(|e| e.depth).collect();
        assert_eq!(depths, [1, 2, 3, 4, 5, 6, 6, 6]);
        assert!(t.entries[..6].iter().all(|e| e.answers.is_none()));
        assert_eq!(t.entries[6].answers.as_ref().map(|a| a.id), Some(6));
        assert_eq!(t.entries[7].answers.as_ref().map(|a| a.id), Some(7));
        // The lists all close after the last one.
        assert_eq!(t.entries[7].closes, 5);
    }

    #[test]
    fn a_gone_comment_keeps_its_answers_under_a_placeholder_or_goes_if_none() {
        let mut gone = comment(1, None);
        gone.deleted = true;
        let mut lonely = comment(3, None);
        lonely.deleted = true;
        let t = arrange(vec![gone, comment(2, Some(1)), lonely]);
        assert_eq!(shape(&t), [(1, 1, true, 0), (2, 2, false, 1)]);
        assert!(!t.entries[0].shown());
        assert_eq!(t.count, 1);
    }

    #[test]
    fn an_answer_whose_comment_is_missing_shows_at_the_top() {
        let t = arrange(vec![comment(5, Some(99)), comment(6, Some(5))]);
        assert_eq!(shape(&t), [(5, 1, true, 0), (6, 2, false, 1)]);
    }
}
