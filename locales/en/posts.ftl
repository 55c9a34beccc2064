# Posts: writing, drafts and scheduling, the post page with its comment
# thread, the lists of posts; and feeds (the latest posts, the people you
# follow, one tag, and the Atom feeds).
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Where a sentence holds a link or other markup, it is split into several
# messages (…-before, the link's text, …-after); a comment says which ones
# make one sentence. Quill puts a space between the pieces, except before
# an …-after that starts with a full stop.

## Words used in several places

# A post or draft that has no title yet, in lists.
posts-untitled = (no title)
posts-edit = Edit
posts-delete = Delete
posts-cancel = Cancel
# A link to report a post or comment to the moderators.
posts-report = Report
# Estimated reading time of a post; $minutes is a whole number, at least 1.
posts-reading-time = { $minutes } min read
posts-likes = { $count ->
    [one] { $count } like
   *[other] { $count } likes
}
# On lists of posts, and as the heading of a post's comment thread.
posts-comments = { $count ->
    [one] { $count } comment
   *[other] { $count } comments
}
# A time as the writer chose it when scheduling a post, on their clock:
# $date is a date written as in common.ftl ("24 Dec 2026"), $time is
# 24-hour HH:MM, and $zone the clock's offset, such as "UTC+01:00".
posts-local-time = { $date } { $time } ({ $zone })

## The write and edit page

