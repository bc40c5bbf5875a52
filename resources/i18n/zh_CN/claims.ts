<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ClaimLine</name>
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
</context>
<context>
    <name>ClaimPhotos</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>照片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Choose a claim first.</source>
        <translation>请先选择索赔单。</translation>
    </message>
    <message>
        <source>{count} photos attached to {number}.</source>
        <translation>已为 {number} 添加 {count} 张照片。</translation>
    </message>
    <message>
        <source>Choose a photo first.</source>
        <translation>请先选择照片。</translation>
    </message>
    <message>
        <source>Photo {file} removed.</source>
        <translation>照片 {file} 已删除。</translation>
    </message>
</context>
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
    <name>Claims</name>
    <message>
        <source>Job card</source>
        <translation>委托书</translation>
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
        <source>Finished</source>
        <translation>完工时间</translation>
    </message>
    <message>
        <source>Warranty amount</source>
        <translation>索赔金额</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>索赔单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>账龄（天）</translation>
    </message>
    <message>
        <source>Manufacturer no.</source>
        <translation>厂家索赔号</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>申报金额</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>批准金额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未回款</translation>
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
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Old-part tag</source>
        <translation>旧件标签</translation>
    </message>
    <message>
        <source>Old part</source>
        <translation>旧件</translation>
    </message>
    <message>
        <source>kept for return</source>
        <translation>待返厂</translation>
    </message>
    <message>
        <source>returned {ref}</source>
        <translation>已返厂 {ref}</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>车主</translation>
    </message>
    <message>
        <source>三包 until</source>
        <translation>三包截止</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>维修次数</translation>
    </message>
    <message>
        <source>Repair days</source>
        <translation>维修天数</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>{count} open claims: claimed {claimed}, approved {approved}, paid {paid}, outstanding {outstanding}</source>
        <translation>未结索赔 {count} 单：申报 {claimed}，批准 {approved}，已回款 {paid}，未回款 {outstanding}</translation>
    </message>
    <message>
        <source>Claimed {claimed} (labour {labour}, parts {parts}, other {other})</source>
        <translation>申报 {claimed}（工时 {labour}，配件 {parts}，其他 {other}）</translation>
    </message>
    <message>
        <source>Appraisal by {who}: {system}, fault {code}: {cause}</source>
        <translation>{who} 鉴定：{system}，故障代码 {code}：{cause}</translation>
    </message>
    <message>
        <source>Waiting for the technical supervisor&apos;s appraisal.</source>
        <translation>等待技术主管鉴定。</translation>
    </message>
    <message>
        <source>Approved {approved}, paid {paid}, outstanding {outstanding}</source>
        <translation>批准 {approved}，已回款 {paid}，未回款 {outstanding}</translation>
    </message>
    <message>
        <source>Choose a job card first.</source>
        <translation>请先选择一张委托书。</translation>
    </message>
    <message>
        <source>Claim {number} made from job card {card}: {amount}.</source>
        <translation>已由委托书 {card} 生成索赔单 {number}：{amount}。</translation>
    </message>
    <message>
        <source>Choose a claim first.</source>
        <translation>请先选择一张索赔单。</translation>
    </message>
    <message>
        <source>Claim {number} appraised.</source>
        <translation>索赔单 {number} 已鉴定。</translation>
    </message>
    <message>
        <source>Claim {number} submitted.</source>
        <translation>索赔单 {number} 已提交。</translation>
    </message>
    <message>
        <source>The manufacturer&apos;s answer on {number} recorded.</source>
        <translation>已记录厂家对 {number} 的审核结果。</translation>
    </message>
    <message>
        <source>Payment {ref} of {amount} reconciled.</source>
        <translation>回款 {ref} 共 {amount} 已核销。</translation>
    </message>
    <message>
        <source>Old part {tag} returned in {ref}.</source>
        <translation>旧件 {tag} 已随 {ref} 返厂。</translation>
    </message>
    <message>
        <source>Submission workbook written: {path}</source>
        <translation>索赔申报表已保存：{path}</translation>
    </message>
    <message>
        <source>Open claims written: {path}</source>
        <translation>未结索赔表已保存：{path}</translation>
    </message>
    <message>
        <source>No 三包 trigger reached.</source>
        <translation>未达到三包条件。</translation>
    </message>
    <message>
        <source>{system}, fault {code}: {count} repairs</source>
        <translation>{system}，故障代码 {code}：维修 {count} 次</translation>
    </message>
    <message>
        <source>{card}: {days} repair days</source>
        <translation>{card}：维修 {days} 天</translation>
    </message>
    <message>
        <source>{kind} for {card}: {start} to {end} ({days} days), {amount}  {note}</source>
        <translation>{card} 的{kind}：{start} 至 {end}（{days} 天），{amount}  {note}</translation>
    </message>
    <message>
        <source>No loan car or transport compensation given.</source>
        <translation>尚未提供备用车或交通补偿。</translation>
    </message>
    <message>
        <source>Choose the repair the compensation is for.</source>
        <translation>请选择补偿所对应的维修。</translation>
    </message>
    <message>
        <source>Compensation for {card} recorded.</source>
        <translation>{card} 的补偿已登记。</translation>
    </message>
