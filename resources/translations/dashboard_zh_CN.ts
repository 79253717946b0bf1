<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="56"/>
        <source>Consultations</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="57"/>
        <source>Documents drafted</source>
        <translation>代写文书（份）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="58"/>
        <source>Mediation cases received</source>
        <translation>受理调解案件</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="59"/>
        <source>Mediations succeeded</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="60"/>
        <source>Legal-aid applications</source>
        <translation>法律援助申请</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="61"/>
        <source>Applications forwarded</source>
        <translation>转交申请</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="62"/>
        <source>Contact cards issued</source>
        <translation>发放联系卡</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="63"/>
        <source>Publicity activities</source>
        <translation>普法宣传活动</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="356"/>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="371"/>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="372"/>
        <source>Due and overdue</source>
        <translation>到期与逾期事项</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="373"/>
        <source>This month against last month</source>
        <translation>本月与上月对比</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="374"/>
        <source>Consultations per month</source>
        <translation>每月咨询量</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="375"/>
        <source>Double-click or press Enter to open the record.</source>
        <translation>双击或按回车键打开该记录。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="376"/>
        <source>Double-click a figure to see the records behind it.</source>
        <translation>双击数字查看构成它的记录。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="377"/>
        <source>Record the first consultation</source>
        <translation>登记第一条咨询</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="378"/>
        <source>Import your ledgers (Settings)</source>
        <translation>导入原有台账（设置）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="379"/>
        <source>Set up the station and its users (Settings)</source>
        <translation>设置工作站信息和用户（设置）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="380"/>
        <source>Open red and yellow disputes (screening)</source>
        <translation>未化解的红色、黄色风险纠纷（排查）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="381"/>
        <source>Double-click or press Enter to open the screening round.</source>
        <translation>双击或按 Enter 打开该次排查。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="382"/>
        <source>Deadline sheet…</source>
        <translation>督办单…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="383"/>
        <source>Print everything overdue or due soon (督办单) as a PDF</source>
        <translation>将已逾期和即将到期的事项打印为督办单（PDF）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="448"/>
        <source>No working-day calendar for {year} yet: deadlines in working days count Monday to Friday there. An administrator enters its holidays and make-up working days in Settings → Working-day calendar.</source>
        <translation>尚无{year}年的工作日历：该年按工作日计算的期限暂按周一至周五计算。请管理员在“设置 → 工作日历”中录入该年的节假日和调休上班日。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="452"/>
        <source>No working-day calendar for {year} and {next} yet: deadlines in working days count Monday to Friday there. An administrator enters their holidays and make-up working days in Settings → Working-day calendar.</source>
        <translation>尚无{year}年和{next}年的工作日历：这两年按工作日计算的期限暂按周一至周五计算。请管理员在“设置 → 工作日历”中录入节假日和调休上班日。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="465"/>
        <source>No station data yet: record a consultation, or import your ledgers.</source>
        <translation>尚无工作站数据：请登记一条咨询，或导入原有台账。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="466"/>
        <source>Nothing is due.</source>
        <translation>暂无到期事项。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="355"/>
        <location filename="../../aidstation/gui/dashboard/page.py" line="428"/>
        <source>Today is {date}</source>
        <translation>今天是 {date}</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="141"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="141"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="142"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="142"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="227"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="227"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="228"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
</context>
<context>
    <name>RisksModel</name>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="196"/>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="196"/>
        <source>Found on</source>
        <translation>排查日期</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="197"/>
        <source>Area</source>
        <translation>排查区域</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="197"/>
        <source>Dispute</source>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="198"/>
        <source>Now</source>
        <translation>现状</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="199"/>
        <source>Watched</source>
        <translation>跟踪稳控</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="200"/>
        <source>In mediation</source>
        <translation>调解中</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="53"/>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
</context>
</TS>
