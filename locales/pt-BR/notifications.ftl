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

notifications-title = Notificações
notifications-mark-all-read = Marcar todas como lidas
# A small button next to one unread notification.
notifications-mark-read = Marcar como lida
# Read out by screen readers before an unread notification.
notifications-unread = Não lida:
notifications-empty = Nada ainda. Quando alguém seguir você, curtir ou comentar seus posts, responder a você ou mencionar você, isso vai aparecer aqui.
# After "Mark all read".
notifications-all-read = Tudo em dia.
# The link text when a post has no title to show.
notifications-a-post = um post

## Who did it
# Several people who did the same thing (liked the same post, say) are
# shown as one notification. $first and $second are names; $others is how
# many more people there are (at least 1).

notifications-who-two = { $first } e { $second }
notifications-who-many = { $others ->
    [one] { $first }, { $second } e mais { $others } pessoa
   *[other] { $first }, { $second } e mais { $others } pessoas
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
    [one] seguiu você
   *[other] seguiram você
}
notifications-like-before = { "" }
notifications-like-verb = { $count ->
    [one] curtiu
   *[other] curtiram
}
notifications-like-after = { "" }
notifications-comment-before = { "" }
notifications-comment-verb = { $count ->
    [one] comentou em
   *[other] comentaram em
}
notifications-comment-after = { "" }
notifications-reply-before = { "" }
notifications-reply-verb = { $count ->
    [one] respondeu ao seu comentário em
   *[other] responderam ao seu comentário em
}
notifications-reply-after = { "" }
# Named with @ in a comment on a post.
notifications-mention-comment-before = { "" }
notifications-mention-comment-verb = { $count ->
    [one] mencionou você em um comentário em
   *[other] mencionaram você em comentários em
}
notifications-mention-comment-after = { "" }
# Named with @ in a post itself.
notifications-mention-before = { "" }
notifications-mention-verb = { $count ->
    [one] mencionou você em
   *[other] mencionaram você em
}
notifications-mention-after = { "" }

## One notification as one line of text
# In the pop-up on open pages, for screen readers, and in the mail sent at
# once (whose subject it is when there is only one). $who is one person's
# name. $excerpt is the start of the comment, as its author wrote it.

# Stands for $title when the post's title is unknown.
notifications-your-post = seu post
notifications-text-follow = { $who } seguiu você
notifications-text-like = { $who } curtiu “{ $title }”
notifications-text-comment = { $who } comentou em “{ $title }”: { $excerpt }
notifications-text-reply = { $who } respondeu ao seu comentário em “{ $title }”: { $excerpt }
notifications-text-mention-comment = { $who } mencionou você em um comentário em “{ $title }”: { $excerpt }
notifications-text-mention = { $who } mencionou você em “{ $title }”
# The reply of the live notifications address to someone not logged in
# (rarely seen).
notifications-stream-log-in = Entre para receber notificações.

## One line of the digest
# Like the page: $who may be several people ("Ana, Ben and 3 others"),
# $count is how many.

notifications-line-follow = { $count ->
    [one] { $who } seguiu você
   *[other] { $who } seguiram você
}
notifications-line-like = { $count ->
    [one] { $who } curtiu “{ $title }”
   *[other] { $who } curtiram “{ $title }”
}
notifications-line-comment = { $count ->
    [one] { $who } comentou em “{ $title }”
   *[other] { $who } comentaram em “{ $title }”
}
notifications-line-reply = { $count ->
    [one] { $who } respondeu ao seu comentário em “{ $title }”
   *[other] { $who } responderam ao seu comentário em “{ $title }”
}
notifications-line-mention-comment = { $count ->
    [one] { $who } mencionou você em um comentário em “{ $title }”
   *[other] { $who } mencionaram você em comentários em “{ $title }”
}
notifications-line-mention = { $count ->
    [one] { $who } mencionou você em “{ $title }”
   *[other] { $who } mencionaram você em “{ $title }”
}

## Mail sent at once
# For the kinds of notification someone wants "at once"; it gathers
# everything that came in the few minutes before it was sent.

