## Khả năng liên lạc được tách riêng với chất lượng giao tiếp, và cách mỗi đợt đánh giá tính cuộc gọi không có người nghe vào điểm tổng hợp.

# $low, $high: hai đầu của khoảng tin cậy 95% cho một tỷ lệ, đã viết dưới dạng phần trăm
results-rate-interval = { $low }–{ $high }
# $answered: số cuộc gọi cán bộ đã nghe máy; $calls: số cuộc gọi đánh giá đã gọi tới được máy
results-answered-of = { $answered } trên { $calls }
results-column-answer-rate = Tỷ lệ nghe máy
results-answer-rate-hint = Tỷ lệ cuộc gọi đánh giá mà cán bộ nghe máy, kèm khoảng tin cậy 95%
results-column-median-rings = Số hồi chuông trung vị
results-median-rings-hint = Số hồi chuông trước khi cán bộ nhấc máy (trung vị trên các cuộc gọi có người nghe), kèm khoảng tin cậy 95%
results-column-courtesy = Giao tiếp (cuộc gọi có người nghe)
results-courtesy-hint = Tổng điểm trung bình trên các cuộc gọi cán bộ đã nghe máy, kèm khoảng tin cậy 95%: cán bộ ứng xử thế nào khi đã liên lạc được
results-column-combined = Điểm tổng hợp
# $policy: tên cách tính; $explained: nội dung cách tính
results-policy-one = Điểm tổng hợp: { $policy } — { $explained }
# $policies: tên các cách tính, phân cách bằng dấu chấm phẩy
results-policy-mixed = Điểm tổng hợp ở đây gộp các đợt đánh giá có cách tính cuộc gọi không có người nghe khác nhau: { $policies }.
results-policy-more = Cách tính cuộc gọi không có người nghe
# $rate: tỷ lệ nghe máy dạng phần trăm; $low, $high: khoảng tin cậy 95% của tỷ lệ đó; $calls: số cuộc gọi đánh giá
stars-reach = nghe máy { $rate } ({ $low }–{ $high }) trên { $calls } cuộc gọi
# $mean: điểm giao tiếp; $count: số cuộc gọi có người nghe đã được chấm; $interval: khoảng tin cậy 95% của điểm đó
stars-courtesy = giao tiếp { $mean } qua { $count } cuộc gọi có người nghe, { $interval }
scorecard-column-month = Tháng

policy-zero = Cuộc gọi không có người nghe tính 0 điểm
policy-zero-explained = mỗi cuộc gọi không có người nghe được tính như một cuộc gọi 0 điểm, nên điểm tổng hợp giảm theo tỷ lệ nghe máy.
policy-exclude = Không tính cuộc gọi không có người nghe
policy-exclude-explained = điểm tổng hợp là điểm giao tiếp trên các cuộc gọi có người nghe; tỷ lệ nghe máy được báo cáo riêng.
policy-connection = Cuộc gọi không có người nghe chỉ tính ở các tiêu chí kết nối
policy-connection-explained = mỗi cuộc gọi không có người nghe chỉ được tính bằng phần của một cuộc gọi tương ứng với trọng số của các tiêu chí nhấc máy và kết nối trong kịch bản, với 0 điểm ở các tiêu chí đó.

campaign-field-unanswered_policy = Cuộc gọi không có người nghe trong điểm tổng hợp
campaign-new-policy-hint = Tỷ lệ nghe máy và điểm giao tiếp luôn được hiển thị riêng. Lựa chọn này quyết định cách tính cuộc gọi không có người nghe vào điểm tổng hợp duy nhất dùng để xếp hạng cán bộ. Lựa chọn được cố định khi tạo đợt đánh giá và được ghi rõ trên mọi trang kết quả và tệp tải về.
# $value: giá trị đã gửi
campaign-policy-unknown = “{ $value }” không phải là cách tính cuộc gọi không có người nghe: hãy chọn zero, exclude hoặc connection.

export-column-answer-rate = tỷ lệ nghe máy %
export-column-answer-rate-low = tỷ lệ nghe máy, cận dưới KTC 95%
export-column-answer-rate-high = tỷ lệ nghe máy, cận trên KTC 95%
export-column-median-rings = số hồi chuông trung vị
export-column-median-rings-low = số hồi chuông trung vị, cận dưới KTC 95%
export-column-median-rings-high = số hồi chuông trung vị, cận trên KTC 95%
export-column-courtesy = giao tiếp (cuộc gọi có người nghe)
export-column-courtesy-low = giao tiếp, cận dưới KTC 95%
export-column-courtesy-high = giao tiếp, cận trên KTC 95%
export-column-policy = cách tính cuộc gọi không có người nghe
export-figure-policy = cách tính cuộc gọi không có người nghe

methods-reach-heading = Khả năng liên lạc tách riêng với giao tiếp
methods-reach = Hai câu hỏi được trả lời riêng vì cách khắc phục khác nhau. Khả năng liên lạc: điện thoại có được nghe máy đều đặn hay không — tỷ lệ cuộc gọi đánh giá mà cán bộ nghe máy (kèm khoảng tin cậy Wilson 95%) và số hồi chuông trung vị trước khi nhấc máy (kèm khoảng tin cậy 95% đúng với mọi phân phối của số hồi chuông). Giao tiếp: cán bộ ứng xử thế nào khi đã liên lạc được — tổng điểm trung bình chỉ tính trên các cuộc gọi có người nghe, kèm khoảng tin cậy 95%. Cuộc gọi không thành công do lỗi từ phía hệ thống không được tính vào cả hai chỉ số, còn cuộc gọi bị hủy (cán bộ vắng mặt) không được tính ở bất kỳ đâu.
methods-policy-heading = Cuộc gọi không có người nghe trong điểm tổng hợp
methods-policy = Xếp hạng, đánh dấu và cán bộ tiêu biểu dùng chung một điểm tổng hợp. Cách tính cuộc gọi không có người nghe vào điểm này do từng đợt đánh giá quy định, được chọn khi tạo đợt đánh giá; mọi trang kết quả và tệp tải về đều ghi rõ các cách tính làm căn cứ cho số liệu của mình.
