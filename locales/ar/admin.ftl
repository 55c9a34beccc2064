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
#
# { "\u200E" } is a left-to-right mark: it keeps "@", "#" and "/" beside
# the Latin usernames, tags and paths they belong to in right-to-left text.

## Shared by several admin pages

# The section navigation at the top of every admin page.
admin-nav-label = الإدارة
admin-nav-dashboard = لوحة التحكم
admin-nav-people = الأشخاص
admin-nav-posts = المنشورات
admin-nav-comments = التعليقات
admin-nav-reports = البلاغات
admin-nav-jobs = المهام
admin-nav-search = البحث
admin-nav-audit = سجل التدقيق

# The checkbox next to a button that deletes or discards something.
admin-confirm-sure = أنا متأكد
admin-delete-button = حذف
# Placeholder of the reason field when deleting or removing someone's
# post or comment.
admin-reason-told-placeholder = السبب (يُرسَل إلى الكاتب)
# Label (on a person's page) and placeholder (in the reports queue) of the
# reason field for a ban.
admin-ban-reason = سبب الإيقاف
# A button; $username is a username, without the @.
admin-ban-user = إيقاف { "\u200E" }@{ $username }

# A person's role, shown in the people list and on their page. $role is
# the stored role: user, moderator or admin.
admin-role = { $role ->
    [admin] مدير
    [moderator] مشرف
   *[user] مستخدم
}
# A person's status in the people list and on their page.
admin-status = { $status ->
    [banned] موقوف
    [verified] مؤكَّد
   *[unverified] غير مؤكَّد
}

# A full stop after a bold part or a link that ends a sentence.
admin-full-stop = .

## Errors and refusals

admin-forbidden-admins = هذه الصفحة مخصّصة لمديري الموقع.
admin-forbidden-staff = هذه الصفحة مخصّصة لمشرفي الموقع ومديريه.
admin-last-admin = يحتاج Quill إلى مدير واحد على الأقل، وهذا آخر مدير نشط. رقِّ شخصًا آخر إلى مدير أولًا.
admin-not-self = لا يمكنك فعل ذلك بحسابك. اطلب ذلك من مدير آخر.
admin-reason-missing = اذكر سببًا: سيُسجَّل في سجل التدقيق ويُبلَّغ به الشخص المعني.
# $max is a number of characters.
admin-reason-too-long = { $max ->
    [one] اجعل السبب أقل من حرف واحد.
    [two] اجعل السبب أقل من حرفين.
    [few] اجعل السبب أقل من { $max } أحرف.
    [many] اجعل السبب أقل من { $max } حرفًا.
   *[other] اجعل السبب أقل من { $max } حرف.
}
admin-confirm-missing = ضع علامة في المربع للتأكيد: لا يمكن التراجع عن هذا.

## Dashboard

admin-dashboard-title = الإدارة · لوحة التحكم
admin-dashboard-heading = الإدارة
admin-dashboard-reports = البلاغات
admin-dashboard-no-reports = لا بلاغات مفتوحة.
# Follows the number of open reports ($count), which is shown in bold just
# before this text; $items is how many posts, comments or profiles they
# are about.
admin-dashboard-open-reports = { $count ->
    [one] بلاغ مفتوح
    [two] بلاغان مفتوحان
    [few] بلاغات مفتوحة
    [many] بلاغًا مفتوحًا
   *[other] بلاغ مفتوح
} بشأن { $items ->
    [one] عنصر واحد
    [two] عنصرين
    [few] { $items } عناصر
    [many] { $items } عنصرًا
   *[other] { $items } عنصر
}.
admin-dashboard-queue-link = قائمة انتظار الإشراف
admin-dashboard-people = الأشخاص
admin-dashboard-verified = حسابات مؤكَّدة
admin-dashboard-unverified = حسابات غير مؤكَّدة
admin-dashboard-banned = حسابات موقوفة
admin-dashboard-content = المحتوى
admin-dashboard-posts = المنشورات
admin-dashboard-comments = التعليقات
admin-dashboard-likes = الإعجابات
# The heading above the charts; $days is 30.
admin-dashboard-last-days = { $days ->
    [one] اليوم الأخير
    [two] آخر يومين
    [few] آخر { $days } أيام
    [many] آخر { $days } يومًا
   *[other] آخر { $days } يوم
}
admin-dashboard-jobs = قائمة انتظار المهام
admin-dashboard-jobs-link = عرض المهام
admin-dashboard-backups = النسخ الاحتياطية
admin-dashboard-search = فهرس البحث
# $docs and $visible are numbers of posts.
admin-dashboard-index-in-step = المنشورات في الفهرس: { $docs }، والمنشورات الظاهرة في قاعدة البيانات: { $visible }. الفهرس متطابق.
# Followed by “not in step” in bold (admin-search-not-in-step) and a link
# to the search page (admin-dashboard-index-check-link).
admin-dashboard-index-not-in-step = المنشورات في الفهرس: { $docs }، والمنشورات الظاهرة في قاعدة البيانات: { $visible }. الفهرس
admin-dashboard-index-check-link = التحقق أو إعادة الفهرسة

