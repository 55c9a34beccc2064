# Accounts: signing up, logging in and out, verifying the email address,
# resetting a forgotten password, and the mail these send.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Some sentences hold a link or bold text in the middle: they are split into
# pieces (…-before, the link's text, …-after) that the page puts together
# with a space before the link. Translate the pieces so that together they
# read as one sentence. "Quill" is the software's name: keep it as it is.
#
# { "\u200E" } is a left-to-right mark: it keeps "@", "#" and "/" beside
# the Latin usernames, tags and paths they belong to in right-to-left text.

## Sign-up page (/signup)

accounts-signup-title = إنشاء حساب
accounts-signup-heading = أنشئ حسابك
accounts-username-label = اسم المستخدم
# "/u/name" is the address of a profile page: keep it as it is.
accounts-username-hint = من 3 إلى 30 حرفًا: الحروف a–z والأرقام والشرطة السفلية (_). سيكون عنوانك: { "\u200E" }/u/name.
accounts-email-label = البريد الإلكتروني
accounts-password-label = كلمة المرور
accounts-password-hint = 8 أحرف على الأقل. بضع كلمات لا رابط بينها تصنع كلمة مرور قوية.
# The form's button.
accounts-signup-submit = إنشاء حساب
# One sentence: "Already have an account? [Log in]."
accounts-signup-login-before = لديك حساب بالفعل؟
accounts-signup-login-link = سجّل الدخول
accounts-signup-login-after = .
# Shown after signing up, on the "Check your email" page.
accounts-signup-welcome = أهلًا بك في Quill! افتح الرابط الذي أرسلناه إلى بريدك الإلكتروني لتأكيد عنوانك، ثم سجّل الدخول.
accounts-already-logged-in = أنت مسجّل الدخول بالفعل.
accounts-username-taken = اسم المستخدم هذا مأخوذ. يُرجى اختيار اسم آخر.

## What is wrong with a username, an email address or a new password
## (on the sign-up page, in settings and on the reset page)

accounts-username-reserved = اسم المستخدم هذا محجوز. يُرجى اختيار اسم آخر.
accounts-username-length = اختر اسم مستخدم من 3 إلى 30 حرفًا.
accounts-username-characters = استخدم الحروف a–z والأرقام والشرطة السفلية (_) فقط.
accounts-email-empty = أدخل عنوان بريدك الإلكتروني.
accounts-email-too-long = عنوان البريد الإلكتروني هذا طويل جدًا.
# "ana@example.com" is an example address; it may be replaced by one that
# looks natural in your language.
accounts-email-invalid = أدخل عنوان بريد إلكتروني صالحًا، مثل sara@example.com.
accounts-password-too-short = استخدم 8 أحرف على الأقل لكلمة المرور.
accounts-password-too-long = استخدم 1024 حرفًا على الأكثر لكلمة المرور.
accounts-password-is-name = يجب ألا تكون كلمة المرور هي اسم المستخدم أو عنوان بريدك الإلكتروني.
accounts-password-common = كلمة المرور هذه ضمن قائمة كلمات المرور الأكثر شيوعًا، وهي أول ما يجرّبه المهاجمون. يُرجى اختيار كلمة مرور أخرى.

## Login page (/login)

# The page's title and heading.
accounts-login-title = تسجيل الدخول
accounts-login-label = اسم المستخدم أو البريد الإلكتروني
# The form's button.
accounts-login-submit = تسجيل الدخول
accounts-login-forgot-link = نسيت كلمة المرور؟
# One sentence: "New here? [Create an account]."
accounts-login-signup-before = جديد هنا؟
accounts-login-signup-link = أنشئ حسابًا
accounts-login-signup-after = .
# One sentence: "Never got the verification email? [Resend verification]."
accounts-login-resend-before = لم تصلك رسالة التأكيد؟
accounts-login-resend-link = إعادة إرسال التأكيد
accounts-login-resend-after = .

## Why a login was refused (shown above the login form)

