# Moderación: la página donde cualquiera denuncia una publicación, un
# comentario o un perfil, y los correos que reciben el equipo y los autores
# sobre denuncias y retiradas.
#
# Los argumentos entre { $llaves } los rellena Quill; déjalos como están.
# $kind es lo que se denuncia: post, comment o user (un perfil). { " " } es
# un espacio que se conserva en el borde de un mensaje: donde una frase se
# divide alrededor de un enlace u otro marcado, las piezas se unen sin
# espacio propio.

## Reporting something

# Título y encabezado de la página.
moderation-report-title = { $kind ->
    [post] Denunciar una publicación
    [comment] Denunciar un comentario
   *[user] Denunciar un perfil
}
# "El perfil de @name" (@name es un enlace). Una frase en dos piezas
# alrededor del enlace; la segunda está vacía.
moderation-report-profile-before = El perfil de{ " " }
moderation-report-profile-after = { "" }
# "Denunciaste esto el 5 dic 2026. Un moderador lo revisará; …" Una frase
# en dos piezas alrededor de la fecha.
moderation-report-already-before = Denunciaste esto el{ " " }
moderation-report-already-after = . Un moderador lo revisará; no tienes que hacer nada más.
moderation-report-back = ← Volver
moderation-report-intro = Las denuncias llegan a los moderadores del sitio, no a la persona denunciada. Cada persona puede denunciar un mismo elemento una sola vez.
moderation-report-reason-legend = ¿Cuál es el problema?
moderation-report-details-label = Detalles
# Tras "Detalles", en gris. «Otro motivo» es el último motivo (moderation-reason-other).
moderation-report-details-optional = (opcional; obligatorio para «Otro motivo»)
# $max es un número de caracteres.
moderation-report-details-hint = Como máximo { $max } caracteres. Los enlaces o el contexto ayudan a los moderadores a decidir.
moderation-report-send = Enviar denuncia
moderation-report-cancel = Cancelar
moderation-report-thanks = Gracias. Un moderador lo revisará.
moderation-report-repeat = Ya lo habías denunciado; un moderador lo revisará.

## Why something is reported: the form's choices

moderation-reason-spam = Spam
moderation-reason-harassment = Acoso
moderation-reason-illegal = Contenido ilegal
moderation-reason-other = Otro motivo
# Lo mismo dentro de una frase, como lo usa moderation-report-mail-what:
# "Alguien ha denunciado una publicación (spam)."
moderation-reason-spam-inline = spam
moderation-reason-harassment-inline = acoso
moderation-reason-illegal-inline = contenido ilegal
moderation-reason-other-inline = otro motivo

## What is wrong with a report that is sent

# "kind" y "target" son los nombres de los campos del formulario; se mantienen.
moderation-report-kind-missing = Elige qué quieres denunciar: una publicación, un comentario o un perfil (kind = post, comment o user).
moderation-report-target-missing = { $kind ->
    [post] Indica qué publicación denuncias (target).
    [comment] Indica qué comentario denuncias (target).
   *[user] Indica qué perfil denuncias (target).
}
moderation-report-own = { $kind ->
    [post] No puedes denunciar tu propia publicación.
    [comment] No puedes denunciar tu propio comentario.
   *[user] No puedes denunciar tu propio perfil.
}
moderation-report-reason-missing = Elige un motivo: spam, acoso, contenido ilegal u otro motivo.
moderation-report-details-missing = Explica en pocas palabras cuál es el problema.
# $max es el máximo de caracteres de los detalles y $count cuántos tienen estos.
moderation-report-details-too-long = Los detalles deben tener menos de { $max } caracteres (estos tienen { $count }).

## Mail to staff about a new report

moderation-report-mail-subject = Nueva denuncia en Quill
# $reason es uno de los mensajes moderation-reason-…-inline de arriba.
moderation-report-mail-what = { $kind ->
    [post] Alguien ha denunciado una publicación ({ $reason }). Está esperando en la cola de moderación.
    [comment] Alguien ha denunciado un comentario ({ $reason }). Está esperando en la cola de moderación.
    [user] Alguien ha denunciado un perfil ({ $reason }). Está esperando en la cola de moderación.
   *[other] Alguien ha denunciado un elemento ({ $reason }). Está esperando en la cola de moderación.
}
moderation-report-mail-why = Recibes este correo porque lo pediste; puedes desactivarlo en tus ajustes de notificaciones.
moderation-report-mail-link = Abrir la cola de moderación

## Mail to an author whose post or comment staff removed

# Aquí $kind es post o comment.
moderation-removed-mail-subject = { $kind ->
    [comment] Se ha retirado tu comentario en Quill
   *[post] Se ha retirado tu publicación en Quill
}
# $label es el título de la publicación o las primeras palabras del comentario.
moderation-removed-mail-what = { $kind ->
    [comment] Los moderadores del sitio han retirado tu comentario «{ $label }».
   *[post] Los moderadores del sitio han retirado tu publicación «{ $label }».
}
moderation-removed-mail-no-reason = No se ha indicado ningún motivo.
# $reason es lo que escribió el moderador, con sus palabras.
moderation-removed-mail-reason = Motivo indicado: { $reason }
moderation-removed-mail-mistake = Si crees que ha sido un error, responde a este correo.
moderation-removed-mail-link = Tu perfil
