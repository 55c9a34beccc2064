# Social actions: following, liking, commenting and blocking. What these
# say after a button (a short message at the top of the next page), why
# they are refused, and comments that cannot be shown.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# $name is always a username (letters a–z, digits, underscores): keep the
# "@" before it.

## Following

# After the Follow button on someone's profile.
social-followed = @{ $name } をフォローしました。
# After the Unfollow button on someone's profile.
social-unfollowed = @{ $name } のフォローを解除しました。
social-follow-self = 自分自身をフォローすることはできません。

## Likes

# After the Like button on a post.
social-liked = この投稿にいいねしました。
# After the button that takes a like back.
social-unliked = いいねを取り消しました。

## Blocking

# After the Block button on someone's profile. The blocked person gets no
# message about it.
social-blocked = @{ $name } をブロックしました。相手には通知されません。ブロックの解除は、このページか設定から行えます。
social-unblocked = @{ $name } のブロックを解除しました。
social-block-self = 自分自身をブロックすることはできません。
# Why following, liking, commenting or replying is refused when one of the
# two people has blocked the other (which one is deliberately not said).
social-blocked-refused = この操作はできません。どちらかがもう一方をブロックしています。

## Comments

social-comment-posted = コメントを投稿しました。
# A reply is a comment that answers another comment.
social-reply-posted = 返信を投稿しました。
social-comment-saved = コメントを保存しました。
social-comment-removed = コメントを削除しました。
social-comment-empty = コメントを送信する前に、何か書いてください。
# $max is a number (10000).
social-comment-too-long = コメントは{ $max }文字以内にしてください。
# The reply form pointed at something that is not a comment (a broken or
# hand-made link).
social-reply-not-a-comment = 返信先のコメントが見つかりません。
# The comment being answered was deleted while the reply was written.
social-reply-parent-gone = 返信先のコメントは削除されました。返信ではなく、通常のコメントとして投稿してください。
social-comment-edit-refused = このコメントを編集できるのは、コメントを書いた本人だけです。
social-comment-delete-refused = このコメントを削除できるのは、コメントを書いた本人、投稿の作成者、モデレーターだけです。

## Placeholders in a post's comment thread
# Shown instead of a comment that cannot be shown but still has answers
# under it, so the thread keeps its shape.

social-comment-deleted = このコメントは削除されました。
# The reader blocked the comment's author.
social-comment-hidden-blocked = 非表示：あなたがブロックしている人のコメントです。
# The author is banned, or has blocked the reader (which one is not said).
social-comment-hidden = このコメントは表示されません。
