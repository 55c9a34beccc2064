# Settings: the settings page (profile, picture, email address, password,
# language, where you are logged in), notification emails, your account
# (blocked people, download my data, delete my account), and the mail
# these send. Messages starting media- are about uploaded pictures,
# wherever they are uploaded.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# { " " } is a space kept at the edge of a message: where a sentence is
# split around a link or other markup, the pieces join with no space of
# their own, so each piece carries the spaces your language needs.

## The settings page

settings-title = 設定
# The heading of the notification emails page, and the link to it.
settings-notifications-title = 通知メール
# After the link "Notification emails" on the settings page: one sentence
# with it ("Notification emails: choose which…").
settings-intro-notifications-after = ：どの通知をメールで受け取るか、その頻度を選べます。
# The heading of the account page (blocked people, export, deletion), and
# the link to it.
settings-account-title = アカウント
# After the link "Your account" on the settings page: one sentence with it.
settings-intro-account-after = ：ブロックした人、データのダウンロード、アカウントの削除。
# The link back from the notification emails and account pages.
settings-back = ← 設定
# Shown after a field's label, in grey.
settings-optional = （任意）
# A button that saves a form (notification emails, language).
settings-save = 保存

settings-profile-heading = プロフィール
settings-display-name-label = 表示名
settings-display-name-hint = 投稿やプロフィールで、ユーザー名の代わりに表示されます。
# $max is a number of characters.
settings-display-name-too-long = 名前は{ $max }文字以内にしてください。
settings-bio-label = 自己紹介
# $max is the most characters a bio may have, $count how many this one has.
settings-bio-too-long = 自己紹介は{ $max }文字以内にしてください（現在{ $count }文字）。
settings-profile-save = プロフィールを保存
settings-profile-saved = プロフィールを保存しました。

## Profile picture

settings-avatar-heading = プロフィール画像
settings-avatar-file-label = 新しい画像
settings-avatar-hint = JPEG、PNG、WebP、GIF に対応。中央から正方形に切り抜かれます。位置情報とカメラの情報は削除されます。
settings-avatar-upload = 画像をアップロード
settings-avatar-remove = 画像を削除
settings-avatar-several = 画像は1枚だけ選んでください。
settings-avatar-missing = アップロードする画像を選んでください。
settings-avatar-saved = 新しいプロフィール画像を設定しました。
settings-avatar-removed = プロフィール画像を削除しました。

## Email address

settings-email-heading = メールアドレス
# "Your address is <the address in bold>. It is never shown to other
# people." One sentence in two pieces around the address.
settings-email-current-before = 現在のアドレスは{ " " }
settings-email-current-after = { " " }です。ほかの人に表示されることはありません。
# "Waiting for you to open the link we sent to <the new address in bold>.
# Until then…" One sentence in two pieces around the address.
settings-email-pending-before = { "" }
settings-email-pending-after = { " " }に送ったリンクが開かれるのを待っています。それまでは、メールアドレスは変わりません。
settings-email-new-label = 新しいメールアドレス
# Also on the password form.
settings-current-password-label = 現在のパスワード
settings-email-save = メールアドレスを変更
settings-wrong-current-password = 現在のパスワードが正しくありません。
settings-email-same = それはすでに現在のアドレスです。
# $address is the new email address.
settings-email-link-sent = { $address } にリンクを送りました。リンクを開くと、アドレスが変更されます。

## Password

settings-password-heading = パスワード
settings-new-password-label = 新しいパスワード
settings-new-password-hint = 8文字以上。関係のない単語をいくつか組み合わせると、強力なパスワードになります。ほかのセッションはログアウトされます。
settings-password-save = パスワードを変更
settings-password-same = それは現在のパスワードです。新しいパスワードを選んでください。
settings-password-changed = パスワードを変更しました。ほかのセッションはすべてログアウトされました。

## Language

settings-language-heading = 言語
settings-language-label = 表示言語
# The first choice of the language menu: no setting, the browser's
# preferred languages decide.
settings-language-browser = ブラウザの設定に従う
settings-language-hint = Quill から届くメールも、この言語で書かれます。ブラウザの設定に従う場合、メールは英語で届きます。
settings-language-saved = 言語を保存しました。

## Where you are logged in

settings-logins-heading = ログインしている場所
# The caption of the table of browser sessions.
settings-logins-browsers = ブラウザ
# Column headings of the sessions table.
settings-logins-browser = ブラウザ
settings-logins-logged-in = ログイン日時
settings-logins-last-active = 最終アクティブ
# The heading of the column of buttons, read only by screen readers.
settings-logins-action = 操作
# In place of the browser's description when it sent none.
settings-logins-unknown-browser = 不明なブラウザ
# In the row of the session this page is shown in, instead of a button.
settings-logins-this-browser = このブラウザ
# A button that logs out one session.
settings-logins-end = ログアウト
settings-logins-hint = パスワードを変更すると、このブラウザ以外のすべてのブラウザがログアウトされ、すべての API トークンが取り消されます。
settings-session-ended = そのセッションをログアウトしました。
settings-session-already-ended = そのセッションはすでに終了しています。
# The caption of the table of API tokens.
settings-tokens-caption = API トークン
# "No API tokens. Programs get one by logging in to /api/users/login; each
# appears here until you revoke it." One sentence in two pieces around the
# address, which stays as it is.
settings-tokens-none-before = API トークンはありません。プログラムが{ " " }
settings-tokens-none-after = { " " }でログインするとトークンが発行され、取り消すまでここに表示されます。
# Column headings of the tokens table. "Made by": the program that asked
# for the token.
settings-tokens-made-by = 発行先
settings-tokens-created = 作成日時
settings-tokens-last-used = 最終使用
settings-tokens-revoke = 取り消す
settings-token-revoked = トークンを取り消しました。このトークンはもう使えません。
settings-token-already-revoked = そのトークンはすでに取り消されています。

## Notification emails

# The kinds of notification, each with three choices below.
settings-notify-reply = 誰かがあなたのコメントに返信したとき
settings-notify-mention = 誰かが投稿やコメントであなたをメンション（@name）したとき
settings-notify-comment = 誰かがあなたの投稿にコメントしたとき
settings-notify-like = 誰かがあなたの投稿にいいねしたとき
settings-notify-follow = 誰かがあなたをフォローしたとき
# $minutes is how long Quill waits before sending the mail.
settings-notify-instant = 約{ $minutes }分後にメールで知らせる（それまでに見ていない場合）
settings-notify-digest = ダイジェストに含める
settings-notify-off = メールで知らせない
settings-digest-legend = ダイジェスト
settings-digest-daily = 1日1回
settings-digest-weekly = 週1回
# Only moderators and admins see this.
settings-moderation-legend = モデレーション
settings-report-mail = 通報があったときにメールで知らせる（モデレーションキューへのリンク付き）

## Your account: blocked people

settings-blocked-heading = ブロックした人
# “Block” is the name of the button on a person's profile.
settings-blocked-none = ブロックしている人はいません。誰かをブロックするには、その人のプロフィールで「ブロック」を使います。ブロックすると、お互いの投稿やコメントが表示されなくなり、相手はあなたをフォローしたり、いいね、コメント、返信、メンションをしたりできなくなります。相手には通知されません。
settings-unblock = ブロックを解除

## Your account: download my data

