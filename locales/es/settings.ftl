# Ajustes: la página de ajustes (perfil, imagen, dirección de correo,
# contraseña, idioma, dónde tienes la sesión iniciada), los correos de
# notificaciones, tu cuenta (personas bloqueadas, descargar mis datos,
# eliminar mi cuenta) y los correos que esto envía. Los mensajes que
# empiezan por media- tratan de las imágenes subidas, se suban donde se suban.
#
# Los argumentos entre { $llaves } los rellena Quill; déjalos como están.
# { " " } es un espacio que se conserva en el borde de un mensaje: donde una
# frase se divide alrededor de un enlace u otro marcado, las piezas se unen
# sin espacio propio, así que cada pieza lleva los espacios que necesite.

## The settings page

settings-title = Ajustes
# El encabezado de la página de correos de notificaciones, y el enlace a ella.
settings-notifications-title = Correos de notificaciones
# Tras el enlace "Correos de notificaciones" en la página de ajustes: una
# frase con él ("Correos de notificaciones: elige qué…").
settings-intro-notifications-after = : elige qué notificaciones te llegan por correo y con qué frecuencia.
# El encabezado de la página de la cuenta (personas bloqueadas, exportación,
# eliminación), y el enlace a ella.
settings-account-title = Tu cuenta
# Tras el enlace "Tu cuenta" en la página de ajustes: una frase con él.
settings-intro-account-after = : personas que has bloqueado, descargar tus datos, eliminar tu cuenta.
# El enlace de vuelta desde las páginas de correos de notificaciones y de la cuenta.
settings-back = ← Ajustes
# Tras la etiqueta de un campo, en gris.
settings-optional = (opcional)
# Un botón que guarda un formulario (correos de notificaciones, idioma).
settings-save = Guardar

settings-profile-heading = Perfil
settings-display-name-label = Nombre visible
settings-display-name-hint = Se muestra en lugar de tu nombre de usuario en tus publicaciones y en tu perfil.
# $max es un número de caracteres.
settings-display-name-too-long = Tu nombre puede tener como máximo { $max } caracteres.
settings-bio-label = Biografía
# $max es el máximo de caracteres de una biografía y $count cuántos tiene esta.
settings-bio-too-long = Tu biografía puede tener como máximo { $max } caracteres (tiene { $count }).
settings-profile-save = Guardar perfil
settings-profile-saved = Tu perfil se ha guardado.

## Profile picture

settings-avatar-heading = Imagen
settings-avatar-file-label = Nueva imagen
settings-avatar-hint = JPEG, PNG, WebP o GIF. Se recorta en un cuadrado desde el centro; se eliminan los datos de ubicación y de la cámara.
settings-avatar-upload = Subir imagen
settings-avatar-remove = Quitar imagen
settings-avatar-several = Elige una sola imagen, no varias.
settings-avatar-missing = Elige una imagen para subirla.
settings-avatar-saved = Tu nueva imagen ya está puesta.
settings-avatar-removed = Se ha quitado tu imagen.

## Email address

settings-email-heading = Dirección de correo
# "Tu dirección es <la dirección en negrita>. Nunca se muestra a otras
# personas." Una frase en dos piezas alrededor de la dirección.
settings-email-current-before = Tu dirección es{ " " }
settings-email-current-after = . Nunca se muestra a otras personas.
# "Esperando a que abras el enlace que enviamos a <la nueva dirección en
# negrita>. Hasta entonces…" Una frase en dos piezas alrededor de la dirección.
settings-email-pending-before = Esperando a que abras el enlace que enviamos a{ " " }
settings-email-pending-after = . Hasta entonces, tu dirección sigue siendo la misma.
settings-email-new-label = Nueva dirección de correo
# También en el formulario de la contraseña.
settings-current-password-label = Contraseña actual
settings-email-save = Cambiar dirección de correo
settings-wrong-current-password = Esa no es tu contraseña actual.
settings-email-same = Esa ya es tu dirección.
# $address es la nueva dirección de correo.
settings-email-link-sent = Hemos enviado un enlace a { $address }. Tu dirección cambiará cuando lo abras.

## Password

