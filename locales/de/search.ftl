# Search: the search page and its results.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Where a sentence holds code or the searched words, it is split into
# several messages (…-before, …-after); a comment says which ones make one
# sentence. Quill puts a space between the pieces, except before an
# …-after that starts with a full stop.

## The search form

# The page's title and heading.
search-title = Suche
# The button that runs the search.
search-button = Suchen
# Read by screen readers: the menu that orders the results.
search-order-label = Sortierung
search-order-best = Beste Treffer
search-order-newest = Neueste zuerst

## Help and results

# On the search page before anything is searched.
search-hint-words = Gib ein paar Wörter ein.
# search-hint-operators-before, -and and -after are one sentence around
# examples of the search syntax, which stay as they are:
# "You can also use "a phrase", tag:rust, author:ana and -word to leave a
# word out."
search-hint-operators-before = Du kannst auch
search-hint-operators-and = und
search-hint-operators-after = zum Ausschließen eines Wortes verwenden.
# search-nothing-before and search-nothing-after are one sentence around
# the words searched for (shown in bold), then another sentence.
search-nothing-before = Keine Treffer für
search-nothing-after = . Versuche es mit weniger oder anderen Wörtern oder prüfe die Schreibweise.
# $count is the number of posts found (at least 1).
search-found = { $count ->
    [one] { $count } Beitrag gefunden.
   *[other] { $count } Beiträge gefunden.
}
# The same, when the posts were found only by allowing for misspelled words.
search-found-fuzzy = { $count ->
    [one] { $count } Beitrag gefunden, wobei Tippfehler berücksichtigt wurden.
   *[other] { $count } Beiträge gefunden, wobei Tippfehler berücksichtigt wurden.
}
# Links to the previous and next page of results.
search-paging-previous = ← Zurück
search-paging-next = Weiter →
