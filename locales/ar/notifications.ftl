# Notifications: someone followed you, liked or commented on your post,
# replied to your comment or mentioned you. They are shown on the
# notifications page, as a small pop-up on open pages, and sent by mail
# (one at a time, or gathered in a daily or weekly digest).
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# $who is always people's names: one display name ("Ana"), or several
# joined by notifications-who-two or -many below. $title is a post's title
# as its author wrote it. "Quill" is the software's name: keep it as it is.
# Some sentences hold a link in the middle: they are split into pieces
# (…-before, the link's text, …-after) that are put together with a space
# before the link. Translate the pieces so that together they read as one
# sentence; a piece with nothing to say in English is written { "" } and
# may stay empty.

## The notifications page (/notifications)

notifications-title = الإشعارات
notifications-mark-all-read = تعليم الكل كمقروء
# A small button next to one unread notification.
notifications-mark-read = تعليم كمقروء
# Read out by screen readers before an unread notification.
notifications-unread = غير مقروء:
notifications-empty = لا شيء بعد. عندما يتابعك أحد، أو يُعجب بمنشوراتك أو يعلّق عليها، أو يردّ عليك، أو يشير إليك، سيظهر ذلك هنا.
# After "Mark all read".
notifications-all-read = اطّلعت على كل شيء.
# The link text when a post has no title to show.
notifications-a-post = منشور

## Who did it
# Several people who did the same thing (liked the same post, say) are
# shown as one notification. $first and $second are names; $others is how
# many more people there are (at least 1).

notifications-who-two = { $first } و{ $second }
notifications-who-many = { $others ->
    [one] { $first } و{ $second } وشخص آخر
    [two] { $first } و{ $second } وشخصان آخران
    [few] { $first } و{ $second } و{ $others } أشخاص آخرون
    [many] { $first } و{ $second } و{ $others } شخصًا آخر
   *[other] { $first } و{ $second } و{ $others } شخص آخر
}

## One notification on the page
# Each is one sentence around two links: the names ($who above, a link)
# and the post's title (a link):
#   …-before [Ana and Ben] …-verb [Post title] …-after
# e.g. "Ana and Ben liked My first post". A follow has no title:
#   …-before [Ana] …-verb
# $count is how many people the names stand for, for languages whose verb
# agrees with it.
#
# Arabic: the verb opens the sentence (…-before), so it stays singular
# whatever $count is; …-verb holds the words between the names and the title.

notifications-follow-before = تابعك{ " " }
notifications-follow-verb = { "" }
notifications-like-before = أُعجب{ " " }
notifications-like-verb = بـ
notifications-like-after = { "" }
notifications-comment-before = علّق{ " " }
notifications-comment-verb = على
notifications-comment-after = { "" }
notifications-reply-before = ردّ{ " " }
notifications-reply-verb = على تعليقك في
notifications-reply-after = { "" }
# Named with @ in a comment on a post.
notifications-mention-comment-before = أشار{ " " }
notifications-mention-comment-verb = إليك في تعليق على
notifications-mention-comment-after = { "" }
# Named with @ in a post itself.
notifications-mention-before = أشار{ " " }
notifications-mention-verb = إليك في
notifications-mention-after = { "" }

## One notification as one line of text
# In the pop-up on open pages, for screen readers, and in the mail sent at
# once (whose subject it is when there is only one). $who is one person's
# name. $excerpt is the start of the comment, as its author wrote it.

# Stands for $title when the post's title is unknown.
notifications-your-post = منشورك
notifications-text-follow = تابعك { $who }
notifications-text-like = أُعجب { $who } بـ«{ $title }»
notifications-text-comment = علّق { $who } على «{ $title }»: { $excerpt }
notifications-text-reply = ردّ { $who } على تعليقك في «{ $title }»: { $excerpt }
notifications-text-mention-comment = أشار { $who } إليك في تعليق على «{ $title }»: { $excerpt }
notifications-text-mention = أشار { $who } إليك في «{ $title }»
# The reply of the live notifications address to someone not logged in
# (rarely seen).
notifications-stream-log-in = سجّل الدخول لتلقّي الإشعارات.

## One line of the digest
# Like the page: $who may be several people ("Ana, Ben and 3 others"),
# $count is how many.

notifications-line-follow = تابعك { $who }
notifications-line-like = أُعجب { $who } بـ«{ $title }»
notifications-line-comment = علّق { $who } على «{ $title }»
notifications-line-reply = ردّ { $who } على تعليقك في «{ $title }»
notifications-line-mention-comment = أشار { $who } إليك في تعليق على «{ $title }»
notifications-line-mention = أشار { $who } إليك في «{ $title }»

## Mail sent at once
# For the kinds of notification someone wants "at once"; it gathers
# everything that came in the few minutes before it was sent.

