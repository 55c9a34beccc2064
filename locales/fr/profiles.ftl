# Profile pages (/u/name): who someone is, what they wrote, who follows
# them, and the buttons to follow, block or report them.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Some sentences hold a link or other markup in the middle: they are split
# into pieces (…-before, the link's text, …-after) that the page puts
# together, with a space before the link. Translate the pieces so that
# together they read as one sentence; a piece with nothing to say in
# English is written { "" } and may stay empty.

## The profile's header

# The "alt" text of the person's picture when the profile is shared
# (link previews). $name is their display name, or their username.
profiles-picture-alt = Photo de profil de { $name }
# The title of the link to the person's Atom feed (shown by feed readers).
# $name is their display name, or their username.
profiles-feed-title = Articles de { $name } (Atom)
# One sentence around a date: "@ana · joined [5 Dec 2026]". The date is
# written as the site writes dates elsewhere.
profiles-joined-before = membre depuis le
profiles-joined-after = { "" }
# Counts under the name.
profiles-posts = { $count ->
    [one] { $count } article
   *[other] { $count } articles
}
profiles-followers = { $count ->
    [one] { $count } abonné
   *[other] { $count } abonnés
}
# How many people this person follows.
profiles-following = { $count ->
    [one] { $count } abonnement
   *[other] { $count } abonnements
}

## Buttons and notes

profiles-follow = Suivre
profiles-unfollow = Ne plus suivre
# For a visitor who is not logged in, instead of the Follow button.
profiles-log-in-to-follow = Se connecter pour suivre
# $name is the username of the person shown, whom the reader blocked.
profiles-blocked-note = Vous avez bloqué @{ $name } : vous ne voyez plus les articles ni les commentaires l’un de l’autre, et cette personne ne peut plus vous suivre, aimer vos articles, les commenter ni vous mentionner.
# A small button; $name is the username of the person shown.
profiles-block = Bloquer @{ $name }
profiles-unblock = Débloquer @{ $name }
# A link to report the person to the moderators.
profiles-report = Signaler
# Shown instead of the Report link once the reader reported them.
profiles-reported = Vous avez signalé ce profil.

## The person's posts

profiles-posts-heading = Articles
# On one's own profile, with no posts yet. One sentence:
# "You have not written anything yet. [Write your first post]."
profiles-empty-mine-before = Vous n’avez encore rien écrit.
profiles-empty-mine-link = Écrivez votre premier article
profiles-empty-mine-after = .
# On someone else's profile, with no posts yet.
profiles-empty = Aucun article pour l’instant.
