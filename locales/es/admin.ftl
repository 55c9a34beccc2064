# Páginas de administración de Quill (para moderadores y administradores),
# el buzón de desarrollo y los correos que Quill envía a los administradores.
#
# Los argumentos entre { $llaves } los rellena Quill; déjalos como están.
# Los plurales usan las categorías del idioma (zero, one, two, few, many,
# other): ver https://projectfluent.org/fluent/guide/selectors.html
#
# Se dejan en inglés a propósito: los tipos de tarea (`backup`,
# `reindex_search`), los nombres de las programaciones y los códigos de
# acción de auditoría (`delete-post`, `ban`), que las páginas muestran como
# identificadores; ajustes como QUILL_BACKUP_DIR y SMTP_URL; comandos como
# `quill backup --out FILE`.

## Shared by several admin pages

# La navegación de secciones arriba de cada página de administración.
admin-nav-label = Administración
admin-nav-dashboard = Panel
admin-nav-people = Personas
admin-nav-posts = Publicaciones
admin-nav-comments = Comentarios
admin-nav-reports = Denuncias
admin-nav-jobs = Tareas
admin-nav-search = Búsqueda
admin-nav-audit = Registro de auditoría

# La casilla junto a un botón que elimina o descarta algo.
admin-confirm-sure = Confirmo
admin-delete-button = Eliminar
# Texto de ejemplo del campo de motivo al eliminar o retirar la publicación
# o el comentario de alguien.
admin-reason-told-placeholder = Motivo (se enviará al autor)
# Etiqueta (en la página de una persona) y texto de ejemplo (en la cola de
# denuncias) del campo de motivo de una suspensión.
admin-ban-reason = Motivo de la suspensión
# Un botón; $username es un nombre de usuario, sin la @.
admin-ban-user = Suspender a @{ $username }

# El rol de una persona, en la lista de personas y en su página. $role es
# el rol guardado: user, moderator o admin.
admin-role = { $role ->
    [admin] administrador
    [moderator] moderador
   *[user] usuario
}
# El estado de una persona en la lista de personas y en su página.
admin-status = { $status ->
    [banned] suspendido
    [verified] verificado
   *[unverified] sin verificar
}

# Un punto tras una parte en negrita o un enlace que cierra una frase.
admin-full-stop = .

## Errors and refusals

admin-forbidden-admins = Esta página es para los administradores del sitio.
admin-forbidden-staff = Esta página es para los moderadores y administradores del sitio.
admin-last-admin = Quill necesita al menos un administrador, y este es el último activo. Primero asciende a otra persona a administrador.
admin-not-self = No puedes hacer eso con tu propia cuenta. Pídeselo a otro administrador.
admin-reason-missing = Indica un motivo: queda anotado en el registro de auditoría y se le comunica a la persona.
# $max es un número de caracteres.
admin-reason-too-long = El motivo debe tener menos de { $max } caracteres.
admin-confirm-missing = Marca la casilla para confirmar: esto no se puede deshacer.

## Dashboard

admin-dashboard-title = Administración · Panel
admin-dashboard-heading = Administración
admin-dashboard-reports = Denuncias
admin-dashboard-no-reports = No hay denuncias abiertas.
# Sigue al número de denuncias abiertas ($count), que se muestra en negrita
# justo antes de este texto; $items es a cuántas publicaciones, comentarios
# o perfiles se refieren.
admin-dashboard-open-reports = { $count ->
    [one] denuncia abierta
   *[other] denuncias abiertas
} sobre { $items ->
    [one] { $items } elemento
   *[other] { $items } elementos
}.
admin-dashboard-queue-link = La cola de moderación
admin-dashboard-people = Personas
admin-dashboard-verified = Verificadas
admin-dashboard-unverified = Sin verificar
admin-dashboard-banned = Suspendidas
admin-dashboard-content = Contenido
admin-dashboard-posts = Publicaciones
admin-dashboard-comments = Comentarios
admin-dashboard-likes = Me gusta
# El encabezado sobre los gráficos; $days es 30.
admin-dashboard-last-days = { $days ->
    [one] El último día
   *[other] Los últimos { $days } días
}
admin-dashboard-jobs = Cola de tareas
admin-dashboard-jobs-link = Ver las tareas
admin-dashboard-backups = Copias de seguridad
admin-dashboard-search = Índice de búsqueda
# $docs y $visible son números de publicaciones.
admin-dashboard-index-in-step = Publicaciones en el índice: { $docs }; visibles en la base de datos: { $visible } — sincronizado.
# Le siguen «desincronizado» en negrita (admin-search-not-in-step) y un
# enlace a la página de búsqueda (admin-dashboard-index-check-link).
admin-dashboard-index-not-in-step = Publicaciones en el índice: { $docs }; visibles en la base de datos: { $visible } —
admin-dashboard-index-check-link = Comprobar o reindexar

