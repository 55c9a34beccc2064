# Profile pages (/u/name): who someone is, what they wrote, who follows
# them, and the buttons to follow, block or report them.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Some sentences hold a link or other markup in the middle: they are split
# into pieces (…-before, the link's text, …-after) that the page puts
# together, with a space before the link. Translate the pieces so that
# together they read as one sentence; a piece with nothing to say in
# English is written { "" } and may stay empty.

## The profile's header

# The "alt" text of the person's picture when the profile is shared
# (link previews). $name is their display name, or their username.
profiles-picture-alt = { $name } 的头像
# The title of the link to the person's Atom feed (shown by feed readers).
# $name is their display name, or their username.
profiles-feed-title = { $name } 的文章（Atom）
# One sentence around a date: "@ana · joined [5 Dec 2026]". The date is
# written as the site writes dates elsewhere.
profiles-joined-before = 加入于
profiles-joined-after = { "" }
# Counts under the name.
profiles-posts = { $count } 篇文章
profiles-followers = { $count } 位关注者
# How many people this person follows.
profiles-following = 关注了 { $count } 人

## Buttons and notes

profiles-follow = 关注
profiles-unfollow = 取消关注
# For a visitor who is not logged in, instead of the Follow button.
profiles-log-in-to-follow = 登录后关注
# $name is the username of the person shown, whom the reader blocked.
profiles-blocked-note = 你已屏蔽 @{ $name }：你们互相看不到对方的文章和评论，对方也无法关注你、为你点赞、评论你的文章或提及你。
# A small button; $name is the username of the person shown.
profiles-block = 屏蔽 @{ $name }
profiles-unblock = 取消屏蔽 @{ $name }
# A link to report the person to the moderators.
profiles-report = 举报
# Shown instead of the Report link once the reader reported them.
profiles-reported = 你已举报此用户。

## The person's posts

profiles-posts-heading = 文章
# On one's own profile, with no posts yet. One sentence:
# "You have not written anything yet. [Write your first post]."
profiles-empty-mine-before = 你还没有写过任何内容。
profiles-empty-mine-link = 写下你的第一篇文章
profiles-empty-mine-after = 。
# On someone else's profile, with no posts yet.
profiles-empty = 还没有文章。
