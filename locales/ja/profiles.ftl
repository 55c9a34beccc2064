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
profiles-picture-alt = { $name } のプロフィール画像
# The title of the link to the person's Atom feed (shown by feed readers).
# $name is their display name, or their username.
profiles-feed-title = { $name } の投稿（Atom）
# One sentence around a date: "@ana · joined [5 Dec 2026]". The date is
# written as the site writes dates elsewhere.
profiles-joined-before = 登録日：
profiles-joined-after = { "" }
# Counts under the name.
profiles-posts = { $count }件の投稿
profiles-followers = { $count }人のフォロワー
# How many people this person follows.
profiles-following = { $count }人をフォロー中

## Buttons and notes

profiles-follow = フォロー
profiles-unfollow = フォロー解除
# For a visitor who is not logged in, instead of the Follow button.
profiles-log-in-to-follow = ログインしてフォロー
# $name is the username of the person shown, whom the reader blocked.
profiles-blocked-note = @{ $name } をブロックしています。お互いの投稿やコメントは表示されず、相手はあなたをフォローしたり、あなたの投稿にいいねやコメントをしたり、あなたをメンションしたりできません。
# A small button; $name is the username of the person shown.
profiles-block = @{ $name } をブロック
profiles-unblock = @{ $name } のブロックを解除
# A link to report the person to the moderators.
profiles-report = 通報
# Shown instead of the Report link once the reader reported them.
profiles-reported = このプロフィールを通報済みです。

## The person's posts

profiles-posts-heading = 投稿
# On one's own profile, with no posts yet. One sentence:
# "You have not written anything yet. [Write your first post]."
profiles-empty-mine-before = まだ何も書いていません。
profiles-empty-mine-link = 最初の投稿を書きましょう
profiles-empty-mine-after = 。
# On someone else's profile, with no posts yet.
profiles-empty = まだ投稿はありません。