## Dashboard charts

# Títulos de los dos gráficos, y lo que dice un lector de pantalla sobre ellos.
admin-chart-signups = Registros por día
admin-chart-posts = Publicaciones por día
# Lo que dice un lector de pantalla de un gráfico: $title es uno de los dos
# de arriba, $total cuántos hubo en total, a lo largo de $days días.
admin-chart-summary = { $title }: { $total } en { $days ->
    [one] { $days } día
   *[other] { $days } días
}
# Un día bajo el gráfico, sin el año; $month es el nombre corto del mes
# (month-1 … month-12 en common.ftl).
admin-chart-day = { $day } { $month }
# La información emergente de una barra: $day como arriba, $count el número de ese día.
admin-chart-bar = { $day }: { $count }

## Dashboard: backups

# En negrita, seguido de admin-backup-failed-details.
admin-backup-failed = Falló la última copia de seguridad programada
# $ago es hace cuánto («hace 3 horas»), $file el nombre del archivo y
# $error lo que falló (a menudo de otro programa, en inglés).
admin-backup-failed-details = ({ $ago }, { $file }): { $error }
# El error cuando una copia de seguridad no terminó nunca.
admin-backup-unfinished = no terminó dentro de su tiempo límite (el proceso se detuvo o se quedó bloqueado)
# «Última copia: quill-20261206T000000Z.tar.zst, 1.2 GB, hace 3 horas.»: el
# nombre del archivo va en negrita entre las dos partes. $size es un tamaño
# como «1.2 GB», $ago hace cuánto.
admin-backup-last-before = Última copia:
admin-backup-last-after = , { $size }, { $ago }.
admin-backup-none = Todavía no se ha escrito ninguna copia de seguridad programada.
# $every es uno de los tres de abajo, $dir una carpeta del servidor, $keep
# un número de copias.
admin-backup-plan = { $keep ->
    [one] Cada { $every } en { $dir }, conservando la más reciente.
   *[other] Cada { $every } en { $dir }, conservando las { $keep } más recientes.
}
admin-backup-every-days = { $count ->
    [one] día
   *[other] { $count } días
}
admin-backup-every-hours = { $count ->
    [one] hora
   *[other] { $count } horas
}
admin-backup-every-minutes = { $count ->
    [one] minuto
   *[other] { $count } minutos
}
# Una frase alrededor del ajuste QUILL_BACKUP_DIR, que va entre las dos
# partes: «Las copias de seguridad programadas están desactivadas: define
# QUILL_BACKUP_DIR (consulta la guía de operaciones).»
admin-backup-off-before = Las copias de seguridad programadas están desactivadas: define
admin-backup-off-after = (consulta la guía de operaciones).
# Sigue al comando `quill backup --out FILE`.
admin-backup-by-hand = crea una manualmente.

## Mail to every admin when a scheduled backup fails

admin-backup-mail-subject = Ha fallado una copia de seguridad de Quill
# $file es el nombre del archivo.
admin-backup-mail-what = No se ha podido escribir la copia de seguridad programada { $file }.
# $error es lo que falló, a menudo de otro programa, en inglés.
admin-backup-mail-why = El error: { $error }
admin-backup-mail-next = Hasta que se solucione, el sitio no tiene ninguna copia de seguridad nueva. La próxima ejecución programada lo volverá a intentar; `quill backup --out FILE` crea una manualmente.
admin-backup-mail-link = Abrir el panel de administración

