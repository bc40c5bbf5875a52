<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust stock</source>
        <translation>库存调整</translation>
    </message>
    <message>
        <source>e.g. -1 or 2</source>
        <translation>例如 -1 或 2</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Found on the shelf</source>
        <translation>盘盈（货架上找到）</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>Write-off (obsolete)</source>
        <translation>报废（呆滞）</translation>
    </message>
    <message>
        <source>Sample / display</source>
        <translation>样品/展示</translation>
    </message>
    <message>
        <source>Why the stock is corrected</source>
        <translation>调整原因</translation>
    </message>
    <message>
        <source>Change (+/−):</source>
        <translation>调整数量（+/−）：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Bin:</source>
        <translation>位置：</translation>
    </message>
</context>
<context>
    <name>AdvisorApprovalDialog</name>
    <message>
        <source>Add to the job card</source>
        <translation>加入任务委托书</translation>
    </message>
    <message>
        <source>The service advisor can add the part to the card as a charged line: their user name and password (logged).</source>
        <translation>服务顾问可将该配件作为收费项目加入委托书：请输入其用户名和密码（将记录日志）。</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Add and issue</source>
        <translation>加入并发料</translation>
    </message>
</context>
<context>
    <name>BackOrderDialog</name>
    <message>
        <source>Back-order for a job card</source>
        <translation>为任务委托书订货（欠货）</translation>
    </message>
    <message>
        <source>Job card number</source>
        <translation>任务委托书号</translation>
    </message>
    <message>
        <source>Part number or barcode</source>
        <translation>零件号或条码</translation>
    </message>
    <message>
        <source>Job card:</source>
        <translation>任务委托书：</translation>
    </message>
    <message>
        <source>Part:</source>
        <translation>零件：</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>数量：</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct the count</source>
        <translation>更正盘点数量</translation>
    </message>
    <message>
        <source>e.g. scanned twice, box of 24 counted as one</source>
        <translation>例如：重复扫描、整箱24个只算了1个</translation>
    </message>
    <message>
        <source>Counted quantity:</source>
        <translation>实盘数量：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>CounterSaleDialog</name>
    <message>
        <source>Counter sale</source>
        <translation>柜台销售</translation>
    </message>
    <message>
        <source>Available: {qty} {unit}</source>
        <translation>可用：{qty} {unit}</translation>
    </message>
    <message>
        <source>Receipt or invoice number (optional)</source>
        <translation>收据或发票号（可选）</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Unit price:</source>
        <translation>单价：</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>单据号：</translation>
    </message>
