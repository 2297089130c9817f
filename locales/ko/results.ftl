## 인사 평가 결과: 부서별 현황, 직원 목록과 개인 평가표, 우수 직원,
## 교육 필요 항목, 이의 신청, 인쇄용 보고서, 차트, CSV/XLSX 내려받기.
## 사람·부서·기관 이름, 평가 항목명, 교육 주제는 데이터와 통화 시나리오에서 옵니다.

## 평가 결과 페이지 공통 기간과 필터.

# $year: 연도, 예: 2026 (자릿수 구분 없이)
results-period-year = { $year }년
# $from, $to: 기간의 첫날과 마지막 날, 이미 서식 지정됨
results-period-custom = { $from } – { $to }
# $period: 기간 (예: "2026년 10월"); $from, $to: 첫날과 마지막 날, 이미 서식 지정됨
results-period-span = { $period } ({ $from } – { $to })
results-month = 월
results-show = 조회
results-previous = ← 이전
results-next = 다음 →
results-filter = 필터 적용
results-all-centres = 전체 기관
results-all-departments = 전체 부서
# $from, $to: 입력한 날짜, YYYY-MM-DD
results-period-ends-before-start = 기간 종료일({ $to })이 시작일({ $from })보다 앞섭니다.
# $years: 허용되는 최대 기간(년)
results-period-too-long = 기간은 최대 { $years }년까지 지정할 수 있습니다.
# $value: 월로 입력한 값
results-month-invalid = "{ $value }"은(는) 2026-10과 같은 월 형식이 아닙니다.
# $value: 연도로 입력한 값
results-year-invalid = "{ $value }"은(는) 2026과 같은 연도 형식이 아닙니다.
results-period-from-and-to = 시작일과 종료일을 모두 입력하거나 모두 비워 두십시오.
# $code: 입력한 부서 코드
results-department-unknown = "{ $code }" 부서가 없습니다.
# $code: 입력한 기관 코드
results-centre-unknown = "{ $code }" 기관이 없습니다.
# $id: 직원 번호
results-staff-not-found = { $id }번 직원을 찾을 수 없습니다
# $id: 평가 번호
results-evaluation-not-found = { $id }번 확정 평가를 찾을 수 없습니다

## 평가 결과 페이지 공통 용어.

results-final-evaluations = 확정 평가
results-mean-total = 평균 총점
results-staff-under = 기준 미달 직원
results-no-evaluations = 이 기간에는 확정 평가가 없습니다.
results-nobody-under = 평가 계획의 기준 점수에 미달한 직원이 없습니다.
results-listen = 듣기
results-measured = (자동 측정)
results-download-xlsx = XLSX 내려받기
results-download-xlsx-all = XLSX 내려받기(전체 표)
# 표별로 CSV를 내려받을 수 있는 목록 앞에 표시됩니다.
results-download-csv = CSV:
# $count: 수치의 근거가 된 민원인 또는 평가 수
results-sample-size = n={ $count }
# $text: 민원인이 한 말 그대로
results-quoted = “{ $text }”
results-column-rank = 순위
results-column-department = 부서
results-column-centre = 기관
results-column-evaluations = 평가 수
results-column-mean = 평균
results-column-interval = 95% 신뢰구간
results-column-ranking-score = 순위 점수
results-ranking-score-hint = 근거 자료가 적을수록 전체 평균 쪽으로 더 많이 보정한 평균
results-column-employee-no = 사번
results-column-name = 성명
results-column-threshold = 기준 점수
results-column-citizens = 민원인 평가(1–5)
results-flag-few-calls = 통화 수 적음

## 점수를 확정한 방식 (평가의 점수 출처), 값별 표시:
## results-score-source-<value>.
results-score-source-single = 단독 평가
results-score-source-mean = 평균
results-score-source-adjudicated = 조정 평가
results-score-source-auto = 자동
results-score-source-dispute = 이의 신청 반영

## 부서별 현황.

