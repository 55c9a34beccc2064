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

## The settings page

settings-title = Einstellungen
# The heading of the notification emails page, and the link to it.
settings-notifications-title = Benachrichtigungs-E-Mails
# After the link "Notification emails" on the settings page: one sentence
# with it ("Notification emails: choose which…").
settings-intro-notifications-after = : Wähle, welche Benachrichtigungen dich per E-Mail erreichen und wie oft.
# The heading of the account page (blocked people, export, deletion), and
# the link to it.
settings-account-title = Dein Konto
# After the link "Your account" on the settings page: one sentence with it.
settings-intro-account-after = : blockierte Personen, deine Daten herunterladen, dein Konto löschen.
# The link back from the notification emails and account pages.
settings-back = ← Einstellungen
# Shown after a field's label, in grey.
settings-optional = (optional)
# A button that saves a form (notification emails, language).
settings-save = Speichern

settings-profile-heading = Profil
settings-display-name-label = Anzeigename
settings-display-name-hint = Wird auf deinen Beiträgen und deinem Profil statt deines Benutzernamens angezeigt.
# $max is a number of characters.
settings-display-name-too-long = Dein Name darf höchstens { $max } Zeichen lang sein.
settings-bio-label = Bio
# $max is the most characters a bio may have, $count how many this one has.
settings-bio-too-long = Deine Bio darf höchstens { $max } Zeichen lang sein (sie hat { $count }).
settings-profile-save = Profil speichern
settings-profile-saved = Dein Profil ist gespeichert.

## Profile picture

settings-avatar-heading = Profilbild
settings-avatar-file-label = Neues Bild
settings-avatar-hint = JPEG, PNG, WebP oder GIF. Es wird von der Mitte aus quadratisch zugeschnitten; Standort- und Kameradaten werden entfernt.
settings-avatar-upload = Bild hochladen
settings-avatar-remove = Bild entfernen
settings-avatar-several = Wähle ein Bild aus, nicht mehrere.
settings-avatar-missing = Wähle ein Bild zum Hochladen aus.
settings-avatar-saved = Dein neues Profilbild ist da.
settings-avatar-removed = Dein Profilbild ist entfernt.

## Email address

settings-email-heading = E-Mail-Adresse
# "Your address is <the address in bold>. It is never shown to other
# people." One sentence in two pieces around the address.
settings-email-current-before = Deine Adresse ist{ " " }
settings-email-current-after = . Sie wird anderen nie angezeigt.
# "Waiting for you to open the link we sent to <the new address in bold>.
# Until then…" One sentence in two pieces around the address.
settings-email-pending-before = Wir warten darauf, dass du den Link öffnest, den wir an{ " " }
settings-email-pending-after = { " " }geschickt haben. Bis dahin bleibt deine Adresse unverändert.
settings-email-new-label = Neue E-Mail-Adresse
# Also on the password form.
settings-current-password-label = Aktuelles Passwort
settings-email-save = E-Mail-Adresse ändern
settings-wrong-current-password = Das ist nicht dein aktuelles Passwort.
settings-email-same = Das ist bereits deine Adresse.
# $address is the new email address.
settings-email-link-sent = Wir haben einen Link an { $address } geschickt. Deine Adresse ändert sich, sobald du ihn öffnest.

## Password

settings-password-heading = Passwort
settings-new-password-label = Neues Passwort
settings-new-password-hint = Mindestens 8 Zeichen; ein paar Wörter, die nichts miteinander zu tun haben, ergeben ein starkes Passwort. Deine anderen Sitzungen werden abgemeldet.
settings-password-save = Passwort ändern
settings-password-same = Das ist dein aktuelles Passwort. Wähle ein neues.
settings-password-changed = Dein Passwort wurde geändert. Alle anderen Sitzungen wurden abgemeldet.

## Language

settings-language-heading = Sprache
settings-language-label = Sprache der Oberfläche
# The first choice of the language menu: no setting, the browser's
# preferred languages decide.
settings-language-browser = Wie im Browser eingestellt
settings-language-hint = Die E-Mails, die Quill dir schickt, sind ebenfalls in dieser Sprache. Wenn du die Einstellung deines Browsers übernimmst, kommen E-Mails auf Englisch.
settings-language-saved = Deine Sprache ist gespeichert.

