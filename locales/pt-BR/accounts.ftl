# Accounts: signing up, logging in and out, verifying the email address,
# resetting a forgotten password, and the mail these send.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Some sentences hold a link or bold text in the middle: they are split into
# pieces (…-before, the link's text, …-after) that the page puts together
# with a space before the link. Translate the pieces so that together they
# read as one sentence. "Quill" is the software's name: keep it as it is.

## Sign-up page (/signup)

accounts-signup-title = Criar conta
accounts-signup-heading = Crie sua conta
accounts-username-label = Nome de usuário
# "/u/name" is the address of a profile page: keep it as it is.
accounts-username-hint = De 3 a 30 caracteres: letras de a a z, dígitos e sublinhados (_). Ele será o seu endereço: /u/name.
accounts-email-label = E-mail
accounts-password-label = Senha
accounts-password-hint = Pelo menos 8 caracteres. Algumas palavras sem relação entre si formam uma senha forte.
# The form's button.
accounts-signup-submit = Criar conta
# One sentence: "Already have an account? [Log in]."
accounts-signup-login-before = Já tem uma conta?
accounts-signup-login-link = Entre
accounts-signup-login-after = .
# Shown after signing up, on the "Check your email" page.
accounts-signup-welcome = Boas-vindas ao Quill! Abra o link que enviamos por e-mail para verificar seu endereço e depois entre.
accounts-already-logged-in = Você já entrou na sua conta.
accounts-username-taken = Este nome de usuário já está em uso. Escolha outro.

## What is wrong with a username, an email address or a new password
## (on the sign-up page, in settings and on the reset page)

accounts-username-reserved = Este nome de usuário é reservado. Escolha outro.
accounts-username-length = Escolha um nome de usuário de 3 a 30 caracteres.
accounts-username-characters = Use apenas letras de a a z, dígitos e sublinhados (_).
accounts-email-empty = Digite seu endereço de e-mail.
accounts-email-too-long = Esse endereço de e-mail é longo demais.
# "ana@example.com" is an example address; it may be replaced by one that
# looks natural in your language.
accounts-email-invalid = Digite um endereço de e-mail válido, como ana@exemplo.com.br.
accounts-password-too-short = Use pelo menos 8 caracteres na sua senha.
accounts-password-too-long = Use no máximo 1.024 caracteres na sua senha.
accounts-password-is-name = Sua senha não pode ser igual ao seu nome de usuário nem ao seu endereço de e-mail.
accounts-password-common = Esta senha está na lista das senhas mais comuns, que os invasores testam primeiro. Escolha outra.

## Login page (/login)

# The page's title and heading.
accounts-login-title = Entrar
accounts-login-label = Nome de usuário ou e-mail
# The form's button.
accounts-login-submit = Entrar
accounts-login-forgot-link = Esqueceu sua senha?
# One sentence: "New here? [Create an account]."
accounts-login-signup-before = Primeira vez aqui?
accounts-login-signup-link = Crie uma conta
accounts-login-signup-after = .
# One sentence: "Never got the verification email? [Resend verification]."
accounts-login-resend-before = Não recebeu o e-mail de verificação?
accounts-login-resend-link = Reenviar verificação
accounts-login-resend-after = .

## Why a login was refused (shown above the login form)

accounts-login-incomplete = Digite seu nome de usuário ou e-mail e sua senha.
accounts-login-mismatch = Esse nome de usuário ou e-mail e essa senha não correspondem a nenhuma conta.
accounts-login-suspended = Esta conta foi suspensa pela moderação do site.
# The person deleted their account and it waits to be erased; the date and
# the "Keep my account" button follow below.
accounts-login-leaving = Você excluiu esta conta. Ela será apagada definitivamente na data abaixo, a menos que você decida mantê-la.
# “Resend verification” names the link below the form
# (accounts-login-resend-link): use the same words.
accounts-login-unverified = Verifique primeiro seu endereço de e-mail: abra o link que enviamos para você. Não recebeu o e-mail? Use “Reenviar verificação” abaixo.
# One sentence: "It will be erased on [date]. Until then you can keep it, with
# everything you wrote." The date, in bold, comes between the two pieces.
accounts-login-leaving-before = Ela será apagada em
accounts-login-leaving-after = . Até lá, você pode mantê-la, com tudo o que escreveu.
accounts-login-keep-account = Manter minha conta

## After logging in and out

# $username is the person's username (such as ana_99).
accounts-login-welcome-back = Que bom ter você de volta, { $username }.
accounts-logged-out = Você saiu da sua conta. Até breve!

## After signing up (/check-email)

accounts-check-email-title = Confira seu e-mail
accounts-check-email-sent = Se o endereço ainda não estiver cadastrado no Quill, enviamos para ele um link de verificação. Abra-o para concluir o cadastro e depois entre.
# One sentence: "Nothing arrived after a few minutes? Look in your spam
# folder, or [send the link again]."
accounts-check-email-resend-before = Nada chegou depois de alguns minutos? Confira sua pasta de spam ou
accounts-check-email-resend-link = envie o link de novo
accounts-check-email-resend-after = .

## Asking for the verification link again (/resend-verification)

accounts-resend-title = Reenviar verificação
accounts-resend-heading = Reenviar o link de verificação
# The button on the "Resend verification" and "Forgot password" forms.
accounts-send-link = Enviar o link
accounts-resend-sent = Se esse endereço estiver aguardando verificação, um novo link está a caminho.

## Following the link in a verification mail

