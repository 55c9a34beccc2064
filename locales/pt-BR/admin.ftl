# Quill's admin pages (for moderators and admins), the dev mailbox, and
# the mail Quill sends admins.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Plurals use the language's own categories (zero, one, two, few, many,
# other): see https://projectfluent.org/fluent/guide/selectors.html
#
# Left in English on purpose: job kinds (`backup`, `reindex_search`),
# schedule names and audit action codes (`delete-post`, `ban`), which the
# pages show as identifiers; settings such as QUILL_BACKUP_DIR and
# SMTP_URL; commands such as `quill backup --out FILE`.

## Shared by several admin pages

# The section navigation at the top of every admin page.
admin-nav-label = Administração
admin-nav-dashboard = Painel
admin-nav-people = Pessoas
admin-nav-posts = Posts
admin-nav-comments = Comentários
admin-nav-reports = Denúncias
admin-nav-jobs = Tarefas
admin-nav-search = Busca
admin-nav-audit = Registro de auditoria

# The checkbox next to a button that deletes or discards something.
admin-confirm-sure = Tenho certeza
admin-delete-button = Excluir
# Placeholder of the reason field when deleting or removing someone's
# post or comment.
admin-reason-told-placeholder = Motivo (enviado ao autor)
# Label (on a person's page) and placeholder (in the reports queue) of the
# reason field for a ban.
admin-ban-reason = Motivo do banimento
# A button; $username is a username, without the @.
admin-ban-user = Banir @{ $username }

# A person's role, shown in the people list and on their page. $role is
# the stored role: user, moderator or admin.
admin-role = { $role ->
    [admin] administrador
    [moderator] moderador
   *[user] usuário
}
# A person's status in the people list and on their page.
admin-status = { $status ->
    [banned] banido
    [verified] verificado
   *[unverified] não verificado
}

# A full stop after a bold part or a link that ends a sentence.
admin-full-stop = .

## Errors and refusals

admin-forbidden-admins = Esta página é para os administradores do site.
admin-forbidden-staff = Esta página é para os moderadores e administradores do site.
admin-last-admin = O Quill precisa de pelo menos um administrador, e este é o último ativo. Promova outra pessoa a administrador primeiro.
admin-not-self = Você não pode fazer isso com a sua própria conta. Peça a outro administrador.
admin-reason-missing = Informe um motivo: ele fica no registro de auditoria e é comunicado à pessoa.
# $max is a number of characters.
admin-reason-too-long = O motivo deve ter menos de { $max } caracteres.
admin-confirm-missing = Marque a caixa para confirmar: isto não pode ser desfeito.

## Dashboard

admin-dashboard-title = Admin · Painel
admin-dashboard-heading = Administração
admin-dashboard-reports = Denúncias
admin-dashboard-no-reports = Nenhuma denúncia aberta.
# Follows the number of open reports ($count), which is shown in bold just
# before this text; $items is how many posts, comments or profiles they
# are about.
admin-dashboard-open-reports = { $count ->
    [one] denúncia aberta
   *[other] denúncias abertas
} sobre { $items ->
    [one] { $items } item
   *[other] { $items } itens
}.
admin-dashboard-queue-link = Fila de moderação
admin-dashboard-people = Pessoas
admin-dashboard-verified = Verificadas
admin-dashboard-unverified = Não verificadas
admin-dashboard-banned = Banidas
admin-dashboard-content = Conteúdo
admin-dashboard-posts = Posts
admin-dashboard-comments = Comentários
admin-dashboard-likes = Curtidas
# The heading above the charts; $days is 30.
admin-dashboard-last-days = { $days ->
    [one] O último dia
   *[other] Os últimos { $days } dias
}
admin-dashboard-jobs = Fila de tarefas
admin-dashboard-jobs-link = Ver as tarefas
admin-dashboard-backups = Backups
admin-dashboard-search = Índice de busca
# $docs and $visible are numbers of posts.
admin-dashboard-index-in-step = { $docs } posts no índice, { $visible } posts visíveis no banco de dados: em sincronia.
# Followed by “not in step” in bold (admin-search-not-in-step) and a link
# to the search page (admin-dashboard-index-check-link).
admin-dashboard-index-not-in-step = { $docs } posts no índice, { $visible } posts visíveis no banco de dados:
admin-dashboard-index-check-link = Verificar ou reindexar

## Dashboard charts