## Where you are logged in

settings-logins-heading = Wo du angemeldet bist
# The caption of the table of browser sessions.
settings-logins-browsers = Browser
# Column headings of the sessions table.
settings-logins-browser = Browser
settings-logins-logged-in = Angemeldet
settings-logins-last-active = Zuletzt aktiv
# The heading of the column of buttons, read only by screen readers.
settings-logins-action = Aktion
# In place of the browser's description when it sent none.
settings-logins-unknown-browser = Unbekannter Browser
# In the row of the session this page is shown in, instead of a button.
settings-logins-this-browser = Dieser Browser
# A button that logs out one session.
settings-logins-end = Abmelden
settings-logins-hint = Wenn du dein Passwort änderst, werden alle Browser außer diesem abgemeldet und alle API-Tokens widerrufen.
settings-session-ended = Diese Sitzung ist abgemeldet.
settings-session-already-ended = Diese Sitzung war bereits beendet.
# The caption of the table of API tokens.
settings-tokens-caption = API-Tokens
# "No API tokens. Programs get one by logging in to /api/users/login; each
# appears here until you revoke it." One sentence in two pieces around the
# address, which stays as it is.
settings-tokens-none-before = Keine API-Tokens. Programme bekommen eines, indem sie sich über{ " " }
settings-tokens-none-after = { " " }anmelden; jedes erscheint hier, bis du es widerrufst.
# Column headings of the tokens table. "Made by": the program that asked
# for the token.
settings-tokens-made-by = Erstellt von
settings-tokens-created = Erstellt
settings-tokens-last-used = Zuletzt verwendet
settings-tokens-revoke = Widerrufen
settings-token-revoked = Das Token ist widerrufen: Es funktioniert nicht mehr.
settings-token-already-revoked = Dieses Token war bereits widerrufen.

## Notification emails

# The kinds of notification, each with three choices below.
settings-notify-reply = Jemand antwortet auf deinen Kommentar
settings-notify-mention = Jemand erwähnt dich (@name) in einem Beitrag oder Kommentar
settings-notify-comment = Jemand kommentiert deinen Beitrag
settings-notify-like = Jemand likt deinen Beitrag
settings-notify-follow = Jemand folgt dir
# $minutes is how long Quill waits before sending the mail.
settings-notify-instant = { $minutes ->
    [one] Schick mir etwa { $minutes } Minute später eine E-Mail, falls ich es bis dahin nicht gesehen habe
   *[other] Schick mir etwa { $minutes } Minuten später eine E-Mail, falls ich es bis dahin nicht gesehen habe
}
settings-notify-digest = In meine Zusammenfassung aufnehmen
settings-notify-off = Nie per E-Mail benachrichtigen
settings-digest-legend = Zusammenfassung
settings-digest-daily = Einmal am Tag
settings-digest-weekly = Einmal pro Woche
# Only moderators and admins see this.
settings-moderation-legend = Moderation
settings-report-mail = Schick mir eine E-Mail, wenn etwas gemeldet wird (mit einem Link zur Moderationswarteschlange)

## Your account: blocked people

settings-blocked-heading = Blockierte Personen
# “Block” is the name of the button on a person's profile.
settings-blocked-none = Niemand. Um jemanden zu blockieren, nutze „Blockieren“ auf dem Profil der Person: Ihr seht dann die Beiträge und Kommentare des jeweils anderen nicht mehr, und die Person kann dir nicht mehr folgen, deine Beiträge weder liken noch kommentieren, dir nicht antworten und dich nicht erwähnen. Sie erfährt davon nichts.
settings-unblock = Blockierung aufheben

## Your account: download my data

settings-export-heading = Meine Daten herunterladen
settings-export-intro = Eine ZIP-Datei mit deinem Profil, jedem Beitrag als Markdown-Datei samt Bildern, deinen Kommentaren und Likes, den Leuten, denen du folgst und die dir folgen, sowie deinen Benachrichtigungseinstellungen. Wir erstellen sie im Hintergrund und schicken dir per E-Mail einen Link, der einmal funktioniert, 24 Stunden lang.
settings-export-button = Meine Daten herunterladen
settings-export-started = Wir stellen deine Daten zusammen. Du bekommst eine E-Mail mit einem Link zum Herunterladen, meist innerhalb weniger Minuten.
settings-export-waiting = Deine Daten werden bereits zusammengestellt. Der Link kommt per E-Mail.
settings-export-too-many-title = Heute zu viele Exporte
# $count is how many exports a day are allowed; $time is a date and time
# such as "5 Dec 2026 12:00 UTC"; $hours is how many hours from now that is.
settings-export-too-many =
    Du kannst deine Daten { $count } Mal am Tag anfordern, und das hast du heute bereits getan. Ab { $time } kannst du sie wieder anfordern (in etwa { $hours ->
        [one] einer Stunde
       *[other] { $hours } Stunden
    }).