results-title = 평가 결과
# $period: 표시하는 기간, 예: "2026년 10월"
results-heading = 평가 결과 · { $period }
results-nav-staff = 직원별 결과
results-nav-stars = 우수 직원
results-nav-training = 교육 필요 항목
results-nav-disputes = 이의 신청
results-nav-report = 월간 보고서(인쇄용)
results-nav-label = 다른 결과 보기
# $year: 종합 연도 (자릿수 구분 없이)
results-year-end-xlsx = { $year }년 연말 종합(XLSX)
results-departments-heading = 부서별 결과
results-departments-explained = 표본이 적은 부서가 유리해지지 않도록 보정한 점수로 순위를 매깁니다. 각 부서의 평균은 근거 자료가 적을수록 전체 평균 쪽으로 더 많이 보정됩니다. 평균 옆의 95% 신뢰구간은 그 평균을 얼마나 믿을 수 있는지 보여 줍니다.
results-centres-heading = 기관별 결과
results-spread-heading = 점수 분포
results-under-heading = 평가 계획의 기준 점수에 미달한 직원

## 직원 목록.

results-staff-title = 직원별 결과
# $period: 표시하는 기간
results-staff-heading = 직원별 결과 · { $period }

## 개인 평가표와 인쇄용 평가표 (연말 종합 포함).

# $name: 직원 이름
scorecard-title = { $name } · 개인 평가표
scorecard-printable = 인쇄용 평가표
# $year: 종합 연도 (자릿수 구분 없이)
scorecard-year-end = { $year }년 연말 종합
# $name: 직원 이름; $period: 기간
scorecard-print-title = 개인 평가표 · { $name } · { $period }
# $name: 직원 이름; $period: 연도
scorecard-print-title-year = 연말 종합 · { $name } · { $period }
# $period: 평가표의 기간
scorecard-print-heading = 전화 친절도 개인 평가표 · { $period }
scorecard-evaluation-calls = 평가 통화
scorecard-answered-by-person = 직접 응답
scorecard-median-latency = 응답 시간(중앙값)
# $seconds: 초, 이미 서식 지정됨
scorecard-seconds = { $seconds }초
scorecard-threshold = 기준 점수(양호)
scorecard-citizens-about-them = 민원인 평가
# 평균 평점 뒤에 이어집니다. $rated: 이 직원을 평가한 민원인 수; $reached: 통화가 된 민원인 수
scorecard-citizens-rated = / 5, 통화 { $reached }명 중 { $rated }명 평가
scorecard-rings-heading = 응답 전 벨 울림 횟수
# 아무도 받지 않았고 결과를 알 수 없는 통화.
scorecard-connection-unknown = 알 수 없음
scorecard-trend-heading = 추이
scorecard-stages-heading = 단계별 점수
scorecard-items-heading = 항목별 점수
scorecard-column-stage = 단계
scorecard-column-item = 항목
scorecard-column-topic = 교육 주제
scorecard-column-score = 점수
scorecard-falls-short = 기준 미달
scorecard-no-items = 이 기간에 채점된 항목이 없습니다.
scorecard-graders-heading = 평가자 의견
# $date: 통화 날짜; $item: 평가 항목; $text: 평가자 의견
scorecard-comment-on-item = { $date } · { $item }: { $text }
# $date: 통화 날짜; $text: 통화 전체에 대한 평가자 의견
scorecard-comment = { $date }: { $text }
scorecard-no-comments = 의견이 없습니다.
scorecard-citizens-heading = 민원인 의견
# $service: 이용한 민원 업무; $rating: 민원인이 매긴 직원 평점 (1-5); $text: 민원인의 말
scorecard-citizen-rated = { $service } · { $rating }/5: “{ $text }”
# $service: 이용한 민원 업무; $text: 민원인의 말
scorecard-citizen = { $service }: “{ $text }”
scorecard-no-citizens = 해피콜에서 받은 의견이 없습니다.
scorecard-evaluations-heading = 평가 내역
scorecard-column-date = 날짜
scorecard-column-script = 시나리오
scorecard-column-connection = 연결
scorecard-column-rings = 벨 울림
scorecard-column-total = 총점
scorecard-column-band = 등급
scorecard-column-source = 점수 확정
scorecard-column-dispute = 이의 신청
# $version: 점수 버전 번호
scorecard-version = (버전 { $version })
scorecard-locked = 잠김
scorecard-details = 상세
scorecard-details-or-dispute = 상세 · 이의 신청

