<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppointmentStatus</name>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到店</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>爽约</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>维修内容</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Parts picked</source>
        <translation>预备配件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reminder call</source>
        <translation>提前确认</translation>
    </message>
    <message>
        <source>Your service advisor</source>
        <translation>您的服务顾问</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Welcome board</source>
        <translation>欢迎看板</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Car arrived: open job card</source>
        <translation>客户到店：开任务委托书</translation>
    </message>
    <message>
        <source>No-show…</source>
        <translation>爽约…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>取消…</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Move to the time in the form</source>
        <translation>改到表单中的时间</translation>
    </message>
    <message>
        <source>Cancelled…</source>
        <translation>客户取消…</translation>
    </message>
    <message>
        <source>Appointments of tomorrow still to confirm by phone</source>
        <translation>明天的预约，待电话确认</translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation>当日预约表</translation>
    </message>
    <message>
        <source>Confirm tomorrow</source>
        <translation>明日确认</translation>
    </message>
    <message>
        <source>Plate, phone or name</source>
        <translation>车牌、电话或姓名</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Part numbers to reserve, e.g. 06L115562 ×1, G052195M2 ×4.5</source>
        <translation>要预留的配件号，例如 06L115562 ×1, G052195M2 ×4.5</translation>
    </message>
    <message>
        <source>The customer&apos;s words: the work expected</source>
        <translation>客户描述：需要做的项目</translation>
    </message>
    <message>
        <source>Suggest two times</source>
        <translation>推荐两个时间</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>维修内容</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <source>Expected work</source>
        <translation>预计工时</translation>
    </message>
    <message>
        <source>Parts to pick</source>
        <translation>预备配件</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>登记预约</translation>
    </message>
    <message>
        <source>Why did the customer not come?</source>
        <translation>客户为什么没来？</translation>
    </message>
    <message>
        <source>Why does the customer cancel?</source>
        <translation>客户为什么取消？</translation>
    </message>
    <message>
        <source>All advisors</source>
        <translation>全部服务顾问</translation>
    </message>
    <message>
        <source>Car arrived</source>
        <translation>客户到店</translation>
    </message>
    <message>
        <source>Mileage on arrival (km)</source>
        <translation>进厂里程（公里）</translation>
    </message>
    <message>
        <source>Phone log</source>
        <translation>来电登记</translation>
    </message>
</context>
<context>
    <name>AppointmentsViewModel</name>
    <message>
        <source>Workshop booked {booked} of {capacity} hours</source>
        <translation>车间已约 {booked} / {capacity} 工时</translation>
    </message>
    <message>
        <source> · technicians on shift: {count}</source>
        <translation> · 在岗技师：{count} 人</translation>
    </message>
    <message>
        <source>No free time in the next 30 days.</source>
        <translation>未来 30 天没有空闲时间。</translation>
    </message>
    <message>
        <source>Find the car first: plate, phone or name.</source>
        <translation>请先查找车辆：车牌、电话或姓名。</translation>
    </message>
    <message>
        <source>Choose the service advisor.</source>
        <translation>请选择服务顾问。</translation>
    </message>
    <message>
        <source>{item} is not a part number with a quantity (06L115562 ×1).</source>
        <translation>{item} 不是“配件号 ×数量”（如 06L115562 ×1）。</translation>
    </message>
    <message>
        <source>Booked {number}: {plate} at {time} with {advisor}.</source>
        <translation>已预约 {number}：{plate}，{time}，服务顾问 {advisor}。</translation>
    </message>
    <message>
        <source>Reminder call of {number} noted.</source>
        <translation>{number} 的确认电话已记录。</translation>
    </message>
    <message>
        <source>{number}: no-show noted.</source>
        <translation>{number}：已记录爽约。</translation>
    </message>
    <message>
        <source>{number} cancelled.</source>
        <translation>{number} 已取消。</translation>
    </message>
    <message>
        <source>Job card {number} opened for {plate}.</source>
        <translation>已为 {plate} 开任务委托书 {number}。</translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <source>Annual inspection due (service)</source>
        <translation>年检到期（服务类）</translation>
    </message>
    <message>
        <source>Service due (service)</source>
        <translation>保养到期（服务类）</translation>
    </message>
    <message>
        <source>Birthdays this week (marketing)</source>
        <translation>本周生日（营销类）</translation>
    </message>
    <message>
        <source>Insurance expiring (marketing)</source>
        <translation>保险到期（营销类）</translation>
    </message>
    <message>
        <source>Holiday greetings (marketing)</source>
        <translation>节日问候（营销类）</translation>
    </message>
    <message>
        <source>Car-club members (marketing)</source>
        <translation>车友会会员（营销类）</translation>
    </message>
