## Kết quả dành cho phòng Tổ chức cán bộ: kết quả theo phòng, danh sách và bảng điểm
## cán bộ, cán bộ tiêu biểu, nhu cầu bồi dưỡng, khiếu nại kết quả chấm, báo cáo in,
## biểu đồ và tệp tải về CSV/XLSX. Tên người, phòng, trung tâm, nhãn tiêu chí và
## chủ đề bồi dưỡng lấy từ dữ liệu và kịch bản cuộc gọi.

## Kỳ và bộ lọc dùng chung cho các trang kết quả.

# $year: năm, ví dụ 2026 (viết không có dấu phân cách hàng nghìn)
results-period-year = Năm { $year }
# $from, $to: ngày đầu và ngày cuối của kỳ, đã định dạng
results-period-custom = { $from } – { $to }
# $period: kỳ (ví dụ "Tháng 10/2026"); $from, $to: ngày đầu và ngày cuối, đã định dạng
results-period-span = { $period } ({ $from } – { $to })
results-month = Tháng
results-show = Xem
results-previous = ← Kỳ trước
results-next = Kỳ sau →
results-filter = Lọc
results-all-centres = Tất cả trung tâm
results-all-departments = Tất cả các phòng
# $from, $to: các ngày người dùng nhập, dạng YYYY-MM-DD
results-period-ends-before-start = Ngày kết thúc kỳ ({ $to }) sớm hơn ngày bắt đầu ({ $from }).
# $years: độ dài tối đa của một kỳ, tính bằng năm
results-period-too-long = Mỗi kỳ dài tối đa { $years } năm.
# $value: tháng người dùng nhập
results-month-invalid = “{ $value }” không phải là tháng hợp lệ (ví dụ 2026-10).
# $value: năm người dùng nhập
results-year-invalid = “{ $value }” không phải là năm hợp lệ (ví dụ 2026).
results-period-from-and-to = Vui lòng nhập cả ngày đầu và ngày cuối, hoặc để trống cả hai.
# $code: mã phòng người dùng nhập
results-department-unknown = Không có phòng “{ $code }”.
# $code: mã trung tâm người dùng nhập
results-centre-unknown = Không có trung tâm “{ $code }”.
# $id: số hiệu cán bộ
results-staff-not-found = Không tìm thấy cán bộ { $id }
# $id: số hiệu lượt đánh giá
results-evaluation-not-found = Không tìm thấy lượt đánh giá chính thức { $id }

## Từ ngữ dùng chung cho các trang kết quả.

results-final-evaluations = Lượt đánh giá chính thức
results-mean-total = Tổng điểm trung bình
results-staff-under = Cán bộ dưới ngưỡng
results-no-evaluations = Không có lượt đánh giá chính thức nào trong kỳ này.
results-nobody-under = Không có cán bộ nào dưới ngưỡng của đợt đánh giá.
results-listen = Nghe
results-measured = (đo tự động)
results-download-xlsx = Tải XLSX
results-download-xlsx-all = Tải XLSX (tất cả các bảng)
# Đứng trước danh sách các bảng có thể tải riêng từng bảng dưới dạng CSV.
results-download-csv = CSV:
# $count: số người dân hoặc số lượt đánh giá làm cơ sở cho một chỉ số
results-sample-size = n={ $count }
# $text: nguyên văn lời người dân
results-quoted = “{ $text }”
results-column-rank = Hạng
results-column-department = Phòng
results-column-centre = Trung tâm
results-column-evaluations = Lượt đánh giá
results-column-mean = Trung bình
results-column-interval = Khoảng tin cậy 95%
results-column-ranking-score = Điểm xếp hạng
results-ranking-score-hint = Điểm trung bình được điều chỉnh về phía điểm trung bình chung, mức điều chỉnh càng lớn khi càng ít dữ liệu
results-column-employee-no = Mã cán bộ
results-column-name = Họ và tên
results-column-threshold = Ngưỡng
results-column-citizens = Người dân (1–5)
results-flag-few-calls = ít cuộc gọi

