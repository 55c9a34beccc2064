# Settings: the settings page (profile, picture, email address, password,
# language, where you are logged in), notification emails, your account
# (blocked people, download my data, delete my account), and the mail
# these send. Messages starting media- are about uploaded pictures,
# wherever they are uploaded.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# { " " } is a space kept at the edge of a message: where a sentence is
# split around a link or other markup, the pieces join with no space of
# their own, so each piece carries the spaces your language needs.
#
# { "\u200E" } is a left-to-right mark: it keeps "@", "#" and "/" beside
# the Latin usernames, tags and paths they belong to in right-to-left text.

## The settings page

settings-title = الإعدادات
# The heading of the notification emails page, and the link to it.
settings-notifications-title = رسائل الإشعارات
# After the link "Notification emails" on the settings page: one sentence
# with it ("Notification emails: choose which…").
settings-intro-notifications-after = : اختر الإشعارات التي تصلك عبر البريد الإلكتروني، وعدد مرات إرسالها.
# The heading of the account page (blocked people, export, deletion), and
# the link to it.
settings-account-title = حسابك
# After the link "Your account" on the settings page: one sentence with it.
settings-intro-account-after = : الأشخاص الذين حظرتهم، وتنزيل بياناتك، وحذف حسابك.
# The link back from the notification emails and account pages.
settings-back = → الإعدادات
# Shown after a field's label, in grey.
settings-optional = (اختياري)
# A button that saves a form (notification emails, language).
settings-save = حفظ

settings-profile-heading = الملف الشخصي
settings-display-name-label = الاسم المعروض
settings-display-name-hint = يظهر بدلًا من اسم المستخدم في منشوراتك وملفك الشخصي.
# $max is a number of characters.
settings-display-name-too-long = { $max ->
    [one] اجعل اسمك في حدود حرف واحد.
    [two] اجعل اسمك في حدود حرفين.
    [few] اجعل اسمك في حدود { $max } أحرف.
    [many] اجعل اسمك في حدود { $max } حرفًا.
   *[other] اجعل اسمك في حدود { $max } حرف.
}
settings-bio-label = نبذة
# $max is the most characters a bio may have, $count how many this one has.
settings-bio-too-long = { $max ->
    [one] اجعل نبذتك في حدود حرف واحد (طولها الآن { $count }).
    [two] اجعل نبذتك في حدود حرفين (طولها الآن { $count }).
    [few] اجعل نبذتك في حدود { $max } أحرف (طولها الآن { $count }).
    [many] اجعل نبذتك في حدود { $max } حرفًا (طولها الآن { $count }).
   *[other] اجعل نبذتك في حدود { $max } حرف (طولها الآن { $count }).
}
settings-profile-save = حفظ الملف الشخصي
settings-profile-saved = حُفظ ملفك الشخصي.

## Profile picture

settings-avatar-heading = الصورة
settings-avatar-file-label = صورة جديدة
settings-avatar-hint = JPEG أو PNG أو WebP أو GIF. تُقصّ إلى مربع من المنتصف، وتُزال بيانات الموقع والكاميرا.
settings-avatar-upload = رفع الصورة
settings-avatar-remove = إزالة الصورة
settings-avatar-several = اختر صورة واحدة، لا عدة صور.
settings-avatar-missing = اختر صورة لرفعها.
settings-avatar-saved = رُفعت صورتك الجديدة.
settings-avatar-removed = أُزيلت صورتك.

## Email address

settings-email-heading = عنوان البريد الإلكتروني
# "Your address is <the address in bold>. It is never shown to other
# people." One sentence in two pieces around the address.
settings-email-current-before = عنوانك هو{ " " }
settings-email-current-after = . ولا يظهر أبدًا للآخرين.
# "Waiting for you to open the link we sent to <the new address in bold>.
# Until then…" One sentence in two pieces around the address.
settings-email-pending-before = في انتظار فتحك للرابط الذي أرسلناه إلى{ " " }
settings-email-pending-after = . وحتى ذلك الحين يبقى عنوانك كما هو.
settings-email-new-label = عنوان البريد الإلكتروني الجديد
# Also on the password form.
settings-current-password-label = كلمة المرور الحالية
settings-email-save = تغيير عنوان البريد الإلكتروني
settings-wrong-current-password = هذه ليست كلمة مرورك الحالية.
settings-email-same = هذا هو عنوانك بالفعل.
# $address is the new email address.
settings-email-link-sent = أرسلنا رابطًا إلى { $address }. سيتغيّر عنوانك عندما تفتحه.

