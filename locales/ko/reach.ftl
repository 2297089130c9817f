## 응답과 친절도를 따로 보는 지표, 그리고 종합 점수에서 미응답 통화를 다루는 평가 계획별 처리 방식.

# $low, $high: 비율에 대한 95% 신뢰구간의 양 끝, 이미 백분율로 표기됨
results-rate-interval = { $low }–{ $high }
# $answered: 직원이 직접 응답한 통화 수; $calls: 회선에 연결된 평가 통화 수
results-answered-of = { $calls }건 중 { $answered }건
results-column-answer-rate = 응답률
results-answer-rate-hint = 평가 통화 중 직원이 직접 응답한 비율과 그 95% 신뢰구간
results-column-median-rings = 벨 울림 횟수(중앙값)
results-median-rings-hint = 직원이 응답하기 전 벨이 울린 횟수(응답한 통화의 중앙값)와 그 95% 신뢰구간
results-column-courtesy = 친절도(응답 통화)
results-courtesy-hint = 직원이 응답한 통화의 평균 총점과 그 95% 신뢰구간: 전화가 연결된 뒤 직원이 어떻게 응대했는지를 보여 줍니다
results-column-combined = 종합 점수
# $policy: 처리 방식의 이름; $explained: 처리 방식의 내용
results-policy-one = 종합 점수: { $policy } — { $explained }
# $policies: 처리 방식의 이름, 세미콜론으로 구분
results-policy-mixed = 이 종합 점수에는 미응답 통화 처리 방식이 서로 다른 평가 계획이 섞여 있습니다: { $policies }.
results-policy-more = 미응답 통화의 반영 방식
# $rate: 응답률(백분율); $low, $high: 그 95% 신뢰구간; $calls: 평가 통화 수
stars-reach = 평가 통화 { $calls }건 중 응답률 { $rate }({ $low }–{ $high })
# $mean: 친절도 점수; $count: 채점된 응답 통화 수; $interval: 그 95% 신뢰구간
stars-courtesy = 친절도 { $mean }(응답 통화 { $count }건), { $interval }
scorecard-column-month = 월

policy-zero = 미응답 통화를 0점으로 반영
policy-zero-explained = 미응답 통화를 0점을 받은 통화 한 건으로 계산하므로, 응답률이 낮을수록 종합 점수도 낮아집니다.
policy-exclude = 미응답 통화 제외
policy-exclude-explained = 종합 점수는 응답한 통화의 친절도 점수이며, 응답률은 별도로 표시합니다.
policy-connection = 미응답 통화를 연결 관련 항목에만 반영
policy-connection-explained = 미응답 통화는 시나리오에서 전화 받기 및 연결 항목이 차지하는 가중치 비율만큼만 통화로 계산하며, 그 항목들은 0점으로 처리합니다.

campaign-field-unanswered_policy = 종합 점수의 미응답 통화 처리
campaign-new-policy-hint = 응답률과 친절도는 항상 따로 표시합니다. 이 설정은 직원 순위를 매기는 하나의 종합 점수에 미응답 통화를 어떻게 반영할지 정합니다. 평가 계획을 생성할 때 확정되며, 모든 결과 화면과 내려받기 파일에 표시됩니다.
# $value: 전송된 값
campaign-policy-unknown = "{ $value }"은(는) 미응답 통화 처리 방식이 아닙니다. zero, exclude, connection 중에서 선택하십시오.

export-column-answer-rate = 응답률(%)
export-column-answer-rate-low = 응답률 95% 신뢰구간 하한
export-column-answer-rate-high = 응답률 95% 신뢰구간 상한
export-column-median-rings = 벨 울림 횟수 중앙값
export-column-median-rings-low = 벨 울림 횟수 중앙값 95% 신뢰구간 하한
export-column-median-rings-high = 벨 울림 횟수 중앙값 95% 신뢰구간 상한
export-column-courtesy = 친절도(응답 통화)
export-column-courtesy-low = 친절도 95% 신뢰구간 하한
export-column-courtesy-high = 친절도 95% 신뢰구간 상한
export-column-policy = 미응답 통화 처리 방식
export-figure-policy = 미응답 통화 처리 방식

methods-reach-heading = 응답과 친절도의 구분
methods-reach = 두 가지 질문은 개선 방법이 서로 다르므로 따로 답합니다. 응답: 전화를 얼마나 꾸준히 받는가 — 평가 통화 중 직원이 직접 응답한 비율(95% 윌슨 신뢰구간 포함)과 응답 전 벨 울림 횟수의 중앙값(벨 울림 횟수의 분포와 관계없이 성립하는 95% 신뢰구간 포함)입니다. 친절도: 전화가 연결된 뒤 직원이 어떻게 응대했는가 — 응답한 통화만으로 계산한 평균 총점과 그 95% 신뢰구간입니다. 평가 시스템 쪽 문제로 실패한 통화는 어느 쪽에도 집계하지 않으며, 무효 처리된 통화(직원 부재)는 어디에도 집계하지 않습니다.
methods-policy-heading = 종합 점수의 미응답 통화 처리
methods-policy = 순위, 보완 교육 대상 지정, 우수 직원 선정에는 하나의 종합 점수를 사용합니다. 미응답 통화를 여기에 어떻게 반영할지는 평가 계획마다 생성할 때 정하는 처리 방식에 따릅니다. 모든 결과 화면과 내려받기 파일에는 그 수치의 근거가 된 처리 방식이 표시됩니다.