# The subject when there are several notifications (with one, the
# subject is that notification's line, above).
notifications-mail-subject = { $count ->
    [one] إشعار جديد واحد على Quill
    [two] إشعاران جديدان على Quill
    [few] { $count } إشعارات جديدة على Quill
    [many] { $count } إشعارًا جديدًا على Quill
   *[other] { $count } إشعار جديد على Quill
}
# One sentence around a link on the word "Quill" (to the site):
# "Here is what happened on [Quill] that you have not seen yet:"
notifications-mail-intro-before = إليك ما حدث على
notifications-mail-intro-after = ولم تطّلع عليه بعد:
# The same sentence in the plain-text version; $site is the site's address.
notifications-mail-intro-text = إليك ما حدث على Quill ({ $site }) ولم تطّلع عليه بعد:
notifications-mail-why = تصلك هذه الرسالة لأن إعدادات الإشعارات لديك تطلب إرسال هذه الإشعارات فورًا.
# Links at the bottom of notification mail and digests.
notifications-mail-settings-link = تغيير إعداداتك
notifications-mail-stop-link = إيقاف رسائل الإشعارات
# The same, in the plain-text version: each is followed by a space and an
# address.
notifications-mail-settings-label = لتغييرها:
notifications-mail-stop-label = لإيقاف رسائل الإشعارات:

## The digest

# $frequency in the messages below.
notifications-frequency-daily = اليومي
notifications-frequency-weekly = الأسبوعي
# The digest's subject: "Your daily Quill digest: 5 new". $count is how
# many notifications it holds.
notifications-digest-subject = { $count ->
    [one] موجزك { $frequency } من Quill: إشعار جديد واحد
    [two] موجزك { $frequency } من Quill: إشعاران جديدان
    [few] موجزك { $frequency } من Quill: { $count } إشعارات جديدة
    [many] موجزك { $frequency } من Quill: { $count } إشعارًا جديدًا
   *[other] موجزك { $frequency } من Quill: { $count } إشعار جديد
}
# One sentence around a link on the word "Quill" (to the site), with no
# space after the link:
# "Your daily digest from [Quill]: what you have not seen yet."
notifications-digest-intro-before = موجزك { $frequency } من
notifications-digest-intro-after = : ما لم تطّلع عليه بعد.
# The same sentence in the plain-text version; $site is the site's address.
notifications-digest-intro-text = موجزك { $frequency } من Quill ({ $site }): ما لم تطّلع عليه بعد.
# "…ask for one daily" means "ask for a daily digest".
notifications-digest-why = يصلك هذا الموجز لأن إعدادات الإشعارات لديك تطلب الموجز { $frequency }.

## Notification mail settings (/settings/notifications)

notifications-prefs-saved = حُفظت إعدادات رسائل الإشعارات.
# For each kind the choices are: at once, in the digest, never.
notifications-prefs-delivery-invalid = اختر لكل نوع: فورًا، أو في الموجز، أو أبدًا.
notifications-prefs-frequency-invalid = اختر موجزًا يوميًا أو أسبوعيًا.

## The unsubscribe page (the link at the bottom of every notification mail)

notifications-unsubscribe-title = رسائل الإشعارات
notifications-unsubscribe-ask = هل تريد إيقاف جميع رسائل الإشعارات (التعليقات والردود والإشارات والإعجابات والمتابعات والموجزات) لهذا الحساب؟ ستظل رسائل الحساب والأمان تصلك.
notifications-unsubscribe-button = إيقاف رسائل الإشعارات
notifications-unsubscribe-done = تم: لن تصلك رسائل إشعارات بعد الآن. أما رسائل الحساب والأمان (إعادة تعيين كلمة المرور، وتغيير العنوان) فستظل تصلك.
# A button that restores the settings from before unsubscribing.
notifications-unsubscribe-undo = تراجع: راسلني كما في السابق
# One sentence: "Changed your mind? [Log in] to turn them back on in your
# notification settings."
notifications-unsubscribe-log-in-before = غيّرت رأيك؟
notifications-unsubscribe-log-in-link = سجّل الدخول
notifications-unsubscribe-log-in-after = لإعادة تفعيلها من إعدادات الإشعارات.
# One sentence, with no space after the link: "Logged in? Choose per kind
# in [your notification settings]."
notifications-unsubscribe-settings-before = سجّلت الدخول؟ اختر لكل نوع على حدة في
notifications-unsubscribe-settings-link = إعدادات الإشعارات
notifications-unsubscribe-settings-after = .
notifications-unsubscribe-invalid = رابط إلغاء الاشتراك هذا غير صالح. غيّر إعدادات رسائل الإشعارات من إعداداتك بدلًا من ذلك.
# After the undo button on an old unsubscribe page: the settings page opens.
notifications-unsubscribe-choose-here = اختر هنا رسائل الإشعارات التي تريدها.
