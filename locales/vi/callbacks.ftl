## Gọi lại lấy ý kiến người dân: bàn làm việc của tổng đài viên, chọn mẫu hằng ngày,
## dữ liệu lượt giao dịch gửi về, và báo cáo tổng hợp cho lãnh đạo.

## Bàn làm việc của tổng đài viên: các cuộc gọi lại trong ngày.

callbacks-page-title = Gọi lại lấy ý kiến
callbacks-today-heading = Cuộc gọi lại hôm nay
callbacks-notice-saved = Đã lưu kết quả.
callbacks-notice-saved-nothing-due = Đã lưu kết quả. Hiện không còn cuộc gọi lại nào đến lượt.
callbacks-notice-nothing-due = Hiện không có cuộc gọi lại nào đến lượt.
callbacks-notice-not-available = Cuộc gọi lại này hiện không thuộc lượt của bạn.
callbacks-no-line = Tài khoản của bạn chưa có số máy nên hệ thống không thể đổ chuông cho bạn để nối máy. Bạn vẫn có thể ghi nhận các cuộc gọi thực hiện bằng cách khác.
# $hours: khung giờ gọi, ví dụ "Thứ Hai–Thứ Sáu 08:00–11:00 (Asia/Ho_Chi_Minh)"
callbacks-hours = Khung giờ gọi: { $hours }.
# $hours: khung giờ gọi, ví dụ "Thứ Hai–Thứ Sáu 08:00–11:00 (Asia/Ho_Chi_Minh)"
callbacks-hours-closed = Khung giờ gọi: { $hours } — hiện ngoài giờ gọi.
# $hours: khung giờ gọi; $when: ngày giờ được gọi lại tiếp, theo múi giờ của trung tâm
callbacks-hours-closed-until = Khung giờ gọi: { $hours } — hiện ngoài giờ gọi; tiếp tục gọi từ { $when }.
# $days: các ngày gọi (một khoảng hoặc danh sách các thứ); $start, $end: giờ trong ngày (08:00); $zone: múi giờ của trung tâm, ví dụ Asia/Ho_Chi_Minh
callbacks-hours-description = { $days } { $start }–{ $end } ({ $zone })
# $first, $last: thứ đầu tiên và thứ cuối cùng của chuỗi ngày gọi liên tiếp
callbacks-hours-day-range = { $first }–{ $last }
# Chỉ hiện trên bàn gọi lại của bản demo (serve --demo), nơi trung tâm được gọi cho công dân vào bất kỳ giờ nào; trung tâm thật không bao giờ gọi trước 08:00 hay sau 21:00
callbacks-hours-demo = Bản demo: khung giờ gọi đã được mở rộng để bàn gọi lại hoạt động vào bất kỳ giờ nào.
callbacks-take-next = Nhận cuộc gọi lại tiếp theo
callbacks-column-number = #
callbacks-column-service = Dịch vụ
callbacks-column-visited = Thời điểm giao dịch
callbacks-column-served-by = Cán bộ tiếp nhận
callbacks-column-phone = Số điện thoại
callbacks-column-state = Trạng thái
callbacks-column-attempts = Số lần gọi
callbacks-column-next-try = Lần gọi tiếp
callbacks-taken = (đã có người nhận)
callbacks-continue = Tiếp tục
callbacks-take = Nhận
callbacks-none-today = Hôm nay không có cuộc gọi lại nào.

## Tình trạng cuộc gọi lại (callbacks.state), hiển thị theo giá trị: callbacks-state-<giá trị>.
callbacks-state-open = cần gọi
callbacks-state-closed = đã hoàn thành
callbacks-state-unreachable = không liên lạc được

## Kết quả của một lần gọi (callbacks.outcome và callback_attempts.outcome), hiển thị theo giá trị: outcome-<giá trị>.
outcome-reached = Đã liên lạc được
outcome-no_answer = Không nghe máy
outcome-busy = Máy bận
outcome-wrong_number = Nhầm số
outcome-refused = Từ chối trao đổi
outcome-call_later = Đề nghị gọi lại sau
outcome-never_call = Đề nghị không gọi lại nữa
outcome-do_not_call = Thuộc danh sách không liên hệ

