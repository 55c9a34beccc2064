# Search: the search page and its results.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Where a sentence holds code or the searched words, it is split into
# several messages (…-before, …-after); a comment says which ones make one
# sentence. Quill puts a space between the pieces, except before an
# …-after that starts with a full stop.

## The search form

# The page's title and heading.
search-title = Search
# The button that runs the search.
search-button = Search
# Read by screen readers: the menu that orders the results.
search-order-label = Order
search-order-best = Best match
search-order-newest = Newest first

## Help and results

# On the search page before anything is searched.
search-hint-words = Type some words.
# search-hint-operators-before, -and and -after are one sentence around
# examples of the search syntax, which stay as they are:
# "You can also use "a phrase", tag:rust, author:ana and -word to leave a
# word out."
search-hint-operators-before = You can also use
search-hint-operators-and = and
search-hint-operators-after = to leave a word out.
# search-nothing-before and search-nothing-after are one sentence around
# the words searched for (shown in bold), then another sentence.
search-nothing-before = Nothing matches
search-nothing-after = . Try fewer or different words, or check the spelling.
# $count is the number of posts found (at least 1).
search-found = { $count ->
    [one] { $count } post found.
   *[other] { $count } posts found.
}
# The same, when the posts were found only by allowing for misspelled words.
search-found-fuzzy = { $count ->
    [one] { $count } post found, allowing for typos.
   *[other] { $count } posts found, allowing for typos.
}
# Links to the previous and next page of results.
search-paging-previous = ← Previous
search-paging-next = Next →
