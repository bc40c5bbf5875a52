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
    <name>ConsentChannel</name>
    <message>
        <source>Paper form</source>
        <translation>纸质表格</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent and car club: {name}</source>
        <translation>营销同意与车友会：{name}</translation>
    </message>
    <message>
        <source>&amp;Grant consent</source>
        <translation>同意(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent</source>
        <translation>撤回同意(&amp;W)</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>营销同意</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Date (2024-03-31)</source>
        <translation>日期（2024-03-31）</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Save &amp;membership</source>
        <translation>保存会员信息(&amp;M)</translation>
    </message>
    <message>
        <source>Car club</source>
        <translation>车友俱乐部</translation>
    </message>
    <message>
        <source>Member number (empty: not a member)</source>
        <translation>会员号（空：非会员）</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ConsentHistory</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Consent granted on {date} ({channel}).</source>
        <translation>已于 {date} 同意（{channel}）。</translation>
    </message>
    <message>
        <source>Consent withdrawn on {date} ({channel}). Do not contact for marketing.</source>
        <translation>已于 {date} 撤回同意（{channel}）。请勿进行营销联系。</translation>
    </message>
    <message>
        <source>No consent on file. Do not contact for marketing.</source>
        <translation>无营销同意记录。请勿进行营销联系。</translation>
    </message>
</context>
<context>
    <name>ContactRelation</name>
    <message>
        <source>Self</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家属</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>朋友</translation>
    </message>
</context>
<context>
    <name>ContactTable</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <source>Brings the car</source>
        <translation>送修人</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>CustomerEditDialog</name>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现结</translation>
    </message>
    <message>
        <source>Monthly statement</source>
        <translation>月结</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名/名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>手机(&amp;M)</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Birthday (2024-03-31)</source>
        <translation>生日（如 2024-03-31）</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Invoice title</source>
        <translation>发票抬头</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>结算方式</translation>
    </message>
    <message>
        <source>Statement day</source>
        <translation>对账日</translation>
    </message>
    <message>
        <source>Credit limit (yuan)</source>
        <translation>信用额度（元）</translation>
    </message>
    <message>
        <source>Contacts and drivers</source>
        <translation>联系人和送修人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>Save as a new customer anyway?</source>
        <translation>仍然保存为新客户吗？</translation>
    </message>
</context>
<context>
    <name>CustomerField</name>
    <message>
        <source>Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>营销同意</translation>
    </message>
    <message>
        <source>Consent channel</source>
        <translation>同意渠道</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车架号</translation>
    </message>
    <message>
        <source>VIN check override reason</source>
        <translation>VIN校验例外原因</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
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
        <source>Model year</source>
        <translation>年款</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Engine number</source>
        <translation>发动机号</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购车日期</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>交车日期</translation>
    </message>
    <message>
        <source>Odometer (km)</source>
        <translation>行驶里程</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>Insurance expiry</source>
        <translation>保险到期日</translation>
    </message>
    <message>
        <source>Inspection due</source>
        <translation>年检到期</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>{rows} rows: {good} good, {bad} with problems. {new} new customers, {old} already on file, {vehicles} vehicles.</source>
        <translation>共 {rows} 行：{good} 行无误，{bad} 行有问题。新客户 {new} 位，已有客户 {old} 位，车辆 {vehicles} 辆。</translation>
    </message>
    <message>
        <source>Imported {customers} customers and {vehicles} vehicles.</source>
        <translation>已导入 {customers} 位客户、{vehicles} 辆车。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户档案</translation>
    </message>
</context>
<context>
    <name>CustomerKind</name>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>Personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>erased on the customer&apos;s request</source>
        <translation>已应客户要求删除</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>营销同意</translation>
    </message>
    <message>
        <source>yes, {date} ({channel})</source>
        <translation>已同意，{date}（{channel}）</translation>
    </message>
    <message>
        <source>no</source>
        <translation>未同意</translation>
    </message>
    <message>
        <source>Car club</source>
        <translation>车友会</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>结算方式</translation>
    </message>
    <message>
        <source>Monthly statement, day {day}</source>
        <translation>月结，每月 {day} 日对账</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现结</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CustomerPageView</name>
    <message>
        <source>Find a customer on the left, or press Ctrl+F.</source>
        <translation>在左侧查找客户，或按 Ctrl+F。</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Add &amp;vehicle</source>
        <translation>添加车辆(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Merge with…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>Vehicle &amp;details…</source>
        <translation>车辆详情(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Consent and club…</source>
        <translation>营销同意与车友会(&amp;C)…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>删除个人信息…</translation>
    </message>
    <message>
        <source>Open a job card</source>
        <translation>开单</translation>
    </message>
    <message>
        <source>Receive the chosen vehicle at the front desk</source>
        <translation>在前台为所选车辆接车开单</translation>
    </message>
    <message>
        <source>&amp;Repair file…</source>
        <translation>维修档案(&amp;R)…</translation>
    </message>
    <message>
        <source>Every job on the chosen vehicle (一车一档), to show or print for the customer</source>
        <translation>所选车辆的全部维修记录（一车一档），可查看或打印给客户</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>往来记录</translation>
    </message>
</context>
<context>
    <name>CustomerSearch</name>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>initials</source>
        <translation>拼音首字母</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车架号</translation>
    </message>
</context>
<context>
    <name>CustomerTables</name>
    <message>
        <source>Name</source>
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
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车架号</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>匹配项</translation>
    </message>
    <message>
        <source> (+{n} more)</source>
        <translation>（另有 {n} 辆）</translation>
    </message>
    <message>
        <source>Odometer (km)</source>
        <translation>里程（公里）</translation>
    </message>
    <message>
        <source>Warranty until</source>
        <translation>包修期至</translation>
    </message>
    <message>
        <source>三包 until</source>
        <translation>三包有效期至</translation>
    </message>
    <message>
        <source>Insurance expiry</source>
        <translation>保险到期</translation>
    </message>
    <message>
        <source>Inspection due</source>
        <translation>年检到期</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>Name, pinyin or initials, mobile or its last 4, plate, VIN or its last 6…</source>
        <translation>姓名、拼音或首字母、手机或尾号4位、车牌、车架号或后6位…</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <source>{n} found. Enter opens the first, ↓ moves into the list.</source>
        <translation>找到 {n} 条。回车打开第一条，↓ 进入列表。</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Erase personal data of {name}</source>
        <translation>删除 {name} 的个人信息</translation>
    </message>
    <message>
        <source>On the customer&apos;s request, {name}&apos;s name, phone numbers, address, codes, contacts and drivers are replaced by placeholders, here and on job cards, statements and appointments. The vehicles and the settled repair history stay (the repair file is kept 6 years) but no longer name the person. This cannot be undone.</source>
        <translation>应客户要求，{name} 的姓名、电话、地址、证件代码、联系人和送修人将被替换为占位内容，客户档案及任务委托书、结算单、预约中均如此。车辆和已结算的维修记录予以保留（维修档案保存 6 年），但不再指向此人。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Why: the customer&apos;s request, its date and how it was made</source>
        <translation>原因：客户的申请、申请日期及方式</translation>
    </message>
    <message>
        <source>I have checked the person&apos;s identity and their request</source>
        <translation>我已核实本人身份及其申请</translation>
    </message>
    <message>
        <source>&amp;Erase personal data</source>
        <translation>删除个人信息(&amp;E)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the customer file</source>
        <translation>导出客户档案</translation>
    </message>
    <message>
        <source>The workbook holds personal data. Say what it is for: the purpose is recorded with your name in the audit log.</source>
        <translation>导出的工作簿包含个人信息。请说明用途：用途和您的姓名将记入审计日志。</translation>
    </message>
    <message>
        <source>Move to the new DMS</source>
        <translation>迁移到新的DMS系统</translation>
    </message>
    <message>
        <source>Backup for the manufacturer audit</source>
        <translation>厂家审核备份</translation>
    </message>
    <message>
        <source>Car-club mailing to consenting members</source>
        <translation>向已同意的车友会会员发送通知</translation>
    </message>
    <message>
        <source>customers.xlsx</source>
        <translation>客户档案.xlsx</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>用途(&amp;P)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose where to save the workbook.</source>
        <translation>请选择工作簿的保存位置。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers from Excel</source>
        <translation>从 Excel 导入客户</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>未选择文件。</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Column for each field</source>
        <translation>各字段对应的列</translation>
    </message>
    <message>
        <source>Choose a workbook</source>
        <translation>选择工作簿</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>第 {n} 列</translation>
    </message>
    <message>
        <source>{n} rows read. Check the columns, then press Check.</source>
        <translation>已读取 {n} 行。请核对各列，然后按“检查”。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge into {name}</source>
        <translation>合并到 {name}</translation>
    </message>
    <message>
        <source>Find the duplicate record. Its vehicles, job cards, appointments, calls and history move to {name}; the duplicate is kept as merged.</source>
        <translation>查找重复的档案。它的车辆、任务委托书、预约、回访和全部记录将转到 {name}；重复档案保留并标记为已合并。</translation>
    </message>
    <message>
        <source>Name, mobile, plate or VIN of the duplicate</source>
        <translation>重复档案的姓名、手机、车牌或车架号</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Merge {other} into {name}? This cannot be undone.</source>
        <translation>将 {other} 合并到 {name}？此操作不可撤销。</translation>
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
    <name>OwnerDialog</name>
    <message>
        <source>Change owner</source>
        <translation>变更车主</translation>
    </message>
    <message>
        <source>{vehicle} now belongs to {name}. Find the new owner; the vehicle&apos;s plates, readings and history go with it.</source>
        <translation>{vehicle} 现属于 {name}。请查找新车主；车辆的号牌、里程记录和历史将一并转移。</translation>
    </message>
    <message>
        <source>Name, pinyin, mobile or its last 4 of the new owner</source>
        <translation>新车主的姓名、拼音、手机或手机后4位</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Sold, gift, company car to employee…</source>
        <translation>出售、赠与、公司车转给员工…</translation>
    </message>
    <message>
        <source>From (2024-03-31)</source>
        <translation>起始日期（2024-03-31）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Change &amp;owner</source>
        <translation>变更车主(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <source>Both records have a {table} entry; merge them by hand first.</source>
        <translation>两份档案都有 {table} 记录，请先手工合并。</translation>
    </message>
    <message>
        <source>No such customer (#{id}).</source>
        <translation>没有这位客户（#{id}）。</translation>
    </message>
    <message>
        <source>No such vehicle (#{id}).</source>
        <translation>没有这辆车（#{id}）。</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>请输入客户姓名或名称。</translation>
    </message>
    <message>
        <source>A name has at most 128 characters.</source>
        <translation>名称最多 128 个字。</translation>
    </message>
    <message>
        <source>A customer is a person or a company.</source>
        <translation>客户类型为个人或单位。</translation>
    </message>
    <message>
        <source>{phone} is not a phone number.</source>
        <translation>{phone} 不是电话号码。</translation>
    </message>
    <message>
        <source>Unknown billing terms.</source>
        <translation>未知的结算方式。</translation>
    </message>
    <message>
        <source>Monthly billing is for company accounts.</source>
        <translation>月结只适用于单位客户。</translation>
    </message>
    <message>
        <source>The statement day is between 1 and 28.</source>
        <translation>对账日为 1 到 28 日。</translation>
    </message>
    <message>
        <source>A credit limit is an amount of 0 or more.</source>
        <translation>信用额度须为 0 或以上的金额。</translation>
    </message>
    <message>
        <source>{name} already has the same mobile, VIN or plate ({value}). Open that record, or confirm that this is a different customer.</source>
        <translation>{name} 已有相同的手机、车架号或车牌（{value}）。请打开该档案，或确认这是另一位客户。</translation>
    </message>
    <message>
        <source>Unknown gender.</source>
        <translation>未知的性别。</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation>请输入联系人姓名。</translation>
    </message>
    <message>
        <source>Unknown contact role.</source>
        <translation>未知的联系人类别。</translation>
    </message>
    <message>
        <source>Type the contact&apos;s whole number.</source>
        <translation>请输入联系人的完整号码。</translation>
    </message>
    <message>
        <source>{year} is not a model year.</source>
        <translation>{year} 不是有效的年款。</translation>
    </message>
    <message>
        <source>Unknown energy kind.</source>
        <translation>未知的能源类型。</translation>
    </message>
    <message>
        <source>Warranty periods are positive.</source>
        <translation>保修期限须为正数。</translation>
    </message>
    <message>
        <source>The purchase date lies in the future.</source>
        <translation>购车日期不能晚于今天。</translation>
    </message>
    <message>
        <source>{km} km is not an odometer reading.</source>
        <translation>{km} 公里不是有效的里程读数。</translation>
    </message>
    <message>
        <source>The plate on file, {plate}, does not follow the plate rules (GA 36-2018): check it against the vehicle licence and correct it.</source>
        <translation>档案中的号牌 {plate} 不符合号牌规则（GA 36-2018）：请与行驶证核对并更正。</translation>
    </message>
    <message>
        <source>This customer was merged into #{id}.</source>
        <translation>该客户已合并到 #{id}。</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was erased on their request; enter a returning customer as a new one.</source>
        <translation>该客户的个人信息已应其要求删除；客户再次到店请新建客户。</translation>
    </message>
    <message>
        <source>Say how the customer gave or withdrew consent.</source>
        <translation>请注明客户同意或撤回同意的方式。</translation>
    </message>
    <message>
        <source>Enter the car-club membership number.</source>
        <translation>请输入车友会会员号。</translation>
    </message>
    <message>
        <source>The joining date lies in the future.</source>
        <translation>入会日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The same VIN is entered twice.</source>
        <translation>同一车架号输入了两次。</translation>
    </message>
    <message>
        <source>VIN {vin} is already in the customer file (owner {name}). Change that vehicle&apos;s owner instead of adding it again.</source>
        <translation>车架号 {vin} 已在客户档案中（车主 {name}）。请办理该车的过户，不要重复添加。</translation>
    </message>
    <message>
        <source>The VIN identifies the vehicle and cannot be edited; add the right vehicle and merge the two.</source>
        <translation>车架号是车辆的标识，不能修改；请添加正确的车辆后将两者合并。</translation>
    </message>
    <message>
        <source>{name} owns this vehicle already.</source>
        <translation>{name} 已是这辆车的车主。</translation>
    </message>
    <message>
        <source>{km} km is lower than the last reading, {last} km. Check the odometer; if it is right (a replaced cluster), give the reason.</source>
        <translation>{km} 公里低于上次读数 {last} 公里。请核对里程表；如确实如此（如更换了仪表），请填写原因。</translation>
    </message>
    <message>
        <source>Choose two different customers to merge.</source>
        <translation>请选择两位不同的客户进行合并。</translation>
    </message>
    <message>
        <source>{name} was merged into #{id} already.</source>
        <translation>{name} 已合并到 #{id}。</translation>
    </message>
    <message>
        <source>Choose two different vehicles to merge.</source>
        <translation>请选择两辆不同的车进行合并。</translation>
    </message>
    <message>
        <source>This vehicle was merged already.</source>
        <translation>这辆车已被合并。</translation>
    </message>
    <message>
        <source>Nothing was imported: {n} rows have problems ({count} in all).</source>
        <translation>未导入任何数据：{n} 行有问题（共 {count} 处）。</translation>
    </message>
    <message>
        <source>The workbook has more than {n} rows; split it.</source>
        <translation>工作簿超过 {n} 行，请拆分后导入。</translation>
    </message>
    <message>
        <source>This file cannot be read as an Excel workbook (.xlsx): {error}</source>
        <translation>无法作为 Excel 工作簿（.xlsx）读取此文件：{error}</translation>
    </message>
    <message>
        <source>{value} is not a date (write 2024-03-31).</source>
        <translation>{value} 不是日期（请写作 2024-03-31）。</translation>
    </message>
    <message>
        <source>{value} is not a whole number.</source>
        <translation>{value} 不是整数。</translation>
    </message>
    <message>
        <source>Say what the export is for: it is recorded with the export.</source>
        <translation>请说明导出用途：用途将与导出一起记录。</translation>
    </message>
    <message>
        <source>{value} is not a customer type (person or company).</source>
        <translation>{value} 不是客户类型（个人或单位）。</translation>
    </message>
    <message>
        <source>{value} is not yes or no.</source>
        <translation>{value} 不是“是”或“否”。</translation>
    </message>
    <message>
        <source>Choose the column that holds the customer&apos;s name.</source>
        <translation>请选择客户名称所在的列。</translation>
    </message>
    <message>
        <source>{value} is not a consent channel.</source>
        <translation>{value} 不是有效的同意渠道。</translation>
    </message>
    <message>
        <source>A vehicle needs its VIN.</source>
        <translation>车辆须有车架号。</translation>
    </message>
    <message>
        <source>VIN {vin} is also on row {other}.</source>
        <translation>车架号 {vin} 与第 {other} 行重复。</translation>
    </message>
    <message>
        <source>Plate {plate} is also on row {other}, on another VIN.</source>
        <translation>车牌 {plate} 与第 {other} 行重复，但车架号不同。</translation>
    </message>
    <message>
        <source>VIN {vin} is already in the customer file (owner {name}).</source>
        <translation>车架号 {vin} 已在客户档案中（车主 {name}）。</translation>
    </message>
    <message>
        <source>The workbook has no rows to import.</source>
        <translation>工作簿中没有可导入的行。</translation>
    </message>
    <message>
        <source>The consent date lies in the future.</source>
        <translation>同意日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Enter the odometer reading.</source>
        <translation>请输入里程表读数。</translation>
    </message>
    <message>
        <source>Find the new owner and choose them in the list.</source>
        <translation>请查找新车主并在列表中选中。</translation>
    </message>
    <message>
        <source>Say why the personal data is erased (the customer&apos;s request, its date and how it was made).</source>
        <translation>请说明删除个人信息的原因（客户的申请、申请日期及方式）。</translation>
    </message>
    <message>
        <source>The personal data of customer #{id} has been erased already.</source>
        <translation>客户 #{id} 的个人信息已删除。</translation>
    </message>
    <message>
        <source>The personal data cannot be erased while statements are unpaid: {statements}. Collect the payment first.</source>
        <translation>尚有未付款的结算单：{statements}，不能删除个人信息。请先收款。</translation>
    </message>
    <message>
        <source>The personal data cannot be erased while job cards are open: {cards}. Deliver or cancel them first.</source>
        <translation>尚有未关闭的任务委托书：{cards}，不能删除个人信息。请先交车或取消。</translation>
    </message>
    <message>
        <source>The personal data cannot be erased while {amount} is owed on account. Collect it first.</source>
        <translation>挂账尚欠 {amount}，不能删除个人信息。请先收回欠款。</translation>
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
    <name>Timeline</name>
    <message>
        <source>Customer created</source>
        <translation>建立客户档案</translation>
    </message>
    <message>
        <source>Customer details changed</source>
        <translation>修改客户资料</translation>
    </message>
    <message>
        <source>Customer imported from {file}</source>
        <translation>从 {file} 导入客户</translation>
    </message>
    <message>
        <source>Vehicle {plate} {vin} added</source>
        <translation>添加车辆 {plate} {vin}</translation>
    </message>
    <message>
        <source>Vehicle {vin} details changed</source>
        <translation>修改车辆 {vin} 的资料</translation>
    </message>
    <message>
        <source>Plate of {vin} changed from {old} to {new}</source>
        <translation>车辆 {vin} 车牌由 {old} 变更为 {new}</translation>
    </message>
    <message>
        <source>Became owner of {plate} {vin} (from {other})</source>
        <translation>成为 {plate} {vin} 的车主（原车主 {other}）</translation>
    </message>
    <message>
        <source>Vehicle {plate} {vin} passed to {other}</source>
        <translation>车辆 {plate} {vin} 过户给 {other}</translation>
    </message>
    <message>
        <source>Odometer of {vin} recorded lower: {km} km ({reason})</source>
        <translation>车辆 {vin} 里程读数回落：{km} 公里（{reason}）</translation>
    </message>
    <message>
        <source>Marketing consent {state} ({channel})</source>
        <translation>营销同意：{state}（{channel}）</translation>
    </message>
    <message>
        <source>Merged with {other} (#{other_id})</source>
        <translation>与 {other}（#{other_id}）合并</translation>
    </message>
    <message>
        <source>Vehicle {other_vin} merged into {vin}</source>
        <translation>车辆 {other_vin} 合并到 {vin}</translation>
    </message>
    <message>
        <source>Personal data erased on the customer&apos;s request</source>
        <translation>已应客户要求删除个人信息</translation>
    </message>
    <message>
        <source>given</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>follow-up call</source>
        <translation>回访电话</translation>
    </message>
</context>
<context>
    <name>VehicleDetailsDialog</name>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
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
        <source>Model year</source>
        <translation>年款</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Engine number</source>
        <translation>发动机号</translation>
    </message>
    <message>
        <source>Invoice date (2024-03-31)</source>
        <translation>购车发票日期（2024-03-31）</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>交车日期</translation>
    </message>
    <message>
        <source>Warranty (包修期)</source>
        <translation>包修期</translation>
    </message>
    <message>
        <source>三包 period</source>
        <translation>三包有效期</translation>
    </message>
    <message>
        <source>Insurance company</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>Insurance expiry</source>
        <translation>保险到期日</translation>
    </message>
    <message>
        <source>Annual inspection due</source>
        <translation>年检到期日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation>保存详情(&amp;S)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>New plate, e.g. 京AD12345 (empty: no plate)</source>
        <translation>新号牌，如 京AD12345（空：无号牌）</translation>
    </message>
    <message>
        <source>Change &amp;plate</source>
        <translation>变更号牌(&amp;P)</translation>
    </message>
    <message>
        <source>Current plate</source>
        <translation>当前号牌</translation>
    </message>
    <message>
        <source>New plate</source>
        <translation>新号牌</translation>
    </message>
    <message>
        <source>Plate history</source>
        <translation>号牌历史</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>号牌</translation>
    </message>
    <message>
        <source>Change &amp;owner…</source>
        <translation>变更车主(&amp;O)…</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>历任车主</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>车主</translation>
    </message>
    <message>
        <source>km</source>
        <translation>公里</translation>
    </message>
    <message>
        <source>Why is it lower? (cluster replaced, typing error on the last job…)</source>
        <translation>为什么更低？（更换仪表、上次录入错误…）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Record reading</source>
        <translation>记录读数(&amp;R)</translation>
    </message>
    <message>
        <source>Odometer (km)</source>
        <translation>里程表（公里）</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>里程记录</translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation>里程</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>(no plate)</source>
        <translation>（无号牌）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>车主：{name}</translation>
    </message>
    <message>
        <source>km (last: {km})</source>
        <translation>公里（上次：{km}）</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <source>Add vehicle</source>
        <translation>添加车辆</translation>
    </message>
    <message>
        <source>&amp;VIN</source>
        <translation>车架号(&amp;V)</translation>
    </message>
    <message>
        <source>Reason to accept a failing VIN check</source>
        <translation>车架号校验不通过仍接受的原因</translation>
    </message>
    <message>
        <source>&amp;Plate</source>
        <translation>车牌(&amp;P)</translation>
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
        <source>Model year</source>
        <translation>年款</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Engine number</source>
        <translation>发动机号</translation>
    </message>
    <message>
        <source>Invoice date (2024-03-31)</source>
        <translation>购车发票日期（如 2024-03-31）</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>交车日期</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>Insurance expiry</source>
        <translation>保险到期日</translation>
    </message>
    <message>
        <source>Annual inspection due</source>
        <translation>年检到期日</translation>
    </message>
    <message>
        <source>Odometer (km)</source>
        <translation>里程（公里）</translation>
    </message>
    <message>
        <source>Plate on file</source>
        <translation>车牌已存在</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>仍然保存吗？</translation>
    </message>
</context>
<context>
    <name>VehicleEdit</name>
    <message>
        <source>— (enter the invoice or delivery date)</source>
        <translation>—（请填写发票日期或交车日期）</translation>
    </message>
    <message>
        <source>{start} to {until} or {km} km, whichever first</source>
        <translation>{start} 至 {until} 或 {km} 公里，以先到者为准</translation>
    </message>
</context>
<context>
    <name>VehicleHistory</name>
    <message>
        <source>entered</source>
        <translation>录入</translation>
    </message>
    <message>
        <source>job card</source>
        <translation>委托书</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>号牌</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>止</translation>
    </message>
    <message>
        <source>current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>车主</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>km</source>
        <translation>公里</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Lower than before: {reason}</source>
        <translation>低于上次读数：{reason}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Unknown field or column in --map {item}.</source>
        <translation>--map {item} 中的字段或列不存在。</translation>
    </message>
    <message>
        <source>{rows} rows are good: {new} new customers, {old} on file, {vehicles} vehicles.</source>
        <translation>{rows} 行无误：新客户 {new} 位，已有客户 {old} 位，车辆 {vehicles} 辆。</translation>
    </message>
    <message>
        <source>Row {row}, column {column}: {reason}</source>
        <translation>第 {row} 行，{column} 列：{reason}</translation>
    </message>
    <message>
        <source>Imported {customers} customers and {vehicles} vehicles ({matched} customers were on file already).</source>
        <translation>已导入 {customers} 位客户、{vehicles} 辆车（其中 {matched} 位客户已在档案中）。</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>已写入 {path}。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>import customers and vehicles from an Excel workbook</source>
        <translation>从 Excel 工作簿导入客户和车辆</translation>
    </message>
    <message>
        <source>.xlsx file; the first sheet, with a header row</source>
        <translation>.xlsx 文件；读取第一个工作表，须有标题行</translation>
    </message>
    <message>
        <source>take FIELD (name, mobile, vin, plate, ...) from the column titled HEADER; unmapped fields are guessed from the headers</source>
        <translation>从标题为 HEADER 的列读取字段 FIELD（name、mobile、vin、plate 等）；未指定的字段按标题自动识别</translation>
    </message>
    <message>
        <source>only check the workbook and list its problems</source>
        <translation>只检查工作簿并列出问题</translation>
    </message>
    <message>
        <source>export the customer file (personal data; logged)</source>
        <translation>导出客户档案（个人信息；记入审计日志）</translation>
    </message>
    <message>
        <source>.xlsx file to write</source>
        <translation>要写入的 .xlsx 文件</translation>
    </message>
    <message>
        <source>why the data leaves the system (kept in the audit log)</source>
        <translation>导出数据的用途（记入审计日志）</translation>
    </message>
</context>
</TS>
