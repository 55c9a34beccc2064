# Profile pages (/u/name): who someone is, what they wrote, who follows
# them, and the buttons to follow, block or report them.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Some sentences hold a link or other markup in the middle: they are split
# into pieces (…-before, the link's text, …-after) that the page puts
# together, with a space before the link. Translate the pieces so that
# together they read as one sentence; a piece with nothing to say in
# English is written { "" } and may stay empty.
#
# { "\u200E" } is a left-to-right mark: it keeps "@", "#" and "/" beside
# the Latin usernames, tags and paths they belong to in right-to-left text.

## The profile's header

# The "alt" text of the person's picture when the profile is shared
# (link previews). $name is their display name, or their username.
profiles-picture-alt = صورة { $name }
# The title of the link to the person's Atom feed (shown by feed readers).
# $name is their display name, or their username.
profiles-feed-title = منشورات { $name } (Atom)
# One sentence around a date: "@ana · joined [5 Dec 2026]". The date is
# written as the site writes dates elsewhere.
profiles-joined-before = عضو منذ
profiles-joined-after = { "" }
# Counts under the name.
profiles-posts = { $count ->
    [zero] لا منشورات
    [one] منشور واحد
    [two] منشوران
    [few] { $count } منشورات
    [many] { $count } منشورًا
   *[other] { $count } منشور
}
profiles-followers = { $count ->
    [zero] لا متابِعين
    [one] متابِع واحد
    [two] متابِعان
    [few] { $count } متابِعين
    [many] { $count } متابِعًا
   *[other] { $count } متابِع
}
# How many people this person follows.
profiles-following = { $count ->
    [zero] لا يتابع أحدًا
    [one] يتابع شخصًا واحدًا
    [two] يتابع شخصين
    [few] يتابع { $count } أشخاص
    [many] يتابع { $count } شخصًا
   *[other] يتابع { $count } شخص
}

## Buttons and notes

profiles-follow = متابعة
profiles-unfollow = إلغاء المتابعة
# For a visitor who is not logged in, instead of the Follow button.
profiles-log-in-to-follow = سجّل الدخول للمتابعة
# $name is the username of the person shown, whom the reader blocked.
profiles-blocked-note = لقد حظرت { "\u200E" }@{ $name }: لا يرى أيٌّ منكما منشورات الآخر أو تعليقاته، ولا يمكنه متابعتك أو الإعجاب بمنشوراتك أو التعليق عليها أو الإشارة إليك.
# A small button; $name is the username of the person shown.
profiles-block = حظر { "\u200E" }@{ $name }
profiles-unblock = إلغاء حظر { "\u200E" }@{ $name }
# A link to report the person to the moderators.
profiles-report = إبلاغ
# Shown instead of the Report link once the reader reported them.
profiles-reported = لقد أبلغت عن هذا الملف الشخصي.

## The person's posts

profiles-posts-heading = المنشورات
# On one's own profile, with no posts yet. One sentence:
# "You have not written anything yet. [Write your first post]."
profiles-empty-mine-before = لم تكتب شيئًا بعد.
profiles-empty-mine-link = اكتب منشورك الأول
profiles-empty-mine-after = .
# On someone else's profile, with no posts yet.
profiles-empty = لا منشورات بعد.
