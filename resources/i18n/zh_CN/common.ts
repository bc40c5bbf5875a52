<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>ServiceBay</source>
        <translation>ServiceBay 维修站管理</translation>
    </message>
    <message>
        <source>Details are in {path}</source>
        <translation>详细信息见 {path}</translation>
    </message>
    <message>
        <source>ServiceBay is already open on this PC with this database (process {pid}). Switch to that window; nothing was changed.</source>
        <translation>本机已有一个 ServiceBay 正在使用这个数据库（进程 {pid}）。请切换到那个窗口；没有做任何更改。</translation>
    </message>
</context>
<context>
    <name>Area</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>What to act on today: cars past their promised time, tools overdue, parts short.</source>
        <translation>今日待办：超过承诺时间的车辆、逾期未还的工具、低于最低库存的配件。</translation>
    </message>
    <message>
        <source>Job cards</source>
        <translation>任务委托书</translation>
    </message>
    <message>
        <source>Reception, job cards, estimates, quality check and printing.</source>
        <translation>接车、任务委托书、估价、质检与打印。</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Appointment sheet, reminders and the welcome board.</source>
        <translation>预约单、提醒与欢迎看板。</translation>
    </message>
    <message>
        <source>Workshop board</source>
        <translation>车间看板</translation>
    </message>
    <message>
        <source>Dispatching jobs to technicians and bays, clocking on and off.</source>
        <translation>把工作派给技师和工位，开工与完工打卡。</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Parts master, stock, purchasing and the store&apos;s reports.</source>
        <translation>配件档案、库存、采购与仓库报表。</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>入库与发料</translation>
    </message>
    <message>
        <source>Receiving deliveries by scanning, and issuing parts to jobs.</source>
        <translation>扫码验收入库，向维修工单发料。</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Blind counts by scanning, recounts and posting of variances.</source>
        <translation>扫码盲盘、复盘与差异过账。</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Tool and equipment ledger, loans, calibration.</source>
        <translation>工具设备台帐、借用与检定。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>Customer and vehicle file, search, import and export.</source>
        <translation>客户与车辆档案、查询、导入与导出。</translation>
    </message>
    <message>
        <source>Customer relations</source>
        <translation>客户关系</translation>
    </message>
    <message>
        <source>Follow-up calls, complaints, reminders and the car club.</source>
        <translation>回访、投诉、提醒与车友俱乐部。</translation>
    </message>
    <message>
        <source>Warranty claims</source>
        <translation>索赔</translation>
    </message>
    <message>
        <source>Warranty claims to the manufacturer and their settlement.</source>
        <translation>向厂家的索赔申请与结算。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>The station&apos;s KPIs and the monthly manager workbook.</source>
        <translation>维修站关键指标与站长月报。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Station details, rates, users and this PC&apos;s settings.</source>
        <translation>维修站信息、费率、用户与本机设置。</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Today at the station — {name}</source>
        <translation>今日概况 — {name}</translation>
    </message>
    <message>
        <source>Cars in the workshop</source>
        <translation>在修车辆</translation>
    </message>
    <message>
        <source>Past the promised time</source>
        <translation>超过承诺交车时间</translation>
    </message>
    <message>
        <source>Tools overdue</source>
        <translation>逾期未还工具</translation>
    </message>
    <message>
        <source>Parts below minimum stock</source>
        <translation>低于最低库存的配件</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database path is a folder, not a file.</source>
        <translation>数据库路径是一个文件夹，不是文件。</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a ServiceBay database. It has not been changed.</source>
        <translation>数据库文件已损坏，或不是 ServiceBay 的数据库。文件未被改动。</translation>
    </message>
    <message>
        <source>The database file or its folder is read-only. Nothing can be saved; ask the administrator to make it writable.</source>
        <translation>数据库文件或其所在文件夹是只读的，无法保存任何数据；请管理员将其设为可写。</translation>
    </message>
    <message>
        <source>The database file cannot be opened.</source>
        <translation>无法打开数据库文件。</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the address, that the server is running, and the network; then start again.</source>
        <translation>无法连接数据库服务器。请检查地址、服务器是否运行以及网络，然后重新启动。</translation>
    </message>
    <message>
        <source>This database was made by a newer version of ServiceBay. Install that version to open it.</source>
        <translation>此数据库由更新版本的 ServiceBay 创建。请安装该版本后再打开。</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>The password is wrong.</source>
        <translation>密码错误。</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <source>Locked after a period without use</source>
        <translation>长时间未操作，已锁定</translation>
    </message>
    <message>
        <source>Signed in: {name}. Enter your password to continue.</source>
        <translation>当前登录：{name}。请输入密码继续。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ServiceBay — {station}</source>
        <translation>ServiceBay — {station}</translation>
    </message>
    <message>
        <source>Not built yet</source>
        <translation>尚未开放</translation>
    </message>
    <message>
        <source>User: {user}</source>
        <translation>用户：{user}</translation>
    </message>
    <message>
        <source>Station: {station}</source>
        <translation>维修站：{station}</translation>
    </message>
    <message>
        <source>Database: {db}</source>
        <translation>数据库：{db}</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>立即锁定</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About ServiceBay</source>
        <translation>关于 ServiceBay</translation>
    </message>
    <message>
        <source>This page could not be opened: {error}. The details are in the log file.</source>
        <translation>无法打开此页面：{error}。详细信息已记入日志文件。</translation>
    </message>
    <message>
        <source>ServiceBay {version}
The after-sales service station, on the station&apos;s own PCs.</source>
        <translation>ServiceBay {version}
在维修站自己的电脑上运行的售后服务管理系统。</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This area is not built yet. It will appear here in a later version of ServiceBay; until then, keep using your current records for it.</source>
        <translation>此功能尚未开放，将在 ServiceBay 的后续版本中提供；在此之前，请继续使用现有记录方式。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Database upgraded; the previous file was saved as {path}</source>
        <translation>数据库已升级；升级前的文件已保存为 {path}</translation>
    </message>
    <message>
        <source>Cannot read the password file: {err}</source>
        <translation>无法读取密码文件：{err}</translation>
    </message>
    <message>
        <source>The station is set up already.</source>
        <translation>维修站已经建立。</translation>
    </message>
    <message>
        <source>Station {name} created; sign in as {user}.</source>
        <translation>已建立维修站 {name}；请以 {user} 登录。</translation>
    </message>
    <message>
        <source>Demo data ready. Sign in as your administrator; demo staff use the password {password}.</source>
        <translation>演示数据已生成。请以您的管理员账号登录；演示员工的密码为 {password}。</translation>
    </message>
    <message>
        <source>Demo data ready. Sign in as {user} with password {password}.</source>
        <translation>演示数据已生成。请以 {user} 登录，密码 {password}。</translation>
    </message>
    <message>
        <source>The database is at the newest version.</source>
        <translation>数据库已是最新版本。</translation>
    </message>
    <message>
        <source>{n} problems found.</source>
        <translation>发现 {n} 个问题。</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>全部检查通过。</translation>
    </message>
</context>
</TS>
