## The call vocabulary every page shares: our side of a call's life, how
## it connected, the carrier's statuses and the units of its measures.

## Call states (src/calls CallState), shown by value: call-state-<value>.
call-state-scheduled = жоспарланған
call-state-dialing = нөмір терілуде
call-state-placed = қоңырау шалынды
call-state-ended = аяқталды
call-state-dial_failed = нөмір терілмеді
call-state-canceled = күші жойылды
call-state-missed = орындалмады

## How a call connected (src/calls/measures.rs Connection), shown by value: connection-<value>.
connection-person = адам жауап берді
connection-voicemail = автожауапбергіш
connection-busy = бос емес
connection-no-answer = жауап жоқ
connection-failed = сәтсіз
connection-canceled = күші жойылды

## The carrier's own call statuses (src/telephony CallStatus), shown by value: call-status-<value>.
call-status-queued = кезекте
call-status-initiated = басталды
call-status-ringing = қоңырау шалынуда
call-status-in-progress = сөйлесу жүріп жатыр
call-status-completed = аяқталды
call-status-busy = бос емес
call-status-no-answer = жауап жоқ
call-status-failed = сәтсіз
call-status-canceled = күші жойылды

## Kinds of carrier events (src/calls/measures.rs EventKind), shown by value: call-event-<value>.
call-event-status = мәртебе
call-event-flow = сценарий барысы
call-event-recording = жазба

## Units of a call's measures.

# $seconds: a number of seconds, already formatted for the locale
call-seconds = { $seconds } с
# $seconds: the answer latency in seconds, already formatted; $count: how many rings
call-latency-with-rings = { $seconds } с ({ $count ->
    [one] { $count } сигнал
   *[other] { $count } сигнал
  })

## A recording's state (the recordings table), shown by value: recording-state-<value>.
recording-state-pending = күтілуде
recording-state-available = қолжетімді
recording-state-corrupt = бүлінген
recording-state-failed = сәтсіз
recording-state-purged = жойылған
