# Settings: the settings page (profile, picture, email address, password,
# language, where you are logged in), notification emails, your account
# (blocked people, download my data, delete my account), and the mail
# these send. Messages starting media- are about uploaded pictures,
# wherever they are uploaded.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# { " " } is a space kept at the edge of a message: where a sentence is
# split around a link or other markup, the pieces join with no space of
# their own, so each piece carries the spaces your language needs.

## The settings page

settings-title = Settings
# The heading of the notification emails page, and the link to it.
settings-notifications-title = Notification emails
# After the link "Notification emails" on the settings page: one sentence
# with it ("Notification emails: choose which…").
settings-intro-notifications-after = : choose which notifications reach you by email, and how often.
# The heading of the account page (blocked people, export, deletion), and
# the link to it.
settings-account-title = Your account
# After the link "Your account" on the settings page: one sentence with it.
settings-intro-account-after = : people you blocked, download your data, delete your account.
# The link back from the notification emails and account pages.
settings-back = ← Settings
# Shown after a field's label, in grey.
settings-optional = (optional)
# A button that saves a form (notification emails, language).
settings-save = Save

settings-profile-heading = Profile
settings-display-name-label = Display name
settings-display-name-hint = Shown instead of your username on your posts and profile.
# $max is a number of characters.
settings-display-name-too-long = Keep your name to { $max } characters.
settings-bio-label = Bio
# $max is the most characters a bio may have, $count how many this one has.
settings-bio-too-long = Keep your bio to { $max } characters (it has { $count }).
settings-profile-save = Save profile
settings-profile-saved = Your profile is saved.

## Profile picture

settings-avatar-heading = Picture
settings-avatar-file-label = New picture
settings-avatar-hint = JPEG, PNG, WebP or GIF. It is cropped to a square from the middle; location and camera data are removed.
settings-avatar-upload = Upload picture
settings-avatar-remove = Remove picture
settings-avatar-several = Choose one picture, not several.
settings-avatar-missing = Choose a picture to upload.
settings-avatar-saved = Your new picture is up.
settings-avatar-removed = Your picture is removed.

## Email address

settings-email-heading = Email address
# "Your address is <the address in bold>. It is never shown to other
# people." One sentence in two pieces around the address.
settings-email-current-before = Your address is{ " " }
settings-email-current-after = . It is never shown to other people.
# "Waiting for you to open the link we sent to <the new address in bold>.
# Until then…" One sentence in two pieces around the address.
settings-email-pending-before = Waiting for you to open the link we sent to{ " " }
settings-email-pending-after = . Until then your address stays the same.
settings-email-new-label = New email address
# Also on the password form.
settings-current-password-label = Current password
settings-email-save = Change email address
settings-wrong-current-password = That is not your current password.
settings-email-same = That is your address already.
# $address is the new email address.
settings-email-link-sent = We sent a link to { $address }. Your address changes when you open it.

## Password

settings-password-heading = Password
settings-new-password-label = New password
settings-new-password-hint = At least 8 characters; a few unrelated words make a strong one. Your other sessions will be logged out.
settings-password-save = Change password
settings-password-same = That is your current password. Choose a new one.
settings-password-changed = Your password is changed. Every other session was logged out.

## Language

settings-language-heading = Language
settings-language-label = Interface language
# The first choice of the language menu: no setting, the browser's
# preferred languages decide.
settings-language-browser = Follow my browser
settings-language-hint = The mail Quill sends you is written in this language too. If you follow your browser, mail comes in English.
settings-language-saved = Your language is saved.

## Where you are logged in

settings-logins-heading = Where you are logged in
# The caption of the table of browser sessions.
settings-logins-browsers = Browsers
# Column headings of the sessions table.
settings-logins-browser = Browser
settings-logins-logged-in = Logged in
settings-logins-last-active = Last active
# The heading of the column of buttons, read only by screen readers.
settings-logins-action = Action
# In place of the browser's description when it sent none.
settings-logins-unknown-browser = Unknown browser
# In the row of the session this page is shown in, instead of a button.
settings-logins-this-browser = This browser
# A button that logs out one session.
settings-logins-end = Log out
settings-logins-hint = Changing your password logs out every browser but this one and revokes every API token.
settings-session-ended = That session is logged out.
settings-session-already-ended = That session had already ended.
# The caption of the table of API tokens.
settings-tokens-caption = API tokens
# "No API tokens. Programs get one by logging in to /api/users/login; each
# appears here until you revoke it." One sentence in two pieces around the
# address, which stays as it is.
settings-tokens-none-before = No API tokens. Programs get one by logging in to{ " " }
settings-tokens-none-after = ; each appears here until you revoke it.
# Column headings of the tokens table. "Made by": the program that asked
# for the token.
settings-tokens-made-by = Made by
settings-tokens-created = Created
settings-tokens-last-used = Last used
settings-tokens-revoke = Revoke
settings-token-revoked = The token is revoked: it no longer works.
settings-token-already-revoked = That token had already been revoked.

