## Running the programme from pages: the overview, campaigns created in a
## form with a preview of their plan, the roster, users' roles and homes.

## The overview (the administrators' start page).
nav-overview = Overview
overview-heading = Overview
admin-campaigns-none = No campaigns yet. Start one with “New campaign”.
overview-grading = Recordings to grade
# $held: tasks a grader holds now; $graded: gradings submitted in the last 24 hours
overview-grading-detail = { $held } being graded now · { $graded } graded in the last 24 hours
overview-grading-link = Graders' agreement
overview-callbacks = Callbacks due now
# $later: open callbacks due later; $closed: closed in the last 24 hours; $follow_ups: follow-ups not yet done
overview-callbacks-detail = { $later } due later · { $closed } closed in the last 24 hours · { $follow_ups } follow-ups open
overview-callbacks-link = Callbacks synthesis
overview-recordings = Recordings waiting to be fetched
overview-recordings-detail = { $available } stored · { $corrupt } set aside as damaged · { $failed } could not be fetched
overview-carrier = Carrier
overview-carrier-ok = Taking calls
overview-carrier-degraded = Refusing some calls
overview-carrier-failing = Refusing calls
overview-carrier-sandbox = The built-in sandbox carrier (no real calls).
overview-carrier-configured = The configured carrier account.
# Counts over the last 24 hours
overview-carrier-detail = Last 24 hours: { $accepted } accepted, { $refused } refused, { $in_progress } still in progress.
overview-carrier-last-accepted = Last call accepted: { $when }
overview-carrier-last-refused = Last call refused: { $when }
overview-failures = Failures in the last 24 hours
overview-failures-when = When
overview-failures-what = What
overview-failures-error = Error
# $id: the call's number; $state: its state
overview-failure-call = Call { $id }: { $state }
overview-failure-recording = Recording of call { $id }: { $state }
overview-failures-none = Nothing failed in the last 24 hours.

## A new campaign: the form, then the preview of its plan.
campaign-new-title = New campaign
campaign-new-intro = Choose the scripts, the staff and the period. “Preview the plan” shows how many calls it makes and who cannot get all of theirs; nothing is stored until you create it.
# $field: the name of the form field at fault
campaign-new-field-at-fault = { $field }:
campaign-field-name = Campaign name
campaign-field-scripts = Evaluation scripts
campaign-field-departments = Departments
campaign-field-grades = Grades
campaign-field-start_date = First day
campaign-field-end_date = Last day
campaign-field-calls_per_staff = Calls per person
campaign-field-window_start = Calling from
campaign-field-window_end = Calling until
campaign-field-holidays = Holidays
campaign-new-no-scripts = There are no evaluation scripts in call-scripts/.
campaign-new-departments-hint = None ticked means every department.
campaign-new-no-departments = The roster has no departments yet: upload them on the Roster page first.
campaign-new-grades-hint = Separated by commas; empty means every grade.
campaign-new-window-hint = Local time of each department (24-hour clock, e.g. 09:00), inside its working hours and outside lunch.
campaign-new-holidays-hint = Days without calls, as 2026-12-25, separated by commas or spaces.
campaign-new-preview = Preview the plan
# $count: the calls the plan makes
campaign-new-create = Create the campaign ({ $count } calls)
# $value: what was typed
campaign-form-date-invalid = “{ $value }” is not a date like 2026-12-01.
campaign-preview-heading = The plan
# $calls: calls planned; $staff: people covered; $weeks: weeks with calls
campaign-preview-summary = { $calls ->
    [one] One call
   *[other] { $calls } calls
  } to { $staff ->
    [one] one person
   *[other] { $staff } people
  } over { $weeks ->
    [one] one week
   *[other] { $weeks } weeks
  }.
# $count: calls that do not fit; $people: people affected
campaign-preview-short = { $count ->
    [one] One call does
   *[other] { $count } calls do
  } not fit, for { $people ->
    [one] one person
   *[other] { $people } people
  }: see why below.
