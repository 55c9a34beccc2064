# Quill's admin pages (for moderators and admins), the dev mailbox, and
# the mail Quill sends admins.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Plurals use the language's own categories (zero, one, two, few, many,
# other): see https://projectfluent.org/fluent/guide/selectors.html
#
# Left in English on purpose: job kinds (`backup`, `reindex_search`),
# schedule names and audit action codes (`delete-post`, `ban`), which the
# pages show as identifiers; settings such as QUILL_BACKUP_DIR and
# SMTP_URL; commands such as `quill backup --out FILE`.

## Shared by several admin pages

# The section navigation at the top of every admin page.
admin-nav-label = Administration
admin-nav-dashboard = Tableau de bord
admin-nav-people = Personnes
admin-nav-posts = Articles
admin-nav-comments = Commentaires
admin-nav-reports = Signalements
admin-nav-jobs = Tâches
admin-nav-search = Recherche
admin-nav-audit = Journal d’audit

# The checkbox next to a button that deletes or discards something.
admin-confirm-sure = Je confirme
admin-delete-button = Supprimer
# Placeholder of the reason field when deleting or removing someone's
# post or comment.
admin-reason-told-placeholder = Motif (envoyé à l’auteur)
# Label (on a person's page) and placeholder (in the reports queue) of the
# reason field for a ban.
admin-ban-reason = Motif du bannissement
# A button; $username is a username, without the @.
admin-ban-user = Bannir @{ $username }

# A person's role, shown in the people list and on their page. $role is
# the stored role: user, moderator or admin.
admin-role = { $role ->
    [admin] administrateur
    [moderator] modérateur
   *[user] utilisateur
}
# A person's status in the people list and on their page.
admin-status = { $status ->
    [banned] banni
    [verified] vérifié
   *[unverified] non vérifié
}

# A full stop after a bold part or a link that ends a sentence.
admin-full-stop = .

## Errors and refusals

admin-forbidden-admins = Cette page est réservée aux administrateurs du site.
admin-forbidden-staff = Cette page est réservée aux modérateurs et aux administrateurs du site.
admin-last-admin = Quill a besoin d’au moins un administrateur, et celui-ci est le dernier encore actif. Nommez d’abord quelqu’un d’autre administrateur.
admin-not-self = Vous ne pouvez pas faire cela sur votre propre compte. Demandez à un autre administrateur.
admin-reason-missing = Indiquez un motif : il est consigné dans le journal d’audit et communiqué à la personne.
# $max is a number of characters.
admin-reason-too-long = Le motif doit faire moins de { $max } caractères.
admin-confirm-missing = Cochez la case pour confirmer : cette action est irréversible.

## Dashboard

admin-dashboard-title = Administration · Tableau de bord
admin-dashboard-heading = Administration
admin-dashboard-reports = Signalements
admin-dashboard-no-reports = Aucun signalement ouvert.
# Follows the number of open reports ($count), which is shown in bold just
# before this text; $items is how many posts, comments or profiles they
# are about.
admin-dashboard-open-reports = { $count ->
    [one] signalement ouvert
   *[other] signalements ouverts
} concernant { $items ->
    [one] { $items } élément
   *[other] { $items } éléments
}.
admin-dashboard-queue-link = La file de modération
admin-dashboard-people = Personnes
admin-dashboard-verified = Vérifiées
admin-dashboard-unverified = Non vérifiées
admin-dashboard-banned = Bannies
admin-dashboard-content = Contenu
admin-dashboard-posts = Articles
admin-dashboard-comments = Commentaires
admin-dashboard-likes = J’aime
# The heading above the charts; $days is 30.
admin-dashboard-last-days = { $days ->
    [one] Le dernier jour
   *[other] Les { $days } derniers jours
}
admin-dashboard-jobs = File des tâches
admin-dashboard-jobs-link = Voir les tâches
admin-dashboard-backups = Sauvegardes
admin-dashboard-search = Index de recherche
# $docs and $visible are numbers of posts.
admin-dashboard-index-in-step = { $docs } articles dans l’index, { $visible } articles visibles dans la base de données : synchronisés.
# Followed by “not in step” in bold (admin-search-not-in-step) and a link
# to the search page (admin-dashboard-index-check-link).
admin-dashboard-index-not-in-step = { $docs } articles dans l’index, { $visible } articles visibles dans la base de données :
admin-dashboard-index-check-link = Vérifier ou réindexer

## Dashboard charts

