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
moderation-report-title = { $kind ->
    [post] الإبلاغ عن منشور
    [comment] الإبلاغ عن تعليق
   *[user] الإبلاغ عن ملف شخصي
}
# "The profile of @name" (the @name is a link). One phrase in two pieces
# around the link; the second piece is empty in English.
moderation-report-profile-before = الملف الشخصي للمستخدم{ " " }
moderation-report-profile-after = { "" }
# "You reported this on 5 Dec 2026. A moderator will look at it; …" One
# sentence in two pieces around the date.
moderation-report-already-before = أبلغت عن هذا في{ " " }
moderation-report-already-after = . سيطّلع عليه أحد المشرفين؛ لا حاجة لفعل أي شيء آخر.
moderation-report-back = → رجوع
moderation-report-intro = تذهب البلاغات إلى مشرفي الموقع، لا إلى الشخص الذي تبلغ عنه. يمكن لكل شخص الإبلاغ عن العنصر الواحد مرة واحدة فقط.
moderation-report-reason-legend = ما المشكلة فيه؟
moderation-report-details-label = التفاصيل
# After "Details", in grey. “Something else” is the last reason (moderation-reason-other).
moderation-report-details-optional = (اختيارية، ومطلوبة عند اختيار «سبب آخر»)
# $max is a number of characters.
moderation-report-details-hint = { $max ->
    [one] الحد الأقصى حرف واحد. تساعد الروابط أو السياق المشرفين على اتخاذ القرار.
    [two] الحد الأقصى حرفان. تساعد الروابط أو السياق المشرفين على اتخاذ القرار.
    [few] الحد الأقصى { $max } أحرف. تساعد الروابط أو السياق المشرفين على اتخاذ القرار.
    [many] الحد الأقصى { $max } حرفًا. تساعد الروابط أو السياق المشرفين على اتخاذ القرار.
   *[other] الحد الأقصى { $max } حرف. تساعد الروابط أو السياق المشرفين على اتخاذ القرار.
}
moderation-report-send = إرسال البلاغ
moderation-report-cancel = إلغاء
moderation-report-thanks = شكرًا لك، سيطّلع عليه أحد المشرفين.
moderation-report-repeat = سبق أن أبلغت عن هذا؛ سيطّلع عليه أحد المشرفين.

## Why something is reported: the form's choices

moderation-reason-spam = محتوى مزعج (سبام)
moderation-reason-harassment = مضايقة
moderation-reason-illegal = محتوى غير قانوني
moderation-reason-other = سبب آخر
# The same inside a sentence, as moderation-report-mail-what uses them:
# "Someone reported a post (spam)."
moderation-reason-spam-inline = محتوى مزعج
moderation-reason-harassment-inline = مضايقة
moderation-reason-illegal-inline = محتوى غير قانوني
moderation-reason-other-inline = سبب آخر

## What is wrong with a report that is sent

# "kind" and "target" are the names of the form's fields; keep them as they are.
moderation-report-kind-missing = اختر ما تريد الإبلاغ عنه: منشور أو تعليق أو ملف شخصي (kind = post أو comment أو user).
moderation-report-target-missing = { $kind ->
    [post] حدّد المنشور الذي تبلغ عنه (target).
    [comment] حدّد التعليق الذي تبلغ عنه (target).
   *[user] حدّد الملف الشخصي الذي تبلغ عنه (target).
}
moderation-report-own = { $kind ->
    [post] لا يمكنك الإبلاغ عن منشورك.
    [comment] لا يمكنك الإبلاغ عن تعليقك.
   *[user] لا يمكنك الإبلاغ عن نفسك.
}
moderation-report-reason-missing = اختر سببًا: محتوى مزعج أو مضايقة أو محتوى غير قانوني أو سبب آخر.
moderation-report-details-missing = اذكر في بضع كلمات ما المشكلة.
# $max is the most characters the details may have, $count how many these have.
moderation-report-details-too-long = { $max ->
    [one] اجعل التفاصيل في حدود حرف واحد (طولها الآن { $count }).
    [two] اجعل التفاصيل في حدود حرفين (طولها الآن { $count }).
    [few] اجعل التفاصيل في حدود { $max } أحرف (طولها الآن { $count }).
    [many] اجعل التفاصيل في حدود { $max } حرفًا (طولها الآن { $count }).
   *[other] اجعل التفاصيل في حدود { $max } حرف (طولها الآن { $count }).
}

## Mail to staff about a new report

moderation-report-mail-subject = بلاغ جديد على Quill
# $reason is one of the moderation-reason-…-inline messages above.
moderation-report-mail-what = { $kind ->
    [post] أبلغ شخص ما عن منشور ({ $reason }). إنه في انتظارك في قائمة انتظار الإشراف.
    [comment] أبلغ شخص ما عن تعليق ({ $reason }). إنه في انتظارك في قائمة انتظار الإشراف.
    [user] أبلغ شخص ما عن ملف شخصي ({ $reason }). إنه في انتظارك في قائمة انتظار الإشراف.
   *[other] أبلغ شخص ما عن عنصر ({ $reason }). إنه في انتظارك في قائمة انتظار الإشراف.
}
moderation-report-mail-why = تصلك هذه الرسالة لأنك طلبتها؛ يمكنك إيقافها من إعدادات الإشعارات.
moderation-report-mail-link = افتح قائمة انتظار الإشراف

## Mail to an author whose post or comment staff removed

# $kind is post or comment here.
moderation-removed-mail-subject = { $kind ->
    [comment] أُزيل تعليقك على Quill
   *[post] أُزيل منشورك على Quill
}
# $label is the post's title or the comment's first words.
moderation-removed-mail-what = { $kind ->
    [comment] أزال مشرفو الموقع تعليقك «{ $label }».
   *[post] أزال مشرفو الموقع منشورك «{ $label }».
}
moderation-removed-mail-no-reason = لم يُذكر أي سبب.
# $reason is what the moderator wrote, in their words.
moderation-removed-mail-reason = السبب المذكور: { $reason }
moderation-removed-mail-mistake = إن كنت تعتقد أن هذا خطأ، فردّ على هذه الرسالة.
moderation-removed-mail-link = ملفك الشخصي
