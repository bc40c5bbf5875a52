<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ServiceError</name>
    <message>
        <source>A VIN has 17 characters; {vin} has {n}.</source>
        <translation>VIN 应为 17 位；{vin} 有 {n} 位。</translation>
    </message>
    <message>
        <source>A VIN uses digits and letters except I, O and Q; {vin} has {chars}.</source>
        <translation>VIN 只能使用数字和除 I、O、Q 以外的字母；{vin} 含有 {chars}。</translation>
    </message>
    <message>
        <source>The check character (9th) of VIN {vin} should be {expected}. Check the VIN; for an imported car that really has this VIN, give a reason to accept it.</source>
        <translation>VIN {vin} 的校验位（第 9 位）应为 {expected}。请核对 VIN；如为确实使用此 VIN 的进口车，请填写原因后接受。</translation>
    </message>
    <message>
        <source>Enter the plate number.</source>
        <translation>请输入车牌号。</translation>
    </message>
    <message>
        <source>Unusual new-energy plate {plate}: check it against the licence.</source>
        <translation>少见的新能源号牌 {plate}：请与行驶证核对。</translation>
    </message>
    <message>
        <source>Unusual plate {plate}: check it against the licence.</source>
        <translation>少见的号牌 {plate}：请与行驶证核对。</translation>
    </message>
    <message>
        <source>A plate starts with a province character such as 京 or 粤; {plate} does not.</source>
        <translation>车牌应以省份简称开头（如京、粤）；{plate} 不是。</translation>
    </message>
    <message>
        <source>Plates use no letters I or O after the office letter: {plate}.</source>
        <translation>车牌在发牌机关代号之后不使用字母 I 和 O：{plate}。</translation>
    </message>
    <message>
        <source>{plate} is not a valid plate number.</source>
        <translation>{plate} 不是有效的车牌号。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits and starts with 1: {phone}.</source>
        <translation>手机号应为以 1 开头的 11 位数字：{phone}。</translation>
    </message>
    <message>
        <source>{code} is not a valid unified social credit code (18 characters with a check character).</source>
        <translation>{code} 不是有效的统一社会信用代码（18 位，含校验码）。</translation>
    </message>
</context>
</TS>