## People

admin-users-title = Administración · Personas
admin-users-heading = Personas
admin-users-search-label = Nombre o correo
admin-users-search-button = Buscar
admin-users-empty = Todavía no se ha registrado nadie.
# $query es lo que buscó el administrador.
admin-users-no-match = Nadie coincide con «{ $query }».
admin-users-col-person = Persona
admin-users-col-email = Correo
admin-users-col-role = Rol
admin-users-col-status = Estado
admin-users-col-joined = Registro
admin-users-col-actions = Acciones
admin-users-verify = Verificar
admin-users-unban = Reactivar
admin-users-ban = Suspender
# Para lectores de pantalla; $username es un nombre de usuario, sin la @.
admin-users-ban-reason-label = Motivo para suspender a @{ $username }
admin-users-ban-reason-placeholder = Motivo
admin-users-more = Más…

## A person's page

# $username es un nombre de usuario, sin la @.
admin-user-title = Administración · @{ $username }
admin-user-email = Correo
admin-user-status = Estado
admin-user-role = Rol
admin-user-joined = Registro
admin-user-posts = Publicaciones
admin-user-comments = Comentarios
admin-user-pictures = Imágenes
admin-user-profile = Perfil
admin-user-own-account = Esta es tu propia cuenta: pide a otro administrador que la suspenda, la elimine o cambie su rol.
admin-user-actions = Acciones
admin-user-verify = Marcar el correo como verificado
admin-user-resend = Reenviar el enlace de verificación
# $role es el rol un nivel por encima: moderator o admin.
admin-user-promote = { $role ->
    [admin] Ascender a administrador
   *[moderator] Ascender a moderador
}
# $role es el rol un nivel por debajo: moderator o user.
admin-user-demote = { $role ->
    [moderator] Bajar a moderador
   *[user] Bajar a usuario
}
# Un botón; $username es un nombre de usuario, sin la @.
admin-user-unban = Reactivar a @{ $username }
admin-user-ban-hint = Se cierra su sesión en todas partes al momento, no puede iniciar sesión y sus publicaciones se ocultan. El motivo queda en el registro de auditoría.
admin-user-delete-heading = Eliminar la cuenta
admin-user-delete-reason = Motivo
# Junto a la casilla que confirma la eliminación; $username es un nombre de
# usuario, sin la @; $posts y $comments son números.
admin-user-delete-confirm = Eliminar a @{ $username } con { $posts ->
    [one] su única publicación
   *[other] sus { $posts } publicaciones
} y { $comments ->
    [one] su único comentario
   *[other] sus { $comments } comentarios
}. Esto no se puede deshacer.
admin-user-delete-button = Eliminar la cuenta
admin-user-recent-posts = Publicaciones recientes
admin-user-no-posts = No hay publicaciones.
admin-user-sessions = Sesiones
admin-user-no-sessions = No tiene ninguna sesión iniciada.
admin-user-session-started = Inicio
admin-user-session-ends = Caduca tras inactividad

## What happened, after an action on a person (shown at the top of the page)
# $username es un nombre de usuario, sin la @.

admin-user-already-verified = Esa dirección ya estaba verificada.
admin-user-verified = La dirección de correo de { $username } está verificada.
admin-user-resend-refused = Solo se puede enviar un enlace de verificación a una cuenta activa sin verificar.
# $email es la dirección de correo de la persona.
admin-user-resent = Se ha enviado un nuevo enlace de verificación a { $email }.
admin-user-already-banned = Esa cuenta ya estaba suspendida.
admin-user-banned = Se ha suspendido a { $username } y se ha cerrado su sesión en todas partes; sus publicaciones están ocultas.
admin-user-not-banned = Esa cuenta no estaba suspendida.
admin-user-deleted-by-owner = Esta persona eliminó su propia cuenta: solo ella puede conservarla, iniciando sesión antes de que se borre definitivamente.
admin-user-unbanned = { $username } puede volver a iniciar sesión; sus publicaciones vuelven a estar visibles.
# $role es su rol: user, moderator o admin.
admin-user-role-unchanged = { $username } ya es { $role ->
    [admin] administrador
    [moderator] moderador
   *[user] usuario
}.
admin-user-role-changed-meanwhile = Su rol ha cambiado mientras tanto; vuelve a comprobarlo.
# $role es su nuevo rol: user, moderator o admin.
admin-user-role-changed = { $username } ahora es { $role ->
    [admin] administrador
    [moderator] moderador
   *[user] usuario
}.
admin-user-deleted = Se han eliminado la cuenta, las publicaciones y los comentarios de { $username }.

