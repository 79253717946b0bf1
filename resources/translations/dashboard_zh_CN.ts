<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="20"/>
        <source>Consultations</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="21"/>
        <source>Documents drafted</source>
        <translation>代写文书（份）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="22"/>
        <source>Mediation cases received</source>
        <translation>受理调解案件</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="23"/>
        <source>Mediations succeeded</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="24"/>
        <source>Legal-aid applications</source>
        <translation>法律援助申请</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="25"/>
        <source>Applications forwarded</source>
        <translation>转交申请</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="26"/>
        <source>Contact cards issued</source>
        <translation>发放联系卡</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="27"/>
        <source>Publicity activities</source>
        <translation>普法宣传活动</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="98"/>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="99"/>
        <source>Due and overdue</source>
        <translation>到期与逾期事项</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="100"/>
        <source>This month against last month</source>
        <translation>本月与上月对比</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="101"/>
        <source>Consultations per month</source>
        <translation>每月咨询量</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="103"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="103"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="103"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="103"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="105"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="105"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="105"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="115"/>
        <source>Today is {date}</source>
        <translation>今天是 {date}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="126"/>
        <source>Nothing is due this week.</source>
        <translation>本周没有到期事项。</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="17"/>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
</context>
</TS>
