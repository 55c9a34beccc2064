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

settings-title = Paramètres
# The heading of the notification emails page, and the link to it.
settings-notifications-title = E-mails de notification
# After the link "Notification emails" on the settings page: one sentence
# with it ("Notification emails: choose which…").
settings-intro-notifications-after =  : choisissez quelles notifications vous parviennent par e-mail, et à quelle fréquence.
# The heading of the account page (blocked people, export, deletion), and
# the link to it.
settings-account-title = Votre compte
# After the link "Your account" on the settings page: one sentence with it.
settings-intro-account-after =  : personnes bloquées, téléchargement de vos données, suppression de votre compte.
# The link back from the notification emails and account pages.
settings-back = ← Paramètres
# Shown after a field's label, in grey.
settings-optional = (facultatif)
# A button that saves a form (notification emails, language).
settings-save = Enregistrer

settings-profile-heading = Profil
settings-display-name-label = Nom affiché
settings-display-name-hint = Affiché à la place de votre nom d’utilisateur sur vos articles et votre profil.
# $max is a number of characters.
settings-display-name-too-long = Votre nom est limité à { $max } caractères.
settings-bio-label = Bio
# $max is the most characters a bio may have, $count how many this one has.
settings-bio-too-long = Votre bio est limitée à { $max } caractères (elle en compte { $count }).
settings-profile-save = Enregistrer le profil
settings-profile-saved = Votre profil est enregistré.

## Profile picture

settings-avatar-heading = Photo de profil
settings-avatar-file-label = Nouvelle photo
settings-avatar-hint = JPEG, PNG, WebP ou GIF. Elle est recadrée en carré à partir du centre ; les données de localisation et d’appareil photo sont supprimées.
settings-avatar-upload = Envoyer la photo
settings-avatar-remove = Supprimer la photo
settings-avatar-several = Choisissez une seule photo.
settings-avatar-missing = Choisissez une photo à envoyer.
settings-avatar-saved = Votre nouvelle photo est en ligne.
settings-avatar-removed = Votre photo est supprimée.

## Email address

settings-email-heading = Adresse e-mail
# "Your address is <the address in bold>. It is never shown to other
# people." One sentence in two pieces around the address.
settings-email-current-before = Votre adresse est{ " " }
settings-email-current-after = . Elle n’est jamais montrée aux autres.
# "Waiting for you to open the link we sent to <the new address in bold>.
# Until then…" One sentence in two pieces around the address.
settings-email-pending-before = Nous attendons que vous ouvriez le lien envoyé à{ " " }
settings-email-pending-after = . D’ici là, votre adresse reste la même.
settings-email-new-label = Nouvelle adresse e-mail
# Also on the password form.
settings-current-password-label = Mot de passe actuel
settings-email-save = Changer d’adresse e-mail
settings-wrong-current-password = Ce n’est pas votre mot de passe actuel.
settings-email-same = C’est déjà votre adresse.
# $address is the new email address.
settings-email-link-sent = Nous avons envoyé un lien à { $address }. Votre adresse changera quand vous l’ouvrirez.

## Password

settings-password-heading = Mot de passe
settings-new-password-label = Nouveau mot de passe
settings-new-password-hint = Au moins 8 caractères ; quelques mots sans rapport entre eux en font un solide. Vos autres sessions seront fermées.
settings-password-save = Changer de mot de passe
settings-password-same = C’est votre mot de passe actuel. Choisissez-en un nouveau.
settings-password-changed = Votre mot de passe a été modifié. Toutes vos autres sessions ont été fermées.

## Language

settings-language-heading = Langue
settings-language-label = Langue de l’interface
# The first choice of the language menu: no setting, the browser's
# preferred languages decide.
settings-language-browser = Suivre mon navigateur
settings-language-hint = Les e-mails que Quill vous envoie sont aussi rédigés dans cette langue. Si vous suivez votre navigateur, ils arrivent en anglais.
settings-language-saved = Votre langue est enregistrée.

## Where you are logged in

settings-logins-heading = Vos connexions
# The caption of the table of browser sessions.
settings-logins-browsers = Navigateurs
# Column headings of the sessions table.
settings-logins-browser = Navigateur
settings-logins-logged-in = Connexion
settings-logins-last-active = Dernière activité
# The heading of the column of buttons, read only by screen readers.
settings-logins-action = Action
# In place of the browser's description when it sent none.
settings-logins-unknown-browser = Navigateur inconnu
# In the row of the session this page is shown in, instead of a button.
settings-logins-this-browser = Ce navigateur
# A button that logs out one session.
settings-logins-end = Déconnecter
settings-logins-hint = Changer de mot de passe déconnecte tous les navigateurs sauf celui-ci et révoque tous les jetons d’API.
settings-session-ended = Cette session est fermée.
settings-session-already-ended = Cette session était déjà fermée.
# The caption of the table of API tokens.
settings-tokens-caption = Jetons d’API
# "No API tokens. Programs get one by logging in to /api/users/login; each
# appears here until you revoke it." One sentence in two pieces around the
# address, which stays as it is.
settings-tokens-none-before = Aucun jeton d’API. Les programmes en obtiennent un en se connectant à{ " " }
settings-tokens-none-after =  ; chacun apparaît ici jusqu’à ce que vous le révoquiez.
# Column headings of the tokens table. "Made by": the program that asked
# for the token.
settings-tokens-made-by = Créé par
settings-tokens-created = Création
settings-tokens-last-used = Dernière utilisation
settings-tokens-revoke = Révoquer
settings-token-revoked = Le jeton est révoqué : il ne fonctionne plus.
settings-token-already-revoked = Ce jeton avait déjà été révoqué.

## Notification emails

# The kinds of notification, each with three choices below.
settings-notify-reply = Quelqu’un répond à votre commentaire
settings-notify-mention = Quelqu’un vous mentionne (@name) dans un article ou un commentaire
settings-notify-comment = Quelqu’un commente votre article
settings-notify-like = Quelqu’un aime votre article
settings-notify-follow = Quelqu’un vous suit
# $minutes is how long Quill waits before sending the mail.
settings-notify-instant = { $minutes ->
    [one] M’envoyer un e-mail environ { $minutes } minute plus tard, si je n’ai pas vu la notification d’ici là
   *[other] M’envoyer un e-mail environ { $minutes } minutes plus tard, si je n’ai pas vu la notification d’ici là
}
settings-notify-digest = L’inclure dans mon récapitulatif
settings-notify-off = Ne jamais m’envoyer d’e-mail à ce sujet
settings-digest-legend = Récapitulatif
settings-digest-daily = Une fois par jour
settings-digest-weekly = Une fois par semaine
# Only moderators and admins see this.
settings-moderation-legend = Modération
settings-report-mail = M’envoyer un e-mail quand quelque chose est signalé (avec un lien vers la file de modération)

## Your account: blocked people

settings-blocked-heading = Personnes bloquées
# “Block” is the name of the button on a person's profile.
settings-blocked-none = Personne. Pour bloquer quelqu’un, utilisez « Bloquer » sur son profil : vous ne verrez plus les articles ni les commentaires l’un de l’autre, et cette personne ne pourra plus vous suivre, aimer vos articles, les commenter, vous répondre ni vous mentionner. Elle n’en est pas informée.
settings-unblock = Débloquer

## Your account: download my data

settings-export-heading = Télécharger mes données
settings-export-intro = Une archive zip contenant votre profil, chaque article sous forme de fichier Markdown avec ses images, vos commentaires, vos J’aime, vos abonnements et vos paramètres de notification. Nous la préparons en arrière-plan, puis vous envoyons par e-mail un lien utilisable une seule fois, pendant 24 heures.
settings-export-button = Télécharger mes données
settings-export-started = Nous rassemblons vos données. Vous recevrez un e-mail avec un lien pour les télécharger, généralement d’ici quelques minutes.
settings-export-waiting = Vos données sont déjà en cours de préparation. Le lien arrivera par e-mail.
settings-export-too-many-title = Trop d’exports aujourd’hui
# $count is how many exports a day are allowed; $time is a date and time
# such as "5 Dec 2026 12:00 UTC"; $hours is how many hours from now that is.
settings-export-too-many =
    Vous pouvez demander vos données { $count } fois par jour, et vous l’avez déjà fait. Vous pourrez recommencer après le { $time } (dans { $hours ->
        [one] une heure environ
       *[other] { $hours } heures environ
    }).
settings-export-used-title = Ce lien a déjà été utilisé
settings-export-used = Vos données ont déjà été téléchargées avec ce lien, et chaque lien ne fonctionne qu’une fois. Pour les télécharger à nouveau, demandez un nouvel export dans les paramètres de votre compte.
settings-export-expired-title = Ce lien a expiré
settings-export-expired = Les liens vers vos données restent valables 24 heures, et un export plus récent remplace les liens des précédents. Demandez un nouvel export dans les paramètres de votre compte.
# The mail with the link. $size is the archive's size, such as "1.5 MB".
settings-export-mail-subject = Vos données Quill sont prêtes
settings-export-mail-ready = L’archive de votre compte Quill est prête ({ $size }) : votre profil, vos articles en Markdown avec leurs images, vos commentaires, vos J’aime, vos abonnements et vos paramètres de notification.
# $time is a date and time such as "5 Dec 2026 12:00 UTC"; $username is
# the account's username.
settings-export-mail-rules = Le lien ne fonctionne qu’une fois, jusqu’au { $time }, et uniquement depuis une session ouverte au nom de { $username }. Si vous n’êtes pas à l’origine de cette demande, changez votre mot de passe : quelqu’un d’autre est peut-être connecté à votre compte.
settings-export-mail-link = Télécharger mes données
# README.txt in the downloaded zip, a plain-text file: what each file in it
# holds. The file names on the left (profile.json, posts/<id>-<title>.md…)
# and the words in `backquotes` are names in the files: keep them as they
# are. Keep the descriptions lined up in one column if you can.
settings-export-readme =
    Vos données de Quill
    ====================

    profile.json                Votre profil : nom d’utilisateur, nom affiché, bio,
                                adresse e-mail, date d’inscription et fichier de
                                votre photo de profil.
    avatar.*                    Votre photo de profil, si vous en avez une.
    posts/<id>-<title>.md       Chacun de vos articles (brouillons et articles
                                programmés compris), en Markdown tel que vous l’avez
                                écrit, après un en-tête (front matter YAML entre
                                deux lignes ---) qui donne son titre, sa
                                description, ses étiquettes, s’il s’agit d’un
                                brouillon, et ses dates (RFC 3339, UTC). Ses champs
                                `cover` et `pictures` nomment les fichiers du
                                dossier de l’article ; `shown_as` est l’adresse que
                                le texte utilise pour chaque image.
    posts/<id>/                 Les images de cet article : son image de couverture
                                et les images de son texte, telles que stockées
                                sur Quill.
    comments.json               Vos commentaires : id, id de l’article, commentaire
                                auquel il répond (parent_id), texte Markdown, date
                                d’écriture et de dernière modification. Les
                                commentaires supprimés n’y figurent pas.
    likes.json                  Les articles que vous avez aimés : id, titre,
                                auteur, date.
    follows.json                Les personnes que vous suivez et celles qui vous
                                suivent, par nom d’utilisateur, avec la date.
    notification_settings.json  Comment chaque type de notification vous parvient
                                par e-mail (instant, digest ou off) et à quelle
                                fréquence arrive le récapitulatif.

    Tous les fichiers JSON sont en UTF-8. Les dates sont au format RFC 3339, en UTC.

## Your account: deleting it

settings-delete-heading = Supprimer mon compte
settings-delete-intro = Votre profil, vos articles et vos commentaires disparaissent immédiatement, et toutes vos sessions sont fermées. Quatorze jours plus tard, le compte est effacé avec tout son contenu ; d’ici là, il vous suffit de vous connecter pour le conserver. Nous vous indiquons la date par e-mail.
settings-delete-password-label = Votre mot de passe
settings-delete-button = Supprimer mon compte
settings-delete-wrong-password = Ce n’est pas votre mot de passe ; votre compte reste inchangé.
settings-delete-admin = Un administrateur ne peut pas supprimer son propre compte : demandez d’abord à un autre administrateur de faire de vous un membre ordinaire.
# $date is a day such as "5 Dec 2026".
settings-deleted = Votre compte est supprimé et sera effacé le { $date }. Connectez-vous avant cette date pour le conserver.
# After choosing “Keep my account” on the login page.
settings-restore-expired = Ce lien est trop ancien : reconnectez-vous pour conserver votre compte.
settings-restore-not-leaving = Ce compte n’est pas en attente d’effacement.
settings-restored = Bon retour parmi nous : votre compte, vos articles et vos commentaires sont tels que vous les avez laissés.
# The mail after deleting an account. $date is a day such as "5 Dec 2026".
settings-leaving-mail-subject = Votre compte Quill sera effacé le { $date }
settings-leaving-mail-deleted = Vous avez supprimé votre compte Quill. Il est désormais masqué et, le { $date }, il sera effacé avec vos articles, commentaires, J’aime, abonnements et images.
# “Keep my account” is the name of the button on the login page.
settings-leaving-mail-changed-mind = Vous avez changé d’avis ? Connectez-vous avant cette date et choisissez « Conserver mon compte ».
# “Download my data” is the name of the button in the account settings
# (settings-export-button).
settings-leaving-mail-copy-first = Vous voulez d’abord une copie de vos écrits ? Conservez le compte, utilisez « Télécharger mes données » dans les paramètres de votre compte, puis supprimez-le à nouveau.
settings-leaving-mail-link = Connectez-vous pour conserver votre compte

## Mail about changing the email address

# The link in the mails below that go to the account's owner.
settings-mail-reset-link = Réinitialiser mon mot de passe
# To the new address, asking to confirm it. $address is the new address,
# $username the account's username.
settings-email-confirm-mail-subject = Confirmez votre nouvelle adresse e-mail pour Quill
settings-email-confirm-mail-ask = Veuillez confirmer que { $address } doit devenir l’adresse e-mail du compte Quill { $username }.
settings-email-confirm-mail-expires = Le lien ne fonctionne qu’une fois et expire dans 48 heures. Si vous n’avez rien demandé, ignorez ce message : rien ne changera.
settings-email-confirm-mail-link = Confirmer ma nouvelle adresse
# To the current address, telling that a change was asked for. $address is
# the new address.
settings-email-change-mail-subject = Votre adresse e-mail Quill va bientôt changer
settings-email-change-mail-told = Une personne connectée à votre compte Quill a demandé à remplacer l’adresse e-mail du compte par { $address }. Le changement n’aura lieu que si le lien envoyé à cette adresse est ouvert.
settings-email-change-mail-if-not = Si c’était vous, vous n’avez rien à faire. Sinon, réinitialisez votre mot de passe dès maintenant : cela fermera toutes les autres sessions.
# To an address that belongs to another account already, when someone asked
# to move their account to it.
settings-email-taken-mail-subject = Quelqu’un a essayé d’utiliser votre adresse e-mail sur Quill
# Stands for the name in the greeting (mail-hello: "Hello { $name },"),
# which makes "Hello there,".
settings-email-taken-mail-name = à vous
settings-email-taken-mail-tried = Quelqu’un a demandé à associer un autre compte Quill à cette adresse e-mail. Elle appartient déjà à un compte ici, donc rien n’a changé.
settings-email-taken-mail-lost = Si vous n’avez plus accès à votre propre compte, vous pouvez réinitialiser son mot de passe.