## Posts and comments

admin-posts-title = Administración · Publicaciones
admin-posts-heading = Publicaciones
admin-posts-empty = Todavía no hay publicaciones.
# Tras el título de una publicación; $author es un nombre de usuario, sin la @.
admin-posts-by = de @{ $author }
# Para lectores de pantalla; $title es el título de la publicación.
admin-posts-reason-label = Motivo para eliminar «{ $title }»
admin-posts-admins-only = Publicación de un administrador: solo un administrador puede eliminarla.
# $author es un nombre de usuario, sin la @.
admin-posts-deleted = La publicación se ha eliminado; se le ha explicado el motivo a { $author } por correo.

admin-comments-title = Administración · Comentarios
admin-comments-heading = Comentarios
admin-comments-empty = Todavía no hay comentarios.
# Una frase alrededor del título de la publicación comentada, que es un
# enlace entre las dos partes: «@ana en Mi primera publicación». $author es
# un nombre de usuario, sin la @. La segunda parte está vacía.
admin-comments-on-before = @{ $author } en
admin-comments-on-after = { "" }
# Para lectores de pantalla.
admin-comments-reason-label = Motivo para eliminar este comentario
admin-comments-admins-only = Comentario de un administrador: solo un administrador puede eliminarlo.
admin-comments-deleted = El comentario se ha eliminado; se le ha explicado el motivo a su autor por correo.

## Reports (the moderation queue)
# $kind, donde aparece, es lo que se denunció: post, comment o user (un
# perfil).

