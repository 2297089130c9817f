## Customer-care callbacks: the hotline operators' desk, the daily draw,
## service visits coming in, and the synthesis for leadership.

## The operators' desk: today's callbacks.

callbacks-page-title = Callbacks
callbacks-today-heading = Today's callbacks
callbacks-notice-saved = Outcome saved.
callbacks-notice-saved-nothing-due = Outcome saved. No other callback is due right now.
callbacks-notice-nothing-due = No callback is due right now.
callbacks-notice-not-available = That callback is not yours to take now.
callbacks-no-line = Your account has no phone line, so the service cannot ring you for bridged calls. You can still log calls made by other means.
# $hours: the calling hours, e.g. "Monday–Friday 08:00–11:00 (Asia/Ho_Chi_Minh)"
callbacks-hours = Calling hours: { $hours }.
# $hours: the calling hours, e.g. "Monday–Friday 08:00–11:00 (Asia/Ho_Chi_Minh)"
callbacks-hours-closed = Calling hours: { $hours } — closed now.
# $hours: the calling hours; $when: the date and time calls resume, in the centre's time zone
callbacks-hours-closed-until = Calling hours: { $hours } — closed now; calls resume { $when }.
# $days: the calling days (a range or a list of weekdays); $start, $end: times of day (08:00); $zone: the centre's time zone, e.g. Asia/Almaty
callbacks-hours-description = { $days } { $start }–{ $end } ({ $zone })
# $first, $last: the first and last weekday of a run of calling days
callbacks-hours-day-range = { $first }–{ $last }
# Shown on the operator desk of the demo (serve --demo) only, whose centre may call citizens at any hour; real centres never call before 08:00 or after 21:00
callbacks-hours-demo = Demo: calling hours widened so the desk is open at any hour.
callbacks-take-next = Take the next callback
callbacks-column-number = #
callbacks-column-service = Service
callbacks-column-visited = Visited
callbacks-column-served-by = Served by
callbacks-column-phone = Number
callbacks-column-state = State
callbacks-column-attempts = Attempts
callbacks-column-next-try = Next try
callbacks-taken = (taken)
callbacks-continue = Continue
callbacks-take = Take
callbacks-none-today = No callbacks today.

## What became of a callback (callbacks.state), shown by value: callbacks-state-<value>.
callbacks-state-open = to call
callbacks-state-closed = done
callbacks-state-unreachable = unreachable

## The outcome of an attempt (callbacks.outcome and callback_attempts.outcome), shown by value: outcome-<value>.
outcome-reached = Reached
outcome-no_answer = No answer
outcome-busy = Busy
outcome-wrong_number = Wrong number
outcome-refused = Refused to talk
outcome-call_later = Asked to be called later
outcome-never_call = Asked never to be called
outcome-do_not_call = On the do-not-call list

## How an attempt was made (callback_attempts.method), shown by value: callbacks-method-<value>.
callbacks-method-bridged = bridged call
callbacks-method-other = by other means

## How the citizen came to the centre (service_visits.channel), shown by value: visits-channel-<value>.
visits-channel-counter = at the counter
visits-channel-phone = by phone
visits-channel-online = online

## Categories of what citizens said (callbacks.category), shown by value: comment-category-<value>.
comment-category-praise = Praise
comment-category-complaint = Complaint
comment-category-suggestion = Suggestion
comment-category-question = Question
comment-category-process = Process
comment-category-other = Other
comment-category-uncategorised = Uncategorised

## One callback, held by the operator.

# $id: the callback's number
callbacks-callback-title = Callback { $id }
callbacks-notice-saved-next = The last outcome was saved; here is the next callback.
callbacks-notice-ringing = Your phone is ringing; answer it and you will be connected to the citizen.
callbacks-notice-cannot-call = The call could not be placed now (outside calling hours, no line on your account, or the citizen asked not to be called).
callbacks-visit = The visit
callbacks-citizen = Citizen
callbacks-number = Number
callbacks-no-number = no number left
callbacks-service = Service
callbacks-visited = Visited
# $when: the date and time of the visit; $channel: how the citizen came (at the counter, by phone, online); $centre: the centre's name
callbacks-visited-detail = { $when } ({ $channel }), { $centre }
callbacks-served-by = Served by
callbacks-earlier-attempts = Earlier attempts
# $when: the date and time of the attempt; $outcome: its outcome; $method: how it was made (bridged call, by other means)
callbacks-attempt-line = { $when } — { $outcome } ({ $method })
callbacks-no-attempts = None yet.
callbacks-call-button = Call (rings your phone, then the citizen)
callbacks-outside-hours-hint = It is outside calling hours for this centre: you can log an attempt made by other means, or come back in the calling window.
callbacks-refresh = Refresh
callbacks-script = Call script
callbacks-script-read-first = Read out first:
callbacks-script-listen = listen

