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
posts-untitled = (sans titre)
posts-edit = Modifier
posts-delete = Supprimer
posts-cancel = Annuler
# A link to report a post or comment to the moderators.
posts-report = Signaler
# Estimated reading time of a post; $minutes is a whole number, at least 1.
posts-reading-time = { $minutes } min de lecture
posts-likes = { $count } J’aime
# On lists of posts, and as the heading of a post's comment thread.
posts-comments = { $count ->
    [one] { $count } commentaire
   *[other] { $count } commentaires
}
# A time as the writer chose it when scheduling a post, on their clock:
# $date is a date written as in common.ftl ("24 Dec 2026"), $time is
# 24-hour HH:MM, and $zone the clock's offset, such as "UTC+01:00".
posts-local-time = { $date } à { $time } ({ $zone })

## The write and edit page

posts-form-title-new = Écrire un article
posts-form-title-edit = Modifier l’article
posts-form-title-edit-draft = Modifier le brouillon
posts-preview-heading = Aperçu
# The preview of a post whose title field is still empty.
posts-preview-untitled = (pas encore de titre)
# Under the preview of a published post being edited.
posts-preview-hint-published = Pas encore enregistré : modifiez ci-dessous, puis enregistrez.
# Under the preview of a new post or a draft.
posts-preview-hint-draft = Pas encore enregistré : modifiez ci-dessous, puis publiez ou enregistrez un brouillon.
# After the label of a field that may be left empty.
posts-form-optional = (facultatif)
posts-form-title-label = Titre
# The post's one-line summary.
posts-form-summary-label = Résumé
posts-form-summary-hint = Une ligne affichée dans les fils, jusqu’à 300 caractères.
posts-form-body-label = Texte
# Markdown syntax stays as it is (**, *, [](), `, ```); the words inside it
# may be translated.
posts-form-body-hint = Markdown : **gras**, *italique*, [liens](https://…), listes, `code`, tableaux, ```rust bloc de code```, et images : ![ce qu’elle montre](nom-du-fichier.jpg).
# A field for several picture files that the post's text shows.
posts-form-pictures-label = Images du texte
posts-form-pictures-optional = (facultatif, 20 au maximum)
# posts-form-pictures-hint-before, -example and -after are one sentence
# followed by another; -example is Markdown shown as code: keep ![…](dog.jpg).
posts-form-pictures-hint-before = Placez chacune dans le texte grâce à son nom de fichier :
posts-form-pictures-hint-example = ![ce qu’elle montre](dog.jpg)
posts-form-pictures-hint-after = . La description est lue à voix haute aux personnes qui ne peuvent pas voir l’image.
posts-form-tags-label = Étiquettes
# posts-form-tags-hint-before and -after are one sentence around an example
# of tags ("rust, web-dev").
posts-form-tags-hint-before = Jusqu’à 5, séparées par des virgules, par exemple
posts-form-tags-hint-after = .
# The post's main picture, shown above its text.
posts-form-image-label = Image
posts-form-image-has = Cet article a une image ; en choisir une nouvelle la remplace.
# $mb is the largest file size accepted, in megabytes.
posts-form-image-hint = JPEG, PNG, WebP ou GIF, jusqu’à { $mb } Mo. Les données de localisation et d’appareil photo sont supprimées.
posts-form-image-remove = Supprimer l’image
posts-form-image-alt-label = Description de l’image
posts-form-image-alt-hint = Ce que montre l’image, pour les personnes qui ne peuvent pas la voir. Si ce champ est vide, le titre est utilisé.
posts-form-schedule-legend = Programmation
posts-form-publish-at-label = Publier le
posts-form-publish-at-hint = Votre heure locale (UTC si votre navigateur n’exécute pas de script). Laissez vide pour publier maintenant ou garder un brouillon ; une heure déjà passée publie immédiatement.
# Buttons.
posts-form-save-changes = Enregistrer les modifications
posts-form-publish = Publier
posts-form-save-draft = Enregistrer le brouillon
posts-form-preview = Aperçu

## What the form says is wrong

posts-title-empty = Donnez un titre à votre article.
# $max is the longest title allowed, $count the length of this one
# (both in characters, both larger than 1).
posts-title-too-long = Le titre est limité à { $max } caractères (il en compte { $count }).
posts-body-empty = Écrivez quelque chose dans le texte.
# $max and $size are in kilobytes (KB); $max is 100.
posts-body-too-long = Le texte est limité à { $max } Ko (il fait { $size } Ko).
# $max is a number of characters (300).
posts-summary-too-long = Le résumé est limité à { $max } caractères.
# $max is a number of characters (30).
posts-tag-length = Les étiquettes doivent faire de 1 à { $max } caractères.
# $tag is the tag as the writer typed it.
posts-tag-characters = L’étiquette « { $tag } » ne peut contenir que des lettres, des chiffres et des traits d’union.
# $tag is the tag as the writer typed it; $first and $second name two
# alphabets whose letters look alike (latin, greek or cyrillic): translate
# the names, and keep the words in square brackets as they are.
posts-tag-mixed-alphabets = L’étiquette « { $tag } » mélange des lettres { $first ->
        [latin] latines
        [greek] grecques
       *[cyrillic] cyrilliques
    } et { $second ->
        [latin] latines
        [greek] grecques
       *[cyrillic] cyrilliques
    }, comme le font les noms qui en imitent d’autres ; écrivez-la dans un seul alphabet.
# $max is a number of tags (5).
posts-tags-too-many = Utilisez { $max } étiquettes au maximum.
# Two files were sent in the single picture field.
posts-image-one-only = Choisissez une seule image.
# $max is a number of pictures (20).
posts-pictures-field-too-many = Ajoutez au maximum { $max } images à un article.
# $max is the number of pictures allowed (20), $count how many this post
# shows (more than $max).
posts-pictures-too-many = Un article peut afficher jusqu’à { $max } images ; celui-ci en compte { $count }.
# Some pictures in the text have no description (alt text). Keep the
# Markdown ![…](…) as it is; the words inside the brackets may be translated.
posts-pictures-undescribed = { $count ->
    [one] Décrivez l’image pour les personnes qui ne peuvent pas la voir : écrivez la description entre les crochets, ![un chien endormi](…).
   *[other] Décrivez chaque image pour les personnes qui ne peuvent pas les voir : écrivez la description entre les crochets, ![un chien endormi](…).
}
# One of the picture files sent with the form was refused: $file is its
# file name, $reason why (a sentence from the picture checks).
posts-picture-refused = { $file } : { $reason }
posts-image-not-kept-by-preview = L’aperçu ne conserve pas l’image : choisissez-la à nouveau avant de publier.
# A file chosen in the form cannot be kept when the form comes back with
# an error.
posts-image-choose-again = Veuillez choisir l’image à nouveau.
posts-schedule-zone-unreadable = Le fuseau horaire de cette heure n’a pas pu être lu.
# Keep the example time as it is (year-month-day, T, hours:minutes).
posts-schedule-time-unreadable = Indiquez une date et une heure, par exemple 2026-12-24T09:00.
posts-schedule-too-far = Programmez-le dans les cinq prochaines années.
posts-form-unreadable = Le formulaire n’a pas pu être lu.
# Sent by a script, not by the page; multipart/form-data is a technical
# name: keep it.
posts-form-not-multipart = Le formulaire n’a pas pu être lu. Envoyez-le au format multipart/form-data.
# The "Add picture" button of the write page sent no picture.
posts-picture-missing = Choisissez une image à ajouter.

## After saving, publishing or deleting (a short message at the top of the
## next page)

posts-flash-published = Votre article est publié.
posts-flash-draft-saved = Votre brouillon est enregistré. Il n’est visible que par vous.
# $when is a time written as posts-local-time says.
posts-flash-scheduled = Votre article est programmé pour le { $when }.
posts-flash-changes-saved = Vos modifications sont enregistrées.
posts-flash-already-published = Cet article est déjà publié.
posts-flash-deleted = L’article est supprimé.
posts-only-author-edit = Seul l’auteur de cet article peut le modifier.
posts-only-author-delete = Seul l’auteur de cet article peut le supprimer.
posts-only-author-publish = Seul l’auteur de ce brouillon peut le publier.

## My drafts

posts-drafts-title = Mes brouillons
# posts-drafts-intro is a sentence; posts-drafts-write-link (a link) and
# posts-drafts-write-after make the next one.
posts-drafts-intro = Ils ne sont visibles que par vous jusqu’à leur publication.
posts-drafts-write-link = Écrire un nouvel article
posts-drafts-write-after = .
posts-drafts-empty = Aucun brouillon. Sur la page d’écriture, « { posts-form-save-draft } » garde un article ici jusqu’à sa publication.
# A label in front of a scheduled draft, followed by posts-drafts-scheduled-for.
posts-drafts-scheduled-pill = Programmé
# $when is a time written as posts-local-time says.
posts-drafts-scheduled-for = pour le { $when }
# A label in front of a draft, followed by posts-drafts-saved.
posts-drafts-draft-pill = Brouillon
# $when is a date and time, as common.ftl's datetime writes it.
posts-drafts-saved = enregistré le { $when }

## A post's page

# Read by screen readers: the box above a post that is not published yet.
posts-banner-label = Brouillon
# posts-banner-scheduled (in bold) and posts-banner-scheduled-text make
# one sentence; $when is a time written as posts-local-time says.
posts-banner-scheduled = Programmé :
posts-banner-scheduled-text = cet article sera publié le { $when }. D’ici là, il n’est visible que par vous.
# posts-banner-draft (in bold) and posts-banner-draft-text make one sentence.
posts-banner-draft = Brouillon :
posts-banner-draft-text = cet article n’est visible que par vous.
posts-publish-now = Publier maintenant
# Before the author's name (a link) under a post's title: "by Ana Silva".
posts-byline-by = par
# After the date of a post changed since it was published.
posts-edited = (modifié)
# The like button, before and after it is pressed (a heart is shown
# before the word).
posts-like = J’aime
posts-liked = Aimé
posts-log-in-to-like = Se connecter pour aimer
posts-reported-post = Vous avez signalé cet article.

## The comment thread under a post

# The tooltip of a comment's date, a link to the comment itself.
posts-comment-permalink = Lien vers ce commentaire
# Before the date and time a comment was last corrected.
posts-comment-edited = modifié le
# "↪ replying to Ana Silva": before the name of the comment's author this
# one answers (a link)…
posts-comment-answers = en réponse à
# …or, when that comment is gone, in place of the name.
posts-comment-answers-gone = un commentaire supprimé
# The link that opens the reply form under a comment.
posts-comment-reply = Répondre
# Shown instead of the Report link once the reader reported the comment.
posts-comment-reported = Signalé
# Read by screen readers: the field to correct one's own comment.
posts-comment-edit-label = Votre commentaire
posts-comment-save = Enregistrer le commentaire
# Before "{ posts-replies }" on the button that folds or unfolds the
# answers to a comment.
posts-replies-hide = Masquer
posts-replies-show = Afficher
posts-replies = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}
# Above the comment form when it answers a comment: before the author's
# name (a link), then " · " and posts-cancel.
posts-comment-replying-to = En réponse à
posts-comment-form-label = Ajouter un commentaire
posts-comment-form-reply-label = Votre réponse
# posts-comment-hint-before and -after are one sentence around "@name"
# (how to mention someone: keep it as it is).
posts-comment-hint-before = Le Markdown fonctionne ;
posts-comment-hint-after = prévient la personne concernée.
# The form's button, for a comment on the post or a reply to a comment.
posts-comment-form-submit = Commenter
posts-comment-form-reply = Répondre
# posts-join-log-in (a link) and posts-join-after make one sentence.
posts-join-log-in = Connectez-vous
posts-join-after = pour participer à la conversation.

## Feeds

feeds-heading-latest = Derniers articles
feeds-heading-following = Articles des personnes que vous suivez
# $tag is the tag's name (keep the "#" before it).
feeds-heading-tag = Articles avec l’étiquette #{ $tag }
# The description link previews show for a feed.
feeds-card-description = Des articles, des personnes et des conversations sur Quill.
# Past the last page of a feed. feeds-first-page-link (a link) and
# feeds-first-page-after make one sentence.
feeds-no-more-posts = Il n’y a plus d’articles.
feeds-first-page-link = Revenir à la première page
feeds-first-page-after = .
feeds-following-empty = Rien ici pour l’instant. Suivez des personnes depuis leur profil, et leurs articles apparaîtront ici.
feeds-following-browse = Parcourir les derniers articles
# An empty site. Then, for someone logged in, feeds-write-first-link (a
# link) and feeds-write-first-after make one sentence; for a visitor,
# feeds-sign-up-link (a link) and feeds-sign-up-after make one.
feeds-no-posts-yet = Aucun article pour l’instant.
feeds-write-first-link = Écrivez le premier
feeds-write-first-after = .
feeds-sign-up-link = Inscrivez-vous
feeds-sign-up-after = et écrivez le premier.

## Atom feed titles
# Feed readers show these as the feed's name. They are always sent in
# English, so translations of these three are not used.

feeds-atom-latest = Quill : derniers articles
# $name is a username: keep the "@" before it.
feeds-atom-by = Quill : articles de @{ $name }
# $tag is the tag's name: keep the "#" before it.
feeds-atom-tagged = Quill : articles avec l’étiquette #{ $tag }
