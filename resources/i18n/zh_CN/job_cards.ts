<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddedWorkDialog</name>
    <message>
        <source>Customer&apos;s answer to added work</source>
        <translation>客户对增项的答复</translation>
    </message>
    <message>
        <source>Added work awaiting the customer&apos;s approval:</source>
        <translation>等待客户确认的增项：</translation>
    </message>
    <message>
        <source>Together ¥{amount}</source>
        <translation>合计 ¥{amount}</translation>
    </message>
    <message>
        <source>How the customer answered</source>
        <translation>确认方式</translation>
    </message>
    <message>
        <source>When</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <source>Customer approves</source>
        <translation>客户同意</translation>
    </message>
    <message>
        <source>Customer declines</source>
        <translation>客户拒绝</translation>
    </message>
    <message>
        <source>No added work awaits the customer&apos;s approval.</source>
        <translation>没有等待客户确认的增项。</translation>
    </message>
    <message>
        <source>Tick the lines the customer answered.</source>
        <translation>请勾选客户已答复的项目。</translation>
    </message>
</context>
<context>
    <name>ApprovalChannel</name>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel job card</source>
        <translation>取消委托书</translation>
    </message>
    <message>
        <source>Cancel job card {number} ({plate})? The card stays on file, marked cancelled.</source>
        <translation>取消委托书 {number}（{plate}）？委托书仍保留存档，标记为已取消。</translation>
    </message>
    <message>
        <source>Why (the customer decided not to repair, ...)</source>
        <translation>原因（客户决定不修理等）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cancel the card</source>
        <translation>取消委托书</translation>
    </message>
    <message>
        <source>Give the reason for cancelling.</source>
        <translation>请填写取消原因。</translation>
    </message>
</context>
<context>
    <name>CarOutline</name>
    <message>
        <source>Front</source>
        <translation>车头</translation>
    </message>
    <message>
        <source>Rear</source>
        <translation>车尾</translation>
    </message>
    <message>
        <source>Click where the damage is</source>
        <translation>点击损伤所在位置</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Operation code</source>
        <translation>工时代码</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Model family</source>
        <translation>车系</translation>
    </message>
    <message>
        <source>Standard hours</source>
        <translation>标准工时</translation>
    </message>
    <message>
        <source>Job types</source>
        <translation>维修类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>All agreed work items done</source>
        <translation>委托项目全部完成</translation>
    </message>
    <message>
        <source>No warning lights on the dashboard</source>
        <translation>仪表无故障灯</translation>
    </message>
    <message>
        <source>Fasteners torqued, no leaks</source>
        <translation>紧固件已按力矩紧固，无渗漏</translation>
    </message>
    <message>
        <source>Car clean inside, covers removed</source>
        <translation>车内清洁，三件套已取下</translation>
    </message>
    <message>
        <source>Oil level and filter checked</source>
        <translation>机油液位及机滤已检查</translation>
    </message>
    <message>
        <source>Service reminder reset</source>
        <translation>保养提示已归零</translation>
    </message>
    <message>
        <source>Tyre pressures set</source>
        <translation>胎压已调整</translation>
    </message>
    <message>
        <source>Customer&apos;s complaint no longer present</source>
        <translation>客户所述故障已排除</translation>
    </message>
    <message>
        <source>Fault codes cleared and read again</source>
        <translation>故障码已清除并复查</translation>
    </message>
    <message>
        <source>Panel gaps even</source>
        <translation>钣金缝隙均匀</translation>
    </message>
    <message>
        <source>Paint colour and finish match</source>
        <translation>漆面颜色与光泽一致</translation>
    </message>
    <message>
        <source>Lights and sensors work</source>
        <translation>灯光及传感器工作正常</translation>
    </message>
</context>
<context>
    <name>Damage</name>
    <message>
        <source>Scratch</source>
        <translation>划痕</translation>
    </message>
    <message>
        <source>Dent</source>
        <translation>凹陷</translation>
    </message>
    <message>
        <source>Crack</source>
        <translation>裂纹</translation>
    </message>
    <message>
        <source>Stone chip</source>
        <translation>石击</translation>
    </message>
    <message>
        <source>Missing part</source>
        <translation>缺件</translation>
    </message>