</context>
<context>
    <name>ClaimsExport</name>
    <message>
        <source>Dealer claim no.</source>
        <translation>经销商索赔单号</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购车日期</translation>
    </message>
    <message>
        <source>Mileage (km)</source>
        <translation>行驶里程（km）</translation>
    </message>
    <message>
        <source>Repair date</source>
        <translation>维修日期</translation>
    </message>
    <message>
        <source>Job card</source>
        <translation>委托书号</translation>
    </message>
    <message>
        <source>Customer&apos;s complaint</source>
        <translation>客户描述</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Fault code</source>
        <translation>故障代码</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>故障原因</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片张数</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>项目类别</translation>
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
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Old-part tag</source>
        <translation>旧件标签号</translation>
    </message>
    <message>
        <source>Manufacturer no.</source>
        <translation>厂家索赔号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>账龄（天）</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>申报金额</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>批准金额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未回款</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>索赔单</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
</context>
<context>
    <name>ClaimsPage</name>
    <message>
        <source>Warranty claims</source>
        <translation>索赔</translation>
    </message>
    <message>
        <source>三包 watch</source>
        <translation>三包监控</translation>
    </message>
    <message>
        <source>Insurance jobs</source>
        <translation>保险理赔</translation>
    </message>
    <message>
        <source>Make claim from card</source>
        <translation>由委托书生成索赔单</translation>
    </message>
    <message>
        <source>Finished cards with warranty lines</source>
        <translation>含索赔项目的已完工委托书</translation>
    </message>
    <message>
        <source>Open claims</source>
        <translation>未结索赔</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>全部索赔</translation>
    </message>
    <message>
        <source>Open claims to Excel</source>
        <translation>未结索赔导出 Excel</translation>
    </message>
    <message>
        <source>Claimed lines</source>
        <translation>索赔项目</translation>
    </message>
    <message>
        <source>Appraisal (technical supervisor)</source>
        <translation>索赔鉴定（技术主管）</translation>
    </message>
    <message>
        <source>Serious safety fault</source>
        <translation>严重安全性能故障</translation>
    </message>
    <message>
        <source>Record appraisal</source>
        <translation>保存鉴定</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Fault code</source>
        <translation>故障代码</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>故障原因</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>厂家</translation>
    </message>
    <message>
        <source>Print old-part tags</source>
        <translation>打印旧件标签</translation>
    </message>
    <message>
        <source>Submission workbook</source>
        <translation>生成申报表</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>列设置…</translation>
    </message>
    <message>
        <source>The manufacturer&apos;s columns and headers of the submission workbook</source>
        <translation>索赔申报表的厂家列及表头</translation>
    </message>
    <message>
        <source>Record claim number</source>
        <translation>记录索赔号</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s claim no.</source>
        <translation>厂家索赔号</translation>
    </message>
    <message>
        <source>approved amount</source>
        <translation>批准金额</translation>
    </message>
    <message>
        <source>manufacturer&apos;s note</source>
        <translation>厂家意见</translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation>记录审核结果</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>审核结果</translation>
    </message>
    <message>
        <source>remittance reference</source>
        <translation>回款单号</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>记录回款</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>厂家回款</translation>
    </message>
    <message>
        <source>scan the old-part tag</source>
        <translation>扫描旧件标签</translation>
    </message>
    <message>
        <source>return shipment</source>
        <translation>返厂批次</translation>
    </message>
    <message>
        <source>Old part returned</source>
        <translation>旧件已返厂</translation>
    </message>
    <message>
        <source>Old parts</source>
        <translation>旧件回收</translation>
    </message>
    <message>
        <source>No claim chosen.</source>
        <translation>未选择索赔单。</translation>
    </message>
    <message>
        <source>Photos ({count})</source>
        <translation>照片（{count}）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Warranty repairs inside each car&apos;s 三包 period (from the purchase invoice): one repair over 5 days, over 30 repair days in total, the same problem repaired over 4 times, 2 repairs of a serious safety fault, an assembly or a main part replaced twice.</source>
        <translation>各车三包有效期内（自购车发票日期起）的索赔维修：单次维修超过 5 日、累计维修超过 30 日、同一质量问题修理超过 4 次、严重安全性能故障修理 2 次、总成或主要零件更换 2 次。</translation>
    </message>
    <message>
        <source>Loan car or transport compensation (三包)</source>
        <translation>备用车或交通补偿（三包）</translation>
    </message>
    <message>
        <source>loan car&apos;s plate, taxi receipts...</source>
        <translation>备用车车牌、打车票据……</translation>
    </message>
    <message>
        <source>Record compensation</source>
        <translation>登记补偿</translation>
    </message>
