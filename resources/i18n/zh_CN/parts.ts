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
        <source>Reason</source>
        <translation>原因</translation>
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
        <source>{n} parts in stock, worth {total}</source>
        <translation>在库 {n} 个品种，金额 {total}</translation>
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
        <source>All changes</source>
        <translation>全部变动</translation>
    </message>
    <message>
        <source>New parts</source>
        <translation>新零件</translation>
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
        <source>Preview the price list before importing it.</source>
        <translation>请先预览价格表，再导入。</translation>
    </message>
    <message>
        <source>Choose a price-list workbook first.</source>
        <translation>请先选择价格表文件。</translation>
    </message>
    <message>
        <source>Preview of {rows} rows: {new} new parts, {up} prices up, {down} prices down, {other} other price changes, {same} unchanged, {bad} rows with errors. Nothing is saved yet.</source>
        <translation>预览 {rows} 行：新零件 {new} 个，涨价 {up} 个，降价 {down} 个，其他价格变动 {other} 个，未变 {same} 个，有错误的行 {bad} 行。尚未保存任何内容。</translation>
    </message>
    <message>
        <source>Imported {rows} rows: {new} new parts, {up} prices up, {down} prices down, {other} other price changes, {same} unchanged, {bad} rows with errors were skipped.</source>
        <translation>已导入 {rows} 行：新零件 {new} 个，涨价 {up} 个，降价 {down} 个，其他价格变动 {other} 个，未变 {same} 个，已跳过有错误的行 {bad} 行。</translation>
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
        <source>Errors by row: {n}</source>
        <translation>各行错误：{n}</translation>
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
        <source>The supplier rejected this return or claim?</source>
        <translation>供应商拒绝了这笔退货或索赔吗？</translation>
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
        <source>That scan is not a count of stocktake {number}.</source>
        <translation>该扫描不属于盘点单 {number}。</translation>
    </message>
    <message>
        <source>Stocktake {number} has moved on since that count; it cannot be taken back.</source>
        <translation>盘点单 {number} 在该次计数后已进入下一步，不能撤销。</translation>
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