settings-export-used-title = Dieser Link wurde schon benutzt
settings-export-used = Deine Daten wurden mit diesem Link bereits heruntergeladen, und jeder Link funktioniert nur einmal. Um sie erneut herunterzuladen, fordere in deinen Kontoeinstellungen einen neuen Export an.
settings-export-expired-title = Dieser Link ist abgelaufen
settings-export-expired = Links zu deinen Daten funktionieren 24 Stunden lang, und ein neuerer Export ersetzt die Links älterer Exporte. Fordere in deinen Kontoeinstellungen einen neuen Export an.
# The mail with the link. $size is the archive's size, such as "1.5 MB".
settings-export-mail-subject = Deine Quill-Daten sind bereit
settings-export-mail-ready = Das Archiv deines Quill-Kontos ist fertig ({ $size }): dein Profil, deine Beiträge als Markdown mit ihren Bildern, deine Kommentare und Likes, die Leute, denen du folgst und die dir folgen, sowie deine Benachrichtigungseinstellungen.
# $time is a date and time such as "5 Dec 2026 12:00 UTC"; $username is
# the account's username.
settings-export-mail-rules = Der Link funktioniert einmal, bis { $time }, und nur, solange du als { $username } angemeldet bist. Wenn du das nicht angefordert hast, ändere dein Passwort: Möglicherweise ist jemand anderes in deinem Konto angemeldet.
settings-export-mail-link = Meine Daten herunterladen
# README.txt in the downloaded zip, a plain-text file: what each file in it
# holds. The file names on the left (profile.json, posts/<id>-<title>.md…)
# and the words in `backquotes` are names in the files: keep them as they
# are. Keep the descriptions lined up in one column if you can.
settings-export-readme =
    Deine Daten von Quill
    =====================

    profile.json                Dein Profil: Benutzername, Anzeigename, Bio,
                                E-Mail-Adresse, Beitrittsdatum und die Datei
                                deines Profilbilds.
    avatar.*                    Dein Profilbild, falls du eines hast.
    posts/<id>-<title>.md       Jeder deiner Beiträge (auch Entwürfe und geplante),
                                als Markdown, genau so, wie du ihn geschrieben
                                hast, nach einem Kopfteil (YAML-Front-Matter
                                zwischen zwei Zeilen mit ---) mit Titel,
                                Beschreibung, Tags, ob Entwurf oder nicht, und
                                Datumsangaben (RFC 3339, UTC). Seine Felder
                                `cover` und `pictures` nennen die Dateien im
                                Ordner des Beitrags; `shown_as` ist die Adresse,
                                die der Text für das jeweilige Bild verwendet.
    posts/<id>/                 Die Bilder dieses Beitrags: sein Titelbild und
                                die Bilder in seinem Text, so wie sie auf Quill
                                gespeichert sind.
    comments.json               Deine Kommentare: id, die id des Beitrags, der
                                Kommentar, auf den er antwortet (parent_id), sein
                                Markdown-Text und wann er geschrieben und zuletzt
                                bearbeitet wurde. Gelöschte sind nicht enthalten.
    likes.json                  Die Beiträge, die du gelikt hast: id, Titel,
                                Autor, Zeitpunkt.
    follows.json                Die Leute, denen du folgst, und die Leute, die
                                dir folgen, nach Benutzername, mit Datum.
    notification_settings.json  Wie dich jede Art von Benachrichtigung per E-Mail
                                erreicht (instant, digest oder off) und wie oft
                                die Zusammenfassung kommt.

    Alle JSON-Dateien sind in UTF-8. Zeitangaben folgen RFC 3339, in UTC.

## Your account: deleting it

