## Điều hành chương trình trên các trang: trang tổng quan, đợt đánh giá được tạo bằng
## biểu mẫu có xem trước kế hoạch, danh sách cán bộ, vai trò và phòng của người dùng.

## Trang tổng quan (trang chủ của quản trị viên).
nav-overview = Tổng quan
overview-heading = Tổng quan
admin-campaigns-none = Chưa có đợt đánh giá nào. Hãy bắt đầu bằng nút “Đợt đánh giá mới”.
overview-grading = Bản ghi âm chờ chấm
# $held: số nhiệm vụ người chấm đang giữ; $graded: số lượt chấm đã gửi trong 24 giờ qua
overview-grading-detail = { $held } đang được chấm · { $graded } đã chấm trong 24 giờ qua
overview-grading-link = Độ thống nhất giữa người chấm điểm
overview-callbacks = Cuộc gọi lại đã đến lượt
# $later: số cuộc gọi lại chưa xong, đến lượt sau; $closed: số đã hoàn thành trong 24 giờ qua; $follow_ups: số việc cần xử lý tiếp chưa xong
overview-callbacks-detail = { $later } đến lượt sau · { $closed } hoàn thành trong 24 giờ qua · { $follow_ups } việc cần xử lý tiếp
overview-callbacks-link = Tổng hợp ý kiến người dân
overview-recordings = Bản ghi âm chờ lấy về
overview-recordings-detail = { $available } đã lưu · { $corrupt } bị lỗi, để riêng · { $failed } không lấy được
overview-carrier = Nhà mạng
overview-carrier-ok = Đang nhận cuộc gọi
overview-carrier-degraded = Từ chối một số cuộc gọi
overview-carrier-failing = Đang từ chối cuộc gọi
overview-carrier-sandbox = Nhà mạng thử nghiệm tích hợp sẵn (không thực hiện cuộc gọi thật).
overview-carrier-configured = Tài khoản nhà mạng đã cấu hình.
# Số lượng trong 24 giờ qua
overview-carrier-detail = 24 giờ qua: { $accepted } được chấp nhận, { $refused } bị từ chối, { $in_progress } đang thực hiện.
overview-carrier-last-accepted = Cuộc gọi được chấp nhận gần nhất: { $when }
overview-carrier-last-refused = Cuộc gọi bị từ chối gần nhất: { $when }
overview-failures = Sự cố trong 24 giờ qua
overview-failures-when = Thời điểm
overview-failures-what = Đối tượng
overview-failures-error = Lỗi
# $id: số hiệu cuộc gọi; $state: trạng thái của cuộc gọi
overview-failure-call = Cuộc gọi số { $id }: { $state }
overview-failure-recording = Bản ghi âm của cuộc gọi số { $id }: { $state }
overview-failures-none = Không có sự cố nào trong 24 giờ qua.

