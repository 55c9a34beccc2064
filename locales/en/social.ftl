# Social actions: following, liking, commenting and blocking. What these
# say after a button (a short message at the top of the next page), why
# they are refused, and comments that cannot be shown.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# $name is always a username (letters a–z, digits, underscores): keep the
# "@" before it.

## Following

# After the Follow button on someone's profile.
social-followed = You now follow @{ $name }.
# After the Unfollow button on someone's profile.
social-unfollowed = You no longer follow @{ $name }.
social-follow-self = You cannot follow yourself.

## Likes

# After the Like button on a post.
social-liked = You like this post.
# After the button that takes a like back.
social-unliked = Like removed.

## Blocking

# After the Block button on someone's profile. The blocked person gets no
# message about it.
social-blocked = You blocked @{ $name }. They are not told; you can unblock them here or in your settings.
social-unblocked = You unblocked @{ $name }.
social-block-self = You cannot block yourself.
# Why following, liking, commenting or replying is refused when one of the
# two people has blocked the other (which one is deliberately not said).
social-blocked-refused = You can't do that: one of you has blocked the other.

## Comments

social-comment-posted = Your comment is posted.
# A reply is a comment that answers another comment.
social-reply-posted = Your reply is posted.
social-comment-saved = Your comment is saved.
social-comment-removed = The comment is deleted.
social-comment-empty = Write something before sending your comment.
# $max is a number (10000).
social-comment-too-long = { $max ->
    [one] Comments are limited to { $max } character.
   *[other] Comments are limited to { $max } characters.
}
# The reply form pointed at something that is not a comment (a broken or
# hand-made link).
social-reply-not-a-comment = That is not a comment to reply to.
# The comment being answered was deleted while the reply was written.
social-reply-parent-gone = The comment you answered is gone; post yours as a comment instead.
social-comment-edit-refused = Only the author of this comment can edit it.
social-comment-delete-refused = Only the comment's author, the post's author or a moderator can delete it.

## Placeholders in a post's comment thread
# Shown instead of a comment that cannot be shown but still has answers
# under it, so the thread keeps its shape.

social-comment-deleted = This comment was deleted.
# The reader blocked the comment's author.
social-comment-hidden-blocked = Hidden: you blocked this person.
# The author is banned, or has blocked the reader (which one is not said).
social-comment-hidden = This comment is hidden.