accounts-email-verified = Seu endereço de e-mail foi verificado. Agora você já pode entrar.
# “Resend verification” is the link on the login page
# (accounts-login-resend-link): use the same words.
accounts-verify-link-dead = Este link de verificação é inválido, já foi usado ou expirou. Entre para receber um novo ou use “Reenviar verificação”.
# After confirming a change of address; $address is the new email address.
accounts-email-changed = Seu endereço de e-mail agora é { $address }.
accounts-email-change-taken = Este endereço foi cadastrado por outra conta nesse meio-tempo, então não pode passar a ser seu. Seu endereço continua o mesmo.

## Forgotten password (/forgot-password, /reset-password)

accounts-forgot-title = Esqueci minha senha
accounts-forgot-heading = Esqueceu sua senha?
accounts-forgot-sent = Se alguma conta usar esse endereço, um link para redefinir a senha dela está a caminho. Ele vale por uma hora.
accounts-forgot-intro = Digite o endereço de e-mail da sua conta e enviaremos um link para você escolher uma nova senha.
# The title and heading of the page the reset link opens.
accounts-reset-title = Escolha uma nova senha
accounts-reset-password-label = Nova senha
accounts-reset-submit = Definir a nova senha
# “Forgot password” is that page's title (accounts-forgot-title): use the
# same words.
accounts-reset-link-dead = Este link de redefinição é inválido, já foi usado, expirou ou foi substituído por um mais recente. Peça um novo link em “Esqueci minha senha”.
accounts-password-reset-done = Sua senha foi alterada. Entre com a nova senha.

## Mail: verifying the address after signing up
## (it starts with mail-hello from mail.ftl; the HTML version ends the
## intro with a button, the plain-text version with the link itself)

accounts-verify-mail-subject = Verifique seu endereço de e-mail no Quill
accounts-verify-mail-intro = Boas-vindas ao Quill! Confirme que este é o seu endereço de e-mail:
accounts-verify-mail-intro-text = Boas-vindas ao Quill! Confirme que este é o seu endereço de e-mail abrindo este link:
# The button in the mail.
accounts-verify-mail-link = Verificar meu endereço de e-mail
accounts-verify-mail-expiry = O link só pode ser usado uma vez e expira em 48 horas. Se você não se cadastrou, ignore esta mensagem.

## Mail: someone tried to sign up with an address that has an account
## (sent to the account's owner)

accounts-signup-attempt-mail-subject = Alguém tentou se cadastrar com seu endereço de e-mail
accounts-signup-attempt-mail-what = Alguém acabou de tentar se cadastrar no Quill com este endereço de e-mail, que já tem uma conta: a sua.
accounts-signup-attempt-mail-if-you = Se foi você, entre com seu nome de usuário ou e-mail. Se esqueceu sua senha, você pode redefini-la.
accounts-signup-attempt-mail-if-not = Se não foi você, não é preciso fazer nada: nenhuma conta nova foi criada.
# The link at the end of the mail, to the "Forgot password" page.
accounts-signup-attempt-mail-link = Redefinir minha senha

## Mail: the password reset link

accounts-reset-mail-subject = Redefina sua senha do Quill
accounts-reset-mail-intro = Alguém pediu para redefinir a senha da sua conta do Quill.
accounts-reset-mail-intro-text = Alguém pediu para redefinir a senha da sua conta do Quill. Para escolher uma nova senha, abra este link:
# The button in the mail.
accounts-reset-mail-link = Escolher uma nova senha
accounts-reset-mail-expiry = O link só pode ser usado uma vez e expira em uma hora; um link mais recente anula este. Se você não fez esse pedido, ignore esta mensagem: sua senha continua a mesma.

## Mail: the password was changed

accounts-password-changed-mail-subject = Sua senha do Quill foi alterada
accounts-password-changed-mail-what = A senha da sua conta do Quill acabou de ser alterada, e as sessões iniciadas com a senha antiga foram encerradas.
# One sentence in the HTML mail: "If that was you, there is nothing to do. If
# it was not, [reset your password now]."
accounts-password-changed-mail-if-not-before = Se foi você, não é preciso fazer nada. Se não foi,
accounts-password-changed-mail-if-not-link = redefina sua senha agora
accounts-password-changed-mail-if-not-after = .
# The same in the plain-text mail; $link is the address of the "Forgot
# password" page.
accounts-password-changed-mail-if-not-text = Se foi você, não é preciso fazer nada. Se não foi, redefina sua senha agora: { $link }

# The second step of a login with a second factor (/login/code).
accounts-code-title = Digite seu código
accounts-code-explain = Sua conta tem um segundo fator. Digite o código de seis dígitos que seu aplicativo autenticador mostra agora, ou um dos seus códigos de recuperação.
accounts-code-label = Código
accounts-code-submit = Entrar
accounts-code-lost = Perdeu o celular e os códigos de recuperação? Redefinir a senha não desativa o segundo fator: peça a um administrador do site para redefini-lo.
accounts-code-wrong = Esse código não está certo ou já foi usado. Tente o código que seu aplicativo mostra agora.
accounts-code-start-again = Entre de novo: a etapa do código espera cinco minutos.

## Passkey sign-in
passkeys-sign-in = Entrar com uma chave de acesso
passkeys-login-start-again = Esse login demorou demais: tente a chave de acesso de novo.
passkeys-login-refused = Essa chave de acesso não foi aceita aqui. Tente de novo ou entre com sua senha.
passkeys-login-unknown = Essa chave de acesso não está registrada aqui (talvez tenha sido removida). Entre com sua senha.
