<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>{user} may not do this ({permission}).</source>
        <translation>{user} 无权执行此操作（{permission}）。</translation>
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
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>A password has at least {n} characters.</source>
        <translation>密码至少 {n} 个字符。</translation>
    </message>
    <message>
        <source>A password mixes letters with digits or symbols.</source>
        <translation>密码须同时包含字母和数字或符号。</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>没有这个用户。</translation>
    </message>
</context>
</TS>
