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

settings-title = 设置
# The heading of the notification emails page, and the link to it.
settings-notifications-title = 通知邮件
# After the link "Notification emails" on the settings page: one sentence
# with it ("Notification emails: choose which…").
settings-intro-notifications-after = ：选择哪些通知通过邮件发送给你，以及发送频率。
# The heading of the account page (blocked people, export, deletion), and
# the link to it.
settings-account-title = 你的账号
# After the link "Your account" on the settings page: one sentence with it.
settings-intro-account-after = ：已屏蔽的用户、下载你的数据、删除你的账号。
# The link back from the notification emails and account pages.
settings-back = ← 设置
# Shown after a field's label, in grey.
settings-optional = （选填）
# A button that saves a form (notification emails, language).
settings-save = 保存

settings-profile-heading = 个人资料
settings-display-name-label = 显示名称
settings-display-name-hint = 在你的文章和个人主页上代替用户名显示。
# $max is a number of characters.
settings-display-name-too-long = 名称最多 { $max } 个字符。
settings-bio-label = 个人简介
# $max is the most characters a bio may have, $count how many this one has.
settings-bio-too-long = 个人简介最多 { $max } 个字符（当前为 { $count } 个）。
settings-profile-save = 保存个人资料
settings-profile-saved = 你的个人资料已保存。

## Profile picture

settings-avatar-heading = 头像
settings-avatar-file-label = 新头像
settings-avatar-hint = JPEG、PNG、WebP 或 GIF 格式。图片会从中间裁剪为正方形；位置和相机信息会被移除。
settings-avatar-upload = 上传头像
settings-avatar-remove = 移除头像
settings-avatar-several = 请只选择一张图片。
settings-avatar-missing = 请选择要上传的图片。
settings-avatar-saved = 你的新头像已上传。
settings-avatar-removed = 你的头像已移除。

## Email address

settings-email-heading = 邮箱地址
# "Your address is <the address in bold>. It is never shown to other
# people." One sentence in two pieces around the address.
settings-email-current-before = 你的邮箱地址是{ " " }
settings-email-current-after = 。它不会向其他人显示。
# "Waiting for you to open the link we sent to <the new address in bold>.
# Until then…" One sentence in two pieces around the address.
settings-email-pending-before = 我们已向{ " " }
settings-email-pending-after = { " " }发送了一个链接，正在等待你打开。在此之前，你的邮箱地址保持不变。
settings-email-new-label = 新邮箱地址
# Also on the password form.
settings-current-password-label = 当前密码
settings-email-save = 更改邮箱地址
settings-wrong-current-password = 当前密码不正确。
settings-email-same = 这已经是你的邮箱地址了。
# $address is the new email address.
settings-email-link-sent = 我们已向 { $address } 发送了一个链接。打开链接后，你的邮箱地址才会更改。

## Password

settings-password-heading = 密码
settings-new-password-label = 新密码
settings-new-password-hint = 至少 8 个字符；由几个互不相关的词组成的密码会很安全。你的其他会话将被退出登录。
settings-password-save = 更改密码
settings-password-same = 这是你当前的密码，请设置一个新密码。
settings-password-changed = 你的密码已更改，其他所有会话均已退出登录。

## Language

settings-language-heading = 语言
settings-language-label = 界面语言
# The first choice of the language menu: no setting, the browser's
# preferred languages decide.
settings-language-browser = 跟随浏览器
settings-language-hint = Quill 发给你的邮件也会使用这种语言。如果选择跟随浏览器，邮件将使用英语。
settings-language-saved = 你的语言设置已保存。

## Where you are logged in

