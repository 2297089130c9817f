## "How these figures are computed": the results model in plain words, for HR and supervisors.

methods-title = 这些数据是如何计算的
methods-mean-heading = 得分与平均分
methods-mean = 每次测评电话最终得出0到100分的总分。工作人员、部门或中心的平均分，是其在本期内各最终总分的简单平均。
methods-interval-heading = 区间的含义
methods-interval = 每个平均分旁边是其95%置信区间：考虑到电话次数及其波动，真实平均分几乎可以肯定落在这一范围内。区间宽，意味着“电话太少，无法判断”。两个区间大幅重叠的平均分，实际上可能并无差别。
methods-shrinkage-heading = 排名得分（收缩）
methods-shrinkage = 只依据三次电话的平均分说明不了多少问题。因此排名使用排名得分：每个平均分向总体平均分收缩，所依据的电话越少、各部门（或人员）之间实际差别越小，收缩越多。有六十次电话的部门几乎保留自己的平均分；只有三次的则被大幅拉向中间。供专业人员参考：采用经验贝叶斯正态–正态模型，方差由数据估计。
methods-rank-heading = 排名区间的含义
# $worlds: how many simulated versions of the period the rank intervals rest on
methods-rank = 模型模拟出与数据相符的本期{ $worlds }种可能情形，并在每种情形中为所有对象排名。“6个中第2–5名”这样的排名区间包含这些排名中间的95%。排名区间重叠的对象，现有数据无法区分，显示为并列；只有数据能确定唯一排名时才显示单一名次。
methods-flags-heading = 何时予以标记
# $level: how often a month without real differences passes the test for differences, as a percentage; $probability: the chance a flag needs, as a percentage
methods-flags = 不会仅凭名次标记任何人。部门或中心只有同时满足两个条件才会被标记为需参加整改培训：数据确实显示各部门之间存在差异（实际无差异的月份通过该检验的比例仅为{ $level }），并且其低于总体平均分的概率不低于{ $probability }。数据未显示差异时，结果页面会如实说明，且不标记任何人。
# $probability: the chance a listing needs, as a percentage
methods-under = 工作人员只有在本人平均分低于所在测评活动达标线、且模型显示其真实得分低于达标线的概率不低于{ $probability }时，才会列入低于达标线名单。
methods-stars-heading = 服务之星
# $min: the fewest final evaluations a star needs; $probability: the chance a star needs, as a percentage
methods-stars = 服务之星本月须有不少于{ $min }次最终测评，并且必须突出：在显示人员之间确有差异的数据中，以不低于{ $probability }的概率高于本中心工作人员的中位数。无人突出的月份不评服务之星，页面会如实说明。