## Password

settings-password-heading = كلمة المرور
settings-new-password-label = كلمة المرور الجديدة
settings-new-password-hint = 8 أحرف على الأقل؛ بضع كلمات لا رابط بينها تصنع كلمة مرور قوية. سيُسجَّل الخروج من جلساتك الأخرى.
settings-password-save = تغيير كلمة المرور
settings-password-same = هذه هي كلمة مرورك الحالية. اختر كلمة مرور جديدة.
settings-password-changed = تم تغيير كلمة مرورك. وسُجّل الخروج من كل الجلسات الأخرى.

## Language

settings-language-heading = اللغة
settings-language-label = لغة الواجهة
# The first choice of the language menu: no setting, the browser's
# preferred languages decide.
settings-language-browser = اتّباع لغة متصفحي
settings-language-hint = الرسائل التي يرسلها إليك Quill تُكتب بهذه اللغة أيضًا. وإن اخترت اتّباع متصفحك، فستصلك الرسائل بالإنجليزية.
settings-language-saved = حُفظت لغتك.

## Where you are logged in

settings-logins-heading = أين سجّلت الدخول
# The caption of the table of browser sessions.
settings-logins-browsers = المتصفحات
# Column headings of the sessions table.
settings-logins-browser = المتصفح
settings-logins-logged-in = تاريخ الدخول
settings-logins-last-active = آخر نشاط
# The heading of the column of buttons, read only by screen readers.
settings-logins-action = إجراء
# In place of the browser's description when it sent none.
settings-logins-unknown-browser = متصفح غير معروف
# In the row of the session this page is shown in, instead of a button.
settings-logins-this-browser = هذا المتصفح
# A button that logs out one session.
settings-logins-end = تسجيل الخروج
settings-logins-hint = تغيير كلمة المرور يسجّل الخروج من كل المتصفحات عدا هذا المتصفح، ويُبطل كل رموز API.
settings-session-ended = سُجّل الخروج من تلك الجلسة.
settings-session-already-ended = كانت تلك الجلسة قد انتهت بالفعل.
# The caption of the table of API tokens.
settings-tokens-caption = رموز API
# "No API tokens. Programs get one by logging in to /api/users/login; each
# appears here until you revoke it." One sentence in two pieces around the
# address, which stays as it is.
settings-tokens-none-before = لا توجد رموز API. تحصل البرامج على رمز بتسجيل الدخول عبر{ " " }{ "\u200E" }
settings-tokens-none-after = ؛ ويظهر كل رمز هنا إلى أن تُبطله.
# Column headings of the tokens table. "Made by": the program that asked
# for the token.
settings-tokens-made-by = أنشأه
settings-tokens-created = تاريخ الإنشاء
settings-tokens-last-used = آخر استخدام
settings-tokens-revoke = إبطال
settings-token-revoked = أُبطل الرمز: لم يعد يعمل.
settings-token-already-revoked = كان ذلك الرمز قد أُبطل بالفعل.

## Notification emails

