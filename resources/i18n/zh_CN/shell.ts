<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
<context>
    <name>LockPanel</name>
    <message>
        <source>Locked after a period without use</source>
        <translation>长时间未操作，已锁定</translation>
    </message>
    <message>
        <source>Signed in: {name}. Enter your password to continue.</source>
        <translation>当前登录：{name}。请输入密码继续。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ServiceBay — {station}</source>
        <translation>ServiceBay — {station}</translation>
    </message>
    <message>
        <source>Not built yet</source>
        <translation>尚未开放</translation>
    </message>
    <message>
        <source>User: {user}</source>
        <translation>用户：{user}</translation>
    </message>
    <message>
        <source>Station: {station}</source>
        <translation>维修站：{station}</translation>
    </message>
    <message>
        <source>Database: {db}</source>
        <translation>数据库：{db}</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>立即锁定</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About ServiceBay</source>
        <translation>关于 ServiceBay</translation>
    </message>
    <message>
        <source>This page could not be opened: {error}. The details are in the log file.</source>
        <translation>无法打开此页面：{error}。详细信息已记入日志文件。</translation>
    </message>
    <message>
        <source>ServiceBay {version}
The after-sales service station, on the station&apos;s own PCs.</source>
        <translation>ServiceBay {version}
在维修站自己的电脑上运行的售后服务管理系统。</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This area is not built yet. It will appear here in a later version of ServiceBay; until then, keep using your current records for it.</source>
        <translation>此功能尚未开放，将在 ServiceBay 的后续版本中提供；在此之前，请继续使用现有记录方式。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>ServiceBay — sign in</source>
        <translation>ServiceBay — 登录</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Your administrator asks you to choose a new password: at least 8 characters, letters with digits or symbols.</source>
        <translation>管理员要求您设置新密码：至少 8 个字符，字母加数字或符号。</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Change and sign in</source>
        <translation>修改并登录</translation>
    </message>
</context>
<context>
    <name>SignInViewModel</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
</TS>
