## HR results: the department view, staff lists and scorecards, star staff,
## training needs, disputes, the printable reports, the charts and the
## CSV/XLSX downloads. Names of people, departments and centres, rubric
## labels and training topics come from the data and the call scripts.

## Periods and filters shared by the results pages.

# $year: a year, e.g. 2026 (written without grouping)
results-period-year = { $year }
# $from, $to: the first and last day of a period, already formatted
results-period-custom = { $from } – { $to }
# $period: the period (e.g. "October 2026"); $from, $to: its first and last day, already formatted
results-period-span = { $period } ({ $from } – { $to })
results-month = Month
results-show = Show
results-previous = ← Previous
results-next = Next →
results-filter = Filter
results-all-centres = All centres
results-all-departments = All departments
# $from, $to: the days the reader gave, as YYYY-MM-DD
results-period-ends-before-start = The period ends ({ $to }) before it starts ({ $from }).
# $years: the longest period allowed, in years
results-period-too-long = A period is at most { $years ->
    [one] one year
   *[other] { $years } years
  }.
# $value: what the reader gave as a month
results-month-invalid = "{ $value }" is not a month like 2026-10.
# $value: what the reader gave as a year
results-year-invalid = "{ $value }" is not a year like 2026.
results-period-from-and-to = Give both the first and the last day, or neither.
# $code: the department code the reader gave
results-department-unknown = There is no department "{ $code }".
# $code: the centre code the reader gave
results-centre-unknown = There is no centre "{ $code }".
# $id: the staff member's number
results-staff-not-found = Staff member { $id } not found
# $id: the evaluation's number
results-evaluation-not-found = Final evaluation { $id } not found

## Words shared by the results pages.

results-final-evaluations = Final evaluations
results-mean-total = Mean total
results-staff-under = Staff under threshold
results-no-evaluations = No final evaluations in this period.
results-nobody-under = Nobody is under their campaign's threshold.
results-listen = Listen
results-measured = (measured)
results-download-xlsx = Download XLSX
results-download-xlsx-all = Download XLSX (every table)
# Precedes the list of tables that can be downloaded one by one as CSV.
results-download-csv = CSV:
# $count: how many citizens or evaluations a figure rests on
results-sample-size = n={ $count }
# $text: a citizen's own words
results-quoted = “{ $text }”
results-column-rank = Rank
results-column-department = Department
results-column-centre = Centre
results-column-evaluations = Evaluations
results-column-mean = Mean
results-column-interval = 95% interval
results-column-ranking-score = Ranking score
results-ranking-score-hint = The mean pulled toward the overall mean in proportion to how little data it rests on
results-column-employee-no = Employee no.
results-column-name = Name
results-column-threshold = Threshold
results-column-citizens = Citizens (1–5)
results-flag-few-calls = few calls

## Who made a score final (the evaluation's score source), shown by value:
## results-score-source-<value>.
results-score-source-single = single
results-score-source-mean = mean
results-score-source-adjudicated = adjudicated
results-score-source-auto = auto
results-score-source-dispute = dispute

## The department view.

results-title = Results
# $period: the period shown, e.g. "October 2026"
results-heading = Results · { $period }
results-nav-staff = Staff
results-nav-stars = Star staff
results-nav-training = Training needs
results-nav-disputes = Disputes
results-nav-report = Printable monthly report
results-nav-label = More results
# $year: the year of the summary (written without grouping)
results-year-end-xlsx = Year-end summary { $year } (XLSX)
results-departments-heading = Departments
results-departments-explained = Ranked by a score that does not reward small samples: each mean is pulled toward the overall mean in proportion to how little data it rests on. The 95% interval beside each mean shows how sure it is.
results-centres-heading = Centres
results-spread-heading = Spread of scores
results-under-heading = Staff under their campaign's threshold

## The staff list.

results-staff-title = Staff results
# $period: the period shown
results-staff-heading = Staff results · { $period }

## A staff member's scorecard and its printable form (also the year-end summary).

