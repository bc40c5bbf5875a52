<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountsTab</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Owed on account, by days since charged</source>
        <translation>挂账欠款（按挂账天数）</translation>
    </message>
    <message>
        <source>Make account statement</source>
        <translation>生成对账单</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Bank slip or transaction no.</source>
        <translation>银行回单号或交易单号</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>登记收款</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Save for Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>Choose an account statement, or make one for a month.</source>
        <translation>请选择一张对账单，或按月份生成对账单。</translation>
    </message>
    <message>
        <source>{number} · {company} · {month}: total {total}, paid {paid}, open {open}</source>
        <translation>{number} · {company} · {month}：合计 {total}，已付 {paid}，未付 {open}</translation>
    </message>
</context>
<context>
    <name>AccountsViewModel</name>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation>0–30 天</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 天</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 天</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>90 天以上</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Not on a statement yet</source>
        <translation>未出对账单</translation>
    </message>
    <message>
        <source>Account statement</source>
        <translation>对账单号</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未付</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>结算单号</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>On account</source>
        <translation>挂账金额</translation>
    </message>
    <message>
        <source>Account statement {number} for {month}: {total}.</source>
        <translation>已生成 {month} 对账单 {number}：{total}。</translation>
    </message>
    <message>
        <source>{amount} received against {number}; {open} still open.</source>
        <translation>对账单 {number} 已收款 {amount}，尚欠 {open}。</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>已保存为 {path}</translation>
    </message>
</context>
<context>
    <name>CashierPage</name>
    <message>
        <source>Card number, plate or customer</source>
        <translation>委托书号、车牌或客户</translation>
    </message>
    <message>
        <source>Cars ready to settle or to hand back</source>
        <translation>待结算、待交车的车辆</translation>
    </message>
    <message>
        <source>Deposit…</source>
        <translation>收订金…</translation>
    </message>
    <message>
        <source>Take a deposit on a job card while the car is with us</source>
        <translation>车辆在厂期间按委托书收取订金</translation>
    </message>
    <message>
        <source>Choose a card on the left.</source>
        <translation>请在左侧选择一张委托书。</translation>
    </message>
    <message>
        <source>as usual</source>
        <translation>按常规</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>Next service</source>
        <translation>下次保养</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Reissue</source>
        <translation>重新开具</translation>
    </message>
    <message>
        <source>Print statement</source>
        <translation>打印结算单</translation>
    </message>
    <message>
        <source>Print certificate</source>
        <translation>打印合格证</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>退款…</translation>
    </message>
    <message>
        <source>Invoice no.…</source>
        <translation>登记发票号…</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Cash handed over</source>
        <translation>实收现金</translation>
    </message>
    <message>
        <source>Voucher or transaction no.</source>
        <translation>券号或交易单号</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Part payment (the rest stays owed)</source>
        <translation>部分付款（余额暂欠）</translation>
    </message>
    <message>
        <source>Put the rest on account</source>
        <translation>余额挂账</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>确认收款</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Hand the car back</source>
        <translation>交车</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>交车</translation>
    </message>
    <message>
        <source>Cashier&apos;s desk</source>
        <translation>收银台</translation>
    </message>
    <message>
        <source>Counter sale</source>
        <translation>配件销售</translation>
    </message>
    <message>
        <source>Fleet accounts</source>
        <translation>挂账对账</translation>
    </message>
    <message>
        <source>Day close</source>
        <translation>收银日结</translation>
    </message>
    <message>
        <source>settlement statement</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>completion certificate</source>
        <translation>竣工出厂合格证</translation>
    </message>
    <message>
        <source>Passed the final inspection: settle it to issue the statement.</source>
        <translation>已通过终检：结算后开具结算单。</translation>
    </message>
    <message>
        <source>Statement {number} ({status}): total {total}, the customer owes {owed}.</source>
        <translation>结算单 {number}（{status}）：合计 {total}，客户应付未付 {owed}。</translation>
    </message>
    <message>
        <source>Voided: {reason}</source>
        <translation>已作废：{reason}</translation>
    </message>
    <message>
        <source>The car has been handed back.</source>
        <translation>车辆已交付客户。</translation>
    </message>
    <message>
        <source>Still to pay after these: {amount}</source>
        <translation>以上收款后尚欠：{amount}</translation>
    </message>
    <message>
        <source>Change: {amount}</source>
        <translation>找零：{amount}</translation>
    </message>
    <message>
        <source>Void the statement</source>
        <translation>作废结算单</translation>
    </message>
    <message>
        <source>Why is the statement voided?</source>
        <translation>作废原因：</translation>
    </message>
    <message>
        <source>Invoice issued</source>
        <translation>发票已开具</translation>
    </message>
    <message>
        <source>Number of the tax invoice issued for this statement (dated today):</source>
        <translation>本结算单所开发票的号码（开票日期为今天）：</translation>
    </message>
</context>
<context>
    <name>CashierViewModel</name>
    <message>
        <source>Job card</source>
        <translation>委托书</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付费方</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>未收</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Cash handed over</source>
        <translation>实收现金</translation>
    </message>
    <message>
        <source>Statement {number} issued.</source>
        <translation>已开具结算单 {number}。</translation>
    </message>
    <message>
        <source>Statement {number} voided.</source>
        <translation>结算单 {number} 已作废。</translation>
    </message>
    <message>
        <source>{amount} taken on statement {number}.</source>
        <translation>结算单 {number} 已收款 {amount}。</translation>
    </message>
    <message>
        <source>Refund recorded.</source>
        <translation>退款已记录。</translation>
    </message>
    <message>
        <source>Deposit of {amount} taken on job card {number}.</source>
        <translation>委托书 {number} 已收订金 {amount}。</translation>
    </message>
    <message>
        <source>Change: {amount}</source>
        <translation>找零：{amount}</translation>
    </message>
    <message>
        <source>Invoice {invoice} recorded on statement {number}.</source>
        <translation>已在结算单 {number} 登记发票 {invoice}。</translation>
    </message>
    <message>
        <source>Job card {number} delivered: the car may leave.</source>
        <translation>委托书 {number} 已交车，车辆可以出厂。</translation>
    </message>
</context>
<context>
    <name>CounterSaleTab</name>
    <message>
        <source>Scan or type a part number</source>
        <translation>扫描或输入配件编号</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除此行</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Optional: the buyer&apos;s name</source>
        <translation>可选：购买人姓名</translation>
    </message>
    <message>
        <source>(no company)</source>
        <translation>（非单位客户）</translation>
    </message>
    <message>
        <source>Cash handed over</source>
        <translation>实收现金</translation>
    </message>
    <message>
        <source>Voucher or transaction no.</source>
        <translation>券号或交易单号</translation>
    </message>
    <message>
        <source>Put the rest on the company&apos;s account</source>
        <translation>余额记入单位挂账</translation>
    </message>
    <message>
        <source>Sell and take payment</source>
        <translation>销售并收款</translation>
    </message>
    <message>
        <source>Print statement</source>
        <translation>打印结算单</translation>
    </message>
    <message>
        <source>Buyer and payment</source>
        <translation>购买方与收款</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>购买人</translation>
    </message>
    <message>
        <source>Company (for an account)</source>
        <translation>单位（挂账用）</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>counter sale statement</source>
        <translation>配件销售结算单</translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation>合计：{amount}</translation>
    </message>
</context>
<context>
    <name>CounterSaleViewModel</name>
    <message>
        <source>Part number</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Sale {number}: {total} taken.</source>
        <translation>销售单 {number}：已收 {total}。</translation>
    </message>
    <message>
        <source>Change: {amount}</source>
        <translation>找零：{amount}</translation>
    </message>
</context>
<context>
    <name>DayCloseTab</name>
    <message>
        <source>Only my takings</source>
        <translation>只看本人收款</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Print day close</source>
        <translation>打印日结单</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>DayCloseViewModel</name>
    <message>
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经手人</translation>
    </message>
    <message>
        <source>Takings {total} (cash {cash}), refunds {refunds}, on account {account}.</source>
        <translation>实收合计 {total}（其中现金 {cash}），退款 {refunds}，挂账 {account}。</translation>
    </message>
