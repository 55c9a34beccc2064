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
posts-untitled = (ohne Titel)
posts-edit = Bearbeiten
posts-delete = Löschen
posts-cancel = Abbrechen
# A link to report a post or comment to the moderators.
posts-report = Melden
# Estimated reading time of a post; $minutes is a whole number, at least 1.
posts-reading-time = { $minutes } Min. Lesezeit
posts-likes = { $count ->
    [one] { $count } Like
   *[other] { $count } Likes
}
# On lists of posts, and as the heading of a post's comment thread.
posts-comments = { $count ->
    [one] { $count } Kommentar
   *[other] { $count } Kommentare
}
# A time as the writer chose it when scheduling a post, on their clock:
# $date is a date written as in common.ftl ("24 Dec 2026"), $time is
# 24-hour HH:MM, and $zone the clock's offset, such as "UTC+01:00".
posts-local-time = { $date }, { $time } ({ $zone })

## The write and edit page

posts-form-title-new = Beitrag schreiben
posts-form-title-edit = Beitrag bearbeiten
posts-form-title-edit-draft = Entwurf bearbeiten
posts-preview-heading = Vorschau
# The preview of a post whose title field is still empty.
posts-preview-untitled = (noch ohne Titel)
# Under the preview of a published post being edited.
posts-preview-hint-published = Noch nicht gespeichert: Bearbeite den Beitrag unten und speichere ihn dann.
# Under the preview of a new post or a draft.
posts-preview-hint-draft = Noch nicht gespeichert: Bearbeite den Beitrag unten und veröffentliche ihn dann oder speichere ihn als Entwurf.
# After the label of a field that may be left empty.
posts-form-optional = (optional)
posts-form-title-label = Titel
# The post's one-line summary.
posts-form-summary-label = Kurzbeschreibung
posts-form-summary-hint = Eine Zeile, die in Feeds angezeigt wird, bis zu 300 Zeichen.
posts-form-body-label = Text
# Markdown syntax stays as it is (**, *, [](), `, ```); the words inside it
# may be translated.
posts-form-body-hint = Markdown: **fett**, *kursiv*, [Links](https://…), Listen, `Code`, Tabellen, ```rust Codeblöcke``` und Bilder: ![was es zeigt](dateiname.jpg).
# A field for several picture files that the post's text shows.
posts-form-pictures-label = Bilder für den Text
posts-form-pictures-optional = (optional, bis zu 20)
# posts-form-pictures-hint-before, -example and -after are one sentence
# followed by another; -example is Markdown shown as code: keep ![…](dog.jpg).
posts-form-pictures-hint-before = Füge jedes Bild über seinen Dateinamen in den Text ein:
posts-form-pictures-hint-example = ![was es zeigt](dog.jpg)
posts-form-pictures-hint-after = . Die Beschreibung wird Menschen vorgelesen, die das Bild nicht sehen können.
posts-form-tags-label = Tags
# posts-form-tags-hint-before and -after are one sentence around an example
# of tags ("rust, web-dev").
posts-form-tags-hint-before = Bis zu 5, durch Kommas getrennt, z. B.
posts-form-tags-hint-after = .
# The post's main picture, shown above its text.
posts-form-image-label = Bild
posts-form-image-has = Dieser Beitrag hat ein Bild; wenn du ein neues auswählst, ersetzt es das bisherige.
# $mb is the largest file size accepted, in megabytes.
posts-form-image-hint = JPEG, PNG, WebP oder GIF, bis zu { $mb } MB. Standort- und Kameradaten werden entfernt.
posts-form-image-remove = Bild entfernen
posts-form-image-alt-label = Bildbeschreibung
posts-form-image-alt-hint = Was auf dem Bild zu sehen ist – für Menschen, die es nicht sehen können. Bleibt das Feld leer, wird der Titel verwendet.
posts-form-schedule-legend = Planen
posts-form-publish-at-label = Veröffentlichen am
posts-form-publish-at-hint = Deine Ortszeit (UTC, wenn dein Browser keine Skripte ausführt). Leer lassen, um sofort zu veröffentlichen oder einen Entwurf zu behalten; liegt die Zeit bereits in der Vergangenheit, wird sofort veröffentlicht.
# Buttons.
posts-form-save-changes = Änderungen speichern
posts-form-publish = Veröffentlichen
posts-form-save-draft = Entwurf speichern
posts-form-preview = Vorschau

## What the form says is wrong

posts-title-empty = Gib deinem Beitrag einen Titel.
# $max is the longest title allowed, $count the length of this one
# (both in characters, both larger than 1).
posts-title-too-long = Der Titel darf höchstens { $max } Zeichen lang sein (er hat { $count }).
posts-body-empty = Schreib etwas in den Text.
# $max and $size are in kilobytes (KB); $max is 100.
posts-body-too-long = Der Text ist auf { $max } KB begrenzt (er hat { $size } KB).
# $max is a number of characters (300).
posts-summary-too-long = Die Kurzbeschreibung darf höchstens { $max } Zeichen lang sein.
# $max is a number of characters (30).
posts-tag-length = Tags sind 1 bis { $max } Zeichen lang.
# $tag is the tag as the writer typed it.
posts-tag-characters = Das Tag „{ $tag }“ darf nur Buchstaben, Ziffern und Bindestriche enthalten.
# $tag is the tag as the writer typed it; $first and $second name two
# alphabets whose letters look alike (latin, greek or cyrillic): translate
# the names, and keep the words in square brackets as they are.
posts-tag-mixed-alphabets = Das Tag „{ $tag }“ mischt { $first ->
        [latin] lateinische
        [greek] griechische
       *[cyrillic] kyrillische
    } und { $second ->
        [latin] lateinische
        [greek] griechische
       *[cyrillic] kyrillische
    } Buchstaben, wie es bei täuschend ähnlich aussehenden Namen üblich ist; schreib es in einem einzigen Alphabet.
# $max is a number of tags (5).
posts-tags-too-many = Verwende höchstens { $max } Tags.
# Two files were sent in the single picture field.
posts-image-one-only = Wähle ein Bild aus, nicht mehrere.
# $max is a number of pictures (20).
posts-pictures-field-too-many = Füge einem Beitrag höchstens { $max } Bilder hinzu.
# $max is the number of pictures allowed (20), $count how many this post
# shows (more than $max).
posts-pictures-too-many = Ein Beitrag kann bis zu { $max } Bilder zeigen; dieser hat { $count }.
# Some pictures in the text have no description (alt text). Keep the
# Markdown ![…](…) as it is; the words inside the brackets may be translated.
posts-pictures-undescribed = { $count ->
    [one] Beschreibe das Bild für Menschen, die es nicht sehen können: Schreib die Beschreibung zwischen die eckigen Klammern, ![ein schlafender Hund](…).
   *[other] Beschreibe jedes Bild für Menschen, die es nicht sehen können: Schreib die Beschreibung zwischen die eckigen Klammern, ![ein schlafender Hund](…).
}
# One of the picture files sent with the form was refused: $file is its
# file name, $reason why (a sentence from the picture checks).
posts-picture-refused = { $file }: { $reason }
posts-image-not-kept-by-preview = Die Vorschau behält das Bild nicht: Wähle es vor dem Veröffentlichen erneut aus.
# A file chosen in the form cannot be kept when the form comes back with
# an error.
posts-image-choose-again = Bitte wähle das Bild erneut aus.
posts-schedule-zone-unreadable = Die Zeitzone dieser Zeitangabe konnte nicht gelesen werden.
# Keep the example time as it is (year-month-day, T, hours:minutes).
posts-schedule-time-unreadable = Gib die Zeit als Datum mit Uhrzeit an, z. B. 2026-12-24T09:00.
posts-schedule-too-far = Plane den Beitrag innerhalb der nächsten fünf Jahre.
posts-form-unreadable = Das Formular konnte nicht gelesen werden.
# Sent by a script, not by the page; multipart/form-data is a technical
# name: keep it.
posts-form-not-multipart = Das Formular konnte nicht gelesen werden. Sende es als multipart/form-data.
# The "Add picture" button of the write page sent no picture.
posts-picture-missing = Wähle ein Bild zum Hinzufügen aus.

## After saving, publishing or deleting (a short message at the top of the
## next page)

posts-flash-published = Dein Beitrag ist veröffentlicht.
posts-flash-draft-saved = Dein Entwurf ist gespeichert. Nur du kannst ihn sehen.
# $when is a time written as posts-local-time says.
posts-flash-scheduled = Dein Beitrag wird am { $when } veröffentlicht.
posts-flash-changes-saved = Deine Änderungen sind gespeichert.
posts-flash-already-published = Dieser Beitrag ist bereits veröffentlicht.
posts-flash-deleted = Der Beitrag ist gelöscht.
posts-only-author-edit = Nur wer diesen Beitrag geschrieben hat, kann ihn ändern.
posts-only-author-delete = Nur wer diesen Beitrag geschrieben hat, kann ihn löschen.
posts-only-author-publish = Nur wer diesen Entwurf geschrieben hat, kann ihn veröffentlichen.

## My drafts

posts-drafts-title = Meine Entwürfe
# posts-drafts-intro is a sentence; posts-drafts-write-link (a link) and
# posts-drafts-write-after make the next one.
posts-drafts-intro = Nur du kannst sie sehen, bis sie veröffentlicht sind.
posts-drafts-write-link = Schreib einen neuen Beitrag
posts-drafts-write-after = .
posts-drafts-empty = Keine Entwürfe. Auf der Schreibseite legt „{ posts-form-save-draft }“ einen Beitrag hier ab, bis du ihn veröffentlichst.
# A label in front of a scheduled draft, followed by posts-drafts-scheduled-for.
posts-drafts-scheduled-pill = Geplant
# $when is a time written as posts-local-time says.
posts-drafts-scheduled-for = am { $when }
# A label in front of a draft, followed by posts-drafts-saved.
posts-drafts-draft-pill = Entwurf
# $when is a date and time, as common.ftl's datetime writes it.
posts-drafts-saved = gespeichert am { $when }

## A post's page

# Read by screen readers: the box above a post that is not published yet.
posts-banner-label = Entwurf
# posts-banner-scheduled (in bold) and posts-banner-scheduled-text make
# one sentence; $when is a time written as posts-local-time says.
posts-banner-scheduled = Geplant:
posts-banner-scheduled-text = Dieser Beitrag wird am { $when } veröffentlicht. Bis dahin kannst nur du ihn sehen.
# posts-banner-draft (in bold) and posts-banner-draft-text make one sentence.
posts-banner-draft = Entwurf:
posts-banner-draft-text = Nur du kannst diesen Beitrag sehen.
posts-publish-now = Jetzt veröffentlichen
# Before the author's name (a link) under a post's title: "by Ana Silva".
posts-byline-by = von
# After the date of a post changed since it was published.
posts-edited = (bearbeitet)
# The like button, before and after it is pressed (a heart is shown
# before the word).
posts-like = Gefällt mir
posts-liked = Gefällt dir
posts-log-in-to-like = Zum Liken anmelden
posts-reported-post = Du hast diesen Beitrag gemeldet.

## The comment thread under a post

# The tooltip of a comment's date, a link to the comment itself.
posts-comment-permalink = Link zu diesem Kommentar
# Before the date and time a comment was last corrected.
posts-comment-edited = bearbeitet am
# "↪ replying to Ana Silva": before the name of the comment's author this
# one answers (a link)…
posts-comment-answers = als Antwort auf
# …or, when that comment is gone, in place of the name.
posts-comment-answers-gone = einen gelöschten Kommentar
# The link that opens the reply form under a comment.
posts-comment-reply = Antworten
# Shown instead of the Report link once the reader reported the comment.
posts-comment-reported = Gemeldet
# Read by screen readers: the field to correct one's own comment.
posts-comment-edit-label = Dein Kommentar
posts-comment-save = Kommentar speichern
# Before "{ posts-replies }" on the button that folds or unfolds the
# answers to a comment.
posts-replies-hide = Ausblenden:
posts-replies-show = Anzeigen:
posts-replies = { $count ->
    [one] { $count } Antwort
   *[other] { $count } Antworten
}
# Above the comment form when it answers a comment: before the author's
# name (a link), then " · " and posts-cancel.
posts-comment-replying-to = Antwort an
posts-comment-form-label = Kommentar hinzufügen
posts-comment-form-reply-label = Deine Antwort
# posts-comment-hint-before and -after are one sentence around "@name"
# (how to mention someone: keep it as it is).
posts-comment-hint-before = Markdown funktioniert;
posts-comment-hint-after = benachrichtigt die Person.
# The form's button, for a comment on the post or a reply to a comment.
posts-comment-form-submit = Kommentieren
posts-comment-form-reply = Antworten
# posts-join-log-in (a link) and posts-join-after make one sentence.
posts-join-log-in = Melde dich an
posts-join-after = und diskutiere mit.

## Feeds

feeds-heading-latest = Neueste Beiträge
feeds-heading-following = Von Leuten, denen du folgst
# $tag is the tag's name (keep the "#" before it).
feeds-heading-tag = Beiträge mit dem Tag #{ $tag }
# The description link previews show for a feed.
feeds-card-description = Beiträge, Menschen und Gespräche auf Quill.
# Past the last page of a feed. feeds-first-page-link (a link) and
# feeds-first-page-after make one sentence.
feeds-no-more-posts = Hier gibt es keine weiteren Beiträge.
feeds-first-page-link = Zurück zur ersten Seite
feeds-first-page-after = .
feeds-following-empty = Hier ist noch nichts. Folge Leuten über ihre Profilseiten, dann erscheinen ihre Beiträge hier.
feeds-following-browse = Neueste Beiträge ansehen
# An empty site. Then, for someone logged in, feeds-write-first-link (a
# link) and feeds-write-first-after make one sentence; for a visitor,
# feeds-sign-up-link (a link) and feeds-sign-up-after make one.
feeds-no-posts-yet = Noch keine Beiträge.
feeds-write-first-link = Schreib den ersten
feeds-write-first-after = .
feeds-sign-up-link = Registriere dich
feeds-sign-up-after = und schreib den ersten.

## Atom feed titles
# Feed readers show these as the feed's name. They are always sent in
# English, so translations of these three are not used.

feeds-atom-latest = Quill: neueste Beiträge
# $name is a username: keep the "@" before it.
feeds-atom-by = Quill: Beiträge von @{ $name }
# $tag is the tag's name: keep the "#" before it.
feeds-atom-tagged = Quill: Beiträge mit dem Tag #{ $tag }
