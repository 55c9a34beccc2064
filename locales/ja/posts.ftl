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
posts-untitled = （タイトルなし）
posts-edit = 編集
posts-delete = 削除
posts-cancel = キャンセル
# A link to report a post or comment to the moderators.
posts-report = 通報
# Estimated reading time of a post; $minutes is a whole number, at least 1.
posts-reading-time = { $minutes }分で読めます
posts-likes = { $count }件のいいね
# On lists of posts, and as the heading of a post's comment thread.
posts-comments = { $count }件のコメント
# A time as the writer chose it when scheduling a post, on their clock:
# $date is a date written as in common.ftl ("24 Dec 2026"), $time is
# 24-hour HH:MM, and $zone the clock's offset, such as "UTC+01:00".
posts-local-time = { $date } { $time }（{ $zone }）

## The write and edit page

posts-form-title-new = 投稿を書く
posts-form-title-edit = 投稿を編集
posts-form-title-edit-draft = 下書きを編集
posts-preview-heading = プレビュー
# The preview of a post whose title field is still empty.
posts-preview-untitled = （タイトル未入力）
# Under the preview of a published post being edited.
posts-preview-hint-published = まだ保存されていません。下で編集してから保存してください。
# Under the preview of a new post or a draft.
posts-preview-hint-draft = まだ保存されていません。下で編集してから、公開するか下書きとして保存してください。
# After the label of a field that may be left empty.
posts-form-optional = （任意）
posts-form-title-label = タイトル
# The post's one-line summary.
posts-form-summary-label = 概要
posts-form-summary-hint = フィードに表示される1行の説明です（300文字まで）。
posts-form-body-label = 本文
# Markdown syntax stays as it is (**, *, [](), `, ```); the words inside it
# may be translated.
posts-form-body-hint = Markdown が使えます：**太字**、*斜体*、[リンク](https://…)、リスト、`コード`、表、```rust コードブロック```、画像：![写っているもの](file-name.jpg)。
# A field for several picture files that the post's text shows.
posts-form-pictures-label = 本文に入れる画像
posts-form-pictures-optional = （任意、20枚まで）
# posts-form-pictures-hint-before, -example and -after are one sentence
# followed by another; -example is Markdown shown as code: keep ![…](dog.jpg).
posts-form-pictures-hint-before = それぞれの画像は、ファイル名を使って本文中に配置します：
posts-form-pictures-hint-example = ![写っているもの](dog.jpg)
posts-form-pictures-hint-after = 。説明は、画像が見えない人のために読み上げられます。
posts-form-tags-label = タグ
# posts-form-tags-hint-before and -after are one sentence around an example
# of tags ("rust, web-dev").
posts-form-tags-hint-before = 5個まで、カンマで区切って入力します。例：
posts-form-tags-hint-after = { "" }
# The post's main picture, shown above its text.
posts-form-image-label = メイン画像
posts-form-image-has = この投稿には画像があります。新しい画像を選ぶと置き換えられます。
# $mb is the largest file size accepted, in megabytes.
posts-form-image-hint = JPEG、PNG、WebP、GIF に対応（{ $mb } MB まで）。位置情報とカメラの情報は削除されます。
posts-form-image-remove = 画像を削除
posts-form-image-alt-label = 画像の説明
posts-form-image-alt-hint = 画像が見えない人のために、何が写っているかを書いてください。空欄の場合はタイトルが使われます。
posts-form-schedule-legend = 予約投稿
posts-form-publish-at-label = 公開日時
posts-form-publish-at-hint = ローカル時刻です（ブラウザでスクリプトが動作していない場合は UTC）。今すぐ公開する場合や下書きとして残す場合は空欄にしてください。過去の時刻を指定すると、すぐに公開されます。
# Buttons.
posts-form-save-changes = 変更を保存
posts-form-publish = 公開する
posts-form-save-draft = 下書きを保存
posts-form-preview = プレビュー

## What the form says is wrong

posts-title-empty = 投稿にタイトルを付けてください。
# $max is the longest title allowed, $count the length of this one
# (both in characters, both larger than 1).
posts-title-too-long = タイトルは{ $max }文字以内にしてください（現在{ $count }文字）。
posts-body-empty = 本文に何か書いてください。
# $max and $size are in kilobytes (KB); $max is 100.
posts-body-too-long = 本文は{ $max } KB までです（現在{ $size } KB）。
# $max is a number of characters (300).
posts-summary-too-long = 概要は{ $max }文字以内にしてください。
# $max is a number of characters (30).
posts-tag-length = タグは1〜{ $max }文字にしてください。
# $tag is the tag as the writer typed it.
posts-tag-characters = タグ「{ $tag }」には、文字、数字、ハイフンだけが使えます。
# $tag is the tag as the writer typed it; $first and $second name two
# alphabets whose letters look alike (latin, greek or cyrillic): translate
# the names, and keep the words in square brackets as they are.
posts-tag-mixed-alphabets = タグ「{ $tag }」には{ $first ->
        [latin] ラテン文字
        [greek] ギリシャ文字
       *[cyrillic] キリル文字
    }と{ $second ->
        [latin] ラテン文字
        [greek] ギリシャ文字
       *[cyrillic] キリル文字
    }が混在しています。見た目の似た文字を使った、なりすましの名前によくある書き方です。1種類の文字だけで書いてください。
# $max is a number of tags (5).
posts-tags-too-many = タグは{ $max }個までにしてください。
# Two files were sent in the single picture field.
posts-image-one-only = 画像は1枚だけ選んでください。
# $max is a number of pictures (20).
posts-pictures-field-too-many = 1つの投稿に追加できる画像は{ $max }枚までです。
# $max is the number of pictures allowed (20), $count how many this post
# shows (more than $max).
posts-pictures-too-many = 1つの投稿に表示できる画像は{ $max }枚までです。この投稿には{ $count }枚あります。
# Some pictures in the text have no description (alt text). Keep the
# Markdown ![…](…) as it is; the words inside the brackets may be translated.
posts-pictures-undescribed = { $count ->
   *[other] 画像が見えない人のために、画像の説明を角括弧の中に書いてください：![眠っている犬](…)。
}
# One of the picture files sent with the form was refused: $file is its
# file name, $reason why (a sentence from the picture checks).
posts-picture-refused = { $file }：{ $reason }
posts-image-not-kept-by-preview = プレビューでは画像は保持されません。公開する前に、もう一度画像を選んでください。
# A file chosen in the form cannot be kept when the form comes back with
# an error.
posts-image-choose-again = もう一度画像を選んでください。
posts-schedule-zone-unreadable = その時刻のタイムゾーンを読み取れませんでした。
# Keep the example time as it is (year-month-day, T, hours:minutes).
posts-schedule-time-unreadable = 日付と時刻を 2026-12-24T09:00 のような形式で入力してください。
posts-schedule-too-far = 予約できるのは5年先までです。
posts-form-unreadable = フォームを読み取れませんでした。
# Sent by a script, not by the page; multipart/form-data is a technical
# name: keep it.
posts-form-not-multipart = フォームを読み取れませんでした。multipart/form-data として送信してください。
# The "Add picture" button of the write page sent no picture.
posts-picture-missing = 追加する画像を選んでください。

## After saving, publishing or deleting (a short message at the top of the
## next page)

posts-flash-published = 投稿を公開しました。
posts-flash-draft-saved = 下書きを保存しました。下書きはあなただけが見られます。
# $when is a time written as posts-local-time says.
posts-flash-scheduled = 投稿を{ $when }に公開するよう予約しました。
posts-flash-changes-saved = 変更を保存しました。
posts-flash-already-published = この投稿はすでに公開されています。
posts-flash-deleted = 投稿を削除しました。
posts-only-author-edit = この投稿を変更できるのは、投稿の作成者だけです。
posts-only-author-delete = この投稿を削除できるのは、投稿の作成者だけです。
posts-only-author-publish = この下書きを公開できるのは、下書きの作成者だけです。

## My drafts

posts-drafts-title = 下書き
# posts-drafts-intro is a sentence; posts-drafts-write-link (a link) and
# posts-drafts-write-after make the next one.
posts-drafts-intro = 公開するまで、下書きはあなただけが見られます。
posts-drafts-write-link = 新しい投稿を書く
posts-drafts-write-after = { "" }
posts-drafts-empty = 下書きはありません。書くページで「{ posts-form-save-draft }」を押すと、公開するまで投稿がここに保存されます。
# A label in front of a scheduled draft, followed by posts-drafts-scheduled-for.
posts-drafts-scheduled-pill = 予約済み
# $when is a time written as posts-local-time says.
posts-drafts-scheduled-for = { $when }に公開
# A label in front of a draft, followed by posts-drafts-saved.
posts-drafts-draft-pill = 下書き
# $when is a date and time, as common.ftl's datetime writes it.
posts-drafts-saved = { $when } に保存

## A post's page

# Read by screen readers: the box above a post that is not published yet.
posts-banner-label = 下書き
# posts-banner-scheduled (in bold) and posts-banner-scheduled-text make
# one sentence; $when is a time written as posts-local-time says.
posts-banner-scheduled = 予約済み：
posts-banner-scheduled-text = この投稿は{ $when }に公開されます。それまでは、あなただけが見られます。
# posts-banner-draft (in bold) and posts-banner-draft-text make one sentence.
posts-banner-draft = 下書き：
posts-banner-draft-text = この投稿はあなただけが見られます。
posts-publish-now = 今すぐ公開
# Before the author's name (a link) under a post's title: "by Ana Silva".
posts-byline-by = 投稿者：
# After the date of a post changed since it was published.
posts-edited = （編集済み）
# The like button, before and after it is pressed (a heart is shown
# before the word).
posts-like = いいね
posts-liked = いいね済み
posts-log-in-to-like = ログインしていいね
posts-reported-post = 通報済みです。

## The comment thread under a post

# The tooltip of a comment's date, a link to the comment itself.
posts-comment-permalink = このコメントへのリンク
# Before the date and time a comment was last corrected.
posts-comment-edited = 編集済み：
# "↪ replying to Ana Silva": before the name of the comment's author this
# one answers (a link)…
posts-comment-answers = 返信先：
# …or, when that comment is gone, in place of the name.
posts-comment-answers-gone = 削除されたコメント
# The link that opens the reply form under a comment.
posts-comment-reply = 返信
# Shown instead of the Report link once the reader reported the comment.
posts-comment-reported = 通報済み
# Read by screen readers: the field to correct one's own comment.
posts-comment-edit-label = あなたのコメント
posts-comment-save = コメントを保存
# Before "{ posts-replies }" on the button that folds or unfolds the
# answers to a comment.
posts-replies-hide = 返信を隠す
posts-replies-show = 返信を表示
posts-replies = （{ $count }件）
# Above the comment form when it answers a comment: before the author's
# name (a link), then " · " and posts-cancel.
posts-comment-replying-to = 返信先：
posts-comment-form-label = コメントを追加
posts-comment-form-reply-label = あなたの返信
# posts-comment-hint-before and -after are one sentence around "@name"
# (how to mention someone: keep it as it is).
posts-comment-hint-before = Markdown が使えます。
posts-comment-hint-after = と書くと、その人に通知されます。
# The form's button, for a comment on the post or a reply to a comment.
posts-comment-form-submit = コメントする
posts-comment-form-reply = 返信する
# posts-join-log-in (a link) and posts-join-after make one sentence.
posts-join-log-in = ログイン
posts-join-after = して会話に参加しましょう。

## Feeds

feeds-heading-latest = 新着の投稿
feeds-heading-following = フォロー中の人の投稿
# $tag is the tag's name (keep the "#" before it).
feeds-heading-tag = タグ #{ $tag } の投稿
# The description link previews show for a feed.
feeds-card-description = Quill の投稿、人、会話。
# Past the last page of a feed. feeds-first-page-link (a link) and
# feeds-first-page-after make one sentence.
feeds-no-more-posts = これ以上投稿はありません。
feeds-first-page-link = 最初のページに戻る
feeds-first-page-after = { "" }
feeds-following-empty = まだ何もありません。プロフィールページから人をフォローすると、その人の投稿がここに表示されます。
feeds-following-browse = 新着の投稿を見る
# An empty site. Then, for someone logged in, feeds-write-first-link (a
# link) and feeds-write-first-after make one sentence; for a visitor,
# feeds-sign-up-link (a link) and feeds-sign-up-after make one.
feeds-no-posts-yet = まだ投稿はありません。
feeds-write-first-link = 最初の投稿を書きましょう
feeds-write-first-after = 。
feeds-sign-up-link = 新規登録
feeds-sign-up-after = して、最初の投稿を書きましょう。

## Atom feed titles
# Feed readers show these as the feed's name. They are always sent in
# English, so translations of these three are not used.

feeds-atom-latest = Quill：新着の投稿
# $name is a username: keep the "@" before it.
feeds-atom-by = Quill：@{ $name } の投稿
# $tag is the tag's name: keep the "#" before it.
feeds-atom-tagged = Quill：タグ #{ $tag } の投稿