# $name: the staff member's name
scorecard-title = { $name } · scorecard
scorecard-printable = Printable scorecard
# $year: the year of the summary (written without grouping)
scorecard-year-end = Year-end summary { $year }
# $name: the staff member's name; $period: the period
scorecard-print-title = Scorecard · { $name } · { $period }
# $name: the staff member's name; $period: the year
scorecard-print-title-year = Year-end summary · { $name } · { $period }
# $period: the period of the scorecard
scorecard-print-heading = Telephone courtesy scorecard · { $period }
scorecard-evaluation-calls = Evaluation calls
scorecard-answered-by-person = Answered by a person
scorecard-median-latency = Median answer latency
# $seconds: a number of seconds, already formatted
scorecard-seconds = { $seconds } s
scorecard-threshold = Threshold (good)
scorecard-citizens-about-them = Citizens about them
# Follows the mean rating. $rated: citizens who rated the staff member; $reached: citizens reached
scorecard-citizens-rated = / 5, { $rated } rated of { $reached } reached
scorecard-rings-heading = Rings before the answer
# A call nobody answered whose outcome is not known.
scorecard-connection-unknown = unknown
scorecard-trend-heading = Trend
scorecard-stages-heading = Stages
scorecard-items-heading = Items
scorecard-column-stage = Stage
scorecard-column-item = Item
scorecard-column-topic = Training topic
scorecard-column-score = Score
scorecard-falls-short = falls short
scorecard-no-items = No items scored in this period.
scorecard-graders-heading = What graders wrote
# $date: the day of the call; $item: the rubric item; $text: the grader's comment
scorecard-comment-on-item = { $date } · { $item }: { $text }
# $date: the day of the call; $text: the grader's comment on the whole call
scorecard-comment = { $date }: { $text }
scorecard-no-comments = No comments.
scorecard-citizens-heading = What citizens said
# $service: the service used; $rating: the citizen's rating of the staff member (1-5); $text: their words
scorecard-citizen-rated = { $service } · { $rating }/5: “{ $text }”
# $service: the service used; $text: the citizen's words
scorecard-citizen = { $service }: “{ $text }”
scorecard-no-citizens = No comments from callbacks.
scorecard-evaluations-heading = Evaluations
scorecard-column-date = Date
scorecard-column-script = Script
scorecard-column-connection = Connection
scorecard-column-rings = Rings
scorecard-column-total = Total
scorecard-column-band = Band
scorecard-column-source = Score
scorecard-column-dispute = Dispute
# $version: the number of the score's version
scorecard-version = (version { $version })
scorecard-locked = locked
scorecard-details = Details
scorecard-details-or-dispute = Details · dispute

## Star staff of the month.

stars-title = Star staff
# $period: the month shown
stars-heading = Star staff of the month · { $period }
# $min: the fewest final evaluations a star needs; $probability: the chance of lying above the median a star needs, as a percentage
stars-explained = Per centre, the staff with at least { $min } final evaluations this month whose figures put them above the median of the centre's staff with a chance of at least { $probability }, in order of ranking score (the mean pulled toward the centre's overall mean in proportion to how little data it rests on). The same score is decided by citizens' satisfaction with their attitude in callbacks; ties beyond that are shown as ties.
stars-no-centre = No centre has staff yet.
# $score: the ranking score, already formatted
stars-score = score { $score }
# $mean: the plain mean; $evaluations: how many evaluations, as evaluations-count writes it; $interval: the 95% interval
stars-mean-over = mean { $mean } over { $evaluations }, { $interval }
# $rating: citizens' mean rating of the staff member (1-5), already formatted
stars-citizens = citizens { $rating }/5
# $names: the others with the same score and satisfaction, separated by commas
stars-tied-with = tied with { $names }
stars-decided-by-satisfaction = same score: placed by citizens' satisfaction
# $evaluations: how many evaluations, as evaluations-count writes it
stars-thin-data = thin data: { $evaluations }
# $items: the star's best items, each as stars-best-item writes it, separated by semicolons
stars-best-at = Best at: { $items }
# $item: a rubric item; $score: the star's score on it (0-100)
stars-best-item = { $item } ({ $score })
# $min: the fewest final evaluations a star needs
stars-nobody-eligible = Nobody has { $min } or more final evaluations this month.
# $min: the fewest final evaluations a star needs; $people: those with fewer, each as stars-below-minimum-person writes it
stars-below-minimum = Not yet rankable (fewer than { $min } final evaluations): { $people }
# $name: a staff member; $count: their final evaluations; $mean: their mean total
stars-below-minimum-person = { $name } ({ $count }, mean { $mean })

## Training needs.

training-title = Training needs
# $period: the period shown
training-heading = Training needs · { $period }
training-topics-heading = Who needs which topic
training-column-topic = Topic
training-column-who = Who
training-column-staff = Staff
# The topic of rubric items whose script names none.
training-topic-other = other
# Training topics that call scripts name by code (training_topic = "…"); a code
# without a message here is shown as the script writes it.
training-topic-answering = answering the phone
training-topic-listening = listening
training-topic-accuracy = accuracy of information
training-topic-transfers = transfers
training-topic-courtesy = courtesy
training-topic-closing = closing the call
training-topic-attitude = attitude
training-topic-process = procedure
training-nobody = nobody
training-matrix-heading = Staff × item
training-matrix-explained = Each cell is the staff member's mean score on the item (0–100); marked cells fall short of their campaign's threshold.
training-falls-short = falls short of the threshold
training-examples-heading = Best practice: the best-scored recordings per item
# $item: the recording's score on the item (0-100); $total: its total score
training-example-scores = item { $item } · total { $total }
training-shared = shared
training-stop-sharing = Stop sharing
training-mark-for-sharing = Mark for sharing
training-no-recording = No graded recording yet.

