# Notifications: someone followed you, liked or commented on your post,
# replied to your comment or mentioned you. They are shown on the
# notifications page, as a small pop-up on open pages, and sent by mail
# (one at a time, or gathered in a daily or weekly digest).
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# $who is always people's names: one display name ("Ana"), or several
# joined by notifications-who-two or -many below. $title is a post's title
# as its author wrote it. "Quill" is the software's name: keep it as it is.
# Some sentences hold a link in the middle: they are split into pieces
# (…-before, the link's text, …-after) that are put together with a space
# before the link. Translate the pieces so that together they read as one
# sentence; a piece with nothing to say in English is written { "" } and
# may stay empty.

## The notifications page (/notifications)

notifications-title = 通知
notifications-mark-all-read = 全部标为已读
# A small button next to one unread notification.
notifications-mark-read = 标为已读
# Read out by screen readers before an unread notification.
notifications-unread = 未读：
notifications-empty = 暂无通知。当有人关注你、赞或评论你的文章、回复你或提及你时，通知会显示在这里。
# After "Mark all read".
notifications-all-read = 全部已读。
# The link text when a post has no title to show.
notifications-a-post = 一篇文章

## Who did it
# Several people who did the same thing (liked the same post, say) are
# shown as one notification. $first and $second are names; $others is how
# many more people there are (at least 1).

notifications-who-two = { $first } 和 { $second }
notifications-who-many = { $first }、{ $second } 和另外 { $others } 人

## One notification on the page
# Each is one sentence around two links: the names ($who above, a link)
# and the post's title (a link):
#   …-before [Ana and Ben] …-verb [Post title] …-after
# e.g. "Ana and Ben liked My first post". A follow has no title:
#   …-before [Ana] …-verb
# $count is how many people the names stand for, for languages whose verb
# agrees with it.

notifications-follow-before = { "" }
notifications-follow-verb = 关注了你
notifications-like-before = { "" }
notifications-like-verb = 赞了
notifications-like-after = { "" }
notifications-comment-before = { "" }
notifications-comment-verb = 评论了
notifications-comment-after = { "" }
notifications-reply-before = { "" }
notifications-reply-verb = 回复了你在
notifications-reply-after = { " " }下的评论
# Named with @ in a comment on a post.
notifications-mention-comment-before = { "" }
notifications-mention-comment-verb = 在
notifications-mention-comment-after = { " " }的评论中提到了你
# Named with @ in a post itself.
notifications-mention-before = { "" }
notifications-mention-verb = 在
notifications-mention-after = { " " }中提到了你

## One notification as one line of text
# In the pop-up on open pages, for screen readers, and in the mail sent at
# once (whose subject it is when there is only one). $who is one person's
# name. $excerpt is the start of the comment, as its author wrote it.

# Stands for $title when the post's title is unknown.
notifications-your-post = 你的文章
notifications-text-follow = { $who } 关注了你
notifications-text-like = { $who } 赞了“{ $title }”
notifications-text-comment = { $who } 评论了“{ $title }”：{ $excerpt }
notifications-text-reply = { $who } 回复了你在“{ $title }”下的评论：{ $excerpt }
notifications-text-mention-comment = { $who } 在“{ $title }”的评论中提到了你：{ $excerpt }
notifications-text-mention = { $who } 在“{ $title }”中提到了你
# The reply of the live notifications address to someone not logged in
# (rarely seen).
notifications-stream-log-in = 登录后即可接收通知。

## One line of the digest
# Like the page: $who may be several people ("Ana, Ben and 3 others"),
# $count is how many.

notifications-line-follow = { $who } 关注了你
notifications-line-like = { $who } 赞了“{ $title }”
notifications-line-comment = { $who } 评论了“{ $title }”
notifications-line-reply = { $who } 回复了你在“{ $title }”下的评论
notifications-line-mention-comment = { $who } 在“{ $title }”的评论中提到了你
notifications-line-mention = { $who } 在“{ $title }”中提到了你

