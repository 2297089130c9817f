## How dates, times and intervals are written. $month, $wd and the
## $weekday of fmt-weekday are numbers (1 = January, 1 = Monday); $mm and
## $dd are zero-padded; the $weekday of fmt-date-long is the day's name.

fmt-interval = { $low }–{ $high }
fmt-date = { $day } { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
  } { $year }
fmt-date-long = { $weekday }, { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
  } { $year }
fmt-month-year = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
  } { $year }
fmt-weekday = { $weekday ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
  }
fmt-datetime = { $date } { $time }
fmt-when = { $date } { $time } { $zone }