# Captions of the two charts, and what a screen reader says they are.
admin-chart-signups = Inscriptions par jour
admin-chart-posts = Articles par jour
# What a screen reader says for a chart: $title is one of the two above,
# $total how many there were in all, over $days days.
admin-chart-summary = { $title } : { $total } en { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
# A day under the chart, without the year; $month is the short month name
# (month-1 … month-12 in common.ftl).
admin-chart-day = { $day ->
    [1] 1er
   *[other] { $day }
} { $month }
# The tooltip of one bar: $day as above, $count the number that day.
admin-chart-bar = { $day } : { $count }

## Dashboard: backups

# In bold, followed by admin-backup-failed-details.
admin-backup-failed = La dernière sauvegarde programmée a échoué
# $ago is how long ago (“3 hours ago”), $file the archive's file name,
# $error what went wrong (often from another program, in English).
admin-backup-failed-details = ({ $ago }, { $file }) : { $error }
# The error when a backup never finished.
admin-backup-unfinished = elle ne s’est pas terminée dans le délai imparti (le processus s’est arrêté ou était bloqué)
# “Last backup: quill-20261206T000000Z.tar.zst, 1.2 GB, 3 hours ago.”: the
# file name is shown in bold between the two parts. $size is a size such
# as “1.2 GB”, $ago how long ago.
admin-backup-last-before = Dernière sauvegarde :
admin-backup-last-after = , { $size }, { $ago }.
admin-backup-none = Aucune sauvegarde programmée n’a encore été écrite.
# $every is one of the three below, $dir a folder on the server, $keep a
# number of backups.
admin-backup-plan = Une sauvegarde { $every } dans { $dir }, { $keep ->
    [one] en conservant uniquement la plus récente
   *[other] en conservant les { $keep } plus récentes
}.
admin-backup-every-days = { $count ->
    [one] tous les jours
   *[other] tous les { $count } jours
}
admin-backup-every-hours = { $count ->
    [one] toutes les heures
   *[other] toutes les { $count } heures
}
admin-backup-every-minutes = { $count ->
    [one] toutes les minutes
   *[other] toutes les { $count } minutes
}
# One sentence around the setting QUILL_BACKUP_DIR, shown between the two
# parts: “Scheduled backups are off: set QUILL_BACKUP_DIR (see the
# operations guide).”
admin-backup-off-before = Les sauvegardes programmées sont désactivées : définissez
admin-backup-off-after = (voir le guide d’exploitation).
# Follows the command `quill backup --out FILE`.
admin-backup-by-hand = en crée une manuellement.

## Mail to every admin when a scheduled backup fails

admin-backup-mail-subject = Une sauvegarde Quill a échoué
# $file is the archive's file name.
admin-backup-mail-what = La sauvegarde programmée { $file } n’a pas pu être écrite.
# $error is what went wrong, often from another program, in English.
admin-backup-mail-why = L’erreur : { $error }
admin-backup-mail-next = Tant que le problème n’est pas corrigé, le site n’a aucune nouvelle sauvegarde. La prochaine exécution programmée fera une nouvelle tentative ; `quill backup --out FILE` en crée une manuellement.
admin-backup-mail-link = Ouvrir le tableau de bord d’administration

## People

admin-users-title = Administration · Personnes
admin-users-heading = Personnes
admin-users-search-label = Nom ou adresse e-mail
admin-users-search-button = Chercher
admin-users-empty = Personne ne s’est encore inscrit.
# $query is what the admin searched for.
admin-users-no-match = Personne ne correspond à « { $query } ».
admin-users-col-person = Personne
admin-users-col-email = E-mail
admin-users-col-role = Rôle
admin-users-col-status = Statut
admin-users-col-joined = Inscription
admin-users-col-actions = Actions
admin-users-verify = Vérifier
admin-users-unban = Débannir
admin-users-ban = Bannir
# For screen readers; $username is a username, without the @.
admin-users-ban-reason-label = Motif du bannissement de @{ $username }
admin-users-ban-reason-placeholder = Motif
admin-users-more = Détails…

## A person's page

# $username is a username, without the @.
admin-user-title = Administration · @{ $username }
admin-user-email = E-mail
admin-user-status = Statut
admin-user-role = Rôle
admin-user-joined = Inscription
admin-user-posts = Articles
admin-user-comments = Commentaires
admin-user-pictures = Images
admin-user-profile = Profil
admin-user-own-account = C’est votre propre compte : demandez à un autre administrateur de le bannir, de le supprimer ou de changer son rôle.
admin-user-actions = Actions
admin-user-verify = Marquer l’adresse e-mail comme vérifiée
admin-user-resend = Renvoyer le lien de vérification
# $role is the role one step up: moderator or admin.
admin-user-promote = { $role ->
    [admin] Promouvoir administrateur
   *[moderator] Promouvoir modérateur
}
# $role is the role one step down: moderator or user.
admin-user-demote = { $role ->
    [moderator] Rétrograder en modérateur
   *[user] Rétrograder en utilisateur
}
# A button; $username is a username, without the @.
admin-user-unban = Débannir @{ $username }
admin-user-ban-hint = La personne est immédiatement déconnectée partout, ne peut plus se connecter, et ses articles sont masqués. Le motif est consigné dans le journal d’audit.
admin-user-delete-heading = Supprimer le compte
admin-user-delete-reason = Motif
# Next to the checkbox that confirms the deletion; $username is a
# username, without the @; $posts and $comments are numbers.
admin-user-delete-confirm = Supprimer @{ $username } ainsi que tous ses articles ({ $posts }) et tous ses commentaires ({ $comments }). Cette action est irréversible.
admin-user-delete-button = Supprimer le compte
admin-user-recent-posts = Articles récents
admin-user-no-posts = Aucun article.
admin-user-sessions = Sessions
admin-user-no-sessions = Aucune session ouverte.
admin-user-session-started = Début
admin-user-session-ends = Expiration en cas d’inactivité

## What happened, after an action on a person (shown at the top of the page)
# $username is a username, without the @.

admin-user-already-verified = Cette adresse était déjà vérifiée.
admin-user-verified = L’adresse e-mail de { $username } est vérifiée.
admin-user-resend-refused = Seul un compte actif et non vérifié peut recevoir un lien de vérification.
# $email is the person's email address.
admin-user-resent = Un nouveau lien de vérification est en route vers { $email }.
admin-user-already-banned = Ce compte était déjà banni.
admin-user-banned = Le compte { $username } est banni et toutes ses sessions sont fermées ; ses articles sont masqués.
admin-user-not-banned = Ce compte n’était pas banni.
admin-user-deleted-by-owner = Cette personne a supprimé son propre compte : elle seule peut le conserver, en se connectant avant son effacement.
admin-user-unbanned = { $username } peut de nouveau se connecter ; ses articles sont de nouveau visibles.
# $role is their role: user, moderator or admin.
admin-user-role-unchanged = { $username } a déjà le rôle { $role ->
    [admin] d’administrateur
    [moderator] de modérateur
   *[user] d’utilisateur
}.
admin-user-role-changed-meanwhile = Son rôle a changé entre-temps ; vérifiez à nouveau.
# $role is their new role: user, moderator or admin.
admin-user-role-changed = { $username } a désormais le rôle { $role ->
    [admin] d’administrateur
    [moderator] de modérateur
   *[user] d’utilisateur
}.
admin-user-deleted = Le compte, les articles et les commentaires de { $username } sont supprimés.

## Posts and comments

admin-posts-title = Administration · Articles
admin-posts-heading = Articles
admin-posts-empty = Aucun article pour l’instant.
# After a post's title; $author is a username, without the @.
admin-posts-by = par @{ $author }
# For screen readers; $title is the post's title.
admin-posts-reason-label = Motif de la suppression de « { $title } »
admin-posts-admins-only = Article d’un administrateur : seul un administrateur peut le supprimer.
# $author is a username, without the @.
admin-posts-deleted = L’article est supprimé ; { $author } en reçoit le motif par e-mail.

admin-comments-title = Administration · Commentaires
admin-comments-heading = Commentaires
admin-comments-empty = Aucun commentaire pour l’instant.
# One sentence around the title of the post the comment is on, which is a
# link shown between the two parts: “@ana on My first post”. $author is a
# username, without the @. The second part is empty in English.
admin-comments-on-before = @{ $author } sur
admin-comments-on-after = { "" }
# For screen readers.
admin-comments-reason-label = Motif de la suppression de ce commentaire
admin-comments-admins-only = Commentaire d’un administrateur : seul un administrateur peut le supprimer.
admin-comments-deleted = Le commentaire est supprimé ; son auteur en reçoit le motif par e-mail.

## Reports (the moderation queue)
# $kind, where it appears, is what was reported: post, comment or user (a
# profile).

admin-reports-title = Administration · Signalements
admin-reports-heading = Signalements
# $count is the number of open reports, $items how many posts, comments
# or profiles they are about.
admin-reports-summary = { $count ->
    [one] { $count } signalement ouvert
   *[other] { $count } signalements ouverts
} concernant { $items ->
    [one] { $items } élément
   *[other] { $items } éléments
}, du plus ancien au plus récent. Une décision clôt tous les signalements de l’élément concerné.
admin-reports-open = Ouverts
admin-reports-empty = Rien à examiner : aucun signalement ouvert.
# The tag in front of a reported item.
admin-reports-kind = { $kind ->
    [post] article
    [comment] commentaire
    [user] profil
   *[other] élément
}
# After an item that was deleted since it was reported.
admin-reports-gone = (n’existe plus : supprimé par son auteur)
# One phrase around the author's name, which is a link shown between the
# two parts: “by @ana”. The second part is empty in English.
admin-reports-author-before = par
admin-reports-author-after = { "" }
# After the author of an item, when they are banned.
admin-reports-author-banned = (banni)
# Follows the number of reports ($count), shown in bold just before;
# $tally is the reasons, as “Spam ×2, Harassment ×1”.
admin-reports-reported = { $count ->
    [one] personne l’a signalé
   *[other] personnes l’ont signalé
} : { $tally }
# One entry of the tally: $reason is a reason below, $count a number.
admin-reports-tally-entry = { $reason } ×{ $count }
# Between the entries of the tally.
admin-reports-tally-separator = {", "}
# Followed by the date of the first report.
admin-reports-first = premier signalement le
# After a report's reason: what the reporter wrote ($details).
admin-reports-details = — « { $details } »
# Under the first ten reports of an item; $count is how many are not shown.
admin-reports-more = { $count ->
    [one] et { $count } autre
   *[other] et { $count } autres
}
# Why a moderator gets fewer buttons for an item.
admin-reports-about-you = Cela vous concerne : un autre modérateur décidera.
admin-reports-staff-ban = Seul un administrateur peut bannir un modérateur ou un administrateur.
# For screen readers; only posts and comments can be removed.
admin-reports-remove-reason = { $kind ->
    [post] Motif du retrait de cet article
   *[comment] Motif du retrait de ce commentaire
}
admin-reports-remove = { $kind ->
    [post] Retirer l’article
   *[comment] Retirer le commentaire
}
# For screen readers.
admin-reports-ban-reason = Motif du bannissement de l’auteur
admin-reports-ban-the-author = Bannir l’auteur
# For screen readers.
admin-reports-dismiss-note = Note sur le classement sans suite (facultative)
admin-reports-dismiss-placeholder = Note (facultative)
admin-reports-dismiss = Classer sans suite
admin-reports-resolved = Traités
admin-reports-resolved-empty = Aucune décision pour l’instant.
# The start of a line about a decision: $id is the item's number, $label
# its title (or first words, or username), $count how many reports it had.
# Followed by the decision (admin-reports-resolution) and who took it.
admin-reports-decision = { $kind ->
    [post] article
    [comment] commentaire
    [user] profil
   *[other] élément
} #{ $id } « { $label } » ({ $count ->
    [one] { $count } signalement
   *[other] { $count } signalements
}) :
# The decision, in bold; $how is dismissed, removed or banned.
admin-reports-resolution = { $how ->
    [dismissed] classé sans suite
    [removed] retiré
    [banned] banni
   *[other] { $how }
}
admin-reports-resolution-none = traité
# Who decided; $name is a username, without the @.
admin-reports-resolved-by = par @{ $name }
admin-reports-resolved-by-someone = par quelqu’un

