## 工作人员离岗：以CSV文件导入，显示在人员页面上；离岗当天进行的通话作废
## （保留并显示，但不计入任何统计）。

# $value: 文件中的工号
absence-unknown-staff = 没有工号为“{ $value }”的工作人员。
# $value: 文件中填写的内容
absence-day-invalid = “{ $value }”不是2026-11-03格式的日期。
absence-last-before-first = 最后一天早于第一天。
# $days: 每行可登记的最长离岗天数
absence-too-long = 每行登记的离岗最长为{ $days }天；请拆分为多行。
# $value: 文件中填写的内容；$kinds: 可填写的离岗类型
absence-kind-unknown = “{ $value }”不是离岗类型；请使用以下之一：{ $kinds }。

## 离岗类型，按值显示：absence-kind-<value>。
absence-kind-leave = 休假
absence-kind-sick = 病假
absence-kind-trip = 出差
absence-kind-training = 培训
absence-kind-other = 其他离岗

## 人员名册页面的上传，以及人员页面。
roster-upload-absences = 离岗（休假、病假、出差、培训）
# $columns: 文件的列；$kinds: 离岗类型
roster-upload-absences-hint = 离岗文件包含以下列：{ $columns }；kind为{ $kinds }之一；last_day为空表示离岗一天。离岗当天不会呼叫该人员：已计划的通话改到其他日期，当天已进行的测评通话作废，并另行安排替补通话。
# $file: 文件名
roster-upload-absences-done = { $file }已上传：新增离岗记录{ $created }条，已有{ $unchanged }条；已计划的通话改期{ $moved }通，作废测评{ $voided }个，安排替补通话{ $replacements }通。
roster-absences = 离岗记录
roster-absence-days = 日期
roster-absence-kind = 类型
roster-absence-note = 备注
roster-absences-none = 暂无离岗记录。

## 成绩单：因离岗而作废的测评。
scorecard-voided-heading = 已作废的测评
scorecard-voided-hint = 该人员离岗当天进行的通话。这些通话保留在此处，不计入任何统计；每通均已另行安排替补通话。
scorecard-voided-reason = 原因
# $kind: 离岗类型；$from, $to: 离岗的第一天和最后一天
scorecard-voided-absent = 离岗（{ $kind }）{ $from } – { $to }
