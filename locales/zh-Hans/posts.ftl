# Posts: writing, drafts and scheduling, the post page with its comment
# thread, the lists of posts; and feeds (the latest posts, the people you
# follow, one tag, and the Atom feeds).
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Where a sentence holds a link or other markup, it is split into several
# messages (…-before, the link's text, …-after); a comment says which ones
# make one sentence. Quill puts a space between the pieces, except before
# an …-after that starts with a full stop.

## Words used in several places

# A post or draft that has no title yet, in lists.
posts-untitled = （无标题）
posts-edit = 编辑
posts-delete = 删除
posts-cancel = 取消
# A link to report a post or comment to the moderators.
posts-report = 举报
# Estimated reading time of a post; $minutes is a whole number, at least 1.
posts-reading-time = 阅读约 { $minutes } 分钟
posts-likes = { $count } 个赞
# On lists of posts, and as the heading of a post's comment thread.
posts-comments = { $count } 条评论
# A time as the writer chose it when scheduling a post, on their clock:
# $date is a date written as in common.ftl ("24 Dec 2026"), $time is
# 24-hour HH:MM, and $zone the clock's offset, such as "UTC+01:00".
posts-local-time = { $date } { $time }（{ $zone }）

## The write and edit page

posts-form-title-new = 写文章
posts-form-title-edit = 编辑文章
posts-form-title-edit-draft = 编辑草稿
posts-preview-heading = 预览
# The preview of a post whose title field is still empty.
posts-preview-untitled = （尚无标题）
# Under the preview of a published post being edited.
posts-preview-hint-published = 尚未保存：请在下方编辑，然后保存。
# Under the preview of a new post or a draft.
posts-preview-hint-draft = 尚未保存：请在下方编辑，然后发布或保存为草稿。
# After the label of a field that may be left empty.
posts-form-optional = （选填）
posts-form-title-label = 标题
# The post's one-line summary.
posts-form-summary-label = 摘要
posts-form-summary-hint = 显示在文章列表和订阅源中的一行简介，最多 300 个字符。
posts-form-body-label = 正文
# Markdown syntax stays as it is (**, *, [](), `, ```); the words inside it
# may be translated.
posts-form-body-hint = 支持 Markdown：**粗体**、*斜体*、[链接](https://…)、列表、`代码`、表格、```rust 代码块```，以及图片：![图片内容](file-name.jpg)。
# A field for several picture files that the post's text shows.
posts-form-pictures-label = 正文中的图片
posts-form-pictures-optional = （选填，最多 20 张）
# posts-form-pictures-hint-before, -example and -after are one sentence
# followed by another; -example is Markdown shown as code: keep ![…](dog.jpg).
posts-form-pictures-hint-before = 按文件名将每张图片插入正文：
posts-form-pictures-hint-example = ![图片内容](dog.jpg)
posts-form-pictures-hint-after = 。图片描述会为看不到图片的人朗读出来。
posts-form-tags-label = 标签
# posts-form-tags-hint-before and -after are one sentence around an example
# of tags ("rust, web-dev").
posts-form-tags-hint-before = 最多 5 个，用逗号分隔，例如
posts-form-tags-hint-after = 。
# The post's main picture, shown above its text.
posts-form-image-label = 封面图片
posts-form-image-has = 这篇文章已有封面图片；选择新图片会替换它。
# $mb is the largest file size accepted, in megabytes.
posts-form-image-hint = JPEG、PNG、WebP 或 GIF 格式，最大 { $mb } MB。位置和相机信息会被移除。
posts-form-image-remove = 移除封面图片
posts-form-image-alt-label = 图片描述
posts-form-image-alt-hint = 描述图片的内容，供看不到图片的人了解。留空则使用标题。
posts-form-schedule-legend = 定时发布
posts-form-publish-at-label = 发布时间
posts-form-publish-at-hint = 你的本地时间（浏览器未运行脚本时为 UTC）。留空则可立即发布或保存为草稿；填写已过去的时间会立即发布。
# Buttons.
posts-form-save-changes = 保存更改
posts-form-publish = 发布
posts-form-save-draft = 保存草稿
posts-form-preview = 预览

## What the form says is wrong

posts-title-empty = 请为文章添加标题。
# $max is the longest title allowed, $count the length of this one
# (both in characters, both larger than 1).
posts-title-too-long = 标题最多 { $max } 个字符（当前为 { $count } 个）。
posts-body-empty = 请填写正文。
# $max and $size are in kilobytes (KB); $max is 100.
posts-body-too-long = 正文最大 { $max } KB（当前为 { $size } KB）。
# $max is a number of characters (300).
posts-summary-too-long = 摘要最多 { $max } 个字符。
# $max is a number of characters (30).
posts-tag-length = 每个标签的长度须为 1 到 { $max } 个字符。
# $tag is the tag as the writer typed it.
posts-tag-characters = 标签“{ $tag }”只能包含字母、数字和连字符。
# $tag is the tag as the writer typed it; $first and $second name two
# alphabets whose letters look alike (latin, greek or cyrillic): translate
# the names, and keep the words in square brackets as they are.
posts-tag-mixed-alphabets =
    标签“{ $tag }”混用了{ $first ->
        [latin] 拉丁
        [greek] 希腊
       *[cyrillic] 西里尔
    }字母和{ $second ->
        [latin] 拉丁
        [greek] 希腊
       *[cyrillic] 西里尔
    }字母，仿冒名称常用这种手法；请只用一种字母书写。
# $max is a number of tags (5).
posts-tags-too-many = 最多使用 { $max } 个标签。
# Two files were sent in the single picture field.
posts-image-one-only = 请只选择一张图片。
# $max is a number of pictures (20).
posts-pictures-field-too-many = 每篇文章最多添加 { $max } 张图片。
# $max is the number of pictures allowed (20), $count how many this post
# shows (more than $max).
posts-pictures-too-many = 每篇文章最多显示 { $max } 张图片，这篇有 { $count } 张。
# Some pictures in the text have no description (alt text). Keep the
# Markdown ![…](…) as it is; the words inside the brackets may be translated.
posts-pictures-undescribed = 有 { $count } 张图片缺少描述。请为看不到图片的人描述图片内容：把描述写在方括号中，例如 ![一只熟睡的狗](…)。
# One of the picture files sent with the form was refused: $file is its
# file name, $reason why (a sentence from the picture checks).
posts-picture-refused = { $file }：{ $reason }
posts-image-not-kept-by-preview = 预览不会保留图片：发布前请重新选择。
# A file chosen in the form cannot be kept when the form comes back with
# an error.
posts-image-choose-again = 请重新选择图片。
posts-schedule-zone-unreadable = 无法识别该时间的时区。
# Keep the example time as it is (year-month-day, T, hours:minutes).
posts-schedule-time-unreadable = 请填写日期和时间，格式如 2026-12-24T09:00。
posts-schedule-too-far = 定时发布的时间须在未来五年之内。
posts-form-unreadable = 无法读取表单。
# Sent by a script, not by the page; multipart/form-data is a technical
# name: keep it.
posts-form-not-multipart = 无法读取表单。请以 multipart/form-data 格式发送。
# The "Add picture" button of the write page sent no picture.
posts-picture-missing = 请选择要添加的图片。

## After saving, publishing or deleting (a short message at the top of the
## next page)

posts-flash-published = 你的文章已发布。
posts-flash-draft-saved = 草稿已保存，仅你自己可见。
# $when is a time written as posts-local-time says.
posts-flash-scheduled = 你的文章将于 { $when } 发布。
posts-flash-changes-saved = 更改已保存。
posts-flash-already-published = 这篇文章已经发布了。
posts-flash-deleted = 文章已删除。
posts-only-author-edit = 只有这篇文章的作者才能修改它。
posts-only-author-delete = 只有这篇文章的作者才能删除它。
posts-only-author-publish = 只有这篇草稿的作者才能发布它。

## My drafts

posts-drafts-title = 我的草稿
# posts-drafts-intro is a sentence; posts-drafts-write-link (a link) and
# posts-drafts-write-after make the next one.
posts-drafts-intro = 在发布之前，这些内容只有你能看到。
posts-drafts-write-link = 写一篇新文章
posts-drafts-write-after = 。
posts-drafts-empty = 没有草稿。在写作页面点击“{ posts-form-save-draft }”，文章会保存在这里，直到你发布它。
# A label in front of a scheduled draft, followed by posts-drafts-scheduled-for.
posts-drafts-scheduled-pill = 已定时
# $when is a time written as posts-local-time says.
posts-drafts-scheduled-for = 将于 { $when } 发布
# A label in front of a draft, followed by posts-drafts-saved.
posts-drafts-draft-pill = 草稿
# $when is a date and time, as common.ftl's datetime writes it.
posts-drafts-saved = 保存于 { $when }

## A post's page

# Read by screen readers: the box above a post that is not published yet.
posts-banner-label = 草稿
# posts-banner-scheduled (in bold) and posts-banner-scheduled-text make
# one sentence; $when is a time written as posts-local-time says.
posts-banner-scheduled = 定时发布：
posts-banner-scheduled-text = 这篇文章将于 { $when } 发布。在此之前只有你能看到它。
# posts-banner-draft (in bold) and posts-banner-draft-text make one sentence.
posts-banner-draft = 草稿：
posts-banner-draft-text = 只有你能看到这篇文章。
posts-publish-now = 立即发布
# Before the author's name (a link) under a post's title: "by Ana Silva".
posts-byline-by = 作者
# After the date of a post changed since it was published.
posts-edited = （已编辑）
# The like button, before and after it is pressed (a heart is shown
# before the word).
posts-like = 赞
posts-liked = 已赞
posts-log-in-to-like = 登录后点赞
posts-reported-post = 你已举报此内容。

## The comment thread under a post

# The tooltip of a comment's date, a link to the comment itself.
posts-comment-permalink = 此评论的链接
# Before the date and time a comment was last corrected.
posts-comment-edited = 编辑于
# "↪ replying to Ana Silva": before the name of the comment's author this
# one answers (a link)…
posts-comment-answers = 回复
# …or, when that comment is gone, in place of the name.
posts-comment-answers-gone = 一条已删除的评论
# The link that opens the reply form under a comment.
posts-comment-reply = 回复
# Shown instead of the Report link once the reader reported the comment.
posts-comment-reported = 已举报
# Read by screen readers: the field to correct one's own comment.
posts-comment-edit-label = 你的评论
posts-comment-save = 保存评论
# Before "{ posts-replies }" on the button that folds or unfolds the
# answers to a comment.
posts-replies-hide = 隐藏
posts-replies-show = 显示
posts-replies = { $count } 条回复
# Above the comment form when it answers a comment: before the author's
# name (a link), then " · " and posts-cancel.
posts-comment-replying-to = 回复
posts-comment-form-label = 发表评论
posts-comment-form-reply-label = 你的回复
# posts-comment-hint-before and -after are one sentence around "@name"
# (how to mention someone: keep it as it is).
posts-comment-hint-before = 支持 Markdown；使用
posts-comment-hint-after = 可以通知该用户。
# The form's button, for a comment on the post or a reply to a comment.
posts-comment-form-submit = 评论
posts-comment-form-reply = 回复
# posts-join-log-in (a link) and posts-join-after make one sentence.
posts-join-log-in = 登录
posts-join-after = 后即可参与讨论。

## Feeds

feeds-heading-latest = 最新文章
feeds-heading-following = 来自你关注的人
# $tag is the tag's name (keep the "#" before it).
feeds-heading-tag = 带有 #{ $tag } 标签的文章
# The description link previews show for a feed.
feeds-card-description = Quill 上的文章、用户与讨论。
# Past the last page of a feed. feeds-first-page-link (a link) and
# feeds-first-page-after make one sentence.
feeds-no-more-posts = 没有更多文章了。
feeds-first-page-link = 返回第一页
feeds-first-page-after = 。
feeds-following-empty = 这里还什么都没有。在别人的个人主页上关注他们，他们的文章就会显示在这里。
feeds-following-browse = 浏览最新文章
# An empty site. Then, for someone logged in, feeds-write-first-link (a
# link) and feeds-write-first-after make one sentence; for a visitor,
# feeds-sign-up-link (a link) and feeds-sign-up-after make one.
feeds-no-posts-yet = 还没有文章。
feeds-write-first-link = 来写第一篇吧
feeds-write-first-after = 。
feeds-sign-up-link = 注册
feeds-sign-up-after = 并写下第一篇文章吧。

## Atom feed titles
# Feed readers show these as the feed's name. They are always sent in
# English, so translations of these three are not used.

feeds-atom-latest = Quill：最新文章
# $name is a username: keep the "@" before it.
feeds-atom-by = Quill：@{ $name } 的文章
# $tag is the tag's name: keep the "#" before it.
feeds-atom-tagged = Quill：带有 #{ $tag } 标签的文章
