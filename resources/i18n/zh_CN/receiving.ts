<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PartsColumns</name>
    <message>
        <source>Code</source>
        <translation>条码</translation>
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
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>On note</source>
        <translation>本单累计</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>位置码</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>订货</translation>
    </message>
    <message>
        <source>Over (+) / under (−)</source>
        <translation>多交(+)/欠交(−)</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检验</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>合格证</translation>
    </message>
</context>
<context>
    <name>Receiving</name>
    <message>
        <source>received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <source>over the order</source>
        <translation>超出订货</translation>
    </message>
    <message>
        <source>not on the order</source>
        <translation>不在订单内</translation>
    </message>
    <message>
        <source>taken back</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>已发料</translation>
    </message>
    <message>
        <source>job card</source>
        <translation>任务委托书</translation>
    </message>
    <message>
        <source>not inspected</source>
        <translation>未检验</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的扫描。</translation>
    </message>
</context>
<context>
    <name>ReceivingPage</name>
    <message>
        <source>Receive a delivery</source>
        <translation>收货入库</translation>
    </message>
    <message>
        <source>Issue to a job card</source>
        <translation>按任务委托书发料</translation>
    </message>
    <message>
        <source>Purchase order number (empty: delivery without order)</source>
        <translation>采购订单号（留空：无订单收货）</translation>
    </message>
    <message>
        <source>Start delivery</source>
        <translation>开始收货</translation>
    </message>
    <message>
        <source>No delivery started</source>
        <translation>尚未开始收货</translation>
    </message>
    <message>
        <source>Scan a box, a label or a job card</source>
        <translation>扫描包装、标签或任务委托书</translation>
    </message>
    <message>
        <source>Undo last scan</source>
        <translation>撤销上一次扫描</translation>
    </message>
    <message>
        <source>Finish and print note</source>
        <translation>完成并打印入库单</translation>
    </message>
    <message>
        <source>Delivery remarks</source>
        <translation>到货备注</translation>
    </message>
    <message>
        <source>Link code to a part…</source>
        <translation>将条码关联到配件…</translation>
    </message>
    <message>
        <source>Create a part with this code…</source>
        <translation>用此条码新建配件…</translation>
    </message>
    <message>
        <source>Unknown codes</source>
        <translation>未知条码</translation>
    </message>
    <message>
        <source>Last scans</source>
        <translation>最近扫描</translation>
    </message>
    <message>
        <source>Delivery note lines (against the order)</source>
        <translation>入库单明细（对照订单）</translation>
    </message>
    <message>
        <source>Inspection passed, certificate seen</source>
        <translation>检验合格，已查验合格证</translation>
    </message>
    <message>
        <source>Invoice price…</source>
        <translation>发票单价…</translation>
    </message>
    <message>
        <source>Put-away bin…</source>
        <translation>上架位置…</translation>
    </message>
    <message>
        <source>Issuing to job card {job}</source>
        <translation>正在向任务委托书 {job} 发料</translation>
    </message>
    <message>
        <source>{n} scans being saved</source>
        <translation>{n} 次扫描正在保存</translation>
    </message>
    <message>
        <source>Goods-received note {number}</source>
        <translation>入库单 {number}</translation>
    </message>
    <message>
        <source>order {order}</source>
        <translation>订单 {order}</translation>
    </message>
    <message>
        <source>{n} ordered lines not delivered yet</source>
        <translation>{n} 行订货尚未到货</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Link code</source>
        <translation>关联条码</translation>
    </message>
    <message>
        <source>Part number or another barcode of the part for {code}:</source>
        <translation>条码 {code} 对应配件的零件号或其它条码：</translation>
    </message>
    <message>
        <source>New part</source>
        <translation>新建配件</translation>
    </message>
    <message>
        <source>Part number:</source>
        <translation>零件号：</translation>
    </message>
    <message>
        <source>Name (Chinese):</source>
        <translation>中文名称：</translation>
    </message>
    <message>
        <source>Invoice price</source>
        <translation>发票单价</translation>
    </message>
    <message>
        <source>Unit price on the supplier&apos;s invoice:</source>
        <translation>供应商发票上的单价：</translation>
    </message>
    <message>
        <source>Put-away bin</source>
        <translation>上架位置</translation>
    </message>
    <message>
        <source>Bin code (e.g. A-01-03):</source>
        <translation>位置码（如 A-01-03）：</translation>
    </message>
    <message>
        <source>Save the goods-received note</source>
        <translation>保存入库单</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <source>Scan or enter the job card number first.</source>
        <translation>请先扫描或输入任务委托书号。</translation>
    </message>
</context>
</TS>
