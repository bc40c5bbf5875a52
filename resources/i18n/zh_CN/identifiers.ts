<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>ServiceError</name>
    <message>
        <source>A VIN has 17 characters; {vin} has {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VIN uses digits and letters except I, O and Q; {vin} has {chars}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character (9th) of VIN {vin} should be {expected}. Check the VIN; for an imported car that really has this VIN, give a reason to accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the plate number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusual new-energy plate {plate}: check it against the licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusual plate {plate}: check it against the licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plate starts with a province character such as 京 or 粤; {plate} does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plates use no letters I or O after the office letter: {plate}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plate} is not a valid plate number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has 11 digits and starts with 1: {phone}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is not a valid unified social credit code (18 characters with a check character).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
