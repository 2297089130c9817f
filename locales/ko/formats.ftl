## 날짜·시간·구간 표기. $month, $wd는 숫자(1 = 1월, 1 = 월요일), $mm, $dd는 두 자리, fmt-date-long의 $weekday는 요일 이름.

fmt-interval = { $low }–{ $high }
fmt-date = { $year }. { $mm }. { $dd }.
fmt-date-long = { $year }년 { $month }월 { $day }일 ({ $wd ->
    [1] 월
    [2] 화
    [3] 수
    [4] 목
    [5] 금
    [6] 토
   *[7] 일
  })
fmt-month-year = { $year }년 { $month }월
fmt-weekday = { $weekday ->
    [1] 월요일
    [2] 화요일
    [3] 수요일
    [4] 목요일
    [5] 금요일
    [6] 토요일
   *[7] 일요일
  }
fmt-datetime = { $date } { $time }
fmt-when = { $date } { $time } { $zone }