## Disputes of a final score.

## The states of a dispute, shown by value: dispute-state-<value>.
dispute-state-open = open
dispute-state-accepted = accepted
dispute-state-partly_accepted = partly accepted
dispute-state-rejected = rejected

disputes-title = Disputes
disputes-state-all = all
disputes-download-csv = CSV
disputes-figure-open = Open
disputes-figure-accepted = Accepted
disputes-figure-partly-accepted = Partly accepted
disputes-figure-rejected = Rejected
disputes-figure-median-time = Median time to resolve
# $hours: a number of hours, already formatted
disputes-hours = { $hours } h
disputes-column-number = #
disputes-column-call-date = Call date
disputes-column-staff = Staff
disputes-column-items = Items
disputes-column-why = Why
disputes-column-raised-by = Raised by
disputes-column-state = State
disputes-column-resolution = Resolution
disputes-column-hours = Hours
disputes-review = Review
disputes-open-link = Open
disputes-none = No disputes.

## An evaluation's page: its items, its score history, its disputes.

# $id: the evaluation's number
disputes-evaluation-title = Evaluation { $id }
# $source: who made the score final (results-score-source-*); $version: the score's version
disputes-score-version = { $source }, version { $version }
disputes-recording = Recording
disputes-items-heading = Items (current version)
# Short for "not applicable", in a table cell.
disputes-not-applicable-short = N/A
disputes-history-heading = Score history
disputes-column-version = Version
disputes-column-source = Source
disputes-column-by = By
disputes-column-when = When
# $id: the dispute's number
disputes-number = #{ $id }
# $name: who raised the dispute; $items: the disputed items, separated by commas
disputes-raised-by = raised by { $name } about { $items }
# $name: who resolved it; $text: their resolution
disputes-resolution-by = Resolution by { $name }: { $text }
# $item: a rubric item
disputes-new-score-for = New score for { $item }
disputes-score-unchanged = unchanged
disputes-not-applicable = not applicable
# The two levels of a yes/no rubric item.
disputes-level-yes = yes
disputes-level-no = no
disputes-accept = Accept with these scores
disputes-reject = Reject
disputes-resolve-explained = Accepting with new scores for every disputed item accepts the dispute; for some of them, partly accepts it. Either way the evaluation is locked once resolved.
disputes-none-on-evaluation = No dispute.
disputes-raise-heading = Dispute this score
# $days: how many days after the score became final it can be disputed
disputes-raise-explained = Within { $days } days of the score becoming final. Name the items and say why.
disputes-disputed-items = Disputed items
disputes-raise = Raise the dispute
disputes-closed-locked = Cannot be disputed: a dispute about it has been resolved; it is locked.
disputes-closed-not-final = Cannot be disputed: its score is not final yet.
# $days: the length of the dispute window in days
disputes-closed-window = Cannot be disputed: the { $days }-day window after its score became final has passed.

## Refusals when raising or resolving a dispute.

# $evaluation: the evaluation's number
disputes-refused-locked = Evaluation { $evaluation } cannot be disputed: a dispute about it has been resolved; it is locked.
# $evaluation: the evaluation's number
disputes-refused-not-final = Evaluation { $evaluation } cannot be disputed: its score is not final yet.
# $evaluation: the evaluation's number; $days: the length of the dispute window in days
disputes-refused-window = Evaluation { $evaluation } cannot be disputed: the { $days }-day window after its score became final has passed.
disputes-comment-missing = Say why the score is disputed.
disputes-items-missing = Name at least one disputed item.
# $item: the item key given; $script: the call script's code
disputes-item-unknown = "{ $item }" is not an item of script { $script }.
# $evaluation: the evaluation's number
disputes-already-open = Evaluation { $evaluation } already has an open dispute.
# $id: the dispute's number; $state: its state (accepted, partly_accepted or rejected)
disputes-already-resolved = Dispute { $id } is already { $state ->
    [accepted] accepted
    [partly_accepted] partly accepted
   *[rejected] rejected
  }.