</context>
<context>
    <name>CaseCategory</name>
    <message>
        <source>Repair quality</source>
        <translation>维修质量</translation>
    </message>
    <message>
        <source>Waiting or delivery time</source>
        <translation>等待或交车时间</translation>
    </message>
    <message>
        <source>Price and invoice</source>
        <translation>价格与发票</translation>
    </message>
    <message>
        <source>Staff attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Parts availability</source>
        <translation>配件供应</translation>
    </message>
    <message>
        <source>Car not clean</source>
        <translation>车辆不洁</translation>
    </message>
    <message>
        <source>Lounge and facilities</source>
        <translation>休息区与设施</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Resolved, to confirm</source>
        <translation>已解决，待回访确认</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>Centre</name>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话类型</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Job card</source>
        <translation>委托书</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>拨打次数</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>问题单</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
</context>
<context>
    <name>CentrePage</name>
    <message>
        <source>Today&apos;s calls</source>
        <translation>今日电话</translation>
    </message>
    <message>
        <source>Cases and complaints</source>
        <translation>问题与投诉</translation>
    </message>
    <message>
        <source>Call lists and SMS</source>
        <translation>呼叫名单与短信</translation>
    </message>
    <message>
        <source>Car club</source>
        <translation>车友会</translation>
    </message>
    <message>
        <source>Centre KPIs</source>
        <translation>中心指标</translation>
    </message>
    <message>
        <source>Script (1 very unhappy – 5 very happy)</source>
        <translation>回访话术（1 非常不满意 – 5 非常满意）</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客户的原话</translation>
    </message>
    <message>
        <source>Why has the customer not been back?</source>
        <translation>客户为什么没有再来？</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>A problem: who resolves it</source>
        <translation>有问题：由谁解决</translation>
    </message>
    <message>
        <source>User name of the responsible manager</source>
        <translation>负责经理的用户名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Satisfied (Ctrl+Enter)</source>
        <translation>满意（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Problem: open a case</source>
        <translation>有问题：建问题单</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未接通</translation>
    </message>
    <message>
        <source>Spoken to</source>
        <translation>已沟通</translation>
    </message>
    <message>
        <source>Next call (Ctrl+N)</source>
        <translation>下一个（Ctrl+N）</translation>
    </message>
    <message>
        <source>{count} calls to make, {overdue} overdue</source>
        <translation>待拨 {count} 个，其中逾期 {overdue} 个</translation>
    </message>
    <message>
        <source>Note an action…</source>
        <translation>记录处理措施…</translation>
    </message>
    <message>
        <source>Resolved…</source>
        <translation>已解决…</translation>
    </message>
    <message>
        <source>Record a complaint…</source>
        <translation>登记投诉…</translation>
    </message>
    <message>
        <source>What was done?</source>
        <translation>做了什么处理？</translation>
    </message>
    <message>
        <source>How was it resolved?</source>
        <translation>如何解决的？</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
