## 페이지에서 하는 운영 관리: 운영 현황, 계획 미리 보기가 있는 양식으로 만드는
## 평가 계획, 직원 명단, 사용자의 역할과 소속 부서.

## 운영 현황 (관리자의 첫 화면).
nav-overview = 운영 현황
overview-heading = 운영 현황
admin-campaigns-none = 아직 평가 계획이 없습니다. “새 평가 계획”으로 시작하십시오.
overview-grading = 평가할 녹음
# $held: 지금 평가자가 배정받아 평가 중인 작업 수; $graded: 최근 24시간 동안 제출된 평가 수
overview-grading-detail = 평가 중 { $held }건 · 최근 24시간 평가 완료 { $graded }건
overview-grading-link = 평가자 일치도 점검
overview-callbacks = 지금 처리할 해피콜
# $later: 나중에 처리할 미완료 해피콜 수; $closed: 최근 24시간 동안 완료된 수; $follow_ups: 아직 처리하지 않은 후속 조치 수
overview-callbacks-detail = 이후 예정 { $later }건 · 최근 24시간 완료 { $closed }건 · 미완료 후속 조치 { $follow_ups }건
overview-callbacks-link = 해피콜 종합
overview-recordings = 가져오기를 기다리는 녹음
overview-recordings-detail = 저장됨 { $available }건 · 손상되어 별도 보관 { $corrupt }건 · 가져오기 실패 { $failed }건
overview-carrier = 통신사
overview-carrier-ok = 통화 정상 접수
overview-carrier-degraded = 일부 통화 거부
overview-carrier-failing = 통화 거부 중
overview-carrier-sandbox = 내장 샌드박스 통신사입니다(실제 통화 없음).
overview-carrier-configured = 설정된 통신사 계정입니다.
# 최근 24시간 동안의 건수
overview-carrier-detail = 최근 24시간: 접수 { $accepted }건, 거부 { $refused }건, 진행 중 { $in_progress }건.
overview-carrier-last-accepted = 마지막으로 접수된 통화: { $when }
overview-carrier-last-refused = 마지막으로 거부된 통화: { $when }
overview-failures = 최근 24시간 실패 내역
overview-failures-when = 일시
overview-failures-what = 대상
overview-failures-error = 오류
# $id: 통화 번호; $state: 통화 상태
overview-failure-call = 통화 #{ $id }: { $state }
overview-failure-recording = 통화 #{ $id }의 녹음: { $state }
overview-failures-none = 최근 24시간 동안 실패한 작업이 없습니다.

## 새 평가 계획: 양식과 계획 미리 보기.
campaign-new-title = 새 평가 계획
campaign-new-intro = 시나리오, 대상 직원, 기간을 선택하십시오. “계획 미리 보기”에서 걸게 될 통화 건수와 통화를 모두 배정받지 못하는 직원을 확인할 수 있습니다. 평가 계획을 생성하기 전에는 아무것도 저장되지 않습니다.
# $field: 문제가 있는 양식 항목의 이름
campaign-new-field-at-fault = { $field }:
campaign-field-name = 평가 계획 이름
campaign-field-scripts = 평가 시나리오
campaign-field-departments = 부서
campaign-field-grades = 직급
campaign-field-start_date = 시작일
campaign-field-end_date = 종료일
campaign-field-calls_per_staff = 1인당 통화 수
campaign-field-window_start = 통화 시작 시각
campaign-field-window_end = 통화 종료 시각
campaign-field-holidays = 휴일
campaign-new-no-scripts = call-scripts/에 평가 시나리오가 없습니다.
campaign-new-departments-hint = 하나도 선택하지 않으면 모든 부서가 대상입니다.
campaign-new-no-departments = 직원 명단에 아직 부서가 없습니다. 먼저 직원 명단 페이지에서 부서를 업로드하십시오.
campaign-new-grades-hint = 쉼표로 구분하며, 비워 두면 모든 직급이 대상입니다.
campaign-new-window-hint = 각 부서의 현지 시각(24시간제, 예: 09:00)으로 입력하며, 근무 시간 안이면서 점심시간을 벗어나야 합니다.
campaign-new-holidays-hint = 통화하지 않는 날을 2026-12-25 형식으로 입력하고 쉼표나 공백으로 구분하십시오.
campaign-new-preview = 계획 미리 보기
# $count: 계획에 따라 거는 통화 수
campaign-new-create = 평가 계획 생성(통화 { $count }건)
# $value: 입력한 값
campaign-form-date-invalid = “{ $value }”은(는) 2026-12-01과 같은 날짜 형식이 아닙니다.
campaign-preview-heading = 계획
# $calls: 계획된 통화 수; $staff: 대상 인원; $weeks: 통화가 있는 주 수
campaign-preview-summary = { $weeks }주에 걸쳐 직원 { $staff }명에게 통화 { $calls }건을 겁니다.
# $count: 배정하지 못한 통화 수; $people: 해당 인원
campaign-preview-short = 통화 { $count }건을 배정하지 못했습니다(해당 직원 { $people }명). 사유는 아래를 참조하십시오.
campaign-preview-by-department = 부서별
campaign-preview-by-week = 주별
campaign-preview-department = 부서
campaign-preview-centre = 기관
campaign-preview-staff = 인원
campaign-preview-calls = 통화
campaign-preview-missing = 미배정
campaign-preview-week-of = 주 시작일
campaign-preview-shortfall-heading = 통화를 모두 배정받지 못하는 직원
campaign-preview-person = 직원
campaign-preview-why = 사유
campaign-preview-why-window = 통화 시간대가 부서의 근무 시간과 겹치지 않습니다.
# $days: 기간 중 이 직원에게 통화할 시간이 남아 있는 날 수
campaign-preview-why-days = 기간 중 통화할 수 있는 근무일이 { $days }일뿐입니다(휴일, 주말, 다른 통화가 있는 날 제외).
campaign-pause = 일시 중지
campaign-resume = 재개
campaign-cancel = 평가 계획 취소
campaign-cancel-hint = 취소하면 대기 중인 통화가 계획에서 제외되며, 되돌릴 수 없습니다.

