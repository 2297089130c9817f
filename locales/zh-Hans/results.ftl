## 人事考评结果：部门视图、人员列表和成绩单、月度服务之星、培训需求、
## 评分申诉、打印版报告、图表以及CSV/XLSX下载。人员、部门和中心名称、
## 评分细则标签和培训主题均来自数据和通话脚本。

## 结果页面共用的期间和筛选条件。

# $year: a year, e.g. 2026 (written without grouping)
results-period-year = { $year }年
# $from, $to: the first and last day of a period, already formatted
results-period-custom = { $from } – { $to }
# $period: the period (e.g. "October 2026"); $from, $to: its first and last day, already formatted
results-period-span = { $period }（{ $from } – { $to }）
results-month = 月份
results-show = 查看
results-previous = ← 上一期
results-next = 下一期 →
results-filter = 筛选
results-all-centres = 全部中心
results-all-departments = 全部部门
# $from, $to: the days the reader gave, as YYYY-MM-DD
results-period-ends-before-start = 结束日期（{ $to }）早于开始日期（{ $from }）。
# $years: the longest period allowed, in years
results-period-too-long = 期间最长为{ $years }年。
# $value: what the reader gave as a month
results-month-invalid = “{ $value }”不是有效月份，格式应如2026-10。
# $value: what the reader gave as a year
results-year-invalid = “{ $value }”不是有效年份，格式应如2026。
results-period-from-and-to = 请同时填写开始日期和结束日期，或均不填写。
# $code: the department code the reader gave
results-department-unknown = 不存在部门“{ $code }”。
# $code: the centre code the reader gave
results-centre-unknown = 不存在中心“{ $code }”。
# $id: the staff member's number
results-staff-not-found = 未找到工作人员{ $id }
# $id: the evaluation's number
results-evaluation-not-found = 未找到最终测评{ $id }

## 结果页面共用词语。

results-final-evaluations = 最终测评数
results-mean-total = 平均总分
results-staff-under = 未达标人员
results-no-evaluations = 本期间无最终测评。
results-nobody-under = 无人低于所在测评活动的达标线。
results-listen = 收听
results-measured = （自动测量）
results-download-xlsx = 下载XLSX
results-download-xlsx-all = 下载XLSX（全部表格）
# Precedes the list of tables that can be downloaded one by one as CSV.
results-download-csv = CSV：
# $count: how many citizens or evaluations a figure rests on
results-sample-size = n={ $count }
# $text: a citizen's own words
results-quoted = “{ $text }”
results-column-rank = 排名
results-column-department = 部门
results-column-centre = 中心
results-column-evaluations = 测评数
results-column-mean = 平均分
results-column-interval = 95%置信区间
results-column-ranking-score = 排名得分
results-ranking-score-hint = 按数据量向总体平均分收缩后的平均分：所依据的数据越少，越接近总体平均分
results-column-employee-no = 工号
results-column-name = 姓名
results-column-threshold = 达标线
results-column-citizens = 群众评价（1–5）
results-flag-few-calls = 通话数偏少

## Who made a score final (the evaluation's score source), shown by value:
## results-score-source-<value>.
results-score-source-single = 单人评分
results-score-source-mean = 双人评分平均
results-score-source-adjudicated = 仲裁评定
results-score-source-auto = 自动评定
results-score-source-dispute = 申诉改定

## 部门视图。

results-title = 测评结果
# $period: the period shown, e.g. "October 2026"
results-heading = 测评结果 · { $period }
results-nav-staff = 工作人员
results-nav-stars = 服务之星
results-nav-training = 培训需求
results-nav-disputes = 评分申诉
results-nav-report = 月度报告打印版
results-nav-label = 更多结果页面
# $year: the year of the summary (written without grouping)
results-year-end-xlsx = { $year }年度汇总（XLSX）
results-departments-heading = 部门
results-departments-explained = 排名所依据的得分不偏向样本量小的部门：各部门平均分按所依据数据的多少向总体平均分收缩，数据越少收缩越多。平均分旁的95%置信区间反映其可信程度。
results-centres-heading = 中心
results-spread-heading = 得分分布
results-under-heading = 低于所在测评活动达标线的人员

## 人员列表。

results-staff-title = 工作人员成绩
# $period: the period shown
results-staff-heading = 工作人员成绩 · { $period }

## 工作人员成绩单及其打印版（亦用于年度汇总）。

# $name: the staff member's name
scorecard-title = { $name } · 成绩单
scorecard-printable = 成绩单打印版
# $year: the year of the summary (written without grouping)
scorecard-year-end = { $year }年度汇总
# $name: the staff member's name; $period: the period
scorecard-print-title = 成绩单 · { $name } · { $period }
# $name: the staff member's name; $period: the year
scorecard-print-title-year = 年度汇总 · { $name } · { $period }
# $period: the period of the scorecard
scorecard-print-heading = 电话服务礼仪成绩单 · { $period }
scorecard-evaluation-calls = 测评通话
scorecard-answered-by-person = 人工接听
scorecard-median-latency = 接听用时中位数
# $seconds: a number of seconds, already formatted
scorecard-seconds = { $seconds }秒
scorecard-threshold = 达标线（良好）
scorecard-citizens-about-them = 群众评价
# Follows the mean rating. $rated: citizens who rated the staff member; $reached: citizens reached
scorecard-citizens-rated = / 5，已联系上{ $reached }人，其中{ $rated }人评分
scorecard-rings-heading = 接听前振铃次数
# A call nobody answered whose outcome is not known.
scorecard-connection-unknown = 未知
scorecard-trend-heading = 变化趋势
scorecard-stages-heading = 通话环节
scorecard-items-heading = 评分项
scorecard-column-stage = 环节
scorecard-column-item = 评分项
scorecard-column-topic = 培训主题
scorecard-column-score = 得分
scorecard-falls-short = 未达标
scorecard-no-items = 本期间无评分项。
scorecard-graders-heading = 评分员评语
# $date: the day of the call; $item: the rubric item; $text: the grader's comment
scorecard-comment-on-item = { $date } · { $item }：{ $text }
# $date: the day of the call; $text: the grader's comment on the whole call
scorecard-comment = { $date }：{ $text }
scorecard-no-comments = 暂无评语。
scorecard-citizens-heading = 群众反映
# $service: the service used; $rating: the citizen's rating of the staff member (1-5); $text: their words
scorecard-citizen-rated = { $service } · { $rating }/5：“{ $text }”
# $service: the service used; $text: the citizen's words
scorecard-citizen = { $service }：“{ $text }”
scorecard-no-citizens = 暂无回访意见。
scorecard-evaluations-heading = 测评记录
scorecard-column-date = 日期
scorecard-column-script = 脚本
scorecard-column-connection = 接通情况
scorecard-column-rings = 振铃次数
scorecard-column-total = 总分
scorecard-column-band = 等级
scorecard-column-source = 评分来源
scorecard-column-dispute = 申诉
# $version: the number of the score's version
scorecard-version = （第{ $version }版）
scorecard-locked = 已锁定
scorecard-details = 详情
scorecard-details-or-dispute = 详情 · 申诉

## 月度服务之星。

stars-title = 服务之星
# $period: the month shown
stars-heading = 月度服务之星 · { $period }
# $min: the fewest final evaluations a star needs; $probability: the chance of lying above the median a star needs, as a percentage
stars-explained = 各中心列出本月最终测评不少于{ $min }次、且以不低于{ $probability }的概率高于本中心工作人员中位数的人员，按排名得分（个人平均分按所依据数据的多少向本中心总体平均分收缩）排序。排名得分相同的，按回访中群众对其服务态度的满意度排序；仍相同的，列为并列。
stars-no-centre = 各中心尚无工作人员。
# $score: the ranking score, already formatted
stars-score = 得分{ $score }
# $mean: the plain mean; $evaluations: how many evaluations, as evaluations-count writes it; $interval: the 95% interval
stars-mean-over = 平均分{ $mean }，共{ $evaluations }，置信区间{ $interval }
# $rating: citizens' mean rating of the staff member (1-5), already formatted
stars-citizens = 群众评价{ $rating }/5
# $names: the others with the same score and satisfaction, separated by commas
stars-tied-with = 与{ $names }并列
stars-decided-by-satisfaction = 得分相同：按群众满意度排序
# $evaluations: how many evaluations, as evaluations-count writes it
stars-thin-data = 数据较少：{ $evaluations }
# $items: the star's best items, each as stars-best-item writes it, separated by semicolons
stars-best-at = 表现突出：{ $items }
# $item: a rubric item; $score: the star's score on it (0-100)
stars-best-item = { $item }（{ $score }）
# $min: the fewest final evaluations a star needs
stars-nobody-eligible = 本月无人最终测评达到{ $min }次。
# $min: the fewest final evaluations a star needs; $people: those with fewer, each as stars-below-minimum-person writes it
stars-below-minimum = 暂不参与排名（最终测评不足{ $min }次）：{ $people }
# $name: a staff member; $count: their final evaluations; $mean: their mean total
stars-below-minimum-person = { $name }（{ $count }次，平均分{ $mean }）

