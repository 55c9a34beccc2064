# Search: the search page and its results.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Where a sentence holds code or the searched words, it is split into
# several messages (…-before, …-after); a comment says which ones make one
# sentence. Quill puts a space between the pieces, except before an
# …-after that starts with a full stop.

## The search form

# The page's title and heading.
search-title = Busca
# The button that runs the search.
search-button = Buscar
# Read by screen readers: the menu that orders the results.
search-order-label = Ordenar
search-order-best = Mais relevantes
search-order-newest = Mais recentes primeiro

## Help and results

# On the search page before anything is searched.
search-hint-words = Digite algumas palavras.
# search-hint-operators-before, -and and -after are one sentence around
# examples of the search syntax, which stay as they are:
# "You can also use "a phrase", tag:rust, author:ana and -word to leave a
# word out."
search-hint-operators-before = Você também pode usar
search-hint-operators-and = e
search-hint-operators-after = para deixar uma palavra de fora.
# search-nothing-before and search-nothing-after are one sentence around
# the words searched for (shown in bold), then another sentence.
search-nothing-before = Nenhum resultado para
search-nothing-after = . Tente usar menos palavras ou palavras diferentes, ou confira a ortografia.
# $count is the number of posts found (at least 1).
search-found = { $count ->
    [one] { $count } post encontrado.
   *[other] { $count } posts encontrados.
}
# The same, when the posts were found only by allowing for misspelled words.
search-found-fuzzy = { $count ->
    [one] { $count } post encontrado, considerando erros de digitação.
   *[other] { $count } posts encontrados, considerando erros de digitação.
}
# Links to the previous and next page of results.
search-paging-previous = ← Anterior
search-paging-next = Próxima →