## 메뉴.
nav-menu = 주 메뉴
nav-roster = 직원 명단
nav-staff-results = 직원별 결과

## 사용자: 부서와 역할.
admin-users-column-department = 부서
admin-users-column-actions = 작업
admin-users-department-none = — 없음 —
# $username: 양식에서 역할을 변경하는 계정
admin-users-roles-of = { $username } 계정의 역할
admin-users-save-roles = 역할 및 부서 저장
user-roles-own-admin = 본인의 관리자 역할은 해제할 수 없습니다. 다른 관리자에게 요청하십시오.
audit-action-staff_changed = 직원 정보 변경
audit-action-user_roles_changed = 사용자 역할 변경

## 직원 명단 페이지.
roster-title = 직원 명단
roster-staff = 직원
roster-search = 이름 또는 사번
roster-department = 부서
roster-grade = 직급
roster-status = 상태
roster-all = 전체
roster-status-callable = 통화 대상
roster-status-inactive = 비활성
roster-status-not-eligible = 통화 제외
roster-find = 조회
# $count: 검색된 인원
roster-found = 검색 결과 { $count }명입니다.
# $count: 검색된 인원; $shown: 목록에 표시된 인원
roster-found-first = 검색 결과 { $count }명 중 처음 { $shown }명을 표시합니다. 다른 직원을 보려면 검색 조건을 좁히십시오.
roster-employee-no = 사번
roster-name = 이름
roster-job-title = 담당 업무
roster-phone = 전화번호
roster-no-staff = 일치하는 직원이 없습니다.
roster-departments = 부서 및 근무 시간
roster-code = 코드
roster-centre = 기관
roster-days = 근무일
roster-hours = 근무 시간
roster-lunch = 점심시간
roster-time-zone = 시간대
roster-no-departments = 아직 부서가 없습니다. 아래에서 부서 파일을 업로드하십시오.
roster-centres = 기관
roster-no-centres = 아직 기관이 없습니다. 기관은 부서 파일과 함께 등록됩니다.
roster-upload = 직원 명단 파일 업로드
roster-upload-hint = 스프레드시트에서 내보낸, 머리글 행이 있는 CSV 파일을 사용하십시오. 모든 행을 먼저 검사하며, 잘못된 행이 하나라도 있으면 아무것도 변경하지 않고 잘못된 행을 모두 표시합니다.
roster-upload-what-legend = 파일 내용
roster-upload-departments = 부서(기관 및 근무 시간 포함)
roster-upload-staff = 직원
roster-upload-file = 파일
roster-upload-submit = 검사 후 업로드
# $file: 파일 이름; $count: 잘못된 행 수
roster-upload-refused = { $file } 파일을 업로드하지 않았습니다. 문제 { $count }건. 아무것도 변경되지 않았습니다.
roster-upload-line = 줄
roster-upload-field = 열
roster-upload-value = 값
roster-upload-problem = 문제
# $file: 파일 이름
roster-upload-done = { $file } 업로드 완료: 추가 { $created }건, 변경 { $updated }건, 변경 없음 { $unchanged }건.
# $detail: 읽을 수 없었던 내용
roster-upload-unreadable = 업로드한 내용을 읽을 수 없습니다: { $detail }
roster-upload-no-file = 업로드할 파일을 선택하십시오.
# $value: 전송된 값
roster-upload-what = “{ $value }”은(는) 부서도 직원도 아닙니다.
roster-back = ← 직원 명단
roster-staff-not-saved = 저장하지 못했습니다:
roster-staff-details = 상세 정보
roster-staff-calls = 평가 통화
roster-active = 현재 재직 중(active)
roster-eligible = 평가 통화 대상(eligible)
roster-reason = 사유
roster-reason-hint = 비활성이거나 통화 제외인 경우 입력해야 합니다(예: 휴직, 민원 응대 업무가 아닌 직위).
roster-reason-required = 이 직원을 평가 통화 대상에서 제외하는 사유를 입력하십시오.
roster-save = 저장
roster-field-name = 성명
roster-field-department_code = 부서
roster-field-grade = 직급
roster-field-job_title = 담당 업무
roster-field-phone = 전화번호
roster-field-exclusion_reason = 사유
roster-field-active = 재직
roster-field-eligible = 평가 대상
roster-staff-saved = 저장했습니다.

## 녹음 평가 화면: 대기열과 평가자 본인의 오늘 현황.
# $waiting: 대기열에서 기다리는 녹음 수; $mine: 이 평가자가 오늘 제출한 평가 수
desk-progress = 대기 중인 녹음 { $waiting }건 · 오늘 { $mine }건을 평가했습니다.
# $zone: 기관의 시간대 (예: Asia/Seoul)
callbacks-call-back-at-in = 다시 걸 시각({ $zone } 기준, “나중에 통화 요청”인 경우)
campaign-new-date-hint = 날짜는 연-월-일 순서로 입력합니다(예: 2026-12-01).