## Cách thực hiện lần gọi (callback_attempts.method), hiển thị theo giá trị: callbacks-method-<giá trị>.
callbacks-method-bridged = gọi nối máy qua hệ thống
callbacks-method-other = bằng cách khác

## Hình thức người dân đến giao dịch (service_visits.channel), hiển thị theo giá trị: visits-channel-<giá trị>.
visits-channel-counter = trực tiếp tại quầy
visits-channel-phone = qua điện thoại
visits-channel-online = trực tuyến

## Phân loại ý kiến của người dân (callbacks.category), hiển thị theo giá trị: comment-category-<giá trị>.
comment-category-praise = Khen ngợi
comment-category-complaint = Phản ánh, khiếu nại
comment-category-suggestion = Góp ý, kiến nghị
comment-category-question = Hỏi đáp
comment-category-process = Quy trình, thủ tục
comment-category-other = Khác
comment-category-uncategorised = Chưa phân loại

## Một cuộc gọi lại do tổng đài viên đang giữ.

# $id: số hiệu cuộc gọi lại
callbacks-callback-title = Cuộc gọi lại { $id }
callbacks-notice-saved-next = Đã lưu kết quả vừa rồi; đây là cuộc gọi lại tiếp theo.
callbacks-notice-ringing = Điện thoại của bạn đang đổ chuông; hãy nghe máy để được nối với người dân.
callbacks-notice-cannot-call = Hiện chưa thể thực hiện cuộc gọi (ngoài khung giờ gọi, tài khoản chưa có số máy, hoặc người dân đã đề nghị không gọi).
callbacks-visit = Lượt giao dịch
callbacks-citizen = Người dân
callbacks-number = Số điện thoại
callbacks-no-number = không còn số điện thoại
callbacks-service = Dịch vụ
callbacks-visited = Thời điểm giao dịch
# $when: ngày giờ giao dịch; $channel: hình thức (trực tiếp tại quầy, qua điện thoại, trực tuyến); $centre: tên trung tâm
callbacks-visited-detail = { $when } ({ $channel }), { $centre }
callbacks-served-by = Cán bộ tiếp nhận
callbacks-earlier-attempts = Các lần gọi trước
# $when: ngày giờ gọi; $outcome: kết quả; $method: cách thực hiện (gọi nối máy qua hệ thống, bằng cách khác)
callbacks-attempt-line = { $when } — { $outcome } ({ $method })
callbacks-no-attempts = Chưa có.
callbacks-call-button = Gọi (đổ chuông máy của bạn, sau đó nối tới người dân)
callbacks-outside-hours-hint = Hiện ngoài khung giờ gọi của trung tâm này: bạn có thể ghi nhận lần gọi đã thực hiện bằng cách khác, hoặc quay lại trong khung giờ gọi.
callbacks-refresh = Làm mới
callbacks-script = Kịch bản cuộc gọi
callbacks-script-read-first = Đọc trước tiên:
callbacks-script-listen = lắng nghe người dân trả lời

## Tiến trình cuộc gọi nối máy, hiển thị trên trang cuộc gọi lại và cập nhật liên tục.

# $id: số hiệu cuộc gọi; $state: trạng thái cuộc gọi (theo ngôn ngữ của người đọc)
callbacks-call-progress = Cuộc gọi nối máy số { $id }: { $state }.
# $id: số hiệu cuộc gọi; $state: trạng thái; $connection: kết quả kết nối (có người nghe máy, hộp thư thoại…)
callbacks-call-progress-connected = Cuộc gọi nối máy số { $id }: { $state }, { $connection }.
# $id: số hiệu cuộc gọi; $state: trạng thái; $seconds: thời lượng, đã định dạng
callbacks-call-progress-timed = Cuộc gọi nối máy số { $id }: { $state } ({ $seconds } giây).
# $id: số hiệu cuộc gọi; $state: trạng thái; $connection: kết quả kết nối; $seconds: thời lượng, đã định dạng
callbacks-call-progress-connected-timed = Cuộc gọi nối máy số { $id }: { $state }, { $connection } ({ $seconds } giây).

