# Quill's admin pages (for moderators and admins), the dev mailbox, and
# the mail Quill sends admins.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Plurals use the language's own categories (zero, one, two, few, many,
# other): see https://projectfluent.org/fluent/guide/selectors.html
#
# Left in English on purpose: job kinds (`backup`, `reindex_search`),
# schedule names and audit action codes (`delete-post`, `ban`), which the
# pages show as identifiers; settings such as QUILL_BACKUP_DIR and
# SMTP_URL; commands such as `quill backup --out FILE`.

## Shared by several admin pages

# The section navigation at the top of every admin page.
admin-nav-label = Verwaltung
admin-nav-dashboard = Übersicht
admin-nav-people = Personen
admin-nav-posts = Beiträge
admin-nav-comments = Kommentare
admin-nav-reports = Meldungen
admin-nav-jobs = Jobs
admin-nav-search = Suche
admin-nav-audit = Audit-Log

# The checkbox next to a button that deletes or discards something.
admin-confirm-sure = Ja, sicher
admin-delete-button = Löschen
# Placeholder of the reason field when deleting or removing someone's
# post or comment.
admin-reason-told-placeholder = Grund (wird dem Autor mitgeteilt)
# Label (on a person's page) and placeholder (in the reports queue) of the
# reason field for a ban.
admin-ban-reason = Grund für die Sperre
# A button; $username is a username, without the @.
admin-ban-user = @{ $username } sperren

# A person's role, shown in the people list and on their page. $role is
# the stored role: user, moderator or admin.
admin-role = { $role ->
    [admin] Admin
    [moderator] Moderator
   *[user] Mitglied
}
# A person's status in the people list and on their page.
admin-status = { $status ->
    [banned] gesperrt
    [verified] bestätigt
   *[unverified] unbestätigt
}

# A full stop after a bold part or a link that ends a sentence.
admin-full-stop = .

## Errors and refusals

admin-forbidden-admins = Diese Seite ist für die Admins der Website.
admin-forbidden-staff = Diese Seite ist für das Moderationsteam und die Admins der Website.
admin-last-admin = Quill braucht mindestens einen Admin, und das hier ist der letzte aktive. Ernenne zuerst jemand anderen zum Admin.
admin-not-self = Das kannst du nicht mit deinem eigenen Konto tun. Bitte einen anderen Admin darum.
admin-reason-missing = Gib einen Grund an: Er wird im Audit-Log festgehalten und der Person mitgeteilt.
# $max is a number of characters.
admin-reason-too-long = Der Grund darf höchstens { $max } Zeichen lang sein.
admin-confirm-missing = Setze zur Bestätigung das Häkchen: Das lässt sich nicht rückgängig machen.

## Dashboard

admin-dashboard-title = Verwaltung · Übersicht
admin-dashboard-heading = Verwaltung
admin-dashboard-reports = Meldungen
admin-dashboard-no-reports = Keine offenen Meldungen.
# Follows the number of open reports ($count), which is shown in bold just
# before this text; $items is how many posts, comments or profiles they
# are about.
admin-dashboard-open-reports = { $count ->
    [one] offene Meldung
   *[other] offene Meldungen
} zu { $items ->
    [one] { $items } Inhalt
   *[other] { $items } Inhalten
}.
admin-dashboard-queue-link = Zur Moderationswarteschlange
admin-dashboard-people = Personen
admin-dashboard-verified = Bestätigt
admin-dashboard-unverified = Unbestätigt
admin-dashboard-banned = Gesperrt
admin-dashboard-content = Inhalte
admin-dashboard-posts = Beiträge
admin-dashboard-comments = Kommentare
admin-dashboard-likes = Likes
# The heading above the charts; $days is 30.
admin-dashboard-last-days = { $days ->
    [one] Der letzte Tag
   *[other] Die letzten { $days } Tage
}
admin-dashboard-jobs = Job-Warteschlange
admin-dashboard-jobs-link = Jobs ansehen
admin-dashboard-backups = Backups
admin-dashboard-search = Suchindex
# $docs and $visible are numbers of posts.
admin-dashboard-index-in-step = { $docs } Beiträge im Index, { $visible } sichtbare Beiträge in der Datenbank: synchron.
# Followed by “not in step” in bold (admin-search-not-in-step) and a link
# to the search page (admin-dashboard-index-check-link).
admin-dashboard-index-not-in-step = { $docs } Beiträge im Index, { $visible } sichtbare Beiträge in der Datenbank:
admin-dashboard-index-check-link = Prüfen oder neu indexieren

