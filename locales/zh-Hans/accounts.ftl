# Accounts: signing up, logging in and out, verifying the email address,
# resetting a forgotten password, and the mail these send.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Some sentences hold a link or bold text in the middle: they are split into
# pieces (…-before, the link's text, …-after) that the page puts together
# with a space before the link. Translate the pieces so that together they
# read as one sentence. "Quill" is the software's name: keep it as it is.

## Sign-up page (/signup)

accounts-signup-title = 注册
accounts-signup-heading = 创建你的账号
accounts-username-label = 用户名
# "/u/name" is the address of a profile page: keep it as it is.
accounts-username-hint = 3–30 个字符，可使用字母 a–z、数字和下划线。它将成为你的主页地址：/u/name。
accounts-email-label = 邮箱
accounts-password-label = 密码
accounts-password-hint = 至少 8 个字符。由几个互不相关的词组成的密码会很安全。
# The form's button.
accounts-signup-submit = 注册
# One sentence: "Already have an account? [Log in]."
accounts-signup-login-before = 已有账号？
accounts-signup-login-link = 登录
accounts-signup-login-after = 。
# Shown after signing up, on the "Check your email" page.
accounts-signup-welcome = 欢迎来到 Quill！请打开我们发到你邮箱的链接来验证邮箱地址，然后登录。
accounts-already-logged-in = 你已经登录了。
accounts-username-taken = 此用户名已被占用，请换一个。

## What is wrong with a username, an email address or a new password
## (on the sign-up page, in settings and on the reset page)

accounts-username-reserved = 此用户名为保留名称，请换一个。
accounts-username-length = 请选择 3 到 30 个字符的用户名。
accounts-username-characters = 只能使用字母 a–z、数字和下划线。
accounts-email-empty = 请输入你的邮箱地址。
accounts-email-too-long = 该邮箱地址太长。
# "ana@example.com" is an example address; it may be replaced by one that
# looks natural in your language.
accounts-email-invalid = 请输入有效的邮箱地址，例如 xiaoming@example.com。
accounts-password-too-short = 密码至少需要 8 个字符。
accounts-password-too-long = 密码最多 1024 个字符。
accounts-password-is-name = 密码不能与你的用户名或邮箱地址相同。
accounts-password-common = 此密码在最常用密码列表中，攻击者会优先尝试这些密码。请换一个。

## Login page (/login)

# The page's title and heading.
accounts-login-title = 登录
accounts-login-label = 用户名或邮箱
# The form's button.
accounts-login-submit = 登录
accounts-login-forgot-link = 忘记密码？
# One sentence: "New here? [Create an account]."
accounts-login-signup-before = 还没有账号？
accounts-login-signup-link = 创建账号
accounts-login-signup-after = 。
# One sentence: "Never got the verification email? [Resend verification]."
accounts-login-resend-before = 没有收到验证邮件？
accounts-login-resend-link = 重新发送验证邮件
accounts-login-resend-after = 。

## Why a login was refused (shown above the login form)

accounts-login-incomplete = 请输入用户名或邮箱，以及密码。
accounts-login-mismatch = 没有与该用户名或邮箱及密码相匹配的账号。
accounts-login-suspended = 此账号已被本站审核员封禁。
# The person deleted their account and it waits to be erased; the date and
# the "Keep my account" button follow below.
accounts-login-leaving = 你已删除此账号。除非你选择保留，否则它将在下方所示日期被永久清除。
# “Resend verification” names the link below the form
# (accounts-login-resend-link): use the same words.
accounts-login-unverified = 请先验证你的邮箱地址：打开我们发给你的邮件中的链接。没收到邮件？请使用下方的“重新发送验证邮件”。
# One sentence: "It will be erased on [date]. Until then you can keep it, with
# everything you wrote." The date, in bold, comes between the two pieces.
accounts-login-leaving-before = 此账号将于
accounts-login-leaving-after = { " " }被永久清除。在此之前，你可以保留它以及你写过的所有内容。
accounts-login-keep-account = 保留我的账号

## After logging in and out

# $username is the person's username (such as ana_99).
accounts-login-welcome-back = 欢迎回来，{ $username }。
accounts-logged-out = 你已退出登录，下次见！

## After signing up (/check-email)

accounts-check-email-title = 查收邮件
accounts-check-email-sent = 如果该地址尚未在 Quill 注册，我们已向它发送了一个验证链接。请打开链接完成注册，然后登录。
# One sentence: "Nothing arrived after a few minutes? Look in your spam
# folder, or [send the link again]."
accounts-check-email-resend-before = 几分钟后仍未收到？请检查垃圾邮件文件夹，或
accounts-check-email-resend-link = 重新发送链接
accounts-check-email-resend-after = 。

## Asking for the verification link again (/resend-verification)

accounts-resend-title = 重新发送验证邮件
accounts-resend-heading = 重新发送验证链接
# The button on the "Resend verification" and "Forgot password" forms.
accounts-send-link = 发送链接
accounts-resend-sent = 如果该地址正在等待验证，新的链接已经发出。

## Following the link in a verification mail