</context>
<context>
    <name>Compensation</name>
    <message>
        <source>Loan car</source>
        <translation>备用车</translation>
    </message>
    <message>
        <source>Transport compensation</source>
        <translation>交通补偿</translation>
    </message>
</context>
<context>
    <name>Insurance</name>
    <message>
        <source>Job card</source>
        <translation>委托书</translation>
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
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>Report no.</source>
        <translation>报案号</translation>
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
        <source>Assessed</source>
        <translation>定损金额</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修金额</translation>
    </message>
    <message>
        <source>Repair − assessed</source>
        <translation>维修−定损</translation>
    </message>
    <message>
        <source>Insurer owes</source>
        <translation>保险应付</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未回款</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>账龄（天）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>单数</translation>
    </message>
    <message>
        <source>Oldest (days)</source>
        <translation>最长账龄（天）</translation>
    </message>
    <message>
        <source>Insurers owe {open} on {count} settled jobs</source>
        <translation>保险公司尚欠 {open}，共 {count} 单已结算</translation>
    </message>
    <message>
        <source>Loss adjuster: {name} {phone}</source>
        <translation>定损员：{name} {phone}</translation>
    </message>
    <message>
        <source>Waiting for the loss adjuster&apos;s assessment.</source>
        <translation>等待定损员定损。</translation>
    </message>
    <message>
        <source>Assessed {assessed} + supplements {supplements} = {total}; deductible {deductible}; the insurer pays {expected}</source>
        <translation>定损 {assessed} + 追加 {supplements} = {total}；客户自付 {deductible}；保险公司应赔 {expected}</translation>
    </message>
    <message>
        <source>The repair, {repair}, is {diff} more than assessed.</source>
        <translation>维修金额 {repair}，比定损多 {diff}。</translation>
    </message>
    <message>
        <source>The repair, {repair}, is {diff} less than assessed.</source>
        <translation>维修金额 {repair}，比定损少 {diff}。</translation>
    </message>
    <message>
        <source>The repair, {repair}, is what was assessed.</source>
        <translation>维修金额 {repair}，与定损一致。</translation>
    </message>
    <message>
        <source>Statement {number}: the insurer owes {owed}, the customer {customer}; paid {paid}, open {open}</source>
        <translation>结算单 {number}：保险公司应付 {owed}，客户应付 {customer}；已回款 {paid}，未回款 {open}</translation>
    </message>
    <message>
        <source>Payment {ref} of {day}: {amount}</source>
        <translation>回款 {ref}（{day}）：{amount}</translation>
    </message>
    <message>
        <source>Choose an insurance job first.</source>
        <translation>请先选择一个理赔单。</translation>
    </message>
    <message>
        <source>Insurer {name} added.</source>
        <translation>已添加保险公司 {name}。</translation>
    </message>
    <message>
        <source>Choose a job card first.</source>
        <translation>请先选择一张委托书。</translation>
    </message>
    <message>
        <source>Choose the insurer.</source>
        <translation>请选择保险公司。</translation>
    </message>
    <message>
        <source>Insurance job {ref} opened for job card {card}.</source>
        <translation>已为委托书 {card} 建立理赔单 {ref}。</translation>
    </message>
    <message>
        <source>Assessment of {ref} recorded.</source>
        <translation>{ref} 的定损已登记。</translation>
    </message>
    <message>
        <source>Supplementary assessment of {ref} recorded.</source>
        <translation>{ref} 的追加定损已登记。</translation>
    </message>
    <message>
        <source>{insurer} payment {ref} of {amount} reconciled.</source>
        <translation>{insurer} 回款 {ref} 共 {amount} 已核销。</translation>
    </message>
    <message>
        <source>Insurer receivables written: {path}</source>
        <translation>保险应收账款已导出：{path}</translation>
    </message>
</context>
<context>
    <name>InsuranceExport</name>
    <message>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>单数</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>应付</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未回款</translation>
    </message>
    <message>
        <source>Oldest (days)</source>
        <translation>最长账龄（天）</translation>
    </message>
    <message>
        <source>{range} days</source>
        <translation>{range} 天</translation>
    </message>
    <message>
        <source>Receivables by insurer</source>
        <translation>按保险公司应收</translation>
    </message>
    <message>
        <source>Open jobs</source>
        <translation>未回款理赔单</translation>
    </message>
    <message>
        <source>Insurance jobs</source>
        <translation>理赔单</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Report no.</source>
        <translation>报案号</translation>
    </message>
    <message>
        <source>Job card</source>
        <translation>委托书</translation>
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
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>Settled on</source>
        <translation>结算日期</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>账龄（天）</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>定损金额</translation>
    </message>
    <message>
        <source>Supplements</source>
        <translation>追加定损</translation>
    </message>
    <message>
        <source>Deductible</source>
        <translation>客户自付</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修金额</translation>
    </message>
    <message>
        <source>Repair − assessed</source>
        <translation>维修−定损</translation>
    </message>
    <message>
        <source>Insurer owes</source>
        <translation>保险应付</translation>
    </message>
</context>
<context>
    <name>InsuranceStatus</name>
    <message>
        <source>Reported, not assessed</source>
        <translation>已报案，未定损</translation>
    </message>
    <message>
        <source>Assessed, in repair</source>
        <translation>已定损，维修中</translation>
    </message>
    <message>
        <source>Settled, insurer owes</source>
        <translation>已结算，待回款</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>部分回款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已回款</translation>
    </message>
</context>
<context>
    <name>InsuranceTab</name>
    <message>
        <source>Accident cards without an insurance job</source>
        <translation>尚未建理赔单的事故委托书</translation>
    </message>
    <message>
        <source>report number (报案号)</source>
        <translation>报案号</translation>
    </message>
    <message>
        <source>loss adjuster</source>
        <translation>定损员</translation>
    </message>
    <message>
        <source>adjuster&apos;s phone</source>
        <translation>定损员电话</translation>
    </message>
    <message>
        <source>Open insurance job</source>
        <translation>建立理赔单</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>Loss adjuster</source>
        <translation>定损员</translation>
    </message>
    <message>
        <source>Open insurance jobs</source>
        <translation>未结理赔单</translation>
    </message>
    <message>
        <source>All insurance jobs</source>
        <translation>全部理赔单</translation>
    </message>
    <message>
        <source>Supplementary assessments</source>
        <translation>追加定损</translation>
    </message>
    <message>
        <source>Assessment and the insurer&apos;s money</source>
        <translation>定损与保险回款</translation>
    </message>
    <message>
        <source>assessed amount (定损金额)</source>
        <translation>定损金额</translation>
    </message>
    <message>
        <source>customer&apos;s deductible</source>
        <translation>客户自付（免赔）</translation>
    </message>
    <message>
        <source>Record assessment</source>
        <translation>登记定损</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>定损</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>why the adjuster added</source>
        <translation>追加原因</translation>
    </message>
    <message>
        <source>Add supplement</source>
        <translation>登记追加定损</translation>
    </message>
    <message>
        <source>Supplement (追加定损)</source>
        <translation>追加定损</translation>
    </message>
    <message>
        <source>remittance reference</source>
        <translation>回款凭证号</translation>
    </message>
    <message>
        <source>Record insurer&apos;s payment</source>
        <translation>登记保险回款</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>收到回款</translation>
    </message>
    <message>
        <source>insurer&apos;s name</source>
        <translation>保险公司名称</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Add insurer</source>
        <translation>添加保险公司</translation>
    </message>
    <message>
        <source>Insurers</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>Receivables per insurer (days since the statement)</source>
        <translation>按保险公司的应收账款（自结算日起天数）</translation>
    </message>
    <message>
        <source>Receivables to Excel</source>
        <translation>应收账款导出 Excel</translation>
    </message>
    <message>
        <source>No insurance job chosen.</source>
        <translation>未选择理赔单。</translation>
    </message>