settings-export-heading = データをダウンロード
settings-export-intro = プロフィール、各投稿（画像付きの Markdown ファイル）、コメント、いいね、フォロー、通知設定をまとめた zip ファイルです。バックグラウンドで作成し、1回だけ使える24時間有効なリンクをメールでお送りします。
settings-export-button = データをダウンロード
settings-export-started = データをまとめています。通常は数分以内に、ダウンロード用のリンクがメールで届きます。
settings-export-waiting = データはすでにまとめている最中です。リンクはメールで届きます。
settings-export-too-many-title = 本日のエクスポート回数が上限に達しました
# $count is how many exports a day are allowed; $time is a date and time
# such as "5 Dec 2026 12:00 UTC"; $hours is how many hours from now that is.
settings-export-too-many = データのリクエストは1日{ $count }回までで、本日はすでに上限に達しています。{ $time } 以降（約{ $hours }時間後）に、もう一度リクエストできます。
settings-export-used-title = このリンクは使用済みです
settings-export-used = このリンクを使って、すでにデータがダウンロードされています。リンクは1回しか使えません。もう一度ダウンロードするには、アカウント設定で新しいエクスポートをリクエストしてください。
settings-export-expired-title = このリンクは期限切れです
settings-export-expired = データのリンクの有効期間は24時間です。また、新しいエクスポートをリクエストすると、以前のリンクは無効になります。アカウント設定で新しいエクスポートをリクエストしてください。
# The mail with the link. $size is the archive's size, such as "1.5 MB".
settings-export-mail-subject = Quill のデータの準備ができました
settings-export-mail-ready = Quill アカウントのアーカイブ（{ $size }）の準備ができました。プロフィール、投稿（画像付きの Markdown）、コメント、いいね、フォロー、通知設定が含まれています。
# $time is a date and time such as "5 Dec 2026 12:00 UTC"; $username is
# the account's username.
settings-export-mail-rules = このリンクは { $time } まで1回だけ使用でき、{ $username } としてログインしている間だけ有効です。心当たりがない場合は、パスワードを変更してください。ほかの誰かがあなたのアカウントにログインしている可能性があります。
settings-export-mail-link = データをダウンロード
# README.txt in the downloaded zip, a plain-text file: what each file in it
# holds. The file names on the left (profile.json, posts/<id>-<title>.md…)
# and the words in `backquotes` are names in the files: keep them as they
# are. Keep the descriptions lined up in one column if you can.
settings-export-readme =
    Quill から書き出したあなたのデータ
    ==================================

    profile.json                プロフィール：ユーザー名、表示名、自己紹介、
                                メールアドレス、登録日時、アバター画像のファイル名。
    avatar.*                    アバター画像（設定している場合）。
    posts/<id>-<title>.md       あなたの投稿（下書きと予約投稿も含む）。1件ずつ、
                                書いたとおりの Markdown で保存されています。先頭の
                                ヘッダー（2本の --- 行で囲まれた YAML front matter）
                                には、タイトル、説明、タグ、下書きかどうか、日時
                                （RFC 3339、UTC）が入っています。`cover` と
                                `pictures` は投稿のフォルダ内のファイル名を示し、
                                `shown_as` は本文で各画像に使われているアドレスです。
    posts/<id>/                 その投稿の画像：カバー画像と本文中の画像
                                （Quill に保存されている形のまま）。
    comments.json               あなたのコメント：id、投稿の id、返信先のコメント
                                （parent_id）、Markdown のテキスト、作成日時と
                                最終編集日時。削除したコメントは含まれません。
    likes.json                  いいねした投稿：id、タイトル、作成者、日時。
    follows.json                あなたがフォローしている人と、あなたをフォロー
                                している人（ユーザー名と日付）。
    notification_settings.json  通知の種類ごとのメールでの受け取り方（instant、
                                digest、off）と、ダイジェストの頻度。

    JSON ファイルはすべて UTF-8 です。日時は UTC の RFC 3339 形式です。

## Your account: deleting it

settings-delete-heading = アカウントを削除
settings-delete-intro = プロフィール、投稿、コメントはすぐに非表示になり、すべての場所からログアウトされます。14日後、アカウントはすべての内容とともに完全に消去されます。それまでにログインすれば、アカウントを残すことができます。消去日はメールでお知らせします。
settings-delete-password-label = パスワード
settings-delete-button = アカウントを削除
settings-delete-wrong-password = パスワードが正しくありません。アカウントは削除されていません。
settings-delete-admin = 管理者は自分のアカウントを削除できません。先に、ほかの管理者に一般メンバーに変更してもらってください。
# $date is a day such as "5 Dec 2026".
settings-deleted = アカウントを削除しました。{ $date }に完全に消去されます。それまでにログインすれば、アカウントを残すことができます。
# After choosing “Keep my account” on the login page.
settings-restore-expired = このリンクは古すぎます。アカウントを残すには、もう一度ログインしてください。
settings-restore-not-leaving = このアカウントは消去待ちではありません。
settings-restored = おかえりなさい。アカウント、投稿、コメントは元のままです。
# The mail after deleting an account. $date is a day such as "5 Dec 2026".
settings-leaving-mail-subject = Quill アカウントは{ $date }に消去されます
settings-leaving-mail-deleted = Quill アカウントを削除しました。アカウントは現在非表示になっており、{ $date }に投稿、コメント、いいね、フォロー、画像とともに完全に消去されます。
# “Keep my account” is the name of the button on the login page.
settings-leaving-mail-changed-mind = 気が変わりましたか？　それまでにログインして「アカウントを残す」を選んでください。
# “Download my data” is the name of the button in the account settings
# (settings-export-button).
settings-leaving-mail-copy-first = 先に書いたもののコピーがほしい場合は、アカウントを残してから、アカウント設定の「データをダウンロード」を使い、そのあとでもう一度削除してください。
settings-leaving-mail-link = ログインしてアカウントを残す

