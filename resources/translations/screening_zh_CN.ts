<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ItemsTableModel</name>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="76"/>
        <source>Dispute</source>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="76"/>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="77"/>
        <source>Type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="77"/>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="78"/>
        <source>What was done</source>
        <translation>处理情况</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../aidstation/gui/screening/schedule_dialog.py" line="34"/>
        <source>Screening rhythm</source>
        <translation>排查周期</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/schedule_dialog.py" line="36"/>
        <source>How often each area is screened</source>
        <translation>各区域的排查周期</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/schedule_dialog.py" line="39"/>
        <source>A round is due in an area this many days after its last one. An area set to 0 follows the station&apos;s rhythm.</source>
        <translation>某区域上次排查后经过设定天数即应再次排查。设为 0 的区域按本站统一周期。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/schedule_dialog.py" line="48"/>
        <location filename="../../aidstation/gui/screening/schedule_dialog.py" line="58"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/schedule_dialog.py" line="49"/>
        <source>&amp;Station&apos;s rhythm</source>
        <translation>本站统一周期(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/schedule_dialog.py" line="59"/>
        <source>station&apos;s rhythm</source>
        <translation>按本站周期</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/schedule_dialog.py" line="68"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/schedule_dialog.py" line="71"/>
        <source>Save the rhythm (Ctrl+S)</source>
        <translation>保存排查周期（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/schedule_dialog.py" line="72"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/schedule_dialog.py" line="106"/>
        <source>Screening rhythm saved</source>
        <translation>排查周期已保存</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="42"/>
        <source>Resolved on the spot</source>
        <translation>当场化解</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="43"/>
        <source>Handed to mediation</source>
        <translation>转人民调解</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="44"/>
        <source>Referred elsewhere</source>
        <translation>移交有关部门</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="45"/>
        <source>Watched</source>
        <translation>跟踪稳控</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="128"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="134"/>
        <source>(not recorded)</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="195"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="269"/>
        <source>Screening round</source>
        <translation>矛盾纠纷排查</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="269"/>
        <source>New screening round</source>
        <translation>新建矛盾纠纷排查</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="270"/>
        <source>&amp;Date</source>
        <translation>排查日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="270"/>
        <source>A&amp;rea</source>
        <translation>区域(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="270"/>
        <source>Screened &amp;by</source>
        <translation>排查人(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="271"/>
        <source>&amp;Method</source>
        <translation>排查方式(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="271"/>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="273"/>
        <source>Disputes found</source>
        <translation>发现矛盾纠纷</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="274"/>
        <source>Add dispute</source>
        <translation>添加纠纷</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="275"/>
        <source>Add a row for a dispute found (Alt+A)</source>
        <translation>为发现的纠纷添加一行（Alt+A）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="276"/>
        <source>Remove dispute</source>
        <translation>删除纠纷</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="277"/>
        <source>Hand to mediation…</source>
        <translation>转人民调解…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="278"/>
        <source>Save the round and open a mediation case for the chosen dispute</source>
        <translation>保存本次排查，并为所选纠纷立调解案件</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="279"/>
        <source>The chosen dispute</source>
        <translation>所选纠纷</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="280"/>
        <source>Descri&amp;ption</source>
        <translation>简要情况(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="280"/>
        <source>&amp;Type</source>
        <translation>纠纷类型(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="280"/>
        <source>Ris&amp;k</source>
        <translation>风险等级(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="281"/>
        <source>What was &amp;done</source>
        <translation>处理情况(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="281"/>
        <source>Referred to</source>
        <translation>移交单位</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="282"/>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="282"/>
        <source>Add a part&amp;y</source>
        <translation>添加当事人(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="284"/>
        <source>Remove party</source>
        <translation>移除当事人</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="285"/>
        <source>Save round</source>
        <translation>保存排查</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="286"/>
        <source>Save the round and every dispute (Ctrl+S)</source>
        <translation>保存本次排查及全部纠纷（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="287"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="331"/>
        <source>No dispute found: saved as a nil report (零报告).</source>
        <translation>未发现矛盾纠纷：将作为零报告保存。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="426"/>
        <source>Screening round of {date} saved</source>
        <translation>已保存 {date} 的排查记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/dialog.py" line="453"/>
        <source>Mediation case {number} opened</source>
        <translation>已立调解案件 {number}</translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <location filename="../../aidstation/gui/screening/page.py" line="36"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/page.py" line="37"/>
        <source>Area</source>
        <translation>排查区域</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/page.py" line="39"/>
        <source>Screened by</source>
        <translation>排查人</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/page.py" line="41"/>
        <source>Method</source>
        <translation>排查方式</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/page.py" line="43"/>
        <source>Found</source>
        <translation>发现纠纷</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/page.py" line="44"/>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/page.py" line="45"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/page.py" line="60"/>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/page.py" line="63"/>
        <source>All areas</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/page.py" line="66"/>
        <source>All rounds</source>
        <translation>全部排查</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/page.py" line="66"/>
        <source>Nil reports</source>
        <translation>零报告</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/page.py" line="67"/>
        <source>Disputes found</source>
        <translation>发现矛盾纠纷</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/page.py" line="67"/>
        <source>With a red-risk dispute</source>
        <translation>有红色风险纠纷</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/page.py" line="68"/>
        <source>With a yellow-risk dispute</source>
        <translation>有黄色风险纠纷</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/page.py" line="134"/>
        <source>Dispute screening</source>
        <translation>矛盾纠纷排查</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/page.py" line="135"/>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/page.py" line="136"/>
        <source>A&amp;rea</source>
        <translation>区域(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/page.py" line="137"/>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/page.py" line="138"/>
        <source>New round…</source>
        <translation>新建排查…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/page.py" line="139"/>
        <source>Record a screening round (Ctrl+N)</source>
        <translation>登记一次排查（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/page.py" line="140"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/page.py" line="141"/>
        <source>Open the chosen round (Enter)</source>
        <translation>打开所选排查（Enter）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/page.py" line="142"/>
        <location filename="../../aidstation/gui/screening/page.py" line="221"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/page.py" line="143"/>
        <source>Delete the chosen round (Del)</source>
        <translation>删除所选排查（Del）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/page.py" line="144"/>
        <source>Double-click or press Enter to open the round.</source>
        <translation>双击或按 Enter 打开该次排查。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/page.py" line="145"/>
        <source>Rhythm…</source>
        <translation>排查周期…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/page.py" line="146"/>
        <source>How often each area is screened</source>
        <translation>各区域的排查周期</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/page.py" line="170"/>
        <source>{n} rounds</source>
        <translation>共 {n} 次排查</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/page.py" line="222"/>
        <source>Delete the screening round of {date}? An administrator can restore it.</source>
        <translation>删除 {date} 的排查记录？管理员可以恢复。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/screening/page.py" line="228"/>
        <source>Screening round of {date} deleted</source>
        <translation>已删除 {date} 的排查记录</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../aidstation/gui/screening/page.py" line="22"/>
        <source>Screening</source>
        <translation>矛盾纠纷排查</translation>
    </message>
</context>
</TS>
