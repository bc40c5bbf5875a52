<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BoardCanvas</name>
    <message>
        <source>No team</source>
        <translation>未分组</translation>
    </message>
    <message>
        <source>free {hours} h</source>
        <translation>空闲 {hours} 工时</translation>
    </message>
    <message>
        <source>Sold {sold} h, clocked {clocked} h; promised {promised}</source>
        <translation>销售工时 {sold}，已打卡 {clocked}；预计交车 {promised}</translation>
    </message>
</context>
<context>
    <name>BoardTab</name>
    <message>
        <source>Dispatch to… (Enter)</source>
        <translation>派工给…（回车）</translation>
    </message>
    <message>
        <source>Share… (F3)</source>
        <translation>分配工时…（F3）</translation>
    </message>
    <message>
        <source>Waiting for a technician</source>
        <translation>待派工</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新（F5）</translation>
    </message>
    <message>
        <source>Print the day&apos;s plan</source>
        <translation>打印当日派工计划</translation>
    </message>
    <message>
        <source>Dispatch sheet (Ctrl+P)</source>
        <translation>派工单（Ctrl+P）</translation>
    </message>
    <message>
        <source>Wall display</source>
        <translation>车间大屏</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Drag a card from the queue onto a technician, or choose it and press Enter.</source>
        <translation>把待派工的车拖到技师行上，或选中后按回车。</translation>
    </message>
    <message>
        <source>Waiting for a technician: {n}</source>
        <translation>待派工：{n} 台</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>已生成：{path}</translation>
    </message>
    <message>
        <source>Dispatch {card} to</source>
        <translation>将 {card} 派工给</translation>
    </message>
</context>
<context>
    <name>BoardViewModel</name>
    <message>
        <source>Dispatched to {name}.</source>
        <translation>已派工给 {name}。</translation>
    </message>
    <message>
        <source>The work is shared out.</source>
        <translation>工时已分配。</translation>
    </message>
    <message>
        <source>Moved to {name}.</source>
        <translation>已改派给 {name}。</translation>
    </message>
    <message>
        <source>Back in the queue.</source>
        <translation>已退回待派工。</translation>
    </message>
</context>
<context>
    <name>ClockFlagsViewModel</name>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Job card</source>
        <translation>委托书号</translation>
    </message>
    <message>
        <source>Says it ended</source>
        <translation>本人申报结束时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Work on a job</source>
        <translation>作业</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct a forgotten clock-out</source>
        <translation>更正漏打卡</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Really ended</source>
        <translation>实际结束时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>FiguresTab</name>
    <message>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Utilisation = clocked ÷ attendance (target ≥ 80%) · efficiency = sold ÷ clocked (≥ 100%) · productivity = sold ÷ attendance</source>
        <translation>工时利用率 = 作业工时 ÷ 出勤工时（目标 ≥ 80%）· 工时效率 = 销售工时 ÷ 作业工时（≥ 100%）· 生产率 = 销售工时 ÷ 出勤工时</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>班组</translation>
    </message>
</context>
<context>
    <name>FiguresViewModel</name>
    <message>
        <source>Technician / team</source>
        <translation>技师 / 班组</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Attendance h</source>
        <translation>出勤工时</translation>
    </message>
    <message>
        <source>Clocked h</source>
        <translation>作业工时</translation>
    </message>
    <message>
        <source>Sold h</source>
        <translation>销售工时</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>工时利用率</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>工时效率</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>生产率</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期间合计</translation>
    </message>
</context>
<context>
    <name>FlagsTab</name>
    <message>
        <source>Correct and approve…</source>
        <translation>更正并批准…</translation>
    </message>
    <message>
        <source>Clock records left open past their day. They count no hours until the supervisor sets when they really ended.</source>
        <translation>跨日未关闭的打卡记录。在车间主管确认实际结束时间之前，不计任何工时。</translation>
    </message>