## 培训需求。

training-title = 培训需求
# $period: the period shown
training-heading = 培训需求 · { $period }
training-topics-heading = 各培训主题的需求人员
training-column-topic = 培训主题
training-column-who = 需求人员
training-column-staff = 工作人员
# The topic of rubric items whose script names none.
training-topic-other = 其他
training-topic-answering = 接听电话
training-topic-listening = 倾听
training-topic-accuracy = 信息准确
training-topic-transfers = 电话转接
training-topic-courtesy = 礼貌用语
training-topic-closing = 结束通话
training-topic-attitude = 服务态度
training-topic-process = 办事流程
training-nobody = 无
training-matrix-heading = 人员 × 评分项
training-matrix-explained = 每格为该工作人员在该评分项上的平均得分（0–100）；带标记的格子表示低于所在测评活动的达标线。
training-falls-short = 低于达标线
training-examples-heading = 优秀示范：各评分项得分最高的录音
# $item: the recording's score on the item (0-100); $total: its total score
training-example-scores = 该项{ $item }分 · 总分{ $total }
training-shared = 已共享
training-stop-sharing = 取消共享
training-mark-for-sharing = 标记为共享
training-no-recording = 暂无已评分的录音。

## 最终得分的评分申诉。

## The states of a dispute, shown by value: dispute-state-<value>.
dispute-state-open = 待处理
dispute-state-accepted = 已采纳
dispute-state-partly_accepted = 部分采纳
dispute-state-rejected = 已驳回

disputes-title = 评分申诉
disputes-state-all = 全部
disputes-download-csv = CSV
disputes-figure-open = 待处理
disputes-figure-accepted = 已采纳
disputes-figure-partly-accepted = 部分采纳
disputes-figure-rejected = 已驳回
disputes-figure-median-time = 处理用时中位数
# $hours: a number of hours, already formatted
disputes-hours = { $hours }小时
disputes-column-number = #
disputes-column-call-date = 通话日期
disputes-column-staff = 工作人员
disputes-column-items = 申诉项
disputes-column-why = 申诉理由
disputes-column-raised-by = 申诉人
disputes-column-state = 状态
disputes-column-resolution = 处理意见
disputes-column-hours = 用时（小时）
disputes-review = 审核
disputes-open-link = 打开
disputes-none = 暂无评分申诉。

## 测评详情页：评分项、评分历史及申诉。

