# Búsqueda: la página de búsqueda y sus resultados.
#
# Los argumentos entre { $llaves } los rellena Quill; déjalos como están.
# Cuando una frase lleva código o las palabras buscadas, se divide en varios
# mensajes (…-before, …-after); un comentario indica cuáles forman una
# frase. Quill pone un espacio entre las piezas, salvo antes de un …-after
# que empieza por punto.

## The search form

# Título y encabezado de la página.
search-title = Buscar
# El botón que lanza la búsqueda.
search-button = Buscar
# Para lectores de pantalla: el menú que ordena los resultados.
search-order-label = Orden
search-order-best = Más relevantes
search-order-newest = Más recientes primero

## Help and results

# En la página de búsqueda antes de buscar nada.
search-hint-words = Escribe algunas palabras.
# -before, -and y -after forman una frase alrededor de ejemplos de la
# sintaxis de búsqueda, que se mantienen tal cual:
# "También puedes usar "a phrase", tag:rust, author:ana y -word para
# excluir una palabra."
search-hint-operators-before = También puedes usar
search-hint-operators-and = y
search-hint-operators-after = para excluir una palabra.
# search-nothing-before y search-nothing-after forman una frase alrededor
# de las palabras buscadas (en negrita), y luego otra frase.
search-nothing-before = No hay resultados para
search-nothing-after = . Prueba con menos palabras o con otras distintas, o revisa la ortografía.
# $count es el número de publicaciones encontradas (al menos 1).
search-found = { $count ->
    [one] Se ha encontrado { $count } publicación.
   *[other] Se han encontrado { $count } publicaciones.
}
# Lo mismo, cuando las publicaciones se encontraron solo admitiendo errores
# de escritura.
search-found-fuzzy = { $count ->
    [one] Se ha encontrado { $count } publicación, teniendo en cuenta posibles errores de escritura.
   *[other] Se han encontrado { $count } publicaciones, teniendo en cuenta posibles errores de escritura.
}
# Enlaces a la página anterior y siguiente de resultados.
search-paging-previous = ← Anterior
search-paging-next = Siguiente →