## Dashboard charts

# Captions of the two charts, and what a screen reader says they are.
admin-chart-signups = التسجيلات يوميًا
admin-chart-posts = المنشورات يوميًا
# What a screen reader says for a chart: $title is one of the two above,
# $total how many there were in all, over $days days.
admin-chart-summary = { $days ->
    [one] { $title }: { $total } خلال يوم واحد
    [two] { $title }: { $total } خلال يومين
    [few] { $title }: { $total } خلال { $days } أيام
    [many] { $title }: { $total } خلال { $days } يومًا
   *[other] { $title }: { $total } خلال { $days } يوم
}
# A day under the chart, without the year; $month is the short month name
# (month-1 … month-12 in common.ftl).
admin-chart-day = { $day } { $month }
# The tooltip of one bar: $day as above, $count the number that day.
admin-chart-bar = { $day }: { $count }

## Dashboard: backups

# In bold, followed by admin-backup-failed-details.
admin-backup-failed = فشلت آخر نسخة احتياطية مجدولة
# $ago is how long ago (“3 hours ago”), $file the archive's file name,
# $error what went wrong (often from another program, in English).
admin-backup-failed-details = ({ $ago }، { $file }): { $error }
# The error when a backup never finished.
admin-backup-unfinished = لم تكتمل ضمن المهلة المحددة لها (توقفت العملية أو علِقت)
# “Last backup: quill-20261206T000000Z.tar.zst, 1.2 GB, 3 hours ago.”: the
# file name is shown in bold between the two parts. $size is a size such
# as “1.2 GB”, $ago how long ago.
admin-backup-last-before = آخر نسخة احتياطية:
admin-backup-last-after = ، { $size }، { $ago }.
admin-backup-none = لم تُكتب أي نسخة احتياطية مجدولة بعد.
# $every is one of the three below, $dir a folder on the server, $keep a
# number of backups.
admin-backup-plan = { $keep ->
    [one] كل { $every } في { "\u200E" }{ $dir }، مع الاحتفاظ بأحدث نسخة.
    [two] كل { $every } في { "\u200E" }{ $dir }، مع الاحتفاظ بأحدث نسختين.
    [few] كل { $every } في { "\u200E" }{ $dir }، مع الاحتفاظ بأحدث { $keep } نسخ.
    [many] كل { $every } في { "\u200E" }{ $dir }، مع الاحتفاظ بأحدث { $keep } نسخة.
   *[other] كل { $every } في { "\u200E" }{ $dir }، مع الاحتفاظ بأحدث { $keep } نسخة.
}
admin-backup-every-days = { $count ->
    [one] يوم
    [two] يومين
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
admin-backup-every-hours = { $count ->
    [one] ساعة
    [two] ساعتين
    [few] { $count } ساعات
    [many] { $count } ساعة
   *[other] { $count } ساعة
}
admin-backup-every-minutes = { $count ->
    [one] دقيقة
    [two] دقيقتين
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
# One sentence around the setting QUILL_BACKUP_DIR, shown between the two
# parts: “Scheduled backups are off: set QUILL_BACKUP_DIR (see the
# operations guide).”
admin-backup-off-before = النسخ الاحتياطي المجدول متوقف: اضبط
admin-backup-off-after = (راجع دليل التشغيل).
# Follows the command `quill backup --out FILE`.
admin-backup-by-hand = ينشئ نسخة يدويًا.

## Mail to every admin when a scheduled backup fails

admin-backup-mail-subject = فشل النسخ الاحتياطي في Quill
# $file is the archive's file name.
admin-backup-mail-what = تعذّرت كتابة النسخة الاحتياطية المجدولة { $file }.
# $error is what went wrong, often from another program, in English.
admin-backup-mail-why = الخطأ: { $error }
admin-backup-mail-next = إلى أن يُصلَح هذا، لن تكون للموقع نسخة احتياطية جديدة. سيحاول التشغيل المجدول التالي مرة أخرى؛ ويُنشئ الأمر `quill backup --out FILE` نسخة يدويًا.
admin-backup-mail-link = افتح لوحة تحكم الإدارة

## People

admin-users-title = الإدارة · الأشخاص
admin-users-heading = الأشخاص
admin-users-search-label = الاسم أو البريد الإلكتروني
admin-users-search-button = بحث
admin-users-empty = لم يسجّل أحد بعد.
# $query is what the admin searched for.
admin-users-no-match = لا أحد يطابق «{ $query }».
admin-users-col-person = الشخص
admin-users-col-email = البريد الإلكتروني
admin-users-col-role = الدور
admin-users-col-status = الحالة
admin-users-col-joined = تاريخ الانضمام
admin-users-col-actions = الإجراءات
admin-users-verify = تأكيد
admin-users-unban = رفع الإيقاف
admin-users-ban = إيقاف
# For screen readers; $username is a username, without the @.
admin-users-ban-reason-label = سبب إيقاف { "\u200E" }@{ $username }
admin-users-ban-reason-placeholder = السبب
admin-users-more = المزيد…

## A person's page

# $username is a username, without the @.
admin-user-title = الإدارة · { "\u200E" }@{ $username }
admin-user-email = البريد الإلكتروني
admin-user-status = الحالة
admin-user-role = الدور
admin-user-joined = تاريخ الانضمام
admin-user-posts = المنشورات
admin-user-comments = التعليقات
admin-user-pictures = الصور
admin-user-profile = الملف الشخصي
admin-user-own-account = هذا حسابك أنت: اطلب من مدير آخر إيقافه أو حذفه أو تغيير دوره.
admin-user-actions = الإجراءات
admin-user-verify = تعليم البريد الإلكتروني كمؤكَّد
admin-user-resend = إعادة إرسال رابط التأكيد
# $role is the role one step up: moderator or admin.
admin-user-promote = { $role ->
    [admin] ترقية إلى مدير
   *[moderator] ترقية إلى مشرف
}
# $role is the role one step down: moderator or user.
admin-user-demote = { $role ->
    [moderator] خفض إلى مشرف
   *[user] خفض إلى مستخدم
}
# A button; $username is a username, without the @.
admin-user-unban = رفع الإيقاف عن { "\u200E" }@{ $username }
admin-user-ban-hint = يُسجَّل خروجه من كل مكان فورًا، ولا يمكنه تسجيل الدخول، وتُخفى منشوراته. ويُحفظ السبب في سجل التدقيق.
admin-user-delete-heading = حذف الحساب
admin-user-delete-reason = السبب
# Next to the checkbox that confirms the deletion; $username is a
# username, without the @; $posts and $comments are numbers.
admin-user-delete-confirm = حذف { "\u200E" }@{ $username } مع جميع منشوراته وتعليقاته ({ $posts ->
    [zero] لا منشورات
    [one] منشور واحد
    [two] منشوران
    [few] { $posts } منشورات
    [many] { $posts } منشورًا
   *[other] { $posts } منشور
} و{ $comments ->
    [zero] لا تعليقات
    [one] تعليق واحد
    [two] تعليقان
    [few] { $comments } تعليقات
    [many] { $comments } تعليقًا
   *[other] { $comments } تعليق
}). لا يمكن التراجع عن هذا.
admin-user-delete-button = حذف الحساب
admin-user-recent-posts = أحدث المنشورات
admin-user-no-posts = لا منشورات.
admin-user-sessions = الجلسات
admin-user-no-sessions = غير مسجّل الدخول في أي مكان.
admin-user-session-started = وقت البدء
admin-user-session-ends = تنتهي عند عدم النشاط

## What happened, after an action on a person (shown at the top of the page)
# $username is a username, without the @.

admin-user-already-verified = كان هذا العنوان مؤكَّدًا بالفعل.
admin-user-verified = تم تأكيد عنوان البريد الإلكتروني للمستخدم { $username }.
admin-user-resend-refused = لا يمكن إرسال رابط تأكيد إلا إلى حساب نشط غير مؤكَّد.
# $email is the person's email address.
admin-user-resent = رابط تأكيد جديد في طريقه إلى { $email }.
admin-user-already-banned = كان هذا الحساب موقوفًا بالفعل.
admin-user-banned = أُوقف { $username } وسُجّل خروجه من كل مكان، وأُخفيت منشوراته.
admin-user-not-banned = لم يكن هذا الحساب موقوفًا.
admin-user-deleted-by-owner = حذف هذا الشخص حسابه بنفسه: وهو وحده يستطيع الاحتفاظ به، بتسجيل الدخول قبل أن يُمحى.
admin-user-unbanned = رُفع الإيقاف عن { $username }: يمكنه تسجيل الدخول مجددًا، وعادت منشوراته.
# $role is their role: user, moderator or admin.
admin-user-role-unchanged = دور { $username } هو «{ $role ->
    [admin] مدير
    [moderator] مشرف
   *[user] مستخدم
}» بالفعل.
admin-user-role-changed-meanwhile = تغيّر دوره في هذه الأثناء؛ ألقِ نظرة مجددًا.
# $role is their new role: user, moderator or admin.
admin-user-role-changed = أصبح { $username } { $role ->
    [admin] مديرًا
    [moderator] مشرفًا
   *[user] مستخدمًا عاديًا
}.
admin-user-deleted = حُذف حساب { $username } ومنشوراته وتعليقاته.

## Posts and comments

admin-posts-title = الإدارة · المنشورات
admin-posts-heading = المنشورات
admin-posts-empty = لا منشورات بعد.
# After a post's title; $author is a username, without the @.
admin-posts-by = بقلم { "\u200E" }@{ $author }
# For screen readers; $title is the post's title.
admin-posts-reason-label = سبب حذف «{ $title }»
admin-posts-admins-only = منشور لمدير: لا يمكن حذفه إلا لمدير.
# $author is a username, without the @.
admin-posts-deleted = حُذف المنشور، وأُبلغ { $author } بالسبب عبر البريد الإلكتروني.

admin-comments-title = الإدارة · التعليقات
admin-comments-heading = التعليقات
admin-comments-empty = لا تعليقات بعد.
# One sentence around the title of the post the comment is on, which is a
# link shown between the two parts: “@ana on My first post”. $author is a
# username, without the @. The second part is empty in English.
admin-comments-on-before = { "\u200E" }@{ $author } على
admin-comments-on-after = { "" }
# For screen readers.
admin-comments-reason-label = سبب حذف هذا التعليق
admin-comments-admins-only = تعليق لمدير: لا يمكن حذفه إلا لمدير.
admin-comments-deleted = حُذف التعليق، وأُبلغ كاتبه بالسبب عبر البريد الإلكتروني.

## Reports (the moderation queue)
# $kind, where it appears, is what was reported: post, comment or user (a
# profile).

admin-reports-title = الإدارة · البلاغات
admin-reports-heading = البلاغات
# $count is the number of open reports, $items how many posts, comments
# or profiles they are about.
admin-reports-summary = { $count ->
    [one] بلاغ مفتوح واحد
    [two] بلاغان مفتوحان
    [few] { $count } بلاغات مفتوحة
    [many] { $count } بلاغًا مفتوحًا
   *[other] { $count } بلاغ مفتوح
} بشأن { $items ->
    [one] عنصر واحد
    [two] عنصرين
    [few] { $items } عناصر
    [many] { $items } عنصرًا
   *[other] { $items } عنصر
}، الأقدم أولًا. القرار يُغلق كل بلاغات العنصر نفسه.
admin-reports-open = المفتوحة
admin-reports-empty = لا شيء للمراجعة: لا بلاغات مفتوحة.
# The tag in front of a reported item.
admin-reports-kind = { $kind ->
    [post] منشور
    [comment] تعليق
    [user] ملف شخصي
   *[other] عنصر
}
# After an item that was deleted since it was reported.
admin-reports-gone = (لم يعد موجودًا: حذفه كاتبه)
# One phrase around the author's name, which is a link shown between the
# two parts: “by @ana”. The second part is empty in English.
admin-reports-author-before = بقلم
admin-reports-author-after = { "" }
# After the author of an item, when they are banned.
admin-reports-author-banned = (موقوف)
# Follows the number of reports ($count), shown in bold just before;
# $tally is the reasons, as “Spam ×2, Harassment ×1”.
admin-reports-reported = { $count ->
    [one] شخص أبلغ
    [two] شخصان أبلغا
    [few] أشخاص أبلغوا
    [many] شخصًا أبلغوا
   *[other] شخص أبلغوا
} عنه: { $tally }
# One entry of the tally: $reason is a reason below, $count a number.
admin-reports-tally-entry = { $reason } ×{ $count }
# Between the entries of the tally.
admin-reports-tally-separator = {"، "}
# Followed by the date of the first report.
admin-reports-first = أول بلاغ في
# After a report's reason: what the reporter wrote ($details).
admin-reports-details = — «{ $details }»
# Under the first ten reports of an item; $count is how many are not shown.
admin-reports-more = { $count ->
    [one] وبلاغ آخر
    [two] وبلاغان آخران
    [few] و{ $count } بلاغات أخرى
    [many] و{ $count } بلاغًا آخر
   *[other] و{ $count } بلاغ آخر
}
# Why a moderator gets fewer buttons for an item.
admin-reports-about-you = هذا يخصّك: سيقرّر مشرف آخر.
admin-reports-staff-ban = لا يمكن إلا لمدير إيقاف مشرف أو مدير.
# For screen readers; only posts and comments can be removed.
admin-reports-remove-reason = { $kind ->
    [post] سبب إزالة هذا المنشور
   *[comment] سبب إزالة هذا التعليق
}
admin-reports-remove = { $kind ->
    [post] إزالة المنشور
   *[comment] إزالة التعليق
}
# For screen readers.
admin-reports-ban-reason = سبب إيقاف الكاتب
admin-reports-ban-the-author = إيقاف الكاتب
# For screen readers.
admin-reports-dismiss-note = ملاحظة عند الرفض (اختيارية)
admin-reports-dismiss-placeholder = ملاحظة (اختيارية)
admin-reports-dismiss = رفض
admin-reports-resolved = المحسومة
admin-reports-resolved-empty = لا قرارات بعد.
# The start of a line about a decision: $id is the item's number, $label
# its title (or first words, or username), $count how many reports it had.
# Followed by the decision (admin-reports-resolution) and who took it.
admin-reports-decision = { $kind ->
    [post] منشور
    [comment] تعليق
    [user] ملف شخصي
   *[other] عنصر
} #{ $id } «{ $label }» ({ $count ->
    [one] بلاغ واحد
    [two] بلاغان
    [few] { $count } بلاغات
    [many] { $count } بلاغًا
   *[other] { $count } بلاغ
}):
# The decision, in bold; $how is dismissed, removed or banned.
admin-reports-resolution = { $how ->
    [dismissed] رفض
    [removed] إزالة
    [banned] إيقاف
   *[other] { $how }
}
admin-reports-resolution-none = حسم
# Who decided; $name is a username, without the @.
admin-reports-resolved-by = بواسطة { "\u200E" }@{ $name }
admin-reports-resolved-by-someone = بواسطة شخص ما

