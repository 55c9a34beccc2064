# Notificaciones: alguien te ha seguido, ha dado me gusta a tu publicación o
# la ha comentado, ha respondido a tu comentario o te ha mencionado. Se
# muestran en la página de notificaciones, como un pequeño aviso en las
# páginas abiertas, y se envían por correo (una a una, o reunidas en un
# resumen diario o semanal).
#
# Los argumentos entre { $llaves } los rellena Quill; déjalos como están.
# $who son siempre nombres de personas: un nombre visible ("Ana") o varios
# unidos con notifications-who-two o -many. $title es el título de una
# publicación tal como lo escribió su autor. "Quill" es el nombre del
# programa: no se traduce. Algunas frases llevan un enlace en medio: se
# dividen en piezas (…-before, el texto del enlace, …-after) que se unen con
# un espacio antes del enlace. Una pieza sin nada que decir se escribe { "" }.

## The notifications page (/notifications)

notifications-title = Notificaciones
notifications-mark-all-read = Marcar todas como leídas
# Un botón pequeño junto a una notificación sin leer.
notifications-mark-read = Marcar como leída
# Lo leen los lectores de pantalla antes de una notificación sin leer.
notifications-unread = Sin leer:
notifications-empty = Aún no hay nada. Cuando alguien te siga, dé me gusta a tus publicaciones o las comente, te responda o te mencione, aparecerá aquí.
# Tras "Marcar todas como leídas".
notifications-all-read = Estás al día.
# El texto del enlace cuando una publicación no tiene título que mostrar.
notifications-a-post = una publicación

## Who did it
# Varias personas que hicieron lo mismo (dar me gusta a la misma
# publicación, por ejemplo) se muestran como una sola notificación. $first
# y $second son nombres; $others es cuántas personas más hay (al menos 1).

notifications-who-two = { $first } y { $second }
notifications-who-many = { $others ->
    [one] { $first }, { $second } y { $others } persona más
   *[other] { $first }, { $second } y { $others } personas más
}

## One notification on the page
# Cada una es una frase alrededor de dos enlaces: los nombres ($who, un
# enlace) y el título de la publicación (un enlace):
#   …-before [Ana y Ben] …-verb [Título] …-after
# p. ej. "Ana y Ben dieron me gusta a Mi primera publicación". Un
# seguimiento no tiene título:
#   …-before [Ana] …-verb
# $count es cuántas personas representan los nombres (para la concordancia
# del verbo).

notifications-follow-before = { "" }
notifications-follow-verb = { $count ->
    [one] empezó a seguirte
   *[other] empezaron a seguirte
}
notifications-like-before = { "" }
notifications-like-verb = { $count ->
    [one] dio me gusta a
   *[other] dieron me gusta a
}
notifications-like-after = { "" }
notifications-comment-before = { "" }
notifications-comment-verb = { $count ->
    [one] comentó en
   *[other] comentaron en
}
notifications-comment-after = { "" }
notifications-reply-before = { "" }
notifications-reply-verb = { $count ->
    [one] respondió a tu comentario en
   *[other] respondieron a tu comentario en
}
notifications-reply-after = { "" }
# Mencionado con @ en un comentario de una publicación.
notifications-mention-comment-before = { "" }
notifications-mention-comment-verb = { $count ->
    [one] te mencionó en un comentario en
   *[other] te mencionaron en un comentario en
}
notifications-mention-comment-after = { "" }
# Mencionado con @ en la propia publicación.
notifications-mention-before = { "" }
notifications-mention-verb = { $count ->
    [one] te mencionó en
   *[other] te mencionaron en
}
notifications-mention-after = { "" }

## One notification as one line of text
# En el aviso de las páginas abiertas, para lectores de pantalla, y en el
# correo enviado al momento (es su asunto cuando solo hay una). $who es el
# nombre de una persona. $excerpt es el comienzo del comentario, tal como
# lo escribió su autor.

# Sustituye a $title cuando no se conoce el título de la publicación.
notifications-your-post = tu publicación
notifications-text-follow = { $who } empezó a seguirte
notifications-text-like = { $who } dio me gusta a «{ $title }»
notifications-text-comment = { $who } comentó en «{ $title }»: { $excerpt }
notifications-text-reply = { $who } respondió a tu comentario en «{ $title }»: { $excerpt }
notifications-text-mention-comment = { $who } te mencionó en un comentario en «{ $title }»: { $excerpt }
notifications-text-mention = { $who } te mencionó en «{ $title }»
# La respuesta de la dirección de notificaciones en directo a quien no ha
# iniciado sesión (rara vez se ve).
notifications-stream-log-in = Inicia sesión para recibir notificaciones.

## One line of the digest
# Como en la página: $who puede ser varias personas ("Ana, Ben y 3
# personas más"), $count cuántas.

notifications-line-follow = { $count ->
    [one] { $who } empezó a seguirte
   *[other] { $who } empezaron a seguirte
}
notifications-line-like = { $count ->
    [one] { $who } dio me gusta a «{ $title }»
   *[other] { $who } dieron me gusta a «{ $title }»
}
notifications-line-comment = { $count ->
    [one] { $who } comentó en «{ $title }»
   *[other] { $who } comentaron en «{ $title }»
}
notifications-line-reply = { $count ->
    [one] { $who } respondió a tu comentario en «{ $title }»
   *[other] { $who } respondieron a tu comentario en «{ $title }»
}
notifications-line-mention-comment = { $count ->
    [one] { $who } te mencionó en un comentario en «{ $title }»
   *[other] { $who } te mencionaron en un comentario en «{ $title }»
}
notifications-line-mention = { $count ->
    [one] { $who } te mencionó en «{ $title }»
   *[other] { $who } te mencionaron en «{ $title }»
}