# The kinds of notification, each with three choices below.
settings-notify-reply = يردّ أحدهم على تعليقك
settings-notify-mention = يشير إليك أحدهم ({ "\u200E" }@name) في منشور أو تعليق
settings-notify-comment = يعلّق أحدهم على منشورك
settings-notify-like = يُعجب أحدهم بمنشورك
settings-notify-follow = يتابعك أحدهم
# $minutes is how long Quill waits before sending the mail.
settings-notify-instant = { $minutes ->
    [one] راسلني بعد نحو دقيقة، إن لم أكن قد رأيته حتى ذلك الحين
    [two] راسلني بعد نحو دقيقتين، إن لم أكن قد رأيته حتى ذلك الحين
    [few] راسلني بعد نحو { $minutes } دقائق، إن لم أكن قد رأيته حتى ذلك الحين
    [many] راسلني بعد نحو { $minutes } دقيقة، إن لم أكن قد رأيته حتى ذلك الحين
   *[other] راسلني بعد نحو { $minutes } دقيقة، إن لم أكن قد رأيته حتى ذلك الحين
}
settings-notify-digest = أضِفه إلى موجزي
settings-notify-off = لا تراسلني بشأنه أبدًا
settings-digest-legend = الموجز
settings-digest-daily = مرة في اليوم
settings-digest-weekly = مرة في الأسبوع
# Only moderators and admins see this.
settings-moderation-legend = الإشراف
settings-report-mail = راسلني عند الإبلاغ عن شيء ما (مع رابط إلى قائمة انتظار الإشراف)

## Your account: blocked people

settings-blocked-heading = الأشخاص الذين حظرتهم
# “Block” is the name of the button on a person's profile.
settings-blocked-none = لا أحد. لحظر شخص ما، استخدم زر «حظر» في ملفه الشخصي: لن يرى أيٌّ منكما منشورات الآخر وتعليقاته، ولن يتمكن من متابعتك أو الإعجاب بمنشوراتك أو التعليق عليها أو الرد عليك أو الإشارة إليك. ولن يُبلَّغ بذلك.
settings-unblock = إلغاء الحظر

## Your account: download my data

settings-export-heading = تنزيل بياناتي
settings-export-intro = ملف zip يضم ملفك الشخصي، وكل منشور كملف Markdown مع صوره، وتعليقاتك وإعجاباتك ومتابعاتك وإعدادات إشعاراتك. نجهّزه في الخلفية ونرسل إليك بالبريد الإلكتروني رابطًا يعمل مرة واحدة، لمدة 24 ساعة.
settings-export-button = تنزيل بياناتي
settings-export-started = نجمع بياناتك الآن. ستصلك رسالة فيها رابط لتنزيلها، عادةً خلال بضع دقائق.
settings-export-waiting = بياناتك قيد التجميع بالفعل. سيصلك الرابط عبر البريد الإلكتروني.
settings-export-too-many-title = طلبات تصدير كثيرة جدًا اليوم
# $count is how many exports a day are allowed; $time is a date and time
# such as "5 Dec 2026 12:00 UTC"; $hours is how many hours from now that is.
settings-export-too-many =
    يمكنك طلب بياناتك { $count ->
        [one] مرة واحدة
        [two] مرتين
        [few] { $count } مرات
        [many] { $count } مرة
       *[other] { $count } مرة
    } في اليوم، وقد استنفدت ذلك. يمكنك الطلب مجددًا بعد { $time } (أي بعد { $hours ->
        [zero] أقل من ساعة
        [one] نحو ساعة
        [two] نحو ساعتين
        [few] نحو { $hours } ساعات
        [many] نحو { $hours } ساعة
       *[other] نحو { $hours } ساعة
    }).
settings-export-used-title = استُخدم هذا الرابط
settings-export-used = نُزّلت بياناتك بهذا الرابط من قبل، وكل رابط يعمل مرة واحدة. لتنزيلها مجددًا، اطلب تصديرًا جديدًا من إعدادات حسابك.
settings-export-expired-title = انتهت صلاحية هذا الرابط
settings-export-expired = روابط بياناتك تعمل لمدة 24 ساعة، وأي تصدير أحدث يحلّ محل روابط التصديرات السابقة. اطلب تصديرًا جديدًا من إعدادات حسابك.
# The mail with the link. $size is the archive's size, such as "1.5 MB".
settings-export-mail-subject = بياناتك على Quill جاهزة
settings-export-mail-ready = أرشيف حسابك على Quill جاهز ({ $size }): ملفك الشخصي، ومنشوراتك بصيغة Markdown مع صورها، وتعليقاتك وإعجاباتك ومتابعاتك وإعدادات إشعاراتك.
# $time is a date and time such as "5 Dec 2026 12:00 UTC"; $username is
# the account's username.
settings-export-mail-rules = يعمل الرابط مرة واحدة حتى { $time }، ولا يعمل إلا إذا كنت مسجّل الدخول باسم { $username }. إن لم تطلب ذلك، فغيّر كلمة مرورك: ربما سجّل شخص آخر الدخول إلى حسابك.
settings-export-mail-link = تنزيل بياناتي
# README.txt in the downloaded zip, a plain-text file: what each file in it
# holds. The file names on the left (profile.json, posts/<id>-<title>.md…)
# and the words in `backquotes` are names in the files: keep them as they
# are. Keep the descriptions lined up in one column if you can.
settings-export-readme =
    بياناتك من Quill
    ================

    profile.json
        ملفك الشخصي: اسم المستخدم، والاسم المعروض، والنبذة، وعنوان البريد
        الإلكتروني، وتاريخ انضمامك، واسم ملف صورتك الرمزية.

    avatar.*
        صورتك الرمزية، إن كانت لديك صورة.

    posts/<id>-<title>.md
        كل منشور من منشوراتك (بما فيها المسودات والمنشورات المجدولة)، بصيغة
        Markdown تمامًا كما كتبته، بعد ترويسة (YAML front matter بين سطرين
        ---) فيها العنوان والوصف والوسوم، وهل هو مسودة أم لا، والتواريخ
        (RFC 3339، بتوقيت UTC). يسمّي الحقلان `cover` و`pictures` الملفات
        الموجودة في مجلد المنشور؛ و`shown_as` هو العنوان الذي يستخدمه النص
        لكل صورة.

    posts/<id>/
        صور ذلك المنشور: صورته الرئيسية والصور الموجودة في نصه، كما هي
        مخزّنة على Quill.

    comments.json
        تعليقاتك: المعرّف، ومعرّف المنشور، والتعليق الذي يردّ عليه
        (parent_id)، ونصه بصيغة Markdown، ووقت كتابته وآخر تعديل له.
        التعليقات المحذوفة غير مضمّنة.

    likes.json
        المنشورات التي أُعجبت بها: المعرّف، والعنوان، والكاتب، والوقت.

    follows.json
        الأشخاص الذين تتابعهم والأشخاص الذين يتابعونك، باسم المستخدم، مع
        التاريخ.

    notification_settings.json
        كيف يصلك كل نوع من الإشعارات عبر البريد الإلكتروني (instant أو
        digest أو off)، وعدد مرات إرسال الموجز.

    كل ملفات JSON بترميز UTF-8. والأوقات بصيغة RFC 3339 وبتوقيت UTC.

## Your account: deleting it

settings-delete-heading = حذف حسابي
settings-delete-intro = يختفي ملفك الشخصي ومنشوراتك وتعليقاتك فورًا، ويُسجَّل خروجك من كل مكان. وبعد أربعة عشر يومًا يُمحى الحساب نهائيًا بكل ما فيه؛ وحتى ذلك الحين، يمكنك الاحتفاظ به بتسجيل الدخول. وسنرسل إليك التاريخ بالبريد الإلكتروني.
settings-delete-password-label = كلمة مرورك
settings-delete-button = حذف حسابي
settings-delete-wrong-password = هذه ليست كلمة مرورك؛ لم يتغيّر شيء في حسابك.
settings-delete-admin = لا يمكن للمدير حذف حسابه: اطلب من مدير آخر أن يجعلك عضوًا عاديًا أولًا.
# $date is a day such as "5 Dec 2026".
settings-deleted = حُذف حسابك وسيُمحى نهائيًا في { $date }. سجّل الدخول قبل ذلك للاحتفاظ به.
# After choosing “Keep my account” on the login page.
settings-restore-expired = هذا الرابط قديم جدًا: سجّل الدخول مرة أخرى للاحتفاظ بحسابك.
settings-restore-not-leaving = هذا الحساب ليس في انتظار المحو.
settings-restored = أهلًا بعودتك: حسابك ومنشوراتك وتعليقاتك كما تركتها.
# The mail after deleting an account. $date is a day such as "5 Dec 2026".
settings-leaving-mail-subject = سيُمحى حسابك على Quill في { $date }
settings-leaving-mail-deleted = لقد حذفت حسابك على Quill. إنه مخفي الآن، وفي { $date } سيُمحى نهائيًا مع منشوراتك وتعليقاتك وإعجاباتك ومتابعاتك وصورك.
# “Keep my account” is the name of the button on the login page.
settings-leaving-mail-changed-mind = غيّرت رأيك؟ سجّل الدخول قبل ذلك واختر «الاحتفاظ بحسابي».
# “Download my data” is the name of the button in the account settings
# (settings-export-button).
settings-leaving-mail-copy-first = تريد نسخة مما كتبته أولًا؟ احتفظ بالحساب، واستخدم «تنزيل بياناتي» في إعدادات حسابك، ثم احذفه مرة أخرى.
settings-leaving-mail-link = سجّل الدخول للاحتفاظ بحسابك

