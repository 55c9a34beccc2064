# Quill's admin pages (for moderators and admins), the dev mailbox, and
# the mail Quill sends admins.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Plurals use the language's own categories (zero, one, two, few, many,
# other): see https://projectfluent.org/fluent/guide/selectors.html
#
# Left in English on purpose: job kinds (`backup`, `reindex_search`),
# schedule names and audit action codes (`delete-post`, `ban`), which the
# pages show as identifiers; settings such as QUILL_BACKUP_DIR and
# SMTP_URL; commands such as `quill backup --out FILE`.

## Shared by several admin pages

# The section navigation at the top of every admin page.
admin-nav-label = 管理
admin-nav-dashboard = 仪表盘
admin-nav-people = 用户
admin-nav-posts = 文章
admin-nav-comments = 评论
admin-nav-reports = 举报
admin-nav-jobs = 任务
admin-nav-search = 搜索
admin-nav-audit = 审计日志

# The checkbox next to a button that deletes or discards something.
admin-confirm-sure = 我确定
admin-delete-button = 删除
# Placeholder of the reason field when deleting or removing someone's
# post or comment.
admin-reason-told-placeholder = 原因（将发送给作者）
# Label (on a person's page) and placeholder (in the reports queue) of the
# reason field for a ban.
admin-ban-reason = 封禁原因
# A button; $username is a username, without the @.
admin-ban-user = 封禁 @{ $username }

# A person's role, shown in the people list and on their page. $role is
# the stored role: user, moderator or admin.
admin-role =
    { $role ->
        [admin] 管理员
        [moderator] 审核员
       *[user] 普通用户
    }
# A person's status in the people list and on their page.
admin-status =
    { $status ->
        [banned] 已封禁
        [verified] 已验证
       *[unverified] 未验证
    }

# A full stop after a bold part or a link that ends a sentence.
admin-full-stop = 。

## Errors and refusals

admin-forbidden-admins = 此页面仅供本站管理员使用。
admin-forbidden-staff = 此页面仅供本站审核员和管理员使用。
admin-last-admin = Quill 至少需要一位管理员，而这是最后一位活跃的管理员。请先将其他人提升为管理员。
admin-not-self = 你不能对自己的账号执行此操作。请联系另一位管理员。
admin-reason-missing = 请填写原因：它会记录在审计日志中，并告知当事人。
# $max is a number of characters.
admin-reason-too-long = 原因请控制在 { $max } 个字符以内。
admin-confirm-missing = 请勾选复选框以确认：此操作无法撤销。

## Dashboard

admin-dashboard-title = 管理 · 仪表盘
admin-dashboard-heading = 管理
admin-dashboard-reports = 举报
admin-dashboard-no-reports = 没有待处理的举报。
# Follows the number of open reports ($count), which is shown in bold just
# before this text; $items is how many posts, comments or profiles they
# are about.
admin-dashboard-open-reports =
    { $count ->
       *[other] 条待处理的举报
    }，涉及 { $items } 项内容。
admin-dashboard-queue-link = 审核队列
admin-dashboard-people = 用户
admin-dashboard-verified = 已验证
admin-dashboard-unverified = 未验证
admin-dashboard-banned = 已封禁
admin-dashboard-content = 内容
admin-dashboard-posts = 文章
admin-dashboard-comments = 评论
admin-dashboard-likes = 点赞
# The heading above the charts; $days is 30.
admin-dashboard-last-days = 最近 { $days } 天
admin-dashboard-jobs = 任务队列
admin-dashboard-jobs-link = 查看任务
admin-dashboard-backups = 备份
admin-dashboard-search = 搜索索引
# $docs and $visible are numbers of posts.
admin-dashboard-index-in-step = 索引中有 { $docs } 篇文章，数据库中有 { $visible } 篇可见文章：已同步。
# Followed by “not in step” in bold (admin-search-not-in-step) and a link
# to the search page (admin-dashboard-index-check-link).
admin-dashboard-index-not-in-step = 索引中有 { $docs } 篇文章，数据库中有 { $visible } 篇可见文章：
admin-dashboard-index-check-link = 检查或重建索引