## What happened, after a decision in the queue (shown at the top of the page)

admin-reports-already = سبق الفصل في هذه البلاغات.
admin-reports-refused = لا يمكنك فعل ذلك بهذا العنصر.
# $count is how many reports were dismissed.
admin-reports-dismissed = { $count ->
    [one] رُفض بلاغ واحد
    [two] رُفض بلاغان
    [few] رُفضت { $count } بلاغات
    [many] رُفض { $count } بلاغًا
   *[other] رُفض { $count } بلاغ
}؛ { $kind ->
    [post] ويبقى المنشور.
    [comment] ويبقى التعليق.
   *[user] ويبقى الملف الشخصي.
}
admin-reports-profile-not-removable = لا يمكن إزالة ملف شخصي: أوقف الشخص، أو ارفض البلاغات.
admin-reports-removed = { $kind ->
    [post] أُزيل المنشور وحُسمت بلاغاته، وأُبلغ كاتبه بالسبب عبر البريد الإلكتروني.
   *[comment] أُزيل التعليق وحُسمت بلاغاته، وأُبلغ كاتبه بالسبب عبر البريد الإلكتروني.
}
admin-reports-already-banned = هذا الحساب موقوف بالفعل.
# $done is what the ban did, a sentence such as admin-user-banned.
admin-reports-banned = { $done } وحُسمت البلاغات.

