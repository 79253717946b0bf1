<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PublicityPage</name>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="33"/>
        <source>Staff deployed</source>
        <translation>出动人员</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="34"/>
        <source>Vehicles</source>
        <translation>宣传车</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="35"/>
        <source>Banners</source>
        <translation>横幅</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="36"/>
        <source>Display boards</source>
        <translation>展板</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="37"/>
        <location filename="../../aidstation/gui/publicity/page.py" line="58"/>
        <source>Leaflets</source>
        <translation>宣传资料</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="38"/>
        <source>Booklets</source>
        <translation>手册</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="39"/>
        <source>Lectures</source>
        <translation>讲座场次</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="40"/>
        <location filename="../../aidstation/gui/publicity/page.py" line="57"/>
        <source>Attendees</source>
        <translation>听众人次</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="41"/>
        <source>On-site consultations</source>
        <translation>现场咨询</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="42"/>
        <source>Questions answered</source>
        <translation>解答问题</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="43"/>
        <source>Media reports</source>
        <translation>媒体报道</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="50"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="51"/>
        <location filename="../../aidstation/gui/publicity/page.py" line="155"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="52"/>
        <location filename="../../aidstation/gui/publicity/page.py" line="156"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="54"/>
        <location filename="../../aidstation/gui/publicity/page.py" line="157"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="56"/>
        <location filename="../../aidstation/gui/publicity/page.py" line="158"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="59"/>
        <location filename="../../aidstation/gui/publicity/page.py" line="171"/>
        <source>Cards</source>
        <translation>张数</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="71"/>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="78"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="79"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="151"/>
        <source>Publicity</source>
        <translation>法治宣传</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="152"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="153"/>
        <location filename="../../aidstation/gui/publicity/page.py" line="290"/>
        <source>New activity</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="154"/>
        <source>Held on</source>
        <translation>活动日期</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="159"/>
        <source>Partners</source>
        <translation>联合单位</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="160"/>
        <source>Figures for the monthly return</source>
        <translation>月报统计数</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="163"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="164"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="165"/>
        <source>Add photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="166"/>
        <source>Remove photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="167"/>
        <location filename="../../aidstation/gui/publicity/page.py" line="344"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="168"/>
        <source>Save activity</source>
        <translation>保存活动</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="169"/>
        <source>Save the activity (Ctrl+S)</source>
        <translation>保存活动（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="170"/>
        <source>Issue contact cards at this event</source>
        <translation>在本次活动发放联系卡</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="172"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="173"/>
        <source>Issued by</source>
        <translation>发放人</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="174"/>
        <source>Issue cards at this event</source>
        <translation>在本次活动发放</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="184"/>
        <source>{n} activities</source>
        <translation>共 {n} 场活动</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="187"/>
        <source>{a} activities · {p} attendees · {l} leaflets · {c} consulted</source>
        <translation>{a} 场活动 · 听众 {p} 人次 · 资料 {l} 份 · 现场咨询 {c} 人次</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="196"/>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="285"/>
        <source>{n} cards issued at this event so far</source>
        <translation>本次活动已发放 {n} 张</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="287"/>
        <source>Activity of {date}: {title}</source>
        <translation>{date} 的活动：{title}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="338"/>
        <source>Activity “{title}” of {date} saved</source>
        <translation>{date} 的活动“{title}”已保存</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="344"/>
        <source>Delete this activity? An administrator can restore it.</source>
        <translation>删除这次活动？管理员可以恢复。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="351"/>
        <source>Activity “{title}” deleted</source>
        <translation>活动“{title}”已删除</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="362"/>
        <source>Add photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="372"/>
        <source>Photo added</source>
        <translation>照片已添加</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="381"/>
        <source>Photo removed</source>
        <translation>照片已移除</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="401"/>
        <source>{n} cards issued at “{title}”</source>
        <translation>已在“{title}”活动中发放 {n} 张联系卡</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="31"/>
        <source>Publicity</source>
        <translation>法治宣传</translation>
    </message>
</context>
</TS>
