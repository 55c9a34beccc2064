# Mail: the parts every message shares. Each area's own mail (sign-up,
# notifications, exports…) is in that area's file.

mail-hello = { $name } さん、こんにちは。
mail-paste-link = または、このリンクをブラウザに貼り付けてください：
