<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PartsColumns</name>
    <message>
        <source>Bin</source>
        <translation>位置码</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>零件号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实盘</translation>
    </message>
    <message>
        <source>Recount</source>
        <translation>复盘</translation>
    </message>
    <message>
        <source>To recount</source>
        <translation>需复盘</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应有</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <source>Start a stocktake first.</source>
        <translation>请先开始盘点。</translation>
    </message>
    <message>
        <source>Scan the bin label first.</source>
        <translation>请先扫描位置标签。</translation>
    </message>
</context>
<context>
    <name>Stocktake</name>
    <message>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的扫描。</translation>
    </message>
    <message>
        <source>Taken back: {number} {name} · {counted}</source>
        <translation>已撤销：{number} {name} · {counted}</translation>
    </message>
</context>
<context>
    <name>StocktakePage</name>
    <message>
        <source>Bin prefix (e.g. A-01)</source>
        <translation>位置码前缀（如 A-01）</translation>
    </message>
    <message>
        <source>Category (optional)</source>
        <translation>类别（可选）</translation>
    </message>
    <message>
        <source>Start stocktake</source>
        <translation>开始盘点</translation>
    </message>
    <message>
        <source>No stocktake started</source>
        <translation>尚未开始盘点</translation>
    </message>
    <message>
        <source>Scan the bin label, then each part in it</source>
        <translation>先扫描位置标签，再逐件扫描配件</translation>
    </message>
    <message>
        <source>Undo last scan</source>
        <translation>撤销上一次扫描</translation>
    </message>
    <message>
        <source>Show differences</source>
        <translation>显示差异</translation>
    </message>
    <message>
        <source>Recount differences</source>
        <translation>复盘差异</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Post variances</source>
        <translation>过账盘盈盘亏</translation>
    </message>
    <message>
        <source>Counting bin {bin}</source>
        <translation>正在盘点位置 {bin}</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>盘点中</translation>
    </message>
    <message>
        <source>Recounting the differences</source>
        <translation>复盘差异中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>已过账</translation>
    </message>
    <message>
        <source>Stocktake {number}: {state}, {n} lines</source>
        <translation>盘点单 {number}：{state}，共 {n} 行</translation>
    </message>
</context>
</TS>
