## 모든 페이지에 공통인 통화 용어: 통화 진행 상태, 연결 결과,
## 통신사 상태, 측정 단위.

## 통화 상태 (src/calls CallState), 값별 표시: call-state-<value>.
call-state-scheduled = 예약됨
call-state-dialing = 발신 중
call-state-placed = 발신됨
call-state-ended = 종료
call-state-dial_failed = 발신 실패
call-state-canceled = 취소됨
call-state-missed = 미실시

## 통화 연결 결과 (src/calls/measures.rs Connection), 값별 표시: connection-<value>.
connection-person = 직접 응답
connection-voicemail = 음성사서함
connection-busy = 통화 중
connection-no-answer = 무응답
connection-failed = 실패
connection-canceled = 취소됨

## 통신사의 통화 상태 (src/telephony CallStatus), 값별 표시: call-status-<value>.
call-status-queued = 대기
call-status-initiated = 발신 시작
call-status-ringing = 신호 가는 중
call-status-in-progress = 진행 중
call-status-completed = 완료
call-status-busy = 통화 중
call-status-no-answer = 무응답
call-status-failed = 실패
call-status-canceled = 취소됨

## 통신사 이벤트 유형 (src/calls/measures.rs EventKind), 값별 표시: call-event-<value>.
call-event-status = 상태
call-event-flow = 진행
call-event-recording = 녹음

## 통화 측정 단위.

# $seconds: 초 단위 수치, 이미 로캘에 맞게 서식 지정됨
call-seconds = { $seconds }초
# $seconds: 응답 시간(초), 이미 서식 지정됨; $count: 벨 울림 횟수
call-latency-with-rings = { $seconds }초(벨 { $count }회)

## 녹음 상태 (recordings 테이블), 값별 표시: recording-state-<value>.
recording-state-pending = 대기 중
recording-state-available = 이용 가능
recording-state-corrupt = 손상됨
recording-state-failed = 실패
recording-state-purged = 파기됨
