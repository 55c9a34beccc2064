# Social actions: following, liking, commenting and blocking. What these
# say after a button (a short message at the top of the next page), why
# they are refused, and comments that cannot be shown.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# $name is always a username (letters a–z, digits, underscores): keep the
# "@" before it.

## Following

# After the Follow button on someone's profile.
social-followed = Vous suivez désormais @{ $name }.
# After the Unfollow button on someone's profile.
social-unfollowed = Vous ne suivez plus @{ $name }.
social-follow-self = Vous ne pouvez pas vous suivre vous-même.

## Likes

# After the Like button on a post.
social-liked = Vous aimez cet article.
# After the button that takes a like back.
social-unliked = J’aime retiré.

## Blocking

# After the Block button on someone's profile. The blocked person gets no
# message about it.
social-blocked = Vous avez bloqué @{ $name }. Cette personne n’en est pas informée ; vous pouvez la débloquer ici ou dans vos paramètres.
social-unblocked = Vous avez débloqué @{ $name }.
social-block-self = Vous ne pouvez pas vous bloquer vous-même.
# Why following, liking, commenting or replying is refused when one of the
# two people has blocked the other (which one is deliberately not said).
social-blocked-refused = Action impossible : l’un de vous deux a bloqué l’autre.

## Comments

social-comment-posted = Votre commentaire est publié.
# A reply is a comment that answers another comment.
social-reply-posted = Votre réponse est publiée.
social-comment-saved = Votre commentaire est enregistré.
social-comment-removed = Le commentaire est supprimé.
social-comment-empty = Écrivez quelque chose avant d’envoyer votre commentaire.
# $max is a number (10000).
social-comment-too-long = { $max ->
    [one] Les commentaires sont limités à { $max } caractère.
   *[other] Les commentaires sont limités à { $max } caractères.
}
# The reply form pointed at something that is not a comment (a broken or
# hand-made link).
social-reply-not-a-comment = Ce n’est pas un commentaire auquel on peut répondre.
# The comment being answered was deleted while the reply was written.
social-reply-parent-gone = Le commentaire auquel vous répondiez n’existe plus ; publiez plutôt le vôtre comme nouveau commentaire.
social-comment-edit-refused = Seul l’auteur de ce commentaire peut le modifier.
social-comment-delete-refused = Seuls l’auteur du commentaire, l’auteur de l’article ou un modérateur peuvent le supprimer.

## Placeholders in a post's comment thread
# Shown instead of a comment that cannot be shown but still has answers
# under it, so the thread keeps its shape.

social-comment-deleted = Ce commentaire a été supprimé.
# The reader blocked the comment's author.
social-comment-hidden-blocked = Masqué : vous avez bloqué cette personne.
# The author is banned, or has blocked the reader (which one is not said).
social-comment-hidden = Ce commentaire est masqué.