settings-password-heading = Contraseña
settings-new-password-label = Contraseña nueva
settings-new-password-hint = Al menos 8 caracteres; unas cuantas palabras sin relación entre sí forman una contraseña segura. Se cerrarán tus demás sesiones.
settings-password-save = Cambiar contraseña
settings-password-same = Esa es tu contraseña actual. Elige una nueva.
settings-password-changed = Tu contraseña se ha cambiado. Se han cerrado todas las demás sesiones.

## Language

settings-language-heading = Idioma
settings-language-label = Idioma de la interfaz
# La primera opción del menú de idioma: sin ajuste, deciden los idiomas
# preferidos del navegador.
settings-language-browser = Usar el idioma del navegador
settings-language-hint = Los correos que te envía Quill también se escriben en este idioma. Si usas el idioma del navegador, los correos llegan en inglés.
settings-language-saved = Tu idioma se ha guardado.

## Where you are logged in

settings-logins-heading = Dónde tienes la sesión iniciada
# El título de la tabla de sesiones de navegador.
settings-logins-browsers = Navegadores
# Encabezados de columna de la tabla de sesiones.
settings-logins-browser = Navegador
settings-logins-logged-in = Sesión iniciada
settings-logins-last-active = Última actividad
# El encabezado de la columna de botones, solo para lectores de pantalla.
settings-logins-action = Acción
# En lugar de la descripción del navegador cuando no envió ninguna.
settings-logins-unknown-browser = Navegador desconocido
# En la fila de la sesión en la que se muestra esta página, en lugar de un botón.
settings-logins-this-browser = Este navegador
# Un botón que cierra una sesión.
settings-logins-end = Cerrar sesión
settings-logins-hint = Al cambiar tu contraseña se cierra la sesión en todos los navegadores salvo en este y se revocan todos los tokens de la API.
settings-session-ended = Se ha cerrado esa sesión.
settings-session-already-ended = Esa sesión ya había terminado.
# El título de la tabla de tokens de la API.
settings-tokens-caption = Tokens de la API
# "No hay tokens de la API. Los programas obtienen uno iniciando sesión en
# /api/users/login; cada uno aparece aquí hasta que lo revoques." Una frase
# en dos piezas alrededor de la dirección, que se mantiene tal cual.
settings-tokens-none-before = No hay tokens de la API. Los programas obtienen uno iniciando sesión en{ " " }
settings-tokens-none-after = ; cada uno aparece aquí hasta que lo revoques.
# Encabezados de columna de la tabla de tokens. "Creado por": el programa
# que pidió el token.
settings-tokens-made-by = Creado por
settings-tokens-created = Creado
settings-tokens-last-used = Último uso
settings-tokens-revoke = Revocar
settings-token-revoked = El token se ha revocado: ya no funciona.
settings-token-already-revoked = Ese token ya se había revocado.

## Notification emails

# Los tipos de notificación, cada uno con las tres opciones de abajo.
settings-notify-reply = Alguien responde a tu comentario
settings-notify-mention = Alguien te menciona (@nombre) en una publicación o un comentario
settings-notify-comment = Alguien comenta en tu publicación
settings-notify-like = A alguien le gusta tu publicación
settings-notify-follow = Alguien empieza a seguirte
# $minutes es cuánto espera Quill antes de enviar el correo.
settings-notify-instant = { $minutes ->
    [one] Enviarme un correo al cabo de { $minutes } minuto, más o menos, si no lo he visto antes
   *[other] Enviarme un correo al cabo de unos { $minutes } minutos, si no lo he visto antes
}
settings-notify-digest = Incluirlo en mi resumen
settings-notify-off = No enviarme nunca correos sobre esto
settings-digest-legend = Resumen
settings-digest-daily = Una vez al día
settings-digest-weekly = Una vez a la semana
# Solo lo ven los moderadores y los administradores.
settings-moderation-legend = Moderación
settings-report-mail = Enviarme un correo cuando se denuncie algo (con un enlace a la cola de moderación)

## Your account: blocked people