</context>
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
    <name>OrdersPanel</name>
    <message>
        <source>All orders</source>
        <translation>全部订单</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发出</translation>
    </message>
    <message>
        <source>Partly received</source>
        <translation>部分到货</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已到齐</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Back-order for a job card…</source>
        <translation>为任务委托书订货…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Choose an order</source>
        <translation>请选择订单</translation>
    </message>
    <message>
        <source>Send to supplier</source>
        <translation>发给供应商</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>取消订单…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Change line…</source>
        <translation>修改行…</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>urgent order</source>
        <translation>紧急订单</translation>
    </message>
    <message>
        <source>normal order</source>
        <translation>常规订单</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; {kind} to {supplier}, total {total}</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; {kind}，供应商 {supplier}，合计 {total}</translation>
    </message>
    <message>
        <source>Change line</source>
        <translation>修改订单行</translation>
    </message>
    <message>
        <source>Quantity of {number} ({unit}):</source>
        <translation>{number} 的数量（{unit}）：</translation>
    </message>
    <message>
        <source>Unit price:</source>
        <translation>单价：</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>Why is the order cancelled?</source>
        <translation>取消订单的原因？</translation>
    </message>
    <message>
        <source>Save purchase order</source>
        <translation>保存采购订单</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export purchase order</source>
        <translation>导出采购订单</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>PartActions</name>
    <message>
        <source>Counter sale…</source>
        <translation>柜台销售…</translation>
    </message>
    <message>
        <source>Adjust stock…</source>
        <translation>库存调整…</translation>
    </message>
    <message>
        <source>Move to another bin…</source>
        <translation>移库…</translation>
    </message>
    <message>
        <source>Sold {qty} × {number} at {price} ({ref}).</source>
        <translation>已售出 {qty} × {number}，单价 {price}（{ref}）。</translation>
    </message>
    <message>
        <source>Stock of {number} corrected by {qty} in bin {bin}.</source>
        <translation>{number} 在位置 {bin} 的库存已调整 {qty}。</translation>
    </message>
    <message>
        <source>Moved {qty} × {number} from {src} to {dst}.</source>
        <translation>已将 {qty} × {number} 从 {src} 移到 {dst}。</translation>
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
    <name>PartsArea</name>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Reorder suggestions</source>
        <translation>补货建议</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>采购订单</translation>
    </message>
    <message>
        <source>Returns and claims</source>
        <translation>退货与索赔</translation>
    </message>
    <message>
        <source>Price list import</source>
        <translation>价格表导入</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
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
        <source>Code</source>
        <translation>条码</translation>
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
        <source>Over (+) / under (−)</source>
        <translation>多交(+)/欠交(−)</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检验</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>Inspected by</source>
        <translation>检验人</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>合格证</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已发</translation>
    </message>
    <message>
        <source>To issue</source>
        <translation>待发</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Goods-received note</source>
        <translation>入库单</translation>
    </message>
    <message>
        <source>In quarantine</source>
        <translation>待处理数量</translation>
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
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <source>Minimum / quota</source>
        <translation>最低库存 / 储备定额</translation>
    </message>
    <message>
        <source>Order qty</source>
        <translation>订货数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ordered on</source>
        <translation>订货日期</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预计到货</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Job cards</source>
        <translation>任务委托书</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>订货</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已到齐</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未到货</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Back-order for job</source>
        <translation>欠货任务委托书</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>零件</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>红字发票号</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>已退款金额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>盘点单</translation>
    </message>
    <message>
        <source>Bins / category</source>
        <translation>位置/类别</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实盘</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>发起人</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>盘点人</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>发起时间</translation>
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
        <source>Difference</source>
        <translation>差异</translation>
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
        <source>Suppliers:</source>
        <translation>供应商：</translation>
    </message>
    <message>
        <source>On hand {on_hand}, reserved {reserved}, on order {on_order}, retail {retail}, minimum {min}, quota {quota}, bin {bin}</source>
        <translation>在库 {on_hand}，预留 {reserved}，在途 {on_order}，零售价 {retail}，最低库存 {min}，储备定额 {quota}，位置 {bin}</translation>
    </message>
    <message>
        <source>On hand {on_hand}, reserved {reserved}, on order {on_order}, average cost {cost}, retail {retail}, minimum {min}, quota {quota}, bin {bin}</source>
        <translation>在库 {on_hand}，已预留 {reserved}，在途 {on_order}，平均成本 {cost}，零售价 {retail}，最低库存 {min}，储备定额 {quota}，位置 {bin}</translation>
    </message>
    <message>
        <source> (preferred)</source>
        <translation>（首选）</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <source>price list {file} of {day}</source>
        <translation>价格表 {file}（{day}）</translation>
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
    <name>PartsReports</name>
    <message>
        <source>Stock value</source>
        <translation>库存金额</translation>
    </message>
    <message>
        <source>Stock turns</source>
        <translation>库存周转率</translation>
    </message>
    <message>
        <source>Slow and obsolete stock</source>
        <translation>呆滞件</translation>
    </message>
    <message>
        <source>Below minimum</source>
        <translation>低于最低库存</translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation>一次满足率</translation>
    </message>
    <message>
        <source>Sales by channel</source>
        <translation>销售渠道</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间维修</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>索赔</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>柜台销售</translation>
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
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>在库</translation>
    </message>
    <message>
        <source>Average cost</source>
        <translation>平均成本</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Last issue</source>
        <translation>最后出库</translation>
    </message>
    <message>
        <source>Cost of issues</source>
        <translation>出库成本</translation>
    </message>
    <message>
        <source>Average stock</source>
        <translation>平均库存</translation>
    </message>
    <message>
        <source>Turns a year</source>
        <translation>周转率（次/年）</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <source>On order</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最低库存</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>储备定额</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Lines requested</source>
        <translation>需求行数</translation>
    </message>
    <message>
        <source>Served from stock</source>
        <translation>一次满足行数</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>{n} parts in stock, worth {total}, as of {moment}</source>
        <translation>在库配件 {n} 种，库存金额 {total}，截至 {moment}</translation>
    </message>
    <message>
        <source>{n} parts without an issue for {months} months, worth {value} ({share} of the stock)</source>
        <translation>{n} 个品种 {months} 个月未出库，金额 {value}（占库存 {share}）</translation>
    </message>
    <message>
        <source>{n} parts below their minimum stock</source>
        <translation>{n} 个品种低于最低库存</translation>
    </message>
    <message>
        <source>{served} of {lines} lines served from stock: {rate}</source>
        <translation>{lines} 行需求中 {served} 行一次满足：{rate}</translation>
    </message>
    <message>
        <source>Sales {start} to {end}: {total}</source>
        <translation>{start} 至 {end} 销售额：{total}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>Run the report first.</source>
        <translation>请先运行报表。</translation>
    </message>
</context>
<context>
    <name>PartsReportsPanel</name>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>期间从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Stock value</source>
        <translation>库存金额</translation>
    </message>
    <message>
        <source>Stock turns</source>
        <translation>库存周转率</translation>
    </message>
    <message>
        <source>Slow and obsolete stock</source>
        <translation>呆滞件</translation>
    </message>
    <message>
        <source>Below minimum</source>
        <translation>低于最低库存</translation>
    </message>
    <message>
        <source>Fill rate (一次满足率)</source>
        <translation>配件一次满足率</translation>
    </message>
    <message>
        <source>Sales by channel</source>
        <translation>销售渠道</translation>
    </message>
    <message>
        <source>No issue for</source>
        <translation>未出库超过</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
</context>
<context>
    <name>PostingDialog</name>
    <message>
        <source>Post stocktake {number}</source>
        <translation>盘点过账 {number}</translation>
    </message>
    <message>
        <source>{counted} lines counted: {same} as the books, {gains} gains ({gain_value}), {losses} losses ({loss_value}); net {net}.</source>
        <translation>已盘 {counted} 行：{same} 行账实相符，盘盈 {gains} 行（{gain_value}），盘亏 {losses} 行（{loss_value}）；净额 {net}。</translation>
    </message>
    <message>
        <source>{n} lines were not counted. They keep their book quantity unless you tick them below (counted as zero).</source>
        <translation>{n} 行未盘点。除非在下面勾选（按零计），这些行保持账面数量。</translation>
    </message>
    <message>
        <source>Every line was counted.</source>
        <translation>所有行均已盘点。</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>核销</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>位置</translation>
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
        <source>Book quantity</source>
        <translation>账面数量</translation>
    </message>
    <message>
        <source>Write off every uncounted line ({value})</source>
        <translation>核销全部未盘行（{value}）</translation>
    </message>
    <message>
        <source>Why the uncounted stock is written off</source>
        <translation>未盘库存核销的原因</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>过账</translation>
    </message>
    <message>
        <source>Posting books the differences; {n} uncounted lines are written off, {left} keep their book quantity.</source>
        <translation>过账将记入差异；核销未盘行 {n} 行，{left} 行保持账面数量。</translation>
    </message>
    <message>
        <source>Posting books the differences.</source>
        <translation>过账将登记盘盈盘亏。</translation>
    </message>
