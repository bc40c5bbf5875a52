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
    <message>
        <source>Restoring {file}… The other PCs are signed out meanwhile.</source>
        <translation>正在恢复 {file}…其间其他电脑会被登出。</translation>
    </message>
    <message>
        <source>Restored {file}. The database that was in use is kept as {aside}.</source>
        <translation>已恢复 {file}。原来使用的数据库另存为 {aside}。</translation>
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
        <source>Cashier</source>
        <translation>收银结算</translation>
    </message>
    <message>
        <source>Settlement statements, payments, handing cars back, the day close.</source>
        <translation>结算单、收款、交车与收银日结。</translation>
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
        <source>Health records</source>
        <translation>电子健康档案</translation>
    </message>
    <message>
        <source>The electronic health record of every settled job: held back, exported, uploaded.</source>
        <translation>每次结算维修的电子健康档案：暂缓、已导出、已上传。</translation>
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
    <name>Database</name>
    <message>
        <source>The database path is a folder, not a file.</source>
        <extracomment>set when the file was found damaged (app/backup/daily.py): every write is refused with it</extracomment>
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
    <message>
        <source>The upgrade would leave rows pointing at nothing; nothing was changed. The file is as it was.</source>
        <translation>升级会使部分记录指向不存在的数据，因此未做任何更改，数据文件保持原样。</translation>
    </message>
    <message>
        <source>The copy of the database made before the upgrade failed, so the upgrade was not started; the database is as it was.</source>
        <translation>升级前的数据库备份未能完成，因此没有开始升级；数据库保持原样。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: {error}. The details are in the log file.</source>
        <translation>出现错误：{error}。详细信息已记入日志文件。</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Needs the right “{permission}”, which your roles ({roles}) do not give.</source>
        <translation>需要“{permission}”权限，您的角色（{roles}）不具备此权限。</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview — {file}</source>
        <translation>打印预览 — {file}</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>This PC cannot show the pages here. The PDF was saved as {path}; open it to view or print it.</source>
        <translation>本机无法在此显示页面。PDF 已保存为 {path}，请打开查看或打印。</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Printer settings…</source>
        <translation>打印机设置…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
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
        <source>{percent}% (fits the width)</source>
        <translation>{percent}%（适合宽度）</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print {file}</source>
        <translation>打印 {file}</translation>
    </message>
</context>
<context>
    <name>PrintPurpose</name>
    <message>
        <source>Handed to the customer / the person themselves</source>
        <translation>交付客户/本人</translation>
    </message>
    <message>
        <source>Workshop copy for the job</source>
        <translation>车间作业用</translation>
    </message>
    <message>
        <source>Insurance claim</source>
        <translation>保险理赔</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s warranty claim or audit</source>
        <translation>厂家索赔或审核</translation>
    </message>
    <message>
        <source>Kept with the station&apos;s records</source>
        <translation>本站存档</translation>
    </message>
