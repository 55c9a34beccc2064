# Accounts: signing up, logging in and out, verifying the email address,
# resetting a forgotten password, and the mail these send.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Some sentences hold a link or bold text in the middle: they are split into
# pieces (…-before, the link's text, …-after) that the page puts together
# with a space before the link. Translate the pieces so that together they
# read as one sentence. "Quill" is the software's name: keep it as it is.

## Sign-up page (/signup)

accounts-signup-title = 新規登録
accounts-signup-heading = アカウントを作成
accounts-username-label = ユーザー名
# "/u/name" is the address of a profile page: keep it as it is.
accounts-username-hint = 3〜30文字の半角英小文字（a–z）、数字、アンダースコアが使えます。プロフィールのアドレス（/u/name）になります。
accounts-email-label = メールアドレス
accounts-password-label = パスワード
accounts-password-hint = 8文字以上。関係のない単語をいくつか組み合わせると、強力なパスワードになります。
# The form's button.
accounts-signup-submit = 登録する
# One sentence: "Already have an account? [Log in]."
accounts-signup-login-before = すでにアカウントをお持ちですか？
accounts-signup-login-link = ログイン
accounts-signup-login-after = { "" }
# Shown after signing up, on the "Check your email" page.
accounts-signup-welcome = Quill へようこそ！　メールでお送りしたリンクを開いてアドレスを確認してから、ログインしてください。
accounts-already-logged-in = すでにログインしています。
accounts-username-taken = このユーザー名は使われています。別のユーザー名を選んでください。

## What is wrong with a username, an email address or a new password
## (on the sign-up page, in settings and on the reset page)

accounts-username-reserved = このユーザー名は予約されています。別のユーザー名を選んでください。
accounts-username-length = ユーザー名は3〜30文字にしてください。
accounts-username-characters = 半角英小文字（a–z）、数字、アンダースコアだけを使ってください。
accounts-email-empty = メールアドレスを入力してください。
accounts-email-too-long = メールアドレスが長すぎます。
# "ana@example.com" is an example address; it may be replaced by one that
# looks natural in your language.
accounts-email-invalid = 有効なメールアドレスを入力してください（例：hanako@example.com）。
accounts-password-too-short = パスワードは8文字以上にしてください。
accounts-password-too-long = パスワードは1,024文字以内にしてください。
accounts-password-is-name = ユーザー名やメールアドレスをパスワードにすることはできません。
accounts-password-common = このパスワードは、攻撃者が最初に試すよく使われるパスワードの一覧に含まれています。別のパスワードを選んでください。

## Login page (/login)

# The page's title and heading.
accounts-login-title = ログイン
accounts-login-label = ユーザー名またはメールアドレス
# The form's button.
accounts-login-submit = ログイン
accounts-login-forgot-link = パスワードをお忘れですか？
# One sentence: "New here? [Create an account]."
accounts-login-signup-before = はじめての方は
accounts-login-signup-link = アカウントを作成
accounts-login-signup-after = してください。
# One sentence: "Never got the verification email? [Resend verification]."
accounts-login-resend-before = 確認メールが届きませんでしたか？
accounts-login-resend-link = 確認メールを再送信
accounts-login-resend-after = { "" }

## Why a login was refused (shown above the login form)

accounts-login-incomplete = ユーザー名またはメールアドレスと、パスワードを入力してください。
accounts-login-mismatch = ユーザー名（またはメールアドレス）とパスワードの組み合わせが正しくありません。
accounts-login-suspended = このアカウントは、サイトのモデレーターによって利用停止になっています。
# The person deleted their account and it waits to be erased; the date and
# the "Keep my account" button follow below.
accounts-login-leaving = このアカウントは削除済みです。アカウントを残さない限り、下記の日付に完全に消去されます。
# “Resend verification” names the link below the form
# (accounts-login-resend-link): use the same words.
accounts-login-unverified = 先にメールアドレスを確認してください。メールでお送りしたリンクを開いてください。メールが届かない場合は、下の「確認メールを再送信」をご利用ください。
# One sentence: "It will be erased on [date]. Until then you can keep it, with
# everything you wrote." The date, in bold, comes between the two pieces.
accounts-login-leaving-before = { "" }
accounts-login-leaving-after = に消去されます。それまでは、書いたものすべてと一緒にアカウントを残すことができます。
accounts-login-keep-account = アカウントを残す

## After logging in and out

# $username is the person's username (such as ana_99).
accounts-login-welcome-back = おかえりなさい、{ $username } さん。
accounts-logged-out = ログアウトしました。またお越しください。

## After signing up (/check-email)

accounts-check-email-title = メールを確認してください
accounts-check-email-sent = そのアドレスが Quill で未登録であれば、確認用のリンクをお送りしました。リンクを開いて登録を完了してから、ログインしてください。
# One sentence: "Nothing arrived after a few minutes? Look in your spam
# folder, or [send the link again]."
accounts-check-email-resend-before = 数分たっても届きませんか？　迷惑メールフォルダを確認するか、
accounts-check-email-resend-link = リンクを再送信
accounts-check-email-resend-after = してください。

## Asking for the verification link again (/resend-verification)

accounts-resend-title = 確認メールを再送信
accounts-resend-heading = 確認用リンクを再送信
# The button on the "Resend verification" and "Forgot password" forms.
accounts-send-link = リンクを送信
accounts-resend-sent = そのアドレスが確認待ちであれば、新しいリンクをお送りしました。

## Following the link in a verification mail

accounts-email-verified = メールアドレスを確認しました。ログインできます。
# “Resend verification” is the link on the login page
# (accounts-login-resend-link): use the same words.
accounts-verify-link-dead = この確認用リンクは無効か、使用済みか、期限切れです。ログインすると新しいリンクが送信されます。または「確認メールを再送信」をご利用ください。
# After confirming a change of address; $address is the new email address.
accounts-email-changed = メールアドレスを { $address } に変更しました。
accounts-email-change-taken = このアドレスはその間に別のアカウントで登録されたため、あなたのアドレスにはできません。メールアドレスは変更されていません。

## Forgotten password (/forgot-password, /reset-password)

accounts-forgot-title = パスワードの再設定
accounts-forgot-heading = パスワードをお忘れですか？
accounts-forgot-sent = そのアドレスを使っているアカウントがあれば、パスワードを再設定するためのリンクをお送りしました。リンクの有効期間は1時間です。
accounts-forgot-intro = アカウントのメールアドレスを入力してください。新しいパスワードを設定するためのリンクをお送りします。
# The title and heading of the page the reset link opens.
accounts-reset-title = 新しいパスワードを設定
accounts-reset-password-label = 新しいパスワード
accounts-reset-submit = 新しいパスワードを設定
# “Forgot password” is that page's title (accounts-forgot-title): use the
# same words.
accounts-reset-link-dead = この再設定用リンクは無効か、使用済みか、期限切れか、新しいリンクに置き換えられています。「パスワードの再設定」ページで新しいリンクを請求してください。
accounts-password-reset-done = パスワードを変更しました。新しいパスワードでログインしてください。

## Mail: verifying the address after signing up
## (it starts with mail-hello from mail.ftl; the HTML version ends the
## intro with a button, the plain-text version with the link itself)

accounts-verify-mail-subject = Quill のメールアドレスを確認してください
accounts-verify-mail-intro = Quill へようこそ！　これがあなたのメールアドレスであることを確認してください：
accounts-verify-mail-intro-text = Quill へようこそ！　次のリンクを開いて、これがあなたのメールアドレスであることを確認してください：
# The button in the mail.
accounts-verify-mail-link = メールアドレスを確認する
accounts-verify-mail-expiry = このリンクは1回だけ使用でき、48時間で期限切れになります。登録した覚えがない場合は、このメールを無視してください。

## Mail: someone tried to sign up with an address that has an account
## (sent to the account's owner)

accounts-signup-attempt-mail-subject = 誰かがあなたのメールアドレスで登録しようとしました
accounts-signup-attempt-mail-what = 先ほど、誰かがこのメールアドレスで Quill に登録しようとしました。このアドレスにはすでにアカウントがあります（あなたのアカウントです）。
accounts-signup-attempt-mail-if-you = あなたご自身の場合は、ユーザー名またはメールアドレスでログインしてください。パスワードを忘れた場合は、再設定できます。
accounts-signup-attempt-mail-if-not = 心当たりがない場合は、何もする必要はありません。新しいアカウントは作成されていません。
# The link at the end of the mail, to the "Forgot password" page.
accounts-signup-attempt-mail-link = パスワードを再設定する

## Mail: the password reset link

accounts-reset-mail-subject = Quill のパスワードを再設定してください
accounts-reset-mail-intro = あなたの Quill アカウントのパスワード再設定がリクエストされました。
accounts-reset-mail-intro-text = あなたの Quill アカウントのパスワード再設定がリクエストされました。新しいパスワードを設定するには、次のリンクを開いてください：
# The button in the mail.
accounts-reset-mail-link = 新しいパスワードを設定する
accounts-reset-mail-expiry = このリンクは1回だけ使用でき、1時間で期限切れになります。新しいリンクが発行されると、このリンクは無効になります。心当たりがない場合は、このメールを無視してください。パスワードは変更されません。

## Mail: the password was changed

accounts-password-changed-mail-subject = Quill のパスワードが変更されました
accounts-password-changed-mail-what = あなたの Quill アカウントのパスワードが変更されました。古いパスワードでログインしていたセッションはすべてログアウトされました。
# One sentence in the HTML mail: "If that was you, there is nothing to do. If
# it was not, [reset your password now]."
accounts-password-changed-mail-if-not-before = ご自身で変更した場合は、何もする必要はありません。心当たりがない場合は、
accounts-password-changed-mail-if-not-link = 今すぐパスワードを再設定
accounts-password-changed-mail-if-not-after = してください。
# The same in the plain-text mail; $link is the address of the "Forgot
# password" page.
accounts-password-changed-mail-if-not-text = ご自身で変更した場合は、何もする必要はありません。心当たりがない場合は、今すぐパスワードを再設定してください：{ $link }

# The second step of a login with a second factor (/login/code).
accounts-code-title = コードを入力
accounts-code-explain = このアカウントには2要素認証が設定されています。認証アプリに今表示されている6桁のコード、またはリカバリーコードのひとつを入力してください。
accounts-code-label = コード
accounts-code-submit = ログイン
accounts-code-lost = 電話もリカバリーコードもなくしましたか？ パスワードを再設定しても2要素認証は解除されません。このサイトの管理者にリセットを依頼してください。
accounts-code-wrong = コードが正しくないか、すでに使われています。アプリに今表示されているコードを入力してください。
accounts-code-start-again = もう一度ログインしてください。コードの入力は5分間有効です。

## Passkey sign-in
passkeys-sign-in = パスキーでログイン
passkeys-login-start-again = ログインに時間がかかりすぎました。もう一度パスキーをお試しください。
passkeys-login-refused = このパスキーは受け付けられませんでした。もう一度お試しいただくか、パスワードでログインしてください。
passkeys-login-unknown = このパスキーはここに登録されていません（削除された可能性があります）。パスワードでログインしてください。
