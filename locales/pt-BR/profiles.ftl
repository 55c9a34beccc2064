# Profile pages (/u/name): who someone is, what they wrote, who follows
# them, and the buttons to follow, block or report them.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Some sentences hold a link or other markup in the middle: they are split
# into pieces (…-before, the link's text, …-after) that the page puts
# together, with a space before the link. Translate the pieces so that
# together they read as one sentence; a piece with nothing to say in
# English is written { "" } and may stay empty.
#
# pt-BR: CLDR puts 0 in the [one] category for Portuguese; where a count
# can be 0, a [0] variant keeps the plural ("0 seguidores").

## The profile's header

# The "alt" text of the person's picture when the profile is shared
# (link previews). $name is their display name, or their username.
profiles-picture-alt = Imagem de perfil de { $name }
# The title of the link to the person's Atom feed (shown by feed readers).
# $name is their display name, or their username.
profiles-feed-title = Posts de { $name } (Atom)
# One sentence around a date: "@ana · joined [5 Dec 2026]". The date is
# written as the site writes dates elsewhere.
profiles-joined-before = entrou em
profiles-joined-after = { "" }
# Counts under the name.
profiles-posts = { $count ->
    [0] { $count } posts
    [one] { $count } post
   *[other] { $count } posts
}
profiles-followers = { $count ->
    [0] { $count } seguidores
    [one] { $count } seguidor
   *[other] { $count } seguidores
}
# How many people this person follows.
profiles-following = { $count } seguindo

## Buttons and notes

profiles-follow = Seguir
profiles-unfollow = Deixar de seguir
# For a visitor who is not logged in, instead of the Follow button.
profiles-log-in-to-follow = Entre para seguir
# $name is the username of the person shown, whom the reader blocked.
profiles-blocked-note = Você bloqueou @{ $name }: vocês não veem os posts nem os comentários um do outro, e essa pessoa não pode seguir você, curtir nem comentar seus posts, nem mencionar você.
# A small button; $name is the username of the person shown.
profiles-block = Bloquear @{ $name }
profiles-unblock = Desbloquear @{ $name }
# A link to report the person to the moderators.
profiles-report = Denunciar
# Shown instead of the Report link once the reader reported them.
profiles-reported = Você denunciou este perfil.

## The person's posts

profiles-posts-heading = Posts
# On one's own profile, with no posts yet. One sentence:
# "You have not written anything yet. [Write your first post]."
profiles-empty-mine-before = Você ainda não escreveu nada.
profiles-empty-mine-link = Escreva seu primeiro post
profiles-empty-mine-after = .
# On someone else's profile, with no posts yet.
profiles-empty = Nenhum post ainda.