## Nguồn của điểm chính thức, hiển thị theo giá trị:
## results-score-source-<giá trị>.
results-score-source-single = một người chấm
results-score-source-mean = trung bình hai người chấm
results-score-source-adjudicated = chấm thẩm định
results-score-source-auto = tự động
results-score-source-dispute = giải quyết khiếu nại

## Trang kết quả theo phòng.

results-title = Kết quả
# $period: kỳ được hiển thị, ví dụ "Tháng 10/2026"
results-heading = Kết quả · { $period }
results-nav-staff = Cán bộ
results-nav-stars = Cán bộ tiêu biểu
results-nav-training = Nhu cầu bồi dưỡng
results-nav-disputes = Khiếu nại kết quả chấm
results-nav-report = Báo cáo tháng (bản in)
results-nav-label = Các mục kết quả khác
# $year: năm tổng kết (viết không có dấu phân cách hàng nghìn)
results-year-end-xlsx = Tổng kết năm { $year } (XLSX)
results-departments-heading = Các phòng
results-departments-explained = Xếp hạng theo điểm không ưu ái các phòng có ít dữ liệu: mỗi điểm trung bình được điều chỉnh về phía điểm trung bình chung, mức điều chỉnh càng lớn khi càng ít dữ liệu. Khoảng tin cậy 95% bên cạnh mỗi điểm trung bình cho biết mức độ chắc chắn của điểm đó.
results-centres-heading = Các trung tâm
results-spread-heading = Phân bố điểm
results-under-heading = Cán bộ dưới ngưỡng của đợt đánh giá

## Danh sách cán bộ.

results-staff-title = Kết quả của cán bộ
# $period: kỳ được hiển thị
results-staff-heading = Kết quả của cán bộ · { $period }

## Bảng điểm của một cán bộ và bản in (cũng dùng cho tổng kết năm).

# $name: họ tên cán bộ
scorecard-title = { $name } · bảng điểm
scorecard-printable = Bảng điểm (bản in)
# $year: năm tổng kết (viết không có dấu phân cách hàng nghìn)
scorecard-year-end = Tổng kết năm { $year }
# $name: họ tên cán bộ; $period: kỳ
scorecard-print-title = Bảng điểm · { $name } · { $period }
# $name: họ tên cán bộ; $period: năm
scorecard-print-title-year = Tổng kết · { $name } · { $period }
# $period: kỳ của bảng điểm
scorecard-print-heading = Bảng điểm giao tiếp qua điện thoại · { $period }
scorecard-evaluation-calls = Cuộc gọi đánh giá
scorecard-answered-by-person = Có người nghe máy
scorecard-median-latency = Thời gian nhấc máy trung vị
# $seconds: số giây, đã định dạng
scorecard-seconds = { $seconds } giây
scorecard-threshold = Ngưỡng (tốt)
scorecard-citizens-about-them = Người dân đánh giá
# Đứng sau điểm trung bình. $rated: số người dân đã đánh giá cán bộ; $reached: số người dân liên lạc được
scorecard-citizens-rated = / 5, { $rated } người đánh giá trên { $reached } người liên lạc được
scorecard-rings-heading = Số hồi chuông trước khi nhấc máy
# Cuộc gọi không có người nghe máy và không rõ kết quả.
scorecard-connection-unknown = không xác định
scorecard-trend-heading = Xu hướng
scorecard-stages-heading = Các phần
scorecard-items-heading = Các tiêu chí
scorecard-column-stage = Phần
scorecard-column-item = Tiêu chí
scorecard-column-topic = Chủ đề bồi dưỡng
scorecard-column-score = Điểm
scorecard-falls-short = chưa đạt
scorecard-no-items = Không có tiêu chí nào được chấm trong kỳ này.
scorecard-graders-heading = Nhận xét của người chấm
# $date: ngày của cuộc gọi; $item: tiêu chí; $text: nhận xét của người chấm
scorecard-comment-on-item = { $date } · { $item }: { $text }
# $date: ngày của cuộc gọi; $text: nhận xét của người chấm về cả cuộc gọi
scorecard-comment = { $date }: { $text }
scorecard-no-comments = Không có nhận xét.
scorecard-citizens-heading = Ý kiến của người dân
# $service: dịch vụ đã sử dụng; $rating: điểm người dân đánh giá cán bộ (1-5); $text: lời người dân
scorecard-citizen-rated = { $service } · { $rating }/5: “{ $text }”
# $service: dịch vụ đã sử dụng; $text: lời người dân
scorecard-citizen = { $service }: “{ $text }”
scorecard-no-citizens = Không có ý kiến nào từ các cuộc gọi lại.
scorecard-evaluations-heading = Các lượt đánh giá
scorecard-column-date = Ngày
scorecard-column-script = Kịch bản
scorecard-column-connection = Kết nối
scorecard-column-rings = Số hồi chuông
scorecard-column-total = Tổng điểm
scorecard-column-band = Xếp loại
scorecard-column-source = Nguồn điểm
scorecard-column-dispute = Khiếu nại
# $version: số phiên bản của điểm
scorecard-version = (phiên bản { $version })
scorecard-locked = đã khóa
scorecard-details = Chi tiết
scorecard-details-or-dispute = Chi tiết · khiếu nại

