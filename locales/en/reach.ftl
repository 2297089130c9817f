## Reach apart from courtesy, and the campaign's policy for unanswered calls in the combined score.

# $low, $high: the ends of a 95% interval for a share, already written as percentages
results-rate-interval = { $low }–{ $high }
# $answered: calls a person answered; $calls: evaluation calls that reached the line
results-answered-of = { $answered } of { $calls }
results-column-answer-rate = Answered
results-answer-rate-hint = Share of evaluation calls a person answered, with its 95% interval
results-column-median-rings = Median rings
results-median-rings-hint = Rings before a person answered (median over answered calls), with its 95% interval
results-column-courtesy = Courtesy (answered calls)
results-courtesy-hint = Mean total over the calls a person answered, with its 95% interval: how staff behaved once reached
results-column-combined = Combined score
# $policy: the policy's name; $explained: what it does
results-policy-one = Combined score: { $policy } — { $explained }
# $policies: the policies' names, separated by semicolons
results-policy-mixed = The combined scores here mix campaigns with different policies for unanswered calls: { $policies }.
results-policy-more = How unanswered calls are counted
# $rate: answer rate as a percentage; $low, $high: its 95% interval; $calls: evaluation calls
stars-reach = answered { $rate } ({ $low }–{ $high }) of { $calls } calls
# $mean: courtesy score; $count: answered calls graded; $interval: its 95% interval
stars-courtesy = courtesy { $mean } over { $count } answered, { $interval }
scorecard-column-month = Month

policy-zero = Unanswered calls count as 0
policy-zero-explained = an unanswered call counts as a call scored 0, so the combined score falls with the answer rate.
policy-exclude = Unanswered calls left out
policy-exclude-explained = the combined score is the courtesy score over answered calls; the answer rate is reported on its own.
policy-connection = Unanswered calls count on the connection items only
policy-connection-explained = an unanswered call counts only as the share of a call that the pickup and connection items weigh in the script, scored 0 on them.

campaign-field-unanswered_policy = Unanswered calls in the combined score
campaign-new-policy-hint = Answer rate and courtesy are always shown apart. This decides how unanswered calls enter the one combined score that ranks people. It is fixed when the campaign is created and named on every results page and download.
# $value: what was sent
campaign-policy-unknown = "{ $value }" is not a policy for unanswered calls: choose zero, exclude or connection.

export-column-answer-rate = answer_rate_pct
export-column-answer-rate-low = answer_rate_ci95_low
export-column-answer-rate-high = answer_rate_ci95_high
export-column-median-rings = median_rings
export-column-median-rings-low = median_rings_ci95_low
export-column-median-rings-high = median_rings_ci95_high
export-column-courtesy = courtesy
export-column-courtesy-low = courtesy_ci95_low
export-column-courtesy-high = courtesy_ci95_high
export-column-policy = unanswered_policy
export-figure-policy = policy for unanswered calls

methods-reach-heading = Reach apart from courtesy
methods-reach = Two questions are answered apart, because they have different remedies. Reach: how reliably the line is answered — the share of evaluation calls a person answered (with a 95% Wilson interval) and the median number of rings before the answer (with a 95% interval that holds whatever the distribution of rings). Courtesy: how staff behaved once reached — the mean total over the answered calls only, with its 95% interval. Calls that failed on the service's own side count in neither, and voided calls (the person was away) count nowhere.
methods-policy-heading = Unanswered calls in the combined score
methods-policy = Rankings, flags and stars use one combined score. How an unanswered call enters it is each campaign's policy, chosen when the campaign is created; every results page and download names the policies behind its numbers.
