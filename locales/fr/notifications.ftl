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
notifications-mark-all-read = Tout marquer comme lu
# A small button next to one unread notification.
notifications-mark-read = Marquer comme lue
# Read out by screen readers before an unread notification.
notifications-unread = Non lue :
notifications-empty = Rien pour l’instant. Quand quelqu’un vous suit, aime ou commente vos articles, vous répond ou vous mentionne, cela apparaît ici.
# After "Mark all read".
notifications-all-read = Tout est lu.
# The link text when a post has no title to show.
notifications-a-post = un article

## Who did it
# Several people who did the same thing (liked the same post, say) are
# shown as one notification. $first and $second are names; $others is how
# many more people there are (at least 1).

notifications-who-two = { $first } et { $second }
notifications-who-many = { $others ->
    [one] { $first }, { $second } et { $others } autre personne
   *[other] { $first }, { $second } et { $others } autres personnes
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
    [one] vous suit
   *[other] vous suivent
}
notifications-like-before = { "" }
notifications-like-verb = { $count ->
    [one] a aimé
   *[other] ont aimé
}
notifications-like-after = { "" }
notifications-comment-before = { "" }
notifications-comment-verb = { $count ->
    [one] a commenté
   *[other] ont commenté
}
notifications-comment-after = { "" }
notifications-reply-before = { "" }
notifications-reply-verb = { $count ->
    [one] a répondu à votre commentaire sur
   *[other] ont répondu à votre commentaire sur
}
notifications-reply-after = { "" }
# Named with @ in a comment on a post.
notifications-mention-comment-before = { "" }
notifications-mention-comment-verb = { $count ->
    [one] vous a mentionné dans un commentaire sur
   *[other] vous ont mentionné dans un commentaire sur
}
notifications-mention-comment-after = { "" }
# Named with @ in a post itself.
notifications-mention-before = { "" }
notifications-mention-verb = { $count ->
    [one] vous a mentionné dans
   *[other] vous ont mentionné dans
}
notifications-mention-after = { "" }

## One notification as one line of text
# In the pop-up on open pages, for screen readers, and in the mail sent at
# once (whose subject it is when there is only one). $who is one person's
# name. $excerpt is the start of the comment, as its author wrote it.

# Stands for $title when the post's title is unknown.
notifications-your-post = votre article
notifications-text-follow = { $who } vous suit
notifications-text-like = { $who } a aimé « { $title } »
notifications-text-comment = { $who } a commenté « { $title } » : { $excerpt }
notifications-text-reply = { $who } a répondu à votre commentaire sur « { $title } » : { $excerpt }
notifications-text-mention-comment = { $who } vous a mentionné dans un commentaire sur « { $title } » : { $excerpt }
notifications-text-mention = { $who } vous a mentionné dans « { $title } »
# The reply of the live notifications address to someone not logged in
# (rarely seen).
notifications-stream-log-in = Connectez-vous pour recevoir les notifications.

## One line of the digest
# Like the page: $who may be several people ("Ana, Ben and 3 others"),
# $count is how many.

notifications-line-follow = { $count ->
    [one] { $who } vous suit
   *[other] { $who } vous suivent
}
notifications-line-like = { $count ->
    [one] { $who } a aimé « { $title } »
   *[other] { $who } ont aimé « { $title } »
}
notifications-line-comment = { $count ->
    [one] { $who } a commenté « { $title } »
   *[other] { $who } ont commenté « { $title } »
}
notifications-line-reply = { $count ->
    [one] { $who } a répondu à votre commentaire sur « { $title } »
   *[other] { $who } ont répondu à votre commentaire sur « { $title } »
}
notifications-line-mention-comment = { $count ->
    [one] { $who } vous a mentionné dans un commentaire sur « { $title } »
   *[other] { $who } vous ont mentionné dans un commentaire sur « { $title } »
}
notifications-line-mention = { $count ->
    [one] { $who } vous a mentionné dans « { $title } »
   *[other] { $who } vous ont mentionné dans « { $title } »
}

## Mail sent at once
# For the kinds of notification someone wants "at once"; it gathers
# everything that came in the few minutes before it was sent.