# The subject when there are several notifications (with one, the
# subject is that notification's line, above).
notifications-mail-subject = { $count ->
    [one] { $count } nova notificação no Quill
   *[other] { $count } novas notificações no Quill
}
# One sentence around a link on the word "Quill" (to the site):
# "Here is what happened on [Quill] that you have not seen yet:"
notifications-mail-intro-before = Veja as novidades no
notifications-mail-intro-after = que você ainda não viu:
# The same sentence in the plain-text version; $site is the site's address.
notifications-mail-intro-text = Veja as novidades no Quill ({ $site }) que você ainda não viu:
notifications-mail-why = Você recebe este e-mail porque suas configurações de notificação pedem o envio imediato destas notificações.
# Links at the bottom of notification mail and digests.
notifications-mail-settings-link = Alterar suas configurações
notifications-mail-stop-link = Parar os e-mails de notificação
# The same, in the plain-text version: each is followed by a space and an
# address.
notifications-mail-settings-label = Alterar suas configurações:
notifications-mail-stop-label = Parar os e-mails de notificação:

## The digest

# $frequency in the messages below.
notifications-frequency-daily = diário
notifications-frequency-weekly = semanal
# The digest's subject: "Your daily Quill digest: 5 new". $count is how
# many notifications it holds.
notifications-digest-subject = { $count ->
    [one] Seu resumo { $frequency } do Quill: { $count } notificação nova
   *[other] Seu resumo { $frequency } do Quill: { $count } notificações novas
}
# One sentence around a link on the word "Quill" (to the site), with no
# space after the link:
# "Your daily digest from [Quill]: what you have not seen yet."
notifications-digest-intro-before = Seu resumo { $frequency } do
notifications-digest-intro-after = : o que você ainda não viu.
# The same sentence in the plain-text version; $site is the site's address.
notifications-digest-intro-text = Seu resumo { $frequency } do Quill ({ $site }): o que você ainda não viu.
# "…ask for one daily" means "ask for a daily digest".
notifications-digest-why = Você recebe este resumo porque suas configurações de notificação pedem um resumo { $frequency }.

## Notification mail settings (/settings/notifications)

notifications-prefs-saved = Suas preferências de e-mails de notificação foram salvas.
# For each kind the choices are: at once, in the digest, never.
notifications-prefs-delivery-invalid = Para cada tipo, escolha: imediatamente, no resumo ou nunca.
notifications-prefs-frequency-invalid = Escolha um resumo diário ou semanal.

## The unsubscribe page (the link at the bottom of every notification mail)

notifications-unsubscribe-title = E-mails de notificação
notifications-unsubscribe-ask = Parar todos os e-mails de notificação (comentários, respostas, menções, curtidas, novos seguidores e resumos) desta conta? Os e-mails sobre a conta e a segurança continuam chegando.
notifications-unsubscribe-button = Parar os e-mails de notificação
notifications-unsubscribe-done = Pronto: você não vai mais receber e-mails de notificação. Os e-mails sobre a conta e a segurança (redefinição de senha, mudança de endereço) continuam chegando.
# A button that restores the settings from before unsubscribing.
notifications-unsubscribe-undo = Desfazer: quero receber os e-mails como antes
# One sentence: "Changed your mind? [Log in] to turn them back on in your
# notification settings."
notifications-unsubscribe-log-in-before = Mudou de ideia?
notifications-unsubscribe-log-in-link = Entre
notifications-unsubscribe-log-in-after = para reativá-los nas suas configurações de notificação.
# One sentence, with no space after the link: "Logged in? Choose per kind
# in [your notification settings]."
notifications-unsubscribe-settings-before = Já entrou na sua conta? Escolha por tipo nas
notifications-unsubscribe-settings-link = suas configurações de notificação
notifications-unsubscribe-settings-after = .
notifications-unsubscribe-invalid = Este link para cancelar os e-mails não é válido. Altere seus e-mails de notificação nas suas configurações.
# After the undo button on an old unsubscribe page: the settings page opens.
notifications-unsubscribe-choose-here = Escolha aqui quais e-mails de notificação você quer receber.
