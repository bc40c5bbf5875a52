<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>ServiceError</name>
    <message>
        <source>Enter the station&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone {zone}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language {lang}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after 1 to 240 idle minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown taxpayer kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station is set up already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station is not set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tax rate is in force on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tax rate lies between 0% and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No labour rate for {job_type} on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown job type or payer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A labour rate is more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guarantee period has positive km and days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
