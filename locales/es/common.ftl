# Interfaz de Quill: las partes que comparten todas las páginas (cabecera,
# pie, fechas, paginación, páginas de error).
#
# Los argumentos entre { $llaves } los rellena Quill; déjalos como están.
# Los plurales usan las categorías del idioma (zero, one, two, few, many,
# other): ver https://projectfluent.org/fluent/guide/selectors.html

## The page around everything

site-description = Quill: publicaciones, personas y conversaciones en un blog autoalojado.
skip-to-content = Saltar al contenido
nav-label = Principal
nav-latest = Recientes
nav-following = Siguiendo
nav-notifications = Notificaciones
# La insignia del enlace de notificaciones, leída por lectores de pantalla.
nav-unread = { $count } sin leer
nav-write = Escribir
nav-settings = Ajustes
nav-log-out = Cerrar sesión
nav-log-in = Iniciar sesión
nav-sign-up = Registrarse
nav-search-label = Buscar publicaciones
nav-search-placeholder = Buscar
footer-tagline = Quill: un lugar autoalojado para escribir.
footer-latest = Publicaciones recientes
footer-language = Idioma
footer-language-choose = Cambiar

## Paging through lists

paging-label = Páginas
paging-newer = ← Más recientes
paging-older = Más antiguos →
paging-page = Página { $page }

## Dates and times
# $day, $monthnum y $year son números; $month es el nombre corto del mes
# (abajo).

date = { $day } { $month } { $year }
# $date se escribe como arriba, $time en formato de 24 horas HH:MM.
datetime = { $date } { $time } UTC
month-1 = ene
month-2 = feb
month-3 = mar
month-4 = abr
month-5 = may
month-6 = jun
month-7 = jul
month-8 = ago
month-9 = sept
month-10 = oct
month-11 = nov
month-12 = dic
ago-now = ahora mismo
ago-minutes = { $count ->
    [one] hace { $count } minuto
   *[other] hace { $count } minutos
}
ago-hours = { $count ->
    [one] hace { $count } hora
   *[other] hace { $count } horas
}
ago-days = { $count ->
    [one] hace { $count } día
   *[other] hace { $count } días
}

## Error pages

error-home-link = Ir a las publicaciones recientes
error-not-found-title = No encontrado
error-not-found = No hay nada en esta dirección. Puede que se haya eliminado o que el enlace esté mal escrito.
error-forbidden-title = No permitido
error-unprocessable-title = No ha funcionado
error-too-many-title = Demasiados intentos
error-too-many = { $minutes ->
    [one] Ha habido demasiados intentos desde aquí en poco tiempo. Espera un minuto y vuelve a intentarlo.
   *[other] Ha habido demasiados intentos desde aquí en poco tiempo. Espera { $minutes } minutos y vuelve a intentarlo.
}
error-too-large-title = Demasiado grande
error-too-large = Lo que has enviado supera el tamaño que acepta este sitio. Prueba con algo más pequeño.
error-timeout-title = Demasiado lento
error-timeout = La solicitud tardó demasiado en llegar y el servidor dejó de esperarla. Vuelve a enviarla.
error-quota-title = No caben más imágenes
# $used y $quota son tamaños como "900 KB" o "1.5 MB".
error-quota = Esta imagen no cabe: has usado { $used } de tus { $quota } para imágenes. Elimina imágenes de algunas publicaciones o pide más espacio a un administrador.
error-internal-title = Algo ha salido mal
error-internal = El servidor no pudo completar esta solicitud. No se ha perdido nada de lo que enviaste; vuelve a intentarlo en un momento.
error-form-expired-title = Este formulario ha caducado
error-form-expired = El formulario era demasiado antiguo o no procedía de este sitio. Vuelve atrás, recarga la página y inténtalo de nuevo.
error-cut-off = La solicitud se interrumpió o fue demasiado lenta. Vuelve a enviarla.
error-form-unreadable = No se ha podido leer el formulario. Recarga la página y vuelve a intentarlo.
role-admins-only = Solo un administrador puede actuar sobre la cuenta, las publicaciones o los comentarios de otro administrador.

## Words the page's script writes (static/app.js)
# Los marcadores del estilo { $name } los rellena el script.

js-just-now = ahora mismo
# $offset es algo como "+02:00".
js-local-time = Tu hora local (UTC{ $offset }). Déjalo vacío para publicar ahora o guardar un borrador; si la hora ya ha pasado, se publica al momento.
js-add-picture = Añadir imagen
# $name es el nombre del archivo, o js-the-picture si no tiene.
js-adding-picture = Añadiendo { $name }…
js-the-picture = la imagen
js-picture-added = Añadida. Descríbela entre los corchetes para quienes no pueden verla.
# $reason es uno de los tres mensajes de abajo.
js-picture-failed = No se ha añadido la imagen: { $reason }.
js-picture-too-large = es demasiado grande
js-picture-too-many = demasiadas subidas en esta hora
js-picture-unusable = no se ha podido usar
js-add-comment = Añadir un comentario
js-comment = Comentar
js-your-reply = Tu respuesta
js-reply = Responder
js-cancel = Cancelar
# $name es el nombre visible del autor del comentario.
js-replying-to = Respondiendo a { $name }
js-mention-menu = Personas para mencionar
# La etiqueta de la insignia de no leídas, actualizada en directo. El script
# usa siempre la forma *[other], así que debe valer para cualquier número.
js-unread = { $count } sin leer
# Passkey ceremonies in the browser (static/passkeys.js).
js-passkey-failed = La llave de acceso no funcionó. Inténtalo de nuevo o usa tu contraseña.
js-passkey-cancelled = Se canceló, o no se eligió ninguna llave de acceso para este sitio.
js-passkey-already = Este dispositivo ya tiene una llave de acceso para tu cuenta.
js-passkey-too-many = Demasiados intentos: espera un rato y vuelve a intentarlo.