## Jobs

admin-jobs-title = الإدارة · المهام
admin-jobs-heading = المهام
# How many jobs are in each state (also on the dashboard).
admin-jobs-pending = في الانتظار
admin-jobs-running = قيد التشغيل
admin-jobs-failed = فشلت، بانتظار إعادة المحاولة
admin-jobs-dead = فاشلة نهائيًا
admin-jobs-schedules = الجداول الزمنية
admin-jobs-schedules-empty = لم تُسجَّل أي مهمة دورية بعد (تُسجّلها العمليات الخلفية عند بدء تشغيلها).
admin-jobs-col-schedule = الجدول
admin-jobs-col-next-run = التشغيل التالي
admin-jobs-queue = قائمة الانتظار
# For screen readers: the links that filter the queue by state.
admin-jobs-states-label = حالات المهام
admin-jobs-state-all = الكل
# A job's state, in the filter links and the table; $state is pending,
# running, failed (failed at least once, waiting for its retry) or dead
# (out of attempts).
admin-jobs-state = { $state ->
    [pending] في الانتظار
    [running] قيد التشغيل
    [failed] فاشلة
    [dead] فاشلة نهائيًا
   *[other] { $state }
}
# A button; $count is the number of dead jobs.
admin-jobs-retry-dead = { $count ->
    [one] إعادة محاولة المهمة الفاشلة نهائيًا
    [two] إعادة محاولة المهمتين الفاشلتين نهائيًا
   *[other] إعادة محاولة كل المهام الفاشلة نهائيًا ({ $count })
}
admin-jobs-empty = لا مهام هنا: قائمة الانتظار فارغة.
# Column headings of the queue: the job's number, its kind, when it was
# queued, its state, attempts made out of those allowed, when it runs next,
# its last error, and the buttons.
admin-jobs-col-id = #
admin-jobs-col-kind = النوع
admin-jobs-col-queued = وقت الإدراج
admin-jobs-col-state = الحالة
admin-jobs-col-attempts = المحاولات
admin-jobs-col-runs = موعد التشغيل
admin-jobs-col-last-error = آخر خطأ
admin-jobs-col-actions = الإجراءات
# When a job runs next.
admin-jobs-runs-never = أبدًا
admin-jobs-runs-now = الآن
admin-jobs-retry = أعد المحاولة الآن
admin-jobs-discard = إسقاط
# $id is the job's number, $kind its kind (an identifier such as
# send_verification).
admin-jobs-retried = أُدرجت المهمة { $id } ({ $kind }) للتشغيل الآن.
admin-jobs-retried-dead = { $count ->
    [zero] لم تُدرج أي مهمة فاشلة نهائيًا للتشغيل مجددًا.
    [one] أُعيد إدراج مهمة واحدة فاشلة نهائيًا للتشغيل مجددًا.
    [two] أُعيد إدراج مهمتين فاشلتين نهائيًا للتشغيل مجددًا.
    [few] أُعيد إدراج { $count } مهام فاشلة نهائيًا للتشغيل مجددًا.
    [many] أُعيد إدراج { $count } مهمة فاشلة نهائيًا للتشغيل مجددًا.
   *[other] أُعيد إدراج { $count } مهمة فاشلة نهائيًا للتشغيل مجددًا.
}
admin-jobs-discarded = أُسقطت المهمة { $id } ({ $kind }).
admin-jobs-retry-refused = هذه المهمة قيد التشغيل أو انتهت بالفعل؛ لا يوجد ما تُعاد محاولته.
admin-jobs-discard-refused = هذه المهمة قيد التشغيل أو انتهت بالفعل؛ لا يمكن إسقاطها.

