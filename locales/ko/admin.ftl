## 운영 및 관리: 평가 계획과 통화, 사용자, API 토큰, 감사 로그,
## 평가 계획·통화·계정·직원 명단 가져오기의 거부 메시지.

## 평가 계획 페이지 (관리자와 인사 담당자의 첫 화면).

admin-campaigns-heading = 전화 친절도 평가 계획
admin-campaigns-column-campaign = 평가 계획
admin-campaigns-column-state = 상태
admin-campaigns-column-period = 기간
admin-campaigns-column-calls-each = 1인당 통화
admin-campaigns-column-planned = 계획
admin-campaigns-column-waiting = 대기
admin-campaigns-column-in-progress = 진행 중
admin-campaigns-column-ended = 종료
admin-campaigns-column-reached = 직접 응답
# $count: 기간 안에 배정하지 못한 계획 통화 수
admin-campaigns-short = ({ $count }건 미배정)
# $command: 평가 계획을 만드는 명령줄
# $start, $end: 첫날과 마지막 날, 이미 서식 지정됨
admin-period = { $start } – { $end }
admin-calls-recent = 최근 통화

## 평가 계획 상태 (campaigns 테이블), 값별 표시: campaign-state-<value>.
campaign-state-active = 진행 중
campaign-state-paused = 일시 중지
campaign-state-canceled = 취소됨

## 평가 계획 상세.

admin-campaign-period = 기간
admin-campaign-window = 통화 시간대
# $start, $end: 현지 시각, HH:MM
admin-campaign-window-value = 현지 시각 { $start }–{ $end }, 각 부서 근무 시간 내
admin-campaign-calls-per-staff = 직원 회선당 통화 수
admin-campaign-scripts = 시나리오
admin-campaign-planned = 계획
# $count: 계획된 통화 수; $short: 남은 근무일에 배정하지 못한 통화 수
admin-campaign-planned-short = { $count }건(남은 근무일에 배정하지 못한 통화 { $short }건)
admin-campaign-calls = 통화

## 통화 목록.

admin-calls-column-call = 통화
admin-calls-column-when = 일시
admin-calls-column-line = 회선
admin-calls-column-script = 시나리오
admin-calls-column-state = 상태
admin-calls-column-connection = 연결
admin-calls-column-latency = 응답 시간
admin-calls-column-rings = 벨 울림
admin-calls-column-duration = 통화 시간
admin-calls-column-recording = 녹음
admin-calls-listen = 듣기
admin-calls-column-staff = 직원
admin-calls-line-check = 회선 점검
admin-calls-citizen-callback = 민원인 해피콜
admin-calls-in-progress = 진행 중
admin-calls-in-progress-none = 지금 진행 중인 통화가 없습니다.
# $count: 목록에 없는, 나중에 걸 예정인(또는 일시 중지된 계획의) 통화 수
admin-calls-scheduled-later = 이후에 걸 예정인 통화가 { $count }건 더 있습니다.
admin-calls-history = 지난 통화
admin-calls-history-none = 끝난 통화가 아직 없습니다.

## 통화 상세.

# $id: 통화 번호
admin-call-number = 통화 #{ $id }
admin-call-line = 회선
admin-call-script = 시나리오
admin-call-carrier-call = 통신사 통화 ID
admin-call-connection = 연결
admin-call-latency = 응답 시간
admin-call-duration = 통화 시간
admin-call-problem = 문제
admin-call-missed-no-day = 평가 기간 내에 남은 근무일이 없음
# $sid: 통신사의 녹음 ID
admin-call-recording = 녹음 { $sid }
admin-call-stages = 확인된 단계
# $stage: 통화 시나리오의 단계; $seconds: 응답 후 경과 초, 이미 서식 지정됨
admin-call-stage-at = { $stage }: 응답 후 { $seconds }초
admin-call-measured = 측정 항목
admin-call-measured-stage = 단계
admin-call-measured-item = 항목
admin-call-measured-result = 결과
admin-call-measured-yes = 예
admin-call-measured-no = 아니요
admin-call-events = 통신사 이벤트
admin-call-events-received = 수신 일시
admin-call-events-kind = 유형
admin-call-events-status = 상태
admin-call-events-sequence = 순번
admin-call-events-stage = 단계

## 사용자.