## Cán bộ tiêu biểu của tháng.

stars-title = Cán bộ tiêu biểu
# $period: tháng được hiển thị
stars-heading = Cán bộ tiêu biểu của tháng · { $period }
# $min: số lượt đánh giá chính thức tối thiểu; $probability: xác suất cao hơn trung vị cần có, dạng phần trăm
stars-explained = Tại mỗi trung tâm, những cán bộ có ít nhất { $min } lượt đánh giá chính thức trong tháng và cao hơn trung vị của cán bộ trung tâm với xác suất ít nhất { $probability }, xếp theo điểm xếp hạng (điểm trung bình được điều chỉnh về phía điểm trung bình chung của trung tâm, mức điều chỉnh càng lớn khi càng ít dữ liệu). Trường hợp bằng điểm được xếp theo mức độ hài lòng của người dân về thái độ phục vụ qua các cuộc gọi lại; nếu vẫn bằng nhau thì xếp đồng hạng.
stars-no-centre = Chưa có trung tâm nào có cán bộ.
# $score: điểm xếp hạng, đã định dạng
stars-score = điểm { $score }
# $mean: điểm trung bình thông thường; $evaluations: số lượt đánh giá, theo cách viết của evaluations-count; $interval: khoảng tin cậy 95%
stars-mean-over = trung bình { $mean } qua { $evaluations }, { $interval }
# $rating: điểm trung bình người dân đánh giá cán bộ (1-5), đã định dạng
stars-citizens = người dân { $rating }/5
# $names: những người cùng điểm và cùng mức hài lòng, phân cách bằng dấu phẩy
stars-tied-with = đồng hạng với { $names }
stars-decided-by-satisfaction = bằng điểm: xếp theo mức độ hài lòng của người dân
# $evaluations: số lượt đánh giá, theo cách viết của evaluations-count
stars-thin-data = ít dữ liệu: { $evaluations }
# $items: các tiêu chí tốt nhất, mỗi tiêu chí theo cách viết của stars-best-item, phân cách bằng dấu chấm phẩy
stars-best-at = Nổi bật ở: { $items }
# $item: tiêu chí; $score: điểm của cán bộ ở tiêu chí đó (0-100)
stars-best-item = { $item } ({ $score })
# $min: số lượt đánh giá chính thức tối thiểu để được xét
stars-nobody-eligible = Trong tháng này chưa có cán bộ nào có từ { $min } lượt đánh giá chính thức trở lên.
# $min: số lượt tối thiểu; $people: những người chưa đủ, mỗi người theo cách viết của stars-below-minimum-person
stars-below-minimum = Chưa đủ điều kiện xếp hạng (dưới { $min } lượt đánh giá chính thức): { $people }
# $name: họ tên cán bộ; $count: số lượt đánh giá chính thức; $mean: tổng điểm trung bình
stars-below-minimum-person = { $name } ({ $count }, trung bình { $mean })

## Nhu cầu bồi dưỡng.

