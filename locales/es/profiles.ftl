# Páginas de perfil (/u/name): quién es alguien, qué ha escrito, quién le
# sigue, y los botones para seguir, bloquear o denunciar.
#
# Los argumentos entre { $llaves } los rellena Quill; déjalos como están.
# Algunas frases llevan un enlace u otro marcado en medio: se dividen en
# piezas (…-before, el texto del enlace, …-after) que la página une, con un
# espacio antes del enlace. Una pieza sin nada que decir se escribe { "" }.

## The profile's header

# El texto "alt" de la imagen de la persona cuando se comparte el perfil
# (vistas previas de enlaces). $name es su nombre visible o su nombre de usuario.
profiles-picture-alt = Imagen de { $name }
# El título del enlace al feed Atom de la persona (lo muestran los lectores
# de feeds). $name es su nombre visible o su nombre de usuario.
profiles-feed-title = Publicaciones de { $name } (Atom)
# Una frase alrededor de una fecha: "@ana · se unió el [5 dic 2026]".
profiles-joined-before = se unió el
profiles-joined-after = { "" }
# Cifras bajo el nombre.
profiles-posts = { $count ->
    [one] { $count } publicación
   *[other] { $count } publicaciones
}
profiles-followers = { $count ->
    [one] { $count } seguidor
   *[other] { $count } seguidores
}
# A cuántas personas sigue esta persona.
profiles-following = { $count } siguiendo

## Buttons and notes

profiles-follow = Seguir
profiles-unfollow = Dejar de seguir
# Para un visitante sin sesión iniciada, en lugar del botón Seguir.
profiles-log-in-to-follow = Inicia sesión para seguir
# $name es el nombre de usuario de la persona mostrada, a la que se ha bloqueado.
profiles-blocked-note = Has bloqueado a @{ $name }: ninguno de los dos ve las publicaciones ni los comentarios del otro, y esa persona no puede seguirte, dar me gusta a tus publicaciones, comentarlas ni mencionarte.
# Un botón pequeño; $name es el nombre de usuario de la persona mostrada.
profiles-block = Bloquear a @{ $name }
profiles-unblock = Desbloquear a @{ $name }
# Un enlace para denunciar a la persona a los moderadores.
profiles-report = Denunciar
# En lugar del enlace Denunciar una vez que se ha denunciado.
profiles-reported = Has denunciado este perfil.

## The person's posts

profiles-posts-heading = Publicaciones
# En el propio perfil, sin publicaciones todavía. Una frase:
# "Aún no has escrito nada. [Escribe tu primera publicación]."
profiles-empty-mine-before = Aún no has escrito nada.
profiles-empty-mine-link = Escribe tu primera publicación
profiles-empty-mine-after = .
# En el perfil de otra persona, sin publicaciones todavía.
profiles-empty = Aún no hay publicaciones.
