# Problems the JSON API answers when the request itself could not be read.
api-bad-request = Không đọc được yêu cầu.
api-no-such-resource = Không có tài nguyên này.
api-method-not-allowed = Tài nguyên này không chấp nhận phương thức đó.
api-too-large = Nội dung yêu cầu quá lớn.
api-media-type = Nội dung yêu cầu phải là JSON (Content-Type: application/json).
api-bad-body = Nội dung yêu cầu thiếu hoặc sai các trường mà thao tác này cần.
api-rejected = { $what } ({ $reason })
api-limit-range = Danh sách có từ 1 đến 1.000 mục; { $limit } nằm ngoài khoảng đó.
