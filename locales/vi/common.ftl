## Dùng chung cho mọi trang: phần đầu trang, đăng nhập, ngôn ngữ, trang báo lỗi.

brand = civicall

language-en = English
language-ko = 한국어
language-ru = Русский
language-kk = Қазақша
language-vi = Tiếng Việt
language-zh-Hans = 简体中文

sign-in = Đăng nhập
sign-out = Đăng xuất
sign-in-to-see = Vui lòng đăng nhập để xem trang này.
back-to-start = Về trang chủ
no-such-page = Trang này không tồn tại.

status-unauthorized = Cần đăng nhập
status-forbidden = Không có quyền truy cập
status-not-found = Không tìm thấy
status-conflict = Chưa thể thực hiện lúc này
status-invalid = Vui lòng kiểm tra lại thông tin đã nhập
status-carrier = Nhà mạng không phản hồi
status-carrier-detail = Không kết nối được với nhà mạng hoặc nhà mạng từ chối yêu cầu. Vui lòng thử lại sau vài phút.
status-too-many = Thử quá nhiều lần
status-error = Đã xảy ra lỗi
status-error-detail = Hệ thống đã gặp lỗi. Lỗi đã được ghi nhận; vui lòng thử lại và báo cho quản trị viên nếu lỗi vẫn tiếp diễn.

denied-sign-in-first = Vui lòng đăng nhập trước.
denied-change-password-first = Vui lòng đổi mật khẩu dùng một lần trước.
denied-role = Vai trò của bạn không được cấp quyền truy cập chức năng này.
denied-token = Mã truy cập API không tồn tại, đã hết hạn hoặc đã bị thu hồi.
denied-form-too-large = Biểu mẫu có dung lượng quá lớn.
denied-form-expired = Biểu mẫu đã hết hạn hoặc không được gửi từ civicall. Vui lòng tải lại trang và thử lại.

# $count: số lượt đánh giá chính thức
evaluations-count = { $count } lượt đánh giá

language-choose = Ngôn ngữ
save = Lưu

nav-grading = Chấm điểm cuộc gọi
nav-callbacks = Gọi lại lấy ý kiến
nav-synthesis = Tổng hợp ý kiến người dân
nav-results = Kết quả
nav-my-department = Kết quả của phòng
nav-graders = Người chấm điểm
nav-users = Người dùng
nav-tokens = Mã truy cập API
nav-audit = Nhật ký hoạt động
nav-account = Tài khoản của tôi

role-admin = quản trị viên
role-hr = tổ chức cán bộ
role-grader = người chấm điểm
role-operator = tổng đài viên
role-supervisor = lãnh đạo phòng
role-intake = tiếp nhận dữ liệu

field-username = Tên đăng nhập
field-password = Mật khẩu

sign-in-failed = Đăng nhập không thành công: tên đăng nhập hoặc mật khẩu không đúng, hoặc chức năng đăng nhập đang tạm khóa do nhập sai nhiều lần. Vui lòng thử lại sau.
notice-password-changed = Mật khẩu đã được thay đổi. Vui lòng đăng nhập bằng mật khẩu mới.
notice-signed-out = Bạn đã đăng xuất.

account-title = Tài khoản của tôi
account-language = Ngôn ngữ
account-language-browser = Theo cài đặt của trình duyệt
account-language-hint = Mọi trang, tệp tải về và thông báo đều hiển thị bằng ngôn ngữ này, trong phiên hiện tại và các phiên sau. Kịch bản cuộc gọi vẫn giữ ngôn ngữ gốc.
notice-language-saved = Đã lưu ngôn ngữ.

password-change = Đổi mật khẩu
password-one-time-notice = Bạn đã đăng nhập bằng mật khẩu dùng một lần. Vui lòng đặt mật khẩu riêng để tiếp tục.
password-current = Mật khẩu hiện tại
password-new = Mật khẩu mới
password-new-again = Nhập lại mật khẩu mới
# $min: độ dài tối thiểu của mật khẩu
password-hint = Tối thiểu { $min } ký tự. Không chấp nhận mật khẩu phổ biến hoặc mật khẩu tạo từ họ tên. Sau khi đổi, vui lòng đăng nhập lại.
password-current-wrong = Mật khẩu hiện tại không đúng.
password-new-differ = Hai mật khẩu mới không khớp nhau.
password-same-as-current = Vui lòng chọn mật khẩu khác với mật khẩu hiện tại.
password-too-short = Mật khẩu mới: phải có ít nhất { $min } ký tự.
password-too-long = Mật khẩu mới: chỉ được tối đa { $max } ký tự.
password-easy-to-guess = Mật khẩu mới: quá dễ đoán. Vui lòng dùng một cụm từ dài hơn gồm các từ không liên quan đến nhau.

# $what: đối tượng cần tìm, ví dụ "người dùng 3"
not-found-verbatim = Không tìm thấy { $what }
# $language: mã ngôn ngữ đã gửi
account-language-unknown = civicall không hỗ trợ ngôn ngữ { $language }.
account-token-no-language = Mã truy cập API không có ngôn ngữ riêng; vui lòng gửi tiêu đề Accept-Language.
account-token-no-password = Mã truy cập API không có mật khẩu.

## Tiêu đề cột chỉ trình đọc màn hình đọc: cột chứa nút và liên kết, hoặc dấu đánh dấu.
column-actions = Thao tác
column-marks = Đánh dấu

## Văn bản tự do nhập qua biểu mẫu, yêu cầu và tệp: tên, nhãn và ý kiến.
# $character: ký tự bị từ chối, dạng U+XXXX
text-control-line = Hãy viết nội dung này trên một dòng văn bản thuần: nội dung chứa ký tự điều khiển { $character } (dấu xuống dòng, tab hoặc tương tự).
# $character: ký tự bị từ chối, dạng U+XXXX
text-control-prose = Hãy xóa ký tự điều khiển { $character } khỏi văn bản; dấu xuống dòng và tab thì được phép.
# $limit: số ký tự tối đa được phép; $count: số ký tự đã nhập
text-too-long = Ở đây chỉ được tối đa { $limit } ký tự; nội dung này có { $count } ký tự.
