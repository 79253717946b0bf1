<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DistrictPage</name>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="128"/>
        <source>Month of most files</source>
        <translation>按多数文件的月份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="166"/>
        <location filename="../../ui/district_page.ui" line="28"/>
        <source>Station workbooks</source>
        <translation>各站月报文件</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="167"/>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="177"/>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="182"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="171"/>
        <source>A folder of station workbooks</source>
        <translation>存放各站月报的文件夹</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="176"/>
        <source>Write the merged workbook</source>
        <translation>保存汇总工作簿</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="181"/>
        <source>District template</source>
        <translation>区里的报表模板</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="237"/>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="245"/>
        <source>Forget key</source>
        <translation>删除密钥</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="238"/>
        <source>Forget the key registered for {code}? Do it only when the station has told you it has a new key: its next signed workbook registers whatever key it carries.</source>
        <translation>删除为 {code} 登记的密钥？仅在该站已告知其更换了密钥时才这样做：该站下一份签名月报所附的密钥将被登记。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="252"/>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="254"/>
        <source>Check files</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="252"/>
        <source>Reading the workbooks…</source>
        <translation>正在读取工作簿…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="262"/>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="264"/>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="320"/>
        <location filename="../../ui/district_page.ui" line="10"/>
        <source>District merge</source>
        <translation>区级汇总</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="262"/>
        <source>Merging the workbooks…</source>
        <translation>正在汇总工作簿…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="269"/>
        <source>Nothing was written: {reason}</source>
        <translation>未写入任何文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="277"/>
        <source>The workbooks could not be merged: {reason}</source>
        <translation>无法汇总工作簿：{reason}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="285"/>
        <source>{n} stations to merge for {month}; {p} problems.</source>
        <translation>{month} 可汇总 {n} 个站点；问题 {p} 项。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="301"/>
        <source>merged</source>
        <translation>已汇总</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="303"/>
        <source>left out, see Problems</source>
        <translation>未汇总，见“问题”</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="313"/>
        <source>{n} stations merged for {month} into {path}.</source>
        <translation>已将 {month} 的 {n} 个站点汇总到 {path}。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="316"/>
        <source>{p} problems are listed on its 问题 sheet.</source>
        <translation>{p} 项问题列在其“问题”工作表中。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/district_page.py" line="319"/>
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
    <name>FiguresTableModel</name>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="55"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="56"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="57"/>
        <source>Previous month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="58"/>
        <source>Change</source>
        <translation>增减</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="59"/>
        <source>Same month last year</source>
        <translation>去年同月</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="60"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
</context>
<context>
    <name>MonthlyPage</name>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="166"/>
        <source>not entered</source>
        <translation>未填报</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="186"/>
        <source>Only an administrator can mark a month submitted.</source>
        <translation>只有管理员可以标记月报已报送。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="260"/>
        <source>Not submitted yet.</source>
        <translation>尚未报送。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="264"/>
        <source>Submitted {when} as {file}.</source>
        <translation>已于 {when} 报送（{file}）。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="269"/>
        <source>Records of {month} changed after the month was sent. Export again to send correction {n}.</source>
        <translation>{month} 的记录在报送后有变动。请重新导出，报送第 {n} 次更正。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="273"/>
        <source>{month} was already sent. A new export is correction {n}.</source>
        <translation>{month} 月报已报送，再次导出即为第 {n} 次更正。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="280"/>
        <source>original</source>
        <translation>原报</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="280"/>
        <source>correction {n}</source>
        <translation>更正{n}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="286"/>
        <source>Last export: {path}</source>
        <translation>最近导出：{path}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="301"/>
        <source>Figures entered by hand for {month} saved</source>
        <translation>{month} 的手工填报数据已保存</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="306"/>
        <source>Export the monthly workbook</source>
        <translation>导出月报工作簿</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="307"/>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="367"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="317"/>
        <source>Export a correction</source>
        <translation>导出更正报表</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="318"/>
        <source>{month} was already submitted. Export correction {n}?</source>
        <translation>{month} 月报已报送。是否导出第 {n} 次更正？</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="328"/>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="340"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="328"/>
        <source>Writing the monthly workbook…</source>
        <translation>正在生成月报工作簿…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="336"/>
        <source>Correction {n} of {month} written to {path}</source>
        <translation>{month} 的第 {n} 次更正已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="340"/>
        <source>The workbook could not be written: {reason}</source>
        <translation>无法生成工作簿：{reason}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="346"/>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="350"/>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="358"/>
        <source>Mark submitted</source>
        <translation>标记已报送</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="347"/>
        <source>Export the workbook of {month} first, then mark it submitted.</source>
        <translation>请先导出 {month} 的月报工作簿，再标记为已报送。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="351"/>
        <source>Record that {file} was sent to the district?</source>
        <translation>确认已将 {file} 报送区司法局？</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="362"/>
        <source>{month} marked submitted ({file})</source>
        <translation>{month} 已标记为已报送（{file}）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="366"/>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="386"/>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="394"/>
        <source>District template</source>
        <translation>区里的报表模板</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="387"/>
        <source>The template cannot be used: {reason}</source>
        <translation>模板无法使用：{reason}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="392"/>
        <source>The filled template was written to {path}.</source>
        <translation>已填好的模板保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="393"/>
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
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/monthly_page.ui" line="16"/>
        <source>Include detail sheets</source>
        <translation>包含明细表</translation>
    </message>
    <message>
        <location filename="../../ui/monthly_page.ui" line="17"/>
        <source>&amp;Export workbook…</source>
        <translation>导出工作簿(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/monthly_page.ui" line="18"/>
        <source>Mark &amp;submitted</source>
        <translation>标记已报送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/monthly_page.ui" line="19"/>
        <source>Fill district &amp;template…</source>
        <translation>填写区报表模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/monthly_page.ui" line="39"/>
        <source>Figures entered by hand</source>
        <translation>手工填报数据</translation>
    </message>
    <message>
        <location filename="../../ui/monthly_page.ui" line="41"/>
        <source>No record yields these figures; leave a field empty if there is nothing to report.</source>
        <translation>以下数据无法从登记记录中统计；没有可报的数据请留空。</translation>
    </message>
    <message>
        <location filename="../../ui/monthly_page.ui" line="44"/>
        <source>Save figures</source>
        <translation>保存数据</translation>
    </message>
    <message>
        <location filename="../../ui/monthly_page.ui" line="50"/>
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
        <location filename="../../aidstation/gui/reporting/monthly_page.py" line="31"/>
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
