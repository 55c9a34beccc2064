# Quill's admin pages (for moderators and admins), the dev mailbox, and
# the mail Quill sends admins.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Plurals use the language's own categories (zero, one, two, few, many,
# other): see https://projectfluent.org/fluent/guide/selectors.html
# (日本語には複数形がないため、数で選ぶ箇所は *[other] だけを書きます。)
#
# Left in English on purpose: job kinds (`backup`, `reindex_search`),
# schedule names and audit action codes (`delete-post`, `ban`), which the
# pages show as identifiers; settings such as QUILL_BACKUP_DIR and
# SMTP_URL; commands such as `quill backup --out FILE`.

## Shared by several admin pages

# The section navigation at the top of every admin page.
admin-nav-label = 管理
admin-nav-dashboard = ダッシュボード
admin-nav-people = ユーザー
admin-nav-posts = 投稿
admin-nav-comments = コメント
admin-nav-reports = 通報
admin-nav-jobs = ジョブ
admin-nav-search = 検索
admin-nav-audit = 監査ログ

# The checkbox next to a button that deletes or discards something.
admin-confirm-sure = 確認しました
admin-delete-button = 削除
# Placeholder of the reason field when deleting or removing someone's
# post or comment.
admin-reason-told-placeholder = 理由（作成者に送られます）
# Label (on a person's page) and placeholder (in the reports queue) of the
# reason field for a ban.
admin-ban-reason = 利用停止の理由
# A button; $username is a username, without the @.
admin-ban-user = @{ $username } を利用停止にする

# A person's role, shown in the people list and on their page. $role is
# the stored role: user, moderator or admin.
admin-role = { $role ->
    [admin] 管理者
    [moderator] モデレーター
   *[user] ユーザー
}
# A person's status in the people list and on their page.
admin-status = { $status ->
    [banned] 利用停止中
    [verified] 確認済み
   *[unverified] 未確認
}

# A full stop after a bold part or a link that ends a sentence.
admin-full-stop = 。

## Errors and refusals

admin-forbidden-admins = このページはサイトの管理者専用です。
admin-forbidden-staff = このページはサイトのモデレーターと管理者専用です。
admin-last-admin = Quill には管理者が最低1人必要ですが、これは最後の有効な管理者です。先にほかの人を管理者に昇格させてください。
admin-not-self = 自分のアカウントに対してこの操作はできません。ほかの管理者に依頼してください。
admin-reason-missing = 理由を入力してください。理由は監査ログに記録され、本人に伝えられます。
# $max is a number of characters.
admin-reason-too-long = 理由は{ $max }文字以内にしてください。
admin-confirm-missing = 確認のチェックボックスにチェックを入れてください。この操作は取り消せません。

## Dashboard

admin-dashboard-title = 管理 · ダッシュボード
admin-dashboard-heading = 管理
admin-dashboard-reports = 通報
admin-dashboard-no-reports = 未処理の通報はありません。
# Follows the number of open reports ($count), which is shown in bold just
# before this text; $items is how many posts, comments or profiles they
# are about.
admin-dashboard-open-reports = { $count ->
   *[other] 件の未処理の通報
}（対象{ $items }件）。
admin-dashboard-queue-link = モデレーションキュー
admin-dashboard-people = ユーザー
admin-dashboard-verified = 確認済み
admin-dashboard-unverified = 未確認
admin-dashboard-banned = 利用停止中
admin-dashboard-content = コンテンツ
admin-dashboard-posts = 投稿
admin-dashboard-comments = コメント
admin-dashboard-likes = いいね
# The heading above the charts; $days is 30.
admin-dashboard-last-days = 過去{ $days }日間
admin-dashboard-jobs = ジョブキュー
admin-dashboard-jobs-link = ジョブを見る
admin-dashboard-backups = バックアップ
admin-dashboard-search = 検索インデックス
# $docs and $visible are numbers of posts.
admin-dashboard-index-in-step = インデックス内の投稿は{ $docs }件、データベース内の表示可能な投稿は{ $visible }件：一致しています。
# Followed by “not in step” in bold (admin-search-not-in-step) and a link
# to the search page (admin-dashboard-index-check-link).
admin-dashboard-index-not-in-step = インデックス内の投稿は{ $docs }件、データベース内の表示可能な投稿は{ $visible }件：
admin-dashboard-index-check-link = 確認または再インデックス