admin-users-title = 사용자
# $username: 새 계정의 아이디
admin-users-created = { $username } 계정을 만들었습니다. 임시 비밀번호는 지금 한 번만 표시되니 안전하게 전달하십시오:
# $username: 비밀번호를 초기화한 계정
admin-users-password-reset = { $username } 계정의 비밀번호를 새로 발급했습니다. 임시 비밀번호는 지금 한 번만 표시되니 안전하게 전달하십시오:
admin-users-column-name = 이름
admin-users-column-roles = 역할
admin-users-column-status = 상태
admin-users-status-disabled = 비활성
admin-users-status-one-time = 임시 비밀번호
admin-users-status-active = 활성
admin-users-enable = 활성화
admin-users-disable = 비활성화
admin-users-reset-password = 비밀번호 초기화
admin-users-senior-hint = 선임 평가자는 두 평가자 간의 이견을 조정합니다
admin-users-senior = 선임 평가자 ✓
admin-users-make-senior = 선임 평가자로 지정
admin-users-line-placeholder = 본인 회선, +82…
admin-users-line-label = 상담원 본인 회선
admin-users-centre-label = 기관
admin-users-all-centres = 모든 기관
admin-users-save-line = 회선 저장
admin-users-add = 사용자 추가
admin-users-full-name = 성명
admin-users-department = 부서 코드(부서장: 열람할 수 있는 부서, 평가자: 본인 소속 부서이며 이 부서는 평가하지 않음)
admin-users-create = 임시 비밀번호로 생성
# $code: 입력한 부서 코드
admin-users-no-department = 부서: "{ $code }" 부서가 없습니다.
# $code: 선택한 기관 코드
admin-users-no-centre = 기관 코드: "{ $code }" 기관이 없습니다.

## API 토큰.

admin-tokens-title = API 토큰
# $name: 새 토큰의 용도
admin-tokens-created = { $name } 토큰을 만들었습니다. 토큰은 지금 한 번만 표시되니 연동 시스템의 비밀 정보 저장소에 보관하십시오:
admin-tokens-column-name = 이름
admin-tokens-column-roles = 역할
admin-tokens-column-expires = 만료
admin-tokens-column-last-used = 마지막 사용
admin-tokens-column-status = 상태
admin-tokens-never-used = 사용 안 함
admin-tokens-status-revoked = 폐기됨
admin-tokens-status-active = 활성
admin-tokens-revoke = 폐기
admin-tokens-none = 토큰이 없습니다.
admin-tokens-create-heading = 토큰 생성
admin-tokens-purpose = 용도
admin-tokens-purpose-placeholder = 순번대기시스템, 1번 기관
admin-tokens-valid-days = 유효 기간(일)
admin-tokens-create = 생성

## 감사 로그.

admin-audit-title = 감사 로그
admin-audit-filter-action = 작업
admin-audit-filter-any = 전체
admin-audit-filter-actor = 수행자
admin-audit-filter = 조회
admin-audit-export = CSV 내보내기
admin-audit-column-when = 일시
admin-audit-column-who = 수행자
admin-audit-column-what = 작업
admin-audit-column-on = 대상
admin-audit-column-from = 접속 주소
admin-audit-column-detail = 세부 내용
admin-audit-none = 기록된 내용이 없습니다.

## CSV로 내보낸 감사 로그의 열 제목.
admin-audit-csv-id = 번호
admin-audit-csv-at = 일시(UTC)
admin-audit-csv-actor-kind = 수행자 유형
admin-audit-csv-actor-id = 수행자 ID
admin-audit-csv-actor-name = 수행자 이름
admin-audit-csv-action = 작업
admin-audit-csv-target-kind = 대상 유형
admin-audit-csv-target-id = 대상 ID
admin-audit-csv-address = 접속 주소
admin-audit-csv-detail = 세부 내용

## 감사 대상 작업 (src/auth/audit.rs Action), 값별 표시: audit-action-<value>.
audit-action-login = 로그인
audit-action-login_failed = 로그인 실패
audit-action-logout = 로그아웃
audit-action-password_changed = 비밀번호 변경
audit-action-language_changed = 언어 변경
audit-action-password_reset = 비밀번호 초기화
audit-action-user_created = 사용자 생성
audit-action-user_disabled = 사용자 비활성화
audit-action-user_enabled = 사용자 활성화
audit-action-token_created = 토큰 생성
audit-action-token_revoked = 토큰 폐기
audit-action-recording_played = 녹음 재생
audit-action-recording_downloaded = 녹음 다운로드
audit-action-citizen_phone_viewed = 민원인 전화번호 열람
audit-action-score_changed = 점수 변경
audit-action-data_exported = 데이터 내보내기
audit-action-settings_changed = 설정 변경
audit-action-campaign_changed = 평가 계획 변경
audit-action-roster_imported = 직원 명단 가져오기
audit-action-retention_run = 보존 기간 경과 자료 파기

