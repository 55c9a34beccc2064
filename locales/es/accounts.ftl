# Cuentas: registrarse, iniciar y cerrar sesión, verificar el correo,
# restablecer una contraseña olvidada y los correos que esto envía.
#
# Los argumentos entre { $llaves } los rellena Quill; déjalos como están.
# Algunas frases llevan un enlace o texto en negrita en medio: se dividen en
# piezas (…-before, el texto del enlace, …-after) que la página une con un
# espacio antes del enlace. "Quill" es el nombre del programa: no se traduce.

## Sign-up page (/signup)

accounts-signup-title = Registrarse
accounts-signup-heading = Crea tu cuenta
accounts-username-label = Nombre de usuario
# "/u/name" es la dirección de una página de perfil: déjala como está.
accounts-username-hint = De 3 a 30 caracteres: letras a–z, números y guiones bajos. Será tu dirección: /u/name.
accounts-email-label = Correo electrónico
accounts-password-label = Contraseña
accounts-password-hint = Al menos 8 caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña segura.
# El botón del formulario.
accounts-signup-submit = Registrarme
# Una frase: "¿Ya tienes una cuenta? [Inicia sesión]."
accounts-signup-login-before = ¿Ya tienes una cuenta?
accounts-signup-login-link = Inicia sesión
accounts-signup-login-after = .
# Tras registrarse, en la página "Revisa tu correo".
accounts-signup-welcome = ¡Te damos la bienvenida a Quill! Abre el enlace que te hemos enviado por correo para verificar tu dirección y luego inicia sesión.
accounts-already-logged-in = Ya has iniciado sesión.
accounts-username-taken = Este nombre de usuario ya está en uso. Elige otro.

## What is wrong with a username, an email address or a new password
## (on the sign-up page, in settings and on the reset page)

accounts-username-reserved = Este nombre de usuario está reservado. Elige otro.
accounts-username-length = Elige un nombre de usuario de 3 a 30 caracteres.
accounts-username-characters = Usa solo letras a–z, números y guiones bajos.
accounts-email-empty = Escribe tu dirección de correo electrónico.
accounts-email-too-long = Esa dirección de correo es demasiado larga.
accounts-email-invalid = Escribe una dirección de correo válida, como ana@ejemplo.com.
accounts-password-too-short = Usa al menos 8 caracteres para tu contraseña.
accounts-password-too-long = Usa como máximo 1024 caracteres para tu contraseña.
accounts-password-is-name = Tu contraseña no puede ser tu nombre de usuario ni tu dirección de correo.
accounts-password-common = Esta contraseña está en la lista de las más comunes, que son las primeras que prueban los atacantes. Elige otra.

## Login page (/login)

# Título y encabezado de la página.
accounts-login-title = Iniciar sesión
accounts-login-label = Nombre de usuario o correo electrónico
# El botón del formulario.
accounts-login-submit = Iniciar sesión
accounts-login-forgot-link = ¿Has olvidado tu contraseña?
# Una frase: "¿Primera vez por aquí? [Crea una cuenta]."
accounts-login-signup-before = ¿Primera vez por aquí?
accounts-login-signup-link = Crea una cuenta
accounts-login-signup-after = .
# Una frase: "¿No te llegó el correo de verificación? [Reenviar verificación]."
accounts-login-resend-before = ¿No te llegó el correo de verificación?
accounts-login-resend-link = Reenviar verificación
accounts-login-resend-after = .

## Why a login was refused (shown above the login form)

