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
        <location filename="../../aidstation/gui/settings/admin.py" line="257"/>
        <source>&amp;Code</source>
        <translation>代码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="258"/>
        <source>short key: lower-case letters, digits, _</source>
        <translation>简短代码：小写字母、数字、_</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="259"/>
        <source>C&amp;hinese label</source>
        <translation>中文名称(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="260"/>
        <source>&amp;English label</source>
        <translation>英文名称(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="265"/>
        <source>Add a code</source>
        <translation>新增代码</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="267"/>
        <source>Relabel {code}</source>
        <translation>修改 {code} 的名称</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="290"/>
        <source>Code {code} added</source>
        <translation>已新增代码 {code}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="293"/>
        <source>Code {code} relabelled</source>
        <translation>已修改代码 {code} 的名称</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <location filename="../../aidstation/gui/settings/encryption.py" line="76"/>
        <source>Your &amp;password</source>
        <translation>您的密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/encryption.py" line="78"/>
        <source>New recovery key</source>
        <translation>重新生成恢复密钥</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/encryption.py" line="80"/>
        <source>Make a new recovery key when the recovery sheet may have been seen by someone else or was lost. The old key stops working at once: destroy the old sheet.</source>
        <translation>恢复页可能被他人看到或已丢失时，请重新生成恢复密钥。旧密钥立即失效，请销毁旧的恢复页。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/encryption.py" line="83"/>
        <source>Make a new key</source>
        <translation>生成新密钥</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/encryption.py" line="85"/>
        <source>Turn encryption on</source>
        <translation>启用加密</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/encryption.py" line="87"/>
        <source>Encrypt the station database so that no one can read it without signing in, even from a copy of the file. AidStation first writes a verified backup, then the encrypted copy, checks that every table holds the same rows, and only then replaces the database. On a large station this takes a minute; nobody can work meanwhile.</source>
        <translation>加密工作站数据库后，不登录就无法读取，即使复制了文件也不行。AidStation 先写入一份经过校验的备份，再生成加密副本，核对每个表的记录数一致后才替换数据库。数据量大的工作站约需一分钟，期间无法操作。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/encryption.py" line="92"/>
        <source>Afterwards: print the recovery sheet; set a new password for every other account (Users → Reset password), without which they cannot sign in; and, once you have checked the encrypted station, delete the unencrypted backups.</source>
        <translation>完成后：打印恢复页；为其他每个账号设置新密码（用户 → 重置密码），否则他们无法登录；确认加密后的工作站正常后，删除未加密的备份。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/encryption.py" line="95"/>
        <source>Encrypt the station</source>
        <translation>加密工作站</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/encryption.py" line="118"/>
        <source>Encryption failed</source>
        <translation>加密失败</translation>
    </message>
</context>
<context>
    <name>EncryptionPanel</name>
    <message>
        <location filename="../../aidstation/gui/settings/encryption.py" line="166"/>
        <source>Encrypted: the station database and its backups cannot be read without a password or the recovery key.</source>
        <translation>已加密：没有密码或恢复密钥，无法读取工作站数据库及其备份。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/encryption.py" line="169"/>
        <source>{n} backups from before encryption are NOT encrypted.</source>
        <translation>加密之前的 {n} 份备份没有加密。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/encryption.py" line="172"/>
        <source>Not encrypted: anyone who copies station.db or a backup can read every record.</source>
        <translation>未加密：任何人复制 station.db 或备份都能读出全部记录。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/encryption.py" line="176"/>
        <source>These accounts cannot sign in until you set a new password for them (Users → Reset password): {names}</source>
        <translation>以下账号需由您设置新密码后才能登录（用户 → 重置密码）：{names}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/encryption.py" line="179"/>
        <source>Turn &amp;encryption on…</source>
        <translation>启用加密(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/encryption.py" line="180"/>
        <source>New recovery &amp;key…</source>
        <translation>重新生成恢复密钥(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/encryption.py" line="181"/>
        <source>Delete the unencrypted backups ({n})…</source>
        <translation>删除未加密的备份（{n} 份）…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/encryption.py" line="197"/>
        <source>The station is encrypted</source>
        <translation>工作站已加密</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/encryption.py" line="198"/>
        <source>The station is encrypted. The backup taken first, {name}, and the older backups are not encrypted: delete them here once you have checked the encrypted station. Everyone now signs in again.</source>
        <translation>工作站已加密。加密前写入的备份 {name} 及更早的备份没有加密：确认加密后的工作站正常后，请在此删除。现在所有人需要重新登录。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/encryption.py" line="216"/>
        <source>Delete the unencrypted backups</source>
        <translation>删除未加密的备份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/encryption.py" line="217"/>
        <source>Delete the {n} backups made before encryption was turned on? They are the way back to the plain station; do it once the encrypted station has been checked.</source>
        <translation>删除启用加密之前的 {n} 份备份？它们是退回未加密工作站的唯一途径，请在确认加密后的工作站正常后再删除。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/encryption.py" line="220"/>
        <source>Delete backups</source>
        <translation>删除备份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/encryption.py" line="223"/>
        <source>{n} unencrypted backups deleted</source>
        <translation>已删除 {n} 份未加密的备份</translation>
    </message>
</context>
<context>
    <name>LedgerImportDialog</name>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="42"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="43"/>
        <source>Consultations</source>
        <translation>咨询登记</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="44"/>
        <source>Mediation cases</source>
        <translation>人民调解</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="45"/>
        <source>Legal-aid applications</source>
        <translation>法律援助</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="46"/>
        <source>Contact cards issued</source>
        <translation>联系卡发放</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="47"/>
        <source>Publicity activities</source>
        <translation>法治宣传</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="48"/>
        <source>Dispute screening</source>
        <translation>矛盾纠纷排查</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="150"/>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="408"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="155"/>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="166"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="156"/>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="253"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="157"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="158"/>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="256"/>
        <source>Value in the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="159"/>
        <source>Expected</source>
        <translation>应填</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="167"/>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="250"/>
        <source>Already recorded</source>
        <translation>已有记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="173"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="174"/>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="176"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="178"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="179"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="180"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="181"/>
        <source>Undone</source>
        <translation>撤销时间</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="222"/>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="646"/>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="668"/>
        <source>Import ledgers</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="228"/>
        <source>&amp;Kind of ledger</source>
        <translation>台账类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="229"/>
        <source>Empty &amp;template…</source>
        <translation>空白模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="230"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="231"/>
        <source>no file chosen</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="232"/>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="233"/>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="234"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="239"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="354"/>
        <source>Choose the kind of ledger first.</source>
        <translation>请先选择台账类型。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="359"/>
        <source>Save an empty ledger</source>
        <translation>保存空白台账</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="360"/>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="558"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="366"/>
        <source>Empty template</source>
        <translation>空白模板</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="366"/>
        <source>“{file}” could not be written: {reason}</source>
        <translation>无法写入“{file}”：{reason}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="454"/>
        <source>Choose the kind of ledger and the file.</source>
        <translation>请选择台账类型和文件。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="458"/>
        <source>Checking “{file}”…</source>
        <translation>正在检查“{file}”…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="463"/>
        <source>Checking the rows…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="463"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="499"/>
        <source>“{file}” holds no rows to import.</source>
        <translation>“{file}”中没有可导入的行。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="503"/>
        <source>Ready to import {n} rows of {kind} from “{file}”.</source>
        <translation>可从“{file}”导入{kind} {n} 行。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="500"/>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="505"/>
        <source>To import: {n}</source>
        <translation>将导入：{n}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="548"/>
        <source>Import is all or nothing. Correct these rows in the file (a marked copy shows them), or map a column on the Columns tab, then click Check again.</source>
        <translation>导入要么全部成功，要么一行不导入。请在文件中改正这些行（可保存标注副本查看），或在“列”页指定对应列，然后点击“重新检查”。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="557"/>
        <source>Save the marked copy</source>
        <translation>保存标注副本</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="580"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="584"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="585"/>
        <source>Click Import to start again.</source>
        <translation>点击“导入”可重新开始。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="600"/>
        <source>Imported: {n}</source>
        <translation>已导入：{n}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="601"/>
        <source>The imported records are on their pages now and count in their months&apos; figures. The import is listed under Earlier imports, where it can be undone.</source>
        <translation>导入的记录已显示在各自页面，并计入所属月份的统计。本次导入列在“以往导入”中，可在那里撤销。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="618"/>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="627"/>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="630"/>
        <source>Undo an import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="619"/>
        <source>Undo import {id} of “{file}” ({n} rows, {when})? Its records are moved to the deleted records.</source>
        <translation>撤销第 {id} 批导入（“{file}”，{n} 行，{when}）？其记录将移入已删除记录。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="622"/>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="632"/>
        <source>Import {id} undone: {n} records moved to the deleted records</source>
        <translation>第 {id} 批导入已撤销：{n} 条记录已移入已删除记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="669"/>
        <source>Only an administrator can import ledgers.</source>
        <translation>只有管理员可以导入台账。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="671"/>
        <source>The station is open read-only: restore a backup first.</source>
        <translation>工作站以只读方式打开：请先恢复备份。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="506"/>
        <source>Nothing has been written yet. Click Import to write them, or Close to leave everything as it is.</source>
        <translation>尚未写入任何数据。点击“导入”写入；点击“关闭”则一切保持原样。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="224"/>
        <source>Choose the kind of ledger and its file: an Excel or WPS workbook (.xlsx, .xls), a LibreOffice sheet (.ods) or a .csv file. AidStation finds the header row under any title rows, checks every row and shows what it would import; nothing is written until you click Import. Import is all or nothing: if any row has a problem, no row is imported.</source>
        <translation>请选择台账类型和文件：Excel 或 WPS 工作簿（.xlsx、.xls）、LibreOffice 表格（.ods）或 .csv 文件。系统会越过标题行找到表头，逐行检查并显示将导入的内容；点击“导入”之前不写入任何数据。导入要么全部成功，要么一行不导入：任何一行有问题，都不会导入。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="235"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="236"/>
        <source>Save &amp;marked copy…</source>
        <translation>保存标注副本(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="237"/>
        <source>A copy of the ledger with every cell at fault highlighted and a column listing each row&apos;s problems</source>
        <translation>台账副本：有问题的单元格以颜色标出，并增加一列列出每行的问题</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="240"/>
        <source>&amp;Undo this import…</source>
        <translation>撤销本次导入(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="242"/>
        <source>How each column of the file is read. Pick the field for a column that was not recognised (or “not imported”); AidStation remembers it for files laid out the same way.</source>
        <translation>文件各列的读取方式。对未能识别的列，请选择其对应字段（或“不导入”）；格式相同的文件以后会自动沿用。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="244"/>
        <source>Values not understood: pick what each one means.</source>
        <translation>无法识别的取值：请选择每个取值的含义。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="246"/>
        <source>Undoing an import moves every record it wrote to the deleted records (restorable), except people that other records still name.</source>
        <translation>撤销导入会把该次导入写入的记录移入已删除记录（可恢复），仍被其他记录引用的人员除外。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="248"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="249"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="251"/>
        <source>Earlier imports</source>
        <translation>以往导入</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="253"/>
        <source>Header in the file</source>
        <translation>文件中的表头</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="254"/>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="256"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="257"/>
        <source>Means</source>
        <translation>含义</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="327"/>
        <source>Choose a ledger</source>
        <translation>选择台账文件</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="328"/>
        <source>Ledgers (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>台账文件 (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="389"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="394"/>
        <source>Not recognised: pick the field this column holds</source>
        <translation>未能识别：请选择该列对应的字段</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="501"/>
        <source>No row under the header row holds data, or every row is already recorded.</source>
        <translation>表头以下没有数据行，或各行均已有记录。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="515"/>
        <source>Header in row {rows}; data from row {first}.</source>
        <translation>表头在第 {rows} 行，数据从第 {first} 行开始。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="520"/>
        <source>Reading stopped at row {row} (“{text}”); rows below it are not imported.</source>
        <translation>读到第 {row} 行（“{text}”）为止，其下各行不导入。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="526"/>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="544"/>
        <source>Rows read: {n}</source>
        <translation>读取行数：{n}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="527"/>
        <source>People matched: {n}</source>
        <translation>匹配已有人员：{n}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="528"/>
        <source>New people: {n}</source>
        <translation>新建人员：{n}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="530"/>
        <source>Already recorded (skipped): {n}</source>
        <translation>已有记录（跳过）：{n}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="537"/>
        <source>“{file}” cannot be imported: {reason}</source>
        <translation>无法导入“{file}”：{reason}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="542"/>
        <source>Nothing can be imported from “{file}” yet.</source>
        <translation>“{file}”暂时无法导入。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="543"/>
        <source>Nothing was imported from “{file}”.</source>
        <translation>“{file}”未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="545"/>
        <source>Rows refused: {n}</source>
        <translation>被拒行数：{n}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="546"/>
        <source>Problems: {n}</source>
        <translation>问题：{n}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="574"/>
        <source>Importing {n} rows into the station…</source>
        <translation>正在导入 {n} 行…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="598"/>
        <source>Imported {n} rows of {kind} from “{file}”</source>
        <translation>已从“{file}”导入{kind} {n} 行</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/ledger_import.py" line="643"/>
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
    <name>RecoverySheetDialog</name>
    <message>
        <location filename="../../aidstation/gui/settings/recovery_sheet.py" line="78"/>
        <source>The station&apos;s recovery key</source>
        <translation>工作站恢复密钥</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/recovery_sheet.py" line="80"/>
        <source>The station is encrypted. This recovery key is the only way in if every administrator forgets their password. It is shown only now: save the recovery sheet and print it.</source>
        <translation>工作站已加密。全部管理员都忘记密码时，只能用这个恢复密钥解锁。它只显示这一次：请保存恢复页并打印。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/recovery_sheet.py" line="82"/>
        <source>&amp;Save the recovery sheet (PDF)…</source>
        <translation>保存恢复页（PDF）(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/recovery_sheet.py" line="84"/>
        <source>Print the sheet, seal it in an envelope and lock it away from this PC (for example in the judicial office&apos;s safe). Do not keep the PDF on this PC, a phone or a cloud drive: delete it once printed.</source>
        <translation>打印后装入信封封好，锁在这台电脑以外的地方（如司法所保险柜）。不要把 PDF 留在这台电脑、手机或网盘里：打印后即删除。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/recovery_sheet.py" line="87"/>
        <source>I have &amp;printed or saved the recovery sheet and will keep it locked away</source>
        <translation>我已打印或保存恢复页，并会妥善锁存(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/recovery_sheet.py" line="96"/>
        <source>Save the recovery sheet</source>
        <translation>保存恢复页</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/recovery_sheet.py" line="97"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/recovery_sheet.py" line="114"/>
        <source>The sheet could not be written</source>
        <translation>恢复页无法写入</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="157"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="158"/>
        <source>Station profile</source>
        <translation>工作站信息</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="159"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="160"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="161"/>
        <source>Station name</source>
        <translation>工作站名称</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="161"/>
        <source>Station code</source>
        <translation>工作站代码</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="162"/>
        <source>District</source>
        <translation>所属区县</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="162"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="163"/>
        <source>Hotline</source>
        <translation>服务热线</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="163"/>
        <source>Office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="164"/>
        <source>Head of station</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="164"/>
        <source>Mediation committee</source>
        <translation>人民调解委员会</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="165"/>
        <source>Legal-aid centre</source>
        <translation>法律援助中心</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="166"/>
        <source>Mediation number prefix</source>
        <translation>调解案号前缀</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="167"/>
        <source>Legal-aid number prefix</source>
        <translation>法援编号前缀</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="168"/>
        <source>Lock after idle minutes</source>
        <translation>空闲锁屏（分钟）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="169"/>
        <source>Hardship threshold (yuan per head per month)</source>
        <translation>经济困难标准（元/人/月）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="170"/>
        <source>Days to supply missing materials</source>
        <translation>补充材料期限（天）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="171"/>
        <source>Legal-aid follow-up due after (days)</source>
        <translation>法律援助结案后回访期限（天）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="174"/>
        <source>0 = not set</source>
        <translation>0 = 未设置</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="176"/>
        <source>Low-income contact-card holders count as social-assistance recipients</source>
        <translation>低保等困难户别的联系卡持有人视为社会救助对象</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="185"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="186"/>
        <source>Only an administrator can change the profile.</source>
        <translation>只有管理员可以修改工作站信息。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="188"/>
        <source>&amp;Save profile</source>
        <translation>保存工作站信息(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="189"/>
        <source>Save the station profile (Ctrl+S)</source>
        <translation>保存工作站信息（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="211"/>
        <source>Bring in the ledgers the station kept before AidStation (people, consultations, mediation cases, legal-aid applications, contact cards, publicity), one Excel workbook at a time. Every row is checked first and you see what would be imported before anything is written.</source>
        <translation>导入本站使用本系统之前的台账（人员、咨询登记、人民调解、法律援助、联系卡发放、法治宣传），每次一个 Excel 工作簿。系统先逐行检查，写入之前您会看到将导入的内容。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="214"/>
        <source>Import ledgers…</source>
        <translation>导入台账…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="275"/>
        <source>Station profile saved</source>
        <translation>工作站信息已保存</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="433"/>
        <source>User {name} activated</source>
        <translation>已启用用户 {name}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="434"/>
        <source>User {name} deactivated</source>
        <translation>已停用用户 {name}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="474"/>
        <source>Code {code} is in use again</source>
        <translation>代码 {code} 已恢复使用</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="475"/>
        <source>Code {code} retired</source>
        <translation>代码 {code} 已停用</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="546"/>
        <source>Record restored</source>
        <translation>记录已恢复</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="190"/>
        <source>Language of the program</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="178"/>
        <source>Count deadlines in working days (skipping public holidays, with make-up working days)</source>
        <translation>期限按工作日计算（扣除法定节假日，计入调休上班日）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="179"/>
        <source>Working-day calendar…</source>
        <translation>工作日历…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="180"/>
        <source>Retention of personal data…</source>
        <translation>个人信息保存期限…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="181"/>
        <source>Dispute screening due every (days)</source>
        <translation>矛盾纠纷排查周期（天）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="182"/>
        <source>Red risk means</source>
        <translation>红色风险指</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="182"/>
        <source>Yellow risk means</source>
        <translation>黄色风险指</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="183"/>
        <source>Blue risk means</source>
        <translation>蓝色风险指</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="191"/>
        <source>Switch language</source>
        <translation>切换语言</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="192"/>
        <source>A backup is made every day and when AidStation closes; 30 daily and 12 monthly copies are kept in the backups folder.</source>
        <translation>每天及关闭程序时自动备份；backups 文件夹中保留最近30天的日备份和12个月的月备份。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="194"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="195"/>
        <source>Restore selected backup…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="197"/>
        <location filename="../../aidstation/gui/settings/page.py" line="431"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="198"/>
        <source>Code tables</source>
        <translation>代码表</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="199"/>
        <source>Ledger import</source>
        <translation>台账导入</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="200"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="201"/>
        <source>Deleted records</source>
        <translation>已删除记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="202"/>
        <source>Add user…</source>
        <translation>新增用户…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="203"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="204"/>
        <source>Activate / deactivate</source>
        <translation>启用/停用</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="205"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="206"/>
        <source>Code table</source>
        <translation>代码表</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="207"/>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="208"/>
        <source>Relabel…</source>
        <translation>修改名称…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="209"/>
        <source>Retire / bring back</source>
        <translation>停用/恢复使用</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="215"/>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="216"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="217"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="218"/>
        <source>Records</source>
        <translation>记录类别</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="219"/>
        <source>Restore selected record</source>
        <translation>恢复所选记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="329"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="332"/>
        <source>Backup written: {name}</source>
        <translation>已写入备份：{name}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="339"/>
        <location filename="../../aidstation/gui/settings/page.py" line="342"/>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="340"/>
        <source>Replace the station&apos;s records with this backup? Everything entered after it will be gone (a safety copy of the current database is kept).</source>
        <translation>用此备份替换工作站的全部记录？备份之后录入的内容将会丢失（当前数据库会先另存一份安全副本）。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="347"/>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="349"/>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="349"/>
        <source>The backup was restored. Please sign in again.</source>
        <translation>备份已恢复，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="518"/>
        <source>{n} event(s)</source>
        <translation>共 {n} 条事件</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="542"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="189"/>
        <source>Clerk</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="190"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="191"/>
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="192"/>
        <source>&amp;Display name</source>
        <translation>显示名称(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="193"/>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="194"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="195"/>
        <source>Con&amp;firm password</source>
        <translation>确认密码(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="200"/>
        <source>Add user</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="202"/>
        <source>Edit user {name}</source>
        <translation>编辑用户 {name}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="227"/>
        <source>User {name} added</source>
        <translation>已新增用户 {name}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="231"/>
        <source>User {name} saved</source>
        <translation>用户 {name} 已保存</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="309"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="310"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="311"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="313"/>
        <location filename="../../aidstation/gui/settings/admin.py" line="355"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="314"/>
        <location filename="../../aidstation/gui/settings/admin.py" line="354"/>
        <source>Id</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="315"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="316"/>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="356"/>
        <source>Deleted at</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="357"/>
        <source>Deleted by</source>
        <translation>删除人</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="46"/>
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
        <location filename="../../aidstation/gui/settings/admin.py" line="119"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="120"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="127"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="128"/>
        <source>Clerk</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="129"/>
        <source>regular</source>
        <translation>定期</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="130"/>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="131"/>
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="132"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="137"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="138"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="139"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="141"/>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="143"/>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="144"/>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="152"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="153"/>
        <source>Chinese label</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="154"/>
        <source>English label</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="155"/>
        <source>In use for new records</source>
        <translation>新记录可用</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="156"/>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="164"/>
        <source>Taken at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="166"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="168"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="171"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="486"/>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="489"/>
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