training-title = Nhu cầu bồi dưỡng
# $period: kỳ được hiển thị
training-heading = Nhu cầu bồi dưỡng · { $period }
training-topics-heading = Cán bộ cần bồi dưỡng theo chủ đề
training-column-topic = Chủ đề
training-column-who = Cán bộ cần bồi dưỡng
training-column-staff = Cán bộ
# Chủ đề của các tiêu chí mà kịch bản không gán chủ đề.
training-topic-other = khác
training-topic-answering = tiếp nhận cuộc gọi
training-topic-listening = lắng nghe
training-topic-accuracy = thông tin chính xác
training-topic-transfers = chuyển máy
training-topic-courtesy = lịch sự, tôn trọng
training-topic-closing = kết thúc cuộc gọi
training-topic-attitude = thái độ phục vụ
training-topic-process = quy trình, thủ tục
training-nobody = không có
training-matrix-heading = Cán bộ × tiêu chí
training-matrix-explained = Mỗi ô là điểm trung bình của cán bộ ở tiêu chí đó (0–100); ô được đánh dấu là chưa đạt ngưỡng của đợt đánh giá.
training-falls-short = chưa đạt ngưỡng
training-examples-heading = Cách làm tốt: các bản ghi âm có điểm cao nhất theo từng tiêu chí
# $item: điểm của bản ghi âm ở tiêu chí (0-100); $total: tổng điểm của bản ghi âm
training-example-scores = tiêu chí { $item } · tổng điểm { $total }
training-shared = đã chia sẻ
training-stop-sharing = Ngừng chia sẻ
training-mark-for-sharing = Đánh dấu để chia sẻ
training-no-recording = Chưa có bản ghi âm nào được chấm.

## Khiếu nại kết quả chấm chính thức.

## Trạng thái khiếu nại, hiển thị theo giá trị: dispute-state-<giá trị>.
dispute-state-open = đang chờ giải quyết
dispute-state-accepted = được chấp nhận
dispute-state-partly_accepted = được chấp nhận một phần
dispute-state-rejected = không được chấp nhận

disputes-title = Khiếu nại kết quả chấm
disputes-state-all = tất cả
disputes-download-csv = Tải CSV
disputes-figure-open = Đang chờ giải quyết
disputes-figure-accepted = Được chấp nhận
disputes-figure-partly-accepted = Được chấp nhận một phần
disputes-figure-rejected = Không được chấp nhận
disputes-figure-median-time = Thời gian giải quyết trung vị
# $hours: số giờ, đã định dạng
disputes-hours = { $hours } giờ
disputes-column-number = #
disputes-column-call-date = Ngày gọi
disputes-column-staff = Cán bộ
disputes-column-items = Tiêu chí
disputes-column-why = Lý do
disputes-column-raised-by = Người khiếu nại
disputes-column-state = Trạng thái
disputes-column-resolution = Kết quả giải quyết
disputes-column-hours = Số giờ
disputes-review = Xem xét
disputes-open-link = Mở
disputes-none = Không có khiếu nại nào.

## Trang của một lượt đánh giá: các tiêu chí, lịch sử điểm, các khiếu nại.