## 수행자 유형별 표시.
# $name: 사용자의 아이디
audit-actor-user = { $name }(사용자)
# $name: API 토큰의 용도
audit-actor-token = { $name }(토큰)
# $name: 서비스 자체 이름
audit-actor-system = { $name }(시스템)
# $name: 로그인을 시도한 아이디
audit-actor-anonymous = { $name }(익명)

## 작업 대상, 기록 유형별 표시.
# $id: 사용자 번호
audit-target-user = 사용자 { $id }
# $id: 토큰 번호
audit-target-api_token = API 토큰 { $id }
# $id: 평가 계획 번호
audit-target-campaign = 평가 계획 { $id }
# $id: 해피콜 번호
audit-target-callback = 해피콜 { $id }
# $id: 평가 작업 번호
audit-target-grading_task = 평가 작업 { $id }
# $id: 녹음 번호
audit-target-recording = 녹음 { $id }

## 거부 메시지: 계정과 토큰.

# $role: 역할이 아닌 입력값
user-role-unknown = "{ $role }"은(는) 올바른 역할이 아닙니다(admin, hr, grader, operator, supervisor, intake 중 하나).
user-roles-none = 역할을 하나 이상 지정하십시오.
user-username-invalid = 아이디: 문자, 숫자, 마침표, 하이픈, 밑줄로 2~64자를 입력하십시오.
# $username: 요청한 아이디
user-username-taken = 아이디: "{ $username }"은(는) 이미 사용 중입니다.
user-disable-self = 본인 계정은 비활성화할 수 없습니다.
token-name-required = 토큰의 용도를 입력하십시오.
# $min, $max: 가장 짧은 유효 기간과 가장 긴 유효 기간(일)
token-days-range = 토큰 유효 기간은 { $min }~{ $max }일입니다.
token-days-not-number = 일수를 숫자로 입력하십시오.

## 거부 메시지: 평가 계획.

# $value: 입력한 값
campaign-time-invalid = "{ $value }"은(는) 09:30과 같은 시각 형식이 아닙니다.
campaign-name-required = 평가 계획 이름을 입력하십시오.
campaign-scripts-none = 평가 시나리오를 하나 이상 지정하십시오.
# $script: 입력한 시나리오 ID
campaign-script-unknown = call-scripts/에 "{ $script }" 통화 시나리오가 없습니다.
# $script: 시나리오 ID; $kind: 시나리오 유형 (callback 등의 코드)
campaign-script-not-evaluation = "{ $script }"은(는) 평가 시나리오가 아니라 { $kind } 시나리오입니다.
campaign-end-before-start = 종료일이 시작일보다 앞섭니다.
# $min, $max: 직원 회선당 최소·최대 통화 수
campaign-calls-per-staff-range = 직원 회선당 통화 수는 { $min }~{ $max } 사이여야 합니다.
campaign-window-empty = 통화 시간대의 종료 시각은 시작 시각보다 늦어야 합니다.
# $code: 입력한 부서 코드
campaign-department-unknown = 직원 명단에 "{ $code }" 부서가 없습니다.
campaign-period-over = 이미 종료된 기간입니다.
campaign-no-staff = 이 평가 계획에 해당하는 재직 중인 평가 대상 직원이 없습니다.
# $id: 평가 계획 번호; $state: 현재 상태 (active, paused, canceled)
campaign-cannot-pause = { $id }번 평가 계획은 { $state ->
    [active] 진행 중이므로
    [paused] 이미 일시 중지되었으므로
    [canceled] 취소되었으므로
   *[other] { $state } 상태이므로
  } 일시 중지할 수 없습니다.
# $id: 평가 계획 번호; $state: 현재 상태 (active, paused, canceled)
campaign-cannot-resume = { $id }번 평가 계획은 { $state ->
    [active] 이미 진행 중이므로
    [paused] 일시 중지 상태이므로
    [canceled] 취소되었으므로
   *[other] { $state } 상태이므로
  } 재개할 수 없습니다.
# $id: 평가 계획 번호; $state: 현재 상태 (active, paused, canceled)
campaign-cannot-cancel = { $id }번 평가 계획은 { $state ->
    [active] 진행 중이므로
    [paused] 일시 중지 상태이므로
    [canceled] 이미 취소되었으므로
   *[other] { $state } 상태이므로
  } 취소할 수 없습니다.

## 거부 메시지: 통화와 녹음.

