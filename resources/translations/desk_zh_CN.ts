<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="132"/>
        <source>First administrator</source>
        <translation>首个管理员</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="133"/>
        <source>The administrator manages users, code tables, backups and settings.</source>
        <translation>管理员负责管理用户、代码表、备份和设置。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="134"/>
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="135"/>
        <source>&amp;Display name</source>
        <translation>显示名称(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="136"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="137"/>
        <source>Con&amp;firm password</source>
        <translation>确认密码(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="145"/>
        <source>At least 8 characters, not only digits.</source>
        <translation>至少8个字符，不能全是数字。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="153"/>
        <source>Strong password.</source>
        <translation>密码强度高。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="153"/>
        <source>Acceptable password.</source>
        <translation>密码强度可以。</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="69"/>
        <source>Welcome to AidStation</source>
        <translation>欢迎使用 AidStation</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="70"/>
        <source>There is no station in this folder yet.</source>
        <translation>此文件夹中还没有工作站。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="71"/>
        <source>How would you like to start?</source>
        <translation>您想如何开始？</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="72"/>
        <source>&amp;Create my station</source>
        <translation>创建我的工作站(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="73"/>
        <source>Enter your station&apos;s profile and create the first administrator account. You can change the profile later in Settings.</source>
        <translation>填写工作站信息并创建首个管理员账号。以后可以在“设置”中修改工作站信息。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="75"/>
        <source>&amp;Explore a demo station</source>
        <translation>体验演示工作站(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="76"/>
        <source>Invented people and six months of records, to try every screen. Sign in as demo with the password demo.</source>
        <translation>虚构的人员和六个月的记录，可试用每个界面。用户名 demo，密码 demo。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="78"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="146"/>
        <source>&amp;Code</source>
        <translation>代码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="147"/>
        <source>short key: lower-case letters, digits, _</source>
        <translation>简短代码：小写字母、数字、_</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="148"/>
        <source>&amp;Chinese label</source>
        <translation>中文名称(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="149"/>
        <source>&amp;English label</source>
        <translation>英文名称(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="153"/>
        <source>Add a code</source>
        <translation>新增代码</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="155"/>
        <source>Relabel {code}</source>
        <translation>修改 {code} 的名称</translation>
    </message>
</context>
<context>
    <name>ConsultationForm</name>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="115"/>
        <source>Person</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="116"/>
        <source>&amp;Anonymous caller</source>
        <translation>匿名来访/来电(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="117"/>
        <source>Identity &amp;refused</source>
        <translation>拒绝提供身份(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="118"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="119"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="120"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="121"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="122"/>
        <source>Consultation</source>
        <translation>咨询情况</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="123"/>
        <source>Received</source>
        <translation>咨询时间</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="124"/>
        <source>C&amp;hannel</source>
        <translation>咨询方式(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="125"/>
        <source>Groups</source>
        <translation>人群类别</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="126"/>
        <source>&amp;Matter</source>
        <translation>事项类别(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="127"/>
        <source>&amp;Question</source>
        <translation>咨询内容(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="128"/>
        <source>Ad&amp;vice</source>
        <translation>解答意见(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="129"/>
        <source>&amp;Disposition</source>
        <translation>处理方式(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="130"/>
        <source>Referred &amp;to</source>
        <translation>转介单位(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="131"/>
        <source>Reply due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="132"/>
        <source>Documents drafted</source>
        <translation>代写文书（份）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="133"/>
        <source>Minutes</source>
        <translation>用时（分钟）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="134"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="135"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="136"/>
        <source>Save and &amp;next</source>
        <translation>保存并继续(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="137"/>
        <source>Save and start the next consultation (Ctrl+Enter)</source>
        <translation>保存并开始下一条咨询（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="138"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="139"/>
        <source>Discard the changes (Esc)</source>
        <translation>放弃修改（Esc）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="140"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="141"/>
        <source>new person: name</source>
        <translation>新人员：姓名</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="142"/>
        <source>mobile or landline with area code</source>
        <translation>手机或带区号的固定电话</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="143"/>
        <source>18 characters; fills birth date and gender</source>
        <translation>18位；自动填写出生日期和性别</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="148"/>
        <source>New consultation</source>
        <translation>新咨询登记</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="150"/>
        <source>Consultation {number}</source>
        <translation>咨询登记 {number}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="343"/>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="344"/>
        <source>{name} with phone {phone} is already on record. Use that person?
(No creates a second person with the same name and phone.)</source>
        <translation>已有人员 {name}（电话 {phone}）。使用该人员吗？
（选“否”将新建一个同名同电话的人员。）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="365"/>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="365"/>
        <source>Discard the changes to this consultation?</source>
        <translation>放弃对本条咨询登记的修改吗？</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="375"/>
        <source>Delete consultation</source>
        <translation>删除咨询登记</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/consultation_form.py" line="376"/>
        <source>Delete consultation {number}? An administrator can restore it.</source>
        <translation>删除咨询登记 {number}？管理员可以恢复。</translation>
    </message>
</context>
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
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="205"/>
        <source>AidStation: first start</source>
        <translation>AidStation：首次启动</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="208"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="217"/>
        <source>Could not create the station</source>
        <translation>无法创建工作站</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="229"/>
        <source>Could not create the demo station</source>
        <translation>无法创建演示工作站</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../aidstation/gui/shell/login_dialog.py" line="43"/>
        <source>Sign in to AidStation</source>
        <translation>登录 AidStation</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/login_dialog.py" line="44"/>
        <location filename="../../aidstation/gui/shell/login_dialog.py" line="50"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/login_dialog.py" line="45"/>
        <source>(unnamed station)</source>
        <translation>（未命名工作站）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/login_dialog.py" line="47"/>
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/login_dialog.py" line="48"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/login_dialog.py" line="49"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/login_dialog.py" line="51"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/login_dialog.py" line="53"/>
        <source>demo station: user demo, password demo</source>
        <translation>演示工作站：用户名 demo，密码 demo</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/login_dialog.py" line="68"/>
        <source>Type your username.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="161"/>
        <source>Month already submitted</source>
        <translation>该月已报送</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="176"/>
        <source>(unnamed station)</source>
        <translation>（未命名工作站）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="177"/>
        <source>AidStation — {station}</source>
        <translation>AidStation — {station}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="179"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="179"/>
        <source>clerk</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="180"/>
        <source>User: {name} ({role})</source>
        <translation>用户：{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="183"/>
        <source>Station: {name}</source>
        <translation>工作站：{name}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="185"/>
        <source>Month: {month}</source>
        <translation>当前月份：{month}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="186"/>
        <source>Change password…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="187"/>
        <source>Lock</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="188"/>
        <source>Lock the screen (Ctrl+L)</source>
        <translation>锁定屏幕（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="189"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="196"/>
        <source>The station database is damaged and was opened read-only: you can look but not change anything. Problem: {problem}</source>
        <translation>工作站数据库已损坏，已以只读方式打开：只能查看，不能修改。问题：{problem}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="198"/>
        <source>Restore the newest good backup…</source>
        <translation>恢复最近的完好备份…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="199"/>
        <source>AidStation is locked</source>
        <translation>AidStation 已锁定</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="200"/>
        <source>Enter the password of {name} to continue.</source>
        <translation>请输入 {name} 的密码以继续。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="202"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="203"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="220"/>
        <source>This page cannot be shown: {error}</source>
        <translation>无法显示此页面：{error}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="327"/>
        <source>Password changed</source>
        <translation>密码已修改</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/main_window.py" line="327"/>
        <source>Your password has been changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>Rebuild the indexes…</source>
        <translation>重建索引…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>The station database is damaged: {problem}. Rebuilding its indexes repairs a damaged index; otherwise restore the newest good backup.</source>
        <translation>工作站数据库已损坏：{problem}。如果损坏的是索引，重建索引即可修复；否则请恢复最近的完好备份。</translation>
    </message>
    <message>
        <source>Backups fail until it is repaired.</source>
        <translation>修复之前，备份都会失败。</translation>
    </message>
    <message>
        <source>Ask an administrator to repair it.</source>
        <translation>请联系管理员修复。</translation>
    </message>
    <message>
        <source>The last backup failed: {error}. Your records are not backed up until a backup succeeds.</source>
        <translation>上次备份失败：{error}。在备份成功之前，您的记录没有备份。</translation>
    </message>
    <message>
        <source>Repair the database</source>
        <translation>修复数据库</translation>
    </message>
    <message>
        <source>Rebuild every index of the station database? The records themselves are not changed; on a large station this takes a minute.</source>
        <translation>要重建工作站数据库的全部索引吗？记录本身不会改变；数据量大的工作站约需一分钟。</translation>
    </message>
    <message>
        <source>Rebuild the indexes</source>
        <translation>重建索引</translation>
    </message>
    <message>
        <source>The indexes were rebuilt, but the database is still damaged: {problem}

Restore the newest good backup.</source>
        <translation>索引已重建，但数据库仍有损坏：{problem}

请恢复最近的完好备份。</translation>
    </message>
    <message>
        <source>The database was repaired and passes its integrity check.</source>
        <translation>数据库已修复，并通过了完整性检查。</translation>
    </message>
    <message>
        <source>The backup after it failed: {error}</source>
        <translation>随后的备份失败：{error}</translation>
    </message>
    <message>
        <source>A backup was made.</source>
        <translation>已完成一次备份。</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <source>Backup written: {name}</source>
        <translation>已写入备份：{name}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../aidstation/gui/settings/password_dialog.py" line="30"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/password_dialog.py" line="31"/>
        <source>Reset the password of {user}</source>
        <translation>重置 {user} 的密码</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/password_dialog.py" line="32"/>
        <source>&amp;Current password</source>
        <translation>当前密码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/password_dialog.py" line="33"/>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/password_dialog.py" line="34"/>
        <source>Con&amp;firm new password</source>
        <translation>确认新密码(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/password_dialog.py" line="35"/>
        <source>At least 8 characters, not only digits.</source>
        <translation>至少8个字符，不能全是数字。</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../aidstation/gui/people/page.py" line="85"/>
        <source>People</source>
        <translation>人员信息</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/page.py" line="86"/>
        <source>Search name, phone, ID number or consultation number…</source>
        <translation>搜索姓名、电话、身份证号码或咨询编号…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/page.py" line="87"/>
        <source>New person</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/page.py" line="95"/>
        <source>{n} person(s)</source>
        <translation>共 {n} 人</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/page.py" line="112"/>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/page.py" line="112"/>
        <source>Discard the changes to this person?</source>
        <translation>放弃对此人员信息的修改吗？</translation>
    </message>
</context>
<context>
    <name>PersonFinder</name>
    <message>
        <location filename="../../aidstation/gui/kit/widgets.py" line="305"/>
        <source>last visit {date}</source>
        <translation>最近来访 {date}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/kit/widgets.py" line="363"/>
        <source>Type a name, phone or ID number…</source>
        <translation>输入姓名、电话或身份证号码…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/kit/widgets.py" line="364"/>
        <source>Change</source>
        <translation>更换</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/kit/widgets.py" line="402"/>
        <source>+ New person “{text}”</source>
        <translation>+ 新增人员“{text}”</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="16"/>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="17"/>
        <source>Mediation</source>
        <translation>人民调解</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="18"/>
        <source>Legal aid</source>
        <translation>法律援助</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="19"/>
        <source>Contact card</source>
        <translation>联系卡</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="81"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="82"/>
        <source>&amp;ID number</source>
        <translation>身份证号码(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="83"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="84"/>
        <source>Show the full ID number (the reveal is recorded in the audit log)</source>
        <translation>显示完整身份证号码（此操作记入审计日志）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="85"/>
        <source>&amp;Gender</source>
        <translation>性别(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="87"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="87"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="87"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="89"/>
        <source>&amp;Born</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="90"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="91"/>
        <source>&amp;Ethnicity</source>
        <translation>民族(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="92"/>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="93"/>
        <source>&amp;Community</source>
        <translation>社区(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="94"/>
        <source>&amp;Occupation</source>
        <translation>职业(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="95"/>
        <source>No&amp;tes</source>
        <translation>备注(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="96"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="97"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="98"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="100"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="100"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="100"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="100"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="100"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="101"/>
        <source>18 characters; fills birth date and gender</source>
        <translation>18位；自动填写出生日期和性别</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="129"/>
        <source>New person</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="169"/>
        <source>History ({n})</source>
        <translation>历史记录（{n}）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="210"/>
        <source>Possible duplicate: {people}</source>
        <translation>可能重复：{people}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="247"/>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="248"/>
        <source>Already on record with the same name and phone: {people}.
Save this person anyway?</source>
        <translation>已有同名同电话的人员：{people}。
仍要保存此人吗？</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="259"/>
        <source>Check the ID number</source>
        <translation>请核对身份证号码</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="260"/>
        <source>This is a 15-digit legacy ID number: ask for the 18-digit number.</source>
        <translation>这是15位旧身份证号码，请向当事人询问18位号码。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="272"/>
        <source>Delete person</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="273"/>
        <source>Delete {name}? An administrator can restore the record.</source>
        <translation>删除{name}？管理员可以恢复此记录。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/person_form.py" line="278"/>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="77"/>
        <source>All channels</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="78"/>
        <source>All dispositions</source>
        <translation>全部处理方式</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="79"/>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="115"/>
        <source>Reception</source>
        <translation>接待登记</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="116"/>
        <source>Search number, name, phone or question…</source>
        <translation>搜索编号、姓名、电话或咨询内容…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="117"/>
        <source>New consultation</source>
        <translation>新咨询登记</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="118"/>
        <source>Start a new consultation (Ctrl+N)</source>
        <translation>开始新的咨询登记（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="134"/>
        <source>{n} consultation(s)</source>
        <translation>共 {n} 条咨询</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="148"/>
        <location filename="../../aidstation/gui/reception/page.py" line="155"/>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="148"/>
        <location filename="../../aidstation/gui/reception/page.py" line="155"/>
        <source>Discard the changes to this consultation?</source>
        <translation>放弃对本条咨询登记的修改吗？</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="98"/>
        <location filename="../../aidstation/gui/settings/page.py" line="196"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="99"/>
        <source>Station profile</source>
        <translation>工作站信息</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="100"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="101"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="102"/>
        <source>Station name</source>
        <translation>工作站名称</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="102"/>
        <source>Station code</source>
        <translation>工作站代码</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="103"/>
        <source>District</source>
        <translation>所属区县</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="103"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="104"/>
        <source>Hotline</source>
        <translation>服务热线</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="104"/>
        <source>Office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="105"/>
        <source>Head of station</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="105"/>
        <source>Mediation committee</source>
        <translation>人民调解委员会</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="106"/>
        <source>Legal-aid centre</source>
        <translation>法律援助中心</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="107"/>
        <source>Mediation number prefix</source>
        <translation>调解案号前缀</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="108"/>
        <source>Legal-aid number prefix</source>
        <translation>法援编号前缀</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="109"/>
        <source>Lock after idle minutes</source>
        <translation>空闲锁屏（分钟）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="110"/>
        <source>Hardship threshold (yuan per head per month)</source>
        <translation>经济困难标准（元/人/月）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="111"/>
        <source>Days to supply missing materials</source>
        <translation>补充材料期限（天）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="112"/>
        <source>Legal-aid follow-up due after (days)</source>
        <translation>法律援助结案后回访期限（天）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="115"/>
        <source>0 = not set</source>
        <translation>0 = 未设置</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="117"/>
        <source>Low-income contact-card holders count as social-assistance recipients</source>
        <translation>低保等困难户别的联系卡持有人视为社会救助对象</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="118"/>
        <source>Count deadlines in working days (Monday to Friday)</source>
        <translation>期限按工作日计算（周一至周五）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="119"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="120"/>
        <source>Only an administrator can change the profile.</source>
        <translation>只有管理员可以修改工作站信息。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="121"/>
        <source>Save profile</source>
        <translation>保存工作站信息</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="122"/>
        <source>Language of the program</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="123"/>
        <source>Switch language</source>
        <translation>切换语言</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="124"/>
        <source>A backup is made every day and when AidStation closes; 30 daily and 12 monthly copies are kept in the backups folder.</source>
        <translation>每天及关闭程序时自动备份；backups 文件夹中保留最近30天的日备份和12个月的月备份。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="126"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="127"/>
        <source>Restore selected backup…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="128"/>
        <source>Taken at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="128"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="128"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="128"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="130"/>
        <location filename="../../aidstation/gui/settings/page.py" line="290"/>
        <location filename="../../aidstation/gui/settings/page.py" line="297"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="131"/>
        <source>Code tables</source>
        <translation>代码表</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="132"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="133"/>
        <source>Deleted records</source>
        <translation>已删除记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="134"/>
        <source>Add user…</source>
        <translation>新增用户…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="135"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="136"/>
        <source>Activate / deactivate</source>
        <translation>启用/停用</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="137"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="138"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="138"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="138"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="139"/>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="139"/>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="139"/>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="140"/>
        <source>Code table</source>
        <translation>代码表</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="141"/>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="142"/>
        <source>Relabel…</source>
        <translation>修改名称…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="143"/>
        <source>Retire / bring back</source>
        <translation>停用/恢复使用</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="144"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="144"/>
        <source>Chinese label</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="144"/>
        <source>English label</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="145"/>
        <source>In use for new records</source>
        <translation>新记录可用</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="146"/>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="147"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="148"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="149"/>
        <source>Records</source>
        <translation>记录类别</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="150"/>
        <source>Restore selected record</source>
        <translation>恢复所选记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="196"/>
        <source>The station profile was saved.</source>
        <translation>工作站信息已保存。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="228"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="231"/>
        <source>Backup made</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="231"/>
        <source>Backup written: {name}</source>
        <translation>已写入备份：{name}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="238"/>
        <location filename="../../aidstation/gui/settings/page.py" line="241"/>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="239"/>
        <source>Replace the station&apos;s records with this backup? Everything entered after it will be gone (a safety copy of the current database is kept).</source>
        <translation>用此备份替换工作站的全部记录？备份之后录入的内容将会丢失（当前数据库会先另存一份安全副本）。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="246"/>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="248"/>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="248"/>
        <source>The backup was restored. Please sign in again.</source>
        <translation>备份已恢复，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="262"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="262"/>
        <source>Clerk</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="263"/>
        <location filename="../../aidstation/gui/settings/page.py" line="310"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="263"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="297"/>
        <source>The password of {name} was reset.</source>
        <translation>已重置 {name} 的密码。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="310"/>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="364"/>
        <source>{n} event(s)</source>
        <translation>共 {n} 条事件</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="386"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="91"/>
        <source>Station profile</source>
        <translation>工作站信息</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="92"/>
        <source>Printed on documents and on the monthly return.</source>
        <translation>打印在文书和月报上。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="93"/>
        <source>Station &amp;name</source>
        <translation>工作站名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="94"/>
        <source>Station &amp;code</source>
        <translation>工作站代码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="95"/>
        <source>letters and digits, used in file names, e.g. HD-ZGC</source>
        <translation>字母和数字，用于文件名，例如 HD-ZGC</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="96"/>
        <source>&amp;District</source>
        <translation>所属区县(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="97"/>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="98"/>
        <source>&amp;Hotline</source>
        <translation>服务热线(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="99"/>
        <source>&amp;Mediation committee</source>
        <translation>人民调解委员会(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/first_run_wizard.py" line="100"/>
        <source>e.g. 中关村街道法律援助工作站</source>
        <translation>例如：中关村街道法律援助工作站</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="99"/>
        <source>Clerk</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="100"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="101"/>
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="102"/>
        <source>&amp;Display name</source>
        <translation>显示名称(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="103"/>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="104"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="105"/>
        <source>Con&amp;firm password</source>
        <translation>确认密码(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="109"/>
        <source>Add user</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="111"/>
        <source>Edit user {name}</source>
        <translation>编辑用户 {name}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../aidstation/gui/shell/app.py" line="59"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/app.py" line="60"/>
        <source>Something went wrong: {error}

What you saved before is safe. Close any open form, try again, and if it happens again restart AidStation and give your administrator the log file:
{path}</source>
        <translation>出现错误：{error}

已保存的内容是安全的。请关闭打开的表单后重试；如果再次出现，请重新启动 AidStation，并把日志文件交给管理员：
{path}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/app.py" line="121"/>
        <location filename="../../aidstation/gui/shell/app.py" line="125"/>
        <source>Cannot open the station</source>
        <translation>无法打开工作站</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/app.py" line="219"/>
        <source>No good backup</source>
        <translation>没有可用的备份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/app.py" line="220"/>
        <source>No intact backup was found in the backups folder.</source>
        <translation>备份文件夹中没有找到完好的备份。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/app.py" line="223"/>
        <location filename="../../aidstation/gui/shell/app.py" line="227"/>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/app.py" line="224"/>
        <source>Replace the damaged database with the backup of {when}? Records entered after that backup will be missing.</source>
        <translation>用 {when} 的备份替换已损坏的数据库？该备份之后录入的记录将会缺失。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/app.py" line="232"/>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/app.py" line="234"/>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/shell/app.py" line="235"/>
        <source>The backup was restored. Please sign in again.</source>
        <translation>备份已恢复，请重新登录。</translation>
    </message>
    <message>
        <source>(no log file could be written)</source>
        <translation>（无法写入日志文件）</translation>
    </message>
    <message>
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
        <source>The station database is damaged</source>
        <translation>工作站数据库已损坏</translation>
    </message>
    <message>
        <source>The station database is damaged and no one can sign in: {problem}

No intact backup was found in {folder}. Give your administrator this message and the log file:
{log}</source>
        <translation>工作站数据库已损坏，无法登录：{problem}

在 {folder} 中没有找到完好的备份。请把这条信息和日志文件交给管理员：
{log}</translation>
    </message>
    <message>
        <source>The station database is damaged and no one can sign in: {problem}

Restore the newest intact backup, of {when}? Records entered after it will be missing; the damaged file is kept in the backups folder.</source>
        <translation>工作站数据库已损坏，无法登录：{problem}

要恢复最近的完好备份（{when}）吗？该备份之后录入的记录将会缺失；损坏的文件会保留在备份文件夹中。</translation>
    </message>
    <message>
        <source>The backup of {when} was restored. Sign in to continue.</source>
        <translation>已恢复 {when} 的备份，请登录后继续。</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="46"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="47"/>
        <source>Received</source>
        <translation>咨询时间</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="48"/>
        <source>Person</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="49"/>
        <location filename="../../aidstation/gui/people/page.py" line="35"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="50"/>
        <source>Channel</source>
        <translation>咨询方式</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="52"/>
        <source>Matter</source>
        <translation>事项类别</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="54"/>
        <source>Disposition</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="56"/>
        <source>Question</source>
        <translation>咨询内容</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/page.py" line="22"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/page.py" line="22"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/page.py" line="32"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/page.py" line="33"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/page.py" line="34"/>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/page.py" line="36"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/page.py" line="38"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="176"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="177"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="178"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="180"/>
        <location filename="../../aidstation/gui/settings/admin.py" line="222"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="181"/>
        <location filename="../../aidstation/gui/settings/admin.py" line="221"/>
        <source>Id</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="182"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="183"/>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="223"/>
        <source>Deleted at</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="224"/>
        <source>Deleted by</source>
        <translation>删除人</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../aidstation/gui/kit/messages.py" line="40"/>
        <source>Unsaved changes</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/kit/messages.py" line="41"/>
        <source>This form has changes that are not saved.</source>
        <translation>此表单有尚未保存的修改。</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../aidstation/gui/reception/page.py" line="24"/>
        <source>Reception</source>
        <translation>接待登记</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/people/page.py" line="21"/>
        <source>People</source>
        <translation>人员信息</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="36"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/dashboard/page.py" line="17"/>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="342"/>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="345"/>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="43"/>
        <source>Consultations</source>
        <translation>咨询登记</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="44"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="45"/>
        <source>Mediation cases</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="46"/>
        <source>Legal-aid applications</source>
        <translation>法律援助申请</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="47"/>
        <source>Contact cards issued</source>
        <translation>发放联系卡</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="48"/>
        <source>Publicity activities</source>
        <translation>普法宣传活动</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="51"/>
        <source>create</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="51"/>
        <source>update</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="52"/>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="52"/>
        <source>restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="53"/>
        <source>retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="53"/>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="54"/>
        <source>print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="54"/>
        <source>reveal</source>
        <translation>查看完整号码</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="55"/>
        <source>sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/settings/admin.py" line="55"/>
        <source>failed sign-in</source>
        <translation>登录失败</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../aidstation/gui/kit/tasks.py" line="123"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
