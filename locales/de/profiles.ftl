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
profiles-picture-alt = Profilbild von { $name }
# The title of the link to the person's Atom feed (shown by feed readers).
# $name is their display name, or their username.
profiles-feed-title = Beiträge von { $name } (Atom)
# One sentence around a date: "@ana · joined [5 Dec 2026]". The date is
# written as the site writes dates elsewhere.
profiles-joined-before = dabei seit
profiles-joined-after = { "" }
# Counts under the name.
profiles-posts = { $count ->
    [one] { $count } Beitrag
   *[other] { $count } Beiträge
}
profiles-followers = { $count ->
    [one] { $count } Follower
   *[other] { $count } Follower
}
# How many people this person follows.
profiles-following = { $count } gefolgt

## Buttons and notes

profiles-follow = Folgen
profiles-unfollow = Nicht mehr folgen
# For a visitor who is not logged in, instead of the Follow button.
profiles-log-in-to-follow = Zum Folgen anmelden
# $name is the username of the person shown, whom the reader blocked.
profiles-blocked-note = Du hast @{ $name } blockiert: Ihr seht die Beiträge und Kommentare des jeweils anderen nicht, und @{ $name } kann dir nicht folgen, deine Beiträge weder liken noch kommentieren und dich nicht erwähnen.
# A small button; $name is the username of the person shown.
profiles-block = @{ $name } blockieren
profiles-unblock = Blockierung von @{ $name } aufheben
# A link to report the person to the moderators.
profiles-report = Melden
# Shown instead of the Report link once the reader reported them.
profiles-reported = Du hast dieses Profil gemeldet.

## The person's posts

profiles-posts-heading = Beiträge
# On one's own profile, with no posts yet. One sentence:
# "You have not written anything yet. [Write your first post]."
profiles-empty-mine-before = Du hast noch nichts geschrieben.
profiles-empty-mine-link = Schreib deinen ersten Beitrag
profiles-empty-mine-after = .
# On someone else's profile, with no posts yet.
profiles-empty = Noch keine Beiträge.
