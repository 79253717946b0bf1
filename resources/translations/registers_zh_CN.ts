<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DueSheetDialog</name>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="367"/>
        <location filename="../../aidstation/gui/registers/dialog.py" line="401"/>
        <location filename="../../aidstation/gui/registers/dialog.py" line="413"/>
        <source>Deadline sheet</source>
        <translation>督办单</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="368"/>
        <source>Deadline and supervision sheet (督办单)</source>
        <translation>期限督办单</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="369"/>
        <source>Look ahead (days)</source>
        <translation>提前天数</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="370"/>
        <source>Everything overdue or due within these days, grouped by kind, with names masked. Printed on A4.</source>
        <translation>列出已逾期及在此天数内到期的全部事项，按类别分组，姓名已脱敏，A4 纸打印。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="372"/>
        <source>Write…</source>
        <translation>生成…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="373"/>
        <source>Choose where to save the sheet (Ctrl+Enter)</source>
        <translation>选择督办单的保存位置（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="374"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="379"/>
        <source>{n} item(s) overdue or due by {date}.</source>
        <translation>截至 {date}，已逾期或到期事项 {n} 项。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="401"/>
        <source>Writing the deadline sheet…</source>
        <translation>正在生成督办单…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="413"/>
        <source>The sheet could not be written: {error}</source>
        <translation>督办单未能生成：{error}</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="224"/>
        <location filename="../../aidstation/gui/registers/dialog.py" line="313"/>
        <location filename="../../aidstation/gui/registers/dialog.py" line="327"/>
        <source>Print register</source>
        <translation>打印登记簿</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="225"/>
        <source>Print a register for inspection</source>
        <translation>打印供检查用的登记簿（台账）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="226"/>
        <source>Register</source>
        <translation>登记簿</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="227"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="228"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="229"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="230"/>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="231"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="232"/>
        <source>PDF (landscape A4)</source>
        <translation>PDF（A4 横向）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="233"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="234"/>
        <source>List filters</source>
        <translation>列表筛选</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="235"/>
        <source>Names and phone numbers are masked and no ID number is printed: a register is for inspection. The file is written, then opened.</source>
        <translation>登记簿供检查使用：姓名和电话已脱敏，不打印身份证号码。文件生成后会自动打开。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="237"/>
        <source>Write…</source>
        <translation>生成…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="238"/>
        <source>Choose where to save the register (Ctrl+Enter)</source>
        <translation>选择登记簿的保存位置（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="239"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="271"/>
        <source>Only what the list shows: {filters}</source>
        <translation>只含列表当前显示的记录：{filters}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="276"/>
        <source>The period ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="280"/>
        <source>{n} record(s) from {start} to {end}.</source>
        <translation>{start} 至 {end} 共 {n} 条记录。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="314"/>
        <source>Writing {register}…</source>
        <translation>正在生成{register}…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="322"/>
        <source>Register written: {n} record(s) in {path}</source>
        <translation>登记簿已生成：{n} 条记录，保存在 {path}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="327"/>
        <source>The register could not be written: {error}</source>
        <translation>登记簿未能生成：{error}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="332"/>
        <source>Register cancelled: nothing was written</source>
        <translation>已取消：未生成登记簿</translation>
    </message>
</context>
<context>
    <name>registers</name>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="43"/>
        <source>Consultation register (来访来电登记簿)</source>
        <translation>来访来电登记簿</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="44"/>
        <source>Mediation case register (人民调解受理登记簿)</source>
        <translation>人民调解受理登记簿</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="45"/>
        <source>Legal-aid application register (法律援助申请登记簿)</source>
        <translation>法律援助申请登记簿</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="46"/>
        <source>Contact card issue log (便民联系卡发放登记簿)</source>
        <translation>便民联系卡发放登记簿</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="47"/>
        <source>Publicity log (法治宣传活动登记簿)</source>
        <translation>法治宣传活动登记簿</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="48"/>
        <source>Follow-up register (回访登记簿)</source>
        <translation>回访登记簿</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="49"/>
        <source>Dispute screening register (矛盾纠纷排查登记簿)</source>
        <translation>矛盾纠纷排查登记簿</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="50"/>
        <source>Oral agreement register (人民调解口头协议登记表)</source>
        <translation>人民调解口头协议登记表</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="294"/>
        <location filename="../../aidstation/gui/registers/dialog.py" line="386"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="295"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="296"/>
        <source>Save register</source>
        <translation>保存登记簿</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="385"/>
        <source>Save deadline sheet</source>
        <translation>保存督办单</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="436"/>
        <source>Print register…</source>
        <translation>打印登记簿…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/registers/dialog.py" line="437"/>
        <source>Print the register of this list for a period, as PDF or Excel ({key})</source>
        <translation>按期间打印本列表的登记簿，PDF 或 Excel（{key}）</translation>
    </message>
</context>
</TS>
