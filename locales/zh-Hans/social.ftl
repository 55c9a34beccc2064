# Social actions: following, liking, commenting and blocking. What these
# say after a button (a short message at the top of the next page), why
# they are refused, and comments that cannot be shown.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# $name is always a username (letters a–z, digits, underscores): keep the
# "@" before it.

## Following

# After the Follow button on someone's profile.
social-followed = 你已关注 @{ $name }。
# After the Unfollow button on someone's profile.
social-unfollowed = 你已取消关注 @{ $name }。
social-follow-self = 你不能关注自己。

## Likes

# After the Like button on a post.
social-liked = 你赞了这篇文章。
# After the button that takes a like back.
social-unliked = 已取消点赞。

## Blocking

# After the Block button on someone's profile. The blocked person gets no
# message about it.
social-blocked = 你已屏蔽 @{ $name }。对方不会收到通知；你可以在这里或在设置中取消屏蔽。
social-unblocked = 你已取消屏蔽 @{ $name }。
social-block-self = 你不能屏蔽自己。
# Why following, liking, commenting or replying is refused when one of the
# two people has blocked the other (which one is deliberately not said).
social-blocked-refused = 无法执行此操作：你们之间存在屏蔽关系。

## Comments

social-comment-posted = 你的评论已发布。
# A reply is a comment that answers another comment.
social-reply-posted = 你的回复已发布。
social-comment-saved = 你的评论已保存。
social-comment-removed = 评论已删除。
social-comment-empty = 请先写点内容再发送评论。
# $max is a number (10000).
social-comment-too-long = 评论最多 { $max } 个字符。
# The reply form pointed at something that is not a comment (a broken or
# hand-made link).
social-reply-not-a-comment = 你要回复的对象不是评论。
# The comment being answered was deleted while the reply was written.
social-reply-parent-gone = 你要回复的评论已不存在，请改为直接发表评论。
social-comment-edit-refused = 只有评论作者才能编辑此评论。
social-comment-delete-refused = 只有评论作者、文章作者或审核员才能删除此评论。

## Placeholders in a post's comment thread
# Shown instead of a comment that cannot be shown but still has answers
# under it, so the thread keeps its shape.

social-comment-deleted = 此评论已被删除。
# The reader blocked the comment's author.
social-comment-hidden-blocked = 已隐藏：你屏蔽了此用户。
# The author is banned, or has blocked the reader (which one is not said).
social-comment-hidden = 此评论已隐藏。
