## The call vocabulary every page shares: our side of a call's life, how
## it connected, the carrier's statuses and the units of its measures.

## Call states (src/calls CallState), shown by value: call-state-<value>.
call-state-scheduled = scheduled
call-state-dialing = dialing
call-state-placed = placed
call-state-ended = ended
call-state-dial_failed = dial failed
call-state-canceled = canceled
call-state-missed = missed

## How a call connected (src/calls/measures.rs Connection), shown by value: connection-<value>.
connection-person = person
connection-voicemail = voicemail
connection-busy = busy
connection-no-answer = no answer
connection-failed = failed
connection-canceled = canceled

## The carrier's own call statuses (src/telephony CallStatus), shown by value: call-status-<value>.
call-status-queued = queued
call-status-initiated = initiated
call-status-ringing = ringing
call-status-in-progress = in progress
call-status-completed = completed
call-status-busy = busy
call-status-no-answer = no answer
call-status-failed = failed
call-status-canceled = canceled

## Kinds of carrier events (src/calls/measures.rs EventKind), shown by value: call-event-<value>.
call-event-status = status
call-event-flow = flow
call-event-recording = recording

## Units of a call's measures.

# $seconds: a number of seconds, already formatted for the locale
call-seconds = { $seconds } s
# $seconds: the answer latency in seconds, already formatted; $count: how many rings
call-latency-with-rings = { $seconds } s ({ $count ->
    [one] { $count } ring
   *[other] { $count } rings
  })

## A recording's state (the recordings table), shown by value: recording-state-<value>.
recording-state-pending = pending
recording-state-available = available
recording-state-corrupt = corrupt
recording-state-failed = failed
recording-state-purged = purged