</context>
<context>
    <name>PhotosBox</name>
    <message>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <source>Click a photo</source>
        <translation>点击照片查看</translation>
    </message>
    <message>
        <source>Attach photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>照片 (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>Replacement</name>
    <message>
        <source>Repaired, nothing major replaced</source>
        <translation>修复，未更换主要零件</translation>
    </message>
    <message>
        <source>Whole assembly replaced</source>
        <translation>更换总成</translation>
    </message>
    <message>
        <source>A main part replaced</source>
        <translation>更换主要零件</translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <source>No such warranty claim.</source>
        <translation>没有这张索赔单。</translation>
    </message>
    <message>
        <source>No such job card.</source>
        <translation>没有这张委托书。</translation>
    </message>
    <message>
        <source>Job card {card} already has warranty claim {number}.</source>
        <translation>委托书 {card} 已有索赔单 {number}。</translation>
    </message>
    <message>
        <source>Job card {card} has not passed its final inspection: claim the work once it is done.</source>
        <translation>委托书 {card} 尚未通过终检：请在完工后再申请索赔。</translation>
    </message>
    <message>
        <source>Job card {card} has no line paid by the manufacturer&apos;s warranty.</source>
        <translation>委托书 {card} 没有由厂家索赔支付的项目。</translation>
    </message>
    <message>
        <source>Choose the system at fault.</source>
        <translation>请选择故障系统。</translation>
    </message>
    <message>
        <source>Choose what was replaced.</source>
        <translation>请选择更换情况。</translation>
    </message>
    <message>
        <source>Enter the manufacturer&apos;s fault code.</source>
        <translation>请输入厂家故障代码。</translation>
    </message>
    <message>
        <source>A fault code has at most 32 characters.</source>
        <translation>故障代码最多 32 个字符。</translation>
    </message>
    <message>
        <source>Write the cause of the failure.</source>
        <translation>请填写故障原因。</translation>
    </message>
    <message>
        <source>Claim {number} has been submitted; its appraisal can no longer change.</source>
        <translation>索赔单 {number} 已提交，鉴定不能再修改。</translation>
    </message>
    <message>
        <source>Choose the claims to submit.</source>
        <translation>请选择要申报的索赔单。</translation>
    </message>
    <message>
        <source>Claim {number} has already been submitted.</source>
        <translation>索赔单 {number} 已经提交。</translation>
    </message>
    <message>
        <source>Claim {number} has no appraisal yet: the technical supervisor appraises it first.</source>
        <translation>索赔单 {number} 尚未鉴定：请先由技术主管鉴定。</translation>
    </message>
    <message>
        <source>Enter the claim number the manufacturer gave.</source>
        <translation>请输入厂家给出的索赔号。</translation>
    </message>
    <message>
        <source>A claim number has at most 64 characters.</source>
        <translation>索赔号最多 64 个字符。</translation>
    </message>
    <message>
        <source>The manufacturer&apos;s number {ref} is already recorded on claim {number}.</source>
        <translation>厂家索赔号 {ref} 已记录在索赔单 {number} 上。</translation>
    </message>
    <message>
        <source>Only a submitted claim gets the manufacturer&apos;s answer; {number} is {status}.</source>
        <translation>只有已提交的索赔单才能记录厂家审核结果；{number} 的状态是 {status}。</translation>
    </message>
    <message>
        <source>The approved amount {amount} is more than the claim&apos;s {claimed}.</source>
        <translation>批准金额 {amount} 超过了申报金额 {claimed}。</translation>
    </message>
    <message>
        <source>Write the manufacturer&apos;s reason for the rejection.</source>
        <translation>请填写厂家拒赔的理由。</translation>
    </message>
    <message>
        <source>Enter the remittance reference of the payment.</source>
        <translation>请输入回款单号。</translation>
    </message>
    <message>
        <source>Choose the claims this payment pays.</source>
        <translation>请选择这笔回款核销的索赔单。</translation>
    </message>
    <message>
        <source>A claim appears twice in one payment.</source>
        <translation>同一笔回款中一张索赔单出现了两次。</translation>
    </message>
    <message>
        <source>Payment {ref} has already been recorded.</source>
        <translation>回款 {ref} 已经登记过。</translation>
    </message>
    <message>
        <source>Claim {number} is {status}: only an approved claim is paid.</source>
        <translation>索赔单 {number} 的状态是 {status}：只有已批准的索赔单才能回款。</translation>
    </message>
    <message>
        <source>{amount} for claim {number} is more than the {owed} still owed on it.</source>
        <translation>索赔单 {number} 的 {amount} 超过了尚未回款的 {owed}。</translation>
    </message>
    <message>
        <source>Enter the return shipment&apos;s reference.</source>
        <translation>请输入返厂批次号。</translation>
    </message>
    <message>
        <source>No old part carries tag {tag}.</source>
        <translation>没有旧件带有标签 {tag}。</translation>
    </message>
    <message>
        <source>Old part {tag} left already, in shipment {reference}.</source>
        <translation>旧件 {tag} 已随批次 {reference} 返厂。</translation>
    </message>
    <message>
        <source>Claim {number} replaced no part: there is no old part to tag.</source>
        <translation>索赔单 {number} 没有更换配件，没有需要贴标签的旧件。</translation>
    </message>
    <message>
        <source>No such vehicle.</source>
        <translation>没有这辆车。</translation>
    </message>
    <message>
        <source>三包: job card {card} is in its day {days} of repair (more than {limit}): the customer is owed a loan car or transport compensation from day {next}.</source>
        <translation>三包：委托书 {card} 已维修到第 {days} 天（超过 {limit} 天）：自第 {next} 天起应为客户提供备用车或交通费用补偿。</translation>
    </message>
    <message>
        <source>三包: {days} repair days inside the 三包 period (more than {limit}): the customer may ask for a replacement car or a refund.</source>
        <translation>三包：三包有效期内累计维修 {days} 天（超过 {limit} 天）：客户可要求换车或退车。</translation>
    </message>
    <message>
        <source>三包: the same problem ({system}, fault {code}) repaired {count} times (more than {limit}): the customer may ask for a replacement car or a refund.</source>
        <translation>三包：同一质量问题（{system}，故障代码 {code}）已修理 {count} 次（超过 {limit} 次）：客户可要求换车或退车。</translation>
    </message>
    <message>
        <source>三包: {count} repairs of a serious safety fault: if it is not cured, or a new one appears, the customer may ask for a replacement car or a refund.</source>
        <translation>三包：严重安全性能故障已修理 {count} 次：若仍未排除或又出现新的严重安全性能故障，客户可要求换车或退车。</translation>
    </message>
    <message>
        <source>三包: {system} replaced {count} times: if it still does not work, the customer may ask for a replacement car or a refund.</source>
        <translation>三包：{system}已更换 {count} 次：若仍不能正常使用，客户可要求换车或退车。</translation>
    </message>
    <message>
        <source>三包: a main part of the {system} replaced {count} times: if it still does not work, the customer may ask for a replacement car or a refund.</source>
        <translation>三包：{system}的主要零件已更换 {count} 次：若仍不能正常使用，客户可要求换车或退车。</translation>
    </message>
    <message>
        <source>Choose a loan car or transport compensation.</source>
        <translation>请选择备用车或交通补偿。</translation>
    </message>
    <message>
        <source>The last day of the compensation comes before its first.</source>
        <translation>补偿的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>A compensation cannot be negative ({value}).</source>
        <translation>补偿金额不能为负数（{value}）。</translation>
    </message>
    <message>
        <source>Job card {card} was opened on {day}: a compensation for it starts then or later.</source>
        <translation>委托书 {card} 开单于 {day}：补偿不能早于该日开始。</translation>
    </message>
    <message>
        <source>The assessed amount cannot be negative ({value}).</source>
        <translation>定损金额不能为负数（{value}）。</translation>
    </message>
    <message>
        <source>The deductible cannot be negative ({value}).</source>
        <translation>客户自付金额不能为负数（{value}）。</translation>
    </message>
    <message>
        <source>A supplementary assessment cannot be negative ({value}): correct the assessment instead.</source>
        <translation>追加定损不能为负数（{value}）：请改正定损金额。</translation>
    </message>
    <message>
        <source>A payment from an insurer cannot be negative ({value}).</source>
        <translation>保险公司回款不能为负数（{value}）。</translation>
    </message>
    <message>
        <source>Enter the insurer&apos;s name.</source>
        <translation>请输入保险公司名称。</translation>
    </message>
    <message>
        <source>An insurer&apos;s name has at most 64 characters.</source>
        <translation>保险公司名称最多 64 个字符。</translation>
    </message>
    <message>
        <source>Insurer {name} is on the list already.</source>
        <translation>保险公司 {name} 已在列表中。</translation>
    </message>
    <message>
        <source>No such insurance job.</source>
        <translation>没有这个理赔单。</translation>
    </message>
    <message>
        <source>Enter the insurer&apos;s report number (报案号).</source>
        <translation>请输入保险公司的报案号。</translation>
    </message>
    <message>
        <source>A report number has at most 40 characters.</source>
        <translation>报案号最多 40 个字符。</translation>
    </message>
    <message>
        <source>The accident date {day} is in the future.</source>
        <translation>出险日期 {day} 晚于今天。</translation>
    </message>
    <message>
        <source>Choose the insurer.</source>
        <translation>请选择保险公司。</translation>
    </message>
    <message>
        <source>Job card {card} is {status}: an insurance job is opened for a car we repair.</source>
        <translation>委托书 {card} 的状态为 {status}：理赔单只能为在修车辆建立。</translation>
    </message>
    <message>
        <source>Job card {card} is insurance job {ref} already.</source>
        <translation>委托书 {card} 已有理赔单 {ref}。</translation>
    </message>
    <message>
        <source>{insurer} report number {ref} is recorded already, on job card {card}.</source>
        <translation>{insurer} 报案号 {ref} 已登记在委托书 {card} 上。</translation>
    </message>
    <message>
        <source>The assessment date {day} is in the future.</source>
        <translation>定损日期 {day} 晚于今天。</translation>
    </message>
    <message>
        <source>Job card {card} is settled: its assessment can no longer change.</source>
        <translation>委托书 {card} 已结算：定损不能再修改。</translation>
    </message>
    <message>
        <source>The deductible {deductible} is more than the assessed {assessed}.</source>
        <translation>客户自付 {deductible} 超过定损金额 {assessed}。</translation>
    </message>
    <message>
        <source>Write why the adjuster added to the assessment.</source>
        <translation>请写明追加定损的原因。</translation>
    </message>
    <message>
        <source>Record the adjuster&apos;s first assessment before a supplementary one.</source>
        <translation>请先登记首次定损，再登记追加定损。</translation>
    </message>
    <message>
        <source>Choose the insurance jobs this payment pays.</source>
        <translation>请选择这笔回款对应的理赔单。</translation>
    </message>
    <message>
        <source>An insurance job appears twice in one payment.</source>
        <translation>同一笔回款中理赔单重复出现。</translation>
    </message>
    <message>
        <source>The payment date {day} is in the future.</source>
        <translation>回款日期 {day} 晚于今天。</translation>
    </message>
    <message>
        <source>{insurer} payment {ref} has already been recorded.</source>
        <translation>{insurer} 的回款 {ref} 已登记过。</translation>
    </message>
    <message>
        <source>Insurance job {ref} is not {insurer}&apos;s.</source>
        <translation>理赔单 {ref} 不属于 {insurer}。</translation>
    </message>
    <message>
        <source>Job card {card} is not settled yet: the insurer owes nothing on {ref} until then.</source>
        <translation>委托书 {card} 尚未结算：结算前保险公司对 {ref} 无应付款。</translation>
    </message>
    <message>
        <source>{amount} for report {ref} is more than the {owed} the insurer still owes on it.</source>
        <translation>报案号 {ref} 的回款 {amount} 超过保险公司尚欠的 {owed}。</translation>
    </message>
    <message>
        <source>{column} is not a column of a sheet (A, B, … AA).</source>
        <translation>{column} 不是工作表的列（A、B、…、AA）。</translation>
    </message>
    <message>
        <source>Column {column} is too far right: use a column up to {last}.</source>
        <translation>第 {column} 列太靠右：请使用 {last} 列及以前的列。</translation>
    </message>
    <message>
        <source>Choose what column {column} holds.</source>
        <translation>请选择第 {column} 列的内容。</translation>
    </message>
    <message>
        <source>Enter the header text of column {column} as the manufacturer&apos;s sheet has it.</source>
        <translation>请按厂家表格填写第 {column} 列的表头。</translation>
    </message>
    <message>
        <source>A header has at most 64 characters (column {column}).</source>
        <translation>表头最多 64 个字符（第 {column} 列）。</translation>
    </message>
    <message>
        <source>Column {column} is given twice.</source>
        <translation>第 {column} 列重复了。</translation>
    </message>
    <message>
        <source>Columns {first} and {column} hold the same field: keep one.</source>
        <translation>第 {first} 列和第 {column} 列内容相同：请只保留一列。</translation>
    </message>
    <message>
        <source>The submission needs at least one column.</source>
        <translation>申报表至少需要一列。</translation>
    </message>
    <message>
        <source>The submission needs the dealer claim number in one of its columns.</source>
        <translation>申报表须有一列为经销商索赔单号。</translation>
    </message>
    <message>
        <source>A sheet name has at most 31 characters and none of [ ] : * ? / \.</source>
        <translation>工作表名称最多 31 个字符，且不能含 [ ] : * ? / \。</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} 是空文件。</translation>
    </message>
    <message>
        <source>{file} is {size} MB: a photo may have at most {limit} MB. Send a smaller copy (the phone&apos;s “medium” size).</source>
        <translation>{file} 有 {size} MB：照片最大 {limit} MB。请发送较小的副本（手机的“中等”尺寸）。</translation>
    </message>
    <message>
        <source>{file} is not a photo: attach a JPEG or PNG picture.</source>
        <translation>{file} 不是照片：请添加 JPEG 或 PNG 图片。</translation>
    </message>
    <message>
        <source>{file} is damaged or cut off: copy it from the camera again.</source>
        <translation>{file} 已损坏或不完整：请从相机重新复制。</translation>
    </message>
    <message>
        <source>{file} has too many pixels ({width}×{height}).</source>
        <translation>{file} 像素过多（{width}×{height}）。</translation>
    </message>
    <message>
        <source>No such photo.</source>
        <translation>照片不存在。</translation>
    </message>
    <message>
        <source>{file} cannot be read.</source>
        <translation>无法读取 {file}。</translation>
    </message>
    <message>
        <source>Claim {number} has been decided: its photos can no longer change.</source>
        <translation>索赔单 {number} 厂家已答复：照片不能再更改。</translation>
    </message>
    <message>
        <source>{file} is attached to claim {number} already.</source>
        <translation>{file} 已添加到索赔单 {number}。</translation>
    </message>
    <message>
        <source>Claim {number} has {count} photos, the most it can hold.</source>
        <translation>索赔单 {number} 已有 {count} 张照片，已达上限。</translation>
    </message>
    <message>
        <source>Claim {number} has been submitted: its photos stay with it.</source>
        <translation>索赔单 {number} 已申报：照片须保留。</translation>
    </message>
