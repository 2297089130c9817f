## 日期、时间和区间的写法。$month、$weekday 为数字（1 = 一月，1 = 星期一）；$mm、$dd 补零。

fmt-interval = { $low }–{ $high }
fmt-date = { $year }-{ $mm }-{ $dd }
fmt-date-long = { $year }年{ $month }月{ $day }日 { $weekday }
fmt-month-year = { $year }年{ $month }月
fmt-weekday = { $weekday ->
    [1] 星期一
    [2] 星期二
    [3] 星期三
    [4] 星期四
    [5] 星期五
    [6] 星期六
   *[7] 星期日
  }
fmt-datetime = { $date } { $time }
fmt-when = { $date } { $time } { $zone }
