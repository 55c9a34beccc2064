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
notifications-mark-all-read = すべて既読にする
# A small button next to one unread notification.
notifications-mark-read = 既読にする
# Read out by screen readers before an unread notification.
notifications-unread = 未読：
notifications-empty = まだ通知はありません。誰かがあなたをフォローしたり、あなたの投稿にいいねやコメントをしたり、あなたに返信したり、あなたをメンションしたりすると、ここに表示されます。
# After "Mark all read".
notifications-all-read = すべて既読になりました。
# The link text when a post has no title to show.
notifications-a-post = ある投稿

## Who did it
# Several people who did the same thing (liked the same post, say) are
# shown as one notification. $first and $second are names; $others is how
# many more people there are (at least 1).

notifications-who-two = { $first }と{ $second }
notifications-who-many = { $first }、{ $second }、ほか{ $others }人

## One notification on the page
# Each is one sentence around two links: the names ($who above, a link)
# and the post's title (a link):
#   …-before [Ana and Ben] …-verb [Post title] …-after
# e.g. "Ana and Ben liked My first post". A follow has no title:
#   …-before [Ana] …-verb
# $count is how many people the names stand for, for languages whose verb
# agrees with it.

notifications-follow-before = { "" }
notifications-follow-verb = があなたをフォローしました
notifications-like-before = { "" }
notifications-like-verb = が
notifications-like-after = にいいねしました
notifications-comment-before = { "" }
notifications-comment-verb = が
notifications-comment-after = にコメントしました
notifications-reply-before = { "" }
notifications-reply-verb = が
notifications-reply-after = へのあなたのコメントに返信しました
# Named with @ in a comment on a post.
notifications-mention-comment-before = { "" }
notifications-mention-comment-verb = が
notifications-mention-comment-after = へのコメントであなたをメンションしました
# Named with @ in a post itself.
notifications-mention-before = { "" }
notifications-mention-verb = が
notifications-mention-after = であなたをメンションしました

## One notification as one line of text
# In the pop-up on open pages, for screen readers, and in the mail sent at
# once (whose subject it is when there is only one). $who is one person's
# name. $excerpt is the start of the comment, as its author wrote it.

# Stands for $title when the post's title is unknown.
notifications-your-post = あなたの投稿
notifications-text-follow = { $who }があなたをフォローしました
notifications-text-like = { $who }が「{ $title }」にいいねしました
notifications-text-comment = { $who }が「{ $title }」にコメントしました：{ $excerpt }
notifications-text-reply = { $who }が「{ $title }」へのあなたのコメントに返信しました：{ $excerpt }
notifications-text-mention-comment = { $who }が「{ $title }」へのコメントであなたをメンションしました：{ $excerpt }
notifications-text-mention = { $who }が「{ $title }」であなたをメンションしました
# The reply of the live notifications address to someone not logged in
# (rarely seen).
notifications-stream-log-in = 通知を受け取るにはログインしてください。

## One line of the digest
# Like the page: $who may be several people ("Ana, Ben and 3 others"),
# $count is how many.

notifications-line-follow = { $who }があなたをフォローしました
notifications-line-like = { $who }が「{ $title }」にいいねしました
notifications-line-comment = { $who }が「{ $title }」にコメントしました
notifications-line-reply = { $who }が「{ $title }」へのあなたのコメントに返信しました
notifications-line-mention-comment = { $who }が「{ $title }」へのコメントであなたをメンションしました
notifications-line-mention = { $who }が「{ $title }」であなたをメンションしました

## Mail sent at once
# For the kinds of notification someone wants "at once"; it gathers
# everything that came in the few minutes before it was sent.

# The subject when there are several notifications (with one, the
# subject is that notification's line, above).
notifications-mail-subject = Quill に新しい通知が{ $count }件あります
# One sentence around a link on the word "Quill" (to the site):
# "Here is what happened on [Quill] that you have not seen yet:"
notifications-mail-intro-before = { "" }
notifications-mail-intro-after = で起きた、まだご覧になっていない出来事です：
# The same sentence in the plain-text version; $site is the site's address.
notifications-mail-intro-text = Quill（{ $site }）で起きた、まだご覧になっていない出来事です：
notifications-mail-why = 通知設定で、これらの通知をすぐにメールで受け取るよう選んでいるため、このメールが送信されています。
# Links at the bottom of notification mail and digests.
notifications-mail-settings-link = 設定を変更
notifications-mail-stop-link = 通知メールを停止
# The same, in the plain-text version: each is followed by a space and an
# address.
notifications-mail-settings-label = 設定の変更：
notifications-mail-stop-label = 通知メールの停止：

## The digest

# $frequency in the messages below.
notifications-frequency-daily = デイリー
notifications-frequency-weekly = ウィークリー
# The digest's subject: "Your daily Quill digest: 5 new". $count is how
# many notifications it holds.
notifications-digest-subject = Quill の{ $frequency }ダイジェスト：新着{ $count }件
# One sentence around a link on the word "Quill" (to the site), with no
# space after the link:
# "Your daily digest from [Quill]: what you have not seen yet."
notifications-digest-intro-before = { $frequency }ダイジェストです。
notifications-digest-intro-after = で起きた、まだご覧になっていない出来事をお届けします。
# The same sentence in the plain-text version; $site is the site's address.
notifications-digest-intro-text = { $frequency }ダイジェストです。Quill（{ $site }）で起きた、まだご覧になっていない出来事をお届けします。
# "…ask for one daily" means "ask for a daily digest".
notifications-digest-why = 通知設定で{ $frequency }ダイジェストを選んでいるため、このダイジェストが送信されています。

## Notification mail settings (/settings/notifications)

notifications-prefs-saved = 通知メールの設定を保存しました。
# For each kind the choices are: at once, in the digest, never.
notifications-prefs-delivery-invalid = それぞれについて、すぐに知らせる、ダイジェストに含める、知らせない、のいずれかを選んでください。
notifications-prefs-frequency-invalid = ダイジェストの頻度として、1日1回か週1回を選んでください。

## The unsubscribe page (the link at the bottom of every notification mail)

notifications-unsubscribe-title = 通知メール
notifications-unsubscribe-ask = このアカウントへの通知メール（コメント、返信、メンション、いいね、フォロー、ダイジェスト）をすべて停止しますか？　アカウントやセキュリティに関するメールは引き続き届きます。
notifications-unsubscribe-button = 通知メールを停止
notifications-unsubscribe-done = 完了しました。今後、通知メールは届きません。アカウントやセキュリティに関するメール（パスワードの再設定、メールアドレスの変更）は引き続き届きます。
# A button that restores the settings from before unsubscribing.
notifications-unsubscribe-undo = 元に戻す：これまでどおりメールを受け取る
# One sentence: "Changed your mind? [Log in] to turn them back on in your
# notification settings."
notifications-unsubscribe-log-in-before = 気が変わりましたか？
notifications-unsubscribe-log-in-link = ログイン
notifications-unsubscribe-log-in-after = すると、通知設定で再びオンにできます。
# One sentence, with no space after the link: "Logged in? Choose per kind
# in [your notification settings]."
notifications-unsubscribe-settings-before = ログイン済みの場合は、
notifications-unsubscribe-settings-link = 通知設定
notifications-unsubscribe-settings-after = で種類ごとに選べます。
notifications-unsubscribe-invalid = この配信停止リンクは無効です。代わりに、設定から通知メールを変更してください。
# After the undo button on an old unsubscribe page: the settings page opens.
notifications-unsubscribe-choose-here = 受け取る通知メールをここで選んでください。
