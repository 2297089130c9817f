## 各页面共用的通话用语：本系统一侧的通话状态、接通情况、运营商状态及测量单位。

## Call states (src/calls CallState), shown by value: call-state-<value>.
call-state-scheduled = 已排期
call-state-dialing = 正在拨号
call-state-placed = 已呼出
call-state-ended = 已结束
call-state-dial_failed = 拨号失败
call-state-canceled = 已取消
call-state-missed = 已错过

## How a call connected (src/calls/measures.rs Connection), shown by value: connection-<value>.
connection-person = 人工接听
connection-voicemail = 语音信箱
connection-busy = 占线
connection-no-answer = 无人接听
connection-failed = 呼叫失败
connection-canceled = 已取消

## The carrier's own call statuses (src/telephony CallStatus), shown by value: call-status-<value>.
call-status-queued = 排队中
call-status-initiated = 已发起
call-status-ringing = 振铃中
call-status-in-progress = 通话中
call-status-completed = 已完成
call-status-busy = 占线
call-status-no-answer = 无人接听
call-status-failed = 失败
call-status-canceled = 已取消

## Kinds of carrier events (src/calls/measures.rs EventKind), shown by value: call-event-<value>.
call-event-status = 状态
call-event-flow = 流程
call-event-recording = 录音

## 通话测量值的单位。

# $seconds: a number of seconds, already formatted for the locale
call-seconds = { $seconds }秒
# $seconds: the answer latency in seconds, already formatted; $count: how many rings
call-latency-with-rings = { $seconds }秒（振铃{ $count }次）

## A recording's state (the recordings table), shown by value: recording-state-<value>.
recording-state-pending = 待获取
recording-state-available = 可用
recording-state-corrupt = 已损坏
recording-state-failed = 获取失败
recording-state-purged = 已清除