## Dashboard charts

# Captions of the two charts, and what a screen reader says they are.
admin-chart-signups = Registrierungen pro Tag
admin-chart-posts = Beiträge pro Tag
# What a screen reader says for a chart: $title is one of the two above,
# $total how many there were in all, over $days days.
admin-chart-summary = { $title }: { $total } in { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
}
# A day under the chart, without the year; $month is the short month name
# (month-1 … month-12 in common.ftl).
admin-chart-day = { $day }. { $month }
# The tooltip of one bar: $day as above, $count the number that day.
admin-chart-bar = { $day }: { $count }

## Dashboard: backups

# In bold, followed by admin-backup-failed-details.
admin-backup-failed = Das letzte geplante Backup ist fehlgeschlagen
# $ago is how long ago (“3 hours ago”), $file the archive's file name,
# $error what went wrong (often from another program, in English).
admin-backup-failed-details = ({ $ago }, { $file }): { $error }
# The error when a backup never finished.
admin-backup-unfinished = es wurde nicht innerhalb seines Zeitlimits fertig (der Prozess wurde beendet oder hing)
# “Last backup: quill-20261206T000000Z.tar.zst, 1.2 GB, 3 hours ago.”: the
# file name is shown in bold between the two parts. $size is a size such
# as “1.2 GB”, $ago how long ago.
admin-backup-last-before = Letztes Backup:
admin-backup-last-after = , { $size }, { $ago }.
admin-backup-none = Es wurde noch kein geplantes Backup geschrieben.
# $every is one of the three below, $dir a folder on the server, $keep a
# number of backups.
admin-backup-plan = { $every } nach { $dir }; die neuesten { $keep } werden behalten.
admin-backup-every-days = { $count ->
    [one] Jeden Tag
   *[other] Alle { $count } Tage
}
admin-backup-every-hours = { $count ->
    [one] Jede Stunde
   *[other] Alle { $count } Stunden
}
admin-backup-every-minutes = { $count ->
    [one] Jede Minute
   *[other] Alle { $count } Minuten
}
# One sentence around the setting QUILL_BACKUP_DIR, shown between the two
# parts: “Scheduled backups are off: set QUILL_BACKUP_DIR (see the
# operations guide).”
admin-backup-off-before = Geplante Backups sind ausgeschaltet: Setze
admin-backup-off-after = (siehe Betriebshandbuch).
# Follows the command `quill backup --out FILE`.
admin-backup-by-hand = erstellt ein Backup von Hand.

## Mail to every admin when a scheduled backup fails

admin-backup-mail-subject = Ein Quill-Backup ist fehlgeschlagen
# $file is the archive's file name.
admin-backup-mail-what = Das geplante Backup { $file } konnte nicht geschrieben werden.
# $error is what went wrong, often from another program, in English.
admin-backup-mail-why = Der Fehler: { $error }
admin-backup-mail-next = Bis das behoben ist, hat die Website kein neues Backup. Der nächste geplante Lauf versucht es erneut; `quill backup --out FILE` erstellt eines von Hand.
admin-backup-mail-link = Verwaltungsübersicht öffnen

## People

