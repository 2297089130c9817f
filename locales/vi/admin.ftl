## Vận hành và quản trị: đợt đánh giá và cuộc gọi, người dùng, mã truy cập API,
## nhật ký hoạt động, và các thông báo từ chối liên quan đến đợt đánh giá,
## cuộc gọi, tài khoản và nhập danh sách cán bộ.

## Trang đợt đánh giá (trang chủ của quản trị viên và phòng Tổ chức cán bộ).

admin-campaigns-heading = Các đợt đánh giá
admin-campaigns-column-campaign = Đợt đánh giá
admin-campaigns-column-state = Trạng thái
admin-campaigns-column-period = Thời gian
admin-campaigns-column-calls-each = Số cuộc gọi/cán bộ
admin-campaigns-column-planned = Kế hoạch
admin-campaigns-column-waiting = Đang chờ
admin-campaigns-column-in-progress = Đang thực hiện
admin-campaigns-column-ended = Đã kết thúc
admin-campaigns-column-reached = Có người nghe máy
# $count: số cuộc gọi theo kế hoạch không xếp được vào thời gian của đợt
admin-campaigns-short = (thiếu { $count })
# $command: dòng lệnh tạo đợt đánh giá
# $start, $end: ngày đầu và ngày cuối, đã định dạng
admin-period = { $start } – { $end }
admin-calls-recent = Cuộc gọi gần đây

## Trạng thái đợt đánh giá (bảng campaigns), hiển thị theo giá trị: campaign-state-<giá trị>.
campaign-state-active = đang thực hiện
campaign-state-paused = tạm dừng
campaign-state-canceled = đã hủy

## Một đợt đánh giá.

admin-campaign-period = Thời gian
admin-campaign-window = Khung giờ gọi
# $start, $end: giờ địa phương, HH:MM
admin-campaign-window-value = { $start }–{ $end } giờ địa phương, trong giờ làm việc của từng phòng
admin-campaign-calls-per-staff = Số cuộc gọi cho mỗi số máy cán bộ
admin-campaign-scripts = Kịch bản
admin-campaign-planned = Kế hoạch
# $count: số cuộc gọi theo kế hoạch; $short: số cuộc gọi không xếp được vào ngày làm việc còn trống
admin-campaign-planned-short = { $count } ({ $short } cuộc gọi không xếp được vào ngày làm việc còn trống)
admin-campaign-calls = Cuộc gọi

## Bảng cuộc gọi.

admin-calls-column-call = Cuộc gọi
admin-calls-column-when = Thời điểm
admin-calls-column-line = Số máy
admin-calls-column-script = Kịch bản
admin-calls-column-state = Trạng thái
admin-calls-column-connection = Kết nối
admin-calls-column-latency = Thời gian nhấc máy
admin-calls-column-rings = Số hồi chuông
admin-calls-column-duration = Thời lượng
admin-calls-column-recording = Ghi âm
admin-calls-listen = nghe
admin-calls-column-staff = Cán bộ
admin-calls-line-check = kiểm tra đường dây
admin-calls-citizen-callback = gọi lại lấy ý kiến người dân
admin-calls-in-progress = Đang thực hiện
admin-calls-in-progress-none = Hiện không có cuộc gọi nào đang diễn ra.
# $count: số cuộc gọi đã lên lịch cho sau này (hoặc thuộc đợt đang tạm dừng) không hiện trong danh sách
admin-calls-scheduled-later = Còn { $count } cuộc gọi khác đã lên lịch cho sau này.
admin-calls-history = Lịch sử
admin-calls-history-none = Chưa có cuộc gọi nào kết thúc.

## Một cuộc gọi.

