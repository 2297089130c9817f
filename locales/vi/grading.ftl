## Bàn chấm điểm, đối chiếu độ thống nhất giữa người chấm và các thông báo từ chối khi chấm.
## Nhãn tiêu chí, tên phần, các mức thang điểm và hướng dẫn lấy từ kịch bản
## cuộc gọi theo ngôn ngữ của kịch bản, không nằm trong tệp này.

## Xếp loại (src/grading/scoring.rs Band), hiển thị theo giá trị: band-<giá trị>.
band-excellent = xuất sắc
band-good = tốt
band-needs_improvement = cần cải thiện

## Trang chấm điểm.

desk-title = Chấm điểm cuộc gọi
# $id: số hiệu nhiệm vụ
desk-task-number = Nhiệm vụ { $id }
desk-kind-first = chấm điểm
desk-kind-second = chấm lần hai, chấm độc lập
desk-kind-adjudication = chấm thẩm định: hai người chấm không thống nhất
# $seconds: số giây từ hồi chuông đầu tiên đến khi nhấc máy, đã định dạng; $count: số hồi chuông
desk-answered-after = nhấc máy sau { $seconds } giây ({ $count } hồi chuông)
# $seconds: số giây từ hồi chuông đầu tiên đến khi nhấc máy, đã định dạng
desk-answered-after-seconds = nhấc máy sau { $seconds } giây
desk-answered-unknown = nhấc máy sau —
# $time: giờ trong ngày, ví dụ 14:05:30
desk-held-until = được giữ đến { $time }

desk-recording = Bản ghi âm
desk-play = Phát
desk-pause = Tạm dừng
desk-play-title = Phát hoặc tạm dừng (Space)
desk-back = −5 giây
desk-back-title = Lùi lại 5 giây (←)
desk-speed = Tốc độ
desk-waveform = Dạng sóng: phía trên là người gọi, phía dưới là cán bộ
desk-stages = Các phần của cuộc gọi: chuyển đến điểm bắt đầu của từng phần
desk-keys-hint = Phím tắt: Space phát/tạm dừng · ← lùi 5 giây · 1–5 chấm tiêu chí đang chọn · N không áp dụng · ↑/↓ chuyển giữa các tiêu chí · [ ] chậm hơn/nhanh hơn

desk-measured = Tiêu chí đo tự động
desk-measured-title = Đo tự động từ cuộc gọi
desk-measured-yes = có
desk-measured-no = không
desk-measured-unknown = không xác định

desk-critical = bắt buộc
desk-critical-title = Không đạt tiêu chí này thì cả cuộc gọi không đạt
# $weight: trọng số của tiêu chí trong tổng điểm
desk-weight = trọng số { $weight }
desk-level-yes = có
desk-level-no = không
desk-not-applicable = không áp dụng
desk-item-comment = Nhận xét (không bắt buộc)
desk-call-comment = Nhận xét chung về cuộc gọi
desk-submit = Gửi kết quả chấm
desk-release-label = Lý do trả lại nhiệm vụ
desk-release-choose = Trả lại vì…
desk-release = Trả lại
desk-submitted = Đã gửi
desk-next-task = Nhiệm vụ tiếp theo

## Lý do người chấm trả lại nhiệm vụ (src/grading/desk.rs RELEASE_REASONS):
## desk-release-reason-<giá trị lưu trữ>.
desk-release-reason-bad_audio = âm thanh kém
desk-release-reason-wrong_number = nhầm số
desk-release-reason-not_evaluation_call = không phải cuộc gọi đánh giá
desk-release-reason-knows_person = tôi quen người nghe máy

## Thông báo hiển thị trong khi người chấm làm việc.

# $time: thời điểm bản nháp được lưu
desk-draft-saved = Đã lưu nháp lúc { $time }
desk-draft-not-saved = Chưa lưu được bản nháp
# $items: nhãn các tiêu chí chưa chấm, phân cách bằng dấu chấm phẩy
desk-still-open = Vui lòng chấm tất cả các tiêu chí, hoặc đánh dấu không áp dụng nếu được phép. Còn thiếu: { $items }
desk-not-accepted = Kết quả chấm chưa được chấp nhận.
# $total: tổng điểm của cuộc gọi trên thang 100, đã định dạng; $band: xếp loại, ví dụ "xuất sắc"
desk-result = Tổng điểm { $total } ({ $band }).
# $total: tổng điểm của cuộc gọi trên thang 100, đã định dạng; $band: xếp loại, ví dụ "cần cải thiện"
desk-result-critical-failed = Tổng điểm { $total } ({ $band }). Có tiêu chí bắt buộc không đạt.
desk-release-choose-reason = Vui lòng chọn lý do trả lại nhiệm vụ.
desk-release-failed = Không trả lại được nhiệm vụ.
desk-hold-lost = Bạn không còn giữ nhiệm vụ này. Vui lòng nhận nhiệm vụ tiếp theo.

## Khi không có cuộc gọi nào chờ chấm.