</context>
<context>
    <name>KioskTab</name>
    <message>
        <source>Scan your badge</source>
        <translation>请刷工牌</translation>
    </message>
    <message>
        <source>Badge or job card barcode</source>
        <translation>工牌或委托书条码</translation>
    </message>
    <message>
        <source>Pause: {reason}</source>
        <translation>暂停：{reason}</translation>
    </message>
    <message>
        <source>Clock out (F9)</source>
        <translation>下班打卡（F9）</translation>
    </message>
    <message>
        <source>{name}: scan the job card</source>
        <translation>{name}：请扫描委托书条码</translation>
    </message>
    <message>
        <source>Working on {line} ({card})</source>
        <translation>正在作业：{line}（{card}）</translation>
    </message>
    <message>
        <source>No job running</source>
        <translation>当前无作业</translation>
    </message>
    <message>
        <source>Your jobs:</source>
        <translation>您的派工：</translation>
    </message>
    <message>
        <source>No jobs assigned.</source>
        <translation>暂无派工。</translation>
    </message>
</context>
<context>
    <name>KioskViewModel</name>
    <message>
        <source>{name}: scan the job card.</source>
        <translation>{name}：请扫描委托书条码。</translation>
    </message>
    <message>
        <source>{name} clocked in at {time}. Scan the job card to start work.</source>
        <translation>{name} 已于 {time} 上班打卡。扫描委托书条码开工。</translation>
    </message>
    <message>
        <source>{name} clocked out at {time}. Goodbye.</source>
        <translation>{name} 已于 {time} 下班打卡。再见。</translation>
    </message>
    <message>
        <source>{name} started {line} on {card} at {time}.</source>
        <translation>{name} 于 {time} 开工：{card} {line}。</translation>
    </message>
    <message>
        <source>{name} resumed {line} on {card} at {time}.</source>
        <translation>{name} 于 {time} 恢复作业：{card} {line}。</translation>
    </message>
    <message>
        <source>{name} finished {line} on {card} at {time}.</source>
        <translation>{name} 于 {time} 完工：{card} {line}。</translation>
    </message>
    <message>
        <source>{name} paused {line} on {card} at {time}.</source>
        <translation>{name} 于 {time} 暂停：{card} {line}。</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>orange border: may be late</source>
        <translation>橙色边框：可能超时</translation>
    </message>
    <message>
        <source>red: late</source>
        <translation>红色：已超时</translation>
    </message>
</context>
<context>
    <name>OverdueTab</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Cars past their promised time, or in the workshop longer than</source>
        <translation>超过预计交车时间，或在车间停留超过</translation>
    </message>
