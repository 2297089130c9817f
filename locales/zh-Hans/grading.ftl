## 评分工作台、评分员一致性校准及评分相关的拒绝提示。
## 评分细则标签、环节名称、量表等级及评分指引来自通话脚本本身的语言，不在本文件中。

## Score bands (src/grading/scoring.rs Band), shown by value: band-<value>.
band-excellent = 优秀
band-good = 良好
band-needs_improvement = 待改进

## 工作台页面。

desk-title = 评分工作台
# $id: the task's number
desk-task-number = 任务{ $id }
desk-kind-first = 评分
desk-kind-second = 第二次评分（盲评）
desk-kind-adjudication = 仲裁评分：两名评分员意见不一致
# $seconds: seconds from the first ring to the answer, already formatted; $count: how many rings
desk-answered-after = 接听用时：{ $seconds }秒（振铃{ $count }次）
# $seconds: seconds from the first ring to the answer, already formatted
desk-answered-after-seconds = 接听用时：{ $seconds }秒
desk-answered-unknown = 接听用时：—
# $time: a time of day, e.g. 14:05:30
desk-held-until = 为您保留至{ $time }

desk-recording = 通话录音
desk-play = 播放
desk-pause = 暂停
desk-play-title = 播放或暂停（空格键）
desk-back = −5秒
desk-back-title = 后退5秒（←）
desk-speed = 播放速度
desk-waveform = 波形图：上方为测评来电方，下方为工作人员
desk-stages = 通话环节：点击跳转至各环节开始处
desk-keys-hint = 快捷键：空格 播放/暂停 · ← 后退5秒 · 1–5 为当前高亮项评分 · N 不适用 · ↑/↓ 切换评分项 · [ ] 减速/加速

desk-measured = 自动测量项
desk-measured-title = 根据通话自动测量
desk-measured-yes = 是
desk-measured-no = 否
desk-measured-unknown = 未知

desk-critical = 关键项
desk-critical-title = 此项不合格，整通电话即判为不合格
# $weight: the item's weight in the total
desk-weight = 权重{ $weight }
desk-level-yes = 是
desk-level-no = 否
desk-not-applicable = 不适用
desk-item-comment = 备注（选填）
desk-call-comment = 整通电话评语
desk-submit = 提交评分
desk-release-label = 退回任务的原因
desk-release-choose = 请选择退回原因…
desk-release = 退回
desk-submitted = 已提交
desk-next-task = 下一项任务

## Why a grader gives a task back (src/grading/desk.rs RELEASE_REASONS):
## desk-release-reason-<the value stored>.
desk-release-reason-bad_audio = 录音质量差
desk-release-reason-wrong_number = 号码错误
desk-release-reason-not_evaluation_call = 非测评电话
desk-release-reason-knows_person = 本人认识该工作人员

## 评分过程中工作台脚本显示的提示。

# $time: the time of day the draft was saved
desk-draft-saved = 草稿已于{ $time }保存
desk-draft-not-saved = 草稿未保存
# $items: the labels of the items still unanswered, separated by semicolons
desk-still-open = 请为每一项评分，允许时可标记为“不适用”。尚未完成：{ $items }
desk-not-accepted = 评分未被接受。
# $total: the call's total out of 100, already formatted; $band: its band, e.g. "excellent"
desk-result = 总分{ $total }（{ $band }）。
# $total: the call's total out of 100, already formatted; $band: its band, e.g. "needs improvement"
desk-result-critical-failed = 总分{ $total }（{ $band }）。有关键项不合格。
desk-release-choose-reason = 请选择退回任务的原因。
desk-release-failed = 任务未能退回。
desk-hold-lost = 该任务的保留已失效，请领取下一项任务。

## 暂无待评任务时的工作台。

desk-empty = 目前没有待您评分的通话。测评电话拨出后会陆续产生新的录音，请稍后再查看。
desk-check-again = 重新查看

## 评分员一致性校准。

calibration-title = 评分员一致性校准
calibration-agreement = 双人评分通话的评分一致性
# $count: how many calls were scored by two graders
calibration-double-graded = 共{ $count }通电话由两名评分员评分。
calibration-figure = 指标
calibration-value = 数值
calibration-calls = 通话数
calibration-icc = 总分：组内相关系数ICC(2,1)
calibration-alpha-interval = 总分：Krippendorff α系数（等距）
# $points: how far apart two totals may be, in points
calibration-within-points = 总分相差不超过{ $points }分
calibration-script = 通话脚本
calibration-item = 评分项
calibration-alpha-ordinal = α系数（有序）
calibration-kappa = 加权Kappa系数
calibration-no-double-graded = 暂无双人评分的通话。
calibration-graders = 评分员
calibration-grader = 评分员
calibration-sheets = 评分表数
calibration-median-time = 每项任务用时中位数
calibration-leniency = 宽松度
calibration-final-calls = 最终评分通话数
calibration-adjudications = 仲裁次数
# $minutes: a number of minutes, already formatted
calibration-minutes = { $minutes }分钟
calibration-no-sheets = 暂无评分表。
calibration-leniency-hint = 宽松度是评分员所评总分与同一通话最终得分之差的平均值：正值表示其评分高于最终结果。

## 评分工作台及其API的拒绝提示。

# $id: the task's number
grading-not-found-held-task = 您未持有任务{ $id }：该任务不属于您，或对其的保留已失效。
# $id: the task's number
grading-not-found-evaluation = 未找到任务{ $id }的测评记录。
# $id: the task's number
grading-not-found-audio = 未找到任务{ $id }的通话录音。
# $id: the recording's number
grading-not-found-recording = 未找到录音{ $id }。
# $id: the recording's number
grading-recording-unsafe-path = 录音{ $id }的存储路径不安全，不予提供。
grading-hold-ended = 该任务的保留已失效，请领取下一项任务
grading-release-reason-missing = 请说明退回任务的原因（录音质量差、号码错误等）
grading-draft-too-large = 草稿内容过大
# $items: the keys of the unanswered items, separated by commas
grading-not-answered = 尚未评分：{ $items }
# $item: an item's key in the call script
grading-item-not-graded = 评分项“{ $item }”不由评分员评分
# $item: an item's key in the call script
grading-item-missing = 评分项“{ $item }”未评分；评分表中每一项均须评分（允许时可标记为“不适用”）
# $item: an item's key in the call script
grading-item-unknown = 评分项“{ $item }”不在本脚本的评分表中
# $item: an item's key in the call script; $value: the value given; $min and $max: the ends of its scale
grading-item-out-of-scale = 评分项“{ $item }”：{ $value }超出评分量表，请给出{ $min }至{ $max }之间的分值
# $item: an item's key in the call script
grading-item-na-not-allowed = 评分项“{ $item }”不能标记为“不适用”，请评分
# $item: an item's key in the call script
grading-item-duplicate = 评分项“{ $item }”重复评分
# $field: the name of the carrier's field
grading-carrier-field-missing = 运营商的录音回调中缺少{ $field }。
# $field: the name of the carrier's field; $value: what the carrier sent
grading-carrier-field-not-number = { $field }：“{ $value }”不是数字。