## Uploaded pictures (avatars and posts' pictures)

media-form-unreadable = Le formulaire n’a pas pu être lu. Veuillez le renvoyer.
media-empty = Ce fichier est vide.
media-not-an-image = Ce fichier n’est pas une image acceptée par Quill. Envoyez une image JPEG, PNG, WebP ou GIF.
# $width and $height are the picture's size in pixels; $max is a number of
# megapixels (millions of pixels).
media-too-many-pixels = Cette image est trop grande : { $width } × { $height } pixels. Envoyez-en une de { $max } mégapixels au maximum.
media-unreadable = Cette image est endommagée ou incomplète et ne peut pas être lue. Essayez de l’enregistrer à nouveau.
# $max is a number of frames (the pictures of an animation).
media-too-many-frames = Ce GIF contient trop d’images (plus de { $max }). Envoyez une image fixe.
# What an account's pictures take, on the admin pages: "3 pictures, 1.2 MB
# of 500 MB (0%)". $used and $quota are sizes such as "1.2 MB"; $percent
# is a whole number.
media-usage = { $count ->
    [one] { $count } image, { $used } sur { $quota } ({ $percent } %)
   *[other] { $count } images, { $used } sur { $quota } ({ $percent } %)
}
media-usage-no-quota = { $count ->
    [one] { $count } image, { $used } (sans quota)
   *[other] { $count } images, { $used } (sans quota)
}

# /settings/security: the second factor; and the notice mails about it.
# $date is a date as the page writes dates; $left a whole number.
security-title = Sécurité de connexion
settings-intro-security-after =  : un second facteur par application d’authentification, et des codes de récupération.
security-second-factor-heading = Second facteur
security-second-factor-intro = Avec un second facteur, la connexion par mot de passe demande aussi un code d’une application d’authentification sur votre téléphone : un mot de passe volé ne suffit plus.
security-codes-once = Vos codes de récupération. Chacun sert une fois, à la place d’un code de l’application. Gardez-les en lieu sûr : ils ne sont affichés que maintenant.
security-on-since = Activé depuis le { $date }.
security-codes-left = { $left ->
    [one] Il reste un code de récupération.
   *[other] Il reste { $left } codes de récupération.
}
security-renew-codes = Nouveaux codes de récupération
security-turn-off = Désactiver
security-set-up = Configurer une application d’authentification
security-scan = Scannez ce code avec votre application d’authentification.
security-qr-label = Code QR à scanner avec une application d’authentification
security-or-type = Ou saisissez-y cette clé :
security-code-label = Le code affiché par l’application
security-turn-on = Activer
security-setup-again = Recommencez la configuration.
security-code-wrong = Ce code ne correspond pas. Vérifiez l’heure de votre téléphone et saisissez le code affiché maintenant.
security-off-done = Le second facteur est désactivé.
security-mail-on-subject = Un second facteur a été activé sur votre compte Quill
security-mail-on-what = La connexion à votre compte Quill demande désormais un code d’une application d’authentification en plus du mot de passe.
security-mail-off-subject = Le second facteur de votre compte Quill a été désactivé
security-mail-off-what = La connexion à votre compte Quill ne demande plus de code d’une application d’authentification.
security-mail-code-used-subject = Un code de récupération a été utilisé sur votre compte Quill
security-mail-code-used-what = Quelqu’un s’est connecté à votre compte Quill avec un code de récupération. { $left ->
    [one] Il reste un code.
   *[other] Il reste { $left } codes.
}
security-mail-renewed-subject = Nouveaux codes de récupération pour votre compte Quill
security-mail-renewed-what = De nouveaux codes de récupération ont été créés pour votre compte Quill ; les anciens ne fonctionnent plus.
security-mail-if-not = Si c’était vous, il n’y a rien à faire. Sinon, changez votre mot de passe et vérifiez vos réglages de connexion maintenant.
security-mail-link = Sécurité de connexion
security-token-heading = Jetons d’API
security-token-intro = Un programme (un script, une application) accède à l’API avec un jeton. Créez-en un ici ; il figure avec vos autres connexions dans les réglages, où vous pouvez le révoquer.
security-token-label = À quoi il sert
security-token-make = Créer un jeton
security-token-once = Votre nouveau jeton. Copiez-le maintenant : il n’est affiché qu’une fois.
security-token-default-label = Créé dans les réglages
security-mail-reset-subject = Le second facteur de votre compte Quill a été réinitialisé par un administrateur
security-mail-reset-what = Un administrateur de ce site Quill a désactivé le second facteur de votre compte, comme demandé après la perte du téléphone et des codes de récupération. Connectez-vous avec votre mot de passe et configurez-le de nouveau dans vos réglages de connexion.
security-staff-must = Ce site demande un second facteur aux modérateurs et administrateurs : configurez-en un pour accéder aux pages d’administration.