# $id: the evaluation's number
disputes-evaluation-title = 测评{ $id }
# $source: who made the score final (results-score-source-*); $version: the score's version
disputes-score-version = { $source }，第{ $version }版
disputes-recording = 通话录音
disputes-items-heading = 评分项（当前版本）
# Short for "not applicable", in a table cell.
disputes-not-applicable-short = 不适用
disputes-history-heading = 评分历史
disputes-column-version = 版本
disputes-column-source = 来源
disputes-column-by = 操作人
disputes-column-when = 时间
# $id: the dispute's number
disputes-number = #{ $id }
# $name: who raised the dispute; $items: the disputed items, separated by commas
disputes-raised-by = 由{ $name }提出，涉及：{ $items }
# $name: who resolved it; $text: their resolution
disputes-resolution-by = { $name }的处理意见：{ $text }
# $item: a rubric item
disputes-new-score-for = { $item }的新得分
disputes-score-unchanged = 不变
disputes-not-applicable = 不适用
# The two levels of a yes/no rubric item.
disputes-level-yes = 是
disputes-level-no = 否
disputes-accept = 按上述得分采纳
disputes-reject = 驳回
disputes-resolve-explained = 为全部申诉项给出新得分即为采纳申诉；只为其中部分项给出新得分即为部分采纳。无论何种结果，处理完毕后该测评即被锁定。
disputes-none-on-evaluation = 无评分申诉。
disputes-raise-heading = 对该得分提出申诉
# $days: how many days after the score became final it can be disputed
disputes-raise-explained = 须在得分确定后{ $days }天内提出。请列明申诉项并说明理由。
disputes-disputed-items = 申诉项
disputes-raise = 提交申诉
disputes-closed-locked = 不可申诉：针对该测评的申诉已处理完毕，已被锁定。
disputes-closed-not-final = 不可申诉：其得分尚未最终确定。
# $days: the length of the dispute window in days
disputes-closed-window = 不可申诉：已超过得分确定后{ $days }天的申诉期限。

## 提出或处理申诉时的拒绝提示。

# $evaluation: the evaluation's number
disputes-refused-locked = 测评{ $evaluation }不可申诉：针对该测评的申诉已处理完毕，已被锁定。
# $evaluation: the evaluation's number
disputes-refused-not-final = 测评{ $evaluation }不可申诉：其得分尚未最终确定。
# $evaluation: the evaluation's number; $days: the length of the dispute window in days
disputes-refused-window = 测评{ $evaluation }不可申诉：已超过得分确定后{ $days }天的申诉期限。
disputes-comment-missing = 请说明申诉理由。
disputes-items-missing = 请至少列明一个申诉项。
# $item: the item key given; $script: the call script's code
disputes-item-unknown = “{ $item }”不是脚本{ $script }中的评分项。
# $evaluation: the evaluation's number
disputes-already-open = 测评{ $evaluation }已有一项待处理的申诉。
# $id: the dispute's number; $state: its state (accepted, partly_accepted or rejected)
disputes-already-resolved = 申诉{ $id }已{ $state ->
    [accepted] 被采纳
    [partly_accepted] 被部分采纳
   *[rejected] 被驳回
  }。
disputes-reviewer-raised-it = 申诉须由申诉人以外的人员审核。
disputes-resolution-missing = 请说明申诉的处理结果及理由。
disputes-rejected-changes-no-score = 驳回申诉不会改变任何得分。
disputes-score-not-disputed = 只有申诉项可以给出新得分。
disputes-score-not-an-item = 不是该脚本中的评分项。
disputes-score-na-not-allowed = 该评分项不能标记为不适用。
# $value: what was given as the item's new score
disputes-score-not-a-level = { $value }不是该评分项量表中的等级。
# $level: the level given; $min, $max: the lowest and highest level of the item's scale
disputes-score-off-scale = { $level }超出量表范围（{ $min }–{ $max }）。
disputes-score-none-given = 请至少为一个申诉项给出新得分，或驳回申诉。
# $value: the decision given
disputes-decision-invalid = “{ $value }”：请选择采纳（accept）或驳回（reject）。
# $id: the dispute's number
disputes-resolved-meanwhile = 申诉{ $id }已在此期间由他人处理。
# $id: the dispute's number
disputes-not-found = 未找到申诉{ $id }

## 月度报告打印版（及成绩单打印版与其共用的内容）。

# $period: the month of the report
report-heading = 电话服务礼仪 · 月度报告 · { $period }
# $from, $to: the first and last day of the report, already formatted
report-days = { $from } – { $to }
report-final-scores-only = 仅含最终得分
# Before the time the report was prepared.
report-prepared = 制表时间：
report-print = 打印
report-disputes-raised = 提出的申诉
# $count: how many of the disputes are still open
report-disputes-open = （{ $count }项待处理）
report-stars-heading = 月度服务之星
report-training-heading = 按主题划分的培训需求
report-column-people = 人数

## 图表：标题、数据系列和替代文本。

