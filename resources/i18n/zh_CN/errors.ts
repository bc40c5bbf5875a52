<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>ServiceError</name>
    <message>
        <source>{who} changed this record at {when} while you were editing it. Your changes were not saved; reopen it to see theirs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