# Captions of the two charts, and what a screen reader says they are.
admin-chart-signups = Cadastros por dia
admin-chart-posts = Posts por dia
# What a screen reader says for a chart: $title is one of the two above,
# $total how many there were in all, over $days days.
admin-chart-summary = { $title }: { $total } em { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}
# A day under the chart, without the year; $month is the short month name
# (month-1 … month-12 in common.ftl).
admin-chart-day = { $day } de { $month }
# The tooltip of one bar: $day as above, $count the number that day.
admin-chart-bar = { $day }: { $count }

## Dashboard: backups

# In bold, followed by admin-backup-failed-details.
admin-backup-failed = O último backup agendado falhou
# $ago is how long ago (“3 hours ago”), $file the archive's file name,
# $error what went wrong (often from another program, in English).
admin-backup-failed-details = ({ $ago }, { $file }): { $error }
# The error when a backup never finished.
admin-backup-unfinished = ele não terminou dentro do limite de tempo (o processo parou ou travou)
# “Last backup: quill-20261206T000000Z.tar.zst, 1.2 GB, 3 hours ago.”: the
# file name is shown in bold between the two parts. $size is a size such
# as “1.2 GB”, $ago how long ago.
admin-backup-last-before = Último backup:
admin-backup-last-after = , { $size }, { $ago }.
admin-backup-none = Nenhum backup agendado foi gravado ainda.
# $every is one of the three below, $dir a folder on the server, $keep a
# number of backups.
admin-backup-plan = A cada { $every } em { $dir }, mantendo os { $keep } mais recentes.
admin-backup-every-days = { $count ->
    [one] { $count } dia
   *[other] { $count } dias
}
admin-backup-every-hours = { $count ->
    [one] { $count } hora
   *[other] { $count } horas
}
admin-backup-every-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
# One sentence around the setting QUILL_BACKUP_DIR, shown between the two
# parts: “Scheduled backups are off: set QUILL_BACKUP_DIR (see the
# operations guide).”
admin-backup-off-before = Os backups agendados estão desativados: defina
admin-backup-off-after = (veja o guia de operações).
# Follows the command `quill backup --out FILE`.
admin-backup-by-hand = gera um backup manualmente.

## Mail to every admin when a scheduled backup fails

admin-backup-mail-subject = Um backup do Quill falhou
# $file is the archive's file name.
admin-backup-mail-what = Não foi possível gravar o backup agendado { $file }.
# $error is what went wrong, often from another program, in English.
admin-backup-mail-why = O erro: { $error }
admin-backup-mail-next = Até que isso seja corrigido, o site fica sem backup novo. A próxima execução agendada vai tentar de novo; `quill backup --out FILE` gera um backup manualmente.
admin-backup-mail-link = Abrir o painel de administração

## People

admin-users-title = Admin · Pessoas
admin-users-heading = Pessoas
admin-users-search-label = Nome ou e-mail
admin-users-search-button = Procurar
admin-users-empty = Ninguém se cadastrou ainda.
# $query is what the admin searched for.
admin-users-no-match = Ninguém corresponde a “{ $query }”.
admin-users-col-person = Pessoa
admin-users-col-email = E-mail
admin-users-col-role = Função
admin-users-col-status = Status
admin-users-col-joined = Entrou em
admin-users-col-actions = Ações
admin-users-verify = Verificar
admin-users-unban = Remover banimento
admin-users-ban = Banir
# For screen readers; $username is a username, without the @.
admin-users-ban-reason-label = Motivo para banir @{ $username }
admin-users-ban-reason-placeholder = Motivo
admin-users-more = Mais…

## A person's page