## What happened, after a decision in the queue (shown at the top of the page)

admin-reports-already = Ces signalements avaient déjà été traités.
admin-reports-refused = Vous ne pouvez pas faire cela sur cet élément.
# $count is how many reports were dismissed.
admin-reports-dismissed = { $count ->
    [one] { $count } signalement classé sans suite
   *[other] { $count } signalements classés sans suite
} ; { $kind ->
    [post] l’article est conservé.
    [comment] le commentaire est conservé.
   *[user] le profil est conservé.
}
admin-reports-profile-not-removable = Un profil ne peut pas être retiré : bannissez la personne, ou classez les signalements sans suite.
admin-reports-removed = { $kind ->
    [post] L’article est retiré et ses signalements sont traités ; son auteur en reçoit le motif par e-mail.
   *[comment] Le commentaire est retiré et ses signalements sont traités ; son auteur en reçoit le motif par e-mail.
}
admin-reports-already-banned = Ce compte est déjà banni.
# $done is what the ban did, a sentence such as admin-user-banned.
admin-reports-banned = { $done } Les signalements sont traités.

## Jobs

admin-jobs-title = Administration · Tâches
admin-jobs-heading = Tâches
# How many jobs are in each state (also on the dashboard).
admin-jobs-pending = En attente
admin-jobs-running = En cours
admin-jobs-failed = En échec, à relancer
admin-jobs-dead = Abandonnées
admin-jobs-schedules = Planifications
admin-jobs-schedules-empty = Aucune tâche périodique n’a encore été enregistrée (les workers les enregistrent à leur démarrage).
admin-jobs-col-schedule = Planification
admin-jobs-col-next-run = Prochaine exécution
admin-jobs-queue = File d’attente
# For screen readers: the links that filter the queue by state.
admin-jobs-states-label = États des tâches
admin-jobs-state-all = Toutes
# A job's state, in the filter links and the table; $state is pending,
# running, failed (failed at least once, waiting for its retry) or dead
# (out of attempts).
admin-jobs-state = { $state ->
    [pending] en attente
    [running] en cours
    [failed] en échec
    [dead] abandonnée
   *[other] { $state }
}
# A button; $count is the number of dead jobs.
admin-jobs-retry-dead = { $count ->
    [one] Relancer la tâche abandonnée
   *[other] Relancer les { $count } tâches abandonnées
}
admin-jobs-empty = Aucune tâche ici : la file est vide.
# Column headings of the queue: the job's number, its kind, when it was
# queued, its state, attempts made out of those allowed, when it runs next,
# its last error, and the buttons.
admin-jobs-col-id = #
admin-jobs-col-kind = Type
admin-jobs-col-queued = Ajoutée
admin-jobs-col-state = État
admin-jobs-col-attempts = Tentatives
admin-jobs-col-runs = Exécution
admin-jobs-col-last-error = Dernière erreur
admin-jobs-col-actions = Actions
# When a job runs next.
admin-jobs-runs-never = jamais
admin-jobs-runs-now = maintenant
admin-jobs-retry = Relancer maintenant
admin-jobs-discard = Écarter
# $id is the job's number, $kind its kind (an identifier such as
# send_verification).
admin-jobs-retried = La tâche { $id } ({ $kind }) va être exécutée maintenant.
admin-jobs-retried-dead = { $count ->
    [one] { $count } tâche abandonnée va être relancée.
   *[other] { $count } tâches abandonnées vont être relancées.
}
admin-jobs-discarded = La tâche { $id } ({ $kind }) est écartée.
admin-jobs-retry-refused = Cette tâche est en cours ou déjà terminée ; il n’y a rien à relancer.
admin-jobs-discard-refused = Cette tâche est en cours ou déjà terminée ; elle ne peut pas être écartée.

