# Problems the JSON API answers when the request itself could not be read.
api-bad-request = Сұрауды оқу мүмкін болмады.
api-no-such-resource = Мұндай ресурс жоқ.
api-method-not-allowed = Бұл ресурс мұндай әдісті қабылдамайды.
api-too-large = Сұрау денесі тым үлкен.
api-media-type = Сұрау денесі JSON пішімінде болуы керек (Content-Type: application/json).
api-bad-body = Сұрау денесінде осы әрекетке қажетті өрістер жоқ немесе олар қате.
api-rejected = { $what } ({ $reason })
api-limit-range = Тізімде 1-ден 1 000-ға дейін жазба болады; { $limit } бұл ауқымнан тыс.