# $username is a username, without the @.
admin-user-title = Admin · @{ $username }
admin-user-email = E-mail
admin-user-status = Status
admin-user-role = Função
admin-user-joined = Entrou em
admin-user-posts = Posts
admin-user-comments = Comentários
admin-user-pictures = Imagens
admin-user-profile = Perfil
admin-user-own-account = Esta é a sua própria conta: peça a outro administrador para banir, excluir ou mudar a função dela.
admin-user-actions = Ações
admin-user-verify = Marcar o e-mail como verificado
admin-user-resend = Reenviar o link de verificação
# $role is the role one step up: moderator or admin.
admin-user-promote = { $role ->
    [admin] Promover a administrador
   *[moderator] Promover a moderador
}
# $role is the role one step down: moderator or user.
admin-user-demote = { $role ->
    [moderator] Rebaixar a moderador
   *[user] Rebaixar a usuário
}
# A button; $username is a username, without the @.
admin-user-unban = Remover banimento de @{ $username }
admin-user-ban-hint = A conta é desconectada de todos os lugares na hora, não consegue mais entrar, e os posts dela ficam ocultos. O motivo vai para o registro de auditoria.
admin-user-delete-heading = Excluir a conta
admin-user-delete-reason = Motivo
# Next to the checkbox that confirms the deletion; $username is a
# username, without the @; $posts and $comments are numbers.
admin-user-delete-confirm = Excluir @{ $username } com todos os seus posts ({ $posts }) e comentários ({ $comments }). Isto não pode ser desfeito.
admin-user-delete-button = Excluir a conta
admin-user-recent-posts = Posts recentes
admin-user-no-posts = Nenhum post.
admin-user-sessions = Sessões
admin-user-no-sessions = Nenhuma sessão ativa.
admin-user-session-started = Início
admin-user-session-ends = Expira por inatividade

## What happened, after an action on a person (shown at the top of the page)
# $username is a username, without the @.

admin-user-already-verified = Esse endereço já estava verificado.
admin-user-verified = O endereço de e-mail de { $username } foi verificado.
admin-user-resend-refused = Só é possível enviar um link de verificação para uma conta ativa e ainda não verificada.
# $email is the person's email address.
admin-user-resent = Um novo link de verificação está a caminho de { $email }.
admin-user-already-banned = Essa conta já estava banida.
admin-user-banned = A conta de { $username } foi banida e desconectada de todos os lugares; os posts dela estão ocultos.
admin-user-not-banned = Essa conta não estava banida.
admin-user-deleted-by-owner = Esta pessoa excluiu a própria conta: só ela pode mantê-la, entrando antes que a conta seja apagada.
admin-user-unbanned = A conta de { $username } pode voltar a entrar; os posts dela estão de volta.
# $role is their role: user, moderator or admin.
admin-user-role-unchanged = { $username } já tem a função de { $role ->
    [admin] administrador
    [moderator] moderador
   *[user] usuário
}.
admin-user-role-changed-meanwhile = A função dessa pessoa mudou nesse meio-tempo; confira de novo.
# $role is their new role: user, moderator or admin.
admin-user-role-changed = { $username } agora tem a função de { $role ->
    [admin] administrador
    [moderator] moderador
   *[user] usuário
}.
admin-user-deleted = A conta, os posts e os comentários de { $username } foram excluídos.

## Posts and comments

admin-posts-title = Admin · Posts
admin-posts-heading = Posts
admin-posts-empty = Nenhum post ainda.
# After a post's title; $author is a username, without the @.
admin-posts-by = por @{ $author }
# For screen readers; $title is the post's title.
admin-posts-reason-label = Motivo para excluir “{ $title }”
admin-posts-admins-only = Post de um administrador: só um administrador pode excluí-lo.
# $author is a username, without the @.
admin-posts-deleted = O post foi excluído; { $author } vai receber o motivo por e-mail.

admin-comments-title = Admin · Comentários
admin-comments-heading = Comentários
admin-comments-empty = Nenhum comentário ainda.
# One sentence around the title of the post the comment is on, which is a
# link shown between the two parts: “@ana on My first post”. $author is a
# username, without the @. The second part is empty in English.
admin-comments-on-before = @{ $author } em
admin-comments-on-after = { "" }
# For screen readers.
admin-comments-reason-label = Motivo para excluir este comentário
admin-comments-admins-only = Comentário de um administrador: só um administrador pode excluí-lo.
admin-comments-deleted = O comentário foi excluído; o autor vai receber o motivo por e-mail.

## Reports (the moderation queue)
# $kind, where it appears, is what was reported: post, comment or user (a
# profile).