# $id: số hiệu cuộc gọi
admin-call-number = Cuộc gọi số { $id }
admin-call-line = Số máy
admin-call-script = Kịch bản
admin-call-carrier-call = Mã cuộc gọi của nhà mạng
admin-call-connection = Kết nối
admin-call-latency = Thời gian nhấc máy
admin-call-duration = Thời lượng
admin-call-problem = Sự cố
admin-call-missed-no-day = không còn ngày làm việc nào trong thời gian của đợt đánh giá
# $sid: mã bản ghi âm của nhà mạng
admin-call-recording = Bản ghi âm { $sid }
admin-call-stages = Các phần đã ghi nhận
# $stage: một phần của kịch bản; $seconds: số giây tính từ lúc nhấc máy, đã định dạng
admin-call-stage-at = { $stage } (sau { $seconds } giây)
admin-call-measured = Tiêu chí đo tự động
admin-call-measured-stage = Phần
admin-call-measured-item = Tiêu chí
admin-call-measured-result = Kết quả
admin-call-measured-yes = có
admin-call-measured-no = không
admin-call-events = Sự kiện từ nhà mạng
admin-call-events-received = Thời điểm nhận
admin-call-events-kind = Loại
admin-call-events-status = Trạng thái
admin-call-events-sequence = Thứ tự
admin-call-events-stage = Phần

## Người dùng.

admin-users-title = Người dùng
# $username: tên đăng nhập của tài khoản mới
admin-users-created = Đã tạo tài khoản { $username }. Mật khẩu dùng một lần chỉ hiển thị lúc này — vui lòng chuyển cho người dùng một cách an toàn:
# $username: tài khoản được cấp lại mật khẩu
admin-users-password-reset = Tài khoản { $username } đã được cấp mật khẩu mới. Mật khẩu dùng một lần chỉ hiển thị lúc này — vui lòng chuyển cho người dùng một cách an toàn:
admin-users-column-name = Họ và tên
admin-users-column-roles = Vai trò
admin-users-column-status = Trạng thái
admin-users-status-disabled = đã khóa
admin-users-status-one-time = mật khẩu dùng một lần
admin-users-status-active = đang hoạt động
admin-users-enable = Mở khóa
admin-users-disable = Khóa
admin-users-reset-password = Cấp lại mật khẩu
admin-users-senior-hint = Người chấm thẩm định quyết định khi hai người chấm không thống nhất
admin-users-senior = Người chấm thẩm định ✓
admin-users-make-senior = Giao chấm thẩm định
admin-users-line-placeholder = số máy riêng, +84…
admin-users-line-label = Số máy riêng của tổng đài viên
admin-users-centre-label = Trung tâm
admin-users-all-centres = tất cả trung tâm
admin-users-save-line = Lưu số máy
admin-users-add = Thêm người dùng
admin-users-full-name = Họ và tên
admin-users-department = Mã phòng (lãnh đạo phòng: phòng được xem kết quả; người chấm điểm: phòng công tác của mình, không bao giờ chấm phòng này)
admin-users-create = Tạo với mật khẩu dùng một lần
# $code: mã phòng đã nhập
admin-users-no-department = Phòng: không có phòng “{ $code }”.
# $code: mã trung tâm đã chọn
admin-users-no-centre = Mã trung tâm: không có trung tâm “{ $code }”.

## Mã truy cập API.

admin-tokens-title = Mã truy cập API
# $name: mục đích sử dụng của mã mới
admin-tokens-created = Đã tạo mã truy cập { $name }. Mã chỉ hiển thị lúc này; vui lòng lưu vào kho bí mật của hệ thống tích hợp:
admin-tokens-column-name = Tên
admin-tokens-column-roles = Vai trò
admin-tokens-column-expires = Hết hạn
admin-tokens-column-last-used = Lần dùng gần nhất
admin-tokens-column-status = Trạng thái
admin-tokens-never-used = chưa sử dụng
admin-tokens-status-revoked = đã thu hồi
admin-tokens-status-active = đang hiệu lực
admin-tokens-revoke = Thu hồi
admin-tokens-none = Chưa có mã truy cập nào.
admin-tokens-create-heading = Tạo mã truy cập
admin-tokens-purpose = Mục đích sử dụng
admin-tokens-purpose-placeholder = Hệ thống lấy số thứ tự, trung tâm 1
admin-tokens-valid-days = Thời hạn hiệu lực (ngày)
admin-tokens-create = Tạo

## Nhật ký hoạt động.