## Notification emails

# The kinds of notification, each with three choices below.
settings-notify-reply = Someone replies to your comment
settings-notify-mention = Someone mentions you (@name) in a post or comment
settings-notify-comment = Someone comments on your post
settings-notify-like = Someone likes your post
settings-notify-follow = Someone follows you
# $minutes is how long Quill waits before sending the mail.
settings-notify-instant = { $minutes ->
    [one] Email me about { $minutes } minute later, if I have not seen it by then
   *[other] Email me about { $minutes } minutes later, if I have not seen it by then
}
settings-notify-digest = Put it in my digest
settings-notify-off = Never email me about it
settings-digest-legend = Digest
settings-digest-daily = Once a day
settings-digest-weekly = Once a week
# Only moderators and admins see this.
settings-moderation-legend = Moderation
settings-report-mail = Email me when something is reported (a link to the moderation queue)

## Your account: blocked people

settings-blocked-heading = People you blocked
# “Block” is the name of the button on a person's profile.
settings-blocked-none = Nobody. To block someone, use “Block” on their profile: you stop seeing each other's posts and comments, and they can no longer follow, like, comment on, reply to or mention you. They are not told.
settings-unblock = Unblock

## Your account: download my data

settings-export-heading = Download my data
settings-export-intro = A zip with your profile, every post as a Markdown file with its pictures, your comments, likes, follows and notification settings. We build it in the background and email you a link that works once, for 24 hours.
settings-export-button = Download my data
settings-export-started = We are putting your data together. You will get an email with a link to download it, usually within a few minutes.
settings-export-waiting = Your data is already being put together. The link will arrive by email.
settings-export-too-many-title = Too many exports today
# $count is how many exports a day are allowed; $time is a date and time
# such as "5 Dec 2026 12:00 UTC"; $hours is how many hours from now that is.
settings-export-too-many =
    You can ask for your data { $count } times a day, and you have. You can ask again after { $time } (in about { $hours ->
        [one] an hour
       *[other] { $hours } hours
    }).
settings-export-used-title = This link has been used
settings-export-used = Your data was downloaded with this link already, and each link works once. To download it again, ask for a new export in your account settings.
settings-export-expired-title = This link has expired
settings-export-expired = Links to your data work for 24 hours, and a newer export replaces the links of older ones. Ask for a new export in your account settings.
# The mail with the link. $size is the archive's size, such as "1.5 MB".
settings-export-mail-subject = Your Quill data is ready
settings-export-mail-ready = The archive of your Quill account is ready ({ $size }): your profile, your posts as Markdown with their pictures, your comments, likes, follows and notification settings.
# $time is a date and time such as "5 Dec 2026 12:00 UTC"; $username is
# the account's username.
settings-export-mail-rules = The link works once, until { $time }, and only while you are logged in as { $username }. If you did not ask for this, change your password: someone else may be logged in to your account.
settings-export-mail-link = Download my data
# README.txt in the downloaded zip, a plain-text file: what each file in it
# holds. The file names on the left (profile.json, posts/<id>-<title>.md…)
# and the words in `backquotes` are names in the files: keep them as they
# are. Keep the descriptions lined up in one column if you can.
settings-export-readme =
    Your data from Quill
    ====================

    profile.json                Your profile: username, display name, bio, email
                                address, when you joined, and your avatar's file.
    avatar.*                    Your avatar picture, if you have one.
    posts/<id>-<title>.md       Each of your posts (drafts and scheduled ones too),
                                as Markdown exactly as you wrote it, after a header
                                (YAML front matter between two --- lines) with its
                                title, description, tags, draft or not, and dates
                                (RFC 3339, UTC). Its `cover` and `pictures` name
                                the files in the post's folder; `shown_as` is the
                                address the text uses for each picture.
    posts/<id>/                 The pictures of that post: its cover picture and
                                the pictures in its text, as stored on Quill.
    comments.json               Your comments: id, the post's id, the comment it
                                answers (parent_id), its Markdown text, and when it
                                was written and last edited. Deleted ones are left
                                out.
    likes.json                  The posts you liked: id, title, author, when.
    follows.json                The people you follow and the people who follow
                                you, by username, with the date.
    notification_settings.json  How each kind of notification reaches you by email
                                (instant, digest or off) and how often the digest
                                comes.

    Every JSON file is UTF-8. Times are RFC 3339 in UTC.

## Your account: deleting it

settings-delete-heading = Delete my account
settings-delete-intro = Your profile, posts and comments disappear at once and you are logged out everywhere. Fourteen days later the account is erased with everything in it; until then, logging in lets you keep it. We email you the date.
settings-delete-password-label = Your password
settings-delete-button = Delete my account
settings-delete-wrong-password = That is not your password; your account is unchanged.
settings-delete-admin = An admin cannot delete their own account: ask another admin to make you a regular member first.
# $date is a day such as "5 Dec 2026".
settings-deleted = Your account is deleted and will be erased on { $date }. Log in before then to keep it.
# After choosing “Keep my account” on the login page.
settings-restore-expired = This link is too old: log in again to keep your account.
settings-restore-not-leaving = This account is not waiting to be erased.
settings-restored = Welcome back: your account, posts and comments are as you left them.
# The mail after deleting an account. $date is a day such as "5 Dec 2026".
settings-leaving-mail-subject = Your Quill account will be erased on { $date }
settings-leaving-mail-deleted = You deleted your Quill account. It is hidden now, and on { $date } it will be erased with your posts, comments, likes, follows and pictures.
# “Keep my account” is the name of the button on the login page.
settings-leaving-mail-changed-mind = Changed your mind? Log in before then and choose “Keep my account”.
# “Download my data” is the name of the button in the account settings
# (settings-export-button).
settings-leaving-mail-copy-first = Want a copy of your writing first? Keep the account, use “Download my data” in your account settings, then delete it again.
settings-leaving-mail-link = Log in to keep your account

## Mail about changing the email address

# The link in the mails below that go to the account's owner.
settings-mail-reset-link = Reset my password
# To the new address, asking to confirm it. $address is the new address,
# $username the account's username.
settings-email-confirm-mail-subject = Confirm your new email address for Quill
settings-email-confirm-mail-ask = Please confirm that { $address } should become the email address of the Quill account { $username }.
settings-email-confirm-mail-expires = The link works once and expires in 48 hours. If you did not ask for this, ignore this message: nothing changes.
settings-email-confirm-mail-link = Confirm my new address
# To the current address, telling that a change was asked for. $address is
# the new address.
settings-email-change-mail-subject = Your Quill email address is about to change
settings-email-change-mail-told = Someone logged in to your Quill account asked to change its email address to { $address }. It changes only when the link sent to that address is opened.
settings-email-change-mail-if-not = If that was you, there is nothing to do. If it was not, reset your password now: that logs everyone else out.
# To an address that belongs to another account already, when someone asked
# to move their account to it.
settings-email-taken-mail-subject = Someone tried to use your email address on Quill
# Stands for the name in the greeting (mail-hello: "Hello { $name },"),
# which makes "Hello there,".
settings-email-taken-mail-name = there
settings-email-taken-mail-tried = Someone asked to move another Quill account to this email address. It already belongs to an account here, so nothing changed.
settings-email-taken-mail-lost = If you have lost access to your own account, you can reset its password.

## Uploaded pictures (avatars and posts' pictures)

media-form-unreadable = The form could not be read. Please send it again.
media-empty = That file is empty.
media-not-an-image = That file is not an image Quill accepts. Upload a JPEG, PNG, WebP or GIF picture.
# $width and $height are the picture's size in pixels; $max is a number of
# megapixels (millions of pixels).
media-too-many-pixels = That image is too large: { $width } × { $height } pixels. Upload one of at most { $max } megapixels.
media-unreadable = That image is damaged or incomplete and cannot be read. Try saving it again.
# $max is a number of frames (the pictures of an animation).
media-too-many-frames = That GIF has too many frames (more than { $max }). Upload a still picture.
# What an account's pictures take, on the admin pages: "3 pictures, 1.2 MB
# of 500 MB (0%)". $used and $quota are sizes such as "1.2 MB"; $percent
# is a whole number.
media-usage = { $count ->
    [one] { $count } picture, { $used } of { $quota } ({ $percent }%)
   *[other] { $count } pictures, { $used } of { $quota } ({ $percent }%)
}
media-usage-no-quota = { $count ->
    [one] { $count } picture, { $used } (no quota)
   *[other] { $count } pictures, { $used } (no quota)
}

