<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Errors</name>
    <message>
        <source>Someone else changed this record while you were editing it. Reopen it and try again.</source>
        <translation>您编辑期间，其他人修改了这条记录。请重新打开后再试。</translation>
    </message>
    <message>
        <source>The database is busy on another PC. Nothing was saved; try again in a moment.</source>
        <translation>数据库正被另一台电脑占用，未保存任何内容；请稍后再试。</translation>
    </message>
    <message>
        <source>The database cannot be reached. Nothing was saved; check the network and try again.</source>
        <translation>无法连接数据库，未保存任何内容；请检查网络后重试。</translation>
    </message>
    <message>
        <source>Something went wrong: {error}. The details are in the log file.</source>
        <translation>出现错误：{error}。详细信息已记入日志文件。</translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <source>{who} changed this record at {when} while you were editing it. Your changes were not saved; reopen it to see theirs.</source>
        <translation>您编辑期间，{who} 于 {when} 修改了这条记录。您的修改未保存；请重新打开查看对方的修改。</translation>
    </message>
</context>
</TS>
