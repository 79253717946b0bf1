<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MediationAgreementTab</name>
    <message>
        <location filename="../../aidstation/gui/mediation/agreement_tab.py" line="23"/>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/agreement_tab.py" line="22"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/agreement_tab.py" line="26"/>
        <source>(no agreement yet)</source>
        <translation>（尚未达成协议）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/agreement_tab.py" line="27"/>
        <source>Written (协议书)</source>
        <translation>书面协议</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/agreement_tab.py" line="28"/>
        <source>Oral (口头协议)</source>
        <translation>口头协议</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/agreement_tab.py" line="30"/>
        <source>Pending</source>
        <translation>审查中</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/agreement_tab.py" line="30"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/agreement_tab.py" line="31"/>
        <source>Not confirmed</source>
        <translation>不予确认</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/agreement_tab.py" line="38"/>
        <source>Saves what the window shows, then concludes the case</source>
        <translation>先保存窗口中的内容，再结案</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/agreement_tab.py" line="98"/>
        <source>Print the oral-agreement register</source>
        <translation>打印口头协议登记表</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/agreement_tab.py" line="99"/>
        <source>Print the agreement</source>
        <translation>打印调解协议书</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/agreement_tab.py" line="114"/>
        <source>Case {number} concluded: {outcome}</source>
        <translation>案件 {number} 已结案：{outcome}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/agreement_tab.py" line="122"/>
        <source>Case {number} resumed</source>
        <translation>案件 {number} 已恢复调解</translation>
    </message>
