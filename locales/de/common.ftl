# Quill's interface: the parts every page shares (the header, the footer,
# dates, paging, error pages).
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Plurals use the language's own categories (zero, one, two, few, many,
# other): see https://projectfluent.org/fluent/guide/selectors.html

## The page around everything

site-description = Quill: Beiträge, Menschen und Gespräche auf einem selbst gehosteten Blog.
skip-to-content = Zum Inhalt springen
nav-label = Hauptnavigation
nav-latest = Neueste
nav-following = Folge ich
nav-notifications = Benachrichtigungen
# The badge on the notifications link, read by screen readers.
nav-unread = { $count } ungelesen
nav-write = Schreiben
nav-settings = Einstellungen
nav-log-out = Abmelden
nav-log-in = Anmelden
nav-sign-up = Registrieren
nav-search-label = Beiträge durchsuchen
nav-search-placeholder = Suchen
footer-tagline = Quill – ein selbst gehosteter Ort zum Schreiben.
footer-latest = Neueste Beiträge
footer-language = Sprache
footer-language-choose = Ändern

## Paging through lists

paging-label = Seiten
paging-newer = ← Neuere
paging-older = Ältere →
paging-page = Seite { $page }

## Dates and times
# $day, $monthnum and $year are numbers; $month is the month's short name
# from below.

date = { $day }. { $month } { $year }
# $date is written as above, $time as 24-hour HH:MM.
datetime = { $date }, { $time } UTC
month-1 = Jan.
month-2 = Feb.
month-3 = März
month-4 = Apr.
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = Aug.
month-9 = Sept.
month-10 = Okt.
month-11 = Nov.
month-12 = Dez.
ago-now = gerade eben
ago-minutes = { $count ->
    [one] vor { $count } Minute
   *[other] vor { $count } Minuten
}
ago-hours = { $count ->
    [one] vor { $count } Stunde
   *[other] vor { $count } Stunden
}
ago-days = { $count ->
    [one] vor { $count } Tag
   *[other] vor { $count } Tagen
}

## Error pages

error-home-link = Zu den neuesten Beiträgen
error-not-found-title = Nicht gefunden
error-not-found = Unter dieser Adresse gibt es nichts. Vielleicht wurde der Inhalt gelöscht, oder der Link ist falsch geschrieben.
error-forbidden-title = Nicht erlaubt
error-unprocessable-title = Das hat nicht geklappt
error-too-many-title = Zu viele Versuche
error-too-many = { $minutes ->
    [one] Von hier kamen in kurzer Zeit zu viele Versuche. Bitte warte eine Minute und versuche es dann erneut.
   *[other] Von hier kamen in kurzer Zeit zu viele Versuche. Bitte warte { $minutes } Minuten und versuche es dann erneut.
}
error-too-large-title = Zu groß
error-too-large = Was du gesendet hast, ist größer, als diese Website annimmt. Versuche es mit etwas Kleinerem.
error-timeout-title = Zu langsam
error-timeout = Die Anfrage hat zu lange gebraucht, deshalb hat der Server nicht mehr auf sie gewartet. Bitte sende sie erneut.
error-quota-title = Kein Platz für weitere Bilder
# $used and $quota are sizes such as "900 KB" or "1.5 MB".
error-quota = Dieses Bild passt nicht mehr hinein: Du hast { $used } von deinen { $quota } für Bilder belegt. Lösche die Bilder einiger Beiträge oder bitte einen Admin um mehr Platz.
error-internal-title = Etwas ist schiefgelaufen
error-internal = Der Server konnte diese Anfrage nicht abschließen. Nichts von dem, was du gesendet hast, ist verloren; bitte versuche es gleich noch einmal.
error-form-expired-title = Dieses Formular ist abgelaufen
error-form-expired = Das Formular war zu alt oder stammte nicht von dieser Website. Geh zurück, lade die Seite neu und versuche es erneut.
error-cut-off = Die Anfrage wurde abgebrochen oder war zu langsam. Bitte sende sie erneut.
error-form-unreadable = Das Formular konnte nicht gelesen werden. Lade die Seite neu und versuche es erneut.
role-admins-only = Nur ein Admin kann gegen das Konto, die Beiträge oder die Kommentare eines Admins vorgehen.

## Words the page's script writes (static/app.js)
# { $name }-style placeholders here are filled in by the script.

js-just-now = gerade eben
# $offset is like "+02:00".
js-local-time = Deine Ortszeit (UTC{ $offset }). Leer lassen, um sofort zu veröffentlichen oder einen Entwurf zu behalten; liegt die Zeit bereits in der Vergangenheit, wird sofort veröffentlicht.
js-add-picture = Bild hinzufügen
# $name is the file's name, or js-the-picture when it has none.
js-adding-picture = Füge { $name } hinzu…
js-the-picture = das Bild
js-picture-added = Hinzugefügt. Beschreibe das Bild zwischen den eckigen Klammern für alle, die es nicht sehen können.
# $reason is one of the three messages below.
js-picture-failed = Das Bild wurde nicht hinzugefügt: { $reason }.
js-picture-too-large = Es ist zu groß
js-picture-too-many = zu viele Uploads in dieser Stunde
js-picture-unusable = Es konnte nicht verwendet werden
js-add-comment = Kommentar hinzufügen
js-comment = Kommentieren
js-your-reply = Deine Antwort
js-reply = Antworten
js-cancel = Abbrechen
# $name is the display name of the comment's author.
js-replying-to = Antwort an { $name }
js-mention-menu = Personen zum Erwähnen
# The unread badge's label, updated live. $count is a number; the script
# always uses the *[other] form, so write one that reads right for any count.
js-unread = { $count } ungelesen
# Passkey ceremonies in the browser (static/passkeys.js).
js-passkey-failed = Der Passkey hat nicht funktioniert. Versuch es noch einmal oder nutze dein Passwort.
js-passkey-cancelled = Abgebrochen, oder es wurde kein Passkey für diese Seite ausgewählt.
js-passkey-already = Dieses Gerät hat schon einen Passkey für dein Konto.
js-passkey-too-many = Zu viele Versuche: Warte eine Weile und versuch es dann noch einmal.
