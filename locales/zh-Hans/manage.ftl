## 通过页面开展管理工作：运行概览、通过表单创建并可预览计划的测评活动、
## 人员名册、用户的角色和所属部门。

## 运行概览（系统管理员的首页）。
nav-overview = 运行概览
overview-heading = 运行概览
admin-campaigns-none = 尚无测评活动。请点击“新建测评活动”开始。
overview-grading = 待评分录音
# $held: 评分员当前持有的任务数；$graded: 近24小时内提交的评分数
overview-grading-detail = 正在评分{ $held }条 · 近24小时已评分{ $graded }条
overview-grading-link = 评分员一致性校准
overview-callbacks = 当前待回访
# $later: 稍后到期的未完成回访数；$closed: 近24小时内办结的回访数；$follow_ups: 尚未完成的跟进事项数
overview-callbacks-detail = 稍后到期{ $later }条 · 近24小时办结{ $closed }条 · 待跟进事项{ $follow_ups }项
overview-callbacks-link = 回访汇总
overview-recordings = 待获取的录音
overview-recordings-detail = 已存储{ $available }条 · 因损坏另行存放{ $corrupt }条 · 无法获取{ $failed }条
overview-carrier = 运营商
overview-carrier-ok = 正常接受呼叫
overview-carrier-degraded = 部分呼叫被拒绝
overview-carrier-failing = 呼叫被拒绝
overview-carrier-sandbox = 内置沙盒运营商（不拨打真实电话）。
overview-carrier-configured = 已配置的运营商账号。
# 近24小时内的数量
overview-carrier-detail = 近24小时：接受{ $accepted }通，拒绝{ $refused }通，仍在进行{ $in_progress }通。
overview-carrier-last-accepted = 最近一次接受呼叫：{ $when }
overview-carrier-last-refused = 最近一次拒绝呼叫：{ $when }
overview-failures = 近24小时的失败记录
overview-failures-when = 时间
overview-failures-what = 对象
overview-failures-error = 错误
# $id: 通话编号；$state: 通话状态
overview-failure-call = 通话#{ $id }：{ $state }
overview-failure-recording = 通话#{ $id }的录音：{ $state }
overview-failures-none = 近24小时没有失败记录。

## 新建测评活动：先填写表单，再预览计划。
campaign-new-title = 新建测评活动
campaign-new-intro = 请选择测评脚本、工作人员和期间。点击“预览计划”可查看将拨打的通话数，以及哪些人员无法排满全部通话；在创建之前，不会保存任何内容。
# $field: 出错的表单字段名称
campaign-new-field-at-fault = { $field }：
campaign-field-name = 测评活动名称
campaign-field-scripts = 测评脚本
campaign-field-departments = 部门
campaign-field-grades = 职级
campaign-field-start_date = 开始日期
campaign-field-end_date = 结束日期
campaign-field-calls_per_staff = 每人通话数
campaign-field-window_start = 拨打开始时间
campaign-field-window_end = 拨打结束时间
campaign-field-holidays = 节假日
campaign-new-no-scripts = call-scripts/目录中没有测评脚本。
campaign-new-departments-hint = 不勾选任何部门即为全部部门。
campaign-new-no-departments = 人员名册中尚无部门：请先在“人员名册”页面上传部门。
campaign-new-grades-hint = 以逗号分隔；留空即为全部职级。
campaign-new-window-hint = 各部门当地时间（24小时制，如09:00），须在其工作时间内，并避开午休时间。
campaign-new-holidays-hint = 不拨打电话的日期，格式如2026-12-25，以逗号或空格分隔。
campaign-new-preview = 预览计划
# $count: 计划拨打的通话数
campaign-new-create = 创建测评活动（{ $count }通）
# $value: 输入的内容
campaign-form-date-invalid = “{ $value }”不是有效日期，格式应如2026-12-01。
campaign-preview-heading = 计划
# $calls: 计划通话数；$staff: 涉及人数；$weeks: 有通话的周数
campaign-preview-summary = 在{ $weeks }周内向{ $staff }人拨打{ $calls }通电话。
# $count: 无法排入的通话数；$people: 涉及人数
campaign-preview-short = 有{ $count }通无法排入，涉及{ $people }人：原因见下文。
campaign-preview-by-department = 按部门
campaign-preview-by-week = 按周
campaign-preview-department = 部门
campaign-preview-centre = 中心
campaign-preview-staff = 人数
campaign-preview-calls = 通话数
campaign-preview-missing = 未排入
campaign-preview-week-of = 周起始日
campaign-preview-shortfall-heading = 无法排满全部通话的人员
campaign-preview-person = 人员
campaign-preview-why = 原因
campaign-preview-why-window = 拨打时段与该部门的工作时间不重合。
# $days: 期间内该人员尚有空闲时间的天数
campaign-preview-why-days = 期间内仅有{ $days }个空闲工作日（已扣除节假日、周末及已安排其他通话的日期）。
campaign-pause = 暂停
campaign-resume = 恢复
campaign-cancel = 取消测评活动
campaign-cancel-hint = 取消后，待拨打的通话将从计划中移除，且无法撤销。

## 菜单。
nav-menu = 主菜单
nav-roster = 人员名册
nav-staff-results = 工作人员成绩

## 用户：所属部门和角色。
admin-users-column-department = 部门
admin-users-column-actions = 操作
admin-users-department-none = — 无 —
# $username: 表单所修改角色的账号
admin-users-roles-of = 账号“{ $username }”的角色
admin-users-save-roles = 保存角色和部门
user-roles-own-admin = 不能取消本人的系统管理员角色，请联系其他系统管理员办理。
audit-action-staff_changed = 修改工作人员信息
audit-action-user_roles_changed = 修改用户角色

## 人员名册页面。
roster-title = 人员名册
roster-staff = 工作人员
roster-search = 姓名或工号
roster-department = 部门
roster-grade = 职级
roster-status = 状态
roster-all = 全部
roster-status-callable = 纳入测评
roster-status-inactive = 不在岗
roster-status-not-eligible = 不纳入测评
roster-find = 查询
# $count: 查到的人数
roster-found = 共找到{ $count }人。
# $count: 查到的人数；$shown: 列出的人数
roster-found-first = 共找到{ $count }人，仅列出前{ $shown }人：请缩小查询范围以查看其他人员。
roster-employee-no = 工号
roster-name = 名称
roster-job-title = 职务
roster-phone = 电话
roster-no-staff = 没有符合条件的人员。
roster-departments = 部门及工作时间
roster-code = 代码
roster-centre = 中心
roster-days = 工作日
roster-hours = 工作时间
roster-lunch = 午休
roster-time-zone = 时区
roster-no-departments = 尚无部门：请在下方上传部门文件。
roster-centres = 中心
roster-no-centres = 尚无中心：中心信息随部门文件一并导入。
roster-upload = 上传名册文件
roster-upload-hint = 带表头行的CSV文件，可从电子表格导出。系统会先逐行检查：只要有一行有误，就不作任何更改，并列出所有有误的行。
roster-upload-what-legend = 文件内容
roster-upload-departments = 部门（含中心和工作时间）
roster-upload-staff = 工作人员
roster-upload-file = 文件
roster-upload-submit = 检查并上传
# $file: 文件名；$count: 有误的行数
roster-upload-refused = { $file }未上传：发现{ $count }个问题。未作任何更改。
roster-upload-line = 行
roster-upload-field = 列
roster-upload-value = 值
roster-upload-problem = 问题
# $file: 文件名
roster-upload-done = { $file }已上传：新增{ $created }条，修改{ $updated }条，未变{ $unchanged }条。
# $detail: 无法读取的内容
roster-upload-unreadable = 无法读取上传内容：{ $detail }
roster-upload-no-file = 请选择要上传的文件。
# $value: 提交的内容
roster-upload-what = “{ $value }”既不是部门，也不是工作人员。
roster-back = ← 人员名册
roster-staff-not-saved = 未保存：
roster-staff-details = 基本信息
roster-staff-calls = 测评通话
roster-active = 目前在岗（active）
roster-eligible = 可接受测评电话（eligible）
roster-reason = 原因
roster-reason-hint = 人员不在岗或不纳入测评时须填写，如休假或非窗口服务岗位。
roster-reason-required = 请填写将该人员排除在测评通话之外的原因。
roster-save = 保存
roster-field-name = 姓名
roster-field-department_code = 部门
roster-field-grade = 职级
roster-field-job_title = 职务
roster-field-phone = 电话
roster-field-exclusion_reason = 原因
roster-field-active = 在岗
roster-field-eligible = 纳入测评
roster-staff-saved = 已保存。

## 评分工作台：待评队列和评分员本人当天的情况。
# $waiting: 队列中等待评分的录音数；$mine: 该评分员今天提交的评分数
desk-progress = 待评分录音{ $waiting }条 · 您今天已评分{ $mine }条。
# $zone: 中心所在时区（如Asia/Shanghai）
callbacks-call-back-at-in = 回电时间（{ $zone }时间，适用于“要求稍后回电”）
campaign-new-date-hint = 日期按“年-月-日”填写，例如 2026-12-01。
