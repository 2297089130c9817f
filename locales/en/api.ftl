# Problems the JSON API answers when the request itself could not be read.
api-bad-request = The request could not be read.
api-no-such-resource = There is no such resource.
api-method-not-allowed = This resource does not accept that method.
api-too-large = The request body is too large.
api-media-type = The request body must be JSON (Content-Type: application/json).
api-bad-body = The request body does not have the fields this operation needs.
# { $what } is one of the messages above; { $reason } the parser's own words.
api-rejected = { $what } ({ $reason })
api-limit-range = A list holds 1 to 1,000 entries; { $limit } is outside that.
