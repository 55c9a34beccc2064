# Quill's interface: the parts every page shares (the header, the footer,
# dates, paging, error pages).
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Plurals use the language's own categories (zero, one, two, few, many,
# other): see https://projectfluent.org/fluent/guide/selectors.html

## The page around everything

site-description = Quill: posts, people and conversations on a self-hosted blog.
skip-to-content = Skip to content
nav-label = Main
nav-latest = Latest
nav-following = Following
nav-notifications = Notifications
# The badge on the notifications link, read by screen readers.
nav-unread = { $count } unread
nav-write = Write
nav-settings = Settings
nav-log-out = Log out
nav-log-in = Log in
nav-sign-up = Sign up
nav-search-label = Search posts
nav-search-placeholder = Search
footer-tagline = Quill — a self-hosted place to write.
footer-latest = Latest posts
footer-language = Language
footer-language-choose = Change

## Paging through lists

paging-label = Pages
paging-newer = ← Newer
paging-older = Older →
paging-page = Page { $page }

## Dates and times
# $day, $monthnum and $year are numbers; $month is the month's short name
# from below.

date = { $day } { $month } { $year }
# $date is written as above, $time as 24-hour HH:MM.
datetime = { $date } { $time } UTC
month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = May
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Oct
month-11 = Nov
month-12 = Dec
ago-now = just now
ago-minutes = { $count ->
    [one] { $count } minute ago
   *[other] { $count } minutes ago
}
ago-hours = { $count ->
    [one] { $count } hour ago
   *[other] { $count } hours ago
}
ago-days = { $count ->
    [one] { $count } day ago
   *[other] { $count } days ago
}

## Error pages

error-home-link = Go to the latest posts
error-not-found-title = Not found
error-not-found = There is nothing at this address. It may have been deleted, or the link may be mistyped.
error-forbidden-title = Not allowed
error-unprocessable-title = That did not work
error-too-many-title = Too many attempts
error-too-many = { $minutes ->
    [one] There have been too many attempts from here in a short time. Please wait a minute and try again.
   *[other] There have been too many attempts from here in a short time. Please wait { $minutes } minutes and try again.
}
error-too-large-title = Too large
error-too-large = What you sent is larger than this site accepts. Try something smaller.
error-timeout-title = Too slow
error-timeout = The request took too long to arrive, so the server stopped waiting for it. Please send it again.
error-quota-title = No room for more pictures
# $used and $quota are sizes such as "900 KB" or "1.5 MB".
error-quota = This picture does not fit: you have used { $used } of your { $quota } for pictures. Delete some posts' pictures, or ask an admin for more room.
error-internal-title = Something went wrong
error-internal = The server could not finish this request. Nothing you sent was lost; please try again in a moment.
error-form-expired-title = This form has expired
error-form-expired = The form was too old or did not come from this site. Go back, reload the page and try again.
error-cut-off = The request was cut off or too slow. Please send it again.
error-form-unreadable = The form could not be read. Reload the page and try again.
role-admins-only = Only an admin can act on an admin's account, posts or comments.

## Words the page's script writes (static/app.js)
# { $name }-style placeholders here are filled in by the script.

js-just-now = just now
# $offset is like "+02:00".
js-local-time = Your local time (UTC{ $offset }). Leave empty to publish now or keep a draft; a time already past publishes at once.
js-add-picture = Add picture
# $name is the file's name, or js-the-picture when it has none.
js-adding-picture = Adding { $name }…
js-the-picture = the picture
js-picture-added = Added. Describe it between the brackets for people who cannot see it.
# $reason is one of the three messages below.
js-picture-failed = The picture was not added: { $reason }.
js-picture-too-large = it is too large
js-picture-too-many = too many uploads this hour
js-picture-unusable = it could not be used
js-add-comment = Add a comment
js-comment = Comment
js-your-reply = Your reply
js-reply = Reply
js-cancel = Cancel
# $name is the display name of the comment's author.
js-replying-to = Replying to { $name }
js-mention-menu = People to mention
# The unread badge's label, updated live. $count is a number; the script
# always uses the *[other] form, so write one that reads right for any count.
js-unread = { $count } unread
# Passkey ceremonies in the browser (static/passkeys.js).
js-passkey-failed = The passkey did not work. Try again, or use your password.
js-passkey-cancelled = Cancelled, or no passkey for this site was chosen.
js-passkey-already = This device already holds a passkey for your account.
js-passkey-too-many = Too many attempts: wait a while and try again.