admin-reports-title = Admin · Denúncias
admin-reports-heading = Denúncias
# $count is the number of open reports, $items how many posts, comments
# or profiles they are about.
admin-reports-summary = { $count ->
    [one] { $count } denúncia aberta
   *[other] { $count } denúncias abertas
} sobre { $items ->
    [one] { $items } item
   *[other] { $items } itens
}, das mais antigas para as mais recentes. Uma decisão encerra todas as denúncias do item.
admin-reports-open = Abertas
admin-reports-empty = Nada para analisar: nenhuma denúncia aberta.
# The tag in front of a reported item.
admin-reports-kind = { $kind ->
    [post] post
    [comment] comentário
    [user] perfil
   *[other] item
}
# After an item that was deleted since it was reported.
admin-reports-gone = (não existe mais: excluído pelo autor)
# One phrase around the author's name, which is a link shown between the
# two parts: “by @ana”. The second part is empty in English.
admin-reports-author-before = por
admin-reports-author-after = { "" }
# After the author of an item, when they are banned.
admin-reports-author-banned = (conta banida)
# Follows the number of reports ($count), shown in bold just before;
# $tally is the reasons, as “Spam ×2, Harassment ×1”.
admin-reports-reported = { $count ->
    [one] pessoa denunciou
   *[other] pessoas denunciaram
} isto: { $tally }
# One entry of the tally: $reason is a reason below, $count a number.
admin-reports-tally-entry = { $reason } ×{ $count }
# Between the entries of the tally.
admin-reports-tally-separator = {", "}
# Followed by the date of the first report.
admin-reports-first = primeira denúncia em
# After a report's reason: what the reporter wrote ($details).
admin-reports-details = — “{ $details }”
# Under the first ten reports of an item; $count is how many are not shown.
admin-reports-more = e mais { $count }
# Why a moderator gets fewer buttons for an item.
admin-reports-about-you = Isto é sobre você: outro moderador decide.
admin-reports-staff-ban = Só um administrador pode banir um moderador ou um administrador.
# For screen readers; only posts and comments can be removed.
admin-reports-remove-reason = { $kind ->
    [post] Motivo para remover este post
   *[comment] Motivo para remover este comentário
}
admin-reports-remove = { $kind ->
    [post] Remover o post
   *[comment] Remover o comentário
}
# For screen readers.
admin-reports-ban-reason = Motivo para banir o autor
admin-reports-ban-the-author = Banir o autor
# For screen readers.
admin-reports-dismiss-note = Observação ao rejeitar as denúncias (opcional)
admin-reports-dismiss-placeholder = Observação (opcional)
admin-reports-dismiss = Rejeitar
admin-reports-resolved = Resolvidas
admin-reports-resolved-empty = Nenhuma decisão ainda.
# The start of a line about a decision: $id is the item's number, $label
# its title (or first words, or username), $count how many reports it had.
# Followed by the decision (admin-reports-resolution) and who took it.
admin-reports-decision = { $kind ->
    [post] post
    [comment] comentário
    [user] perfil
   *[other] item
} #{ $id } “{ $label }” ({ $count ->
    [one] { $count } denúncia
   *[other] { $count } denúncias
}):
# The decision, in bold; $how is dismissed, removed or banned.
# pt-BR: the words agree with the item (post, comentário, perfil: all
# masculine); "dismissed" is said as "kept" (the item stays), "banned" as
# "author banned".
admin-reports-resolution = { $how ->
    [dismissed] mantido
    [removed] removido
    [banned] autor banido
   *[other] { $how }
}
admin-reports-resolution-none = resolvido
# Who decided; $name is a username, without the @.
admin-reports-resolved-by = por @{ $name }
admin-reports-resolved-by-someone = por alguém

## What happened, after a decision in the queue (shown at the top of the page)

admin-reports-already = Essas denúncias já tinham sido decididas.
admin-reports-refused = Você não pode fazer isso com este item.
# $count is how many reports were dismissed.
admin-reports-dismissed = { $count ->
    [one] { $count } denúncia rejeitada
   *[other] { $count } denúncias rejeitadas
}; { $kind ->
    [post] o post continua no ar.
    [comment] o comentário continua no ar.
   *[user] o perfil continua no ar.
}
admin-reports-profile-not-removable = Um perfil não pode ser removido: você pode banir a pessoa ou rejeitar as denúncias.
admin-reports-removed = { $kind ->
    [post] O post foi removido e as denúncias dele foram resolvidas; o autor vai receber o motivo por e-mail.
   *[comment] O comentário foi removido e as denúncias dele foram resolvidas; o autor vai receber o motivo por e-mail.
}
admin-reports-already-banned = Essa conta já está banida.
# $done is what the ban did, a sentence such as admin-user-banned.
admin-reports-banned = { $done } As denúncias foram resolvidas.

## Jobs

