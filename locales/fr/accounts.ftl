# Accounts: signing up, logging in and out, verifying the email address,
# resetting a forgotten password, and the mail these send.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Some sentences hold a link or bold text in the middle: they are split into
# pieces (…-before, the link's text, …-after) that the page puts together
# with a space before the link. Translate the pieces so that together they
# read as one sentence. "Quill" is the software's name: keep it as it is.

## Sign-up page (/signup)

accounts-signup-title = Inscription
accounts-signup-heading = Créez votre compte
accounts-username-label = Nom d’utilisateur
# "/u/name" is the address of a profile page: keep it as it is.
accounts-username-hint = De 3 à 30 caractères : lettres a–z, chiffres et tirets bas. Ce sera votre adresse : /u/name.
accounts-email-label = Adresse e-mail
accounts-password-label = Mot de passe
accounts-password-hint = Au moins 8 caractères. Quelques mots sans rapport entre eux font un mot de passe solide.
# The form's button.
accounts-signup-submit = S’inscrire
# One sentence: "Already have an account? [Log in]."
accounts-signup-login-before = Vous avez déjà un compte ?
accounts-signup-login-link = Connectez-vous
accounts-signup-login-after = .
# Shown after signing up, on the "Check your email" page.
accounts-signup-welcome = Bienvenue sur Quill ! Ouvrez le lien que nous vous avons envoyé par e-mail pour vérifier votre adresse, puis connectez-vous.
accounts-already-logged-in = Votre session est déjà ouverte.
accounts-username-taken = Ce nom d’utilisateur est déjà pris. Veuillez en choisir un autre.

## What is wrong with a username, an email address or a new password
## (on the sign-up page, in settings and on the reset page)

accounts-username-reserved = Ce nom d’utilisateur est réservé. Veuillez en choisir un autre.
accounts-username-length = Choisissez un nom d’utilisateur de 3 à 30 caractères.
accounts-username-characters = Utilisez uniquement des lettres a–z, des chiffres et des tirets bas.
accounts-email-empty = Saisissez votre adresse e-mail.
accounts-email-too-long = Cette adresse e-mail est trop longue.
# "ana@example.com" is an example address; it may be replaced by one that
# looks natural in your language.
accounts-email-invalid = Saisissez une adresse e-mail valide, par exemple camille@example.com.
accounts-password-too-short = Votre mot de passe doit comporter au moins 8 caractères.
accounts-password-too-long = Votre mot de passe doit comporter au plus 1 024 caractères.
accounts-password-is-name = Votre mot de passe ne doit être ni votre nom d’utilisateur ni votre adresse e-mail.
accounts-password-common = Ce mot de passe figure dans la liste des mots de passe les plus courants, que les attaquants essaient en premier. Veuillez en choisir un autre.

## Login page (/login)

# The page's title and heading.
accounts-login-title = Connexion
accounts-login-label = Nom d’utilisateur ou adresse e-mail
# The form's button.
accounts-login-submit = Se connecter
accounts-login-forgot-link = Mot de passe oublié ?
# One sentence: "New here? [Create an account]."
accounts-login-signup-before = Pas encore de compte ?
accounts-login-signup-link = Créez-en un
accounts-login-signup-after = .
# One sentence: "Never got the verification email? [Resend verification]."
accounts-login-resend-before = Vous n’avez pas reçu l’e-mail de vérification ?
accounts-login-resend-link = Renvoyer l’e-mail de vérification
accounts-login-resend-after = .

## Why a login was refused (shown above the login form)

