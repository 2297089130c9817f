## 接听情况与服务礼仪分开衡量，以及各测评活动在综合得分中处理未接听通话的规则。

# $low, $high: 比例的95%置信区间两端，已写成百分比
results-rate-interval = { $low }–{ $high }
# $answered: 工作人员接听的通话数；$calls: 打到该线路的测评通话数
results-answered-of = { $calls }通中接听{ $answered }通
results-column-answer-rate = 接听率
results-answer-rate-hint = 工作人员接听的测评通话所占比例，及其95%置信区间
results-column-median-rings = 振铃次数中位数
results-median-rings-hint = 工作人员接听前的振铃次数（已接听通话的中位数），及其95%置信区间
results-column-courtesy = 服务礼仪（已接听通话）
results-courtesy-hint = 工作人员已接听通话的平均总分，及其95%置信区间：反映电话接通后工作人员的服务表现
results-column-combined = 综合得分
# $policy: 规则名称；$explained: 规则说明
results-policy-one = 综合得分：{ $policy }——{ $explained }
# $policies: 各规则名称，以分号分隔
results-policy-mixed = 此处的综合得分混合了未接听通话计分规则不同的测评活动：{ $policies }。
results-policy-more = 未接听通话如何计分
# $rate: 接听率（百分比）；$low, $high: 其95%置信区间；$calls: 测评通话数
stars-reach = { $calls }通测评通话，接听率{ $rate }（{ $low }–{ $high }）
# $mean: 服务礼仪得分；$count: 已评分的已接听通话数；$interval: 其95%置信区间
stars-courtesy = 服务礼仪{ $mean }分（已接听{ $count }通），{ $interval }
scorecard-column-month = 月份

policy-zero = 未接听通话计0分
policy-zero-explained = 每通未接听通话按一通0分的通话计入，因此综合得分随接听率降低而下降。
policy-exclude = 未接听通话不计入
policy-exclude-explained = 综合得分即已接听通话的服务礼仪得分；接听率单独列示。
policy-connection = 未接听通话仅按接通类评分项计分
policy-connection-explained = 每通未接听通话只按脚本中接听速度和接通情况评分项所占的权重比例，折算为一通通话的相应部分计入，这些评分项均计0分。

campaign-field-unanswered_policy = 综合得分中的未接听通话
campaign-new-policy-hint = 接听率和服务礼仪始终分开显示。此项决定未接听通话如何计入用于人员排名的唯一综合得分。该规则在创建测评活动时确定，并在每个结果页面和下载文件中注明。
# $value: 提交的值
campaign-policy-unknown = “{ $value }”不是未接听通话的计分规则：请选择zero、exclude或connection。

export-column-answer-rate = 接听率 %
export-column-answer-rate-low = 接听率95%置信区间下限
export-column-answer-rate-high = 接听率95%置信区间上限
export-column-median-rings = 振铃次数中位数
export-column-median-rings-low = 振铃次数中位数95%置信区间下限
export-column-median-rings-high = 振铃次数中位数95%置信区间上限
export-column-courtesy = 服务礼仪（已接听通话）
export-column-courtesy-low = 服务礼仪95%置信区间下限
export-column-courtesy-high = 服务礼仪95%置信区间上限
export-column-policy = 未接听通话计分规则
export-figure-policy = 未接听通话计分规则

methods-reach-heading = 接听情况与服务礼仪分开衡量
methods-reach = 这两个问题分开回答，因为改进办法不同。接听情况：电话能否稳定有人接听——工作人员接听的测评通话所占比例（附95% Wilson置信区间），以及接听前振铃次数的中位数（附无论振铃次数如何分布都成立的95%置信区间）。服务礼仪：电话接通后工作人员表现如何——仅按已接听通话计算的平均总分，附95%置信区间。因本系统自身原因失败的通话两者均不计入；已作废的通话（该人员离岗）不计入任何统计。
methods-policy-heading = 综合得分中的未接听通话
methods-policy = 排名、标记和服务之星均使用同一个综合得分。未接听通话如何计入该得分，由各测评活动在创建时选定的规则决定；每个结果页面和下载文件都会注明其数据所依据的规则。
