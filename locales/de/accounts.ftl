# Accounts: signing up, logging in and out, verifying the email address,
# resetting a forgotten password, and the mail these send.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Some sentences hold a link or bold text in the middle: they are split into
# pieces (…-before, the link's text, …-after) that the page puts together
# with a space before the link. Translate the pieces so that together they
# read as one sentence. "Quill" is the software's name: keep it as it is.

## Sign-up page (/signup)

accounts-signup-title = Registrieren
accounts-signup-heading = Erstelle dein Konto
accounts-username-label = Benutzername
# "/u/name" is the address of a profile page: keep it as it is.
accounts-username-hint = 3–30 Zeichen: Buchstaben a–z, Ziffern und Unterstriche. Daraus wird deine Adresse: /u/name.
accounts-email-label = E-Mail-Adresse
accounts-password-label = Passwort
accounts-password-hint = Mindestens 8 Zeichen. Ein paar Wörter, die nichts miteinander zu tun haben, ergeben ein starkes Passwort.
# The form's button.
accounts-signup-submit = Registrieren
# One sentence: "Already have an account? [Log in]."
accounts-signup-login-before = Du hast schon ein Konto?
accounts-signup-login-link = Anmelden
accounts-signup-login-after = .
# Shown after signing up, on the "Check your email" page.
accounts-signup-welcome = Willkommen bei Quill! Öffne den Link, den wir dir per E-Mail geschickt haben, um deine E-Mail-Adresse zu bestätigen, und melde dich dann an.
accounts-already-logged-in = Du bist bereits angemeldet.
accounts-username-taken = Dieser Benutzername ist vergeben. Bitte wähle einen anderen.

## What is wrong with a username, an email address or a new password
## (on the sign-up page, in settings and on the reset page)

accounts-username-reserved = Dieser Benutzername ist reserviert. Bitte wähle einen anderen.
accounts-username-length = Wähle einen Benutzernamen mit 3 bis 30 Zeichen.
accounts-username-characters = Verwende nur Buchstaben a–z, Ziffern und Unterstriche.
accounts-email-empty = Gib deine E-Mail-Adresse ein.
accounts-email-too-long = Diese E-Mail-Adresse ist zu lang.
# "ana@example.com" is an example address; it may be replaced by one that
# looks natural in your language.
accounts-email-invalid = Gib eine gültige E-Mail-Adresse ein, z. B. anna@example.com.
accounts-password-too-short = Verwende mindestens 8 Zeichen für dein Passwort.
accounts-password-too-long = Verwende höchstens 1.024 Zeichen für dein Passwort.
accounts-password-is-name = Dein Passwort darf nicht dein Benutzername oder deine E-Mail-Adresse sein.
accounts-password-common = Dieses Passwort steht auf der Liste der häufigsten Passwörter, die Angreifer zuerst ausprobieren. Bitte wähle ein anderes.

## Login page (/login)

# The page's title and heading.
accounts-login-title = Anmelden
accounts-login-label = Benutzername oder E-Mail-Adresse
# The form's button.
accounts-login-submit = Anmelden
accounts-login-forgot-link = Passwort vergessen?
# One sentence: "New here? [Create an account]."
accounts-login-signup-before = Neu hier?
accounts-login-signup-link = Erstelle ein Konto
accounts-login-signup-after = .
# One sentence: "Never got the verification email? [Resend verification]."
accounts-login-resend-before = Keine Bestätigungs-E-Mail bekommen?
accounts-login-resend-link = Bestätigung erneut senden
accounts-login-resend-after = .

## Why a login was refused (shown above the login form)

accounts-login-incomplete = Gib deinen Benutzernamen oder deine E-Mail-Adresse und dein Passwort ein.
accounts-login-mismatch = Benutzername bzw. E-Mail-Adresse und Passwort passen zu keinem Konto.
accounts-login-suspended = Dieses Konto wurde vom Moderationsteam der Website gesperrt.
# The person deleted their account and it waits to be erased; the date and
# the "Keep my account" button follow below.
accounts-login-leaving = Du hast dieses Konto gelöscht. Es wird am unten genannten Datum endgültig gelöscht, es sei denn, du behältst es.
# “Resend verification” names the link below the form
# (accounts-login-resend-link): use the same words.
accounts-login-unverified = Bitte bestätige zuerst deine E-Mail-Adresse: Öffne den Link, den wir dir per E-Mail geschickt haben. Keine E-Mail bekommen? Nutze unten „Bestätigung erneut senden“.
# One sentence: "It will be erased on [date]. Until then you can keep it, with
# everything you wrote." The date, in bold, comes between the two pieces.
accounts-login-leaving-before = Es wird am
accounts-login-leaving-after = { " " }endgültig gelöscht. Bis dahin kannst du es behalten – mit allem, was du geschrieben hast.
accounts-login-keep-account = Mein Konto behalten