accounts-login-incomplete = أدخل اسم المستخدم أو البريد الإلكتروني، وكلمة المرور.
accounts-login-mismatch = اسم المستخدم أو البريد الإلكتروني وكلمة المرور هذه لا تطابق أي حساب.
accounts-login-suspended = أوقف مشرفو الموقع هذا الحساب.
# The person deleted their account and it waits to be erased; the date and
# the "Keep my account" button follow below.
accounts-login-leaving = لقد حذفت هذا الحساب. سيُمحى نهائيًا في التاريخ المذكور أدناه ما لم تحتفظ به.
# “Resend verification” names the link below the form
# (accounts-login-resend-link): use the same words.
accounts-login-unverified = يُرجى تأكيد عنوان بريدك الإلكتروني أولًا: افتح الرابط الذي أرسلناه إليك. لم تصلك رسالة؟ استخدم «إعادة إرسال التأكيد» أدناه.
# One sentence: "It will be erased on [date]. Until then you can keep it, with
# everything you wrote." The date, in bold, comes between the two pieces.
accounts-login-leaving-before = سيُمحى نهائيًا في
accounts-login-leaving-after = . حتى ذلك الحين يمكنك الاحتفاظ به مع كل ما كتبته.
accounts-login-keep-account = الاحتفاظ بحسابي

## After logging in and out

# $username is the person's username (such as ana_99).
accounts-login-welcome-back = أهلًا بعودتك يا { $username }.
accounts-logged-out = سجّلت الخروج. نراك قريبًا.

## After signing up (/check-email)

accounts-check-email-title = تحقّق من بريدك الإلكتروني
accounts-check-email-sent = إن كان هذا العنوان جديدًا على Quill، فقد أرسلنا إليه رابطًا لتأكيده. افتحه لإكمال التسجيل، ثم سجّل الدخول.
# One sentence: "Nothing arrived after a few minutes? Look in your spam
# folder, or [send the link again]."
accounts-check-email-resend-before = لم يصلك شيء بعد بضع دقائق؟ ابحث في مجلد الرسائل غير المرغوب فيها، أو
accounts-check-email-resend-link = أرسل الرابط مرة أخرى
accounts-check-email-resend-after = .

## Asking for the verification link again (/resend-verification)

accounts-resend-title = إعادة إرسال التأكيد
accounts-resend-heading = إعادة إرسال رابط التأكيد
# The button on the "Resend verification" and "Forgot password" forms.
accounts-send-link = أرسل الرابط
accounts-resend-sent = إن كان هذا العنوان في انتظار التأكيد، فإن رابطًا جديدًا في طريقه إليه.

## Following the link in a verification mail

accounts-email-verified = تم تأكيد عنوان بريدك الإلكتروني. يمكنك تسجيل الدخول الآن.
# “Resend verification” is the link on the login page
# (accounts-login-resend-link): use the same words.
accounts-verify-link-dead = رابط التأكيد هذا غير صالح أو مُستخدَم أو منتهي الصلاحية. سجّل الدخول ليُرسَل إليك رابط جديد، أو استخدم «إعادة إرسال التأكيد».
# After confirming a change of address; $address is the new email address.
accounts-email-changed = عنوان بريدك الإلكتروني الآن هو { $address }.
accounts-email-change-taken = سجّل حسابٌ آخر هذا العنوان في هذه الأثناء، لذا لا يمكن أن يصبح عنوانك. لم يتغيّر عنوانك.

## Forgotten password (/forgot-password, /reset-password)

accounts-forgot-title = نسيت كلمة المرور
accounts-forgot-heading = نسيت كلمة المرور؟
accounts-forgot-sent = إن كان هناك حساب يستخدم هذا العنوان، فإن رابطًا لإعادة تعيين كلمة مروره في طريقه إليه. يعمل الرابط لمدة ساعة واحدة.
accounts-forgot-intro = أدخل عنوان البريد الإلكتروني لحسابك وسنرسل إليك رابطًا لاختيار كلمة مرور جديدة.
# The title and heading of the page the reset link opens.
accounts-reset-title = اختر كلمة مرور جديدة
accounts-reset-password-label = كلمة المرور الجديدة
accounts-reset-submit = تعيين كلمة المرور الجديدة
# “Forgot password” is that page's title (accounts-forgot-title): use the
# same words.
accounts-reset-link-dead = رابط إعادة التعيين هذا غير صالح أو مُستخدَم أو منتهي الصلاحية أو استُبدل برابط أحدث. اطلب رابطًا جديدًا من صفحة «نسيت كلمة المرور».
accounts-password-reset-done = تم تغيير كلمة مرورك. سجّل الدخول بكلمة المرور الجديدة.

## Mail: verifying the address after signing up
## (it starts with mail-hello from mail.ftl; the HTML version ends the
## intro with a button, the plain-text version with the link itself)