</context>
<context>
    <name>CentreViewModel</name>
    <message>
        <source>{count} calls planned for today.</source>
        <translation>已为今天安排 {count} 个电话。</translation>
    </message>
    <message>
        <source>No calls left for today.</source>
        <translation>今天的电话都打完了。</translation>
    </message>
    <message>
        <source>advisor {name}</source>
        <translation>服务顾问 {name}</translation>
    </message>
    <message>
        <source>{customer}: not reached; the call comes back at {time} (attempt {n}).</source>
        <translation>{customer}：未接通，{time} 再次回访（第 {n} 次）。</translation>
    </message>
    <message>
        <source>{customer}: not reached after {n} attempts; the call is closed as not reached.</source>
        <translation>{customer}：已拨打 {n} 次仍未接通，本次回访以未接通结束。</translation>
    </message>
    <message>
        <source>{customer}: call saved.</source>
        <translation>{customer}：通话已记录。</translation>
    </message>
    <message>
        <source>Case {number} opened.</source>
        <translation>已建问题单 {number}。</translation>
    </message>
    <message>
        <source>Action noted.</source>
        <translation>处理措施已记录。</translation>
    </message>
    <message>
        <source>{number} resolved: the confirmation call is on the list.</source>
        <translation>{number} 已解决：二次回访已列入待办。</translation>
    </message>
    <message>
        <source>Problems by kind: {cats}. By department: {deps}. Average overall score: {score} of 5.</source>
        <translation>问题类别：{cats}。按部门：{deps}。总体满意度平均 {score} 分（满分 5）。</translation>
    </message>
    <message>
        <source>Lost customers reached, why they stay away: {reasons}.</source>
        <translation>已联系的流失客户，流失原因：{reasons}。</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成数</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>总数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Problems by kind</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Problems by department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网上</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>回访电话</translation>
    </message>
</context>
<context>
    <name>ClubPanel</name>
    <message>
        <source>Card number or name, then Return</source>
        <translation>会员卡号或姓名，按回车</translation>
    </message>
    <message>
        <source>Join the club</source>
        <translation>加入车友会</translation>
    </message>
    <message>
        <source>Book points</source>
        <translation>记积分</translation>
    </message>
    <message>
        <source>Welcome points</source>
        <translation>入会积分</translation>
    </message>
    <message>
        <source>Add the event</source>
        <translation>添加活动</translation>
    </message>
    <message>
        <source>Sign the member up</source>
        <translation>为会员报名</translation>
    </message>
    <message>
        <source>The member came</source>
        <translation>会员已到场</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Places (0: no limit)</source>
        <translation>名额（0：不限）</translation>
    </message>
    <message>
        <source>Points for coming</source>
        <translation>到场积分</translation>
    </message>
</context>
<context>
    <name>ClubPoints</name>
    <message>
        <source>Welcome</source>
        <translation>入会</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>进厂</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>调整</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Record a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>User name of the responsible manager</source>
        <translation>负责经理的用户名</translation>
    </message>
    <message>
        <source>The complaint in the customer&apos;s words</source>
        <translation>用客户的原话记录投诉内容</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>Called, no answer</source>
        <translation>已打，无人接</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>已改期</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>CustomerFinder</name>
    <message>
        <source>Plate, phone or name, then Return</source>
        <translation>车牌、电话或姓名，按回车</translation>
    </message>
</context>
<context>
    <name>Department</name>
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
        <source>Cashier</source>
        <translation>收银</translation>
    </message>
    <message>
        <source>Customer relations</source>
        <translation>客户关系中心</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Station management</source>
        <translation>站长</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Appointment rate (visits by appointment)</source>
        <translation>预约率（预约进厂台次）</translation>
    </message>
    <message>
        <source>Show rate (appointments that arrived)</source>
        <translation>预约履约率（预约到店）</translation>
    </message>
    <message>
        <source>Confirmed the day before (booked more than a day ahead)</source>
        <translation>提前一天确认率（提前超过一天的预约）</translation>
    </message>
    <message>
        <source>Deliveries called within 3 working days</source>
        <translation>3 个工作日内回访率</translation>
    </message>
    <message>
        <source>Follow-up problems solved to satisfaction</source>
        <translation>回访问题解决率（客户满意）</translation>
    </message>
    <message>
        <source>First-service rate (new cars due)</source>
        <translation>首保率（应首保新车）</translation>
    </message>
    <message>
        <source>Lost customers (of month N-6, not back since)</source>
        <translation>流失率（第 N-6 月客户此后未回厂）</translation>
    </message>
</context>
<context>
    <name>ListsPanel</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>The text message; {name} becomes the customer&apos;s name</source>
        <translation>短信内容；{name} 会替换为客户姓名</translation>
    </message>
    <message>
        <source>File for the SMS tool…</source>
        <translation>导出短信群发文件…</translation>
    </message>
    <message>
        <source>Marketing lists hold only customers who consented to marketing.</source>
        <translation>营销类名单只包含同意接收营销信息的客户。</translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation>{count} 位客户</translation>
    </message>
</context>
<context>
    <name>LostReason</name>
    <message>
        <source>Will come back (booked or soon)</source>
        <translation>会回来（已预约或近期）</translation>
    </message>
    <message>
        <source>Goes to another workshop</source>
        <translation>去了其他维修厂</translation>
    </message>
    <message>
        <source>Our prices are too high</source>
        <translation>嫌我们价格高</translation>
    </message>
    <message>
        <source>Unhappy with an earlier visit</source>
        <translation>对以前的服务不满意</translation>
    </message>
    <message>
        <source>Moved away, too far</source>
        <translation>搬家了，距离太远</translation>
    </message>
    <message>
        <source>Sold the car</source>
        <translation>车已卖掉</translation>
    </message>
    <message>
        <source>The car is rarely driven</source>
        <translation>车很少开</translation>
    </message>
    <message>
        <source>Other (see the note)</source>
        <translation>其他（见备注）</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未接通</translation>
    </message>
    <message>
        <source>Spoken to</source>
        <translation>已沟通</translation>
    </message>
    <message>
        <source>Declined further calls</source>
        <translation>拒绝再联系</translation>
    </message>
</context>
<context>
    <name>Outreach</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Due / card</source>
        <translation>到期日/会员卡</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>已到场</translation>
    </message>
</context>
<context>
    <name>OutreachViewModel</name>
    <message>
        <source>Find the customer first.</source>
        <translation>请先查找客户。</translation>
    </message>
    <message>
        <source>Complaint {number} recorded for {owner}.</source>
        <translation>投诉 {number} 已登记，负责人 {owner}。</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Due / card</source>
        <translation>到期日/会员卡</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>短信内容</translation>
    </message>
    <message>
        <source>{count} messages written to {path}</source>
        <translation>{count} 条短信已写入 {path}</translation>
    </message>
    <message>
        <source>{name} joined the club: card {number}.</source>
        <translation>{name} 已加入车友会：会员卡 {number}。</translation>
    </message>
    <message>
        <source>{number}: {points} points now.</source>
        <translation>{number}：现有积分 {points}。</translation>
    </message>
    <message>
        <source>Event {name} on {day} added.</source>
        <translation>活动 {name}（{day}）已添加。</translation>
    </message>
    <message>
        <source>{name} signed up for {event}.</source>
        <translation>{name} 已报名 {event}。</translation>
    </message>
    <message>
        <source>{name} came to {event}.</source>
        <translation>{name} 已参加 {event}。</translation>
    </message>
</context>
<context>
    <name>PhoneLog</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>For</source>
        <translation>找谁</translation>
    </message>
    <message>
        <source>Put through to</source>
        <translation>转接给</translation>
    </message>
    <message>
        <source>About</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
</context>
<context>
    <name>PhoneLogPanel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Dealt with at once</source>
        <translation>当场已处理</translation>
    </message>
    <message>
        <source>Note the call</source>
        <translation>登记来电</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>For</source>
        <translation>找谁</translation>
    </message>
    <message>
        <source>Put through to</source>
        <translation>转接给</translation>
    </message>
    <message>
        <source>About</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>The answer the caller was given</source>
        <translation>给来电人的答复</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>等待答复</translation>
    </message>
    <message>
        <source>Today&apos;s calls</source>
        <translation>今日来电</translation>
    </message>
    <message>
        <source>Choose the call that was answered.</source>
        <translation>请选择已答复的来电。</translation>
    </message>
