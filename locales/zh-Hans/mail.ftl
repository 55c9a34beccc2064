# Mail: the parts every message shares. Each area's own mail (sign-up,
# notifications, exports…) is in that area's file.

mail-hello = 你好，{ $name }：
mail-paste-link = 或者将此链接复制到浏览器中打开：