</context>
<context>
    <name>DamageMarkDialog</name>
    <message>
        <source>Exterior damage</source>
        <translation>外观损伤</translation>
    </message>
    <message>
        <source>e.g. 5 cm on the front bumper</source>
        <translation>例如：前保险杠 5 厘米</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>DamagePanel</name>
    <message>
        <source>Remove mark</source>
        <translation>删除标记</translation>
    </message>
    <message>
        <source>Click on the car where there is damage.</source>
        <translation>在车身图上点击有损伤的位置。</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>e.g. 10</source>
        <translation>例如 10</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <source>You may grant up to {limit} yourself; above that a supervisor approves.</source>
        <translation>您可自行给予不超过 {limit} 的折扣；超过需主管批准。</translation>
    </message>
    <message>
        <source>Approved by {user}</source>
        <translation>批准人：{user}</translation>
    </message>
</context>
<context>
    <name>JobCardListModel</name>
    <message>
        <source>Number</source>
        <translation>委托书号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>进厂时间</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Payers</source>
        <translation>付费方</translation>
    </message>
    <message>
        <source>(rework)</source>
        <translation>（返修）</translation>
    </message>
</context>
<context>
    <name>JobCardsPage</name>
    <message>
        <source>Search: card number, plate, VIN digits, customer</source>
        <translation>搜索：委托书号、车牌、VIN 后几位、客户</translation>
    </message>
    <message>
        <source>Open cards</source>
        <translation>未交车</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>维修中</translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation>待料</translation>
    </message>
    <message>
        <source>Quality check</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>待交车</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已交车</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Every type</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Every payer</source>
        <translation>全部付费方</translation>
    </message>
    <message>
        <source>Every advisor</source>
        <translation>全部顾问</translation>
    </message>
    <message>
        <source>My cards</source>
        <translation>我的委托书</translation>
    </message>
    <message>
        <source>from any day</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <source>New reception</source>
        <translation>新建接车</translation>
    </message>
    <message>
        <source>← Job card list</source>
        <translation>← 委托书列表</translation>
    </message>
</context>
<context>
    <name>JobLinesModel</name>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Hours / qty</source>
        <translation>工时/数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付费方</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>⚠ awaiting customer</source>
        <translation>⚠ 待客户确认</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>已拒绝</translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>Estimate</source>
        <translation>估价</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>已开单</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派工</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>维修中</translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation>待料</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>待客户确认</translation>
    </message>
    <message>
        <source>Quality check</source>
        <translation>质检中</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>待交车</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已结算</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已交车</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>OldParts</name>
    <message>
        <source>Old parts returned to the customer</source>
        <translation>旧配件已确认并由托修方收回</translation>
    </message>
    <message>
        <source>Customer waives the old parts</source>
        <translation>托修方声明放弃</translation>
    </message>
    <message>
        <source>No old parts</source>
        <translation>无旧配件</translation>
    </message>
</context>
<context>
    <name>OtherCharge</name>
    <message>
        <source>Diagnosis</source>
        <translation>诊断费</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检测费</translation>
    </message>
    <message>
        <source>Outside work</source>
        <translation>外加工费</translation>
    </message>
    <message>
        <source>Towing</source>
        <translation>拖车费</translation>
    </message>
</context>
<context>
    <name>OtherChargeRow</name>
    <message>
        <source>Other charge: what it is (e.g. towing from Jiading)</source>
        <translation>其他费用：费用说明（如从嘉定拖车）</translation>
    </message>
    <message>
        <source>amount ¥</source>
        <translation>金额 ¥</translation>
    </message>
    <message>
        <source>Add charge</source>
        <translation>添加费用</translation>
    </message>
    <message>
        <source>Enter the amount of the charge.</source>
        <translation>请输入费用金额。</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview — {file}</source>
        <translation>打印预览 — {file}</translation>
    </message>
    <message>
        <source>This PC cannot show the pages here. The PDF was saved as {path}; open it to view or print it.</source>
        <translation>本机无法在此显示页面。PDF 已保存为 {path}，请打开查看或打印。</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Print {file}</source>
        <translation>打印 {file}</translation>
    </message>
