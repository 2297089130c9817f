## 所有页面共用：页眉、登录、语言、错误页面。

brand = civicall

language-en = English
language-ko = 한국어
language-ru = Русский
language-kk = Қазақша
language-vi = Tiếng Việt
language-zh-Hans = 简体中文

sign-in = 登录
sign-out = 退出登录
sign-in-to-see = 请登录后查看本页面。
back-to-start = 返回首页
no-such-page = 该页面不存在。

status-unauthorized = 需要登录
status-forbidden = 无权访问
status-not-found = 未找到
status-conflict = 当前无法办理
status-invalid = 请检查输入内容
status-carrier = 通信运营商未响应
status-carrier-detail = 无法连接通信运营商，或运营商拒绝了请求。请几分钟后重试。
status-too-many = 尝试次数过多
status-error = 系统出错
status-error-detail = 系统内部出错，已记录日志。请重试；如问题反复出现，请联系系统管理员。

denied-sign-in-first = 请先登录。
denied-change-password-first = 请先修改一次性密码。
denied-role = 您的角色无权访问此内容。
denied-token = API令牌无效、已过期或已被撤销。
denied-form-too-large = 表单内容过大。
denied-form-expired = 该表单已过期，或并非来自civicall。请刷新页面后重试。

# $count: how many final evaluations
evaluations-count = { $count }次测评

language-choose = 语言
save = 保存

nav-grading = 评分工作台
nav-callbacks = 回访
nav-synthesis = 回访汇总
nav-results = 测评结果
nav-my-department = 本部门结果
nav-graders = 评分员
nav-users = 用户管理
nav-tokens = API令牌
nav-audit = 审计日志
nav-account = 我的账号

role-admin = 系统管理员
role-hr = 人事部门
role-grader = 评分员
role-operator = 热线话务员
role-supervisor = 科室负责人
role-intake = 办件数据录入

field-username = 用户名
field-password = 密码

sign-in-failed = 登录失败：用户名或密码错误，或因多次登录失败已暂停登录。请稍后重试。
notice-password-changed = 密码已修改，请使用新密码登录。
notice-signed-out = 您已退出登录。

account-title = 我的账号
account-language = 界面语言
account-language-browser = 跟随浏览器设置
account-language-hint = 所有页面、下载文件和提示信息均以此语言显示，本次及今后登录均有效。通话脚本仍使用其自身语言。
notice-language-saved = 语言设置已保存。

password-change = 修改密码
password-one-time-notice = 您使用一次性密码登录，请先设置个人密码再继续。
password-current = 当前密码
password-new = 新密码
password-new-again = 再次输入新密码
# $min: the shortest password accepted
password-hint = 至少{ $min }个字符。常见密码及由姓名构成的密码将被拒绝。修改后请重新登录。
password-current-wrong = 当前密码错误。
password-new-differ = 两次输入的新密码不一致。
password-same-as-current = 新密码不能与当前密码相同。
password-too-short = 新密码：至少需要{ $min }个字符。
password-too-long = 新密码：最多{ $max }个字符。
password-easy-to-guess = 新密码：过于简单，容易被猜中。请使用由若干不相关词语组成的较长短语。

# $what: what was looked for, e.g. "user 3"
not-found-verbatim = 未找到{ $what }
# $language: the language tag that was sent
account-language-unknown = civicall不支持语言“{ $language }”。
account-token-no-language = API令牌没有自己的语言设置，请改为发送 Accept-Language 请求头。
account-token-no-password = API令牌没有密码。

## 仅由读屏软件读出的表头：该列是按钮和链接，或标记。
column-actions = 操作
column-marks = 标记

## 通过表单、请求和文件输入的自由文本：姓名、名称和意见。
# $character: 被拒绝的字符，格式为 U+XXXX
text-control-line = 请以单行纯文本填写：其中含有控制字符 { $character }（换行符、制表符或类似字符）。
# $character: 被拒绝的字符，格式为 U+XXXX
text-control-prose = 请从文本中删除控制字符 { $character }；换行符和制表符是允许的。
# $limit: 允许的最多字符数；$count: 实际字符数
text-too-long = 此处最多{ $limit }个字符；当前为{ $count }个字符。