## Mail about changing the email address

# The link in the mails below that go to the account's owner.
settings-mail-reset-link = إعادة تعيين كلمة المرور
# To the new address, asking to confirm it. $address is the new address,
# $username the account's username.
settings-email-confirm-mail-subject = أكّد عنوان بريدك الإلكتروني الجديد على Quill
settings-email-confirm-mail-ask = يُرجى تأكيد أن { $address } سيصبح عنوان البريد الإلكتروني لحساب { $username } على Quill.
settings-email-confirm-mail-expires = يعمل الرابط مرة واحدة وتنتهي صلاحيته بعد 48 ساعة. إن لم تطلب ذلك، فتجاهل هذه الرسالة: لن يتغيّر شيء.
settings-email-confirm-mail-link = تأكيد عنواني الجديد
# To the current address, telling that a change was asked for. $address is
# the new address.
settings-email-change-mail-subject = عنوان بريدك الإلكتروني على Quill على وشك التغيّر
settings-email-change-mail-told = طلب شخص مسجّل الدخول إلى حسابك على Quill تغيير عنوان البريد الإلكتروني للحساب إلى { $address }. لن يتغيّر العنوان إلا عند فتح الرابط المرسل إلى ذلك العنوان.
settings-email-change-mail-if-not = إن كنت أنت من فعل ذلك، فلا داعي لفعل أي شيء. وإلا، فأعد تعيين كلمة مرورك الآن: فذلك يُخرج الجميع غيرك من الحساب.
# To an address that belongs to another account already, when someone asked
# to move their account to it.
settings-email-taken-mail-subject = حاول شخص ما استخدام عنوان بريدك الإلكتروني على Quill
# Stands for the name in the greeting (mail-hello: "Hello { $name },"),
# which makes "Hello there,".
settings-email-taken-mail-name = بك
settings-email-taken-mail-tried = طلب شخص ما نقل حساب آخر على Quill إلى عنوان البريد الإلكتروني هذا. هذا العنوان مرتبط بالفعل بحساب هنا، لذا لم يتغيّر شيء.
settings-email-taken-mail-lost = إن فقدت الوصول إلى حسابك، فيمكنك إعادة تعيين كلمة مروره.

## Uploaded pictures (avatars and posts' pictures)