settings-blocked-heading = Personas que has bloqueado
# «Bloquear» es el nombre del botón del perfil de una persona.
settings-blocked-none = Nadie. Para bloquear a alguien, usa «Bloquear» en su perfil: ninguno de los dos verá las publicaciones ni los comentarios del otro, y esa persona ya no podrá seguirte, dar me gusta a tus publicaciones, comentarlas, responderte ni mencionarte. No se le avisa.
settings-unblock = Desbloquear

## Your account: download my data

settings-export-heading = Descargar mis datos
settings-export-intro = Un zip con tu perfil, cada publicación como archivo Markdown con sus imágenes, tus comentarios, tus me gusta, a quién sigues y tus ajustes de notificaciones. Lo preparamos en segundo plano y te enviamos por correo un enlace de un solo uso, válido durante 24 horas.
settings-export-button = Descargar mis datos
settings-export-started = Estamos reuniendo tus datos. Recibirás un correo con un enlace para descargarlos, normalmente en pocos minutos.
settings-export-waiting = Ya estamos reuniendo tus datos. El enlace te llegará por correo.
settings-export-too-many-title = Demasiadas exportaciones hoy
# $count es cuántas exportaciones al día se permiten; $time es una fecha y
# hora como "5 dic 2026 12:00 UTC"; $hours es cuántas horas faltan.
settings-export-too-many =
    Puedes pedir tus datos { $count } veces al día, y ya lo has hecho. Podrás volver a pedirlos después del { $time } (dentro de { $hours ->
        [one] una hora, aproximadamente
       *[other] unas { $hours } horas
    }).
settings-export-used-title = Este enlace ya se ha usado
settings-export-used = Tus datos ya se descargaron con este enlace, y cada enlace funciona una sola vez. Para volver a descargarlos, pide una nueva exportación en los ajustes de tu cuenta.
settings-export-expired-title = Este enlace ha caducado
settings-export-expired = Los enlaces a tus datos funcionan durante 24 horas, y una exportación más reciente sustituye a los enlaces de las anteriores. Pide una nueva exportación en los ajustes de tu cuenta.
# El correo con el enlace. $size es el tamaño del archivo, como "1.5 MB".
settings-export-mail-subject = Tus datos de Quill están listos
settings-export-mail-ready = El archivo de tu cuenta de Quill está listo ({ $size }): tu perfil, tus publicaciones en Markdown con sus imágenes, tus comentarios, tus me gusta, a quién sigues y tus ajustes de notificaciones.
# $time es una fecha y hora como "5 dic 2026 12:00 UTC"; $username es el
# nombre de usuario de la cuenta.
settings-export-mail-rules = El enlace funciona una sola vez, hasta el { $time }, y solo mientras tengas la sesión iniciada como { $username }. Si no lo has pedido tú, cambia tu contraseña: puede que otra persona haya iniciado sesión en tu cuenta.
settings-export-mail-link = Descargar mis datos
# README.txt del zip descargado, un archivo de texto plano: qué contiene cada
# archivo. Los nombres de archivo de la izquierda y las palabras entre
# `comillas invertidas` son nombres que aparecen en los archivos: se mantienen.
settings-export-readme =
    Tus datos de Quill
    ==================

    profile.json                Tu perfil: nombre de usuario, nombre visible,
                                biografía, dirección de correo, cuándo te uniste
                                y el archivo de tu avatar.
    avatar.*                    Tu imagen de avatar, si tienes una.
    posts/<id>-<title>.md       Cada una de tus publicaciones (también los
                                borradores y las programadas), en Markdown tal
                                como la escribiste, tras una cabecera (YAML front
                                matter entre dos líneas ---) con su título,
                                descripción, etiquetas, si es borrador o no, y
                                fechas (RFC 3339, UTC). Sus campos `cover` y
                                `pictures` nombran los archivos de la carpeta de
                                la publicación; `shown_as` es la dirección que
                                usa el texto para cada imagen.
    posts/<id>/                 Las imágenes de esa publicación: su imagen de
                                portada y las imágenes de su texto, tal como se
                                guardan en Quill.
    comments.json               Tus comentarios: id, el id de la publicación, el
                                comentario al que responde (parent_id), su texto
                                en Markdown, y cuándo se escribió y se editó por
                                última vez. Los eliminados no se incluyen.
    likes.json                  Las publicaciones a las que diste me gusta: id,
                                título, autor, cuándo.
    follows.json                Las personas a las que sigues y las que te
                                siguen, por nombre de usuario, con la fecha.
    notification_settings.json  Cómo te llega por correo cada tipo de
                                notificación (instant, digest u off) y con qué
                                frecuencia llega el resumen.

    Todos los archivos JSON están en UTF-8. Las horas están en RFC 3339, en UTC.

