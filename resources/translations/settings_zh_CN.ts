<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="40"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="40"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="41"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="41"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="42"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="42"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="43"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="46"/>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="47"/>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="48"/>
        <source>Tomb-sweeping Day</source>
        <translation>清明节</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="49"/>
        <source>Labour Day</source>
        <translation>劳动节</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="50"/>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="51"/>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="52"/>
        <source>Mid-autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="53"/>
        <source>Anti-Fascist 70th Day</source>
        <translation>抗战胜利70周年纪念日</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="164"/>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="165"/>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="297"/>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="362"/>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="167"/>
        <source>Deadlines counted in working days skip the public holidays and count the weekend days worked in their place (make-up working days). AidStation knows {first}-{last}; enter a later year when the State Council announces it (each November), or correct a year. A year saved here replaces the built-in one.</source>
        <translation>按工作日计算的期限跳过法定节假日，并计入调休上班的周末。本系统内置{first}—{last}年的日历；国务院每年11月前后公布下一年的安排后，请在此录入该年，或更正某一年。在此保存的年份将取代内置日历。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="171"/>
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="172"/>
        <source>&amp;Public holidays (days off)</source>
        <translation>法定节假日（放假）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="173"/>
        <source>&amp;Make-up working days (weekend days worked)</source>
        <translation>调休上班日（周末上班）(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="174"/>
        <source>Remove holiday</source>
        <translation>删除节假日</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="175"/>
        <source>Remove make-up day</source>
        <translation>删除调休上班日</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="176"/>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="177"/>
        <source>Remove the selected date (Delete)</source>
        <translation>删除所选日期（Delete 键）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="178"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="179"/>
        <source>Add as &amp;holiday</source>
        <translation>添加为节假日(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="180"/>
        <source>Add as make-up &amp;working day</source>
        <translation>添加为调休上班日(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="181"/>
        <source>&amp;Import file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="182"/>
        <source>&amp;Export file…</source>
        <translation>导出文件(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="183"/>
        <source>&amp;Save year</source>
        <translation>保存该年(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="184"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="216"/>
        <source>Edited: Save year to use it for the deadlines.</source>
        <translation>已修改：点击“保存该年”后用于期限计算。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="218"/>
        <source>Entered at this station: it replaces the built-in calendar for {year}.</source>
        <translation>本站录入：取代{year}年的内置日历。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="220"/>
        <source>Built in (the chinesecalendar package).</source>
        <translation>内置日历（chinesecalendar）。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="222"/>
        <source>No calendar for {year}: working days count Monday to Friday.</source>
        <translation>{year}年尚无日历：工作日按周一至周五计算。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="226"/>
        <source>Use the built-in calendar</source>
        <translation>改用内置日历</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="227"/>
        <source>Remove this year</source>
        <translation>删除该年</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="251"/>
        <source>{date} is a weekday: a make-up working day is a Saturday or Sunday worked.</source>
        <translation>{date}是工作日：调休上班日应为上班的周六或周日。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="256"/>
        <source>{date} is already in the other list: remove it there first.</source>
        <translation>{date}已在另一列表中：请先从那里删除。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="288"/>
        <source>Working-day calendar for {year} saved</source>
        <translation>{year}年工作日历已保存</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="298"/>
        <source>Forget the calendar this station entered for {year}?</source>
        <translation>删除本站录入的{year}年日历？</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="307"/>
        <source>Working-day calendar for {year} removed</source>
        <translation>{year}年工作日历已删除</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="316"/>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="328"/>
        <source>Import a working-day calendar</source>
        <translation>导入工作日历</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="317"/>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="341"/>
        <source>Working-day calendar (*.json)</source>
        <translation>工作日历 (*.json)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="331"/>
        <source>Working-day calendar imported: {years}</source>
        <translation>已导入工作日历：{years}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="340"/>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="351"/>
        <source>Export the working-day calendar</source>
        <translation>导出工作日历</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="363"/>
        <source>Only an administrator can change the working-day calendar.</source>
        <translation>只有管理员可以修改工作日历。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/calendar_dialog.py" line="365"/>
        <source>The station is open read-only: restore a backup first.</source>
        <translation>工作站以只读方式打开：请先恢复备份。</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="252"/>
        <source>&amp;Code</source>
        <translation>代码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="253"/>
        <source>short key: lower-case letters, digits, _</source>
        <translation>简短代码：小写字母、数字、_</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="254"/>
        <source>C&amp;hinese label</source>
        <translation>中文名称(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="255"/>
        <source>&amp;English label</source>
        <translation>英文名称(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="260"/>
        <source>Add a code</source>
        <translation>新增代码</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="262"/>
        <source>Relabel {code}</source>
        <translation>修改 {code} 的名称</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="285"/>
        <source>Code {code} added</source>
        <translation>已新增代码 {code}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="288"/>
        <source>Code {code} relabelled</source>
        <translation>已修改代码 {code} 的名称</translation>
    </message>
</context>
<context>
    <name>LedgerImportDialog</name>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="34"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="35"/>
        <source>Consultations</source>
        <translation>咨询登记</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="36"/>
        <source>Mediation cases</source>
        <translation>人民调解</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="37"/>
        <source>Legal-aid applications</source>
        <translation>法律援助</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="38"/>
        <source>Contact cards issued</source>
        <translation>联系卡发放</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="39"/>
        <source>Publicity activities</source>
        <translation>法治宣传</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="140"/>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="391"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="145"/>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="156"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="146"/>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="236"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="147"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="148"/>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="239"/>
        <source>Value in the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="149"/>
        <source>Expected</source>
        <translation>应填</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="157"/>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="233"/>
        <source>Already recorded</source>
        <translation>已有记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="163"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="164"/>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="166"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="168"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="169"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="170"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="171"/>
        <source>Undone</source>
        <translation>撤销时间</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="205"/>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="619"/>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="641"/>
        <source>Import ledgers</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="211"/>
        <source>&amp;Kind of ledger</source>
        <translation>台账类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="212"/>
        <source>Empty &amp;template…</source>
        <translation>空白模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="213"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="214"/>
        <source>no file chosen</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="215"/>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="216"/>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="217"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="222"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="337"/>
        <source>Choose the kind of ledger first.</source>
        <translation>请先选择台账类型。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="342"/>
        <source>Save an empty ledger</source>
        <translation>保存空白台账</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="343"/>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="531"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="349"/>
        <source>Empty template</source>
        <translation>空白模板</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="349"/>
        <source>“{file}” could not be written: {reason}</source>
        <translation>无法写入“{file}”：{reason}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="428"/>
        <source>Choose the kind of ledger and the file.</source>
        <translation>请选择台账类型和文件。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="432"/>
        <source>Checking “{file}”…</source>
        <translation>正在检查“{file}”…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="437"/>
        <source>Checking the rows…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="437"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="473"/>
        <source>“{file}” holds no rows to import.</source>
        <translation>“{file}”中没有可导入的行。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="477"/>
        <source>Ready to import {n} rows of {kind} from “{file}”.</source>
        <translation>可从“{file}”导入{kind} {n} 行。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="474"/>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="479"/>
        <source>To import: {n}</source>
        <translation>将导入：{n}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="521"/>
        <source>Import is all or nothing. Correct these rows in the file (a marked copy shows them), or map a column on the Columns tab, then click Check again.</source>
        <translation>导入要么全部成功，要么一行不导入。请在文件中改正这些行（可保存标注副本查看），或在“列”页指定对应列，然后点击“重新检查”。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="530"/>
        <source>Save the marked copy</source>
        <translation>保存标注副本</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="553"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="557"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="558"/>
        <source>Click Import to start again.</source>
        <translation>点击“导入”可重新开始。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="573"/>
        <source>Imported: {n}</source>
        <translation>已导入：{n}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="574"/>
        <source>The imported records are on their pages now and count in their months&apos; figures. The import is listed under Earlier imports, where it can be undone.</source>
        <translation>导入的记录已显示在各自页面，并计入所属月份的统计。本次导入列在“以往导入”中，可在那里撤销。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="591"/>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="600"/>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="603"/>
        <source>Undo an import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="592"/>
        <source>Undo import {id} of “{file}” ({n} rows, {when})? Its records are moved to the deleted records.</source>
        <translation>撤销第 {id} 批导入（“{file}”，{n} 行，{when}）？其记录将移入已删除记录。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="595"/>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="605"/>
        <source>Import {id} undone: {n} records moved to the deleted records</source>
        <translation>第 {id} 批导入已撤销：{n} 条记录已移入已删除记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="642"/>
        <source>Only an administrator can import ledgers.</source>
        <translation>只有管理员可以导入台账。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="644"/>
        <source>The station is open read-only: restore a backup first.</source>
        <translation>工作站以只读方式打开：请先恢复备份。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="480"/>
        <source>Nothing has been written yet. Click Import to write them, or Close to leave everything as it is.</source>
        <translation>尚未写入任何数据。点击“导入”写入；点击“关闭”则一切保持原样。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="207"/>
        <source>Choose the kind of ledger and its file: an Excel or WPS workbook (.xlsx, .xls), a LibreOffice sheet (.ods) or a .csv file. AidStation finds the header row under any title rows, checks every row and shows what it would import; nothing is written until you click Import. Import is all or nothing: if any row has a problem, no row is imported.</source>
        <translation>请选择台账类型和文件：Excel 或 WPS 工作簿（.xlsx、.xls）、LibreOffice 表格（.ods）或 .csv 文件。系统会越过标题行找到表头，逐行检查并显示将导入的内容；点击“导入”之前不写入任何数据。导入要么全部成功，要么一行不导入：任何一行有问题，都不会导入。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="218"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="219"/>
        <source>Save &amp;marked copy…</source>
        <translation>保存标注副本(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="220"/>
        <source>A copy of the ledger with every cell at fault highlighted and a column listing each row&apos;s problems</source>
        <translation>台账副本：有问题的单元格以颜色标出，并增加一列列出每行的问题</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="223"/>
        <source>&amp;Undo this import…</source>
        <translation>撤销本次导入(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="225"/>
        <source>How each column of the file is read. Pick the field for a column that was not recognised (or “not imported”); AidStation remembers it for files laid out the same way.</source>
        <translation>文件各列的读取方式。对未能识别的列，请选择其对应字段（或“不导入”）；格式相同的文件以后会自动沿用。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="227"/>
        <source>Values not understood: pick what each one means.</source>
        <translation>无法识别的取值：请选择每个取值的含义。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="229"/>
        <source>Undoing an import moves every record it wrote to the deleted records (restorable), except people that other records still name.</source>
        <translation>撤销导入会把该次导入写入的记录移入已删除记录（可恢复），仍被其他记录引用的人员除外。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="231"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="232"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="234"/>
        <source>Earlier imports</source>
        <translation>以往导入</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="236"/>
        <source>Header in the file</source>
        <translation>文件中的表头</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="237"/>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="239"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="240"/>
        <source>Means</source>
        <translation>含义</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="310"/>
        <source>Choose a ledger</source>
        <translation>选择台账文件</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="311"/>
        <source>Ledgers (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>台账文件 (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="372"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="377"/>
        <source>Not recognised: pick the field this column holds</source>
        <translation>未能识别：请选择该列对应的字段</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="475"/>
        <source>No row under the header row holds data, or every row is already recorded.</source>
        <translation>表头以下没有数据行，或各行均已有记录。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="489"/>
        <source>Header in row {rows}; data from row {first}.</source>
        <translation>表头在第 {rows} 行，数据从第 {first} 行开始。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="494"/>
        <source>Reading stopped at row {row} (“{text}”); rows below it are not imported.</source>
        <translation>读到第 {row} 行（“{text}”）为止，其下各行不导入。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="499"/>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="517"/>
        <source>Rows read: {n}</source>
        <translation>读取行数：{n}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="500"/>
        <source>People matched: {n}</source>
        <translation>匹配已有人员：{n}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="501"/>
        <source>New people: {n}</source>
        <translation>新建人员：{n}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="503"/>
        <source>Already recorded (skipped): {n}</source>
        <translation>已有记录（跳过）：{n}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="510"/>
        <source>“{file}” cannot be imported: {reason}</source>
        <translation>无法导入“{file}”：{reason}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="515"/>
        <source>Nothing can be imported from “{file}” yet.</source>
        <translation>“{file}”暂时无法导入。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="516"/>
        <source>Nothing was imported from “{file}”.</source>
        <translation>“{file}”未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="518"/>
        <source>Rows refused: {n}</source>
        <translation>被拒行数：{n}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="519"/>
        <source>Problems: {n}</source>
        <translation>问题：{n}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="547"/>
        <source>Importing {n} rows into the station…</source>
        <translation>正在导入 {n} 行…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="571"/>
        <source>Imported {n} rows of {kind} from “{file}”</source>
        <translation>已从“{file}”导入{kind} {n} 行</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="616"/>
        <source>“{file}” could not be read or imported: {reason}</source>
        <translation>无法读取或导入“{file}”：{reason}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../aidstation/gui/settings/password_dialog.py" line="38"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/password_dialog.py" line="39"/>
        <source>Reset the password of {user}</source>
        <translation>重置 {user} 的密码</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/password_dialog.py" line="40"/>
        <source>&amp;Current password</source>
        <translation>当前密码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/password_dialog.py" line="41"/>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/password_dialog.py" line="42"/>
        <source>Con&amp;firm new password</source>
        <translation>确认新密码(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/password_dialog.py" line="43"/>
        <source>At least 8 characters, not only digits.</source>
        <translation>至少8个字符，不能全是数字。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/password_dialog.py" line="63"/>
        <source>Your password was changed</source>
        <translation>您的密码已修改</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/password_dialog.py" line="64"/>
        <source>The password of {name} was reset</source>
        <translation>已重置 {name} 的密码</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="145"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="146"/>
        <source>Station profile</source>
        <translation>工作站信息</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="147"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="148"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="149"/>
        <source>Station name</source>
        <translation>工作站名称</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="149"/>
        <source>Station code</source>
        <translation>工作站代码</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="150"/>
        <source>District</source>
        <translation>所属区县</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="150"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="151"/>
        <source>Hotline</source>
        <translation>服务热线</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="151"/>
        <source>Office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="152"/>
        <source>Head of station</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="152"/>
        <source>Mediation committee</source>
        <translation>人民调解委员会</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="153"/>
        <source>Legal-aid centre</source>
        <translation>法律援助中心</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="154"/>
        <source>Mediation number prefix</source>
        <translation>调解案号前缀</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="155"/>
        <source>Legal-aid number prefix</source>
        <translation>法援编号前缀</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="156"/>
        <source>Lock after idle minutes</source>
        <translation>空闲锁屏（分钟）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="157"/>
        <source>Hardship threshold (yuan per head per month)</source>
        <translation>经济困难标准（元/人/月）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="158"/>
        <source>Days to supply missing materials</source>
        <translation>补充材料期限（天）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="159"/>
        <source>Legal-aid follow-up due after (days)</source>
        <translation>法律援助结案后回访期限（天）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="162"/>
        <source>0 = not set</source>
        <translation>0 = 未设置</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="164"/>
        <source>Low-income contact-card holders count as social-assistance recipients</source>
        <translation>低保等困难户别的联系卡持有人视为社会救助对象</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="168"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="169"/>
        <source>Only an administrator can change the profile.</source>
        <translation>只有管理员可以修改工作站信息。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="171"/>
        <source>&amp;Save profile</source>
        <translation>保存工作站信息(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="172"/>
        <source>Save the station profile (Ctrl+S)</source>
        <translation>保存工作站信息（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="194"/>
        <source>Bring in the ledgers the station kept before AidStation (people, consultations, mediation cases, legal-aid applications, contact cards, publicity), one Excel workbook at a time. Every row is checked first and you see what would be imported before anything is written.</source>
        <translation>导入本站使用本系统之前的台账（人员、咨询登记、人民调解、法律援助、联系卡发放、法治宣传），每次一个 Excel 工作簿。系统先逐行检查，写入之前您会看到将导入的内容。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="197"/>
        <source>Import ledgers…</source>
        <translation>导入台账…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="249"/>
        <source>Station profile saved</source>
        <translation>工作站信息已保存</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="373"/>
        <source>User {name} activated</source>
        <translation>已启用用户 {name}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="374"/>
        <source>User {name} deactivated</source>
        <translation>已停用用户 {name}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="414"/>
        <source>Code {code} is in use again</source>
        <translation>代码 {code} 已恢复使用</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="415"/>
        <source>Code {code} retired</source>
        <translation>代码 {code} 已停用</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="486"/>
        <source>Record restored</source>
        <translation>记录已恢复</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="173"/>
        <source>Language of the program</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="166"/>
        <source>Count deadlines in working days (skipping public holidays, with make-up working days)</source>
        <translation>期限按工作日计算（扣除法定节假日，计入调休上班日）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="167"/>
        <source>Working-day calendar…</source>
        <translation>工作日历…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="174"/>
        <source>Switch language</source>
        <translation>切换语言</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="175"/>
        <source>A backup is made every day and when AidStation closes; 30 daily and 12 monthly copies are kept in the backups folder.</source>
        <translation>每天及关闭程序时自动备份；backups 文件夹中保留最近30天的日备份和12个月的月备份。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="177"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="178"/>
        <source>Restore selected backup…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="180"/>
        <location filename="../../aidstation/gui/settings/page.py" line="371"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="181"/>
        <source>Code tables</source>
        <translation>代码表</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="182"/>
        <source>Ledger import</source>
        <translation>台账导入</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="183"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="184"/>
        <source>Deleted records</source>
        <translation>已删除记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="185"/>
        <source>Add user…</source>
        <translation>新增用户…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="186"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="187"/>
        <source>Activate / deactivate</source>
        <translation>启用/停用</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="188"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="189"/>
        <source>Code table</source>
        <translation>代码表</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="190"/>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="191"/>
        <source>Relabel…</source>
        <translation>修改名称…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="192"/>
        <source>Retire / bring back</source>
        <translation>停用/恢复使用</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="198"/>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="199"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="200"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="201"/>
        <source>Records</source>
        <translation>记录类别</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="202"/>
        <source>Restore selected record</source>
        <translation>恢复所选记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="298"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="301"/>
        <source>Backup written: {name}</source>
        <translation>已写入备份：{name}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="308"/>
        <location filename="../../aidstation/gui/settings/page.py" line="311"/>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="309"/>
        <source>Replace the station&apos;s records with this backup? Everything entered after it will be gone (a safety copy of the current database is kept).</source>
        <translation>用此备份替换工作站的全部记录？备份之后录入的内容将会丢失（当前数据库会先另存一份安全副本）。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="316"/>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="318"/>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="318"/>
        <source>The backup was restored. Please sign in again.</source>
        <translation>备份已恢复，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="458"/>
        <source>{n} event(s)</source>
        <translation>共 {n} 条事件</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="482"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="184"/>
        <source>Clerk</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="185"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="186"/>
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="187"/>
        <source>&amp;Display name</source>
        <translation>显示名称(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="188"/>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="189"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="190"/>
        <source>Con&amp;firm password</source>
        <translation>确认密码(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="195"/>
        <source>Add user</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="197"/>
        <source>Edit user {name}</source>
        <translation>编辑用户 {name}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="222"/>
        <source>User {name} added</source>
        <translation>已新增用户 {name}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="226"/>
        <source>User {name} saved</source>
        <translation>用户 {name} 已保存</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="304"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="305"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="306"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="308"/>
        <location filename="../../aidstation/gui/settings/admin.py" line="350"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="309"/>
        <location filename="../../aidstation/gui/settings/admin.py" line="349"/>
        <source>Id</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="310"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="311"/>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="351"/>
        <source>Deleted at</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="352"/>
        <source>Deleted by</source>
        <translation>删除人</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="45"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="47"/>
        <source>Consultations</source>
        <translation>咨询登记</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="48"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="49"/>
        <source>Mediation cases</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="50"/>
        <source>Legal-aid applications</source>
        <translation>法律援助申请</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="51"/>
        <source>Contact cards issued</source>
        <translation>发放联系卡</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="52"/>
        <source>Publicity activities</source>
        <translation>普法宣传活动</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="55"/>
        <source>create</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="55"/>
        <source>update</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="56"/>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="56"/>
        <source>restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="57"/>
        <source>retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="57"/>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="58"/>
        <source>print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="58"/>
        <source>reveal</source>
        <translation>查看完整号码</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="59"/>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="60"/>
        <source>sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="60"/>
        <source>failed sign-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="122"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="123"/>
        <source>Clerk</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="124"/>
        <source>regular</source>
        <translation>定期</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="125"/>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="126"/>
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="127"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="132"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="133"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="134"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="136"/>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="138"/>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="139"/>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="147"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="148"/>
        <source>Chinese label</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="149"/>
        <source>English label</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="150"/>
        <source>In use for new records</source>
        <translation>新记录可用</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="159"/>
        <source>Taken at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="161"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="163"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="166"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="426"/>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="429"/>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/keys.py" line="25"/>
        <source>Ctrl+S or Ctrl+Enter</source>
        <translation>Ctrl+S 或 Ctrl+Enter</translation>
    </message>
</context>
</TS>
