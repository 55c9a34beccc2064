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
moderation-report-title =
    { $kind ->
        [post] 举报文章
        [comment] 举报评论
       *[user] 举报用户
    }
# "The profile of @name" (the @name is a link). One phrase in two pieces
# around the link; the second piece is empty in English.
moderation-report-profile-before = { "" }
moderation-report-profile-after = { " " }的个人主页
# "You reported this on 5 Dec 2026. A moderator will look at it; …" One
# sentence in two pieces around the date.
moderation-report-already-before = 你已于{ " " }
moderation-report-already-after = { " " }举报过此内容。审核员会进行处理，你无需再做任何事。
moderation-report-back = ← 返回
moderation-report-intro = 举报会发送给本站审核员，而不是被举报的人。每人对同一内容只能举报一次。
moderation-report-reason-legend = 存在什么问题？
moderation-report-details-label = 详细说明
# After "Details", in grey. “Something else” is the last reason (moderation-reason-other).
moderation-report-details-optional = （选填，选择“其他”时必填）
# $max is a number of characters.
moderation-report-details-hint = 最多 { $max } 个字符。提供链接或背景信息有助于审核员做出判断。
moderation-report-send = 提交举报
moderation-report-cancel = 取消
moderation-report-thanks = 感谢你的举报，审核员会进行处理。
moderation-report-repeat = 你之前已经举报过此内容，审核员会进行处理。

## Why something is reported: the form's choices

moderation-reason-spam = 垃圾信息
moderation-reason-harassment = 骚扰
moderation-reason-illegal = 违法内容
moderation-reason-other = 其他
# The same inside a sentence, as moderation-report-mail-what uses them:
# "Someone reported a post (spam)."
moderation-reason-spam-inline = 垃圾信息
moderation-reason-harassment-inline = 骚扰
moderation-reason-illegal-inline = 违法内容
moderation-reason-other-inline = 其他

## What is wrong with a report that is sent

# "kind" and "target" are the names of the form's fields; keep them as they are.
moderation-report-kind-missing = 请选择要举报的对象：文章、评论或用户（kind = post、comment 或 user）。
moderation-report-target-missing =
    { $kind ->
        [post] 请指明你要举报的文章（target）。
        [comment] 请指明你要举报的评论（target）。
       *[user] 请指明你要举报的用户（target）。
    }
moderation-report-own =
    { $kind ->
        [post] 你不能举报自己的文章。
        [comment] 你不能举报自己的评论。
       *[user] 你不能举报自己。
    }
moderation-report-reason-missing = 请选择一个原因：垃圾信息、骚扰、违法内容或其他。
moderation-report-details-missing = 请用几句话说明存在什么问题。
# $max is the most characters the details may have, $count how many these have.
moderation-report-details-too-long = 详细说明请控制在 { $max } 个字符以内（当前为 { $count } 个）。

## Mail to staff about a new report

moderation-report-mail-subject = Quill 上有新的举报
# $reason is one of the moderation-reason-…-inline messages above.
moderation-report-mail-what =
    { $kind ->
        [post] 有人举报了一篇文章（{ $reason }），正在审核队列中等待处理。
        [comment] 有人举报了一条评论（{ $reason }），正在审核队列中等待处理。
        [user] 有人举报了一位用户（{ $reason }），正在审核队列中等待处理。
       *[other] 有人举报了一项内容（{ $reason }），正在审核队列中等待处理。
    }
moderation-report-mail-why = 你收到此邮件，是因为你选择了接收此类邮件；可以在通知设置中关闭。
moderation-report-mail-link = 打开审核队列

## Mail to an author whose post or comment staff removed

# $kind is post or comment here.
moderation-removed-mail-subject =
    { $kind ->
        [comment] 你在 Quill 上的评论已被移除
       *[post] 你在 Quill 上的文章已被移除
    }
# $label is the post's title or the comment's first words.
moderation-removed-mail-what =
    { $kind ->
        [comment] 你的评论“{ $label }”已被本站审核员移除。
       *[post] 你的文章“{ $label }”已被本站审核员移除。
    }
moderation-removed-mail-no-reason = 未说明原因。
# $reason is what the moderator wrote, in their words.
moderation-removed-mail-reason = 原因：{ $reason }
moderation-removed-mail-mistake = 如果你认为这是误判，请回复此邮件。
moderation-removed-mail-link = 你的个人主页