## 이달의 우수 직원.

stars-title = 우수 직원
# $period: 표시하는 달
stars-heading = 이달의 우수 직원 · { $period }
# $min: 필요한 최소 확정 평가 건수; $probability: 필요한 중앙값 초과 확률(백분율)
stars-explained = 기관별로, 이번 달 확정 평가가 { $min }건 이상이고 기관 직원 중앙값보다 높을 확률이 { $probability } 이상인 직원을 순위 점수(근거 자료가 적을수록 기관 전체 평균 쪽으로 더 많이 보정한 평균) 순으로 보여 줍니다. 점수가 같으면 해피콜에서 민원인이 평가한 응대 태도 만족도로 순서를 정하며, 그래도 같으면 공동 순위로 표시합니다.
stars-no-centre = 아직 직원이 등록된 기관이 없습니다.
# $score: 순위 점수, 이미 서식 지정됨
stars-score = 점수 { $score }
# $mean: 단순 평균; $evaluations: 평가 수 (evaluations-count 표기); $interval: 95% 신뢰구간
stars-mean-over = { $evaluations } 평균 { $mean }, { $interval }
# $rating: 민원인의 직원 평균 평점 (1-5), 이미 서식 지정됨
stars-citizens = 민원인 평가 { $rating }/5
# $names: 점수와 만족도가 같은 다른 직원, 쉼표로 구분
stars-tied-with = 공동 순위: { $names }
stars-decided-by-satisfaction = 동점: 민원인 만족도로 순위 결정
# $evaluations: 평가 수 (evaluations-count 표기)
stars-thin-data = 자료 부족: { $evaluations }
# $items: 우수 직원의 강점 항목 (stars-best-item 표기), 세미콜론으로 구분
stars-best-at = 강점: { $items }
# $item: 평가 항목; $score: 그 항목의 점수 (0-100)
stars-best-item = { $item } ({ $score })
# $min: 우수 직원이 되는 데 필요한 최소 확정 평가 수
stars-nobody-eligible = 이번 달 확정 평가가 { $min }건 이상인 직원이 없습니다.
# $min: 필요한 최소 확정 평가 수; $people: 그보다 적은 직원 (stars-below-minimum-person 표기)
stars-below-minimum = 아직 순위 산정 불가(확정 평가 { $min }건 미만): { $people }
# $name: 직원; $count: 확정 평가 수; $mean: 평균 총점
stars-below-minimum-person = { $name }({ $count }건, 평균 { $mean })

## 교육 필요 항목.

training-title = 교육 필요 항목
# $period: 표시하는 기간
training-heading = 교육 필요 항목 · { $period }
training-topics-heading = 주제별 교육 대상자
training-column-topic = 교육 주제
training-column-who = 대상자
training-column-staff = 직원
# 시나리오에 교육 주제가 지정되지 않은 평가 항목의 주제.
training-topic-other = 기타
training-topic-answering = 전화 응대
training-topic-listening = 경청
training-topic-accuracy = 정확한 안내
training-topic-transfers = 전화 연결(호 전환)
training-topic-courtesy = 친절·예절
training-topic-closing = 통화 마무리
training-topic-attitude = 응대 태도
training-topic-process = 업무 절차
training-nobody = 없음
training-matrix-heading = 직원 × 항목
training-matrix-explained = 각 칸은 해당 항목에 대한 직원의 평균 점수(0–100)입니다. 표시된 칸은 평가 계획의 기준 점수에 미달한 것입니다.
training-falls-short = 기준 점수 미달
training-examples-heading = 우수 사례: 항목별 최고 점수 녹음
# $item: 이 녹음의 항목 점수 (0-100); $total: 총점
training-example-scores = 항목 { $item } · 총점 { $total }
training-shared = 공유됨
training-stop-sharing = 공유 중지
training-mark-for-sharing = 공유 지정
training-no-recording = 아직 평가된 녹음이 없습니다.

## 확정 점수에 대한 이의 신청.

## 이의 신청 상태, 값별 표시: dispute-state-<value>.
dispute-state-open = 처리 중
dispute-state-accepted = 인용
dispute-state-partly_accepted = 일부 인용
dispute-state-rejected = 기각