## Mail about changing the email address

# The link in the mails below that go to the account's owner.
settings-mail-reset-link = パスワードを再設定する
# To the new address, asking to confirm it. $address is the new address,
# $username the account's username.
settings-email-confirm-mail-subject = Quill の新しいメールアドレスを確認してください
settings-email-confirm-mail-ask = { $address } を Quill アカウント { $username } のメールアドレスにすることを確認してください。
settings-email-confirm-mail-expires = このリンクは1回だけ使用でき、48時間で期限切れになります。心当たりがない場合は、このメールを無視してください。何も変更されません。
settings-email-confirm-mail-link = 新しいアドレスを確認する
# To the current address, telling that a change was asked for. $address is
# the new address.
settings-email-change-mail-subject = Quill のメールアドレスが変更されようとしています
settings-email-change-mail-told = あなたの Quill アカウントにログインしている誰かが、メールアドレスを { $address } に変更するようリクエストしました。そのアドレスに送られたリンクが開かれるまで、変更は行われません。
settings-email-change-mail-if-not = ご自身でリクエストした場合は、何もする必要はありません。心当たりがない場合は、今すぐパスワードを再設定してください。ほかのすべてのセッションがログアウトされます。
# To an address that belongs to another account already, when someone asked
# to move their account to it.
settings-email-taken-mail-subject = 誰かが Quill であなたのメールアドレスを使おうとしました
# Stands for the name in the greeting (mail-hello: "Hello { $name },"),
# which makes "Hello there,".
settings-email-taken-mail-name = Quill ユーザー
settings-email-taken-mail-tried = 別の Quill アカウントのメールアドレスを、このアドレスに変更するリクエストがありました。このアドレスはすでにこのサイトのアカウントで使われているため、何も変更されていません。
settings-email-taken-mail-lost = ご自身のアカウントにアクセスできなくなった場合は、パスワードを再設定できます。

## Uploaded pictures (avatars and posts' pictures)

media-form-unreadable = フォームを読み取れませんでした。もう一度送信してください。
media-empty = ファイルが空です。
media-not-an-image = Quill で使える画像ファイルではありません。JPEG、PNG、WebP、GIF の画像をアップロードしてください。
# $width and $height are the picture's size in pixels; $max is a number of
# megapixels (millions of pixels).
media-too-many-pixels = 画像が大きすぎます（{ $width } × { $height } ピクセル）。{ $max } メガピクセル以下の画像をアップロードしてください。
media-unreadable = 画像が破損しているか不完全なため、読み取れません。保存し直してからお試しください。
# $max is a number of frames (the pictures of an animation).
media-too-many-frames = この GIF はフレーム数が多すぎます（上限は{ $max }フレームです）。静止画をアップロードしてください。
# What an account's pictures take, on the admin pages: "3 pictures, 1.2 MB
# of 500 MB (0%)". $used and $quota are sizes such as "1.2 MB"; $percent
# is a whole number.
media-usage = 画像{ $count }枚、{ $used } / { $quota }（{ $percent }%）
media-usage-no-quota = 画像{ $count }枚、{ $used }（容量制限なし）

