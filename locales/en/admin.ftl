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
admin-nav-label = Administration
admin-nav-dashboard = Dashboard
admin-nav-people = People
admin-nav-posts = Posts
admin-nav-comments = Comments
admin-nav-reports = Reports
admin-nav-jobs = Jobs
admin-nav-search = Search
admin-nav-audit = Audit log

# The checkbox next to a button that deletes or discards something.
admin-confirm-sure = Sure
admin-delete-button = Delete
# Placeholder of the reason field when deleting or removing someone's
# post or comment.
admin-reason-told-placeholder = Reason (sent to the author)
# Label (on a person's page) and placeholder (in the reports queue) of the
# reason field for a ban.
admin-ban-reason = Reason for the ban
# A button; $username is a username, without the @.
admin-ban-user = Ban @{ $username }

# A person's role, shown in the people list and on their page. $role is
# the stored role: user, moderator or admin.
admin-role = { $role ->
    [admin] admin
    [moderator] moderator
   *[user] user
}
# A person's status in the people list and on their page.
admin-status = { $status ->
    [banned] banned
    [verified] verified
   *[unverified] unverified
}

# A full stop after a bold part or a link that ends a sentence.
admin-full-stop = .

## Errors and refusals

admin-forbidden-admins = This page is for the site's administrators.
admin-forbidden-staff = This page is for the site's moderators and administrators.
admin-last-admin = Quill needs at least one admin, and this is the last active one. Promote someone else to admin first.
admin-not-self = You cannot do that to your own account. Ask another admin.
admin-reason-missing = Give a reason: it is recorded in the audit log and told to the person.
# $max is a number of characters.
admin-reason-too-long = Keep the reason under { $max } characters.
admin-confirm-missing = Tick the box to confirm: this cannot be undone.

## Dashboard

admin-dashboard-title = Admin · Dashboard
admin-dashboard-heading = Administration
admin-dashboard-reports = Reports
admin-dashboard-no-reports = No open reports.
# Follows the number of open reports ($count), which is shown in bold just
# before this text; $items is how many posts, comments or profiles they
# are about.
admin-dashboard-open-reports = { $count ->
    [one] open report
   *[other] open reports
} on { $items ->
    [one] { $items } item
   *[other] { $items } items
}.
admin-dashboard-queue-link = The moderation queue
admin-dashboard-people = People
admin-dashboard-verified = Verified
admin-dashboard-unverified = Unverified
admin-dashboard-banned = Banned
admin-dashboard-content = Content
admin-dashboard-posts = Posts
admin-dashboard-comments = Comments
admin-dashboard-likes = Likes
# The heading above the charts; $days is 30.
admin-dashboard-last-days = { $days ->
    [one] The last day
   *[other] The last { $days } days
}
admin-dashboard-jobs = Job queue
admin-dashboard-jobs-link = See the jobs
admin-dashboard-backups = Backups
admin-dashboard-search = Search index
# $docs and $visible are numbers of posts.
admin-dashboard-index-in-step = { $docs } posts in the index, { $visible } visible posts in the database: in step.
# Followed by “not in step” in bold (admin-search-not-in-step) and a link
# to the search page (admin-dashboard-index-check-link).
admin-dashboard-index-not-in-step = { $docs } posts in the index, { $visible } visible posts in the database:
admin-dashboard-index-check-link = Check or reindex

## Dashboard charts

# Captions of the two charts, and what a screen reader says they are.
admin-chart-signups = Sign-ups per day
admin-chart-posts = Posts per day
# What a screen reader says for a chart: $title is one of the two above,
# $total how many there were in all, over $days days.
admin-chart-summary = { $title }: { $total } in { $days ->
    [one] { $days } day
   *[other] { $days } days
}
# A day under the chart, without the year; $month is the short month name
# (month-1 … month-12 in common.ftl).
admin-chart-day = { $day } { $month }
# The tooltip of one bar: $day as above, $count the number that day.
admin-chart-bar = { $day }: { $count }

## Dashboard: backups