accounts-login-incomplete = Escribe tu nombre de usuario o correo y tu contraseña.
accounts-login-mismatch = Ese nombre de usuario o correo y esa contraseña no corresponden a ninguna cuenta.
accounts-login-suspended = Los moderadores del sitio han suspendido esta cuenta.
# La persona eliminó su cuenta y está pendiente de borrarse; la fecha y el
# botón "Conservar mi cuenta" aparecen debajo.
accounts-login-leaving = Eliminaste esta cuenta. Se borrará definitivamente en la fecha indicada abajo, a menos que decidas conservarla.
# «Reenviar verificación» es el enlace bajo el formulario
# (accounts-login-resend-link): mismas palabras.
accounts-login-unverified = Primero verifica tu dirección de correo: abre el enlace que te hemos enviado. ¿No te ha llegado? Usa «Reenviar verificación», más abajo.
# Una frase: "Se borrará definitivamente el [fecha]. Hasta entonces…". La
# fecha, en negrita, va entre las dos piezas.
accounts-login-leaving-before = Se borrará definitivamente el
accounts-login-leaving-after = . Hasta entonces puedes conservarla, con todo lo que escribiste.
accounts-login-keep-account = Conservar mi cuenta

## After logging in and out

# $username es el nombre de usuario de la persona (como ana_99).
accounts-login-welcome-back = Hola de nuevo, { $username }.
accounts-logged-out = Has cerrado sesión. ¡Hasta pronto!

## After signing up (/check-email)

accounts-check-email-title = Revisa tu correo
accounts-check-email-sent = Si la dirección es nueva en Quill, le hemos enviado un enlace para verificarla. Ábrelo para completar el registro y luego inicia sesión.
# Una frase: "¿No ha llegado nada…? Mira en la carpeta de spam o
# [vuelve a enviar el enlace]."
accounts-check-email-resend-before = ¿No ha llegado nada después de unos minutos? Mira en tu carpeta de spam o
accounts-check-email-resend-link = vuelve a enviar el enlace
accounts-check-email-resend-after = .

## Asking for the verification link again (/resend-verification)

accounts-resend-title = Reenviar verificación
accounts-resend-heading = Reenviar el enlace de verificación
# El botón de los formularios "Reenviar verificación" y "Contraseña olvidada".
accounts-send-link = Enviar el enlace
accounts-resend-sent = Si esa dirección está pendiente de verificación, te hemos enviado un enlace nuevo.

## Following the link in a verification mail

accounts-email-verified = Tu dirección de correo está verificada. Ya puedes iniciar sesión.
# «Reenviar verificación» es el enlace de la página de inicio de sesión
# (accounts-login-resend-link): mismas palabras.
accounts-verify-link-dead = Este enlace de verificación no es válido, ya se usó o ha caducado. Inicia sesión para que te enviemos uno nuevo o usa «Reenviar verificación».
# Tras confirmar un cambio de dirección; $address es la nueva dirección.
accounts-email-changed = Tu dirección de correo ahora es { $address }.
accounts-email-change-taken = Mientras tanto, otra cuenta ha registrado esta dirección, así que no puede ser la tuya. Tu dirección no ha cambiado.

## Forgotten password (/forgot-password, /reset-password)

accounts-forgot-title = Contraseña olvidada
accounts-forgot-heading = ¿Has olvidado tu contraseña?
accounts-forgot-sent = Si alguna cuenta usa esa dirección, le hemos enviado un enlace para restablecer su contraseña. Funciona durante una hora.
accounts-forgot-intro = Escribe la dirección de correo de tu cuenta y te enviaremos un enlace para elegir una contraseña nueva.
# Título y encabezado de la página que abre el enlace.
accounts-reset-title = Elige una contraseña nueva
accounts-reset-password-label = Contraseña nueva
accounts-reset-submit = Guardar la contraseña nueva
# «Contraseña olvidada» es el título de esa página (accounts-forgot-title):
# mismas palabras.
accounts-reset-link-dead = Este enlace para restablecer la contraseña no es válido, ya se usó, ha caducado o se ha sustituido por otro más reciente. Pide un enlace nuevo en «Contraseña olvidada».
accounts-password-reset-done = Tu contraseña se ha cambiado. Inicia sesión con la nueva.

## Mail: verifying the address after signing up
## (it starts with mail-hello from mail.ftl; the HTML version ends the
## intro with a button, the plain-text version with the link itself)