# $value: 입력한 번호
call-number-not-international = "{ $value }"은(는) +821012345678과 같은 국제 전화번호 형식이 아닙니다.
# $script: 입력한 시나리오 ID
call-script-unknown = "{ $script }" 통화 시나리오가 없습니다.
# $name: 통신사가 보내지 않은 매개변수
call-webhook-param-missing = 통신사 요청에 { $name } 값이 없습니다.
# $status: 통신사가 보낸 상태
call-webhook-status-unknown = "{ $status }"은(는) 이 서비스에서 알 수 없는 통화 상태입니다.
# $value: 전송된 값
call-webhook-not-a-number = "{ $value }"은(는) 숫자가 아닙니다.
# $id: 통화 번호; $known: 저장된 통신사 통화 ID; $sid: 요청에 들어 있는 ID
call-webhook-other-call = { $id }번 통화의 통신사 통화 ID는 { $sid }이(가) 아니라 { $known }입니다.
# $id: 녹음 번호
recording-path-unsafe = { $id }번 녹음의 파일 경로가 안전하지 않습니다.

## 찾을 수 없음.

# $id: 사용자 번호
not-found-user = { $id }번 사용자를 찾을 수 없습니다.
# $action: 주소에 들어 있는 작업
not-found-user-action = 사용자 작업 "{ $action }"이(가) 없습니다.
# $id: 토큰 번호
not-found-token = 활성 상태인 { $id }번 토큰을 찾을 수 없습니다.
# $id: 평가 계획 번호
not-found-campaign = { $id }번 평가 계획을 찾을 수 없습니다.
# $action: 주소에 들어 있는 작업
not-found-campaign-action = 평가 계획 작업 "{ $action }"이(가) 없습니다.
# $script: 시나리오 ID
not-found-script = 통화 시나리오 { $script }을(를) 찾을 수 없습니다.
# $script: 시나리오 ID; $version: 버전
not-found-script-version = 시나리오 { $script }의 { $version } 버전을 찾을 수 없습니다.
# $id: 통화 번호
not-found-call = { $id }번 통화를 찾을 수 없습니다.
# $id: 녹음 번호
not-found-recording-audio = { $id }번 녹음의 음성 파일을 이용할 수 없습니다.
# $id: 부서 번호
not-found-department = { $id }번 부서를 찾을 수 없습니다.
# $id: 직원 번호
not-found-staff = { $id }번 직원을 찾을 수 없습니다.
# $id: 기관 번호
not-found-centre = { $id }번 기관을 찾을 수 없습니다.

## 직원 명단: 가져오기 파일이나 레코드의 문제 하나, 열별.
## 파일의 문제 목록에서 필드 "phone": 뒤에 이어서 표시됩니다.

# $file: 파일 이름; $line: 줄 번호 (머리글이 1번째 줄); $field: 열; $problem: 문제 내용
roster-problem-line = { $file }:{ $line }: 필드 "{ $field }": { $problem }
# $field: 열; $problem: 문제 내용
roster-field-problem = { $field }: { $problem }
# $file: 파일 이름; $error: 저장에 실패한 이유
roster-import-failed = { $file }: 아무것도 가져오지 않았습니다: { $error }
# $content_type: 전송된 Content-Type
roster-import-not-csv = 파일을 Content-Type: text/csv로 보내십시오(받은 값: "{ $content_type }").
roster-input-invalid = 입력 값이 올바르지 않습니다.
# $detail: JSON 해석기가 보낸 원래 메시지
roster-body-invalid = 요청 본문이 예상한 JSON 형식이 아닙니다: { $detail }
# $detail: JSON 해석기가 보낸 원래 메시지
roster-body-unreadable = 요청 본문을 읽을 수 없습니다: { $detail }
# $body: 본문의 키; $path: 주소의 키
roster-key-differs = 본문의 "{ $body }"이(가) URL의 "{ $path }"와(과) 다릅니다

# $error: 시스템 메시지
roster-file-unreadable = 읽을 수 없음: { $error }
# $error: CSV 해석기 메시지
roster-header-unreadable = 첫 줄을 읽을 수 없음: { $error }
# $columns: 열 이름, 쉼표로 구분
roster-file-empty = 파일이 비어 있습니다. 첫 줄에 열 이름을 적어야 합니다: { $columns }
# $error: CSV 해석기 메시지
roster-row-unreadable = 이 줄을 읽을 수 없음: { $error }
# $count: 이 줄의 필드 수; $expected: 머리글의 필드 수
roster-row-field-count = 필드가 { $count }개이지만 머리글은 { $expected }개입니다. 쉼표가 들어간 값은 큰따옴표로 묶어야 합니다
roster-not-utf8 = UTF-8 텍스트가 아닙니다. 파일을 CSV UTF-8 형식으로 저장하십시오
# $column: 열 이름
roster-column-twice = "{ $column }" 열이 두 번 나옵니다
# $column: 발견된 열 이름; $columns: 필요한 열 이름, 쉼표로 구분
roster-column-unknown = 알 수 없는 열 "{ $column }". 사용할 수 있는 열: { $columns }
# $column: 열 이름
roster-column-missing = 필수 열 "{ $column }"이(가) 없습니다