# In bold, followed by admin-backup-failed-details.
admin-backup-failed = The last scheduled backup failed
# $ago is how long ago (“3 hours ago”), $file the archive's file name,
# $error what went wrong (often from another program, in English).
admin-backup-failed-details = ({ $ago }, { $file }): { $error }
# The error when a backup never finished.
admin-backup-unfinished = it did not finish within its time limit (the process stopped or it hung)
# “Last backup: quill-20261206T000000Z.tar.zst, 1.2 GB, 3 hours ago.”: the
# file name is shown in bold between the two parts. $size is a size such
# as “1.2 GB”, $ago how long ago.
admin-backup-last-before = Last backup:
admin-backup-last-after = , { $size }, { $ago }.
admin-backup-none = No scheduled backup has been written yet.
# $every is one of the three below, $dir a folder on the server, $keep a
# number of backups.
admin-backup-plan = Every { $every } into { $dir }, keeping the newest { $keep }.
admin-backup-every-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
admin-backup-every-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
admin-backup-every-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
# One sentence around the setting QUILL_BACKUP_DIR, shown between the two
# parts: “Scheduled backups are off: set QUILL_BACKUP_DIR (see the
# operations guide).”
admin-backup-off-before = Scheduled backups are off: set
admin-backup-off-after = (see the operations guide).
# Follows the command `quill backup --out FILE`.
admin-backup-by-hand = makes one by hand.

## Mail to every admin when a scheduled backup fails

admin-backup-mail-subject = A Quill backup failed
# $file is the archive's file name.
admin-backup-mail-what = The scheduled backup { $file } could not be written.
# $error is what went wrong, often from another program, in English.
admin-backup-mail-why = The error: { $error }
admin-backup-mail-next = Until this is fixed, the site has no new backup. The next scheduled run tries again; `quill backup --out FILE` makes one by hand.
admin-backup-mail-link = Open the admin dashboard

## People

admin-users-title = Admin · People
admin-users-heading = People
admin-users-search-label = Name or email
admin-users-search-button = Find
admin-users-empty = Nobody has signed up yet.
# $query is what the admin searched for.
admin-users-no-match = Nobody matches “{ $query }”.
admin-users-col-person = Person
admin-users-col-email = Email
admin-users-col-role = Role
admin-users-col-status = Status
admin-users-col-joined = Joined
admin-users-col-actions = Actions
admin-users-verify = Verify
admin-users-unban = Unban
admin-users-ban = Ban
# For screen readers; $username is a username, without the @.
admin-users-ban-reason-label = Reason for banning @{ $username }
admin-users-ban-reason-placeholder = Reason
admin-users-more = More…

## A person's page

# $username is a username, without the @.
admin-user-title = Admin · @{ $username }
admin-user-email = Email
admin-user-status = Status
admin-user-role = Role
admin-user-joined = Joined
admin-user-posts = Posts
admin-user-comments = Comments
admin-user-pictures = Pictures
admin-user-profile = Profile
admin-user-own-account = This is your own account: ask another admin to ban, delete or change its role.
admin-user-actions = Actions
admin-user-verify = Mark the email verified
admin-user-resend = Resend the verification link
# $role is the role one step up: moderator or admin.
admin-user-promote = { $role ->
    [admin] Promote to admin
   *[moderator] Promote to moderator
}
# $role is the role one step down: moderator or user.
admin-user-demote = { $role ->
    [moderator] Demote to moderator
   *[user] Demote to user
}
# A button; $username is a username, without the @.
admin-user-unban = Unban @{ $username }
admin-user-ban-hint = They are logged out everywhere at once, cannot log in, and their posts are hidden. The reason goes to the audit log.
admin-user-delete-heading = Delete the account
admin-user-delete-reason = Reason
# Next to the checkbox that confirms the deletion; $username is a
# username, without the @; $posts and $comments are numbers.
admin-user-delete-confirm = Delete @{ $username } with all { $posts } posts and { $comments } comments. This cannot be undone.
admin-user-delete-button = Delete the account
admin-user-recent-posts = Recent posts
admin-user-no-posts = No posts.
admin-user-sessions = Sessions
admin-user-no-sessions = Not logged in anywhere.
admin-user-session-started = Started
admin-user-session-ends = Ends after inactivity

## What happened, after an action on a person (shown at the top of the page)
# $username is a username, without the @.