media-form-unreadable = تعذّرت قراءة النموذج. يُرجى إرساله مرة أخرى.
media-empty = هذا الملف فارغ.
media-not-an-image = هذا الملف ليس صورة يقبلها Quill. ارفع صورة بصيغة JPEG أو PNG أو WebP أو GIF.
# $width and $height are the picture's size in pixels; $max is a number of
# megapixels (millions of pixels).
media-too-many-pixels = هذه الصورة كبيرة جدًا: { $width } × { $height } بكسل. ارفع صورة لا تتجاوز { $max } ميغابكسل.
media-unreadable = هذه الصورة تالفة أو غير مكتملة ولا يمكن قراءتها. جرّب حفظها مرة أخرى.
# $max is a number of frames (the pictures of an animation).
media-too-many-frames = يحتوي ملف GIF هذا على عدد كبير جدًا من الإطارات (أكثر من { $max }). ارفع صورة ثابتة.
# What an account's pictures take, on the admin pages: "3 pictures, 1.2 MB
# of 500 MB (0%)". $used and $quota are sizes such as "1.2 MB"; $percent
# is a whole number.
media-usage = { $count ->
    [zero] لا صور، { $used } من { $quota } ({ $percent }%)
    [one] صورة واحدة، { $used } من { $quota } ({ $percent }%)
    [two] صورتان، { $used } من { $quota } ({ $percent }%)
    [few] { $count } صور، { $used } من { $quota } ({ $percent }%)
    [many] { $count } صورة، { $used } من { $quota } ({ $percent }%)
   *[other] { $count } صورة، { $used } من { $quota } ({ $percent }%)
}
media-usage-no-quota = { $count ->
    [zero] لا صور، { $used } (بلا حصة)
    [one] صورة واحدة، { $used } (بلا حصة)
    [two] صورتان، { $used } (بلا حصة)
    [few] { $count } صور، { $used } (بلا حصة)
    [many] { $count } صورة، { $used } (بلا حصة)
   *[other] { $count } صورة، { $used } (بلا حصة)
}

# /settings/security: the second factor; and the notice mails about it.
# $date is a date as the page writes dates; $left a whole number.
security-title = أمان تسجيل الدخول
settings-intro-security-after = : عامل تحقق ثانٍ من تطبيق مصادقة، ورموز استرداد.
security-second-factor-heading = عامل التحقق الثاني
security-second-factor-intro = مع تفعيل عامل تحقق ثانٍ، يطلب تسجيل الدخول بكلمة المرور أيضًا رمزًا من تطبيق مصادقة على هاتفك، فلا تكفي كلمة مرور مسروقة وحدها.
security-codes-once = رموز الاسترداد الخاصة بك. يعمل كل رمز مرة واحدة بدل رمز التطبيق. احفظها في مكان آمن: لن تُعرض إلا الآن.
security-on-since = مفعّل منذ { $date }.
security-codes-left = رموز الاسترداد المتبقية: { $left }.
security-renew-codes = رموز استرداد جديدة
security-turn-off = إيقاف
security-set-up = إعداد تطبيق مصادقة
security-scan = امسح هذا الرمز بتطبيق المصادقة.
security-qr-label = رمز QR للمسح بتطبيق مصادقة
security-or-type = أو أدخل فيه هذا المفتاح:
security-code-label = الرمز الذي يعرضه التطبيق
security-turn-on = تفعيل
security-setup-again = ابدأ الإعداد من جديد.
security-code-wrong = هذا الرمز غير مطابق. تحقّق من وقت هاتفك وأدخل الرمز الذي يعرضه التطبيق الآن.
security-off-done = تم إيقاف عامل التحقق الثاني.
security-mail-on-subject = تم تفعيل عامل تحقق ثانٍ لحسابك في Quill
security-mail-on-what = أصبح تسجيل الدخول إلى حسابك في Quill يطلب رمزًا من تطبيق مصادقة إضافة إلى كلمة المرور.
security-mail-off-subject = تم إيقاف عامل التحقق الثاني لحسابك في Quill
security-mail-off-what = لم يعد تسجيل الدخول إلى حسابك في Quill يطلب رمزًا من تطبيق مصادقة.
security-mail-code-used-subject = استُخدم رمز استرداد في حسابك في Quill
security-mail-code-used-what = سجّل أحدهم الدخول إلى حسابك في Quill برمز استرداد. الرموز المتبقية: { $left }.
security-mail-renewed-subject = رموز استرداد جديدة لحسابك في Quill
security-mail-renewed-what = أُنشئت رموز استرداد جديدة لحسابك في Quill، ولم تعد الرموز القديمة تعمل.
security-mail-if-not = إن كنت أنت، فلا شيء عليك. وإن لم تكن، فغيّر كلمة المرور وراجع إعدادات تسجيل الدخول الآن.
security-mail-link = أمان تسجيل الدخول
security-token-heading = رموز API
security-token-intro = يصل أي برنامج (سكربت أو تطبيق) إلى الواجهة البرمجية برمز. أنشئ رمزًا هنا؛ يظهر مع جلسات دخولك الأخرى في الإعدادات حيث يمكنك إلغاؤه.
security-token-label = الغرض منه
security-token-make = إنشاء رمز
security-token-once = رمزك الجديد. انسخه الآن: لن يُعرض إلا مرة واحدة.
security-token-default-label = أُنشئ في الإعدادات
security-mail-reset-subject = أعاد أحد المشرفين تعيين عامل التحقق الثاني لحسابك في Quill
security-mail-reset-what = أوقف أحد مشرفي موقع Quill هذا عامل التحقق الثاني لحسابك، بناءً على طلب بعد فقدان الهاتف ورموز الاسترداد. سجّل الدخول بكلمة المرور وأعِد إعداده من إعدادات أمان تسجيل الدخول.
security-staff-must = يطلب هذا الموقع من المشرفين والمديرين عامل تحقق ثانيًا: أعدّ واحدًا للوصول إلى صفحات الإدارة.

