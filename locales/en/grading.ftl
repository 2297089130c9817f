## The graders' desk, grader calibration and the refusals of grading.
## Rubric labels, stage titles, scale levels and guidance come from the call
## script in its own language and are not in this file.

## Score bands (src/grading/scoring.rs Band), shown by value: band-<value>.
band-excellent = excellent
band-good = good
band-needs_improvement = needs improvement

## The desk page.

desk-title = Grading desk
# $id: the task's number
desk-task-number = Task { $id }
desk-kind-first = grading
desk-kind-second = second, blind grading
desk-kind-adjudication = adjudication: two graders disagreed
# $seconds: seconds from the first ring to the answer, already formatted; $count: how many rings
desk-answered-after = answered after { $seconds } s ({ $count ->
    [one] { $count } ring
   *[other] { $count } rings
  })
# $seconds: seconds from the first ring to the answer, already formatted
desk-answered-after-seconds = answered after { $seconds } s
desk-answered-unknown = answered after —
# $time: a time of day, e.g. 14:05:30
desk-held-until = held until { $time }

desk-recording = Recording
desk-play = Play
desk-pause = Pause
desk-play-title = Play or pause (Space)
desk-back = −5 s
desk-back-title = Back 5 seconds (←)
desk-speed = Speed
desk-waveform = Waveform: the caller above, the staff member below
desk-stages = Stages of the call: jump to where each begins
desk-keys-hint = Keys: Space play/pause · ← back 5 s · 1–5 score the highlighted item · N not applicable · ↑/↓ move between items · [ ] slower/faster

desk-measured = Measured items
desk-measured-title = Measured from the call
desk-measured-yes = yes
desk-measured-no = no
desk-measured-unknown = unknown

desk-critical = critical
desk-critical-title = Failing this item fails the whole call
# $weight: the item's weight in the total
desk-weight = weight { $weight }
desk-level-yes = yes
desk-level-no = no
desk-not-applicable = not applicable
desk-item-comment = Comment (optional)
desk-call-comment = Comment on the whole call
desk-submit = Submit scores
desk-release-label = Why give the task back
desk-release-choose = Give back because…
desk-release = Give back
desk-submitted = Submitted
desk-next-task = Next task

## Why a grader gives a task back (src/grading/desk.rs RELEASE_REASONS):
## desk-release-reason-<the value stored>.
desk-release-reason-bad_audio = bad audio
desk-release-reason-wrong_number = wrong number
desk-release-reason-not_evaluation_call = not an evaluation call
desk-release-reason-knows_person = I know the person

## What the desk's script says as the grader works.

# $time: the time of day the draft was saved
desk-draft-saved = Draft saved { $time }
desk-draft-not-saved = Draft not saved
# $items: the labels of the items still unanswered, separated by semicolons
desk-still-open = Answer every item, or mark it not applicable where allowed. Still open: { $items }
desk-not-accepted = The scores were not accepted.
# $total: the call's total out of 100, already formatted; $band: its band, e.g. "excellent"
desk-result = Total { $total } ({ $band }).
# $total: the call's total out of 100, already formatted; $band: its band, e.g. "needs improvement"
desk-result-critical-failed = Total { $total } ({ $band }). A critical item failed.
desk-release-choose-reason = Choose why you give the task back.
desk-release-failed = The task could not be given back.
desk-hold-lost = Your hold on this task ended. Take the next task.

## The desk when nothing waits.

desk-empty = No call is waiting for you right now. New recordings arrive as calls are made; check again in a while.
desk-check-again = Check again

## Grader calibration.

calibration-title = Grader calibration
calibration-agreement = Agreement on double-graded calls
# $count: how many calls were scored by two graders
calibration-double-graded = { $count ->
    [one] { $count } call scored by two graders.
   *[other] { $count } calls scored by two graders.
  }
calibration-figure = Figure
calibration-value = Value
calibration-calls = Calls
calibration-icc = Totals: intraclass correlation ICC(2,1)
calibration-alpha-interval = Totals: Krippendorff's alpha (interval)
# $points: how far apart two totals may be, in points
calibration-within-points = Totals within { $points } points
calibration-script = Script
calibration-item = Item
calibration-alpha-ordinal = Alpha (ordinal)
calibration-kappa = Weighted kappa
calibration-no-double-graded = No double-graded calls yet.
calibration-graders = Graders
calibration-grader = Grader
calibration-sheets = Sheets
calibration-median-time = Median time per task
calibration-leniency = Leniency
calibration-final-calls = Final calls
calibration-adjudications = Adjudications
# $minutes: a number of minutes, already formatted
calibration-minutes = { $minutes } min
calibration-no-sheets = No sheets yet.
calibration-leniency-hint = Leniency is the mean difference between a grader's totals and the final scores of the same calls: positive means they score higher than the final result.

## Refusals of the desk and its API.

# $id: the task's number
grading-not-found-held-task = You do not hold task { $id }: it is not yours, or your hold on it ended.
# $id: the task's number
grading-not-found-evaluation = The evaluation of task { $id } was not found.
# $id: the task's number
grading-not-found-audio = The recording of task { $id } was not found.
# $id: the recording's number
grading-not-found-recording = Recording { $id } was not found.
# $id: the recording's number
grading-recording-unsafe-path = Recording { $id } has an unsafe path and is not served.
grading-hold-ended = your hold on this task ended; take the next task
grading-release-reason-missing = say why the task is given back (bad audio, wrong number …)
grading-draft-too-large = the draft is too large
# $items: the keys of the unanswered items, separated by commas
grading-not-answered = not answered yet: { $items }
# $item: an item's key in the call script
grading-item-not-graded = item "{ $item }" is not one the grader scores
# $item: an item's key in the call script
grading-item-missing = item "{ $item }" has no answer; every item of the sheet needs a score (or "not applicable" where the item allows it)
# $item: an item's key in the call script
grading-item-unknown = item "{ $item }" is not on this script's sheet
# $item: an item's key in the call script; $value: the value given; $min and $max: the ends of its scale
grading-item-out-of-scale = item "{ $item }": { $value } is not on its scale; give a value from { $min } to { $max }
# $item: an item's key in the call script
grading-item-na-not-allowed = item "{ $item }" cannot be marked "not applicable"; give it a score
# $item: an item's key in the call script
grading-item-duplicate = item "{ $item }" is answered more than once
# $field: the name of the carrier's field
grading-carrier-field-missing = { $field } is missing from the carrier's recording callback.
# $field: the name of the carrier's field; $value: what the carrier sent
grading-carrier-field-not-number = { $field }: "{ $value }" is not a number.
