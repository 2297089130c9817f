## Thuật ngữ cuộc gọi dùng chung cho mọi trang: trạng thái cuộc gọi phía hệ thống,
## kết quả kết nối, trạng thái của nhà mạng và đơn vị đo.

## Trạng thái cuộc gọi (src/calls CallState), hiển thị theo giá trị: call-state-<giá trị>.
call-state-scheduled = đã lên lịch
call-state-dialing = đang quay số
call-state-placed = đã gọi đi
call-state-ended = đã kết thúc
call-state-dial_failed = quay số không thành công
call-state-canceled = đã hủy
call-state-missed = bỏ lỡ

## Kết quả kết nối (src/calls/measures.rs Connection), hiển thị theo giá trị: connection-<giá trị>.
connection-person = có người nghe máy
connection-voicemail = hộp thư thoại
connection-busy = máy bận
connection-no-answer = không nghe máy
connection-failed = không kết nối được
connection-canceled = đã hủy

## Trạng thái cuộc gọi của nhà mạng (src/telephony CallStatus), hiển thị theo giá trị: call-status-<giá trị>.
call-status-queued = đang chờ
call-status-initiated = đã khởi tạo
call-status-ringing = đang đổ chuông
call-status-in-progress = đang đàm thoại
call-status-completed = đã hoàn tất
call-status-busy = máy bận
call-status-no-answer = không nghe máy
call-status-failed = không thành công
call-status-canceled = đã hủy

## Loại sự kiện của nhà mạng (src/calls/measures.rs EventKind), hiển thị theo giá trị: call-event-<giá trị>.
call-event-status = trạng thái
call-event-flow = luồng cuộc gọi
call-event-recording = ghi âm

## Đơn vị đo của cuộc gọi.

# $seconds: số giây, đã định dạng theo ngôn ngữ
call-seconds = { $seconds } giây
# $seconds: thời gian nhấc máy tính bằng giây, đã định dạng; $count: số hồi chuông
call-latency-with-rings = { $seconds } giây ({ $count } hồi chuông)

## Trạng thái bản ghi âm (bảng recordings), hiển thị theo giá trị: recording-state-<giá trị>.
recording-state-pending = đang chờ
recording-state-available = sẵn sàng
recording-state-corrupt = bị lỗi
recording-state-failed = không lấy được
recording-state-purged = đã xóa
