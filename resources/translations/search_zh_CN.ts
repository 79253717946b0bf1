<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../aidstation/gui/shell/search_dialog.py" line="87"/>
        <source>Search</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/search_dialog.py" line="89"/>
        <source>Name, pinyin (zs), phone, ID number&apos;s last digits, or a case, application, consultation number or card serial</source>
        <translation>姓名、拼音（zs）、电话、身份证号后几位，或案号、申请编号、咨询编号、联系卡编号</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/search_dialog.py" line="94"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/search_dialog.py" line="94"/>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/search_dialog.py" line="95"/>
        <source>Mediation case</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/search_dialog.py" line="95"/>
        <source>Legal aid</source>
        <translation>法律援助</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/search_dialog.py" line="96"/>
        <source>Contact cards</source>
        <translation>联系卡</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/search_dialog.py" line="96"/>
        <source>Publicity</source>
        <translation>普法宣传</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/search_dialog.py" line="122"/>
        <source>Type to search every record. ↑↓ move, Enter opens, Esc closes.</source>
        <translation>输入即可查找所有记录。↑↓ 选择，Enter 打开，Esc 关闭。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/search_dialog.py" line="124"/>
        <source>Nothing matches “{text}”.</source>
        <translation>没有与“{text}”相符的记录。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/search_dialog.py" line="126"/>
        <source>{n} found. ↑↓ move, Enter opens, Esc closes.</source>
        <translation>找到 {n} 条。↑↓ 选择，Enter 打开，Esc 关闭。</translation>
    </message>
</context>
</TS>