</context>
<context>
    <name>QualityCheckDialog</name>
    <message>
        <source>Final inspection</source>
        <translation>终检</translation>
    </message>
    <message>
        <source>Technician&apos;s self-check</source>
        <translation>技师自检</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Back to work</source>
        <translation>返工</translation>
    </message>
    <message>
        <source>Road test done</source>
        <translation>已路试</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Road test note</source>
        <translation>路试说明</translation>
    </message>
</context>
<context>
    <name>ReceptionForm</name>
    <message>
        <source>Plate or VIN (scan or type), Enter</source>
        <translation>车牌或 VIN（扫描或输入），回车</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Customer waits</source>
        <translation>客户等候</translation>
    </message>
    <message>
        <source>Wash</source>
        <translation>洗车</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>开单</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>接车预检</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>维修类型</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>送修人</translation>
    </message>
    <message>
        <source>Driver&apos;s phone</source>
        <translation>送修人电话</translation>
    </message>
    <message>
        <source>Mileage in (km)</source>
        <translation>进厂里程(km)</translation>
    </message>
    <message>
        <source>Reason if lower</source>
        <translation>里程变小原因</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>油量</translation>
    </message>
    <message>
        <source>Battery %</source>
        <translation>电量 %</translation>
    </message>
    <message>
        <source>Valuables</source>
        <translation>贵重物品</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>随车附件</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>Claim number</source>
        <translation>报案号</translation>
    </message>
    <message>
        <source>Old parts</source>
        <translation>旧件处理</translation>
    </message>
    <message>
        <source>Repair class</source>
        <translation>维修类别</translation>
    </message>
    <message>
        <source>Customer&apos;s own words</source>
        <translation>客户描述（原话）</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>故障诊断</translation>
    </message>
    <message>
        <source>Warning lights</source>
        <translation>故障灯</translation>
    </message>
    <message>
        <source>Exterior damage</source>
        <translation>外观损伤</translation>
    </message>
    <message>
        <source>Operation: code, name or pinyin, Enter</source>
        <translation>维修项目：代码、名称或拼音，回车</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>why other hours</source>
        <translation>工时调整原因</translation>
    </message>
    <message>
        <source>Part: number, name or pinyin, Enter</source>
        <translation>配件：编号、名称或拼音，回车</translation>
    </message>
    <message>
        <source>discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管账号</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Work and parts</source>
        <translation>维修项目与材料</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Work has started: lines added now are added work and wait for the customer&apos;s approval (highlighted).</source>
        <translation>已开工：现在添加的项目为增项，需等待客户确认（高亮显示）。</translation>
    </message>
    <message>
        <source>Discount…</source>
        <translation>折扣…</translation>
    </message>
    <message>
        <source>Ask customer</source>
        <translation>征询客户</translation>
    </message>
    <message>
        <source>Stop work until the customer answers about the added work</source>
        <translation>暂停作业，等待客户对增项的答复</translation>
    </message>
    <message>
        <source>Customer&apos;s answer…</source>
        <translation>客户答复…</translation>
    </message>
    <message>
        <source>Print job card</source>
        <translation>打印委托书</translation>
    </message>
    <message>
        <source>Print pre-inspection</source>
        <translation>打印预检单</translation>
    </message>
    <message>
        <source>Send to workshop</source>
        <translation>派工到车间</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>开工</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>自检</translation>
    </message>
    <message>
        <source>Final check</source>
        <translation>终检</translation>
    </message>
    <message>
        <source>Cancel card…</source>
        <translation>取消委托书…</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>The mileage is a whole number of km.</source>
        <translation>里程为整数公里。</translation>
    </message>
    <message>
        <source>No operation matches.</source>
        <translation>没有匹配的维修项目。</translation>
    </message>
    <message>
        <source>No part matches.</source>
        <translation>没有匹配的配件。</translation>
    </message>
    <message>
        <source>Choose the line whose discount changes.</source>
        <translation>请选择要修改折扣的项目。</translation>
    </message>
    <message>
        <source>Save intake</source>
        <translation>保存接车信息</translation>
    </message>
    <message>
        <source>REWORK of {number}</source>
        <translation>返修，原委托书 {number}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <source>Total ¥{total} (tax {tax})</source>
        <translation>合计 ¥{total}（税额 {tax}）</translation>
    </message>
    <message>
        <source>awaiting approval ¥{amount}</source>
        <translation>待客户确认 ¥{amount}</translation>
    </message>
