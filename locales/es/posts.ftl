# Publicaciones: escribir, borradores y programación, la página de una
# publicación con sus comentarios, las listas de publicaciones; y los feeds
# (recientes, personas que sigues, una etiqueta y los feeds Atom).
#
# Los argumentos entre { $llaves } los rellena Quill; déjalos como están.
# Cuando una frase lleva un enlace u otro marcado, se divide en varios
# mensajes (…-before, el texto del enlace, …-after); un comentario indica
# cuáles forman una frase. Quill pone un espacio entre las piezas, salvo
# antes de un …-after que empieza por punto.

## Words used in several places

# Una publicación o un borrador que aún no tiene título, en las listas.
posts-untitled = (sin título)
posts-edit = Editar
posts-delete = Eliminar
posts-cancel = Cancelar
# Enlace para denunciar una publicación o un comentario a los moderadores.
posts-report = Denunciar
# Tiempo estimado de lectura; $minutes es un número entero, al menos 1.
posts-reading-time = { $minutes } min de lectura
posts-likes = { $count ->
    [one] { $count } me gusta
   *[other] { $count } me gusta
}
# En las listas de publicaciones y como encabezado de los comentarios.
posts-comments = { $count ->
    [one] { $count } comentario
   *[other] { $count } comentarios
}
# Una hora tal como la eligió quien escribe al programar una publicación:
# $date es una fecha como en common.ftl ("24 dic 2026"), $time es HH:MM
# en 24 horas y $zone el desfase del reloj, como "UTC+01:00".
posts-local-time = { $date } { $time } ({ $zone })

## The write and edit page