settings-delete-heading = Mein Konto löschen
settings-delete-intro = Dein Profil, deine Beiträge und Kommentare verschwinden sofort, und du wirst überall abgemeldet. Vierzehn Tage später wird das Konto mit allem, was darin ist, endgültig gelöscht; bis dahin kannst du es behalten, indem du dich anmeldest. Wir schicken dir das Datum per E-Mail.
settings-delete-password-label = Dein Passwort
settings-delete-button = Mein Konto löschen
settings-delete-wrong-password = Das ist nicht dein Passwort; dein Konto bleibt unverändert.
settings-delete-admin = Ein Admin kann das eigene Konto nicht löschen: Bitte einen anderen Admin, dich zuerst zum normalen Mitglied zu machen.
# $date is a day such as "5 Dec 2026".
settings-deleted = Dein Konto ist gelöscht und wird am { $date } endgültig entfernt. Melde dich vorher an, um es zu behalten.
# After choosing “Keep my account” on the login page.
settings-restore-expired = Dieser Link ist zu alt: Melde dich erneut an, um dein Konto zu behalten.
settings-restore-not-leaving = Dieses Konto wartet nicht auf seine endgültige Löschung.
settings-restored = Willkommen zurück: Dein Konto, deine Beiträge und Kommentare sind so, wie du sie verlassen hast.
# The mail after deleting an account. $date is a day such as "5 Dec 2026".
settings-leaving-mail-subject = Dein Quill-Konto wird am { $date } endgültig gelöscht
settings-leaving-mail-deleted = Du hast dein Quill-Konto gelöscht. Es ist jetzt verborgen und wird am { $date } endgültig gelöscht – mit deinen Beiträgen, Kommentaren, Likes und Bildern und den Verbindungen zu Leuten, denen du folgst oder die dir folgen.
# “Keep my account” is the name of the button on the login page.
settings-leaving-mail-changed-mind = Du hast es dir anders überlegt? Melde dich vorher an und wähle „Mein Konto behalten“.
# “Download my data” is the name of the button in the account settings
# (settings-export-button).
settings-leaving-mail-copy-first = Möchtest du vorher eine Kopie deiner Texte? Behalte das Konto, nutze „Meine Daten herunterladen“ in deinen Kontoeinstellungen und lösche es danach wieder.
settings-leaving-mail-link = Anmelden und Konto behalten

## Mail about changing the email address

# The link in the mails below that go to the account's owner.
settings-mail-reset-link = Mein Passwort zurücksetzen
# To the new address, asking to confirm it. $address is the new address,
# $username the account's username.
settings-email-confirm-mail-subject = Bestätige deine neue E-Mail-Adresse für Quill
settings-email-confirm-mail-ask = Bitte bestätige, dass { $address } die E-Mail-Adresse des Quill-Kontos { $username } werden soll.
settings-email-confirm-mail-expires = Der Link funktioniert einmal und läuft in 48 Stunden ab. Wenn du das nicht angefordert hast, ignoriere diese Nachricht: Es ändert sich nichts.
settings-email-confirm-mail-link = Meine neue Adresse bestätigen
# To the current address, telling that a change was asked for. $address is
# the new address.
settings-email-change-mail-subject = Deine E-Mail-Adresse bei Quill wird bald geändert
settings-email-change-mail-told = Jemand, der in deinem Quill-Konto angemeldet ist, möchte dessen E-Mail-Adresse in { $address } ändern. Sie ändert sich erst, wenn der an diese Adresse geschickte Link geöffnet wird.
settings-email-change-mail-if-not = Wenn du das warst, musst du nichts tun. Wenn nicht, setze jetzt dein Passwort zurück: Dadurch werden alle anderen abgemeldet.
# To an address that belongs to another account already, when someone asked
# to move their account to it.
settings-email-taken-mail-subject = Jemand wollte deine E-Mail-Adresse auf Quill verwenden
# Stands for the name in the greeting (mail-hello: "Hello { $name },"),
# which makes "Hello there,".
settings-email-taken-mail-name = du
settings-email-taken-mail-tried = Jemand wollte ein anderes Quill-Konto auf diese E-Mail-Adresse umstellen. Sie gehört hier aber schon zu einem Konto, deshalb hat sich nichts geändert.
settings-email-taken-mail-lost = Falls du keinen Zugriff mehr auf dein eigenes Konto hast, kannst du sein Passwort zurücksetzen.