## Trạng thái bản ghi âm của cuộc gọi nối máy (recordings.state), hiển thị theo giá trị: callbacks-recording-<giá trị>.
callbacks-recording-pending = Bản ghi âm đang được chuyển về.
callbacks-recording-available = Cuộc gọi đã được ghi âm.
callbacks-recording-corrupt = Bản ghi âm nhận được bị lỗi.
callbacks-recording-failed = Không lấy được bản ghi âm.
callbacks-recording-purged = Bản ghi âm đã được xóa khi hết thời hạn lưu trữ.

## Biểu mẫu ghi nhận kết quả.

callbacks-outcome = Kết quả
callbacks-outcome-question = Kết quả cuộc gọi thế nào?
callbacks-satisfaction-legend = Mức độ hài lòng, từ 1 (rất không hài lòng) đến 5 (rất hài lòng), nếu liên lạc được
callbacks-satisfaction-staff = Với thái độ phục vụ của cán bộ
callbacks-satisfaction-process = Với quy trình giải quyết
callbacks-satisfaction-overall = Đánh giá chung
callbacks-comments = Ý kiến
callbacks-questions = Câu hỏi
callbacks-suggestions = Góp ý, kiến nghị
callbacks-category = Phân loại
callbacks-follow-up-needed = Cần xử lý tiếp
callbacks-follow-up-by = Người/đơn vị xử lý tiếp
callbacks-save-and-next = Lưu và nhận cuộc tiếp theo
callbacks-save-outcome = Lưu kết quả

## Thông báo từ chối trên bàn làm việc.

# $id: số hiệu cuộc gọi lại
callbacks-not-held = Bạn hiện không giữ cuộc gọi lại { $id }.
# $id: số hiệu cuộc gọi lại
callbacks-not-available = Cuộc gọi lại { $id } chưa đến lượt, không thuộc lượt của bạn hoặc đang do người khác giữ.
# $id: số hiệu cuộc gọi lại
callbacks-no-bridged-call = Cuộc gọi lại { $id } chưa có cuộc gọi nối máy nào.
# $id: số hiệu cuộc gọi lại
callbacks-not-found = Không có cuộc gọi lại { $id }.
callbacks-satisfaction-range = Vui lòng chọn từ 1 (rất không hài lòng) đến 5 (rất hài lòng).
callbacks-satisfaction-only-reached = Chỉ ghi nhận mức độ hài lòng khi đã liên lạc được với người dân.
callbacks-call-back-at-required = Vui lòng ghi thời điểm người dân đề nghị gọi lại.
callbacks-call-back-at-invalid = Vui lòng nhập ngày và giờ gọi lại.
# $categories: các mã phân loại API chấp nhận, ví dụ "praise, complaint, suggestion"
callbacks-invalid-category = Vui lòng dùng một trong các phân loại sau: { $categories }.
callbacks-follow-up-by-required = Vui lòng ghi người/đơn vị xử lý tiếp.
callbacks-outside-calling-hours = Hiện ngoài khung giờ gọi của trung tâm này; cuộc gọi lại sẽ chờ đến khung giờ gọi tiếp theo.
callbacks-no-operator-line = Tài khoản của bạn chưa có số máy để đổ chuông; vui lòng đề nghị quản trị viên bổ sung.
callbacks-no-citizen-number = Người dân không để lại số điện thoại; vui lòng ghi nhận kết quả thay vì gọi.
callbacks-citizen-do-not-call = Người dân đã đề nghị không gọi lại nữa.

## Chọn mẫu hằng ngày và các thiết lập liên quan.