</context>
<context>
    <name>PriceList</name>
    <message>
        <source>New part</source>
        <translation>新零件</translation>
    </message>
    <message>
        <source>Price up</source>
        <translation>涨价</translation>
    </message>
    <message>
        <source>Price down</source>
        <translation>降价</translation>
    </message>
    <message>
        <source>Other price</source>
        <translation>其他价格变动</translation>
    </message>
    <message>
        <source>Warning: more than ×3</source>
        <translation>警告：变动超过3倍</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>全部变动</translation>
    </message>
    <message>
        <source>New parts</source>
        <translation>新零件</translation>
    </message>
    <message>
        <source>Warnings (more than ×3)</source>
        <translation>警告(变动超过3倍)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
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
        <source>Old cost</source>
        <translation>原成本价</translation>
    </message>
    <message>
        <source>New cost</source>
        <translation>新成本价</translation>
    </message>
    <message>
        <source>Old retail price</source>
        <translation>原零售价</translation>
    </message>
    <message>
        <source>New retail price</source>
        <translation>新零售价</translation>
    </message>
    <message>
        <source>Retail change</source>
        <translation>零售价变动</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Preview the price list before importing it.</source>
        <translation>请先预览价格表，再导入。</translation>
    </message>
    <message>
        <source>{n} prices change by more than ×3 or ÷3 (see Warnings). Check them against the manufacturer&apos;s list: confirm them to import them as they are.</source>
        <translation>有 {n} 个价格变动超过3倍（见警告）。请与厂家价格表核对：确认后按表中价格导入。</translation>
    </message>
    <message>
        <source>Choose a price-list workbook first.</source>
        <translation>请先选择价格表文件。</translation>
    </message>
    <message>
        <source>{rows} rows: {new} new parts, {up} prices up, {down} prices down, {other} other price changes, {same} unchanged, {warn} warnings (more than ×3 or ÷3), {bad} rows with errors.</source>
        <translation>{rows} 行：新增配件 {new} 个，涨价 {up} 个，降价 {down} 个，其他价格变动 {other} 个，未变 {same} 个，警告 {warn} 个（变动超过3倍），错误 {bad} 行。</translation>
    </message>
    <message>
        <source>Preview of {counts} Nothing is saved yet.</source>
        <translation>预览 {counts} 尚未保存。</translation>
    </message>
    <message>
        <source>Nothing imported: {bad} rows have errors or unconfirmed warnings. Correct the list, or tick “Skip bad rows” to import the good rows. {counts}</source>
        <translation>未导入：有 {bad} 行有错误或未确认的警告。请改正价格表，或勾选“跳过错误行”只导入正确的行。{counts}</translation>
    </message>
    <message>
        <source>Imported by {clerk}: {counts} {skipped} rows skipped.</source>
        <translation>{clerk} 已导入：{counts} 跳过 {skipped} 行。</translation>
    </message>
    <message>
        <source>{linked} existing parts linked to {supplier}, {again} already linked priced again.</source>
        <translation>已有配件 {linked} 个关联到 {supplier}，已关联的 {again} 个按新价格表更新了价格。</translation>
    </message>
    <message>
        <source>Preview the price list first.</source>
        <translation>请先预览价格表。</translation>
    </message>
</context>
<context>
    <name>PriceListPanel</name>
    <message>
        <source>Choose the manufacturer&apos;s price list (.xlsx, first sheet, a header row with the part number). Its change report is shown first; nothing is saved until you import it.</source>
        <translation>选择厂家价格表（.xlsx，第一个工作表，首行为含零件号的表头）。先显示变动报告；导入之前不会保存任何内容。</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Save change report…</source>
        <translation>保存变动报告…</translation>
    </message>
    <message>
        <source>Errors by row</source>
        <translation>各行错误</translation>
    </message>
    <message>
        <source>Skip bad rows (import the good rows, report the others)</source>
        <translation>跳过错误行（导入正确的行，报告其余的行）</translation>
    </message>
    <message>
        <source>Confirm and import</source>
        <translation>确认并导入</translation>
    </message>
    <message>
        <source>Import without them</source>
        <translation>不导入这些行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation>供应商：</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Choose a price list</source>
        <translation>选择价格表</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading the price list…</source>
        <translation>正在读取价格表…</translation>
    </message>
    <message>
        <source>Save change report</source>
        <translation>保存变动报告</translation>
    </message>
    <message>
        <source>Warnings by row: {n}</source>
        <translation>按行警告：{n}</translation>
    </message>
    <message>
        <source>Errors by row: {n}</source>
        <translation>各行错误：{n}</translation>
    </message>