## Dashboard charts

# Captions of the two charts, and what a screen reader says they are.
admin-chart-signups = 每日注册数
admin-chart-posts = 每日文章数
# What a screen reader says for a chart: $title is one of the two above,
# $total how many there were in all, over $days days.
admin-chart-summary = { $title }：{ $days } 天内共 { $total }
# A day under the chart, without the year; $month is the short month name
# (month-1 … month-12 in common.ftl).
admin-chart-day = { $month }{ $day }日
# The tooltip of one bar: $day as above, $count the number that day.
admin-chart-bar = { $day }：{ $count }

## Dashboard: backups

# In bold, followed by admin-backup-failed-details.
admin-backup-failed = 最近一次定时备份失败
# $ago is how long ago (“3 hours ago”), $file the archive's file name,
# $error what went wrong (often from another program, in English).
admin-backup-failed-details = （{ $ago }，{ $file }）：{ $error }
# The error when a backup never finished.
admin-backup-unfinished = 未能在时限内完成（进程已停止或卡住）
# “Last backup: quill-20261206T000000Z.tar.zst, 1.2 GB, 3 hours ago.”: the
# file name is shown in bold between the two parts. $size is a size such
# as “1.2 GB”, $ago how long ago.
admin-backup-last-before = 最近一次备份：
admin-backup-last-after = ，{ $size }，{ $ago }。
admin-backup-none = 尚未生成任何定时备份。
# $every is one of the three below, $dir a folder on the server, $keep a
# number of backups.
admin-backup-plan = 每 { $every }备份一次，保存到 { $dir }，保留最新的 { $keep } 份。
admin-backup-every-days = { $count } 天
admin-backup-every-hours = { $count } 小时
admin-backup-every-minutes = { $count } 分钟
# One sentence around the setting QUILL_BACKUP_DIR, shown between the two
# parts: “Scheduled backups are off: set QUILL_BACKUP_DIR (see the
# operations guide).”
admin-backup-off-before = 定时备份已关闭：请设置
admin-backup-off-after = 以开启（详见运维指南）。
# Follows the command `quill backup --out FILE`.
admin-backup-by-hand = 可手动创建一次备份。

## Mail to every admin when a scheduled backup fails

admin-backup-mail-subject = Quill 备份失败
# $file is the archive's file name.
admin-backup-mail-what = 定时备份 { $file } 未能写入。
# $error is what went wrong, often from another program, in English.
admin-backup-mail-why = 错误信息：{ $error }
admin-backup-mail-next = 在此问题解决之前，本站不会有新的备份。下一次定时运行时会再次尝试；也可以用 `quill backup --out FILE` 手动创建一次备份。
admin-backup-mail-link = 打开管理仪表盘

## People

admin-users-title = 管理 · 用户
admin-users-heading = 用户
admin-users-search-label = 名称或邮箱
admin-users-search-button = 查找
admin-users-empty = 还没有人注册。
# $query is what the admin searched for.
admin-users-no-match = 没有与“{ $query }”匹配的用户。
admin-users-col-person = 用户
admin-users-col-email = 邮箱
admin-users-col-role = 角色
admin-users-col-status = 状态
admin-users-col-joined = 加入时间
admin-users-col-actions = 操作
admin-users-verify = 验证
admin-users-unban = 解除封禁
admin-users-ban = 封禁
# For screen readers; $username is a username, without the @.
admin-users-ban-reason-label = 封禁 @{ $username } 的原因
admin-users-ban-reason-placeholder = 原因
admin-users-more = 更多…

## A person's page

