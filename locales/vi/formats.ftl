## Cách viết ngày, giờ và khoảng. $month, $weekday là số (1 = tháng Một, 1 = thứ Hai); $mm, $dd có số 0 đứng trước.

fmt-interval = { $low }–{ $high }
fmt-date = { $dd }/{ $mm }/{ $year }
fmt-date-long = { $weekday }, ngày { $dd } tháng { $mm } năm { $year }
fmt-month-year = Tháng { $month }/{ $year }
fmt-weekday = { $weekday ->
    [1] Thứ Hai
    [2] Thứ Ba
    [3] Thứ Tư
    [4] Thứ Năm
    [5] Thứ Sáu
    [6] Thứ Bảy
   *[7] Chủ nhật
  }
fmt-datetime = { $time } { $date }
fmt-when = { $time } { $date } ({ $zone })