## How a bridged call is going, on the callback page and updated as it goes.

# $id: the call's number; $state: how far the call is (a call state, in the reader's language)
callbacks-call-progress = Bridged call #{ $id }: { $state }.
# $id: the call's number; $state: how far the call is; $connection: how it connected (person, voicemail…)
callbacks-call-progress-connected = Bridged call #{ $id }: { $state }, { $connection }.
# $id: the call's number; $state: how far the call is; $seconds: how long it lasted, a formatted number
callbacks-call-progress-timed = Bridged call #{ $id }: { $state } ({ $seconds } s).
# $id: the call's number; $state: how far the call is; $connection: how it connected; $seconds: how long it lasted, a formatted number
callbacks-call-progress-connected-timed = Bridged call #{ $id }: { $state }, { $connection } ({ $seconds } s).

## The state of a bridged call's recording (recordings.state), shown by value: callbacks-recording-<value>.
callbacks-recording-pending = The recording is on its way.
callbacks-recording-available = The call was recorded.
callbacks-recording-corrupt = The recording arrived damaged.
callbacks-recording-failed = The recording could not be fetched.
callbacks-recording-purged = The recording has been deleted after its retention period.

## The outcome form.

callbacks-outcome = Outcome
callbacks-outcome-question = How did it go?
callbacks-satisfaction-legend = Satisfaction, 1 (very dissatisfied) to 5 (very satisfied), if reached
callbacks-satisfaction-staff = With the staff member's attitude
callbacks-satisfaction-process = With the process
callbacks-satisfaction-overall = Overall
callbacks-comments = Comments
callbacks-questions = Questions
callbacks-suggestions = Suggestions
callbacks-category = Category
callbacks-follow-up-needed = Follow-up needed
callbacks-follow-up-by = Who follows up
callbacks-save-and-next = Save and take the next
callbacks-save-outcome = Save outcome

## Refusals at the desk.

# $id: the callback's number
callbacks-not-held = Callback { $id } is not one you hold now.
# $id: the callback's number
callbacks-not-available = Callback { $id } is not due, not yours to take, or held by someone else.
# $id: the callback's number
callbacks-no-bridged-call = Callback { $id } has no bridged call yet.
# $id: the callback's number
callbacks-not-found = There is no callback { $id }.
callbacks-satisfaction-range = Give 1 (very dissatisfied) to 5 (very satisfied).
callbacks-satisfaction-only-reached = Only a citizen who was reached can be satisfied or not.
callbacks-call-back-at-required = Say when the citizen asked to be called.
callbacks-call-back-at-invalid = Give a date and a time to call back.
# $categories: the category codes the API accepts, e.g. "praise, complaint, suggestion"
callbacks-invalid-category = Use one of these categories: { $categories }.
callbacks-follow-up-by-required = Say who follows up.
callbacks-outside-calling-hours = It is outside calling hours for this centre; the callback waits for the next window.
callbacks-no-operator-line = Your account has no phone line to ring; ask an administrator to add one.
callbacks-no-citizen-number = The citizen left no number; log the outcome instead.
callbacks-citizen-do-not-call = The citizen asked never to be called.

## The daily draw and the settings it runs on.

# $centre: the centre code asked for
callbacks-no-centre = There is no centre "{ $centre }".
# $centre: the centre code; $day: the day, as the reader writes dates
callbacks-no-draw = Centre { $centre } has no draw for { $day }.
# $value: the setting as written
callbacks-setting-stratify-invalid = "{ $value }" is not a way to stratify the draw: use none, department or service.
# $value: the setting as written
callbacks-setting-draw-at-invalid = "{ $value }" is not a time like 08:30.
# $value: the setting as written
callbacks-setting-days-invalid = "{ $value }" is not a list of calling days such as mon-fri or mon,wed,fri.
# $value: the setting as written
callbacks-setting-time-invalid = "{ $value }" is not a time of day as HH:MM (such as 09:00).
# $centre: the centre code; $earliest, $latest: the earliest and latest a citizen is ever called (08:00, 21:00)
callbacks-setting-no-time = The calling hours of centre { $centre } leave no time to call between { $earliest } and { $latest }.

