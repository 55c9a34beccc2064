# Quill's interface: the parts every page shares (the header, the footer,
# dates, paging, error pages).
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Plurals use the language's own categories (zero, one, two, few, many,
# other): see https://projectfluent.org/fluent/guide/selectors.html

## The page around everything

site-description = Quill: منشورات وأشخاص ومحادثات على مدوّنة مستضافة ذاتيًا.
skip-to-content = انتقل إلى المحتوى
nav-label = التنقّل الرئيسي
nav-latest = الأحدث
nav-following = من أتابعهم
nav-notifications = الإشعارات
# The badge on the notifications link, read by screen readers.
nav-unread = { $count ->
    [zero] لا إشعارات غير مقروءة
    [one] إشعار واحد غير مقروء
    [two] إشعاران غير مقروءين
    [few] { $count } إشعارات غير مقروءة
    [many] { $count } إشعارًا غير مقروء
   *[other] { $count } إشعار غير مقروء
}
nav-write = اكتب
nav-settings = الإعدادات
nav-log-out = تسجيل الخروج
nav-log-in = تسجيل الدخول
nav-sign-up = إنشاء حساب
nav-search-label = البحث في المنشورات
nav-search-placeholder = بحث
footer-tagline = Quill — مكانك المستضاف ذاتيًا للكتابة.
footer-latest = أحدث المنشورات
footer-language = اللغة
footer-language-choose = تغيير

## Paging through lists

paging-label = الصفحات
paging-newer = → الأحدث
paging-older = الأقدم ←
paging-page = الصفحة { $page }

## Dates and times
# $day, $monthnum and $year are numbers; $month is the month's short name
# from below.

date = { $day } { $month } { $year }
# $date is written as above, $time as 24-hour HH:MM.
datetime = { $date }، { $time } UTC
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
ago-now = الآن
ago-minutes = { $count ->
    [one] منذ دقيقة
    [two] منذ دقيقتين
    [few] منذ { $count } دقائق
    [many] منذ { $count } دقيقة
   *[other] منذ { $count } دقيقة
}
ago-hours = { $count ->
    [one] منذ ساعة
    [two] منذ ساعتين
    [few] منذ { $count } ساعات
    [many] منذ { $count } ساعة
   *[other] منذ { $count } ساعة
}
ago-days = { $count ->
    [one] منذ يوم
    [two] منذ يومين
    [few] منذ { $count } أيام
    [many] منذ { $count } يومًا
   *[other] منذ { $count } يوم
}

## Error pages

error-home-link = انتقل إلى أحدث المنشورات
error-not-found-title = غير موجود
error-not-found = لا يوجد شيء على هذا العنوان. ربما حُذف، أو ربما كُتب الرابط بشكل خاطئ.
error-forbidden-title = غير مسموح
error-unprocessable-title = لم تنجح العملية
error-too-many-title = محاولات كثيرة جدًا
error-too-many = { $minutes ->
    [one] جرت محاولات كثيرة جدًا من هنا في وقت قصير. يُرجى الانتظار دقيقة ثم المحاولة مرة أخرى.
    [two] جرت محاولات كثيرة جدًا من هنا في وقت قصير. يُرجى الانتظار دقيقتين ثم المحاولة مرة أخرى.
    [few] جرت محاولات كثيرة جدًا من هنا في وقت قصير. يُرجى الانتظار { $minutes } دقائق ثم المحاولة مرة أخرى.
    [many] جرت محاولات كثيرة جدًا من هنا في وقت قصير. يُرجى الانتظار { $minutes } دقيقة ثم المحاولة مرة أخرى.
   *[other] جرت محاولات كثيرة جدًا من هنا في وقت قصير. يُرجى الانتظار { $minutes } دقيقة ثم المحاولة مرة أخرى.
}
error-too-large-title = كبير جدًا
error-too-large = ما أرسلته أكبر مما يقبله هذا الموقع. جرّب شيئًا أصغر.
error-timeout-title = بطيء جدًا
error-timeout = استغرق وصول الطلب وقتًا طويلًا، فتوقف الخادم عن انتظاره. يُرجى إرساله مرة أخرى.
error-quota-title = لا مساحة لمزيد من الصور
# $used and $quota are sizes such as "900 KB" or "1.5 MB".
error-quota = لا تتسع هذه الصورة: لقد استخدمت { $used } من أصل { $quota } مخصّصة لصورك. احذف صور بعض منشوراتك، أو اطلب من أحد المديرين مساحة أكبر.
error-internal-title = حدث خطأ ما
error-internal = تعذّر على الخادم إكمال هذا الطلب. لم يضِع شيء مما أرسلته؛ يُرجى المحاولة مرة أخرى بعد قليل.
error-form-expired-title = انتهت صلاحية هذا النموذج
error-form-expired = هذا النموذج قديم جدًا أو لم يأتِ من هذا الموقع. ارجع، وأعد تحميل الصفحة، ثم حاول مرة أخرى.
error-cut-off = انقطع الطلب أو كان بطيئًا جدًا. يُرجى إرساله مرة أخرى.
error-form-unreadable = تعذّرت قراءة النموذج. أعد تحميل الصفحة وحاول مرة أخرى.
role-admins-only = لا يمكن إلا لمدير اتخاذ إجراء بشأن حساب مدير أو منشوراته أو تعليقاته.

## Words the page's script writes (static/app.js)
# { $name }-style placeholders here are filled in by the script.

js-just-now = الآن
# $offset is like "+02:00".
js-local-time = بتوقيتك المحلي (UTC{ $offset }). اتركه فارغًا للنشر الآن أو للاحتفاظ بمسودة؛ وإن كان الوقت قد مضى، يُنشر المنشور فورًا.
js-add-picture = إضافة صورة
# $name is the file's name, or js-the-picture when it has none.
js-adding-picture = جارٍ إضافة { $name }…
js-the-picture = الصورة
js-picture-added = أُضيفت. صِفها بين القوسين المعقوفين لمن لا يستطيعون رؤيتها.
# $reason is one of the three messages below.
js-picture-failed = لم تُضَف الصورة: { $reason }.
js-picture-too-large = حجمها كبير جدًا
js-picture-too-many = رفعت صورًا كثيرة جدًا خلال هذه الساعة
js-picture-unusable = تعذّر استخدامها
js-add-comment = أضف تعليقًا
js-comment = علّق
js-your-reply = ردّك
js-reply = ردّ
js-cancel = إلغاء
# $name is the display name of the comment's author.
js-replying-to = ردًّا على { $name }
js-mention-menu = أشخاص للإشارة إليهم
# The unread badge's label, updated live. $count is a number; the script
# always uses the *[other] form, so write one that reads right for any count.
js-unread = الإشعارات غير المقروءة: { $count }
# Passkey ceremonies in the browser (static/passkeys.js).
js-passkey-failed = لم ينجح مفتاح المرور. حاول مرة أخرى، أو استخدم كلمة المرور.
js-passkey-cancelled = أُلغيت العملية، أو لم يُختر أي مفتاح مرور لهذا الموقع.
js-passkey-already = يحمل هذا الجهاز بالفعل مفتاح مرور لحسابك.
js-passkey-too-many = محاولات كثيرة جدًا: انتظر قليلًا ثم حاول مرة أخرى.
