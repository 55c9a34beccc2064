# Search: the search page and its results.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Where a sentence holds code or the searched words, it is split into
# several messages (…-before, …-after); a comment says which ones make one
# sentence. Quill puts a space between the pieces, except before an
# …-after that starts with a full stop.

## The search form

# The page's title and heading.
search-title = البحث
# The button that runs the search.
search-button = بحث
# Read by screen readers: the menu that orders the results.
search-order-label = الترتيب
search-order-best = الأكثر تطابقًا
search-order-newest = الأحدث أولًا

## Help and results

# On the search page before anything is searched.
search-hint-words = اكتب بعض الكلمات.
# search-hint-operators-before, -and and -after are one sentence around
# examples of the search syntax, which stay as they are:
# "You can also use "a phrase", tag:rust, author:ana and -word to leave a
# word out."
search-hint-operators-before = يمكنك أيضًا استخدام
search-hint-operators-and = و
search-hint-operators-after = لاستبعاد كلمة.
# search-nothing-before and search-nothing-after are one sentence around
# the words searched for (shown in bold), then another sentence.
search-nothing-before = لا شيء يطابق
search-nothing-after = . جرّب كلمات أقل أو مختلفة، أو تحقّق من الإملاء.
# $count is the number of posts found (at least 1).
search-found = { $count ->
    [one] عُثر على منشور واحد.
    [two] عُثر على منشورين.
    [few] عُثر على { $count } منشورات.
    [many] عُثر على { $count } منشورًا.
   *[other] عُثر على { $count } منشور.
}
# The same, when the posts were found only by allowing for misspelled words.
search-found-fuzzy = { $count ->
    [one] عُثر على منشور واحد، مع مراعاة الأخطاء الإملائية.
    [two] عُثر على منشورين، مع مراعاة الأخطاء الإملائية.
    [few] عُثر على { $count } منشورات، مع مراعاة الأخطاء الإملائية.
    [many] عُثر على { $count } منشورًا، مع مراعاة الأخطاء الإملائية.
   *[other] عُثر على { $count } منشور، مع مراعاة الأخطاء الإملائية.
}
# Links to the previous and next page of results.
search-paging-previous = → السابق
search-paging-next = التالي ←