</context>
<context>
    <name>OverdueViewModel</name>
    <message>
        <source>Job card</source>
        <translation>委托书号</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>维修类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>In since</source>
        <translation>进厂时间</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>预计交车</translation>
    </message>
    <message>
        <source>Late (h)</source>
        <translation>超时（小时）</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>滞留原因</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Paused: {reason}</source>
        <translation>暂停：{reason}</translation>
    </message>
    <message>
        <source>Past the promised time</source>
        <translation>超过预计交车时间</translation>
    </message>
    <message>
        <source>In the workshop too long</source>
        <translation>在厂时间过长</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>{hours} h · promised {promised} · {status}</source>
        <translation>{hours} 工时 · 预计交车 {promised} · {status}</translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <source>Scan your badge first.</source>
        <translation>请先刷工牌。</translation>
    </message>
    <message>
        <source>This technician already has a running job: pause or finish it first.</source>
        <translation>该技师已有进行中的作业：请先暂停或完工。</translation>
    </message>
    <message>
        <source>This technician is already clocked in.</source>
        <translation>该技师已上班打卡。</translation>
    </message>
    <message>
        <source>Someone else changed this at the same moment; look again and retry.</source>
        <translation>其他人同时修改了此记录；请刷新后重试。</translation>
    </message>
    <message>
        <source>No technician with that id.</source>
        <translation>没有该技师。</translation>
    </message>
    <message>
        <source>No technician has the badge {badge}.</source>
        <translation>没有技师使用工牌 {badge}。</translation>
    </message>
    <message>
        <source>The badge {badge} is not a technician&apos;s.</source>
        <translation>工牌 {badge} 不是技师的工牌。</translation>
    </message>
    <message>
        <source>Choose at least one technician.</source>
        <translation>请至少选择一名技师。</translation>
    </message>
    <message>
        <source>A share is a number between 0 and 1.</source>
        <translation>分配比例是 0 到 1 之间的数字。</translation>
    </message>
    <message>
        <source>Each technician once per line.</source>
        <translation>同一项目中每位技师只能出现一次。</translation>
    </message>
    <message>
        <source>The technicians&apos; shares of the hours add up to 100%.</source>
        <translation>技师分摊的工时比例合计应为 100%。</translation>
    </message>
    <message>
        <source>No such job card.</source>
        <translation>没有此委托书。</translation>
    </message>
    <message>
        <source>Job card {number} has not been sent to the workshop yet.</source>
        <translation>委托书 {number} 尚未派工到车间。</translation>
    </message>
    <message>
        <source>Job card {number} is {status}: its work can no longer be dispatched.</source>
        <translation>委托书 {number} 状态为“{status}”：不能再派工。</translation>
    </message>
    <message>
        <source>The planned start has no time zone.</source>
        <translation>计划开始时间缺少时区。</translation>
    </message>
    <message>
        <source>No such bay.</source>
        <translation>没有该工位。</translation>
    </message>
    <message>
        <source>Every labour line of job card {number} is dispatched already.</source>
        <translation>委托书 {number} 的所有工时项目都已派工。</translation>
    </message>
    <message>
        <source>No such labour line on this job card.</source>
        <translation>该委托书上没有这个工时项目。</translation>
    </message>
    <message>
        <source>{line} is finished: it cannot be dispatched again.</source>
        <translation>{line} 已完工：不能再派工。</translation>
    </message>
    <message>
        <source>{name} is working on this line now: pause it before moving it.</source>
        <translation>{name} 正在做这个项目：请先暂停再改派。</translation>
    </message>
    <message>
        <source>That technician holds no unfinished work on job card {number}.</source>
        <translation>该技师在委托书 {number} 上没有未完工的作业。</translation>
    </message>
    <message>
        <source>Choose a period of at most a year.</source>
        <translation>请选择不超过一年的期间。</translation>
    </message>
    <message>
        <source>Name the team.</source>
        <translation>请填写班组名称。</translation>
    </message>
    <message>
        <source>Unknown kind of team {value}.</source>
        <translation>未知的班组类别 {value}。</translation>
    </message>
    <message>
        <source>The working day ends after it starts, and the break fits in it.</source>
        <translation>下班时间须晚于上班时间，且休息时间在工作时间之内。</translation>
    </message>
    <message>
        <source>No such team.</source>
        <translation>没有该班组。</translation>
    </message>
    <message>
        <source>There is already a team called {name}.</source>
        <translation>已有名为 {name} 的班组。</translation>
    </message>
    <message>
        <source>A bay has a code and a name.</source>
        <translation>工位需要编号和名称。</translation>
    </message>
    <message>
        <source>Unknown kind of bay {value}.</source>
        <translation>未知的工位类别 {value}。</translation>
    </message>
    <message>
        <source>{value} is not a time of day (HH:MM).</source>
        <translation>{value} 不是时间（时:分）。</translation>
    </message>
    <message>
        <source>No job card numbered {number}.</source>
        <translation>没有编号为 {number} 的委托书。</translation>
    </message>
    <message>
        <source>{user} is not assigned to job card {number}: only its technicians start it and check it.</source>
        <translation>{user} 未被派工到委托书 {number}：只有派工的技师才能开工和自检。</translation>
    </message>
    <message>
        <source>{user} may clock only their own time.</source>
        <translation>{user} 只能为自己打卡。</translation>
    </message>
    <message>
        <source>{name} is clocked in already.</source>
        <translation>{name} 已上班打卡。</translation>
    </message>
    <message>
        <source>{name} is not clocked in.</source>
        <translation>{name} 尚未上班打卡。</translation>
    </message>
    <message>
        <source>{name} is on a break already.</source>
        <translation>{name} 已在休息。</translation>
    </message>
    <message>
        <source>{name} is not on a break.</source>
        <translation>{name} 没有在休息。</translation>
    </message>
    <message>
        <source>No such labour line.</source>
        <translation>没有该工时项目。</translation>
    </message>
    <message>
        <source>{line} on job card {number} is finished.</source>
        <translation>委托书 {number} 的 {line} 已完工。</translation>
    </message>
    <message>
        <source>Job card {number} is {status}: no work can be clocked on it now.</source>
        <translation>委托书 {number} 状态为“{status}”：现在不能打卡作业。</translation>
    </message>
    <message>
        <source>{name} is not clocked in: clock in first.</source>
        <translation>{name} 尚未上班打卡：请先打卡上班。</translation>
    </message>
    <message>
        <source>{name} is already working on job card {number}: pause or finish that job first.</source>
        <translation>{name} 正在做委托书 {number} 的作业：请先暂停或完工。</translation>
    </message>
    <message>
        <source>Say why the work stops.</source>
        <translation>请说明暂停原因。</translation>
    </message>
    <message>
        <source>{name} has no job running.</source>
        <translation>{name} 当前没有进行中的作业。</translation>
    </message>
    <message>
        <source>{name} has no paused job.</source>
        <translation>{name} 没有暂停的作业。</translation>
    </message>
    <message>
        <source>That line is not assigned to {name}.</source>
        <translation>该项目未派给 {name}。</translation>
    </message>
    <message>
        <source>{name} has finished their work on job card {number}.</source>
        <translation>{name} 已完成委托书 {number} 上的作业。</translation>
    </message>
    <message>
        <source>Unknown kiosk action {value}.</source>
        <translation>未知的打卡操作 {value}。</translation>
    </message>
    <message>
        <source>No forgotten clock-out with that id.</source>
        <translation>没有这条漏打卡记录。</translation>
    </message>
    <message>
        <source>The time has no time zone.</source>
        <translation>时间缺少时区。</translation>
    </message>
    <message>
        <source>The end lies after the start and not in the future.</source>
        <translation>结束时间须晚于开始时间，且不能是将来的时间。</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>Give the time the work really ended.</source>
        <translation>请填写实际结束时间。</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Share the work</source>
        <translation>分配工时</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>工时项目</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>尚未派工</translation>
    </message>
    <message>
        <source>Technicians and their share (%)</source>
        <translation>技师及分配比例（%）</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>比例 %</translation>
    </message>
    <message>
        <source>Total {total}% (must be 100%)</source>
        <translation>合计 {total}%（须为 100%）</translation>
    </message>
