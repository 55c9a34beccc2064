# Mail: the parts every message shares. Each area's own mail (sign-up,
# notifications, exports…) is in that area's file.

mail-hello = Bonjour { $name },
mail-paste-link = Ou collez ce lien dans votre navigateur :
