# Correo: las partes que comparten todos los mensajes. El correo propio de
# cada área (registro, notificaciones, exportaciones…) está en su archivo.

mail-hello = Hola, { $name }:
mail-paste-link = O pega este enlace en tu navegador:
