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
    <name>FuelLevel</name>
    <message>
        <source>Empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>满</translation>
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
        <source>{supply}: {reason} ({who})</source>
        <translation>{supply}：{reason}（{who}）</translation>
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
        <source>customer&apos;s own part</source>
        <translation>客户自带配件</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>不需要</translation>
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
    <name>NewCarDialog</name>
    <message>
        <source>New customer and car</source>
        <translation>新建客户和车辆</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN码</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>The car is not on file: enter its owner and the car, then save to receive it.</source>
        <translation>档案中没有这辆车：请填写车主和车辆信息，保存后即可接车。</translation>
    </message>
</context>
<context>
    <name>NewCarViewModel</name>
    <message>
        <source>Enter the VIN (17 characters, on the licence).</source>
        <translation>请输入VIN码（17位，见行驶证）。</translation>
    </message>
    <message>
        <source>Save again to make a new customer all the same.</source>
        <translation>如确为另一位客户，请再次保存。</translation>
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
    <name>ReasonDialog</name>
    <message>
        <source>Promised time</source>
        <translation>约定交车时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Say why.</source>
        <translation>请说明原因。</translation>
    </message>
</context>
<context>
    <name>ReceptionForm</name>
    <message>
        <source>Plate, VIN (or its last digits), phone or name, Enter</source>
        <translation>车牌、VIN（或后几位）、电话或姓名，回车</translation>
    </message>
    <message>
        <source>New customer and car…</source>
        <translation>新建客户和车辆…</translation>
    </message>
    <message>
        <source>Make the customer and the car now, with what you typed</source>
        <translation>用已输入的内容立即建立客户和车辆档案</translation>
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
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Promise another time, with the reason</source>
        <translation>约定新的交车时间，并说明原因</translation>
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
        <source>Promised time</source>
        <translation>约定交车时间</translation>
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
        <source>Customer&apos;s own part…</source>
        <translation>客户自带配件…</translation>
    </message>
    <message>
        <source>Not needed…</source>
        <translation>不需要…</translation>
    </message>
    <message>
        <source>Store supplies it</source>
        <translation>改由仓库供应</translation>
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
        <source>Reopen…</source>
        <translation>退回维修…</translation>
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
        <source>job card</source>
        <translation>维修委托书</translation>
    </message>
    <message>
        <source>pre-inspection sheet</source>
        <translation>预检单</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>估价单</translation>
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
        <source>Change the promised time</source>
        <translation>更改约定交车时间</translation>
    </message>
    <message>
        <source>Job card {number} ({plate}): the new time the car will be ready, and why it changes. The customer should hear it from you.</source>
        <translation>任务委托书 {number}（{plate}）：新的交车时间及更改原因。请您亲自告知客户。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Why (parts arrive in the afternoon, added work, ...)</source>
        <translation>原因（配件下午到货、增项作业等）</translation>
    </message>
    <message>
        <source>Reopen job card</source>
        <translation>任务委托书退回维修</translation>
    </message>
    <message>
        <source>Send job card {number} ({plate}) back to work? It goes through the checks again.</source>
        <translation>将任务委托书 {number}（{plate}）退回维修？完工后需重新检验。</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>退回维修</translation>
    </message>
    <message>
        <source>Why (the noise is still there, a part to return, ...)</source>
        <translation>原因（异响仍在、有配件需退库等）</translation>
    </message>
    <message>
        <source>Choose a parts line.</source>
        <translation>请选择一条配件行。</translation>
    </message>
    <message>
        <source>Customer&apos;s own part</source>
        <translation>客户自带配件</translation>
    </message>
    <message>
        <source>Part not needed</source>
        <translation>配件不需要</translation>
    </message>
    <message>
        <source>{code} {name}: the store does not supply it and it is not charged; its reservation is released.</source>
        <translation>{code} {name}：仓库不供应、不收费，并释放其预留库存。</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Why (the customer brought the pads, the fault was elsewhere, ...)</source>
        <translation>原因（客户自带刹车片、故障不在此处等）</translation>
    </message>
    <message>
        <source>The customer brought this part: not issued, not charged</source>
        <translation>客户自带此配件：不发料、不收费</translation>
    </message>
    <message>
        <source>This part is not needed after all: not issued, not charged</source>
        <translation>此配件最终不需要：不发料、不收费</translation>
    </message>
    <message>
        <source>The store supplies this part again</source>
        <translation>此配件重新由仓库供应</translation>
    </message>
    <message>
        <source>Choose a parts line first.</source>
        <translation>请先选择一条配件行。</translation>
    </message>
    <message>
        <source>Save intake</source>
        <translation>保存接车信息</translation>
    </message>
    <message>
        <source>Send a ready car back to work, with the reason</source>
        <translation>将待交车的车辆退回维修，并说明原因</translation>
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
        <source>No car with {text} on file — create it.</source>
        <translation>档案中没有 {text} 的车辆——请新建。</translation>
    </message>
    <message>
        <source>No car with {text} on file.</source>
        <translation>档案中没有 {text} 的车辆。</translation>
    </message>
    <message>
        <source>Find the car first (plate or VIN).</source>
        <translation>请先查找车辆（车牌或 VIN）。</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>已于 {time} 保存</translation>
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
        <translation>{value} 不是有效金额。</translation>
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
        <translation>{km} 公里不是有效的里程读数。</translation>
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
        <translation>{km} 公里低于上次读数 {last} 公里。请核对里程表；如确实如此（如更换了仪表），请填写原因。</translation>
    </message>
    <message>
        <source>Enter the mileage in: the odometer reading in km.</source>
        <translation>请填写进厂里程：里程表读数（公里）。</translation>
    </message>
    <message>
        <source>Write down the customer&apos;s own words: what they report about the car.</source>
        <translation>请记录客户描述（原话）：客户反映的车辆问题。</translation>
    </message>
    <message>
        <source>Enter the promised time: when the car will be ready.</source>
        <translation>请填写约定交车时间：车辆何时可以交付。</translation>
    </message>
    <message>
        <source>The promised time {time} has already passed: promise a later time.</source>
        <translation>约定交车时间 {time} 已经过去：请约定一个更晚的时间。</translation>
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
        <source>The promised time changes with its own button, with the reason.</source>
        <translation>约定交车时间需通过其专用按钮更改，并说明原因。</translation>
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
        <source>Say why the promised time changes.</source>
        <translation>请说明更改约定交车时间的原因。</translation>
    </message>
    <message>
        <source>{price} is {discount} below the list price of {list}, above your limit of {limit}: a supervisor must approve it.</source>
        <translation>{price} 比目录价 {list} 低 {discount}，超出您的权限 {limit}：需主管批准。</translation>
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
        <source>Line {line} of job card {number} has {issued} issued: return the parts to the store before asking for {qty}.</source>
        <translation>任务委托书 {number} 的 {line} 行已发料 {issued}：请先退料回库，再改为 {qty}。</translation>
    </message>
    <message>
        <source>Line {line} of job card {number} has {issued} issued: return the parts to the store before removing it.</source>
        <translation>任务委托书 {number} 的 {line} 行已发料 {issued}：请先退料回库，再删除该行。</translation>
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
        <source>Line {line} of job card {number} has {issued} issued: return the parts to the store before declining it.</source>
        <translation>任务委托书 {number} 的 {line} 行已发料 {issued}：请先退料回库，再记录客户拒绝。</translation>
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
        <source>Say why job card {number} is reopened.</source>
        <translation>请说明任务委托书 {number} 重新开启的原因。</translation>
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
        <source>Parts have been issued to job card {number} (lines {lines}): return them to the store before cancelling.</source>
        <translation>任务委托书 {number} 已发料（{lines} 行）：请先退料回库，再取消。</translation>
    </message>
    <message>
        <source>Job card {number} has parts not issued: {lines}. Issue them, or mark the line as the customer&apos;s own part or not needed, with the reason.</source>
        <translation>任务委托书 {number} 有配件未发料：{lines}。请先发料，或将该行标记为客户自带配件或不需要，并注明原因。</translation>
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
        <source>The personal data of this car&apos;s owner (customer #{id}) was erased on their request: no job card opens on that record. Record who owns the car now in the customer file (change the owner), then open the card.</source>
        <translation>该车车主（客户 #{id}）的个人信息已应其要求删除：不能在该记录上开维修委托书。请先在客户档案中登记该车现在的车主（变更车主），再开单。</translation>
    </message>
    <message>
        <source>No such part.</source>
        <translation>没有这个配件。</translation>
    </message>
    <message>
        <source>Parts stock is not available here.</source>
        <translation>此处无法使用配件库存。</translation>
    </message>
    <message>
        <source>Job card {number} holds {held} of {part}; {qty} cannot come back to the store.</source>
        <translation>任务委托书 {number} 领用了 {held} 个 {part}；不能退回 {qty}。</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的扫描。</translation>
    </message>
    <message>
        <source>That scan was not an issue to a job card; nothing was taken back.</source>
        <translation>该扫描不是向任务委托书发料，未撤销任何内容。</translation>
    </message>
    <message>
        <source>Unknown supply {value}.</source>
        <translation>未知的配件来源 {value}。</translation>
    </message>
    <message>
        <source>Say why the store does not supply this part.</source>
        <translation>请说明配件库不供应此配件的原因。</translation>
    </message>
    <message>
        <source>No such parts line on this job card.</source>
        <translation>此任务委托书上没有该配件行。</translation>
    </message>
    <message>
        <source>Line {line} of job card {number} has {issued} issued: return the parts to the store first.</source>
        <translation>任务委托书 {number} 的 {line} 行已发料 {issued}：请先退料回库。</translation>
    </message>
    <message>
        <source>Job card {number} is {status}: parts are no longer issued to it or taken back from it. Reopen the card first.</source>
        <translation>任务委托书 {number} 状态为 {status}：不能再发料或退料。请先重新开启该委托书。</translation>
    </message>
    <message>
        <source>Job card {number} does not list {part} {name}: nothing was issued. The advisor can approve adding it to the card.</source>
        <translation>任务委托书 {number} 上没有 {part} {name}：未发料。服务顾问可批准将其加入委托书。</translation>
    </message>
    <message>
        <source>Line {line} of job card {number} ({part}) is not issued from stock (customer&apos;s own part, not needed, or awaiting the customer&apos;s approval): nothing was issued.</source>
        <translation>任务委托书 {number} 的 {line} 行（{part}）不从库存发料（客户自带配件、不需要或待客户确认）：未发料。</translation>
    </message>
    <message>
        <source>Line {line} of job card {number} asks for {asked} {part}; {issued} issued already, so {qty} more is refused. The advisor can approve adding it to the card.</source>
        <translation>任务委托书 {number} 的 {line} 行需要 {asked} 个 {part}，已发 {issued}，再发 {qty} 被拒绝。服务顾问可批准将其加入委托书。</translation>
    </message>
    <message>
        <source>A part is added to a card by the advisor, not by the person issuing it.</source>
        <translation>配件须由服务顾问批准加入委托书，而不是发料人本人。</translation>
    </message>
    <message>
        <source>{user} may not add lines to job cards.</source>
        <translation>{user} 无权在任务委托书上添加项目。</translation>
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
    <message>
        <source>job card</source>
        <translation>任务委托书</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>维修估价单</translation>
    </message>
    <message>
        <source>pre-inspection sheet</source>
        <translation>预检单</translation>
    </message>
    <message>
        <source>a job card: customer, workshop and picking copies (PDF)</source>
        <translation>任务委托书：客户联、车间联和捡料联（PDF）</translation>
    </message>
    <message>
        <source>an estimate, or the estimate of a job card (PDF)</source>
        <translation>估价单，或委托书的估价单（PDF）</translation>
    </message>
    <message>
        <source>the pre-inspection sheet with the damage diagram (PDF)</source>
        <translation>带损伤示意图的预检单（PDF）</translation>
    </message>
    <message>
        <source>the labour catalogue, every version (Excel)</source>
        <translation>标准工时目录，含全部版本（Excel）</translation>
    </message>
    <message>
        <source>add or update labour catalogue rows from Excel</source>
        <translation>从 Excel 新增或更新工时目录</translation>
    </message>
</context>
</TS>
