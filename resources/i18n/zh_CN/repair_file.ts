<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ClaimStatus</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Partly approved</source>
        <translation>部分批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒赔</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已结算</translation>
    </message>
</context>
<context>
    <name>HealthRecordStatus</name>
    <message>
        <source>Queued</source>
        <translation>待上传</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>已上传</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>上传失败</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>暂缓（待更正）</translation>
    </message>
</context>
<context>
    <name>HealthRecords</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>结算时间</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>结算清单编号</translation>
    </message>
    <message>
        <source>Job card</source>
        <translation>委托书号</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Reason / error</source>
        <translation>原因 / 错误</translation>
    </message>
    <message>
        <source>{queued} of {n} records queued; the others are still held back.</source>
        <translation>{n} 条中 {queued} 条已进入待上传；其余仍暂缓。</translation>
    </message>
    <message>
        <source>{n} records queued.</source>
        <translation>{n} 条记录已进入待上传。</translation>
    </message>
    <message>
        <source>{n} records marked uploaded.</source>
        <translation>{n} 条记录已标记为已上传。</translation>
    </message>
    <message>
        <source>{count} records written to {file}; {held} held back in the period.</source>
        <translation>已将 {count} 条记录写入 {file}；该期间有 {held} 条暂缓。</translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
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
    <name>OutboxPage</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Rebuild the chosen held back or failed records from the job card and the customer file as they are now</source>
        <translation>按委托书和客户档案的当前内容重新生成所选的暂缓或失败记录</translation>
    </message>
    <message>
        <source>Mark &amp;uploaded</source>
        <translation>标记已上传(&amp;U)</translation>
    </message>
    <message>
        <source>The upload tool confirmed the chosen records</source>
        <translation>上传工具已确认所选记录</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>The records settled in the period, as JSON or Excel for the upload tool; they are marked exported</source>
        <translation>该期间结算的记录，导出为 JSON 或 Excel 供上传工具使用；导出后标记为已导出</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Settled from</source>
        <translation>结算日期从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Export health records</source>
        <translation>导出电子健康档案</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>Excel 工作簿 (*.xlsx);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>PartQuality</name>
    <message>
        <source>Genuine</source>
        <translation>原厂</translation>
    </message>
    <message>
        <source>Equivalent</source>
        <translation>同质</translation>
    </message>
    <message>
        <source>Reconditioned</source>
        <translation>修复</translation>
    </message>
</context>
<context>
    <name>RepairFile</name>
    <message>
        <source>Work</source>
        <translation>项目</translation>
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
        <source>Date in</source>
        <translation>进厂时间</translation>
    </message>
    <message>
        <source>Job card</source>
        <translation>委托书号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>维修类型</translation>
    </message>
    <message>
        <source>Mileage in</source>
        <translation>进厂里程</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>客户描述</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>配件类别</translation>
    </message>
    <message>
        <source>Qty / hours</source>
        <translation>数量 / 工时</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>{plate}  {vin}  {vehicle}  owner {owner}: {n} jobs on file</source>
        <translation>{plate}  {vin}  {vehicle}  车主 {owner}：共 {n} 次维修记录</translation>
    </message>
    <message>
        <source>Time in / out</source>
        <translation>进厂 / 出厂时间</translation>
    </message>
    <message>
        <source>Mileage in / out</source>
        <translation>进厂 / 出厂里程</translation>
    </message>
    <message>
        <source>Repair class</source>
        <translation>维修类别</translation>
    </message>
    <message>
        <source>Inspection result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Quality inspector</source>
        <translation>质量检验员</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>合格证编号</translation>
    </message>
    <message>
        <source>voided: {numbers}</source>
        <translation>作废：{numbers}</translation>
    </message>
    <message>
        <source>Quality guarantee</source>
        <translation>质量保证期</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>索赔/理赔</translation>
    </message>
    <message>
        <source>Rework of</source>
        <translation>返修原单</translation>
    </message>
    <message>
        <source>{days} days or {km} km, until {until} or {until_km} km</source>
        <translation>{days} 天或 {km} 公里，至 {until} 或 {until_km} 公里</translation>
    </message>
    <message>
        <source>{days} days or {km} km, until {until}</source>
        <translation>{days} 天或 {km} 公里，至 {until}</translation>
    </message>
    <message>
        <source>Warranty claim {number} ({status}) {manufacturer} {amount}</source>
        <translation>索赔单 {number}（{status}）{manufacturer} {amount}</translation>
    </message>
    <message>
        <source>Insurance {insurer}, report number {number} {amount}</source>
        <translation>保险 {insurer}，报案号 {number} {amount}</translation>
    </message>
</context>
<context>
    <name>RepairFileDialog</name>
    <message>
        <source>Repair file — {vin}</source>
        <translation>维修档案 — {vin}</translation>
    </message>
    <message>
        <source>&amp;Print for the customer…</source>
        <translation>打印给客户(&amp;P)…</translation>
    </message>
    <message>
        <source>The whole file of this car as a PDF; the copy handed out is logged</source>
        <translation>本车完整维修档案（PDF）；交给客户的副本会记入日志</translation>
    </message>
    <message>
        <source>Kept at least 6 years: nothing of a settled job can be deleted.</source>
        <translation>至少保存6年：已结算的维修记录不可删除。</translation>
    </message>
    <message>
        <source>repair file</source>
        <translation>维修档案</translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <source>The health record has no {field}: fill it on the job card and retry.</source>
        <translation>电子健康档案缺少{field}：请在委托书上补填后重试。</translation>
    </message>
    <message>
        <source>The health record has no work item and no part.</source>
        <translation>电子健康档案既无维修项目也无配件。</translation>
    </message>
    <message>
        <source>plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车辆识别代号</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>维修企业名称</translation>
    </message>
    <message>
        <source>date in (送修日期)</source>
        <translation>送修日期</translation>
    </message>
    <message>
        <source>mileage in (送修里程)</source>
        <translation>送修里程</translation>
    </message>
    <message>
        <source>fault description (故障描述)</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <source>settlement date</source>
        <translation>结算日期</translation>
    </message>
    <message>
        <source>statement number (结算清单编号)</source>
        <translation>结算清单编号</translation>
    </message>
    <message>
        <source>work item name</source>
        <translation>维修项目名称</translation>
    </message>
    <message>
        <source>part number or name</source>
        <translation>配件编码或名称</translation>
    </message>
    <message>
        <source>No vehicle with VIN {vin}.</source>
        <translation>没有 VIN 为 {vin} 的车辆。</translation>
    </message>
    <message>
        <source>The car has no plate number in the customer file: enter it there and retry.</source>
        <translation>客户档案中该车没有车牌号：请在客户档案中录入后重试。</translation>
    </message>
    <message>
        <source>Record {number} is {status}: only a held back or failed record is retried.</source>
        <translation>记录 {number} 的状态为 {status}：只有暂缓或失败的记录可以重试。</translation>
    </message>
    <message>
        <source>No such health record.</source>
        <translation>没有这条电子健康档案记录。</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Export to a .json or an .xlsx file.</source>
        <translation>请导出为 .json 或 .xlsx 文件。</translation>
    </message>
    <message>
        <source>Say what the upload tool answered.</source>
        <translation>请填写上传工具的返回信息。</translation>
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
        <source>{count} health records written to {path} ({marked} newly exported); {held} held back in the period.</source>
        <translation>已将 {count} 条电子健康档案写入 {path}（新导出 {marked} 条）；该期间有 {held} 条暂缓。</translation>
    </message>
    <message>
        <source>{count} health records made for jobs settled earlier.</source>
        <translation>已为之前结算的维修生成 {count} 条电子健康档案。</translation>
    </message>
    <message>
        <source>{number} {plate} {vin}: {reason}</source>
        <translation>{number} {plate} {vin}：{reason}</translation>
    </message>
    <message>
        <source>{settled} {number} {card} {plate} {vin} {status}</source>
        <translation>{settled} {number} {card} {plate} {vin} {status}</translation>
    </message>
    <message>
        <source>repair file</source>
        <translation>维修档案</translation>
    </message>
    <message>
        <source>the vehicle&apos;s repair file (一车一档) for the customer: every job on the VIN (PDF)</source>
        <translation>给客户的车辆维修档案（一车一档）：该 VIN 的全部维修记录（PDF）</translation>
    </message>
    <message>
        <source>the vehicle&apos;s VIN</source>
        <translation>车辆的 VIN</translation>
    </message>
    <message>
        <source>the electronic health record outbox (汽车维修电子健康档案)</source>
        <translation>汽车维修电子健康档案待传队列</translation>
    </message>
    <message>
        <source>the records settled in a period, for the upload tool (JSON or .xlsx by the file&apos;s extension)</source>
        <translation>某期间结算的记录，供上传工具使用（按文件扩展名导出 JSON 或 .xlsx）</translation>
    </message>
    <message>
        <source>the first settlement day, YYYY-MM-DD</source>
        <translation>结算起始日期，YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the last settlement day, YYYY-MM-DD</source>
        <translation>结算截止日期，YYYY-MM-DD</translation>
    </message>
    <message>
        <source>FILE.json, or FILE.xlsx for Excel</source>
        <translation>FILE.json，或 FILE.xlsx（Excel）</translation>
    </message>
    <message>
        <source>make the records of jobs settled earlier</source>
        <translation>为之前结算的维修生成记录</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default every settled job)</source>
        <translation>YYYY-MM-DD（默认全部已结算的维修）</translation>
    </message>
    <message>
        <source>the outbox, newest first</source>
        <translation>待传队列，最新的在前</translation>
    </message>
</context>
</TS>
