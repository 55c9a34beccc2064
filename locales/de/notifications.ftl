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

notifications-title = Benachrichtigungen
notifications-mark-all-read = Alle als gelesen markieren
# A small button next to one unread notification.
notifications-mark-read = Als gelesen markieren
# Read out by screen readers before an unread notification.
notifications-unread = Ungelesen:
notifications-empty = Noch nichts da. Wenn dir jemand folgt, deine Beiträge likt oder kommentiert, dir antwortet oder dich erwähnt, erscheint das hier.
# After "Mark all read".
notifications-all-read = Du bist auf dem neuesten Stand.
# The link text when a post has no title to show.
notifications-a-post = (ohne Titel)

## Who did it
# Several people who did the same thing (liked the same post, say) are
# shown as one notification. $first and $second are names; $others is how
# many more people there are (at least 1).

notifications-who-two = { $first } und { $second }
notifications-who-many = { $others ->
    [one] { $first }, { $second } und { $others } weitere Person
   *[other] { $first }, { $second } und { $others } weitere
}

## One notification on the page
# Each is one sentence around two links: the names ($who above, a link)
# and the post's title (a link):
#   …-before [Ana and Ben] …-verb [Post title] …-after
# e.g. "Ana and Ben liked My first post". A follow has no title:
#   …-before [Ana] …-verb
# $count is how many people the names stand for, for languages whose verb
# agrees with it.

notifications-follow-before = { "" }
notifications-follow-verb = { $count ->
    [one] folgt dir jetzt
   *[other] folgen dir jetzt
}
notifications-like-before = { "" }
notifications-like-verb = { $count ->
    [one] hat deinen Beitrag
   *[other] haben deinen Beitrag
}
notifications-like-after = { " " }gelikt
notifications-comment-before = { "" }
notifications-comment-verb = { $count ->
    [one] hat deinen Beitrag
   *[other] haben deinen Beitrag
}
notifications-comment-after = { " " }kommentiert
notifications-reply-before = { "" }
notifications-reply-verb = { $count ->
    [one] hat auf deinen Kommentar zum Beitrag
   *[other] haben auf deinen Kommentar zum Beitrag
}
notifications-reply-after = { " " }geantwortet
# Named with @ in a comment on a post.
notifications-mention-comment-before = { "" }
notifications-mention-comment-verb = { $count ->
    [one] hat dich in einem Kommentar zum Beitrag
   *[other] haben dich in Kommentaren zum Beitrag
}
notifications-mention-comment-after = { " " }erwähnt
# Named with @ in a post itself.
notifications-mention-before = { "" }
notifications-mention-verb = { $count ->
    [one] hat dich im Beitrag
   *[other] haben dich im Beitrag
}
notifications-mention-after = { " " }erwähnt

## One notification as one line of text
# In the pop-up on open pages, for screen readers, and in the mail sent at
# once (whose subject it is when there is only one). $who is one person's
# name. $excerpt is the start of the comment, as its author wrote it.

# Stands for $title when the post's title is unknown.
notifications-your-post = ohne Titel
notifications-text-follow = { $who } folgt dir jetzt
notifications-text-like = { $who } hat deinen Beitrag „{ $title }“ gelikt
notifications-text-comment = { $who } hat deinen Beitrag „{ $title }“ kommentiert: { $excerpt }
notifications-text-reply = { $who } hat auf deinen Kommentar zum Beitrag „{ $title }“ geantwortet: { $excerpt }
notifications-text-mention-comment = { $who } hat dich in einem Kommentar zum Beitrag „{ $title }“ erwähnt: { $excerpt }
notifications-text-mention = { $who } hat dich im Beitrag „{ $title }“ erwähnt
# The reply of the live notifications address to someone not logged in
# (rarely seen).
notifications-stream-log-in = Melde dich an, um Benachrichtigungen zu empfangen.

## One line of the digest
# Like the page: $who may be several people ("Ana, Ben and 3 others"),
# $count is how many.

notifications-line-follow = { $count ->
    [one] { $who } folgt dir jetzt
   *[other] { $who } folgen dir jetzt
}
notifications-line-like = { $count ->
    [one] { $who } hat deinen Beitrag „{ $title }“ gelikt
   *[other] { $who } haben deinen Beitrag „{ $title }“ gelikt
}
notifications-line-comment = { $count ->
    [one] { $who } hat deinen Beitrag „{ $title }“ kommentiert
   *[other] { $who } haben deinen Beitrag „{ $title }“ kommentiert
}
notifications-line-reply = { $count ->
    [one] { $who } hat auf deinen Kommentar zum Beitrag „{ $title }“ geantwortet
   *[other] { $who } haben auf deinen Kommentar zum Beitrag „{ $title }“ geantwortet
}
notifications-line-mention-comment = { $count ->
    [one] { $who } hat dich in einem Kommentar zum Beitrag „{ $title }“ erwähnt
   *[other] { $who } haben dich in Kommentaren zum Beitrag „{ $title }“ erwähnt
}
notifications-line-mention = { $count ->
    [one] { $who } hat dich im Beitrag „{ $title }“ erwähnt
   *[other] { $who } haben dich im Beitrag „{ $title }“ erwähnt
}

