# Moderation: the page where anyone reports a post, a comment or a profile,
# and the mail staff and authors get about reports and removals.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# $kind is what is reported: post, comment or user (a profile); choose the
# variant your language needs for each. { " " } is a space kept at the edge
# of a message: where a sentence is split around a link or other markup,
# the pieces join with no space of their own.

## Reporting something

# The page's title and heading.
moderation-report-title = { $kind ->
    [post] 投稿を通報
    [comment] コメントを通報
   *[user] プロフィールを通報
}
# "The profile of @name" (the @name is a link). One phrase in two pieces
# around the link; the second piece is empty in English.
moderation-report-profile-before = { "" }
moderation-report-profile-after = { " " }のプロフィール
# "You reported this on 5 Dec 2026. A moderator will look at it; …" One
# sentence in two pieces around the date.
moderation-report-already-before = { "" }
moderation-report-already-after = に通報済みです。モデレーターが確認しますので、これ以上の操作は必要ありません。
moderation-report-back = ← 戻る
moderation-report-intro = 通報はサイトのモデレーターに届きます。通報した相手には届きません。同じ対象を通報できるのは1人1回までです。
moderation-report-reason-legend = どのような問題がありますか？
moderation-report-details-label = 詳細
# After "Details", in grey. “Something else” is the last reason (moderation-reason-other).
moderation-report-details-optional = （任意。「その他」の場合は必須）
# $max is a number of characters.
moderation-report-details-hint = { $max }文字以内。リンクや経緯があると、モデレーターが判断しやすくなります。
moderation-report-send = 通報を送信
moderation-report-cancel = キャンセル
moderation-report-thanks = ありがとうございます。モデレーターが確認します。
moderation-report-repeat = すでに通報済みです。モデレーターが確認します。

## Why something is reported: the form's choices

moderation-reason-spam = スパム
moderation-reason-harassment = 嫌がらせ
moderation-reason-illegal = 違法なコンテンツ
moderation-reason-other = その他
# The same inside a sentence, as moderation-report-mail-what uses them:
# "Someone reported a post (spam)."
moderation-reason-spam-inline = スパム
moderation-reason-harassment-inline = 嫌がらせ
moderation-reason-illegal-inline = 違法なコンテンツ
moderation-reason-other-inline = その他

## What is wrong with a report that is sent

# "kind" and "target" are the names of the form's fields; keep them as they are.
moderation-report-kind-missing = 通報する対象を選んでください：投稿、コメント、プロフィールのいずれか（kind = post、comment、user）。
moderation-report-target-missing = { $kind ->
    [post] 通報する投稿を指定してください（target）。
    [comment] 通報するコメントを指定してください（target）。
   *[user] 通報するプロフィールを指定してください（target）。
}
moderation-report-own = { $kind ->
    [post] 自分の投稿を通報することはできません。
    [comment] 自分のコメントを通報することはできません。
   *[user] 自分自身を通報することはできません。
}
moderation-report-reason-missing = 理由を選んでください：スパム、嫌がらせ、違法なコンテンツ、その他のいずれか。
moderation-report-details-missing = 何が問題なのかを簡単に書いてください。
# $max is the most characters the details may have, $count how many these have.
moderation-report-details-too-long = 詳細は{ $max }文字以内にしてください（現在{ $count }文字）。

## Mail to staff about a new report

moderation-report-mail-subject = Quill に新しい通報がありました
# $reason is one of the moderation-reason-…-inline messages above.
moderation-report-mail-what = { $kind ->
    [post] 投稿が通報されました（{ $reason }）。モデレーションキューで対応を待っています。
    [comment] コメントが通報されました（{ $reason }）。モデレーションキューで対応を待っています。
    [user] プロフィールが通報されました（{ $reason }）。モデレーションキューで対応を待っています。
   *[other] 通報がありました（{ $reason }）。モデレーションキューで対応を待っています。
}
moderation-report-mail-why = このメールは、あなたが受け取りを希望したため送信されています。通知設定でオフにできます。
moderation-report-mail-link = モデレーションキューを開く

## Mail to an author whose post or comment staff removed

# $kind is post or comment here.
moderation-removed-mail-subject = { $kind ->
    [comment] Quill でのあなたのコメントが削除されました
   *[post] Quill でのあなたの投稿が削除されました
}
# $label is the post's title or the comment's first words.
moderation-removed-mail-what = { $kind ->
    [comment] あなたのコメント「{ $label }」は、サイトのモデレーターによって削除されました。
   *[post] あなたの投稿「{ $label }」は、サイトのモデレーターによって削除されました。
}
moderation-removed-mail-no-reason = 理由は示されていません。
# $reason is what the moderator wrote, in their words.
moderation-removed-mail-reason = 理由：{ $reason }
moderation-removed-mail-mistake = 誤りだと思われる場合は、このメールに返信してください。
moderation-removed-mail-link = あなたのプロフィール