settings-logins-heading = 登录位置
# The caption of the table of browser sessions.
settings-logins-browsers = 浏览器
# Column headings of the sessions table.
settings-logins-browser = 浏览器
settings-logins-logged-in = 登录时间
settings-logins-last-active = 最近活动
# The heading of the column of buttons, read only by screen readers.
settings-logins-action = 操作
# In place of the browser's description when it sent none.
settings-logins-unknown-browser = 未知浏览器
# In the row of the session this page is shown in, instead of a button.
settings-logins-this-browser = 当前浏览器
# A button that logs out one session.
settings-logins-end = 退出登录
settings-logins-hint = 更改密码会让除当前浏览器以外的所有浏览器退出登录，并撤销所有 API 令牌。
settings-session-ended = 该会话已退出登录。
settings-session-already-ended = 该会话此前已经结束。
# The caption of the table of API tokens.
settings-tokens-caption = API 令牌
# "No API tokens. Programs get one by logging in to /api/users/login; each
# appears here until you revoke it." One sentence in two pieces around the
# address, which stays as it is.
settings-tokens-none-before = 没有 API 令牌。程序可以通过登录{ " " }
settings-tokens-none-after = { " " }获取令牌；每个令牌都会显示在这里，直到你将其撤销。
# Column headings of the tokens table. "Made by": the program that asked
# for the token.
settings-tokens-made-by = 创建程序
settings-tokens-created = 创建时间
settings-tokens-last-used = 最近使用
settings-tokens-revoke = 撤销
settings-token-revoked = 令牌已撤销，无法再使用。
settings-token-already-revoked = 该令牌此前已被撤销。

## Notification emails

# The kinds of notification, each with three choices below.
settings-notify-reply = 有人回复你的评论
settings-notify-mention = 有人在文章或评论中提及你（@name）
settings-notify-comment = 有人评论你的文章
settings-notify-like = 有人赞了你的文章
settings-notify-follow = 有人关注你
# $minutes is how long Quill waits before sending the mail.
settings-notify-instant = 约 { $minutes } 分钟后发邮件通知我（如果那时我还没看到）
settings-notify-digest = 放入我的汇总邮件
settings-notify-off = 从不发邮件通知我
settings-digest-legend = 汇总邮件
settings-digest-daily = 每天一次
settings-digest-weekly = 每周一次
# Only moderators and admins see this.
settings-moderation-legend = 内容审核
settings-report-mail = 有新举报时发邮件通知我（附审核队列链接）

## Your account: blocked people

settings-blocked-heading = 你屏蔽的用户
# “Block” is the name of the button on a person's profile.
settings-blocked-none = 暂无。要屏蔽某人，请在其个人主页上使用“屏蔽”：你们将互相看不到对方的文章和评论，对方也无法再关注你、为你点赞、评论你的文章、回复你或提及你。对方不会收到通知。
settings-unblock = 取消屏蔽

## Your account: download my data

