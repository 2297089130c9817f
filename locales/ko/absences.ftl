## 직원 부재: CSV 파일로 가져와 직원별 페이지에 표시합니다. 부재일에 걸린
## 통화는 무효 처리됩니다(보관하고 표시하지만 어디에도 집계하지 않음).

# $value: 파일에 적힌 사번
absence-unknown-staff = 사번이 “{ $value }”인 직원이 없습니다.
# $value: 파일에 적힌 값
absence-day-invalid = “{ $value }”은(는) 2026-11-03과 같은 날짜 형식이 아닙니다.
absence-last-before-first = 마지막 날이 첫날보다 앞섭니다.
# $days: 한 행에 적을 수 있는 가장 긴 부재 기간
absence-too-long = 한 행의 부재 기간은 최대 { $days }일입니다. 여러 행으로 나누어 적으십시오.
# $value: 파일에 적힌 값; $kinds: 적을 수 있는 부재 유형
absence-kind-unknown = “{ $value }”은(는) 부재 유형이 아닙니다. 다음 중 하나를 사용하십시오: { $kinds }.

## 부재 유형, 값별 표시: absence-kind-<value>.
absence-kind-leave = 휴가
absence-kind-sick = 병가
absence-kind-trip = 출장
absence-kind-training = 교육
absence-kind-other = 기타 부재

## 직원 명단 페이지의 업로드와 직원별 페이지.
roster-upload-absences = 부재(휴가, 병가, 출장, 교육)
# $columns: 파일의 열; $kinds: 부재 유형
roster-upload-absences-hint = 부재 파일의 열은 { $columns }입니다. kind는 { $kinds } 중 하나이며, last_day가 비어 있으면 하루 부재로 봅니다. 부재일에는 해당 직원에게 통화하지 않습니다. 계획된 통화는 다른 날로 옮기며, 그날 이미 걸린 평가 통화는 무효 처리하고 대체 통화를 계획합니다.
# $file: 파일 이름
roster-upload-absences-done = { $file } 업로드 완료: 부재 추가 { $created }건, 기존 등록 { $unchanged }건, 계획된 통화 이동 { $moved }건, 평가 무효 처리 { $voided }건, 대체 통화 계획 { $replacements }건.
roster-absences = 부재
roster-absence-days = 기간
roster-absence-kind = 유형
roster-absence-note = 비고
roster-absences-none = 등록된 부재가 없습니다.

## 개인 평가표: 부재로 무효 처리된 평가.
scorecard-voided-heading = 무효 처리된 평가
scorecard-voided-hint = 직원이 부재 중인 날에 걸린 통화입니다. 여기에 보관하되 어디에도 집계하지 않으며, 통화마다 대체 통화를 계획했습니다.
scorecard-voided-reason = 사유
# $kind: 부재 유형; $from, $to: 첫날과 마지막 날
scorecard-voided-absent = 부재({ $kind }) { $from } – { $to }
