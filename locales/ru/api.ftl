# Problems the JSON API answers when the request itself could not be read.
api-bad-request = Не удалось прочитать запрос.
api-no-such-resource = Такого ресурса нет.
api-method-not-allowed = Этот ресурс не принимает такой метод.
api-too-large = Тело запроса слишком велико.
api-media-type = Тело запроса должно быть в формате JSON (Content-Type: application/json).
api-bad-body = В теле запроса нет нужных для этой операции полей или они неверны.
api-rejected = { $what } ({ $reason })
api-limit-range = Список может содержать от 1 до 1000 записей; { $limit } — вне этого диапазона.
