<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConsultationForm</name>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="114"/>
        <source>Person</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="115"/>
        <source>&amp;Anonymous caller</source>
        <translation>匿名来访/来电(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="116"/>
        <source>Identity &amp;refused</source>
        <translation>拒绝提供身份(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="117"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="118"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="119"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="120"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="121"/>
        <source>Consultation</source>
        <translation>咨询情况</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="122"/>
        <source>Received</source>
        <translation>咨询时间</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="123"/>
        <source>C&amp;hannel</source>
        <translation>咨询方式(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="124"/>
        <source>Groups</source>
        <translation>人群类别</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="125"/>
        <source>&amp;Matter</source>
        <translation>事项类别(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="126"/>
        <source>&amp;Question</source>
        <translation>咨询内容(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="127"/>
        <source>Ad&amp;vice</source>
        <translation>解答意见(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="128"/>
        <source>&amp;Disposition</source>
        <translation>处理方式(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="129"/>
        <source>Referred &amp;to</source>
        <translation>转介单位(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="130"/>
        <source>Reply due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="131"/>
        <source>Documents drafted</source>
        <translation>代写文书（份）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="132"/>
        <source>Minutes</source>
        <translation>用时（分钟）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="133"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="134"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="135"/>
        <source>Save and &amp;next</source>
        <translation>保存并继续(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="136"/>
        <source>Save and start the next consultation (Ctrl+Enter)</source>
        <translation>保存并开始下一条咨询（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="137"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="138"/>
        <source>Discard the changes (Esc)</source>
        <translation>放弃修改（Esc）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="139"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="140"/>
        <source>new person: name</source>
        <translation>新人员：姓名</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="141"/>
        <source>mobile or landline with area code</source>
        <translation>手机或带区号的固定电话</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="142"/>
        <source>18 characters; fills birth date and gender</source>
        <translation>18位；自动填写出生日期和性别</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="147"/>
        <source>New consultation</source>
        <translation>新咨询登记</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="149"/>
        <source>Consultation {number}</source>
        <translation>咨询登记 {number}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="353"/>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="354"/>
        <source>{name} with phone {phone} is already on record. Use that person?
(No creates a second person with the same name and phone.)</source>
        <translation>已有人员 {name}（电话 {phone}）。使用该人员吗？
（选“否”将新建一个同名同电话的人员。）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="372"/>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="372"/>
        <source>Discard the changes to this consultation?</source>
        <translation>放弃对本条咨询登记的修改吗？</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="382"/>
        <source>Delete consultation</source>
        <translation>删除咨询登记</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="383"/>
        <source>Delete consultation {number}? An administrator can restore it.</source>
        <translation>删除咨询登记 {number}？管理员可以恢复。</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="77"/>
        <source>All channels</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="78"/>
        <source>All dispositions</source>
        <translation>全部处理方式</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="79"/>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="115"/>
        <source>Reception</source>
        <translation>接待登记</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="116"/>
        <source>Search number, name, phone or question…</source>
        <translation>搜索编号、姓名、电话或咨询内容…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="117"/>
        <source>New consultation</source>
        <translation>新咨询登记</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="118"/>
        <source>Start a new consultation (Ctrl+N)</source>
        <translation>开始新的咨询登记（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="134"/>
        <source>{n} consultation(s)</source>
        <translation>共 {n} 条咨询</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="148"/>
        <location filename="../../aidstation/gui/reception/page.py" line="155"/>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="148"/>
        <location filename="../../aidstation/gui/reception/page.py" line="155"/>
        <source>Discard the changes to this consultation?</source>
        <translation>放弃对本条咨询登记的修改吗？</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="46"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="47"/>
        <source>Received</source>
        <translation>咨询时间</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="48"/>
        <source>Person</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="49"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="50"/>
        <source>Channel</source>
        <translation>咨询方式</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="52"/>
        <source>Matter</source>
        <translation>事项类别</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="54"/>
        <source>Disposition</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="56"/>
        <source>Question</source>
        <translation>咨询内容</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="24"/>
        <source>Reception</source>
        <translation>接待登记</translation>
    </message>
</context>
</TS>
