## "Cách tính các số liệu này": mô hình kết quả bằng lời dễ hiểu, cho bộ phận nhân sự và lãnh đạo phòng.

methods-title = Cách tính các số liệu này
methods-mean-heading = Điểm và điểm trung bình
methods-mean = Mỗi cuộc gọi đánh giá có tổng điểm từ 0 đến 100. Điểm trung bình của một cán bộ, một phòng hay một trung tâm là trung bình cộng các tổng điểm chính thức trong kỳ.
methods-interval-heading = Ý nghĩa của khoảng tin cậy
methods-interval = Bên cạnh mỗi điểm trung bình là khoảng tin cậy 95%: khoảng mà điểm trung bình thực gần như chắc chắn nằm trong đó, xét theo số cuộc gọi và mức dao động của chúng. Khoảng rộng nghĩa là "quá ít cuộc gọi để kết luận". Hai điểm trung bình có khoảng chồng lên nhau nhiều có thể thực ra không khác nhau.
methods-shrinkage-heading = Điểm xếp hạng (điều chỉnh)
methods-shrinkage = Điểm trung bình dựa trên ba cuộc gọi cho biết rất ít. Vì vậy xếp hạng dùng điểm xếp hạng: mỗi điểm trung bình được điều chỉnh về phía trung bình chung, càng ít cuộc gọi và các phòng (hoặc cán bộ) càng ít khác biệt thực sự thì điều chỉnh càng nhiều. Phòng có sáu mươi cuộc gọi gần như giữ nguyên điểm trung bình của mình; phòng có ba cuộc gọi được kéo mạnh về phía giữa. Dành cho chuyên gia: mô hình Bayes thực nghiệm chuẩn–chuẩn, các phương sai được ước lượng từ dữ liệu.
methods-rank-heading = Ý nghĩa của khoảng hạng
# $worlds: số khả năng mô phỏng làm căn cứ cho khoảng hạng
methods-rank = Mô hình mô phỏng { $worlds } khả năng của kỳ phù hợp với dữ liệu và xếp hạng tất cả trong từng khả năng. Khoảng hạng như "2–5 trên 6" chứa 95% số hạng ở giữa. Những đơn vị có khoảng hạng chồng lên nhau thì dữ liệu này không phân biệt được và được thể hiện là đồng hạng; chỉ hiển thị một hạng duy nhất khi dữ liệu xác định được hạng đó.
methods-flags-heading = Khi nào bị đánh dấu
# $level: tỷ lệ tháng không có khác biệt thực vẫn vượt qua kiểm định, dạng phần trăm; $probability: xác suất cần để đánh dấu, dạng phần trăm
methods-flags = Không ai bị đánh dấu chỉ vì vị trí trên bảng. Một phòng hay trung tâm chỉ bị đánh dấu cần bồi dưỡng khắc phục khi đủ hai điều kiện: dữ liệu cho thấy có khác biệt giữa các phòng (một tháng không có khác biệt thực chỉ vượt qua phép kiểm định này trong { $level } trường hợp), và đơn vị đó thấp hơn trung bình chung với xác suất ít nhất { $probability }. Khi dữ liệu không cho thấy khác biệt, trang kết quả nói rõ như vậy và không đánh dấu ai.
# $probability: xác suất cần để đưa vào danh sách, dạng phần trăm
methods-under = Cán bộ chỉ được đưa vào danh sách dưới ngưỡng của đợt đánh giá khi điểm trung bình của chính họ dưới ngưỡng và mô hình cho thấy điểm thực của họ dưới ngưỡng với xác suất ít nhất { $probability }.
methods-stars-heading = Cán bộ tiêu biểu
# $min: số lượt đánh giá chính thức tối thiểu; $probability: xác suất cần để là cán bộ tiêu biểu, dạng phần trăm
methods-stars = Cán bộ tiêu biểu cần có ít nhất { $min } lượt đánh giá chính thức trong tháng và phải nổi bật: cao hơn trung vị của cán bộ trung tâm với xác suất ít nhất { $probability }, trên dữ liệu có cho thấy khác biệt giữa các cán bộ. Tháng không có ai nổi bật thì không có cán bộ tiêu biểu, và trang nói rõ như vậy.