disputes-title = 이의 신청
disputes-state-all = 전체
disputes-download-csv = CSV
disputes-figure-open = 처리 중
disputes-figure-accepted = 인용
disputes-figure-partly-accepted = 일부 인용
disputes-figure-rejected = 기각
disputes-figure-median-time = 처리 기간(중앙값)
# $hours: 시간, 이미 서식 지정됨
disputes-hours = { $hours }시간
disputes-column-number = #
disputes-column-call-date = 통화일
disputes-column-staff = 직원
disputes-column-items = 항목
disputes-column-why = 사유
disputes-column-raised-by = 신청자
disputes-column-state = 상태
disputes-column-resolution = 처리 결과
disputes-column-hours = 소요 시간
disputes-review = 검토
disputes-open-link = 열기
disputes-none = 이의 신청이 없습니다.

## 평가 상세: 항목, 점수 이력, 이의 신청.

# $id: 평가 번호
disputes-evaluation-title = { $id }번 평가
# $source: 점수 확정 방식 (results-score-source-*); $version: 점수 버전
disputes-score-version = { $source }, 버전 { $version }
disputes-recording = 통화 녹음
disputes-items-heading = 항목(현재 버전)
# 표 칸에 들어가는 "해당 없음"의 짧은 표기.
disputes-not-applicable-short = 해당 없음
disputes-history-heading = 점수 이력
disputes-column-version = 버전
disputes-column-source = 확정 방식
disputes-column-by = 처리자
disputes-column-when = 일시
# $id: 이의 신청 번호
disputes-number = #{ $id }
# $name: 신청자; $items: 이의 신청 항목, 쉼표로 구분
disputes-raised-by = 신청자 { $name }, 대상 항목: { $items }
# $name: 처리자; $text: 처리 결과
disputes-resolution-by = { $name } 처리 결과: { $text }
# $item: 평가 항목
disputes-new-score-for = { $item } 새 점수
disputes-score-unchanged = 변경 없음
disputes-not-applicable = 해당 없음
# 예/아니요 평가 항목의 두 단계.
disputes-level-yes = 예
disputes-level-no = 아니요
disputes-accept = 이 점수로 인용
disputes-reject = 기각
disputes-resolve-explained = 이의 신청된 모든 항목에 새 점수를 주면 인용, 일부 항목에만 주면 일부 인용으로 처리됩니다. 어느 경우든 처리가 끝나면 해당 평가는 잠깁니다.
disputes-none-on-evaluation = 이의 신청이 없습니다.
disputes-raise-heading = 이 점수에 대한 이의 신청
# $days: 점수 확정 후 이의 신청할 수 있는 일수
disputes-raise-explained = 점수 확정 후 { $days }일 이내에 신청할 수 있습니다. 이의가 있는 항목을 지정하고 사유를 적으십시오.
disputes-disputed-items = 이의 신청 항목
disputes-raise = 이의 신청
disputes-closed-locked = 이의 신청 불가: 이미 처리된 이의 신청이 있어 평가가 잠겼습니다.
disputes-closed-not-final = 이의 신청 불가: 아직 점수가 확정되지 않았습니다.
# $days: 이의 신청 기간(일)
disputes-closed-window = 이의 신청 불가: 점수 확정 후 { $days }일의 신청 기간이 지났습니다.

## 이의 신청 또는 처리 시의 거부 메시지.

# $evaluation: 평가 번호
disputes-refused-locked = { $evaluation }번 평가는 이의 신청할 수 없습니다. 이미 처리된 이의 신청이 있어 잠겼습니다.
# $evaluation: 평가 번호
disputes-refused-not-final = { $evaluation }번 평가는 이의 신청할 수 없습니다. 아직 점수가 확정되지 않았습니다.
# $evaluation: 평가 번호; $days: 이의 신청 기간(일)
disputes-refused-window = { $evaluation }번 평가는 이의 신청할 수 없습니다. 점수 확정 후 { $days }일의 신청 기간이 지났습니다.
disputes-comment-missing = 이의 신청 사유를 적으십시오.
disputes-items-missing = 이의 신청 항목을 하나 이상 지정하십시오.
# $item: 입력한 항목 키; $script: 통화 시나리오 코드
disputes-item-unknown = "{ $item }"은(는) { $script } 시나리오의 항목이 아닙니다.
# $evaluation: 평가 번호
disputes-already-open = { $evaluation }번 평가에는 이미 처리 중인 이의 신청이 있습니다.
# $id: 이의 신청 번호; $state: 상태 (accepted, partly_accepted, rejected)
disputes-already-resolved = { $id }번 이의 신청은 이미 { $state ->
    [accepted] 인용되었습니다
    [partly_accepted] 일부 인용되었습니다
   *[rejected] 기각되었습니다
  }.