## Service visits coming in (CSV file or JSON list). Each problem names its
## line (in a file) or position (in a list) and its field apart from the message.

visits-send-csv = Send the file as text/csv.
# $source: the file's name; $count: how many problems were found
visits-import-rejected = { $source }: nothing was imported; { $count ->
    [one] { $count } problem
   *[other] { $count } problems
  }.
# $count: how many problems were found in the list of visits sent
visits-push-rejected = Nothing was imported; { $count ->
    [one] { $count } problem
   *[other] { $count } problems
  }.
visits-file-unreadable = The file cannot be read.
# $columns: the column names the file must have, comma-separated
visits-header-unreadable = The first line of the file must name the columns: { $columns }.
# $value: the column name found; $columns: the column names the file must have
visits-unknown-column = Unknown column "{ $value }"; the columns are { $columns }.
# $value: the column name
visits-column-twice = Column "{ $value }" appears twice.
# $column: the column name
visits-missing-column = Required column "{ $column }" is missing.
visits-row-unreadable = This line cannot be read: it has more or fewer fields than the header, or a value with a comma that is not in double quotes.
visits-not-utf8 = This value is not UTF-8 text; save the file as CSV UTF-8.
visits-external-id-required = The queue system's own id for the visit is required.
# $value: the external id
visits-external-id-repeated-line = "{ $value }" appears on an earlier line too.
# $value: the external id
visits-external-id-repeated-list = "{ $value }" appears earlier in the list too.
# $value: the centre code as given
visits-unknown-centre = "{ $value }" is not a centre in the roster.
# $value: the time as given; $zone: the centre's time zone
visits-time-gap = "{ $value }" does not exist in { $zone } (a daylight-saving gap).
# $value: the time as given
visits-invalid-time = "{ $value }" is not a time like 2026-03-02 14:05 or 2026-03-02T14:05:00+07:00.
# $value: the number as given; $region: the country its numbers are read in (VN, KZ…)
visits-invalid-phone = "{ $value }" is not a valid phone number for region { $region }.
# $value: the number as given, with its country code
visits-invalid-phone-international = "{ $value }" is not a valid phone number.
visits-service-required = The service is required.
# $value: the department code as given
visits-unknown-department = "{ $value }" is not a department in the roster.
# $value: the employee number as given
visits-unknown-staff = "{ $value }" is not a staff member in the roster.
# $value: the channel as given
visits-invalid-channel = "{ $value }" is not a channel: use counter, phone or online.
# $value: the answer as given
visits-invalid-consent = "{ $value }" is not yes or no (yes/no, true/false, y/n, 1/0; empty means no: a citizen is called only with their consent).

## The synthesis for leadership.

synthesis-title = Callbacks synthesis
# $centre: the centre's name; $period: the day, week or month shown
synthesis-heading = Callbacks synthesis · { $centre } · { $period }
synthesis-centre = Centre
synthesis-period = Period
synthesis-date = Date
synthesis-show = Show

## Periods of a synthesis, shown by value: synthesis-span-<value>, synthesis-previous-<value>, synthesis-next-<value>.
synthesis-span-day = day
synthesis-span-week = week
synthesis-span-month = month
synthesis-previous-day = ← Previous day
synthesis-previous-week = ← Previous week
synthesis-previous-month = ← Previous month
synthesis-next-day = Next day →
synthesis-next-week = Next week →
synthesis-next-month = Next month →

# $week: the ISO week number; $year: its year; $first, $last: its Monday and Sunday as dates
synthesis-period-week = week { $week } of { $year } ({ $first } – { $last })

synthesis-printable = Printable view
synthesis-xlsx = Download XLSX (every table)
synthesis-csv = CSV:

## The tables of a synthesis, as links, download sheets and CSV files, shown by value: synthesis-table-<value>.
synthesis-table-summary = Summary
synthesis-table-departments = Departments
synthesis-table-services = Services
synthesis-table-staff = Staff
synthesis-table-comments = Comments
synthesis-table-follow-ups = Follow-ups
synthesis-table-callbacks = Callbacks

synthesis-follow-ups = Open follow-ups
synthesis-number-column = #
synthesis-day = Day
synthesis-who-follows-up = Who follows up
synthesis-about = About
synthesis-what-said = What the citizen said
synthesis-done = Done
synthesis-no-follow-up = No follow-up is open.

