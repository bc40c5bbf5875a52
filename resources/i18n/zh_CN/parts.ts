<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MoveKind</name>
    <message>
        <source>Receipt</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Issue to job</source>
        <translation>维修发料</translation>
    </message>
    <message>
        <source>Return from job</source>
        <translation>维修退料</translation>
    </message>
    <message>
        <source>Counter sale</source>
        <translation>柜台销售</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>移库</translation>
    </message>
    <message>
        <source>Return to supplier</source>
        <translation>退供应商</translation>
    </message>
</context>
<context>
    <name>PartQuality</name>
    <message>
        <source>Genuine</source>
        <translation>原厂</translation>
    </message>
    <message>
        <source>Equivalent</source>
        <translation>同质</translation>
    </message>
    <message>
        <source>Reconditioned</source>
        <translation>修复</translation>
    </message>
</context>
<context>
    <name>PartsColumns</name>
    <message>
        <source>Part number</source>
        <translation>零件号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>位置码</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>在库</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>On order</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>Average cost</source>
        <translation>平均成本</translation>
    </message>
    <message>
        <source>Retail price</source>
        <translation>零售价</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>单据号</translation>
    </message>
    <message>
        <source>User</source>
        <translation>操作人</translation>
    </message>
</context>
<context>
    <name>PartsPage</name>
    <message>
        <source>Part number, name, pinyin (jylqq) or barcode</source>
        <translation>零件号、名称、拼音（jylqq）或条码</translation>
    </message>
    <message>
        <source>Below minimum stock only</source>
        <translation>只看低于最低库存</translation>
    </message>
    <message>
        <source>Add barcode…</source>
        <translation>添加条码…</translation>
    </message>
    <message>
        <source>Stock by bin</source>
        <translation>各位置库存</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>出入库记录</translation>
    </message>
    <message>
        <source>Barcodes:</source>
        <translation>条码：</translation>
    </message>
    <message>
        <source>On hand {on_hand}, reserved {reserved}, on order {on_order}, average cost {cost}, retail {retail}, minimum {min}, quota {quota}, bin {bin}</source>
        <translation>在库 {on_hand}，已预留 {reserved}，在途 {on_order}，平均成本 {cost}，零售价 {retail}，最低库存 {min}，储备定额 {quota}，位置 {bin}</translation>
    </message>
    <message>
        <source>Add barcode</source>
        <translation>添加条码</translation>
    </message>
    <message>
        <source>Scan or type the code:</source>
        <translation>扫描或输入条码：</translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <source>{value} is not a quantity.</source>
        <translation>{value} 不是有效数量。</translation>
    </message>
    <message>
        <source>A quantity has at most three decimals.</source>
        <translation>数量最多三位小数。</translation>
    </message>
    <message>
        <source>Enter a quantity above zero (not {value}).</source>
        <translation>请输入大于零的数量（不能是 {value}）。</translation>
    </message>
    <message>
        <source>{value} is not an amount.</source>
        <translation>{value} 不是有效金额。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>Unknown code {code}: no part has this barcode or number. Link it to a part or create one.</source>
        <translation>未知条码 {code}：没有配件使用此条码或零件号。请将其关联到配件或新建配件。</translation>
    </message>
    <message>
        <source>Not enough stock of {number}: {bin_qty} {unit} in bin {bin} ({total} in all), {qty} wanted. Stock cannot go negative.</source>
        <translation>{number} 库存不足：位置 {bin} 有 {bin_qty} {unit}（共 {total}），需要 {qty}。库存不能为负。</translation>
    </message>
    <message>
        <source>No bin {code}.</source>
        <translation>没有位置 {code}。</translation>
    </message>
    <message>
        <source>Enter the supplier&apos;s name.</source>
        <translation>请输入供应商名称。</translation>
    </message>
    <message>
        <source>A lead time is 0 to 365 days.</source>
        <translation>供货周期为 0 到 365 天。</translation>
    </message>
    <message>
        <source>A supplier named {name} exists already.</source>
        <translation>供应商 {name} 已存在。</translation>
    </message>
    <message>
        <source>A part number is 1 to 40 characters.</source>
        <translation>零件号为 1 到 40 个字符。</translation>
    </message>
    <message>
        <source>Enter the part&apos;s name.</source>
        <translation>请输入配件名称。</translation>
    </message>
    <message>
        <source>Unknown part quality {quality}.</source>
        <translation>未知的配件类别 {quality}。</translation>
    </message>
    <message>
        <source>Part number {number} exists already.</source>
        <translation>零件号 {number} 已存在。</translation>
    </message>
    <message>
        <source>No such part.</source>
        <translation>没有这个配件。</translation>
    </message>
    <message>
        <source>No part numbered {number}.</source>
        <translation>没有零件号为 {number} 的配件。</translation>
    </message>
    <message>
        <source>{number} would replace itself.</source>
        <translation>{number} 不能替代自己。</translation>
    </message>
    <message>
        <source>A barcode is 1 to 64 characters.</source>
        <translation>条码为 1 到 64 个字符。</translation>
    </message>
    <message>
        <source>The code {code} belongs to part {number} already.</source>
        <translation>条码 {code} 已属于配件 {number}。</translation>
    </message>
    <message>
        <source>Job {job} has drawn {drawn} of {number}; {qty} cannot come back.</source>
        <translation>任务委托书 {job} 只领用了 {drawn} 个 {number}，不能退回 {qty}。</translation>
    </message>
    <message>
        <source>Line {line} of {job} reserves another part; release it first.</source>
        <translation>{job} 的第 {line} 行预留了其它配件，请先释放。</translation>
    </message>
    <message>
        <source>Give the reason for the adjustment.</source>
        <translation>请填写调整原因。</translation>
    </message>
    <message>
        <source>Pick two different bins.</source>
        <translation>请选择两个不同的位置。</translation>
    </message>
    <message>
        <source>Scan or enter the job card number first.</source>
        <translation>请先扫描或输入任务委托书号。</translation>
    </message>
    <message>
        <source>Unknown order kind {kind}.</source>
        <translation>未知的订单类型 {kind}。</translation>
    </message>
    <message>
        <source>No such supplier.</source>
        <translation>没有这个供应商。</translation>
    </message>
    <message>
        <source>Order {number} is sent; add a new order.</source>
        <translation>订单 {number} 已发出，请新建订单。</translation>
    </message>
    <message>
        <source>Order {number} is sent already.</source>
        <translation>订单 {number} 已经发出。</translation>
    </message>
    <message>
        <source>Order {number} has no lines.</source>
        <translation>订单 {number} 没有明细。</translation>
    </message>
    <message>
        <source>Give the reason for cancelling.</source>
        <translation>请填写取消原因。</translation>
    </message>
    <message>
        <source>The part has no supplier; choose one.</source>
        <translation>该配件没有供应商，请选择一个。</translation>
    </message>
    <message>
        <source>No purchase order {number}.</source>
        <translation>没有采购订单 {number}。</translation>
    </message>
    <message>
        <source>No such purchase order.</source>
        <translation>没有这个采购订单。</translation>
    </message>
    <message>
        <source>Unknown return kind {kind}.</source>
        <translation>未知的退货类型 {kind}。</translation>
    </message>
    <message>
        <source>Add the parts to send back.</source>
        <translation>请添加要退回的配件。</translation>
    </message>
    <message>
        <source>No such supplier return.</source>
        <translation>没有这个退货单。</translation>
    </message>
    <message>
        <source>Order {number} is not open for receiving ({status}).</source>
        <translation>订单 {number} 当前不能收货（{status}）。</translation>
    </message>
    <message>
        <source>Nothing to undo on {number}.</source>
        <translation>{number} 没有可撤销的扫描。</translation>
    </message>
    <message>
        <source>No such receipt line.</source>
        <translation>没有这个入库明细。</translation>
    </message>
    <message>
        <source>Unknown inspection result {value}.</source>
        <translation>未知的检验结果 {value}。</translation>
    </message>
    <message>
        <source>No such goods-received note.</source>
        <translation>没有这个入库单。</translation>
    </message>
    <message>
        <source>Goods-received note {number} is closed.</source>
        <translation>入库单 {number} 已关闭。</translation>
    </message>
    <message>
        <source>The price list has no part-number column (零件号 or Part number) in its first row.</source>
        <translation>价格表第一行没有零件号列（零件号 或 Part number）。</translation>
    </message>
    <message>
        <source>Stocktake {number} is not counting.</source>
        <translation>盘点单 {number} 不在盘点中。</translation>
    </message>
    <message>
        <source>This part in this bin is not on the recount list.</source>
        <translation>此位置的这个配件不在复盘清单上。</translation>
    </message>
    <message>
        <source>Approve stocktake {number} before posting.</source>
        <translation>盘点单 {number} 须先审批再过账。</translation>
    </message>
    <message>
        <source>No such stocktake.</source>
        <translation>没有这个盘点单。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Name parts (--parts) or bins (--bins) to label.</source>
        <translation>请用 --parts 指定配件或用 --bins 指定位置。</translation>
    </message>
    <message>
        <source>{n} labels written to {path}</source>
        <translation>已将 {n} 张标签写入 {path}</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <source>{rows} rows read: {new} new parts, {changed} price changes, {same} unchanged, {bad} rows refused.</source>
        <translation>读取 {rows} 行：新增配件 {new} 个，价格变动 {changed} 个，未变 {same} 个，拒收 {bad} 行。</translation>
    </message>
</context>
</TS>