admin-user-already-verified = That address was already verified.
admin-user-verified = { $username }'s email address is verified.
admin-user-resend-refused = Only an unverified, active account can be sent a verification link.
# $email is the person's email address.
admin-user-resent = A new verification link is on its way to { $email }.
admin-user-already-banned = That account was already banned.
admin-user-banned = { $username } is banned and logged out everywhere; their posts are hidden.
admin-user-not-banned = That account was not banned.
admin-user-deleted-by-owner = This person deleted their own account: only they can keep it, by logging in before it is erased.
admin-user-unbanned = { $username } may log in again; their posts are back.
# $role is their role: user, moderator or admin.
admin-user-role-unchanged = { $username } is already { $role ->
    [admin] admin
    [moderator] moderator
   *[user] user
}.
admin-user-role-changed-meanwhile = Their role changed meanwhile; look again.
# $role is their new role: user, moderator or admin.
admin-user-role-changed = { $username } is now { $role ->
    [admin] admin
    [moderator] moderator
   *[user] user
}.
admin-user-deleted = { $username }'s account, posts and comments are deleted.

## Posts and comments

admin-posts-title = Admin · Posts
admin-posts-heading = Posts
admin-posts-empty = No posts yet.
# After a post's title; $author is a username, without the @.
admin-posts-by = by @{ $author }
# For screen readers; $title is the post's title.
admin-posts-reason-label = Reason for deleting “{ $title }”
admin-posts-admins-only = An admin's post: only an admin can delete it.
# $author is a username, without the @.
admin-posts-deleted = The post is deleted; { $author } is told why by email.

admin-comments-title = Admin · Comments
admin-comments-heading = Comments
admin-comments-empty = No comments yet.
# One sentence around the title of the post the comment is on, which is a
# link shown between the two parts: “@ana on My first post”. $author is a
# username, without the @. The second part is empty in English.
admin-comments-on-before = @{ $author } on
admin-comments-on-after = { "" }
# For screen readers.
admin-comments-reason-label = Reason for deleting this comment
admin-comments-admins-only = An admin's comment: only an admin can delete it.
admin-comments-deleted = The comment is deleted; its author is told why by email.

## Reports (the moderation queue)
# $kind, where it appears, is what was reported: post, comment or user (a
# profile).

admin-reports-title = Admin · Reports
admin-reports-heading = Reports
# $count is the number of open reports, $items how many posts, comments
# or profiles they are about.
admin-reports-summary = { $count ->
    [one] { $count } open report
   *[other] { $count } open reports
} on { $items ->
    [one] { $items } item
   *[other] { $items } items
}, the oldest first. A decision closes every report of its item.
admin-reports-open = Open
admin-reports-empty = Nothing to look at: no open reports.
# The tag in front of a reported item.
admin-reports-kind = { $kind ->
    [post] post
    [comment] comment
    [user] profile
   *[other] item
}
# After an item that was deleted since it was reported.
admin-reports-gone = (no longer there: deleted by its author)
# One phrase around the author's name, which is a link shown between the
# two parts: “by @ana”. The second part is empty in English.
admin-reports-author-before = by
admin-reports-author-after = { "" }
# After the author of an item, when they are banned.
admin-reports-author-banned = (banned)
# Follows the number of reports ($count), shown in bold just before;
# $tally is the reasons, as “Spam ×2, Harassment ×1”.
admin-reports-reported = { $count ->
    [one] person reported
   *[other] people reported
} it: { $tally }
# One entry of the tally: $reason is a reason below, $count a number.
admin-reports-tally-entry = { $reason } ×{ $count }
# Between the entries of the tally.
admin-reports-tally-separator = {", "}
# Followed by the date of the first report.
admin-reports-first = first
# After a report's reason: what the reporter wrote ($details).
admin-reports-details = — “{ $details }”
# Under the first ten reports of an item; $count is how many are not shown.
admin-reports-more = and { $count } more
# Why a moderator gets fewer buttons for an item.
admin-reports-about-you = This is about you: another moderator decides.
admin-reports-staff-ban = Only an admin can ban a moderator or an admin.
# For screen readers; only posts and comments can be removed.
admin-reports-remove-reason = { $kind ->
    [post] Reason for removing this post
   *[comment] Reason for removing this comment
}
admin-reports-remove = { $kind ->
    [post] Remove the post
   *[comment] Remove the comment
}
# For screen readers.
admin-reports-ban-reason = Reason for banning the author
admin-reports-ban-the-author = Ban the author
# For screen readers.
admin-reports-dismiss-note = Note on dismissing (optional)
admin-reports-dismiss-placeholder = Note (optional)
admin-reports-dismiss = Dismiss
admin-reports-resolved = Resolved
admin-reports-resolved-empty = No decisions yet.
# The start of a line about a decision: $id is the item's number, $label
# its title (or first words, or username), $count how many reports it had.
# Followed by the decision (admin-reports-resolution) and who took it.
admin-reports-decision = { $kind ->
    [post] post
    [comment] comment
    [user] profile
   *[other] item
} #{ $id } “{ $label }” ({ $count ->
    [one] { $count } report
   *[other] { $count } reports
}):
# The decision, in bold; $how is dismissed, removed or banned.
admin-reports-resolution = { $how ->
    [dismissed] dismissed
    [removed] removed
    [banned] banned
   *[other] { $how }
}
admin-reports-resolution-none = resolved
# Who decided; $name is a username, without the @.
admin-reports-resolved-by = by @{ $name }
admin-reports-resolved-by-someone = by someone

