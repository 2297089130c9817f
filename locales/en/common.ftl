## Shared by every page: the header, sign-in, languages, error pages.

brand = civicall

language-en = English
language-ko = 한국어
language-ru = Русский
language-kk = Қазақша
language-vi = Tiếng Việt
language-zh-Hans = 简体中文

sign-in = Sign in
sign-out = Sign out
sign-in-to-see = Please sign in to see this page.
back-to-start = Back to the start page
no-such-page = There is no such page.

status-unauthorized = Sign-in needed
status-forbidden = Not allowed
status-not-found = Not found
status-conflict = Cannot be done now
status-invalid = Please check what you entered
status-carrier = The telephone carrier did not answer
status-carrier-detail = The telephone carrier could not be reached or refused the request. Try again in a few minutes.
status-too-many = Too many attempts
status-error = Something went wrong
status-error-detail = Something went wrong on our side. It has been logged; try again, and tell your administrator if it keeps happening.

denied-sign-in-first = Sign in first.
denied-change-password-first = Change your one-time password first.
denied-role = Your role does not give access to this.
denied-token = The API token is unknown, expired or revoked.
denied-form-too-large = The form is too large.
denied-form-expired = This form has expired or did not come from civicall. Reload the page and try again.

# $count: how many final evaluations
evaluations-count = { $count ->
    [one] { $count } evaluation
   *[other] { $count } evaluations
  }

language-choose = Language
save = Save

nav-grading = Grading desk
nav-callbacks = Callbacks
nav-synthesis = Callbacks synthesis
nav-results = Results
nav-my-department = My department's results
nav-graders = Graders
nav-users = Users
nav-tokens = API tokens
nav-audit = Audit log
nav-account = My account

role-admin = administrator
role-hr = HR
role-grader = grader
role-operator = hotline operator
role-supervisor = supervisor
role-intake = intake

field-username = Username
field-password = Password

sign-in-failed = Sign-in failed: the username or password is wrong, or sign-in is paused after repeated failures. Try again later.
notice-password-changed = Your password was changed. Sign in with the new one.
notice-signed-out = You are signed out.

account-title = My account
account-language = Language
account-language-browser = As my browser asks
account-language-hint = Every page, download and message is shown in this language, in this and later sessions. Call scripts stay in their own language.
notice-language-saved = Your language is saved.

password-change = Change password
password-one-time-notice = You signed in with a one-time password. Choose your own to continue.
password-current = Current password
password-new = New password
password-new-again = New password again
# $min: the shortest password accepted
password-hint = At least { $min } characters. Common passwords and ones built from your name are refused. After the change, sign in again.
password-current-wrong = The current password is wrong.
password-new-differ = The two new passwords differ.
password-same-as-current = Choose a password different from the current one.
password-too-short = New password: use at least { $min } characters.
password-too-long = New password: use at most { $max } characters.
password-easy-to-guess = New password: it is too easy to guess. Use a longer phrase of unrelated words.

# $what: what was looked for, e.g. "user 3"
not-found-verbatim = { $what } not found
# $language: the language tag that was sent
account-language-unknown = civicall does not speak { $language }.
account-token-no-language = An API token has no language of its own; send Accept-Language instead.
account-token-no-password = An API token has no password.

## Table headers read out by screen readers only: the column holds buttons and links, or marks.
column-actions = Actions
column-marks = Marks

## Free text typed into forms, requests and files: names, labels and comments.
# $character: the character refused, as U+XXXX
text-control-line = Write this on one line of plain text: it contains the control character { $character } (a line break, tab or similar).
# $character: the character refused, as U+XXXX
text-control-prose = Remove the control character { $character } from this text; line breaks and tabs are fine.
# $limit: the most characters allowed; $count: how many were given
text-too-long = Use at most { $limit } characters here; this has { $count }.
