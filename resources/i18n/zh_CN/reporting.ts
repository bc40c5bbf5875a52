<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FigureTile</name>
    <message>
        <source>Target {target}</source>
        <translation>目标 {target}</translation>
    </message>
    <message>
        <source>on target</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>off target</source>
        <translation>未达标</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Output</source>
        <translation>产值</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>台次</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>台数</translation>
    </message>
    <message>
        <source>Average ticket</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Labour revenue</source>
        <translation>工时收入</translation>
    </message>
    <message>
        <source>Parts revenue</source>
        <translation>配件收入</translation>
    </message>
    <message>
        <source>Other charges</source>
        <translation>其他收入</translation>
    </message>
    <message>
        <source>Parts margin</source>
        <translation>配件毛利</translation>
    </message>
    <message>
        <source>Parts margin rate</source>
        <translation>配件毛利率</translation>
    </message>
    <message>
        <source>Labour margin</source>
        <translation>工时毛利</translation>
    </message>
    <message>
        <source>Hours sold</source>
        <translation>销售工时</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>工时利用率</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>工时效率</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>生产率</translation>
    </message>
    <message>
        <source>Comeback rate</source>
        <translation>返修率</translation>
    </message>
    <message>
        <source>First-time fix</source>
        <translation>一次修复率</translation>
    </message>
    <message>
        <source>On-time delivery</source>
        <translation>准时交车率</translation>
    </message>
    <message>
        <source>Same-day delivery</source>
        <translation>当天交车率</translation>
    </message>
    <message>
        <source>Appointment rate</source>
        <translation>预约率</translation>
    </message>
    <message>
        <source>Show rate</source>
        <translation>预约履约率</translation>
    </message>
    <message>
        <source>Follow-up rate</source>
        <translation>回访率</translation>
    </message>
    <message>
        <source>Problems solved</source>
        <translation>问题解决率</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>First-service rate</source>
        <translation>首保率</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>Back by first-service mileage</source>
        <translation>5000 km 回厂率</translation>
    </message>
    <message>
        <source>Stock value</source>
        <translation>库存金额</translation>
    </message>
    <message>
        <source>Stock turns</source>
        <translation>库存周转率</translation>
    </message>
    <message>
        <source>Slow stock</source>
        <translation>呆滞件占比</translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation>配件一次满足率</translation>
    </message>
</context>
<context>
    <name>KpiFormula</name>
    <message>
        <source>labour + parts + other charges of settled jobs</source>
        <translation>已结算工单的工时费 + 配件费 + 其他费用</translation>
    </message>
    <message>
        <source>job cards settled</source>
        <translation>已结算的工单数</translation>
    </message>
    <message>
        <source>distinct cars settled</source>
        <translation>已结算的不同车辆数</translation>
    </message>
    <message>
        <source>output ÷ visits</source>
        <translation>产值 ÷ 台次</translation>
    </message>
    <message>
        <source>labour lines of settled jobs</source>
        <translation>已结算工单的工时项目</translation>
    </message>
    <message>
        <source>parts lines of settled jobs</source>
        <translation>已结算工单的配件项目</translation>
    </message>
    <message>
        <source>other-charge lines of settled jobs</source>
        <translation>已结算工单的其他费用项目</translation>
    </message>
    <message>
        <source>parts revenue before tax − cost of the parts issued to those jobs</source>
        <translation>配件不含税收入 − 这些工单领用配件的成本</translation>
    </message>
    <message>
        <source>parts margin ÷ parts revenue before tax</source>
        <translation>配件毛利 ÷ 配件不含税收入</translation>
    </message>
    <message>
        <source>labour revenue before tax − technicians&apos; wage cost</source>
        <translation>工时不含税收入 − 技师工资成本</translation>
    </message>
    <message>
        <source>labour hours on settled statements</source>
        <translation>结算单上的工时数</translation>
    </message>
    <message>
        <source>clocked work hours ÷ attendance hours</source>
        <translation>打卡作业工时 ÷ 出勤工时</translation>
    </message>
    <message>
        <source>sold hours ÷ clocked hours</source>
        <translation>销售工时 ÷ 打卡作业工时</translation>
    </message>
    <message>
        <source>sold hours ÷ attendance hours</source>
        <translation>销售工时 ÷ 出勤工时</translation>
    </message>
    <message>
        <source>reworks inside the guarantee ÷ visits</source>
        <translation>质保期内返修 ÷ 台次</translation>
    </message>
    <message>
        <source>1 − reworks of repair jobs ÷ repair visits</source>
        <translation>1 − 维修工单的返修数 ÷ 维修台次</translation>
    </message>
    <message>
        <source>deliveries by the promised time ÷ deliveries</source>
        <translation>按约定时间交车数 ÷ 交车数</translation>
    </message>
    <message>
        <source>deliveries on the day the car came in ÷ deliveries</source>
        <translation>进厂当天交车数 ÷ 交车数</translation>
    </message>
    <message>
        <source>visits that came by appointment ÷ all visits</source>
        <translation>预约进厂台次 ÷ 全部台次</translation>
    </message>
    <message>
        <source>appointments that arrived ÷ appointments</source>
        <translation>已到店预约 ÷ 预约数</translation>
    </message>
    <message>
        <source>deliveries called within 3 working days ÷ deliveries</source>
        <translation>3个工作日内回访的交车数 ÷ 交车数</translation>
    </message>
    <message>
        <source>follow-up problems resolved to satisfaction ÷ problems</source>
        <translation>回访问题满意解决数 ÷ 问题数</translation>
    </message>
    <message>
        <source>complaints and follow-up problems opened</source>
        <translation>新开的投诉和回访问题</translation>
    </message>
    <message>
        <source>new cars serviced for the first time ÷ new cars due</source>
        <translation>完成首保的新车 ÷ 应首保新车</translation>
    </message>
    <message>
        <source>customers of month N−6 not back in months N−5..N ÷ customers of N−6</source>
        <translation>第N−6月的客户在N−5至N月未回厂数 ÷ 第N−6月客户数</translation>
    </message>
    <message>
        <source>new cars back by their first-service mileage ÷ new cars due</source>
        <translation>在首保里程前回厂的新车 ÷ 应回厂新车</translation>
    </message>
    <message>
        <source>on hand × moving average cost</source>
        <translation>库存数量 × 移动平均成本</translation>
    </message>
    <message>
        <source>annual cost of issues ÷ average stock at cost</source>
        <translation>年出库成本 ÷ 平均库存成本</translation>
    </message>
    <message>
        <source>stock value with no issue for 6 months ÷ stock value</source>
        <translation>6个月无出库的库存金额 ÷ 库存金额</translation>
    </message>
    <message>
        <source>part lines served from stock at first request ÷ lines requested</source>
        <translation>首次需求即由库存满足的配件行 ÷ 需求配件行</translation>
    </message>
</context>
<context>
    <name>KpiGroup</name>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Customer relations</source>
        <translation>客户关系</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Parts store</source>
        <translation>配件库</translation>
    </message>
</context>
<context>
    <name>KpiRule</name>
    <message>
        <source>live statements of job cards, by settlement date; tax inclusive, after discount; every payer (customer, insurer, warranty, internal, fleet)</source>
        <translation>工单的有效结算单，按结算日期；含税、折后；所有付款方（客户、保险公司、厂家索赔、内部、车队）</translation>
    </message>
    <message>
        <source>one per job card with a live statement issued in the period</source>
        <translation>期内开出有效结算单的工单每张计一次</translation>
    </message>
    <message>
        <source>distinct VINs (plates where no VIN) among the period&apos;s visits</source>
        <translation>期内台次中不同的车架号（无车架号时按车牌）</translation>
    </message>
    <message>
        <source>output and visits as defined above</source>
        <translation>产值和台次按上述定义</translation>
    </message>
    <message>
        <source>tax inclusive, after discount, by settlement date</source>
        <translation>含税、折后，按结算日期</translation>
    </message>
    <message>
        <source>settled jobs of the period; cost at the moving average of the issue, returns netted</source>
        <translation>期内已结算工单；成本按领用时的移动平均价，扣除退库</translation>
    </message>
    <message>
        <source>settled jobs of the period</source>
        <translation>期内已结算工单</translation>
    </message>
    <message>
        <source>not built: ServiceBay holds no wage costs</source>
        <translation>未建：ServiceBay 不保存工资成本</translation>
    </message>
    <message>
        <source>by settlement date</source>
        <translation>按结算日期</translation>
    </message>
    <message>
        <source>the technicians&apos; clock over the period; forgotten clock-offs count nothing until corrected</source>
        <translation>期内技师打卡记录；忘记下班打卡的记录在更正前不计</translation>
    </message>
    <message>
        <source>sold hours earned the day the technician finished the line</source>
        <translation>销售工时计在技师完成该项目的当天</translation>
    </message>
    <message>
        <source>as utilisation and efficiency</source>
        <translation>同工时利用率和工时效率</translation>
    </message>
    <message>
        <source>rework cards (naming the card they redo) settled in the period ÷ visits</source>
        <translation>期内结算的返修工单（注明所返修的原工单）÷ 台次</translation>
    </message>
    <message>
        <source>repair visits settled in the period; reworks settled in the period whose first card was a repair</source>
        <translation>期内结算的维修台次；期内结算且原工单为维修的返修</translation>
    </message>
    <message>
        <source>cars handed back in the period whose card had a promised time</source>
        <translation>期内交车且工单有约定交车时间的车辆</translation>
    </message>
    <message>
        <source>cars handed back in the period; station days</source>
        <translation>期内交车的车辆；按服务站日历日</translation>
    </message>
    <message>
        <source>job cards opened in the period, internal jobs and estimates left out</source>
        <translation>期内开出的工单，不含内部工单和估价单</translation>
    </message>
    <message>
        <source>appointments of the period not cancelled beforehand</source>
        <translation>期内未提前取消的预约</translation>
    </message>
    <message>
        <source>follow-up calls of the period&apos;s deliveries that reached the customer by the deadline</source>
        <translation>期内交车的回访在期限内联系到客户的</translation>
    </message>
    <message>
        <source>cases opened from follow-up calls in the period</source>
        <translation>期内由回访产生的问题单</translation>
    </message>
    <message>
        <source>cases opened in the period, by category and department</source>
        <translation>期内新开的问题单，按类别和部门</translation>
    </message>
    <message>
        <source>cars whose first service fell due in the period, in for a job by then plus the grace days</source>
        <translation>首保在期内到期的车辆，在到期日加宽限天数内进厂</translation>
    </message>
    <message>
        <source>N is the period&apos;s last month</source>
        <translation>N 为统计期的最后一个月</translation>
    </message>
    <message>
        <source>not built: the product does not forecast the mileage at which a new car falls due</source>
        <translation>未建：本产品不预测新车到期的里程</translation>
    </message>
    <message>
        <source>the ledger&apos;s book value at the period&apos;s end (now, less what moved since)</source>
        <translation>台账期末账面金额（当前金额减去期末之后的变动）</translation>
    </message>
    <message>
        <source>issues, returns and counter sales of the period at cost, annualised; average of opening and closing stock</source>
        <translation>期内出库、退库和柜台销售的成本，年化；期初和期末库存的平均值</translation>
    </message>
    <message>
        <source>now; a part never issued counts from its last receipt</source>
        <translation>当前；从未出库的配件从最后一次入库起算</translation>
    </message>
    <message>
        <source>reservations made in the period</source>
        <translation>期内的配件预留</translation>
    </message>
</context>
<context>
    <name>KpiSource</name>
    <message>
        <source>Settlement statements</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>Job cards</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Workshop clock</source>
        <translation>车间打卡</translation>
    </message>
    <message>
        <source>Customer relations</source>
        <translation>客户关系中心</translation>
    </message>
    <message>
        <source>Parts store</source>
        <translation>配件库</translation>
    </message>
    <message>
        <source>Not built</source>
        <translation>未建</translation>
    </message>
</context>
<context>
    <name>KpiState</name>
    <message>
        <source>nothing to count</source>
        <translation>无可统计</translation>
    </message>
    <message>
        <source>not built</source>
        <translation>未建</translation>
    </message>
    <message>
        <source>not shown to your role</source>
        <translation>您的角色不可见</translation>
    </message>
    <message>
        <source>not kept for past periods</source>
        <translation>不保存历史值</translation>
    </message>
</context>
<context>
    <name>KpiUnit</name>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>count</source>
        <translation>个数</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>times a year</source>
        <translation>次/年</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <source>{count} records</source>
        <translation>共 {count} 条记录</translation>
    </message>
</context>
<context>
    <name>ReportColumn</name>
    <message>
        <source>Visits</source>
        <translation>台次</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>工时费</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件费</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>Job card</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>结算时间</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Payers</source>
        <translation>付款方</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Attendance hours</source>
        <translation>出勤工时</translation>
    </message>
    <message>
        <source>Clocked hours</source>
        <translation>作业工时</translation>
    </message>
    <message>
        <source>Sold hours</source>
        <translation>销售工时</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>工时利用率</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>工时效率</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>生产率</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>Counting rule</source>
        <translation>统计口径</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Usual target</source>
        <translation>常用目标</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付款方</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>产值</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Average ticket</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Hours sold</source>
        <translation>销售工时</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Same month last year</source>
        <translation>去年同月</translation>
    </message>
    <message>
        <source>Change on last month</source>
        <translation>环比</translation>
    </message>
    <message>
        <source>Change on last year</source>
        <translation>同比</translation>
    </message>
    <message>
        <source>Category or department</source>
        <translation>类别或部门</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>当日</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>本月累计</translation>
    </message>
    <message>
        <source>Cars</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>List</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Parts before tax</source>
        <translation>配件不含税</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Rework of</source>
        <translation>返修原工单</translation>
    </message>
    <message>
        <source>First job type</source>
        <translation>原业务类型</translation>
    </message>
    <message>
        <source>Came in</source>
        <translation>进厂</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>约定交车</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>交车</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>准时</translation>
    </message>
    <message>
        <source>Same day</source>
        <translation>当天</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Lines requested</source>
        <translation>需求行数</translation>
    </message>
    <message>
        <source>Served from stock</source>
        <translation>库存满足</translation>
    </message>
    <message>
        <source>Cost of issues</source>
        <translation>出库成本</translation>
    </message>
    <message>
        <source>Average stock</source>
        <translation>平均库存</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>周转率</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>库存数量</translation>
    </message>
    <message>
        <source>Average cost</source>
        <translation>平均成本</translation>
    </message>
    <message>
        <source>Last issue</source>
        <translation>最后出库</translation>
    </message>
</context>
<context>
    <name>Reporting</name>
    <message>
        <source>Cars past the promised time</source>
        <translation>超过约定交车时间的车辆</translation>
    </message>
    <message>
        <source>Calls due</source>
        <translation>待回访电话</translation>
    </message>
    <message>
        <source>Parts below minimum stock</source>
        <translation>低于最低库存的配件</translation>
    </message>
    <message>
        <source>Tools overdue</source>
        <translation>逾期未还的工具</translation>
    </message>
    <message>
        <source>Warranty claims waiting</source>
        <translation>待处理的索赔</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>结算明细</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>指标定义</translation>
    </message>
    <message>
        <source>How each figure is counted</source>
        <translation>各项指标的统计口径</translation>
    </message>
    <message>
        <source>Monthly operating report {month}</source>
        <translation>经营月报 {month}</translation>
    </message>
    <message>
        <source>Made {at}</source>
        <translation>制表时间 {at}</translation>
    </message>
    <message>
        <source>Money in yuan, tax inclusive, after discount, counted on the settlement date.</source>
        <translation>金额单位：元，含税、折后，按结算日期统计。</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Figures of the month</source>
        <translation>本月指标</translation>
    </message>
    <message>
        <source>Output by job type</source>
        <translation>按业务类型的产值</translation>
    </message>
    <message>
        <source>Output by payer</source>
        <translation>按付款方的产值</translation>
    </message>
    <message>
        <source>Output by day</source>
        <translation>每日产值</translation>
    </message>
    <message>
        <source>Advisors</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Advisor ranking</source>
        <translation>服务顾问排名</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>同比环比</translation>
    </message>
    <message>
        <source>This month, last month and the same month last year</source>
        <translation>本月、上月与去年同月</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>产值</translation>
    </message>
    <message>
        <source>Output by job type and payer</source>
        <translation>按业务类型和付款方的产值</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Complaints and follow-up problems</source>
        <translation>投诉和回访问题</translation>
    </message>
    <message>
        <source>Technicians&apos; hours and ratios</source>
        <translation>技师工时与比率</translation>
    </message>
    <message>
        <source>Settled jobs of the month</source>
        <translation>本月结算工单</translation>
    </message>
    <message>
        <source>Daily production report {day}</source>
        <translation>生产日报 {day}</translation>
    </message>
    <message>
        <source>Figures of the day</source>
        <translation>当日指标</translation>
    </message>
    <message>
        <source>Cars</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>进厂</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>交车</translation>
    </message>
    <message>
        <source>In the workshop now</source>
        <translation>当前在修</translation>
    </message>
    <message>
        <source>Action lists</source>
        <translation>待办清单</translation>
    </message>
    <message>
        <source>Lists that need action</source>
        <translation>需要处理的清单</translation>
    </message>
    <message>
        <source>Settled jobs of the day</source>
        <translation>当日结算工单</translation>
    </message>
    <message>
        <source>This figure&apos;s source keeps no rows to show here; open its area&apos;s page.</source>
        <translation>该指标的来源没有可在此显示的记录，请打开相应模块的页面。</translation>
    </message>
    <message>
        <source>Not built: ServiceBay holds no data for this figure.</source>
        <translation>未建：ServiceBay 没有该指标的数据。</translation>
    </message>
</context>
<context>
    <name>ReportingDashboard</name>
    <message>
        <source>Station manager</source>
        <translation>站长</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Customer relations centre</source>
        <translation>客户关系中心</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>维修类型</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>台次</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>产值</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Same month last year</source>
        <translation>去年同月</translation>
    </message>
    <message>
        <source>daily report {day}.xlsx</source>
        <translation>生产日报 {day}.xlsx</translation>
    </message>
    <message>
        <source>monthly report {month}.xlsx</source>
        <translation>经营月报 {month}.xlsx</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>ReportingPage</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Daily report…</source>
        <translation>生产日报…</translation>
    </message>
    <message>
        <source>Today&apos;s production report, as an Excel workbook or a PDF</source>
        <translation>今天的生产日报，导出为 Excel 工作簿或 PDF</translation>
    </message>
    <message>
        <source>Monthly report…</source>
        <translation>经营月报…</translation>
    </message>
    <message>
        <source>This month&apos;s operating report, as an Excel workbook or a PDF</source>
        <translation>本月的经营月报，导出为 Excel 工作簿或 PDF</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>This month to date</source>
        <translation>本月累计</translation>
    </message>
    <message>
        <source>Output by day this month</source>
        <translation>本月每日产值</translation>
    </message>
    <message>
        <source>Output by job type this month</source>
        <translation>本月各维修类型产值</translation>
    </message>
    <message>
        <source>No output this month yet</source>
        <translation>本月尚无产值</translation>
    </message>
    <message>
        <source>This month against last month and the same month last year</source>
        <translation>本月与上月、去年同月对比</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
    </message>
    <message>
        <source>not available to you</source>
        <translation>您无权查看</translation>
    </message>
    <message>
        <source>Double-click to open it</source>
        <translation>双击打开</translation>
    </message>
    <message>
        <source>Double-click to open the area</source>
        <translation>双击打开所属模块</translation>
    </message>
    <message>
        <source>Write the report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;PDF (*.pdf)</source>
        <translation>Excel 工作簿 (*.xlsx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Step {done} of {total}</source>
        <translation>第 {done} 步，共 {total} 步</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <source>Daily report each morning</source>
        <translation>每天早上自动生成日报</translation>
    </message>
    <message>
        <source>No folder: the daily report is not written by itself</source>
        <translation>未设置文件夹：日报不会自动生成</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Folder for yesterday&apos;s workbook:</source>
        <translation>昨日日报存放文件夹：</translation>
    </message>
    <message>
        <source>Folder for the daily report</source>
        <translation>日报存放文件夹</translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <source>Choose a period of at most a year.</source>
        <translation>请选择不超过一年的期间。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>Unknown figure {code}.</source>
        <translation>未知指标 {code}。</translation>
    </message>
    <message>
        <source>Enter a target of zero or more for {code}.</source>
        <translation>请为 {code} 输入不小于零的目标值。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
    </message>
    <message>
        <source>{value} is not a day (YYYY-MM-DD).</source>
        <translation>{value} 不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>{value} is not a month (YYYY-MM).</source>
        <translation>{value} 不是月份（YYYY-MM）。</translation>
    </message>
    <message>
        <source>Write to a .xlsx or a .pdf file, not {path}.</source>
        <translation>请写入 .xlsx 或 .pdf 文件，而不是 {path}。</translation>
    </message>
    <message>
        <source>No scheduled report is due.</source>
        <translation>没有到期的定时报表。</translation>
    </message>
    <message>
        <source>Already there: {path}</source>
        <translation>已存在：{path}</translation>
    </message>
    <message>
        <source>the manager&apos;s reports</source>
        <translation>站长报表</translation>
    </message>
    <message>
        <source>the daily production report (.xlsx or .pdf)</source>
        <translation>生产日报（.xlsx 或 .pdf）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default today)</source>
        <translation>YYYY-MM-DD（默认今天）</translation>
    </message>
    <message>
        <source>the monthly operating report (.xlsx or .pdf)</source>
        <translation>经营月报（.xlsx 或 .pdf）</translation>
    </message>
    <message>
        <source>YYYY-MM (default this month)</source>
        <translation>YYYY-MM（默认本月）</translation>
    </message>
    <message>
        <source>write yesterday&apos;s daily report to the settings&apos; folder if not written yet</source>
        <translation>如尚未写入，将昨天的日报写入设置的文件夹</translation>
    </message>
</context>
</TS>