## What happened, after a decision in the queue (shown at the top of the page)

admin-reports-already = Those reports were already decided.
admin-reports-refused = You cannot do that to this item.
# $count is how many reports were dismissed.
admin-reports-dismissed = { $count ->
    [one] { $count } report dismissed
   *[other] { $count } reports dismissed
}; { $kind ->
    [post] the post stays.
    [comment] the comment stays.
   *[user] the profile stays.
}
admin-reports-profile-not-removable = A profile cannot be removed: ban the person, or dismiss the reports.
admin-reports-removed = { $kind ->
    [post] The post is removed and its reports resolved; its author is told why by email.
   *[comment] The comment is removed and its reports resolved; its author is told why by email.
}
admin-reports-already-banned = That account is already banned.
# $done is what the ban did, a sentence such as admin-user-banned.
admin-reports-banned = { $done } The reports are resolved.

## Jobs

admin-jobs-title = Admin · Jobs
admin-jobs-heading = Jobs
# How many jobs are in each state (also on the dashboard).
admin-jobs-pending = Pending
admin-jobs-running = Running
admin-jobs-failed = Failed, to retry
admin-jobs-dead = Dead
admin-jobs-schedules = Schedules
admin-jobs-schedules-empty = No periodic job has been registered yet (workers register them when they start).
admin-jobs-col-schedule = Schedule
admin-jobs-col-next-run = Next run
admin-jobs-queue = Queue
# For screen readers: the links that filter the queue by state.
admin-jobs-states-label = Job states
admin-jobs-state-all = All
# A job's state, in the filter links and the table; $state is pending,
# running, failed (failed at least once, waiting for its retry) or dead
# (out of attempts).
admin-jobs-state = { $state ->
    [pending] pending
    [running] running
    [failed] failed
    [dead] dead
   *[other] { $state }
}
# A button; $count is the number of dead jobs.
admin-jobs-retry-dead = Retry all { $count } dead jobs
admin-jobs-empty = No jobs here: the queue is clear.
# Column headings of the queue: the job's number, its kind, when it was
# queued, its state, attempts made out of those allowed, when it runs next,
# its last error, and the buttons.
admin-jobs-col-id = #
admin-jobs-col-kind = Kind
admin-jobs-col-queued = Queued
admin-jobs-col-state = State
admin-jobs-col-attempts = Attempts
admin-jobs-col-runs = Runs
admin-jobs-col-last-error = Last error
admin-jobs-col-actions = Actions
# When a job runs next.
admin-jobs-runs-never = never
admin-jobs-runs-now = now
admin-jobs-retry = Retry now
admin-jobs-discard = Discard
# $id is the job's number, $kind its kind (an identifier such as
# send_verification).
admin-jobs-retried = Job { $id } ({ $kind }) is queued to run now.
admin-jobs-retried-dead = { $count } dead jobs are queued to run again.
admin-jobs-discarded = Job { $id } ({ $kind }) is discarded.
admin-jobs-retry-refused = That job is running or already finished; there is nothing to retry.
admin-jobs-discard-refused = That job is running or already finished; it cannot be discarded.

## Search index

