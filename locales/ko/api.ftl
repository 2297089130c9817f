# Problems the JSON API answers when the request itself could not be read.
api-bad-request = 요청을 읽을 수 없습니다.
api-no-such-resource = 해당 리소스가 없습니다.
api-method-not-allowed = 이 리소스는 해당 메서드를 허용하지 않습니다.
api-too-large = 요청 본문이 너무 큽니다.
api-media-type = 요청 본문은 JSON이어야 합니다(Content-Type: application/json).
api-bad-body = 요청 본문에 이 작업에 필요한 필드가 없거나 올바르지 않습니다.
api-rejected = { $what } ({ $reason })
api-limit-range = 목록은 1~1,000개까지 요청할 수 있습니다. { $limit }은(는) 범위를 벗어났습니다.
