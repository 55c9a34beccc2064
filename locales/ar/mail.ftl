# Mail: the parts every message shares. Each area's own mail (sign-up,
# notifications, exports…) is in that area's file.

mail-hello = مرحبًا { $name }،
mail-paste-link = أو الصق هذا الرابط في متصفحك:
