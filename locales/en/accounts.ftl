# Accounts: signing up, logging in and out, verifying the email address,
# resetting a forgotten password, and the mail these send.
#
# Arguments in { $braces } are filled in by Quill; keep them as they are.
# Some sentences hold a link or bold text in the middle: they are split into
# pieces (…-before, the link's text, …-after) that the page puts together
# with a space before the link. Translate the pieces so that together they
# read as one sentence. "Quill" is the software's name: keep it as it is.

## Sign-up page (/signup)

accounts-signup-title = Sign up
accounts-signup-heading = Create your account
accounts-username-label = Username
# "/u/name" is the address of a profile page: keep it as it is.
accounts-username-hint = 3–30 characters: letters a–z, digits and underscores. It will be your address: /u/name.
accounts-email-label = Email
accounts-password-label = Password
accounts-password-hint = At least 8 characters. A few unrelated words make a strong password.
# The form's button.
accounts-signup-submit = Sign up
# One sentence: "Already have an account? [Log in]."
accounts-signup-login-before = Already have an account?
accounts-signup-login-link = Log in
accounts-signup-login-after = .
# Shown after signing up, on the "Check your email" page.
accounts-signup-welcome = Welcome to Quill! Open the link we emailed you to verify your address, then log in.
accounts-already-logged-in = You are already logged in.
accounts-username-taken = This username is taken. Please choose another.

## What is wrong with a username, an email address or a new password
## (on the sign-up page, in settings and on the reset page)

accounts-username-reserved = This username is reserved. Please choose another.
accounts-username-length = Choose a username of 3 to 30 characters.
accounts-username-characters = Use only letters a–z, digits and underscores.
accounts-email-empty = Enter your email address.
accounts-email-too-long = That email address is too long.
# "ana@example.com" is an example address; it may be replaced by one that
# looks natural in your language.
accounts-email-invalid = Enter a valid email address, like ana@example.com.
accounts-password-too-short = Use at least 8 characters for your password.
accounts-password-too-long = Use at most 1,024 characters for your password.
accounts-password-is-name = Your password must not be your username or email address.
accounts-password-common = This password is on the list of the most common passwords, which attackers try first. Please choose another.

## Login page (/login)

# The page's title and heading.
accounts-login-title = Log in
accounts-login-label = Username or email
# The form's button.
accounts-login-submit = Log in
accounts-login-forgot-link = Forgot your password?
# One sentence: "New here? [Create an account]."
accounts-login-signup-before = New here?
accounts-login-signup-link = Create an account
accounts-login-signup-after = .
# One sentence: "Never got the verification email? [Resend verification]."
accounts-login-resend-before = Never got the verification email?
accounts-login-resend-link = Resend verification
accounts-login-resend-after = .

## Why a login was refused (shown above the login form)

accounts-login-incomplete = Enter your username or email and your password.
accounts-login-mismatch = That username or email and password do not match an account.
accounts-login-suspended = This account has been suspended by the site's moderators.
# The person deleted their account and it waits to be erased; the date and
# the "Keep my account" button follow below.
accounts-login-leaving = You deleted this account. It is erased at the date below unless you keep it.
# “Resend verification” names the link below the form
# (accounts-login-resend-link): use the same words.
accounts-login-unverified = Please verify your email address first: open the link we emailed you. No email? Use “Resend verification” below.
# One sentence: "It will be erased on [date]. Until then you can keep it, with
# everything you wrote." The date, in bold, comes between the two pieces.
accounts-login-leaving-before = It will be erased on
accounts-login-leaving-after = . Until then you can keep it, with everything you wrote.
accounts-login-keep-account = Keep my account

## After logging in and out

# $username is the person's username (such as ana_99).
accounts-login-welcome-back = Welcome back, { $username }.
accounts-logged-out = You are logged out. See you soon.

## After signing up (/check-email)

accounts-check-email-title = Check your email
accounts-check-email-sent = If the address is new to Quill, we have sent it a link to verify it. Open it to finish signing up, then log in.
# One sentence: "Nothing arrived after a few minutes? Look in your spam
# folder, or [send the link again]."
accounts-check-email-resend-before = Nothing arrived after a few minutes? Look in your spam folder, or
accounts-check-email-resend-link = send the link again
accounts-check-email-resend-after = .

## Asking for the verification link again (/resend-verification)

accounts-resend-title = Resend verification
accounts-resend-heading = Resend the verification link
# The button on the "Resend verification" and "Forgot password" forms.
accounts-send-link = Send the link
accounts-resend-sent = If that address is waiting for verification, a new link is on its way.

## Following the link in a verification mail

accounts-email-verified = Your email address is verified. You can log in now.
# “Resend verification” is the link on the login page
# (accounts-login-resend-link): use the same words.
accounts-verify-link-dead = This verification link is invalid, used or expired. Log in to have a new one sent, or use “Resend verification”.
# After confirming a change of address; $address is the new email address.
accounts-email-changed = Your email address is now { $address }.
accounts-email-change-taken = This address was registered by another account in the meantime, so it cannot become yours. Your address is unchanged.

## Forgotten password (/forgot-password, /reset-password)

accounts-forgot-title = Forgot password
accounts-forgot-heading = Forgot your password?
accounts-forgot-sent = If an account uses that address, a link to reset its password is on its way. It works for one hour.
accounts-forgot-intro = Enter your account's email address and we will send you a link to choose a new password.
# The title and heading of the page the reset link opens.
accounts-reset-title = Choose a new password
accounts-reset-password-label = New password
accounts-reset-submit = Set the new password
# “Forgot password” is that page's title (accounts-forgot-title): use the
# same words.
accounts-reset-link-dead = This reset link is invalid, used, expired or replaced by a newer one. Ask for a new link on “Forgot password”.
accounts-password-reset-done = Your password is changed. Log in with the new one.

## Mail: verifying the address after signing up
## (it starts with mail-hello from mail.ftl; the HTML version ends the
## intro with a button, the plain-text version with the link itself)

accounts-verify-mail-subject = Verify your email address for Quill
accounts-verify-mail-intro = Welcome to Quill! Please confirm that this is your email address:
accounts-verify-mail-intro-text = Welcome to Quill! Please confirm that this is your email address by opening this link:
# The button in the mail.
accounts-verify-mail-link = Verify my email address
accounts-verify-mail-expiry = The link works once and expires in 48 hours. If you did not sign up, ignore this message.

## Mail: someone tried to sign up with an address that has an account
## (sent to the account's owner)

accounts-signup-attempt-mail-subject = Someone tried to sign up with your email address
accounts-signup-attempt-mail-what = Someone just tried to sign up for Quill with this email address, which already has an account: yours.
accounts-signup-attempt-mail-if-you = If it was you, log in with your username or email. If you forgot your password, you can reset it.
accounts-signup-attempt-mail-if-not = If it was not you, there is nothing to do: no new account was made.
# The link at the end of the mail, to the "Forgot password" page.
accounts-signup-attempt-mail-link = Reset my password

## Mail: the password reset link

accounts-reset-mail-subject = Reset your Quill password
accounts-reset-mail-intro = Someone asked to reset the password of your Quill account.
accounts-reset-mail-intro-text = Someone asked to reset the password of your Quill account. To choose a new password, open this link:
# The button in the mail.
accounts-reset-mail-link = Choose a new password
accounts-reset-mail-expiry = The link works once and expires in one hour; a newer link makes this one void. If you did not ask, ignore this message: your password stays as it is.

## Mail: the password was changed

accounts-password-changed-mail-subject = Your Quill password was changed
accounts-password-changed-mail-what = The password of your Quill account was just changed, and the sessions logged in with the old password were logged out.
# One sentence in the HTML mail: "If that was you, there is nothing to do. If
# it was not, [reset your password now]."
accounts-password-changed-mail-if-not-before = If that was you, there is nothing to do. If it was not,
accounts-password-changed-mail-if-not-link = reset your password now
accounts-password-changed-mail-if-not-after = .
# The same in the plain-text mail; $link is the address of the "Forgot
# password" page.
accounts-password-changed-mail-if-not-text = If that was you, there is nothing to do. If it was not, reset your password now: { $link }

# The second step of a login with a second factor (/login/code).
accounts-code-title = Enter your code
accounts-code-explain = Your account has a second factor. Enter the six-digit code your authenticator app shows now, or one of your recovery codes.
accounts-code-label = Code
accounts-code-submit = Log in
accounts-code-lost = Lost your phone and your recovery codes? Resetting your password does not turn the second factor off: ask an admin of this site to reset it.
accounts-code-wrong = That code is not right, or it was already used. Try the code your app shows now.
accounts-code-start-again = Log in again: the code step waits five minutes.

## Passkey sign-in
passkeys-sign-in = Sign in with a passkey
passkeys-login-start-again = That sign-in took too long: try the passkey again.
passkeys-login-refused = That passkey was not accepted here. Try again, or log in with your password.
passkeys-login-unknown = That passkey is not registered here (it may have been removed). Log in with your password.