# $field: 열
roster-field-required = { $field } 값은 필수입니다
# $value: 입력한 코드
roster-code-spaces = "{ $value }"에는 공백이나 '/'를 쓸 수 없습니다
# $value: 입력한 텍스트
roster-flag-invalid = "{ $value }"은(는) yes 또는 no가 아닙니다(yes/no, true/false, y/n, 1/0, 빈칸은 yes)
# $value: 입력한 사유
roster-exclusion-needs-ineligible = 제외 사유 "{ $value }"이(가) 있지만 eligible이 yes입니다. eligible을 no로 바꾸거나 사유를 지우십시오
# $code: 입력한 부서 코드
roster-department-unknown = "{ $code }" 부서가 없습니다. 부서 파일을 먼저 가져오십시오
# $code: 입력한 부서 코드; $suggestion: 대소문자만 다른 기존 코드
roster-department-unknown-suggest = "{ $code }" 부서가 없습니다(혹시 "{ $suggestion }"입니까?). 부서 파일을 먼저 가져오십시오
# $code: 부서 코드; $first: 처음 나온 줄
roster-department-repeated = "{ $code }" 부서가 이미 { $first }번째 줄에 있습니다
# $centre: 기관 코드; $name: 앞 줄에서의 이름; $first: 그 줄
roster-centre-other-name = { $first }번째 줄에서는 "{ $centre }" 기관의 이름이 "{ $name }"입니다
# $centre: 기관 코드; $zone: 앞 줄에서의 시간대; $first: 그 줄
roster-centre-other-zone = { $first }번째 줄에서는 "{ $centre }" 기관의 시간대가 "{ $zone }"입니다
# $value: 사번; $first: 처음 나온 줄
roster-employee-repeated = 사번 "{ $value }"이(가) 이미 { $first }번째 줄에 있습니다

roster-time-zone-required = 시간대는 필수입니다(Asia/Seoul과 같은 IANA 이름)
# $value: 입력한 텍스트
roster-time-zone-unknown = "{ $value }"은(는) IANA 시간대 이름이 아닙니다(예: Asia/Seoul, Asia/Almaty)
# $value: 입력한 근무일; $day: 요일이 아닌 부분
roster-weekday-unknown = "{ $value }": "{ $day }"은(는) 요일이 아닙니다(mon, tue, … sun)
roster-work-days-required = 근무일을 하나 이상 지정해야 합니다(예: mon-fri)
# $value: 입력한 텍스트
roster-time-invalid = "{ $value }"은(는) HH:MM 형식의 시각이 아닙니다(예: 09:00)
# $start, $end: 시각, HH:MM
roster-work-end-before-start = 근무 종료 시각 { $end }이(가) 시작 시각 { $start }보다 늦지 않습니다
roster-lunch-end-required = lunch_start가 있으므로 lunch_end도 필요합니다
roster-lunch-start-required = lunch_end가 있으므로 lunch_start도 필요합니다
# $start, $end: 시각, HH:MM
roster-lunch-end-before-start = 점심시간 종료 시각 { $end }이(가) 시작 시각 { $start }보다 늦지 않습니다
# $lunch_start, $lunch_end: 점심시간; $start, $end: 근무 시간; 모두 HH:MM
roster-lunch-outside-hours = 점심시간 { $lunch_start }–{ $lunch_end }이(가) 근무 시간 { $start }–{ $end } 안에 있지 않습니다

roster-phone-required = 전화번호는 필수입니다
# $value: 입력한 번호
roster-phone-invalid = "{ $value }"은(는) 올바른 전화번호가 아닙니다
# $value: 입력한 번호; $region: + 없는 번호를 해석하는 국가 코드
roster-phone-invalid-in-region = "{ $value }"은(는) { $region } 지역의 올바른 전화번호가 아닙니다
# $value: 입력한 번호; $region: 설정된 기본 지역
roster-phone-no-region = "{ $value }"에 국가 번호(+…)가 없고, 기본 지역 "{ $region }"이(가) 두 글자 국가 코드가 아닙니다
# $value: 입력한 번호; $extension: 번호에 들어 있는 내선 번호
roster-phone-extension = "{ $value }"에 내선 번호({ $extension })가 들어 있습니다. 직원의 직통 번호를 입력하십시오
