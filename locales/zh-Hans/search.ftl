# Search: the search page and its results.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Where a sentence holds code or the searched words, it is split into
# several messages (…-before, …-after); a comment says which ones make one
# sentence. Quill puts a space between the pieces, except before an
# …-after that starts with a full stop.

## The search form

# The page's title and heading.
search-title = 搜索
# The button that runs the search.
search-button = 搜索
# Read by screen readers: the menu that orders the results.
search-order-label = 排序
search-order-best = 最相关
search-order-newest = 最新发布

## Help and results

# On the search page before anything is searched.
search-hint-words = 请输入一些关键词。
# search-hint-operators-before, -and and -after are one sentence around
# examples of the search syntax, which stay as they are:
# "You can also use "a phrase", tag:rust, author:ana and -word to leave a
# word out."
search-hint-operators-before = 你还可以使用
search-hint-operators-and = 以及用
search-hint-operators-after = 排除某个词。
# search-nothing-before and search-nothing-after are one sentence around
# the words searched for (shown in bold), then another sentence.
search-nothing-before = 没有与
search-nothing-after = { " " }匹配的内容。请减少关键词或换用其他词，并检查拼写是否正确。
# $count is the number of posts found (at least 1).
search-found = 找到 { $count } 篇文章。
# The same, when the posts were found only by allowing for misspelled words.
search-found-fuzzy = 按拼写容错匹配，找到 { $count } 篇文章。
# Links to the previous and next page of results.
search-paging-previous = ← 上一页
search-paging-next = 下一页 →