admin-jobs-title = Admin · Tarefas
admin-jobs-heading = Tarefas
# How many jobs are in each state (also on the dashboard).
admin-jobs-pending = Pendentes
admin-jobs-running = Em execução
admin-jobs-failed = Falharam, aguardando nova tentativa
admin-jobs-dead = Mortas
admin-jobs-schedules = Agendamentos
admin-jobs-schedules-empty = Nenhuma tarefa periódica foi registrada ainda (os workers as registram quando iniciam).
admin-jobs-col-schedule = Agendamento
admin-jobs-col-next-run = Próxima execução
admin-jobs-queue = Fila
# For screen readers: the links that filter the queue by state.
admin-jobs-states-label = Estados das tarefas
admin-jobs-state-all = Todas
# A job's state, in the filter links and the table; $state is pending,
# running, failed (failed at least once, waiting for its retry) or dead
# (out of attempts).
admin-jobs-state = { $state ->
    [pending] pendente
    [running] em execução
    [failed] com falha
    [dead] morta
   *[other] { $state }
}
# A button; $count is the number of dead jobs.
admin-jobs-retry-dead = { $count ->
    [one] Tentar de novo { $count } tarefa morta
   *[other] Tentar de novo todas as { $count } tarefas mortas
}
admin-jobs-empty = Nenhuma tarefa aqui: a fila está vazia.
# Column headings of the queue: the job's number, its kind, when it was
# queued, its state, attempts made out of those allowed, when it runs next,
# its last error, and the buttons.
admin-jobs-col-id = #
admin-jobs-col-kind = Tipo
admin-jobs-col-queued = Na fila desde
admin-jobs-col-state = Estado
admin-jobs-col-attempts = Tentativas
admin-jobs-col-runs = Próxima execução
admin-jobs-col-last-error = Último erro
admin-jobs-col-actions = Ações
# When a job runs next.
admin-jobs-runs-never = nunca
admin-jobs-runs-now = agora
admin-jobs-retry = Tentar de novo agora
admin-jobs-discard = Descartar
# $id is the job's number, $kind its kind (an identifier such as
# send_verification).
admin-jobs-retried = A tarefa { $id } ({ $kind }) foi colocada na fila para rodar agora.
admin-jobs-retried-dead = { $count ->
    [0] Nenhuma tarefa morta foi colocada na fila.
    [one] { $count } tarefa morta foi colocada na fila para rodar de novo.
   *[other] { $count } tarefas mortas foram colocadas na fila para rodar de novo.
}
admin-jobs-discarded = A tarefa { $id } ({ $kind }) foi descartada.
admin-jobs-retry-refused = Essa tarefa está em execução ou já terminou; não há nada para tentar de novo.
admin-jobs-discard-refused = Essa tarefa está em execução ou já terminou; ela não pode ser descartada.

## Search index

admin-search-title = Admin · Busca
admin-search-heading = Índice de busca
admin-search-docs = Posts neste índice
admin-search-visible = Posts visíveis no banco de dados
# Whether the index holds as many posts as the database shows.
admin-search-in-step = em sincronia
admin-search-not-in-step = fora de sincronia
admin-search-backlog = Alterações ainda não aplicadas
admin-search-applied = Última alteração aplicada
admin-search-folder = Pasta
admin-search-no-index = Este processo não tem índice de busca.
admin-search-reindex = Reindexação
# $error is what went wrong, often from another program, in English.
admin-search-reindex-failed = A última reindexação falhou: { $error }
# $when is a date and time, $count a number of posts.
admin-search-reindex-finished = { $count ->
    [0] A última reindexação terminou em { $when }: { $count } posts.
    [one] A última reindexação terminou em { $when }: { $count } post.
   *[other] A última reindexação terminou em { $when }: { $count } posts.
}
# $done and $total are numbers of posts, $percent how far along it is.
admin-search-reindexing = Reindexando: { $done } de { $total } posts ({ $percent }%). Recarregue a página para ver o progresso.
admin-search-percent = { $percent }%
# $when is a date and time.
admin-search-reindex-queued = Uma reindexação está na fila ({ $when }) e começa quando houver um worker livre.
admin-search-reindex-hint = Cria um novo índice a partir do banco de dados, ao lado do atual, e depois passa a usá-lo. Enquanto isso, a busca continua respondendo com o índice antigo.
admin-search-reindex-button = Reindexar agora
admin-search-check = Verificação de consistência
admin-search-check-hint = Compara cada id de post no índice com os posts visíveis no banco de dados, depois de aplicar as alterações pendentes.
admin-search-check-button = Verificar agora
admin-search-reindex-running = Uma reindexação já está na fila ou em execução.
admin-search-reindex-started = A reindexação foi colocada na fila; o progresso aparece abaixo. Enquanto isso, a busca continua respondendo.
admin-search-check-no-index = Este processo não tem índice de busca para verificar.
# The result of the check; $count is a number of posts.
admin-search-consistent = { $count ->
    [0] Consistente: o índice e o banco de dados não têm nenhum post visível.
    [one] Consistente: o índice contém exatamente { $count } post, o único visível.
   *[other] Consistente: o índice contém exatamente os { $count } posts visíveis.
}
# $missing and $extra are numbers of posts; $missing_ids and $extra_ids
# are either empty or up to five post numbers after a space, as
# “ (#3, #8, …)”.
admin-search-inconsistent = Inconsistente: { $missing } posts faltando no índice{ $missing_ids }, { $extra } no índice que não deveriam estar lá{ $extra_ids }. Reindexe para corrigir.