admin-reports-title = Administración · Denuncias
admin-reports-heading = Denuncias
# $count es el número de denuncias abiertas, $items a cuántas publicaciones,
# comentarios o perfiles se refieren.
admin-reports-summary = { $count ->
    [one] { $count } denuncia abierta
   *[other] { $count } denuncias abiertas
} sobre { $items ->
    [one] { $items } elemento
   *[other] { $items } elementos
}, de la más antigua a la más reciente. Una decisión cierra todas las denuncias de su elemento.
admin-reports-open = Abiertas
admin-reports-empty = Nada que revisar: no hay denuncias abiertas.
# La etiqueta delante de un elemento denunciado.
admin-reports-kind = { $kind ->
    [post] publicación
    [comment] comentario
    [user] perfil
   *[other] elemento
}
# Tras un elemento que se eliminó después de ser denunciado.
admin-reports-gone = (ya no existe: lo eliminó su autor)
# Una frase alrededor del nombre del autor, que es un enlace entre las dos
# partes: «de @ana». La segunda parte está vacía.
admin-reports-author-before = de
admin-reports-author-after = { "" }
# Tras el autor de un elemento, si está suspendido.
admin-reports-author-banned = (suspendido)
# Sigue al número de denuncias ($count), en negrita justo antes; $tally son
# los motivos, como «Spam ×2, Acoso ×1». Cada persona denuncia un elemento
# una sola vez.
admin-reports-reported = { $count ->
    [one] denuncia
   *[other] denuncias
}: { $tally }
# Una entrada del recuento: $reason es un motivo de abajo, $count un número.
admin-reports-tally-entry = { $reason } ×{ $count }
# Entre las entradas del recuento.
admin-reports-tally-separator = {", "}
# Seguido de la fecha de la primera denuncia.
admin-reports-first = desde el
# Tras el motivo de una denuncia: lo que escribió quien denunció ($details).
admin-reports-details = — «{ $details }»
# Bajo las diez primeras denuncias de un elemento; $count es cuántas no se muestran.
admin-reports-more = { $count ->
    [one] y { $count } más
   *[other] y { $count } más
}
# Por qué un moderador tiene menos botones para un elemento.
admin-reports-about-you = Esto te concierne: decide otro moderador.
admin-reports-staff-ban = Solo un administrador puede suspender a un moderador o a un administrador.
# Para lectores de pantalla; solo se pueden retirar publicaciones y comentarios.
admin-reports-remove-reason = { $kind ->
    [post] Motivo para retirar esta publicación
   *[comment] Motivo para retirar este comentario
}
admin-reports-remove = { $kind ->
    [post] Retirar la publicación
   *[comment] Retirar el comentario
}
# Para lectores de pantalla.
admin-reports-ban-reason = Motivo para suspender al autor
admin-reports-ban-the-author = Suspender al autor
# Para lectores de pantalla.
admin-reports-dismiss-note = Nota al desestimar (opcional)
admin-reports-dismiss-placeholder = Nota (opcional)
admin-reports-dismiss = Desestimar
admin-reports-resolved = Resueltas
admin-reports-resolved-empty = Todavía no hay decisiones.
# El comienzo de una línea sobre una decisión: $id es el número del
# elemento, $label su título (o primeras palabras, o nombre de usuario),
# $count cuántas denuncias tuvo. Le siguen la decisión
# (admin-reports-resolution) y quién la tomó.
admin-reports-decision = { $kind ->
    [post] publicación
    [comment] comentario
    [user] perfil
   *[other] elemento
} #{ $id } «{ $label }» ({ $count ->
    [one] { $count } denuncia
   *[other] { $count } denuncias
}):
# La decisión, en negrita; $how es dismissed, removed o banned. Va seguida
# de admin-reports-resolved-by («por @ana»).
admin-reports-resolution = { $how ->
    [dismissed] denuncias desestimadas
    [removed] contenido retirado
    [banned] cuenta suspendida
   *[other] { $how }
}
admin-reports-resolution-none = caso cerrado
# Quién decidió; $name es un nombre de usuario, sin la @.
admin-reports-resolved-by = por @{ $name }
admin-reports-resolved-by-someone = por alguien

## What happened, after a decision in the queue (shown at the top of the page)

admin-reports-already = Ya se había tomado una decisión sobre esas denuncias.
admin-reports-refused = No puedes hacer eso con este elemento.
# $count es cuántas denuncias se desestimaron.
admin-reports-dismissed = { $count ->
    [one] { $count } denuncia desestimada
   *[other] { $count } denuncias desestimadas
}; { $kind ->
    [post] la publicación se mantiene.
    [comment] el comentario se mantiene.
   *[user] el perfil se mantiene.
}
admin-reports-profile-not-removable = Un perfil no se puede retirar: suspende a la persona o desestima las denuncias.
admin-reports-removed = { $kind ->
    [post] La publicación se ha retirado y sus denuncias se han resuelto; se le ha explicado el motivo a su autor por correo.
   *[comment] El comentario se ha retirado y sus denuncias se han resuelto; se le ha explicado el motivo a su autor por correo.
}
admin-reports-already-banned = Esa cuenta ya está suspendida.
# $done es lo que hizo la suspensión, una frase como admin-user-banned.
admin-reports-banned = { $done } Las denuncias se han resuelto.

## Jobs