chart-trend-title = 各月平均总分（无测评的月份留空）
chart-trend-mean = 平均总分
chart-trend-threshold = 达标线（良好）
# $months: each month with evaluations, as chart-trend-alt-month writes it, separated by semicolons
chart-trend-alt = 各月平均总分：{ $months }
# $month: a month, e.g. "October 2026"; $mean: the mean total, already formatted; $count: how many evaluations
chart-trend-alt-month = { $month }：{ $mean }（n={ $count }）
chart-distribution-title = 最终总分分布（每10分一档）
chart-distribution-evaluations = 测评数
# $bins: each bin, as chart-distribution-alt-bin writes it, separated by semicolons
chart-distribution-alt = 最终总分分档：{ $bins }
# $bin: a range of totals, e.g. 80–89; $count: how many final totals fall in it
chart-distribution-alt-bin = { $bin }：{ $count }
chart-departments-title = 各部门：排名得分与原始平均分
chart-departments-ranking-score = 排名得分（收缩后）
chart-departments-plain-mean = 原始平均分
# $name: a department; $count: its final evaluations
chart-departments-label = { $name }（n={ $count }）
# $departments: each department, as chart-departments-alt-department writes it, separated by semicolons
chart-departments-alt = 各部门排名得分：{ $departments }
# $name: a department; $score: its ranking score; $mean: its plain mean (both formatted); $count: its final evaluations
chart-departments-alt-department = { $name } { $score }（原始平均分{ $mean }，n={ $count }）

## 下载（CSV和XLSX）：工作表名称、列标题及单元格中的用语。
## 工作表名称截取前31个字符。

export-sheet-departments = 部门
export-sheet-centres = 中心
export-sheet-under-threshold = 未达标人员
export-sheet-distribution = 得分分布
export-sheet-staff = 工作人员
export-sheet-year-end-summary = 年度汇总
export-sheet-summary = 概况
export-sheet-rings = 振铃次数
export-sheet-stages = 通话环节
export-sheet-items = 评分项
export-sheet-trend = 变化趋势
export-sheet-evaluations = 测评记录
export-sheet-graders-comments = 评分员评语
export-sheet-citizens = 群众反映
# $centre: the centre's name
export-sheet-stars = 服务之星 { $centre }
# $centre: the centre's name
export-sheet-below-minimum = 暂不排名 { $centre }
export-sheet-matrix = 人员评分项矩阵
export-sheet-topics = 培训主题
export-sheet-examples = 优秀示范
export-sheet-disputes = 评分申诉

export-column-rank = 排名
export-column-department = 部门
export-column-centre = 中心
export-column-evaluations = 测评数
export-column-mean = 平均分
export-column-ci95-low = 95%置信区间下限
export-column-ci95-high = 95%置信区间上限
export-column-ranking-score = 排名得分
export-column-employee-no = 工号
export-column-name = 姓名
export-column-threshold = 达标线
export-column-total = 总分
export-column-grade = 职级
export-column-job-title = 职务
export-column-calls = 通话数
export-column-answered-by-person = 人工接听数
export-column-citizens-rating = 群众评价
export-column-satisfaction-staff = 服务态度满意度
export-column-figure = 指标
export-column-value = 数值
export-column-rings-before-answer = 接听前振铃次数
export-column-stage = 环节
export-column-item = 评分项
export-column-label = 名称
export-column-training-topic = 培训主题
export-column-score = 得分
export-column-short = 未达标
export-column-month = 月份
export-column-evaluation = 测评
export-column-call = 通话
export-column-date = 日期
export-column-script = 脚本
export-column-connection = 接通情况
export-column-rings = 振铃次数
export-column-band = 等级
export-column-source = 评分来源
export-column-version = 版本
export-column-dispute = 申诉
export-column-comment = 评语
export-column-callback = 回访
export-column-service = 办理事项
export-column-place = 名次
export-column-ratings = 评价人数
export-column-tied-with = 并列人员
export-column-decided-by-satisfaction = 按满意度排序
export-column-best-items = 突出评分项
export-column-citizens-words = 群众原话
export-column-items-short = 未达标项数
export-column-topic = 主题
export-column-items = 评分项
export-column-staff = 工作人员
export-column-item-score = 该项得分
export-column-shared = 已共享
export-column-call-date = 通话日期
export-column-raised-by = 申诉人
export-column-state = 状态
export-column-reviewed-by = 审核人
export-column-resolution = 处理意见
export-column-resolution-hours = 处理用时（小时）