## Uploaded pictures (avatars and posts' pictures)

media-form-unreadable = Das Formular konnte nicht gelesen werden. Bitte sende es erneut.
media-empty = Diese Datei ist leer.
media-not-an-image = Diese Datei ist kein Bild, das Quill annimmt. Lade ein Bild im Format JPEG, PNG, WebP oder GIF hoch.
# $width and $height are the picture's size in pixels; $max is a number of
# megapixels (millions of pixels).
media-too-many-pixels = Dieses Bild ist zu groß: { $width } × { $height } Pixel. Lade eines mit höchstens { $max } Megapixeln hoch.
media-unreadable = Dieses Bild ist beschädigt oder unvollständig und kann nicht gelesen werden. Versuche, es neu abzuspeichern.
# $max is a number of frames (the pictures of an animation).
media-too-many-frames = Dieses GIF hat zu viele Einzelbilder (mehr als { $max }). Lade ein unbewegtes Bild hoch.
# What an account's pictures take, on the admin pages: "3 pictures, 1.2 MB
# of 500 MB (0%)". $used and $quota are sizes such as "1.2 MB"; $percent
# is a whole number.
media-usage = { $count ->
    [one] { $count } Bild, { $used } von { $quota } ({ $percent } %)
   *[other] { $count } Bilder, { $used } von { $quota } ({ $percent } %)
}
media-usage-no-quota = { $count ->
    [one] { $count } Bild, { $used } (ohne Kontingent)
   *[other] { $count } Bilder, { $used } (ohne Kontingent)
}

# /settings/security: the second factor; and the notice mails about it.
# $date is a date as the page writes dates; $left a whole number.
security-title = Anmeldesicherheit
settings-intro-security-after = : ein zweiter Faktor per Authenticator-App und Wiederherstellungscodes.
security-second-factor-heading = Zweiter Faktor
security-second-factor-intro = Mit einem zweiten Faktor fragt die Anmeldung mit Passwort auch nach einem Code aus einer Authenticator-App auf deinem Handy, sodass ein gestohlenes Passwort allein nicht reicht.
security-codes-once = Deine Wiederherstellungscodes. Jeder funktioniert einmal anstelle eines Codes aus der App. Bewahre sie sicher auf: Sie werden nur jetzt angezeigt.
security-on-since = Aktiv seit { $date }.
security-codes-left = { $left ->
    [one] Ein Wiederherstellungscode ist übrig.
   *[other] { $left } Wiederherstellungscodes sind übrig.
}
security-renew-codes = Neue Wiederherstellungscodes
security-turn-off = Ausschalten
security-set-up = Authenticator-App einrichten
security-scan = Scanne diesen Code mit deiner Authenticator-App.
security-qr-label = QR-Code zum Scannen mit einer Authenticator-App
security-or-type = Oder gib diesen Schlüssel dort ein:
security-code-label = Der Code, den die App zeigt
security-turn-on = Einschalten
security-setup-again = Beginne die Einrichtung neu.
security-code-wrong = Dieser Code passt nicht. Prüfe die Uhrzeit deines Handys und gib den Code ein, den die App gerade zeigt.
security-off-done = Der zweite Faktor ist aus.
security-mail-on-subject = Für dein Quill-Konto wurde ein zweiter Faktor eingeschaltet
security-mail-on-what = Die Anmeldung bei deinem Quill-Konto fragt jetzt neben dem Passwort auch nach einem Code aus einer Authenticator-App.
security-mail-off-subject = Der zweite Faktor deines Quill-Kontos wurde ausgeschaltet
security-mail-off-what = Die Anmeldung bei deinem Quill-Konto fragt nicht mehr nach einem Code aus einer Authenticator-App.
security-mail-code-used-subject = Bei deinem Quill-Konto wurde ein Wiederherstellungscode benutzt
security-mail-code-used-what = Jemand hat sich mit einem Wiederherstellungscode bei deinem Quill-Konto angemeldet. { $left ->
    [one] Ein Code ist übrig.
   *[other] { $left } Codes sind übrig.
}
security-mail-renewed-subject = Neue Wiederherstellungscodes für dein Quill-Konto
security-mail-renewed-what = Für dein Quill-Konto wurden neue Wiederherstellungscodes erstellt; die alten gelten nicht mehr.
security-mail-if-not = Wenn du das warst, musst du nichts tun. Wenn nicht, ändere jetzt dein Passwort und prüfe deine Anmeldeeinstellungen.
security-mail-link = Anmeldesicherheit
security-token-heading = API-Tokens
security-token-intro = Ein Programm (ein Skript, eine App) erreicht die API mit einem Token. Erstelle hier eins; es steht bei deinen anderen Anmeldungen in den Einstellungen, wo du es widerrufen kannst.
security-token-label = Wofür es ist
security-token-make = Token erstellen
security-token-once = Dein neues Token. Kopiere es jetzt: Es wird nur einmal angezeigt.
security-token-default-label = In den Einstellungen erstellt
security-mail-reset-subject = Der zweite Faktor deines Quill-Kontos wurde von einer Administratorin zurückgesetzt
security-mail-reset-what = Eine Administratorin dieser Quill-Seite hat den zweiten Faktor deines Kontos ausgeschaltet, wie nach dem Verlust von Handy und Wiederherstellungscodes erbeten. Melde dich mit deinem Passwort an und richte ihn in den Anmeldeeinstellungen neu ein.
security-staff-must = Diese Seite verlangt von Moderation und Administration einen zweiten Faktor: Richte einen ein, um die Verwaltungsseiten zu erreichen.