disputes-reviewer-raised-it = 이의 신청은 신청자가 아닌 다른 사람이 검토해야 합니다.
disputes-resolution-missing = 처리 결과와 그 사유를 적으십시오.
disputes-rejected-changes-no-score = 기각된 이의 신청으로는 점수가 바뀌지 않습니다.
disputes-score-not-disputed = 이의 신청된 항목에만 새 점수를 줄 수 있습니다.
disputes-score-not-an-item = 이 시나리오의 항목이 아닙니다.
disputes-score-na-not-allowed = 이 항목은 해당 없음으로 표시할 수 없습니다.
# $value: 항목의 새 점수로 입력한 값
disputes-score-not-a-level = { $value }은(는) 이 항목 척도의 단계가 아닙니다.
# $level: 입력한 단계; $min, $max: 척도의 최저·최고 단계
disputes-score-off-scale = { $level }은(는) 척도({ $min }–{ $max })를 벗어났습니다.
disputes-score-none-given = 이의 신청 항목 중 하나 이상에 새 점수를 주거나, 이의 신청을 기각하십시오.
# $value: 입력한 결정
disputes-decision-invalid = "{ $value }": 인용(accept) 또는 기각(reject) 중에서 결정하십시오.
# $id: 이의 신청 번호
disputes-resolved-meanwhile = { $id }번 이의 신청은 그사이 다른 사람이 처리했습니다.
# $id: 이의 신청 번호
disputes-not-found = { $id }번 이의 신청을 찾을 수 없습니다

## 인쇄용 월간 보고서 (인쇄용 평가표와 공통인 부분 포함).

# $period: 보고서의 달
report-heading = 전화 친절도 · 월간 보고서 · { $period }
# $from, $to: 보고서의 첫날과 마지막 날, 이미 서식 지정됨
report-days = { $from } – { $to }
report-final-scores-only = 확정 점수만 반영
# 보고서 작성 시각 앞에 표시됩니다.
report-prepared = 작성
report-print = 인쇄
report-disputes-raised = 이의 신청 건수
# $count: 아직 처리 중인 이의 신청 수
report-disputes-open = ({ $count }건 처리 중)
report-stars-heading = 이달의 우수 직원
report-training-heading = 주제별 교육 필요 항목
report-column-people = 인원

## 차트: 제목, 계열, 대체 텍스트.

chart-trend-title = 월별 평균 총점(평가가 없는 달은 비워 둠)
chart-trend-mean = 평균 총점
chart-trend-threshold = 기준 점수(양호)
# $months: 평가가 있는 각 달 (chart-trend-alt-month 표기), 세미콜론으로 구분
chart-trend-alt = 월별 평균 총점: { $months }
# $month: 달, 예: "2026년 10월"; $mean: 평균 총점, 이미 서식 지정됨; $count: 평가 수
chart-trend-alt-month = { $month }: { $mean } (n={ $count })
chart-distribution-title = 확정 총점 분포(10점 구간)
chart-distribution-evaluations = 평가 수
# $bins: 각 구간 (chart-distribution-alt-bin 표기), 세미콜론으로 구분
chart-distribution-alt = 구간별 확정 총점: { $bins }
# $bin: 총점 범위, 예: 80–89; $count: 그 범위에 속한 확정 총점 수
chart-distribution-alt-bin = { $bin }: { $count }
chart-departments-title = 부서별 순위 점수와 단순 평균
chart-departments-ranking-score = 순위 점수(보정)
chart-departments-plain-mean = 단순 평균
# $name: 부서; $count: 확정 평가 수
chart-departments-label = { $name } (n={ $count })
# $departments: 각 부서 (chart-departments-alt-department 표기), 세미콜론으로 구분
chart-departments-alt = 부서별 순위 점수: { $departments }
# $name: 부서; $score: 순위 점수; $mean: 단순 평균 (둘 다 서식 지정됨); $count: 확정 평가 수
chart-departments-alt-department = { $name } { $score }(평균 { $mean }, n={ $count })

