# Mail: the parts every message shares. Each area's own mail (sign-up,
# notifications, exports…) is in that area's file.

mail-hello = Hello { $name },
mail-paste-link = Or paste this link into your browser:
