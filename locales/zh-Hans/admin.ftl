## 运行与管理：测评活动与通话、用户、API令牌、审计日志，
## 以及测评活动、通话、账号和人员名册导入的拒绝提示。

## 测评活动页面（系统管理员和人事部门的首页）。

admin-campaigns-heading = 测评活动
admin-campaigns-column-campaign = 测评活动
admin-campaigns-column-state = 状态
admin-campaigns-column-period = 期间
admin-campaigns-column-calls-each = 每人通话数
admin-campaigns-column-planned = 计划数
admin-campaigns-column-waiting = 待拨打
admin-campaigns-column-in-progress = 进行中
admin-campaigns-column-ended = 已结束
admin-campaigns-column-reached = 人工接听
# $count: how many planned calls could not be fitted into the period
admin-campaigns-short = （{ $count }通未能排入）
# $start, $end: the first and last day, already formatted
admin-period = { $start } – { $end }
admin-calls-recent = 最近通话

## A campaign's states (the campaigns table), shown by value: campaign-state-<value>.
campaign-state-active = 进行中
campaign-state-paused = 已暂停
campaign-state-canceled = 已取消

## 单个测评活动。

admin-campaign-period = 期间
admin-campaign-window = 拨打时段
# $start, $end: local times of day, HH:MM
admin-campaign-window-value = 当地时间{ $start }–{ $end }，且须在各部门工作时间内
admin-campaign-calls-per-staff = 每条工作人员线路的通话数
admin-campaign-scripts = 通话脚本
admin-campaign-planned = 计划数
# $count: how many calls are planned; $short: how many could not be fitted into free working days
admin-campaign-planned-short = { $count }（其中{ $short }通无法排入空闲工作日）
admin-campaign-calls = 通话

## 通话列表。

admin-calls-column-call = 通话
admin-calls-column-when = 时间
admin-calls-column-line = 线路
admin-calls-column-script = 脚本
admin-calls-column-state = 状态
admin-calls-column-connection = 接通情况
admin-calls-column-latency = 接听用时
admin-calls-column-rings = 振铃次数
admin-calls-column-duration = 通话时长
admin-calls-column-recording = 录音
admin-calls-listen = 收听
admin-calls-column-staff = 工作人员
admin-calls-line-check = 线路测试
admin-calls-citizen-callback = 群众回访
admin-calls-in-progress = 进行中
admin-calls-in-progress-none = 当前没有进行中的通话。
# $count: 未列出的、安排在稍后（或所属活动已暂停）的通话数
admin-calls-scheduled-later = 另有 { $count } 个通话安排在稍后进行。
admin-calls-history = 历史记录
admin-calls-history-none = 暂无已结束的通话。

## 单次通话。

# $id: the call's number
admin-call-number = 通话#{ $id }
admin-call-line = 线路
admin-call-script = 脚本
admin-call-carrier-call = 运营商通话标识
admin-call-connection = 接通情况
admin-call-latency = 接听用时
admin-call-duration = 通话时长
admin-call-problem = 问题
admin-call-missed-no-day = 测评活动期间已无剩余工作日
# $sid: the carrier's id of the recording
admin-call-recording = 录音{ $sid }
admin-call-stages = 已识别的环节
# $stage: a stage of the call script; $seconds: seconds after the answer, already formatted
admin-call-stage-at = { $stage }：接听后第{ $seconds }秒
admin-call-measured = 自动测量项
admin-call-measured-stage = 环节
admin-call-measured-item = 评分项
admin-call-measured-result = 结果
admin-call-measured-yes = 是
admin-call-measured-no = 否
admin-call-events = 运营商事件
admin-call-events-received = 接收时间
admin-call-events-kind = 类型
admin-call-events-status = 状态
admin-call-events-sequence = 序号
admin-call-events-stage = 环节

## 用户。

admin-users-title = 用户管理
# $username: the new account's username
admin-users-created = 账号“{ $username }”已创建。一次性密码仅在此显示一次，请通过安全方式转交：
# $username: the account whose password was reset
admin-users-password-reset = 账号“{ $username }”的密码已重置。一次性密码仅在此显示一次，请通过安全方式转交：
admin-users-column-name = 姓名
admin-users-column-roles = 角色
admin-users-column-status = 状态
admin-users-status-disabled = 已停用
admin-users-status-one-time = 一次性密码
admin-users-status-active = 正常
admin-users-enable = 启用
admin-users-disable = 停用
admin-users-reset-password = 重置密码
admin-users-senior-hint = 高级评分员负责裁定两名评分员之间的分歧
admin-users-senior = 高级评分员 ✓
admin-users-make-senior = 设为高级评分员
admin-users-line-placeholder = 本人电话，+86…
admin-users-line-label = 话务员本人电话
admin-users-centre-label = 所属中心
admin-users-all-centres = 全部中心
admin-users-save-line = 保存电话
admin-users-add = 添加用户
admin-users-full-name = 姓名
admin-users-department = 部门代码（科室负责人：可查看的部门；评分员：本人所在部门，不会分配本部门的评分任务）
admin-users-create = 创建并生成一次性密码
# $code: the department code that was typed
admin-users-no-department = 部门：不存在部门“{ $code }”。
# $code: the centre code that was chosen
admin-users-no-centre = 中心代码：不存在中心“{ $code }”。

