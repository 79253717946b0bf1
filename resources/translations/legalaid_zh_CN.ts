<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LegalAidApplicationDialog</name>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="29"/>
        <source>Refused by the centre</source>
        <translation>中心决定不予援助</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="30"/>
        <location filename="../../aidstation/gui/legalaid/application.py" line="70"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="31"/>
        <source>Lapsed: materials not supplied</source>
        <translation>视为撤回：逾期未补充材料</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="32"/>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="33"/>
        <source>Forwarded to the centre</source>
        <translation>已转交中心</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="34"/>
        <source>Aid granted</source>
        <translation>已决定给予援助</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="35"/>
        <source>Assigned</source>
        <translation>已指派</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="36"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="65"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="69"/>
        <source>Granted</source>
        <translation>给予法律援助</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="69"/>
        <source>Refused</source>
        <translation>不予法律援助</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="70"/>
        <source>Lapsed (materials not supplied)</source>
        <translation>视为撤回（逾期未补充材料）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="74"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="74"/>
        <location filename="../../ui/legalaid_application.ui" line="725"/>
        <source>Method</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="74"/>
        <location filename="../../ui/legalaid_application.ui" line="735"/>
        <source>Reached</source>
        <translation>联系上</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="74"/>
        <location filename="../../ui/legalaid_application.ui" line="746"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="74"/>
        <source>Fee charged</source>
        <translation>是否收费</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="131"/>
        <source>New person</source>
        <translation>新当事人</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="132"/>
        <source>Register the person on the People page (or at reception) first, then pick them here.</source>
        <translation>请先在“人员”页面（或接待登记时）登记此人，再在此处选择。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="184"/>
        <source>Application {number}</source>
        <translation>法律援助申请 {number}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="188"/>
        <source>New legal aid application</source>
        <translation>新建法律援助申请</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="223"/>
        <source>Save the application to start its materials checklist.</source>
        <translation>保存申请后即可勾选申请材料。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="232"/>
        <source>(not needed)</source>
        <translation>（无需提供）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="243"/>
        <source>All required materials are in.</source>
        <translation>必需材料已齐全。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="246"/>
        <source>{n} missing; one-time notice issued {when}, to be supplied by {due}.</source>
        <translation>缺 {n} 项；已于 {when} 出具一次性告知书，应于 {due} 前补齐。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="250"/>
        <source>{n} required materials missing.</source>
        <translation>缺少 {n} 项必需材料。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="258"/>
        <location filename="../../aidstation/gui/legalaid/application.py" line="260"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="258"/>
        <location filename="../../aidstation/gui/legalaid/application.py" line="260"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="268"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="272"/>
        <source>{n} days left</source>
        <translation>剩余 {n} 天</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="272"/>
        <source>passed {n} days ago</source>
        <translation>已过期 {n} 天</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="314"/>
        <source>Choose the cause and the scope item to run the pre-check.</source>
        <translation>选择案由和援助事项范围后即显示初审结果。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="319"/>
        <source>No hardship test (Art. 32)</source>
        <translation>不受经济困难条件限制（第三十二条）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="320"/>
        <source>Exempt from the hardship check (Art. 42)</source>
        <translation>免予核查经济困难状况（第四十二条）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="321"/>
        <source>Hardship statement and integrity pledge (Art. 41)</source>
        <translation>如实说明经济困难状况并签署诚信承诺（第四十一条）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="322"/>
        <source>Outside the legal-aid scope</source>
        <translation>不属于法律援助事项范围</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/application.py" line="440"/>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="30"/>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="60"/>
        <location filename="../../ui/legalaid_application.ui" line="69"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="79"/>
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="89"/>
        <source>Relation</source>
        <translation>与申请人关系</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="96"/>
        <source>e.g. mother (legal representative)</source>
        <translation>如：母亲（法定代理人）</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="103"/>
        <source>The applicant lacks full civil capacity (Art. 40)</source>
        <translation>申请人无完全民事行为能力（第四十条）</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="110"/>
        <source>Groups</source>
        <translation>人群类别</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="127"/>
        <source>Matter</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="136"/>
        <source>Received on</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="146"/>
        <source>Aid form</source>
        <translation>援助形式</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="156"/>
        <source>Case type</source>
        <translation>案件类型</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="166"/>
        <source>Cause</source>
        <translation>案由</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="176"/>
        <source>Scope item</source>
        <translation>援助事项范围</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="186"/>
        <source>Legal stage</source>
        <translation>所处阶段</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="196"/>
        <source>Summary</source>
        <translation>案情摘要</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="213"/>
        <source>The applicant is detained (forward within 24 hours)</source>
        <translation>申请人被羁押（24小时内转交）</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="220"/>
        <source>Urgent deadline</source>
        <translation>先行援助期限</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="263"/>
        <source>Financial situation</source>
        <translation>经济状况</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="272"/>
        <source>Art. 32 ground</source>
        <translation>第三十二条情形</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="282"/>
        <source>No fixed source of income</source>
        <translation>无固定生活来源</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="289"/>
        <source>Receives social or judicial assistance or preferential care</source>
        <translation>社会救助、司法救助或优抚对象</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="296"/>
        <source>Monthly income per head</source>
        <translation>家庭人均月收入</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="303"/>
        <location filename="../../ui/legalaid_application.ui" line="672"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="313"/>
        <source>Eligibility pre-check</source>
        <translation>受理条件初审</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="339"/>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="361"/>
        <source>Print one-time notice</source>
        <translation>打印一次性告知书</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="379"/>
        <source>Print receipt</source>
        <translation>打印材料接收凭证</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="386"/>
        <source>Print application form</source>
        <translation>打印申请表</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="416"/>
        <source>Progress</source>
        <translation>办理进度</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="439"/>
        <source>Forward to the legal-aid centre</source>
        <translation>转交法律援助中心</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="448"/>
        <source>Forwarded on</source>
        <translation>转交日期</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="458"/>
        <source>Centre</source>
        <translation>法律援助中心</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="470"/>
        <source>Forward</source>
        <translation>转交</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="477"/>
        <source>Print forwarding letter</source>
        <translation>打印转交函</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="496"/>
        <source>Centre&apos;s decision</source>
        <translation>中心审查决定</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="505"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="515"/>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="525"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="537"/>
        <source>Record decision</source>
        <translation>记录决定</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="556"/>
        <source>Assignment</source>
        <translation>指派承办</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="565"/>
        <source>Assigned on</source>
        <translation>指派日期</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="575"/>
        <source>Lawyer or firm</source>
        <translation>承办律师或机构</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="587"/>
        <source>Record assignment</source>
        <translation>记录指派</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="629"/>
        <source>Closing</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="638"/>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="648"/>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="665"/>
        <source>Amount recovered</source>
        <translation>挽回经济损失</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="681"/>
        <source>Close the case</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="700"/>
        <source>Follow-up visits</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="715"/>
        <source>Visited on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="756"/>
        <source>A fee was charged</source>
        <translation>收取了费用</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="767"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="774"/>
        <source>Add follow-up</source>
        <translation>添加回访</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="815"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/legalaid_application.ui" line="822"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>LegalAidPage</name>
    <message>
        <location filename="../../aidstation/gui/legalaid/page.py" line="37"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/page.py" line="39"/>
        <source>Refused, withdrawn or lapsed</source>
        <translation>不予援助、撤回或视为撤回</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/page.py" line="41"/>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/page.py" line="49"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/page.py" line="50"/>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/page.py" line="52"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/page.py" line="54"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/page.py" line="56"/>
        <source>Cause</source>
        <translation>案由</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/page.py" line="58"/>
        <source>Case type</source>
        <translation>案件类型</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/page.py" line="60"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/page.py" line="62"/>
        <source>Next deadline</source>
        <translation>下一期限</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/legalaid/page.py" line="96"/>
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
        <location filename="../../aidstation/gui/legalaid/page.py" line="128"/>
        <source>Legal aid</source>
        <translation>法律援助</translation>
    </message>
</context>
</TS>