</context>
<context>
    <name>PriceListReport</name>
    <message>
        <source>cost</source>
        <translation>成本价</translation>
    </message>
    <message>
        <source>retail price</source>
        <translation>零售价</translation>
    </message>
    <message>
        <source>wholesale price</source>
        <translation>批发价</translation>
    </message>
    <message>
        <source>claim price</source>
        <translation>索赔价</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>New parts</source>
        <translation>新增配件</translation>
    </message>
    <message>
        <source>Price changes</source>
        <translation>价格变动</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
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
        <source>Cost</source>
        <translation>成本价</translation>
    </message>
    <message>
        <source>Retail price</source>
        <translation>零售价</translation>
    </message>
    <message>
        <source>Old cost</source>
        <translation>原成本价</translation>
    </message>
    <message>
        <source>New cost</source>
        <translation>新成本价</translation>
    </message>
    <message>
        <source>Old retail price</source>
        <translation>原零售价</translation>
    </message>
    <message>
        <source>New retail price</source>
        <translation>新零售价</translation>
    </message>
    <message>
        <source>Retail change</source>
        <translation>零售价变动</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>导入人</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Warnings (more than ×3 or ÷3)</source>
        <translation>警告(变动超过3倍)</translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation>错误行数</translation>
    </message>
    <message>
        <source>Rows skipped</source>
        <translation>跳过行数</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Imported; the rows with errors or unconfirmed warnings were skipped</source>
        <translation>已导入；有错误或未确认警告的行已跳过</translation>
    </message>
    <message>
        <source>Nothing imported: the list has rows with errors or unconfirmed warnings</source>
        <translation>未导入：价格表有错误行或未确认的警告</translation>
    </message>
    <message>
        <source>Preview: nothing saved</source>
        <translation>预览：尚未保存</translation>
    </message>
</context>
<context>
    <name>Purchasing</name>
    <message>
        <source>normal</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>索赔</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发出</translation>
    </message>
    <message>
        <source>partly received</source>
        <translation>部分到货</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已到齐</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>credited</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>No preferred supplier: link one in the part&apos;s suppliers to order it here.</source>
        <translation>没有首选供应商：请先在零件的供应商中关联一个，才能在此订货。</translation>
    </message>
    <message>
        <source>The list is still loading; order when it is in.</source>
        <translation>清单仍在加载，加载完毕后再生成订单。</translation>
    </message>
    <message>
        <source>Tick the parts to order first.</source>
        <translation>请先勾选要订购的零件。</translation>
    </message>
    <message>
        <source>{n} order(s) made: {numbers}</source>
        <translation>已生成 {n} 张订单：{numbers}</translation>
    </message>
    <message>
        <source>Back-order {number} sent for {job}.</source>
        <translation>已为 {job} 发出欠货订单 {number}。</translation>
    </message>
    <message>
        <source>{number} sent to {supplier}.</source>
        <translation>{number} 已发给 {supplier}。</translation>
    </message>
    <message>
        <source>{number}: the credit note differs from the claim by {difference}.</source>
        <translation>{number}：红字发票金额与索赔金额相差 {difference}。</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <source>Quarantine bin</source>
        <translation>待处理区（隔离区）</translation>
    </message>
    <message>
        <source>Parts rejected at inspection wait here: they are not on hand and cannot be issued. Release them to stock or return them to the supplier.</source>
        <translation>验收不合格的配件存放在这里：不计入库存，不能发料。可复检放行入库，或退回供应商。</translation>
    </message>
    <message>
        <source>Release to stock…</source>
        <translation>放行入库…</translation>
    </message>
    <message>
        <source>Return to supplier…</source>
        <translation>退回供应商…</translation>
    </message>
    <message>
        <source>Nothing is waiting in quarantine.</source>
        <translation>待处理区没有配件。</translation>
    </message>
    <message>
        <source>Choose a line in the list first.</source>
        <translation>请先在列表中选择一行。</translation>
    </message>
    <message>
        <source>Release to stock</source>
        <translation>放行入库</translation>
    </message>
    <message>
        <source>Why may they go into stock (rechecked, supplier&apos;s answer…)?</source>
        <translation>放行入库的原因（复检合格、供应商答复…）：</translation>
    </message>
    <message>
        <source>Return to supplier</source>
        <translation>退回供应商</translation>
    </message>
    <message>
        <source>Reason on the return:</source>
        <translation>退货原因：</translation>
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
        <source>added to the card and issued</source>
        <translation>已加入委托书并发料</translation>
    </message>
    <message>
        <source>from stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>customer&apos;s own part</source>
        <translation>客户自带配件</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>不需要</translation>
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
        <source>rejected</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>{number}: {qty} released to stock</source>
        <translation>{number}：{qty} 已放行入库</translation>
    </message>
    <message>
        <source>{number}: {qty} returned to the supplier</source>
        <translation>{number}：{qty} 已退回供应商</translation>
    </message>
    <message>
        <source>{number}: {qty} rejected, in the quarantine bin (not available)</source>
        <translation>{number}：拒收 {qty}，已移入待处理区（不可用）</translation>
    </message>
    <message>
        <source>{number}: accepted</source>
        <translation>{number}：验收合格</translation>
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
        <source>Choose the supplier…</source>
        <translation>请选择供应商…</translation>
    </message>
    <message>
        <source>Supplier&apos;s delivery-note number</source>
        <translation>供应商送货单号</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Delivery note No.</source>
        <translation>送货单号</translation>
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
        <source>Print note again</source>
        <translation>重新打印入库单</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>The quantity the next scan receives (a carton of 24, 20 litres); or scan 24*CODE</source>
        <translation>下一次扫描收货的数量（整箱24个、20升）；也可扫描 24*编码</translation>
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
        <source>Picking list: scan a job card number</source>
        <translation>捡料单：请扫描任务委托书号</translation>
    </message>
    <message>
        <source>Accept (inspected, certificate seen)</source>
        <translation>验收合格（已查验合格证）</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>拒收…</translation>
    </message>
    <message>
        <source>The line (or part of it) failed inspection: it goes to the quarantine bin and is not available</source>
        <translation>该行（或其中一部分）验收不合格：移入待处理区，不计入可用库存</translation>
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
        <source>Correct quantity…</source>
        <translation>更正数量…</translation>
    </message>
    <message>
        <source>Quarantine bin…</source>
        <translation>待处理区…</translation>
    </message>
    <message>
        <source>Parts rejected at inspection: release them to stock or return them to the supplier</source>
        <translation>验收不合格的配件：放行入库或退回供应商</translation>
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
        <source>Scan a job card&apos;s number to issue its parts.</source>
        <translation>请扫描委托书号，按委托书发料。</translation>
    </message>
    <message>
        <source>Picking list of {number} ({plate}): {n} lines, {left} still to issue</source>
        <translation>{number}（{plate}）的捡料单：共 {n} 行，尚待发料 {left}</translation>
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
        <source>Received by {name}</source>
        <translation>收货人：{name}</translation>
    </message>
    <message>
        <source>The supplier of the order</source>
        <translation>采购订单的供应商</translation>
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
        <source>Choose the line in the note&apos;s lines first.</source>
        <translation>请先在入库单明细中选择一行。</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>How many of {number} are rejected? (all {qty} if empty)</source>
        <translation>{number} 拒收数量？（留空则全部 {qty}）</translation>
    </message>
    <message>
        <source>Why (damaged box, wrong part, rust…)?</source>
        <translation>拒收原因（包装破损、错件、锈蚀…）：</translation>
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
        <source>Choose the line to correct in the note&apos;s lines.</source>
        <translation>请在入库单行中选择要更正的行。</translation>
    </message>
    <message>
        <source>Correct quantity</source>
        <translation>更正数量</translation>
    </message>
    <message>
        <source>Quantity received:</source>
        <translation>实收数量：</translation>
    </message>
    <message>
        <source>Reason (e.g. scanned twice, carton of 24 scanned once):</source>
        <translation>原因（例如：重复扫描、整箱24个只扫了一次）：</translation>
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
        <source>{number} stays open: nothing was finished.</source>
        <translation>{number} 仍为打开状态：未完成入库。</translation>
    </message>
    <message>
        <source>{number} goods-received note.pdf</source>
        <translation>{number} 收货单.pdf</translation>
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
    <name>ReportTab</name>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ReturnsPanel</name>
    <message>
        <source>Return or claim…</source>
        <translation>退货或索赔…</translation>
    </message>
    <message>
        <source>Credited…</source>
        <translation>已退款…</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Credit note amount:</source>
        <translation>红字发票（退款）金额：</translation>
    </message>
    <message>
        <source>Credit note number:</source>
        <translation>红字发票号：</translation>
    </message>
    <message>
        <source>The supplier rejected this return or claim?</source>
        <translation>供应商拒绝了这笔退货或索赔吗？</translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <source>Enter a quantity.</source>
        <translation>请输入数量。</translation>
    </message>
    <message>
        <source>A quantity has at most three decimals.</source>
        <translation>数量最多三位小数。</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>Enter a quantity above zero (not {value}).</source>
        <translation>请输入大于零的数量（不是 {value}）。</translation>
    </message>
    <message>
        <source>Bin {bin} is the quarantine bin: parts go in and out of it only by an inspection decision on a goods-received note.</source>
        <translation>位置 {bin} 是待处理区：配件只能通过入库单的验收处理移入或移出。</translation>
    </message>
    <message>
        <source>Only {held} of {number} are in quarantine: {qty} cannot leave it.</source>
        <translation>{number} 在待处理区只有 {held}：不能移出 {qty}。</translation>
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
        <source>Nothing to undo.</source>
        <translation>没有可撤销的扫描。</translation>
    </message>
    <message>
        <source>That scan was not an issue to a job card; nothing was taken back.</source>
        <translation>该扫描不是向任务委托书发料，未撤销任何内容。</translation>
    </message>
    <message>
        <source>That scan was taken back already.</source>
        <translation>该扫描已经撤销过了。</translation>
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
        <source>Order {number} is sent; its lines can no longer be changed.</source>
        <translation>订单 {number} 已发出，订单行不能再修改。</translation>
    </message>
    <message>
        <source>That line is not on order {number}.</source>
        <translation>该行不在订单 {number} 上。</translation>
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
        <source>Only {on_hand} of {number} in stock: {qty} cannot be sent back.</source>
        <translation>{number} 库存只有 {on_hand}：不能退回 {qty}。</translation>
    </message>
    <message>
        <source>No such supplier return.</source>
        <translation>没有这个退货单。</translation>
    </message>
    <message>
        <source>the supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>the supplier&apos;s delivery-note number</source>
        <translation>供应商送货单号</translation>
    </message>
    <message>
        <source>the inspection decision of {parts}</source>
        <translation>{parts} 的验收结果</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Goods-received note {number} cannot be closed yet. Missing: {missing}.</source>
        <translation>入库单 {number} 还不能关闭。缺少：{missing}。</translation>
    </message>
    <message>
        <source>Order {number} is not open for receiving ({status}).</source>
        <translation>订单 {number} 当前不能收货（{status}）。</translation>
    </message>
    <message>
        <source>No goods-received note {number}.</source>
        <translation>没有入库单 {number}。</translation>
    </message>
    <message>
        <source>Goods-received note {number} is for an order: its supplier is the order&apos;s.</source>
        <translation>入库单 {number} 对应采购订单：供应商以订单为准。</translation>
    </message>
    <message>
        <source>Nothing to undo on {number}.</source>
        <translation>{number} 没有可撤销的扫描。</translation>
    </message>
    <message>
        <source>Say why the parts are rejected.</source>
        <translation>请填写拒收原因。</translation>
    </message>
    <message>
        <source>{number} on {note} is already decided: {qty} rejected by {name}.</source>
        <translation>{note} 上的 {number} 已验收：{name} 拒收 {qty}。</translation>
    </message>
    <message>
        <source>{number} on {note} is already decided: accepted by {name}.</source>
        <translation>{note} 上的 {number} 已验收：{name} 验收合格。</translation>
    </message>
    <message>
        <source>Only {qty} of {number} wait for a decision: {wanted} cannot be rejected.</source>
        <translation>{number} 只有 {qty} 待验收：不能拒收 {wanted}。</translation>
    </message>
    <message>
        <source>{number} on {note} was decided on another PC just now.</source>
        <translation>{note} 上的 {number} 刚刚已在另一台电脑上验收。</translation>
    </message>
    <message>
        <source>Only {held} of {number} are left in bin {bin}: {qty} cannot go to quarantine.</source>
        <translation>位置 {bin} 只剩 {number} {held}：不能将 {qty} 移入待处理区。</translation>
    </message>
    <message>
        <source>No such receipt line.</source>
        <translation>没有这个入库明细。</translation>
    </message>
    <message>
        <source>Nothing of {number} from {note} is in quarantine.</source>
        <translation>{note} 的 {number} 没有在待处理区的数量。</translation>
    </message>
    <message>
        <source>Only {held} of {number} from {note} are in quarantine: {qty} cannot leave it.</source>
        <translation>{note} 的 {number} 在待处理区只有 {held}：不能移出 {qty}。</translation>
    </message>
    <message>
        <source>Say why the parts may go into stock.</source>
        <translation>请填写放行入库的原因。</translation>
    </message>
    <message>
        <source>Choose the supplier of {note} first.</source>
        <translation>请先选择 {note} 的供应商。</translation>
    </message>
    <message>
        <source>{qty} of {number} on this note were rejected: the line cannot go below that.</source>
        <translation>本单 {number} 已拒收 {qty}：该行数量不能低于此数。</translation>
    </message>
    <message>
        <source>Unknown inspection result {value}.</source>
        <translation>未知的检验结果 {value}。</translation>
    </message>
    <message>
        <source>Reject a line with the reason, or release rejected parts from quarantine.</source>
        <translation>拒收请填写原因；已拒收的配件可从待处理区放行。</translation>
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
        <source>The price list has {n} new parts: choose the supplier it comes from.</source>
        <translation>价格表中有 {n} 个新配件：请选择该价格表的供应商。</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>{path} is not an Excel workbook (.xlsx) that can be read.</source>
        <translation>{path} 不是可读取的 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>The price list has no part-number column (零件号 or Part number) in its first row.</source>
        <translation>价格表第一行没有零件号列（零件号 或 Part number）。</translation>
    </message>
    <message>
        <source>{path} is damaged part way through (a copy cut short, a bad disk). Nothing was imported; save the price list again from Excel and retry.</source>
        <translation>{path} 文件中途已损坏（复制未完成或磁盘故障）。未导入任何内容；请用 Excel 重新保存价格表后再试。</translation>
    </message>
    <message>
        <source>{number}: {price} {old} → {new}, more than ×3 or ÷3: confirm it is right</source>
        <translation>{number}：{price} {old} → {new}，变动超过3倍：请确认无误</translation>
    </message>
    <message>
        <source>{path} unpacks to {size} MB, far more than a price list (at most {limit} MB): it is damaged or not a price list. Nothing was imported.</source>
        <translation>{path} 解压后达 {size} MB，远超价格表的大小（最多 {limit} MB）：文件已损坏或不是价格表。未导入任何内容。</translation>
    </message>
    <message>
        <source>no part number</source>
        <translation>没有零件号</translation>
    </message>
    <message>
        <source>{number} appears twice</source>
        <translation>{number} 出现了两次</translation>
    </message>
    <message>
        <source>{number}: not an amount: {value}</source>
        <translation>{number}：不是金额：{value}</translation>
    </message>
    <message>
        <source>{number}: no name</source>
        <translation>{number}：没有名称</translation>
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
        <source>Stocktake {number} ({scope}) is still open over these bins: finish or cancel it first.</source>
        <translation>盘点单 {number}（{scope}）仍在盘点这些位置：请先完成或取消它。</translation>
    </message>
    <message>
        <source>No bin starts with {prefix}.</source>
        <translation>没有以 {prefix} 开头的位置。</translation>
    </message>
    <message>
        <source>No part is in the category {category}.</source>
        <translation>类别 {category} 下没有零件。</translation>
    </message>
    <message>
        <source>Nothing is in stock in {scope}: there is nothing to count.</source>
        <translation>{scope} 没有库存：没有可盘点的内容。</translation>
    </message>
    <message>
        <source>Say why the stocktake is cancelled.</source>
        <translation>请说明取消盘点的原因。</translation>
    </message>
    <message>
        <source>Stocktake {number} is already {status}.</source>
        <translation>盘点单 {number} 已是 {status} 状态。</translation>
    </message>
    <message>
        <source>Say why the count is changed.</source>
        <translation>请说明更改盘点数量的原因。</translation>
    </message>
    <message>
        <source>That line is not on stocktake {number}.</source>
        <translation>该行不在盘点单 {number} 上。</translation>
    </message>
    <message>
        <source>Stocktake {number} is handed over for review: counting is closed until a recount is asked for.</source>
        <translation>盘点单 {number} 已提交复核：在要求复盘之前不能继续盘点。</translation>
    </message>
    <message>
        <source>Bin {bin} is not in stocktake {number} (bins {scope}*).</source>
        <translation>位置 {bin} 不在盘点单 {number} 的范围内（位置 {scope}*）。</translation>
    </message>
    <message>
        <source>This part is not in the category {category} that stocktake {number} counts.</source>
        <translation>该零件不属于盘点单 {number} 盘点的类别 {category}。</translation>
    </message>
    <message>
        <source>That scan is not a count of stocktake {number}.</source>
        <translation>该扫描不属于盘点单 {number}。</translation>
    </message>
    <message>
        <source>Stocktake {number} has moved on since that count; it cannot be taken back.</source>
        <translation>盘点单 {number} 在该次计数后已进入下一步，不能撤销。</translation>
    </message>
    <message>
        <source>No stocktake {number}.</source>
        <translation>没有盘点单 {number}。</translation>
    </message>
    <message>
        <source>Stocktake {number} has nothing counted to hand over.</source>
        <translation>盘点单 {number} 还没有可提交的盘点结果。</translation>
    </message>
    <message>
        <source>Nothing is counted on stocktake {number} yet.</source>
        <translation>盘点单 {number} 尚未盘点任何行。</translation>
    </message>
    <message>
        <source>Writing off every uncounted line needs a reason.</source>
        <translation>核销全部未盘行需要填写原因。</translation>
    </message>
    <message>
        <source>Approve stocktake {number} before posting.</source>
        <translation>盘点单 {number} 须先审批再过账。</translation>
    </message>
    <message>
        <source>Only lines nobody counted can be written off.</source>
        <translation>只有未盘点的行可以核销。</translation>
    </message>
    <message>
        <source>No such stocktake.</source>
        <translation>没有这个盘点单。</translation>
    </message>
    <message>
        <source>Open or start a stocktake first.</source>
        <translation>请先打开或开始一个盘点单。</translation>
    </message>
    <message>
        <source>Scan the bin label first.</source>
        <translation>请先扫描位置标签。</translation>
    </message>
    <message>
        <source>Say why the received quantity is changed.</source>
        <translation>请说明更改实收数量的原因。</translation>
    </message>
    <message>
        <source>That line is not on {number}.</source>
        <translation>该行不在 {number} 上。</translation>
    </message>
    <message>
        <source>The line already holds {qty}.</source>
        <translation>该行已经是 {qty}。</translation>
    </message>