</context>
<context>
    <name>DeliveryCheck</name>
    <message>
        <source>Work done and statement explained to the customer</source>
        <translation>已向客户说明维修项目及结算单</translation>
    </message>
    <message>
        <source>Old parts handed over or their disposal agreed</source>
        <translation>旧件已交还客户或已约定处理方式</translation>
    </message>
    <message>
        <source>Car clean inside and out, covers removed</source>
        <translation>车辆内外清洁，三件套已取下</translation>
    </message>
    <message>
        <source>Personal items and accessories back in the car</source>
        <translation>客户物品及随车附件已归还</translation>
    </message>
</context>
<context>
    <name>DepositDialog</name>
    <message>
        <source>Deposit</source>
        <translation>收订金</translation>
    </message>
    <message>
        <source>Cash handed over</source>
        <translation>实收现金</translation>
    </message>
    <message>
        <source>Voucher or transaction no.</source>
        <translation>券号或交易单号</translation>
    </message>
    <message>
        <source>Job card</source>
        <translation>委托书号</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
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
    <name>PaymentKind</name>
    <message>
        <source>Deposit</source>
        <translation>订金</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Account payment</source>
        <translation>对账收款</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>代金券</translation>
    </message>
    <message>
        <source>On account</source>
        <translation>挂账</translation>
    </message>
    <message>
        <source>Insurer direct payment</source>
        <translation>保险公司直赔</translation>
    </message>
    <message>
        <source>Manufacturer claim</source>
        <translation>厂家索赔</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部结算</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Supervisor&apos;s user name (if you may not approve)</source>
        <translation>主管用户名（本人无审批权时填写）</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid back by</source>
        <translation>退款方式</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <source>No completion certificate, job card or statement numbered {number}.</source>
        <translation>没有编号为 {number} 的合格证、委托书或结算单。</translation>
    </message>
    <message>
        <source>Job card {number} has no completion certificate: its repair class does not need one, or it has not passed the final inspection.</source>
        <translation>委托书 {number} 没有竣工出厂合格证：其维修类别不需要合格证，或尚未通过终检。</translation>
    </message>
    <message>
        <source>{value} is not an amount.</source>
        <translation>{value} 不是有效金额。</translation>
    </message>
    <message>
        <source>No job card numbered {number}.</source>
        <translation>没有编号为 {number} 的委托书。</translation>
    </message>
    <message>
        <source>A payment is more than zero.</source>
        <translation>收款金额必须大于零。</translation>
    </message>
    <message>
        <source>Job card {number} is {status}: it cannot become {target} now.</source>
        <translation>委托书 {number} 当前为 {status}，现在不能转为 {target}。</translation>
    </message>
    <message>
        <source>No such job card.</source>
        <translation>没有此委托书。</translation>
    </message>
    <message>
        <source>No such statement.</source>
        <translation>没有这张结算单。</translation>
    </message>
    <message>
        <source>Statement {number} was a counter sale: sell the parts again instead.</source>
        <translation>结算单 {number} 是配件销售单：请重新销售，不能重开。</translation>
    </message>
    <message>
        <source>Statement {number} is not void: void it first, with the reason.</source>
        <translation>结算单 {number} 未作废：请先填写原因将其作废。</translation>
    </message>
    <message>
        <source>{km} km is not an odometer reading.</source>
        <translation>{km} 公里不是有效的里程读数。</translation>
    </message>
    <message>
        <source>The next service falls after today.</source>
        <translation>下次保养日期须在今天之后。</translation>
    </message>
    <message>
        <source>Job card {number} is settled already: statement {statement}.</source>
        <translation>委托书 {number} 已结算：结算单 {statement}。</translation>
    </message>
    <message>
        <source>The statement of job card {number} was voided: reissue it.</source>
        <translation>委托书 {number} 的结算单已作废：请重新开具。</translation>
    </message>
    <message>
        <source>Job card {number} has not passed the final inspection ({status}): it cannot be settled yet.</source>
        <translation>委托书 {number} 尚未通过终检（{status}），还不能结算。</translation>
    </message>
    <message>
        <source>Job card {number} is {status}: there is nothing to reissue.</source>
        <translation>委托书 {number} 当前为 {status}，没有可重新开具的结算单。</translation>
    </message>
    <message>
        <source>Job card {number} has no work to settle.</source>
        <translation>委托书 {number} 没有可结算的项目。</translation>
    </message>
    <message>
        <source>Give the reason for voiding the statement.</source>
        <translation>请填写作废结算单的原因。</translation>
    </message>
    <message>
        <source>Statement {number} is void already.</source>
        <translation>结算单 {number} 已经作废。</translation>
    </message>
    <message>
        <source>A refund needs a supervisor&apos;s approval.</source>
        <translation>退款需经主管批准。</translation>
    </message>
    <message>
        <source>A refund is approved by someone else.</source>
        <translation>退款须由他人批准。</translation>
    </message>
    <message>
        <source>{user} may not approve a refund.</source>
        <translation>{user} 无权批准退款。</translation>
    </message>
    <message>
        <source>Enter at least one payment.</source>
        <translation>请至少录入一笔收款。</translation>
    </message>
    <message>
        <source>Unknown payment method {value}.</source>
        <translation>未知的付款方式 {value}。</translation>
    </message>
    <message>
        <source>{method} cannot pay this share.</source>
        <translation>{method} 不能用于支付这部分费用。</translation>
    </message>
    <message>
        <source>{value} is not a month (YYYY-MM).</source>
        <translation>{value} 不是月份（格式 YYYY-MM）。</translation>
    </message>
    <message>
        <source>No company customer named {name}.</source>
        <translation>没有名为 {name} 的单位客户。</translation>
    </message>
    <message>
        <source>{name} names several companies: {names}.</source>
        <translation>“{name}”对应多个单位：{names}。</translation>
    </message>
    <message>
        <source>{month} has not begun: an account statement covers a month that has.</source>
        <translation>{month} 尚未开始：对账单只能针对已开始的月份。</translation>
    </message>
    <message>
        <source>Only a company customer has an account statement.</source>
        <translation>只有单位客户才有对账单。</translation>
    </message>
    <message>
        <source>{company} has nothing on account up to the end of {month}.</source>
        <translation>{company} 截至 {month} 月末没有挂账。</translation>
    </message>
    <message>
        <source>No such account statement.</source>
        <translation>没有这张对账单。</translation>
    </message>
    <message>
        <source>Only cash is handed over with change.</source>
        <translation>只有现金才有实收和找零。</translation>
    </message>
    <message>
        <source>Account statement {number} is paid already.</source>
        <translation>对账单 {number} 已结清。</translation>
    </message>
    <message>
        <source>{paid} is more than the {owed} owed on account statement {number}.</source>
        <translation>{paid} 超过对账单 {number} 的欠款 {owed}。</translation>
    </message>
    <message>
        <source>The cash handed over, {tendered}, is less than the cash amount, {amount}.</source>
        <translation>客户交来的现金 {tendered} 少于现金收款金额 {amount}。</translation>
    </message>
    <message>
        <source>Job card {number} is {status}: a deposit is taken while the car is with us.</source>
        <translation>委托书 {number} 当前为 {status}：订金只能在车辆在厂期间收取。</translation>
    </message>
    <message>
        <source>Unknown payer {value}.</source>
        <translation>未知付费方 {value}。</translation>
    </message>
    <message>
        <source>Statement {number} is void: take the payment on the statement that replaced it.</source>
        <translation>结算单 {number} 已作废：请在替代它的结算单上收款。</translation>
    </message>
    <message>
        <source>Nothing is owed on statement {number}.</source>
        <translation>结算单 {number} 没有未收金额。</translation>
    </message>
    <message>
        <source>Parts stock is not available here.</source>
        <translation>此处无法使用配件库存。</translation>
    </message>
    <message>
        <source>Add at least one part to sell.</source>
        <translation>请至少添加一个要销售的配件。</translation>
    </message>
    <message>
        <source>At most {count} lines on one sale.</source>
        <translation>一张销售单最多 {count} 行。</translation>
    </message>
    <message>
        <source>Enter a quantity above zero (not {value}).</source>
        <translation>请输入大于零的数量（不是 {value}）。</translation>
    </message>
    <message>
        <source>No such customer.</source>
        <translation>没有这个客户。</translation>
    </message>
    <message>
        <source>{paid} is more than the {owed} owed. For cash, enter what the customer hands over as tendered: the change is worked out.</source>
        <translation>{paid} 超过应收的 {owed}。现金请把客户交来的金额填在“实收现金”中，系统会算出找零。</translation>
    </message>
    <message>
        <source>{paid} is less than the {owed} owed. Take the whole amount, or put the rest on account.</source>
        <translation>{paid} 少于应收 {owed}。请收足全款，或将余额挂账。</translation>
    </message>
    <message>
        <source>{amount} was paid on statement {number}: refund it before voiding the sale.</source>
        <translation>结算单 {number} 已收款 {amount}：请先退款再作废销售。</translation>
    </message>
    <message>
        <source>Statement {number} is on an account statement already: it cannot be voided.</source>
        <translation>结算单 {number} 已列入对账单，不能作废。</translation>
    </message>
    <message>
        <source>{paid} is less than the {owed} owed. Mark it as a part payment, or put the rest on account.</source>
        <translation>{paid} 少于应收的 {owed}。请标记为部分付款，或将余额挂账。</translation>
    </message>
    <message>
        <source>{customer} has no account with us: only a company customer pays on account.</source>
        <translation>{customer} 没有挂账账户：只有单位客户可以挂账。</translation>
    </message>
    <message>
        <source>Give the reason for the refund.</source>
        <translation>请填写退款原因。</translation>
    </message>
    <message>
        <source>A refund of {amount} is more than the {paid} paid.</source>
        <translation>退款 {amount} 超过已付的 {paid}。</translation>
    </message>
    <message>
        <source>Go through every item of the delivery checklist with the customer.</source>
        <translation>请与客户逐项确认交车检查单。</translation>
    </message>
    <message>
        <source>Job card {number} was delivered already.</source>
        <translation>委托书 {number} 已经交车。</translation>
    </message>
    <message>
        <source>Job card {number} is {status}: settle it before the car leaves.</source>
        <translation>委托书 {number} 当前为 {status}：车辆出厂前须先结算。</translation>
    </message>
    <message>
        <source>{owed} is still owed on statement {number}: take the payment or put it on account before the car leaves.</source>
        <translation>结算单 {number} 仍有 {owed} 未收：车辆出厂前请收款或挂账。</translation>
    </message>
    <message>
        <source>Enter the invoice number.</source>
        <translation>请输入发票号码。</translation>
    </message>
    <message>
        <source>Statement {number} is void: record the invoice on the statement that replaced it.</source>
        <translation>结算单 {number} 已作废：请在替代它的结算单上登记发票。</translation>
    </message>
    <message>
        <source>No statement numbered {number}.</source>
        <translation>没有编号为 {number} 的结算单。</translation>
    </message>
    <message>
        <source>{value} is not a quantity.</source>
        <translation>{value} 不是数量。</translation>
    </message>
    <message>
        <source>Unknown kind of line {value}.</source>
        <translation>未知的明细类别 {value}。</translation>
    </message>
    <message>
        <source>A tax classification code has 19 digits, not {value}.</source>
        <translation>税收分类编码为 19 位数字，不是 {value}。</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Export at most {days} days at a time.</source>
        <translation>每次最多导出 {days} 天。</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>{days} days or {km} km from completion, whichever comes first: until {until} or {until_km} km.</source>
        <translation>自竣工出厂之日起 {days} 日或行驶 {km} 公里，以先到者为准：至 {until} 或里程 {until_km} 公里。</translation>
    </message>
    <message>
        <source>{days} days or {km} km from completion, whichever comes first: until {until}.</source>
        <translation>自竣工出厂之日起 {days} 日或行驶 {km} 公里，以先到者为准：至 {until}。</translation>
    </message>
    <message>
        <source>At {km} km or on {date}, whichever comes first.</source>
        <translation>里程 {km} 公里或 {date}，以先到者为准。</translation>
    </message>
    <message>
        <source>On {date}.</source>
        <translation>{date}。</translation>
    </message>
    <message>
        <source>tendered {tendered}, change {change}</source>
        <translation>实收 {tendered}，找零 {change}</translation>
    </message>
    <message>
        <source>voided {at} by {user}: {reason}</source>
        <translation>{at} 由 {user} 作废：{reason}</translation>
    </message>
    <message>
        <source>all cashiers</source>
        <translation>全部收银员</translation>
    </message>