# $centre: mã trung tâm được yêu cầu
callbacks-no-centre = Không có trung tâm “{ $centre }”.
# $centre: mã trung tâm; $day: ngày, theo cách viết ngày của người đọc
callbacks-no-draw = Trung tâm { $centre } không có lượt chọn mẫu cho ngày { $day }.
# $value: thiết lập như đã ghi
callbacks-setting-stratify-invalid = “{ $value }” không phải là cách phân tầng khi chọn mẫu: dùng none, department hoặc service.
# $value: thiết lập như đã ghi
callbacks-setting-draw-at-invalid = “{ $value }” không phải là giờ hợp lệ (ví dụ 08:30).
# $value: thiết lập như đã ghi
callbacks-setting-days-invalid = “{ $value }” không phải là danh sách ngày gọi hợp lệ, ví dụ mon-fri hoặc mon,wed,fri.
# $value: thiết lập như đã ghi
callbacks-setting-time-invalid = “{ $value }” không phải là giờ theo định dạng HH:MM (ví dụ 09:00).
# $centre: mã trung tâm; $earliest, $latest: giờ sớm nhất và muộn nhất được gọi cho người dân (08:00, 21:00)
callbacks-setting-no-time = Khung giờ gọi của trung tâm { $centre } không còn thời gian nào để gọi trong khoảng từ { $earliest } đến { $latest }.

## Dữ liệu lượt giao dịch gửi về (tệp CSV hoặc danh sách JSON). Mỗi lỗi ghi rõ
## dòng (trong tệp) hoặc vị trí (trong danh sách) và trường dữ liệu, tách khỏi thông báo.

visits-send-csv = Vui lòng gửi tệp dưới dạng text/csv.
# $source: tên tệp; $count: số lỗi tìm thấy
visits-import-rejected = { $source }: không nhập được dữ liệu nào; có { $count } lỗi.
# $count: số lỗi tìm thấy trong danh sách lượt giao dịch đã gửi
visits-push-rejected = Không nhập được dữ liệu nào; có { $count } lỗi.
visits-file-unreadable = Không đọc được tệp.
# $columns: tên các cột bắt buộc của tệp, phân cách bằng dấu phẩy
visits-header-unreadable = Dòng đầu tiên của tệp phải là tên các cột: { $columns }.
# $value: tên cột tìm thấy; $columns: tên các cột bắt buộc
visits-unknown-column = Cột “{ $value }” không hợp lệ; các cột gồm { $columns }.
# $value: tên cột
visits-column-twice = Cột “{ $value }” xuất hiện hai lần.
# $column: tên cột
visits-missing-column = Thiếu cột bắt buộc “{ $column }”.
visits-row-unreadable = Không đọc được dòng này: số trường nhiều hơn hoặc ít hơn dòng tiêu đề, hoặc có giá trị chứa dấu phẩy mà không đặt trong dấu ngoặc kép.
visits-not-utf8 = Giá trị này không phải văn bản UTF-8; vui lòng lưu tệp dưới dạng CSV UTF-8.
visits-external-id-required = Bắt buộc có mã lượt giao dịch của hệ thống lấy số thứ tự.
# $value: mã lượt giao dịch bên ngoài
visits-external-id-repeated-line = “{ $value }” đã xuất hiện ở một dòng phía trên.
# $value: mã lượt giao dịch bên ngoài
visits-external-id-repeated-list = “{ $value }” đã xuất hiện ở vị trí trước đó trong danh sách.
# $value: mã trung tâm đã nhập
visits-unknown-centre = “{ $value }” không phải là trung tâm có trong danh sách.
# $value: thời gian đã nhập; $zone: múi giờ của trung tâm
visits-time-gap = “{ $value }” không tồn tại ở múi giờ { $zone } (rơi vào khoảng chuyển giờ mùa hè).
# $value: thời gian đã nhập
visits-invalid-time = “{ $value }” không phải là thời gian hợp lệ (ví dụ 2026-03-02 14:05 hoặc 2026-03-02T14:05:00+07:00).
# $value: số đã nhập; $region: quốc gia dùng để đọc số (VN, KZ…)
visits-invalid-phone = “{ $value }” không phải là số điện thoại hợp lệ của vùng { $region }.
# $value: số đã nhập, có mã quốc gia
visits-invalid-phone-international = “{ $value }” không phải là số điện thoại hợp lệ.
visits-service-required = Dịch vụ là bắt buộc.
# $value: mã phòng đã nhập
visits-unknown-department = “{ $value }” không phải là phòng có trong danh sách.
# $value: mã cán bộ đã nhập
visits-unknown-staff = “{ $value }” không phải là cán bộ có trong danh sách.
# $value: hình thức đã nhập
visits-invalid-channel = “{ $value }” không phải là hình thức giao dịch hợp lệ: dùng counter, phone hoặc online.
# $value: câu trả lời đã nhập
visits-invalid-consent = “{ $value }” không phải là có hoặc không (yes/no, true/false, y/n, 1/0; để trống nghĩa là không: chỉ gọi cho người dân đã đồng ý).

