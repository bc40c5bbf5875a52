<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditAction</name>
    <message>
        <source>Warranty claim appraised</source>
        <translation>索赔已鉴定</translation>
    </message>
    <message>
        <source>三包 loan car or transport compensation recorded</source>
        <translation>已登记三包备用车或交通补偿</translation>
    </message>
    <message>
        <source>Warranty claim made</source>
        <translation>新建索赔单</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s decision recorded</source>
        <translation>登记厂家审核结果</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s payment recorded</source>
        <translation>登记厂家付款</translation>
    </message>
    <message>
        <source>Photo added to a warranty claim</source>
        <translation>索赔单添加照片</translation>
    </message>
    <message>
        <source>Photo removed from a warranty claim</source>
        <translation>索赔单删除照片</translation>
    </message>
    <message>
        <source>Old-part tags printed</source>
        <translation>打印旧件标签</translation>
    </message>
    <message>
        <source>Warranty claim submitted</source>
        <translation>索赔单已提交</translation>
    </message>
    <message>
        <source>Insurer added to the list</source>
        <translation>已添加保险公司</translation>
    </message>
    <message>
        <source>Insurance assessment recorded</source>
        <translation>已登记保险定损</translation>
    </message>
    <message>
        <source>Insurer&apos;s payment recorded</source>
        <translation>已登记保险公司回款</translation>
    </message>
    <message>
        <source>Insurance job opened</source>
        <translation>已建立保险理赔单</translation>
    </message>
    <message>
        <source>Supplementary assessment recorded</source>
        <translation>已登记追加定损</translation>
    </message>
    <message>
        <source>Customer&apos;s personal data erased</source>
        <translation>删除客户个人信息</translation>
    </message>
    <message>
        <source>Health records made for earlier settled jobs</source>
        <translation>为之前结算的维修生成电子健康档案</translation>
    </message>
    <message>
        <source>Health records exported to a file</source>
        <translation>电子健康档案已导出到文件</translation>
    </message>
    <message>
        <source>Health record refused by the upload</source>
        <translation>电子健康档案上传被拒</translation>
    </message>
    <message>
        <source>Health record retried</source>
        <translation>电子健康档案已重试</translation>
    </message>
    <message>
        <source>Health records marked uploaded</source>
        <translation>电子健康档案已标记为已上传</translation>
    </message>
    <message>
        <source>Repair file printed for the customer</source>
        <translation>为客户打印维修档案</translation>
    </message>
    <message>
        <source>Settlement statement printed</source>
        <translation>打印结算单</translation>
    </message>
    <message>
        <source>Promised time changed</source>
        <translation>修改约定交车时间</translation>
    </message>
    <message>
        <source>Delivery line accepted at inspection</source>
        <translation>到货验收合格</translation>
    </message>
    <message>
        <source>Delivery line rejected at inspection</source>
        <translation>到货验收不合格</translation>
    </message>
    <message>
        <source>Quarantined parts released or returned</source>
        <translation>待处理区配件放行或退回</translation>
    </message>
    <message>
        <source>Follow-up call recorded</source>
        <translation>回访电话已记录</translation>
    </message>
    <message>
        <source>Customer case opened</source>
        <translation>客户案件立案</translation>
    </message>
    <message>
        <source>Customer case resolved</source>
        <translation>客户案件已处理</translation>
    </message>
    <message>
        <source>Appointment rules changed</source>
        <translation>修改预约规则</translation>
    </message>
    <message>
        <source>Car-club member joined</source>
        <translation>车友会会员入会</translation>
    </message>
    <message>
        <source>Car-club member left</source>
        <translation>车友会会员退会</translation>
    </message>
    <message>
        <source>Car-club points earned or redeemed</source>
        <translation>车友会积分获得或兑换</translation>
    </message>
    <message>
        <source>Customer list exported for text messages</source>
        <translation>导出客户名单用于群发短信</translation>
    </message>
    <message>
        <source>Appointment list printed</source>
        <translation>打印预约登记表</translation>
    </message>
    <message>
        <source>Report targets and scheduled folder changed</source>
        <translation>报表目标和定时文件夹已修改</translation>
    </message>
    <message>
        <source>Contact consent recorded</source>
        <translation>登记联系同意</translation>
    </message>
    <message>
        <source>Customer created</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Customers merged</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>Customer file exported</source>
        <translation>导出客户档案</translation>
    </message>
    <message>
        <source>Customers imported</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Quality guarantee period set</source>
        <translation>设置质量保证期</translation>
    </message>
    <message>
        <source>Added work approved by the customer</source>
        <translation>客户同意追加项目</translation>
    </message>
    <message>
        <source>Added work declined by the customer</source>
        <translation>客户拒绝追加项目</translation>
    </message>
    <message>
        <source>Job card cancelled</source>
        <translation>取消委托书</translation>
    </message>
    <message>
        <source>Car delivered</source>
        <translation>交车</translation>
    </message>
    <message>
        <source>Discount on a job card</source>
        <translation>委托书打折</translation>
    </message>
    <message>
        <source>Line added when parts were issued</source>
        <translation>发料时追加配件项目</translation>
    </message>
    <message>
        <source>Line removed from a job card</source>
        <translation>删除委托书项目</translation>
    </message>
    <message>
        <source>Parts source of a line changed</source>
        <translation>修改项目的配件来源</translation>
    </message>
    <message>
        <source>Job card opened</source>
        <translation>开委托书</translation>
    </message>
    <message>
        <source>Price changed on a job card</source>
        <translation>委托书改价</translation>
    </message>
    <message>
        <source>Job card printed</source>
        <translation>打印委托书</translation>
    </message>
    <message>
        <source>Quality check failed, back to work</source>
        <translation>质检不合格，返工</translation>
    </message>
    <message>
        <source>Quality check passed</source>
        <translation>质检合格</translation>
    </message>
    <message>
        <source>Job card reopened</source>
        <translation>重新打开委托书</translation>
    </message>
    <message>
        <source>Rework job card opened</source>
        <translation>开返修委托书</translation>
    </message>
    <message>
        <source>Labour operations imported</source>
        <translation>导入工时项目</translation>
    </message>
    <message>
        <source>Labour operation saved</source>
        <translation>保存工时项目</translation>
    </message>
    <message>
        <source>Labour rate set</source>
        <translation>设置工时单价</translation>
    </message>
    <message>
        <source>Numbering rule set</source>
        <translation>设置编号规则</translation>
    </message>
    <message>
        <source>Barcode linked to a part</source>
        <translation>配件绑定条码</translation>
    </message>
    <message>
        <source>Barcode removed from a part</source>
        <translation>配件解除条码</translation>
    </message>
    <message>
        <source>Part created</source>
        <translation>新建配件</translation>
    </message>
    <message>
        <source>Price list imported</source>
        <translation>导入价格表</translation>
    </message>
    <message>
        <source>Part prices changed</source>
        <translation>修改配件价格</translation>
    </message>
    <message>
        <source>Back order for a job card</source>
        <translation>为委托书补订配件</translation>
    </message>
    <message>
        <source>Purchase order cancelled</source>
        <translation>取消采购订单</translation>
    </message>
    <message>
        <source>Purchase order line changed</source>
        <translation>修改采购订单行</translation>
    </message>
    <message>
        <source>Purchase order created</source>
        <translation>新建采购订单</translation>
    </message>
    <message>
        <source>Purchase order sent</source>
        <translation>发出采购订单</translation>
    </message>
    <message>
        <source>Goods receipt closed</source>
        <translation>完成入库单</translation>
    </message>
    <message>
        <source>Goods receipt corrected</source>
        <translation>更正入库单</translation>
    </message>
    <message>
        <source>Invoice price entered</source>
        <translation>录入发票价格</translation>
    </message>
    <message>
        <source>Goods receipt opened</source>
        <translation>新建入库单</translation>
    </message>
    <message>
        <source>Receiving scan undone</source>
        <translation>撤销入库扫描</translation>
    </message>
    <message>
        <source>Payment on a fleet account</source>
        <translation>挂账单位付款</translation>
    </message>
    <message>
        <source>Fleet account statement issued</source>
        <translation>出具挂账对账单</translation>
    </message>
    <message>
        <source>Counter sale settled</source>
        <translation>柜台销售结算</translation>
    </message>
    <message>
        <source>Car delivered after settlement</source>
        <translation>结算后交车</translation>
    </message>
    <message>
        <source>Deposit taken</source>
        <translation>收取预付款</translation>
    </message>
    <message>
        <source>Invoice recorded</source>
        <translation>登记发票</translation>
    </message>
    <message>
        <source>Settlement statement issued</source>
        <translation>出具结算单</translation>
    </message>
    <message>
        <source>Settlement statement reissued</source>
        <translation>重新出具结算单</translation>
    </message>
    <message>
        <source>Payment taken</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Tax classification code set</source>
        <translation>设置税收分类编码</translation>
    </message>
    <message>
        <source>Settlement statement voided</source>
        <translation>作废结算单</translation>
    </message>
    <message>
        <source>Station set up</source>
        <translation>初始化维修站</translation>
    </message>
    <message>
        <source>Station details changed</source>
        <translation>修改维修站资料</translation>
    </message>
    <message>
        <source>Stock adjusted</source>
        <translation>库存调整</translation>
    </message>
    <message>
        <source>Sold over the counter</source>
        <translation>柜台销售出库</translation>
    </message>
    <message>
        <source>Parts issued</source>
        <translation>发料</translation>
    </message>
    <message>
        <source>Issue undone</source>
        <translation>撤销发料</translation>
    </message>
    <message>
        <source>Stock below zero</source>
        <translation>负库存出库</translation>
    </message>
    <message>
        <source>Parts returned to stock</source>
        <translation>退料入库</translation>
    </message>
    <message>
        <source>Stocktake approved</source>
        <translation>盘点审核通过</translation>
    </message>
    <message>
        <source>Stocktake cancelled</source>
        <translation>取消盘点</translation>
    </message>
    <message>
        <source>Stocktake count corrected</source>
        <translation>更正盘点数量</translation>
    </message>
    <message>
        <source>Stocktake count undone</source>
        <translation>撤销盘点计数</translation>
    </message>
    <message>
        <source>Stocktake handed over for review</source>
        <translation>盘点提交审核</translation>
    </message>
    <message>
        <source>Stocktake posted</source>
        <translation>盘点过账</translation>
    </message>
    <message>
        <source>Recount requested</source>
        <translation>要求复盘</translation>
    </message>
    <message>
        <source>Stocktake started</source>
        <translation>开始盘点</translation>
    </message>
    <message>
        <source>Supplier created</source>
        <translation>新建供应商</translation>
    </message>
    <message>
        <source>Parts returned to a supplier</source>
        <translation>向供应商退货</translation>
    </message>
    <message>
        <source>Claim against a supplier</source>
        <translation>向供应商索赔</translation>
    </message>
    <message>
        <source>Supplier return settled</source>
        <translation>供应商退货已结清</translation>
    </message>
    <message>
        <source>VAT rate set</source>
        <translation>设置增值税率</translation>
    </message>
    <message>
        <source>Tool calibrated</source>
        <translation>工具校准</translation>
    </message>
    <message>
        <source>Charge for a tool incident set</source>
        <translation>设置工具事故赔偿</translation>
    </message>
    <message>
        <source>Tool created</source>
        <translation>新建工具</translation>
    </message>
    <message>
        <source>Tool returned damaged</source>
        <translation>工具归还时损坏</translation>
    </message>
    <message>
        <source>Tool returned incomplete</source>
        <translation>工具归还时不完整</translation>
    </message>
    <message>
        <source>Tool lost</source>
        <translation>工具丢失</translation>
    </message>
    <message>
        <source>Tool damage rule changed</source>
        <translation>修改工具赔偿规则</translation>
    </message>
    <message>
        <source>Tool state changed</source>
        <translation>工具状态变更</translation>
    </message>
    <message>
        <source>Tool details changed</source>
        <translation>修改工具资料</translation>
    </message>
    <message>
        <source>Approvals paused after wrong passwords</source>
        <translation>密码错误过多，暂停审批</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Discount limit changed</source>
        <translation>折扣上限已更改</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>User locked after failed sign-ins</source>
        <translation>登录失败过多，账户锁定</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Password set to expire</source>
        <translation>密码设为到期</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <source>Vehicles merged</source>
        <translation>合并车辆</translation>
    </message>
    <message>
        <source>Lower odometer reading accepted</source>
        <translation>接受较低的里程读数</translation>
    </message>
    <message>
        <source>Vehicle owner changed</source>
        <translation>车辆过户</translation>
    </message>
    <message>
        <source>VIN check overridden</source>
        <translation>跳过VIN校验</translation>
    </message>
    <message>
        <source>Forgotten clock-out corrected</source>
        <translation>更正漏打的下班时间</translation>
    </message>
    <message>
        <source>Work dispatched</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Dispatched work moved</source>
        <translation>调整派工</translation>
    </message>
    <message>
        <source>Workshop team saved</source>
        <translation>保存班组</translation>
    </message>
    <message>
        <source>Work unassigned</source>
        <translation>取消派工</translation>
    </message>
