## 群众回访：热线话务员工作台、每日抽样、办件数据接入以及面向领导的汇总。

## 话务员工作台：今日回访。

callbacks-page-title = 回访
callbacks-today-heading = 今日回访
callbacks-notice-saved = 回访结果已保存。
callbacks-notice-saved-nothing-due = 回访结果已保存。目前没有其他待回访任务。
callbacks-notice-nothing-due = 目前没有待回访任务。
callbacks-notice-not-available = 该回访当前不能由您领取。
callbacks-no-line = 您的账号未登记电话，系统无法为桥接通话向您振铃。您仍可登记通过其他方式拨打的回访。
# $hours: the calling hours, e.g. "Monday–Friday 08:00–11:00 (Asia/Ho_Chi_Minh)"
callbacks-hours = 回访时段：{ $hours }。
# $hours: the calling hours, e.g. "Monday–Friday 08:00–11:00 (Asia/Ho_Chi_Minh)"
callbacks-hours-closed = 回访时段：{ $hours }。当前不在回访时段。
# $hours: the calling hours; $when: the date and time calls resume, in the centre's time zone
callbacks-hours-closed-until = 回访时段：{ $hours }。当前不在回访时段，将于{ $when }恢复拨打。
# $days: the calling days (a range or a list of weekdays); $start, $end: times of day (08:00); $zone: the centre's time zone, e.g. Asia/Almaty
callbacks-hours-description = { $days } { $start }–{ $end }（{ $zone }）
# $first, $last: the first and last weekday of a run of calling days
callbacks-hours-day-range = { $first }至{ $last }
# Shown on the operator desk of the demo (serve --demo) only, whose centre may call citizens at any hour; real centres never call before 08:00 or after 21:00
callbacks-hours-demo = 演示：已放宽回访时段，任何时间都可以使用回访座席。
callbacks-take-next = 领取下一条回访
callbacks-column-number = #
callbacks-column-service = 办理事项
callbacks-column-visited = 办事时间
callbacks-column-served-by = 经办人
callbacks-column-phone = 号码
callbacks-column-state = 状态
callbacks-column-attempts = 拨打次数
callbacks-column-next-try = 下次拨打
callbacks-taken = （已被领取）
callbacks-continue = 继续
callbacks-take = 领取
callbacks-none-today = 今日无回访任务。

## What became of a callback (callbacks.state), shown by value: callbacks-state-<value>.
callbacks-state-open = 待回访
callbacks-state-closed = 已完成
callbacks-state-unreachable = 无法联系

## The outcome of an attempt (callbacks.outcome and callback_attempts.outcome), shown by value: outcome-<value>.
outcome-reached = 已联系上
outcome-no_answer = 无人接听
outcome-busy = 占线
outcome-wrong_number = 号码错误
outcome-refused = 拒绝受访
outcome-call_later = 要求稍后回电
outcome-never_call = 要求不再来电
outcome-do_not_call = 已列入免打扰名单

## How an attempt was made (callback_attempts.method), shown by value: callbacks-method-<value>.
callbacks-method-bridged = 桥接通话
callbacks-method-other = 其他方式

## How the citizen came to the centre (service_visits.channel), shown by value: visits-channel-<value>.
visits-channel-counter = 窗口办理
visits-channel-phone = 电话办理
visits-channel-online = 网上办理

## Categories of what citizens said (callbacks.category), shown by value: comment-category-<value>.
comment-category-praise = 表扬
comment-category-complaint = 投诉
comment-category-suggestion = 建议
comment-category-question = 咨询
comment-category-process = 办事流程
comment-category-other = 其他
comment-category-uncategorised = 未分类

## 话务员持有的单条回访。

# $id: the callback's number
callbacks-callback-title = 回访{ $id }
callbacks-notice-saved-next = 上一条回访结果已保存，以下为下一条回访。
callbacks-notice-ringing = 您的电话正在振铃，接听后即为您接通办事群众。
callbacks-notice-cannot-call = 当前无法拨出（不在回访时段、您的账号未登记电话，或群众已要求不再来电）。
callbacks-visit = 办事情况
callbacks-citizen = 办事群众
callbacks-number = 号码
callbacks-no-number = 无可用号码
callbacks-service = 办理事项
callbacks-visited = 办事时间
# $when: the date and time of the visit; $channel: how the citizen came (at the counter, by phone, online); $centre: the centre's name
callbacks-visited-detail = { $when }（{ $channel }），{ $centre }
callbacks-served-by = 经办人
callbacks-earlier-attempts = 以往拨打记录
# $when: the date and time of the attempt; $outcome: its outcome; $method: how it was made (bridged call, by other means)
callbacks-attempt-line = { $when }——{ $outcome }（{ $method }）
callbacks-no-attempts = 暂无。
callbacks-call-button = 拨打（先呼叫您的电话，再接通群众）
callbacks-outside-hours-hint = 当前不在本中心的回访时段：您可以登记通过其他方式进行的拨打，或在回访时段内再来。
callbacks-refresh = 刷新
callbacks-script = 通话脚本
callbacks-script-read-first = 请先宣读：
callbacks-script-listen = 收听

