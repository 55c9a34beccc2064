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

notifications-title = Notifications
notifications-mark-all-read = Mark all read
# A small button next to one unread notification.
notifications-mark-read = Mark read
# Read out by screen readers before an unread notification.
notifications-unread = Unread:
notifications-empty = Nothing yet. When someone follows you, likes or comments on your posts, replies to you or mentions you, it shows here.
# After "Mark all read".
notifications-all-read = All caught up.
# The link text when a post has no title to show.
notifications-a-post = a post

## Who did it
# Several people who did the same thing (liked the same post, say) are
# shown as one notification. $first and $second are names; $others is how
# many more people there are (at least 1).

notifications-who-two = { $first } and { $second }
notifications-who-many = { $first }, { $second } and { $others } others

## One notification on the page
# Each is one sentence around two links: the names ($who above, a link)
# and the post's title (a link):
#   …-before [Ana and Ben] …-verb [Post title] …-after
# e.g. "Ana and Ben liked My first post". A follow has no title:
#   …-before [Ana] …-verb
# $count is how many people the names stand for, for languages whose verb
# agrees with it.

notifications-follow-before = { "" }
notifications-follow-verb = followed you
notifications-like-before = { "" }
notifications-like-verb = liked
notifications-like-after = { "" }
notifications-comment-before = { "" }
notifications-comment-verb = commented on
notifications-comment-after = { "" }
notifications-reply-before = { "" }
notifications-reply-verb = replied to your comment on
notifications-reply-after = { "" }
# Named with @ in a comment on a post.
notifications-mention-comment-before = { "" }
notifications-mention-comment-verb = mentioned you in a comment on
notifications-mention-comment-after = { "" }
# Named with @ in a post itself.
notifications-mention-before = { "" }
notifications-mention-verb = mentioned you in
notifications-mention-after = { "" }

## One notification as one line of text
# In the pop-up on open pages, for screen readers, and in the mail sent at
# once (whose subject it is when there is only one). $who is one person's
# name. $excerpt is the start of the comment, as its author wrote it.

# Stands for $title when the post's title is unknown.
notifications-your-post = your post
notifications-text-follow = { $who } followed you
notifications-text-like = { $who } liked “{ $title }”
notifications-text-comment = { $who } commented on “{ $title }”: { $excerpt }
notifications-text-reply = { $who } replied to your comment on “{ $title }”: { $excerpt }
notifications-text-mention-comment = { $who } mentioned you in a comment on “{ $title }”: { $excerpt }
notifications-text-mention = { $who } mentioned you in “{ $title }”
# The reply of the live notifications address to someone not logged in
# (rarely seen).
notifications-stream-log-in = Log in to receive notifications.

## One line of the digest
# Like the page: $who may be several people ("Ana, Ben and 3 others"),
# $count is how many.

notifications-line-follow = { $who } followed you
notifications-line-like = { $who } liked “{ $title }”
notifications-line-comment = { $who } commented on “{ $title }”
notifications-line-reply = { $who } replied to your comment on “{ $title }”
notifications-line-mention-comment = { $who } mentioned you in a comment on “{ $title }”
notifications-line-mention = { $who } mentioned you in “{ $title }”

## Mail sent at once
# For the kinds of notification someone wants "at once"; it gathers
# everything that came in the few minutes before it was sent.

# The subject when there are several notifications (with one, the
# subject is that notification's line, above).
notifications-mail-subject = { $count ->
    [one] { $count } new notification on Quill
   *[other] { $count } new notifications on Quill
}
# One sentence around a link on the word "Quill" (to the site):
# "Here is what happened on [Quill] that you have not seen yet:"
notifications-mail-intro-before = Here is what happened on
notifications-mail-intro-after = that you have not seen yet:
# The same sentence in the plain-text version; $site is the site's address.
notifications-mail-intro-text = Here is what happened on Quill ({ $site }) that you have not seen yet:
notifications-mail-why = You get this email because your notification settings ask for these at once.
# Links at the bottom of notification mail and digests.
notifications-mail-settings-link = Change your settings
notifications-mail-stop-link = Stop notification emails
# The same, in the plain-text version: each is followed by a space and an
# address.
notifications-mail-settings-label = Change them:
notifications-mail-stop-label = Stop notification emails:

## The digest

# $frequency in the messages below.
notifications-frequency-daily = daily
notifications-frequency-weekly = weekly
# The digest's subject: "Your daily Quill digest: 5 new". $count is how
# many notifications it holds.
notifications-digest-subject = { $count ->
    [one] Your { $frequency } Quill digest: { $count } new
   *[other] Your { $frequency } Quill digest: { $count } new
}
# One sentence around a link on the word "Quill" (to the site), with no
# space after the link:
# "Your daily digest from [Quill]: what you have not seen yet."
notifications-digest-intro-before = Your { $frequency } digest from
notifications-digest-intro-after = : what you have not seen yet.
# The same sentence in the plain-text version; $site is the site's address.
notifications-digest-intro-text = Your { $frequency } digest from Quill ({ $site }): what you have not seen yet.
# "…ask for one daily" means "ask for a daily digest".
notifications-digest-why = You get this digest because your notification settings ask for one { $frequency }.

## Notification mail settings (/settings/notifications)

notifications-prefs-saved = Your notification emails are set.
# For each kind the choices are: at once, in the digest, never.
notifications-prefs-delivery-invalid = Choose at once, in the digest, or never for each.
notifications-prefs-frequency-invalid = Choose a daily or a weekly digest.

## The unsubscribe page (the link at the bottom of every notification mail)

notifications-unsubscribe-title = Notification emails
notifications-unsubscribe-ask = Stop all notification emails (comments, replies, mentions, likes, follows and digests) for this account? Account and security emails still come.
notifications-unsubscribe-button = Stop notification emails
notifications-unsubscribe-done = Done: you will get no more notification emails. Account and security emails (password resets, address changes) still come.
# A button that restores the settings from before unsubscribing.
notifications-unsubscribe-undo = Undo: email me as before
# One sentence: "Changed your mind? [Log in] to turn them back on in your
# notification settings."
notifications-unsubscribe-log-in-before = Changed your mind?
notifications-unsubscribe-log-in-link = Log in
notifications-unsubscribe-log-in-after = to turn them back on in your notification settings.
# One sentence, with no space after the link: "Logged in? Choose per kind
# in [your notification settings]."
notifications-unsubscribe-settings-before = Logged in? Choose per kind in
notifications-unsubscribe-settings-link = your notification settings
notifications-unsubscribe-settings-after = .
notifications-unsubscribe-invalid = This unsubscribe link is not valid. Change your notification emails in your settings instead.
# After the undo button on an old unsubscribe page: the settings page opens.
notifications-unsubscribe-choose-here = Choose which notification emails you want here.