admin-users-title = Verwaltung · Personen
admin-users-heading = Personen
admin-users-search-label = Name oder E-Mail-Adresse
admin-users-search-button = Suchen
admin-users-empty = Es hat sich noch niemand registriert.
# $query is what the admin searched for.
admin-users-no-match = Niemand passt zu „{ $query }“.
admin-users-col-person = Person
admin-users-col-email = E-Mail-Adresse
admin-users-col-role = Rolle
admin-users-col-status = Status
admin-users-col-joined = Beigetreten
admin-users-col-actions = Aktionen
admin-users-verify = Bestätigen
admin-users-unban = Entsperren
admin-users-ban = Sperren
# For screen readers; $username is a username, without the @.
admin-users-ban-reason-label = Grund für die Sperre von @{ $username }
admin-users-ban-reason-placeholder = Grund
admin-users-more = Mehr…

## A person's page

# $username is a username, without the @.
admin-user-title = Verwaltung · @{ $username }
admin-user-email = E-Mail-Adresse
admin-user-status = Status
admin-user-role = Rolle
admin-user-joined = Beigetreten
admin-user-posts = Beiträge
admin-user-comments = Kommentare
admin-user-pictures = Bilder
admin-user-profile = Profil
admin-user-own-account = Das ist dein eigenes Konto: Bitte einen anderen Admin, es zu sperren, zu löschen oder seine Rolle zu ändern.
admin-user-actions = Aktionen
admin-user-verify = E-Mail-Adresse als bestätigt markieren
admin-user-resend = Bestätigungslink erneut senden
# $role is the role one step up: moderator or admin.
admin-user-promote = { $role ->
    [admin] Zum Admin befördern
   *[moderator] Zum Moderator befördern
}
# $role is the role one step down: moderator or user.
admin-user-demote = { $role ->
    [moderator] Zum Moderator herabstufen
   *[user] Zum Mitglied herabstufen
}
# A button; $username is a username, without the @.
admin-user-unban = @{ $username } entsperren
admin-user-ban-hint = Die Person wird sofort überall abgemeldet, kann sich nicht mehr anmelden, und ihre Beiträge werden ausgeblendet. Der Grund kommt ins Audit-Log.
admin-user-delete-heading = Konto löschen
admin-user-delete-reason = Grund
# Next to the checkbox that confirms the deletion; $username is a
# username, without the @; $posts and $comments are numbers.
admin-user-delete-confirm = @{ $username } mit allen { $posts } Beiträgen und { $comments } Kommentaren löschen. Das lässt sich nicht rückgängig machen.
admin-user-delete-button = Konto löschen
admin-user-recent-posts = Neueste Beiträge
admin-user-no-posts = Keine Beiträge.
admin-user-sessions = Sitzungen
admin-user-no-sessions = Nirgends angemeldet.
admin-user-session-started = Begonnen
admin-user-session-ends = Ablauf bei Inaktivität

## What happened, after an action on a person (shown at the top of the page)
# $username is a username, without the @.

admin-user-already-verified = Diese Adresse war bereits bestätigt.
admin-user-verified = Die E-Mail-Adresse von { $username } ist bestätigt.
admin-user-resend-refused = Nur einem unbestätigten, aktiven Konto kann ein Bestätigungslink geschickt werden.
# $email is the person's email address.
admin-user-resent = Ein neuer Bestätigungslink ist an { $email } unterwegs.
admin-user-already-banned = Dieses Konto war bereits gesperrt.
admin-user-banned = { $username } ist gesperrt und überall abgemeldet; die Beiträge der Person sind ausgeblendet.
admin-user-not-banned = Dieses Konto war nicht gesperrt.
admin-user-deleted-by-owner = Diese Person hat ihr Konto selbst gelöscht: Nur sie kann es behalten, indem sie sich anmeldet, bevor es endgültig gelöscht wird.
admin-user-unbanned = { $username } kann sich wieder anmelden; die Beiträge der Person sind wieder sichtbar.
# $role is their role: user, moderator or admin.
admin-user-role-unchanged = { $username } ist bereits { $role ->
    [admin] Admin
    [moderator] Moderator
   *[user] Mitglied
}.
admin-user-role-changed-meanwhile = Die Rolle wurde inzwischen geändert; sieh noch einmal nach.
# $role is their new role: user, moderator or admin.
admin-user-role-changed = { $username } ist jetzt { $role ->
    [admin] Admin
    [moderator] Moderator
   *[user] Mitglied
}.
admin-user-deleted = Das Konto, die Beiträge und die Kommentare von { $username } sind gelöscht.

