# Social actions: following, liking, commenting and blocking. What these
# say after a button (a short message at the top of the next page), why
# they are refused, and comments that cannot be shown.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# $name is always a username (letters a–z, digits, underscores): keep the
# "@" before it.
#
# { "\u200E" } is a left-to-right mark: it keeps "@", "#" and "/" beside
# the Latin usernames, tags and paths they belong to in right-to-left text.

## Following

# After the Follow button on someone's profile.
social-followed = أنت الآن تتابع { "\u200E" }@{ $name }.
# After the Unfollow button on someone's profile.
social-unfollowed = لم تعد تتابع { "\u200E" }@{ $name }.
social-follow-self = لا يمكنك متابعة نفسك.

## Likes

# After the Like button on a post.
social-liked = أعجبك هذا المنشور.
# After the button that takes a like back.
social-unliked = أُزيل الإعجاب.

## Blocking

# After the Block button on someone's profile. The blocked person gets no
# message about it.
social-blocked = حظرت { "\u200E" }@{ $name }. لن يُبلَّغ بذلك؛ ويمكنك إلغاء حظره من هنا أو من إعداداتك.
social-unblocked = ألغيت حظر { "\u200E" }@{ $name }.
social-block-self = لا يمكنك حظر نفسك.
# Why following, liking, commenting or replying is refused when one of the
# two people has blocked the other (which one is deliberately not said).
social-blocked-refused = لا يمكنك فعل ذلك: أحدكما حظر الآخر.

## Comments

social-comment-posted = نُشر تعليقك.
# A reply is a comment that answers another comment.
social-reply-posted = نُشر ردّك.
social-comment-saved = حُفظ تعليقك.
social-comment-removed = حُذف التعليق.
social-comment-empty = اكتب شيئًا قبل إرسال تعليقك.
# $max is a number (10000).
social-comment-too-long = { $max ->
    [one] يجب ألا يتجاوز التعليق حرفًا واحدًا.
    [two] يجب ألا يتجاوز التعليق حرفين.
    [few] يجب ألا يتجاوز التعليق { $max } أحرف.
    [many] يجب ألا يتجاوز التعليق { $max } حرفًا.
   *[other] يجب ألا يتجاوز التعليق { $max } حرف.
}
# The reply form pointed at something that is not a comment (a broken or
# hand-made link).
social-reply-not-a-comment = هذا ليس تعليقًا يمكن الرد عليه.
# The comment being answered was deleted while the reply was written.
social-reply-parent-gone = التعليق الذي ترد عليه لم يعد موجودًا؛ انشر ردّك كتعليق مستقل بدلًا من ذلك.
social-comment-edit-refused = لا يمكن تعديل هذا التعليق إلا لكاتبه.
social-comment-delete-refused = لا يمكن حذف هذا التعليق إلا لكاتبه أو لكاتب المنشور أو لأحد المشرفين.

## Placeholders in a post's comment thread
# Shown instead of a comment that cannot be shown but still has answers
# under it, so the thread keeps its shape.

social-comment-deleted = حُذف هذا التعليق.
# The reader blocked the comment's author.
social-comment-hidden-blocked = مخفي: لقد حظرت هذا الشخص.
# The author is banned, or has blocked the reader (which one is not said).
social-comment-hidden = هذا التعليق مخفي.
