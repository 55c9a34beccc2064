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
    [post] Signaler un article
    [comment] Signaler un commentaire
   *[user] Signaler un profil
}
# "The profile of @name" (the @name is a link). One phrase in two pieces
# around the link; the second piece is empty in English.
moderation-report-profile-before = Le profil de{ " " }
moderation-report-profile-after = { "" }
# "You reported this on 5 Dec 2026. A moderator will look at it; …" One
# sentence in two pieces around the date.
moderation-report-already-before = Vous avez signalé ce contenu le{ " " }
moderation-report-already-after = . Un modérateur va l’examiner ; vous n’avez rien d’autre à faire.
moderation-report-back = ← Retour
moderation-report-intro = Les signalements sont transmis aux modérateurs du site, pas à la personne que vous signalez. Chaque personne ne peut signaler un même contenu qu’une seule fois.
moderation-report-reason-legend = Quel est le problème ?
moderation-report-details-label = Précisions
# After "Details", in grey. “Something else” is the last reason (moderation-reason-other).
moderation-report-details-optional = (facultatif, obligatoire pour « Autre »)
# $max is a number of characters.
moderation-report-details-hint = { $max } caractères au maximum. Des liens ou du contexte aident les modérateurs à décider.
moderation-report-send = Envoyer le signalement
moderation-report-cancel = Annuler
moderation-report-thanks = Merci, un modérateur va l’examiner.
moderation-report-repeat = Vous l’aviez déjà signalé ; un modérateur va l’examiner.

## Why something is reported: the form's choices

moderation-reason-spam = Spam
moderation-reason-harassment = Harcèlement
moderation-reason-illegal = Contenu illégal
moderation-reason-other = Autre
# The same inside a sentence, as moderation-report-mail-what uses them:
# "Someone reported a post (spam)."
moderation-reason-spam-inline = spam
moderation-reason-harassment-inline = harcèlement
moderation-reason-illegal-inline = contenu illégal
moderation-reason-other-inline = autre motif

## What is wrong with a report that is sent

# "kind" and "target" are the names of the form's fields; keep them as they are.
moderation-report-kind-missing = Choisissez ce que vous signalez : un article, un commentaire ou un profil (kind = post, comment ou user).
moderation-report-target-missing = { $kind ->
    [post] Indiquez quel article vous signalez (target).
    [comment] Indiquez quel commentaire vous signalez (target).
   *[user] Indiquez quel profil vous signalez (target).
}
moderation-report-own = { $kind ->
    [post] Vous ne pouvez pas signaler votre propre article.
    [comment] Vous ne pouvez pas signaler votre propre commentaire.
   *[user] Vous ne pouvez pas vous signaler vous-même.
}
moderation-report-reason-missing = Choisissez un motif : spam, harcèlement, contenu illégal ou autre.
moderation-report-details-missing = Expliquez en quelques mots quel est le problème.
# $max is the most characters the details may have, $count how many these have.
moderation-report-details-too-long = Les précisions doivent faire moins de { $max } caractères (elles en font { $count }).

## Mail to staff about a new report

moderation-report-mail-subject = Nouveau signalement sur Quill
# $reason is one of the moderation-reason-…-inline messages above.
moderation-report-mail-what = { $kind ->
    [post] Quelqu’un a signalé un article ({ $reason }). Il attend dans la file de modération.
    [comment] Quelqu’un a signalé un commentaire ({ $reason }). Il attend dans la file de modération.
    [user] Quelqu’un a signalé un profil ({ $reason }). Il attend dans la file de modération.
   *[other] Quelqu’un a signalé un contenu ({ $reason }). Il attend dans la file de modération.
}
moderation-report-mail-why = Vous recevez cet e-mail parce que vous l’avez demandé ; vous pouvez désactiver ces e-mails dans vos paramètres de notification.
moderation-report-mail-link = Ouvrir la file de modération

## Mail to an author whose post or comment staff removed

# $kind is post or comment here.
moderation-removed-mail-subject = { $kind ->
    [comment] Votre commentaire sur Quill a été retiré
   *[post] Votre article sur Quill a été retiré
}
# $label is the post's title or the comment's first words.
moderation-removed-mail-what = { $kind ->
    [comment] Votre commentaire « { $label } » a été retiré par les modérateurs du site.
   *[post] Votre article « { $label } » a été retiré par les modérateurs du site.
}
moderation-removed-mail-no-reason = Aucun motif n’a été indiqué.
# $reason is what the moderator wrote, in their words.
moderation-removed-mail-reason = Motif indiqué : { $reason }
moderation-removed-mail-mistake = Si vous pensez qu’il s’agit d’une erreur, répondez à cet e-mail.
moderation-removed-mail-link = Votre profil