</context>
<context>
    <name>ReceptionViewModel</name>
    <message>
        <source>Find the car first (plate or VIN).</source>
        <translation>请先查找车辆（车牌或 VIN）。</translation>
    </message>
</context>
<context>
    <name>RepairClass</name>
    <message>
        <source>Vehicle overhaul</source>
        <translation>整车修理</translation>
    </message>
    <message>
        <source>Assembly overhaul</source>
        <translation>总成修理</translation>
    </message>
    <message>
        <source>Level 2 maintenance</source>
        <translation>二级维护</translation>
    </message>
    <message>
        <source>Level 1 maintenance</source>
        <translation>一级维护</translation>
    </message>
    <message>
        <source>Minor repair</source>
        <translation>小修</translation>
    </message>
    <message>
        <source>Special repair</source>
        <translation>专项修理</translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <source>{value} is not an amount.</source>
        <translation>{value} 不是金额。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负。</translation>
    </message>
    <message>
        <source>An amount has at most two decimal places.</source>
        <translation>金额最多两位小数。</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} 不是数字。</translation>
    </message>
    <message>
        <source>Hours must be more than zero.</source>
        <translation>工时必须大于零。</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>数量必须大于零。</translation>
    </message>
    <message>
        <source>{value} is too large.</source>
        <translation>{value} 太大。</translation>
    </message>
    <message>
        <source>Use at most {places} decimal places.</source>
        <translation>最多 {places} 位小数。</translation>
    </message>
    <message>
        <source>{value} is not a discount.</source>
        <translation>{value} 不是折扣。</translation>
    </message>
    <message>
        <source>A discount lies between 0% and 100%.</source>
        <translation>折扣应在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>A discount has at most two decimals in percent.</source>
        <translation>折扣百分比最多两位小数。</translation>
    </message>
    <message>
        <source>No such job card.</source>
        <translation>没有此委托书。</translation>
    </message>
    <message>
        <source>Job card {number} is {status}: it cannot become {target} now.</source>
        <translation>委托书 {number} 当前为 {status}，现在不能转为 {target}。</translation>
    </message>
    <message>
        <source>No job card or estimate numbered {number}.</source>
        <translation>没有编号为 {number} 的委托书或估价单。</translation>
    </message>
    <message>
        <source>This car already has an open job card, {number} ({status}).</source>
        <translation>此车已有未完成的委托书 {number}（{status}）。</translation>
    </message>
    <message>
        <source>Inside the repair guarantee of job card {number} (completed {done}): until {until} or {until_km} km, whichever comes first. A failure caused by that repair is re-repaired free.</source>
        <translation>此车在委托书 {number}（{done} 竣工）的维修质量保证期内：至 {until} 或 {until_km} km，以先到者为准。因该次维修造成的故障应免费返修。</translation>
    </message>
    <message>
        <source>{km} km is lower than the last reading, {last} km.</source>
        <translation>{km} km 低于上次读数 {last} km。</translation>
    </message>
    <message>
        <source>Unknown job type {value}.</source>
        <translation>未知维修类型 {value}。</translation>
    </message>
    <message>
        <source>{km} km is not an odometer reading.</source>
        <translation>{km} km 不是有效的里程读数。</translation>
    </message>
    <message>
        <source>Unknown fuel level {value}.</source>
        <translation>未知油量 {value}。</translation>
    </message>
    <message>
        <source>Battery charge lies between 0% and 100%.</source>
        <translation>电量应在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>Choose what happens to the old parts.</source>
        <translation>请选择旧件处理方式。</translation>
    </message>
    <message>
        <source>Unknown repair class {value}.</source>
        <translation>未知维修类别 {value}。</translation>
    </message>
    <message>
        <source>Unknown warning light {value}.</source>
        <translation>未知故障灯 {value}。</translation>
    </message>
    <message>
        <source>A damage mark lies on the car outline.</source>
        <translation>损伤标记须在车身示意图内。</translation>
    </message>
    <message>
        <source>Name the insurer of the claim.</source>
        <translation>请填写保险公司。</translation>
    </message>
    <message>
        <source>The promised time has no time zone.</source>
        <translation>约定交车时间缺少时区。</translation>
    </message>
    <message>
        <source>{km} km is lower than the last reading, {last} km. Check the odometer; if it is right (a replaced cluster), give the reason.</source>
        <translation>{km} km 低于上次读数 {last} km。请核对里程表；如确实如此（如更换过仪表），请填写原因。</translation>
    </message>
    <message>
        <source>Job card {number} is {status}: it can no longer change.</source>
        <translation>委托书 {number} 当前为 {status}，不能再修改。</translation>
    </message>
    <message>
        <source>A job card stays with its car; open a new card for another one.</source>
        <translation>委托书不能更换车辆；其他车辆请新开委托书。</translation>
    </message>
    <message>
        <source>Only work that was done can be reworked.</source>
        <translation>只有已完工的维修才能返修。</translation>
    </message>
    <message>
        <source>Job card {number} is not an estimate.</source>
        <translation>{number} 不是估价单。</translation>
    </message>
    <message>
        <source>A discount of {discount} is above your limit of {limit}: a supervisor must approve it.</source>
        <translation>折扣 {discount} 超出您的权限 {limit}，需主管批准。</translation>
    </message>
    <message>
        <source>A discount is approved by someone else.</source>
        <translation>折扣须由他人批准。</translation>
    </message>
    <message>
        <source>{user} may not approve a discount of {discount}.</source>
        <translation>{user} 无权批准 {discount} 的折扣。</translation>
    </message>
    <message>
        <source>Job card {number} is {status}: its lines can no longer change.</source>
        <translation>委托书 {number} 当前为 {status}，其项目不能再修改。</translation>
    </message>
    <message>
        <source>Unknown payer {value}.</source>
        <translation>未知付费方 {value}。</translation>
    </message>
    <message>
        <source>Name every technician.</source>
        <translation>请填写每位技师的姓名。</translation>
    </message>
    <message>
        <source>The technicians&apos; shares of the hours add up to 100%.</source>
        <translation>技师分摊的工时比例合计应为 100%。</translation>
    </message>
    <message>
        <source>Operation {code} is not in the labour catalogue.</source>
        <translation>标准工时表中没有项目 {code}。</translation>
    </message>
    <message>
        <source>Enter the hours.</source>
        <translation>请输入工时。</translation>
    </message>
    <message>
        <source>The catalogue gives {std} hours for {code}; say why this line sells {hours}.</source>
        <translation>标准工时表中 {code} 为 {std} 工时；本项按 {hours} 工时收费，请说明原因。</translation>
    </message>
    <message>
        <source>Unknown kind of charge {value}.</source>
        <translation>未知费用类别 {value}。</translation>
    </message>
    <message>
        <source>A charge is more than zero.</source>
        <translation>费用必须大于零。</translation>
    </message>
    <message>
        <source>No such line on this job card.</source>
        <translation>此委托书上没有该项目。</translation>
    </message>
    <message>
        <source>Say how the customer answered.</source>
        <translation>请选择客户确认的方式。</translation>
    </message>
    <message>
        <source>Only added work awaiting the customer&apos;s approval can be approved or declined.</source>
        <translation>只有待客户确认的增项才能确认或拒绝。</translation>
    </message>
    <message>
        <source>Unknown status {value}.</source>
        <translation>未知状态 {value}。</translation>
    </message>
    <message>
        <source>Use {action} for this step.</source>
        <translation>此步骤请使用 {action}。</translation>
    </message>
    <message>
        <source>Added work still awaits the customer&apos;s approval.</source>
        <translation>增项仍待客户确认。</translation>
    </message>
    <message>
        <source>Add the agreed work before sending the card to the workshop.</source>
        <translation>派工前请先添加约定的维修项目。</translation>
    </message>
    <message>
        <source>Give the reason for cancelling.</source>
        <translation>请填写取消原因。</translation>
    </message>
    <message>
        <source>Work on job card {number} has started ({status}): it can no longer be cancelled.</source>
        <translation>委托书 {number} 已开工（{status}），不能再取消。</translation>
    </message>
    <message>
        <source>Say what must be done again.</source>
        <translation>请说明需返工的内容。</translation>
    </message>
    <message>
        <source>Every checklist item must be ticked to pass.</source>
        <translation>所有检查项均勾选后才能判定合格。</translation>
    </message>
    <message>
        <source>{km} km is not a road test.</source>
        <translation>{km} km 不是有效的路试里程。</translation>
    </message>
    <message>
        <source>Job card {number} is {status}: it is not ready for this check.</source>
        <translation>委托书 {number} 当前为 {status}，不能进行此项检查。</translation>
    </message>
    <message>
        <source>An operation needs a code and a name.</source>
        <translation>维修项目需要代码和名称。</translation>
    </message>
    <message>
        <source>{code}: {value} is not a number of hours.</source>
        <translation>{code}：{value} 不是有效工时。</translation>
    </message>
    <message>
        <source>{code}: hours must be more than zero.</source>
        <translation>{code}：工时必须大于零。</translation>
    </message>
    <message>
        <source>{code}: unknown job type {value}.</source>
        <translation>{code}：未知维修类型 {value}。</translation>
    </message>
    <message>
        <source>{code}: {value} is not a date.</source>
        <translation>{code}：{value} 不是日期。</translation>
    </message>
    <message>
        <source>The workbook is empty.</source>
        <translation>工作簿为空。</translation>
    </message>
    <message>
        <source>The workbook has no column {column}.</source>
        <translation>工作簿缺少列 {column}。</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>第 {row} 行：{problem}</translation>
    </message>
    <message>
        <source>No such vehicle.</source>
        <translation>没有此车辆。</translation>
    </message>
    <message>
        <source>No such part.</source>
        <translation>没有此配件。</translation>
    </message>
