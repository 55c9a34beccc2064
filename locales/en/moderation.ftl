# Moderation: the page where anyone reports a post, a comment or a profile,
# and the mail staff and authors get about reports and removals.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# $kind is what is reported: post, comment or user (a profile); choose the
# variant your language needs for each. { " " } is a space kept at the edge
# of a message: where a sentence is split around a link or other markup,
# the pieces join with no space of their own.

## Reporting something

# The page's title and heading.
moderation-report-title = { $kind ->
    [post] Report a post
    [comment] Report a comment
   *[user] Report a profile
}
# "The profile of @name" (the @name is a link). One phrase in two pieces
# around the link; the second piece is empty in English.
moderation-report-profile-before = The profile of{ " " }
moderation-report-profile-after = { "" }
# "You reported this on 5 Dec 2026. A moderator will look at it; …" One
# sentence in two pieces around the date.
moderation-report-already-before = You reported this on{ " " }
moderation-report-already-after = . A moderator will look at it; there is nothing more to do.
moderation-report-back = ← Back
moderation-report-intro = Reports go to the site's moderators, not to the person you report. Each person reports an item once.
moderation-report-reason-legend = What is wrong with it?
moderation-report-details-label = Details
# After "Details", in grey. “Something else” is the last reason (moderation-reason-other).
moderation-report-details-optional = (optional, needed for “Something else”)
# $max is a number of characters.
moderation-report-details-hint = At most { $max } characters. Links or context help the moderators decide.
moderation-report-send = Send report
moderation-report-cancel = Cancel
moderation-report-thanks = Thanks, a moderator will look at it.
moderation-report-repeat = You had already reported this; a moderator will look at it.

## Why something is reported: the form's choices

moderation-reason-spam = Spam
moderation-reason-harassment = Harassment
moderation-reason-illegal = Illegal content
moderation-reason-other = Something else
# The same inside a sentence, as moderation-report-mail-what uses them:
# "Someone reported a post (spam)."
moderation-reason-spam-inline = spam
moderation-reason-harassment-inline = harassment
moderation-reason-illegal-inline = illegal content
moderation-reason-other-inline = something else

## What is wrong with a report that is sent

# "kind" and "target" are the names of the form's fields; keep them as they are.
moderation-report-kind-missing = Choose what to report: a post, a comment or a profile (kind = post, comment or user).
moderation-report-target-missing = { $kind ->
    [post] Say which post you are reporting (target).
    [comment] Say which comment you are reporting (target).
   *[user] Say which profile you are reporting (target).
}
moderation-report-own = { $kind ->
    [post] You cannot report your own post.
    [comment] You cannot report your own comment.
   *[user] You cannot report yourself.
}
moderation-report-reason-missing = Choose a reason: spam, harassment, illegal content or something else.
moderation-report-details-missing = Say in a few words what is wrong.
# $max is the most characters the details may have, $count how many these have.
moderation-report-details-too-long = Keep the details under { $max } characters (these are { $count }).

## Mail to staff about a new report

moderation-report-mail-subject = A new report on Quill
# $reason is one of the moderation-reason-…-inline messages above.
moderation-report-mail-what = { $kind ->
    [post] Someone reported a post ({ $reason }). It is waiting in the moderation queue.
    [comment] Someone reported a comment ({ $reason }). It is waiting in the moderation queue.
    [user] Someone reported a profile ({ $reason }). It is waiting in the moderation queue.
   *[other] Someone reported an item ({ $reason }). It is waiting in the moderation queue.
}
moderation-report-mail-why = You get this mail because you asked for it; turn it off in your notification settings.
moderation-report-mail-link = Open the moderation queue

## Mail to an author whose post or comment staff removed

# $kind is post or comment here.
moderation-removed-mail-subject = { $kind ->
    [comment] Your comment on Quill was removed
   *[post] Your post on Quill was removed
}
# $label is the post's title or the comment's first words.
moderation-removed-mail-what = { $kind ->
    [comment] Your comment “{ $label }” was removed by the site's moderators.
   *[post] Your post “{ $label }” was removed by the site's moderators.
}
moderation-removed-mail-no-reason = No reason was given.
# $reason is what the moderator wrote, in their words.
moderation-removed-mail-reason = The reason given: { $reason }
moderation-removed-mail-mistake = If you think this was a mistake, reply to this email.
moderation-removed-mail-link = Your profile