</context>
<context>
    <name>MediationCaseDialog</name>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="140"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="147"/>
        <location filename="../../ui/mediation_case.ui" line="51"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="147"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="147"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="147"/>
        <location filename="../../ui/mediation_case.ui" line="53"/>
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="100"/>
        <source>Held at</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="102"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="104"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="106"/>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="110"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="186"/>
        <source>Conclude the case</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="198"/>
        <source>Save and conclude</source>
        <translation>保存并结案</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="206"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="208"/>
        <source>Print the agreement</source>
        <translation>打印调解协议书</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="229"/>
        <source>New follow-up</source>
        <translation>新增回访</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="233"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="235"/>
        <source>Reached</source>
        <translation>联系上</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="236"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="81"/>
        <location filename="../../ui/mediation_case.ui" line="240"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="126"/>
        <source>Save the case, its agreement and what you typed (Ctrl+S)</source>
        <translation>保存案件、调解协议及已填写的内容（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="134"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="218"/>
        <location filename="../../aidstation/gui/mediation/case.py" line="221"/>
        <source>New mediation case</source>
        <translation>新建调解案件</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="220"/>
        <source>Add at least one applicant and one respondent, then save.</source>
        <translation>请至少添加一名申请人和一名被申请人，然后保存。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="232"/>
        <source>Time limit {date}: {n} days overdue</source>
        <translation>调解期限 {date}：已超期 {n} 天</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="233"/>
        <source>Time limit {date} ({n} days left)</source>
        <translation>调解期限 {date}（还剩 {n} 天）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="238"/>
        <source>Concluded on {date}</source>
        <translation>结案日期 {date}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="285"/>
        <source>The session you typed has not been added to the case.</source>
        <translation>已填写的调解记录尚未添加到案件中。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="286"/>
        <source>The follow-up you typed has not been added to the case.</source>
        <translation>已填写的回访记录尚未添加到案件中。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="377"/>
        <source>Case {number} opened</source>
        <translation>案件 {number} 已受理登记</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="378"/>
        <source>Case {number} saved</source>
        <translation>案件 {number} 已保存</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/case.py" line="427"/>
        <source>New person</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="17"/>
        <source>&amp;Parties</source>
        <translation>当事人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="25"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="27"/>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="29"/>
        <source>Source</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="31"/>
        <source>Dispute type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="33"/>
        <source>Title</source>
        <translation>纠纷名称</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="34"/>
        <source>Left empty: “A与B…纠纷”</source>
        <translation>留空则自动生成“甲与乙……纠纷”</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="35"/>
        <source>Amount involved (yuan)</source>
        <translation>涉及金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="37"/>
        <source>Mediators</source>
        <translation>人民调解员</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="44"/>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="49"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="60"/>
        <source>Remove party</source>
        <translation>移除当事人</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="61"/>
        <source>Add party</source>
        <translation>添加当事人</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="71"/>
        <source>&amp;Facts</source>
        <translation>纠纷事实(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="77"/>
        <source>Facts of the dispute</source>
        <translation>纠纷简要情况</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="79"/>
        <source>Requests</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="83"/>
        <source>Extended until</source>
        <translation>延期至</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="89"/>
        <source>&amp;Sessions</source>
        <translation>调解记录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="98"/>
        <source>New session</source>
        <translation>新增记录</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="101"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="108"/>
        <source>Others present</source>
        <translation>参加人</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="117"/>
        <location filename="../../ui/mediation_case.ui" line="247"/>
        <source>Delete selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="119"/>
        <location filename="../../ui/mediation_case.ui" line="249"/>
        <source>Print selected record</source>
        <translation>打印所选记录</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="120"/>
        <source>Add session</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="127"/>
        <source>&amp;Agreement and performance</source>
        <translation>协议与履行(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="137"/>
        <source>Agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="139"/>
        <source>Form</source>
        <translation>协议形式</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="141"/>
        <source>Reached on</source>
        <translation>达成日期</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="143"/>
        <source>Terms</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="145"/>
        <source>Issues and responsibility</source>
        <translation>争议事项及各方责任</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="147"/>
        <source>Performance method</source>
        <translation>履行方式</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="149"/>
        <source>Performance deadline</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="151"/>
        <source>Amount (yuan)</source>
        <translation>协议金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="162"/>
        <source>Performance and judicial confirmation</source>
        <translation>履行情况与司法确认</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="164"/>
        <source>Performance</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="166"/>
        <source>Judicial confirmation applied on</source>
        <translation>申请司法确认日期</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="168"/>
        <source>Confirmation result</source>
        <translation>确认结果</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="175"/>
        <source>Prevention</source>
        <translation>预防</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="177"/>
        <source>Escalation to crime prevented</source>
        <translation>防止民转刑</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="178"/>
        <location filename="../../ui/mediation_case.ui" line="180"/>
        <source> persons</source>
        <translation> 人</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="179"/>
        <source>Mass petition prevented</source>
        <translation>防止群体性上访</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="188"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="190"/>
        <source>Concluded on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="192"/>
        <source>Route told of (failed)</source>
        <translation>告知途径（调解不成）</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="197"/>
        <source>Resume</source>
        <translation>恢复调解</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="220"/>
        <source>F&amp;ollow-ups</source>
        <translation>回访(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="231"/>
        <source>Visited on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="238"/>
        <source>How it was performed</source>
        <translation>协议履行情况</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="250"/>
        <source>Add follow-up</source>
        <translation>添加回访</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="257"/>
        <source>&amp;Dossier</source>
        <translation>卷宗(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="266"/>
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="268"/>
        <source>Print the whole dossier</source>
        <translation>打印全卷</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="280"/>
        <source>The agreement, its performance, the judicial confirmation and the prevention are saved with Save (Ctrl+S).</source>
        <translation>调解协议、履行情况、司法确认和预防情况随“保存”（Ctrl+S）一并保存。</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="282"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/mediation_case.ui" line="283"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>MediationDossierTab</name>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="23"/>
        <source>Application (申请书)</source>
        <translation>人民调解申请书</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="24"/>
        <source>Acceptance register</source>
        <translation>受理登记表</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="25"/>
        <source>Notice of rights and duties</source>
        <translation>权利义务告知书</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="26"/>
        <source>Investigation record</source>
        <translation>调查记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="27"/>
        <source>Mediation record (latest)</source>
        <translation>调解记录（最近一次）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="28"/>
        <source>Mediation agreement</source>
        <translation>人民调解协议书</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="29"/>
        <source>Oral-agreement register</source>
        <translation>口头协议登记表</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="30"/>
        <source>Follow-up record (latest)</source>
        <translation>回访记录（最近一次）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="31"/>
        <source>Cover and contents</source>
        <translation>卷宗封面及卷内目录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="43"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="43"/>
        <source>Item</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="43"/>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="78"/>
        <source>Required</source>
        <translation>必备</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="43"/>
        <source>Present</source>
        <translation>有无</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="44"/>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="44"/>
        <source>How</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="78"/>
        <source>If needed</source>
        <translation>按需</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="89"/>
        <source>Generated</source>
        <translation>系统生成</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="89"/>
        <source>Filed by hand</source>
        <translation>人工归档</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/dossier_tab.py" line="116"/>
        <source>Dossier of {number}: item {item} saved</source>
        <translation>案件 {number} 卷宗：第 {item} 项已保存</translation>
    </message>
</context>
<context>
    <name>MediationFollowupsTab</name>
    <message>
        <location filename="../../aidstation/gui/mediation/followups_tab.py" line="25"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/followups_tab.py" line="26"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/followups_tab.py" line="30"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/followups_tab.py" line="30"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/followups_tab.py" line="30"/>
        <source>Reached</source>
        <translation>联系上</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/followups_tab.py" line="31"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/followups_tab.py" line="31"/>
        <source>Visitor</source>
        <translation>回访人</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/followups_tab.py" line="31"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/followups_tab.py" line="45"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/followups_tab.py" line="45"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/followups_tab.py" line="75"/>
        <source>Follow-up of {date} added to {number}</source>
        <translation>{date} 的回访已添加到 {number}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/followups_tab.py" line="82"/>
        <source>Delete record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/followups_tab.py" line="83"/>
        <source>Delete the follow-up of {when}?</source>
        <translation>删除 {when} 的回访记录？</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/followups_tab.py" line="86"/>
        <source>Follow-up of {date} deleted</source>
        <translation>{date} 的回访已删除</translation>
    </message>
</context>
<context>
    <name>MediationPage</name>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="56"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="59"/>
        <source>All dispute types</source>
        <translation>全部纠纷类型</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="62"/>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="69"/>
        <source>Number</source>
        <translation>案号</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="70"/>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="71"/>
        <source>Title</source>
        <translation>纠纷名称</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="73"/>
        <source>Dispute type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="75"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="77"/>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="79"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="81"/>
        <source>Time limit / concluded</source>
        <translation>期限 / 结案日期</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="121"/>
        <source>Oral mediation…</source>
        <translation>口头调解…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="122"/>
        <source>Record an oral mediation (口头调解) in one short form ({key})</source>
        <translation>用一张简表登记口头调解（{key}）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="124"/>
        <source>Print oral register…</source>
        <translation>打印口头协议登记表…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="126"/>
        <source>Print the register of oral agreements (人民调解口头协议登记表) for a period, as PDF or Excel</source>
        <translation>打印一段时间的人民调解口头协议登记表（PDF 或 Excel）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="138"/>
        <source>{n} cases</source>
        <translation>共 {n} 件</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="209"/>
        <source>Delete case</source>
        <translation>删除案件</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="210"/>
        <source>Move {number} to the bin? Its sessions and follow-ups stay with it and come back if an administrator restores it.</source>
        <translation>将 {number} 移入回收站？其调解记录和回访记录随案件保留，管理员恢复后一并恢复。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="215"/>
        <source>Case {number} moved to the bin</source>
        <translation>案件 {number} 已移入回收站</translation>
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
        <location filename="../../aidstation/gui/mediation/printing.py" line="50"/>
        <source>Print the whole dossier</source>
        <translation>打印全卷</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/printing.py" line="50"/>
        <source>Writing the dossier…</source>
        <translation>正在生成卷宗…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/printing.py" line="52"/>
        <location filename="../../aidstation/gui/mediation/printing.py" line="62"/>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
</context>
<context>
    <name>MediationSessionsTab</name>
    <message>
        <location filename="../../aidstation/gui/mediation/sessions_tab.py" line="23"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/sessions_tab.py" line="24"/>
        <location filename="../../aidstation/gui/mediation/sessions_tab.py" line="38"/>
        <source>Mediation</source>
        <translation>调解</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/sessions_tab.py" line="25"/>
        <location filename="../../aidstation/gui/mediation/sessions_tab.py" line="38"/>
        <source>Investigation</source>
        <translation>调查</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/sessions_tab.py" line="26"/>
        <source>Held at</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/sessions_tab.py" line="26"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/sessions_tab.py" line="26"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/sessions_tab.py" line="27"/>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/sessions_tab.py" line="27"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/sessions_tab.py" line="70"/>
        <source>Session of {when} added to {number}</source>
        <translation>{when} 的记录已添加到 {number}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/sessions_tab.py" line="80"/>
        <source>Delete record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/sessions_tab.py" line="81"/>
        <source>Delete the record of {when}?</source>
        <translation>删除 {when} 的记录？</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/sessions_tab.py" line="83"/>
        <source>Session of {when} deleted</source>
        <translation>{when} 的记录已删除</translation>
    </message>
</context>
<context>
    <name>OralMediationDialog</name>
    <message>
        <location filename="../../aidstation/gui/mediation/oral_dialog.py" line="180"/>
        <source>Oral mediation</source>
        <translation>口头调解</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/oral_dialog.py" line="181"/>
        <source>Oral mediation (口头调解)</source>
        <translation>口头调解登记</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/oral_dialog.py" line="182"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/oral_dialog.py" line="182"/>
        <source>&amp;Applicant</source>
        <translation>申请人(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/oral_dialog.py" line="183"/>
        <source>&amp;Respondent</source>
        <translation>被申请人(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/oral_dialog.py" line="183"/>
        <source>Dispute &amp;type</source>
        <translation>纠纷类型(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/oral_dialog.py" line="184"/>
        <source>S&amp;ummary</source>
        <translation>简要情况(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/oral_dialog.py" line="184"/>
        <source>Outcome</source>
        <translation>调解结果</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/oral_dialog.py" line="185"/>
        <source>A&amp;greement</source>
        <translation>协议内容(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/oral_dialog.py" line="185"/>
        <source>&amp;Mediator</source>
        <translation>调解员(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/oral_dialog.py" line="188"/>
        <location filename="../../aidstation/gui/mediation/oral_dialog.py" line="189"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/oral_dialog.py" line="190"/>
        <source>the dispute in one line</source>
        <translation>一句话说明纠纷情况</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/oral_dialog.py" line="192"/>
        <source>what the parties agreed, in one line (Alt+Down: recent agreements)</source>
        <translation>一句话写明双方达成的协议（Alt+↓：近期协议）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/oral_dialog.py" line="193"/>
        <source>Agr&amp;eed</source>
        <translation>达成协议(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/oral_dialog.py" line="194"/>
        <source>&amp;Not agreed</source>
        <translation>未达成协议(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/oral_dialog.py" line="195"/>
        <source>parties told of:</source>
        <translation>已告知途径：</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/oral_dialog.py" line="196"/>
        <source>The route the parties were told of (court, arbitration, administrative)</source>
        <translation>已告知当事人的其他解决途径（诉讼、仲裁或行政）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/oral_dialog.py" line="198"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/oral_dialog.py" line="199"/>
        <source>Record the oral mediation (Ctrl+Enter or Ctrl+S)</source>
        <translation>登记这次口头调解（Ctrl+Enter 或 Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/oral_dialog.py" line="200"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/oral_dialog.py" line="201"/>
        <source>Close without recording (Esc)</source>
        <translation>不登记，关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/oral_dialog.py" line="202"/>
        <source>Enter: next field · Ctrl+Enter: save · Esc: cancel</source>
        <translation>Enter：下一项 · Ctrl+Enter：保存 · Esc：取消</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/oral_dialog.py" line="206"/>
        <source>Settles consultation {number}; it is linked to the case.</source>
        <translation>了结咨询 {number}，该咨询将关联到本案。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/oral_dialog.py" line="216"/>
        <source>(no mediator on the staff list: add one in Settings)</source>
        <translation>（工作人员名单中没有调解员，请在“设置”中添加）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/oral_dialog.py" line="301"/>
        <source>Ctrl+Enter saves</source>
        <translation>按 Ctrl+Enter 保存</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/oral_dialog.py" line="366"/>
        <source>agreed</source>
        <translation>达成协议</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/oral_dialog.py" line="366"/>
        <source>not agreed</source>
        <translation>未达成协议</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/oral_dialog.py" line="367"/>
        <source>Oral mediation {number} recorded ({what})</source>
        <translation>口头调解 {number} 已登记（{what}）</translation>
    </message>
</context>
<context>
    <name>PartySlot</name>
    <message>
        <location filename="../../aidstation/gui/mediation/oral_party.py" line="67"/>
        <source>new person:</source>
        <translation>新当事人：</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/oral_party.py" line="68"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/oral_party.py" line="69"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/mediation/oral_party.py" line="70"/>
        <source>mobile or landline (optional)</source>
        <translation>手机或固话（可不填）</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../aidstation/gui/mediation/page.py" line="240"/>
        <source>Mediation</source>
        <translation>人民调解</translation>
    </message>
</context>
</TS>
