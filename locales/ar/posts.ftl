# Posts: writing, drafts and scheduling, the post page with its comment
# thread, the lists of posts; and feeds (the latest posts, the people you
# follow, one tag, and the Atom feeds).
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Where a sentence holds a link or other markup, it is split into several
# messages (…-before, the link's text, …-after); a comment says which ones
# make one sentence. Quill puts a space between the pieces, except before
# an …-after that starts with a full stop.
#
# { "\u200E" } is a left-to-right mark: it keeps "@", "#" and "/" beside
# the Latin usernames, tags and paths they belong to in right-to-left text.

## Words used in several places

# A post or draft that has no title yet, in lists.
posts-untitled = (بلا عنوان)
posts-edit = تعديل
posts-delete = حذف
posts-cancel = إلغاء
# A link to report a post or comment to the moderators.
posts-report = إبلاغ
# Estimated reading time of a post; $minutes is a whole number, at least 1.
posts-reading-time = { $minutes ->
    [one] دقيقة قراءة
    [two] دقيقتا قراءة
    [few] { $minutes } دقائق قراءة
    [many] { $minutes } دقيقة قراءة
   *[other] { $minutes } دقيقة قراءة
}
posts-likes = { $count ->
    [zero] لا إعجابات
    [one] إعجاب واحد
    [two] إعجابان
    [few] { $count } إعجابات
    [many] { $count } إعجابًا
   *[other] { $count } إعجاب
}
# On lists of posts, and as the heading of a post's comment thread.
posts-comments = { $count ->
    [zero] لا تعليقات
    [one] تعليق واحد
    [two] تعليقان
    [few] { $count } تعليقات
    [many] { $count } تعليقًا
   *[other] { $count } تعليق
}
# A time as the writer chose it when scheduling a post, on their clock:
# $date is a date written as in common.ftl ("24 Dec 2026"), $time is
# 24-hour HH:MM, and $zone the clock's offset, such as "UTC+01:00".
posts-local-time = { $date }، { $time } ({ $zone })

## The write and edit page

