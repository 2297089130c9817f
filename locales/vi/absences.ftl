## Cán bộ vắng mặt: nhập từ tệp CSV, hiển thị trên trang của từng cán bộ; các
## cuộc gọi thực hiện vào ngày vắng mặt bị hủy (vẫn được lưu giữ và hiển thị,
## nhưng không được tính ở bất kỳ đâu).

# $value: mã cán bộ ghi trong tệp
absence-unknown-staff = Không có cán bộ nào có mã cán bộ “{ $value }”.
# $value: giá trị ghi trong tệp
absence-day-invalid = “{ $value }” không phải là ngày theo định dạng như 2026-11-03.
absence-last-before-first = Ngày cuối sớm hơn ngày đầu.
# $days: số ngày vắng mặt dài nhất được ghi trên một dòng
absence-too-long = Mỗi dòng chỉ được ghi một đợt vắng mặt dài tối đa { $days } ngày; hãy chia thành nhiều dòng.
# $value: giá trị ghi trong tệp; $kinds: các loại vắng mặt được phép ghi
absence-kind-unknown = “{ $value }” không phải là loại vắng mặt; hãy dùng một trong các giá trị: { $kinds }.

## Các loại vắng mặt, hiển thị theo giá trị: absence-kind-<value>.
absence-kind-leave = nghỉ phép
absence-kind-sick = nghỉ ốm
absence-kind-trip = đi công tác
absence-kind-training = đi bồi dưỡng
absence-kind-other = vắng mặt vì lý do khác

## Phần tải lên trên trang danh sách cán bộ, và trang của từng cán bộ.
roster-upload-absences = Vắng mặt (nghỉ phép, nghỉ ốm, công tác, bồi dưỡng)
# $columns: các cột của tệp; $kinds: các loại vắng mặt
roster-upload-absences-hint = Tệp vắng mặt có các cột { $columns }; kind là một trong các giá trị { $kinds }; để trống last_day nghĩa là vắng mặt một ngày. Cán bộ không bị gọi vào ngày vắng mặt: các cuộc gọi đã lên lịch được chuyển sang ngày khác, còn cuộc gọi đánh giá đã thực hiện vào ngày đó sẽ bị hủy và được thay bằng một cuộc gọi khác.
# $file: tên tệp
roster-upload-absences-done = Đã tải lên { $file }: thêm mới { $created } lượt vắng mặt, { $unchanged } lượt đã có; chuyển ngày { $moved } cuộc gọi đã lên lịch, hủy { $voided } lượt đánh giá, lên lịch { $replacements } cuộc gọi thay thế.
roster-absences = Vắng mặt
roster-absence-days = Ngày
roster-absence-kind = Loại
roster-absence-note = Ghi chú
roster-absences-none = Chưa ghi nhận lượt vắng mặt nào.

## Bảng điểm: các lượt đánh giá bị hủy do cán bộ vắng mặt.
scorecard-voided-heading = Lượt đánh giá bị hủy
scorecard-voided-hint = Các cuộc gọi thực hiện vào ngày cán bộ vắng mặt. Các cuộc gọi này được lưu giữ tại đây và không được tính ở bất kỳ đâu; mỗi cuộc gọi đã được lên lịch một cuộc gọi thay thế.
scorecard-voided-reason = Lý do
# $kind: loại vắng mặt; $from, $to: ngày đầu và ngày cuối
scorecard-voided-absent = Vắng mặt ({ $kind }) { $from } – { $to }