disputes-reviewer-raised-it = A dispute is reviewed by someone other than the person who raised it.
disputes-resolution-missing = Say how the dispute was decided and why.
disputes-rejected-changes-no-score = A rejected dispute changes no score.
disputes-score-not-disputed = Only disputed items get new scores.
disputes-score-not-an-item = Not an item of the script.
disputes-score-na-not-allowed = This item cannot be marked not applicable.
# $value: what was given as the item's new score
disputes-score-not-a-level = { $value } is not a level of the item's scale.
# $level: the level given; $min, $max: the lowest and highest level of the item's scale
disputes-score-off-scale = { $level } is not on the scale ({ $min }–{ $max }).
disputes-score-none-given = Give the new score of at least one disputed item, or reject the dispute.
# $value: the decision given
disputes-decision-invalid = "{ $value }": decide accept or reject.
# $id: the dispute's number
disputes-resolved-meanwhile = Dispute { $id } was resolved by someone else meanwhile.
# $id: the dispute's number
disputes-not-found = Dispute { $id } not found

## The printable monthly report (and what the printable scorecard shares with it).

# $period: the month of the report
report-heading = Telephone courtesy · monthly report · { $period }
# $from, $to: the first and last day of the report, already formatted
report-days = { $from } – { $to }
report-final-scores-only = final scores only
# Before the time the report was prepared.
report-prepared = prepared
report-print = Print
report-disputes-raised = Disputes raised
# $count: how many of the disputes are still open
report-disputes-open = ({ $count } open)
report-stars-heading = Star staff of the month
report-training-heading = Training needs by topic
report-column-people = People

## The charts: titles, series and text alternatives.

chart-trend-title = Mean total by month (months without evaluations left blank)
chart-trend-mean = Mean total
chart-trend-threshold = Threshold (good)
# $months: each month with evaluations, as chart-trend-alt-month writes it, separated by semicolons
chart-trend-alt = Mean total by month: { $months }
# $month: a month, e.g. "October 2026"; $mean: the mean total, already formatted; $count: how many evaluations
chart-trend-alt-month = { $month }: { $mean } (n={ $count })
chart-distribution-title = Final totals by ten-point bin
chart-distribution-evaluations = Evaluations
# $bins: each bin, as chart-distribution-alt-bin writes it, separated by semicolons
chart-distribution-alt = Final totals by bin: { $bins }
# $bin: a range of totals, e.g. 80–89; $count: how many final totals fall in it
chart-distribution-alt-bin = { $bin }: { $count }
chart-departments-title = Departments: ranking score and plain mean
chart-departments-ranking-score = Ranking score (shrunk)
chart-departments-plain-mean = Plain mean
# $name: a department; $count: its final evaluations
chart-departments-label = { $name } (n={ $count })
# $departments: each department, as chart-departments-alt-department writes it, separated by semicolons
chart-departments-alt = Departments, ranking score: { $departments }
# $name: a department; $score: its ranking score; $mean: its plain mean (both formatted); $count: its final evaluations
chart-departments-alt-department = { $name } { $score } (mean { $mean }, n={ $count })

## Downloads (CSV and XLSX): sheet names, column headings and the words in cells.
## Sheet names are cut to 31 characters.

export-sheet-departments = departments
export-sheet-centres = centres
export-sheet-under-threshold = under_threshold
export-sheet-distribution = distribution
export-sheet-staff = staff
export-sheet-year-end-summary = year_end_summary
export-sheet-summary = summary
export-sheet-rings = rings
export-sheet-stages = stages
export-sheet-items = items
export-sheet-trend = trend
export-sheet-evaluations = evaluations
export-sheet-graders-comments = graders_comments
export-sheet-citizens = citizens
# $centre: the centre's name
export-sheet-stars = stars { $centre }
# $centre: the centre's name
export-sheet-below-minimum = below_minimum { $centre }
export-sheet-matrix = matrix
export-sheet-topics = topics
export-sheet-examples = examples
export-sheet-disputes = disputes