## 成绩单概况工作表的各行。
export-figure-period = 期间
export-figure-calls-placed = 拨出通话数
export-figure-answered-by-person = 人工接听数
export-figure-share-answered = 接听率
export-figure-median-latency = 接听用时中位数（秒）
export-figure-final-evaluations = 最终测评数
export-figure-mean-total = 平均总分
export-figure-ci95-low = 95%置信区间下限
export-figure-ci95-high = 95%置信区间上限
export-figure-threshold = 达标线（良好）
export-figure-citizens-reached = 回访联系上的群众数
export-figure-satisfaction-staff = 服务态度满意度（1-5）

export-yes = 是
# $connection: how a call no person answered ended (no answer, busy, …)
export-not-answered = 未接听：{ $connection }
# $score: a staff member's score on an item, under the threshold
export-score-short = { $score }（未达标）
# $item: a rubric item; $score: the star's score on it (0-100)
export-best-item = { $item }（{ $score }）
# $value: the format asked for
export-format-invalid = “{ $value }”：请选择xlsx或csv。
# $value: the view asked for
export-view-invalid = “{ $value }”：请选择departments、staff、year、stars或training。
# $table: the table asked for; $tables: the tables there are, separated by commas
export-table-unknown = 不存在表格“{ $table }”；现有表格为：{ $tables }。
# $table: the table's name; $rows: how many rows it has; $max: how many rows a spreadsheet holds
export-too-many-rows = { $table }共有{ $rows }行，超过电子表格的行数上限（{ $max }）；请以CSV格式下载。

## Evidence behind ranks and flags: rank intervals, and flags only where the data show a difference.

# $low, $high: the ends of a 95% rank interval; $count: how many are ranked
results-rank-range = { $count }个中第{ $low }–{ $high }名
# $rank: a rank the data pin down exactly; $count: how many are ranked
results-rank-exact = { $count }个中第{ $rank }名
results-rank-hint = 95%排名区间：按数据所能说明的程度，真实排名落在此区间内
results-rank-explained = 排名以95%区间显示。两个区间重叠时，现有数据无法区分二者，应视为并列。
results-column-chance-below-mean = 低于平均分的概率
results-column-chance-below-threshold = 低于达标线的概率
results-flagged = 需参加整改培训
# $probability: the chance a flag needs, as a percentage
results-flagged-hint = （仅在有证据时：低于总体平均分的概率不低于{ $probability }）
results-flag-training = 需参加整改培训
results-no-differences-departments = 本期数据未显示各部门之间存在差异；不标记任何部门。
results-no-differences-centres = 本期数据未显示各中心之间存在差异；不标记任何中心。
# $probability: the chance a flag needs, as a percentage
results-differences-departments = 本期数据显示各部门之间存在差异。仅当某部门低于总体平均分的概率不低于{ $probability }时才予以标记。
# $probability: the chance a flag needs, as a percentage
results-differences-centres = 本期数据显示各中心之间存在差异。仅当某中心低于总体平均分的概率不低于{ $probability }时才予以标记。
# $probability: the chance a listing needs, as a percentage
results-under-explained = 仅当数据以不低于{ $probability }的概率表明其真实得分低于达标线时，才列入名单。
results-methods-link = 这些数据是如何计算的
# $rank: the star's rank interval, as results-rank-range writes it; $probability: their chance of lying above the median, as a percentage
stars-rank = 排名{ $rank }，高于中位数的概率为{ $probability }
# $probability: the chance a star needs, as a percentage
stars-no-clear-stars = 本月没有明确的服务之星：测评次数足够的工作人员中，没有人以不低于{ $probability }的概率高于本中心工作人员的中位数。
export-column-flag = 标记
export-flag-training = 需参加整改培训
export-column-rank-low = 排名区间上端
export-column-rank-high = 排名区间下端
export-column-chance-below-mean = 低于平均分的概率
export-column-chance-below-threshold = 低于达标线的概率
export-column-chance-above-median = 高于中位数的概率
