# Search: the search page and its results.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Where a sentence holds code or the searched words, it is split into
# several messages (…-before, …-after); a comment says which ones make one
# sentence. Quill puts a space between the pieces, except before an
# …-after that starts with a full stop.

## The search form

# The page's title and heading.
search-title = 検索
# The button that runs the search.
search-button = 検索
# Read by screen readers: the menu that orders the results.
search-order-label = 並び順
search-order-best = 関連度順
search-order-newest = 新しい順

## Help and results

# On the search page before anything is searched.
search-hint-words = キーワードを入力してください。
# search-hint-operators-before, -and and -after are one sentence around
# examples of the search syntax, which stay as they are:
# "You can also use "a phrase", tag:rust, author:ana and -word to leave a
# word out."
search-hint-operators-before = ほかに
search-hint-operators-and = や、単語を除外する
search-hint-operators-after = も使えます。
# search-nothing-before and search-nothing-after are one sentence around
# the words searched for (shown in bold), then another sentence.
search-nothing-before = { "" }
search-nothing-after = に一致する投稿はありません。キーワードを減らすか変えてみるか、つづりを確認してください。
# $count is the number of posts found (at least 1).
search-found = { $count }件の投稿が見つかりました。
# The same, when the posts were found only by allowing for misspelled words.
search-found-fuzzy = 入力ミスの可能性も考慮して、{ $count }件の投稿が見つかりました。
# Links to the previous and next page of results.
search-paging-previous = ← 前へ
search-paging-next = 次へ →