</context>
<context>
    <name>Stocktake</name>
    <message>
        <source>not counted</source>
        <translation>未盘</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的扫描。</translation>
    </message>
    <message>
        <source>Taken back: {number} {name} · {counted}</source>
        <translation>已撤销：{number} {name} · {counted}</translation>
    </message>
    <message>
        <source>Corrected: {number} {name} · {counted}</source>
        <translation>已更正：{number} {name} · {counted}</translation>
    </message>
    <message>
        <source>Posted {number}: {moves} differences booked ({value}), {written} uncounted lines written off, {left} left unchanged.</source>
        <translation>已过账 {number}：记入差异 {moves} 行（{value}），核销未盘行 {written} 行，{left} 行保持不变。</translation>
    </message>
</context>
<context>
    <name>StocktakePage</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
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
        <source>New count:</source>
        <translation>新盘点：</translation>
    </message>
    <message>
        <source>No stocktake open: start one or open one from the list</source>
        <translation>未打开盘点单：请新建或从列表中打开</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>The quantity the next scan counts (a box of 24, 4.5 litres); or scan 24*CODE</source>
        <translation>下一次扫描计入的数量（整箱24个、4.5升）；也可扫描 24*编码</translation>
    </message>
    <message>
        <source>Scan the bin label, then each part in it (24*CODE for 24)</source>
        <translation>先扫位置标签，再扫其中每个零件（24*编码 计 24）</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>审批…</translation>
    </message>
    <message>
        <source>Post…</source>
        <translation>过账…</translation>
    </message>
    <message>
        <source>Count sheet</source>
        <translation>盘点表</translation>
    </message>
    <message>
        <source>Variance report</source>
        <translation>盘点差异表</translation>
    </message>
    <message>
        <source>Stocktake {number} ({scope}): {state}, {counted} of {n} lines counted</source>
        <translation>盘点单 {number}（{scope}）：{state}，已盘 {counted}/{n} 行</translation>
    </message>
    <message>
        <source>counted by {names}</source>
        <translation>盘点人 {names}</translation>
    </message>
    <message>
        <source>handed over by {name}</source>
        <translation>由 {name} 提交复核</translation>
    </message>
    <message>
        <source>approved by {name}</source>
        <translation>由 {name} 审批</translation>
    </message>
    <message>
        <source>Choose the line to correct in the count sheet.</source>
        <translation>请在盘点表中选择要更正的行。</translation>
    </message>
    <message>
        <source>Approve the stocktake</source>
        <translation>审批盘点</translation>
    </message>
    <message>
        <source>Note for the approval (optional):</source>
        <translation>审批意见（可选）：</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>保存单据</translation>
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
    <message>
        <source>Undo last scan</source>
        <translation>撤销上一次扫描</translation>
    </message>
    <message>
        <source>Correct line…</source>
        <translation>更正行…</translation>
    </message>
    <message>
        <source>Hand over for review</source>
        <translation>提交复核</translation>
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
        <source>Counting bin {bin}</source>
        <translation>正在盘点位置 {bin}</translation>
    </message>