# $username is a username, without the @.
admin-user-title = 管理 · @{ $username }
admin-user-email = 邮箱
admin-user-status = 状态
admin-user-role = 角色
admin-user-joined = 加入时间
admin-user-posts = 文章
admin-user-comments = 评论
admin-user-pictures = 图片
admin-user-profile = 个人主页
admin-user-own-account = 这是你自己的账号：如需封禁、删除或更改其角色，请联系另一位管理员。
admin-user-actions = 操作
admin-user-verify = 将邮箱标记为已验证
admin-user-resend = 重新发送验证链接
# $role is the role one step up: moderator or admin.
admin-user-promote =
    { $role ->
        [admin] 提升为管理员
       *[moderator] 提升为审核员
    }
# $role is the role one step down: moderator or user.
admin-user-demote =
    { $role ->
        [moderator] 降为审核员
       *[user] 降为普通用户
    }
# A button; $username is a username, without the @.
admin-user-unban = 解除封禁 @{ $username }
admin-user-ban-hint = 该用户会立即在所有设备上退出登录，无法再登录，其文章也会被隐藏。封禁原因会记入审计日志。
admin-user-delete-heading = 删除账号
admin-user-delete-reason = 原因
# Next to the checkbox that confirms the deletion; $username is a
# username, without the @; $posts and $comments are numbers.
admin-user-delete-confirm = 删除 @{ $username } 及其全部 { $posts } 篇文章和 { $comments } 条评论。此操作无法撤销。
admin-user-delete-button = 删除账号
admin-user-recent-posts = 最近的文章
admin-user-no-posts = 没有文章。
admin-user-sessions = 会话
admin-user-no-sessions = 未在任何地方登录。
admin-user-session-started = 开始时间
admin-user-session-ends = 闲置失效时间

## What happened, after an action on a person (shown at the top of the page)
# $username is a username, without the @.

admin-user-already-verified = 该邮箱地址此前已验证。
admin-user-verified = { $username } 的邮箱地址已验证。
admin-user-resend-refused = 只能向未验证且状态正常的账号发送验证链接。
# $email is the person's email address.
admin-user-resent = 新的验证链接已发送至 { $email }。
admin-user-already-banned = 该账号此前已被封禁。
admin-user-banned = { $username } 已被封禁，并已在所有设备上退出登录；其文章已被隐藏。
admin-user-not-banned = 该账号未被封禁。
admin-user-deleted-by-owner = 此用户已自行删除账号：只有本人能在账号被清除前登录来保留它。
admin-user-unbanned = { $username } 可以重新登录了；其文章已恢复显示。
# $role is their role: user, moderator or admin.
admin-user-role-unchanged =
    { $username } 已经是{ $role ->
        [admin] 管理员
        [moderator] 审核员
       *[user] 普通用户
    }了。
admin-user-role-changed-meanwhile = 其角色在此期间已被更改，请刷新后再查看。
# $role is their new role: user, moderator or admin.
admin-user-role-changed =
    { $username } 现在是{ $role ->
        [admin] 管理员
        [moderator] 审核员
       *[user] 普通用户
    }了。
admin-user-deleted = { $username } 的账号、文章和评论已删除。

## Posts and comments

admin-posts-title = 管理 · 文章
admin-posts-heading = 文章
admin-posts-empty = 还没有文章。
# After a post's title; $author is a username, without the @.
admin-posts-by = 作者 @{ $author }
# For screen readers; $title is the post's title.
admin-posts-reason-label = 删除“{ $title }”的原因
admin-posts-admins-only = 这是管理员的文章：只有管理员才能删除。
# $author is a username, without the @.
admin-posts-deleted = 文章已删除；删除原因已通过邮件告知 { $author }。

admin-comments-title = 管理 · 评论
admin-comments-heading = 评论
admin-comments-empty = 还没有评论。
# One sentence around the title of the post the comment is on, which is a
# link shown between the two parts: “@ana on My first post”. $author is a
# username, without the @. The second part is empty in English.
admin-comments-on-before = @{ $author } 评论了
admin-comments-on-after = { "" }
# For screen readers.
admin-comments-reason-label = 删除此评论的原因
admin-comments-admins-only = 这是管理员的评论：只有管理员才能删除。
admin-comments-deleted = 评论已删除；删除原因已通过邮件告知其作者。

