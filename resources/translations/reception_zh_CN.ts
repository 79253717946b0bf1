<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConsultationForm</name>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="160"/>
        <source>Person</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="161"/>
        <source>&amp;Anonymous caller</source>
        <translation>匿名来访/来电(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="162"/>
        <source>Identity &amp;refused</source>
        <translation>拒绝提供身份(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="163"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="164"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="165"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="166"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="168"/>
        <source>Consultation</source>
        <translation>咨询情况</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="169"/>
        <source>Received</source>
        <translation>咨询时间</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="170"/>
        <source>C&amp;hannel</source>
        <translation>咨询方式(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="167"/>
        <source>Groups</source>
        <translation>人群类别</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="89"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="171"/>
        <source>&amp;Matter</source>
        <translation>事项类别(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="172"/>
        <source>&amp;Question</source>
        <translation>咨询内容(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="173"/>
        <source>Ad&amp;vice</source>
        <translation>解答意见(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="174"/>
        <source>&amp;Disposition</source>
        <translation>处理方式(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="175"/>
        <source>Referred &amp;to</source>
        <translation>转介单位(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="176"/>
        <source>Reply due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="177"/>
        <source>Documents drafted</source>
        <translation>代写文书（份）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="178"/>
        <source>Minutes</source>
        <translation>用时（分钟）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="179"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="180"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="181"/>
        <source>Save and &amp;next</source>
        <translation>保存并继续(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="182"/>
        <source>Save and start the next consultation (Ctrl+Enter)</source>
        <translation>保存并开始下一条咨询（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="183"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="184"/>
        <source>Discard the changes (Esc)</source>
        <translation>放弃修改（Esc）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="185"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="186"/>
        <source>Settled by &amp;oral mediation…</source>
        <translation>当场口头调解(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="188"/>
        <source>The dispute was settled here by mediation: save this consultation as sent to mediation and record the oral mediation in one short form ({key})</source>
        <translation>纠纷已当场调解：将本咨询保存为“转人民调解”，并用一张简表登记口头调解（{key}）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="191"/>
        <source>new person: name</source>
        <translation>新人员：姓名</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="192"/>
        <source>mobile or landline with area code</source>
        <translation>手机或带区号的固定电话</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="193"/>
        <source>18 characters; fills birth date and gender</source>
        <translation>18位；自动填写出生日期和性别</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="194"/>
        <source>required when answered on the spot</source>
        <translation>当场解答时必填</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="200"/>
        <source>New consultation</source>
        <translation>新咨询登记</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="202"/>
        <source>Consultation {number}</source>
        <translation>咨询登记 {number}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="206"/>
        <source>Same as &amp;last</source>
        <translation>同上次(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="211"/>
        <source>The channel of your previous consultation: {channel} (Alt+L)</source>
        <translation>沿用您上一条咨询的方式：{channel}（Alt+L）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="213"/>
        <source>No previous consultation of yours yet</source>
        <translation>您还没有登记过咨询</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="314"/>
        <source>, </source>
        <comment>between group names</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="321"/>
        <source>from the last visit ({date}): {groups}</source>
        <translation>来自上次咨询（{date}）：{groups}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="324"/>
        <source>by age ({age}): {groups}</source>
        <translation>按年龄（{age}岁）：{groups}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="326"/>
        <source>; </source>
        <comment>between reasons</comment>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="327"/>
        <source>Offered: {why}</source>
        <translation>自动勾选：{why}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="330"/>
        <source>Ticked for you, {why}. Untick what no longer applies.</source>
        <translation>已自动勾选，{why}。不再适用的请取消勾选。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="529"/>
        <source>Consultation {number} saved</source>
        <translation>咨询登记 {number} 已保存</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="590"/>
        <source>Consultation {number} deleted</source>
        <translation>咨询登记 {number} 已删除</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="584"/>
        <source>Delete consultation</source>
        <translation>删除咨询登记</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="585"/>
        <source>Delete consultation {number}? An administrator can restore it.</source>
        <translation>删除咨询登记 {number}？管理员可以恢复。</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="82"/>
        <source>All channels</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="83"/>
        <source>All dispositions</source>
        <translation>全部处理方式</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="84"/>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="122"/>
        <source>Reception</source>
        <translation>接待登记</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="123"/>
        <source>Search number, name, phone or question…</source>
        <translation>搜索编号、姓名、电话或咨询内容…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="124"/>
        <source>New consultation</source>
        <translation>新咨询登记</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="125"/>
        <source>Start a new consultation (Ctrl+N)</source>
        <translation>开始新的咨询登记（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="136"/>
        <source>{n} consultation(s)</source>
        <translation>共 {n} 条咨询</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="50"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="51"/>
        <source>Received</source>
        <translation>咨询时间</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="52"/>
        <source>Person</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="53"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="54"/>
        <source>Channel</source>
        <translation>咨询方式</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="56"/>
        <source>Matter</source>
        <translation>事项类别</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="58"/>
        <source>Disposition</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="60"/>
        <source>Question</source>
        <translation>咨询内容</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="27"/>
        <source>Reception</source>
        <translation>接待登记</translation>
    </message>
</context>
</TS>
