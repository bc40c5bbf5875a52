<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>Role</name>
    <message>
        <source>Station manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front-desk supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receptionist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop supervisor / dispatcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storekeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool and documentation keeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer-relations supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer-relations specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <source>{user} may not do this ({permission}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. Try again in {minutes} minutes or ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name is 1 to 64 characters without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password has at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password mixes letters with digits or symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
