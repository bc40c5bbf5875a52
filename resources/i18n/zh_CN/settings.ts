<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>RateTableModel</name>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>Rates</name>
    <message>
        <source>VAT rate</source>
        <translation>增值税率</translation>
    </message>
    <message>
        <source>general taxpayer</source>
        <translation>一般纳税人</translation>
    </message>
    <message>
        <source>small-scale taxpayer</source>
        <translation>小规模纳税人</translation>
    </message>
    <message>
        <source>Labour rate per hour</source>
        <translation>工时单价（元／小时）</translation>
    </message>
    <message>
        <source>Quality guarantee (km / days)</source>
        <translation>质量保证期（公里／天）</translation>
    </message>
    <message>
        <source>Numbering (prefix, period, digits)</source>
        <translation>单据编号（前缀、周期、位数）</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Station name</source>
        <translation>维修站名称</translation>
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
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Repair licence number</source>
        <translation>维修经营备案号</translation>
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
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>空闲后锁定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>维修站</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>yuan per hour</source>
        <translation>元／小时</translation>
    </message>
    <message>
        <source>Set labour rate</source>
        <translation>设定工时单价</translation>
    </message>
    <message>
        <source>Labour rate</source>
        <translation>工时单价</translation>
    </message>
    <message>
        <source>from</source>
        <translation>自</translation>
    </message>
    <message>
        <source>general taxpayer</source>
        <translation>一般纳税人</translation>
    </message>
    <message>
        <source>small-scale taxpayer</source>
        <translation>小规模纳税人</translation>
    </message>
    <message>
        <source>Set VAT rate (%)</source>
        <translation>设定增值税率（%）</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>增值税</translation>
    </message>
    <message>
        <source>Rates and numbering</source>
        <translation>费率与编号</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>新建用户…</translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation>角色…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重设密码…</translation>
    </message>
    <message>
        <source>Enable / disable</source>
        <translation>启用／停用</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <source>New password for {name}:</source>
        <translation>{name} 的新密码：</translation>
    </message>
</context>
<context>
    <name>SettingsViewModel</name>
    <message>
        <source>Enter the rate as a percentage, e.g. 13.</source>
        <translation>请以百分数输入税率，例如 13。</translation>
    </message>
    <message>
        <source>Rate saved.</source>
        <translation>费率已保存。</translation>
    </message>
    <message>
        <source>The station&apos;s details were saved.</source>
        <translation>维修站信息已保存。</translation>
    </message>
    <message>
        <source>The language changes the next time ServiceBay starts.</source>
        <translation>语言将在下次启动 ServiceBay 时生效。</translation>
    </message>
    <message>
        <source>User created.</source>
        <translation>用户已建立。</translation>
    </message>
    <message>
        <source>Roles saved.</source>
        <translation>角色已保存。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Password reset; the user changes it at the next sign-in.</source>
        <translation>密码已重设；该用户下次登录时须修改密码。</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>Roles of {name}</source>
        <translation>{name} 的角色</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>工牌号</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>工牌</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
</TS>