admin-jobs-title = Administración · Tareas
admin-jobs-heading = Tareas
# Cuántas tareas hay en cada estado (también en el panel).
admin-jobs-pending = Pendientes
admin-jobs-running = En ejecución
admin-jobs-failed = Fallidas, por reintentar
admin-jobs-dead = Agotadas
admin-jobs-schedules = Programaciones
admin-jobs-schedules-empty = Todavía no se ha registrado ninguna tarea periódica (los workers las registran al arrancar).
admin-jobs-col-schedule = Programación
admin-jobs-col-next-run = Próxima ejecución
admin-jobs-queue = Cola
# Para lectores de pantalla: los enlaces que filtran la cola por estado.
admin-jobs-states-label = Estados de las tareas
admin-jobs-state-all = Todas
# El estado de una tarea, en los enlaces de filtro y en la tabla; $state es
# pending, running, failed (falló al menos una vez y espera su reintento) o
# dead (sin intentos restantes).
admin-jobs-state = { $state ->
    [pending] pendiente
    [running] en ejecución
    [failed] fallida
    [dead] agotada
   *[other] { $state }
}
# Un botón; $count es el número de tareas agotadas.
admin-jobs-retry-dead = { $count ->
    [one] Reintentar la tarea agotada
   *[other] Reintentar las { $count } tareas agotadas
}
admin-jobs-empty = No hay tareas aquí: la cola está vacía.
# Encabezados de columna de la cola: el número de la tarea, su tipo, cuándo
# se puso en cola, su estado, intentos hechos sobre los permitidos, cuándo
# se ejecuta la próxima vez, su último error y los botones.
admin-jobs-col-id = #
admin-jobs-col-kind = Tipo
admin-jobs-col-queued = En cola desde
admin-jobs-col-state = Estado
admin-jobs-col-attempts = Intentos
admin-jobs-col-runs = Se ejecuta
admin-jobs-col-last-error = Último error
admin-jobs-col-actions = Acciones
# Cuándo se ejecuta la próxima vez.
admin-jobs-runs-never = nunca
admin-jobs-runs-now = ahora
admin-jobs-retry = Reintentar ahora
admin-jobs-discard = Descartar
# $id es el número de la tarea, $kind su tipo (un identificador como
# send_verification).
admin-jobs-retried = La tarea { $id } ({ $kind }) se ejecutará ahora.
admin-jobs-retried-dead = { $count ->
    [one] { $count } tarea agotada se ha puesto de nuevo en cola.
   *[other] { $count } tareas agotadas se han puesto de nuevo en cola.
}
admin-jobs-discarded = La tarea { $id } ({ $kind }) se ha descartado.
admin-jobs-retry-refused = Esa tarea se está ejecutando o ya ha terminado; no hay nada que reintentar.
admin-jobs-discard-refused = Esa tarea se está ejecutando o ya ha terminado; no se puede descartar.

## Search index

admin-search-title = Administración · Búsqueda
admin-search-heading = Índice de búsqueda
admin-search-docs = Publicaciones en este índice
admin-search-visible = Publicaciones visibles en la base de datos
# Si el índice contiene tantas publicaciones como muestra la base de datos.
admin-search-in-step = sincronizado
admin-search-not-in-step = desincronizado
admin-search-backlog = Cambios aún no aplicados
admin-search-applied = Último cambio aplicado
admin-search-folder = Carpeta
admin-search-no-index = Este proceso no tiene índice de búsqueda.
admin-search-reindex = Reindexar
# $error es lo que falló, a menudo de otro programa, en inglés.
admin-search-reindex-failed = La última reindexación falló: { $error }
# $when es una fecha y hora, $count un número de publicaciones.
admin-search-reindex-finished = { $count ->
    [one] La última reindexación terminó el { $when }: { $count } publicación.
   *[other] La última reindexación terminó el { $when }: { $count } publicaciones.
}
# $done y $total son números de publicaciones, $percent cuánto ha avanzado.
admin-search-reindexing = Reindexando: { $done } de { $total } publicaciones ({ $percent } %). Recarga la página para ver el progreso.
admin-search-percent = { $percent } %
# $when es una fecha y hora.
admin-search-reindex-queued = Hay una reindexación en cola ({ $when }); empezará cuando haya un worker libre.
admin-search-reindex-hint = Crea un índice nuevo a partir de la base de datos junto al que está en uso y luego cambia a él. Mientras tanto, la búsqueda sigue respondiendo con el índice antiguo.
admin-search-reindex-button = Reindexar ahora
admin-search-check = Comprobación de coherencia
admin-search-check-hint = Compara cada id de publicación del índice con las publicaciones visibles de la base de datos, tras aplicar los cambios pendientes.
admin-search-check-button = Comprobar ahora
admin-search-reindex-running = Ya hay una reindexación en cola o en curso.
admin-search-reindex-started = La reindexación está en cola; su progreso se muestra abajo. Mientras tanto, la búsqueda sigue respondiendo.
admin-search-check-no-index = Este proceso no tiene índice de búsqueda que comprobar.
# El resultado de la comprobación; $count es un número de publicaciones.
admin-search-consistent = { $count ->
    [one] Coherente: el índice contiene exactamente la única publicación visible.
   *[other] Coherente: el índice contiene exactamente las { $count } publicaciones visibles.
}
# $missing y $extra son números de publicaciones; $missing_ids y $extra_ids
# están vacíos o son hasta cinco números de publicación tras un espacio,
# como « (#3, #8, …)».
admin-search-inconsistent = No es coherente. Publicaciones que faltan en el índice: { $missing }{ $missing_ids }; publicaciones que sobran en el índice: { $extra }{ $extra_ids }. Reindexa para repararlo.