</context>
<context>
    <name>AuditField</name>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>货位</translation>
    </message>
    <message>
        <source>On hand in the bin</source>
        <translation>货位库存</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借用人</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>联次</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>位数</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Confirmed duplicates</source>
        <translation>确认的重复客户</translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误数</translation>
    </message>
    <message>
        <source>Model family</source>
        <translation>车系</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事故</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Job card</source>
        <translation>委托书</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Marked exported</source>
        <translation>标记为已导出</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>维修次数</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>公里数</translation>
    </message>
    <message>
        <source>Left unchanged</source>
        <translation>未变动</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>价格表</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>被合并</translation>
    </message>
    <message>
        <source>Merged record</source>
        <translation>被合并记录</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Stock move</source>
        <translation>库存流水</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次到期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>旧值</translation>
    </message>
    <message>
        <source>Open before</source>
        <translation>之前未结</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付款方</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Audit entries redacted</source>
        <translation>已脱敏的审计记录</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>单据号</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>冲销流水</translation>
    </message>
    <message>
        <source>Rework of</source>
        <translation>返修原委托书</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Scan key</source>
        <translation>扫描键</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Parts source</source>
        <translation>配件来源</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>核销</translation>
    </message>
    <message>
        <source>Customer due</source>
        <translation>客户应付</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>另一记录</translation>
    </message>
    <message>
        <source>Other record&apos;s id</source>
        <translation>另一记录编号</translation>
    </message>
    <message>
        <source>Other VIN</source>
        <translation>另一VIN</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
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
        <source>Trade price</source>
        <translation>批发价</translation>
    </message>
    <message>
        <source>Warranty price</source>
        <translation>索赔价</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <source>Unified credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>许可证号</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>空闲锁屏分钟数</translation>
    </message>
    <message>
        <source>Taxpayer kind</source>
        <translation>纳税人类型</translation>
    </message>
    <message>
        <source>Item number</source>
        <translation>工具编号</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>适用车型</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购置日期</translation>
    </message>
    <message>
        <source>Calibration interval (days)</source>
        <translation>校准周期（天）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>费率</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>AuditRecord</name>
    <message>
        <source>Fleet account statement</source>
        <translation>挂账对账单</translation>
    </message>
    <message>
        <source>Customer case</source>
        <translation>客户案件</translation>
    </message>
    <message>
        <source>Appointment list of</source>
        <translation>预约登记表</translation>
    </message>
    <message>
        <source>Car-club member</source>
        <translation>车友会会员</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>客户名单</translation>
    </message>
    <message>
        <source>Appointment rules</source>
        <translation>预约规则</translation>
    </message>
    <message>
        <source>Report settings</source>
        <translation>报表设置</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>回访任务</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Goods receipt</source>
        <translation>入库单</translation>
    </message>
    <message>
        <source>Health record</source>
        <translation>电子健康档案</translation>
    </message>
    <message>
        <source>Quality guarantee period</source>
        <translation>质量保证期</translation>
    </message>
    <message>
        <source>Job card</source>
        <translation>委托书</translation>
    </message>
    <message>
        <source>Labour operation</source>
        <translation>工时项目</translation>
    </message>
    <message>
        <source>Labour rate</source>
        <translation>工时单价</translation>
    </message>
    <message>
        <source>Numbering rule</source>
        <translation>编号规则</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>采购订单</translation>
    </message>
    <message>
        <source>Settlement statement</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>Completion certificate</source>
        <translation>竣工出厂合格证</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>维修站</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Supplier return</source>
        <translation>供应商退货</translation>
    </message>
    <message>
        <source>Tax classification code</source>
        <translation>税收分类编码</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>增值税率</translation>
    </message>
    <message>
        <source>Tool incident</source>
        <translation>工具事故</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Tool damage rule</source>
        <translation>工具赔偿规则</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Workshop team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Work time</source>
        <translation>工作时段</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Customer relations</source>
        <translation>客户关系</translation>
    </message>
    <message>
        <source>Customer file</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Repair file</source>
        <translation>维修档案</translation>
    </message>
    <message>
        <source>Warranty claim</source>
        <translation>索赔单</translation>
    </message>
    <message>
        <source>Warranty claim settings</source>
        <translation>索赔设置</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s payment</source>
        <translation>厂家付款</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>Insurance job</source>
        <translation>保险理赔单</translation>
    </message>
    <message>
        <source>Insurer&apos;s payment</source>
        <translation>保险公司回款</translation>
    </message>
    <message>
        <source>Insurance jobs</source>
        <translation>保险理赔</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
