<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <message>
        <source>Days since the last good backup</source>
        <translation>距最近一次完好备份的天数</translation>
    </message>
    <message>
        <source>Calls to make now</source>
        <translation>待拨打的电话</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>还没有生成过备份。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
</TS>
