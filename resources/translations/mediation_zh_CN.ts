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
        <location filename="../../aidstation/gui/mediation/case.py" line="116"/>
        <location filename="../../ui/mediation_case.ui" line="48"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="116"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="116"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="116"/>
        <location filename="../../ui/mediation_case.ui" line="50"/>
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="85"/>
        <source>Held at</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="87"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="89"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="91"/>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="95"/>
        <location filename="../../ui/mediation_case.ui" line="144"/>
        <location filename="../../ui/mediation_case.ui" line="149"/>
        <location filename="../../ui/mediation_case.ui" line="161"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="198"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="200"/>
        <source>Reached</source>
        <translation>联系上</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="201"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="73"/>
        <location filename="../../ui/mediation_case.ui" line="205"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="183"/>
        <location filename="../../aidstation/gui/mediation/case.py" line="186"/>
        <location filename="../../ui/mediation_case.ui" line="9"/>
        <source>New mediation case</source>
        <translation>新建调解案件</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="185"/>
        <source>Add at least one applicant and one respondent, then save.</source>
        <translation>请至少添加一名申请人和一名被申请人，然后保存。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="197"/>
        <source>Time limit {date}: {n} days overdue</source>
        <translation>调解期限 {date}：已超期 {n} 天</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="198"/>
        <source>Time limit {date} ({n} days left)</source>
        <translation>调解期限 {date}（还剩 {n} 天）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="203"/>
        <source>Concluded on {date}</source>
        <translation>结案日期 {date}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="315"/>
        <source>New person</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="5"/>
        <source>Mediation case</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="18"/>
        <source>&amp;Parties</source>
        <translation>当事人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="22"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="24"/>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="26"/>
        <source>Source</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="28"/>
        <source>Dispute type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="30"/>
        <source>Title</source>
        <translation>纠纷名称</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="31"/>
        <source>Left empty: “A与B…纠纷”</source>
        <translation>留空则自动生成“甲与乙……纠纷”</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="32"/>
        <source>Amount involved (yuan)</source>
        <translation>涉及金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="34"/>
        <source>Mediators</source>
        <translation>人民调解员</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="41"/>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="46"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="57"/>
        <source>Remove party</source>
        <translation>移除当事人</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="58"/>
        <source>Add party</source>
        <translation>添加当事人</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="67"/>
        <source>&amp;Facts</source>
        <translation>纠纷事实(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="69"/>
        <source>Facts of the dispute</source>
        <translation>纠纷简要情况</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="71"/>
        <source>Requests</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="75"/>
        <source>Extended until</source>
        <translation>延期至</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="80"/>
        <source>&amp;Sessions</source>
        <translation>调解记录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="86"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="93"/>
        <source>Others present</source>
        <translation>参加人</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="101"/>
        <location filename="../../ui/mediation_case.ui" line="211"/>
        <source>Delete selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="103"/>
        <location filename="../../ui/mediation_case.ui" line="213"/>
        <source>Print selected record</source>
        <translation>打印所选记录</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="104"/>
        <source>Add session</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="110"/>
        <source>&amp;Agreement and performance</source>
        <translation>协议与履行(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="116"/>
        <source>Agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="118"/>
        <source>Form</source>
        <translation>协议形式</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="120"/>
        <source>Reached on</source>
        <translation>达成日期</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="122"/>
        <source>Terms</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="124"/>
        <source>Issues and responsibility</source>
        <translation>争议事项及各方责任</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="126"/>
        <source>Performance method</source>
        <translation>履行方式</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="128"/>
        <source>Performance deadline</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="130"/>
        <source>Amount (yuan)</source>
        <translation>协议金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="132"/>
        <source>Record agreement</source>
        <translation>保存协议</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="140"/>
        <source>Performance and judicial confirmation</source>
        <translation>履行与司法确认</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="142"/>
        <source>Performance</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="145"/>
        <source>Judicial confirmation applied on</source>
        <translation>申请司法确认日期</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="147"/>
        <source>Result</source>
        <translation>确认结果</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="155"/>
        <source>Prevention</source>
        <translation>预防</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="157"/>
        <source>Escalation to crime prevented</source>
        <translation>防止民转刑</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="158"/>
        <location filename="../../ui/mediation_case.ui" line="160"/>
        <source> persons</source>
        <translation> 人</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="159"/>
        <source>Mass petition prevented</source>
        <translation>防止群体性上访</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="167"/>
        <source>Conclusion</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="169"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="171"/>
        <source>Concluded on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="173"/>
        <source>Route told of (failed)</source>
        <translation>告知途径（调解不成）</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="177"/>
        <source>Resume</source>
        <translation>恢复调解</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="178"/>
        <source>Conclude</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="191"/>
        <source>F&amp;ollow-ups</source>
        <translation>回访(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="196"/>
        <source>Visited on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="203"/>
        <source>How it was performed</source>
        <translation>协议履行情况</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="214"/>
        <source>Add follow-up</source>
        <translation>添加回访</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="220"/>
        <source>&amp;Dossier</source>
        <translation>卷宗(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="225"/>
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="227"/>
        <source>Print the whole dossier</source>
        <translation>打印全卷</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="239"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="240"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>MediationDossierTab</name>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="15"/>
        <source>Application (申请书)</source>
        <translation>人民调解申请书</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="16"/>
        <source>Acceptance register</source>
        <translation>受理登记表</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="17"/>
        <source>Notice of rights and duties</source>
        <translation>权利义务告知书</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="18"/>
        <source>Investigation record</source>
        <translation>调查记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="19"/>
        <source>Mediation record (latest)</source>
        <translation>调解记录（最近一次）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="20"/>
        <source>Mediation agreement</source>
        <translation>人民调解协议书</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="21"/>
        <source>Oral-agreement register</source>
        <translation>口头协议登记表</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="22"/>
        <source>Follow-up record (latest)</source>
        <translation>回访记录（最近一次）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="23"/>
        <source>Cover and contents</source>
        <translation>卷宗封面及卷内目录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="35"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="35"/>
        <source>Item</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="35"/>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="67"/>
        <source>Required</source>
        <translation>必备</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="35"/>
        <source>Present</source>
        <translation>有无</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="36"/>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="36"/>
        <source>How</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="67"/>
        <source>If needed</source>
        <translation>按需</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="78"/>
        <source>Generated</source>
        <translation>系统生成</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="78"/>
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
        <location filename="../../aidstation/gui/mediation/page.py" line="158"/>
        <source>Mediation</source>
        <translation>人民调解</translation>
    </message>
</context>
</TS>