## Dashboard charts

# Captions of the two charts, and what a screen reader says they are.
admin-chart-signups = 1日あたりの新規登録数
admin-chart-posts = 1日あたりの投稿数
# What a screen reader says for a chart: $title is one of the two above,
# $total how many there were in all, over $days days.
admin-chart-summary = { $title }：{ $days }日間で合計{ $total }
# A day under the chart, without the year; $month is the short month name
# (month-1 … month-12 in common.ftl).
admin-chart-day = { $month }{ $day }日
# The tooltip of one bar: $day as above, $count the number that day.
admin-chart-bar = { $day }：{ $count }

## Dashboard: backups

# In bold, followed by admin-backup-failed-details.
admin-backup-failed = 前回の定期バックアップに失敗しました
# $ago is how long ago (“3 hours ago”), $file the archive's file name,
# $error what went wrong (often from another program, in English).
admin-backup-failed-details = （{ $ago }、{ $file }）：{ $error }
# The error when a backup never finished.
admin-backup-unfinished = 制限時間内に完了しませんでした（プロセスが停止したか、応答しなくなりました）
# “Last backup: quill-20261206T000000Z.tar.zst, 1.2 GB, 3 hours ago.”: the
# file name is shown in bold between the two parts. $size is a size such
# as “1.2 GB”, $ago how long ago.
admin-backup-last-before = 最新のバックアップ：
admin-backup-last-after = 、{ $size }、{ $ago }。
admin-backup-none = 定期バックアップはまだ作成されていません。
# $every is one of the three below, $dir a folder on the server, $keep a
# number of backups.
admin-backup-plan = { $every }ごとに { $dir } へ保存し、最新の{ $keep }件を保持します。
admin-backup-every-days = { $count }日
admin-backup-every-hours = { $count }時間
admin-backup-every-minutes = { $count }分
# One sentence around the setting QUILL_BACKUP_DIR, shown between the two
# parts: “Scheduled backups are off: set QUILL_BACKUP_DIR (see the
# operations guide).”
admin-backup-off-before = 定期バックアップは無効です。有効にするには
admin-backup-off-after = を設定してください（運用ガイドを参照）。
# Follows the command `quill backup --out FILE`.
admin-backup-by-hand = で手動でバックアップを作成できます。

## Mail to every admin when a scheduled backup fails

admin-backup-mail-subject = Quill のバックアップに失敗しました
# $file is the archive's file name.
admin-backup-mail-what = 定期バックアップ { $file } を書き込めませんでした。
# $error is what went wrong, often from another program, in English.
admin-backup-mail-why = エラー：{ $error }
admin-backup-mail-next = 問題が解決するまで、サイトの新しいバックアップは作成されません。次回の定期実行で再試行されます。`quill backup --out FILE` で手動で作成することもできます。
admin-backup-mail-link = 管理ダッシュボードを開く

## People

admin-users-title = 管理 · ユーザー
admin-users-heading = ユーザー
admin-users-search-label = 名前またはメールアドレス
admin-users-search-button = 検索
admin-users-empty = まだ誰も登録していません。
# $query is what the admin searched for.
admin-users-no-match = 「{ $query }」に一致するユーザーはいません。
admin-users-col-person = ユーザー
admin-users-col-email = メールアドレス
admin-users-col-role = 役割
admin-users-col-status = 状態
admin-users-col-joined = 登録日
admin-users-col-actions = 操作
admin-users-verify = 確認済みにする
admin-users-unban = 利用停止を解除
admin-users-ban = 利用停止
# For screen readers; $username is a username, without the @.
admin-users-ban-reason-label = @{ $username } を利用停止にする理由
admin-users-ban-reason-placeholder = 理由
admin-users-more = 詳細…

## A person's page