settings-export-heading = 下载我的数据
settings-export-intro = 一个 zip 压缩包，包含你的个人资料、每篇文章（Markdown 文件及其图片）、你的评论、点赞、关注和通知设置。我们会在后台生成，并通过邮件发送一个下载链接，该链接只能使用一次，24 小时内有效。
settings-export-button = 下载我的数据
settings-export-started = 我们正在整理你的数据。你将收到一封附有下载链接的邮件，通常只需几分钟。
settings-export-waiting = 你的数据已在整理中，下载链接将通过邮件发送给你。
settings-export-too-many-title = 今日导出次数过多
# $count is how many exports a day are allowed; $time is a date and time
# such as "5 Dec 2026 12:00 UTC"; $hours is how many hours from now that is.
settings-export-too-many = 你每天可以申请导出 { $count } 次数据，今天的次数已用完。你可以在 { $time } 之后（大约 { $hours } 小时后）再次申请。
settings-export-used-title = 此链接已被使用
settings-export-used = 你的数据已经通过此链接下载过了，每个链接只能使用一次。如需再次下载，请在账号设置中重新申请导出。
settings-export-expired-title = 此链接已过期
settings-export-expired = 数据下载链接的有效期为 24 小时，且新的导出会使旧导出的链接失效。请在账号设置中重新申请导出。
# The mail with the link. $size is the archive's size, such as "1.5 MB".
settings-export-mail-subject = 你的 Quill 数据已准备好
settings-export-mail-ready = 你的 Quill 账号数据压缩包已准备好（{ $size }）：包含你的个人资料、你的文章（Markdown 格式及其图片）、你的评论、点赞、关注和通知设置。
# $time is a date and time such as "5 Dec 2026 12:00 UTC"; $username is
# the account's username.
settings-export-mail-rules = 此链接只能使用一次，有效期至 { $time }，并且只有以 { $username } 身份登录时才能使用。如果这不是你发起的请求，请更改密码：可能有其他人登录了你的账号。
settings-export-mail-link = 下载我的数据
# README.txt in the downloaded zip, a plain-text file: what each file in it
# holds. The file names on the left (profile.json, posts/<id>-<title>.md…)
# and the words in `backquotes` are names in the files: keep them as they
# are. Keep the descriptions lined up in one column if you can.
settings-export-readme =
    你在 Quill 上的数据
    ====================

    profile.json                你的个人资料：用户名、显示名称、个人简介、邮箱地址、
                                加入时间，以及头像文件名。
    avatar.*                    你的头像图片（如果有）。
    posts/<id>-<title>.md       你的每篇文章（包括草稿和定时发布的文章），
                                内容为你所写的原始 Markdown，前面有一个文件头
                                （两行 --- 之间的 YAML front matter），包含标题、
                                描述、标签、是否为草稿以及日期（RFC 3339，UTC）。
                                其中 `cover` 和 `pictures` 列出文章文件夹中的
                                文件名；`shown_as` 是正文中引用每张图片所用的地址。
    posts/<id>/                 该文章的图片：封面图片和正文中的图片，
                                与 Quill 上存储的一致。
    comments.json               你的评论：id、所属文章的 id、所回复的评论
                                （parent_id）、Markdown 文本，以及发表时间和最后
                                编辑时间。已删除的评论不包含在内。
    likes.json                  你赞过的文章：id、标题、作者、时间。
    follows.json                你关注的人和关注你的人，按用户名列出，附日期。
    notification_settings.json  每种通知通过邮件送达的方式（instant 即时、
                                digest 汇总或 off 关闭），以及汇总邮件的频率。

    所有 JSON 文件均为 UTF-8 编码。时间均为 UTC 的 RFC 3339 格式。

## Your account: deleting it

settings-delete-heading = 删除我的账号
settings-delete-intro = 你的个人资料、文章和评论会立即消失，你也会在所有设备上退出登录。十四天后，该账号及其中的所有内容将被永久清除；在此之前，只要登录就可以保留账号。我们会通过邮件告诉你具体日期。
settings-delete-password-label = 你的密码
settings-delete-button = 删除我的账号
settings-delete-wrong-password = 密码不正确；你的账号未做任何更改。
settings-delete-admin = 管理员不能删除自己的账号：请先让另一位管理员将你降为普通用户。
# $date is a day such as "5 Dec 2026".
settings-deleted = 你的账号已删除，将于 { $date } 被永久清除。在此之前登录即可保留账号。
# After choosing “Keep my account” on the login page.
settings-restore-expired = 此链接已过期：请重新登录以保留你的账号。
settings-restore-not-leaving = 此账号并未处于等待清除的状态。
settings-restored = 欢迎回来：你的账号、文章和评论都保持原样。
# The mail after deleting an account. $date is a day such as "5 Dec 2026".
settings-leaving-mail-subject = 你的 Quill 账号将于 { $date } 被永久清除
settings-leaving-mail-deleted = 你已删除你的 Quill 账号。账号现已隐藏，并将于 { $date } 连同你的文章、评论、点赞、关注和图片一起被永久清除。
# “Keep my account” is the name of the button on the login page.
settings-leaving-mail-changed-mind = 改变主意了？请在此之前登录，并选择“保留我的账号”。
# “Download my data” is the name of the button in the account settings
# (settings-export-button).
settings-leaving-mail-copy-first = 想先保存一份你写过的内容？请先保留账号，在账号设置中使用“下载我的数据”，然后再删除账号。
settings-leaving-mail-link = 登录以保留你的账号