accounts-verify-mail-subject = Verifica tu dirección de correo en Quill
accounts-verify-mail-intro = ¡Te damos la bienvenida a Quill! Confirma que esta es tu dirección de correo:
accounts-verify-mail-intro-text = ¡Te damos la bienvenida a Quill! Confirma que esta es tu dirección de correo abriendo este enlace:
# El botón del correo.
accounts-verify-mail-link = Verificar mi dirección de correo
accounts-verify-mail-expiry = El enlace solo funciona una vez y caduca en 48 horas. Si no te has registrado, ignora este mensaje.

## Mail: someone tried to sign up with an address that has an account
## (sent to the account's owner)

accounts-signup-attempt-mail-subject = Alguien ha intentado registrarse con tu dirección de correo
accounts-signup-attempt-mail-what = Alguien acaba de intentar registrarse en Quill con esta dirección de correo, que ya tiene una cuenta: la tuya.
accounts-signup-attempt-mail-if-you = Si fuiste tú, inicia sesión con tu nombre de usuario o tu correo. Si has olvidado tu contraseña, puedes restablecerla.
accounts-signup-attempt-mail-if-not = Si no fuiste tú, no tienes que hacer nada: no se ha creado ninguna cuenta nueva.
# El enlace al final del correo, a la página "Contraseña olvidada".
accounts-signup-attempt-mail-link = Restablecer mi contraseña

## Mail: the password reset link

accounts-reset-mail-subject = Restablece tu contraseña de Quill
accounts-reset-mail-intro = Alguien ha pedido restablecer la contraseña de tu cuenta de Quill.
accounts-reset-mail-intro-text = Alguien ha pedido restablecer la contraseña de tu cuenta de Quill. Para elegir una contraseña nueva, abre este enlace:
# El botón del correo.
accounts-reset-mail-link = Elegir una contraseña nueva
accounts-reset-mail-expiry = El enlace solo funciona una vez y caduca en una hora; si pides otro más reciente, este deja de valer. Si no lo has pedido tú, ignora este mensaje: tu contraseña seguirá siendo la misma.

## Mail: the password was changed

accounts-password-changed-mail-subject = Se ha cambiado tu contraseña de Quill
accounts-password-changed-mail-what = Se acaba de cambiar la contraseña de tu cuenta de Quill y se han cerrado las sesiones que se iniciaron con la contraseña anterior.
# Una frase en el correo HTML: "Si fuiste tú, no tienes que hacer nada. Si
# no, [restablece tu contraseña ahora]."
accounts-password-changed-mail-if-not-before = Si fuiste tú, no tienes que hacer nada. Si no,
accounts-password-changed-mail-if-not-link = restablece tu contraseña ahora
accounts-password-changed-mail-if-not-after = .
# Lo mismo en el correo de texto plano; $link es la dirección de la página
# "Contraseña olvidada".
accounts-password-changed-mail-if-not-text = Si fuiste tú, no tienes que hacer nada. Si no, restablece tu contraseña ahora: { $link }

# The second step of a login with a second factor (/login/code).
accounts-code-title = Escribe tu código
accounts-code-explain = Tu cuenta tiene un segundo factor. Escribe el código de seis cifras que muestra ahora tu aplicación de autenticación, o uno de tus códigos de recuperación.
accounts-code-label = Código
accounts-code-submit = Iniciar sesión
accounts-code-lost = ¿Perdiste el teléfono y los códigos de recuperación? Restablecer la contraseña no desactiva el segundo factor: pide a un administrador del sitio que lo restablezca.
accounts-code-wrong = Ese código no es correcto o ya se usó. Prueba el código que muestra ahora tu aplicación.
accounts-code-start-again = Vuelve a iniciar sesión: el paso del código espera cinco minutos.

## Passkey sign-in
passkeys-sign-in = Iniciar sesión con una llave de acceso
passkeys-login-start-again = Ese inicio de sesión tardó demasiado: vuelve a probar con la llave de acceso.
passkeys-login-refused = Esa llave de acceso no se aceptó aquí. Inténtalo de nuevo o inicia sesión con tu contraseña.
passkeys-login-unknown = Esa llave de acceso no está registrada aquí (puede que se haya quitado). Inicia sesión con tu contraseña.