## Search index

admin-search-title = الإدارة · البحث
admin-search-heading = فهرس البحث
admin-search-docs = المنشورات في هذا الفهرس
admin-search-visible = المنشورات الظاهرة في قاعدة البيانات
# Whether the index holds as many posts as the database shows.
admin-search-in-step = متطابق
admin-search-not-in-step = غير متطابق
admin-search-backlog = تغييرات لم تُطبَّق بعد
admin-search-applied = آخر تغيير مُطبَّق
admin-search-folder = المجلد
admin-search-no-index = ليس لهذه العملية فهرس بحث.
admin-search-reindex = إعادة الفهرسة
# $error is what went wrong, often from another program, in English.
admin-search-reindex-failed = فشلت آخر إعادة فهرسة: { $error }
# $when is a date and time, $count a number of posts.
admin-search-reindex-finished = { $count ->
    [zero] انتهت آخر إعادة فهرسة في { $when }: لا منشورات.
    [one] انتهت آخر إعادة فهرسة في { $when }: منشور واحد.
    [two] انتهت آخر إعادة فهرسة في { $when }: منشوران.
    [few] انتهت آخر إعادة فهرسة في { $when }: { $count } منشورات.
    [many] انتهت آخر إعادة فهرسة في { $when }: { $count } منشورًا.
   *[other] انتهت آخر إعادة فهرسة في { $when }: { $count } منشور.
}
# $done and $total are numbers of posts, $percent how far along it is.
admin-search-reindexing = { $total ->
    [one] جارٍ إعادة الفهرسة: { $done } من أصل منشور واحد ({ $percent }%). أعد تحميل الصفحة لمتابعة التقدّم.
    [two] جارٍ إعادة الفهرسة: { $done } من أصل منشورين ({ $percent }%). أعد تحميل الصفحة لمتابعة التقدّم.
    [few] جارٍ إعادة الفهرسة: { $done } من أصل { $total } منشورات ({ $percent }%). أعد تحميل الصفحة لمتابعة التقدّم.
    [many] جارٍ إعادة الفهرسة: { $done } من أصل { $total } منشورًا ({ $percent }%). أعد تحميل الصفحة لمتابعة التقدّم.
   *[other] جارٍ إعادة الفهرسة: { $done } من أصل { $total } منشور ({ $percent }%). أعد تحميل الصفحة لمتابعة التقدّم.
}
admin-search-percent = { $percent }%
# $when is a date and time.
admin-search-reindex-queued = إعادة الفهرسة مُدرجة في قائمة الانتظار ({ $when }) وستبدأ عندما تتفرّغ إحدى العمليات الخلفية.
admin-search-reindex-hint = يبني فهرسًا جديدًا من قاعدة البيانات بجانب الفهرس الحالي، ثم يتحوّل إليه. ويواصل البحث الإجابة من الفهرس القديم في أثناء ذلك.
admin-search-reindex-button = أعد الفهرسة الآن
admin-search-check = فحص الاتساق
admin-search-check-hint = يقارن كل معرّف منشور في الفهرس بالمنشورات الظاهرة في قاعدة البيانات، بعد تطبيق التغييرات المعلّقة.
admin-search-check-button = افحص الآن
admin-search-reindex-running = هناك إعادة فهرسة مُدرجة في قائمة الانتظار أو قيد التشغيل بالفعل.
admin-search-reindex-started = أُدرجت إعادة الفهرسة في قائمة الانتظار، ويظهر تقدّمها أدناه. ويواصل البحث الإجابة في أثناء ذلك.
admin-search-check-no-index = ليس لهذه العملية فهرس بحث لفحصه.
# The result of the check; $count is a number of posts.
admin-search-consistent = متّسق: يضم الفهرس المنشورات الظاهرة بالضبط، وعددها { $count }.
# $missing and $extra are numbers of posts; $missing_ids and $extra_ids
# are either empty or up to five post numbers after a space, as
# “ (#3, #8, …)”.
admin-search-inconsistent = غير متّسق: المنشورات المفقودة من الفهرس: { $missing }{ $missing_ids }، والمنشورات الزائدة في الفهرس: { $extra }{ $extra_ids }. أعد الفهرسة للإصلاح.

