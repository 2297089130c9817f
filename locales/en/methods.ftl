## "How these figures are computed": the results model in plain words, for HR and supervisors.

methods-title = How these figures are computed
methods-mean-heading = Scores and means
methods-mean = Each evaluation call ends with a total from 0 to 100. The mean of a person, a department or a centre is the plain average of its final totals in the period.
methods-interval-heading = What an interval means
methods-interval = Beside each mean stands its 95% interval: the range the true mean very likely lies in, given how many calls there were and how much they varied. A wide interval means "too few calls to tell". Two means whose intervals overlap widely may not truly differ.
methods-shrinkage-heading = The ranking score (shrinkage)
methods-shrinkage = A mean resting on three calls says little. Rankings therefore use a ranking score: each mean is pulled toward the overall mean, the more so the fewer calls it rests on and the less departments (or staff) truly differ. A department with sixty calls keeps almost exactly its own mean; one with three is pulled a long way toward the middle. For specialists: an empirical-Bayes normal–normal model whose variances are estimated from the data.
methods-rank-heading = What a rank interval means
# $worlds: how many simulated versions of the period the rank intervals rest on
methods-rank = The model simulates { $worlds } possible versions of the period that agree with the data, and ranks everyone in each. A rank interval such as "2–5 of 6" holds the middle 95% of those ranks. Those whose rank intervals overlap cannot be told apart by these data and are shown as tied; a single rank is shown only when the data pin it down.
methods-flags-heading = When someone is flagged
# $level: how often a month without real differences passes the test for differences, as a percentage; $probability: the chance a flag needs, as a percentage
methods-flags = Nobody is flagged by position. A department or centre is flagged for corrective training only when two things hold: the data show differences between departments at all (a test that a month without real differences passes only { $level } of the time), and it lies below the overall mean with a chance of at least { $probability }. When the data show no differences, the results page says so and flags nobody.
# $probability: the chance a listing needs, as a percentage
methods-under = A staff member is listed under their campaign's threshold only when their own mean is below it and the model puts their true score below it with a chance of at least { $probability }.
methods-stars-heading = Star staff
# $min: the fewest final evaluations a star needs; $probability: the chance a star needs, as a percentage
methods-stars = A star needs at least { $min } final evaluations in the month and must stand out: above the median of the centre's staff with a chance of at least { $probability }, in data that show differences between staff at all. A month in which nobody stands out has no stars, and the page says so.
