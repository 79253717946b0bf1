<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MediationAgreementTab</name>
    <message>
        <location filename="../../aidstation/gui/mediation/agreement_tab.py" line="18"/>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/agreement_tab.py" line="19"/>
        <source>(not failed)</source>
        <translation>（非调解不成）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/agreement_tab.py" line="20"/>
        <source>Written (协议书)</source>
        <translation>书面协议</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/agreement_tab.py" line="21"/>
        <source>Oral (口头协议)</source>
        <translation>口头协议</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/agreement_tab.py" line="22"/>
        <source>Pending</source>
        <translation>审查中</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/agreement_tab.py" line="22"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/agreement_tab.py" line="23"/>
        <source>Not confirmed</source>
        <translation>不予确认</translation>
    </message>
</context>
<context>
    <name>MediationCaseDialog</name>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="106"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="113"/>
        <location filename="../../ui/mediation_case.ui" line="47"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="113"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="113"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="113"/>
        <location filename="../../ui/mediation_case.ui" line="49"/>
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="84"/>
        <source>Held at</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="86"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="88"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="90"/>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="94"/>
        <location filename="../../ui/mediation_case.ui" line="143"/>
        <location filename="../../ui/mediation_case.ui" line="148"/>
        <location filename="../../ui/mediation_case.ui" line="160"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="197"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="199"/>
        <source>Reached</source>
        <translation>联系上</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="200"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="72"/>
        <location filename="../../ui/mediation_case.ui" line="204"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="180"/>
        <location filename="../../aidstation/gui/mediation/case.py" line="183"/>
        <source>New mediation case</source>
        <translation>新建调解案件</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="182"/>
        <source>Add at least one applicant and one respondent, then save.</source>
        <translation>请至少添加一名申请人和一名被申请人，然后保存。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="194"/>
        <source>Time limit {date}: {n} days overdue</source>
        <translation>调解期限 {date}：已超期 {n} 天</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="195"/>
        <source>Time limit {date} ({n} days left)</source>
        <translation>调解期限 {date}（还剩 {n} 天）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="200"/>
        <source>Concluded on {date}</source>
        <translation>结案日期 {date}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="312"/>
        <source>New person</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="17"/>
        <source>&amp;Parties</source>
        <translation>当事人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="21"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="23"/>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="25"/>
        <source>Source</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="27"/>
        <source>Dispute type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="29"/>
        <source>Title</source>
        <translation>纠纷名称</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="30"/>
        <source>Left empty: “A与B…纠纷”</source>
        <translation>留空则自动生成“甲与乙……纠纷”</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="31"/>
        <source>Amount involved (yuan)</source>
        <translation>涉及金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="33"/>
        <source>Mediators</source>
        <translation>人民调解员</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="40"/>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="45"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="56"/>
        <source>Remove party</source>
        <translation>移除当事人</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="57"/>
        <source>Add party</source>
        <translation>添加当事人</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="66"/>
        <source>&amp;Facts</source>
        <translation>纠纷事实(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="68"/>
        <source>Facts of the dispute</source>
        <translation>纠纷简要情况</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="70"/>
        <source>Requests</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="74"/>
        <source>Extended until</source>
        <translation>延期至</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="79"/>
        <source>&amp;Sessions</source>
        <translation>调解记录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="85"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="92"/>
        <source>Others present</source>
        <translation>参加人</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="100"/>
        <location filename="../../ui/mediation_case.ui" line="210"/>
        <source>Delete selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="102"/>
        <location filename="../../ui/mediation_case.ui" line="212"/>
        <source>Print selected record</source>
        <translation>打印所选记录</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="103"/>
        <source>Add session</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="109"/>
        <source>&amp;Agreement and performance</source>
        <translation>协议与履行(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="115"/>
        <source>Agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="117"/>
        <source>Form</source>
        <translation>协议形式</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="119"/>
        <source>Reached on</source>
        <translation>达成日期</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="121"/>
        <source>Terms</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="123"/>
        <source>Issues and responsibility</source>
        <translation>争议事项及各方责任</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="125"/>
        <source>Performance method</source>
        <translation>履行方式</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="127"/>
        <source>Performance deadline</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="129"/>
        <source>Amount (yuan)</source>
        <translation>协议金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="131"/>
        <source>Record agreement</source>
        <translation>保存协议</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="139"/>
        <source>Performance and judicial confirmation</source>
        <translation>履行与司法确认</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="141"/>
        <source>Performance</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="144"/>
        <source>Judicial confirmation applied on</source>
        <translation>申请司法确认日期</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="146"/>
        <source>Result</source>
        <translation>确认结果</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="154"/>
        <source>Prevention</source>
        <translation>预防</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="156"/>
        <source>Escalation to crime prevented</source>
        <translation>防止民转刑</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="157"/>
        <location filename="../../ui/mediation_case.ui" line="159"/>
        <source> persons</source>
        <translation> 人</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="158"/>
        <source>Mass petition prevented</source>
        <translation>防止群体性上访</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="166"/>
        <source>Conclusion</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="168"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="170"/>
        <source>Concluded on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="172"/>
        <source>Route told of (failed)</source>
        <translation>告知途径（调解不成）</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="176"/>
        <source>Resume</source>
        <translation>恢复调解</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="177"/>
        <source>Conclude</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="190"/>
        <source>F&amp;ollow-ups</source>
        <translation>回访(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="195"/>
        <source>Visited on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="202"/>
        <source>How it was performed</source>
        <translation>协议履行情况</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="213"/>
        <source>Add follow-up</source>
        <translation>添加回访</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="219"/>
        <source>&amp;Dossier</source>
        <translation>卷宗(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="224"/>
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="226"/>
        <source>Print the whole dossier</source>
        <translation>打印全卷</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="238"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="239"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>MediationDossierTab</name>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="21"/>
        <source>Application (申请书)</source>
        <translation>人民调解申请书</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="22"/>
        <source>Acceptance register</source>
        <translation>受理登记表</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="23"/>
        <source>Notice of rights and duties</source>
        <translation>权利义务告知书</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="24"/>
        <source>Investigation record</source>
        <translation>调查记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="25"/>
        <source>Mediation record (latest)</source>
        <translation>调解记录（最近一次）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="26"/>
        <source>Mediation agreement</source>
        <translation>人民调解协议书</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="27"/>
        <source>Oral-agreement register</source>
        <translation>口头协议登记表</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="28"/>
        <source>Follow-up record (latest)</source>
        <translation>回访记录（最近一次）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="29"/>
        <source>Cover and contents</source>
        <translation>卷宗封面及卷内目录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="41"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="41"/>
        <source>Item</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="41"/>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="73"/>
        <source>Required</source>
        <translation>必备</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="41"/>
        <source>Present</source>
        <translation>有无</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="42"/>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="42"/>
        <source>How</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="73"/>
        <source>If needed</source>
        <translation>按需</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="84"/>
        <source>Generated</source>
        <translation>系统生成</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="84"/>
        <source>Filed by hand</source>
        <translation>人工归档</translation>
    </message>
</context>
<context>
    <name>MediationFollowupsTab</name>
    <message>
        <location filename="../../aidstation/gui/mediation/followups_tab.py" line="24"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/followups_tab.py" line="26"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/followups_tab.py" line="26"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/followups_tab.py" line="26"/>
        <source>Reached</source>
        <translation>联系上</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/followups_tab.py" line="27"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/followups_tab.py" line="27"/>
        <source>Visitor</source>
        <translation>回访人</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/followups_tab.py" line="27"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/followups_tab.py" line="42"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/followups_tab.py" line="42"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/followups_tab.py" line="65"/>
        <source>Delete record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/followups_tab.py" line="66"/>
        <source>Delete the follow-up of {when}?</source>
        <translation>删除 {when} 的回访记录？</translation>
    </message>
</context>
<context>
    <name>MediationPage</name>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="50"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="53"/>
        <source>All dispute types</source>
        <translation>全部纠纷类型</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="56"/>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="63"/>
        <source>Number</source>
        <translation>案号</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="64"/>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="65"/>
        <source>Title</source>
        <translation>纠纷名称</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="67"/>
        <source>Dispute type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="69"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="71"/>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="73"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="75"/>
        <source>Time limit / concluded</source>
        <translation>期限 / 结案日期</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="106"/>
        <source>{n} cases</source>
        <translation>共 {n} 件</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="129"/>
        <source>Delete case</source>
        <translation>删除案件</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="130"/>
        <source>Move {number} to the bin? Its sessions and follow-ups stay with it and come back if an administrator restores it.</source>
        <translation>将 {number} 移入回收站？其调解记录和回访记录随案件保留，管理员恢复后一并恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_page.ui" line="10"/>
        <source>People&apos;s mediation</source>
        <translation>人民调解</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_page.ui" line="14"/>
        <source>Search number, party name or title…</source>
        <translation>搜索案号、当事人姓名或纠纷名称…</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_page.ui" line="19"/>
        <source>Past 30 days only</source>
        <translation>仅显示超过期限的</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_page.ui" line="20"/>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_page.ui" line="34"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_page.ui" line="35"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>MediationPrinter</name>
    <message>
        <location filename="../../aidstation/gui/mediation/printing.py" line="55"/>
        <source>Print the whole dossier</source>
        <translation>打印全卷</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/printing.py" line="55"/>
        <source>Writing the dossier…</source>
        <translation>正在生成卷宗…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/printing.py" line="57"/>
        <location filename="../../aidstation/gui/mediation/printing.py" line="67"/>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
</context>
<context>
    <name>MediationSessionsTab</name>
    <message>
        <location filename="../../aidstation/gui/mediation/sessions_tab.py" line="22"/>
        <location filename="../../aidstation/gui/mediation/sessions_tab.py" line="37"/>
        <source>Mediation</source>
        <translation>调解</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/sessions_tab.py" line="23"/>
        <location filename="../../aidstation/gui/mediation/sessions_tab.py" line="37"/>
        <source>Investigation</source>
        <translation>调查</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/sessions_tab.py" line="24"/>
        <source>Held at</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/sessions_tab.py" line="24"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/sessions_tab.py" line="24"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/sessions_tab.py" line="25"/>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/sessions_tab.py" line="25"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/sessions_tab.py" line="60"/>
        <source>Delete record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/sessions_tab.py" line="61"/>
        <source>Delete the record of {when}?</source>
        <translation>删除 {when} 的记录？</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="150"/>
        <source>Mediation</source>
        <translation>人民调解</translation>
    </message>
</context>
</TS>