## Mail about changing the email address

# The link in the mails below that go to the account's owner.
settings-mail-reset-link = 重置我的密码
# To the new address, asking to confirm it. $address is the new address,
# $username the account's username.
settings-email-confirm-mail-subject = 确认你在 Quill 使用的新邮箱地址
settings-email-confirm-mail-ask = 请确认将 { $address } 设为 Quill 账号 { $username } 的邮箱地址。
settings-email-confirm-mail-expires = 此链接只能使用一次，48 小时后失效。如果这不是你发起的请求，请忽略此邮件：不会有任何更改。
settings-email-confirm-mail-link = 确认我的新邮箱地址
# To the current address, telling that a change was asked for. $address is
# the new address.
settings-email-change-mail-subject = 你的 Quill 邮箱地址即将更改
settings-email-change-mail-told = 有人登录了你的 Quill 账号，并申请将邮箱地址更改为 { $address }。只有打开发往该地址的链接后，更改才会生效。
settings-email-change-mail-if-not = 如果是你本人操作，则无需任何处理。如果不是，请立即重置密码：这会让其他所有人退出登录。
# To an address that belongs to another account already, when someone asked
# to move their account to it.
settings-email-taken-mail-subject = 有人试图在 Quill 上使用你的邮箱地址
# Stands for the name in the greeting (mail-hello: "Hello { $name },"),
# which makes "Hello there,".
settings-email-taken-mail-name = 朋友
settings-email-taken-mail-tried = 有人申请将另一个 Quill 账号的邮箱地址改为此地址。但该地址已属于本站的一个账号，因此没有做任何更改。
settings-email-taken-mail-lost = 如果你无法访问自己的账号，可以重置该账号的密码。

## Uploaded pictures (avatars and posts' pictures)

media-form-unreadable = 无法读取表单，请重新发送。
media-empty = 该文件是空的。
media-not-an-image = 该文件不是 Quill 支持的图片格式。请上传 JPEG、PNG、WebP 或 GIF 图片。
# $width and $height are the picture's size in pixels; $max is a number of
# megapixels (millions of pixels).
media-too-many-pixels = 图片尺寸过大：{ $width } × { $height } 像素。请上传不超过 { $max } 百万像素的图片。
media-unreadable = 该图片已损坏或不完整，无法读取。请尝试重新保存后再上传。
# $max is a number of frames (the pictures of an animation).
media-too-many-frames = 该 GIF 的帧数过多（超过 { $max } 帧）。请上传静态图片。
# What an account's pictures take, on the admin pages: "3 pictures, 1.2 MB
# of 500 MB (0%)". $used and $quota are sizes such as "1.2 MB"; $percent
# is a whole number.
media-usage = { $count } 张图片，已用 { $used }，共 { $quota }（{ $percent }%）
media-usage-no-quota = { $count } 张图片，{ $used }（无配额限制）