## Reports (the moderation queue)
# $kind, where it appears, is what was reported: post, comment or user (a
# profile).

admin-reports-title = 管理 · 举报
admin-reports-heading = 举报
# $count is the number of open reports, $items how many posts, comments
# or profiles they are about.
admin-reports-summary = { $count } 条待处理的举报，涉及 { $items } 项内容，最早的排在最前。对某项内容做出处理后，其所有举报都会关闭。
admin-reports-open = 待处理
admin-reports-empty = 没有需要处理的内容：暂无待处理的举报。
# The tag in front of a reported item.
admin-reports-kind =
    { $kind ->
        [post] 文章
        [comment] 评论
        [user] 用户
       *[other] 内容
    }
# After an item that was deleted since it was reported.
admin-reports-gone = （已不存在：已被作者删除）
# One phrase around the author's name, which is a link shown between the
# two parts: “by @ana”. The second part is empty in English.
admin-reports-author-before = 作者
admin-reports-author-after = { "" }
# After the author of an item, when they are banned.
admin-reports-author-banned = （已封禁）
# Follows the number of reports ($count), shown in bold just before;
# $tally is the reasons, as “Spam ×2, Harassment ×1”.
admin-reports-reported =
    { $count ->
       *[other] 人举报
    }：{ $tally }
# One entry of the tally: $reason is a reason below, $count a number.
admin-reports-tally-entry = { $reason } ×{ $count }
# Between the entries of the tally.
admin-reports-tally-separator = { "、" }
# Followed by the date of the first report.
admin-reports-first = 首次举报于
# After a report's reason: what the reporter wrote ($details).
admin-reports-details = ——“{ $details }”
# Under the first ten reports of an item; $count is how many are not shown.
admin-reports-more = 另有 { $count } 条
# Why a moderator gets fewer buttons for an item.
admin-reports-about-you = 这与你有关：将由另一位审核员决定。
admin-reports-staff-ban = 只有管理员才能封禁审核员或管理员。
# For screen readers; only posts and comments can be removed.
admin-reports-remove-reason =
    { $kind ->
        [post] 移除此文章的原因
       *[comment] 移除此评论的原因
    }
admin-reports-remove =
    { $kind ->
        [post] 移除文章
       *[comment] 移除评论
    }
# For screen readers.
admin-reports-ban-reason = 封禁作者的原因
admin-reports-ban-the-author = 封禁作者
# For screen readers.
admin-reports-dismiss-note = 驳回备注（选填）
admin-reports-dismiss-placeholder = 备注（选填）
admin-reports-dismiss = 驳回
admin-reports-resolved = 已处理
admin-reports-resolved-empty = 还没有处理记录。
# The start of a line about a decision: $id is the item's number, $label
# its title (or first words, or username), $count how many reports it had.
# Followed by the decision (admin-reports-resolution) and who took it.
admin-reports-decision =
    { $kind ->
        [post] 文章
        [comment] 评论
        [user] 用户
       *[other] 内容
    } #{ $id }“{ $label }”（{ $count } 条举报）：
# The decision, in bold; $how is dismissed, removed or banned.
admin-reports-resolution =
    { $how ->
        [dismissed] 已驳回
        [removed] 已移除
        [banned] 已封禁
       *[other] { $how }
    }
admin-reports-resolution-none = 已处理
# Who decided; $name is a username, without the @.
admin-reports-resolved-by = 处理人：@{ $name }
admin-reports-resolved-by-someone = 处理人：未知

## What happened, after a decision in the queue (shown at the top of the page)

admin-reports-already = 这些举报已经处理过了。
admin-reports-refused = 你不能对此内容执行该操作。
# $count is how many reports were dismissed.
admin-reports-dismissed =
    已驳回 { $count } 条举报；{ $kind ->
        [post] 文章予以保留。
        [comment] 评论予以保留。
       *[user] 个人主页予以保留。
    }