admin-audit-title = Nhật ký hoạt động
admin-audit-filter-action = Thao tác
admin-audit-filter-any = tất cả
admin-audit-filter-actor = Người thực hiện
admin-audit-filter = Lọc
admin-audit-export = Xuất CSV
admin-audit-column-when = Thời điểm
admin-audit-column-who = Người thực hiện
admin-audit-column-what = Thao tác
admin-audit-column-on = Đối tượng
admin-audit-column-from = Địa chỉ truy cập
admin-audit-column-detail = Chi tiết
admin-audit-none = Chưa có hoạt động nào được ghi nhận.

## Tiêu đề cột của nhật ký hoạt động khi xuất CSV.
admin-audit-csv-id = mã
admin-audit-csv-at = thời điểm (UTC)
admin-audit-csv-actor-kind = loại người thực hiện
admin-audit-csv-actor-id = mã người thực hiện
admin-audit-csv-actor-name = tên người thực hiện
admin-audit-csv-action = thao tác
admin-audit-csv-target-kind = loại đối tượng
admin-audit-csv-target-id = mã đối tượng
admin-audit-csv-address = địa chỉ truy cập
admin-audit-csv-detail = chi tiết

## Các thao tác được ghi nhật ký (src/auth/audit.rs Action), hiển thị theo giá trị: audit-action-<giá trị>.
audit-action-login = đăng nhập
audit-action-login_failed = đăng nhập không thành công
audit-action-logout = đăng xuất
audit-action-password_changed = đổi mật khẩu
audit-action-language_changed = đổi ngôn ngữ
audit-action-password_reset = cấp lại mật khẩu
audit-action-user_created = tạo người dùng
audit-action-user_disabled = khóa người dùng
audit-action-user_enabled = mở khóa người dùng
audit-action-token_created = tạo mã truy cập
audit-action-token_revoked = thu hồi mã truy cập
audit-action-recording_played = nghe bản ghi âm
audit-action-recording_downloaded = tải bản ghi âm
audit-action-citizen_phone_viewed = xem số điện thoại người dân
audit-action-score_changed = thay đổi điểm
audit-action-data_exported = xuất dữ liệu
audit-action-settings_changed = thay đổi cấu hình
audit-action-campaign_changed = thay đổi đợt đánh giá
audit-action-roster_imported = nhập danh sách cán bộ
audit-action-retention_run = xóa dữ liệu hết thời hạn lưu trữ

## Người thực hiện, theo loại.
# $name: tên đăng nhập của người dùng
audit-actor-user = { $name } (người dùng)
# $name: mục đích sử dụng của mã truy cập API
audit-actor-token = { $name } (mã truy cập)
# $name: tên dịch vụ
audit-actor-system = { $name } (hệ thống)
# $name: tên đăng nhập đã dùng để thử đăng nhập
audit-actor-anonymous = { $name } (chưa xác thực)

## Đối tượng của thao tác, theo loại bản ghi.
# $id: số hiệu người dùng
audit-target-user = người dùng { $id }
# $id: số hiệu mã truy cập
audit-target-api_token = mã truy cập API { $id }
# $id: số hiệu đợt đánh giá
audit-target-campaign = đợt đánh giá { $id }
# $id: số hiệu cuộc gọi lại
audit-target-callback = cuộc gọi lại { $id }
# $id: số hiệu nhiệm vụ chấm điểm
audit-target-grading_task = nhiệm vụ chấm điểm { $id }
# $id: số hiệu bản ghi âm
audit-target-recording = bản ghi âm { $id }

## Thông báo từ chối: tài khoản và mã truy cập.

# $role: từ không phải là vai trò
user-role-unknown = “{ $role }” không phải là vai trò hợp lệ (admin, hr, grader, operator, supervisor, intake).
user-roles-none = Vui lòng chọn ít nhất một vai trò.
user-username-invalid = Tên đăng nhập: dùng từ 2 đến 64 ký tự gồm chữ cái, chữ số, dấu chấm, dấu gạch ngang hoặc dấu gạch dưới.
# $username: tên đăng nhập được yêu cầu
user-username-taken = Tên đăng nhập: “{ $username }” đã được sử dụng.
user-disable-self = Không thể tự khóa tài khoản của chính mình.
token-name-required = Vui lòng nêu mục đích sử dụng của mã truy cập.
# $min, $max: thời hạn hiệu lực ngắn nhất và dài nhất, tính bằng ngày
token-days-range = Thời hạn hiệu lực của mã truy cập từ { $min } đến { $max } ngày.
token-days-not-number = Vui lòng nhập số ngày.