## 桥接通话的进展，显示在回访页面并随通话实时更新。

# $id: the call's number; $state: how far the call is (a call state, in the reader's language)
callbacks-call-progress = 桥接通话#{ $id }：{ $state }。
# $id: the call's number; $state: how far the call is; $connection: how it connected (person, voicemail…)
callbacks-call-progress-connected = 桥接通话#{ $id }：{ $state }，{ $connection }。
# $id: the call's number; $state: how far the call is; $seconds: how long it lasted, a formatted number
callbacks-call-progress-timed = 桥接通话#{ $id }：{ $state }（{ $seconds }秒）。
# $id: the call's number; $state: how far the call is; $connection: how it connected; $seconds: how long it lasted, a formatted number
callbacks-call-progress-connected-timed = 桥接通话#{ $id }：{ $state }，{ $connection }（{ $seconds }秒）。

## The state of a bridged call's recording (recordings.state), shown by value: callbacks-recording-<value>.
callbacks-recording-pending = 录音正在传送中。
callbacks-recording-available = 本次通话已录音。
callbacks-recording-corrupt = 录音传送后已损坏。
callbacks-recording-failed = 无法获取录音。
callbacks-recording-purged = 录音已超过保存期限，已被删除。

## 回访结果表单。

callbacks-outcome = 回访结果
callbacks-outcome-question = 回访情况如何？
callbacks-satisfaction-legend = 满意度：1（非常不满意）至5（非常满意），联系上群众时填写
callbacks-satisfaction-staff = 对工作人员服务态度
callbacks-satisfaction-process = 对办事流程
callbacks-satisfaction-overall = 总体满意度
callbacks-comments = 意见
callbacks-questions = 咨询问题
callbacks-suggestions = 建议
callbacks-category = 类别
callbacks-follow-up-needed = 需要跟进处理
callbacks-follow-up-by = 跟进责任人
callbacks-save-and-next = 保存并领取下一条
callbacks-save-outcome = 保存结果

## 工作台的拒绝提示。

# $id: the callback's number
callbacks-not-held = 您当前未持有回访{ $id }。
# $id: the callback's number
callbacks-not-available = 回访{ $id }尚未到期、不可由您领取，或已由他人领取。
# $id: the callback's number
callbacks-no-bridged-call = 回访{ $id }尚无桥接通话。
# $id: the callback's number
callbacks-not-found = 不存在回访{ $id }。
callbacks-satisfaction-range = 请填写1（非常不满意）至5（非常满意）。
callbacks-satisfaction-only-reached = 只有已联系上的群众才能评价满意度。
callbacks-call-back-at-required = 请填写群众要求的回电时间。
callbacks-call-back-at-invalid = 请填写回电的日期和时间。
# $categories: the category codes the API accepts, e.g. "praise, complaint, suggestion"
callbacks-invalid-category = 请使用以下类别之一：{ $categories }。
callbacks-follow-up-by-required = 请填写跟进责任人。
callbacks-outside-calling-hours = 当前不在本中心的回访时段，该回访将顺延至下一回访时段。
callbacks-no-operator-line = 您的账号未登记可振铃的电话，请联系系统管理员添加。
callbacks-no-citizen-number = 群众未留电话号码，请直接登记回访结果。
callbacks-citizen-do-not-call = 该群众已要求不再来电。

## 每日抽样及其设置。

# $centre: the centre code asked for
callbacks-no-centre = 不存在中心“{ $centre }”。
# $centre: the centre code; $day: the day, as the reader writes dates
callbacks-no-draw = 中心{ $centre }在{ $day }没有抽样。
# $value: the setting as written
callbacks-setting-stratify-invalid = “{ $value }”不是有效的抽样分层方式：请使用none、department或service。
# $value: the setting as written
callbacks-setting-draw-at-invalid = “{ $value }”不是有效时间，格式应如08:30。
# $value: the setting as written
callbacks-setting-days-invalid = “{ $value }”不是有效的回访日列表，格式应如mon-fri或mon,wed,fri。
# $value: the setting as written
callbacks-setting-time-invalid = “{ $value }”不是HH:MM格式的时间（如09:00）。
# $centre: the centre code; $earliest, $latest: the earliest and latest a citizen is ever called (08:00, 21:00)
callbacks-setting-no-time = 中心{ $centre }的回访时段在{ $earliest }至{ $latest }之间没有可拨打的时间。

