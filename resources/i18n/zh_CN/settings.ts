<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditTab</name>
    <message>
        <source>Pick an area, or type the start of an action, e.g. stock.adjust</source>
        <translation>选择一个范围，或输入操作的开头，例如 stock.adjust</translation>
    </message>
    <message>
        <source>record type, e.g. Part</source>
        <translation>记录类型，例如 配件</translation>
    </message>
    <message>
        <source>id or number</source>
        <translation>编号或单号</translation>
    </message>
    <message>
        <source>From</source>
        <translation>日期从</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>The selected entry&apos;s details</source>
        <translation>所选记录的详细内容</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>{n} entries shown</source>
        <translation>已显示 {n} 条</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>AuditViewModel</name>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>维修站</translation>
    </message>
    <message>
        <source>Labour rates</source>
        <translation>工时单价</translation>
    </message>
    <message>
        <source>VAT rates</source>
        <translation>增值税率</translation>
    </message>
    <message>
        <source>Guarantee periods</source>
        <translation>质量保证期</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>单据编号</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Prices on job cards</source>
        <translation>委托书价格</translation>
    </message>
    <message>
        <source>Job cards</source>
        <translation>委托书</translation>
    </message>
    <message>
        <source>Part prices</source>
        <translation>配件价格</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>采购</translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Supplier returns</source>
        <translation>退供应商</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer import and export</source>
        <translation>客户导入导出</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Labour operations</source>
        <translation>工时项目</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>Customer relations</source>
        <translation>客户关系</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Save diagnostic report…</source>
        <translation>保存诊断报告…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Last good backup</source>
        <translation>最近一次完好的备份</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>ServiceBay backs up once a day by itself and keeps 7 daily, 4 weekly and 12 monthly backups. Choose a folder on another disk or a network share, so that one broken disk cannot take both.</source>
        <translation>ServiceBay 每天自动备份一次，保留 7 个每日、4 个每周和 12 个每月备份。请选择另一块磁盘或网络共享上的文件夹，以免一块磁盘损坏时数据和备份同时丢失。</translation>
    </message>
    <message>
        <source>Save diagnostic report</source>
        <translation>保存诊断报告</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip 文件 (*.zip)</translation>
    </message>
</context>
<context>
    <name>BackupViewModel</name>
    <message>
        <source>No backup yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <source>{time} — {file} ({size} MB)</source>
        <translation>{time} — {file}（{size} MB）</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backup written and checked: {file}</source>
        <translation>备份已写入并通过检查：{file}</translation>
    </message>
    <message>
        <source>The folder cannot be used: {error}</source>
        <translation>无法使用该文件夹：{error}</translation>
    </message>
    <message>
        <source>Backups go to {folder} from now on.</source>
        <translation>今后备份将保存到 {folder}。</translation>
    </message>
    <message>
        <source>Diagnostic report saved: {file}</source>
        <translation>诊断报告已保存：{file}</translation>
    </message>
    <message>
        <source>{time} — {size}</source>
        <translation>{time} — {size}</translation>
    </message>
    <message>
        <source>Restore {file}, the backup of {time} ({size})?

It replaces the database in use, {database}, for every PC that uses it: whatever was saved after {time} will not be in it. The current database is not deleted: it is kept aside as {aside}.

Everybody is signed out while it runs; ServiceBay then starts again at the sign-in, on the restored data.</source>
        <translation>要恢复 {file}（{time} 的备份，{size}）吗？

它将替换正在使用的数据库 {database}，所有使用它的电脑都受影响：{time} 之后保存的内容将不在其中。当前数据库不会被删除，而是另存为 {aside}。

恢复期间所有人都会被登出；完成后 ServiceBay 回到登录界面，使用恢复后的数据。</translation>
    </message>
    <message>
        <source>The backup is of an older version; ServiceBay upgrades it after restoring.</source>
        <translation>该备份来自较旧的版本；恢复后 ServiceBay 会将其升级。</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
</context>
<context>
    <name>RateTableModel</name>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>Rates</name>
    <message>
        <source>{prefix}, {period}, {digits}-digit serial</source>
        <translation>{prefix}，{period}，{digits}位流水号</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>增值税率</translation>
    </message>
    <message>
        <source>general taxpayer</source>
        <translation>一般纳税人</translation>
    </message>
    <message>
        <source>small-scale taxpayer</source>
        <translation>小规模纳税人</translation>
    </message>
    <message>
        <source>Labour rate per hour</source>
        <translation>工时单价（元／小时）</translation>
    </message>
    <message>
        <source>Quality guarantee (km / days)</source>
        <translation>质量保证期（公里／天）</translation>
    </message>
    <message>
        <source>Numbering rule</source>
        <translation>编号规则</translation>
    </message>
    <message>
        <source>{km} km or {days} days</source>
        <translation>{km} 公里或 {days} 天</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>其他文件…</translation>
    </message>
    <message>
        <source>Choose a backup. It is checked before anything is changed.</source>
        <translation>请选择一个备份。在做任何改动之前会先检查它。</translation>
    </message>
    <message>
        <source>Replace the database with this backup</source>
        <translation>用此备份替换数据库</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Backups in the backup folder, newest first</source>
        <translation>备份文件夹中的备份（最新的在前）</translation>
    </message>
    <message>
        <source>There is no backup in the backup folder; choose a file.</source>
        <translation>备份文件夹中没有备份；请选择一个文件。</translation>
    </message>
    <message>
        <source>ServiceBay backups (*.sqlite3 *.dump);;All files (*)</source>
        <translation>ServiceBay 备份 (*.sqlite3 *.dump);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>正在检查 {file}…</translation>
    </message>