campaign-preview-by-department = By department
campaign-preview-by-week = By week
campaign-preview-department = Department
campaign-preview-centre = Centre
campaign-preview-staff = People
campaign-preview-calls = Calls
campaign-preview-missing = Missing
campaign-preview-week-of = Week of
campaign-preview-shortfall-heading = Who cannot get all their calls
campaign-preview-person = Person
campaign-preview-why = Why
campaign-preview-why-window = The calling window does not meet the department's working hours.
# $days: days in the period with time free for this person
campaign-preview-why-days = Only { $days } free working days in the period (holidays, weekends and days with other calls taken out).
campaign-pause = Pause
campaign-resume = Resume
campaign-cancel = Cancel the campaign
campaign-cancel-hint = Cancelling takes its waiting calls off the plan; it cannot be undone.

## The menu.
nav-menu = Main menu
nav-roster = Roster
nav-staff-results = Staff results

## Users: department and roles.
admin-users-column-department = Department
admin-users-column-actions = Actions
admin-users-department-none = — none —
# $username: the account whose roles the form changes
admin-users-roles-of = Roles of { $username }
admin-users-save-roles = Save roles and department
user-roles-own-admin = You cannot take the administrator role from yourself; ask another administrator.
audit-action-staff_changed = staff member changed
audit-action-user_roles_changed = user's roles changed

## The roster pages.
roster-title = Roster
roster-staff = Staff
roster-search = Name or employee number
roster-department = Department
roster-grade = Grade
roster-status = Status
roster-all = All
roster-status-callable = called
roster-status-inactive = inactive
roster-status-not-eligible = not called
roster-find = Find
# $count: people found
roster-found = { $count ->
    [one] One person found.
   *[other] { $count } people found.
  }
# $count: people found; $shown: how many are listed
roster-found-first = { $count } people found; the first { $shown } are listed: narrow the search to see others.
roster-employee-no = Employee no.
roster-name = Name
roster-job-title = Job title
roster-phone = Phone
roster-no-staff = Nobody matches.
roster-departments = Departments and their hours
roster-code = Code
roster-centre = Centre
roster-days = Working days
roster-hours = Hours
roster-lunch = Lunch
roster-time-zone = Time zone
roster-no-departments = No departments yet: upload a departments file below.
roster-centres = Centres
roster-no-centres = No centres yet: they come with the departments file.
roster-upload = Upload a roster file
roster-upload-hint = A CSV file with a header row, as exported from a spreadsheet. Every row is checked first: if any row is wrong nothing is changed, and every bad row is listed.
roster-upload-what-legend = The file holds
roster-upload-departments = Departments (with centres and hours)
roster-upload-staff = Staff
roster-upload-file = File
roster-upload-submit = Check and upload
# $file: the file's name; $count: bad rows
roster-upload-refused = { $file } was not uploaded: { $count ->
    [one] one problem
   *[other] { $count } problems
  }. Nothing was changed.
roster-upload-line = Line
roster-upload-field = Column
roster-upload-value = Value
roster-upload-problem = Problem
# $file: the file's name
roster-upload-done = { $file } uploaded: { $created } added, { $updated } changed, { $unchanged } unchanged.
# $detail: what could not be read
roster-upload-unreadable = The upload could not be read: { $detail }
roster-upload-no-file = Choose a file to upload.
# $value: what was sent
roster-upload-what = “{ $value }” is neither departments nor staff.
roster-back = ← Roster
roster-staff-not-saved = Not saved:
roster-staff-details = Details
roster-staff-calls = Evaluation calls
roster-active = Works here now (active)
roster-eligible = May receive evaluation calls (eligible)
roster-reason = Reason
roster-reason-hint = Needed when the person is inactive or not called, e.g. on leave or not a public-facing post.
roster-reason-required = Give a reason for taking this person off the calls.
roster-save = Save
roster-field-name = Name
roster-field-department_code = Department
roster-field-grade = Grade
roster-field-job_title = Job title
roster-field-phone = Phone
roster-field-exclusion_reason = Reason
roster-field-active = Active
roster-field-eligible = Eligible
roster-staff-saved = Saved.

## The grading desk: the queue and the grader's own day.
# $waiting: recordings waiting in the queue; $mine: what this grader submitted today
desk-progress = { $waiting ->
    [one] One recording waiting
   *[other] { $waiting } recordings waiting
  } · you graded { $mine } today.
# $zone: the centre's time zone (e.g. Asia/Ho_Chi_Minh)
callbacks-call-back-at-in = Call back at ({ $zone } time, for “later”)
campaign-new-date-hint = Days are written year-month-day, e.g. 2026-12-01.