admin-reports-profile-not-removable = 个人主页无法移除：请封禁该用户，或驳回这些举报。
admin-reports-removed =
    { $kind ->
        [post] 文章已移除，相关举报已处理；移除原因已通过邮件告知作者。
       *[comment] 评论已移除，相关举报已处理；移除原因已通过邮件告知作者。
    }
admin-reports-already-banned = 该账号此前已被封禁。
# $done is what the ban did, a sentence such as admin-user-banned.
admin-reports-banned = { $done }相关举报已处理。

## Jobs

admin-jobs-title = 管理 · 任务
admin-jobs-heading = 任务
# How many jobs are in each state (also on the dashboard).
admin-jobs-pending = 等待中
admin-jobs-running = 运行中
admin-jobs-failed = 失败，待重试
admin-jobs-dead = 已放弃
admin-jobs-schedules = 计划任务
admin-jobs-schedules-empty = 尚未注册任何周期性任务（工作进程启动时会注册）。
admin-jobs-col-schedule = 计划
admin-jobs-col-next-run = 下次运行
admin-jobs-queue = 队列
# For screen readers: the links that filter the queue by state.
admin-jobs-states-label = 任务状态
admin-jobs-state-all = 全部
# A job's state, in the filter links and the table; $state is pending,
# running, failed (failed at least once, waiting for its retry) or dead
# (out of attempts).
admin-jobs-state =
    { $state ->
        [pending] 等待中
        [running] 运行中
        [failed] 失败
        [dead] 已放弃
       *[other] { $state }
    }
# A button; $count is the number of dead jobs.
admin-jobs-retry-dead = 重试全部 { $count } 个已放弃的任务
admin-jobs-empty = 这里没有任务：队列已清空。
# Column headings of the queue: the job's number, its kind, when it was
# queued, its state, attempts made out of those allowed, when it runs next,
# its last error, and the buttons.
admin-jobs-col-id = #
admin-jobs-col-kind = 类型
admin-jobs-col-queued = 入队时间
admin-jobs-col-state = 状态
admin-jobs-col-attempts = 尝试次数
admin-jobs-col-runs = 下次运行
admin-jobs-col-last-error = 最近错误
admin-jobs-col-actions = 操作
# When a job runs next.
admin-jobs-runs-never = 从不
admin-jobs-runs-now = 现在
admin-jobs-retry = 立即重试
admin-jobs-discard = 丢弃
# $id is the job's number, $kind its kind (an identifier such as
# send_verification).
admin-jobs-retried = 任务 { $id }（{ $kind }）已排队，将立即运行。
admin-jobs-retried-dead = { $count } 个已放弃的任务已重新排队运行。
admin-jobs-discarded = 任务 { $id }（{ $kind }）已丢弃。
admin-jobs-retry-refused = 该任务正在运行或已完成，无需重试。
admin-jobs-discard-refused = 该任务正在运行或已完成，无法丢弃。

## Search index

admin-search-title = 管理 · 搜索
admin-search-heading = 搜索索引
admin-search-docs = 此索引中的文章
admin-search-visible = 数据库中的可见文章
# Whether the index holds as many posts as the database shows.
admin-search-in-step = 已同步
admin-search-not-in-step = 未同步
admin-search-backlog = 尚未应用的更改
admin-search-applied = 最近应用的更改
admin-search-folder = 文件夹
admin-search-no-index = 此进程没有搜索索引。
admin-search-reindex = 重建索引
# $error is what went wrong, often from another program, in English.
admin-search-reindex-failed = 上次重建索引失败：{ $error }
# $when is a date and time, $count a number of posts.
admin-search-reindex-finished = 上次重建索引完成于 { $when }：共 { $count } 篇文章。
# $done and $total are numbers of posts, $percent how far along it is.
admin-search-reindexing = 正在重建索引：已完成 { $done } / { $total } 篇文章（{ $percent }%）。刷新页面可查看进度。
admin-search-percent = { $percent }%
# $when is a date and time.
admin-search-reindex-queued = 重建索引任务已排队（{ $when }），将在有空闲的工作进程时开始。
admin-search-reindex-hint = 根据数据库在当前索引旁构建一个新索引，完成后切换过去。在此期间，搜索仍使用旧索引正常响应。
admin-search-reindex-button = 立即重建索引
admin-search-check = 一致性检查
admin-search-check-hint = 先应用待处理的更改，然后将索引中的每个文章 id 与数据库中的可见文章进行比对。
admin-search-check-button = 立即检查
admin-search-reindex-running = 已有重建索引任务在排队或运行中。
admin-search-reindex-started = 重建索引任务已排队，进度显示在下方。在此期间搜索仍可正常使用。
admin-search-check-no-index = 此进程没有可检查的搜索索引。
# The result of the check; $count is a number of posts.
admin-search-consistent = 一致：索引中正好包含全部 { $count } 篇可见文章。
# $missing and $extra are numbers of posts; $missing_ids and $extra_ids
# are either empty or up to five post numbers after a space, as
# “ (#3, #8, …)”.
admin-search-inconsistent = 不一致：索引中缺少 { $missing } 篇文章{ $missing_ids }，另有 { $extra } 篇不应出现在索引中{ $extra_ids }。请重建索引以修复。