## Mail sent at once
# Para los tipos de notificación que alguien quiere recibir "al momento";
# reúne todo lo que llegó en los pocos minutos previos al envío.

# El asunto cuando hay varias notificaciones (con una, el asunto es la
# línea de esa notificación, arriba).
notifications-mail-subject = { $count ->
    [one] { $count } notificación nueva en Quill
   *[other] { $count } notificaciones nuevas en Quill
}
# Una frase alrededor de un enlace en la palabra "Quill" (al sitio):
# "Esto es lo que ha pasado en [Quill] y que aún no has visto:"
notifications-mail-intro-before = Esto es lo que ha pasado en
notifications-mail-intro-after = y que aún no has visto:
# La misma frase en la versión de texto plano; $site es la dirección del sitio.
notifications-mail-intro-text = Esto es lo que ha pasado en Quill ({ $site }) y que aún no has visto:
notifications-mail-why = Recibes este correo porque tus ajustes de notificaciones piden que te avisemos de esto al momento.
# Enlaces al final de los correos de notificación y de los resúmenes.
notifications-mail-settings-link = Cambiar tus ajustes
notifications-mail-stop-link = Dejar de recibir correos de notificaciones
# Lo mismo en la versión de texto plano: a cada uno le siguen un espacio y
# una dirección.
notifications-mail-settings-label = Cambiar tus ajustes:
notifications-mail-stop-label = Dejar de recibir correos de notificaciones:

## The digest

# $frequency en los mensajes de abajo (concuerda con "resumen").
notifications-frequency-daily = diario
notifications-frequency-weekly = semanal
# El asunto del resumen: "Tu resumen diario de Quill: 5 novedades". $count
# es cuántas notificaciones contiene.
notifications-digest-subject = { $count ->
    [one] Tu resumen { $frequency } de Quill: { $count } novedad
   *[other] Tu resumen { $frequency } de Quill: { $count } novedades
}
# Una frase alrededor de un enlace en la palabra "Quill" (al sitio), sin
# espacio tras el enlace:
# "Tu resumen diario de [Quill]: lo que aún no has visto."
notifications-digest-intro-before = Tu resumen { $frequency } de
notifications-digest-intro-after = : lo que aún no has visto.
# La misma frase en la versión de texto plano; $site es la dirección del sitio.
notifications-digest-intro-text = Tu resumen { $frequency } de Quill ({ $site }): lo que aún no has visto.
# "…piden uno diario" significa "piden un resumen diario".
notifications-digest-why = Recibes este resumen porque tus ajustes de notificaciones piden uno { $frequency }.

## Notification mail settings (/settings/notifications)

notifications-prefs-saved = Tus correos de notificaciones están configurados.
# Para cada tipo las opciones son: al momento, en el resumen, nunca.
notifications-prefs-delivery-invalid = Elige para cada tipo: al momento, en el resumen o nunca.
notifications-prefs-frequency-invalid = Elige un resumen diario o semanal.

## The unsubscribe page (the link at the bottom of every notification mail)

notifications-unsubscribe-title = Correos de notificaciones
notifications-unsubscribe-ask = ¿Quieres dejar de recibir todos los correos de notificaciones (comentarios, respuestas, menciones, me gusta, seguidores y resúmenes) de esta cuenta? Los correos sobre la cuenta y la seguridad te seguirán llegando.
notifications-unsubscribe-button = Dejar de recibir correos de notificaciones
notifications-unsubscribe-done = Hecho: ya no recibirás más correos de notificaciones. Los correos sobre la cuenta y la seguridad (restablecimiento de contraseña, cambios de dirección) te seguirán llegando.
# Un botón que restaura los ajustes de antes de darse de baja.
notifications-unsubscribe-undo = Deshacer: volver a recibir correos como antes
# Una frase: "¿Has cambiado de opinión? [Inicia sesión] para volver a
# activarlos en tus ajustes de notificaciones."
notifications-unsubscribe-log-in-before = ¿Has cambiado de opinión?
notifications-unsubscribe-log-in-link = Inicia sesión
notifications-unsubscribe-log-in-after = para volver a activarlos en tus ajustes de notificaciones.
# Una frase, sin espacio tras el enlace: "¿Has iniciado sesión? Elige tipo
# por tipo en [tus ajustes de notificaciones]."
notifications-unsubscribe-settings-before = ¿Has iniciado sesión? Elige tipo por tipo en
notifications-unsubscribe-settings-link = tus ajustes de notificaciones
notifications-unsubscribe-settings-after = .
notifications-unsubscribe-invalid = Este enlace para darse de baja no es válido. Cambia tus correos de notificaciones desde tus ajustes.
# Tras el botón de deshacer en una página antigua de baja: se abre la
# página de ajustes.
notifications-unsubscribe-choose-here = Elige aquí qué correos de notificaciones quieres recibir.
