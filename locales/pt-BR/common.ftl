# Quill's interface: the parts every page shares (the header, the footer,
# dates, paging, error pages).
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Plurals use the language's own categories (zero, one, two, few, many,
# other): see https://projectfluent.org/fluent/guide/selectors.html

## The page around everything

site-description = Quill: posts, pessoas e conversas em um blog auto-hospedado.
skip-to-content = Pular para o conteúdo
nav-label = Principal
nav-latest = Recentes
nav-following = Seguindo
nav-notifications = Notificações
# The badge on the notifications link, read by screen readers.
nav-unread = { $count ->
    [one] { $count } não lida
   *[other] { $count } não lidas
}
nav-write = Escrever
nav-settings = Configurações
nav-log-out = Sair
nav-log-in = Entrar
nav-sign-up = Criar conta
nav-search-label = Buscar posts
nav-search-placeholder = Buscar
footer-tagline = Quill — um lugar auto-hospedado para escrever.
footer-latest = Posts recentes
footer-language = Idioma
footer-language-choose = Alterar

## Paging through lists

paging-label = Páginas
paging-newer = ← Mais recentes
paging-older = Mais antigos →
paging-page = Página { $page }

## Dates and times
# $day, $monthnum and $year are numbers; $month is the month's short name
# from below.

date = { $day } de { $month } de { $year }
# $date is written as above, $time as 24-hour HH:MM.
datetime = { $date }, { $time } UTC
month-1 = jan.
month-2 = fev.
month-3 = mar.
month-4 = abr.
month-5 = mai.
month-6 = jun.
month-7 = jul.
month-8 = ago.
month-9 = set.
month-10 = out.
month-11 = nov.
month-12 = dez.
ago-now = agora mesmo
ago-minutes = { $count ->
    [one] há { $count } minuto
   *[other] há { $count } minutos
}
ago-hours = { $count ->
    [one] há { $count } hora
   *[other] há { $count } horas
}
ago-days = { $count ->
    [one] há { $count } dia
   *[other] há { $count } dias
}

## Error pages

error-home-link = Ir para os posts recentes
error-not-found-title = Não encontrado
error-not-found = Não há nada neste endereço. Talvez o conteúdo tenha sido excluído ou o link esteja digitado errado.
error-forbidden-title = Não permitido
error-unprocessable-title = Não deu certo
error-too-many-title = Tentativas demais
error-too-many = { $minutes ->
    [one] Houve tentativas demais a partir daqui em pouco tempo. Aguarde um minuto e tente de novo.
   *[other] Houve tentativas demais a partir daqui em pouco tempo. Aguarde { $minutes } minutos e tente de novo.
}
error-too-large-title = Grande demais
error-too-large = O que você enviou é maior do que este site aceita. Tente algo menor.
error-timeout-title = Lento demais
error-timeout = A solicitação demorou demais para chegar, e o servidor parou de esperar por ela. Envie-a de novo.
error-quota-title = Sem espaço para mais imagens
# $used and $quota are sizes such as "900 KB" or "1.5 MB".
error-quota = Esta imagem não cabe: você já usou { $used } dos seus { $quota } para imagens. Exclua as imagens de alguns posts ou peça mais espaço a um administrador.
error-internal-title = Algo deu errado
error-internal = O servidor não conseguiu concluir esta solicitação. Nada do que você enviou foi perdido; tente de novo daqui a pouco.
error-form-expired-title = Este formulário expirou
error-form-expired = O formulário era antigo demais ou não veio deste site. Volte, recarregue a página e tente de novo.
error-cut-off = A solicitação foi interrompida ou demorou demais. Envie-a de novo.
error-form-unreadable = Não foi possível ler o formulário. Recarregue a página e tente de novo.
role-admins-only = Só um administrador pode agir sobre a conta, os posts ou os comentários de um administrador.

## Words the page's script writes (static/app.js)
# { $name }-style placeholders here are filled in by the script.

js-just-now = agora mesmo
# $offset is like "+02:00".
js-local-time = Seu horário local (UTC{ $offset }). Deixe vazio para publicar agora ou manter como rascunho; um horário que já passou publica imediatamente.
js-add-picture = Adicionar imagem
# $name is the file's name, or js-the-picture when it has none.
js-adding-picture = Adicionando { $name }…
js-the-picture = a imagem
js-picture-added = Adicionada. Descreva-a entre os colchetes para quem não pode vê-la.
# $reason is one of the three messages below.
js-picture-failed = A imagem não foi adicionada: { $reason }.
js-picture-too-large = ela é grande demais
js-picture-too-many = envios demais na última hora
js-picture-unusable = não foi possível usá-la
js-add-comment = Adicionar um comentário
js-comment = Comentar
js-your-reply = Sua resposta
js-reply = Responder
js-cancel = Cancelar
# $name is the display name of the comment's author.
js-replying-to = Respondendo a { $name }
js-mention-menu = Pessoas para mencionar
# The unread badge's label, updated live. $count is a number; the script
# always uses the *[other] form, so write one that reads right for any count.
js-unread = Não lidas: { $count }
# Passkey ceremonies in the browser (static/passkeys.js).
js-passkey-failed = A chave de acesso não funcionou. Tente de novo ou use sua senha.
js-passkey-cancelled = Cancelado, ou nenhuma chave de acesso para este site foi escolhida.
js-passkey-already = Este dispositivo já tem uma chave de acesso para sua conta.
js-passkey-too-many = Tentativas demais: aguarde um pouco e tente de novo.