</context>
<context>
    <name>TechnicianDialog</name>
    <message>
        <source>{name} ({team}) — free {free} h</source>
        <translation>{name}（{team}）— 空闲 {free} 工时</translation>
    </message>
</context>
<context>
    <name>WallDisplay</name>
    <message>
        <source>Workshop board</source>
        <translation>维修管理看板</translation>
    </message>
    <message>
        <source>Cars overdue</source>
        <translation>车间滞留车辆</translation>
    </message>
    <message>
        <source>{working} in work · {queue} waiting · {late} late</source>
        <translation>作业中 {working} · 待派工 {queue} · 超时 {late}</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>Waiting to start</source>
        <translation>等待开工</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>作业中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation>等待配件</translation>
    </message>
    <message>
        <source>Waiting for the customer&apos;s approval</source>
        <translation>等待客户确认</translation>
    </message>
    <message>
        <source>Quality check</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>已完工待交车</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>May miss the promised time</source>
        <translation>可能超过预计交车时间</translation>
    </message>
    <message>
        <source>Past the promised time</source>
        <translation>已超过预计交车时间</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Called to another job</source>
        <translation>调去其他作业</translation>
    </message>
    <message>
        <source>Road test</source>
        <translation>路试</translation>
    </message>
    <message>
        <source>End of the day</source>
        <translation>下班</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Not in</source>
        <translation>未到岗</translation>
    </message>
    <message>
        <source>In</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>休息中</translation>
    </message>
    <message>
        <source>Gone home</source>
        <translation>已下班</translation>
    </message>
    <message>
        <source>Sent to the workshop</source>
        <translation>已交车间</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>维修中</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <source>Clock on and off</source>
        <translation>打卡</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Overdue cars</source>
        <translation>滞留车辆</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>工时统计</translation>
    </message>
    <message>
        <source>Forgotten clock-outs</source>
        <translation>漏打卡</translation>
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
        <source>the dispatch sheet (派工单) of a job card, with its barcode (PDF)</source>
        <translation>委托书的派工单，带条码（PDF）</translation>
    </message>
    <message>
        <source>job card number (WT…)</source>
        <translation>委托书号（WT…）</translation>
    </message>
    <message>
        <source>the workshop&apos;s plan of a day per technician (PDF)</source>
        <translation>车间当天按技师分列的工作计划（PDF）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default today)</source>
        <translation>年-月-日，YYYY-MM-DD（默认今天）</translation>
    </message>
</context>
</TS>
