## Общая для всех страниц терминология звонков: этапы звонка на нашей стороне,
## тип соединения, статусы оператора связи и единицы измерений.

## Состояния звонка (src/calls CallState), по значению: call-state-<value>.
call-state-scheduled = запланирован
call-state-dialing = набор номера
call-state-placed = вызов выполняется
call-state-ended = завершён
call-state-dial_failed = ошибка набора
call-state-canceled = отменён
call-state-missed = пропущен

## Тип соединения (src/calls/measures.rs Connection), по значению: connection-<value>.
connection-person = ответил человек
connection-voicemail = автоответчик
connection-busy = занято
connection-no-answer = нет ответа
connection-failed = ошибка
connection-canceled = отменён

## Статусы звонка у оператора связи (src/telephony CallStatus), по значению: call-status-<value>.
call-status-queued = в очереди
call-status-initiated = инициирован
call-status-ringing = идёт вызов
call-status-in-progress = идёт разговор
call-status-completed = завершён
call-status-busy = занято
call-status-no-answer = нет ответа
call-status-failed = ошибка
call-status-canceled = отменён

## Типы событий оператора связи (src/calls/measures.rs EventKind), по значению: call-event-<value>.
call-event-status = статус
call-event-flow = сценарий
call-event-recording = запись

## Единицы измерений звонка.

# $seconds: число секунд, уже отформатированное
call-seconds = { $seconds } с
# $seconds: время ответа в секундах, уже отформатированное; $count: число гудков
call-latency-with-rings = { $seconds } с ({ $count ->
    [one] { $count } гудок
    [few] { $count } гудка
    [many] { $count } гудков
   *[other] { $count } гудка
  })

## Состояние записи разговора (таблица recordings), по значению: recording-state-<value>.
recording-state-pending = ожидается
recording-state-available = доступна
recording-state-corrupt = повреждена
recording-state-failed = не получена
recording-state-purged = удалена
