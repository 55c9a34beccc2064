# Mail: the parts every message shares. Each area's own mail (sign-up,
# notifications, exports…) is in that area's file.

mail-hello = Olá, { $name },
mail-paste-link = Ou cole este link no seu navegador:
