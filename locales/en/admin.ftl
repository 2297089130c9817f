## Operations and administration: campaigns and calls, users, API tokens,
## the audit log, and the refusals of campaigns, calls, accounts and the
## roster import.

## The campaigns page (the start page of administrators and HR).

admin-campaigns-heading = Evaluation campaigns
admin-campaigns-column-campaign = Campaign
admin-campaigns-column-state = State
admin-campaigns-column-period = Period
admin-campaigns-column-calls-each = Calls each
admin-campaigns-column-planned = Planned
admin-campaigns-column-waiting = Waiting
admin-campaigns-column-in-progress = In progress
admin-campaigns-column-ended = Ended
admin-campaigns-column-reached = Reached a person
# $count: how many planned calls could not be fitted into the period
admin-campaigns-short = ({ $count } short)
# $start, $end: the first and last day, already formatted
admin-period = { $start } – { $end }
admin-calls-recent = Recent calls

## A campaign's states (the campaigns table), shown by value: campaign-state-<value>.
campaign-state-active = active
campaign-state-paused = paused
campaign-state-canceled = canceled

## One campaign.

admin-campaign-period = Period
admin-campaign-window = Calling window
# $start, $end: local times of day, HH:MM
admin-campaign-window-value = { $start }–{ $end } local time, inside each department's working hours
admin-campaign-calls-per-staff = Calls per staff line
admin-campaign-scripts = Scripts
admin-campaign-planned = Planned
# $count: how many calls are planned; $short: how many could not be fitted into free working days
admin-campaign-planned-short = { $count } ({ $short } could not be fitted into free working days)
admin-campaign-calls = Calls

## The calls table.

admin-calls-column-call = Call
admin-calls-column-when = When
admin-calls-column-line = Line
admin-calls-column-script = Script
admin-calls-column-state = State
admin-calls-column-connection = Connection
admin-calls-column-latency = Answer latency
admin-calls-column-rings = Rings
admin-calls-column-duration = Duration
admin-calls-column-recording = Recording
admin-calls-listen = listen
admin-calls-column-staff = Staff member
admin-calls-line-check = line check
admin-calls-citizen-callback = callback to a citizen
admin-calls-in-progress = In progress
admin-calls-in-progress-none = Nothing is being called right now.
# $count: how many planned calls are due later (or wait on a paused campaign) and are not listed
admin-calls-scheduled-later = { $count ->
    [one] One more call is scheduled for later.
   *[other] { $count } more calls are scheduled for later.
  }
admin-calls-history = History
admin-calls-history-none = No finished calls yet.

## One call.

# $id: the call's number
admin-call-number = Call #{ $id }
admin-call-line = Line
admin-call-script = Script
admin-call-carrier-call = Carrier call
admin-call-connection = Connection
admin-call-latency = Answer latency
admin-call-duration = Duration
admin-call-problem = Problem
admin-call-missed-no-day = no working day left in the campaign period
# $sid: the carrier's id of the recording
admin-call-recording = Recording { $sid }
admin-call-stages = Stages seen
# $stage: a stage of the call script; $seconds: where it begins on the recording (which starts at the answer), in seconds, already formatted
admin-call-stage-at = { $stage } at { $seconds } s
admin-call-measured = Measured items
admin-call-measured-stage = Stage
admin-call-measured-item = Item
admin-call-measured-result = Result
admin-call-measured-yes = yes
admin-call-measured-no = no
admin-call-events = Carrier events
admin-call-events-received = Received
admin-call-events-kind = Kind
admin-call-events-status = Status
admin-call-events-sequence = Sequence
admin-call-events-stage = Stage

## Users.

admin-users-title = Users
# $username: the new account's username
admin-users-created = Account { $username } created. Its one-time password is shown only now — pass it on safely:
# $username: the account whose password was reset
admin-users-password-reset = Account { $username } was given a new password. Its one-time password is shown only now — pass it on safely:
admin-users-column-name = Name
admin-users-column-roles = Roles
admin-users-column-status = Status
admin-users-status-disabled = disabled
admin-users-status-one-time = one-time password
admin-users-status-active = active
admin-users-enable = Enable
admin-users-disable = Disable
admin-users-reset-password = Reset password
admin-users-senior-hint = Senior graders settle disagreements between two graders
admin-users-senior = Senior grader ✓
admin-users-make-senior = Make senior grader
admin-users-line-placeholder = own line, +84…
admin-users-line-label = Operator's own line
admin-users-centre-label = Centre
admin-users-all-centres = all centres
admin-users-save-line = Save line
admin-users-add = Add a user
admin-users-full-name = Full name
admin-users-department = Department code (supervisors: the department they may see; graders: their own, never graded by them)
admin-users-create = Create with a one-time password
# $code: the department code that was typed
admin-users-no-department = Department: there is no department "{ $code }".
# $code: the centre code that was chosen
admin-users-no-centre = Centre code: there is no centre "{ $code }".

## API tokens.

admin-tokens-title = API tokens
# $name: what the new token is for
admin-tokens-created = Token { $name } created. It is shown only now; store it in the integration's secret store:
admin-tokens-column-name = Name
admin-tokens-column-roles = Roles
admin-tokens-column-expires = Expires
admin-tokens-column-last-used = Last used
admin-tokens-column-status = Status
admin-tokens-never-used = never
admin-tokens-status-revoked = revoked
admin-tokens-status-active = active
admin-tokens-revoke = Revoke
admin-tokens-none = No tokens.
admin-tokens-create-heading = Create a token
admin-tokens-purpose = What it is for
admin-tokens-purpose-placeholder = Queue-management system, centre 1
admin-tokens-valid-days = Valid for (days)
admin-tokens-create = Create

## The audit log.

admin-audit-title = Audit log
admin-audit-filter-action = Action
admin-audit-filter-any = any
admin-audit-filter-actor = Who
admin-audit-filter = Filter
admin-audit-export = Export CSV
admin-audit-column-when = When
admin-audit-column-who = Who
admin-audit-column-what = What
admin-audit-column-on = On
admin-audit-column-from = From
admin-audit-column-detail = Detail
admin-audit-none = Nothing recorded.

## Column headings of the audit log as CSV.
admin-audit-csv-id = id
admin-audit-csv-at = at (UTC)
admin-audit-csv-actor-kind = actor kind
admin-audit-csv-actor-id = actor id
admin-audit-csv-actor-name = actor name
admin-audit-csv-action = action
admin-audit-csv-target-kind = target kind
admin-audit-csv-target-id = target id
admin-audit-csv-address = address
admin-audit-csv-detail = detail

## Audited actions (src/auth/audit.rs Action), shown by value: audit-action-<value>.
audit-action-login = login
audit-action-login_failed = failed login
audit-action-logout = logout
audit-action-password_changed = password changed
audit-action-language_changed = language changed
audit-action-password_reset = password reset
audit-action-user_created = user created
audit-action-user_disabled = user disabled
audit-action-user_enabled = user enabled
audit-action-token_created = token created
audit-action-token_revoked = token revoked
audit-action-recording_played = recording played
audit-action-recording_downloaded = recording downloaded
audit-action-citizen_phone_viewed = citizen's phone viewed
audit-action-score_changed = score changed
audit-action-data_exported = data exported
audit-action-settings_changed = settings changed
audit-action-campaign_changed = campaign changed
audit-action-roster_imported = roster imported
audit-action-retention_run = retention run

## Who did it, by kind of actor.
# $name: the user's username
audit-actor-user = { $name } (user)
# $name: what the API token is for
audit-actor-token = { $name } (token)
# $name: the service's own name
audit-actor-system = { $name } (system)
# $name: the username someone tried to sign in with
audit-actor-anonymous = { $name } (anonymous)

## What it was done on, by kind of record.
# $id: the user's number
audit-target-user = user { $id }
# $id: the token's number
audit-target-api_token = API token { $id }
# $id: the campaign's number
audit-target-campaign = campaign { $id }
# $id: the callback's number
audit-target-callback = callback { $id }
# $id: the grading task's number
audit-target-grading_task = grading task { $id }
# $id: the recording's number
audit-target-recording = recording { $id }

## Refusals: accounts and tokens.

# $role: the word that is not a role
user-role-unknown = "{ $role }" is not a role (admin, hr, grader, operator, supervisor, intake).
user-roles-none = Give at least one role.
user-username-invalid = Username: use 2 to 64 letters, digits, dots, dashes or underscores.
# $username: the username asked for
user-username-taken = Username: "{ $username }" is taken.
user-disable-self = You cannot disable your own account.
token-name-required = Say what the token is for.
# $min, $max: the shortest and longest validity in days
token-days-range = A token is valid for between { $min } and { $max } days.
token-days-not-number = Give a number of days.

## Refusals: campaigns.

# $value: the text that was given
campaign-time-invalid = "{ $value }" is not a time like 09:30.
campaign-name-required = The campaign name must not be empty.
campaign-scripts-none = Name at least one evaluation script.
# $script: the script id that was given
campaign-script-unknown = There is no call script "{ $script }" in call-scripts/.
# $script: the script id; $kind: its kind of script (a code such as callback)
campaign-script-not-evaluation = "{ $script }" is a { $kind } script, not an evaluation script.
campaign-end-before-start = The end date is before the start date.
# $min, $max: the fewest and most calls per staff line
campaign-calls-per-staff-range = Calls per staff line must be between { $min } and { $max }.
campaign-window-empty = The calling window must end after it starts.
# $code: the department code that was given
campaign-department-unknown = There is no department "{ $code }" in the roster.
campaign-period-over = The period has already ended.
campaign-no-staff = No active, eligible staff match this campaign.
# $id: the campaign's number; $state: its state now (active, paused or canceled)
campaign-cannot-pause = Campaign { $id } is { $state ->
    [active] active
    [paused] already paused
    [canceled] canceled
   *[other] { $state }
  }; it cannot be paused.
# $id: the campaign's number; $state: its state now (active, paused or canceled)
campaign-cannot-resume = Campaign { $id } is { $state ->
    [active] already active
    [paused] paused
    [canceled] canceled
   *[other] { $state }
  }; it cannot be resumed.
# $id: the campaign's number; $state: its state now (active, paused or canceled)
campaign-cannot-cancel = Campaign { $id } is { $state ->
    [active] active
    [paused] paused
    [canceled] already canceled
   *[other] { $state }
  }; it cannot be canceled.

## Refusals: calls and recordings.

# $value: the number as given
call-number-not-international = "{ $value }" is not an international number like +821012345678.
# $script: the script id that was given
call-script-unknown = There is no call script "{ $script }".
# $name: the parameter the carrier did not send
call-webhook-param-missing = The carrier's request has no { $name }.
# $status: the status the carrier sent
call-webhook-status-unknown = "{ $status }" is not a call status this service knows.
# $value: the text that was sent
call-webhook-not-a-number = "{ $value }" is not a number.
# $id: our call's number; $known: the carrier's call id it has; $sid: the one in the request
call-webhook-other-call = Call { $id } is { $known }, not { $sid }.
# $id: the recording's number
recording-path-unsafe = Recording { $id } has an unsafe path.

## Not found.

# $id: the user's number
not-found-user = User { $id } not found.
# $action: the action in the address
not-found-user-action = There is no user action "{ $action }".
# $id: the token's number
not-found-token = Active token { $id } not found.
# $id: the campaign's number
not-found-campaign = Campaign { $id } not found.
# $action: the action in the address
not-found-campaign-action = There is no campaign action "{ $action }".
# $script: the script id
not-found-script = Call script { $script } not found.
# $script: the script id; $version: its version
not-found-script-version = Script { $script } version { $version } not found.
# $id: the call's number
not-found-call = Call { $id } not found.
# $id: the recording's number
not-found-recording-audio = The audio of recording { $id } is not available.
# $id: the department's number
not-found-department = Department { $id } not found.
# $id: the staff member's number
not-found-staff = Staff member { $id } not found.
# $id: the centre's number
not-found-centre = Centre { $id } not found.

## The roster: one problem in an import file or a record, by its column.
## These read after "field "phone": " in a file's list of problems.

# $file: the file's name; $line: the line (the header is line 1); $field: the column; $problem: what is wrong
roster-problem-line = { $file }:{ $line }: field "{ $field }": { $problem }
# $field: the column; $problem: what is wrong
roster-field-problem = { $field }: { $problem }
# $file: the file's name; $error: why writing failed
roster-import-failed = { $file }: nothing was imported: { $error }
# $content_type: the Content-Type that was sent
roster-import-not-csv = Send the file as Content-Type: text/csv (got "{ $content_type }").
roster-input-invalid = The input is not valid.
# $detail: what the JSON reader said, in its own words
roster-body-invalid = The body is not the JSON expected: { $detail }
# $detail: what the JSON reader said, in its own words
roster-body-unreadable = The body cannot be read: { $detail }
# $body: the key in the body; $path: the key in the address
roster-key-differs = "{ $body }" in the body differs from "{ $path }" in the URL

