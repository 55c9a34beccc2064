# Search: the search page and its results.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Where a sentence holds code or the searched words, it is split into
# several messages (…-before, …-after); a comment says which ones make one
# sentence. Quill puts a space between the pieces, except before an
# …-after that starts with a full stop.

## The search form

# The page's title and heading.
search-title = Recherche
# The button that runs the search.
search-button = Rechercher
# Read by screen readers: the menu that orders the results.
search-order-label = Tri
search-order-best = Pertinence
search-order-newest = Plus récents d’abord

## Help and results

# On the search page before anything is searched.
search-hint-words = Saisissez quelques mots.
# search-hint-operators-before, -and and -after are one sentence around
# examples of the search syntax, which stay as they are:
# "You can also use "a phrase", tag:rust, author:ana and -word to leave a
# word out."
search-hint-operators-before = Vous pouvez aussi utiliser
search-hint-operators-and = et
search-hint-operators-after = pour exclure un mot.
# search-nothing-before and search-nothing-after are one sentence around
# the words searched for (shown in bold), then another sentence.
search-nothing-before = Aucun résultat pour
search-nothing-after = . Essayez avec moins de mots ou d’autres mots, ou vérifiez l’orthographe.
# $count is the number of posts found (at least 1).
search-found = { $count ->
    [one] { $count } article trouvé.
   *[other] { $count } articles trouvés.
}
# The same, when the posts were found only by allowing for misspelled words.
search-found-fuzzy = { $count ->
    [one] { $count } article trouvé en tenant compte des fautes de frappe.
   *[other] { $count } articles trouvés en tenant compte des fautes de frappe.
}
# Links to the previous and next page of results.
search-paging-previous = ← Page précédente
search-paging-next = Page suivante →