# $username is a username, without the @.
admin-user-title = 管理 · @{ $username }
admin-user-email = メールアドレス
admin-user-status = 状態
admin-user-role = 役割
admin-user-joined = 登録日
admin-user-posts = 投稿
admin-user-comments = コメント
admin-user-pictures = 画像
admin-user-profile = プロフィール
admin-user-own-account = これはあなた自身のアカウントです。利用停止、削除、役割の変更は、ほかの管理者に依頼してください。
admin-user-actions = 操作
admin-user-verify = メールアドレスを確認済みにする
admin-user-resend = 確認用リンクを再送信
# $role is the role one step up: moderator or admin.
admin-user-promote = { $role ->
    [admin] 管理者に昇格
   *[moderator] モデレーターに昇格
}
# $role is the role one step down: moderator or user.
admin-user-demote = { $role ->
    [moderator] モデレーターに降格
   *[user] ユーザーに降格
}
# A button; $username is a username, without the @.
admin-user-unban = @{ $username } の利用停止を解除
admin-user-ban-hint = すべての場所から即座にログアウトされ、ログインできなくなり、投稿は非表示になります。理由は監査ログに記録されます。
admin-user-delete-heading = アカウントを削除
admin-user-delete-reason = 理由
# Next to the checkbox that confirms the deletion; $username is a
# username, without the @; $posts and $comments are numbers.
admin-user-delete-confirm = @{ $username } を、投稿{ $posts }件とコメント{ $comments }件とともに削除します。この操作は取り消せません。
admin-user-delete-button = アカウントを削除
admin-user-recent-posts = 最近の投稿
admin-user-no-posts = 投稿はありません。
admin-user-sessions = セッション
admin-user-no-sessions = どこにもログインしていません。
admin-user-session-started = 開始日時
admin-user-session-ends = 有効期限（操作がない場合）

## What happened, after an action on a person (shown at the top of the page)
# $username is a username, without the @.

admin-user-already-verified = そのアドレスはすでに確認済みです。
admin-user-verified = { $username } のメールアドレスを確認済みにしました。
admin-user-resend-refused = 確認用リンクを送信できるのは、未確認で有効なアカウントだけです。
# $email is the person's email address.
admin-user-resent = 新しい確認用リンクを { $email } に送信しました。
admin-user-already-banned = そのアカウントはすでに利用停止中です。
admin-user-banned = { $username } を利用停止にし、すべての場所からログアウトさせました。投稿は非表示になりました。
admin-user-not-banned = そのアカウントは利用停止になっていません。
admin-user-deleted-by-owner = この人は自分でアカウントを削除しました。アカウントを残せるのは本人だけで、消去される前にログインする必要があります。
admin-user-unbanned = { $username } は再びログインできるようになり、投稿も元に戻りました。
# $role is their role: user, moderator or admin.
admin-user-role-unchanged = { $username } はすでに{ $role ->
    [admin] 管理者
    [moderator] モデレーター
   *[user] ユーザー
}です。
admin-user-role-changed-meanwhile = その間に役割が変更されました。もう一度確認してください。
# $role is their new role: user, moderator or admin.
admin-user-role-changed = { $username } は{ $role ->
    [admin] 管理者
    [moderator] モデレーター
   *[user] ユーザー
}になりました。
admin-user-deleted = { $username } のアカウント、投稿、コメントを削除しました。

## Posts and comments

admin-posts-title = 管理 · 投稿
admin-posts-heading = 投稿
admin-posts-empty = まだ投稿はありません。
# After a post's title; $author is a username, without the @.
admin-posts-by = 作成者：@{ $author }
# For screen readers; $title is the post's title.
admin-posts-reason-label = 「{ $title }」を削除する理由
admin-posts-admins-only = 管理者の投稿です。削除できるのは管理者だけです。
# $author is a username, without the @.
admin-posts-deleted = 投稿を削除しました。{ $author } には理由がメールで伝えられます。

admin-comments-title = 管理 · コメント
admin-comments-heading = コメント
admin-comments-empty = まだコメントはありません。
# One sentence around the title of the post the comment is on, which is a
# link shown between the two parts: “@ana on My first post”. $author is a
# username, without the @. The second part is empty in English.
admin-comments-on-before = @{ $author } が
admin-comments-on-after = にコメント
# For screen readers.
admin-comments-reason-label = このコメントを削除する理由
admin-comments-admins-only = 管理者のコメントです。削除できるのは管理者だけです。
admin-comments-deleted = コメントを削除しました。作成者には理由がメールで伝えられます。

## Reports (the moderation queue)
# $kind, where it appears, is what was reported: post, comment or user (a
# profile).