# $id: số hiệu lượt đánh giá
disputes-evaluation-title = Lượt đánh giá { $id }
# $source: nguồn điểm chính thức (results-score-source-*); $version: phiên bản điểm
disputes-score-version = { $source }, phiên bản { $version }
disputes-recording = Bản ghi âm
disputes-items-heading = Các tiêu chí (phiên bản hiện hành)
# Viết tắt của "không áp dụng", dùng trong ô bảng.
disputes-not-applicable-short = N/A
disputes-history-heading = Lịch sử điểm
disputes-column-version = Phiên bản
disputes-column-source = Nguồn
disputes-column-by = Người thực hiện
disputes-column-when = Thời điểm
# $id: số hiệu khiếu nại
disputes-number = #{ $id }
# $name: người khiếu nại; $items: các tiêu chí bị khiếu nại, phân cách bằng dấu phẩy
disputes-raised-by = do { $name } khiếu nại về { $items }
# $name: người giải quyết; $text: nội dung giải quyết
disputes-resolution-by = Kết quả giải quyết của { $name }: { $text }
# $item: tiêu chí
disputes-new-score-for = Điểm mới cho { $item }
disputes-score-unchanged = giữ nguyên
disputes-not-applicable = không áp dụng
# Hai mức của tiêu chí có/không.
disputes-level-yes = có
disputes-level-no = không
disputes-accept = Chấp nhận với các điểm này
disputes-reject = Không chấp nhận
disputes-resolve-explained = Cho điểm mới ở tất cả các tiêu chí bị khiếu nại là chấp nhận khiếu nại; chỉ ở một số tiêu chí là chấp nhận một phần. Trong mọi trường hợp, lượt đánh giá sẽ bị khóa sau khi giải quyết.
disputes-none-on-evaluation = Không có khiếu nại.
disputes-raise-heading = Khiếu nại kết quả chấm này
# $days: số ngày được khiếu nại kể từ khi điểm được chốt chính thức
disputes-raise-explained = Trong vòng { $days } ngày kể từ khi điểm được chốt chính thức. Ghi rõ các tiêu chí và lý do khiếu nại.
disputes-disputed-items = Tiêu chí bị khiếu nại
disputes-raise = Gửi khiếu nại
disputes-closed-locked = Không thể khiếu nại: đã có khiếu nại về kết quả này được giải quyết; kết quả đã bị khóa.
disputes-closed-not-final = Không thể khiếu nại: điểm chưa được chốt chính thức.
# $days: thời hạn khiếu nại, tính bằng ngày
disputes-closed-window = Không thể khiếu nại: đã quá thời hạn { $days } ngày kể từ khi điểm được chốt chính thức.

## Thông báo từ chối khi gửi hoặc giải quyết khiếu nại.

# $evaluation: số hiệu lượt đánh giá
disputes-refused-locked = Không thể khiếu nại lượt đánh giá { $evaluation }: đã có khiếu nại về lượt đánh giá này được giải quyết; kết quả đã bị khóa.
# $evaluation: số hiệu lượt đánh giá
disputes-refused-not-final = Không thể khiếu nại lượt đánh giá { $evaluation }: điểm chưa được chốt chính thức.
# $evaluation: số hiệu lượt đánh giá; $days: thời hạn khiếu nại, tính bằng ngày
disputes-refused-window = Không thể khiếu nại lượt đánh giá { $evaluation }: đã quá thời hạn { $days } ngày kể từ khi điểm được chốt chính thức.
disputes-comment-missing = Vui lòng nêu lý do khiếu nại.
disputes-items-missing = Vui lòng chọn ít nhất một tiêu chí bị khiếu nại.
# $item: mã tiêu chí đã nhập; $script: mã kịch bản cuộc gọi
disputes-item-unknown = “{ $item }” không phải là tiêu chí của kịch bản { $script }.
# $evaluation: số hiệu lượt đánh giá
disputes-already-open = Lượt đánh giá { $evaluation } đã có một khiếu nại đang chờ giải quyết.
# $id: số hiệu khiếu nại; $state: trạng thái (accepted, partly_accepted hoặc rejected)
disputes-already-resolved = Khiếu nại { $id } đã được giải quyết: { $state ->
    [accepted] chấp nhận
    [partly_accepted] chấp nhận một phần
   *[rejected] không chấp nhận
  }.
disputes-reviewer-raised-it = Khiếu nại phải do người khác với người gửi khiếu nại xem xét.
disputes-resolution-missing = Vui lòng nêu kết quả giải quyết và lý do.
disputes-rejected-changes-no-score = Khiếu nại không được chấp nhận thì không thay đổi điểm nào.
disputes-score-not-disputed = Chỉ các tiêu chí bị khiếu nại mới được cho điểm mới.
disputes-score-not-an-item = Không phải là tiêu chí của kịch bản.
disputes-score-na-not-allowed = Tiêu chí này không được đánh dấu không áp dụng.
# $value: điểm mới đã nhập cho tiêu chí
disputes-score-not-a-level = { $value } không phải là một mức trong thang điểm của tiêu chí.
# $level: mức đã nhập; $min, $max: mức thấp nhất và cao nhất của thang điểm
disputes-score-off-scale = { $level } nằm ngoài thang điểm ({ $min }–{ $max }).
disputes-score-none-given = Vui lòng cho điểm mới ít nhất một tiêu chí bị khiếu nại, hoặc không chấp nhận khiếu nại.
# $value: quyết định đã nhập
disputes-decision-invalid = “{ $value }”: vui lòng chọn chấp nhận hoặc không chấp nhận.
# $id: số hiệu khiếu nại
disputes-resolved-meanwhile = Khiếu nại { $id } vừa được người khác giải quyết.
# $id: số hiệu khiếu nại
disputes-not-found = Không tìm thấy khiếu nại { $id }

