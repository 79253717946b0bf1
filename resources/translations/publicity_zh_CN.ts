<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PublicityPage</name>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="31"/>
        <source>Staff deployed</source>
        <translation>出动人员</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="32"/>
        <source>Vehicles</source>
        <translation>宣传车</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="33"/>
        <source>Banners</source>
        <translation>横幅</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="34"/>
        <source>Display boards</source>
        <translation>展板</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="35"/>
        <location filename="../../aidstation/gui/publicity/page.py" line="56"/>
        <source>Leaflets</source>
        <translation>宣传资料</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="36"/>
        <source>Booklets</source>
        <translation>手册</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="37"/>
        <source>Lectures</source>
        <translation>讲座场次</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="38"/>
        <location filename="../../aidstation/gui/publicity/page.py" line="55"/>
        <source>Attendees</source>
        <translation>听众人次</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="39"/>
        <source>On-site consultations</source>
        <translation>现场咨询</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="40"/>
        <source>Questions answered</source>
        <translation>解答问题</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="41"/>
        <source>Media reports</source>
        <translation>媒体报道</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="48"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="49"/>
        <location filename="../../aidstation/gui/publicity/page.py" line="124"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="50"/>
        <location filename="../../aidstation/gui/publicity/page.py" line="125"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="52"/>
        <location filename="../../aidstation/gui/publicity/page.py" line="126"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="54"/>
        <location filename="../../aidstation/gui/publicity/page.py" line="127"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="57"/>
        <location filename="../../aidstation/gui/publicity/page.py" line="139"/>
        <source>Cards</source>
        <translation>张数</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="69"/>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="120"/>
        <source>Publicity</source>
        <translation>法治宣传</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="121"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="122"/>
        <source>New activity</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="123"/>
        <source>Held on</source>
        <translation>活动日期</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="128"/>
        <source>Partners</source>
        <translation>联合单位</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="129"/>
        <source>Figures for the monthly return</source>
        <translation>月报统计数</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="132"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="133"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="134"/>
        <source>Add photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="135"/>
        <source>Remove photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="136"/>
        <location filename="../../aidstation/gui/publicity/page.py" line="240"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="137"/>
        <source>Save activity</source>
        <translation>保存活动</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="138"/>
        <source>Issue contact cards at this event</source>
        <translation>在本次活动发放联系卡</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="140"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="141"/>
        <source>Issued by</source>
        <translation>发放人</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="142"/>
        <source>Issue cards at this event</source>
        <translation>在本次活动发放</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="152"/>
        <source>{n} activities</source>
        <translation>共 {n} 场活动</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="155"/>
        <source>{a} activities · {p} attendees · {l} leaflets · {c} consulted</source>
        <translation>{a} 场活动 · 听众 {p} 人次 · 资料 {l} 份 · 现场咨询 {c} 人次</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="163"/>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="198"/>
        <source>{n} cards issued at this event so far</source>
        <translation>本次活动已发放 {n} 张</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="240"/>
        <source>Delete this activity? An administrator can restore it.</source>
        <translation>删除这次活动？管理员可以恢复。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="256"/>
        <source>Add photo</source>
        <translation>添加照片</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../aidstation/gui/publicity/page.py" line="29"/>
        <source>Publicity</source>
        <translation>法治宣传</translation>
    </message>
</context>
</TS>