## Your account: deleting it

settings-delete-heading = Eliminar mi cuenta
settings-delete-intro = Tu perfil, tus publicaciones y tus comentarios desaparecen al momento y se cierra tu sesión en todas partes. Catorce días después, la cuenta se borra definitivamente con todo lo que contiene; hasta entonces, puedes conservarla iniciando sesión. Te enviaremos la fecha por correo.
settings-delete-password-label = Tu contraseña
settings-delete-button = Eliminar mi cuenta
settings-delete-wrong-password = Esa no es tu contraseña; tu cuenta no ha cambiado.
settings-delete-admin = Como administrador, no puedes eliminar tu propia cuenta: primero pide a otro administrador que te convierta en miembro normal.
# $date es un día como "5 dic 2026".
settings-deleted = Tu cuenta se ha eliminado y se borrará definitivamente el { $date }. Inicia sesión antes de esa fecha para conservarla.
# Tras elegir «Conservar mi cuenta» en la página de inicio de sesión.
settings-restore-expired = Este enlace es demasiado antiguo: vuelve a iniciar sesión para conservar tu cuenta.
settings-restore-not-leaving = Esta cuenta no está pendiente de borrarse.
settings-restored = Hola de nuevo: tu cuenta, tus publicaciones y tus comentarios están como los dejaste.
# El correo tras eliminar una cuenta. $date es un día como "5 dic 2026".
settings-leaving-mail-subject = Tu cuenta de Quill se borrará definitivamente el { $date }
settings-leaving-mail-deleted = Has eliminado tu cuenta de Quill. Ahora está oculta y el { $date } se borrará definitivamente junto con tus publicaciones, comentarios, me gusta, seguimientos e imágenes.
# «Conservar mi cuenta» es el nombre del botón de la página de inicio de sesión.
settings-leaving-mail-changed-mind = ¿Has cambiado de opinión? Inicia sesión antes de esa fecha y elige «Conservar mi cuenta».
# «Descargar mis datos» es el nombre del botón de los ajustes de la cuenta
# (settings-export-button).
settings-leaving-mail-copy-first = ¿Quieres antes una copia de lo que has escrito? Conserva la cuenta, usa «Descargar mis datos» en los ajustes de tu cuenta y luego vuelve a eliminarla.
settings-leaving-mail-link = Iniciar sesión para conservar tu cuenta

## Mail about changing the email address

# El enlace de los correos de abajo que van al titular de la cuenta.
settings-mail-reset-link = Restablecer mi contraseña
# A la nueva dirección, pidiendo que se confirme. $address es la nueva
# dirección y $username el nombre de usuario de la cuenta.
settings-email-confirm-mail-subject = Confirma tu nueva dirección de correo en Quill
settings-email-confirm-mail-ask = Confirma que { $address } debe pasar a ser la dirección de correo de la cuenta de Quill { $username }.
settings-email-confirm-mail-expires = El enlace funciona una sola vez y caduca en 48 horas. Si no lo has pedido tú, ignora este mensaje: no cambiará nada.
settings-email-confirm-mail-link = Confirmar mi nueva dirección
# A la dirección actual, avisando de que se ha pedido un cambio. $address
# es la nueva dirección.
settings-email-change-mail-subject = Tu dirección de correo de Quill va a cambiar
settings-email-change-mail-told = Alguien con la sesión iniciada en tu cuenta de Quill ha pedido cambiar su dirección de correo a { $address }. Solo cambiará cuando se abra el enlace enviado a esa dirección.
settings-email-change-mail-if-not = Si fuiste tú, no tienes que hacer nada. Si no, restablece tu contraseña ahora: así se cerrará la sesión de cualquier otra persona.
# A una dirección que ya pertenece a otra cuenta, cuando alguien pidió
# trasladar su cuenta a ella.
settings-email-taken-mail-subject = Alguien ha intentado usar tu dirección de correo en Quill
# Sustituye al nombre del saludo (mail-hello: "Hola, { $name }:"), y
# produce "Hola, titular de la cuenta:".
settings-email-taken-mail-name = titular de la cuenta
settings-email-taken-mail-tried = Alguien ha pedido trasladar otra cuenta de Quill a esta dirección de correo. Esta dirección ya pertenece a una cuenta de aquí, así que no ha cambiado nada.
settings-email-taken-mail-lost = Si has perdido el acceso a tu propia cuenta, puedes restablecer su contraseña.