## Passkeys (settings/security)
passkeys-heading = مفاتيح المرور
passkeys-intro = يتيح لك مفتاح المرور تسجيل الدخول بقفل شاشة جهازك (البصمة أو الوجه أو رمز PIN) بدل كلمة المرور. لا يعمل إلا على هذا الموقع، فلا يمكن لأحد سرقته بالتصيّد الاحتيالي، ويُحسب وحده عاملَي التحقق كليهما.
passkeys-none = ليس لديك أي مفتاح مرور بعد.
passkeys-added-on = أُضيف في { $date }
passkeys-last-used = آخر استخدام في { $date }
passkeys-never-used = لم يُستخدم قط
passkeys-rename-label = اسم جديد لمفتاح المرور هذا
passkeys-rename = إعادة تسمية
passkeys-remove = إزالة
passkeys-remove-named = إزالة مفتاح المرور { $name }
passkeys-name-label = الاسم (لتميّز بين مفاتيح المرور الخاصة بك)
passkeys-name-placeholder = مثل: حاسوب العمل المحمول
passkeys-password-why = مضى بعض الوقت منذ سجّلت الدخول: أدخل كلمة المرور لإضافة مفتاح مرور.
passkeys-add = إضافة مفتاح مرور
passkeys-needs-browser = تتطلب إضافة مفتاح مرور متصفحًا يدعم مفاتيح المرور، مع تفعيل JavaScript.
passkeys-unavailable = مفاتيح المرور معطّلة على هذا الموقع: عنوانه (QUILL_BASE_URL) عنوان IP، والمتصفحات ترفض مفاتيح المرور لمثل هذه العناوين.
passkeys-default-name = مفتاح المرور { $number }
passkeys-added = أُضيف مفتاح المرور «{ $name }». يمكنك الآن تسجيل الدخول به.
passkeys-renamed = أُعيدت تسمية مفتاح المرور إلى «{ $name }».
passkeys-removed = أُزيل مفتاح المرور «{ $name }».
passkeys-start-again = استغرق ذلك وقتًا طويلًا، أو بدأ في علامة تبويب أخرى: أضف مفتاح المرور من جديد.
passkeys-refused = لم يُقبل ردّ متصفحك (كان مُعدًّا لموقع آخر، أو انتهت صلاحيته). حاول مرة أخرى.
passkeys-duplicate = مفتاح المرور هذا مسجّل هنا بالفعل.
passkeys-name-empty = أعطِ مفتاح المرور اسمًا.
passkeys-mail-added-subject = أُضيف مفتاح مرور إلى حسابك في Quill
passkeys-mail-added-what = أُضيف مفتاح مرور باسم «{ $name }» إلى حسابك في Quill. يمكن به تسجيل الدخول دون كلمة مرورك.
passkeys-mail-removed-subject = أُزيل مفتاح مرور من حسابك في Quill
passkeys-mail-removed-what = أُزيل مفتاح المرور المسمّى «{ $name }» من حسابك في Quill، ولم يعد ممكنًا تسجيل الدخول به.