## Audit log

admin-audit-title = Admin · Registro de auditoria
admin-audit-heading = Registro de auditoria
admin-audit-filter-actor = Por (nome de usuário)
admin-audit-filter-action = Ação
# The first choice of the action filter: every action.
admin-audit-filter-any = Qualquer uma
admin-audit-filter-target = Alvo contém
admin-audit-filter-submit = Filtrar
admin-audit-empty = Nada registrado.
admin-audit-empty-filtered = Nenhum registro corresponde ao filtro.
admin-audit-col-when = Quando
admin-audit-col-who = Quem
admin-audit-col-action = Ação
admin-audit-col-target = Alvo
admin-audit-col-reason = Motivo
# What kind of thing an action was on, before its name or title.
admin-audit-target-kind = { $kind ->
    [user] usuário
    [post] post
    [comment] comentário
    [job] tarefa
    [search] busca
   *[other] { $kind }
}:

## The dev mailbox (/dev/mailbox), shown while Quill sends no real mail

admin-mailbox-title = Caixa de e-mails de desenvolvimento
# Two sentences, each around the setting SMTP_URL, which is shown between
# the parts: “No SMTP_URL is set, so Quill keeps the mail it sends here
# (newest first). Set SMTP_URL to send real mail; this page then
# disappears.”
admin-mailbox-no-smtp-before = { "" }
admin-mailbox-no-smtp-after = não está definida, então o Quill guarda aqui os e-mails que envia (os mais recentes primeiro).
admin-mailbox-set-smtp-before = Defina
admin-mailbox-set-smtp-after = para enviar e-mails de verdade; depois disso, esta página desaparece.
admin-mailbox-empty = Nenhum e-mail ainda. Crie uma conta, e o e-mail de verificação vai aparecer aqui.
# $address is the address a message went to.
admin-mailbox-to = para { $address }

# A user's second factor on /admin/users/{id}; $date is a date, $username a username.
admin-user-second-factor = Segundo fator
admin-user-passkeys = Chaves de acesso
admin-user-second-factor-on = Ativo desde { $date }
admin-user-second-factor-off = Desativado
admin-user-second-factor-reason = Motivo (fica no registro de auditoria)
admin-user-second-factor-hint = Só quando a pessoa perdeu o celular e os códigos de recuperação e você tem certeza de que é ela. Ela recebe um e-mail avisando que foi desativado.
admin-user-second-factor-reset = Desativar o segundo fator
admin-user-second-factor-reset-done = O segundo fator de @{ $username } está desativado; a pessoa foi avisada por e-mail.
admin-user-second-factor-none = A pessoa não tem segundo fator.
admin-staff-second-factor-heading = Segundo fator para a equipe
admin-staff-second-factor-label = Moderadores e administradores precisam de um segundo fator para acessar as páginas de administração
admin-staff-second-factor-save = Salvar
admin-staff-second-factor-on-done = A equipe agora precisa de um segundo fator para as páginas de administração.
admin-staff-second-factor-off-done = A equipe não precisa mais de um segundo fator para as páginas de administração.
admin-staff-second-factor-yours-first = Configure primeiro o seu próprio segundo fator: a regra também mandaria você para cá.
