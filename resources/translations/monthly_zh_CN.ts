<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DistrictPage</name>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="125"/>
        <source>Month of most files</source>
        <translation>按多数文件的月份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="172"/>
        <location filename="../../ui/district_page.ui" line="28"/>
        <source>Station workbooks</source>
        <translation>各站月报文件</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="173"/>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="183"/>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="188"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="177"/>
        <source>A folder of station workbooks</source>
        <translation>存放各站月报的文件夹</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="182"/>
        <source>Write the merged workbook</source>
        <translation>保存汇总工作簿</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="187"/>
        <source>District template</source>
        <translation>区里的报表模板</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="243"/>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="251"/>
        <source>Forget key</source>
        <translation>删除密钥</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="244"/>
        <source>Forget the key registered for {code}? Do it only when the station has told you it has a new key: its next signed workbook registers whatever key it carries.</source>
        <translation>删除为 {code} 登记的密钥？仅在该站已告知其更换了密钥时才这样做：该站下一份签名月报所附的密钥将被登记。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="258"/>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="260"/>
        <source>Check files</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="258"/>
        <source>Reading the workbooks…</source>
        <translation>正在读取工作簿…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="268"/>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="270"/>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="326"/>
        <location filename="../../ui/district_page.ui" line="10"/>
        <source>District merge</source>
        <translation>区级汇总</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="268"/>
        <source>Merging the workbooks…</source>
        <translation>正在汇总工作簿…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="275"/>
        <source>Nothing was written: {reason}</source>
        <translation>未写入任何文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="283"/>
        <source>The workbooks could not be merged: {reason}</source>
        <translation>无法汇总工作簿：{reason}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="291"/>
        <source>{n} stations to merge for {month}; {p} problems.</source>
        <translation>{month} 可汇总 {n} 个站点；问题 {p} 项。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="307"/>
        <source>merged</source>
        <translation>已汇总</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="309"/>
        <source>left out, see Problems</source>
        <translation>未汇总，见“问题”</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="319"/>
        <source>{n} stations merged for {month} into {path}.</source>
        <translation>已将 {month} 的 {n} 个站点汇总到 {path}。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="322"/>
        <source>{p} problems are listed on its 问题 sheet.</source>
        <translation>{p} 项问题列在其“问题”工作表中。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="325"/>
        <source>District template:</source>
        <translation>区报表模板：</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.ui" line="11"/>
        <source>Merge the monthly workbooks sent by the stations. Files with problems are listed and left out; the rest is merged.</source>
        <translation>汇总各站报送的月报工作簿。有问题的文件会列出并不予汇总，其余照常汇总。</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.ui" line="14"/>
        <source>Add &amp;files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.ui" line="15"/>
        <source>Add a f&amp;older…</source>
        <translation>添加文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.ui" line="16"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.ui" line="17"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.ui" line="19"/>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.ui" line="37"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.ui" line="48"/>
        <source>Station keys</source>
        <translation>站点密钥</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.ui" line="50"/>
        <source>Each station signs its workbooks. The first signed workbook of a station registers its key; a workbook signed with another key is left out.</source>
        <translation>各站点对其月报签名。某站第一份签名月报登记该站密钥；用其他密钥签名的月报不予汇总。</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.ui" line="60"/>
        <source>Forget &amp;key…</source>
        <translation>删除密钥(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.ui" line="69"/>
        <source>District &amp;template:</source>
        <translation>区报表模板(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.ui" line="71"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.ui" line="72"/>
        <source>No template</source>
        <translation>不用模板</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.ui" line="79"/>
        <source>&amp;Check files</source>
        <translation>检查文件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.ui" line="80"/>
        <source>&amp;Write merged workbook…</source>
        <translation>生成汇总表(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <location filename="../../aidstation/gui/reporting/explain_dialog.py" line="28"/>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/explain_dialog.py" line="29"/>
        <source>Mediation case</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/explain_dialog.py" line="30"/>
        <source>Legal-aid application</source>
        <translation>法律援助申请</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/explain_dialog.py" line="31"/>
        <source>Contact cards</source>
        <translation>便民联系卡</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/explain_dialog.py" line="32"/>
        <source>Publicity activity</source>
        <translation>宣传活动</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/explain_dialog.py" line="33"/>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/explain_dialog.py" line="115"/>
        <source>Records behind a figure</source>
        <translation>数据明细</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/explain_dialog.py" line="120"/>
        <source>{indicator}: {value} {unit}</source>
        <translation>{indicator}：{value} {unit}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/explain_dialog.py" line="141"/>
        <source>{period} · this figure is entered by hand for the month; no records make it up.</source>
        <translation>{period} · 此项为按月手工填报，没有对应的记录。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/explain_dialog.py" line="143"/>
        <source>{period} · the rate is worked out from the cases concluded in the period: {n} cases (the denominator).</source>
        <translation>{period} · 比率按本期办结的案件计算，共 {n} 件（分母）。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/explain_dialog.py" line="146"/>
        <source>{period} · records: {n}.</source>
        <translation>{period} · 共 {n} 条记录。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/explain_dialog.py" line="148"/>
        <source>{period} · records: {n}, adding up to {total}.</source>
        <translation>{period} · 共 {n} 条记录，合计 {total}。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/explain_dialog.py" line="153"/>
        <source>Only the first {limit} are listed.</source>
        <translation>仅列出前 {limit} 条。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/explain_dialog.py" line="155"/>
        <source>Also counted: the figures entered by hand for {months}.</source>
        <translation>另含手工填报的月份：{months}。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/explain_dialog.py" line="158"/>
        <source>Double-click or press Enter to open a record.</source>
        <translation>双击或按回车键打开记录。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/explain_dialog.py" line="176"/>
        <source>&amp;Open record</source>
        <translation>打开记录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/explain_dialog.py" line="179"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ExplainModel</name>
    <message>
        <location filename="../../aidstation/gui/reporting/explain_dialog.py" line="50"/>
        <source>Record</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/explain_dialog.py" line="50"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/explain_dialog.py" line="51"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/explain_dialog.py" line="51"/>
        <source>People</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/explain_dialog.py" line="52"/>
        <source>Counts</source>
        <translation>计数</translation>
    </message>
</context>
<context>
    <name>FiguresTableModel</name>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="110"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="51"/>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="111"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="52"/>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="112"/>
        <source>Previous month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="54"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="55"/>
        <source>Previous quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="56"/>
        <source>Same quarter last year</source>
        <translation>去年同季度</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="57"/>
        <source>This half-year</source>
        <translation>本半年</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="58"/>
        <source>Previous half-year</source>
        <translation>上半年度</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="59"/>
        <source>Same half last year</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="60"/>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="61"/>
        <source>Previous year</source>
        <translation>上年</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="62"/>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="65"/>
        <source>Same period last year</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="63"/>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="64"/>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="113"/>
        <source>Change</source>
        <translation>增减</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="53"/>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="114"/>
        <source>Same month last year</source>
        <translation>去年同月</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="115"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
</context>
<context>
    <name>MatrixTableModel</name>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="67"/>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="67"/>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="68"/>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="68"/>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="69"/>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="69"/>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="70"/>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="70"/>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="71"/>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="71"/>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="72"/>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="72"/>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="198"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="199"/>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="199"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
</context>
<context>
    <name>MonthlyPage</name>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="325"/>
        <source>not entered</source>
        <translation>未填报</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="362"/>
        <source>Only an administrator can mark a month submitted.</source>
        <translation>只有管理员可以标记月报已报送。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="689"/>
        <source>Not submitted yet.</source>
        <translation>尚未报送。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="693"/>
        <source>Submitted {when} as {file}.</source>
        <translation>已于 {when} 报送（{file}）。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="698"/>
        <source>Records of {month} changed after the month was sent. Export again to send correction {n}.</source>
        <translation>{month} 的记录在报送后有变动。请重新导出，报送第 {n} 次更正。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="702"/>
        <source>{month} was already sent. A new export is correction {n}.</source>
        <translation>{month} 月报已报送，再次导出即为第 {n} 次更正。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="709"/>
        <source>original</source>
        <translation>原报</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="709"/>
        <source>correction {n}</source>
        <translation>更正{n}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="715"/>
        <source>Last export: {path}</source>
        <translation>最近导出：{path}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="730"/>
        <source>Figures entered by hand for {month} saved</source>
        <translation>{month} 的手工填报数据已保存</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="735"/>
        <source>Export the monthly workbook</source>
        <translation>导出月报工作簿</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="656"/>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="736"/>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="796"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="746"/>
        <source>Export a correction</source>
        <translation>导出更正报表</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="747"/>
        <source>{month} was already submitted. Export correction {n}?</source>
        <translation>{month} 月报已报送。是否导出第 {n} 次更正？</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="674"/>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="757"/>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="769"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="757"/>
        <source>Writing the monthly workbook…</source>
        <translation>正在生成月报工作簿…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="765"/>
        <source>Correction {n} of {month} written to {path}</source>
        <translation>{month} 的第 {n} 次更正已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="674"/>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="769"/>
        <source>The workbook could not be written: {reason}</source>
        <translation>无法生成工作簿：{reason}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="43"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="44"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="45"/>
        <source>Half-year</source>
        <translation>半年</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="46"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="47"/>
        <source>From … to …</source>
        <translation>自定义起止</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="180"/>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="260"/>
        <source>{key} · double-click to see its records</source>
        <translation>{key} · 双击查看对应记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="307"/>
        <source>Choose a figure or a section to see it as bars.</source>
        <translation>选择一项指标或一个类别，即以柱状图显示。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="386"/>
        <source>Double-click a figure, or press Enter, to see the records behind it.</source>
        <translation>双击某个数字或按回车键，查看构成它的记录。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="388"/>
        <source>The year is counted as one period: rates from its parts, cases open at its end.</source>
        <translation>全年按一个期间统计：比率按全年分子分母计算，未结案件按年末计。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="566"/>
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="655"/>
        <source>Export the year by month</source>
        <translation>导出逐月统计</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="682"/>
        <source>The return to the district is monthly: choose Month to export it, mark it submitted or correct it.</source>
        <translation>报送区里的报表按月填报：选择“月”后可导出、标记已报送或更正。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="775"/>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="779"/>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="787"/>
        <source>Mark submitted</source>
        <translation>标记已报送</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="776"/>
        <source>Export the workbook of {month} first, then mark it submitted.</source>
        <translation>请先导出 {month} 的月报工作簿，再标记为已报送。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="780"/>
        <source>Record that {file} was sent to the district?</source>
        <translation>确认已将 {file} 报送区司法局？</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="791"/>
        <source>{month} marked submitted ({file})</source>
        <translation>{month} 已标记为已报送（{file}）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="795"/>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="815"/>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="823"/>
        <source>District template</source>
        <translation>区里的报表模板</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="816"/>
        <source>The template cannot be used: {reason}</source>
        <translation>模板无法使用：{reason}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="821"/>
        <source>The filled template was written to {path}.</source>
        <translation>已填好的模板保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="822"/>
        <source>Placeholders not recognised:</source>
        <translation>无法识别的占位符：</translation>
    </message>
    <message>
        <location filename="../../ui/monthly_page.ui" line="10"/>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <location filename="../../ui/monthly_page.ui" line="13"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/monthly_page.ui" line="18"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/monthly_page.ui" line="26"/>
        <source>Include detail sheets</source>
        <translation>包含明细表</translation>
    </message>
    <message>
        <location filename="../../ui/monthly_page.ui" line="27"/>
        <source>&amp;Export workbook…</source>
        <translation>导出工作簿(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/monthly_page.ui" line="28"/>
        <source>Mark &amp;submitted</source>
        <translation>标记已报送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/monthly_page.ui" line="29"/>
        <source>Fill district &amp;template…</source>
        <translation>填写区报表模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/monthly_page.ui" line="39"/>
        <source>&amp;Figures</source>
        <translation>指标(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/monthly_page.ui" line="60"/>
        <source>&amp;Year by month</source>
        <translation>逐月统计(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/monthly_page.ui" line="68"/>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../ui/monthly_page.ui" line="71"/>
        <source>Export &amp;matrix…</source>
        <translation>导出逐月统计表(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/monthly_page.ui" line="95"/>
        <source>Figures entered by hand</source>
        <translation>手工填报数据</translation>
    </message>
    <message>
        <location filename="../../ui/monthly_page.ui" line="97"/>
        <source>No record yields these figures; leave a field empty if there is nothing to report.</source>
        <translation>以下数据无法从登记记录中统计；没有可报的数据请留空。</translation>
    </message>
    <message>
        <location filename="../../ui/monthly_page.ui" line="100"/>
        <source>Save figures</source>
        <translation>保存数据</translation>
    </message>
    <message>
        <location filename="../../ui/monthly_page.ui" line="106"/>
        <source>Submissions of this month</source>
        <translation>本月报送记录</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="27"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="28"/>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="29"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>StationKeyTableModel</name>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="51"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="52"/>
        <source>Fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="53"/>
        <source>First seen</source>
        <translation>首次登记</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="37"/>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="21"/>
        <source>District merge</source>
        <translation>区级汇总</translation>
    </message>
</context>
</TS>
