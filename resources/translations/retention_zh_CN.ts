<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DueTableModel</name>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="59"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="59"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="60"/>
        <source>Closed on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="60"/>
        <source>In the bin</source>
        <translation>在回收站</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="73"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="35"/>
        <source>Consultations</source>
        <translation>法律咨询</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="36"/>
        <source>Mediation cases and dossiers</source>
        <translation>人民调解案件及卷宗</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="37"/>
        <source>Legal-aid applications</source>
        <translation>法律援助申请</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="38"/>
        <source>Contact card hand-overs</source>
        <translation>联系卡发放</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="39"/>
        <source>People with no record left</source>
        <translation>无任何记录的人员</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="180"/>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="181"/>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="294"/>
        <source>Retention of personal data</source>
        <translation>个人信息保存期限</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="183"/>
        <source>How many years each kind of record keeps its personal data after it closes (0 = kept for ever). Past its period a record is anonymised: names become 张*, ID numbers, phones and addresses are cleared, names and numbers are removed from its texts. Dates, codes and amounts stay, so every monthly total stays exactly as it was.</source>
        <translation>各类记录结束后保存个人信息的年数（0 = 永久保存）。超过保存期限的记录作匿名化处理：姓名改为“张*”，清除身份证号码、电话和住址，删除记录文字中的姓名和号码。日期、代码和金额保留不变，因此各月统计数字完全不变。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="177"/>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="177"/>
        <source> year</source>
        <translation> 年</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="191"/>
        <source>kept for ever</source>
        <translation>永久保存</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="192"/>
        <source>From: {closes}. {rule}</source>
        <translation>起算：{closes}。{rule}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="194"/>
        <source>&amp;Save periods</source>
        <translation>保存期限(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="195"/>
        <source>Save the periods (Ctrl+S)</source>
        <translation>保存期限设置（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="196"/>
        <source>Records past their period</source>
        <translation>已过保存期限的记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="197"/>
        <source>&amp;Show</source>
        <translation>显示(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="201"/>
        <source>Every kind</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="206"/>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="207"/>
        <source>&amp;Anonymise…</source>
        <translation>匿名化(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="208"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="224"/>
        <source>Retention periods saved</source>
        <translation>保存期限已保存</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="231"/>
        <source>{kind}: {n}</source>
        <translation>{kind}：{n}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="238"/>
        <source>The oldest {limit} of each kind are listed: anonymise them, and the next ones appear.</source>
        <translation>每类只列出最早的 {limit} 条：匿名化之后，其后的记录会继续列出。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="257"/>
        <source>Anonymise {n} record(s)?
{lines}

Names become 张*; ID numbers, phones, addresses and birth dates are cleared; the names, ID numbers and phones of the people involved are removed from the records&apos; texts, and with a case or application go its sessions, follow-ups and the consultations that led to it. A person other records still need keeps their data there: these records are unlinked from them. Dates, codes and amounts stay, so every monthly total stays exactly as it was.

This cannot be undone. Backups made before keep the old values until they are rotated away.</source>
        <translation>匿名化 {n} 条记录？
{lines}

姓名改为“张*”；清除身份证号码、电话、住址和出生日期；删除记录文字中有关人员的姓名、身份证号码和电话，案件或申请的调解记录、回访以及由此引出的咨询一并处理。其他记录仍需要的人员，其信息在那些记录中保留，这些记录与其解除关联。日期、代码和金额保留不变，因此各月统计数字完全不变。

此操作不可撤销。此前的备份在轮换删除之前仍保留原有信息。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="273"/>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="278"/>
        <source>Anonymise records</source>
        <translation>匿名化记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="274"/>
        <source>Anonymise</source>
        <translation>匿名化</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="279"/>
        <source>Anonymising {n} record(s)…</source>
        <translation>正在匿名化 {n} 条记录…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="281"/>
        <source>Anonymising failed</source>
        <translation>匿名化失败</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="285"/>
        <source>{n} record(s) anonymised</source>
        <translation>已匿名化 {n} 条记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="295"/>
        <source>Only an administrator can set retention periods and anonymise records.</source>
        <translation>只有管理员可以设置保存期限和匿名化记录。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/retention_dialog.py" line="297"/>
        <source>The station is open read-only: restore a backup first.</source>
        <translation>本站以只读方式打开：请先恢复备份。</translation>
    </message>
</context>
</TS>