## Thông báo từ chối: đợt đánh giá.

# $value: nội dung đã nhập
campaign-time-invalid = “{ $value }” không phải là giờ hợp lệ (ví dụ 09:30).
campaign-name-required = Tên đợt đánh giá không được để trống.
campaign-scripts-none = Vui lòng chọn ít nhất một kịch bản đánh giá.
# $script: mã kịch bản đã nhập
campaign-script-unknown = Không có kịch bản cuộc gọi “{ $script }” trong thư mục call-scripts/.
# $script: mã kịch bản; $kind: loại kịch bản (mã như callback)
campaign-script-not-evaluation = “{ $script }” là kịch bản loại { $kind }, không phải kịch bản đánh giá.
campaign-end-before-start = Ngày kết thúc sớm hơn ngày bắt đầu.
# $min, $max: số cuộc gọi ít nhất và nhiều nhất cho mỗi số máy cán bộ
campaign-calls-per-staff-range = Số cuộc gọi cho mỗi số máy cán bộ phải từ { $min } đến { $max }.
campaign-window-empty = Giờ kết thúc của khung giờ gọi phải sau giờ bắt đầu.
# $code: mã phòng đã nhập
campaign-department-unknown = Không có phòng “{ $code }” trong danh sách cán bộ.
campaign-period-over = Thời gian của đợt đánh giá đã kết thúc.
campaign-no-staff = Không có cán bộ nào đang công tác và thuộc diện đánh giá phù hợp với đợt này.
# $id: số hiệu đợt đánh giá; $state: trạng thái hiện tại (active, paused hoặc canceled)
campaign-cannot-pause = Đợt đánh giá { $id } { $state ->
    [active] đang thực hiện
    [paused] đã tạm dừng rồi
    [canceled] đã bị hủy
   *[other] ở trạng thái { $state }
  }; không thể tạm dừng.
# $id: số hiệu đợt đánh giá; $state: trạng thái hiện tại (active, paused hoặc canceled)
campaign-cannot-resume = Đợt đánh giá { $id } { $state ->
    [active] đang thực hiện rồi
    [paused] đang tạm dừng
    [canceled] đã bị hủy
   *[other] ở trạng thái { $state }
  }; không thể tiếp tục.
# $id: số hiệu đợt đánh giá; $state: trạng thái hiện tại (active, paused hoặc canceled)
campaign-cannot-cancel = Đợt đánh giá { $id } { $state ->
    [active] đang thực hiện
    [paused] đang tạm dừng
    [canceled] đã bị hủy rồi
   *[other] ở trạng thái { $state }
  }; không thể hủy.

## Thông báo từ chối: cuộc gọi và bản ghi âm.

# $value: số điện thoại đã nhập
call-number-not-international = “{ $value }” không phải là số điện thoại quốc tế (ví dụ +821012345678).
# $script: mã kịch bản đã nhập
call-script-unknown = Không có kịch bản cuộc gọi “{ $script }”.
# $name: tham số nhà mạng không gửi
call-webhook-param-missing = Yêu cầu của nhà mạng thiếu tham số { $name }.
# $status: trạng thái nhà mạng gửi
call-webhook-status-unknown = “{ $status }” không phải là trạng thái cuộc gọi mà hệ thống nhận biết.
# $value: nội dung đã gửi
call-webhook-not-a-number = “{ $value }” không phải là số.
# $id: số hiệu cuộc gọi của hệ thống; $known: mã cuộc gọi của nhà mạng đã lưu; $sid: mã trong yêu cầu
call-webhook-other-call = Cuộc gọi { $id } có mã { $known }, không phải { $sid }.
# $id: số hiệu bản ghi âm
recording-path-unsafe = Bản ghi âm { $id } có đường dẫn không an toàn.