## After logging in and out

# $username is the person's username (such as ana_99).
accounts-login-welcome-back = Willkommen zurück, { $username }.
accounts-logged-out = Du bist abgemeldet. Bis bald!

## After signing up (/check-email)

accounts-check-email-title = Prüfe dein Postfach
accounts-check-email-sent = Falls die Adresse für Quill neu ist, haben wir einen Link an sie geschickt, um sie zu bestätigen. Öffne ihn, um die Registrierung abzuschließen, und melde dich dann an.
# One sentence: "Nothing arrived after a few minutes? Look in your spam
# folder, or [send the link again]."
accounts-check-email-resend-before = Nach ein paar Minuten ist immer noch nichts angekommen? Sieh in deinem Spam-Ordner nach oder
accounts-check-email-resend-link = fordere den Link erneut an
accounts-check-email-resend-after = .

## Asking for the verification link again (/resend-verification)

accounts-resend-title = Bestätigung erneut senden
accounts-resend-heading = Bestätigungslink erneut senden
# The button on the "Resend verification" and "Forgot password" forms.
accounts-send-link = Link senden
accounts-resend-sent = Falls diese Adresse noch auf ihre Bestätigung wartet, ist ein neuer Link unterwegs.

## Following the link in a verification mail

accounts-email-verified = Deine E-Mail-Adresse ist bestätigt. Du kannst dich jetzt anmelden.
# “Resend verification” is the link on the login page
# (accounts-login-resend-link): use the same words.
accounts-verify-link-dead = Dieser Bestätigungslink ist ungültig, schon benutzt oder abgelaufen. Melde dich an, um einen neuen zu bekommen, oder nutze „Bestätigung erneut senden“.
# After confirming a change of address; $address is the new email address.
accounts-email-changed = Deine E-Mail-Adresse lautet jetzt { $address }.
accounts-email-change-taken = Diese Adresse wurde inzwischen von einem anderen Konto registriert und kann daher nicht deine werden. Deine Adresse bleibt unverändert.

## Forgotten password (/forgot-password, /reset-password)

accounts-forgot-title = Passwort vergessen
accounts-forgot-heading = Passwort vergessen?
accounts-forgot-sent = Falls ein Konto diese Adresse verwendet, ist ein Link zum Zurücksetzen des Passworts unterwegs. Er ist eine Stunde lang gültig.
accounts-forgot-intro = Gib die E-Mail-Adresse deines Kontos ein, und wir schicken dir einen Link, mit dem du ein neues Passwort wählen kannst.
# The title and heading of the page the reset link opens.
accounts-reset-title = Neues Passwort wählen
accounts-reset-password-label = Neues Passwort
accounts-reset-submit = Neues Passwort festlegen
# “Forgot password” is that page's title (accounts-forgot-title): use the
# same words.
accounts-reset-link-dead = Dieser Link zum Zurücksetzen ist ungültig, schon benutzt, abgelaufen oder durch einen neueren ersetzt. Fordere unter „Passwort vergessen“ einen neuen Link an.
accounts-password-reset-done = Dein Passwort wurde geändert. Melde dich mit dem neuen an.

## Mail: verifying the address after signing up
## (it starts with mail-hello from mail.ftl; the HTML version ends the
## intro with a button, the plain-text version with the link itself)

accounts-verify-mail-subject = Bestätige deine E-Mail-Adresse für Quill
accounts-verify-mail-intro = Willkommen bei Quill! Bitte bestätige, dass dies deine E-Mail-Adresse ist:
accounts-verify-mail-intro-text = Willkommen bei Quill! Bitte bestätige, dass dies deine E-Mail-Adresse ist, indem du diesen Link öffnest:
# The button in the mail.
accounts-verify-mail-link = Meine E-Mail-Adresse bestätigen
accounts-verify-mail-expiry = Der Link funktioniert einmal und läuft in 48 Stunden ab. Wenn du dich nicht registriert hast, ignoriere diese Nachricht einfach.