## Báo cáo tháng dạng in (và các phần dùng chung với bảng điểm dạng in).

# $period: tháng của báo cáo
report-heading = Giao tiếp qua điện thoại · báo cáo tháng · { $period }
# $from, $to: ngày đầu và ngày cuối của báo cáo, đã định dạng
report-days = { $from } – { $to }
report-final-scores-only = chỉ tính điểm chính thức
# Đứng trước thời điểm lập báo cáo.
report-prepared = lập lúc
report-print = In
report-disputes-raised = Số khiếu nại đã gửi
# $count: số khiếu nại còn đang chờ giải quyết
report-disputes-open = ({ $count } đang chờ giải quyết)
report-stars-heading = Cán bộ tiêu biểu của tháng
report-training-heading = Nhu cầu bồi dưỡng theo chủ đề
report-column-people = Số người

## Biểu đồ: tiêu đề, chuỗi dữ liệu và văn bản thay thế.

chart-trend-title = Tổng điểm trung bình theo tháng (tháng không có lượt đánh giá để trống)
chart-trend-mean = Tổng điểm trung bình
chart-trend-threshold = Ngưỡng (tốt)
# $months: các tháng có lượt đánh giá, mỗi tháng theo cách viết của chart-trend-alt-month, phân cách bằng dấu chấm phẩy
chart-trend-alt = Tổng điểm trung bình theo tháng: { $months }
# $month: tháng, ví dụ "Tháng 10/2026"; $mean: tổng điểm trung bình, đã định dạng; $count: số lượt đánh giá
chart-trend-alt-month = { $month }: { $mean } (n={ $count })
chart-distribution-title = Tổng điểm chính thức theo khoảng 10 điểm
chart-distribution-evaluations = Lượt đánh giá
# $bins: các khoảng, mỗi khoảng theo cách viết của chart-distribution-alt-bin, phân cách bằng dấu chấm phẩy
chart-distribution-alt = Tổng điểm chính thức theo khoảng: { $bins }
# $bin: một khoảng điểm, ví dụ 80–89; $count: số tổng điểm chính thức trong khoảng đó
chart-distribution-alt-bin = { $bin }: { $count }
chart-departments-title = Các phòng: điểm xếp hạng và điểm trung bình thông thường
chart-departments-ranking-score = Điểm xếp hạng (đã điều chỉnh)
chart-departments-plain-mean = Điểm trung bình thông thường
# $name: tên phòng; $count: số lượt đánh giá chính thức
chart-departments-label = { $name } (n={ $count })
# $departments: các phòng, mỗi phòng theo cách viết của chart-departments-alt-department, phân cách bằng dấu chấm phẩy
chart-departments-alt = Các phòng, điểm xếp hạng: { $departments }
# $name: tên phòng; $score: điểm xếp hạng; $mean: điểm trung bình thông thường (đều đã định dạng); $count: số lượt đánh giá chính thức
chart-departments-alt-department = { $name } { $score } (trung bình { $mean }, n={ $count })

## Tệp tải về (CSV và XLSX): tên trang tính, tiêu đề cột và từ ngữ trong ô.
## Tên trang tính bị cắt còn 31 ký tự.