## Audit log

admin-audit-title = 管理 · 审计日志
admin-audit-heading = 审计日志
admin-audit-filter-actor = 操作者（用户名）
admin-audit-filter-action = 操作
# The first choice of the action filter: every action.
admin-audit-filter-any = 全部
admin-audit-filter-target = 对象包含
admin-audit-filter-submit = 筛选
admin-audit-empty = 没有任何记录。
admin-audit-empty-filtered = 没有符合条件的记录。
admin-audit-col-when = 时间
admin-audit-col-who = 操作者
admin-audit-col-action = 操作
admin-audit-col-target = 对象
admin-audit-col-reason = 原因
# What kind of thing an action was on, before its name or title.
admin-audit-target-kind =
    { $kind ->
        [user] 用户
        [post] 文章
        [comment] 评论
        [job] 任务
        [search] 搜索
       *[other] { $kind }
    }：

## The dev mailbox (/dev/mailbox), shown while Quill sends no real mail

admin-mailbox-title = 开发邮箱
# Two sentences, each around the setting SMTP_URL, which is shown between
# the parts: “No SMTP_URL is set, so Quill keeps the mail it sends here
# (newest first). Set SMTP_URL to send real mail; this page then
# disappears.”
admin-mailbox-no-smtp-before = 由于没有设置
admin-mailbox-no-smtp-after = 配置项，Quill 会把发出的邮件保存在这里（最新的在前）。
admin-mailbox-set-smtp-before = 设置
admin-mailbox-set-smtp-after = 后即可发送真实邮件，届时此页面将不再显示。
admin-mailbox-empty = 还没有邮件。注册一个账号，验证邮件就会出现在这里。
# $address is the address a message went to.
admin-mailbox-to = 收件人 { $address }

# A user's second factor on /admin/users/{id}; $date is a date, $username a username.
admin-user-second-factor = 双重验证
admin-user-passkeys = 通行密钥
admin-user-second-factor-on = 自{ $date }起开启
admin-user-second-factor-off = 关闭
admin-user-second-factor-reason = 原因（记入审计日志）
admin-user-second-factor-hint = 仅在本人丢失手机和恢复码、且你确认是本人时使用。本人会收到关闭通知邮件。
admin-user-second-factor-reset = 关闭其双重验证
admin-user-second-factor-reset-done = @{ $username } 的双重验证已关闭，并已邮件通知本人。
admin-user-second-factor-none = 该用户没有双重验证。
admin-staff-second-factor-heading = 团队的双重验证
admin-staff-second-factor-label = 版主和管理员必须开启双重验证才能进入管理页面
admin-staff-second-factor-save = 保存
admin-staff-second-factor-on-done = 团队现在必须开启双重验证才能进入管理页面。
admin-staff-second-factor-off-done = 团队进入管理页面不再需要双重验证。
admin-staff-second-factor-yours-first = 请先设置你自己的双重验证：这条规则也会把你带到这里。