</context>
<context>
    <name>PhoneLogViewModel</name>
    <message>
        <source>Call from {caller} noted.</source>
        <translation>已登记 {caller} 的来电。</translation>
    </message>
    <message>
        <source>Answered: {caller}.</source>
        <translation>已答复：{caller}。</translation>
    </message>
</context>
<context>
    <name>Script</name>
    <message>
        <source>Were you received promptly and politely?</source>
        <translation>接待是否及时、礼貌？</translation>
    </message>
    <message>
        <source>Were the work and the price explained before we started?</source>
        <translation>开工前是否向您说明了维修项目和价格？</translation>
    </message>
    <message>
        <source>Was the car ready at the promised time?</source>
        <translation>是否按承诺时间交车？</translation>
    </message>
    <message>
        <source>Was the problem fixed the first time?</source>
        <translation>问题是否一次修好？</translation>
    </message>
    <message>
        <source>Was the car returned clean?</source>
        <translation>交车时车辆是否干净？</translation>
    </message>
    <message>
        <source>How satisfied are you with this visit overall?</source>
        <translation>您对这次服务的总体满意程度？</translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <source>Appointments start between {first} and {last}.</source>
        <translation>预约时间在 {first} 至 {last} 之间。</translation>
    </message>
    <message>
        <source>{advisor} has an appointment at {time}: leave {gap} minutes between two appointments.</source>
        <translation>{advisor} 在 {time} 已有预约：两个预约之间须留 {gap} 分钟。</translation>
    </message>
    <message>
        <source>{advisor} has {count} appointments between {start} and {end} already: at most {max} in an hour.</source>
        <translation>{advisor} 在 {start} 至 {end} 已有 {count} 个预约：每小时最多 {max} 个。</translation>
    </message>
    <message>
        <source>The workshop is booked {booked} of {capacity} hours on {day}: {hours} more hours do not fit.</source>
        <translation>{day} 车间已约 {booked} / {capacity} 工时：再加 {hours} 工时超出产能。</translation>
    </message>
    <message>
        <source>Unknown job type {value}.</source>
        <translation>未知维修类型 {value}。</translation>
    </message>
    <message>
        <source>Unknown channel {value}.</source>
        <translation>未知的渠道 {value}。</translation>
    </message>
    <message>
        <source>Unknown outcome {value}.</source>
        <translation>未知的结果 {value}。</translation>
    </message>
    <message>
        <source>Choose the new time.</source>
        <translation>请选择新的时间。</translation>
    </message>
    <message>
        <source>Note why the customer cancels.</source>
        <translation>请记录客户取消的原因。</translation>
    </message>
    <message>
        <source>Note why the customer did not come.</source>
        <translation>请记录客户爽约的原因。</translation>
    </message>
    <message>
        <source>Appointment {number} is still to come.</source>
        <translation>预约 {number} 的时间还没到。</translation>
    </message>
    <message>
        <source>Appointment {number} is for {day}: move it to today first.</source>
        <translation>预约 {number} 是 {day} 的：请先改到今天。</translation>
    </message>
    <message>
        <source>There is no service advisor to book with.</source>
        <translation>没有可预约的服务顾问。</translation>
    </message>
    <message>
        <source>{when} has passed: an appointment is for a time to come.</source>
        <translation>{when} 已经过去：只能预约以后的时间。</translation>
    </message>
    <message>
        <source>No appointment {id}.</source>
        <translation>没有预约 {id}。</translation>
    </message>
    <message>
        <source>Appointment {number} is {status} already.</source>
        <translation>预约 {number} 已经是 {status}。</translation>
    </message>
    <message>
        <source>Choose the appointment&apos;s day and time.</source>
        <translation>请选择预约的日期和时间。</translation>
    </message>
    <message>
        <source>{name} has not consented to marketing contact: only service calls are allowed.</source>
        <translation>{name} 未同意接受营销联系：只能打服务电话。</translation>
    </message>
    <message>
        <source>Unknown call kind {value}.</source>
        <translation>未知的电话类型 {value}。</translation>
    </message>
    <message>
        <source>Ask the script&apos;s questions: at least the overall score.</source>
        <translation>请按话术提问：至少要有总体满意度评分。</translation>
    </message>
    <message>
        <source>Describe the problem and name who resolves it.</source>
        <translation>请描述问题并指定负责解决的人。</translation>
    </message>
    <message>
        <source>Ask why the customer has not been back and choose the reason.</source>
        <translation>请询问客户为什么没有再来，并选择原因。</translation>
    </message>
    <message>
        <source>Note the customer&apos;s reason.</source>
        <translation>请记下客户说的原因。</translation>
    </message>
    <message>
        <source>Note what the customer is still unhappy with.</source>
        <translation>请记录客户仍不满意的地方。</translation>
    </message>
    <message>
        <source>This call has been dealt with already.</source>
        <translation>这个电话已经处理过了。</translation>
    </message>
    <message>
        <source>Unknown question {value}.</source>
        <translation>未知的问题 {value}。</translation>
    </message>
    <message>
        <source>A score is 1 to 5.</source>
        <translation>评分为 1 到 5。</translation>
    </message>
    <message>
        <source>No call task {id}.</source>
        <translation>没有电话任务 {id}。</translation>
    </message>
    <message>
        <source>Choose the kind of problem.</source>
        <translation>请选择问题类别。</translation>
    </message>
    <message>
        <source>Choose how serious it is.</source>
        <translation>请选择严重程度。</translation>
    </message>
    <message>
        <source>Choose the responsible department.</source>
        <translation>请选择责任部门。</translation>
    </message>
    <message>
        <source>Describe the problem in the customer&apos;s words.</source>
        <translation>请用客户的原话描述问题。</translation>
    </message>
    <message>
        <source>The deadline cannot be in the past.</source>
        <translation>截止日期不能早于今天。</translation>
    </message>
    <message>
        <source>Write what was done.</source>
        <translation>请写明做了什么处理。</translation>
    </message>
    <message>
        <source>Write how it was resolved.</source>
        <translation>请写明如何解决。</translation>
    </message>
    <message>
        <source>Unknown status {value}.</source>
        <translation>未知状态 {value}。</translation>
    </message>
    <message>
        <source>No case {id}.</source>
        <translation>没有问题单 {id}。</translation>
    </message>
    <message>
        <source>Case {number} is {status}.</source>
        <translation>问题单 {number} 的状态是 {status}。</translation>
    </message>
    <message>
        <source>Note who called: a name or a number.</source>
        <translation>请记录来电人：姓名或号码。</translation>
    </message>
    <message>
        <source>Note the answer the caller was given.</source>
        <translation>请记录给来电人的答复。</translation>
    </message>
    <message>
        <source>No phone log entry {id}.</source>
        <translation>没有来电记录 {id}。</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>{value} is outside {low}–{high}.</source>
        <translation>{value} 不在 {low}–{high} 范围内。</translation>
    </message>
    <message>
        <source>The last appointment starts after the first.</source>
        <translation>最后一个预约时间须晚于第一个。</translation>
    </message>
    <message>
        <source>The station is open on at least one weekday.</source>
        <translation>每周至少要有一天营业。</translation>
    </message>
    <message>
        <source>The workshop&apos;s bookable hours lie between 0 and 2000 a day.</source>
        <translation>车间每天可预约工时在 0 到 2000 之间。</translation>
    </message>
    <message>
        <source>Club points per yuan lie between 0 and 100.</source>
        <translation>每元积分须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>The station is closed on {day}.</source>
        <translation>维修站 {day} 不营业。</translation>
    </message>
    <message>
        <source>The station takes no appointments on {day}: a closed weekday.</source>
        <translation>{day} 是休息日，不接受预约。</translation>
    </message>
    <message>
        <source>{day} is a statutory holiday.</source>
        <translation>{day} 是法定节假日。</translation>
    </message>
    <message>
        <source>No active user {user}.</source>
        <translation>没有在职用户 {user}。</translation>
    </message>
    <message>
        <source>Expected work lies between 0 and 24 hours.</source>
        <translation>预计工时在 0 到 24 小时之间。</translation>
    </message>
    <message>
        <source>Job card {number} is not delivered yet.</source>
        <translation>工单 {number} 尚未交车。</translation>
    </message>
    <message>
        <source>{name} is a club member already ({number}).</source>
        <translation>{name} 已是车友会会员（{number}）。</translation>
    </message>
    <message>
        <source>Unknown reason {value}.</source>
        <translation>未知原因 {value}。</translation>
    </message>
    <message>
        <source>Points are a whole number, not 0.</source>
        <translation>积分必须是整数，且不能为 0。</translation>
    </message>
    <message>
        <source>{number} has left the club.</source>
        <translation>{number} 已退出车友会。</translation>
    </message>
    <message>
        <source>{number} has only {points} points.</source>
        <translation>{number} 只有 {points} 积分。</translation>
    </message>
    <message>
        <source>Name the event.</source>
        <translation>请填写活动名称。</translation>
    </message>
    <message>
        <source>The event cannot be in the past.</source>
        <translation>活动日期不能早于今天。</translation>
    </message>
    <message>
        <source>The places lie between 0 (no limit) and 100000.</source>
        <translation>名额应在 0（不限）到 100000 之间。</translation>
    </message>
    <message>
        <source>{name} is signed up already.</source>
        <translation>{name} 已经报名。</translation>
    </message>
    <message>
        <source>{event} is full ({capacity} places).</source>
        <translation>{event} 已满（{capacity} 个名额）。</translation>
    </message>
    <message>
        <source>Not signed up for {event}.</source>
        <translation>未报名 {event}。</translation>
    </message>
    <message>
        <source>Points are a whole number from 0 to {max}.</source>
        <translation>积分必须是 0 到 {max} 之间的整数。</translation>
    </message>
    <message>
        <source>No club event {id}.</source>
        <translation>没有车友会活动 {id}。</translation>
    </message>
    <message>
        <source>No club member {id}.</source>
        <translation>没有车友会会员 {id}。</translation>
    </message>
    <message>
        <source>Unknown list {value}.</source>
        <translation>未知名单 {value}。</translation>
    </message>
    <message>
        <source>Write the message.</source>
        <translation>请填写短信内容。</translation>
    </message>
    <message>
        <source>The message is longer than 500 characters.</source>
        <translation>短信内容超过 500 个字符。</translation>
    </message>
    <message>
        <source>Parts stock is not available here.</source>
        <translation>此处无法使用配件库存。</translation>
    </message>
    <message>
        <source>An appointment picks at most {max} parts.</source>
        <translation>一个预约最多预备 {max} 种配件。</translation>
    </message>
    <message>
        <source>Part {number} is no longer used.</source>
        <translation>配件 {number} 已停用。</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
</context>
<context>
    <name>TaskKind</name>
    <message>
        <source>Follow-up call</source>
        <translation>服务回访</translation>
    </message>
    <message>
        <source>Confirm a resolved problem</source>
        <translation>问题解决后二次回访</translation>
    </message>
    <message>
        <source>Confirm tomorrow&apos;s appointment</source>
        <translation>明日预约确认</translation>
    </message>
    <message>
        <source>Missed appointment</source>
        <translation>爽约回访</translation>
    </message>
    <message>
        <source>New car: first week call</source>
        <translation>新车七日回访</translation>
    </message>
    <message>
        <source>New car: day 45 call, first service</source>
        <translation>新车 45 天回访与首保提醒</translation>
    </message>
    <message>
        <source>New car not back after 3 months</source>
        <translation>新车三个月未回厂</translation>
    </message>
    <message>
        <source>Service due</source>
        <translation>保养到期提醒</translation>
    </message>
    <message>
        <source>Not seen for months</source>
        <translation>多月未进厂客户</translation>
    </message>
    <message>
        <source>Annual inspection due</source>
        <translation>年检到期提醒</translation>
    </message>
    <message>
        <source>Insurance expiring</source>
        <translation>保险到期提醒</translation>
    </message>
    <message>
        <source>Birthday greeting</source>
        <translation>生日祝福</translation>
    </message>
    <message>
        <source>Holiday greeting</source>
        <translation>节日问候</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>促销活动</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>To call</source>
        <translation>待拨打</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Appointment {number} for {when} with {advisor} ({status})</source>
        <translation>预约 {number}：{when}，服务顾问 {advisor}（{status}）</translation>
    </message>
    <message>
        <source>Call by {user}: {kind}, {outcome}</source>
        <translation>{user} 致电：{kind}，{outcome}</translation>
    </message>
    <message>
        <source>Case {number} opened ({source}): {text}</source>
        <translation>问题单 {number}（{source}）：{text}</translation>
    </message>