## Không tìm thấy.

# $id: số hiệu người dùng
not-found-user = Không tìm thấy người dùng { $id }.
# $action: thao tác trong địa chỉ
not-found-user-action = Không có thao tác người dùng “{ $action }”.
# $id: số hiệu mã truy cập
not-found-token = Không tìm thấy mã truy cập đang hiệu lực { $id }.
# $id: số hiệu đợt đánh giá
not-found-campaign = Không tìm thấy đợt đánh giá { $id }.
# $action: thao tác trong địa chỉ
not-found-campaign-action = Không có thao tác đợt đánh giá “{ $action }”.
# $script: mã kịch bản
not-found-script = Không tìm thấy kịch bản cuộc gọi { $script }.
# $script: mã kịch bản; $version: phiên bản
not-found-script-version = Không tìm thấy kịch bản { $script } phiên bản { $version }.
# $id: số hiệu cuộc gọi
not-found-call = Không tìm thấy cuộc gọi { $id }.
# $id: số hiệu bản ghi âm
not-found-recording-audio = Tệp âm thanh của bản ghi âm { $id } không có sẵn.
# $id: số hiệu phòng
not-found-department = Không tìm thấy phòng { $id }.
# $id: số hiệu cán bộ
not-found-staff = Không tìm thấy cán bộ { $id }.
# $id: số hiệu trung tâm
not-found-centre = Không tìm thấy trung tâm { $id }.

## Danh sách cán bộ: một lỗi trong tệp nhập hoặc trong một bản ghi, theo cột.
## Các thông báo này đứng sau “trường “phone”: ” trong danh sách lỗi của tệp.

# $file: tên tệp; $line: dòng (dòng tiêu đề là dòng 1); $field: cột; $problem: lỗi
roster-problem-line = { $file }:{ $line }: trường “{ $field }”: { $problem }
# $field: cột; $problem: lỗi
roster-field-problem = { $field }: { $problem }
# $file: tên tệp; $error: lý do ghi dữ liệu không thành công
roster-import-failed = { $file }: không nhập được dữ liệu nào: { $error }
# $content_type: Content-Type đã gửi
roster-import-not-csv = Vui lòng gửi tệp với Content-Type: text/csv (đã nhận “{ $content_type }”).
roster-input-invalid = Dữ liệu đầu vào không hợp lệ.
# $detail: thông báo của bộ đọc JSON, giữ nguyên văn
roster-body-invalid = Nội dung yêu cầu không đúng định dạng JSON quy định: { $detail }
# $detail: thông báo của bộ đọc JSON, giữ nguyên văn
roster-body-unreadable = Không đọc được nội dung yêu cầu: { $detail }
# $body: khóa trong nội dung; $path: khóa trong địa chỉ
roster-key-differs = “{ $body }” trong nội dung yêu cầu khác với “{ $path }” trong URL

# $error: thông báo của hệ thống
roster-file-unreadable = không đọc được: { $error }
# $error: thông báo của bộ đọc CSV
roster-header-unreadable = không đọc được dòng đầu tiên: { $error }
# $columns: tên các cột, phân cách bằng dấu phẩy
roster-file-empty = tệp trống; dòng đầu tiên phải là tên các cột: { $columns }
# $error: thông báo của bộ đọc CSV
roster-row-unreadable = không đọc được dòng này: { $error }
# $count: số trường của dòng; $expected: số cột của dòng tiêu đề
roster-row-field-count = có { $count } trường nhưng dòng tiêu đề có { $expected }; giá trị có dấu phẩy phải đặt trong dấu ngoặc kép
roster-not-utf8 = không phải văn bản UTF-8; vui lòng lưu tệp dưới dạng CSV UTF-8
# $column: tên cột
roster-column-twice = cột “{ $column }” xuất hiện hai lần
# $column: tên cột tìm thấy; $columns: tên các cột hợp lệ, phân cách bằng dấu phẩy
roster-column-unknown = cột “{ $column }” không hợp lệ; các cột gồm { $columns }
# $column: tên cột
roster-column-missing = thiếu cột bắt buộc “{ $column }”

