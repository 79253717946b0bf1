<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ColumnLayout</name>
    <message>
        <location filename="../../aidstation/gui/kit/columns.py" line="240"/>
        <source>Reset columns</source>
        <translation>恢复默认列</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../aidstation/gui/kit/widgets.py" line="249"/>
        <source>“{text}” is not a date: type it as 2026-12-15.</source>
        <translation>“{text}”不是日期：请按 2026-12-15 的格式输入。</translation>
    </message>
</context>
<context>
    <name>PersonFinder</name>
    <message>
        <location filename="../../aidstation/gui/kit/person_finder.py" line="56"/>
        <source>last visit {date}</source>
        <translation>最近来访 {date}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/kit/person_finder.py" line="123"/>
        <source>Name, pinyin (zs), phone or ID number&apos;s last digits…</source>
        <translation>姓名、拼音（zs）、电话或身份证号后几位…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/kit/person_finder.py" line="124"/>
        <source>Change</source>
        <translation>更换</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/kit/person_finder.py" line="164"/>
        <source>+ New person “{text}”</source>
        <translation>+ 新增人员“{text}”</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/kit/person_finder.py" line="227"/>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/kit/person_finder.py" line="228"/>
        <source>{name} with phone {phone} is already on record. Use that person?
(No creates a second person with the same name and phone.)</source>
        <translation>已有人员 {name}（电话 {phone}）。使用该人员吗？
（选“否”将新建一个同名同电话的人员。）</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../aidstation/gui/kit/messages.py" line="46"/>
        <source>Unsaved changes</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/kit/messages.py" line="47"/>
        <source>This form has changes that are not saved.</source>
        <translation>此表单有尚未保存的修改。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/kit/messages.py" line="111"/>
        <source>Written: {path}</source>
        <translation>已保存到：{path}</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../aidstation/gui/kit/tasks.py" line="180"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