posts-form-title-new = اكتب منشورًا
posts-form-title-edit = تعديل المنشور
posts-form-title-edit-draft = تعديل المسودة
posts-preview-heading = معاينة
# The preview of a post whose title field is still empty.
posts-preview-untitled = (بلا عنوان بعد)
# Under the preview of a published post being edited.
posts-preview-hint-published = لم يُحفظ بعد: عدّل أدناه، ثم احفظ.
# Under the preview of a new post or a draft.
posts-preview-hint-draft = لم يُحفظ بعد: عدّل أدناه، ثم انشر أو احفظه كمسودة.
# After the label of a field that may be left empty.
posts-form-optional = (اختياري)
posts-form-title-label = العنوان
# The post's one-line summary.
posts-form-summary-label = الملخّص
posts-form-summary-hint = سطر واحد يظهر في الخلاصات، حتى 300 حرف.
posts-form-body-label = النص
# Markdown syntax stays as it is (**, *, [](), `, ```); the words inside it
# may be translated.
posts-form-body-hint = Markdown: **عريض**، *مائل*، [روابط](https://…)، قوائم، `شيفرة`، جداول، ```rust كتلة شيفرة```، وصور: ![ما تُظهره الصورة](file-name.jpg).
# A field for several picture files that the post's text shows.
posts-form-pictures-label = صور للنص
posts-form-pictures-optional = (اختيارية، حتى 20 صورة)
# posts-form-pictures-hint-before, -example and -after are one sentence
# followed by another; -example is Markdown shown as code: keep ![…](dog.jpg).
posts-form-pictures-hint-before = ضع كل صورة في النص باسم ملفها:
posts-form-pictures-hint-example = ![ما تُظهره الصورة](dog.jpg)
posts-form-pictures-hint-after = . يُقرأ الوصف بصوت مسموع لمن لا يستطيعون رؤية الصورة.
posts-form-tags-label = الوسوم
# posts-form-tags-hint-before and -after are one sentence around an example
# of tags ("rust, web-dev").
posts-form-tags-hint-before = حتى 5 وسوم، تفصل بينها فاصلة لاتينية (,)، مثل
posts-form-tags-hint-after = .
# The post's main picture, shown above its text.
posts-form-image-label = الصورة
posts-form-image-has = لهذا المنشور صورة؛ واختيار صورة جديدة يستبدلها.
# $mb is the largest file size accepted, in megabytes.
posts-form-image-hint = JPEG أو PNG أو WebP أو GIF، بحجم أقصاه { $mb } ميغابايت. تُزال بيانات الموقع والكاميرا.
posts-form-image-remove = إزالة الصورة
posts-form-image-alt-label = وصف الصورة
posts-form-image-alt-hint = ما تُظهره الصورة، لمن لا يستطيعون رؤيتها. يُستخدم العنوان إن تُرك فارغًا.
posts-form-schedule-legend = الجدولة
posts-form-publish-at-label = النشر في
posts-form-publish-at-hint = بتوقيتك المحلي (أو بتوقيت UTC إن كان متصفحك لا يشغّل السكربتات). اتركه فارغًا للنشر الآن أو للاحتفاظ بمسودة؛ وإن كان الوقت قد مضى، يُنشر المنشور فورًا.
# Buttons.
posts-form-save-changes = حفظ التغييرات
posts-form-publish = نشر
posts-form-save-draft = حفظ كمسودة
posts-form-preview = معاينة

## What the form says is wrong

posts-title-empty = أعطِ منشورك عنوانًا.
# $max is the longest title allowed, $count the length of this one
# (both in characters, both larger than 1).
posts-title-too-long = { $max ->
    [one] اجعل العنوان في حدود حرف واحد (طوله الآن { $count }).
    [two] اجعل العنوان في حدود حرفين (طوله الآن { $count }).
    [few] اجعل العنوان في حدود { $max } أحرف (طوله الآن { $count }).
    [many] اجعل العنوان في حدود { $max } حرفًا (طوله الآن { $count }).
   *[other] اجعل العنوان في حدود { $max } حرف (طوله الآن { $count }).
}
posts-body-empty = اكتب شيئًا في النص.
# $max and $size are in kilobytes (KB); $max is 100.
posts-body-too-long = الحد الأقصى لحجم النص { $max } كيلوبايت (حجمه الآن { $size } كيلوبايت).
# $max is a number of characters (300).
posts-summary-too-long = { $max ->
    [one] اجعل الملخّص في حدود حرف واحد.
    [two] اجعل الملخّص في حدود حرفين.
    [few] اجعل الملخّص في حدود { $max } أحرف.
    [many] اجعل الملخّص في حدود { $max } حرفًا.
   *[other] اجعل الملخّص في حدود { $max } حرف.
}
# $max is a number of characters (30).
posts-tag-length = { $max ->
    [one] يجب أن يتكوّن الوسم من حرف واحد.
    [two] يتراوح طول الوسم بين حرف واحد وحرفين.
    [few] يتراوح طول الوسم بين حرف واحد و{ $max } أحرف.
    [many] يتراوح طول الوسم بين حرف واحد و{ $max } حرفًا.
   *[other] يتراوح طول الوسم بين حرف واحد و{ $max } حرف.
}
# $tag is the tag as the writer typed it.
posts-tag-characters = لا يمكن أن يحتوي الوسم «{ $tag }» إلا على حروف وأرقام وشرطات.
# $tag is the tag as the writer typed it; $first and $second name two
# alphabets whose letters look alike (latin, greek or cyrillic): translate
# the names, and keep the words in square brackets as they are.
posts-tag-mixed-alphabets = يخلط الوسم «{ $tag }» بين حروف { $first ->
        [latin] لاتينية
        [greek] يونانية
       *[cyrillic] سيريلية
    } وحروف { $second ->
        [latin] لاتينية
        [greek] يونانية
       *[cyrillic] سيريلية
    }، كما تفعل الأسماء المخادِعة المتشابهة في الشكل؛ اكتبه بأبجدية واحدة.
# $max is a number of tags (5).
posts-tags-too-many = { $max ->
    [one] استخدم وسمًا واحدًا على الأكثر.
    [two] استخدم وسمين على الأكثر.
    [few] استخدم { $max } وسوم على الأكثر.
    [many] استخدم { $max } وسمًا على الأكثر.
   *[other] استخدم { $max } وسم على الأكثر.
}
# Two files were sent in the single picture field.
posts-image-one-only = اختر صورة واحدة، لا عدة صور.
# $max is a number of pictures (20).
posts-pictures-field-too-many = { $max ->
    [one] أضف صورة واحدة على الأكثر إلى المنشور.
    [two] أضف صورتين على الأكثر إلى المنشور.
    [few] أضف { $max } صور على الأكثر إلى المنشور.
    [many] أضف { $max } صورة على الأكثر إلى المنشور.
   *[other] أضف { $max } صورة على الأكثر إلى المنشور.
}
# $max is the number of pictures allowed (20), $count how many this post
# shows (more than $max).
posts-pictures-too-many = { $max ->
    [one] يمكن أن يعرض المنشور صورة واحدة على الأكثر
    [two] يمكن أن يعرض المنشور صورتين على الأكثر
    [few] يمكن أن يعرض المنشور { $max } صور على الأكثر
    [many] يمكن أن يعرض المنشور { $max } صورة على الأكثر
   *[other] يمكن أن يعرض المنشور { $max } صورة على الأكثر
}؛ وفي هذا المنشور { $count ->
    [one] صورة واحدة
    [two] صورتان
    [few] { $count } صور
    [many] { $count } صورة
   *[other] { $count } صورة
}.
# Some pictures in the text have no description (alt text). Keep the
# Markdown ![…](…) as it is; the words inside the brackets may be translated.
posts-pictures-undescribed = { $count ->
    [one] صِف الصورة لمن لا يستطيعون رؤيتها: اكتب الوصف بين القوسين المعقوفين، ![كلب نائم](…).
    [two] صِف الصورتين لمن لا يستطيعون رؤيتهما: اكتب وصف كل منهما بين القوسين المعقوفين، ![كلب نائم](…).
   *[other] صِف كل صورة لمن لا يستطيعون رؤيتها: اكتب الوصف بين القوسين المعقوفين، ![كلب نائم](…).
}
# One of the picture files sent with the form was refused: $file is its
# file name, $reason why (a sentence from the picture checks).
posts-picture-refused = { $file }: { $reason }
posts-image-not-kept-by-preview = المعاينة لا تحتفظ بالصورة: اخترها مرة أخرى قبل النشر.
# A file chosen in the form cannot be kept when the form comes back with
# an error.
posts-image-choose-again = يُرجى اختيار الصورة مرة أخرى.
posts-schedule-zone-unreadable = تعذّرت قراءة المنطقة الزمنية لهذا الوقت.
# Keep the example time as it is (year-month-day, T, hours:minutes).
posts-schedule-time-unreadable = اكتب الوقت بتاريخ وساعة، مثل 2026-12-24T09:00.
posts-schedule-too-far = اختر موعدًا خلال السنوات الخمس القادمة.
posts-form-unreadable = تعذّرت قراءة النموذج.
# Sent by a script, not by the page; multipart/form-data is a technical
# name: keep it.
posts-form-not-multipart = تعذّرت قراءة النموذج. أرسله بصيغة multipart/form-data.
# The "Add picture" button of the write page sent no picture.
posts-picture-missing = اختر صورة لإضافتها.

## After saving, publishing or deleting (a short message at the top of the
## next page)

posts-flash-published = نُشر منشورك.
posts-flash-draft-saved = حُفظت مسودتك. لا يراها أحد غيرك.
# $when is a time written as posts-local-time says.
posts-flash-scheduled = جُدول منشورك للنشر في { $when }.
posts-flash-changes-saved = حُفظت تغييراتك.
posts-flash-already-published = سبق نشر هذا المنشور.
posts-flash-deleted = حُذف المنشور.
posts-only-author-edit = لا يمكن تعديل هذا المنشور إلا لكاتبه.
posts-only-author-delete = لا يمكن حذف هذا المنشور إلا لكاتبه.
posts-only-author-publish = لا يمكن نشر هذه المسودة إلا لكاتبها.

## My drafts

posts-drafts-title = مسوداتي
# posts-drafts-intro is a sentence; posts-drafts-write-link (a link) and
# posts-drafts-write-after make the next one.
posts-drafts-intro = لا يراها أحد غيرك حتى تُنشر.
posts-drafts-write-link = اكتب منشورًا جديدًا
posts-drafts-write-after = .
posts-drafts-empty = لا توجد مسودات. في صفحة الكتابة، يحتفظ زر «{ posts-form-save-draft }» بالمنشور هنا حتى تنشره.
# A label in front of a scheduled draft, followed by posts-drafts-scheduled-for.
posts-drafts-scheduled-pill = مجدول
# $when is a time written as posts-local-time says.
posts-drafts-scheduled-for = للنشر في { $when }
# A label in front of a draft, followed by posts-drafts-saved.
posts-drafts-draft-pill = مسودة
# $when is a date and time, as common.ftl's datetime writes it.
posts-drafts-saved = حُفظت في { $when }

## A post's page

# Read by screen readers: the box above a post that is not published yet.
posts-banner-label = مسودة
# posts-banner-scheduled (in bold) and posts-banner-scheduled-text make
# one sentence; $when is a time written as posts-local-time says.
posts-banner-scheduled = مجدول:
posts-banner-scheduled-text = سيُنشر هذا المنشور في { $when }. ولا يراه أحد غيرك حتى ذلك الحين.
# posts-banner-draft (in bold) and posts-banner-draft-text make one sentence.
posts-banner-draft = مسودة:
posts-banner-draft-text = لا يرى هذا المنشور أحد غيرك.
posts-publish-now = انشر الآن
# Before the author's name (a link) under a post's title: "by Ana Silva".
posts-byline-by = بقلم
# After the date of a post changed since it was published.
posts-edited = (معدَّل)
# The like button, before and after it is pressed (a heart is shown
# before the word).
posts-like = إعجاب
posts-liked = أعجبني
posts-log-in-to-like = سجّل الدخول لتُبدي إعجابك
posts-reported-post = لقد أبلغت عن هذا المنشور.

## The comment thread under a post

# The tooltip of a comment's date, a link to the comment itself.
posts-comment-permalink = رابط هذا التعليق
# Before the date and time a comment was last corrected.
posts-comment-edited = عُدّل في
# "↪ replying to Ana Silva": before the name of the comment's author this
# one answers (a link)…
posts-comment-answers = ردًّا على
# …or, when that comment is gone, in place of the name.
posts-comment-answers-gone = تعليق محذوف
# The link that opens the reply form under a comment.
posts-comment-reply = ردّ
# Shown instead of the Report link once the reader reported the comment.
posts-comment-reported = تم الإبلاغ
# Read by screen readers: the field to correct one's own comment.
posts-comment-edit-label = تعليقك
posts-comment-save = حفظ التعليق
# Before "{ posts-replies }" on the button that folds or unfolds the
# answers to a comment.
posts-replies-hide = إخفاء
posts-replies-show = إظهار
posts-replies = { $count ->
    [one] ردّ واحد
    [two] ردّين
    [few] { $count } ردود
    [many] { $count } ردًّا
   *[other] { $count } ردّ
}
# Above the comment form when it answers a comment: before the author's
# name (a link), then " · " and posts-cancel.
posts-comment-replying-to = ردًّا على
posts-comment-form-label = أضف تعليقًا
posts-comment-form-reply-label = ردّك
# posts-comment-hint-before and -after are one sentence around "@name"
# (how to mention someone: keep it as it is).
posts-comment-hint-before = يمكنك استخدام Markdown؛ وكتابة
posts-comment-hint-after = تُنبّه ذلك الشخص.
# The form's button, for a comment on the post or a reply to a comment.
posts-comment-form-submit = علّق
posts-comment-form-reply = ردّ
# posts-join-log-in (a link) and posts-join-after make one sentence.
posts-join-log-in = سجّل الدخول
posts-join-after = للمشاركة في النقاش.

## Feeds

feeds-heading-latest = أحدث المنشورات
feeds-heading-following = من الأشخاص الذين تتابعهم
# $tag is the tag's name (keep the "#" before it).
feeds-heading-tag = منشورات بالوسم { "\u200E" }#{ $tag }
# The description link previews show for a feed.
feeds-card-description = منشورات وأشخاص ومحادثات على Quill.
# Past the last page of a feed. feeds-first-page-link (a link) and
# feeds-first-page-after make one sentence.
feeds-no-more-posts = لا مزيد من المنشورات.
feeds-first-page-link = العودة إلى الصفحة الأولى
feeds-first-page-after = .
feeds-following-empty = لا شيء هنا بعد. تابع أشخاصًا من صفحات ملفاتهم الشخصية وستظهر منشوراتهم هنا.
feeds-following-browse = تصفّح أحدث المنشورات
# An empty site. Then, for someone logged in, feeds-write-first-link (a
# link) and feeds-write-first-after make one sentence; for a visitor,
# feeds-sign-up-link (a link) and feeds-sign-up-after make one.
feeds-no-posts-yet = لا منشورات بعد.
feeds-write-first-link = اكتب أول منشور
feeds-write-first-after = .
feeds-sign-up-link = أنشئ حسابًا
feeds-sign-up-after = واكتب أول منشور.

## Atom feed titles
# Feed readers show these as the feed's name. They are always sent in
# English, so translations of these three are not used.

feeds-atom-latest = Quill: أحدث المنشورات
# $name is a username: keep the "@" before it.
feeds-atom-by = Quill: منشورات { "\u200E" }@{ $name }
# $tag is the tag's name: keep the "#" before it.
feeds-atom-tagged = Quill: منشورات بالوسم { "\u200E" }#{ $tag }
