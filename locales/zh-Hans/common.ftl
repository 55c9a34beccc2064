# Quill's interface: the parts every page shares (the header, the footer,
# dates, paging, error pages).
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Plurals use the language's own categories (zero, one, two, few, many,
# other): see https://projectfluent.org/fluent/guide/selectors.html

## The page around everything

site-description = Quill：自托管博客上的文章、用户与讨论。
skip-to-content = 跳到正文
nav-label = 主导航
nav-latest = 最新
nav-following = 关注
nav-notifications = 通知
# The badge on the notifications link, read by screen readers.
nav-unread = { $count } 条未读
nav-write = 写文章
nav-settings = 设置
nav-log-out = 退出登录
nav-log-in = 登录
nav-sign-up = 注册
nav-search-label = 搜索文章
nav-search-placeholder = 搜索
footer-tagline = Quill——一个自托管的写作空间。
footer-latest = 最新文章
footer-language = 语言
footer-language-choose = 更改

## Paging through lists

paging-label = 分页
paging-newer = ← 较新
paging-older = 较早 →
paging-page = 第 { $page } 页

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
ago-now = 刚刚
ago-minutes = { $count } 分钟前
ago-hours = { $count } 小时前
ago-days = { $count } 天前

## Error pages

error-home-link = 查看最新文章
error-not-found-title = 页面不存在
error-not-found = 此地址没有任何内容。它可能已被删除，或者链接输入有误。
error-forbidden-title = 无权访问
error-unprocessable-title = 操作未成功
error-too-many-title = 尝试次数过多
error-too-many = 短时间内来自你这里的尝试次数过多。请等待 { $minutes } 分钟后再试。
error-too-large-title = 内容过大
error-too-large = 你发送的内容超出了本站允许的大小。请换个小一点的再试。
error-timeout-title = 请求超时
error-timeout = 请求传输时间过长，服务器已停止等待。请重新发送。
error-quota-title = 图片空间已满
# $used and $quota are sizes such as "900 KB" or "1.5 MB".
error-quota = 这张图片放不下了：你的图片空间共 { $quota }，已用 { $used }。请删除一些文章中的图片，或请管理员为你增加空间。
error-internal-title = 出错了
error-internal = 服务器未能完成此请求。你发送的内容没有丢失，请稍后重试。
error-form-expired-title = 表单已过期
error-form-expired = 此表单已过期，或并非来自本站。请返回上一页，刷新后重试。
error-cut-off = 请求被中断或传输过慢。请重新发送。
error-form-unreadable = 无法读取表单。请刷新页面后重试。
role-admins-only = 只有管理员才能处理管理员的账号、文章或评论。

## Words the page's script writes (static/app.js)
# { $name }-style placeholders here are filled in by the script.

js-just-now = 刚刚
# $offset is like "+02:00".
js-local-time = 你的本地时间（UTC{ $offset }）。留空则可立即发布或保存为草稿；填写已过去的时间会立即发布。
js-add-picture = 添加图片
# $name is the file's name, or js-the-picture when it has none.
js-adding-picture = 正在添加 { $name }…
js-the-picture = 图片
js-picture-added = 已添加。请在方括号中描述图片内容，方便看不到图片的人了解。
# $reason is one of the three messages below.
js-picture-failed = 图片未能添加：{ $reason }。
js-picture-too-large = 文件太大
js-picture-too-many = 本小时上传次数过多
js-picture-unusable = 该文件无法使用
js-add-comment = 发表评论
js-comment = 评论
js-your-reply = 你的回复
js-reply = 回复
js-cancel = 取消
# $name is the display name of the comment's author.
js-replying-to = 回复 { $name }
js-mention-menu = 可提及的用户
# The unread badge's label, updated live. $count is a number; the script
# always uses the *[other] form, so write one that reads right for any count.
js-unread = { $count } 条未读
# Passkey ceremonies in the browser (static/passkeys.js).
js-passkey-failed = 通行密钥验证失败。请重试，或使用密码。
js-passkey-cancelled = 已取消，或未选择本站的通行密钥。
js-passkey-already = 此设备上已有你账户的通行密钥。
js-passkey-too-many = 尝试次数过多：请稍等片刻再试。
