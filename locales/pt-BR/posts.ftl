# Posts: writing, drafts and scheduling, the post page with its comment
# thread, the lists of posts; and feeds (the latest posts, the people you
# follow, one tag, and the Atom feeds).
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Where a sentence holds a link or other markup, it is split into several
# messages (…-before, the link's text, …-after); a comment says which ones
# make one sentence. Quill puts a space between the pieces, except before
# an …-after that starts with a full stop.
#
# pt-BR: CLDR puts 0 in the [one] category for Portuguese; where a count
# can be 0, a [0] variant keeps the plural ("0 curtidas").

## Words used in several places

# A post or draft that has no title yet, in lists.
posts-untitled = (sem título)
posts-edit = Editar
posts-delete = Excluir
posts-cancel = Cancelar
# A link to report a post or comment to the moderators.
posts-report = Denunciar
# Estimated reading time of a post; $minutes is a whole number, at least 1.
posts-reading-time = { $minutes } min de leitura
posts-likes = { $count ->
    [0] { $count } curtidas
    [one] { $count } curtida
   *[other] { $count } curtidas
}
# On lists of posts, and as the heading of a post's comment thread.
posts-comments = { $count ->
    [0] { $count } comentários
    [one] { $count } comentário
   *[other] { $count } comentários
}
# A time as the writer chose it when scheduling a post, on their clock:
# $date is a date written as in common.ftl ("24 Dec 2026"), $time is
# 24-hour HH:MM, and $zone the clock's offset, such as "UTC+01:00".
posts-local-time = { $date }, { $time } ({ $zone })

## The write and edit page

posts-form-title-new = Escrever um post
posts-form-title-edit = Editar post
posts-form-title-edit-draft = Editar rascunho
posts-preview-heading = Pré-visualização
# The preview of a post whose title field is still empty.
posts-preview-untitled = (ainda sem título)
# Under the preview of a published post being edited.
posts-preview-hint-published = Ainda não salvo: edite abaixo e depois salve.
# Under the preview of a new post or a draft.
posts-preview-hint-draft = Ainda não salvo: edite abaixo e depois publique ou salve como rascunho.
# After the label of a field that may be left empty.
posts-form-optional = (opcional)
posts-form-title-label = Título
# The post's one-line summary.
posts-form-summary-label = Descrição
posts-form-summary-hint = Uma linha exibida nos feeds, com até 300 caracteres.
posts-form-body-label = Texto
# Markdown syntax stays as it is (**, *, [](), `, ```); the words inside it
# may be translated.
posts-form-body-hint = Markdown: **negrito**, *itálico*, [links](https://…), listas, `código`, tabelas, ```rust bloco de código```, e imagens: ![o que ela mostra](nome-do-arquivo.jpg).
# A field for several picture files that the post's text shows.
posts-form-pictures-label = Imagens para o texto
posts-form-pictures-optional = (opcional, até 20)
# posts-form-pictures-hint-before, -example and -after are one sentence
# followed by another; -example is Markdown shown as code: keep ![…](dog.jpg).
posts-form-pictures-hint-before = Posicione cada uma no texto pelo nome do arquivo:
posts-form-pictures-hint-example = ![o que ela mostra](dog.jpg)
posts-form-pictures-hint-after = . A descrição é lida em voz alta para quem não pode ver a imagem.
posts-form-tags-label = Tags
# posts-form-tags-hint-before and -after are one sentence around an example
# of tags ("rust, web-dev").
posts-form-tags-hint-before = Até 5, separadas por vírgulas, como
posts-form-tags-hint-after = .
# The post's main picture, shown above its text.
posts-form-image-label = Imagem
posts-form-image-has = Este post tem uma imagem; se você escolher uma nova, ela substitui a atual.
# $mb is the largest file size accepted, in megabytes.
posts-form-image-hint = JPEG, PNG, WebP ou GIF, até { $mb } MB. Os dados de localização e da câmera são removidos.
posts-form-image-remove = Remover a imagem
posts-form-image-alt-label = Descrição da imagem
posts-form-image-alt-hint = O que a imagem mostra, para quem não pode vê-la. Se ficar vazio, o título é usado.
posts-form-schedule-legend = Agendamento
posts-form-publish-at-label = Publicar em
posts-form-publish-at-hint = Seu horário local (UTC quando o navegador não executa scripts). Deixe vazio para publicar agora ou manter como rascunho; um horário que já passou publica imediatamente.
# Buttons.
posts-form-save-changes = Salvar alterações
posts-form-publish = Publicar
posts-form-save-draft = Salvar rascunho
posts-form-preview = Pré-visualizar

## What the form says is wrong

posts-title-empty = Dê um título ao seu post.
# $max is the longest title allowed, $count the length of this one
# (both in characters, both larger than 1).
posts-title-too-long = O título pode ter no máximo { $max } caracteres (este tem { $count }).
posts-body-empty = Escreva algo no texto.
# $max and $size are in kilobytes (KB); $max is 100.
posts-body-too-long = O texto é limitado a { $max } KB (este tem { $size } KB).
# $max is a number of characters (300).
posts-summary-too-long = A descrição pode ter no máximo { $max } caracteres.
# $max is a number of characters (30).
posts-tag-length = As tags têm de 1 a { $max } caracteres.
# $tag is the tag as the writer typed it.
posts-tag-characters = A tag “{ $tag }” só pode ter letras, dígitos e hifens.
# $tag is the tag as the writer typed it; $first and $second name two
# alphabets whose letters look alike (latin, greek or cyrillic): translate
# the names, and keep the words in square brackets as they are.
posts-tag-mixed-alphabets = A tag “{ $tag }” mistura letras { $first ->
        [latin] latinas
        [greek] gregas
       *[cyrillic] cirílicas
    } e { $second ->
        [latin] latinas
        [greek] gregas
       *[cyrillic] cirílicas
    }, como fazem os nomes que imitam outros; escreva-a em um só alfabeto.
# $max is a number of tags (5).
posts-tags-too-many = Use no máximo { $max } tags.
# Two files were sent in the single picture field.
posts-image-one-only = Escolha uma imagem, não várias.
# $max is a number of pictures (20).
posts-pictures-field-too-many = Adicione no máximo { $max } imagens a um post.
# $max is the number of pictures allowed (20), $count how many this post
# shows (more than $max).
posts-pictures-too-many = Um post pode mostrar até { $max } imagens; este tem { $count }.
# Some pictures in the text have no description (alt text). Keep the
# Markdown ![…](…) as it is; the words inside the brackets may be translated.
posts-pictures-undescribed = { $count ->
    [one] Descreva a imagem para quem não pode vê-la: escreva a descrição entre os colchetes, ![um cachorro dormindo](…).
   *[other] Descreva cada imagem para quem não pode vê-las: escreva a descrição entre os colchetes, ![um cachorro dormindo](…).
}
# One of the picture files sent with the form was refused: $file is its
# file name, $reason why (a sentence from the picture checks).
posts-picture-refused = { $file }: { $reason }
posts-image-not-kept-by-preview = A pré-visualização não guarda a imagem: escolha-a de novo antes de publicar.
# A file chosen in the form cannot be kept when the form comes back with
# an error.
posts-image-choose-again = Escolha a imagem de novo.
posts-schedule-zone-unreadable = Não foi possível ler o fuso horário desse horário.
# Keep the example time as it is (year-month-day, T, hours:minutes).
posts-schedule-time-unreadable = Informe o horário como data e hora, por exemplo 2026-12-24T09:00.
posts-schedule-too-far = Agende para no máximo daqui a cinco anos.
posts-form-unreadable = Não foi possível ler o formulário.
# Sent by a script, not by the page; multipart/form-data is a technical
# name: keep it.
posts-form-not-multipart = Não foi possível ler o formulário. Envie-o como multipart/form-data.
# The "Add picture" button of the write page sent no picture.
posts-picture-missing = Escolha uma imagem para adicionar.

## After saving, publishing or deleting (a short message at the top of the
## next page)

posts-flash-published = Seu post foi publicado.
posts-flash-draft-saved = Seu rascunho foi salvo. Só você pode vê-lo.
# $when is a time written as posts-local-time says.
posts-flash-scheduled = Seu post foi agendado para { $when }.
posts-flash-changes-saved = Suas alterações foram salvas.
posts-flash-already-published = Este post já foi publicado.
posts-flash-deleted = O post foi excluído.
posts-only-author-edit = Só quem escreveu este post pode alterá-lo.
posts-only-author-delete = Só quem escreveu este post pode excluí-lo.
posts-only-author-publish = Só quem escreveu este rascunho pode publicá-lo.

## My drafts

posts-drafts-title = Meus rascunhos
# posts-drafts-intro is a sentence; posts-drafts-write-link (a link) and
# posts-drafts-write-after make the next one.
posts-drafts-intro = Só você pode vê-los até que sejam publicados.
posts-drafts-write-link = Escreva um novo post
posts-drafts-write-after = .
posts-drafts-empty = Nenhum rascunho. Na página de escrita, “{ posts-form-save-draft }” guarda um post aqui até você publicá-lo.
# A label in front of a scheduled draft, followed by posts-drafts-scheduled-for.
posts-drafts-scheduled-pill = Agendado
# $when is a time written as posts-local-time says.
posts-drafts-scheduled-for = para { $when }
# A label in front of a draft, followed by posts-drafts-saved.
posts-drafts-draft-pill = Rascunho
# $when is a date and time, as common.ftl's datetime writes it.
posts-drafts-saved = salvo em { $when }

## A post's page

# Read by screen readers: the box above a post that is not published yet.
posts-banner-label = Rascunho
# posts-banner-scheduled (in bold) and posts-banner-scheduled-text make
# one sentence; $when is a time written as posts-local-time says.
posts-banner-scheduled = Agendado:
posts-banner-scheduled-text = este post será publicado em { $when }. Até lá, só você pode vê-lo.
# posts-banner-draft (in bold) and posts-banner-draft-text make one sentence.
posts-banner-draft = Rascunho:
posts-banner-draft-text = só você pode ver este post.
posts-publish-now = Publicar agora
# Before the author's name (a link) under a post's title: "by Ana Silva".
posts-byline-by = por
# After the date of a post changed since it was published.
posts-edited = (editado)
# The like button, before and after it is pressed (a heart is shown
# before the word).
posts-like = Curtir
posts-liked = Curtido
posts-log-in-to-like = Entre para curtir
posts-reported-post = Você denunciou este post.

## The comment thread under a post

# The tooltip of a comment's date, a link to the comment itself.
posts-comment-permalink = Link para este comentário
# Before the date and time a comment was last corrected.
posts-comment-edited = editado em
# "↪ replying to Ana Silva": before the name of the comment's author this
# one answers (a link)…
posts-comment-answers = em resposta a
# …or, when that comment is gone, in place of the name.
posts-comment-answers-gone = um comentário excluído
# The link that opens the reply form under a comment.
posts-comment-reply = Responder
# Shown instead of the Report link once the reader reported the comment.
posts-comment-reported = Denunciado
# Read by screen readers: the field to correct one's own comment.
posts-comment-edit-label = Seu comentário
posts-comment-save = Salvar comentário
# Before "{ posts-replies }" on the button that folds or unfolds the
# answers to a comment.
posts-replies-hide = Ocultar
posts-replies-show = Mostrar
posts-replies = { $count ->
    [one] { $count } resposta
   *[other] { $count } respostas
}
# Above the comment form when it answers a comment: before the author's
# name (a link), then " · " and posts-cancel.
posts-comment-replying-to = Respondendo a
posts-comment-form-label = Adicionar um comentário
posts-comment-form-reply-label = Sua resposta
# posts-comment-hint-before and -after are one sentence around "@name"
# (how to mention someone: keep it as it is).
posts-comment-hint-before = Você pode usar Markdown;
posts-comment-hint-after = avisa essa pessoa.
# The form's button, for a comment on the post or a reply to a comment.
posts-comment-form-submit = Comentar
posts-comment-form-reply = Responder
# posts-join-log-in (a link) and posts-join-after make one sentence.
posts-join-log-in = Entre
posts-join-after = para participar da conversa.

## Feeds

feeds-heading-latest = Posts recentes
feeds-heading-following = De quem você segue
# $tag is the tag's name (keep the "#" before it).
feeds-heading-tag = Posts com a tag #{ $tag }
# The description link previews show for a feed.
feeds-card-description = Posts, pessoas e conversas no Quill.
# Past the last page of a feed. feeds-first-page-link (a link) and
# feeds-first-page-after make one sentence.
feeds-no-more-posts = Não há mais posts.
feeds-first-page-link = Voltar à primeira página
feeds-first-page-after = .
feeds-following-empty = Nada aqui ainda. Siga pessoas pelas páginas de perfil delas, e os posts delas vão aparecer aqui.
feeds-following-browse = Ver os posts recentes
# An empty site. Then, for someone logged in, feeds-write-first-link (a
# link) and feeds-write-first-after make one sentence; for a visitor,
# feeds-sign-up-link (a link) and feeds-sign-up-after make one.
feeds-no-posts-yet = Nenhum post ainda.
feeds-write-first-link = Escreva o primeiro
feeds-write-first-after = .
feeds-sign-up-link = Crie uma conta
feeds-sign-up-after = e escreva o primeiro.

## Atom feed titles
# Feed readers show these as the feed's name. They are always sent in
# English, so translations of these three are not used.

feeds-atom-latest = Quill: posts recentes
# $name is a username: keep the "@" before it.
feeds-atom-by = Quill: posts de @{ $name }
# $tag is the tag's name: keep the "#" before it.
feeds-atom-tagged = Quill: posts com a tag #{ $tag }