## Đợt đánh giá mới: biểu mẫu, sau đó là bản xem trước kế hoạch.
campaign-new-title = Đợt đánh giá mới
campaign-new-intro = Chọn kịch bản, cán bộ và thời gian. “Xem trước kế hoạch” cho biết số cuộc gọi sẽ thực hiện và những cán bộ không được xếp đủ cuộc gọi; chưa có gì được lưu cho đến khi bạn tạo đợt đánh giá.
# $field: tên trường của biểu mẫu bị lỗi
campaign-new-field-at-fault = { $field }:
campaign-field-name = Tên đợt đánh giá
campaign-field-scripts = Kịch bản đánh giá
campaign-field-departments = Phòng
campaign-field-grades = Ngạch
campaign-field-start_date = Ngày bắt đầu
campaign-field-end_date = Ngày kết thúc
campaign-field-calls_per_staff = Số cuộc gọi cho mỗi cán bộ
campaign-field-window_start = Gọi từ
campaign-field-window_end = Gọi đến
campaign-field-holidays = Ngày nghỉ lễ
campaign-new-no-scripts = Không có kịch bản đánh giá nào trong thư mục call-scripts/.
campaign-new-departments-hint = Không chọn phòng nào nghĩa là chọn tất cả các phòng.
campaign-new-no-departments = Danh sách cán bộ chưa có phòng nào: vui lòng tải lên tại trang Danh sách cán bộ trước.
campaign-new-grades-hint = Phân cách bằng dấu phẩy; để trống nghĩa là tất cả các ngạch.
campaign-new-window-hint = Giờ địa phương của từng phòng (định dạng 24 giờ, ví dụ 09:00), trong giờ làm việc và ngoài giờ nghỉ trưa.
campaign-new-holidays-hint = Những ngày không gọi, viết dạng 2026-12-25, phân cách bằng dấu phẩy hoặc dấu cách.
campaign-new-preview = Xem trước kế hoạch
# $count: số cuộc gọi theo kế hoạch
campaign-new-create = Tạo đợt đánh giá ({ $count } cuộc gọi)
# $value: nội dung đã nhập
campaign-form-date-invalid = “{ $value }” không phải là ngày hợp lệ (ví dụ 2026-12-01).
campaign-preview-heading = Kế hoạch
# $calls: số cuộc gọi theo kế hoạch; $staff: số cán bộ được gọi; $weeks: số tuần có cuộc gọi
campaign-preview-summary = { $calls } cuộc gọi tới { $staff } cán bộ trong { $weeks } tuần.
# $count: số cuộc gọi không xếp được; $people: số cán bộ bị ảnh hưởng
campaign-preview-short = { $count } cuộc gọi không xếp được, liên quan đến { $people } cán bộ: xem lý do bên dưới.
campaign-preview-by-department = Theo phòng
campaign-preview-by-week = Theo tuần
campaign-preview-department = Phòng
campaign-preview-centre = Trung tâm
campaign-preview-staff = Số cán bộ
campaign-preview-calls = Cuộc gọi
campaign-preview-missing = Còn thiếu
campaign-preview-week-of = Tuần bắt đầu từ
campaign-preview-shortfall-heading = Cán bộ không được xếp đủ cuộc gọi
campaign-preview-person = Cán bộ
campaign-preview-why = Lý do
campaign-preview-why-window = Khung giờ gọi không trùng với giờ làm việc của phòng.
# $days: số ngày trong thời gian của đợt mà cán bộ này còn thời gian trống
campaign-preview-why-days = Chỉ còn { $days } ngày làm việc trống trong thời gian của đợt (đã trừ ngày nghỉ lễ, cuối tuần và những ngày đã có cuộc gọi khác).
campaign-pause = Tạm dừng
campaign-resume = Tiếp tục
campaign-cancel = Hủy đợt đánh giá
campaign-cancel-hint = Khi hủy, các cuộc gọi đang chờ sẽ bị loại khỏi kế hoạch; không thể hoàn tác.

## Menu.
nav-menu = Menu chính
nav-roster = Danh sách cán bộ
nav-staff-results = Kết quả của cán bộ

## Người dùng: phòng và vai trò.
admin-users-column-department = Phòng
admin-users-column-actions = Thao tác
admin-users-department-none = — không có —
# $username: tài khoản được thay đổi vai trò qua biểu mẫu
admin-users-roles-of = Vai trò của { $username }
admin-users-save-roles = Lưu vai trò và phòng
user-roles-own-admin = Bạn không thể tự gỡ vai trò quản trị viên của mình; vui lòng đề nghị một quản trị viên khác.
audit-action-staff_changed = thay đổi thông tin cán bộ
audit-action-user_roles_changed = thay đổi vai trò người dùng