## Mail sent at once
# For the kinds of notification someone wants "at once"; it gathers
# everything that came in the few minutes before it was sent.

# The subject when there are several notifications (with one, the
# subject is that notification's line, above).
notifications-mail-subject = { $count ->
    [one] { $count } neue Benachrichtigung auf Quill
   *[other] { $count } neue Benachrichtigungen auf Quill
}
# One sentence around a link on the word "Quill" (to the site):
# "Here is what happened on [Quill] that you have not seen yet:"
notifications-mail-intro-before = Das hast du auf
notifications-mail-intro-after = noch nicht gesehen:
# The same sentence in the plain-text version; $site is the site's address.
notifications-mail-intro-text = Das hast du auf Quill ({ $site }) noch nicht gesehen:
notifications-mail-why = Du bekommst diese E-Mail, weil deine Benachrichtigungseinstellungen für diese Benachrichtigungen eine sofortige E-Mail vorsehen.
# Links at the bottom of notification mail and digests.
notifications-mail-settings-link = Einstellungen ändern
notifications-mail-stop-link = Benachrichtigungs-E-Mails abbestellen
# The same, in the plain-text version: each is followed by a space and an
# address.
notifications-mail-settings-label = Einstellungen ändern:
notifications-mail-stop-label = Benachrichtigungs-E-Mails abbestellen:

## The digest

# $frequency in the messages below.
notifications-frequency-daily = tägliche
notifications-frequency-weekly = wöchentliche
# The digest's subject: "Your daily Quill digest: 5 new". $count is how
# many notifications it holds.
notifications-digest-subject = { $count ->
    [one] Deine { $frequency } Quill-Zusammenfassung: { $count } Neuigkeit
   *[other] Deine { $frequency } Quill-Zusammenfassung: { $count } Neuigkeiten
}
# One sentence around a link on the word "Quill" (to the site), with no
# space after the link:
# "Your daily digest from [Quill]: what you have not seen yet."
notifications-digest-intro-before = Deine { $frequency } Zusammenfassung von
notifications-digest-intro-after = : was du noch nicht gesehen hast.
# The same sentence in the plain-text version; $site is the site's address.
notifications-digest-intro-text = Deine { $frequency } Zusammenfassung von Quill ({ $site }): was du noch nicht gesehen hast.
# "…ask for one daily" means "ask for a daily digest".
notifications-digest-why = Du bekommst diese Zusammenfassung, weil deine Benachrichtigungseinstellungen eine { $frequency } Zusammenfassung vorsehen.

## Notification mail settings (/settings/notifications)

notifications-prefs-saved = Deine Benachrichtigungs-E-Mails sind eingestellt.
# For each kind the choices are: at once, in the digest, never.
notifications-prefs-delivery-invalid = Wähle für jede Art: sofort, in der Zusammenfassung oder nie.
notifications-prefs-frequency-invalid = Wähle eine tägliche oder eine wöchentliche Zusammenfassung.

## The unsubscribe page (the link at the bottom of every notification mail)

notifications-unsubscribe-title = Benachrichtigungs-E-Mails
notifications-unsubscribe-ask = Alle Benachrichtigungs-E-Mails (Kommentare, Antworten, Erwähnungen, Likes, neue Follower und Zusammenfassungen) für dieses Konto abbestellen? E-Mails zu deinem Konto und zur Sicherheit bekommst du weiterhin.
notifications-unsubscribe-button = Benachrichtigungs-E-Mails abbestellen
notifications-unsubscribe-done = Erledigt: Du bekommst keine Benachrichtigungs-E-Mails mehr. E-Mails zu deinem Konto und zur Sicherheit (Zurücksetzen des Passworts, Änderung der E-Mail-Adresse) bekommst du weiterhin.
# A button that restores the settings from before unsubscribing.
notifications-unsubscribe-undo = Rückgängig: E-Mails wieder wie vorher senden
# One sentence: "Changed your mind? [Log in] to turn them back on in your
# notification settings."
notifications-unsubscribe-log-in-before = Du hast es dir anders überlegt?
notifications-unsubscribe-log-in-link = Melde dich an
notifications-unsubscribe-log-in-after = und schalte sie in deinen Benachrichtigungseinstellungen wieder ein.
# One sentence, with no space after the link: "Logged in? Choose per kind
# in [your notification settings]."
notifications-unsubscribe-settings-before = Angemeldet? Wähle für jede Art einzeln in
notifications-unsubscribe-settings-link = deinen Benachrichtigungseinstellungen
notifications-unsubscribe-settings-after = .
notifications-unsubscribe-invalid = Dieser Link zum Abbestellen ist ungültig. Ändere deine Benachrichtigungs-E-Mails stattdessen in deinen Einstellungen.
# After the undo button on an old unsubscribe page: the settings page opens.
notifications-unsubscribe-choose-here = Wähle hier, welche Benachrichtigungs-E-Mails du bekommen möchtest.