## Search index

admin-search-title = Administration · Recherche
admin-search-heading = Index de recherche
admin-search-docs = Articles dans cet index
admin-search-visible = Articles visibles dans la base de données
# Whether the index holds as many posts as the database shows.
admin-search-in-step = synchronisés
admin-search-not-in-step = non synchronisés
admin-search-backlog = Modifications pas encore appliquées
admin-search-applied = Dernière modification appliquée
admin-search-folder = Dossier
admin-search-no-index = Ce processus n’a pas d’index de recherche.
admin-search-reindex = Réindexation
# $error is what went wrong, often from another program, in English.
admin-search-reindex-failed = La dernière réindexation a échoué : { $error }
# $when is a date and time, $count a number of posts.
admin-search-reindex-finished = { $count ->
    [one] La dernière réindexation s’est terminée le { $when } : { $count } article.
   *[other] La dernière réindexation s’est terminée le { $when } : { $count } articles.
}
# $done and $total are numbers of posts, $percent how far along it is.
admin-search-reindexing = Réindexation en cours : { $done } articles sur { $total } ({ $percent } %). Rechargez la page pour voir la progression.
admin-search-percent = { $percent } %
# $when is a date and time.
admin-search-reindex-queued = Une réindexation est en file d’attente ({ $when }) et démarrera dès qu’un worker sera libre.
admin-search-reindex-hint = Construit un nouvel index à partir de la base de données, à côté de l’index actif, puis bascule dessus. Entre-temps, la recherche continue de répondre avec l’ancien index.
admin-search-reindex-button = Réindexer maintenant
admin-search-check = Vérification de cohérence
admin-search-check-hint = Compare chaque id d’article de l’index avec les articles visibles dans la base de données, après avoir appliqué les modifications en attente.
admin-search-check-button = Vérifier maintenant
admin-search-reindex-running = Une réindexation est déjà en file d’attente ou en cours.
admin-search-reindex-started = La réindexation est en file d’attente ; sa progression s’affiche ci-dessous. La recherche continue de répondre entre-temps.
admin-search-check-no-index = Ce processus n’a pas d’index de recherche à vérifier.
# The result of the check; $count is a number of posts.
admin-search-consistent = { $count ->
    [one] Cohérent : l’index contient exactement { $count } article visible.
   *[other] Cohérent : l’index contient exactement les { $count } articles visibles.
}
# $missing and $extra are numbers of posts; $missing_ids and $extra_ids
# are either empty or up to five post numbers after a space, as
# “ (#3, #8, …)”.
admin-search-inconsistent = Incohérent : { $missing ->
    [one] { $missing } article manquant dans l’index
   *[other] { $missing } articles manquants dans l’index
}{ $missing_ids }, { $extra ->
    [one] { $extra } article présent dans l’index alors qu’il ne devrait pas y être
   *[other] { $extra } articles présents dans l’index alors qu’ils ne devraient pas y être
}{ $extra_ids }. Réindexez pour corriger.