# /settings/security: the second factor; and the notice mails about it.
# $date is a date as the page writes dates; $left a whole number.
security-title = ログインのセキュリティ
settings-intro-security-after = ：認証アプリによる2要素認証とリカバリーコード。
security-second-factor-heading = 2要素認証
security-second-factor-intro = 2要素認証をオンにすると、パスワードでのログイン時に電話の認証アプリのコードも求められます。盗まれたパスワードだけではログインできません。
security-codes-once = リカバリーコードです。それぞれ一度だけ、アプリのコードの代わりに使えます。安全な場所に保管してください。表示されるのは今だけです。
security-on-since = { $date }からオン。
security-codes-left = リカバリーコードは残り{ $left }個です。
security-renew-codes = リカバリーコードを作り直す
security-turn-off = オフにする
security-set-up = 認証アプリを設定する
security-scan = このコードを認証アプリでスキャンしてください。
security-qr-label = 認証アプリでスキャンするQRコード
security-or-type = または次のキーを入力してください：
security-code-label = アプリに表示されているコード
security-turn-on = オンにする
security-setup-again = もう一度設定を始めてください。
security-code-wrong = コードが一致しません。電話の時刻を確認し、アプリに今表示されているコードを入力してください。
security-off-done = 2要素認証をオフにしました。
security-mail-on-subject = Quill アカウントで2要素認証がオンになりました
security-mail-on-what = Quill アカウントへのログインで、パスワードに加えて認証アプリのコードが必要になりました。
security-mail-off-subject = Quill アカウントの2要素認証がオフになりました
security-mail-off-what = Quill アカウントへのログインで、認証アプリのコードは求められなくなりました。
security-mail-code-used-subject = Quill アカウントでリカバリーコードが使われました
security-mail-code-used-what = リカバリーコードで Quill アカウントにログインがありました。残りのコードは{ $left }個です。
security-mail-renewed-subject = Quill アカウントの新しいリカバリーコード
security-mail-renewed-what = Quill アカウントのリカバリーコードが新しく作られました。以前のコードは使えません。
security-mail-if-not = ご本人による操作であれば、何もする必要はありません。心当たりがない場合は、今すぐパスワードを変更し、ログイン設定を確認してください。
security-mail-link = ログインのセキュリティ
security-token-heading = APIトークン
security-token-intro = プログラム（スクリプトやアプリ）はトークンでAPIを使います。ここで作成できます。作成したトークンは設定のログイン一覧に表示され、そこで取り消せます。
security-token-label = 用途
security-token-make = トークンを作成
security-token-once = 新しいトークンです。今コピーしてください。表示されるのは一度だけです。
security-token-default-label = 設定で作成
security-mail-reset-subject = Quill アカウントの2要素認証が管理者によってリセットされました
security-mail-reset-what = このQuillサイトの管理者が、電話とリカバリーコードの紛失を受けて、あなたのアカウントの2要素認証をオフにしました。パスワードでログインし、ログインのセキュリティ設定からもう一度設定してください。
security-staff-must = このサイトではモデレーターと管理者に2要素認証が必要です。管理ページを使うには設定してください。

## Passkeys (settings/security)
passkeys-heading = パスキー
passkeys-intro = パスキーを使うと、パスワードの代わりにデバイスの画面ロック（指紋、顔、PIN）でログインできます。このサイトでしか使えないのでフィッシングで盗まれることはなく、パスキーだけで2要素認証の両方の要素を満たします。
passkeys-none = パスキーはまだありません。
passkeys-added-on = { $date }に追加
passkeys-last-used = 最終使用：{ $date }
passkeys-never-used = 未使用
passkeys-rename-label = このパスキーの新しい名前
passkeys-rename = 名前を変更
passkeys-remove = 削除
passkeys-remove-named = パスキー「{ $name }」を削除
passkeys-name-label = 名前（パスキーを見分けるためのもの）
passkeys-name-placeholder = 例：仕事用のノートPC
passkeys-password-why = ログインしてから時間がたっています。パスキーを追加するにはパスワードを入力してください。
passkeys-add = パスキーを追加
passkeys-needs-browser = パスキーを追加するには、パスキーに対応していて JavaScript が有効なブラウザが必要です。
passkeys-unavailable = このサイトではパスキーは使えません。サイトのアドレス（QUILL_BASE_URL）がIPアドレスで、ブラウザはIPアドレスのサイトではパスキーを拒否するためです。
passkeys-default-name = パスキー { $number }
passkeys-added = パスキー「{ $name }」を追加しました。このパスキーでログインできるようになりました。
passkeys-renamed = パスキーの名前を「{ $name }」に変更しました。
passkeys-removed = パスキー「{ $name }」を削除しました。
passkeys-start-again = 時間がかかりすぎたか、別のタブで開始された操作です。もう一度パスキーを追加してください。
passkeys-refused = ブラウザからの応答を受け付けられませんでした（別のサイト向けのものか、期限切れです）。もう一度お試しください。
passkeys-duplicate = このパスキーはすでに登録されています。
passkeys-name-empty = パスキーに名前を付けてください。
passkeys-mail-added-subject = Quill アカウントにパスキーが追加されました
passkeys-mail-added-what = 「{ $name }」という名前のパスキーが Quill アカウントに追加されました。このパスキーではパスワードなしでログインできます。
passkeys-mail-removed-subject = Quill アカウントからパスキーが削除されました
passkeys-mail-removed-what = 「{ $name }」という名前のパスキーが Quill アカウントから削除されました。このパスキーではもうログインできません。