## Posts and comments

admin-posts-title = Verwaltung · Beiträge
admin-posts-heading = Beiträge
admin-posts-empty = Noch keine Beiträge.
# After a post's title; $author is a username, without the @.
admin-posts-by = von @{ $author }
# For screen readers; $title is the post's title.
admin-posts-reason-label = Grund für das Löschen von „{ $title }“
admin-posts-admins-only = Beitrag eines Admins: Nur ein Admin kann ihn löschen.
# $author is a username, without the @.
admin-posts-deleted = Der Beitrag ist gelöscht; { $author } erfährt per E-Mail, warum.

admin-comments-title = Verwaltung · Kommentare
admin-comments-heading = Kommentare
admin-comments-empty = Noch keine Kommentare.
# One sentence around the title of the post the comment is on, which is a
# link shown between the two parts: “@ana on My first post”. $author is a
# username, without the @. The second part is empty in English.
admin-comments-on-before = @{ $author } zu
admin-comments-on-after = { "" }
# For screen readers.
admin-comments-reason-label = Grund für das Löschen dieses Kommentars
admin-comments-admins-only = Kommentar eines Admins: Nur ein Admin kann ihn löschen.
admin-comments-deleted = Der Kommentar ist gelöscht; der Autor erfährt per E-Mail, warum.

## Reports (the moderation queue)
# $kind, where it appears, is what was reported: post, comment or user (a
# profile).

admin-reports-title = Verwaltung · Meldungen
admin-reports-heading = Meldungen
# $count is the number of open reports, $items how many posts, comments
# or profiles they are about.
admin-reports-summary = { $count ->
    [one] { $count } offene Meldung
   *[other] { $count } offene Meldungen
} zu { $items ->
    [one] { $items } Inhalt
   *[other] { $items } Inhalten
}, die ältesten zuerst. Eine Entscheidung schließt alle Meldungen zu ihrem Inhalt.
admin-reports-open = Offen
admin-reports-empty = Nichts zu prüfen: keine offenen Meldungen.
# The tag in front of a reported item.
admin-reports-kind = { $kind ->
    [post] Beitrag
    [comment] Kommentar
    [user] Profil
   *[other] Inhalt
}
# After an item that was deleted since it was reported.
admin-reports-gone = (nicht mehr vorhanden: vom Autor gelöscht)
# One phrase around the author's name, which is a link shown between the
# two parts: “by @ana”. The second part is empty in English.
admin-reports-author-before = von
admin-reports-author-after = { "" }
# After the author of an item, when they are banned.
admin-reports-author-banned = (gesperrt)
# Follows the number of reports ($count), shown in bold just before;
# $tally is the reasons, as “Spam ×2, Harassment ×1”.
admin-reports-reported = { $count ->
    [one] Person hat es gemeldet
   *[other] Personen haben es gemeldet
}: { $tally }
# One entry of the tally: $reason is a reason below, $count a number.
admin-reports-tally-entry = { $reason } ×{ $count }
# Between the entries of the tally.
admin-reports-tally-separator = {", "}
# Followed by the date of the first report.
admin-reports-first = erstmals am
# After a report's reason: what the reporter wrote ($details).
admin-reports-details = – „{ $details }“
# Under the first ten reports of an item; $count is how many are not shown.
admin-reports-more = und { $count } weitere
# Why a moderator gets fewer buttons for an item.
admin-reports-about-you = Das betrifft dich: Jemand anderes aus dem Moderationsteam entscheidet.
admin-reports-staff-ban = Nur ein Admin kann Moderatoren oder Admins sperren.
# For screen readers; only posts and comments can be removed.
admin-reports-remove-reason = { $kind ->
    [post] Grund für das Entfernen dieses Beitrags
   *[comment] Grund für das Entfernen dieses Kommentars
}
admin-reports-remove = { $kind ->
    [post] Beitrag entfernen
   *[comment] Kommentar entfernen
}
# For screen readers.
admin-reports-ban-reason = Grund für die Sperre des Autors
admin-reports-ban-the-author = Autor sperren
# For screen readers.
admin-reports-dismiss-note = Notiz zum Ablehnen (optional)
admin-reports-dismiss-placeholder = Notiz (optional)
admin-reports-dismiss = Ablehnen
admin-reports-resolved = Erledigt
admin-reports-resolved-empty = Noch keine Entscheidungen.
# The start of a line about a decision: $id is the item's number, $label
# its title (or first words, or username), $count how many reports it had.
# Followed by the decision (admin-reports-resolution) and who took it.
admin-reports-decision = { $kind ->
    [post] Beitrag
    [comment] Kommentar
    [user] Profil
   *[other] Inhalt
} #{ $id } „{ $label }“ ({ $count ->
    [one] { $count } Meldung
   *[other] { $count } Meldungen
}):
# The decision, in bold; $how is dismissed, removed or banned.
admin-reports-resolution = { $how ->
    [dismissed] abgelehnt
    [removed] entfernt
    [banned] gesperrt
   *[other] { $how }
}
admin-reports-resolution-none = erledigt
# Who decided; $name is a username, without the @.
admin-reports-resolved-by = von @{ $name }
admin-reports-resolved-by-someone = von unbekannt