## Uploaded pictures (avatars and posts' pictures)

media-form-unreadable = No se ha podido leer el formulario. Vuelve a enviarlo.
media-empty = Ese archivo está vacío.
media-not-an-image = Ese archivo no es una imagen que Quill acepte. Sube una imagen JPEG, PNG, WebP o GIF.
# $width y $height son el tamaño de la imagen en píxeles; $max es un número
# de megapíxeles (millones de píxeles).
media-too-many-pixels = Esa imagen es demasiado grande: { $width } × { $height } píxeles. Sube una de { $max } megapíxeles como máximo.
media-unreadable = Esa imagen está dañada o incompleta y no se puede leer. Prueba a guardarla de nuevo.
# $max es un número de fotogramas (las imágenes de una animación).
media-too-many-frames = Ese GIF tiene demasiados fotogramas (más de { $max }). Sube una imagen fija.
# Lo que ocupan las imágenes de una cuenta, en las páginas de administración:
# "3 imágenes, 1.2 MB de 500 MB (0 %)". $used y $quota son tamaños como
# "1.2 MB"; $percent es un número entero.
media-usage = { $count ->
    [one] { $count } imagen, { $used } de { $quota } ({ $percent } %)
   *[other] { $count } imágenes, { $used } de { $quota } ({ $percent } %)
}
media-usage-no-quota = { $count ->
    [one] { $count } imagen, { $used } (sin cuota)
   *[other] { $count } imágenes, { $used } (sin cuota)
}

# /settings/security: the second factor; and the notice mails about it.
# $date is a date as the page writes dates; $left a whole number.
security-title = Seguridad del inicio de sesión
settings-intro-security-after = : un segundo factor con una aplicación de autenticación y códigos de recuperación.
security-second-factor-heading = Segundo factor
security-second-factor-intro = Con un segundo factor, iniciar sesión con la contraseña también pide un código de una aplicación de autenticación en tu teléfono, así que una contraseña robada no basta.
security-codes-once = Tus códigos de recuperación. Cada uno sirve una vez, en lugar de un código de la aplicación. Guárdalos en un lugar seguro: solo se muestran ahora.
security-on-since = Activo desde el { $date }.
security-codes-left = { $left ->
    [one] Queda un código de recuperación.
   *[other] Quedan { $left } códigos de recuperación.
}
security-renew-codes = Nuevos códigos de recuperación
security-turn-off = Desactivar
security-set-up = Configurar una aplicación de autenticación
security-scan = Escanea este código con tu aplicación de autenticación.
security-qr-label = Código QR para escanear con una aplicación de autenticación
security-or-type = O escribe en ella esta clave:
security-code-label = El código que muestra la aplicación
security-turn-on = Activar
security-setup-again = Empieza la configuración de nuevo.
security-code-wrong = Ese código no coincide. Revisa la hora de tu teléfono y escribe el código que muestra ahora la aplicación.
security-off-done = El segundo factor está desactivado.
security-mail-on-subject = Se activó un segundo factor en tu cuenta de Quill
security-mail-on-what = Iniciar sesión en tu cuenta de Quill ahora pide, además de la contraseña, un código de una aplicación de autenticación.
security-mail-off-subject = Se desactivó el segundo factor de tu cuenta de Quill
security-mail-off-what = Iniciar sesión en tu cuenta de Quill ya no pide un código de una aplicación de autenticación.
security-mail-code-used-subject = Se usó un código de recuperación en tu cuenta de Quill
security-mail-code-used-what = Alguien inició sesión en tu cuenta de Quill con un código de recuperación. { $left ->
    [one] Queda un código.
   *[other] Quedan { $left } códigos.
}
security-mail-renewed-subject = Nuevos códigos de recuperación para tu cuenta de Quill
security-mail-renewed-what = Se crearon nuevos códigos de recuperación para tu cuenta de Quill; los anteriores ya no funcionan.
security-mail-if-not = Si fuiste tú, no hay nada que hacer. Si no, cambia tu contraseña y revisa ahora tu configuración de inicio de sesión.
security-mail-link = Seguridad del inicio de sesión
security-token-heading = Tokens de la API
security-token-intro = Un programa (un script, una aplicación) accede a la API con un token. Crea uno aquí; aparece con tus otros inicios de sesión en la configuración, donde puedes revocarlo.
security-token-label = Para qué es
security-token-make = Crear un token
security-token-once = Tu nuevo token. Cópialo ahora: solo se muestra una vez.
security-token-default-label = Creado en la configuración
security-mail-reset-subject = Un administrador restableció el segundo factor de tu cuenta de Quill
security-mail-reset-what = Un administrador de este sitio de Quill desactivó el segundo factor de tu cuenta, como se pidió tras perder el teléfono y los códigos de recuperación. Inicia sesión con tu contraseña y vuelve a configurarlo en la seguridad del inicio de sesión.
security-staff-must = Este sitio pide un segundo factor a moderadores y administradores: configura uno para entrar en las páginas de administración.

