# Mail: the parts every message shares. Each area's own mail (sign-up,
# notifications, exports…) is in that area's file.

mail-hello = Hallo { $name },
mail-paste-link = Oder kopiere diesen Link in die Adresszeile deines Browsers:
