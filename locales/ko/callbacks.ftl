## 민원 해피콜: 상담원 화면, 일일 무작위 추출, 민원 처리 내역 수신,
## 기관장 보고용 종합.

## 상담원 화면: 오늘의 해피콜.

callbacks-page-title = 해피콜
callbacks-today-heading = 오늘의 해피콜
callbacks-notice-saved = 통화 결과를 저장했습니다.
callbacks-notice-saved-nothing-due = 통화 결과를 저장했습니다. 지금 처리할 다른 해피콜은 없습니다.
callbacks-notice-nothing-due = 지금 처리할 해피콜이 없습니다.
callbacks-notice-not-available = 지금은 맡을 수 없는 해피콜입니다.
callbacks-no-line = 계정에 전화 회선이 등록되어 있지 않아 연결 통화를 위해 상담원 전화를 울릴 수 없습니다. 다른 방법으로 건 통화는 그대로 기록할 수 있습니다.
# $hours: 통화 가능 시간, 예: "월요일–금요일 08:00–11:00 (Asia/Seoul)"
callbacks-hours = 통화 가능 시간: { $hours }.
# $hours: 통화 가능 시간, 예: "월요일–금요일 08:00–11:00 (Asia/Seoul)"
callbacks-hours-closed = 통화 가능 시간: { $hours } — 지금은 통화 시간이 아닙니다.
# $hours: 통화 가능 시간; $when: 통화를 다시 시작하는 날짜와 시각 (기관 시간대 기준)
callbacks-hours-closed-until = 통화 가능 시간: { $hours } — 지금은 통화 시간이 아닙니다. { $when }에 다시 시작합니다.
# $days: 통화 요일 (범위 또는 요일 목록); $start, $end: 시각 (08:00); $zone: 기관 시간대, 예: Asia/Seoul
callbacks-hours-description = { $days } { $start }–{ $end } ({ $zone })
# $first, $last: 연속된 통화 요일의 첫 요일과 마지막 요일
callbacks-hours-day-range = { $first }–{ $last }
# 데모(serve --demo)의 상담원 화면에만 표시됨: 데모 기관은 시간과 관계없이 시민에게 전화할 수 있음. 실제 기관은 08:00 이전이나 21:00 이후에는 절대 전화하지 않음
callbacks-hours-demo = 데모: 언제든 해피콜을 해 볼 수 있도록 통화 가능 시간을 넓혔습니다.
callbacks-take-next = 다음 해피콜 받기
callbacks-column-number = #
callbacks-column-service = 민원 업무
callbacks-column-visited = 방문 일시
callbacks-column-served-by = 담당 직원
callbacks-column-phone = 전화번호
callbacks-column-state = 상태
callbacks-column-attempts = 시도
callbacks-column-next-try = 다음 시도
callbacks-taken = (다른 상담원이 처리 중)
callbacks-continue = 계속
callbacks-take = 받기
callbacks-none-today = 오늘은 해피콜이 없습니다.

## 해피콜 처리 상태 (callbacks.state), 값별 표시: callbacks-state-<value>.
callbacks-state-open = 통화 예정
callbacks-state-closed = 완료
callbacks-state-unreachable = 연락 불가

## 통화 시도 결과 (callbacks.outcome, callback_attempts.outcome), 값별 표시: outcome-<value>.
outcome-reached = 통화 완료
outcome-no_answer = 무응답
outcome-busy = 통화 중
outcome-wrong_number = 잘못된 번호
outcome-refused = 응답 거부
outcome-call_later = 나중에 통화 요청
outcome-never_call = 연락 거부 요청
outcome-do_not_call = 연락 금지 명단 등록

## 통화 시도 방법 (callback_attempts.method), 값별 표시: callbacks-method-<value>.
callbacks-method-bridged = 연결 통화
callbacks-method-other = 기타 방법

## 민원인의 방문 경로 (service_visits.channel), 값별 표시: visits-channel-<value>.
visits-channel-counter = 창구 방문
visits-channel-phone = 전화
visits-channel-online = 온라인

## 민원인 의견 분류 (callbacks.category), 값별 표시: comment-category-<value>.
comment-category-praise = 칭찬
comment-category-complaint = 불만
comment-category-suggestion = 건의
comment-category-question = 문의
comment-category-process = 절차
comment-category-other = 기타
comment-category-uncategorised = 미분류

## 상담원이 맡은 해피콜 한 건.

# $id: 해피콜 번호
callbacks-callback-title = { $id }번 해피콜
callbacks-notice-saved-next = 직전 통화 결과를 저장했습니다. 다음 해피콜입니다.
callbacks-notice-ringing = 상담원 전화가 울리고 있습니다. 전화를 받으면 민원인과 연결됩니다.
callbacks-notice-cannot-call = 지금은 전화를 걸 수 없습니다(통화 가능 시간이 아니거나, 계정에 회선이 없거나, 민원인이 연락을 원하지 않음).
callbacks-visit = 민원 처리 내역
callbacks-citizen = 민원인
callbacks-number = 전화번호
callbacks-no-number = 남은 번호 없음
callbacks-service = 민원 업무
callbacks-visited = 방문 일시
# $when: 방문 일시; $channel: 방문 경로 (창구 방문, 전화, 온라인); $centre: 기관 이름
callbacks-visited-detail = { $when }({ $channel }), { $centre }
callbacks-served-by = 담당 직원
callbacks-earlier-attempts = 이전 시도
# $when: 시도 일시; $outcome: 결과; $method: 시도 방법 (연결 통화, 기타 방법)
callbacks-attempt-line = { $when } — { $outcome }({ $method })
callbacks-no-attempts = 아직 없습니다.
callbacks-call-button = 전화 걸기(상담원 전화가 먼저 울린 뒤 민원인에게 연결)
callbacks-outside-hours-hint = 이 기관의 통화 가능 시간이 아닙니다. 다른 방법으로 한 통화 시도를 기록하거나, 통화 가능 시간에 다시 처리하십시오.
callbacks-refresh = 새로 고침
callbacks-script = 통화 시나리오
callbacks-script-read-first = 먼저 읽어 줄 내용:
callbacks-script-listen = 듣기

## 해피콜 페이지에 표시되며 진행에 따라 갱신되는 연결 통화 상황.

# $id: 통화 번호; $state: 통화 진행 상태 (읽는 사람의 언어)
callbacks-call-progress = 연결 통화 #{ $id }: { $state }.
# $id: 통화 번호; $state: 통화 진행 상태; $connection: 연결 결과 (직접 응답, 음성사서함…)
callbacks-call-progress-connected = 연결 통화 #{ $id }: { $state }, { $connection }.
# $id: 통화 번호; $state: 통화 진행 상태; $seconds: 통화 시간, 서식 지정된 수
callbacks-call-progress-timed = 연결 통화 #{ $id }: { $state }({ $seconds }초).
# $id: 통화 번호; $state: 통화 진행 상태; $connection: 연결 결과; $seconds: 통화 시간, 서식 지정된 수
callbacks-call-progress-connected-timed = 연결 통화 #{ $id }: { $state }, { $connection }({ $seconds }초).

## 연결 통화 녹음 상태 (recordings.state), 값별 표시: callbacks-recording-<value>.
callbacks-recording-pending = 녹음 파일을 받는 중입니다.
callbacks-recording-available = 통화가 녹음되었습니다.
callbacks-recording-corrupt = 녹음 파일이 손상된 채로 도착했습니다.
callbacks-recording-failed = 녹음 파일을 가져오지 못했습니다.
callbacks-recording-purged = 보존 기간이 지나 녹음이 파기되었습니다.

## 통화 결과 입력 양식.

callbacks-outcome = 통화 결과
callbacks-outcome-question = 통화 결과는 어떠했습니까?
callbacks-satisfaction-legend = 만족도: 1(매우 불만족)~5(매우 만족), 통화가 된 경우
callbacks-satisfaction-staff = 직원의 응대 태도
callbacks-satisfaction-process = 처리 절차
callbacks-satisfaction-overall = 전반적 만족도
callbacks-comments = 의견
callbacks-questions = 문의
callbacks-suggestions = 건의
callbacks-category = 분류
callbacks-follow-up-needed = 후속 조치 필요
callbacks-follow-up-by = 후속 조치 담당
callbacks-save-and-next = 저장 후 다음 받기
callbacks-save-outcome = 결과 저장

## 상담원 화면의 거부 메시지.

# $id: 해피콜 번호
callbacks-not-held = { $id }번 해피콜은 현재 배정받은 해피콜이 아닙니다.
# $id: 해피콜 번호
callbacks-not-available = { $id }번 해피콜은 처리할 시기가 아니거나, 맡을 수 없거나, 다른 상담원이 처리 중입니다.
# $id: 해피콜 번호
callbacks-no-bridged-call = { $id }번 해피콜에는 아직 연결 통화가 없습니다.
# $id: 해피콜 번호
callbacks-not-found = { $id }번 해피콜이 없습니다.
callbacks-satisfaction-range = 1(매우 불만족)~5(매우 만족) 사이로 입력하십시오.
callbacks-satisfaction-only-reached = 만족도는 통화가 된 민원인에 대해서만 입력할 수 있습니다.
callbacks-call-back-at-required = 민원인이 요청한 통화 시각을 입력하십시오.
callbacks-call-back-at-invalid = 다시 걸 날짜와 시각을 입력하십시오.
# $categories: API가 받는 분류 코드, 예: "praise, complaint, suggestion"
callbacks-invalid-category = 다음 분류 중 하나를 사용하십시오: { $categories }.
callbacks-follow-up-by-required = 후속 조치 담당자를 입력하십시오.
callbacks-outside-calling-hours = 이 기관의 통화 가능 시간이 아닙니다. 해피콜은 다음 통화 시간까지 대기합니다.
callbacks-no-operator-line = 계정에 연결할 전화 회선이 없습니다. 관리자에게 회선 등록을 요청하십시오.
callbacks-no-citizen-number = 민원인이 전화번호를 남기지 않았습니다. 통화 결과만 기록하십시오.
callbacks-citizen-do-not-call = 민원인이 다시는 연락하지 말 것을 요청했습니다.

## 일일 추출과 추출 설정.

# $centre: 요청한 기관 코드
callbacks-no-centre = "{ $centre }" 기관이 없습니다.
# $centre: 기관 코드; $day: 날짜 (읽는 사람의 날짜 표기)
callbacks-no-draw = { $centre } 기관의 { $day } 추출 내역이 없습니다.
# $value: 설정에 적힌 값
callbacks-setting-stratify-invalid = "{ $value }"은(는) 추출 층화 방식이 아닙니다. none, department, service 중 하나를 사용하십시오.
# $value: 설정에 적힌 값
callbacks-setting-draw-at-invalid = "{ $value }"은(는) 08:30과 같은 시각 형식이 아닙니다.
# $value: 설정에 적힌 값
callbacks-setting-days-invalid = "{ $value }"은(는) mon-fri 또는 mon,wed,fri와 같은 통화 요일 목록이 아닙니다.
# $value: 설정에 적힌 값
callbacks-setting-time-invalid = "{ $value }"은(는) HH:MM 형식의 시각이 아닙니다(예: 09:00).
# $centre: 기관 코드; $earliest, $latest: 민원인에게 전화할 수 있는 가장 이른 시각과 가장 늦은 시각 (08:00, 21:00)
callbacks-setting-no-time = { $centre } 기관의 통화 가능 시간으로는 { $earliest }~{ $latest } 사이에 통화할 시간이 없습니다.

## 민원 처리 내역 수신 (CSV 파일 또는 JSON 목록). 각 문제에는 메시지와 별도로
## 줄 번호(파일) 또는 위치(목록)와 필드가 표시됩니다.