## Audit log

admin-audit-title = Administration · Journal d’audit
admin-audit-heading = Journal d’audit
admin-audit-filter-actor = Par (nom d’utilisateur)
admin-audit-filter-action = Action
# The first choice of the action filter: every action.
admin-audit-filter-any = Toutes
admin-audit-filter-target = La cible contient
admin-audit-filter-submit = Filtrer
admin-audit-empty = Rien n’a été consigné.
admin-audit-empty-filtered = Aucune entrée consignée ne correspond.
admin-audit-col-when = Date
admin-audit-col-who = Qui
admin-audit-col-action = Action
admin-audit-col-target = Cible
admin-audit-col-reason = Motif
# What kind of thing an action was on, before its name or title.
admin-audit-target-kind = { $kind ->
    [user] utilisateur
    [post] article
    [comment] commentaire
    [job] tâche
    [search] recherche
   *[other] { $kind }
} :

## The dev mailbox (/dev/mailbox), shown while Quill sends no real mail

admin-mailbox-title = Boîte mail de développement
# Two sentences, each around the setting SMTP_URL, which is shown between
# the parts: “No SMTP_URL is set, so Quill keeps the mail it sends here
# (newest first). Set SMTP_URL to send real mail; this page then
# disappears.”
admin-mailbox-no-smtp-before = { "" }
admin-mailbox-no-smtp-after = n’étant pas défini, Quill conserve ici les e-mails qu’il envoie (les plus récents en premier).
admin-mailbox-set-smtp-before = Définissez
admin-mailbox-set-smtp-after = pour envoyer de vrais e-mails ; cette page disparaîtra alors.
admin-mailbox-empty = Aucun e-mail pour l’instant. Inscrivez-vous, et l’e-mail de vérification apparaîtra ici.
# $address is the address a message went to.
admin-mailbox-to = à { $address }