accounts-verify-mail-subject = أكّد عنوان بريدك الإلكتروني على Quill
accounts-verify-mail-intro = أهلًا بك في Quill! يُرجى تأكيد أن هذا هو عنوان بريدك الإلكتروني:
accounts-verify-mail-intro-text = أهلًا بك في Quill! يُرجى تأكيد أن هذا هو عنوان بريدك الإلكتروني بفتح هذا الرابط:
# The button in the mail.
accounts-verify-mail-link = تأكيد عنوان بريدي الإلكتروني
accounts-verify-mail-expiry = يعمل الرابط مرة واحدة وتنتهي صلاحيته بعد 48 ساعة. إن لم تكن أنت من أنشأ الحساب، فتجاهل هذه الرسالة.

## Mail: someone tried to sign up with an address that has an account
## (sent to the account's owner)

accounts-signup-attempt-mail-subject = حاول شخص ما التسجيل باستخدام عنوان بريدك الإلكتروني
accounts-signup-attempt-mail-what = حاول شخص ما للتو التسجيل في Quill باستخدام عنوان البريد الإلكتروني هذا، وله حساب بالفعل: حسابك.
accounts-signup-attempt-mail-if-you = إن كنت أنت، فسجّل الدخول باسم المستخدم أو البريد الإلكتروني. وإن نسيت كلمة المرور، فيمكنك إعادة تعيينها.
accounts-signup-attempt-mail-if-not = إن لم تكن أنت، فلا داعي لفعل أي شيء: لم يُنشأ أي حساب جديد.
# The link at the end of the mail, to the "Forgot password" page.
accounts-signup-attempt-mail-link = إعادة تعيين كلمة المرور

## Mail: the password reset link

accounts-reset-mail-subject = إعادة تعيين كلمة مرورك على Quill
accounts-reset-mail-intro = طلب شخص ما إعادة تعيين كلمة مرور حسابك على Quill.
accounts-reset-mail-intro-text = طلب شخص ما إعادة تعيين كلمة مرور حسابك على Quill. لاختيار كلمة مرور جديدة، افتح هذا الرابط:
# The button in the mail.
accounts-reset-mail-link = اختر كلمة مرور جديدة
accounts-reset-mail-expiry = يعمل الرابط مرة واحدة وتنتهي صلاحيته بعد ساعة واحدة، وأي رابط أحدث يُبطل هذا الرابط. إن لم تطلب ذلك، فتجاهل هذه الرسالة: ستبقى كلمة مرورك كما هي.

## Mail: the password was changed

accounts-password-changed-mail-subject = تم تغيير كلمة مرورك على Quill
accounts-password-changed-mail-what = تم للتو تغيير كلمة مرور حسابك على Quill، وسُجّل الخروج من الجلسات التي دخلت بكلمة المرور القديمة.
# One sentence in the HTML mail: "If that was you, there is nothing to do. If
# it was not, [reset your password now]."
accounts-password-changed-mail-if-not-before = إن كنت أنت من فعل ذلك، فلا داعي لفعل أي شيء. وإلا،
accounts-password-changed-mail-if-not-link = أعد تعيين كلمة مرورك الآن
accounts-password-changed-mail-if-not-after = .
# The same in the plain-text mail; $link is the address of the "Forgot
# password" page.
accounts-password-changed-mail-if-not-text = إن كنت أنت من فعل ذلك، فلا داعي لفعل أي شيء. وإلا، أعد تعيين كلمة مرورك الآن: { $link }

# The second step of a login with a second factor (/login/code).
accounts-code-title = أدخل الرمز
accounts-code-explain = لحسابك عامل تحقق ثانٍ. أدخل الرمز المكوّن من ستة أرقام الذي يعرضه تطبيق المصادقة الآن، أو أحد رموز الاسترداد.
accounts-code-label = الرمز
accounts-code-submit = تسجيل الدخول
accounts-code-lost = فقدت هاتفك ورموز الاسترداد؟ إعادة تعيين كلمة المرور لا توقف عامل التحقق الثاني: اطلب من أحد مشرفي الموقع إعادة تعيينه.
accounts-code-wrong = هذا الرمز غير صحيح أو استُخدم من قبل. جرّب الرمز الذي يعرضه التطبيق الآن.
accounts-code-start-again = سجّل الدخول من جديد: خطوة الرمز تنتظر خمس دقائق.

## Passkey sign-in
passkeys-sign-in = تسجيل الدخول بمفتاح مرور
passkeys-login-start-again = استغرق تسجيل الدخول هذا وقتًا طويلًا: جرّب مفتاح المرور مرة أخرى.
passkeys-login-refused = لم يُقبل مفتاح المرور هذا هنا. حاول مرة أخرى، أو سجّل الدخول بكلمة المرور.
passkeys-login-unknown = مفتاح المرور هذا غير مسجّل هنا (ربما أُزيل). سجّل الدخول بكلمة المرور.
