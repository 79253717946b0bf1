<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LegalAidApplicationDialog</name>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="55"/>
        <source>Refused by the centre</source>
        <translation>中心决定不予援助</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="56"/>
        <location filename="../../aidstation/gui/legalaid/application.py" line="100"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="57"/>
        <source>Lapsed: materials not supplied</source>
        <translation>视为撤回：逾期未补充材料</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="58"/>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="59"/>
        <source>Forwarded to the centre</source>
        <translation>已转交中心</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="60"/>
        <source>Aid granted</source>
        <translation>已决定给予援助</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="61"/>
        <source>Assigned</source>
        <translation>已指派</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="62"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="88"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="88"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="99"/>
        <source>Granted</source>
        <translation>给予法律援助</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="99"/>
        <source>Refused</source>
        <translation>不予法律援助</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="100"/>
        <source>Lapsed (materials not supplied)</source>
        <translation>视为撤回（逾期未补充材料）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="104"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="104"/>
        <location filename="../../ui/legalaid_application.ui" line="741"/>
        <source>Method</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="104"/>
        <location filename="../../ui/legalaid_application.ui" line="763"/>
        <source>Reached</source>
        <translation>联系上</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="104"/>
        <location filename="../../ui/legalaid_application.ui" line="751"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="104"/>
        <source>Fee charged</source>
        <translation>是否收费</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="118"/>
        <source>Save the application (Ctrl+S)</source>
        <translation>保存申请（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="176"/>
        <source>New person</source>
        <translation>新当事人</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="177"/>
        <source>Register the person on the People page (or at reception) first, then pick them here.</source>
        <translation>请先在“人员”页面（或接待登记时）登记此人，再在此处选择。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="228"/>
        <source>Application {number}</source>
        <translation>法律援助申请 {number}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="232"/>
        <source>New legal aid application</source>
        <translation>新建法律援助申请</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="278"/>
        <source>Save the application to start its materials checklist.</source>
        <translation>保存申请后即可勾选申请材料。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="287"/>
        <source>(not needed)</source>
        <translation>（无需提供）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="298"/>
        <source>All required materials are in.</source>
        <translation>必需材料已齐全。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="301"/>
        <source>{n} missing; one-time notice issued {when}, to be supplied by {due}.</source>
        <translation>缺 {n} 项；已于 {when} 出具一次性告知书，应于 {due} 前补齐。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="305"/>
        <source>{n} required materials missing.</source>
        <translation>缺少 {n} 项必需材料。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="313"/>
        <location filename="../../aidstation/gui/legalaid/application.py" line="315"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="313"/>
        <location filename="../../aidstation/gui/legalaid/application.py" line="315"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="324"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="328"/>
        <source>{n} days left</source>
        <translation>剩余 {n} 天</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="328"/>
        <source>passed {n} days ago</source>
        <translation>已过期 {n} 天</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="373"/>
        <source>Choose the cause and the scope item to run the pre-check.</source>
        <translation>选择案由和援助事项范围后即显示初审结果。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="378"/>
        <source>No hardship test (Art. 32)</source>
        <translation>不受经济困难条件限制（第三十二条）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="379"/>
        <source>Exempt from the hardship check (Art. 42)</source>
        <translation>免予核查经济困难状况（第四十二条）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="380"/>
        <source>Hardship statement and integrity pledge (Art. 41)</source>
        <translation>如实说明经济困难状况并签署诚信承诺（第四十一条）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="381"/>
        <source>Outside the legal-aid scope</source>
        <translation>不属于法律援助事项范围</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="415"/>
        <source>Not recorded yet: {actions}. Press the button to record it, or close and discard.</source>
        <translation>尚未记录：{actions}。请点击相应按钮记录，或关闭并放弃。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="452"/>
        <source>Application {number} saved</source>
        <translation>申请 {number} 已保存</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="475"/>
        <source>Materials of application {number} saved</source>
        <translation>申请 {number} 的材料已保存</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="490"/>
        <source>Application {number} forwarded to the legal-aid centre</source>
        <translation>申请 {number} 已转交法律援助中心</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="497"/>
        <source>Centre&apos;s decision on application {number} recorded</source>
        <translation>申请 {number} 的中心审查决定已记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="503"/>
        <source>Assignment of application {number} recorded</source>
        <translation>申请 {number} 的指派已记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="510"/>
        <source>Application {number} closed</source>
        <translation>申请 {number} 已结案</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="519"/>
        <source>Follow-up visit of application {number} recorded</source>
        <translation>申请 {number} 的回访已记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="551"/>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="30"/>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="63"/>
        <location filename="../../ui/legalaid_application.ui" line="72"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="82"/>
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="92"/>
        <source>Relation</source>
        <translation>与申请人关系</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="99"/>
        <source>e.g. mother (legal representative)</source>
        <translation>如：母亲（法定代理人）</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="106"/>
        <source>The applicant lacks full civil capacity (Art. 40)</source>
        <translation>申请人无完全民事行为能力（第四十条）</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="113"/>
        <source>Groups</source>
        <translation>人群类别</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="130"/>
        <source>Matter</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="139"/>
        <source>Received on</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="149"/>
        <source>Aid form</source>
        <translation>援助形式</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="159"/>
        <source>Case type</source>
        <translation>案件类型</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="169"/>
        <source>Cause</source>
        <translation>案由</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="179"/>
        <source>Scope item</source>
        <translation>援助事项范围</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="189"/>
        <source>Legal stage</source>
        <translation>所处阶段</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="199"/>
        <source>Summary</source>
        <translation>案情摘要</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="216"/>
        <source>The applicant is detained (forward within 24 hours)</source>
        <translation>申请人被羁押（24小时内转交）</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="223"/>
        <source>Urgent deadline</source>
        <translation>先行援助期限</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="266"/>
        <source>Financial situation</source>
        <translation>经济状况</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="275"/>
        <source>Art. 32 ground</source>
        <translation>第三十二条情形</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="285"/>
        <source>No fixed source of income</source>
        <translation>无固定生活来源</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="292"/>
        <source>Receives social or judicial assistance or preferential care</source>
        <translation>社会救助、司法救助或优抚对象</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="299"/>
        <source>Monthly income per head</source>
        <translation>家庭人均月收入</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="306"/>
        <location filename="../../ui/legalaid_application.ui" line="688"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="316"/>
        <source>Eligibility pre-check</source>
        <translation>受理条件初审</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="342"/>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="367"/>
        <source>Print one-time notice</source>
        <translation>打印一次性告知书</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="385"/>
        <source>Print receipt</source>
        <translation>打印材料接收凭证</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="392"/>
        <source>Print application form</source>
        <translation>打印申请表</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="422"/>
        <source>Progress</source>
        <translation>办理进度</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="455"/>
        <source>Forward to the legal-aid centre</source>
        <translation>转交法律援助中心</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="464"/>
        <source>Forwarded on</source>
        <translation>转交日期</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="474"/>
        <source>Centre</source>
        <translation>法律援助中心</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="486"/>
        <source>Forward</source>
        <translation>转交</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="493"/>
        <source>Print forwarding letter</source>
        <translation>打印转交函</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="512"/>
        <source>Centre&apos;s decision</source>
        <translation>中心审查决定</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="521"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="531"/>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="541"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="553"/>
        <source>Record decision</source>
        <translation>记录决定</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="572"/>
        <source>Assignment</source>
        <translation>指派承办</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="581"/>
        <source>Assigned on</source>
        <translation>指派日期</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="591"/>
        <source>Lawyer or firm</source>
        <translation>承办律师或机构</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="603"/>
        <source>Record assignment</source>
        <translation>记录指派</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="645"/>
        <source>Closing</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="654"/>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="664"/>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="681"/>
        <source>Amount recovered</source>
        <translation>挽回经济损失</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="697"/>
        <source>Close the case</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="716"/>
        <source>Follow-up visits</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="731"/>
        <source>Visited on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="770"/>
        <source>A fee was charged</source>
        <translation>收取了费用</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="105"/>
        <location filename="../../ui/legalaid_application.ui" line="786"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="798"/>
        <source>Add follow-up</source>
        <translation>添加回访</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="849"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="856"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>LegalAidPage</name>
    <message>
        <location filename="../../aidstation/gui/legalaid/page.py" line="43"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/page.py" line="45"/>
        <source>Refused, withdrawn or lapsed</source>
        <translation>不予援助、撤回或视为撤回</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/page.py" line="47"/>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/page.py" line="55"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/page.py" line="56"/>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/page.py" line="58"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/page.py" line="60"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/page.py" line="62"/>
        <source>Cause</source>
        <translation>案由</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/page.py" line="64"/>
        <source>Case type</source>
        <translation>案件类型</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/page.py" line="66"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/page.py" line="68"/>
        <source>Next deadline</source>
        <translation>下一期限</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/page.py" line="101"/>
        <source>1 application</source>
        <translation>共 1 件申请</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/page.py" line="102"/>
        <source>{n} applications</source>
        <translation>共 {n} 件申请</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_page.ui" line="10"/>
        <source>Legal aid applications</source>
        <translation>法律援助申请</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_page.ui" line="14"/>
        <source>Search number, applicant, phone or summary…</source>
        <translation>搜索编号、申请人、电话或案情…</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_page.ui" line="18"/>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_page.ui" line="19"/>
        <source>New application</source>
        <translation>新建申请</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_page.ui" line="33"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../aidstation/gui/legalaid/page.py" line="187"/>
        <source>Legal aid</source>
        <translation>法律援助</translation>
    </message>
</context>
</TS>