## API令牌。

admin-tokens-title = API令牌
# $name: what the new token is for
admin-tokens-created = 令牌“{ $name }”已创建。令牌仅在此显示一次，请将其保存到对接系统的密钥存储中：
admin-tokens-column-name = 名称
admin-tokens-column-roles = 角色
admin-tokens-column-expires = 到期时间
admin-tokens-column-last-used = 最近使用
admin-tokens-column-status = 状态
admin-tokens-never-used = 从未使用
admin-tokens-status-revoked = 已撤销
admin-tokens-status-active = 有效
admin-tokens-revoke = 撤销
admin-tokens-none = 暂无令牌。
admin-tokens-create-heading = 创建令牌
admin-tokens-purpose = 用途
admin-tokens-purpose-placeholder = 排队叫号系统，一号中心
admin-tokens-valid-days = 有效期（天）
admin-tokens-create = 创建

## 审计日志。

admin-audit-title = 审计日志
admin-audit-filter-action = 操作
admin-audit-filter-any = 全部
admin-audit-filter-actor = 操作人
admin-audit-filter = 筛选
admin-audit-export = 导出CSV
admin-audit-column-when = 时间
admin-audit-column-who = 操作人
admin-audit-column-what = 操作
admin-audit-column-on = 操作对象
admin-audit-column-from = 来源地址
admin-audit-column-detail = 详情
admin-audit-none = 暂无记录。

## 审计日志CSV的列标题。
admin-audit-csv-id = 编号
admin-audit-csv-at = 时间（UTC）
admin-audit-csv-actor-kind = 操作人类型
admin-audit-csv-actor-id = 操作人编号
admin-audit-csv-actor-name = 操作人名称
admin-audit-csv-action = 操作
admin-audit-csv-target-kind = 对象类型
admin-audit-csv-target-id = 对象编号
admin-audit-csv-address = 来源地址
admin-audit-csv-detail = 详情

## Audited actions (src/auth/audit.rs Action), shown by value: audit-action-<value>.
audit-action-login = 登录
audit-action-login_failed = 登录失败
audit-action-logout = 退出登录
audit-action-password_changed = 修改密码
audit-action-language_changed = 更改语言
audit-action-password_reset = 重置密码
audit-action-user_created = 创建用户
audit-action-user_disabled = 停用用户
audit-action-user_enabled = 启用用户
audit-action-token_created = 创建令牌
audit-action-token_revoked = 撤销令牌
audit-action-recording_played = 播放录音
audit-action-recording_downloaded = 下载录音
audit-action-citizen_phone_viewed = 查看群众电话号码
audit-action-score_changed = 修改评分
audit-action-data_exported = 导出数据
audit-action-settings_changed = 修改设置
audit-action-campaign_changed = 修改测评活动
audit-action-roster_imported = 导入人员名册
audit-action-retention_run = 执行到期数据清理

## 操作人，按类型。
# $name: the user's username
audit-actor-user = { $name }（用户）
# $name: what the API token is for
audit-actor-token = { $name }（令牌）
# $name: the service's own name
audit-actor-system = { $name }（系统）
# $name: the username someone tried to sign in with
audit-actor-anonymous = { $name }（匿名）

## 操作对象，按记录类型。
# $id: the user's number
audit-target-user = 用户{ $id }
# $id: the token's number
audit-target-api_token = API令牌{ $id }
# $id: the campaign's number
audit-target-campaign = 测评活动{ $id }
# $id: the callback's number
audit-target-callback = 回访{ $id }
# $id: the grading task's number
audit-target-grading_task = 评分任务{ $id }
# $id: the recording's number
audit-target-recording = 录音{ $id }

## 拒绝提示：账号和令牌。

# $role: the word that is not a role
user-role-unknown = “{ $role }”不是有效角色（可用：admin、hr、grader、operator、supervisor、intake）。
user-roles-none = 请至少指定一个角色。
user-username-invalid = 用户名：请使用2至64个字母、数字、点、连字符或下划线。
# $username: the username asked for
user-username-taken = 用户名：“{ $username }”已被占用。
user-disable-self = 不能停用本人账号。
token-name-required = 请说明令牌的用途。
# $min, $max: the shortest and longest validity in days
token-days-range = 令牌有效期须在{ $min }至{ $max }天之间。
token-days-not-number = 请输入天数。