posts-form-title-new = Write a post
posts-form-title-edit = Edit post
posts-form-title-edit-draft = Edit draft
posts-preview-heading = Preview
# The preview of a post whose title field is still empty.
posts-preview-untitled = (no title yet)
# Under the preview of a published post being edited.
posts-preview-hint-published = Not saved yet: edit below, then save.
# Under the preview of a new post or a draft.
posts-preview-hint-draft = Not saved yet: edit below, then publish or save a draft.
# After the label of a field that may be left empty.
posts-form-optional = (optional)
posts-form-title-label = Title
# The post's one-line summary.
posts-form-summary-label = Summary
posts-form-summary-hint = One line shown in feeds, up to 300 characters.
posts-form-body-label = Body
# Markdown syntax stays as it is (**, *, [](), `, ```); the words inside it
# may be translated.
posts-form-body-hint = Markdown: **bold**, *italic*, [links](https://…), lists, `code`, tables, ```rust fenced code```, and pictures: ![what it shows](file-name.jpg).
# A field for several picture files that the post's text shows.
posts-form-pictures-label = Pictures for the text
posts-form-pictures-optional = (optional, up to 20)
# posts-form-pictures-hint-before, -example and -after are one sentence
# followed by another; -example is Markdown shown as code: keep ![…](dog.jpg).
posts-form-pictures-hint-before = Place each in the text by its file name:
posts-form-pictures-hint-example = ![what it shows](dog.jpg)
posts-form-pictures-hint-after = . The description is read aloud to people who cannot see the picture.
posts-form-tags-label = Tags
# posts-form-tags-hint-before and -after are one sentence around an example
# of tags ("rust, web-dev").
posts-form-tags-hint-before = Up to 5, separated by commas, e.g.
posts-form-tags-hint-after = .
# The post's main picture, shown above its text.
posts-form-image-label = Picture
posts-form-image-has = This post has a picture; choosing a new one replaces it.
# $mb is the largest file size accepted, in megabytes.
posts-form-image-hint = JPEG, PNG, WebP or GIF, up to { $mb } MB. Location and camera data are removed.
posts-form-image-remove = Remove the picture
posts-form-image-alt-label = Picture description
posts-form-image-alt-hint = What the picture shows, for people who cannot see it. The title is used if empty.
posts-form-schedule-legend = Schedule
posts-form-publish-at-label = Publish on
posts-form-publish-at-hint = Your local time (UTC when your browser runs no script). Leave empty to publish now or keep a draft; a time already past publishes at once.
# Buttons.
posts-form-save-changes = Save changes
posts-form-publish = Publish
posts-form-save-draft = Save draft
posts-form-preview = Preview

## What the form says is wrong

posts-title-empty = Give your post a title.
# $max is the longest title allowed, $count the length of this one
# (both in characters, both larger than 1).
posts-title-too-long = Keep the title to { $max } characters (it has { $count }).
posts-body-empty = Write something in the body.
# $max and $size are in kilobytes (KB); $max is 100.
posts-body-too-long = The body is limited to { $max } KB (it has { $size } KB).
# $max is a number of characters (300).
posts-summary-too-long = Keep the summary to { $max } characters.
# $max is a number of characters (30).
posts-tag-length = Tags are 1 to { $max } characters long.
# $tag is the tag as the writer typed it.
posts-tag-characters = The tag “{ $tag }” may use only letters, digits and hyphens.
# $tag is the tag as the writer typed it; $first and $second name two
# alphabets whose letters look alike (latin, greek or cyrillic): translate
# the names, and keep the words in square brackets as they are.
posts-tag-mixed-alphabets = The tag “{ $tag }” mixes { $first ->
        [latin] Latin
        [greek] Greek
       *[cyrillic] Cyrillic
    } and { $second ->
        [latin] Latin
        [greek] Greek
       *[cyrillic] Cyrillic
    } letters, as look-alike names do; write it in one alphabet.
# $max is a number of tags (5).
posts-tags-too-many = Use at most { $max } tags.
# Two files were sent in the single picture field.
posts-image-one-only = Choose one picture, not several.
# $max is a number of pictures (20).
posts-pictures-field-too-many = Add at most { $max } pictures to a post.
# $max is the number of pictures allowed (20), $count how many this post
# shows (more than $max).
posts-pictures-too-many = A post can show up to { $max } pictures; this one has { $count }.
# Some pictures in the text have no description (alt text). Keep the
# Markdown ![…](…) as it is; the words inside the brackets may be translated.
posts-pictures-undescribed = { $count ->
    [one] Describe the picture for people who cannot see it: write it between the brackets, ![a dog asleep](…).
   *[other] Describe each picture for people who cannot see them: write it between the brackets, ![a dog asleep](…).
}
# One of the picture files sent with the form was refused: $file is its
# file name, $reason why (a sentence from the picture checks).
posts-picture-refused = { $file }: { $reason }
posts-image-not-kept-by-preview = Previewing does not keep the picture: choose it again before publishing.
# A file chosen in the form cannot be kept when the form comes back with
# an error.
posts-image-choose-again = Please choose the picture again.
posts-schedule-zone-unreadable = The time zone of that time could not be read.
# Keep the example time as it is (year-month-day, T, hours:minutes).
posts-schedule-time-unreadable = Give the time as a date and an hour, like 2026-12-24T09:00.
posts-schedule-too-far = Schedule it within the next five years.
posts-form-unreadable = The form could not be read.
# Sent by a script, not by the page; multipart/form-data is a technical
# name: keep it.
posts-form-not-multipart = The form could not be read. Send it as multipart/form-data.
# The "Add picture" button of the write page sent no picture.
posts-picture-missing = Choose a picture to add.

## After saving, publishing or deleting (a short message at the top of the
## next page)

posts-flash-published = Your post is published.
posts-flash-draft-saved = Your draft is saved. Only you can see it.
# $when is a time written as posts-local-time says.
posts-flash-scheduled = Your post is scheduled for { $when }.
posts-flash-changes-saved = Your changes are saved.
posts-flash-already-published = This post is already published.
posts-flash-deleted = The post is deleted.
posts-only-author-edit = Only the author of this post can change it.
posts-only-author-delete = Only the author of this post can delete it.
posts-only-author-publish = Only the author of this draft can publish it.

## My drafts

posts-drafts-title = My drafts
# posts-drafts-intro is a sentence; posts-drafts-write-link (a link) and
# posts-drafts-write-after make the next one.
posts-drafts-intro = Only you can see these until they are published.
posts-drafts-write-link = Write a new post
posts-drafts-write-after = .
posts-drafts-empty = No drafts. On the write page, “{ posts-form-save-draft }” keeps a post here until you publish it.
# A label in front of a scheduled draft, followed by posts-drafts-scheduled-for.
posts-drafts-scheduled-pill = Scheduled
# $when is a time written as posts-local-time says.
posts-drafts-scheduled-for = for { $when }
# A label in front of a draft, followed by posts-drafts-saved.
posts-drafts-draft-pill = Draft
# $when is a date and time, as common.ftl's datetime writes it.
posts-drafts-saved = saved { $when }

## A post's page

# Read by screen readers: the box above a post that is not published yet.
posts-banner-label = Draft
# posts-banner-scheduled (in bold) and posts-banner-scheduled-text make
# one sentence; $when is a time written as posts-local-time says.
posts-banner-scheduled = Scheduled:
posts-banner-scheduled-text = this post will be published { $when }. Until then only you can see it.
# posts-banner-draft (in bold) and posts-banner-draft-text make one sentence.
posts-banner-draft = Draft:
posts-banner-draft-text = only you can see this post.
posts-publish-now = Publish now
# Before the author's name (a link) under a post's title: "by Ana Silva".
posts-byline-by = by
# After the date of a post changed since it was published.
posts-edited = (edited)
# The like button, before and after it is pressed (a heart is shown
# before the word).
posts-like = Like
posts-liked = Liked
posts-log-in-to-like = Log in to like
posts-reported-post = You reported this.

## The comment thread under a post

# The tooltip of a comment's date, a link to the comment itself.
posts-comment-permalink = Link to this comment
# Before the date and time a comment was last corrected.
posts-comment-edited = edited
# "↪ replying to Ana Silva": before the name of the comment's author this
# one answers (a link)…
posts-comment-answers = replying to
# …or, when that comment is gone, in place of the name.
posts-comment-answers-gone = a deleted comment
# The link that opens the reply form under a comment.
posts-comment-reply = Reply
# Shown instead of the Report link once the reader reported the comment.
posts-comment-reported = Reported
# Read by screen readers: the field to correct one's own comment.
posts-comment-edit-label = Your comment
posts-comment-save = Save comment
# Before "{ posts-replies }" on the button that folds or unfolds the
# answers to a comment.
posts-replies-hide = Hide
posts-replies-show = Show
posts-replies = { $count ->
    [one] { $count } reply
   *[other] { $count } replies
}
# Above the comment form when it answers a comment: before the author's
# name (a link), then " · " and posts-cancel.
posts-comment-replying-to = Replying to
posts-comment-form-label = Add a comment
posts-comment-form-reply-label = Your reply
# posts-comment-hint-before and -after are one sentence around "@name"
# (how to mention someone: keep it as it is).
posts-comment-hint-before = Markdown works;
posts-comment-hint-after = tells that person.
# The form's button, for a comment on the post or a reply to a comment.
posts-comment-form-submit = Comment
posts-comment-form-reply = Reply
# posts-join-log-in (a link) and posts-join-after make one sentence.
posts-join-log-in = Log in
posts-join-after = to join the conversation.

## Feeds

feeds-heading-latest = Latest posts
feeds-heading-following = From people you follow
# $tag is the tag's name (keep the "#" before it).
feeds-heading-tag = Posts tagged #{ $tag }
# The description link previews show for a feed.
feeds-card-description = Posts, people and conversations on Quill.
# Past the last page of a feed. feeds-first-page-link (a link) and
# feeds-first-page-after make one sentence.
feeds-no-more-posts = There are no more posts.
feeds-first-page-link = Back to the first page
feeds-first-page-after = .
feeds-following-empty = Nothing here yet. Follow people from their profile pages and their posts will show up here.
feeds-following-browse = Browse the latest posts
# An empty site. Then, for someone logged in, feeds-write-first-link (a
# link) and feeds-write-first-after make one sentence; for a visitor,
# feeds-sign-up-link (a link) and feeds-sign-up-after make one.
feeds-no-posts-yet = No posts yet.
feeds-write-first-link = Write the first one
feeds-write-first-after = .
feeds-sign-up-link = Sign up
feeds-sign-up-after = and write the first one.

## Atom feed titles
# Feed readers show these as the feed's name. They are always sent in
# English, so translations of these three are not used.

feeds-atom-latest = Quill: latest posts
# $name is a username: keep the "@" before it.
feeds-atom-by = Quill: posts by @{ $name }
# $tag is the tag's name: keep the "#" before it.
feeds-atom-tagged = Quill: posts tagged #{ $tag }