export-column-rank = rank
export-column-department = department
export-column-centre = centre
export-column-evaluations = evaluations
export-column-mean = mean
export-column-ci95-low = ci95_low
export-column-ci95-high = ci95_high
export-column-ranking-score = ranking_score
export-column-employee-no = employee_no
export-column-name = name
export-column-threshold = threshold
export-column-total = total
export-column-grade = grade
export-column-job-title = job_title
export-column-calls = calls
export-column-answered-by-person = answered_by_person
export-column-citizens-rating = citizens_rating
export-column-satisfaction-staff = satisfaction_staff
export-column-figure = figure
export-column-value = value
export-column-rings-before-answer = rings before answer
export-column-stage = stage
export-column-item = item
export-column-label = label
export-column-training-topic = training_topic
export-column-score = score
export-column-short = short
export-column-month = month
export-column-evaluation = evaluation
export-column-call = call
export-column-date = date
export-column-script = script
export-column-connection = connection
export-column-rings = rings
export-column-band = band
export-column-source = source
export-column-version = version
export-column-dispute = dispute
export-column-comment = comment
export-column-callback = callback
export-column-service = service
export-column-place = place
export-column-ratings = ratings
export-column-tied-with = tied_with
export-column-decided-by-satisfaction = decided_by_satisfaction
export-column-best-items = best_items
export-column-citizens-words = citizens_words
export-column-items-short = items_short
export-column-topic = topic
export-column-items = items
export-column-staff = staff
export-column-item-score = item_score
export-column-shared = shared
export-column-call-date = call_date
export-column-raised-by = raised_by
export-column-state = state
export-column-reviewed-by = reviewed_by
export-column-resolution = resolution
export-column-resolution-hours = resolution_hours

## The rows of a scorecard's summary sheet.
export-figure-period = period
export-figure-calls-placed = calls placed
export-figure-answered-by-person = answered by a person
export-figure-share-answered = share answered
export-figure-median-latency = median answer latency (s)
export-figure-final-evaluations = final evaluations
export-figure-mean-total = mean total
export-figure-ci95-low = ci95 low
export-figure-ci95-high = ci95 high
export-figure-threshold = threshold (good)
export-figure-citizens-reached = citizens reached by callbacks
export-figure-satisfaction-staff = satisfaction with attitude (1-5)

export-yes = yes
# $connection: how a call no person answered ended (no answer, busy, …)
export-not-answered = not answered: { $connection }
# $score: a staff member's score on an item, under the threshold
export-score-short = { $score } (short)
# $item: a rubric item; $score: the star's score on it (0-100)
export-best-item = { $item } ({ $score })
# $value: the format asked for
export-format-invalid = "{ $value }": choose xlsx or csv.
# $value: the view asked for
export-view-invalid = "{ $value }": choose departments, staff, year, stars or training.
# $table: the table asked for; $tables: the tables there are, separated by commas
export-table-unknown = There is no table "{ $table }"; there are { $tables }.
# $table: the table's name; $rows: how many rows it has; $max: how many rows a spreadsheet holds
export-too-many-rows = { $table } has { $rows } rows, more than a spreadsheet holds ({ $max }); download it as CSV.

## Evidence behind ranks and flags: rank intervals, and flags only where the data show a difference.

# $low, $high: the ends of a 95% rank interval; $count: how many are ranked
results-rank-range = { $low }–{ $high } of { $count }
# $rank: a rank the data pin down exactly; $count: how many are ranked
results-rank-exact = { $rank } of { $count }
results-rank-hint = 95% rank interval: where the true rank lies, given how much the data show
results-rank-explained = Ranks are 95% intervals. Where two intervals overlap, these data cannot tell the two apart: read them as tied.
results-column-chance-below-mean = Chance below the mean
results-column-chance-below-threshold = Chance below the threshold
results-flagged = Flagged for corrective training
# $probability: the chance a flag needs, as a percentage
results-flagged-hint = (only with evidence: below the overall mean with a chance of at least { $probability })
results-flag-training = corrective training
results-no-differences-departments = The data do not show differences between departments this period; nobody is flagged.
results-no-differences-centres = The data do not show differences between centres this period; nobody is flagged.
# $probability: the chance a flag needs, as a percentage
results-differences-departments = The data show differences between departments this period. A department is flagged only if it lies below the overall mean with a chance of at least { $probability }.
# $probability: the chance a flag needs, as a percentage
results-differences-centres = The data show differences between centres this period. A centre is flagged only if it lies below the overall mean with a chance of at least { $probability }.
# $probability: the chance a listing needs, as a percentage
results-under-explained = Listed only when the data show, with a chance of at least { $probability }, that the person's true score is below their threshold.
results-methods-link = How these figures are computed
# $rank: the star's rank interval, as results-rank-range writes it; $probability: their chance of lying above the median, as a percentage
stars-rank = rank { $rank }, above the median with a chance of { $probability }
# $probability: the chance a star needs, as a percentage
stars-no-clear-stars = This month had no clear stars: nobody with enough evaluations stands out from the median of the centre's staff with a chance of at least { $probability }.
export-column-flag = flag
export-flag-training = corrective training
export-column-rank-low = rank_low
export-column-rank-high = rank_high
export-column-chance-below-mean = chance_below_mean
export-column-chance-below-threshold = chance_below_threshold
export-column-chance-above-median = chance_above_median