</context>
<context>
    <name>RuleForms</name>
    <message>
        <source> km</source>
        <translation> 公里</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Set guarantee period</source>
        <translation>设置质量保证期</translation>
    </message>
    <message>
        <source>Quality guarantee</source>
        <translation>质量保证期</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <source> digits</source>
        <translation> 位</translation>
    </message>
    <message>
        <source>Set numbering</source>
        <translation>设置编号规则</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>单据编号</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Station name</source>
        <translation>维修站名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Repair licence number</source>
        <translation>维修经营备案号</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>空闲后锁定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>维修站</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Paper: {document}</source>
        <translation>纸张：{document}</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>yuan per hour</source>
        <translation>元／小时</translation>
    </message>
    <message>
        <source>Set labour rate</source>
        <translation>设定工时单价</translation>
    </message>
    <message>
        <source>Labour rate</source>
        <translation>工时单价</translation>
    </message>
    <message>
        <source>from</source>
        <translation>自</translation>
    </message>
    <message>
        <source>general taxpayer</source>
        <translation>一般纳税人</translation>
    </message>
    <message>
        <source>small-scale taxpayer</source>
        <translation>小规模纳税人</translation>
    </message>
    <message>
        <source>Set VAT rate (%)</source>
        <translation>设定增值税率（%）</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>增值税</translation>
    </message>
    <message>
        <source>Rates and numbering</source>
        <translation>费率与编号</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>新建用户…</translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation>角色…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重设密码…</translation>
    </message>
    <message>
        <source>New password at next sign-in</source>
        <translation>下次登录时更改密码</translation>
    </message>
    <message>
        <source>Discount limit…</source>
        <translation>折扣上限…</translation>
    </message>
    <message>
        <source>Enable / disable</source>
        <translation>启用／停用</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <source>New password for {name}:</source>
        <translation>{name} 的新密码：</translation>
    </message>
    <message>
        <source>Discount limit</source>
        <translation>折扣上限</translation>
    </message>
    <message>
        <source>Largest discount {name} may give without a supervisor, in percent
(empty: the limit of their roles):</source>
        <translation>{name} 无需主管批准可给的最大折扣（百分比）
（留空：按其角色的上限）：</translation>
    </message>
</context>
<context>
    <name>SettingsViewModel</name>
    <message>
        <source>Job card</source>
        <extracomment>the documents whose paper is chosen per PC, and the papers (reports.common.paper&apos;s keys)</extracomment>
        <translation>任务委托书</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估价单</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约单</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>采购订单</translation>
    </message>
    <message>
        <source>Goods received note</source>
        <translation>入库单</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>盘点单</translation>
    </message>
    <message>
        <source>Tool loan</source>
        <translation>工具借用单</translation>
    </message>
    <message>
        <source>Warranty claim</source>
        <translation>索赔单</translation>
    </message>
    <message>
        <source>Completion certificate</source>
        <translation>竣工出厂合格证</translation>
    </message>
    <message>
        <source>Counter sale</source>
        <translation>柜台销售单</translation>
    </message>
    <message>
        <source>Fleet account statement</source>
        <translation>挂账对账单</translation>
    </message>
    <message>
        <source>Customer case</source>
        <translation>客户案件</translation>
    </message>
    <message>
        <source>never restarts</source>
        <translation>连续编号</translation>
    </message>
    <message>
        <source>restarts each year</source>
        <translation>每年重新编号</translation>
    </message>
    <message>
        <source>restarts each month</source>
        <translation>每月重新编号</translation>
    </message>
    <message>
        <source>Pre-inspection sheet</source>
        <translation>接车预检单</translation>
    </message>
    <message>
        <source>Settlement statement</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>Counter sale statement</source>
        <translation>配件销售结算单</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A5 landscape</source>
        <translation>A5 横向</translation>
    </message>
    <message>
        <source>241 mm continuous paper (dot-matrix, 9.5 × 11 in)</source>
        <translation>241 mm 连续纸（针式打印机，9.5 × 11 英寸）</translation>
    </message>
    <message>
        <source>Guarantee period saved.</source>
        <translation>质量保证期已保存。</translation>
    </message>
    <message>
        <source>Numbering rule saved.</source>
        <translation>编号规则已保存。</translation>
    </message>
    <message>
        <source>Enter the rate as a percentage, e.g. 13.</source>
        <translation>请以百分数输入税率，例如 13。</translation>
    </message>
    <message>
        <source>Rate saved.</source>
        <translation>费率已保存。</translation>
    </message>
    <message>
        <source>The station&apos;s details were saved.</source>
        <translation>维修站信息已保存。</translation>
    </message>
    <message>
        <source>The language changes the next time ServiceBay starts.</source>
        <translation>语言将在下次启动 ServiceBay 时生效。</translation>
    </message>
    <message>
        <source>{document} now prints on {paper} at this PC.</source>
        <translation>本机的{document}今后用{paper}打印。</translation>
    </message>
    <message>
        <source>User created.</source>
        <translation>用户已建立。</translation>
    </message>
    <message>
        <source>Roles saved.</source>
        <translation>角色已保存。</translation>
    </message>
    <message>
        <source>Discount limit saved.</source>
        <translation>折扣上限已保存。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Password reset; the user changes it at the next sign-in.</source>
        <translation>密码已重设；该用户下次登录时须修改密码。</translation>
    </message>
    <message>
        <source>The user chooses a new password at the next sign-in.</source>
        <translation>该用户将在下次登录时设置新密码。</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>Roles of {name}</source>
        <translation>{name} 的角色</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>工牌号</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>工牌</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Discount limit</source>
        <translation>折扣上限</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>{limit}% (roles)</source>
        <translation>{limit}%（按角色）</translation>
    </message>
</context>
</TS>
