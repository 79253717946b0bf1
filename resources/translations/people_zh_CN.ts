<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../aidstation/gui/people/page.py" line="89"/>
        <source>People</source>
        <translation>人员信息</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/page.py" line="90"/>
        <source>Search name, phone, ID number or consultation number…</source>
        <translation>搜索姓名、电话、身份证号码或咨询编号…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/page.py" line="91"/>
        <source>New person</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/page.py" line="99"/>
        <source>{n} person(s)</source>
        <translation>共 {n} 人</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="28"/>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="29"/>
        <source>Mediation</source>
        <translation>人民调解</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="30"/>
        <source>Legal aid</source>
        <translation>法律援助</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="31"/>
        <source>Contact card</source>
        <translation>联系卡</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="102"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="103"/>
        <source>&amp;ID number</source>
        <translation>身份证号码(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="104"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="105"/>
        <source>Show the full ID number (the reveal is recorded in the audit log)</source>
        <translation>显示完整身份证号码（此操作记入审计日志）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="106"/>
        <source>&amp;Gender</source>
        <translation>性别(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="108"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="108"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="108"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="110"/>
        <source>&amp;Born</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="111"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="112"/>
        <source>&amp;Ethnicity</source>
        <translation>民族(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="113"/>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="114"/>
        <source>&amp;Community</source>
        <translation>社区(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="115"/>
        <source>&amp;Occupation</source>
        <translation>职业(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="116"/>
        <source>No&amp;tes</source>
        <translation>备注(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="117"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="118"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="119"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="120"/>
        <source>Everything we &amp;hold…</source>
        <translation>本站保存的全部信息(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="122"/>
        <source>Everything the station holds about this person, as one PDF to hand to them (full values; recorded in the audit log)</source>
        <translation>本站保存的此人全部信息，生成一份交给本人的 PDF（含完整信息；记入审计日志）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="124"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="126"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="126"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="126"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="126"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="126"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="127"/>
        <source>18 characters; fills birth date and gender</source>
        <translation>18位；自动填写出生日期和性别</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="163"/>
        <source>New person</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="208"/>
        <source>History ({n})</source>
        <translation>历史记录（{n}）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="245"/>
        <source>Possible duplicate: {people}</source>
        <translation>可能重复：{people}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="286"/>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="287"/>
        <source>Already on record with the same name and phone: {people}.
Save this person anyway?</source>
        <translation>已有同名同电话的人员：{people}。
仍要保存此人吗？</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="296"/>
        <source>Person {name} saved</source>
        <translation>人员 {name} 已保存</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="299"/>
        <source>Check the ID number</source>
        <translation>请核对身份证号码</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="300"/>
        <source>This is a 15-digit legacy ID number: ask for the 18-digit number.</source>
        <translation>这是15位旧身份证号码，请向当事人询问18位号码。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="324"/>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="333"/>
        <source>Delete person</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="334"/>
        <source>Delete {name}? An administrator can restore the record.</source>
        <translation>删除{name}？管理员可以恢复此记录。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="339"/>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="344"/>
        <source>Person {name} deleted</source>
        <translation>人员 {name} 已删除</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../aidstation/gui/people/page.py" line="24"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/page.py" line="24"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/page.py" line="34"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/page.py" line="36"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/page.py" line="37"/>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/page.py" line="38"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/page.py" line="39"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/page.py" line="41"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../aidstation/gui/people/page.py" line="23"/>
        <source>People</source>
        <translation>人员信息</translation>
    </message>
</context>
</TS>