accounts-login-incomplete = Saisissez votre nom d’utilisateur ou votre adresse e-mail, ainsi que votre mot de passe.
accounts-login-mismatch = Ce nom d’utilisateur ou cette adresse e-mail et ce mot de passe ne correspondent à aucun compte.
accounts-login-suspended = Ce compte a été suspendu par les modérateurs du site.
# The person deleted their account and it waits to be erased; the date and
# the "Keep my account" button follow below.
accounts-login-leaving = Vous avez supprimé ce compte. Il sera effacé à la date indiquée ci-dessous, sauf si vous le conservez.
# “Resend verification” names the link below the form
# (accounts-login-resend-link): use the same words.
accounts-login-unverified = Veuillez d’abord vérifier votre adresse e-mail : ouvrez le lien que nous vous avons envoyé. Pas d’e-mail ? Utilisez « Renvoyer l’e-mail de vérification » ci-dessous.
# One sentence: "It will be erased on [date]. Until then you can keep it, with
# everything you wrote." The date, in bold, comes between the two pieces.
accounts-login-leaving-before = Il sera effacé le
accounts-login-leaving-after = . D’ici là, vous pouvez le conserver, avec tout ce que vous avez écrit.
accounts-login-keep-account = Conserver mon compte

## After logging in and out

# $username is the person's username (such as ana_99).
accounts-login-welcome-back = Bon retour parmi nous, { $username }.
accounts-logged-out = Déconnexion effectuée. À bientôt !

## After signing up (/check-email)

accounts-check-email-title = Consultez vos e-mails
accounts-check-email-sent = Si cette adresse est nouvelle sur Quill, nous lui avons envoyé un lien pour la vérifier. Ouvrez-le pour terminer votre inscription, puis connectez-vous.
# One sentence: "Nothing arrived after a few minutes? Look in your spam
# folder, or [send the link again]."
accounts-check-email-resend-before = Rien reçu après quelques minutes ? Regardez dans vos spams, ou
accounts-check-email-resend-link = renvoyez le lien
accounts-check-email-resend-after = .

## Asking for the verification link again (/resend-verification)

accounts-resend-title = Renvoyer l’e-mail de vérification
accounts-resend-heading = Renvoyer le lien de vérification
# The button on the "Resend verification" and "Forgot password" forms.
accounts-send-link = Envoyer le lien
accounts-resend-sent = Si cette adresse est en attente de vérification, un nouveau lien est en route.

## Following the link in a verification mail

accounts-email-verified = Votre adresse e-mail est vérifiée. Vous pouvez maintenant vous connecter.
# “Resend verification” is the link on the login page
# (accounts-login-resend-link): use the same words.
accounts-verify-link-dead = Ce lien de vérification est invalide, déjà utilisé ou expiré. Connectez-vous pour en recevoir un nouveau, ou utilisez « Renvoyer l’e-mail de vérification ».
# After confirming a change of address; $address is the new email address.
accounts-email-changed = Votre adresse e-mail est désormais { $address }.
accounts-email-change-taken = Entre-temps, cette adresse a été enregistrée par un autre compte ; elle ne peut donc pas devenir la vôtre. Votre adresse reste inchangée.

## Forgotten password (/forgot-password, /reset-password)

accounts-forgot-title = Mot de passe oublié
accounts-forgot-heading = Mot de passe oublié ?
accounts-forgot-sent = Si un compte utilise cette adresse, un lien pour réinitialiser son mot de passe est en route. Il reste valable une heure.
accounts-forgot-intro = Saisissez l’adresse e-mail de votre compte, et nous vous enverrons un lien pour choisir un nouveau mot de passe.
# The title and heading of the page the reset link opens.
accounts-reset-title = Choisissez un nouveau mot de passe
accounts-reset-password-label = Nouveau mot de passe
accounts-reset-submit = Enregistrer le nouveau mot de passe
# “Forgot password” is that page's title (accounts-forgot-title): use the
# same words.
accounts-reset-link-dead = Ce lien de réinitialisation est invalide, déjà utilisé, expiré ou remplacé par un lien plus récent. Demandez-en un nouveau sur la page « Mot de passe oublié ».
accounts-password-reset-done = Votre mot de passe a été modifié. Connectez-vous avec le nouveau.

## Mail: verifying the address after signing up
## (it starts with mail-hello from mail.ftl; the HTML version ends the
## intro with a button, the plain-text version with the link itself)