## 拒绝提示：测评活动。

# $value: the text that was given
campaign-time-invalid = “{ $value }”不是有效时间，格式应如09:30。
campaign-name-required = 测评活动名称不能为空。
campaign-scripts-none = 请至少指定一个测评脚本。
# $script: the script id that was given
campaign-script-unknown = call-scripts/目录中没有通话脚本“{ $script }”。
# $script: the script id; $kind: its kind of script (a code such as callback)
campaign-script-not-evaluation = “{ $script }”是{ $kind }类脚本，不是测评脚本。
campaign-end-before-start = 结束日期早于开始日期。
# $min, $max: the fewest and most calls per staff line
campaign-calls-per-staff-range = 每条工作人员线路的通话数须在{ $min }至{ $max }之间。
campaign-window-empty = 拨打时段的结束时间须晚于开始时间。
# $code: the department code that was given
campaign-department-unknown = 人员名册中没有部门“{ $code }”。
campaign-period-over = 该期间已经结束。
campaign-no-staff = 没有符合本测评活动条件的在岗工作人员。
# $id: the campaign's number; $state: its state now (active, paused or canceled)
campaign-cannot-pause = 测评活动{ $id }{ $state ->
    [active] 正在进行
    [paused] 已处于暂停状态
    [canceled] 已取消
   *[other] 状态为{ $state }
  }，无法暂停。
# $id: the campaign's number; $state: its state now (active, paused or canceled)
campaign-cannot-resume = 测评活动{ $id }{ $state ->
    [active] 已在进行中
    [paused] 已暂停
    [canceled] 已取消
   *[other] 状态为{ $state }
  }，无法恢复。
# $id: the campaign's number; $state: its state now (active, paused or canceled)
campaign-cannot-cancel = 测评活动{ $id }{ $state ->
    [active] 正在进行
    [paused] 已暂停
    [canceled] 已被取消
   *[other] 状态为{ $state }
  }，无法取消。

## 拒绝提示：通话和录音。

# $value: the number as given
call-number-not-international = “{ $value }”不是国际格式号码（如+8613812345678）。
# $script: the script id that was given
call-script-unknown = 没有通话脚本“{ $script }”。
# $name: the parameter the carrier did not send
call-webhook-param-missing = 运营商的请求中缺少{ $name }。
# $status: the status the carrier sent
call-webhook-status-unknown = “{ $status }”不是本系统可识别的通话状态。
# $value: the text that was sent
call-webhook-not-a-number = “{ $value }”不是数字。
# $id: our call's number; $known: the carrier's call id it has; $sid: the one in the request
call-webhook-other-call = 通话{ $id }对应的运营商通话为{ $known }，而非{ $sid }。
# $id: the recording's number
recording-path-unsafe = 录音{ $id }的存储路径不安全。

## 未找到。

# $id: the user's number
not-found-user = 未找到用户{ $id }。
# $action: the action in the address
not-found-user-action = 不存在用户操作“{ $action }”。
# $id: the token's number
not-found-token = 未找到有效令牌{ $id }。
# $id: the campaign's number
not-found-campaign = 未找到测评活动{ $id }。
# $action: the action in the address
not-found-campaign-action = 不存在测评活动操作“{ $action }”。
# $script: the script id
not-found-script = 未找到通话脚本{ $script }。
# $script: the script id; $version: its version
not-found-script-version = 未找到脚本{ $script }的第{ $version }版。
# $id: the call's number
not-found-call = 未找到通话{ $id }。
# $id: the recording's number
not-found-recording-audio = 录音{ $id }的音频不可用。
# $id: the department's number
not-found-department = 未找到部门{ $id }。
# $id: the staff member's number
not-found-staff = 未找到工作人员{ $id }。
# $id: the centre's number
not-found-centre = 未找到中心{ $id }。

## 人员名册：导入文件或记录中按列列出的问题。
## 以下提示显示在文件问题列表中的“字段“phone”：”之后。

# $file: the file's name; $line: the line (the header is line 1); $field: the column; $problem: what is wrong
roster-problem-line = { $file }:{ $line }：字段“{ $field }”：{ $problem }
# $field: the column; $problem: what is wrong
roster-field-problem = { $field }：{ $problem }
# $file: the file's name; $error: why writing failed
roster-import-failed = { $file }：未导入任何数据：{ $error }
# $content_type: the Content-Type that was sent
roster-import-not-csv = 请以Content-Type: text/csv发送文件（收到的是“{ $content_type }”）。
roster-input-invalid = 输入内容无效。
# $detail: what the JSON reader said, in its own words
roster-body-invalid = 请求正文不是预期的JSON格式：{ $detail }
# $detail: what the JSON reader said, in its own words
roster-body-unreadable = 无法读取请求正文：{ $detail }
# $body: the key in the body; $path: the key in the address
roster-key-differs = 请求正文中的“{ $body }”与URL中的“{ $path }”不一致

