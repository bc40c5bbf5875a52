<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>JobType</name>
    <message>
        <source>Maintenance</source>
        <translation>保养</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Accident</source>
        <translation>事故</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>索赔</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>返修</translation>
    </message>
    <message>
        <source>Road rescue</source>
        <translation>救援</translation>
    </message>
</context>
<context>
    <name>Payer</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>Manufacturer warranty</source>
        <translation>厂家索赔</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Fleet account</source>
        <translation>集团客户挂账</translation>
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
        <source>Level-2 maintenance</source>
        <translation>二级维护</translation>
    </message>
    <message>
        <source>Level-1 maintenance</source>
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
        <source>Enter the station&apos;s name.</source>
        <translation>请输入维修站名称。</translation>
    </message>
    <message>
        <source>Unknown time zone {zone}.</source>
        <translation>未知时区 {zone}。</translation>
    </message>
    <message>
        <source>Unknown language {lang}.</source>
        <translation>未知语言 {lang}。</translation>
    </message>
    <message>
        <source>Lock after 1 to 240 idle minutes.</source>
        <translation>空闲锁定时间为 1 到 240 分钟。</translation>
    </message>
    <message>
        <source>Unknown taxpayer kind.</source>
        <translation>未知纳税人类型。</translation>
    </message>
    <message>
        <source>The station is set up already.</source>
        <translation>维修站已经建立。</translation>
    </message>
    <message>
        <source>The station is not set up yet.</source>
        <translation>维修站尚未建立。</translation>
    </message>
    <message>
        <source>No tax rate is in force on {day}.</source>
        <translation>{day} 没有生效的税率。</translation>
    </message>
    <message>
        <source>A tax rate lies between 0% and 100%.</source>
        <translation>税率应在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>No labour rate for {job_type} on {day}.</source>
        <translation>{day} 没有 {job_type} 的工时单价。</translation>
    </message>
    <message>
        <source>Unknown job type or payer.</source>
        <translation>未知的工单类型或付款方。</translation>
    </message>
    <message>
        <source>A labour rate is more than zero.</source>
        <translation>工时单价必须大于零。</translation>
    </message>
    <message>
        <source>A number prefix is 1 to 8 letters or digits.</source>
        <translation>编号前缀为 1 到 8 个字母或数字。</translation>
    </message>
    <message>
        <source>Period is none, year or month; digits 3 to 8.</source>
        <translation>周期为不分、按年或按月；位数为 3 到 8。</translation>
    </message>
    <message>
        <source>A guarantee period has positive km and days.</source>
        <translation>质量保证期的里程和天数必须为正数。</translation>
    </message>
</context>
</TS>