## 办件数据接入（CSV文件或JSON列表）。每个问题均注明所在行（文件）或位置（列表）
## 以及字段，与提示信息分开显示。

visits-send-csv = 请以text/csv格式发送文件。
# $source: the file's name; $count: how many problems were found
visits-import-rejected = { $source }：未导入任何数据；发现{ $count }个问题。
# $count: how many problems were found in the list of visits sent
visits-push-rejected = 未导入任何数据；发现{ $count }个问题。
visits-file-unreadable = 无法读取该文件。
# $columns: the column names the file must have, comma-separated
visits-header-unreadable = 文件第一行须列出各列名称：{ $columns }。
# $value: the column name found; $columns: the column names the file must have
visits-unknown-column = 未知列“{ $value }”；应有的列为：{ $columns }。
# $value: the column name
visits-column-twice = 列“{ $value }”出现了两次。
# $column: the column name
visits-missing-column = 缺少必需列“{ $column }”。
visits-row-unreadable = 无法读取此行：字段数与表头不一致，或含逗号的值未用英文双引号括起来。
visits-not-utf8 = 该值不是UTF-8文本；请将文件另存为“CSV UTF-8”格式。
visits-external-id-required = 须填写排队叫号系统中该次办件的编号。
# $value: the external id
visits-external-id-repeated-line = “{ $value }”在前面的行中已出现。
# $value: the external id
visits-external-id-repeated-list = “{ $value }”在列表前面已出现。
# $value: the centre code as given
visits-unknown-centre = “{ $value }”不是人员名册中的中心。
# $value: the time as given; $zone: the centre's time zone
visits-time-gap = “{ $value }”在{ $zone }时区中不存在（处于夏令时切换的空档）。
# $value: the time as given
visits-invalid-time = “{ $value }”不是有效时间，格式应如2026-03-02 14:05或2026-03-02T14:05:00+08:00。
# $value: the number as given; $region: the country its numbers are read in (VN, KZ…)
visits-invalid-phone = “{ $value }”不是{ $region }地区的有效电话号码。
# $value: the number as given, with its country code
visits-invalid-phone-international = “{ $value }”不是有效的电话号码。
visits-service-required = 须填写办理事项。
# $value: the department code as given
visits-unknown-department = “{ $value }”不是人员名册中的部门。
# $value: the employee number as given
visits-unknown-staff = “{ $value }”不是人员名册中的工作人员。
# $value: the channel as given
visits-invalid-channel = “{ $value }”不是有效的办理渠道：请使用counter、phone或online。
# $value: the answer as given
visits-invalid-consent = “{ $value }”不是“是”或“否”（可填yes/no、true/false、y/n、1/0；留空视为no：仅在群众同意后回访）。

## 面向领导的回访汇总。

synthesis-title = 回访汇总
# $centre: the centre's name; $period: the day, week or month shown
synthesis-heading = 回访汇总 · { $centre } · { $period }
synthesis-centre = 中心
synthesis-period = 周期
synthesis-date = 日期
synthesis-show = 查看

## Periods of a synthesis, shown by value: synthesis-span-<value>, synthesis-previous-<value>, synthesis-next-<value>.
synthesis-span-day = 日
synthesis-span-week = 周
synthesis-span-month = 月
synthesis-previous-day = ← 前一天
synthesis-previous-week = ← 上一周
synthesis-previous-month = ← 上个月
synthesis-next-day = 后一天 →
synthesis-next-week = 下一周 →
synthesis-next-month = 下个月 →

# $week: the ISO week number; $year: its year; $first, $last: its Monday and Sunday as dates
synthesis-period-week = { $year }年第{ $week }周（{ $first } – { $last }）

synthesis-printable = 打印版
synthesis-xlsx = 下载XLSX（全部表格）
synthesis-csv = CSV：

## The tables of a synthesis, as links, download sheets and CSV files, shown by value: synthesis-table-<value>.
synthesis-table-summary = 概况
synthesis-table-departments = 部门
synthesis-table-services = 办理事项
synthesis-table-staff = 工作人员
synthesis-table-comments = 群众意见
synthesis-table-follow-ups = 跟进事项
synthesis-table-callbacks = 回访记录

synthesis-follow-ups = 待跟进事项
synthesis-number-column = #
synthesis-day = 日期
synthesis-who-follows-up = 跟进责任人
synthesis-about = 涉及事项
synthesis-what-said = 群众反映内容
synthesis-done = 办结
synthesis-no-follow-up = 暂无待跟进事项。