posts-form-title-new = Escribir una publicación
posts-form-title-edit = Editar publicación
posts-form-title-edit-draft = Editar borrador
posts-preview-heading = Vista previa
# La vista previa de una publicación cuyo título aún está vacío.
posts-preview-untitled = (aún sin título)
# Bajo la vista previa de una publicación ya publicada que se está editando.
posts-preview-hint-published = Aún no se ha guardado: edita abajo y luego guarda.
# Bajo la vista previa de una publicación nueva o de un borrador.
posts-preview-hint-draft = Aún no se ha guardado: edita abajo y luego publica o guarda un borrador.
# Tras la etiqueta de un campo que puede quedar vacío.
posts-form-optional = (opcional)
posts-form-title-label = Título
# El resumen de una línea de la publicación.
posts-form-summary-label = Resumen
posts-form-summary-hint = Una línea que se muestra en los feeds, de hasta 300 caracteres.
posts-form-body-label = Texto
# La sintaxis Markdown se mantiene (**, *, [](), `, ```); las palabras que
# contiene se pueden traducir.
posts-form-body-hint = Markdown: **negrita**, *cursiva*, [enlaces](https://…), listas, `código`, tablas, ```rust bloques de código```, e imágenes: ![lo que muestra](nombre-del-archivo.jpg).
# Un campo para varios archivos de imagen que muestra el texto.
posts-form-pictures-label = Imágenes para el texto
posts-form-pictures-optional = (opcional, hasta 20)
# -before, -example y -after forman una frase seguida de otra; -example es
# Markdown mostrado como código: mantén ![…](dog.jpg).
posts-form-pictures-hint-before = Inserta cada una en el texto con su nombre de archivo:
posts-form-pictures-hint-example = ![lo que muestra](dog.jpg)
posts-form-pictures-hint-after = . La descripción se lee en voz alta a quienes no pueden ver la imagen.
posts-form-tags-label = Etiquetas
# -before y -after forman una frase alrededor de un ejemplo de etiquetas
# ("rust, web-dev").
posts-form-tags-hint-before = Hasta 5, separadas por comas; por ejemplo,
posts-form-tags-hint-after = .
# La imagen principal de la publicación, que se muestra sobre el texto.
posts-form-image-label = Imagen
posts-form-image-has = Esta publicación tiene una imagen; si eliges otra, la sustituirá.
# $mb es el tamaño máximo de archivo aceptado, en megabytes.
posts-form-image-hint = JPEG, PNG, WebP o GIF, de hasta { $mb } MB. Se eliminan los datos de ubicación y de la cámara.
posts-form-image-remove = Quitar la imagen
posts-form-image-alt-label = Descripción de la imagen
posts-form-image-alt-hint = Lo que muestra la imagen, para quienes no pueden verla. Si la dejas vacía, se usa el título.
posts-form-schedule-legend = Programar
posts-form-publish-at-label = Fecha de publicación
posts-form-publish-at-hint = Tu hora local (UTC si tu navegador no ejecuta scripts). Déjalo vacío para publicar ahora o guardar un borrador; si la hora ya ha pasado, se publica al momento.
# Botones.
posts-form-save-changes = Guardar cambios
posts-form-publish = Publicar
posts-form-save-draft = Guardar borrador
posts-form-preview = Vista previa

## What the form says is wrong

posts-title-empty = Ponle un título a tu publicación.
# $max es la longitud máxima del título y $count la de este (ambos en
# caracteres, ambos mayores que 1).
posts-title-too-long = El título puede tener como máximo { $max } caracteres (tiene { $count }).
posts-body-empty = Escribe algo en el texto.
# $max y $size están en kilobytes (KB); $max es 100.
posts-body-too-long = El texto está limitado a { $max } KB (tiene { $size } KB).
# $max es un número de caracteres (300).
posts-summary-too-long = El resumen puede tener como máximo { $max } caracteres.
# $max es un número de caracteres (30).
posts-tag-length = Las etiquetas tienen entre 1 y { $max } caracteres.
# $tag es la etiqueta tal como se escribió.
posts-tag-characters = La etiqueta «{ $tag }» solo puede llevar letras, números y guiones.
# $tag es la etiqueta tal como se escribió; $first y $second nombran dos
# alfabetos cuyas letras se parecen (latin, greek o cyrillic): traduce los
# nombres y deja como están las palabras entre corchetes.
posts-tag-mixed-alphabets = La etiqueta «{ $tag }» mezcla letras { $first ->
        [latin] latinas
        [greek] griegas
       *[cyrillic] cirílicas
    } y { $second ->
        [latin] latinas
        [greek] griegas
       *[cyrillic] cirílicas
    }, como hacen los nombres que imitan a otros; escríbela en un solo alfabeto.
# $max es un número de etiquetas (5).
posts-tags-too-many = Usa como máximo { $max } etiquetas.
# Se enviaron dos archivos en el campo de una sola imagen.
posts-image-one-only = Elige una sola imagen, no varias.
# $max es un número de imágenes (20).
posts-pictures-field-too-many = Añade como máximo { $max } imágenes a una publicación.
# $max es el número de imágenes permitido (20), $count cuántas muestra esta
# publicación (más de $max).
posts-pictures-too-many = Una publicación puede mostrar hasta { $max } imágenes; esta tiene { $count }.
# Algunas imágenes del texto no tienen descripción (texto alternativo).
# Mantén el Markdown ![…](…); las palabras entre corchetes se pueden traducir.
posts-pictures-undescribed = { $count ->
    [one] Describe la imagen para quienes no pueden verla: escribe la descripción entre los corchetes, ![un perro dormido](…).
   *[other] Describe cada imagen para quienes no pueden verlas: escribe la descripción entre los corchetes, ![un perro dormido](…).
}
# Se rechazó uno de los archivos de imagen enviados: $file es su nombre y
# $reason el motivo (una frase de las comprobaciones de imágenes).
posts-picture-refused = { $file }: { $reason }
posts-image-not-kept-by-preview = La vista previa no conserva la imagen: vuelve a elegirla antes de publicar.
# Un archivo elegido en el formulario no se puede conservar cuando el
# formulario vuelve con un error.
posts-image-choose-again = Vuelve a elegir la imagen.
posts-schedule-zone-unreadable = No se ha podido leer la zona horaria de esa hora.
# Mantén la hora de ejemplo tal cual (año-mes-día, T, horas:minutos).
posts-schedule-time-unreadable = Indica la fecha y la hora, por ejemplo 2026-12-24T09:00.
posts-schedule-too-far = Prográmala dentro de los próximos cinco años.
posts-form-unreadable = No se ha podido leer el formulario.
# Lo envía un script, no la página; multipart/form-data es un nombre
# técnico: se mantiene.
posts-form-not-multipart = No se ha podido leer el formulario. Envíalo como multipart/form-data.
# El botón "Añadir imagen" de la página de escritura no envió ninguna imagen.
posts-picture-missing = Elige una imagen para añadirla.

## After saving, publishing or deleting (a short message at the top of the
## next page)

posts-flash-published = Tu publicación ya está en línea.
posts-flash-draft-saved = Tu borrador se ha guardado. Solo tú puedes verlo.
# $when es una hora escrita como indica posts-local-time.
posts-flash-scheduled = Tu publicación está programada para el { $when }.
posts-flash-changes-saved = Tus cambios se han guardado.
posts-flash-already-published = Esta publicación ya está en línea.
posts-flash-deleted = La publicación se ha eliminado.
posts-only-author-edit = Solo quien escribió esta publicación puede modificarla.
posts-only-author-delete = Solo quien escribió esta publicación puede eliminarla.
posts-only-author-publish = Solo quien escribió este borrador puede publicarlo.

## My drafts

posts-drafts-title = Mis borradores
# posts-drafts-intro es una frase; posts-drafts-write-link (un enlace) y
# posts-drafts-write-after forman la siguiente.
posts-drafts-intro = Solo tú puedes verlos hasta que se publiquen.
posts-drafts-write-link = Escribe una publicación nueva
posts-drafts-write-after = .
posts-drafts-empty = No hay borradores. En la página de escritura, «{ posts-form-save-draft }» guarda aquí una publicación hasta que la publiques.
# Una etiqueta delante de un borrador programado, seguida de
# posts-drafts-scheduled-for.
posts-drafts-scheduled-pill = Programada
# $when es una hora escrita como indica posts-local-time.
posts-drafts-scheduled-for = para el { $when }
# Una etiqueta delante de un borrador, seguida de posts-drafts-saved.
posts-drafts-draft-pill = Borrador
# $when es una fecha y hora, como la escribe datetime en common.ftl.
posts-drafts-saved = guardado el { $when }

## A post's page

# Para lectores de pantalla: el recuadro sobre una publicación aún no publicada.
posts-banner-label = Borrador
# posts-banner-scheduled (en negrita) y posts-banner-scheduled-text forman
# una frase; $when es una hora escrita como indica posts-local-time.
posts-banner-scheduled = Programada:
posts-banner-scheduled-text = esta publicación aparecerá el { $when }. Hasta entonces, solo tú puedes verla.
# posts-banner-draft (en negrita) y posts-banner-draft-text forman una frase.
posts-banner-draft = Borrador:
posts-banner-draft-text = solo tú puedes ver esta publicación.
posts-publish-now = Publicar ahora
# Antes del nombre del autor (un enlace) bajo el título: "por Ana Silva".
posts-byline-by = por
# Tras la fecha de una publicación modificada después de publicarse.
posts-edited = (editada)
# El botón de me gusta, antes y después de pulsarlo (delante se muestra un
# corazón).
posts-like = Me gusta
posts-liked = Te gusta
posts-log-in-to-like = Inicia sesión para dar me gusta
posts-reported-post = Has denunciado esta publicación.

## The comment thread under a post

# La información emergente de la fecha de un comentario, un enlace al propio comentario.
posts-comment-permalink = Enlace a este comentario
# Antes de la fecha y hora de la última corrección de un comentario.
posts-comment-edited = editado el
# "↪ en respuesta a Ana Silva": antes del nombre del autor del comentario
# al que responde este (un enlace)…
posts-comment-answers = en respuesta a
# …o, si ese comentario ya no existe, en lugar del nombre.
posts-comment-answers-gone = un comentario eliminado
# El enlace que abre el formulario de respuesta bajo un comentario.
posts-comment-reply = Responder
# En lugar del enlace Denunciar una vez que se ha denunciado el comentario.
posts-comment-reported = Denunciado
# Para lectores de pantalla: el campo para corregir el propio comentario.
posts-comment-edit-label = Tu comentario
posts-comment-save = Guardar comentario
# Antes de "{ posts-replies }" en el botón que pliega o despliega las
# respuestas a un comentario.
posts-replies-hide = Ocultar
posts-replies-show = Mostrar
posts-replies = { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
}
# Sobre el formulario de comentario cuando responde a un comentario: antes
# del nombre del autor (un enlace), luego " · " y posts-cancel.
posts-comment-replying-to = Respondiendo a
posts-comment-form-label = Añadir un comentario
posts-comment-form-reply-label = Tu respuesta
# -before y -after forman una frase alrededor de "@name" (cómo mencionar a
# alguien: se mantiene tal cual).
posts-comment-hint-before = Puedes usar Markdown;
posts-comment-hint-after = avisa a esa persona.
# El botón del formulario, para comentar la publicación o responder a un comentario.
posts-comment-form-submit = Comentar
posts-comment-form-reply = Responder
# posts-join-log-in (un enlace) y posts-join-after forman una frase.
posts-join-log-in = Inicia sesión
posts-join-after = para unirte a la conversación.

## Feeds

feeds-heading-latest = Publicaciones recientes
feeds-heading-following = De personas que sigues
# $tag es el nombre de la etiqueta (mantén el "#" delante).
feeds-heading-tag = Publicaciones con la etiqueta #{ $tag }
# La descripción que muestran las vistas previas de enlaces de un feed.
feeds-card-description = Publicaciones, personas y conversaciones en Quill.
# Más allá de la última página de un feed. feeds-first-page-link (un
# enlace) y feeds-first-page-after forman una frase.
feeds-no-more-posts = No hay más publicaciones.
feeds-first-page-link = Volver a la primera página
feeds-first-page-after = .
feeds-following-empty = Aún no hay nada aquí. Sigue a personas desde sus páginas de perfil y sus publicaciones aparecerán aquí.
feeds-following-browse = Ver las publicaciones recientes
# Un sitio vacío. Luego, para quien ha iniciado sesión, feeds-write-first-link
# (un enlace) y feeds-write-first-after forman una frase; para un visitante,
# feeds-sign-up-link (un enlace) y feeds-sign-up-after forman otra.
feeds-no-posts-yet = Aún no hay publicaciones.
feeds-write-first-link = Escribe la primera
feeds-write-first-after = .
feeds-sign-up-link = Regístrate
feeds-sign-up-after = y escribe la primera.

## Atom feed titles
# Los lectores de feeds los muestran como nombre del feed. Siempre se envían
# en inglés, así que las traducciones de estos tres no se usan.

feeds-atom-latest = Quill: publicaciones recientes
# $name es un nombre de usuario: mantén la "@" delante.
feeds-atom-by = Quill: publicaciones de @{ $name }
# $tag es el nombre de la etiqueta: mantén el "#" delante.
feeds-atom-tagged = Quill: publicaciones con la etiqueta #{ $tag }
