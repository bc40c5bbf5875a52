<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="rn_BI">
<context>
    <name>FirstRunViewModel</name>
    <message>
        <source>Enter a user name for the administrator.</source>
        <translation>请为管理员输入用户名。</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s name.</source>
        <translation>请输入管理员姓名。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>ServiceBay — first start</source>
        <translation>ServiceBay — 首次启动</translation>
    </message>
    <message>
        <source>Your station</source>
        <translation>维修站信息</translation>
    </message>
    <message>
        <source>These details are printed on job cards and settlement statements.</source>
        <translation>这些信息会打印在任务委托书和结算单上。</translation>
    </message>
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
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>The administrator signs in first and creates everyone else&apos;s accounts.</source>
        <translation>管理员首先登录，并为其他人建立账号。</translation>
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
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Create the station</source>
        <translation>建立维修站</translation>
    </message>
</context>
</TS>