## Báo cáo tổng hợp cho lãnh đạo.

synthesis-title = Tổng hợp ý kiến người dân
# $centre: tên trung tâm; $period: ngày, tuần hoặc tháng được hiển thị
synthesis-heading = Tổng hợp ý kiến người dân · { $centre } · { $period }
synthesis-centre = Trung tâm
synthesis-period = Kỳ báo cáo
synthesis-date = Ngày
synthesis-show = Xem

## Kỳ tổng hợp, hiển thị theo giá trị: synthesis-span-<giá trị>, synthesis-previous-<giá trị>, synthesis-next-<giá trị>.
synthesis-span-day = ngày
synthesis-span-week = tuần
synthesis-span-month = tháng
synthesis-previous-day = ← Ngày trước
synthesis-previous-week = ← Tuần trước
synthesis-previous-month = ← Tháng trước
synthesis-next-day = Ngày sau →
synthesis-next-week = Tuần sau →
synthesis-next-month = Tháng sau →

# $week: số tuần theo ISO; $year: năm; $first, $last: ngày thứ Hai và Chủ nhật của tuần
synthesis-period-week = tuần { $week } năm { $year } ({ $first } – { $last })

synthesis-printable = Bản in
synthesis-xlsx = Tải XLSX (tất cả các bảng)
synthesis-csv = CSV:

## Các bảng của báo cáo tổng hợp, dùng cho liên kết, trang tính và tệp CSV, hiển thị theo giá trị: synthesis-table-<giá trị>.
synthesis-table-summary = Tóm tắt
synthesis-table-departments = Phòng
synthesis-table-services = Dịch vụ
synthesis-table-staff = Cán bộ
synthesis-table-comments = Ý kiến
synthesis-table-follow-ups = Xử lý tiếp
synthesis-table-callbacks = Cuộc gọi lại

synthesis-follow-ups = Việc cần xử lý tiếp
synthesis-number-column = #
synthesis-day = Ngày
synthesis-who-follows-up = Người/đơn vị xử lý
synthesis-about = Liên quan đến
synthesis-what-said = Ý kiến của người dân
synthesis-done = Đã xử lý
synthesis-no-follow-up = Không có việc nào cần xử lý tiếp.

synthesis-drawn = Được chọn
synthesis-reached = Liên lạc được
# $share: tỷ lệ liên lạc được, dạng phần trăm
synthesis-reach-share = ({ $share } trong số đã gọi xong)
synthesis-reach-share-hint = trên tổng số cuộc gọi lại đã kết thúc
synthesis-unreachable = Không liên lạc được
synthesis-refused = Từ chối
synthesis-wrong-number = Nhầm số
synthesis-never-call = Đề nghị không gọi lại
synthesis-pending = Chưa gọi
synthesis-staff-attitude = Thái độ cán bộ
synthesis-process = Quy trình
synthesis-overall = Đánh giá chung
# $n: số người dân đã trả lời câu hỏi
synthesis-score-scale = / 5, n={ $n }

synthesis-wrong-number-short = Nhầm số
synthesis-never-call-short = Không gọi lại
synthesis-pending-short = Chưa gọi
synthesis-reached-percent = % liên lạc được
synthesis-no-draw = Không có lượt chọn mẫu nào trong kỳ này.

synthesis-department = Phòng
synthesis-service = Dịch vụ
synthesis-staff-member = Cán bộ
synthesis-overall-distribution = Đánh giá chung 1 → 5
synthesis-nobody-reached = Chưa liên lạc được với người dân nào.
synthesis-no-department = (không thuộc phòng nào)

# $score: mức hài lòng chung của người dân, từ 1 đến 5
synthesis-remark-overall = đánh giá chung { $score }/5
# $id: số hiệu cuộc gọi lại
synthesis-remark-callback = #{ $id }
synthesis-remark-comment = Ý kiến:
synthesis-remark-question = Câu hỏi:
synthesis-remark-suggestion = Góp ý:
synthesis-no-remarks = Không có ý kiến hoặc góp ý nào trong kỳ này.