visits-send-csv = 파일을 text/csv로 보내십시오.
# $source: 파일 이름; $count: 발견된 문제 수
visits-import-rejected = { $source }: 아무것도 가져오지 않았습니다. 문제 { $count }건.
# $count: 전송된 목록에서 발견된 문제 수
visits-push-rejected = 아무것도 가져오지 않았습니다. 문제 { $count }건.
visits-file-unreadable = 파일을 읽을 수 없습니다.
# $columns: 파일에 있어야 하는 열 이름, 쉼표로 구분
visits-header-unreadable = 파일의 첫 줄에 열 이름이 있어야 합니다: { $columns }.
# $value: 발견된 열 이름; $columns: 파일에 있어야 하는 열 이름
visits-unknown-column = 알 수 없는 열 "{ $value }". 사용할 수 있는 열: { $columns }.
# $value: 열 이름
visits-column-twice = "{ $value }" 열이 두 번 나옵니다.
# $column: 열 이름
visits-missing-column = 필수 열 "{ $column }"이(가) 없습니다.
visits-row-unreadable = 이 줄을 읽을 수 없습니다. 필드 수가 머리글과 다르거나, 쉼표가 들어간 값이 큰따옴표로 묶여 있지 않습니다.
visits-not-utf8 = 이 값은 UTF-8 텍스트가 아닙니다. 파일을 CSV UTF-8 형식으로 저장하십시오.
visits-external-id-required = 순번대기시스템의 방문 ID는 필수입니다.
# $value: 외부 ID
visits-external-id-repeated-line = "{ $value }"이(가) 앞 줄에도 있습니다.
# $value: 외부 ID
visits-external-id-repeated-list = "{ $value }"이(가) 목록 앞부분에도 있습니다.
# $value: 입력한 기관 코드
visits-unknown-centre = "{ $value }"은(는) 명단에 있는 기관이 아닙니다.
# $value: 입력한 시각; $zone: 기관 시간대
visits-time-gap = "{ $value }"은(는) { $zone } 시간대에 존재하지 않는 시각입니다(서머타임 전환 구간).
# $value: 입력한 시각
visits-invalid-time = "{ $value }"은(는) 2026-03-02 14:05 또는 2026-03-02T14:05:00+09:00과 같은 시각 형식이 아닙니다.
# $value: 입력한 번호; $region: 번호를 해석하는 국가 (KR, VN, KZ…)
visits-invalid-phone = "{ $value }"은(는) { $region } 지역의 올바른 전화번호가 아닙니다.
# $value: 국가 번호가 포함된 입력 번호
visits-invalid-phone-international = "{ $value }"은(는) 올바른 전화번호가 아닙니다.
visits-service-required = 민원 업무는 필수입니다.
# $value: 입력한 부서 코드
visits-unknown-department = "{ $value }"은(는) 명단에 있는 부서가 아닙니다.
# $value: 입력한 사번
visits-unknown-staff = "{ $value }"은(는) 명단에 있는 직원이 아닙니다.
# $value: 입력한 방문 경로
visits-invalid-channel = "{ $value }"은(는) 방문 경로가 아닙니다. counter, phone, online 중 하나를 사용하십시오.
# $value: 입력한 답
visits-invalid-consent = "{ $value }"은(는) yes 또는 no가 아닙니다(yes/no, true/false, y/n, 1/0, 빈칸은 no: 동의한 민원인에게만 전화합니다).

## 기관장 보고용 종합.

synthesis-title = 해피콜 종합
# $centre: 기관 이름; $period: 표시하는 날, 주 또는 달
synthesis-heading = 해피콜 종합 · { $centre } · { $period }
synthesis-centre = 기관
synthesis-period = 기간
synthesis-date = 날짜
synthesis-show = 조회

## 종합 기간, 값별 표시: synthesis-span-<value>, synthesis-previous-<value>, synthesis-next-<value>.
synthesis-span-day = 일간
synthesis-span-week = 주간
synthesis-span-month = 월간
synthesis-previous-day = ← 전날
synthesis-previous-week = ← 이전 주
synthesis-previous-month = ← 이전 달
synthesis-next-day = 다음 날 →
synthesis-next-week = 다음 주 →
synthesis-next-month = 다음 달 →

# $week: ISO 주 번호; $year: 해당 연도; $first, $last: 그 주의 월요일과 일요일 날짜
synthesis-period-week = { $year }년 { $week }주차({ $first } – { $last })

synthesis-printable = 인쇄용 보기
synthesis-xlsx = XLSX 내려받기(전체 표)
synthesis-csv = CSV:

## 종합의 표: 링크, 시트, CSV 파일 이름, 값별 표시: synthesis-table-<value>.
synthesis-table-summary = 요약
synthesis-table-departments = 부서별
synthesis-table-services = 민원 업무별
synthesis-table-staff = 직원별
synthesis-table-comments = 의견
synthesis-table-follow-ups = 후속 조치
synthesis-table-callbacks = 해피콜 목록

synthesis-follow-ups = 미완료 후속 조치
synthesis-number-column = #
synthesis-day = 날짜
synthesis-who-follows-up = 후속 조치 담당
synthesis-about = 대상
synthesis-what-said = 민원인 의견
synthesis-done = 완료
synthesis-no-follow-up = 미완료 후속 조치가 없습니다.

synthesis-drawn = 추출
synthesis-reached = 통화 완료
# $share: 통화 완료 비율 (백분율)
synthesis-reach-share = (종료 건 중 { $share })
synthesis-reach-share-hint = 통화 시도가 끝난 해피콜 대비
synthesis-unreachable = 연락 불가
synthesis-refused = 응답 거부
synthesis-wrong-number = 잘못된 번호
synthesis-never-call = 연락 거부 요청
synthesis-pending = 통화 예정
synthesis-staff-attitude = 직원 응대 태도
synthesis-process = 처리 절차
synthesis-overall = 전반적 만족도
# $n: 이 질문에 답한 민원인 수
synthesis-score-scale = / 5, n={ $n }

synthesis-wrong-number-short = 번호 오류
synthesis-never-call-short = 연락 거부
synthesis-pending-short = 예정
synthesis-reached-percent = 통화 완료 %
synthesis-no-draw = 이 기간에는 추출 내역이 없습니다.

synthesis-department = 부서
synthesis-service = 민원 업무
synthesis-staff-member = 직원
synthesis-overall-distribution = 전반적 만족도 1 → 5
synthesis-nobody-reached = 아직 통화가 된 민원인이 없습니다.
synthesis-no-department = (부서 없음)

# $score: 민원인의 전반적 만족도, 1~5
synthesis-remark-overall = 전반적 만족도 { $score }/5
# $id: 해피콜 번호
synthesis-remark-callback = #{ $id }
synthesis-remark-comment = 의견:
synthesis-remark-question = 문의:
synthesis-remark-suggestion = 건의:
synthesis-no-remarks = 이 기간에는 의견이나 건의가 없습니다.

synthesis-day-by-day = 일별 현황
synthesis-by-department = 부서별 만족도
synthesis-by-service = 민원 업무별
synthesis-by-staff = 직원별
synthesis-by-category = 분류별 민원인 의견

## 인쇄용 종합.

# $centre: 기관 이름; $period: 표시하는 날, 주 또는 달
synthesis-print-title = 민원 해피콜 · { $centre } · { $period }
# $centre: 기관 이름
synthesis-print-heading = 민원 해피콜 · { $centre }
synthesis-print-method = 민원 업무를 이용하고 연락에 동의한 민원인 중 무작위 추출
# $when: 보고서 작성 일시 (기관 시간대 기준)
synthesis-print-prepared = 작성 { $when }
synthesis-print = 인쇄

## 종합의 거부 메시지.

# $centre: 요청한 기관 코드
synthesis-no-such-centre = 열람할 수 있는 "{ $centre }" 기관이 없습니다.
synthesis-no-centres = 명단에 아직 기관이 없습니다.
# $id: 해피콜 번호
synthesis-no-open-follow-up = { $id }번 해피콜에는 미완료 후속 조치가 없습니다.
# $table: 요청한 표; $tables: 사용할 수 있는 표, 쉼표로 구분
synthesis-unknown-table = "{ $table }" 표가 없습니다. 다음 중 하나를 사용하십시오: { $tables }.

## 종합 내려받기 (CSV, XLSX): 시트 이름과 열 제목.

# $table: 표 이름 (요약, 부서별…); $centre: 기관 코드; $period: 기간의 짧은 표기 (2026-W36)
synthesis-sheet = { $table } { $centre } { $period }
synthesis-total = 합계
synthesis-col-day = 날짜
synthesis-col-drawn = 추출
synthesis-col-reached = 통화 완료
synthesis-col-unreachable = 연락 불가
synthesis-col-refused = 응답 거부
synthesis-col-wrong-number = 잘못된 번호
synthesis-col-do-not-call = 연락 금지
synthesis-col-pending = 통화 예정
synthesis-col-reached-percent = 통화 완료 %
synthesis-col-staff-mean = 직원 응대 태도(평균)
synthesis-col-process-mean = 처리 절차(평균)
synthesis-col-overall-mean = 전반적 만족도(평균)
# $score: 응답 값, 1~5
synthesis-col-overall-answer = 전반적 만족도 = { $score }
synthesis-col-department-code = 부서 코드
synthesis-col-department = 부서
synthesis-col-service = 민원 업무
synthesis-col-service-name = 민원 업무명
synthesis-col-employee-no = 사번
synthesis-col-name = 성명
synthesis-col-category = 분류
synthesis-col-callback = 해피콜
synthesis-col-staff-member = 직원
synthesis-col-overall = 전반적 만족도
synthesis-col-comments = 의견
synthesis-col-questions = 문의
synthesis-col-suggestions = 건의
synthesis-col-who-follows-up = 후속 조치 담당
synthesis-col-what-said = 민원인 의견
synthesis-col-life-situation = 생활 상황
synthesis-col-channel = 방문 경로
synthesis-col-state = 상태
synthesis-col-outcome = 통화 결과
synthesis-col-attempts = 시도 횟수
synthesis-col-staff-attitude = 직원 응대 태도
synthesis-col-process = 처리 절차
synthesis-col-follow-up-by = 후속 조치 담당

## What the operator hears on their own phone before a bridged call.
bridge-connecting = 민원인과 연결합니다. 이 통화는 녹음됩니다.
bridge-number-gone = 민원인의 전화번호를 더 이상 사용할 수 없습니다.