synthesis-drawn = 抽取数
synthesis-reached = 已联系上
# $share: the share reached, as a percentage
synthesis-reach-share = （占已结束回访的{ $share }）
synthesis-reach-share-hint = 占通话已结束的回访的比例
synthesis-unreachable = 无法联系
synthesis-refused = 拒绝受访
synthesis-wrong-number = 号码错误
synthesis-never-call = 要求不再来电
synthesis-pending = 待回访
synthesis-staff-attitude = 工作人员态度
synthesis-process = 办事流程
synthesis-overall = 总体评价
# $n: how many citizens answered the question
synthesis-score-scale = / 5，n={ $n }

synthesis-wrong-number-short = 号码错误
synthesis-never-call-short = 勿再来电
synthesis-pending-short = 待回访
synthesis-reached-percent = 联系率 %
synthesis-no-draw = 本期间无抽样。

synthesis-department = 部门
synthesis-service = 办理事项
synthesis-staff-member = 工作人员
synthesis-overall-distribution = 总体评价 1 → 5
synthesis-nobody-reached = 尚未联系上任何群众。
synthesis-no-department = （无部门）

# $score: the citizen's overall satisfaction, 1 to 5
synthesis-remark-overall = 总体评价{ $score }/5
# $id: the callback's number
synthesis-remark-callback = #{ $id }
synthesis-remark-comment = 意见：
synthesis-remark-question = 咨询：
synthesis-remark-suggestion = 建议：
synthesis-no-remarks = 本期间无意见或建议。

synthesis-day-by-day = 逐日情况
synthesis-by-department = 各部门满意度
synthesis-by-service = 按办理事项
synthesis-by-staff = 按工作人员
synthesis-by-category = 群众反映内容（按类别）

## 回访汇总打印版。

# $centre: the centre's name; $period: the day, week or month shown
synthesis-print-title = 办事群众回访 · { $centre } · { $period }
# $centre: the centre's name
synthesis-print-heading = 办事群众回访 · { $centre }
synthesis-print-method = 从已办理业务并同意接受回访的群众中随机抽取
# $when: the date and time the report was prepared, in the centre's time zone
synthesis-print-prepared = 制表时间：{ $when }
synthesis-print = 打印

## 回访汇总的拒绝提示。

# $centre: the centre code asked for
synthesis-no-such-centre = 不存在您有权查看的中心“{ $centre }”。
synthesis-no-centres = 人员名册中尚无中心。
# $id: the callback's number
synthesis-no-open-follow-up = 回访{ $id }没有待跟进事项。
# $table: the table asked for; $tables: the tables there are, comma-separated
synthesis-unknown-table = 不存在表格“{ $table }”：请使用以下之一：{ $tables }。

## 回访汇总下载（CSV和XLSX）：工作表名称和列标题。

# $table: the table's name (Summary, Departments…); $centre: the centre code; $period: the period's short tag (2026-W36)
synthesis-sheet = { $table } { $centre } { $period }
synthesis-total = 合计
synthesis-col-day = 日期
synthesis-col-drawn = 抽取数
synthesis-col-reached = 已联系上
synthesis-col-unreachable = 无法联系
synthesis-col-refused = 拒绝受访
synthesis-col-wrong-number = 号码错误
synthesis-col-do-not-call = 勿再来电
synthesis-col-pending = 待回访
synthesis-col-reached-percent = 联系率 %
synthesis-col-staff-mean = 工作人员态度（平均）
synthesis-col-process-mean = 办事流程（平均）
synthesis-col-overall-mean = 总体评价（平均）
# $score: an answer, 1 to 5
synthesis-col-overall-answer = 总体评价={ $score }
synthesis-col-department-code = 部门代码
synthesis-col-department = 部门
synthesis-col-service = 办理事项
synthesis-col-service-name = 事项名称
synthesis-col-employee-no = 工号
synthesis-col-name = 姓名
synthesis-col-category = 类别
synthesis-col-callback = 回访编号
synthesis-col-staff-member = 工作人员
synthesis-col-overall = 总体评价
synthesis-col-comments = 意见
synthesis-col-questions = 咨询问题
synthesis-col-suggestions = 建议
synthesis-col-who-follows-up = 跟进责任人
synthesis-col-what-said = 群众反映内容
synthesis-col-life-situation = 主题事项
synthesis-col-channel = 办理渠道
synthesis-col-state = 状态
synthesis-col-outcome = 回访结果
synthesis-col-attempts = 拨打次数
synthesis-col-staff-attitude = 工作人员态度
synthesis-col-process = 办事流程
synthesis-col-follow-up-by = 跟进责任人

## What the operator hears on their own phone before a bridged call.
bridge-connecting = 正在为您接通办事群众，本次通话将被录音。
bridge-number-gone = 该办事群众的电话号码已无法使用。
