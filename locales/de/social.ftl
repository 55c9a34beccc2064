# Social actions: following, liking, commenting and blocking. What these
# say after a button (a short message at the top of the next page), why
# they are refused, and comments that cannot be shown.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# $name is always a username (letters a–z, digits, underscores): keep the
# "@" before it.

## Following

# After the Follow button on someone's profile.
social-followed = Du folgst jetzt @{ $name }.
# After the Unfollow button on someone's profile.
social-unfollowed = Du folgst @{ $name } nicht mehr.
social-follow-self = Du kannst dir nicht selbst folgen.

## Likes

# After the Like button on a post.
social-liked = Dir gefällt dieser Beitrag.
# After the button that takes a like back.
social-unliked = Like entfernt.

## Blocking

# After the Block button on someone's profile. The blocked person gets no
# message about it.
social-blocked = Du hast @{ $name } blockiert. @{ $name } erfährt davon nichts; du kannst die Blockierung hier oder in deinen Einstellungen aufheben.
social-unblocked = Du hast die Blockierung von @{ $name } aufgehoben.
social-block-self = Du kannst dich nicht selbst blockieren.
# Why following, liking, commenting or replying is refused when one of the
# two people has blocked the other (which one is deliberately not said).
social-blocked-refused = Das geht nicht: Einer von euch hat den anderen blockiert.

## Comments

social-comment-posted = Dein Kommentar ist veröffentlicht.
# A reply is a comment that answers another comment.
social-reply-posted = Deine Antwort ist veröffentlicht.
social-comment-saved = Dein Kommentar ist gespeichert.
social-comment-removed = Der Kommentar ist gelöscht.
social-comment-empty = Schreib etwas, bevor du deinen Kommentar sendest.
# $max is a number (10000).
social-comment-too-long = { $max ->
    [one] Kommentare sind auf { $max } Zeichen begrenzt.
   *[other] Kommentare sind auf { $max } Zeichen begrenzt.
}
# The reply form pointed at something that is not a comment (a broken or
# hand-made link).
social-reply-not-a-comment = Das ist kein Kommentar, auf den man antworten kann.
# The comment being answered was deleted while the reply was written.
social-reply-parent-gone = Der Kommentar, auf den du antwortest, ist nicht mehr da; veröffentliche deinen Text stattdessen als Kommentar.
social-comment-edit-refused = Nur wer diesen Kommentar geschrieben hat, kann ihn bearbeiten.
social-comment-delete-refused = Nur die Verfasser des Kommentars oder des Beitrags und das Moderationsteam können ihn löschen.

## Placeholders in a post's comment thread
# Shown instead of a comment that cannot be shown but still has answers
# under it, so the thread keeps its shape.

social-comment-deleted = Dieser Kommentar wurde gelöscht.
# The reader blocked the comment's author.
social-comment-hidden-blocked = Ausgeblendet: Du hast diese Person blockiert.
# The author is banned, or has blocked the reader (which one is not said).
social-comment-hidden = Dieser Kommentar ist ausgeblendet.
