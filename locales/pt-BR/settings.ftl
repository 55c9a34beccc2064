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
#
# pt-BR: CLDR puts 0 in the [one] category for Portuguese; where a count
# can be 0, a [0] variant keeps the plural ("0 imagens").

## The settings page

settings-title = Configurações
# The heading of the notification emails page, and the link to it.
settings-notifications-title = E-mails de notificação
# After the link "Notification emails" on the settings page: one sentence
# with it ("Notification emails: choose which…").
settings-intro-notifications-after = : escolha quais notificações chegam por e-mail e com que frequência.
# The heading of the account page (blocked people, export, deletion), and
# the link to it.
settings-account-title = Sua conta
# After the link "Your account" on the settings page: one sentence with it.
settings-intro-account-after = : pessoas que você bloqueou, baixar seus dados, excluir sua conta.
# The link back from the notification emails and account pages.
settings-back = ← Configurações
# Shown after a field's label, in grey.
settings-optional = (opcional)
# A button that saves a form (notification emails, language).
settings-save = Salvar

settings-profile-heading = Perfil
settings-display-name-label = Nome de exibição
settings-display-name-hint = Exibido no lugar do seu nome de usuário nos seus posts e no seu perfil.
# $max is a number of characters.
settings-display-name-too-long = Seu nome pode ter no máximo { $max } caracteres.
settings-bio-label = Bio
# $max is the most characters a bio may have, $count how many this one has.
settings-bio-too-long = Sua bio pode ter no máximo { $max } caracteres (esta tem { $count }).
settings-profile-save = Salvar perfil
settings-profile-saved = Seu perfil foi salvo.

## Profile picture

settings-avatar-heading = Imagem de perfil
settings-avatar-file-label = Nova imagem
settings-avatar-hint = JPEG, PNG, WebP ou GIF. Ela é recortada em um quadrado a partir do centro; os dados de localização e da câmera são removidos.
settings-avatar-upload = Enviar imagem
settings-avatar-remove = Remover imagem
settings-avatar-several = Escolha uma imagem, não várias.
settings-avatar-missing = Escolha uma imagem para enviar.
settings-avatar-saved = Sua nova imagem de perfil já está no ar.
settings-avatar-removed = Sua imagem de perfil foi removida.

## Email address

settings-email-heading = Endereço de e-mail
# "Your address is <the address in bold>. It is never shown to other
# people." One sentence in two pieces around the address.
settings-email-current-before = Seu endereço é{ " " }
settings-email-current-after = . Ele nunca é mostrado a outras pessoas.
# "Waiting for you to open the link we sent to <the new address in bold>.
# Until then…" One sentence in two pieces around the address.
settings-email-pending-before = Aguardando você abrir o link que enviamos para{ " " }
settings-email-pending-after = . Até lá, seu endereço continua o mesmo.
settings-email-new-label = Novo endereço de e-mail
# Also on the password form.
settings-current-password-label = Senha atual
settings-email-save = Alterar endereço de e-mail
settings-wrong-current-password = Essa não é a sua senha atual.
settings-email-same = Esse já é o seu endereço.
# $address is the new email address.
settings-email-link-sent = Enviamos um link para { $address }. Seu endereço muda quando você abrir esse link.

## Password

settings-password-heading = Senha
settings-new-password-label = Nova senha
settings-new-password-hint = Pelo menos 8 caracteres; algumas palavras sem relação entre si formam uma senha forte. Suas outras sessões serão encerradas.
settings-password-save = Alterar senha
settings-password-same = Essa é a sua senha atual. Escolha uma nova.
settings-password-changed = Sua senha foi alterada. Todas as outras sessões foram encerradas.

## Language

settings-language-heading = Idioma
settings-language-label = Idioma da interface
# The first choice of the language menu: no setting, the browser's
# preferred languages decide.
settings-language-browser = Usar o idioma do navegador
settings-language-hint = Os e-mails que o Quill envia para você também são escritos neste idioma. Se você usar o idioma do navegador, os e-mails chegam em inglês.
settings-language-saved = Seu idioma foi salvo.

## Where you are logged in

settings-logins-heading = Onde sua conta está conectada
# The caption of the table of browser sessions.
settings-logins-browsers = Navegadores
# Column headings of the sessions table.
settings-logins-browser = Navegador
settings-logins-logged-in = Entrou em
settings-logins-last-active = Última atividade
# The heading of the column of buttons, read only by screen readers.
settings-logins-action = Ação
# In place of the browser's description when it sent none.
settings-logins-unknown-browser = Navegador desconhecido
# In the row of the session this page is shown in, instead of a button.
settings-logins-this-browser = Este navegador
# A button that logs out one session.
settings-logins-end = Encerrar sessão
settings-logins-hint = Alterar sua senha encerra a sessão em todos os navegadores, exceto neste, e revoga todos os tokens de API.
settings-session-ended = Essa sessão foi encerrada.
settings-session-already-ended = Essa sessão já tinha sido encerrada.
# The caption of the table of API tokens.
settings-tokens-caption = Tokens de API
# "No API tokens. Programs get one by logging in to /api/users/login; each
# appears here until you revoke it." One sentence in two pieces around the
# address, which stays as it is.
settings-tokens-none-before = Nenhum token de API. Os programas obtêm um fazendo login em{ " " }
settings-tokens-none-after = ; cada um aparece aqui até você revogá-lo.
# Column headings of the tokens table. "Made by": the program that asked
# for the token.
settings-tokens-made-by = Criado por
settings-tokens-created = Criado em
settings-tokens-last-used = Último uso
settings-tokens-revoke = Revogar
settings-token-revoked = O token foi revogado: ele não funciona mais.
settings-token-already-revoked = Esse token já tinha sido revogado.

## Notification emails

# The kinds of notification, each with three choices below.
settings-notify-reply = Alguém responde ao seu comentário
settings-notify-mention = Alguém menciona você (@name) em um post ou comentário
settings-notify-comment = Alguém comenta no seu post
settings-notify-like = Alguém curte seu post
settings-notify-follow = Alguém segue você
# $minutes is how long Quill waits before sending the mail.
settings-notify-instant = { $minutes ->
    [one] Enviar um e-mail cerca de { $minutes } minuto depois, se eu ainda não tiver visto
   *[other] Enviar um e-mail cerca de { $minutes } minutos depois, se eu ainda não tiver visto
}
settings-notify-digest = Incluir no meu resumo
settings-notify-off = Nunca enviar e-mail sobre isso
settings-digest-legend = Resumo
settings-digest-daily = Uma vez por dia
settings-digest-weekly = Uma vez por semana
# Only moderators and admins see this.
settings-moderation-legend = Moderação
settings-report-mail = Enviar um e-mail quando algo for denunciado (com um link para a fila de moderação)

## Your account: blocked people

settings-blocked-heading = Pessoas que você bloqueou
# “Block” is the name of the button on a person's profile.
settings-blocked-none = Ninguém. Para bloquear alguém, use “Bloquear” no perfil da pessoa: vocês deixam de ver os posts e comentários um do outro, e ela não pode mais seguir você, curtir nem comentar seus posts, responder a você nem mencionar você. A pessoa não é avisada.
settings-unblock = Desbloquear

## Your account: download my data

settings-export-heading = Baixar meus dados
settings-export-intro = Um arquivo zip com seu perfil, cada post como arquivo Markdown com as imagens dele, seus comentários, curtidas, quem você segue e suas configurações de notificação. Nós o montamos em segundo plano e enviamos por e-mail um link que funciona uma vez, durante 24 horas.
settings-export-button = Baixar meus dados
settings-export-started = Estamos reunindo seus dados. Você vai receber um e-mail com um link para baixá-los, normalmente em poucos minutos.
settings-export-waiting = Seus dados já estão sendo reunidos. O link vai chegar por e-mail.
settings-export-too-many-title = Exportações demais hoje
# $count is how many exports a day are allowed; $time is a date and time
# such as "5 Dec 2026 12:00 UTC"; $hours is how many hours from now that is.
settings-export-too-many =
    Você pode pedir seus dados { $count ->
        [one] uma vez
       *[other] { $count } vezes
    } por dia, e já fez isso. Você pode pedir de novo depois de { $time } (daqui a cerca de { $hours ->
        [one] uma hora
       *[other] { $hours } horas
    }).
settings-export-used-title = Este link já foi usado
settings-export-used = Seus dados já foram baixados com este link, e cada link só funciona uma vez. Para baixá-los de novo, peça uma nova exportação nas configurações da sua conta.
settings-export-expired-title = Este link expirou
settings-export-expired = Os links para seus dados funcionam durante 24 horas, e uma exportação mais recente substitui os links das anteriores. Peça uma nova exportação nas configurações da sua conta.
# The mail with the link. $size is the archive's size, such as "1.5 MB".
settings-export-mail-subject = Seus dados do Quill estão prontos
settings-export-mail-ready = O arquivo da sua conta do Quill está pronto ({ $size }): seu perfil, seus posts em Markdown com as imagens, seus comentários, curtidas, quem você segue e suas configurações de notificação.
# $time is a date and time such as "5 Dec 2026 12:00 UTC"; $username is
# the account's username.
settings-export-mail-rules = O link funciona uma vez, até { $time }, e só com a sessão iniciada como { $username }. Se não foi você quem pediu, altere sua senha: outra pessoa pode ter entrado na sua conta.
settings-export-mail-link = Baixar meus dados
# README.txt in the downloaded zip, a plain-text file: what each file in it
# holds. The file names on the left (profile.json, posts/<id>-<title>.md…)
# and the words in `backquotes` are names in the files: keep them as they
# are. Keep the descriptions lined up in one column if you can.
settings-export-readme =
    Seus dados do Quill
    ===================

    profile.json                Seu perfil: nome de usuário, nome de exibição,
                                bio, endereço de e-mail, quando você entrou e o
                                arquivo da sua imagem de perfil.
    avatar.*                    Sua imagem de perfil, se você tiver uma.
    posts/<id>-<title>.md       Cada um dos seus posts (inclusive rascunhos e
                                agendados), em Markdown exatamente como você o
                                escreveu, depois de um cabeçalho (YAML front
                                matter entre duas linhas ---) com título,
                                descrição, tags, se é rascunho ou não, e datas
                                (RFC 3339, UTC). Os campos `cover` e `pictures`
                                nomeiam os arquivos da pasta do post; `shown_as`
                                é o endereço que o texto usa para cada imagem.
    posts/<id>/                 As imagens desse post: a imagem de capa e as
                                imagens do texto, como estão guardadas no Quill.
    comments.json               Seus comentários: id, o id do post, o comentário
                                a que ele responde (parent_id), o texto em
                                Markdown e quando foi escrito e editado pela
                                última vez. Os excluídos ficam de fora.
    likes.json                  Os posts que você curtiu: id, título, autor,
                                quando.
    follows.json                As pessoas que você segue e as que seguem você,
                                pelo nome de usuário, com a data.
    notification_settings.json  Como cada tipo de notificação chega a você por
                                e-mail (instant, digest ou off: imediatamente,
                                no resumo ou nunca) e com que frequência o
                                resumo chega.

    Todos os arquivos JSON estão em UTF-8. Os horários estão em RFC 3339, em UTC.

## Your account: deleting it

settings-delete-heading = Excluir minha conta
settings-delete-intro = Seu perfil, seus posts e seus comentários desaparecem imediatamente, e todas as suas sessões são encerradas. Catorze dias depois, a conta é apagada com tudo o que há nela; até lá, basta entrar para mantê-la. Enviamos a data para você por e-mail.
settings-delete-password-label = Sua senha
settings-delete-button = Excluir minha conta
settings-delete-wrong-password = Essa não é a sua senha; sua conta não foi alterada.
settings-delete-admin = Um administrador não pode excluir a própria conta: primeiro, peça a outro administrador para tornar você um membro comum.
# $date is a day such as "5 Dec 2026".
settings-deleted = Sua conta foi excluída e será apagada em { $date }. Entre antes disso para mantê-la.
# After choosing “Keep my account” on the login page.
settings-restore-expired = Este link é antigo demais: entre de novo para manter sua conta.
settings-restore-not-leaving = Esta conta não está aguardando para ser apagada.
settings-restored = Que bom ter você de volta: sua conta, seus posts e seus comentários estão como você os deixou.
# The mail after deleting an account. $date is a day such as "5 Dec 2026".
settings-leaving-mail-subject = Sua conta do Quill será apagada em { $date }
settings-leaving-mail-deleted = Você excluiu sua conta do Quill. Ela já está oculta e, em { $date }, será apagada junto com seus posts, comentários, curtidas, imagens e a lista de quem você segue.
# “Keep my account” is the name of the button on the login page.
settings-leaving-mail-changed-mind = Mudou de ideia? Entre antes dessa data e escolha “Manter minha conta”.
# “Download my data” is the name of the button in the account settings
# (settings-export-button).
settings-leaving-mail-copy-first = Quer antes uma cópia do que você escreveu? Mantenha a conta, use “Baixar meus dados” nas configurações da sua conta e depois exclua a conta de novo.
settings-leaving-mail-link = Entrar para manter sua conta

## Mail about changing the email address

# The link in the mails below that go to the account's owner.
settings-mail-reset-link = Redefinir minha senha
# To the new address, asking to confirm it. $address is the new address,
# $username the account's username.
settings-email-confirm-mail-subject = Confirme seu novo endereço de e-mail no Quill
settings-email-confirm-mail-ask = Confirme que { $address } deve passar a ser o endereço de e-mail da conta { $username } no Quill.
settings-email-confirm-mail-expires = O link só pode ser usado uma vez e expira em 48 horas. Se você não fez esse pedido, ignore esta mensagem: nada vai mudar.
settings-email-confirm-mail-link = Confirmar meu novo endereço
# To the current address, telling that a change was asked for. $address is
# the new address.
settings-email-change-mail-subject = O endereço de e-mail da sua conta do Quill está prestes a mudar
settings-email-change-mail-told = Alguém com a sessão iniciada na sua conta do Quill pediu para mudar o endereço de e-mail dela para { $address }. Ele só muda quando o link enviado para esse endereço for aberto.
settings-email-change-mail-if-not = Se foi você, não é preciso fazer nada. Se não foi, redefina sua senha agora: isso encerra a sessão de todas as outras pessoas.
# To an address that belongs to another account already, when someone asked
# to move their account to it.
settings-email-taken-mail-subject = Alguém tentou usar seu endereço de e-mail no Quill
# Stands for the name in the greeting (mail-hello: "Hello { $name },"),
# which makes "Hello there,".
settings-email-taken-mail-name = usuário do Quill
settings-email-taken-mail-tried = Alguém pediu para transferir outra conta do Quill para este endereço de e-mail. Ele já pertence a uma conta aqui, então nada mudou.
settings-email-taken-mail-lost = Se você perdeu o acesso à sua própria conta, pode redefinir a senha dela.

## Uploaded pictures (avatars and posts' pictures)

media-form-unreadable = Não foi possível ler o formulário. Envie-o de novo.
media-empty = Esse arquivo está vazio.
media-not-an-image = Esse arquivo não é uma imagem que o Quill aceite. Envie uma imagem JPEG, PNG, WebP ou GIF.
# $width and $height are the picture's size in pixels; $max is a number of
# megapixels (millions of pixels).
media-too-many-pixels = Essa imagem é grande demais: { $width } × { $height } pixels. Envie uma de no máximo { $max } megapixels.
media-unreadable = Essa imagem está danificada ou incompleta e não pode ser lida. Tente salvá-la de novo.
# $max is a number of frames (the pictures of an animation).
media-too-many-frames = Esse GIF tem quadros demais (mais de { $max }). Envie uma imagem estática.
# What an account's pictures take, on the admin pages: "3 pictures, 1.2 MB
# of 500 MB (0%)". $used and $quota are sizes such as "1.2 MB"; $percent
# is a whole number.
media-usage = { $count ->
    [0] { $count } imagens, { $used } de { $quota } ({ $percent }%)
    [one] { $count } imagem, { $used } de { $quota } ({ $percent }%)
   *[other] { $count } imagens, { $used } de { $quota } ({ $percent }%)
}
media-usage-no-quota = { $count ->
    [0] { $count } imagens, { $used } (sem cota)
    [one] { $count } imagem, { $used } (sem cota)
   *[other] { $count } imagens, { $used } (sem cota)
}