# A user's second factor on /admin/users/{id}; $date is a date, $username a username.
admin-user-second-factor = Second facteur
admin-user-passkeys = Clés d’accès
admin-user-second-factor-on = Activé depuis le { $date }
admin-user-second-factor-off = Désactivé
admin-user-second-factor-reason = Motif (conservé dans le journal d’audit)
admin-user-second-factor-hint = Seulement si la personne a perdu son téléphone et ses codes de récupération et que vous êtes sûr que c’est elle. Elle reçoit un e-mail indiquant qu’il a été désactivé.
admin-user-second-factor-reset = Désactiver son second facteur
admin-user-second-factor-reset-done = Le second facteur de @{ $username } est désactivé ; un e-mail l’en a informé.
admin-user-second-factor-none = Cette personne n’a pas de second facteur.
admin-staff-second-factor-heading = Second facteur pour l’équipe
admin-staff-second-factor-label = Les modérateurs et administrateurs doivent avoir un second facteur pour accéder aux pages d’administration
admin-staff-second-factor-save = Enregistrer
admin-staff-second-factor-on-done = L’équipe doit désormais avoir un second facteur pour les pages d’administration.
admin-staff-second-factor-off-done = L’équipe n’a plus besoin d’un second facteur pour les pages d’administration.
admin-staff-second-factor-yours-first = Configurez d’abord votre propre second facteur : la règle vous renverrait ici aussi.
