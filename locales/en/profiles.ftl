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
profiles-picture-alt = { $name }'s picture
# The title of the link to the person's Atom feed (shown by feed readers).
# $name is their display name, or their username.
profiles-feed-title = Posts by { $name } (Atom)
# One sentence around a date: "@ana · joined [5 Dec 2026]". The date is
# written as the site writes dates elsewhere.
profiles-joined-before = joined
profiles-joined-after = { "" }
# Counts under the name.
profiles-posts = { $count ->
    [one] { $count } post
   *[other] { $count } posts
}
profiles-followers = { $count ->
    [one] { $count } follower
   *[other] { $count } followers
}
# How many people this person follows.
profiles-following = { $count } following

## Buttons and notes

profiles-follow = Follow
profiles-unfollow = Unfollow
# For a visitor who is not logged in, instead of the Follow button.
profiles-log-in-to-follow = Log in to follow
# $name is the username of the person shown, whom the reader blocked.
profiles-blocked-note = You blocked @{ $name }: you don't see each other's posts or comments, and they can't follow, like, comment on or mention you.
# A small button; $name is the username of the person shown.
profiles-block = Block @{ $name }
profiles-unblock = Unblock @{ $name }
# A link to report the person to the moderators.
profiles-report = Report
# Shown instead of the Report link once the reader reported them.
profiles-reported = You reported this profile.

## The person's posts

profiles-posts-heading = Posts
# On one's own profile, with no posts yet. One sentence:
# "You have not written anything yet. [Write your first post]."
profiles-empty-mine-before = You have not written anything yet.
profiles-empty-mine-link = Write your first post
profiles-empty-mine-after = .
# On someone else's profile, with no posts yet.
profiles-empty = No posts yet.