## What happened, after a decision in the queue (shown at the top of the page)

admin-reports-already = Über diese Meldungen wurde bereits entschieden.
admin-reports-refused = Das kannst du mit diesem Inhalt nicht tun.
# $count is how many reports were dismissed.
admin-reports-dismissed = { $count ->
    [one] { $count } Meldung abgelehnt
   *[other] { $count } Meldungen abgelehnt
}; { $kind ->
    [post] der Beitrag bleibt.
    [comment] der Kommentar bleibt.
   *[user] das Profil bleibt.
}
admin-reports-profile-not-removable = Ein Profil kann nicht entfernt werden: Sperre die Person oder lehne die Meldungen ab.
admin-reports-removed = { $kind ->
    [post] Der Beitrag ist entfernt und seine Meldungen sind erledigt; der Autor erfährt per E-Mail, warum.
   *[comment] Der Kommentar ist entfernt und seine Meldungen sind erledigt; der Autor erfährt per E-Mail, warum.
}
admin-reports-already-banned = Dieses Konto ist bereits gesperrt.
# $done is what the ban did, a sentence such as admin-user-banned.
admin-reports-banned = { $done } Die Meldungen sind erledigt.

## Jobs

admin-jobs-title = Verwaltung · Jobs
admin-jobs-heading = Jobs
# How many jobs are in each state (also on the dashboard).
admin-jobs-pending = Wartend
admin-jobs-running = Laufend
admin-jobs-failed = Fehlgeschlagen, wird wiederholt
admin-jobs-dead = Aufgegeben
admin-jobs-schedules = Zeitpläne
admin-jobs-schedules-empty = Es ist noch kein regelmäßiger Job registriert (Worker registrieren sie beim Start).
admin-jobs-col-schedule = Zeitplan
admin-jobs-col-next-run = Nächster Lauf
admin-jobs-queue = Warteschlange
# For screen readers: the links that filter the queue by state.
admin-jobs-states-label = Job-Status
admin-jobs-state-all = Alle
# A job's state, in the filter links and the table; $state is pending,
# running, failed (failed at least once, waiting for its retry) or dead
# (out of attempts).
admin-jobs-state = { $state ->
    [pending] wartend
    [running] läuft
    [failed] fehlgeschlagen
    [dead] aufgegeben
   *[other] { $state }
}
# A button; $count is the number of dead jobs.
admin-jobs-retry-dead = { $count ->
    [one] { $count } aufgegebenen Job erneut versuchen
   *[other] Alle { $count } aufgegebenen Jobs erneut versuchen
}
admin-jobs-empty = Hier sind keine Jobs: Die Warteschlange ist leer.
# Column headings of the queue: the job's number, its kind, when it was
# queued, its state, attempts made out of those allowed, when it runs next,
# its last error, and the buttons.
admin-jobs-col-id = #
admin-jobs-col-kind = Art
admin-jobs-col-queued = Eingereiht
admin-jobs-col-state = Status
admin-jobs-col-attempts = Versuche
admin-jobs-col-runs = Ausführung
admin-jobs-col-last-error = Letzter Fehler
admin-jobs-col-actions = Aktionen
# When a job runs next.
admin-jobs-runs-never = nie
admin-jobs-runs-now = jetzt
admin-jobs-retry = Jetzt erneut versuchen
admin-jobs-discard = Verwerfen
# $id is the job's number, $kind its kind (an identifier such as
# send_verification).
admin-jobs-retried = Job { $id } ({ $kind }) ist eingereiht und läuft gleich.
admin-jobs-retried-dead = { $count ->
    [one] { $count } aufgegebener Job ist zur erneuten Ausführung eingereiht.
   *[other] { $count } aufgegebene Jobs sind zur erneuten Ausführung eingereiht.
}
admin-jobs-discarded = Job { $id } ({ $kind }) ist verworfen.
admin-jobs-retry-refused = Dieser Job läuft gerade oder ist schon abgeschlossen; es gibt nichts zu wiederholen.
admin-jobs-discard-refused = Dieser Job läuft gerade oder ist schon abgeschlossen; er kann nicht verworfen werden.