</context>
<context>
    <name>WelcomeBoard</name>
    <message>
        <source>Welcome board</source>
        <translation>欢迎看板</translation>
    </message>
    <message>
        <source>Welcome! Today&apos;s appointments</source>
        <translation>欢迎光临！今日预约客户</translation>
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
        <source>Calls added: {counts}</source>
        <translation>新增电话任务：{counts}</translation>
    </message>
    <message>
        <source>appointment list</source>
        <translation>预约登记表</translation>
    </message>
    <message>
        <source>{count} messages written to {path}</source>
        <translation>已将 {count} 条短信写入 {path}</translation>
    </message>
    <message>
        <source>{value} is not a list: choose one of {choices}.</source>
        <translation>{value} 不是名单：请从 {choices} 中选择。</translation>
    </message>
    <message>
        <source>{name}, your car&apos;s annual inspection is due soon. Call us to book it.</source>
        <translation>{name}您好，您的爱车年检即将到期，欢迎来电预约。</translation>
    </message>
    <message>
        <source>{name}, your car is due for its service. Call us to book a time.</source>
        <translation>{name}您好，您的爱车该保养了，欢迎来电预约时间。</translation>
    </message>
    <message>
        <source>Happy birthday, {name}! Best wishes from your service station.</source>
        <translation>{name}，祝您生日快乐！您的服务站敬贺。</translation>
    </message>
    <message>
        <source>{name}, your car&apos;s insurance expires soon. Call us to renew it.</source>
        <translation>{name}您好，您的爱车保险即将到期，欢迎来电续保。</translation>
    </message>
    <message>
        <source>{name}, season&apos;s greetings from your service station.</source>
        <translation>{name}您好，您的服务站祝您节日快乐！</translation>
    </message>
    <message>
        <source>{name}, news from the car club: call us for this month&apos;s events.</source>
        <translation>{name}您好，车友会本月有新活动，欢迎来电了解。</translation>
    </message>
    <message>
        <source>the day&apos;s appointment list per advisor (PDF)</source>
        <translation>当天按服务顾问分列的预约清单（PDF）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default today)</source>
        <translation>年-月-日，YYYY-MM-DD（默认今天）</translation>
    </message>
    <message>
        <source>make the day&apos;s proactive contact and reminder calls</source>
        <translation>生成当天的主动联系和提醒电话任务</translation>
    </message>
    <message>
        <source>a call list as the SMS tool&apos;s file (CSV; personal data, logged)</source>
        <translation>将名单导出为短信工具文件（CSV；个人信息，记入日志）</translation>
    </message>
    <message>
        <source>.csv file to write</source>
        <translation>要写入的 .csv 文件</translation>
    </message>
    <message>
        <source>inspection_due, service_due, birthday, insurance_due, holiday or club (marketing lists: only customers who consented)</source>
        <translation>inspection_due、service_due、birthday、insurance_due、holiday 或 club（营销名单仅含同意接收的客户）</translation>
    </message>
    <message>
        <source>the text of each message; {name} is the customer&apos;s name (default: the list&apos;s usual text)</source>
        <translation>每条短信的内容；{name} 为客户姓名（默认：该名单的常用内容）</translation>
    </message>
</context>
</TS>