admin-reports-title = 管理 · 通報
admin-reports-heading = 通報
# $count is the number of open reports, $items how many posts, comments
# or profiles they are about.
admin-reports-summary = 未処理の通報{ $count }件（対象{ $items }件）を古い順に表示しています。判断を下すと、その対象への通報はすべて解決済みになります。
admin-reports-open = 未処理
admin-reports-empty = 確認するものはありません。未処理の通報はありません。
# The tag in front of a reported item.
admin-reports-kind = { $kind ->
    [post] 投稿
    [comment] コメント
    [user] プロフィール
   *[other] 対象
}
# After an item that was deleted since it was reported.
admin-reports-gone = （存在しません：作成者が削除しました）
# One phrase around the author's name, which is a link shown between the
# two parts: “by @ana”. The second part is empty in English.
admin-reports-author-before = 作成者：
admin-reports-author-after = { "" }
# After the author of an item, when they are banned.
admin-reports-author-banned = （利用停止中）
# Follows the number of reports ($count), shown in bold just before;
# $tally is the reasons, as “Spam ×2, Harassment ×1”.
admin-reports-reported = { $count ->
   *[other] 人が通報しました
}：{ $tally }
# One entry of the tally: $reason is a reason below, $count a number.
admin-reports-tally-entry = { $reason } ×{ $count }
# Between the entries of the tally.
admin-reports-tally-separator = {"、"}
# Followed by the date of the first report.
admin-reports-first = 初回：
# After a report's reason: what the reporter wrote ($details).
admin-reports-details = —「{ $details }」
# Under the first ten reports of an item; $count is how many are not shown.
admin-reports-more = ほか{ $count }件
# Why a moderator gets fewer buttons for an item.
admin-reports-about-you = これはあなたに関する通報です。ほかのモデレーターが判断します。
admin-reports-staff-ban = モデレーターや管理者を利用停止にできるのは管理者だけです。
# For screen readers; only posts and comments can be removed.
admin-reports-remove-reason = { $kind ->
    [post] この投稿を削除する理由
   *[comment] このコメントを削除する理由
}
admin-reports-remove = { $kind ->
    [post] 投稿を削除
   *[comment] コメントを削除
}
# For screen readers.
admin-reports-ban-reason = 作成者を利用停止にする理由
admin-reports-ban-the-author = 作成者を利用停止にする
# For screen readers.
admin-reports-dismiss-note = 却下についてのメモ（任意）
admin-reports-dismiss-placeholder = メモ（任意）
admin-reports-dismiss = 却下
admin-reports-resolved = 解決済み
admin-reports-resolved-empty = まだ判断されたものはありません。
# The start of a line about a decision: $id is the item's number, $label
# its title (or first words, or username), $count how many reports it had.
# Followed by the decision (admin-reports-resolution) and who took it.
admin-reports-decision = { $kind ->
    [post] 投稿
    [comment] コメント
    [user] プロフィール
   *[other] 対象
} #{ $id }「{ $label }」（通報{ $count }件）：
# The decision, in bold; $how is dismissed, removed or banned.
admin-reports-resolution = { $how ->
    [dismissed] 却下
    [removed] 削除
    [banned] 利用停止
   *[other] { $how }
}
admin-reports-resolution-none = 解決済み
# Who decided; $name is a username, without the @.
admin-reports-resolved-by = （対応：@{ $name }）
admin-reports-resolved-by-someone = （対応者不明）

## What happened, after a decision in the queue (shown at the top of the page)

admin-reports-already = それらの通報はすでに判断済みです。
admin-reports-refused = この対象に対してその操作はできません。
# $count is how many reports were dismissed.
admin-reports-dismissed = { $count }件の通報を却下しました。{ $kind ->
    [post] 投稿はそのまま残ります。
    [comment] コメントはそのまま残ります。
   *[user] プロフィールはそのまま残ります。
}
admin-reports-profile-not-removable = プロフィールは削除できません。その人を利用停止にするか、通報を却下してください。
admin-reports-removed = { $kind ->
    [post] 投稿を削除し、通報を解決済みにしました。作成者には理由がメールで伝えられます。
   *[comment] コメントを削除し、通報を解決済みにしました。作成者には理由がメールで伝えられます。
}
admin-reports-already-banned = そのアカウントはすでに利用停止中です。
# $done is what the ban did, a sentence such as admin-user-banned.
admin-reports-banned = { $done }通報は解決済みになりました。