## Search index

admin-search-title = Verwaltung · Suche
admin-search-heading = Suchindex
admin-search-docs = Beiträge in diesem Index
admin-search-visible = Sichtbare Beiträge in der Datenbank
# Whether the index holds as many posts as the database shows.
admin-search-in-step = synchron
admin-search-not-in-step = nicht synchron
admin-search-backlog = Noch nicht übernommene Änderungen
admin-search-applied = Zuletzt übernommene Änderung
admin-search-folder = Ordner
admin-search-no-index = Dieser Prozess hat keinen Suchindex.
admin-search-reindex = Neu indexieren
# $error is what went wrong, often from another program, in English.
admin-search-reindex-failed = Die letzte Neuindexierung ist fehlgeschlagen: { $error }
# $when is a date and time, $count a number of posts.
admin-search-reindex-finished = Die letzte Neuindexierung wurde am { $when } abgeschlossen: { $count } Beiträge.
# $done and $total are numbers of posts, $percent how far along it is.
admin-search-reindexing = Neuindexierung läuft: { $done } von { $total } Beiträgen ({ $percent } %). Lade die Seite neu, um den Fortschritt zu sehen.
admin-search-percent = { $percent } %
# $when is a date and time.
admin-search-reindex-queued = Eine Neuindexierung ist eingereiht ({ $when }) und startet, sobald ein Worker frei ist.
admin-search-reindex-hint = Baut aus der Datenbank einen neuen Index neben dem aktiven auf und wechselt dann zu ihm. Die Suche antwortet währenddessen weiter aus dem alten Index.
admin-search-reindex-button = Jetzt neu indexieren
admin-search-check = Konsistenzprüfung
admin-search-check-hint = Vergleicht jede Beitrags-ID im Index mit den sichtbaren Beiträgen in der Datenbank, nachdem ausstehende Änderungen übernommen wurden.
admin-search-check-button = Jetzt prüfen
admin-search-reindex-running = Eine Neuindexierung ist bereits eingereiht oder läuft.
admin-search-reindex-started = Die Neuindexierung ist eingereiht; ihr Fortschritt erscheint unten. Die Suche antwortet währenddessen weiter.
admin-search-check-no-index = Dieser Prozess hat keinen Suchindex, der geprüft werden könnte.
# The result of the check; $count is a number of posts.
admin-search-consistent = Konsistent: Der Index enthält genau die { $count } sichtbaren Beiträge.
# $missing and $extra are numbers of posts; $missing_ids and $extra_ids
# are either empty or up to five post numbers after a space, as
# “ (#3, #8, …)”.
admin-search-inconsistent = Nicht konsistent: { $missing } Beiträge fehlen im Index{ $missing_ids }, { $extra } stehen im Index{ $extra_ids }, gehören aber nicht hinein. Neu indexieren behebt das.

