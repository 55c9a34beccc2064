# Quill's interface: the parts every page shares (the header, the footer,
# dates, paging, error pages).
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Plurals use the language's own categories (zero, one, two, few, many,
# other): see https://projectfluent.org/fluent/guide/selectors.html

## The page around everything

site-description = Quill : des articles, des personnes et des conversations sur un blog auto-hébergé.
skip-to-content = Aller au contenu
nav-label = Navigation principale
nav-latest = Récents
nav-following = Abonnements
nav-notifications = Notifications
# The badge on the notifications link, read by screen readers.
nav-unread = { $count ->
    [one] { $count } non lue
   *[other] { $count } non lues
}
nav-write = Écrire
nav-settings = Paramètres
nav-log-out = Se déconnecter
nav-log-in = Se connecter
nav-sign-up = S’inscrire
nav-search-label = Rechercher des articles
nav-search-placeholder = Rechercher
footer-tagline = Quill — un espace auto-hébergé pour écrire.
footer-latest = Derniers articles
footer-language = Langue
footer-language-choose = Changer

## Paging through lists

paging-label = Pages
paging-newer = ← Plus récents
paging-older = Plus anciens →
paging-page = Page { $page }

## Dates and times
# $day, $monthnum and $year are numbers; $month is the month's short name
# from below.

date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
# $date is written as above, $time as 24-hour HH:MM.
datetime = { $date } à { $time } UTC
month-1 = janv.
month-2 = févr.
month-3 = mars
month-4 = avr.
month-5 = mai
month-6 = juin
month-7 = juil.
month-8 = août
month-9 = sept.
month-10 = oct.
month-11 = nov.
month-12 = déc.
ago-now = à l’instant
ago-minutes = { $count ->
    [one] il y a { $count } minute
   *[other] il y a { $count } minutes
}
ago-hours = { $count ->
    [one] il y a { $count } heure
   *[other] il y a { $count } heures
}
ago-days = { $count ->
    [one] il y a { $count } jour
   *[other] il y a { $count } jours
}

## Error pages

error-home-link = Voir les derniers articles
error-not-found-title = Page introuvable
error-not-found = Il n’y a rien à cette adresse. Le contenu a peut-être été supprimé, ou le lien comporte une faute de frappe.
error-forbidden-title = Accès non autorisé
error-unprocessable-title = Cela n’a pas fonctionné
error-too-many-title = Trop de tentatives
error-too-many = { $minutes ->
    [one] Il y a eu trop de tentatives depuis votre connexion en peu de temps. Veuillez patienter une minute, puis réessayer.
   *[other] Il y a eu trop de tentatives depuis votre connexion en peu de temps. Veuillez patienter { $minutes } minutes, puis réessayer.
}
error-too-large-title = Trop volumineux
error-too-large = Ce que vous avez envoyé dépasse la taille acceptée par ce site. Essayez avec quelque chose de plus léger.
error-timeout-title = Trop lent
error-timeout = La requête a mis trop de temps à arriver, et le serveur a cessé de l’attendre. Veuillez la renvoyer.
error-quota-title = Plus de place pour les images
# $used and $quota are sizes such as "900 KB" or "1.5 MB".
error-quota = Cette image ne tient pas : vous avez utilisé { $used } sur les { $quota } réservés à vos images. Supprimez les images de certains articles, ou demandez plus d’espace à un administrateur.
error-internal-title = Une erreur s’est produite
error-internal = Le serveur n’a pas pu terminer cette requête. Rien de ce que vous avez envoyé n’a été perdu ; veuillez réessayer dans un instant.
error-form-expired-title = Ce formulaire a expiré
error-form-expired = Le formulaire était trop ancien ou ne provenait pas de ce site. Revenez en arrière, rechargez la page et réessayez.
error-cut-off = La requête a été interrompue ou a été trop lente. Veuillez la renvoyer.
error-form-unreadable = Le formulaire n’a pas pu être lu. Rechargez la page et réessayez.
role-admins-only = Seul un administrateur peut agir sur le compte, les articles ou les commentaires d’un administrateur.

## Words the page's script writes (static/app.js)
# { $name }-style placeholders here are filled in by the script.

js-just-now = à l’instant
# $offset is like "+02:00".
js-local-time = Votre heure locale (UTC{ $offset }). Laissez vide pour publier maintenant ou garder un brouillon ; une heure déjà passée publie immédiatement.
js-add-picture = Ajouter une image
# $name is the file's name, or js-the-picture when it has none.
js-adding-picture = Ajout de { $name }…
js-the-picture = l’image
js-picture-added = Image ajoutée. Décrivez-la entre les crochets pour les personnes qui ne peuvent pas la voir.
# $reason is one of the three messages below.
js-picture-failed = L’image n’a pas été ajoutée : { $reason }.
js-picture-too-large = elle est trop volumineuse
js-picture-too-many = trop d’envois au cours de la dernière heure
js-picture-unusable = elle est inutilisable
js-add-comment = Ajouter un commentaire
js-comment = Commenter
js-your-reply = Votre réponse
js-reply = Répondre
js-cancel = Annuler
# $name is the display name of the comment's author.
js-replying-to = En réponse à { $name }
js-mention-menu = Personnes à mentionner
# The unread badge's label, updated live. $count is a number; the script
# always uses the *[other] form, so write one that reads right for any count.
js-unread = Non lues : { $count }
# Passkey ceremonies in the browser (static/passkeys.js).
js-passkey-failed = La clé d’accès n’a pas fonctionné. Réessayez, ou utilisez votre mot de passe.
js-passkey-cancelled = Opération annulée, ou aucune clé d’accès pour ce site n’a été choisie.
js-passkey-already = Cet appareil contient déjà une clé d’accès pour votre compte.
js-passkey-too-many = Trop de tentatives : patientez un moment, puis réessayez.