# The subject when there are several notifications (with one, the
# subject is that notification's line, above).
notifications-mail-subject = { $count ->
    [one] { $count } nouvelle notification sur Quill
   *[other] { $count } nouvelles notifications sur Quill
}
# One sentence around a link on the word "Quill" (to the site):
# "Here is what happened on [Quill] that you have not seen yet:"
notifications-mail-intro-before = Voici ce qui s’est passé sur
notifications-mail-intro-after = et que vous n’avez pas encore vu :
# The same sentence in the plain-text version; $site is the site's address.
notifications-mail-intro-text = Voici ce qui s’est passé sur Quill ({ $site }) et que vous n’avez pas encore vu :
notifications-mail-why = Vous recevez cet e-mail car vos paramètres de notification demandent un envoi immédiat pour ces notifications.
# Links at the bottom of notification mail and digests.
notifications-mail-settings-link = Modifier vos paramètres
notifications-mail-stop-link = Arrêter les e-mails de notification
# The same, in the plain-text version: each is followed by a space and an
# address.
notifications-mail-settings-label = Les modifier :
notifications-mail-stop-label = Arrêter les e-mails de notification :

## The digest

# $frequency in the messages below.
notifications-frequency-daily = quotidien
notifications-frequency-weekly = hebdomadaire
# The digest's subject: "Your daily Quill digest: 5 new". $count is how
# many notifications it holds.
notifications-digest-subject = { $count ->
    [one] Votre récapitulatif { $frequency } de Quill : { $count } nouveauté
   *[other] Votre récapitulatif { $frequency } de Quill : { $count } nouveautés
}
# One sentence around a link on the word "Quill" (to the site), with no
# space after the link:
# "Your daily digest from [Quill]: what you have not seen yet."
notifications-digest-intro-before = Votre récapitulatif { $frequency } de
notifications-digest-intro-after =  : ce que vous n’avez pas encore vu.
# The same sentence in the plain-text version; $site is the site's address.
notifications-digest-intro-text = Votre récapitulatif { $frequency } de Quill ({ $site }) : ce que vous n’avez pas encore vu.
# "…ask for one daily" means "ask for a daily digest".
notifications-digest-why = Vous recevez ce récapitulatif car vous avez choisi un récapitulatif { $frequency } dans vos paramètres de notification.

## Notification mail settings (/settings/notifications)

notifications-prefs-saved = Vos préférences d’e-mails de notification sont enregistrées.
# For each kind the choices are: at once, in the digest, never.
notifications-prefs-delivery-invalid = Pour chaque type, choisissez : immédiatement, dans le récapitulatif ou jamais.
notifications-prefs-frequency-invalid = Choisissez un récapitulatif quotidien ou hebdomadaire.

## The unsubscribe page (the link at the bottom of every notification mail)

notifications-unsubscribe-title = E-mails de notification
notifications-unsubscribe-ask = Arrêter tous les e-mails de notification (commentaires, réponses, mentions, J’aime, abonnements et récapitulatifs) pour ce compte ? Les e-mails liés au compte et à la sécurité continueront d’arriver.
notifications-unsubscribe-button = Arrêter les e-mails de notification
notifications-unsubscribe-done = C’est fait : vous ne recevrez plus d’e-mails de notification. Les e-mails liés au compte et à la sécurité (réinitialisation du mot de passe, changement d’adresse) continueront d’arriver.
# A button that restores the settings from before unsubscribing.
notifications-unsubscribe-undo = Annuler : m’envoyer des e-mails comme avant
# One sentence: "Changed your mind? [Log in] to turn them back on in your
# notification settings."
notifications-unsubscribe-log-in-before = Vous avez changé d’avis ?
notifications-unsubscribe-log-in-link = Connectez-vous
notifications-unsubscribe-log-in-after = pour les réactiver dans vos paramètres de notification.
# One sentence, with no space after the link: "Logged in? Choose per kind
# in [your notification settings]."
notifications-unsubscribe-settings-before = Après connexion, choisissez type par type dans
notifications-unsubscribe-settings-link = vos paramètres de notification
notifications-unsubscribe-settings-after = .
notifications-unsubscribe-invalid = Ce lien de désabonnement n’est pas valide. Gérez plutôt vos e-mails de notification dans vos paramètres.
# After the undo button on an old unsubscribe page: the settings page opens.
notifications-unsubscribe-choose-here = Choisissez ici les e-mails de notification que vous souhaitez recevoir.