## Audit log

admin-audit-title = الإدارة · سجل التدقيق
admin-audit-heading = سجل التدقيق
admin-audit-filter-actor = المنفِّذ (اسم المستخدم)
admin-audit-filter-action = الإجراء
# The first choice of the action filter: every action.
admin-audit-filter-any = أي إجراء
admin-audit-filter-target = الهدف يحتوي على
admin-audit-filter-submit = تصفية
admin-audit-empty = لا شيء مسجّل.
admin-audit-empty-filtered = لا شيء مسجّل يطابق التصفية.
admin-audit-col-when = الوقت
admin-audit-col-who = المنفِّذ
admin-audit-col-action = الإجراء
admin-audit-col-target = الهدف
admin-audit-col-reason = السبب
# What kind of thing an action was on, before its name or title.
admin-audit-target-kind = { $kind ->
    [user] مستخدم
    [post] منشور
    [comment] تعليق
    [job] مهمة
    [search] بحث
   *[other] { $kind }
}:

## The dev mailbox (/dev/mailbox), shown while Quill sends no real mail

admin-mailbox-title = صندوق بريد التطوير
# Two sentences, each around the setting SMTP_URL, which is shown between
# the parts: “No SMTP_URL is set, so Quill keeps the mail it sends here
# (newest first). Set SMTP_URL to send real mail; this page then
# disappears.”
admin-mailbox-no-smtp-before = لم يُضبط
admin-mailbox-no-smtp-after = بعد، لذا يحتفظ Quill هنا بالرسائل التي يرسلها (الأحدث أولًا).
admin-mailbox-set-smtp-before = اضبط
admin-mailbox-set-smtp-after = لإرسال رسائل حقيقية؛ وعندها تختفي هذه الصفحة.
admin-mailbox-empty = لا رسائل بعد. أنشئ حسابًا وستظهر رسالة التأكيد هنا.
# $address is the address a message went to.
admin-mailbox-to = إلى { $address }