desk-empty = Hiện chưa có cuộc gọi nào chờ bạn chấm. Bản ghi âm mới sẽ được bổ sung khi các cuộc gọi được thực hiện; vui lòng kiểm tra lại sau.
desk-check-again = Kiểm tra lại

## Đối chiếu độ thống nhất giữa người chấm.

calibration-title = Độ thống nhất giữa người chấm điểm
calibration-agreement = Mức độ thống nhất trên các cuộc gọi được chấm hai lần
# $count: số cuộc gọi được hai người chấm
calibration-double-graded = { $count } cuộc gọi được hai người chấm.
calibration-figure = Chỉ số
calibration-value = Giá trị
calibration-calls = Cuộc gọi
calibration-icc = Tổng điểm: hệ số tương quan nội lớp ICC(2,1)
calibration-alpha-interval = Tổng điểm: hệ số alpha Krippendorff (khoảng)
# $points: chênh lệch tối đa giữa hai tổng điểm, tính bằng điểm
calibration-within-points = Tổng điểm chênh lệch không quá { $points } điểm
calibration-script = Kịch bản
calibration-item = Tiêu chí
calibration-alpha-ordinal = Alpha (thứ bậc)
calibration-kappa = Kappa có trọng số
calibration-no-double-graded = Chưa có cuộc gọi nào được chấm hai lần.
calibration-graders = Người chấm điểm
calibration-grader = Người chấm
calibration-sheets = Phiếu chấm
calibration-median-time = Thời gian trung vị mỗi nhiệm vụ
calibration-leniency = Độ dễ dãi
calibration-final-calls = Cuộc gọi có kết quả chính thức
calibration-adjudications = Lượt chấm thẩm định
# $minutes: số phút, đã định dạng
calibration-minutes = { $minutes } phút
calibration-no-sheets = Chưa có phiếu chấm nào.
calibration-leniency-hint = Độ dễ dãi là chênh lệch trung bình giữa tổng điểm của một người chấm và điểm chính thức của cùng các cuộc gọi: giá trị dương nghĩa là người đó chấm cao hơn kết quả chính thức.

## Thông báo từ chối của trang chấm điểm và API.

# $id: số hiệu nhiệm vụ
grading-not-found-held-task = Bạn không giữ nhiệm vụ { $id }: nhiệm vụ không thuộc về bạn hoặc thời gian giữ đã kết thúc.
# $id: số hiệu nhiệm vụ
grading-not-found-evaluation = Không tìm thấy lượt đánh giá của nhiệm vụ { $id }.
# $id: số hiệu nhiệm vụ
grading-not-found-audio = Không tìm thấy bản ghi âm của nhiệm vụ { $id }.
# $id: số hiệu bản ghi âm
grading-not-found-recording = Không tìm thấy bản ghi âm { $id }.
# $id: số hiệu bản ghi âm
grading-recording-unsafe-path = Bản ghi âm { $id } có đường dẫn không an toàn nên không được cung cấp.
grading-hold-ended = bạn không còn giữ nhiệm vụ này; vui lòng nhận nhiệm vụ tiếp theo
grading-release-reason-missing = vui lòng nêu lý do trả lại nhiệm vụ (âm thanh kém, nhầm số…)
grading-draft-too-large = bản nháp có dung lượng quá lớn
# $items: mã các tiêu chí chưa chấm, phân cách bằng dấu phẩy
grading-not-answered = chưa chấm: { $items }
# $item: mã tiêu chí trong kịch bản cuộc gọi
grading-item-not-graded = tiêu chí “{ $item }” không thuộc phần người chấm cho điểm
# $item: mã tiêu chí trong kịch bản cuộc gọi
grading-item-missing = tiêu chí “{ $item }” chưa có điểm; mọi tiêu chí trong phiếu đều phải được chấm (hoặc đánh dấu “không áp dụng” nếu tiêu chí cho phép)
# $item: mã tiêu chí trong kịch bản cuộc gọi
grading-item-unknown = tiêu chí “{ $item }” không có trong phiếu chấm của kịch bản này
# $item: mã tiêu chí; $value: giá trị đã nhập; $min, $max: hai đầu thang điểm
grading-item-out-of-scale = tiêu chí “{ $item }”: { $value } nằm ngoài thang điểm; vui lòng nhập giá trị từ { $min } đến { $max }
# $item: mã tiêu chí trong kịch bản cuộc gọi
grading-item-na-not-allowed = tiêu chí “{ $item }” không được đánh dấu “không áp dụng”; vui lòng cho điểm
# $item: mã tiêu chí trong kịch bản cuộc gọi
grading-item-duplicate = tiêu chí “{ $item }” được chấm nhiều hơn một lần
# $field: tên trường dữ liệu của nhà mạng
grading-carrier-field-missing = Dữ liệu ghi âm nhà mạng gửi về thiếu trường { $field }.
# $field: tên trường dữ liệu của nhà mạng; $value: giá trị nhà mạng gửi
grading-carrier-field-not-number = { $field }: “{ $value }” không phải là số.