synthesis-drawn = Drawn
synthesis-reached = Reached
# $share: the share reached, as a percentage
synthesis-reach-share = ({ $share } of those done)
synthesis-reach-share-hint = of the callbacks whose calls are over
synthesis-unreachable = Unreachable
synthesis-refused = Refused
synthesis-wrong-number = Wrong number
synthesis-never-call = Asked never to be called
synthesis-pending = Still to call
synthesis-staff-attitude = Staff attitude
synthesis-process = Process
synthesis-overall = Overall
# $n: how many citizens answered the question
synthesis-score-scale = / 5, n={ $n }

synthesis-wrong-number-short = Wrong no.
synthesis-never-call-short = Never call
synthesis-pending-short = Pending
synthesis-reached-percent = Reached %
synthesis-no-draw = No draw in this period.

synthesis-department = Department
synthesis-service = Service
synthesis-staff-member = Staff member
synthesis-overall-distribution = Overall 1 → 5
synthesis-nobody-reached = Nobody reached yet.
synthesis-no-department = (no department)

# $score: the citizen's overall satisfaction, 1 to 5
synthesis-remark-overall = overall { $score }/5
# $id: the callback's number
synthesis-remark-callback = #{ $id }
synthesis-remark-comment = Comment:
synthesis-remark-question = Question:
synthesis-remark-suggestion = Suggestion:
synthesis-no-remarks = No comments or suggestions in this period.

synthesis-day-by-day = Day by day
synthesis-by-department = Satisfaction by department
synthesis-by-service = By service
synthesis-by-staff = By staff member
synthesis-by-category = What citizens said, by category

## The printable synthesis.

# $centre: the centre's name; $period: the day, week or month shown
synthesis-print-title = Customer-care callbacks · { $centre } · { $period }
# $centre: the centre's name
synthesis-print-heading = Customer-care callbacks · { $centre }
synthesis-print-method = drawn at random among the citizens who used a service and agreed to be contacted
# $when: the date and time the report was prepared, in the centre's time zone
synthesis-print-prepared = prepared { $when }
synthesis-print = Print

## Refusals of the synthesis.

# $centre: the centre code asked for
synthesis-no-such-centre = There is no centre "{ $centre }" that you may see.
synthesis-no-centres = The roster has no centre yet.
# $id: the callback's number
synthesis-no-open-follow-up = Callback { $id } has no open follow-up.
# $table: the table asked for; $tables: the tables there are, comma-separated
synthesis-unknown-table = There is no table "{ $table }": use one of { $tables }.

## The synthesis downloads (CSV and XLSX): sheet names and column headings.

# $table: the table's name (Summary, Departments…); $centre: the centre code; $period: the period's short tag (2026-W36)
synthesis-sheet = { $table } { $centre } { $period }
synthesis-total = total
synthesis-col-day = day
synthesis-col-drawn = drawn
synthesis-col-reached = reached
synthesis-col-unreachable = unreachable
synthesis-col-refused = refused
synthesis-col-wrong-number = wrong number
synthesis-col-do-not-call = do not call
synthesis-col-pending = pending
synthesis-col-reached-percent = reached %
synthesis-col-staff-mean = staff attitude (mean)
synthesis-col-process-mean = process (mean)
synthesis-col-overall-mean = overall (mean)
# $score: an answer, 1 to 5
synthesis-col-overall-answer = overall = { $score }
synthesis-col-department-code = department code
synthesis-col-department = department
synthesis-col-service = service
synthesis-col-service-name = service name
synthesis-col-employee-no = employee no
synthesis-col-name = name
synthesis-col-category = category
synthesis-col-callback = callback
synthesis-col-staff-member = staff member
synthesis-col-overall = overall
synthesis-col-comments = comments
synthesis-col-questions = questions
synthesis-col-suggestions = suggestions
synthesis-col-who-follows-up = who follows up
synthesis-col-what-said = what the citizen said
synthesis-col-life-situation = life situation
synthesis-col-channel = channel
synthesis-col-state = state
synthesis-col-outcome = outcome
synthesis-col-attempts = attempts
synthesis-col-staff-attitude = staff attitude
synthesis-col-process = process
synthesis-col-follow-up-by = follow-up by

## What the operator hears on their own phone before a bridged call.
bridge-connecting = Connecting you to the citizen. The call is recorded.
bridge-number-gone = The citizen's number is no longer available.