</context>
<context>
    <name>SubmissionLayout</name>
    <message>
        <source>The submission layout was saved: the next workbook follows it.</source>
        <translation>申报表格式已保存：下次导出将按此格式。</translation>
    </message>
    <message>
        <source>Back to the built-in layout.</source>
        <translation>已恢复为内置格式。</translation>
    </message>
</context>
<context>
    <name>SubmissionLayoutDialog</name>
    <message>
        <source>Submission workbook columns</source>
        <translation>索赔申报表列设置</translation>
    </message>
    <message>
        <source>Set the columns as the manufacturer&apos;s claim import sheet has them: the column letter, what it holds and its header text. Columns left out stay empty.</source>
        <translation>按厂家索赔导入表设置各列：列号、内容及表头。未设置的列留空。</translation>
    </message>
    <message>
        <source>sheet name (optional)</source>
        <translation>工作表名称（可选）</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Header text</source>
        <translation>表头</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>添加列</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>删除列</translation>
    </message>
    <message>
        <source>Built-in layout</source>
        <translation>内置格式</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
</context>
<context>
    <name>VehicleSystem</name>
    <message>
        <source>Engine</source>
        <translation>发动机</translation>
    </message>
    <message>
        <source>Gearbox</source>
        <translation>变速器</translation>
    </message>
    <message>
        <source>Traction battery</source>
        <translation>动力蓄电池</translation>
    </message>
    <message>
        <source>Drive motor</source>
        <translation>行驶驱动电机</translation>
    </message>
    <message>
        <source>Steering</source>
        <translation>转向系统</translation>
    </message>
    <message>
        <source>Brakes</source>
        <translation>制动系统</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>悬架系统</translation>
    </message>
    <message>
        <source>Front/rear axle</source>
        <translation>前/后桥</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>车身</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>电气系统</translation>
    </message>
    <message>
        <source>Air conditioning</source>
        <translation>空调系统</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
    </message>
    <message>
        <source>{count} open claims, outstanding {amount}</source>
        <translation>未结索赔 {count} 单，未回款 {amount}</translation>
    </message>
    <message>
        <source>Insurers owe {amount} on {count} jobs</source>
        <translation>保险公司尚欠 {amount}，共 {count} 单</translation>
    </message>
    <message>
        <source>warranty claims and insurance jobs: workbooks</source>
        <translation>索赔与保险理赔：导出工作簿</translation>
    </message>
    <message>
        <source>the open warranty claims workbook (xlsx)</source>
        <translation>未结索赔工作簿（xlsx）</translation>
    </message>
    <message>
        <source>what each insurer owes, by age (xlsx)</source>
        <translation>各保险公司应收账款及账龄（xlsx）</translation>
    </message>
</context>
</TS>
