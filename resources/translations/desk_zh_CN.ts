<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="156"/>
        <source>First administrator</source>
        <translation>首个管理员</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="157"/>
        <source>The administrator manages users, code tables, backups and settings.</source>
        <translation>管理员负责管理用户、代码表、备份和设置。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="158"/>
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="159"/>
        <source>&amp;Display name</source>
        <translation>显示名称(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="160"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="161"/>
        <source>Con&amp;firm password</source>
        <translation>确认密码(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="162"/>
        <source>&amp;Encrypt the station&apos;s records (recommended)</source>
        <translation>加密工作站的记录（推荐）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="168"/>
        <source>Without a password no one can read the records, even from a copied file or backup. Next you print a recovery sheet: the only way in if every administrator forgets their password.</source>
        <translation>不登录就无法读取任何记录，即使复制了数据文件或备份也不行。随后请打印恢复页：全部管理员都忘记密码时，只能靠它解锁。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="171"/>
        <source>Not encrypted: anyone who copies the station&apos;s file can read every record. You can turn encryption on later in Settings → Backups.</source>
        <translation>不加密：任何人复制工作站的数据文件都能读出全部记录。以后可在“设置 → 备份”中启用加密。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="179"/>
        <source>At least 8 characters, not only digits.</source>
        <translation>至少8个字符，不能全是数字。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="187"/>
        <source>Strong password.</source>
        <translation>密码强度高。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="187"/>
        <source>Acceptable password.</source>
        <translation>密码强度可以。</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="77"/>
        <source>Welcome to AidStation</source>
        <translation>欢迎使用 AidStation</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="78"/>
        <source>There is no station in this folder yet.</source>
        <translation>此文件夹中还没有工作站。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="79"/>
        <source>How would you like to start?</source>
        <translation>您想如何开始？</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="80"/>
        <source>&amp;Create my station</source>
        <translation>创建我的工作站(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="81"/>
        <source>Enter your station&apos;s profile and create the first administrator account. You can change the profile later in Settings.</source>
        <translation>填写工作站信息并创建首个管理员账号。以后可以在“设置”中修改工作站信息。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="83"/>
        <source>&amp;Explore a demo station</source>
        <translation>体验演示工作站(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="84"/>
        <source>Invented people and six months of records, to try every screen. Sign in as demo with the password demo.</source>
        <translation>虚构的人员和六个月的记录，可试用每个界面。用户名 demo，密码 demo。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="86"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="241"/>
        <source>AidStation: first start</source>
        <translation>AidStation：首次启动</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="244"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="255"/>
        <source>Could not create the station</source>
        <translation>无法创建工作站</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="267"/>
        <source>Could not create the demo station</source>
        <translation>无法创建演示工作站</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../aidstation/gui/shell/help.py" line="83"/>
        <source>Help: {page}</source>
        <translation>帮助：{page}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/help.py" line="86"/>
        <source>There is no guide for this page yet.</source>
        <translation>此页面暂无使用说明。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../aidstation/gui/shell/login_dialog.py" line="81"/>
        <source>Sign in to AidStation</source>
        <translation>登录 AidStation</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/login_dialog.py" line="82"/>
        <location filename="../../aidstation/gui/shell/login_dialog.py" line="88"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/login_dialog.py" line="83"/>
        <source>(unnamed station)</source>
        <translation>（未命名工作站）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/login_dialog.py" line="85"/>
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/login_dialog.py" line="86"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/login_dialog.py" line="87"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/login_dialog.py" line="89"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/login_dialog.py" line="90"/>
        <source>Use the &amp;recovery key…</source>
        <translation>使用恢复密钥(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/login_dialog.py" line="91"/>
        <source>Every administrator has forgotten their password: open the station with the recovery sheet</source>
        <translation>全部管理员都忘记了密码：用恢复页上的密钥打开工作站</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/login_dialog.py" line="94"/>
        <source>demo station: user demo, password demo</source>
        <translation>演示工作站：用户名 demo，密码 demo</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/login_dialog.py" line="111"/>
        <source>Type your username.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="277"/>
        <source>Month already submitted</source>
        <translation>该月已报送</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="305"/>
        <source>(unnamed station)</source>
        <translation>（未命名工作站）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="307"/>
        <source>AidStation — {station}</source>
        <translation>AidStation — {station}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="310"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="310"/>
        <source>clerk</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="311"/>
        <source>User: {name} ({role})</source>
        <translation>用户：{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="314"/>
        <source>Station: {name}</source>
        <translation>工作站：{name}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="316"/>
        <source>Month: {month}</source>
        <translation>当前月份：{month}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="329"/>
        <source>Change password…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="330"/>
        <source>Lock</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="331"/>
        <source>Lock the screen (Ctrl+L)</source>
        <translation>锁定屏幕（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="332"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="359"/>
        <source>The station database is damaged and was opened read-only: you can look but not change anything. Problem: {problem}</source>
        <translation>工作站数据库已损坏，已以只读方式打开：只能查看，不能修改。问题：{problem}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="340"/>
        <source>Restore the newest good backup…</source>
        <translation>恢复最近的完好备份…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="248"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="249"/>
        <source>Today&apos;s backup of the station is being made.</source>
        <translation>正在进行今天的工作站备份。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="344"/>
        <source>AidStation is locked</source>
        <translation>AidStation 已锁定</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="345"/>
        <source>Enter the password of {name} to continue.</source>
        <translation>请输入 {name} 的密码以继续。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="347"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="348"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="443"/>
        <source>This page cannot be shown: {error}</source>
        <translation>无法显示此页面：{error}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="643"/>
        <source>Password changed</source>
        <translation>密码已修改</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="643"/>
        <source>Your password has been changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="341"/>
        <source>Rebuild the indexes…</source>
        <translation>重建索引…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="308"/>
        <source>AidStation — {station} (not encrypted)</source>
        <translation>AidStation — {station}（未加密）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="318"/>
        <source>Encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="320"/>
        <source>The station database and its backups are encrypted: without a password or the recovery key they cannot be read.</source>
        <translation>工作站数据库及其备份已加密：没有密码或恢复密钥无法读取。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="323"/>
        <source>Not encrypted</source>
        <translation>未加密</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="325"/>
        <source>Anyone who copies station.db or a backup can read every record. An administrator can turn encryption on in Settings → Backups.</source>
        <translation>任何人复制 station.db 或备份都能读出全部记录。管理员可在“设置 → 备份”中启用加密。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="327"/>
        <source>Search everything…</source>
        <translation>全局搜索…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="328"/>
        <source>Find a person, consultation, case, application or card (Ctrl+K)</source>
        <translation>查找人员、咨询、调解案件、援助申请或联系卡（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="337"/>
        <source>{page} ({keys})</source>
        <translation>{page}（{keys}）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="342"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="363"/>
        <source>The station database is damaged: {problem}. Rebuilding its indexes repairs a damaged index; otherwise restore the newest good backup.</source>
        <translation>工作站数据库已损坏：{problem}。如果损坏的是索引，重建索引即可修复；否则请恢复最近的完好备份。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="367"/>
        <source>Backups fail until it is repaired.</source>
        <translation>修复之前，备份都会失败。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="371"/>
        <source>Ask an administrator to repair it.</source>
        <translation>请联系管理员修复。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="373"/>
        <source>The last backup failed: {error}. Your records are not backed up until a backup succeeds.</source>
        <translation>上次备份失败：{error}。在备份成功之前，您的记录没有备份。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="383"/>
        <source>Repair the database</source>
        <translation>修复数据库</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="386"/>
        <source>Rebuild every index of the station database? The records themselves are not changed; on a large station this takes a minute.</source>
        <translation>要重建工作站数据库的全部索引吗？记录本身不会改变；数据量大的工作站约需一分钟。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="388"/>
        <source>Rebuild the indexes</source>
        <translation>重建索引</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="400"/>
        <source>The indexes were rebuilt, but the database is still damaged: {problem}

Restore the newest good backup.</source>
        <translation>索引已重建，但数据库仍有损坏：{problem}

请恢复最近的完好备份。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="403"/>
        <source>The database was repaired and passes its integrity check.</source>
        <translation>数据库已修复，并通过了完整性检查。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="407"/>
        <source>The backup after it failed: {error}</source>
        <translation>随后的备份失败：{error}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="409"/>
        <source>A backup was made.</source>
        <translation>已完成一次备份。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="417"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="419"/>
        <source>Backup made</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="419"/>
        <source>Backup written: {name}</source>
        <translation>已写入备份：{name}</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../aidstation/gui/shell/app.py" line="46"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/app.py" line="47"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../aidstation/gui/shell/recovery_dialog.py" line="77"/>
        <source>Open the station with the recovery key</source>
        <translation>用恢复密钥打开工作站</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/recovery_dialog.py" line="79"/>
        <source>Use this only when every administrator has forgotten their password. Type the recovery key printed on the station&apos;s recovery sheet, then choose a new password for an administrator account.</source>
        <translation>仅在全部管理员都忘记密码时使用。输入工作站恢复页上印的恢复密钥，再为一个管理员账号设置新密码。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/recovery_dialog.py" line="82"/>
        <source>Recovery &amp;key</source>
        <translation>恢复密钥(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/recovery_dialog.py" line="82"/>
        <source>&amp;Administrator</source>
        <translation>管理员(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/recovery_dialog.py" line="83"/>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/recovery_dialog.py" line="83"/>
        <source>Con&amp;firm password</source>
        <translation>确认密码(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/recovery_dialog.py" line="85"/>
        <source>e.g. ABCDE-FGHJK-… (30 characters)</source>
        <translation>例如 ABCDE-FGHJK-…（共30位）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/recovery_dialog.py" line="86"/>
        <source>Set the password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/recovery_dialog.py" line="111"/>
        <source>Cannot open the station</source>
        <translation>无法打开工作站</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/recovery_dialog.py" line="113"/>
        <source>Password set</source>
        <translation>密码已设置</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/recovery_dialog.py" line="114"/>
        <source>The new password of {name} is set. Sign in with it now.</source>
        <translation>{name} 的新密码已设置，请用它登录。</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="99"/>
        <source>Station profile</source>
        <translation>工作站信息</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="100"/>
        <source>Printed on documents and on the monthly return.</source>
        <translation>打印在文书和月报上。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="102"/>
        <source>S&amp;tation name</source>
        <translation>工作站名称(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="103"/>
        <source>Station &amp;code</source>
        <translation>工作站代码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="104"/>
        <source>letters and digits, used in file names, e.g. HD-ZGC</source>
        <translation>字母和数字，用于文件名，例如 HD-ZGC</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="105"/>
        <source>&amp;District</source>
        <translation>所属区县(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="106"/>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="107"/>
        <source>&amp;Hotline</source>
        <translation>服务热线(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="108"/>
        <source>&amp;Mediation committee</source>
        <translation>人民调解委员会(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="109"/>
        <source>e.g. 中关村街道法律援助工作站</source>
        <translation>例如：中关村街道法律援助工作站</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../aidstation/gui/shell/app.py" line="104"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/app.py" line="105"/>
        <source>Something went wrong: {error}

What you saved before is safe. Close any open form, try again, and if it happens again restart AidStation and give your administrator the log file:
{path}</source>
        <translation>出现错误：{error}

已保存的内容是安全的。请关闭打开的表单后重试；如果再次出现，请重新启动 AidStation，并把日志文件交给管理员：
{path}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/app.py" line="296"/>
        <source>Cannot open the station</source>
        <translation>无法打开工作站</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/app.py" line="477"/>
        <source>Finishing today&apos;s backup…</source>
        <translation>正在完成今天的备份…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/app.py" line="480"/>
        <source>AidStation</source>
        <translation>AidStation</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/app.py" line="528"/>
        <source>Backup in progress</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/app.py" line="529"/>
        <source>Today&apos;s backup is still being made. Try again when it has finished.</source>
        <translation>今天的备份尚未完成，请在备份完成后再试。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/app.py" line="534"/>
        <source>No good backup</source>
        <translation>没有可用的备份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/app.py" line="535"/>
        <source>No intact backup was found in the backups folder.</source>
        <translation>备份文件夹中没有找到完好的备份。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/app.py" line="395"/>
        <location filename="../../aidstation/gui/shell/app.py" line="538"/>
        <location filename="../../aidstation/gui/shell/app.py" line="542"/>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/app.py" line="539"/>
        <source>Replace the damaged database with the backup of {when}? Records entered after that backup will be missing.</source>
        <translation>用 {when} 的备份替换已损坏的数据库？该备份之后录入的记录将会缺失。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/app.py" line="402"/>
        <location filename="../../aidstation/gui/shell/app.py" line="547"/>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/app.py" line="406"/>
        <location filename="../../aidstation/gui/shell/app.py" line="549"/>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/app.py" line="550"/>
        <source>The backup was restored. Please sign in again.</source>
        <translation>备份已恢复，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/app.py" line="109"/>
        <location filename="../../aidstation/gui/shell/app.py" line="300"/>
        <location filename="../../aidstation/gui/shell/app.py" line="384"/>
        <source>(no log file could be written)</source>
        <translation>（无法写入日志文件）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/app.py" line="297"/>
        <source>AidStation cannot open the station in {folder}:
{problem}

Give your administrator this message and the log file:
{log}</source>
        <translation>AidStation 无法打开 {folder} 中的工作站：
{problem}

请把这条信息和日志文件交给管理员：
{log}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/app.py" line="371"/>
        <source>The station database is damaged</source>
        <translation>工作站数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/app.py" line="379"/>
        <source>The station database is damaged and no one can sign in: {problem}

No intact backup was found in {folder}. Give your administrator this message and the log file:
{log}</source>
        <translation>工作站数据库已损坏，无法登录：{problem}

在 {folder} 中没有找到完好的备份。请把这条信息和日志文件交给管理员：
{log}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/app.py" line="390"/>
        <source>The station database is damaged and no one can sign in: {problem}

Restore the newest intact backup, of {when}? Records entered after it will be missing; the damaged file is kept in the backups folder.</source>
        <translation>工作站数据库已损坏，无法登录：{problem}

要恢复最近的完好备份（{when}）吗？该备份之后录入的记录将会缺失；损坏的文件会保留在备份文件夹中。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/app.py" line="407"/>
        <source>The backup of {when} was restored. Sign in to continue.</source>
        <translation>已恢复 {when} 的备份，请登录后继续。</translation>
    </message>
</context>
</TS>