</context>
<context>
    <name>PurposeDialog</name>
    <message>
        <source>Print {document}</source>
        <translation>打印{document}</translation>
    </message>
    <message>
        <source>The document holds the customer&apos;s personal data. Say what it is printed for: the purpose is recorded with your name in the audit log, and this PC remembers it for the next print.</source>
        <translation>该单据含有客户的个人信息。请说明打印用途：用途将与您的姓名一起记入审计日志，本机会记住它供下次打印使用。</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>用途(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>Say what the document is printed for: it is recorded with the print.</source>
        <translation>请说明单据的打印用途：它将随打印记录下来。</translation>
    </message>
    <message>
        <source>Print for another purpose…</source>
        <translation>按其他用途打印…</translation>
    </message>
    <message>
        <source>Printed for: {purpose} (right-click to print for another purpose)</source>
        <translation>打印用途：{purpose}（右键可按其他用途打印）</translation>
    </message>
</context>
<context>
    <name>Scanning</name>
    <message>
        <source>{fault} The scan is kept and tried again in {seconds} s; {n} scan(s) waiting.</source>
        <translation>{fault} 扫描已保留，{seconds} 秒后重试；{n} 次扫描在等待。</translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <source>This job card was settled meanwhile (on another PC): what it recorded can no longer change. Nothing was saved; reopen the card to see it as settled.</source>
        <extracomment>the words of ``SettledRecord`` (the services&apos; and the database&apos;s refusal say the same)</extracomment>
        <translation>该任务委托书刚在其他电脑上结算，已记录的内容不能再修改。本次修改未保存；请重新打开委托书查看结算后的内容。</translation>
    </message>
    <message>
        <source>This statement is kept in the repair file as it was issued: its amounts can no longer change and a void is for good (reissue instead). Nothing was saved; reopen it to see it as stored.</source>
        <translation>该结算清单已按开具时的内容存入维修档案：金额不能再修改，作废后也不能恢复（请重新开具）。本次修改未保存；请重新打开查看已保存的内容。</translation>
    </message>
    <message>
        <source>{who} changed this record at {when} while you were editing it. Your changes were not saved; reopen it to see theirs.</source>
        <translation>您编辑期间，{who} 于 {when} 修改了这条记录。您的修改未保存；请重新打开查看对方的修改。</translation>
    </message>
    <message>
        <source>A VIN has 17 characters; {vin} has {n}.</source>
        <translation>VIN 应为 17 位；{vin} 有 {n} 位。</translation>
    </message>
    <message>
        <source>A VIN uses digits and letters except I, O and Q; {vin} has {chars}.</source>
        <translation>VIN 只能使用数字和除 I、O、Q 以外的字母；{vin} 含有 {chars}。</translation>
    </message>
    <message>
        <source>The check character (9th) of VIN {vin} should be {expected}. Check the VIN; for an imported car that really has this VIN, give a reason to accept it.</source>
        <translation>VIN {vin} 的校验位（第 9 位）应为 {expected}。请核对 VIN；如为确实使用此 VIN 的进口车，请填写原因后接受。</translation>
    </message>
    <message>
        <source>{plate} is an embassy plate (使): check it against the vehicle licence.</source>
        <translation>{plate} 是使馆号牌（使）：请与行驶证核对。</translation>
    </message>
    <message>
        <source>{plate} is a consulate plate (领): check it against the vehicle licence.</source>
        <translation>{plate} 是领馆号牌（领）：请与行驶证核对。</translation>
    </message>
    <message>
        <source>{plate} is a temporary plate (临时): check it and its expiry date against the temporary licence.</source>
        <translation>{plate} 是临时号牌（临时）：请与临时行驶证核对号牌及有效期。</translation>
    </message>
    <message>
        <source>{plate} is an emergency-rescue plate (应急): check it against the vehicle licence.</source>
        <translation>{plate} 是应急救援号牌（应急）：请与行驶证核对。</translation>
    </message>
    <message>
        <source>Enter the plate number.</source>
        <translation>请输入车牌号。</translation>
    </message>
    <message>
        <source>A plate starts with a province character such as 京 or 粤; {plate} does not.</source>
        <translation>车牌应以省份简称开头（如京、粤）；{plate} 不是。</translation>
    </message>
    <message>
        <source>Plates use no letters I or O after the office letter: {plate}.</source>
        <translation>车牌在发牌机关代号之后不使用字母 I 和 O：{plate}。</translation>
    </message>
    <message>
        <source>{plate} is not a new-energy plate: a small car&apos;s has D or F, one more digit or letter and 4 digits (京AD12345, 沪AFK3921); a large vehicle&apos;s has 5 digits, then D or F (粤B12345D).</source>
        <translation>{plate} 不是新能源号牌：小型车为 D 或 F、再一位数字或字母、再 4 位数字（京AD12345、沪AFK3921）；大型车为 5 位数字、再 D 或 F（粤B12345D）。</translation>
    </message>
    <message>
        <source>{plate} is not a valid plate number.</source>
        <translation>{plate} 不是有效的车牌号。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits and starts with 1: {phone}.</source>
        <translation>手机号应为以 1 开头的 11 位数字：{phone}。</translation>
    </message>
    <message>
        <source>{code} is not a valid unified social credit code (18 characters with a check character).</source>
        <translation>{code} 不是有效的统一社会信用代码（18 位，含校验码）。</translation>
    </message>
    <message>
        <source>{value} is not an amount of money.</source>
        <translation>{value} 不是金额。</translation>
    </message>
    <message>
        <source>{value} is not a quantity.</source>
        <translation>{value} 不是数量。</translation>
    </message>
    <message>
        <source>{value} is not a rate.</source>
        <translation>{value} 不是比率。</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>{value} is more than any amount ServiceBay takes (at most {maximum}).</source>
        <translation>{value} 超出了系统可接受的金额（最多 {maximum}）。</translation>
    </message>
    <message>
        <source>An amount has at most two decimal places ({value}).</source>
        <translation>金额最多两位小数（{value}）。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>请输入大于零的金额。</translation>
    </message>
    <message>
        <source>Enter a quantity.</source>
        <translation>请输入数量。</translation>
    </message>
    <message>
        <source>{value} is more than any quantity ServiceBay takes (at most {maximum}).</source>
        <translation>{value} 超出了系统可接受的数量（最多 {maximum}）。</translation>
    </message>
    <message>
        <source>A quantity has at most three decimals.</source>
        <translation>数量最多三位小数。</translation>
    </message>
    <message>
        <source>{value} is not a whole number: this part is counted in pieces.</source>
        <translation>{value} 不是整数：该配件按件计数。</translation>
    </message>
    <message>
        <source>Enter a quantity above zero (not {value}).</source>
        <translation>请输入大于零的数量（不是 {value}）。</translation>
    </message>
    <message>
        <source>Enter a rate.</source>
        <translation>请输入比率。</translation>
    </message>
    <message>
        <source>{value} is not a rate between 0 and {maximum}.</source>
        <translation>{value} 不是 0 到 {maximum} 之间的比率。</translation>
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
        <source>The database is busy on another PC. Nothing was saved; try again in a moment.</source>
        <translation>数据库正被另一台电脑占用，未保存任何内容；请稍后再试。</translation>
    </message>
    <message>
        <source>The database is busy on another PC. Try again in a moment.</source>
        <translation>数据库正被另一台电脑占用；请稍后再试。</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Nothing was saved; check the network and try again.</source>
        <translation>与数据库的连接已断开，未保存任何内容；请检查网络后重试。</translation>
    </message>
    <message>
        <source>The connection to the database was lost while saving. Check the network, then reopen the record to see whether it was saved.</source>
        <translation>保存时与数据库的连接断开。请检查网络，然后重新打开该记录，查看是否已保存。</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Check the network and try again.</source>
        <translation>与数据库的连接已断开；请检查网络后重试。</translation>
    </message>
    <message>
        <source>The database file cannot be read or written (its disk or network share). Nothing was saved; check it and try again.</source>
        <translation>无法读写数据库文件（所在磁盘或网络共享），未保存任何内容；请检查后重试。</translation>
    </message>
    <message>
        <source>The disk that holds the database is full. Nothing was saved; free some space (or ask the administrator) and try again.</source>
        <translation>存放数据库的磁盘已满，未保存任何内容；请腾出空间（或联系管理员）后重试。</translation>
    </message>
    <message>
        <source>The database is read-only. Nothing can be saved; ask the administrator to make it writable.</source>
        <translation>数据库为只读，无法保存任何内容；请联系管理员将其改为可写。</translation>
    </message>
    <message>
        <source>The database file is damaged. Nothing was saved; ask the administrator to restore the last backup.</source>
        <translation>数据库文件已损坏，未保存任何内容；请联系管理员恢复最近的备份。</translation>
    </message>
    <message>
        <source>This record already exists: another PC or an earlier entry saved the same one. Nothing was saved; refresh and check.</source>
        <translation>该记录已存在：另一台电脑或之前的录入已保存了相同的记录。未保存任何内容；请刷新后核对。</translation>
    </message>
    <message>
        <source>A record this one refers to was removed, or this record is still used elsewhere. Nothing was saved; refresh and check.</source>
        <translation>此记录引用的记录已被删除，或此记录仍在别处使用。未保存任何内容；请刷新后核对。</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing it. Nothing was saved; reopen it and try again.</source>
        <translation>您编辑期间，其他人修改了此记录。未保存任何内容；请重新打开后再试。</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>the translation context of ``text``</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>“{value}” holds a character that cannot be saved or searched for (an invisible or broken character, often from a paste). Nothing was saved; retype it and try again.</source>
        <translation>“{value}”含有无法保存或搜索的字符（不可见或损坏的字符，常见于粘贴的内容）。未保存任何内容；请重新输入后再试。</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({detail}). Nothing was changed.</source>
        <translation>无法读取文件 {path}（{detail}）。没有做任何更改。</translation>
    </message>
    <message>
        <source>The file {path} is damaged ({detail}); it was not restored and nothing was changed. Choose an older backup.</source>
        <translation>文件 {path} 已损坏（{detail}），未恢复，也没有做任何更改。请选择更早的备份。</translation>
    </message>
    <message>
        <source>The file {path} is not a ServiceBay backup ({detail}); nothing was changed.</source>
        <translation>文件 {path} 不是 ServiceBay 的备份（{detail}）；没有做任何更改。</translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer version of ServiceBay (schema {revision}); install that version to restore it. Nothing was changed.</source>
        <translation>备份 {path} 由更新版本的 ServiceBay 生成（数据结构 {revision}）；请安装该版本后再恢复。没有做任何更改。</translation>
    </message>
    <message>
        <source>The backup {path} holds the schema {found}, not {wanted}; nothing was changed.</source>
        <translation>备份 {path} 中是模式 {found}，而不是 {wanted}；没有做任何更改。</translation>
    </message>
    <message>
        <source>The file {path} is a backup of another kind of database than {engine}; nothing was changed.</source>
        <translation>文件 {path} 是另一种数据库的备份，不是 {engine} 的；没有做任何更改。</translation>
    </message>
    <message>
        <source>The backup could not be copied into place ({detail}); the database was not changed.</source>
        <translation>无法把备份复制到位（{detail}）；数据库没有更改。</translation>
    </message>
    <message>
        <source>The database file is damaged ({detail}). No backup was made and the older backups were kept. {restore}</source>
        <translation>数据库文件已损坏（{detail}）。没有生成备份，原有备份均已保留。{restore}</translation>
    </message>
    <message>
        <source>The backup folder {folder} is full. No backup was made and the older backups were kept; free some space or choose another folder.</source>
        <translation>备份文件夹 {folder} 所在磁盘已满。没有生成备份，原有备份均已保留；请腾出空间或选择其他文件夹。</translation>
    </message>
    <message>
        <source>The backup could not be made ({detail}). The older backups were kept.</source>
        <translation>无法生成备份（{detail}）。原有备份均已保留。</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be written to ({detail}). No backup was made.</source>
        <translation>无法写入备份文件夹 {folder}（{detail}）。没有生成备份。</translation>
    </message>
    <message>
        <source>A database held in memory cannot be backed up.</source>
        <translation>内存中的数据库无法备份。</translation>
    </message>
    <message>
        <source>The database file is damaged ({detail}). ServiceBay saves nothing more to it. {restore}</source>
        <translation>数据库文件已损坏（{detail}）。ServiceBay 不再向其中保存任何内容。{restore}</translation>
    </message>
    <message>
        <source>Backups of a PostgreSQL database need PostgreSQL&apos;s client tools on this PC (pg_dump and pg_restore, of the server&apos;s version), and {tool} was not found. Install them and try again; nothing was changed.</source>
        <translation>备份 PostgreSQL 数据库需要本机安装 PostgreSQL 客户端工具（pg_dump 和 pg_restore，版本与服务器一致），但未找到 {tool}。请安装后重试；没有做任何更改。</translation>
    </message>
    <message>
        <source>{tool} failed: {detail}. Nothing was changed.</source>
        <translation>{tool} 运行失败：{detail}。没有做任何更改。</translation>
    </message>
    <message>
        <source>The last good backup is {backup} ({time}). Close ServiceBay on every PC and restore it with: servicebay restore "{backup}"</source>
        <translation>最近一次完好的备份是 {backup}（{time}）。请在所有电脑上关闭 ServiceBay，然后用以下命令恢复：servicebay restore "{backup}"</translation>
    </message>
    <message>
        <source>There is no backup of it in {folder}. Ask the administrator to copy the file and check the disk.</source>
        <translation>{folder} 中没有它的备份。请联系管理员复制该文件并检查磁盘。</translation>
    </message>
    <message>
        <source>The database file is damaged ({detail}). Stop using ServiceBay on it. {restore}</source>
        <translation>数据库文件已损坏（{detail}）。请停止在其上使用 ServiceBay。{restore}</translation>
    </message>
    <message>
        <source>A restore started on {host} at {time} UTC, {minutes} minutes ago, may still be running; its mark is cleared when it ends, and can be cleared by hand after {hours} hours. Nothing was changed.</source>
        <translation>{host} 于 UTC {time}（{minutes} 分钟前）开始的恢复可能仍在进行；它结束时会自行清除标记，{hours} 小时后才可手动清除。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示本帮助并退出</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序版本并退出</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个参数值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个参数值</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可匹配 %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>必须给出参数 %s 之一</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>ServiceBay — service station management</source>
        <translation>ServiceBay — 维修站管理系统</translation>
    </message>
    <message>
        <source>database URL (default: the embedded SQLite file)</source>
        <translation>数据库地址（默认：内置的 SQLite 文件）</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>提示信息的语言</translation>
    </message>
    <message>
        <source>create the station and its administrator</source>
        <translation>创建维修站及其管理员</translation>
    </message>
    <message>
        <source>station name</source>
        <translation>维修站名称</translation>
    </message>
    <message>
        <source>administrator&apos;s user name</source>
        <translation>管理员用户名</translation>
    </message>
    <message>
        <source>administrator&apos;s full name (default: the user name)</source>
        <translation>管理员姓名（默认：用户名）</translation>
    </message>
    <message>
        <source>file holding the password</source>
        <translation>存放密码的文件</translation>
    </message>
    <message>
        <source>the station&apos;s unified social credit code</source>
        <translation>维修站的统一社会信用代码</translation>
    </message>
    <message>
        <source>fill the database with realistic demo data</source>
        <translation>向数据库填入逼真的演示数据</translation>
    </message>
    <message>
        <source>apply database migrations (an SQLite file is backed up first)</source>
        <translation>升级数据库结构（SQLite 文件先自动备份）</translation>
    </message>
    <message>
        <source>verify the data against its ledgers</source>
        <translation>按台账核对数据</translation>
    </message>
    <message>
        <source>import data from a file</source>
        <translation>从文件导入数据</translation>
    </message>
    <message>
        <source>export data to a file</source>
        <translation>导出数据到文件</translation>
    </message>
    <message>
        <source>print a document to a PDF file</source>
        <translation>将单据打印为 PDF 文件</translation>
    </message>
    <message>
        <source>A file cannot be read or written: {err}. Nothing was changed.</source>
        <translation>无法读取或写入文件：{err}。没有做任何更改。</translation>
    </message>
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
        <source>Accounts by role (password {password}):</source>
        <translation>各角色的账号（密码 {password}）：</translation>
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
        <source>The database file cannot be read: {err}</source>
        <translation>无法读取数据库文件：{err}</translation>
    </message>
    <message>
        <source>The check could not open the database: {err}</source>
        <translation>检查无法打开数据库：{err}</translation>
    </message>
    <message>
        <source>The check stopped on an error: {err}. Run servicebay check again; if it stops again, restore the last good backup.</source>
        <translation>检查因错误而中止：{err}。请再次运行 servicebay check；如果仍然中止，请恢复最近一次完好的备份。</translation>
    </message>
    <message>
        <source>{n} problems found.</source>
        <translation>发现 {n} 个问题。</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>全部检查通过。</translation>
    </message>
    <message>
        <source>Sign in first: add --user NAME --password-file FILE (or run the command on a terminal to be asked). Nothing was written.</source>
        <translation>请先登录：加上 --user 用户名 --password-file 密码文件（或在终端中运行命令以便提示输入）。未写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot read the password file: {err}. Nothing was written.</source>
        <translation>无法读取密码文件：{err}。未写入任何内容。</translation>
    </message>
    <message>
        <source>Sign-in refused: {reason} Nothing was written.</source>
        <translation>登录被拒绝：{reason} 未写入任何内容。</translation>
    </message>
    <message>
        <source>{user} must choose a new password first: sign in on the desktop once. Nothing was written.</source>
        <translation>{user} 必须先设置新密码：请先在桌面程序中登录一次。未写入任何内容。</translation>
    </message>
    <message>
        <source>Adding demo data to a station that is set up needs an administrator. Nothing was written.</source>
        <translation>向已设置的维修站添加演示数据需要管理员。未写入任何内容。</translation>
    </message>
    <message>
        <source>User name: </source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password for {user}: </source>
        <translation>{user} 的密码：</translation>
    </message>
    <message>
        <source>sign in as this user (asked for on a terminal)</source>
        <translation>以此用户登录（在终端上会询问）</translation>
    </message>
    <message>
        <source>file holding the user&apos;s password</source>
        <translation>存放该用户密码的文件</translation>
    </message>
    <message>
        <source>backups: none yet in {folder}</source>
        <translation>备份：{folder} 中还没有备份</translation>
    </message>
    <message>
        <source>backups: the last good one is {path} ({time}, {size} MB)</source>
        <translation>备份：最近一次完好的备份是 {path}（{time}，{size} MB）</translation>
    </message>
    <message>
        <source>back up the database now (into this PC&apos;s backup folder, or to a file)</source>
        <translation>立即备份数据库（到本机的备份文件夹，或到指定文件）</translation>
    </message>
    <message>
        <source>write the backup to this file instead</source>
        <translation>改为把备份写入此文件</translation>
    </message>
    <message>
        <source>put a backup back in place of the database (the current one is kept aside)</source>
        <translation>用备份替换当前数据库（当前数据库会另行保留）</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>PostgreSQL: how long the other PCs get to sign out after the station is marked as being restored (default 15)</source>
        <translation>PostgreSQL：维修站被标记为正在恢复后，留给其他电脑登出的时间（默认 15 秒）</translation>
    </message>
    <message>
        <source>PostgreSQL: clear the mark of a restore that died (older than 6 hours), so people can sign in again</source>
        <translation>PostgreSQL：清除中断的恢复留下的标记（超过 6 小时），让大家可以重新登录</translation>
    </message>
    <message>
        <source>save a diagnostic report (log, versions, settings without secrets) for IT support</source>
        <translation>保存诊断报告（日志、版本、不含密码的设置），供 IT 支持使用</translation>
    </message>
    <message>
        <source>the zip file to write</source>
        <translation>要写入的 zip 文件</translation>
    </message>
    <message>
        <source>Backup written and checked: {path} ({size}, {seconds:.1f} s).</source>
        <translation>备份已写入并通过检查：{path}（{size}，{seconds:.1f} 秒）。</translation>
    </message>
    <message>
        <source>Name the backup file to restore; nothing was changed.</source>
        <translation>请指定要恢复的备份文件；未做任何更改。</translation>
    </message>
    <message>
        <source>The station is marked as being restored; the other PCs sign out within {seconds:.0f} s…</source>
        <translation>维修站已标记为正在恢复；其他电脑将在 {seconds:.0f} 秒内登出…</translation>
    </message>
    <message>
        <source>ServiceBay is open on this PC with this database (process {pid}). Close it, then restore again; nothing was changed.</source>
        <translation>本机的 ServiceBay 正在使用此数据库（进程 {pid}）。请先关闭它，再重新恢复；没有做任何更改。</translation>
    </message>
    <message>
        <source>Restored {path}. The database that was in use is kept as {aside}.</source>
        <translation>已恢复 {path}。原先使用的数据库保留为 {aside}。</translation>
    </message>
    <message>
        <source>The backup is of an older version; ServiceBay upgrades it when it next starts.</source>
        <translation>该备份来自较旧的版本；ServiceBay 下次启动时会自动升级它。</translation>
    </message>
    <message>
        <source>No restore is marked as under way; nothing was changed.</source>
        <translation>没有标记为进行中的恢复；未做任何更改。</translation>
    </message>
    <message>
        <source>Cleared the mark of the restore started on {host} at {time} UTC; people can sign in again.</source>
        <translation>已清除 {host} 于 UTC {time} 开始的恢复标记；大家可以重新登录了。</translation>
    </message>
    <message>
        <source>Diagnostic report saved: {path}</source>
        <translation>诊断报告已保存：{path}</translation>
    </message>
    <message>
        <source>what the print is for (kept in the audit log with it)</source>
        <translation>打印用途（随本次打印记入审计日志）</translation>
    </message>
    <message>
        <source>The {document} holds the customer&apos;s personal data: say what it is printed for with --purpose "…" (it is kept in the audit log with the print). Nothing was written.</source>
        <translation>{document}含有客户个人信息：请用 --purpose "…" 说明打印用途（随本次打印记入审计日志）。未写入任何文件。</translation>
    </message>
</context>
</TS>