accounts-email-verified = 你的邮箱地址已验证，现在可以登录了。
# “Resend verification” is the link on the login page
# (accounts-login-resend-link): use the same words.
accounts-verify-link-dead = 此验证链接无效、已被使用或已过期。请登录以获取新链接，或使用“重新发送验证邮件”。
# After confirming a change of address; $address is the new email address.
accounts-email-changed = 你的邮箱地址已更改为 { $address }。
accounts-email-change-taken = 在此期间，该地址已被另一个账号注册，因此无法归你使用。你的邮箱地址保持不变。

## Forgotten password (/forgot-password, /reset-password)

accounts-forgot-title = 忘记密码
accounts-forgot-heading = 忘记密码了？
accounts-forgot-sent = 如果有账号使用该地址，重置密码的链接已经发出，一小时内有效。
accounts-forgot-intro = 输入你账号的邮箱地址，我们会给你发送一个设置新密码的链接。
# The title and heading of the page the reset link opens.
accounts-reset-title = 设置新密码
accounts-reset-password-label = 新密码
accounts-reset-submit = 保存新密码
# “Forgot password” is that page's title (accounts-forgot-title): use the
# same words.
accounts-reset-link-dead = 此重置链接无效、已被使用、已过期或已被更新的链接取代。请在“忘记密码”页面重新获取链接。
accounts-password-reset-done = 你的密码已更改，请使用新密码登录。

## Mail: verifying the address after signing up
## (it starts with mail-hello from mail.ftl; the HTML version ends the
## intro with a button, the plain-text version with the link itself)

accounts-verify-mail-subject = 验证你在 Quill 使用的邮箱地址
accounts-verify-mail-intro = 欢迎来到 Quill！请确认这是你的邮箱地址：
accounts-verify-mail-intro-text = 欢迎来到 Quill！请打开以下链接，确认这是你的邮箱地址：
# The button in the mail.
accounts-verify-mail-link = 验证我的邮箱地址
accounts-verify-mail-expiry = 此链接只能使用一次，48 小时后失效。如果你没有注册过，请忽略此邮件。

## Mail: someone tried to sign up with an address that has an account
## (sent to the account's owner)

accounts-signup-attempt-mail-subject = 有人尝试用你的邮箱地址注册
accounts-signup-attempt-mail-what = 刚刚有人尝试用此邮箱地址注册 Quill，但该地址已经有一个账号了，那就是你的账号。
accounts-signup-attempt-mail-if-you = 如果是你本人，请使用用户名或邮箱登录。如果忘记了密码，可以重置密码。
accounts-signup-attempt-mail-if-not = 如果不是你，则无需任何操作：没有创建新账号。
# The link at the end of the mail, to the "Forgot password" page.
accounts-signup-attempt-mail-link = 重置我的密码

## Mail: the password reset link

accounts-reset-mail-subject = 重置你的 Quill 密码
accounts-reset-mail-intro = 有人请求重置你的 Quill 账号密码。
accounts-reset-mail-intro-text = 有人请求重置你的 Quill 账号密码。要设置新密码，请打开此链接：
# The button in the mail.
accounts-reset-mail-link = 设置新密码
accounts-reset-mail-expiry = 此链接只能使用一次，一小时后失效；发出更新的链接后，此链接即作废。如果这不是你发起的请求，请忽略此邮件：你的密码保持不变。

## Mail: the password was changed

accounts-password-changed-mail-subject = 你的 Quill 密码已更改
accounts-password-changed-mail-what = 你的 Quill 账号密码刚刚被更改，所有使用旧密码登录的会话均已退出。
# One sentence in the HTML mail: "If that was you, there is nothing to do. If
# it was not, [reset your password now]."
accounts-password-changed-mail-if-not-before = 如果是你本人操作，则无需任何处理。如果不是，
accounts-password-changed-mail-if-not-link = 请立即重置密码
accounts-password-changed-mail-if-not-after = 。
# The same in the plain-text mail; $link is the address of the "Forgot
# password" page.
accounts-password-changed-mail-if-not-text = 如果是你本人操作，则无需任何处理。如果不是，请立即重置密码：{ $link }

# The second step of a login with a second factor (/login/code).
accounts-code-title = 输入验证码
accounts-code-explain = 你的账户开启了双重验证。请输入身份验证器应用当前显示的六位数验证码，或一个恢复码。
accounts-code-label = 验证码
accounts-code-submit = 登录
accounts-code-lost = 手机和恢复码都丢了？重设密码不会关闭双重验证：请联系本站管理员为你重置。
accounts-code-wrong = 验证码不对，或已经用过。请输入应用当前显示的验证码。
accounts-code-start-again = 请重新登录：验证码步骤只等待五分钟。

## Passkey sign-in
passkeys-sign-in = 使用通行密钥登录
passkeys-login-start-again = 此次登录耗时过长：请再用通行密钥试一次。
passkeys-login-refused = 本站未接受该通行密钥。请重试，或用密码登录。
passkeys-login-unknown = 该通行密钥未在本站注册（可能已被移除）。请用密码登录。