## Jobs

admin-jobs-title = 管理 · ジョブ
admin-jobs-heading = ジョブ
# How many jobs are in each state (also on the dashboard).
admin-jobs-pending = 待機中
admin-jobs-running = 実行中
admin-jobs-failed = 失敗（再試行待ち）
admin-jobs-dead = 打ち切り
admin-jobs-schedules = スケジュール
admin-jobs-schedules-empty = 定期ジョブはまだ登録されていません（ワーカーの起動時に登録されます）。
admin-jobs-col-schedule = スケジュール
admin-jobs-col-next-run = 次回実行
admin-jobs-queue = キュー
# For screen readers: the links that filter the queue by state.
admin-jobs-states-label = ジョブの状態
admin-jobs-state-all = すべて
# A job's state, in the filter links and the table; $state is pending,
# running, failed (failed at least once, waiting for its retry) or dead
# (out of attempts).
admin-jobs-state = { $state ->
    [pending] 待機中
    [running] 実行中
    [failed] 失敗
    [dead] 打ち切り
   *[other] { $state }
}
# A button; $count is the number of dead jobs.
admin-jobs-retry-dead = 打ち切りになったジョブ{ $count }件をすべて再試行
admin-jobs-empty = ここにジョブはありません。キューは空です。
# Column headings of the queue: the job's number, its kind, when it was
# queued, its state, attempts made out of those allowed, when it runs next,
# its last error, and the buttons.
admin-jobs-col-id = #
admin-jobs-col-kind = 種類
admin-jobs-col-queued = 登録日時
admin-jobs-col-state = 状態
admin-jobs-col-attempts = 試行回数
admin-jobs-col-runs = 次回実行
admin-jobs-col-last-error = 最後のエラー
admin-jobs-col-actions = 操作
# When a job runs next.
admin-jobs-runs-never = なし
admin-jobs-runs-now = 今すぐ
admin-jobs-retry = 今すぐ再試行
admin-jobs-discard = 破棄
# $id is the job's number, $kind its kind (an identifier such as
# send_verification).
admin-jobs-retried = ジョブ { $id }（{ $kind }）を今すぐ実行するようキューに入れました。
admin-jobs-retried-dead = 打ち切りになったジョブ{ $count }件を、再実行するようキューに入れました。
admin-jobs-discarded = ジョブ { $id }（{ $kind }）を破棄しました。
admin-jobs-retry-refused = そのジョブは実行中か、すでに完了しています。再試行するものはありません。
admin-jobs-discard-refused = そのジョブは実行中か、すでに完了しているため、破棄できません。

## Search index

admin-search-title = 管理 · 検索
admin-search-heading = 検索インデックス
admin-search-docs = このインデックス内の投稿
admin-search-visible = データベース内の表示可能な投稿
# Whether the index holds as many posts as the database shows.
admin-search-in-step = 一致
admin-search-not-in-step = 不一致
admin-search-backlog = 未適用の変更
admin-search-applied = 最後に適用された変更
admin-search-folder = フォルダ
admin-search-no-index = このプロセスには検索インデックスがありません。
admin-search-reindex = 再インデックス
# $error is what went wrong, often from another program, in English.
admin-search-reindex-failed = 前回の再インデックスに失敗しました：{ $error }
# $when is a date and time, $count a number of posts.
admin-search-reindex-finished = 前回の再インデックスは { $when } に完了しました：投稿{ $count }件。
# $done and $total are numbers of posts, $percent how far along it is.
admin-search-reindexing = 再インデックス中：投稿{ $total }件中{ $done }件（{ $percent }%）。再読み込みすると進捗を確認できます。
admin-search-percent = { $percent }%
# $when is a date and time.
admin-search-reindex-queued = 再インデックスがキューに入っています（{ $when }）。ワーカーが空きしだい開始されます。
admin-search-reindex-hint = 稼働中のインデックスとは別に、データベースから新しいインデックスを作成し、完成したら切り替えます。その間も、検索は古いインデックスで応答し続けます。
admin-search-reindex-button = 今すぐ再インデックス
admin-search-check = 整合性チェック
admin-search-check-hint = 保留中の変更を適用したうえで、インデックス内のすべての投稿 ID をデータベース内の表示可能な投稿と照合します。
admin-search-check-button = 今すぐチェック
admin-search-reindex-running = 再インデックスはすでにキューに入っているか、実行中です。
admin-search-reindex-started = 再インデックスをキューに入れました。進捗は下に表示されます。その間も検索は引き続き利用できます。
admin-search-check-no-index = このプロセスには、チェックする検索インデックスがありません。
# The result of the check; $count is a number of posts.
admin-search-consistent = 整合しています：インデックスには表示可能な投稿{ $count }件が過不足なく含まれています。
# $missing and $extra are numbers of posts; $missing_ids and $extra_ids
# are either empty or up to five post numbers after a space, as
# “ (#3, #8, …)”.
admin-search-inconsistent = 整合していません：インデックスに欠けている投稿が{ $missing }件{ $missing_ids }、インデックスにあるべきでない投稿が{ $extra }件{ $extra_ids }あります。再インデックスして修復してください。

