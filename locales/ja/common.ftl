# Quill のインターフェース：すべてのページに共通する部分（ヘッダー、フッター、
# 日付、ページ送り、エラーページ）。
#
# { $braces } 内の引数は Quill が埋めます。そのまま残してください。
# 日本語には複数形がないため、単一の形で書きます。

## The page around everything

site-description = Quill：セルフホストのブログで、投稿と人と会話を。
skip-to-content = 本文へスキップ
nav-label = メイン
nav-latest = 新着
nav-following = フォロー中
nav-notifications = 通知
# The badge on the notifications link, read by screen readers.
nav-unread = 未読 { $count }件
nav-write = 書く
nav-settings = 設定
nav-log-out = ログアウト
nav-log-in = ログイン
nav-sign-up = 新規登録
nav-search-label = 投稿を検索
nav-search-placeholder = 検索
footer-tagline = Quill — 書くための、セルフホストの場所。
footer-latest = 新着の投稿
footer-language = 言語
footer-language-choose = 変更

## Paging through lists

paging-label = ページ
paging-newer = ← 新しいページ
paging-older = 古いページ →
paging-page = { $page }ページ目

## Dates and times
# $day, $monthnum and $year are numbers; $month is the month's short name
# from below.

date = { $year }年{ $month }{ $day }日
# $date is written as above, $time as 24-hour HH:MM.
datetime = { $date } { $time } UTC
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
ago-now = たった今
ago-minutes = { $count }分前
ago-hours = { $count }時間前
ago-days = { $count }日前

## Error pages

error-home-link = 新着の投稿へ
error-not-found-title = ページが見つかりません
error-not-found = このアドレスには何もありません。削除されたか、リンクが間違っている可能性があります。
error-forbidden-title = 許可されていません
error-unprocessable-title = 処理できませんでした
error-too-many-title = 試行回数が多すぎます
error-too-many = お使いの接続元から短時間に多くの試行がありました。{ $minutes }分ほど待ってから、もう一度お試しください。
error-too-large-title = サイズが大きすぎます
error-too-large = 送信されたデータが、このサイトで受け付けられるサイズを超えています。もっと小さいものでお試しください。
error-timeout-title = 時間がかかりすぎました
error-timeout = リクエストの到着に時間がかかりすぎたため、サーバーが待つのをやめました。もう一度送信してください。
error-quota-title = これ以上画像を追加できません
# $used and $quota are sizes such as "900 KB" or "1.5 MB".
error-quota = この画像は追加できません。画像用の容量 { $quota } のうち、{ $used } を使用済みです。投稿の画像をいくつか削除するか、管理者に容量を増やしてもらってください。
error-internal-title = 問題が発生しました
error-internal = サーバーがこのリクエストを完了できませんでした。送信した内容は失われていません。少し待ってから、もう一度お試しください。
error-form-expired-title = このフォームは期限切れです
error-form-expired = フォームが古すぎるか、このサイトから送信されたものではありません。前のページに戻り、再読み込みしてから、もう一度お試しください。
error-cut-off = リクエストが途中で切れたか、時間がかかりすぎました。もう一度送信してください。
error-form-unreadable = フォームを読み取れませんでした。ページを再読み込みして、もう一度お試しください。
role-admins-only = 管理者のアカウント、投稿、コメントに対して操作できるのは管理者だけです。

## Words the page's script writes (static/app.js)
# { $name }-style placeholders here are filled in by the script.

js-just-now = たった今
# $offset is like "+02:00".
js-local-time = ローカル時刻（UTC{ $offset }）です。今すぐ公開する場合や下書きとして残す場合は空欄にしてください。過去の時刻を指定すると、すぐに公開されます。
js-add-picture = 画像を追加
# $name is the file's name, or js-the-picture when it has none.
js-adding-picture = { $name } を追加しています…
js-the-picture = 画像
js-picture-added = 追加しました。画像が見えない人のために、角括弧の中に画像の説明を書いてください。
# $reason is one of the three messages below.
js-picture-failed = 画像を追加できませんでした：{ $reason }。
js-picture-too-large = サイズが大きすぎます
js-picture-too-many = この1時間のアップロード数が多すぎます
js-picture-unusable = この画像は使用できません
js-add-comment = コメントを追加
js-comment = コメントする
js-your-reply = あなたの返信
js-reply = 返信する
js-cancel = キャンセル
# $name is the display name of the comment's author.
js-replying-to = 返信先：{ $name }
js-mention-menu = メンションする人
# The unread badge's label, updated live. $count is a number; the script
# always uses the *[other] form, so write one that reads right for any count.
js-unread = 未読 { $count }件
# Passkey ceremonies in the browser (static/passkeys.js).
js-passkey-failed = パスキーでの認証に失敗しました。もう一度お試しいただくか、パスワードをご利用ください。
js-passkey-cancelled = キャンセルされたか、このサイトのパスキーが選ばれませんでした。
js-passkey-already = このデバイスには、すでにあなたのアカウントのパスキーがあります。
js-passkey-too-many = 試行回数が多すぎます。しばらく待ってからもう一度お試しください。