# A user's second factor on /admin/users/{id}; $date is a date, $username a username.
admin-user-second-factor = عامل التحقق الثاني
admin-user-passkeys = مفاتيح المرور
admin-user-second-factor-on = مفعّل منذ { $date }
admin-user-second-factor-off = متوقف
admin-user-second-factor-reason = السبب (يُحفظ في سجل التدقيق)
admin-user-second-factor-hint = فقط إذا فقد صاحب الحساب هاتفه ورموز الاسترداد وتأكدت أنه هو. يُبلَّغ بالبريد بأنه أُوقف.
admin-user-second-factor-reset = إيقاف عامل التحقق الثاني
admin-user-second-factor-reset-done = أُوقف عامل التحقق الثاني لـ @{ $username }، وأُبلغ بالبريد.
admin-user-second-factor-none = ليس لديه عامل تحقق ثانٍ.
admin-staff-second-factor-heading = عامل تحقق ثانٍ للفريق
admin-staff-second-factor-label = يحتاج المشرفون والمديرون إلى عامل تحقق ثانٍ للوصول إلى صفحات الإدارة
admin-staff-second-factor-save = حفظ
admin-staff-second-factor-on-done = صار الفريق يحتاج إلى عامل تحقق ثانٍ لصفحات الإدارة.
admin-staff-second-factor-off-done = لم يعد الفريق يحتاج إلى عامل تحقق ثانٍ لصفحات الإدارة.
admin-staff-second-factor-yours-first = أعدّ عامل التحقق الثاني الخاص بك أولًا: فالقاعدة سترسلك إلى هنا أيضًا.