export-sheet-departments = phòng
export-sheet-centres = trung tâm
export-sheet-under-threshold = dưới ngưỡng
export-sheet-distribution = phân bố điểm
export-sheet-staff = cán bộ
export-sheet-year-end-summary = tổng kết năm
export-sheet-summary = tóm tắt
export-sheet-rings = hồi chuông
export-sheet-stages = các phần
export-sheet-items = tiêu chí
export-sheet-trend = xu hướng
export-sheet-evaluations = lượt đánh giá
export-sheet-graders-comments = nhận xét của người chấm
export-sheet-citizens = người dân
# $centre: tên trung tâm
export-sheet-stars = tiêu biểu { $centre }
# $centre: tên trung tâm
export-sheet-below-minimum = chưa đủ lượt { $centre }
export-sheet-matrix = ma trận
export-sheet-topics = chủ đề
export-sheet-examples = bản ghi mẫu
export-sheet-disputes = khiếu nại

export-column-rank = hạng
export-column-department = phòng
export-column-centre = trung tâm
export-column-evaluations = lượt đánh giá
export-column-mean = trung bình
export-column-ci95-low = cận dưới KTC 95%
export-column-ci95-high = cận trên KTC 95%
export-column-ranking-score = điểm xếp hạng
export-column-employee-no = mã cán bộ
export-column-name = họ và tên
export-column-threshold = ngưỡng
export-column-total = tổng điểm
export-column-grade = ngạch
export-column-job-title = chức danh
export-column-calls = cuộc gọi
export-column-answered-by-person = có người nghe máy
export-column-citizens-rating = người dân đánh giá
export-column-satisfaction-staff = hài lòng với cán bộ
export-column-figure = chỉ số
export-column-value = giá trị
export-column-rings-before-answer = số hồi chuông trước khi nhấc máy
export-column-stage = phần
export-column-item = tiêu chí
export-column-label = nội dung tiêu chí
export-column-training-topic = chủ đề bồi dưỡng
export-column-score = điểm
export-column-short = chưa đạt
export-column-month = tháng
export-column-evaluation = lượt đánh giá
export-column-call = cuộc gọi
export-column-date = ngày
export-column-script = kịch bản
export-column-connection = kết nối
export-column-rings = số hồi chuông
export-column-band = xếp loại
export-column-source = nguồn điểm
export-column-version = phiên bản
export-column-dispute = khiếu nại
export-column-comment = nhận xét
export-column-callback = cuộc gọi lại
export-column-service = dịch vụ
export-column-place = thứ hạng
export-column-ratings = số lượt người dân đánh giá
export-column-tied-with = đồng hạng với
export-column-decided-by-satisfaction = xếp theo mức độ hài lòng
export-column-best-items = tiêu chí nổi bật
export-column-citizens-words = ý kiến của người dân
export-column-items-short = tiêu chí chưa đạt
export-column-topic = chủ đề
export-column-items = tiêu chí
export-column-staff = cán bộ
export-column-item-score = điểm tiêu chí
export-column-shared = đã chia sẻ
export-column-call-date = ngày gọi
export-column-raised-by = người khiếu nại
export-column-state = trạng thái
export-column-reviewed-by = người xem xét
export-column-resolution = kết quả giải quyết
export-column-resolution-hours = số giờ giải quyết

## Các dòng của trang tóm tắt trong bảng điểm.
export-figure-period = kỳ
export-figure-calls-placed = số cuộc gọi đã thực hiện
export-figure-answered-by-person = có người nghe máy
export-figure-share-answered = tỷ lệ có người nghe máy
export-figure-median-latency = thời gian nhấc máy trung vị (giây)
export-figure-final-evaluations = lượt đánh giá chính thức
export-figure-mean-total = tổng điểm trung bình
export-figure-ci95-low = cận dưới KTC 95%
export-figure-ci95-high = cận trên KTC 95%
export-figure-threshold = ngưỡng (tốt)
export-figure-citizens-reached = số người dân liên lạc được qua gọi lại
export-figure-satisfaction-staff = mức độ hài lòng với thái độ (1-5)