## 내려받기 (CSV, XLSX): 시트 이름, 열 제목, 칸에 들어가는 말.
## 시트 이름은 31자로 잘립니다.

export-sheet-departments = 부서
export-sheet-centres = 기관
export-sheet-under-threshold = 기준 미달
export-sheet-distribution = 분포
export-sheet-staff = 직원
export-sheet-year-end-summary = 연말 종합
export-sheet-summary = 요약
export-sheet-rings = 벨 울림
export-sheet-stages = 단계
export-sheet-items = 항목
export-sheet-trend = 추이
export-sheet-evaluations = 평가
export-sheet-graders-comments = 평가자 의견
export-sheet-citizens = 민원인
# $centre: 기관 이름
export-sheet-stars = 우수 직원 { $centre }
# $centre: 기관 이름
export-sheet-below-minimum = 순위 산정 불가 { $centre }
export-sheet-matrix = 직원×항목
export-sheet-topics = 교육 주제
export-sheet-examples = 우수 사례
export-sheet-disputes = 이의 신청

export-column-rank = 순위
export-column-department = 부서
export-column-centre = 기관
export-column-evaluations = 평가 수
export-column-mean = 평균
export-column-ci95-low = 95% 신뢰구간 하한
export-column-ci95-high = 95% 신뢰구간 상한
export-column-ranking-score = 순위 점수
export-column-employee-no = 사번
export-column-name = 성명
export-column-threshold = 기준 점수
export-column-total = 총점
export-column-grade = 직급
export-column-job-title = 담당 업무
export-column-calls = 통화 수
export-column-answered-by-person = 직접 응답
export-column-citizens-rating = 민원인 평가
export-column-satisfaction-staff = 응대 태도 만족도
export-column-figure = 지표
export-column-value = 값
export-column-rings-before-answer = 응답 전 벨 울림 횟수
export-column-stage = 단계
export-column-item = 항목
export-column-label = 항목명
export-column-training-topic = 교육 주제
export-column-score = 점수
export-column-short = 기준 미달
export-column-month = 월
export-column-evaluation = 평가
export-column-call = 통화
export-column-date = 날짜
export-column-script = 시나리오
export-column-connection = 연결
export-column-rings = 벨 울림
export-column-band = 등급
export-column-source = 확정 방식
export-column-version = 버전
export-column-dispute = 이의 신청
export-column-comment = 의견
export-column-callback = 해피콜
export-column-service = 민원 업무
export-column-place = 순위
export-column-ratings = 평가 인원
export-column-tied-with = 공동 순위
export-column-decided-by-satisfaction = 만족도로 순위 결정
export-column-best-items = 강점 항목
export-column-citizens-words = 민원인 의견
export-column-items-short = 기준 미달 항목
export-column-topic = 주제
export-column-items = 항목 목록
export-column-staff = 직원
export-column-item-score = 항목 점수
export-column-shared = 공유
export-column-call-date = 통화일
export-column-raised-by = 신청자
export-column-state = 상태
export-column-reviewed-by = 검토자
export-column-resolution = 처리 결과
export-column-resolution-hours = 처리 소요 시간

## 개인 평가표 요약 시트의 행.
export-figure-period = 기간
export-figure-calls-placed = 발신 통화
export-figure-answered-by-person = 직접 응답
export-figure-share-answered = 응답률
export-figure-median-latency = 응답 시간 중앙값(초)
export-figure-final-evaluations = 확정 평가
export-figure-mean-total = 평균 총점
export-figure-ci95-low = 95% 신뢰구간 하한
export-figure-ci95-high = 95% 신뢰구간 상한
export-figure-threshold = 기준 점수(양호)
export-figure-citizens-reached = 해피콜 통화 민원인 수
export-figure-satisfaction-staff = 응대 태도 만족도(1-5)