## Mail: someone tried to sign up with an address that has an account
## (sent to the account's owner)

accounts-signup-attempt-mail-subject = Jemand wollte sich mit deiner E-Mail-Adresse registrieren
accounts-signup-attempt-mail-what = Jemand hat gerade versucht, sich mit dieser E-Mail-Adresse bei Quill zu registrieren. Zu ihr gibt es aber schon ein Konto: deins.
accounts-signup-attempt-mail-if-you = Wenn du das warst, melde dich mit deinem Benutzernamen oder deiner E-Mail-Adresse an. Falls du dein Passwort vergessen hast, kannst du es zurücksetzen.
accounts-signup-attempt-mail-if-not = Wenn du es nicht warst, musst du nichts tun: Es wurde kein neues Konto angelegt.
# The link at the end of the mail, to the "Forgot password" page.
accounts-signup-attempt-mail-link = Mein Passwort zurücksetzen

## Mail: the password reset link

accounts-reset-mail-subject = Setze dein Quill-Passwort zurück
accounts-reset-mail-intro = Jemand hat angefordert, das Passwort deines Quill-Kontos zurückzusetzen.
accounts-reset-mail-intro-text = Jemand hat angefordert, das Passwort deines Quill-Kontos zurückzusetzen. Öffne diesen Link, um ein neues Passwort zu wählen:
# The button in the mail.
accounts-reset-mail-link = Neues Passwort wählen
accounts-reset-mail-expiry = Der Link funktioniert einmal und läuft in einer Stunde ab; ein neuerer Link macht diesen ungültig. Wenn du das nicht angefordert hast, ignoriere diese Nachricht: Dein Passwort bleibt, wie es ist.

## Mail: the password was changed

accounts-password-changed-mail-subject = Dein Quill-Passwort wurde geändert
accounts-password-changed-mail-what = Das Passwort deines Quill-Kontos wurde gerade geändert, und alle Sitzungen, die mit dem alten Passwort angemeldet waren, wurden abgemeldet.
# One sentence in the HTML mail: "If that was you, there is nothing to do. If
# it was not, [reset your password now]."
accounts-password-changed-mail-if-not-before = Wenn du das warst, musst du nichts tun. Wenn nicht,
accounts-password-changed-mail-if-not-link = setze dein Passwort jetzt zurück
accounts-password-changed-mail-if-not-after = .
# The same in the plain-text mail; $link is the address of the "Forgot
# password" page.
accounts-password-changed-mail-if-not-text = Wenn du das warst, musst du nichts tun. Wenn nicht, setze dein Passwort jetzt zurück: { $link }

# The second step of a login with a second factor (/login/code).
accounts-code-title = Code eingeben
accounts-code-explain = Dein Konto hat einen zweiten Faktor. Gib den sechsstelligen Code ein, den deine Authenticator-App gerade zeigt, oder einen deiner Wiederherstellungscodes.
accounts-code-label = Code
accounts-code-submit = Anmelden
accounts-code-lost = Handy und Wiederherstellungscodes verloren? Ein neues Passwort schaltet den zweiten Faktor nicht ab: Bitte eine Administratorin dieser Seite, ihn zurückzusetzen.
accounts-code-wrong = Dieser Code stimmt nicht oder wurde schon benutzt. Versuch den Code, den deine App gerade zeigt.
accounts-code-start-again = Melde dich erneut an: Der Code-Schritt wartet fünf Minuten.

## Passkey sign-in
passkeys-sign-in = Mit einem Passkey anmelden
passkeys-login-start-again = Diese Anmeldung hat zu lange gedauert: Versuch es noch einmal mit dem Passkey.
passkeys-login-refused = Dieser Passkey wurde hier nicht angenommen. Versuch es noch einmal oder melde dich mit deinem Passwort an.
passkeys-login-unknown = Dieser Passkey ist hier nicht registriert (vielleicht wurde er entfernt). Melde dich mit deinem Passwort an.