# /settings/security: the second factor; and the notice mails about it.
# $date is a date as the page writes dates; $left a whole number.
security-title = 登录安全
settings-intro-security-after = ：身份验证器应用的双重验证和恢复码。
security-second-factor-heading = 双重验证
security-second-factor-intro = 开启双重验证后，用密码登录还需要输入手机上身份验证器应用的验证码，只有被盗的密码也无法登录。
security-codes-once = 这是你的恢复码。每个只能用一次，可代替应用中的验证码。请妥善保存：它们只显示这一次。
security-on-since = 自{ $date }起开启。
security-codes-left = 还剩{ $left }个恢复码。
security-renew-codes = 生成新的恢复码
security-turn-off = 关闭
security-set-up = 设置身份验证器应用
security-scan = 用身份验证器应用扫描此二维码。
security-qr-label = 供身份验证器应用扫描的二维码
security-or-type = 或在应用中输入此密钥：
security-code-label = 应用显示的验证码
security-turn-on = 开启
security-setup-again = 请重新开始设置。
security-code-wrong = 验证码不匹配。请检查手机时间，并输入应用当前显示的验证码。
security-off-done = 双重验证已关闭。
security-mail-on-subject = 你的 Quill 账户已开启双重验证
security-mail-on-what = 现在登录你的 Quill 账户时，除了密码还需要身份验证器应用的验证码。
security-mail-off-subject = 你的 Quill 账户已关闭双重验证
security-mail-off-what = 登录你的 Quill 账户时不再需要身份验证器应用的验证码。
security-mail-code-used-subject = 你的 Quill 账户使用了一个恢复码
security-mail-code-used-what = 有人用恢复码登录了你的 Quill 账户。还剩{ $left }个恢复码。
security-mail-renewed-subject = 你的 Quill 账户有了新的恢复码
security-mail-renewed-what = 你的 Quill 账户生成了新的恢复码，旧的恢复码已失效。
security-mail-if-not = 如果是你本人操作，无需任何处理。如果不是，请立即修改密码并检查登录设置。
security-mail-link = 登录安全
security-token-heading = API 令牌
security-token-intro = 程序（脚本、应用）通过令牌访问 API。在这里创建一个；它会和你的其他登录一起列在设置中，你可以在那里撤销它。
security-token-label = 用途
security-token-make = 创建令牌
security-token-once = 这是你的新令牌。请现在复制：它只显示一次。
security-token-default-label = 在设置中创建
security-mail-reset-subject = 管理员重置了你的 Quill 账户的双重验证
security-mail-reset-what = 本 Quill 站点的管理员应你丢失手机和恢复码后的请求，关闭了你账户的双重验证。请用密码登录，并在登录安全设置中重新设置。
security-staff-must = 本站要求版主和管理员开启双重验证：请先设置，才能进入管理页面。

## Passkeys (settings/security)
passkeys-heading = 通行密钥
passkeys-intro = 通行密钥让你用设备的屏幕锁（指纹、面容或 PIN）登录，而不用密码。它只在本站有效，因此无法被钓鱼窃取，而且单凭它就能同时满足双重验证的两个因素。
passkeys-none = 你还没有通行密钥。
passkeys-added-on = 添加于{ $date }
passkeys-last-used = 最近使用于{ $date }
passkeys-never-used = 从未使用
passkeys-rename-label = 此通行密钥的新名称
passkeys-rename = 重命名
passkeys-remove = 移除
passkeys-remove-named = 移除通行密钥“{ $name }”
passkeys-name-label = 名称（方便你区分各个通行密钥）
passkeys-name-placeholder = 例如：工作笔记本电脑
passkeys-password-why = 你登录已有一段时间了：请输入密码以添加通行密钥。
passkeys-add = 添加通行密钥
passkeys-needs-browser = 添加通行密钥需要支持通行密钥并已开启 JavaScript 的浏览器。
passkeys-unavailable = 本站已关闭通行密钥：本站地址（QUILL_BASE_URL）是 IP 地址，而浏览器不允许对 IP 地址使用通行密钥。
passkeys-default-name = 通行密钥 { $number }
passkeys-added = 已添加通行密钥“{ $name }”。现在你可以用它登录了。
passkeys-renamed = 通行密钥已重命名为“{ $name }”。
passkeys-removed = 已移除通行密钥“{ $name }”。
passkeys-start-again = 操作耗时过长，或是在另一个标签页中开始的：请重新添加通行密钥。
passkeys-refused = 你的浏览器的响应未被接受（它是为其他网站生成的，或已过期）。请重试。
passkeys-duplicate = 该通行密钥已在本站注册过。
passkeys-name-empty = 请为通行密钥命名。
passkeys-mail-added-subject = 你的 Quill 账户添加了一个通行密钥
passkeys-mail-added-what = 你的 Quill 账户添加了一个名为“{ $name }”的通行密钥。用它无需密码即可登录。
passkeys-mail-removed-subject = 你的 Quill 账户移除了一个通行密钥
passkeys-mail-removed-what = 名为“{ $name }”的通行密钥已从你的 Quill 账户移除，无法再用于登录。