export-yes = có
# $connection: cách kết thúc của cuộc gọi không có người nghe máy (không nghe máy, máy bận, …)
export-not-answered = không có người nghe máy: { $connection }
# $score: điểm của cán bộ ở một tiêu chí, dưới ngưỡng
export-score-short = { $score } (chưa đạt)
# $item: tiêu chí; $score: điểm của cán bộ ở tiêu chí đó (0-100)
export-best-item = { $item } ({ $score })
# $value: định dạng được yêu cầu
export-format-invalid = “{ $value }”: vui lòng chọn xlsx hoặc csv.
# $value: chế độ xem được yêu cầu
export-view-invalid = “{ $value }”: vui lòng chọn departments, staff, year, stars hoặc training.
# $table: bảng được yêu cầu; $tables: các bảng hiện có, phân cách bằng dấu phẩy
export-table-unknown = Không có bảng “{ $table }”; các bảng hiện có: { $tables }.
# $table: tên bảng; $rows: số dòng; $max: số dòng tối đa của một bảng tính
export-too-many-rows = Bảng { $table } có { $rows } dòng, vượt quá số dòng tối đa của bảng tính ({ $max }); vui lòng tải về dưới dạng CSV.

## Căn cứ của thứ hạng và việc đánh dấu: khoảng hạng, và chỉ đánh dấu khi dữ liệu cho thấy khác biệt.

# $low, $high: hai đầu của khoảng hạng 95%; $count: số đơn vị được xếp hạng
results-rank-range = { $low }–{ $high } trên { $count }
# $rank: hạng mà dữ liệu xác định chính xác; $count: số đơn vị được xếp hạng
results-rank-exact = { $rank } trên { $count }
results-rank-hint = Khoảng hạng 95%: hạng thực nằm trong khoảng này, theo những gì dữ liệu cho thấy
results-rank-explained = Hạng được thể hiện bằng khoảng 95%. Khi hai khoảng chồng lên nhau, dữ liệu này không phân biệt được hai bên: hãy coi là đồng hạng.
results-column-chance-below-mean = Xác suất dưới trung bình
results-column-chance-below-threshold = Xác suất dưới ngưỡng
results-flagged = Cần bồi dưỡng khắc phục
# $probability: xác suất cần để đánh dấu, dạng phần trăm
results-flagged-hint = (chỉ khi có bằng chứng: thấp hơn trung bình chung với xác suất ít nhất { $probability })
results-flag-training = cần bồi dưỡng khắc phục
results-no-differences-departments = Dữ liệu kỳ này không cho thấy khác biệt giữa các phòng; không phòng nào bị đánh dấu.
results-no-differences-centres = Dữ liệu kỳ này không cho thấy khác biệt giữa các trung tâm; không trung tâm nào bị đánh dấu.
# $probability: xác suất cần để đánh dấu, dạng phần trăm
results-differences-departments = Dữ liệu kỳ này cho thấy có khác biệt giữa các phòng. Một phòng chỉ bị đánh dấu khi thấp hơn trung bình chung với xác suất ít nhất { $probability }.
# $probability: xác suất cần để đánh dấu, dạng phần trăm
results-differences-centres = Dữ liệu kỳ này cho thấy có khác biệt giữa các trung tâm. Một trung tâm chỉ bị đánh dấu khi thấp hơn trung bình chung với xác suất ít nhất { $probability }.
# $probability: xác suất cần để đưa vào danh sách, dạng phần trăm
results-under-explained = Chỉ đưa vào danh sách khi dữ liệu cho thấy, với xác suất ít nhất { $probability }, điểm thực của cán bộ thấp hơn ngưỡng.
results-methods-link = Cách tính các số liệu này
# $rank: khoảng hạng, theo cách viết của results-rank-range; $probability: xác suất cao hơn trung vị, dạng phần trăm
stars-rank = hạng { $rank }, cao hơn trung vị với xác suất { $probability }
# $probability: xác suất cần để là cán bộ tiêu biểu, dạng phần trăm
stars-no-clear-stars = Tháng này không có cán bộ tiêu biểu rõ ràng: trong số cán bộ có đủ lượt đánh giá, không ai cao hơn trung vị của cán bộ trung tâm với xác suất ít nhất { $probability }.
export-column-flag = đánh dấu
export-flag-training = cần bồi dưỡng khắc phục
export-column-rank-low = đầu khoảng hạng
export-column-rank-high = cuối khoảng hạng
export-column-chance-below-mean = xác suất dưới trung bình
export-column-chance-below-threshold = xác suất dưới ngưỡng
export-column-chance-above-median = xác suất trên trung vị