## Audit log

admin-audit-title = 管理 · 監査ログ
admin-audit-heading = 監査ログ
admin-audit-filter-actor = 実行者（ユーザー名）
admin-audit-filter-action = 操作
# The first choice of the action filter: every action.
admin-audit-filter-any = すべて
admin-audit-filter-target = 対象に含まれる文字列
admin-audit-filter-submit = 絞り込む
admin-audit-empty = 記録はありません。
admin-audit-empty-filtered = 条件に一致する記録はありません。
admin-audit-col-when = 日時
admin-audit-col-who = 実行者
admin-audit-col-action = 操作
admin-audit-col-target = 対象
admin-audit-col-reason = 理由
# What kind of thing an action was on, before its name or title.
admin-audit-target-kind = { $kind ->
    [user] ユーザー
    [post] 投稿
    [comment] コメント
    [job] ジョブ
    [search] 検索
   *[other] { $kind }
}：

## The dev mailbox (/dev/mailbox), shown while Quill sends no real mail

admin-mailbox-title = 開発用メールボックス
# Two sentences, each around the setting SMTP_URL, which is shown between
# the parts: “No SMTP_URL is set, so Quill keeps the mail it sends here
# (newest first). Set SMTP_URL to send real mail; this page then
# disappears.”
admin-mailbox-no-smtp-before = { "" }
admin-mailbox-no-smtp-after = が設定されていないため、Quill が送信するメールはここに保存されます（新しい順）。
admin-mailbox-set-smtp-before = 実際にメールを送信するには
admin-mailbox-set-smtp-after = を設定してください。設定すると、このページは表示されなくなります。
admin-mailbox-empty = まだメールはありません。新規登録すると、確認メールがここに表示されます。
# $address is the address a message went to.
admin-mailbox-to = 宛先：{ $address }

# A user's second factor on /admin/users/{id}; $date is a date, $username a username.
admin-user-second-factor = 2要素認証
admin-user-passkeys = パスキー
admin-user-second-factor-on = { $date }からオン
admin-user-second-factor-off = オフ
admin-user-second-factor-reason = 理由（監査ログに残ります）
admin-user-second-factor-hint = 本人が電話とリカバリーコードをなくし、本人であると確認できた場合のみ。オフにしたことが本人にメールで通知されます。
admin-user-second-factor-reset = 2要素認証をオフにする
admin-user-second-factor-reset-done = @{ $username } の2要素認証をオフにしました。本人にメールで通知しました。
admin-user-second-factor-none = 2要素認証は設定されていません。
admin-staff-second-factor-heading = スタッフの2要素認証
admin-staff-second-factor-label = モデレーターと管理者が管理ページを使うには2要素認証を必須にする
admin-staff-second-factor-save = 保存
admin-staff-second-factor-on-done = スタッフが管理ページを使うには2要素認証が必要になりました。
admin-staff-second-factor-off-done = スタッフの管理ページ利用に2要素認証は不要になりました。
admin-staff-second-factor-yours-first = 先にご自身の2要素認証を設定してください。このルールはあなたもここへ案内します。
