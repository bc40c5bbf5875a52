<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DeskView</name>
    <message>
        <source>Scan a badge, then the items to lend — or scan items to take back</source>
        <translation>先扫工牌，再扫要借出的工具；或直接扫描工具办理归还</translation>
    </message>
    <message>
        <source>Items are due back at the end of this day</source>
        <translation>工具应在当天下班前归还</translation>
    </message>
    <message>
        <source>Job card</source>
        <translation>任务委托书</translation>
    </message>
    <message>
        <source>optional, e.g. WT202611000012</source>
        <translation>可选，例如 WT202611000012</translation>
    </message>
    <message>
        <source>Return by (end of day)</source>
        <translation>应还日期（当日结束）</translation>
    </message>
    <message>
        <source>note on the return (what is damaged or missing)</source>
        <translation>归还备注（损坏或缺少的部分）</translation>
    </message>
    <message>
        <source>Condition of returns (F5–F8)</source>
        <translation>归还状况（F5–F8）</translation>
    </message>
    <message>
        <source>End visit (Esc)</source>
        <translation>结束本次借用（Esc）</translation>
    </message>
    <message>
        <source>Print loan slip (F9)</source>
        <translation>打印借用单（F9）</translation>
    </message>
    <message>
        <source>This visit</source>
        <translation>本次办理</translation>
    </message>
    <message>
        <source>Lending to: {name}</source>
        <translation>借给：{name}</translation>
    </message>
    <message>
        <source>Returns — scan a badge to start lending</source>
        <translation>归还 — 扫工牌开始借出</translation>
    </message>
    <message>
        <source>Loan slip: {number}</source>
        <translation>借用单：{number}</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Tool or document</source>
        <translation>工具或资料</translation>
    </message>
    <message>
        <source>assigned when empty</source>
        <translation>留空自动编号</translation>
    </message>
    <message>
        <source>the item number when empty</source>
        <translation>留空则与编号相同</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Item no.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Asset barcode</source>
        <translation>资产条码</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格型号</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Models served</source>
        <translation>适用车型</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Pieces in the set</source>
        <translation>套件数量</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购置日期</translation>
    </message>
    <message>
        <source>Purchase cost (¥)</source>
        <translation>购置价（元）</translation>
    </message>
    <message>
        <source>Calibration / maintenance every (days)</source>
        <translation>校准/保养周期（天）</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次到期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履历</translation>
    </message>
    <message>
        <source>Record a calibration, maintenance or repair</source>
        <translation>登记校准、保养或维修</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>执行单位</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Cost (¥)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Calibration and maintenance</source>
        <translation>校准与保养</translation>
    </message>
    <message>
        <source>Change state</source>
        <translation>变更状态</translation>
    </message>
    <message>
        <source>New state</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>State and attachments</source>
        <translation>状态与附件</translation>
    </message>
    <message>
        <source>{number} · {name} · {state}</source>
        <translation>{number} · {name} · {state}</translation>
    </message>
    <message>
        <source> · with {holder}</source>
        <translation> · 借用人 {holder}</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <source>Search name, number, barcode, brand, model, location (Ctrl+F)</source>
        <translation>搜索名称、编号、条码、品牌、车型、位置（Ctrl+F）</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Due for calibration</source>
        <translation>校准已到期</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>New item (Ctrl+N)</source>
        <translation>新增（Ctrl+N）</translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>Enter the item&apos;s name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>Unknown kind of item: {kind}.</source>
        <translation>未知的类别：{kind}。</translation>
    </message>
    <message>
        <source>A set has at least one piece.</source>
        <translation>套件数量至少为 1。</translation>
    </message>
    <message>
        <source>A calibration interval is at least one day.</source>
        <translation>校准周期至少为 1 天。</translation>
    </message>
    <message>
        <source>The number or barcode {code} is already used by {name} ({number}).</source>
        <translation>编号或条码 {code} 已被 {name}（{number}）使用。</translation>
    </message>
    <message>
        <source>An item goes on loan only by lending it.</source>
        <translation>只能通过借出办理使工具处于借出状态。</translation>
    </message>
    <message>
        <source>{name} ({number}) is on loan to {borrower}: take it back first.</source>
        <translation>{name}（{number}）已借给 {borrower}，请先办理归还。</translation>
    </message>
    <message>
        <source>Give the reason for the change.</source>
        <translation>请填写变更原因。</translation>
    </message>
    <message>
        <source>Enter the file name.</source>
        <translation>请输入文件名。</translation>
    </message>
    <message>
        <source>The item is not on the ledger (any more).</source>
        <translation>台帐中没有（或已不再有）该工具。</translation>
    </message>
    <message>
        <source>No item on the ledger has the barcode {code}.</source>
        <translation>台帐中没有条码为 {code} 的工具或资料。</translation>
    </message>
    <message>
        <source>No one on the staff has the badge {code}.</source>
        <translation>没有员工使用工牌 {code}。</translation>
    </message>
    <message>
        <source>{name}&apos;s account is disabled: nothing can be lent to them.</source>
        <translation>{name} 的账号已停用，不能借出。</translation>
    </message>
    <message>
        <source>The borrower is not on the staff (any more).</source>
        <translation>借用人不是（或已不是）本站员工。</translation>
    </message>
    <message>
        <source>The expected return {when} is already past.</source>
        <translation>应还时间 {when} 已经过去。</translation>
    </message>
    <message>
        <source>{name} ({number}) is recorded as lost and cannot be lent.</source>
        <translation>{name}（{number}）已登记为丢失，不能借出。</translation>
    </message>
    <message>
        <source>{name} ({number}) is retired and cannot be lent.</source>
        <translation>{name}（{number}）已报废，不能借出。</translation>
    </message>
    <message>
        <source>{name} ({number}) is already on loan to {borrower} since {since} ({loan}): return it first.</source>
        <translation>{name}（{number}）自 {since} 起已借给 {borrower}（{loan}），请先归还。</translation>
    </message>
    <message>
        <source>{name} ({number}) is out for calibration ({reason}) and cannot be lent.</source>
        <translation>{name}（{number}）正在校准（{reason}），不能借出。</translation>
    </message>
    <message>
        <source>{name} ({number}) is in repair ({reason}) and cannot be lent.</source>
        <translation>{name}（{number}）正在维修（{reason}），不能借出。</translation>
    </message>
    <message>
        <source>{name} ({number}) was due for calibration on {due} and cannot be lent until it is calibrated.</source>
        <translation>{name}（{number}）的校准已于 {due} 到期，校准合格前不能借出。</translation>
    </message>
    <message>
        <source>This scan arrived without its scan number, so a double scan could not be told apart. Nothing was saved; scan the item again.</source>
        <translation>此次扫码缺少扫码编号，无法识别重复扫码。未保存任何内容；请重新扫描该物品。</translation>
    </message>
    <message>
        <source>A charge is 0 to 100 percent of the cost.</source>
        <translation>赔偿比例应为购置价的 0 到 100%。</translation>
    </message>
    <message>
        <source>Unknown condition: {condition}.</source>
        <translation>未知的归还状况：{condition}。</translation>
    </message>
    <message>
        <source>{name} ({number}) is not on loan, so it cannot be returned.</source>
        <translation>{name}（{number}）未借出，无法归还。</translation>
    </message>
    <message>
        <source>Unknown kind or result of calibration.</source>
        <translation>未知的校准类别或结论。</translation>
    </message>
    <message>
        <source>The date {day} is in the future.</source>
        <translation>日期 {day} 在未来。</translation>
    </message>
    <message>
        <source>{name} ({number}) is written off; it has no calibrations.</source>
        <translation>{name}（{number}）已注销，不再校准。</translation>
    </message>
    <message>
        <source>The damage or loss record was not found.</source>
        <translation>找不到该损坏/丢失记录。</translation>
    </message>
    <message>
        <source>There is no loan numbered {number}.</source>
        <translation>没有编号为 {number} 的借用单。</translation>
    </message>
    <message>
        <source>{code} is neither a staff badge nor an item on the ledger.</source>
        <translation>{code} 既不是员工工牌，也不是台帐中的工具。</translation>
    </message>
</context>
<context>
    <name>ToolCalibrationKind</name>
    <message>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>保养</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
</context>
<context>
    <name>ToolCondition</name>
    <message>
        <source>Good</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>缺件</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
</context>
<context>
    <name>ToolEvent</name>
    <message>
        <source>Lent</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>归还</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>保养</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Damage or loss</source>
        <translation>损坏或丢失</translation>
    </message>
    <message>
        <source>State changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Added to the ledger</source>
        <translation>登记入台帐</translation>
    </message>
</context>
<context>
    <name>ToolKind</name>
    <message>
        <source>Hand tool</source>
        <translation>手动工具</translation>
    </message>
    <message>
        <source>Special tool</source>
        <translation>专用工具</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Measuring instrument</source>
        <translation>量具/检测仪器</translation>
    </message>
    <message>
        <source>Technical document</source>
        <translation>技术资料</translation>
    </message>
</context>
<context>
    <name>ToolResult</name>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Adjusted, pass</source>
        <translation>调整后合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
</context>
<context>
    <name>ToolState</name>
    <message>
        <source>Available</source>
        <translation>在库</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>In calibration</source>
        <translation>校准中</translation>
    </message>
    <message>
        <source>In repair</source>
        <translation>维修中</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>报废</translation>
    </message>
</context>
<context>
    <name>ToolsModel</name>
    <message>
        <source>Item no.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次到期</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借用人</translation>
    </message>
    <message>
        <source>Loan no.</source>
        <translation>借用单号</translation>
    </message>
    <message>
        <source>Lent at</source>
        <translation>借出时间</translation>
    </message>
    <message>
        <source>Return by</source>
        <translation>应还时间</translation>
    </message>
    <message>
        <source>Job card</source>
        <translation>任务委托书</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>执行单位</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>状况</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>赔偿</translation>
    </message>
    <message>
        <source>Repair order</source>
        <translation>维修单</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>办理</translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <source>Overdue → Excel</source>
        <translation>逾期 → Excel</translation>
    </message>
    <message>
        <source>Utilisation → Excel</source>
        <translation>利用率 → Excel</translation>
    </message>
    <message>
        <source>Calibration due → Excel</source>
        <translation>校准到期 → Excel</translation>
    </message>
    <message>
        <source>Damage and loss → Excel</source>
        <translation>损坏丢失 → Excel</translation>
    </message>
    <message>
        <source>Lend / return</source>
        <translation>借出 / 归还</translation>
    </message>
    <message>
        <source>Print the selected loan&apos;s slip</source>
        <translation>打印所选借用单</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>借出中</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>台帐</translation>
    </message>
    <message>
        <source>Calibration due (30 days)</source>
        <translation>校准到期（30天）</translation>
    </message>
    <message>
        <source>Settle the selected record (charge, repair order)</source>
        <translation>处理所选记录（赔偿、维修单）</translation>
    </message>
    <message>
        <source>Damage and loss</source>
        <translation>损坏与丢失</translation>
    </message>
    <message>
        <source>Overdue now: {n}</source>
        <translation>当前逾期：{n}</translation>
    </message>
    <message>
        <source>Overdue ({n})</source>
        <translation>逾期（{n}）</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>赔偿</translation>
    </message>
    <message>
        <source>Amount charged to the borrower (¥)</source>
        <translation>借用人赔偿金额（元）</translation>
    </message>
    <message>
        <source>Repair order</source>
        <translation>维修单</translation>
    </message>
    <message>
        <source>Repair order number</source>
        <translation>维修单号</translation>
    </message>
</context>
<context>
    <name>ToolsViewModel</name>
    <message>
        <source>Scan a badge to lend, or scan items to take them back.</source>
        <translation>扫工牌办理借出，或扫描工具办理归还。</translation>
    </message>
    <message>
        <source>{item} ({number}) lent to {name}, due back {when}.</source>
        <translation>{item}（{number}）已借给 {name}，应于 {when} 前归还。</translation>
    </message>
    <message>
        <source>late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>{item} ({number}) returned by {name}.</source>
        <translation>{name} 已归还 {item}（{number}）。</translation>
    </message>
    <message>
        <source>Recorded as {condition}.</source>
        <translation>登记为：{condition}。</translation>
    </message>
    <message>
        <source>Charge by the station&apos;s rule: ¥{amount}.</source>
        <translation>按本站规定赔偿：¥{amount}。</translation>
    </message>
    <message>
        <source>Lending to {name}: scan the items. Esc when done.</source>
        <translation>借给 {name}：请扫描工具，完成后按 Esc。</translation>
    </message>
    <message>
        <source>{name} ({number}) saved.</source>
        <translation>{name}（{number}）已保存。</translation>
    </message>
    <message>
        <source>{name} ({number}) is now: {state}.</source>
        <translation>{name}（{number}）现在状态：{state}。</translation>
    </message>
    <message>
        <source>Calibration recorded; next due {day}.</source>
        <translation>校准已登记；下次到期 {day}。</translation>
    </message>
    <message>
        <source>Damage or loss of {number} settled.</source>
        <translation>{number} 的损坏/丢失已处理。</translation>
    </message>
    <message>
        <source>No loan to print: lend something first, or pick a loan in the list.</source>
        <translation>没有可打印的借用单：请先借出，或在列表中选择一张借用单。</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>报表已保存：{path}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
    </message>
    <message>
        <source>tools not returned by their expected time (Excel)</source>
        <translation>逾期未归还的工具（Excel）</translation>
    </message>
    <message>
        <source>loans per tool and utilisation (Excel)</source>
        <translation>各工具借用次数与使用率（Excel）</translation>
    </message>
    <message>
        <source>first day (default: a year ago)</source>
        <translation>开始日期（默认：一年前）</translation>
    </message>
    <message>
        <source>last day (default: today)</source>
        <translation>结束日期（默认：今天）</translation>
    </message>
    <message>
        <source>calibration and maintenance due soon (Excel)</source>
        <translation>即将到期的校准和保养（Excel）</translation>
    </message>
    <message>
        <source>damaged and lost tools with charges (Excel)</source>
        <translation>损坏和丢失的工具及赔偿（Excel）</translation>
    </message>
    <message>
        <source>a tool loan slip (PDF)</source>
        <translation>工具借用单（PDF）</translation>
    </message>
    <message>
        <source>loan number, e.g. JY2026110001</source>
        <translation>借用单号，例如 JY2026110001</translation>
    </message>
</context>
</TS>
