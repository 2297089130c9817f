## 평가자의 녹음 평가 화면, 평가자 일치도 점검, 평가 관련 거부 메시지.
## 평가 항목명, 단계 제목, 척도 단계와 지침은 통화 시나리오의 원래 언어로
## 표시되며 이 파일에 없습니다.

## 점수 등급 (src/grading/scoring.rs Band), 값별 표시: band-<value>.
band-excellent = 우수
band-good = 양호
band-needs_improvement = 개선 필요

## 평가 화면.

desk-title = 녹음 평가
# $id: 작업 번호
desk-task-number = { $id }번 작업
desk-kind-first = 평가
desk-kind-second = 2차 블라인드 평가
desk-kind-adjudication = 조정 평가: 두 평가자의 점수 차이가 큼
# $seconds: 첫 벨부터 응답까지의 초, 이미 서식 지정됨; $count: 벨 울림 횟수
desk-answered-after = { $seconds }초 만에 응답(벨 { $count }회)
# $seconds: 첫 벨부터 응답까지의 초, 이미 서식 지정됨
desk-answered-after-seconds = { $seconds }초 만에 응답
desk-answered-unknown = 응답 시간 —
# $time: 시각, 예: 14:05:30
desk-held-until = { $time }까지 배정됨

desk-recording = 통화 녹음
desk-play = 재생
desk-pause = 일시 정지
desk-play-title = 재생 또는 일시 정지(Space)
desk-back = −5초
desk-back-title = 5초 뒤로(←)
desk-speed = 재생 속도
desk-waveform = 파형: 위는 발신자, 아래는 직원
desk-stages = 통화 단계: 각 단계의 시작 지점으로 이동
desk-keys-hint = 단축키: Space 재생/일시 정지 · ← 5초 뒤로 · 1–5 선택한 항목 채점 · N 해당 없음 · ↑/↓ 항목 이동 · [ ] 느리게/빠르게

desk-measured = 측정 항목
desk-measured-title = 통화에서 자동으로 측정한 항목
desk-measured-yes = 예
desk-measured-no = 아니요
desk-measured-unknown = 알 수 없음

desk-critical = 필수
desk-critical-title = 이 항목을 충족하지 못하면 통화 전체가 불합격 처리됩니다
# $weight: 총점에서 이 항목의 가중치
desk-weight = 가중치 { $weight }
desk-level-yes = 예
desk-level-no = 아니요
desk-not-applicable = 해당 없음
desk-item-comment = 의견(선택)
desk-call-comment = 통화 전체에 대한 의견
desk-submit = 점수 제출
desk-release-label = 작업 반납 사유
desk-release-choose = 반납 사유 선택…
desk-release = 반납
desk-submitted = 제출 완료
desk-next-task = 다음 작업

## 평가자가 작업을 반납하는 사유 (src/grading/desk.rs RELEASE_REASONS):
## desk-release-reason-<저장되는 값>.
desk-release-reason-bad_audio = 음질 불량
desk-release-reason-wrong_number = 잘못된 번호
desk-release-reason-not_evaluation_call = 평가 통화가 아님
desk-release-reason-knows_person = 아는 직원임

## 평가 중 화면에 표시되는 안내.

# $time: 임시 저장한 시각
desk-draft-saved = { $time } 임시 저장됨
desk-draft-not-saved = 임시 저장되지 않음
# $items: 아직 답하지 않은 항목명, 세미콜론으로 구분
desk-still-open = 모든 항목에 답하거나, 허용되는 항목은 '해당 없음'으로 표시하십시오. 남은 항목: { $items }
desk-not-accepted = 점수가 접수되지 않았습니다.
# $total: 100점 만점의 총점, 이미 서식 지정됨; $band: 등급, 예: "우수"
desk-result = 총점 { $total }점({ $band }).
# $total: 100점 만점의 총점, 이미 서식 지정됨; $band: 등급, 예: "개선 필요"
desk-result-critical-failed = 총점 { $total }점({ $band }). 필수 항목을 충족하지 못했습니다.
desk-release-choose-reason = 작업을 반납하는 사유를 선택하십시오.
desk-release-failed = 작업을 반납하지 못했습니다.
desk-hold-lost = 이 작업의 배정이 만료되었습니다. 다음 작업을 받으십시오.

## 대기 중인 작업이 없을 때.