## Các trang danh sách cán bộ.
roster-title = Danh sách cán bộ
roster-staff = Cán bộ
roster-search = Họ tên hoặc mã cán bộ
roster-department = Phòng
roster-grade = Ngạch
roster-status = Trạng thái
roster-all = Tất cả
roster-status-callable = được gọi đánh giá
roster-status-inactive = không còn công tác
roster-status-not-eligible = không gọi đánh giá
roster-find = Tìm
# $count: số cán bộ tìm thấy
roster-found = Tìm thấy { $count } cán bộ.
# $count: số cán bộ tìm thấy; $shown: số cán bộ được liệt kê
roster-found-first = Tìm thấy { $count } cán bộ; chỉ liệt kê { $shown } người đầu tiên: hãy thu hẹp điều kiện tìm kiếm để xem những người còn lại.
roster-employee-no = Mã cán bộ
roster-name = Tên
roster-job-title = Chức danh
roster-phone = Số điện thoại
roster-no-staff = Không có cán bộ nào phù hợp.
roster-departments = Các phòng và giờ làm việc
roster-code = Mã
roster-centre = Trung tâm
roster-days = Ngày làm việc
roster-hours = Giờ làm việc
roster-lunch = Nghỉ trưa
roster-time-zone = Múi giờ
roster-no-departments = Chưa có phòng nào: vui lòng tải tệp danh sách phòng lên ở bên dưới.
roster-centres = Trung tâm
roster-no-centres = Chưa có trung tâm nào: trung tâm được tạo cùng với tệp danh sách phòng.
roster-upload = Tải lên tệp danh sách
roster-upload-hint = Tệp CSV có dòng tiêu đề, xuất từ bảng tính. Mọi dòng đều được kiểm tra trước: nếu có dòng nào sai thì không thay đổi gì, và tất cả các dòng sai đều được liệt kê.
roster-upload-what-legend = Nội dung của tệp
roster-upload-departments = Phòng (kèm trung tâm và giờ làm việc)
roster-upload-staff = Cán bộ
roster-upload-file = Tệp
roster-upload-submit = Kiểm tra và tải lên
# $file: tên tệp; $count: số dòng sai
roster-upload-refused = Chưa tải lên { $file }: có { $count } lỗi. Không có thay đổi nào.
roster-upload-line = Dòng
roster-upload-field = Cột
roster-upload-value = Giá trị
roster-upload-problem = Lỗi
# $file: tên tệp
roster-upload-done = Đã tải lên { $file }: thêm mới { $created }, thay đổi { $updated }, giữ nguyên { $unchanged }.
# $detail: phần không đọc được
roster-upload-unreadable = Không đọc được dữ liệu tải lên: { $detail }
roster-upload-no-file = Vui lòng chọn tệp để tải lên.
# $value: giá trị đã gửi
roster-upload-what = “{ $value }” không phải là danh sách phòng cũng không phải danh sách cán bộ.
roster-back = ← Danh sách cán bộ
roster-staff-not-saved = Chưa lưu:
roster-staff-details = Thông tin chi tiết
roster-staff-calls = Cuộc gọi đánh giá
roster-active = Đang công tác tại đây (active)
roster-eligible = Thuộc diện nhận cuộc gọi đánh giá (eligible)
roster-reason = Lý do
roster-reason-hint = Bắt buộc khi cán bộ không còn công tác hoặc không được gọi đánh giá, ví dụ đang nghỉ phép hoặc không ở vị trí tiếp xúc với người dân.
roster-reason-required = Vui lòng nêu lý do không gọi đánh giá cán bộ này.
roster-save = Lưu
roster-field-name = Họ và tên
roster-field-department_code = Phòng
roster-field-grade = Ngạch
roster-field-job_title = Chức danh
roster-field-phone = Số điện thoại
roster-field-exclusion_reason = Lý do
roster-field-active = Đang công tác
roster-field-eligible = Thuộc diện đánh giá
roster-staff-saved = Đã lưu.

## Bàn chấm điểm: hàng chờ và kết quả trong ngày của người chấm.
# $waiting: số bản ghi âm đang chờ trong hàng; $mine: số lượt người chấm này đã gửi hôm nay
desk-progress = { $waiting } bản ghi âm đang chờ · hôm nay bạn đã chấm { $mine }.
# $zone: múi giờ của trung tâm (ví dụ Asia/Ho_Chi_Minh)
callbacks-call-back-at-in = Gọi lại lúc (giờ { $zone }, khi chọn “Đề nghị gọi lại sau”)
campaign-new-date-hint = Ngày được viết theo thứ tự năm-tháng-ngày, ví dụ 2026-12-01.
