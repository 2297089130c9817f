# Problems the JSON API answers when the request itself could not be read.
api-bad-request = 无法读取该请求。
api-no-such-resource = 没有这个资源。
api-method-not-allowed = 该资源不接受此方法。
api-too-large = 请求正文过大。
api-media-type = 请求正文必须是 JSON（Content-Type: application/json）。
api-bad-body = 请求正文缺少此操作所需的字段，或字段有误。
api-rejected = { $what }（{ $reason }）
api-limit-range = 列表可包含 1 至 1,000 条；{ $limit } 超出此范围。