# /settings/security: the second factor; and the notice mails about it.
# $date is a date as the page writes dates; $left a whole number.
security-title = Segurança do login
settings-intro-security-after = : um segundo fator com um aplicativo autenticador e códigos de recuperação.
security-second-factor-heading = Segundo fator
security-second-factor-intro = Com um segundo fator, entrar com a senha também pede um código de um aplicativo autenticador no seu celular, então uma senha roubada sozinha não basta.
security-codes-once = Seus códigos de recuperação. Cada um funciona uma vez, no lugar de um código do aplicativo. Guarde-os em local seguro: eles só aparecem agora.
security-on-since = Ativo desde { $date }.
security-codes-left = { $left ->
    [one] Resta um código de recuperação.
   *[other] Restam { $left } códigos de recuperação.
}
security-renew-codes = Novos códigos de recuperação
security-turn-off = Desativar
security-set-up = Configurar um aplicativo autenticador
security-scan = Escaneie este código com seu aplicativo autenticador.
security-qr-label = Código QR para escanear com um aplicativo autenticador
security-or-type = Ou digite nele esta chave:
security-code-label = O código que o aplicativo mostra
security-turn-on = Ativar
security-setup-again = Comece a configuração de novo.
security-code-wrong = Esse código não confere. Verifique a hora do seu celular e digite o código que o aplicativo mostra agora.
security-off-done = O segundo fator está desativado.
security-mail-on-subject = Um segundo fator foi ativado na sua conta do Quill
security-mail-on-what = Entrar na sua conta do Quill agora pede, além da senha, um código de um aplicativo autenticador.
security-mail-off-subject = O segundo fator da sua conta do Quill foi desativado
security-mail-off-what = Entrar na sua conta do Quill não pede mais um código de um aplicativo autenticador.
security-mail-code-used-subject = Um código de recuperação foi usado na sua conta do Quill
security-mail-code-used-what = Alguém entrou na sua conta do Quill com um código de recuperação. { $left ->
    [one] Resta um código.
   *[other] Restam { $left } códigos.
}
security-mail-renewed-subject = Novos códigos de recuperação para sua conta do Quill
security-mail-renewed-what = Novos códigos de recuperação foram criados para sua conta do Quill; os antigos não funcionam mais.
security-mail-if-not = Se foi você, não há nada a fazer. Se não foi, troque sua senha e confira agora suas configurações de login.
security-mail-link = Segurança do login
security-token-heading = Tokens da API
security-token-intro = Um programa (um script, um aplicativo) acessa a API com um token. Crie um aqui; ele aparece com seus outros logins nas configurações, onde você pode revogá-lo.
security-token-label = Para que serve
security-token-make = Criar um token
security-token-once = Seu novo token. Copie-o agora: ele só aparece uma vez.
security-token-default-label = Criado nas configurações
security-mail-reset-subject = O segundo fator da sua conta do Quill foi redefinido por um administrador
security-mail-reset-what = Um administrador deste site do Quill desativou o segundo fator da sua conta, como pedido após a perda do celular e dos códigos de recuperação. Entre com sua senha e configure-o de novo na segurança do login.
security-staff-must = Este site pede um segundo fator a moderadores e administradores: configure um para acessar as páginas de administração.

## Passkeys (settings/security)
passkeys-heading = Chaves de acesso
passkeys-intro = Uma chave de acesso faz seu login com o bloqueio de tela do seu dispositivo (impressão digital, rosto ou PIN) em vez de uma senha. Ela só funciona neste site, então ninguém consegue roubá-la com phishing, e sozinha já vale pelos dois fatores.
passkeys-none = Você ainda não tem chaves de acesso.
passkeys-added-on = Adicionada em { $date }
passkeys-last-used = último uso em { $date }
passkeys-never-used = nunca usada
passkeys-rename-label = Novo nome para esta chave de acesso
passkeys-rename = Renomear
passkeys-remove = Remover
passkeys-remove-named = Remover a chave de acesso { $name }
passkeys-name-label = Nome (para você distinguir suas chaves de acesso)
passkeys-name-placeholder = por exemplo, Notebook do trabalho
passkeys-password-why = Você entrou há algum tempo: digite sua senha para adicionar uma chave de acesso.
passkeys-add = Adicionar uma chave de acesso
passkeys-needs-browser = Para adicionar uma chave de acesso, é preciso um navegador compatível com elas, com JavaScript ativado.
passkeys-unavailable = As chaves de acesso estão desativadas neste site: o endereço dele (QUILL_BASE_URL) é um endereço IP, e os navegadores recusam chaves de acesso para esses endereços.
passkeys-default-name = Chave de acesso { $number }
passkeys-added = Chave de acesso “{ $name }” adicionada. Agora você pode entrar com ela.
passkeys-renamed = Chave de acesso renomeada para “{ $name }”.
passkeys-removed = Chave de acesso “{ $name }” removida.
passkeys-start-again = Isso demorou demais ou foi iniciado em outra aba: adicione a chave de acesso de novo.
passkeys-refused = A resposta do seu navegador não foi aceita (ela foi feita para outro site ou expirou). Tente de novo.
passkeys-duplicate = Essa chave de acesso já está registrada aqui.
passkeys-name-empty = Dê um nome à chave de acesso.
passkeys-mail-added-subject = Uma chave de acesso foi adicionada à sua conta do Quill
passkeys-mail-added-what = Uma chave de acesso chamada “{ $name }” foi adicionada à sua conta do Quill. Com ela é possível entrar sem a sua senha.
passkeys-mail-removed-subject = Uma chave de acesso foi removida da sua conta do Quill
passkeys-mail-removed-what = A chave de acesso chamada “{ $name }” foi removida da sua conta do Quill e não permite mais entrar.