export-yes = 예
# $connection: 직원이 받지 않은 통화의 종료 상태 (무응답, 통화 중, …)
export-not-answered = 미응답: { $connection }
# $score: 기준 점수에 미달한 항목 점수
export-score-short = { $score }(미달)
# $item: 평가 항목; $score: 그 항목의 점수 (0-100)
export-best-item = { $item } ({ $score })
# $value: 요청한 형식
export-format-invalid = "{ $value }": xlsx 또는 csv 중에서 선택하십시오.
# $value: 요청한 보기
export-view-invalid = "{ $value }": departments, staff, year, stars, training 중에서 선택하십시오.
# $table: 요청한 표; $tables: 사용할 수 있는 표, 쉼표로 구분
export-table-unknown = "{ $table }" 표가 없습니다. 사용할 수 있는 표: { $tables }.
# $table: 표 이름; $rows: 행 수; $max: 스프레드시트의 최대 행 수
export-too-many-rows = { $table } 표는 { $rows }행으로 스프레드시트 최대 행 수({ $max })를 넘습니다. CSV로 내려받으십시오.

## 순위와 지정의 근거: 순위 구간, 그리고 자료가 차이를 보여 줄 때만 하는 지정

# $low, $high: 95% 순위 구간의 양 끝; $count: 순위를 매긴 대상 수
results-rank-range = { $count }개 중 { $low }–{ $high }위
# $rank: 자료가 하나로 정해 주는 순위; $count: 순위를 매긴 대상 수
results-rank-exact = { $count }개 중 { $rank }위
results-rank-hint = 95% 순위 구간: 자료가 보여 주는 범위 안에서 실제 순위가 놓인 구간
results-rank-explained = 순위는 95% 구간으로 표시합니다. 두 구간이 겹치면 이 자료로는 둘을 구별할 수 없으므로 같은 순위로 읽어 주십시오.
results-column-chance-below-mean = 평균 미만일 확률
results-column-chance-below-threshold = 기준 점수 미만일 확률
results-flagged = 보완 교육 대상
# $probability: 지정에 필요한 확률(백분율)
results-flagged-hint = (근거가 있을 때만: 전체 평균보다 낮을 확률이 { $probability } 이상)
results-flag-training = 보완 교육 대상
results-no-differences-departments = 이번 기간의 자료로는 부서 간 차이가 확인되지 않습니다. 보완 교육 대상으로 지정된 부서는 없습니다.
results-no-differences-centres = 이번 기간의 자료로는 기관 간 차이가 확인되지 않습니다. 보완 교육 대상으로 지정된 기관은 없습니다.
# $probability: 지정에 필요한 확률(백분율)
results-differences-departments = 이번 기간의 자료에서 부서 간 차이가 확인됩니다. 전체 평균보다 낮을 확률이 { $probability } 이상인 부서만 보완 교육 대상으로 지정합니다.
# $probability: 지정에 필요한 확률(백분율)
results-differences-centres = 이번 기간의 자료에서 기관 간 차이가 확인됩니다. 전체 평균보다 낮을 확률이 { $probability } 이상인 기관만 보완 교육 대상으로 지정합니다.
# $probability: 명단에 올리는 데 필요한 확률(백분율)
results-under-explained = 실제 점수가 기준 점수보다 낮을 확률이 { $probability } 이상이라고 자료가 보여 줄 때만 명단에 올립니다.
results-methods-link = 이 수치의 산출 방법
# $rank: results-rank-range 형식의 순위 구간; $probability: 중앙값보다 높을 확률(백분율)
stars-rank = 순위 { $rank }, 중앙값보다 높을 확률 { $probability }
# $probability: 우수 직원에게 필요한 확률(백분율)
stars-no-clear-stars = 이번 달에는 뚜렷한 우수 직원이 없습니다. 평가 건수가 충분한 직원 중 기관 직원 중앙값보다 높을 확률이 { $probability } 이상인 사람이 없습니다.
export-column-flag = 지정
export-flag-training = 보완 교육 대상
export-column-rank-low = 순위 구간 하한
export-column-rank-high = 순위 구간 상한
export-column-chance-below-mean = 평균 미만 확률
export-column-chance-below-threshold = 기준 점수 미만 확률
export-column-chance-above-median = 중앙값 초과 확률