## Passkeys (settings/security)
passkeys-heading = Passkeys
passkeys-intro = Ein Passkey meldet dich mit der Displaysperre deines Geräts (Fingerabdruck, Gesicht oder PIN) an statt mit einem Passwort. Er funktioniert nur auf dieser Seite, kann also nicht per Phishing abgegriffen werden, und zählt für sich allein als beide Faktoren.
passkeys-none = Du hast noch keine Passkeys.
passkeys-added-on = Hinzugefügt am { $date }
passkeys-last-used = zuletzt verwendet am { $date }
passkeys-never-used = nie verwendet
passkeys-rename-label = Neuer Name für diesen Passkey
passkeys-rename = Umbenennen
passkeys-remove = Entfernen
passkeys-remove-named = Passkey { $name } entfernen
passkeys-name-label = Name (damit du deine Passkeys auseinanderhalten kannst)
passkeys-name-placeholder = z. B. Arbeitslaptop
passkeys-password-why = Deine Anmeldung ist schon eine Weile her: Gib dein Passwort ein, um einen Passkey hinzuzufügen.
passkeys-add = Passkey hinzufügen
passkeys-needs-browser = Um einen Passkey hinzuzufügen, brauchst du einen Browser, der Passkeys unterstützt, mit eingeschaltetem JavaScript.
passkeys-unavailable = Passkeys sind auf dieser Seite ausgeschaltet: Ihre Adresse (QUILL_BASE_URL) ist eine IP-Adresse, und für solche Adressen lehnen Browser Passkeys ab.
passkeys-default-name = Passkey { $number }
passkeys-added = Passkey „{ $name }“ hinzugefügt. Du kannst dich jetzt damit anmelden.
passkeys-renamed = Passkey in „{ $name }“ umbenannt.
passkeys-removed = Passkey „{ $name }“ entfernt.
passkeys-start-again = Das hat zu lange gedauert oder wurde in einem anderen Tab begonnen: Füge den Passkey erneut hinzu.
passkeys-refused = Die Antwort deines Browsers wurde nicht angenommen (sie war für eine andere Seite bestimmt oder ist abgelaufen). Versuch es noch einmal.
passkeys-duplicate = Dieser Passkey ist hier schon registriert.
passkeys-name-empty = Gib dem Passkey einen Namen.
passkeys-mail-added-subject = Deinem Quill-Konto wurde ein Passkey hinzugefügt
passkeys-mail-added-what = Deinem Quill-Konto wurde ein Passkey namens „{ $name }“ hinzugefügt. Mit ihm kann man sich ohne dein Passwort anmelden.
passkeys-mail-removed-subject = Von deinem Quill-Konto wurde ein Passkey entfernt
passkeys-mail-removed-what = Der Passkey namens „{ $name }“ wurde von deinem Quill-Konto entfernt; mit ihm kann man sich nicht mehr anmelden.
