# Acciones sociales: seguir, dar me gusta, comentar y bloquear. Lo que se
# dice tras pulsar un botón (un mensaje breve arriba de la página siguiente),
# por qué se rechazan, y los comentarios que no se pueden mostrar.
#
# Los argumentos entre { $llaves } los rellena Quill; déjalos como están.
# $name es siempre un nombre de usuario (letras a–z, números, guiones
# bajos): mantén la "@" delante.

## Following

# Tras el botón Seguir en el perfil de alguien.
social-followed = Ahora sigues a @{ $name }.
# Tras el botón Dejar de seguir en el perfil de alguien.
social-unfollowed = Ya no sigues a @{ $name }.
social-follow-self = No puedes seguir tu propia cuenta.

## Likes

# Tras el botón Me gusta de una publicación.
social-liked = Te gusta esta publicación.
# Tras el botón que retira un me gusta.
social-unliked = Has quitado tu me gusta.

## Blocking

# Tras el botón Bloquear en el perfil de alguien. La persona bloqueada no
# recibe ningún aviso.
social-blocked = Has bloqueado a @{ $name }. No se le avisa; puedes desbloquear a esa persona aquí o en tus ajustes.
social-unblocked = Has desbloqueado a @{ $name }.
social-block-self = No puedes bloquear tu propia cuenta.
# Por qué se rechaza seguir, dar me gusta, comentar o responder cuando una
# de las dos personas ha bloqueado a la otra (a propósito no se dice cuál).
social-blocked-refused = No puedes hacer eso: una de las dos cuentas ha bloqueado a la otra.

## Comments

social-comment-posted = Tu comentario se ha publicado.
# Una respuesta es un comentario que contesta a otro comentario.
social-reply-posted = Tu respuesta se ha publicado.
social-comment-saved = Tu comentario se ha guardado.
social-comment-removed = El comentario se ha eliminado.
social-comment-empty = Escribe algo antes de enviar tu comentario.
# $max es un número (10000).
social-comment-too-long = { $max ->
    [one] Los comentarios están limitados a { $max } carácter.
   *[other] Los comentarios están limitados a { $max } caracteres.
}
# El formulario de respuesta apuntaba a algo que no es un comentario (un
# enlace roto o hecho a mano).
social-reply-not-a-comment = Eso no es un comentario al que se pueda responder.
# El comentario al que se respondía se eliminó mientras se escribía la respuesta.
social-reply-parent-gone = El comentario al que respondías ya no existe; publica el tuyo como comentario normal.
social-comment-edit-refused = Solo quien escribió este comentario puede editarlo.
social-comment-delete-refused = Solo quien escribió el comentario, quien escribió la publicación o un moderador pueden eliminarlo.

## Placeholders in a post's comment thread
# Se muestran en lugar de un comentario que no se puede mostrar pero que
# tiene respuestas, para que el hilo conserve su forma.

social-comment-deleted = Este comentario se ha eliminado.
# Quien lee bloqueó al autor del comentario.
social-comment-hidden-blocked = Oculto: has bloqueado a esta persona.
# El autor está suspendido o ha bloqueado a quien lee (no se dice cuál).
social-comment-hidden = Este comentario está oculto.