desk-empty = 지금은 평가할 통화가 없습니다. 평가 통화가 진행되면 새 녹음이 들어오니 잠시 후 다시 확인하십시오.
desk-check-again = 다시 확인

## 평가자 일치도 점검.

calibration-title = 평가자 일치도 점검
calibration-agreement = 이중 평가 통화의 평가자 간 일치도
# $count: 두 평가자가 채점한 통화 수
calibration-double-graded = 두 평가자가 채점한 통화 { $count }건.
calibration-figure = 지표
calibration-value = 값
calibration-calls = 통화 수
calibration-icc = 총점: 급내상관계수 ICC(2,1)
calibration-alpha-interval = 총점: Krippendorff 알파(등간 척도)
# $points: 두 총점 간 허용 차이(점)
calibration-within-points = 총점 차이 { $points }점 이내
calibration-script = 시나리오
calibration-item = 항목
calibration-alpha-ordinal = 알파(서열 척도)
calibration-kappa = 가중 카파
calibration-no-double-graded = 아직 이중 평가된 통화가 없습니다.
calibration-graders = 평가자
calibration-grader = 평가자
calibration-sheets = 평가표 수
calibration-median-time = 작업당 소요 시간(중앙값)
calibration-leniency = 관대화 경향
calibration-final-calls = 확정 통화
calibration-adjudications = 조정 평가
# $minutes: 분, 이미 서식 지정됨
calibration-minutes = { $minutes }분
calibration-no-sheets = 아직 평가표가 없습니다.
calibration-leniency-hint = 관대화 경향은 같은 통화에 대해 평가자가 매긴 총점과 확정 점수의 평균 차이입니다. 양수이면 확정 결과보다 점수를 후하게 준다는 뜻입니다.

## 평가 화면과 API의 거부 메시지.

# $id: 작업 번호
grading-not-found-held-task = { $id }번 작업이 배정되어 있지 않습니다. 다른 평가자의 작업이거나 배정이 만료되었습니다.
# $id: 작업 번호
grading-not-found-evaluation = { $id }번 작업의 평가를 찾을 수 없습니다.
# $id: 작업 번호
grading-not-found-audio = { $id }번 작업의 녹음을 찾을 수 없습니다.
# $id: 녹음 번호
grading-not-found-recording = { $id }번 녹음을 찾을 수 없습니다.
# $id: 녹음 번호
grading-recording-unsafe-path = { $id }번 녹음은 파일 경로가 안전하지 않아 제공하지 않습니다.
grading-hold-ended = 이 작업의 배정이 만료되었습니다. 다음 작업을 받으십시오.
grading-release-reason-missing = 작업을 반납하는 사유를 입력하십시오(음질 불량, 잘못된 번호 등).
grading-draft-too-large = 임시 저장 내용이 너무 큽니다.
# $items: 답하지 않은 항목 키, 쉼표로 구분
grading-not-answered = 아직 답하지 않은 항목: { $items }
# $item: 통화 시나리오의 항목 키
grading-item-not-graded = "{ $item }" 항목은 평가자가 채점하는 항목이 아닙니다.
# $item: 통화 시나리오의 항목 키
grading-item-missing = "{ $item }" 항목에 답이 없습니다. 평가표의 모든 항목에 점수를 매겨야 합니다(허용되는 항목은 "해당 없음" 가능).
# $item: 통화 시나리오의 항목 키
grading-item-unknown = "{ $item }" 항목은 이 시나리오의 평가표에 없습니다.
# $item: 항목 키; $value: 입력된 값; $min, $max: 척도의 양 끝
grading-item-out-of-scale = "{ $item }" 항목: { $value }은(는) 척도에 없는 값입니다. { $min }~{ $max } 범위의 값을 입력하십시오.
# $item: 통화 시나리오의 항목 키
grading-item-na-not-allowed = "{ $item }" 항목은 "해당 없음"으로 표시할 수 없습니다. 점수를 입력하십시오.
# $item: 통화 시나리오의 항목 키
grading-item-duplicate = "{ $item }" 항목에 답이 두 번 이상 입력되었습니다.
# $field: 통신사 필드 이름
grading-carrier-field-missing = 통신사의 녹음 콜백에 { $field } 값이 없습니다.
# $field: 통신사 필드 이름; $value: 통신사가 보낸 값
grading-carrier-field-not-number = { $field }: "{ $value }"은(는) 숫자가 아닙니다.