# /settings/security: the second factor; and the notice mails about it.
# $date is a date as the page writes dates; $left a whole number.
security-title = Sign-in security
settings-intro-security-after = : a second factor from an authenticator app, and recovery codes.
security-second-factor-heading = Second factor
security-second-factor-intro = With a second factor on, logging in with your password also asks for a code from an authenticator app on your phone, so a stolen password alone is not enough.
security-codes-once = Your recovery codes. Each works once, in place of a code from the app. Keep them somewhere safe: they are shown only now.
security-on-since = On since { $date }.
security-codes-left = { $left ->
    [one] One recovery code is left.
   *[other] { $left } recovery codes are left.
}
security-renew-codes = New recovery codes
security-turn-off = Turn off
security-set-up = Set up an authenticator app
security-scan = Scan this code with your authenticator app.
security-qr-label = QR code to scan with an authenticator app
security-or-type = Or type this key into it:
security-code-label = The code the app shows
security-turn-on = Turn on
security-setup-again = Start setting up again.
security-code-wrong = That code does not match. Check the time on your phone and type the code the app shows now.
security-off-done = The second factor is off.
security-mail-on-subject = A second factor was turned on for your Quill account
security-mail-on-what = Logging in to your Quill account now asks for a code from an authenticator app as well as your password.
security-mail-off-subject = The second factor of your Quill account was turned off
security-mail-off-what = Logging in to your Quill account no longer asks for a code from an authenticator app.
security-mail-code-used-subject = A recovery code was used on your Quill account
security-mail-code-used-what = Someone logged in to your Quill account with a recovery code. { $left ->
    [one] One code is left.
   *[other] { $left } codes are left.
}
security-mail-renewed-subject = New recovery codes for your Quill account
security-mail-renewed-what = New recovery codes were made for your Quill account; the old ones no longer work.
security-mail-if-not = If that was you, there is nothing to do. If it was not, change your password and check your sign-in settings now.
security-mail-link = Sign-in security
security-token-heading = API tokens
security-token-intro = A program (a script, an app) reaches the API with a token. Make one here; it is listed with your other logins in settings, where you can revoke it.
security-token-label = What it is for
security-token-make = Make a token
security-token-once = Your new token. Copy it now: it is shown only once.
security-token-default-label = Made in settings
security-mail-reset-subject = The second factor of your Quill account was reset by an admin
security-mail-reset-what = An admin of this Quill site turned off the second factor of your account, as asked when the phone and recovery codes were lost. Log in with your password and set it up again in your sign-in settings.
security-staff-must = This site asks moderators and admins for a second factor: set one up to reach the admin pages.

## Passkeys (settings/security)
passkeys-heading = Passkeys
passkeys-intro = A passkey signs you in with your device's screen lock (fingerprint, face or PIN) instead of a password. It only works on this site, so nobody can phish it, and it counts as both factors on its own.
passkeys-none = You have no passkeys yet.
passkeys-added-on = Added { $date }
passkeys-last-used = last used { $date }
passkeys-never-used = never used
passkeys-rename-label = New name for this passkey
passkeys-rename = Rename
passkeys-remove = Remove
passkeys-remove-named = Remove the passkey { $name }
passkeys-name-label = Name (so you can tell your passkeys apart)
passkeys-name-placeholder = e.g. Work laptop
passkeys-password-why = You signed in a while ago: type your password to add a passkey.
passkeys-add = Add a passkey
passkeys-needs-browser = Adding a passkey needs a browser that supports them, with JavaScript on.
passkeys-unavailable = Passkeys are off on this site: its address (QUILL_BASE_URL) is an IP address, and browsers refuse passkeys for those.
passkeys-default-name = Passkey { $number }
passkeys-added = Passkey “{ $name }” added. You can now sign in with it.
passkeys-renamed = Passkey renamed to “{ $name }”.
passkeys-removed = Passkey “{ $name }” removed.
passkeys-start-again = That took too long, or was started in another tab: add the passkey again.
passkeys-refused = Your browser's answer was not accepted (it was made for another site, or it expired). Try again.
passkeys-duplicate = That passkey is already registered here.
passkeys-name-empty = Give the passkey a name.
passkeys-mail-added-subject = A passkey was added to your Quill account
passkeys-mail-added-what = A passkey named “{ $name }” was added to your Quill account. It can sign in without your password.
passkeys-mail-removed-subject = A passkey was removed from your Quill account
passkeys-mail-removed-what = The passkey named “{ $name }” was removed from your Quill account and can no longer sign in.
