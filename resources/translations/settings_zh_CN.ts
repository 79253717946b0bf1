<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>columns</name>
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
    <name>pages</name>
    <message>
        <location filename="../../aidstation/gui/settings/page.py" line="36"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>settings</name>
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
</context>
</TS>