</context>
<context>
    <name>AuditValue</name>
    <message>
        <source>never restarts</source>
        <translation>连续编号</translation>
    </message>
    <message>
        <source>restarts each year</source>
        <translation>每年重新编号</translation>
    </message>
    <message>
        <source>restarts each month</source>
        <translation>每月重新编号</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>See job cards and estimates</source>
        <translation>查看任务委托书和估价单</translation>
    </message>
    <message>
        <source>Receive cars; edit job cards and their lines</source>
        <translation>接车；编辑任务委托书及其项目</translation>
    </message>
    <message>
        <source>Cancel a job card</source>
        <translation>取消任务委托书</translation>
    </message>
    <message>
        <source>Record the quality check</source>
        <translation>记录质量检验</translation>
    </message>
    <message>
        <source>Settle job cards and take payment</source>
        <translation>结算任务委托书并收款</translation>
    </message>
    <message>
        <source>See appointments</source>
        <translation>查看预约</translation>
    </message>
    <message>
        <source>Book and change appointments</source>
        <translation>登记和修改预约</translation>
    </message>
    <message>
        <source>See the workshop board</source>
        <translation>查看车间看板</translation>
    </message>
    <message>
        <source>Dispatch work to technicians and bays</source>
        <translation>向技师和工位派工</translation>
    </message>
    <message>
        <source>Clock on and off jobs</source>
        <translation>作业开工/停工打卡</translation>
    </message>
    <message>
        <source>See parts and stock</source>
        <translation>查看配件和库存</translation>
    </message>
    <message>
        <source>Create and edit parts, bins and suppliers</source>
        <translation>新建和编辑配件、货位和供应商</translation>
    </message>
    <message>
        <source>Change part prices; import price lists</source>
        <translation>修改配件价格；导入价格表</translation>
    </message>
    <message>
        <source>Receive deliveries into stock</source>
        <translation>到货入库</translation>
    </message>
    <message>
        <source>Issue parts to jobs; sell over the counter</source>
        <translation>向维修作业发料；柜台销售</translation>
    </message>
    <message>
        <source>Order parts from suppliers</source>
        <translation>向供应商订购配件</translation>
    </message>
    <message>
        <source>See purchase costs: average cost, purchase prices and stock value</source>
        <translation>查看采购成本：平均成本、进货价和库存金额</translation>
    </message>
    <message>
        <source>Count stock</source>
        <translation>盘点库存</translation>
    </message>
    <message>
        <source>Approve and post a stocktake</source>
        <translation>审批并过账盘点</translation>
    </message>
    <message>
        <source>Issue below zero stock (logged)</source>
        <translation>负库存发料（记入日志）</translation>
    </message>
    <message>
        <source>See tools and loans</source>
        <translation>查看工具和借用</translation>
    </message>
    <message>
        <source>Create and edit tools; calibration</source>
        <translation>新建和编辑工具；校准</translation>
    </message>
    <message>
        <source>Lend and take back tools</source>
        <translation>借出和收回工具</translation>
    </message>
    <message>
        <source>See the customer file</source>
        <translation>查看客户档案</translation>
    </message>
    <message>
        <source>Edit and import customers and vehicles</source>
        <translation>编辑和导入客户及车辆</translation>
    </message>
    <message>
        <source>Merge duplicate customers and vehicles</source>
        <translation>合并重复的客户和车辆</translation>
    </message>
    <message>
        <source>See customers&apos; full phone numbers</source>
        <translation>查看客户完整电话号码</translation>
    </message>
    <message>
        <source>Export the customer file (logged)</source>
        <translation>导出客户档案（记入日志）</translation>
    </message>
    <message>
        <source>Erase a customer&apos;s personal data on their request (logged)</source>
        <translation>应客户要求删除其个人信息（记录日志）</translation>
    </message>
    <message>
        <source>See customer-relations follow-ups</source>
        <translation>查看客户关系回访</translation>
    </message>
    <message>
        <source>Record follow-ups and complaints</source>
        <translation>记录回访和投诉</translation>
    </message>
    <message>
        <source>See warranty claims</source>
        <translation>查看索赔</translation>
    </message>
    <message>
        <source>Prepare and submit warranty claims</source>
        <translation>编制和提交索赔</translation>
    </message>
    <message>
        <source>Appraise warranty claims (fault code and cause)</source>
        <translation>索赔鉴定（故障代码和原因）</translation>
    </message>
    <message>
        <source>See insurance jobs and what insurers owe</source>
        <translation>查看保险理赔单及保险公司应收账款</translation>
    </message>
    <message>
        <source>Record insurance assessments, insurers and their payments</source>
        <translation>登记保险定损、保险公司及其回款</translation>
    </message>
    <message>
        <source>See management reports</source>
        <translation>查看管理报表</translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation>查阅审计日志</translation>
    </message>
    <message>
        <source>Approve discounts above another person&apos;s limit</source>
        <translation>审批超出他人权限的折扣</translation>
    </message>
    <message>
        <source>Change the station&apos;s settings and catalogues</source>
        <translation>修改维修站设置和目录</translation>
    </message>
    <message>
        <source>Manage users, roles and passwords</source>
        <translation>管理用户、角色和密码</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Station manager</source>
        <translation>维修站站长</translation>
    </message>
    <message>
        <source>Front-desk supervisor</source>
        <translation>前台主管</translation>
    </message>
    <message>
        <source>Service advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Receptionist</source>
        <translation>服务接待</translation>
    </message>
    <message>
        <source>Workshop supervisor / dispatcher</source>
        <translation>车间主管／调度员</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Technical supervisor</source>
        <translation>技术主管</translation>
    </message>
    <message>
        <source>Quality inspector</source>
        <translation>质量检查员</translation>
    </message>
    <message>
        <source>Parts supervisor</source>
        <translation>配件主管</translation>
    </message>
    <message>
        <source>Parts planner</source>
        <translation>配件计划员</translation>
    </message>
    <message>
        <source>Storekeeper</source>
        <translation>仓库管理员</translation>
    </message>
    <message>
        <source>Tool and documentation keeper</source>
        <translation>工具资料管理员</translation>
    </message>
    <message>
        <source>Information clerk</source>
        <translation>信息员</translation>
    </message>
    <message>
        <source>Warranty clerk</source>
        <translation>索赔专员</translation>
    </message>
    <message>
        <source>Insurance clerk</source>
        <translation>保险理赔员</translation>
    </message>
    <message>
        <source>Customer-relations supervisor</source>
        <translation>客户关系中心主管</translation>
    </message>
    <message>
        <source>Customer-relations specialist</source>
        <translation>客户关系专员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <source>The account of {user} has been disabled; nothing more can be done in this session.</source>
        <translation>{user} 的账户已被停用；本次会话不能再进行任何操作。</translation>
    </message>
    <message>
        <source>{user} may not do this: “{permission}” is not among the rights of their roles ({roles}).</source>
        <translation>{user}无权执行此操作：其角色（{roles}）不具备“{permission}”权限。</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>This account has been disabled. Sign out; another person may sign in.</source>
        <translation>此账户已被停用。请退出登录，其他人可以登录。</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <source>Enter the approver&apos;s user name and password.</source>
        <translation>请输入审批人的用户名和密码。</translation>
    </message>
    <message>
        <source>The approver&apos;s user name or password is wrong.</source>
        <translation>审批人的用户名或密码错误。</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. Try again in {minutes} minutes or ask the administrator.</source>
        <translation>密码错误次数过多，账号已锁定。请 {minutes} 分钟后再试，或联系管理员。</translation>
    </message>
    <message>
        <source>A user name is 1 to 64 characters without spaces.</source>
        <translation>用户名为 1 到 64 个字符，不能含空格。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation>请至少为用户指定一个角色。</translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation>用户名 {name} 已被使用。</translation>
    </message>
    <message>
        <source>A discount limit is a percentage from 0 to 100; “{typed}” is not.</source>
        <translation>折扣上限是 0 到 100 之间的百分比；“{typed}”不是。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <source>A password has at least {n} characters.</source>
        <translation>密码至少 {n} 个字符。</translation>
    </message>
    <message>
        <source>The password holds an invisible or broken character (often from a paste); type it instead.</source>
        <translation>密码中含有不可见或损坏的字符（常见于粘贴的内容）；请手动输入密码。</translation>
    </message>
    <message>
        <source>A password mixes letters with digits or symbols.</source>
        <translation>密码须同时包含字母和数字或符号。</translation>
    </message>
    <message>
        <source>This password is too easy to guess; choose another.</source>
        <translation>此密码太容易被猜到，请换一个。</translation>
    </message>
    <message>
        <source>A password may not be the user name with digits or symbols added.</source>
        <translation>密码不能是用户名加上数字或符号。</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>没有这个用户。</translation>
    </message>
    <message>
        <source>Data is being restored… (started on {host}). Sign in again when it has finished.</source>
        <translation>正在恢复数据…（由 {host} 发起）。恢复完成后请重新登录。</translation>
    </message>
    <message>
        <source>Data is being restored… (started on {host} at {time} UTC, more than {hours} hours ago). If no restore is running any more, the administrator clears the mark with: servicebay restore --end-maintenance</source>
        <translation>正在恢复数据…（由 {host} 于 UTC {time} 发起，已超过 {hours} 小时）。如果已经没有恢复在进行，管理员可用以下命令清除该标记：servicebay restore --end-maintenance</translation>
    </message>
    <message>
        <source>Too many wrong approval passwords on this PC. Try again in {seconds} seconds.</source>
        <translation>本机输入错误的审批密码次数过多。请在 {seconds} 秒后再试。</translation>
    </message>
</context>
</TS>