## Audit log

admin-audit-title = Verwaltung · Audit-Log
admin-audit-heading = Audit-Log
admin-audit-filter-actor = Von (Benutzername)
admin-audit-filter-action = Aktion
# The first choice of the action filter: every action.
admin-audit-filter-any = Alle
admin-audit-filter-target = Ziel enthält
admin-audit-filter-submit = Filtern
admin-audit-empty = Nichts aufgezeichnet.
admin-audit-empty-filtered = Nichts Passendes aufgezeichnet.
admin-audit-col-when = Wann
admin-audit-col-who = Wer
admin-audit-col-action = Aktion
admin-audit-col-target = Ziel
admin-audit-col-reason = Grund
# What kind of thing an action was on, before its name or title.
admin-audit-target-kind = { $kind ->
    [user] Konto
    [post] Beitrag
    [comment] Kommentar
    [job] Job
    [search] Suche
   *[other] { $kind }
}:

## The dev mailbox (/dev/mailbox), shown while Quill sends no real mail

admin-mailbox-title = Entwicklungs-Postfach
# Two sentences, each around the setting SMTP_URL, which is shown between
# the parts: “No SMTP_URL is set, so Quill keeps the mail it sends here
# (newest first). Set SMTP_URL to send real mail; this page then
# disappears.”
admin-mailbox-no-smtp-before = Da
admin-mailbox-no-smtp-after = nicht gesetzt ist, bewahrt Quill die E-Mails, die es versendet, hier auf (neueste zuerst).
admin-mailbox-set-smtp-before = Setze
admin-mailbox-set-smtp-after = für den Versand echter E-Mails; diese Seite verschwindet dann.
admin-mailbox-empty = Noch keine E-Mails. Registriere dich, dann erscheint die Bestätigungs-E-Mail hier.
# $address is the address a message went to.
admin-mailbox-to = an { $address }

# A user's second factor on /admin/users/{id}; $date is a date, $username a username.
admin-user-second-factor = Zweiter Faktor
admin-user-passkeys = Passkeys
admin-user-second-factor-on = Aktiv seit { $date }
admin-user-second-factor-off = Aus
admin-user-second-factor-reason = Grund (steht im Prüfprotokoll)
admin-user-second-factor-hint = Nur wenn die Person Handy und Wiederherstellungscodes verloren hat und du sicher bist, dass sie es ist. Sie bekommt eine Mail, dass er ausgeschaltet wurde.
admin-user-second-factor-reset = Zweiten Faktor ausschalten
admin-user-second-factor-reset-done = Der zweite Faktor von @{ $username } ist aus; die Person wurde per Mail informiert.
admin-user-second-factor-none = Die Person hat keinen zweiten Faktor.
admin-staff-second-factor-heading = Zweiter Faktor für das Team
admin-staff-second-factor-label = Moderation und Administration brauchen einen zweiten Faktor für die Verwaltungsseiten
admin-staff-second-factor-save = Speichern
admin-staff-second-factor-on-done = Das Team braucht jetzt einen zweiten Faktor für die Verwaltungsseiten.
admin-staff-second-factor-off-done = Das Team braucht keinen zweiten Faktor mehr für die Verwaltungsseiten.
admin-staff-second-factor-yours-first = Richte zuerst deinen eigenen zweiten Faktor ein: Die Regel würde auch dich hierher schicken.
