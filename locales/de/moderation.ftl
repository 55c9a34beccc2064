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
    [post] Beitrag melden
    [comment] Kommentar melden
   *[user] Profil melden
}
# "The profile of @name" (the @name is a link). One phrase in two pieces
# around the link; the second piece is empty in English.
moderation-report-profile-before = Das Profil von{ " " }
moderation-report-profile-after = { "" }
# "You reported this on 5 Dec 2026. A moderator will look at it; …" One
# sentence in two pieces around the date.
moderation-report-already-before = Du hast das am{ " " }
moderation-report-already-after = { " " }gemeldet. Das Moderationsteam sieht es sich an; du musst nichts weiter tun.
moderation-report-back = ← Zurück
moderation-report-intro = Meldungen gehen an das Moderationsteam der Website, nicht an die Person, die du meldest. Jede Person kann einen Inhalt nur einmal melden.
moderation-report-reason-legend = Was stimmt damit nicht?
moderation-report-details-label = Details
# After "Details", in grey. “Something else” is the last reason (moderation-reason-other).
moderation-report-details-optional = (optional, nötig bei „Etwas anderes“)
# $max is a number of characters.
moderation-report-details-hint = Höchstens { $max } Zeichen. Links oder Zusammenhänge helfen dem Moderationsteam bei der Entscheidung.
moderation-report-send = Meldung senden
moderation-report-cancel = Abbrechen
moderation-report-thanks = Danke! Das Moderationsteam sieht es sich an.
moderation-report-repeat = Du hattest das bereits gemeldet; das Moderationsteam sieht es sich an.

## Why something is reported: the form's choices

moderation-reason-spam = Spam
moderation-reason-harassment = Belästigung
moderation-reason-illegal = Illegale Inhalte
moderation-reason-other = Etwas anderes
# The same inside a sentence, as moderation-report-mail-what uses them:
# "Someone reported a post (spam)."
moderation-reason-spam-inline = Spam
moderation-reason-harassment-inline = Belästigung
moderation-reason-illegal-inline = illegale Inhalte
moderation-reason-other-inline = etwas anderes

## What is wrong with a report that is sent

# "kind" and "target" are the names of the form's fields; keep them as they are.
moderation-report-kind-missing = Wähle, was du melden möchtest: einen Beitrag, einen Kommentar oder ein Profil (kind = post, comment oder user).
moderation-report-target-missing = { $kind ->
    [post] Gib an, welchen Beitrag du meldest (target).
    [comment] Gib an, welchen Kommentar du meldest (target).
   *[user] Gib an, welches Profil du meldest (target).
}
moderation-report-own = { $kind ->
    [post] Du kannst deinen eigenen Beitrag nicht melden.
    [comment] Du kannst deinen eigenen Kommentar nicht melden.
   *[user] Du kannst dich nicht selbst melden.
}
moderation-report-reason-missing = Wähle einen Grund: Spam, Belästigung, illegale Inhalte oder etwas anderes.
moderation-report-details-missing = Beschreibe in ein paar Worten, was nicht stimmt.
# $max is the most characters the details may have, $count how many these have.
moderation-report-details-too-long = Die Details dürfen höchstens { $max } Zeichen lang sein (es sind gerade { $count }).

## Mail to staff about a new report

moderation-report-mail-subject = Eine neue Meldung auf Quill
# $reason is one of the moderation-reason-…-inline messages above.
moderation-report-mail-what = { $kind ->
    [post] Jemand hat einen Beitrag gemeldet ({ $reason }). Er wartet in der Moderationswarteschlange.
    [comment] Jemand hat einen Kommentar gemeldet ({ $reason }). Er wartet in der Moderationswarteschlange.
    [user] Jemand hat ein Profil gemeldet ({ $reason }). Es wartet in der Moderationswarteschlange.
   *[other] Jemand hat einen Inhalt gemeldet ({ $reason }). Er wartet in der Moderationswarteschlange.
}
moderation-report-mail-why = Du bekommst diese E-Mail, weil du sie angefordert hast; du kannst sie in deinen Benachrichtigungseinstellungen abschalten.
moderation-report-mail-link = Moderationswarteschlange öffnen

## Mail to an author whose post or comment staff removed

# $kind is post or comment here.
moderation-removed-mail-subject = { $kind ->
    [comment] Dein Kommentar auf Quill wurde entfernt
   *[post] Dein Beitrag auf Quill wurde entfernt
}
# $label is the post's title or the comment's first words.
moderation-removed-mail-what = { $kind ->
    [comment] Dein Kommentar „{ $label }“ wurde vom Moderationsteam der Website entfernt.
   *[post] Dein Beitrag „{ $label }“ wurde vom Moderationsteam der Website entfernt.
}
moderation-removed-mail-no-reason = Es wurde kein Grund angegeben.
# $reason is what the moderator wrote, in their words.
moderation-removed-mail-reason = Angegebener Grund: { $reason }
moderation-removed-mail-mistake = Wenn du das für einen Fehler hältst, antworte auf diese E-Mail.
moderation-removed-mail-link = Dein Profil