</context>
<context>
    <name>StocktakeStatus</name>
    <message>
        <source>Open</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>盘点中</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>待复核</translation>
    </message>
    <message>
        <source>Recounting</source>
        <translation>复盘中</translation>
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
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Parts whose on hand + on order − reserved is below the minimum, ordered up to the quota. Untick what not to order; double-click a quantity to change it.</source>
        <translation>在库 + 在途 − 已预留 低于最低库存的零件，补足到储备定额。取消勾选不订的零件；双击数量可修改。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Make orders</source>
        <translation>生成订单</translation>
    </message>
    <message>
        <source>Make urgent orders</source>
        <translation>生成紧急订单</translation>
    </message>
</context>
<context>
    <name>SupplierReturnDialog</name>
    <message>
        <source>Return or claim to a supplier</source>
        <translation>向供应商退货或索赔</translation>
    </message>
    <message>
        <source>Return (wrong or surplus)</source>
        <translation>退货（错发或多发）</translation>
    </message>
    <message>
        <source>Claim for a faulty part</source>
        <translation>质量索赔（故障件）</translation>
    </message>
    <message>
        <source>Part number or barcode</source>
        <translation>零件号或条码</translation>
    </message>
    <message>
        <source>What is wrong with it</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <source>Goods-received note it came on (optional)</source>
        <translation>原入库单号（可选）</translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation>供应商：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Part:</source>
        <translation>零件：</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Fault:</source>
        <translation>故障：</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>入库单：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Move to another bin</source>
        <translation>移库</translation>
    </message>
    <message>
        <source>Scan or type the bin label, e.g. A-01-04</source>
        <translation>扫描或输入位置码，例如 A-01-04</translation>
    </message>
    <message>
        <source>From bin:</source>
        <translation>从位置：</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>To bin:</source>
        <translation>到位置：</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>part or bin labels with Code 128 barcodes</source>
        <translation>带 Code 128 条码的配件或货位标签</translation>
    </message>
    <message>
        <source>part numbers, comma-separated (P1,P2)</source>
        <translation>配件编号，用逗号分隔（P1,P2）</translation>
    </message>
    <message>
        <source>bin codes, comma-separated (A-01-03,A-01-04)</source>
        <translation>货位编号，用逗号分隔（A-01-03,A-01-04）</translation>
    </message>
    <message>
        <source>one 60×40 mm label a page (thermal printer)</source>
        <translation>每页一张 60×40 mm 标签（热敏打印机）</translation>
    </message>
    <message>
        <source>a purchase order as PDF</source>
        <translation>采购订单（PDF）</translation>
    </message>
    <message>
        <source>a stocktake&apos;s count sheet (blind) or variance report as PDF</source>
        <translation>盘点表（盲盘）或盘点差异报告（PDF）</translation>
    </message>
    <message>
        <source>the variance report instead of the count sheet</source>
        <translation>打印差异报告而不是盘点表</translation>
    </message>
    <message>
        <source>a goods-received note (入库单) as PDF, printed again</source>
        <translation>补打入库单（PDF）</translation>
    </message>
    <message>
        <source>a manufacturer&apos;s price list (.xlsx), with a change report</source>
        <translation>厂家价格表（.xlsx），并生成变动报告</translation>
    </message>
    <message>
        <source>write the change report to this .xlsx</source>
        <translation>将变动报告写入此 .xlsx 文件</translation>
    </message>
    <message>
        <source>report the changes without saving them</source>
        <translation>只报告变动，不保存</translation>
    </message>
    <message>
        <source>the supplier the list comes from (new parts are bought from it)</source>
        <translation>价格表所属的供应商（新配件向其采购）</translation>
    </message>
    <message>
        <source>import the good rows and report the bad ones (without it, a list with bad rows imports nothing)</source>
        <translation>导入正确的行并列出有误的行（不加此项时，有误行的价格表一行也不导入）</translation>
    </message>
    <message>
        <source>take prices that change more than ×3 or ÷3 (without it they are bad rows)</source>
        <translation>接受变动超过 3 倍或不到三分之一的价格（不加此项时按有误行处理）</translation>
    </message>
    <message>
        <source>exit status: 0 the list was imported (with --skip-bad, the bad rows skipped); 1 nothing imported</source>
        <translation>退出状态：0 价格表已导入（加 --skip-bad 时跳过有误行）；1 未导入任何内容</translation>
    </message>
    <message>
        <source>the parts store&apos;s reports as a workbook</source>
        <translation>配件仓库报表（工作簿）</translation>
    </message>
    <message>
        <source>period for turns, fill rate and sales</source>
        <translation>计算周转、满足率和销售的天数</translation>
    </message>
    <message>
        <source>a purchase order as .xlsx for the manufacturer</source>
        <translation>发给厂家的采购订单（.xlsx）</translation>
    </message>
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
        <source>No supplier named {name}.</source>
        <translation>没有名为 {name} 的供应商。</translation>
    </message>
    <message>
        <source>{rows} rows read: {new} new parts, {changed} price changes, {same} unchanged, {warnings} warnings (more than ×3 or ÷3), {bad} rows with errors.</source>
        <translation>读取 {rows} 行：新增配件 {new} 个，价格变动 {changed} 个，未变 {same} 个，警告 {warnings} 个（变动超过3倍），错误 {bad} 行。</translation>
    </message>
    <message>
        <source>  row {row}: {message} (confirmed)</source>
        <translation>  第 {row} 行：{message}（已确认）</translation>
    </message>
    <message>
        <source>  row {row}: {message}</source>
        <translation>  第 {row} 行：{message}</translation>
    </message>
    <message>
        <source>A preview: nothing was saved.</source>
        <translation>仅为预览：未保存任何内容。</translation>
    </message>
    <message>
        <source>Imported by {clerk}: {new} new parts, {changed} price changes; {skipped} rows skipped.</source>
        <translation>{clerk} 已导入：新增配件 {new} 个，价格变动 {changed} 个；跳过 {skipped} 行。</translation>
    </message>
    <message>
        <source>Nothing imported: {bad} rows have errors or unconfirmed warnings. Correct them, confirm the warnings (--confirm-warnings), or import the good rows with --skip-bad.</source>
        <translation>未导入任何内容：有 {bad} 行有错误或未确认的警告。请改正，确认警告（--confirm-warnings），或用 --skip-bad 只导入正确的行。</translation>
    </message>
</context>
</TS>
