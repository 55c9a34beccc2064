# Social actions: following, liking, commenting and blocking. What these
# say after a button (a short message at the top of the next page), why
# they are refused, and comments that cannot be shown.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# $name is always a username (letters a–z, digits, underscores): keep the
# "@" before it.

## Following

# After the Follow button on someone's profile.
social-followed = Agora você segue @{ $name }.
# After the Unfollow button on someone's profile.
social-unfollowed = Você deixou de seguir @{ $name }.
social-follow-self = Você não pode seguir a sua própria conta.

## Likes

# After the Like button on a post.
social-liked = Você curtiu este post.
# After the button that takes a like back.
social-unliked = Curtida removida.

## Blocking

# After the Block button on someone's profile. The blocked person gets no
# message about it.
social-blocked = Você bloqueou @{ $name }. A pessoa não é avisada; você pode desbloqueá-la aqui ou nas suas configurações.
social-unblocked = Você desbloqueou @{ $name }.
social-block-self = Você não pode bloquear a sua própria conta.
# Why following, liking, commenting or replying is refused when one of the
# two people has blocked the other (which one is deliberately not said).
social-blocked-refused = Não é possível fazer isso: um de vocês bloqueou o outro.

## Comments

social-comment-posted = Seu comentário foi publicado.
# A reply is a comment that answers another comment.
social-reply-posted = Sua resposta foi publicada.
social-comment-saved = Seu comentário foi salvo.
social-comment-removed = O comentário foi excluído.
social-comment-empty = Escreva algo antes de enviar seu comentário.
# $max is a number (10000).
social-comment-too-long = { $max ->
    [one] Os comentários são limitados a { $max } caractere.
   *[other] Os comentários são limitados a { $max } caracteres.
}
# The reply form pointed at something that is not a comment (a broken or
# hand-made link).
social-reply-not-a-comment = Isso não é um comentário que possa ser respondido.
# The comment being answered was deleted while the reply was written.
social-reply-parent-gone = O comentário que você respondeu não existe mais; publique o seu como um comentário no post.
social-comment-edit-refused = Só quem escreveu este comentário pode editá-lo.
social-comment-delete-refused = Só quem escreveu o comentário, quem escreveu o post ou um moderador pode excluí-lo.

## Placeholders in a post's comment thread
# Shown instead of a comment that cannot be shown but still has answers
# under it, so the thread keeps its shape.

social-comment-deleted = Este comentário foi excluído.
# The reader blocked the comment's author.
social-comment-hidden-blocked = Oculto: você bloqueou esta pessoa.
# The author is banned, or has blocked the reader (which one is not said).
social-comment-hidden = Este comentário está oculto.