# $field: cột
roster-field-required = { $field } là bắt buộc
# $value: mã đã nhập
roster-code-spaces = “{ $value }” không được chứa dấu cách hoặc ký tự '/'
# $value: nội dung đã nhập
roster-flag-invalid = “{ $value }” không phải là có hoặc không (yes/no, true/false, y/n, 1/0; để trống nghĩa là có)
# $value: lý do đã nhập
roster-exclusion-needs-ineligible = đã nhập “{ $value }” nhưng eligible là yes; hãy đặt eligible là no hoặc xóa lý do
# $code: mã phòng đã nhập
roster-department-unknown = không có phòng “{ $code }”; vui lòng nhập tệp danh sách phòng trước
# $code: mã phòng đã nhập; $suggestion: mã đã có, chỉ khác chữ hoa/chữ thường
roster-department-unknown-suggest = không có phòng “{ $code }” (có phải ý bạn là “{ $suggestion }”?); vui lòng nhập tệp danh sách phòng trước
# $code: mã phòng; $first: dòng xuất hiện đầu tiên
roster-department-repeated = phòng “{ $code }” đã có ở dòng { $first }
# $centre: mã trung tâm; $name: tên ở dòng trước; $first: dòng đó
roster-centre-other-name = trung tâm “{ $centre }” có tên “{ $name }” ở dòng { $first }
# $centre: mã trung tâm; $zone: múi giờ ở dòng trước; $first: dòng đó
roster-centre-other-zone = trung tâm “{ $centre }” thuộc múi giờ “{ $zone }” ở dòng { $first }
# $value: mã cán bộ; $first: dòng xuất hiện đầu tiên
roster-employee-repeated = mã cán bộ “{ $value }” đã có ở dòng { $first }

roster-time-zone-required = múi giờ là bắt buộc (tên IANA, ví dụ Asia/Ho_Chi_Minh)
# $value: nội dung đã nhập
roster-time-zone-unknown = “{ $value }” không phải là tên múi giờ IANA (ví dụ Asia/Ho_Chi_Minh hoặc Asia/Seoul)
# $value: các ngày làm việc đã nhập; $day: phần không phải là ngày
roster-weekday-unknown = “{ $value }”: “{ $day }” không phải là ngày trong tuần (mon, tue, … sun)
roster-work-days-required = cần ít nhất một ngày làm việc, ví dụ mon-fri
# $value: nội dung đã nhập
roster-time-invalid = “{ $value }” không phải là giờ theo định dạng HH:MM (ví dụ 09:00)
# $start, $end: giờ trong ngày, HH:MM
roster-work-end-before-start = giờ kết thúc làm việc { $end } không sau giờ bắt đầu { $start }
roster-lunch-end-required = đã nhập lunch_start nên lunch_end là bắt buộc
roster-lunch-start-required = đã nhập lunch_end nên lunch_start là bắt buộc
# $start, $end: giờ trong ngày, HH:MM
roster-lunch-end-before-start = giờ kết thúc nghỉ trưa { $end } không sau giờ bắt đầu { $start }
# $lunch_start, $lunch_end: giờ nghỉ trưa; $start, $end: giờ làm việc; định dạng HH:MM
roster-lunch-outside-hours = giờ nghỉ trưa { $lunch_start }–{ $lunch_end } không nằm trong giờ làm việc { $start }–{ $end }

roster-phone-required = số điện thoại là bắt buộc
# $value: số đã nhập
roster-phone-invalid = “{ $value }” không phải là số điện thoại hợp lệ
# $value: số đã nhập; $region: mã quốc gia dùng để đọc số không có dấu +
roster-phone-invalid-in-region = “{ $value }” không phải là số điện thoại hợp lệ của vùng { $region }
# $value: số đã nhập; $region: vùng mặc định đã cấu hình
roster-phone-no-region = “{ $value }” không có mã quốc gia (+…) và vùng mặc định “{ $region }” không phải là mã quốc gia gồm hai chữ cái
# $value: số đã nhập; $extension: số máy lẻ
roster-phone-extension = “{ $value }” có số máy lẻ ({ $extension }); vui lòng nhập số máy trực tiếp của cán bộ