synthesis-day-by-day = Theo từng ngày
synthesis-by-department = Mức độ hài lòng theo phòng
synthesis-by-service = Theo dịch vụ
synthesis-by-staff = Theo cán bộ
synthesis-by-category = Ý kiến người dân theo phân loại

## Báo cáo tổng hợp dạng in.

# $centre: tên trung tâm; $period: ngày, tuần hoặc tháng được hiển thị
synthesis-print-title = Gọi lại lấy ý kiến người dân · { $centre } · { $period }
# $centre: tên trung tâm
synthesis-print-heading = Gọi lại lấy ý kiến người dân · { $centre }
synthesis-print-method = chọn ngẫu nhiên trong số người dân đã sử dụng dịch vụ và đồng ý được liên hệ
# $when: ngày giờ lập báo cáo, theo múi giờ của trung tâm
synthesis-print-prepared = lập lúc { $when }
synthesis-print = In

## Thông báo từ chối của báo cáo tổng hợp.

# $centre: mã trung tâm được yêu cầu
synthesis-no-such-centre = Không có trung tâm “{ $centre }” mà bạn được phép xem.
synthesis-no-centres = Danh sách chưa có trung tâm nào.
# $id: số hiệu cuộc gọi lại
synthesis-no-open-follow-up = Cuộc gọi lại { $id } không có việc nào đang chờ xử lý tiếp.
# $table: bảng được yêu cầu; $tables: các bảng hiện có, phân cách bằng dấu phẩy
synthesis-unknown-table = Không có bảng “{ $table }”: hãy dùng một trong các bảng { $tables }.

## Tệp tải về của báo cáo tổng hợp (CSV và XLSX): tên trang tính và tiêu đề cột.

# $table: tên bảng (Tóm tắt, Phòng…); $centre: mã trung tâm; $period: mã kỳ ngắn gọn (2026-W36)
synthesis-sheet = { $table } { $centre } { $period }
synthesis-total = tổng cộng
synthesis-col-day = ngày
synthesis-col-drawn = được chọn
synthesis-col-reached = liên lạc được
synthesis-col-unreachable = không liên lạc được
synthesis-col-refused = từ chối
synthesis-col-wrong-number = nhầm số
synthesis-col-do-not-call = không liên hệ
synthesis-col-pending = chưa gọi
synthesis-col-reached-percent = % liên lạc được
synthesis-col-staff-mean = thái độ cán bộ (trung bình)
synthesis-col-process-mean = quy trình (trung bình)
synthesis-col-overall-mean = đánh giá chung (trung bình)
# $score: một mức trả lời, từ 1 đến 5
synthesis-col-overall-answer = đánh giá chung = { $score }
synthesis-col-department-code = mã phòng
synthesis-col-department = phòng
synthesis-col-service = dịch vụ
synthesis-col-service-name = tên dịch vụ
synthesis-col-employee-no = mã cán bộ
synthesis-col-name = họ và tên
synthesis-col-category = phân loại
synthesis-col-callback = cuộc gọi lại
synthesis-col-staff-member = cán bộ
synthesis-col-overall = đánh giá chung
synthesis-col-comments = ý kiến
synthesis-col-questions = câu hỏi
synthesis-col-suggestions = góp ý
synthesis-col-who-follows-up = người/đơn vị xử lý
synthesis-col-what-said = ý kiến của người dân
synthesis-col-life-situation = nhóm thủ tục theo sự kiện
synthesis-col-channel = hình thức giao dịch
synthesis-col-state = trạng thái
synthesis-col-outcome = kết quả
synthesis-col-attempts = số lần gọi
synthesis-col-staff-attitude = thái độ cán bộ
synthesis-col-process = quy trình
synthesis-col-follow-up-by = xử lý tiếp bởi

## What the operator hears on their own phone before a bridged call.
bridge-connecting = Đang kết nối anh/chị với người dân. Cuộc gọi được ghi âm.
bridge-number-gone = Số điện thoại của người dân không còn sử dụng được.