admin-search-title = Admin · Search
admin-search-heading = Search index
admin-search-docs = Posts in this index
admin-search-visible = Visible posts in the database
# Whether the index holds as many posts as the database shows.
admin-search-in-step = in step
admin-search-not-in-step = not in step
admin-search-backlog = Changes not yet applied
admin-search-applied = Last change applied
admin-search-folder = Folder
admin-search-no-index = This process has no search index.
admin-search-reindex = Reindex
# $error is what went wrong, often from another program, in English.
admin-search-reindex-failed = The last reindex failed: { $error }
# $when is a date and time, $count a number of posts.
admin-search-reindex-finished = The last reindex finished { $when }: { $count } posts.
# $done and $total are numbers of posts, $percent how far along it is.
admin-search-reindexing = Reindexing: { $done } of { $total } posts ({ $percent } %). Reload to see progress.
admin-search-percent = { $percent } %
# $when is a date and time.
admin-search-reindex-queued = A reindex is queued ({ $when }) and starts when a worker is free.
admin-search-reindex-hint = Builds a new index from the database beside the live one, then switches to it. Search keeps answering from the old index meanwhile.
admin-search-reindex-button = Reindex now
admin-search-check = Consistency check
admin-search-check-hint = Compares every post id in the index with the visible posts in the database, after applying pending changes.
admin-search-check-button = Check now
admin-search-reindex-running = A reindex is already queued or running.
admin-search-reindex-started = The reindex is queued; its progress shows below. Search keeps answering meanwhile.
admin-search-check-no-index = This process has no search index to check.
# The result of the check; $count is a number of posts.
admin-search-consistent = Consistent: the index holds exactly the { $count } visible posts.
# $missing and $extra are numbers of posts; $missing_ids and $extra_ids
# are either empty or up to five post numbers after a space, as
# “ (#3, #8, …)”.
admin-search-inconsistent = Not consistent: { $missing } posts missing from the index{ $missing_ids }, { $extra } in the index that should not be{ $extra_ids }. Reindex to repair.

## Audit log

admin-audit-title = Admin · Audit log
admin-audit-heading = Audit log
admin-audit-filter-actor = By (username)
admin-audit-filter-action = Action
# The first choice of the action filter: every action.
admin-audit-filter-any = Any
admin-audit-filter-target = Target contains
admin-audit-filter-submit = Filter
admin-audit-empty = Nothing recorded.
admin-audit-empty-filtered = Nothing recorded that matches.
admin-audit-col-when = When
admin-audit-col-who = Who
admin-audit-col-action = Action
admin-audit-col-target = Target
admin-audit-col-reason = Reason
# What kind of thing an action was on, before its name or title.
admin-audit-target-kind = { $kind ->
    [user] user
    [post] post
    [comment] comment
    [job] job
    [search] search
   *[other] { $kind }
}:

## The dev mailbox (/dev/mailbox), shown while Quill sends no real mail

admin-mailbox-title = Dev mailbox
# Two sentences, each around the setting SMTP_URL, which is shown between
# the parts: “No SMTP_URL is set, so Quill keeps the mail it sends here
# (newest first). Set SMTP_URL to send real mail; this page then
# disappears.”
admin-mailbox-no-smtp-before = No
admin-mailbox-no-smtp-after = is set, so Quill keeps the mail it sends here (newest first).
admin-mailbox-set-smtp-before = Set
admin-mailbox-set-smtp-after = to send real mail; this page then disappears.
admin-mailbox-empty = No mail yet. Sign up and the verification email shows up here.
# $address is the address a message went to.
admin-mailbox-to = to { $address }

# A user's second factor on /admin/users/{id}; $date is a date, $username a username.
admin-user-second-factor = Second factor
admin-user-passkeys = Passkeys
admin-user-second-factor-on = On since { $date }
admin-user-second-factor-off = Off
admin-user-second-factor-reason = Why (kept in the audit log)
admin-user-second-factor-hint = Only when the owner has lost their phone and recovery codes and you are sure it is them. They are mailed that it was turned off.
admin-user-second-factor-reset = Turn their second factor off
admin-user-second-factor-reset-done = The second factor of @{ $username } is off; they were mailed.
admin-user-second-factor-none = They have no second factor.
admin-staff-second-factor-heading = Second factor for staff
admin-staff-second-factor-label = Moderators and admins need a second factor to reach the admin pages
admin-staff-second-factor-save = Save
admin-staff-second-factor-on-done = Staff now need a second factor to reach the admin pages.
admin-staff-second-factor-off-done = Staff no longer need a second factor for the admin pages.
admin-staff-second-factor-yours-first = Set up your own second factor first: the rule would send you here too.