</context>
<context>
    <name>StatementStatus</name>
    <message>
        <source>Issued</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作废</translation>
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
        <source>{kind}: {code} {name}</source>
        <translation>{kind}：{code} {name}</translation>
    </message>
    <message>
        <source>{kind}: no code set (the invoicing tool will ask for one)</source>
        <translation>{kind}：未设置编码（开票软件会要求填写）</translation>
    </message>
    <message>
        <source>{count} lines of {statements} statements written: {path}</source>
        <translation>已导出 {statements} 张结算单的 {count} 行明细：{path}</translation>
    </message>
    <message>
        <source>settlement statement</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>completion certificate</source>
        <translation>竣工出厂合格证</translation>
    </message>
    <message>
        <source>a settlement statement (结算单), A4, A5 or 241 mm paper (PDF)</source>
        <translation>结算单（PDF），A4、A5 或 241 mm 连续纸</translation>
    </message>
    <message>
        <source>statement number, or the job card&apos;s number</source>
        <translation>结算单号或委托书号</translation>
    </message>
    <message>
        <source>the completion certificate (出厂合格证) of a job (PDF)</source>
        <translation>竣工出厂合格证（PDF）</translation>
    </message>
    <message>
        <source>certificate, job card or statement number</source>
        <translation>合格证号、委托书号或结算单号</translation>
    </message>
    <message>
        <source>a cashier&apos;s day close: takings per method (PDF)</source>
        <translation>收银员日结：按付款方式汇总收款（PDF）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default today)</source>
        <translation>年-月-日，YYYY-MM-DD（默认今天）</translation>
    </message>
    <message>
        <source>user name (default every cashier)</source>
        <translation>用户名（默认全部收银员）</translation>
    </message>
    <message>
        <source>a company&apos;s monthly account statement (对账单), PDF or .xlsx</source>
        <translation>单位客户的月度对账单，PDF 或 .xlsx</translation>
    </message>
    <message>
        <source>the company customer&apos;s name (or the start of it)</source>
        <translation>单位客户名称（或其开头）</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>年-月，YYYY-MM</translation>
    </message>
    <message>
        <source>FILE.pdf, or FILE.xlsx for Excel</source>
        <translation>文件.pdf，或 文件.xlsx 输出为 Excel</translation>
    </message>
    <message>
        <source>settled statements for the invoicing tool (Excel)</source>
        <translation>供开票软件使用的已结算单据（Excel）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default the first of this month)</source>
        <translation>年-月-日，YYYY-MM-DD（默认本月一日）</translation>
    </message>
    <message>
        <source>only statements with no invoice recorded</source>
        <translation>只包括尚未登记发票的结算单</translation>
    </message>
    <message>
        <source>the tax classification codes the invoice export gives each kind of line</source>
        <translation>开票导出时各类项目使用的税收分类编码</translation>
    </message>
    <message>
        <source>labour | part | other, a 19-digit code</source>
        <translation>labour（工时）| part（配件）| other（其他），19 位编码</translation>
    </message>
</context>
</TS>