## Mail sent at once
# For the kinds of notification someone wants "at once"; it gathers
# everything that came in the few minutes before it was sent.

# The subject when there are several notifications (with one, the
# subject is that notification's line, above).
notifications-mail-subject = Quill 上有 { $count } 条新通知
# One sentence around a link on the word "Quill" (to the site):
# "Here is what happened on [Quill] that you have not seen yet:"
notifications-mail-intro-before = 以下是
notifications-mail-intro-after = 上你还没看过的动态：
# The same sentence in the plain-text version; $site is the site's address.
notifications-mail-intro-text = 以下是 Quill（{ $site }）上你还没看过的动态：
notifications-mail-why = 你收到此邮件，是因为你在通知设置中选择了即时接收这些通知。
# Links at the bottom of notification mail and digests.
notifications-mail-settings-link = 更改设置
notifications-mail-stop-link = 停止接收通知邮件
# The same, in the plain-text version: each is followed by a space and an
# address.
notifications-mail-settings-label = 更改设置：
notifications-mail-stop-label = 停止接收通知邮件：

## The digest

# $frequency in the messages below.
notifications-frequency-daily = 每日
notifications-frequency-weekly = 每周
# The digest's subject: "Your daily Quill digest: 5 new". $count is how
# many notifications it holds.
notifications-digest-subject = 你的 Quill { $frequency }汇总：{ $count } 条新通知
# One sentence around a link on the word "Quill" (to the site), with no
# space after the link:
# "Your daily digest from [Quill]: what you have not seen yet."
notifications-digest-intro-before = 以下是你的{ $frequency }汇总，包含
notifications-digest-intro-after = { " " }上你还没看过的动态。
# The same sentence in the plain-text version; $site is the site's address.
notifications-digest-intro-text = 以下是你的{ $frequency }汇总，包含 Quill（{ $site }）上你还没看过的动态。
# "…ask for one daily" means "ask for a daily digest".
notifications-digest-why = 你收到此汇总邮件，是因为你在通知设置中选择了{ $frequency }接收一次汇总。

## Notification mail settings (/settings/notifications)

notifications-prefs-saved = 通知邮件设置已保存。
# For each kind the choices are: at once, in the digest, never.
notifications-prefs-delivery-invalid = 请为每一项选择：即时发送、放入汇总或从不发送。
notifications-prefs-frequency-invalid = 请选择每日汇总或每周汇总。

## The unsubscribe page (the link at the bottom of every notification mail)

notifications-unsubscribe-title = 通知邮件
notifications-unsubscribe-ask = 要停止此账号的所有通知邮件（评论、回复、提及、点赞、关注和汇总）吗？账号和安全相关的邮件仍会照常发送。
notifications-unsubscribe-button = 停止接收通知邮件
notifications-unsubscribe-done = 完成：你将不再收到通知邮件。账号和安全相关的邮件（密码重置、地址变更）仍会照常发送。
# A button that restores the settings from before unsubscribing.
notifications-unsubscribe-undo = 撤销：像以前一样给我发邮件
# One sentence: "Changed your mind? [Log in] to turn them back on in your
# notification settings."
notifications-unsubscribe-log-in-before = 改变主意了？
notifications-unsubscribe-log-in-link = 登录
notifications-unsubscribe-log-in-after = 后即可在通知设置中重新开启。
# One sentence, with no space after the link: "Logged in? Choose per kind
# in [your notification settings]."
notifications-unsubscribe-settings-before = 已登录？可以在
notifications-unsubscribe-settings-link = 通知设置
notifications-unsubscribe-settings-after = { " " }中按类型选择。
notifications-unsubscribe-invalid = 此退订链接无效。请改为在设置中管理通知邮件。
# After the undo button on an old unsubscribe page: the settings page opens.
notifications-unsubscribe-choose-here = 请在这里选择你想接收哪些通知邮件。