## Audit log

admin-audit-title = Administración · Registro de auditoría
admin-audit-heading = Registro de auditoría
admin-audit-filter-actor = Por (nombre de usuario)
admin-audit-filter-action = Acción
# La primera opción del filtro de acción: todas las acciones.
admin-audit-filter-any = Cualquiera
admin-audit-filter-target = El objeto contiene
admin-audit-filter-submit = Filtrar
admin-audit-empty = No hay nada registrado.
admin-audit-empty-filtered = No hay nada registrado que coincida.
admin-audit-col-when = Cuándo
admin-audit-col-who = Quién
admin-audit-col-action = Acción
admin-audit-col-target = Objeto
admin-audit-col-reason = Motivo
# Sobre qué tipo de cosa fue una acción, antes de su nombre o título.
admin-audit-target-kind = { $kind ->
    [user] usuario
    [post] publicación
    [comment] comentario
    [job] tarea
    [search] búsqueda
   *[other] { $kind }
}:

## The dev mailbox (/dev/mailbox), shown while Quill sends no real mail

admin-mailbox-title = Buzón de desarrollo
# Dos frases, cada una alrededor del ajuste SMTP_URL, que va entre las
# partes (la página pone un espacio a cada lado): «No hay SMTP_URL definido,
# así que Quill guarda aquí el correo que envía (el más reciente primero).
# Define SMTP_URL para enviar correo real; entonces esta página desaparece.»
admin-mailbox-no-smtp-before = No hay
admin-mailbox-no-smtp-after = definido, así que Quill guarda aquí el correo que envía (el más reciente primero).
admin-mailbox-set-smtp-before = Define
admin-mailbox-set-smtp-after = para enviar correo real; entonces esta página desaparece.
admin-mailbox-empty = Todavía no hay correo. Regístrate y el correo de verificación aparecerá aquí.
# $address es la dirección a la que se envió un mensaje.
admin-mailbox-to = para { $address }

# A user's second factor on /admin/users/{id}; $date is a date, $username a username.
admin-user-second-factor = Segundo factor
admin-user-passkeys = Llaves de acceso
admin-user-second-factor-on = Activo desde el { $date }
admin-user-second-factor-off = Desactivado
admin-user-second-factor-reason = Motivo (queda en el registro de auditoría)
admin-user-second-factor-hint = Solo si la persona perdió su teléfono y sus códigos de recuperación y estás seguro de que es ella. Recibe un correo de que se desactivó.
admin-user-second-factor-reset = Desactivar su segundo factor
admin-user-second-factor-reset-done = El segundo factor de @{ $username } está desactivado; se le avisó por correo.
admin-user-second-factor-none = No tiene segundo factor.
admin-staff-second-factor-heading = Segundo factor para el equipo
admin-staff-second-factor-label = Moderadores y administradores necesitan un segundo factor para entrar en las páginas de administración
admin-staff-second-factor-save = Guardar
admin-staff-second-factor-on-done = El equipo ahora necesita un segundo factor para las páginas de administración.
admin-staff-second-factor-off-done = El equipo ya no necesita un segundo factor para las páginas de administración.
admin-staff-second-factor-yours-first = Configura primero tu propio segundo factor: la regla también te enviaría aquí.
