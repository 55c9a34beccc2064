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
    [post] Denunciar um post
    [comment] Denunciar um comentário
   *[user] Denunciar um perfil
}
# "The profile of @name" (the @name is a link). One phrase in two pieces
# around the link; the second piece is empty in English.
moderation-report-profile-before = O perfil de{ " " }
moderation-report-profile-after = { "" }
# "You reported this on 5 Dec 2026. A moderator will look at it; …" One
# sentence in two pieces around the date.
moderation-report-already-before = Você denunciou isto em{ " " }
moderation-report-already-after = . Um moderador vai analisar a denúncia; não é preciso fazer mais nada.
moderation-report-back = ← Voltar
moderation-report-intro = As denúncias vão para a moderação do site, não para a pessoa denunciada. Cada pessoa pode denunciar um item só uma vez.
moderation-report-reason-legend = Qual é o problema?
moderation-report-details-label = Detalhes
# After "Details", in grey. “Something else” is the last reason (moderation-reason-other).
moderation-report-details-optional = (opcional; obrigatório para “Outro motivo”)
# $max is a number of characters.
moderation-report-details-hint = No máximo { $max } caracteres. Links ou contexto ajudam a moderação a decidir.
moderation-report-send = Enviar denúncia
moderation-report-cancel = Cancelar
moderation-report-thanks = Obrigado! Um moderador vai analisar a denúncia.
moderation-report-repeat = Você já tinha denunciado isto; um moderador vai analisar a denúncia.

## Why something is reported: the form's choices

moderation-reason-spam = Spam
moderation-reason-harassment = Assédio
moderation-reason-illegal = Conteúdo ilegal
moderation-reason-other = Outro motivo
# The same inside a sentence, as moderation-report-mail-what uses them:
# "Someone reported a post (spam)."
moderation-reason-spam-inline = spam
moderation-reason-harassment-inline = assédio
moderation-reason-illegal-inline = conteúdo ilegal
moderation-reason-other-inline = outro motivo

## What is wrong with a report that is sent

# "kind" and "target" are the names of the form's fields; keep them as they are.
moderation-report-kind-missing = Escolha o que denunciar: um post, um comentário ou um perfil (kind = post, comment ou user).
moderation-report-target-missing = { $kind ->
    [post] Informe qual post você está denunciando (target).
    [comment] Informe qual comentário você está denunciando (target).
   *[user] Informe qual perfil você está denunciando (target).
}
moderation-report-own = { $kind ->
    [post] Você não pode denunciar o seu próprio post.
    [comment] Você não pode denunciar o seu próprio comentário.
   *[user] Você não pode denunciar o seu próprio perfil.
}
moderation-report-reason-missing = Escolha um motivo: spam, assédio, conteúdo ilegal ou outro motivo.
moderation-report-details-missing = Diga em poucas palavras qual é o problema.
# $max is the most characters the details may have, $count how many these have.
moderation-report-details-too-long = Os detalhes devem ter menos de { $max } caracteres (estes têm { $count }).

## Mail to staff about a new report

moderation-report-mail-subject = Uma nova denúncia no Quill
# $reason is one of the moderation-reason-…-inline messages above.
moderation-report-mail-what = { $kind ->
    [post] Alguém denunciou um post ({ $reason }). A denúncia está aguardando na fila de moderação.
    [comment] Alguém denunciou um comentário ({ $reason }). A denúncia está aguardando na fila de moderação.
    [user] Alguém denunciou um perfil ({ $reason }). A denúncia está aguardando na fila de moderação.
   *[other] Alguém denunciou um item ({ $reason }). A denúncia está aguardando na fila de moderação.
}
moderation-report-mail-why = Você recebe este e-mail porque pediu para recebê-lo; desative-o nas suas configurações de notificação.
moderation-report-mail-link = Abrir a fila de moderação

## Mail to an author whose post or comment staff removed

# $kind is post or comment here.
moderation-removed-mail-subject = { $kind ->
    [comment] Seu comentário no Quill foi removido
   *[post] Seu post no Quill foi removido
}
# $label is the post's title or the comment's first words.
moderation-removed-mail-what = { $kind ->
    [comment] Seu comentário “{ $label }” foi removido pela moderação do site.
   *[post] Seu post “{ $label }” foi removido pela moderação do site.
}
moderation-removed-mail-no-reason = Nenhum motivo foi informado.
# $reason is what the moderator wrote, in their words.
moderation-removed-mail-reason = Motivo informado: { $reason }
moderation-removed-mail-mistake = Se você acha que isso foi um engano, responda a este e-mail.
moderation-removed-mail-link = Seu perfil