## Passkeys (settings/security)
passkeys-heading = Llaves de acceso
passkeys-intro = Una llave de acceso te permite iniciar sesión con el bloqueo de pantalla de tu dispositivo (huella, rostro o PIN) en lugar de una contraseña. Solo funciona en este sitio, así que nadie puede robártela con phishing, y por sí sola cuenta como los dos factores.
passkeys-none = Todavía no tienes llaves de acceso.
passkeys-added-on = Añadida el { $date }
passkeys-last-used = último uso: { $date }
passkeys-never-used = nunca usada
passkeys-rename-label = Nuevo nombre para esta llave de acceso
passkeys-rename = Cambiar nombre
passkeys-remove = Quitar
passkeys-remove-named = Quitar la llave de acceso { $name }
passkeys-name-label = Nombre (para distinguir tus llaves de acceso)
passkeys-name-placeholder = por ejemplo, Portátil del trabajo
passkeys-password-why = Iniciaste sesión hace un rato: escribe tu contraseña para añadir una llave de acceso.
passkeys-add = Añadir una llave de acceso
passkeys-needs-browser = Para añadir una llave de acceso necesitas un navegador compatible con ellas y con JavaScript activado.
passkeys-unavailable = Las llaves de acceso están desactivadas en este sitio: su dirección (QUILL_BASE_URL) es una dirección IP, y los navegadores rechazan las llaves de acceso para esas direcciones.
passkeys-default-name = Llave de acceso { $number }
passkeys-added = Se añadió la llave de acceso «{ $name }». Ya puedes iniciar sesión con ella.
passkeys-renamed = La llave de acceso ahora se llama «{ $name }».
passkeys-removed = Se quitó la llave de acceso «{ $name }».
passkeys-start-again = Tardó demasiado, o se empezó en otra pestaña: vuelve a añadir la llave de acceso.
passkeys-refused = No se aceptó la respuesta de tu navegador (era para otro sitio o caducó). Inténtalo de nuevo.
passkeys-duplicate = Esa llave de acceso ya está registrada aquí.
passkeys-name-empty = Ponle un nombre a la llave de acceso.
passkeys-mail-added-subject = Se añadió una llave de acceso a tu cuenta de Quill
passkeys-mail-added-what = Se añadió a tu cuenta de Quill una llave de acceso llamada «{ $name }». Con ella se puede iniciar sesión sin tu contraseña.
passkeys-mail-removed-subject = Se quitó una llave de acceso de tu cuenta de Quill
passkeys-mail-removed-what = Se quitó de tu cuenta de Quill la llave de acceso llamada «{ $name }», que ya no sirve para iniciar sesión.