accounts-verify-mail-subject = Vérifiez votre adresse e-mail pour Quill
accounts-verify-mail-intro = Bienvenue sur Quill ! Veuillez confirmer qu’il s’agit bien de votre adresse e-mail :
accounts-verify-mail-intro-text = Bienvenue sur Quill ! Veuillez confirmer qu’il s’agit bien de votre adresse e-mail en ouvrant ce lien :
# The button in the mail.
accounts-verify-mail-link = Vérifier mon adresse e-mail
accounts-verify-mail-expiry = Le lien ne fonctionne qu’une fois et expire dans 48 heures. Si vous n’êtes pas à l’origine de cette inscription, ignorez ce message.

## Mail: someone tried to sign up with an address that has an account
## (sent to the account's owner)

accounts-signup-attempt-mail-subject = Quelqu’un a essayé de s’inscrire avec votre adresse e-mail
accounts-signup-attempt-mail-what = Quelqu’un vient d’essayer de s’inscrire sur Quill avec cette adresse e-mail, qui a déjà un compte : le vôtre.
accounts-signup-attempt-mail-if-you = Si c’était vous, connectez-vous avec votre nom d’utilisateur ou votre adresse e-mail. Si vous avez oublié votre mot de passe, vous pouvez le réinitialiser.
accounts-signup-attempt-mail-if-not = Si ce n’était pas vous, vous n’avez rien à faire : aucun nouveau compte n’a été créé.
# The link at the end of the mail, to the "Forgot password" page.
accounts-signup-attempt-mail-link = Réinitialiser mon mot de passe

## Mail: the password reset link

accounts-reset-mail-subject = Réinitialisez votre mot de passe Quill
accounts-reset-mail-intro = Quelqu’un a demandé à réinitialiser le mot de passe de votre compte Quill.
accounts-reset-mail-intro-text = Quelqu’un a demandé à réinitialiser le mot de passe de votre compte Quill. Pour choisir un nouveau mot de passe, ouvrez ce lien :
# The button in the mail.
accounts-reset-mail-link = Choisir un nouveau mot de passe
accounts-reset-mail-expiry = Le lien ne fonctionne qu’une fois et expire dans une heure ; un lien plus récent annule celui-ci. Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.

## Mail: the password was changed

accounts-password-changed-mail-subject = Votre mot de passe Quill a été modifié
accounts-password-changed-mail-what = Le mot de passe de votre compte Quill vient d’être modifié, et les sessions ouvertes avec l’ancien mot de passe ont été fermées.
# One sentence in the HTML mail: "If that was you, there is nothing to do. If
# it was not, [reset your password now]."
accounts-password-changed-mail-if-not-before = Si c’était vous, vous n’avez rien à faire. Sinon,
accounts-password-changed-mail-if-not-link = réinitialisez votre mot de passe dès maintenant
accounts-password-changed-mail-if-not-after = .
# The same in the plain-text mail; $link is the address of the "Forgot
# password" page.
accounts-password-changed-mail-if-not-text = Si c’était vous, vous n’avez rien à faire. Sinon, réinitialisez votre mot de passe dès maintenant : { $link }

# The second step of a login with a second factor (/login/code).
accounts-code-title = Saisissez votre code
accounts-code-explain = Votre compte a un second facteur. Saisissez le code à six chiffres que votre application d’authentification affiche maintenant, ou l’un de vos codes de récupération.
accounts-code-label = Code
accounts-code-submit = Se connecter
accounts-code-lost = Téléphone et codes de récupération perdus ? Réinitialiser le mot de passe ne désactive pas le second facteur : demandez à un administrateur du site de le réinitialiser.
accounts-code-wrong = Ce code n’est pas bon, ou il a déjà servi. Essayez le code que votre application affiche maintenant.
accounts-code-start-again = Reconnectez-vous : l’étape du code attend cinq minutes.

## Passkey sign-in
passkeys-sign-in = Se connecter avec une clé d’accès
passkeys-login-start-again = Cette connexion a pris trop de temps : réessayez avec la clé d’accès.
passkeys-login-refused = Cette clé d’accès n’a pas été acceptée ici. Réessayez, ou connectez-vous avec votre mot de passe.
passkeys-login-unknown = Cette clé d’accès n’est pas enregistrée ici (elle a peut-être été supprimée). Connectez-vous avec votre mot de passe.