## Passkeys (settings/security)
passkeys-heading = Clés d’accès
passkeys-intro = Une clé d’accès vous connecte avec le verrouillage d’écran de votre appareil (empreinte digitale, visage ou code PIN) au lieu d’un mot de passe. Elle ne fonctionne que sur ce site, donc personne ne peut vous la dérober par hameçonnage, et elle compte à elle seule pour les deux facteurs.
passkeys-none = Vous n’avez pas encore de clé d’accès.
passkeys-added-on = Ajoutée le { $date }
passkeys-last-used = dernière utilisation le { $date }
passkeys-never-used = jamais utilisée
passkeys-rename-label = Nouveau nom pour cette clé d’accès
passkeys-rename = Renommer
passkeys-remove = Supprimer
passkeys-remove-named = Supprimer la clé d’accès { $name }
passkeys-name-label = Nom (pour distinguer vos clés d’accès)
passkeys-name-placeholder = par exemple : portable du travail
passkeys-password-why = Votre connexion date un peu : saisissez votre mot de passe pour ajouter une clé d’accès.
passkeys-add = Ajouter une clé d’accès
passkeys-needs-browser = Pour ajouter une clé d’accès, il faut un navigateur qui les prend en charge, avec JavaScript activé.
passkeys-unavailable = Les clés d’accès sont désactivées sur ce site : son adresse (QUILL_BASE_URL) est une adresse IP, et les navigateurs refusent les clés d’accès pour ces adresses.
passkeys-default-name = Clé d’accès { $number }
passkeys-added = Clé d’accès « { $name } » ajoutée. Vous pouvez désormais vous connecter avec.
passkeys-renamed = Clé d’accès renommée en « { $name } ».
passkeys-removed = Clé d’accès « { $name } » supprimée.
passkeys-start-again = Cela a pris trop de temps, ou l’opération a été commencée dans un autre onglet : ajoutez de nouveau la clé d’accès.
passkeys-refused = La réponse de votre navigateur n’a pas été acceptée (elle était destinée à un autre site, ou elle a expiré). Réessayez.
passkeys-duplicate = Cette clé d’accès est déjà enregistrée ici.
passkeys-name-empty = Donnez un nom à la clé d’accès.
passkeys-mail-added-subject = Une clé d’accès a été ajoutée à votre compte Quill
passkeys-mail-added-what = Une clé d’accès nommée « { $name } » a été ajoutée à votre compte Quill. Elle permet de se connecter sans votre mot de passe.
passkeys-mail-removed-subject = Une clé d’accès a été supprimée de votre compte Quill
passkeys-mail-removed-what = La clé d’accès nommée « { $name } » a été supprimée de votre compte Quill et ne permet plus de se connecter.