# $error: what the system said
roster-file-unreadable = 无法读取：{ $error }
# $error: what the CSV reader said
roster-header-unreadable = 无法读取第一行：{ $error }
# $columns: the column names, comma separated
roster-file-empty = 文件为空；第一行须列出各列名称：{ $columns }
# $error: what the CSV reader said
roster-row-unreadable = 无法读取此行：{ $error }
# $count: how many fields the line has; $expected: how many the header has
roster-row-field-count = 有{ $count }个字段，但表头有{ $expected }个；含逗号的值须用英文双引号括起来
roster-not-utf8 = 不是UTF-8文本；请将文件另存为“CSV UTF-8”格式
# $column: the column name
roster-column-twice = 列“{ $column }”出现了两次
# $column: the column name found; $columns: the column names expected, comma separated
roster-column-unknown = 未知列“{ $column }”；应有的列为：{ $columns }
# $column: the column name
roster-column-missing = 缺少必需列“{ $column }”

# $field: the column
roster-field-required = { $field }为必填项
# $value: the code as given
roster-code-spaces = “{ $value }”中不得含有空格或“/”
# $value: the text as given
roster-flag-invalid = “{ $value }”不是“是”或“否”（可填yes/no、true/false、y/n、1/0；留空视为yes）
# $value: the reason as given
roster-exclusion-needs-ineligible = 已填写排除原因“{ $value }”，但eligible为yes；请将eligible改为no，或清空该原因
# $code: the department code as given
roster-department-unknown = 没有部门“{ $code }”；请先导入部门文件
# $code: the department code as given; $suggestion: a known code that differs only in case
roster-department-unknown-suggest = 没有部门“{ $code }”（是否应为“{ $suggestion }”？）；请先导入部门文件
# $code: the department code; $first: the line it first appears on
roster-department-repeated = 部门“{ $code }”已在第{ $first }行出现
# $centre: the centre code; $name: the name it has on an earlier line; $first: that line
roster-centre-other-name = 中心“{ $centre }”在第{ $first }行的名称为“{ $name }”
# $centre: the centre code; $zone: the time zone it has on an earlier line; $first: that line
roster-centre-other-zone = 中心“{ $centre }”在第{ $first }行的时区为“{ $zone }”
# $value: the employee number; $first: the line it first appears on
roster-employee-repeated = 工号“{ $value }”已在第{ $first }行出现

roster-time-zone-required = 须填写时区（IANA时区名称，如Asia/Shanghai）
# $value: the text as given
roster-time-zone-unknown = “{ $value }”不是IANA时区名称（如Asia/Shanghai或Asia/Urumqi）
# $value: the working days as given; $day: the part that is not a day
roster-weekday-unknown = “{ $value }”：“{ $day }”不是有效的星期写法（mon、tue……sun）
roster-work-days-required = 须至少填写一个工作日，如mon-fri
# $value: the text as given
roster-time-invalid = “{ $value }”不是HH:MM格式的时间（如09:00）
# $start, $end: times of day, HH:MM
roster-work-end-before-start = 下班时间{ $end }未晚于上班时间{ $start }
roster-lunch-end-required = 已填写lunch_start，因此lunch_end为必填项
roster-lunch-start-required = 已填写lunch_end，因此lunch_start为必填项
# $start, $end: times of day, HH:MM
roster-lunch-end-before-start = 午休结束时间{ $end }未晚于开始时间{ $start }
# $lunch_start, $lunch_end: the lunch break; $start, $end: the working hours; all HH:MM
roster-lunch-outside-hours = 午休时间{ $lunch_start }–{ $lunch_end }不在工作时间{ $start }–{ $end }之内

roster-phone-required = 须填写电话号码
# $value: the number as given
roster-phone-invalid = “{ $value }”不是有效的电话号码
# $value: the number as given; $region: the country code numbers without + are read in
roster-phone-invalid-in-region = “{ $value }”不是{ $region }地区的有效电话号码
# $value: the number as given; $region: the configured default region
roster-phone-no-region = “{ $value }”没有国家代码（+…），且默认地区“{ $region }”不是两位字母的国家代码
# $value: the number as given; $extension: the extension in it
roster-phone-extension = “{ $value }”含有分机号（{ $extension }）；请填写本人直线号码