</context>
<context>
    <name>SupervisorApprovalDialog</name>
    <message>
        <source>Supervisor&apos;s approval</source>
        <translation>主管批准</translation>
    </message>
    <message>
        <source>A discount of {discount} is above your limit of {limit}. A supervisor approves it with their user name and password; the approval is logged.</source>
        <translation>折扣 {discount} 超过您的权限 {limit}。需由主管输入用户名和密码批准，批准记录将存档。</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Enter the supervisor&apos;s user name and password.</source>
        <translation>请输入主管的用户名和密码。</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Job card {number} opened: {plate} {job_type}, {amount} yuan</source>
        <translation>开委托书 {number}：{plate} {job_type}，{amount} 元</translation>
    </message>
    <message>
        <source>Rework job card {number} opened for {plate} (rework of {original})</source>
        <translation>{plate} 开返修委托书 {number}（原委托书 {original}）</translation>
    </message>
    <message>
        <source>Job card {number} passed the final check</source>
        <translation>委托书 {number} 终检合格</translation>
    </message>
    <message>
        <source>Job card {number} cancelled: {reason}</source>
        <translation>委托书 {number} 已取消：{reason}</translation>
    </message>
</context>
<context>
    <name>WarningLight</name>
    <message>
        <source>Engine</source>
        <translation>发动机</translation>
    </message>
    <message>
        <source>ABS</source>
        <translation>ABS</translation>
    </message>
    <message>
        <source>Airbag</source>
        <translation>安全气囊</translation>
    </message>
    <message>
        <source>Oil pressure</source>
        <translation>机油压力</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>充电</translation>
    </message>
    <message>
        <source>Tyre pressure</source>
        <translation>胎压</translation>
    </message>
    <message>
        <source>Brake</source>
        <translation>制动</translation>
    </message>
    <message>
        <source>Coolant temperature</source>
        <translation>水温</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
    </message>
    <message>
        <source>Labour catalogue: {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>标准工时表：新增 {added} 条，更新 {updated} 条，未变 {unchanged} 条</translation>
    </message>
    <message>
        <source>Unknown copy {copy}: use customer, workshop or picking.</source>
        <translation>未知联次 {copy}：请用 customer、workshop 或 picking。</translation>
    </message>
</context>
</TS>