# $error: what the system said
roster-file-unreadable = cannot be read: { $error }
# $error: what the CSV reader said
roster-header-unreadable = the first line cannot be read: { $error }
# $columns: the column names, comma separated
roster-file-empty = the file is empty; its first line must name the columns: { $columns }
# $error: what the CSV reader said
roster-row-unreadable = this line cannot be read: { $error }
# $count: how many fields the line has; $expected: how many the header has
roster-row-field-count = has { $count ->
    [one] { $count } field
   *[other] { $count } fields
  } but the header has { $expected }; a value with a comma must be in double quotes
roster-not-utf8 = is not UTF-8 text; save the file as CSV UTF-8
# $column: the column name
roster-column-twice = column "{ $column }" appears twice
# $column: the column name found; $columns: the column names expected, comma separated
roster-column-unknown = unknown column "{ $column }"; the columns are { $columns }
# $column: the column name
roster-column-missing = required column "{ $column }" is missing

# $field: the column
roster-field-required = { $field } is required
# $value: the code as given
roster-code-spaces = "{ $value }" may not contain spaces or '/'
# $value: the text as given
roster-flag-invalid = "{ $value }" is not yes or no (yes/no, true/false, y/n, 1/0; empty means yes)
# $value: the reason as given
roster-exclusion-needs-ineligible = "{ $value }" is given but eligible is yes; set eligible to no or clear the reason
# $code: the department code as given
roster-department-unknown = no department "{ $code }"; import the departments file first
# $code: the department code as given; $suggestion: a known code that differs only in case
roster-department-unknown-suggest = no department "{ $code }" (did you mean "{ $suggestion }"?); import the departments file first
# $code: the department code; $first: the line it first appears on
roster-department-repeated = department "{ $code }" is already on line { $first }
# $centre: the centre code; $name: the name it has on an earlier line; $first: that line
roster-centre-other-name = centre "{ $centre }" is named "{ $name }" on line { $first }
# $centre: the centre code; $zone: the time zone it has on an earlier line; $first: that line
roster-centre-other-zone = centre "{ $centre }" is in "{ $zone }" on line { $first }
# $value: the employee number; $first: the line it first appears on
roster-employee-repeated = employee number "{ $value }" is already on line { $first }

roster-time-zone-required = a time zone is required (an IANA name such as Asia/Seoul)
# $value: the text as given
roster-time-zone-unknown = "{ $value }" is not an IANA time zone name (such as Asia/Seoul or Asia/Almaty)
# $value: the working days as given; $day: the part that is not a day
roster-weekday-unknown = "{ $value }": "{ $day }" is not a day of the week (mon, tue, … sun)
roster-work-days-required = at least one working day is required, such as mon-fri
# $value: the text as given
roster-time-invalid = "{ $value }" is not a time of day as HH:MM (such as 09:00)
# $start, $end: times of day, HH:MM
roster-work-end-before-start = work ends at { $end }, which is not after it starts at { $start }
roster-lunch-end-required = lunch_start is given, so lunch_end is required
roster-lunch-start-required = lunch_end is given, so lunch_start is required
# $start, $end: times of day, HH:MM
roster-lunch-end-before-start = lunch ends at { $end }, which is not after it starts at { $start }
# $lunch_start, $lunch_end: the lunch break; $start, $end: the working hours; all HH:MM
roster-lunch-outside-hours = lunch { $lunch_start }–{ $lunch_end } is not inside working hours { $start }–{ $end }

roster-phone-required = a phone number is required
# $value: the number as given
roster-phone-invalid = "{ $value }" is not a valid phone number
# $value: the number as given; $region: the country code numbers without + are read in
roster-phone-invalid-in-region = "{ $value }" is not a valid phone number for region { $region }
# $value: the number as given; $region: the configured default region
roster-phone-no-region = "{ $value }" has no country code (+…) and the default region "{ $region }" is not a two-letter country code
# $value: the number as given; $extension: the extension in it
roster-phone-extension = "{ $value }" has an extension ({ $extension }); give the person's direct line
