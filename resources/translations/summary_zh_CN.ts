<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../aidstation/gui/summary/page.py" line="26"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/summary/page.py" line="27"/>
        <source>Half-year</source>
        <translation>半年</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/summary/page.py" line="28"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/summary/page.py" line="29"/>
        <source>Publicity month (May)</source>
        <translation>法律援助宣传月（5月）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/summary/page.py" line="30"/>
        <source>From … to …</source>
        <translation>自…至…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/summary/page.py" line="93"/>
        <source>The draft as it will be written. Yellow marks what you fill in; each bracketed number points to the sources appendix.</source>
        <translation>将要生成的草稿。黄色为需要填写的内容；方括号编号对应“数据来源”附件。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/summary/page.py" line="114"/>
        <source>{year} publicity month</source>
        <translation>{year}年宣传月</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/summary/page.py" line="153"/>
        <location filename="../../aidstation/gui/summary/page.py" line="167"/>
        <source>Merged monthly workbooks</source>
        <translation>月报汇总表</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/summary/page.py" line="154"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/summary/page.py" line="180"/>
        <source>this station&apos;s records</source>
        <translation>本站业务记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/summary/page.py" line="183"/>
        <source>{n} merged workbooks of {name} ({months})</source>
        <translation>{name}的 {n} 个月报汇总表（{months}）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/summary/page.py" line="195"/>
        <source>No draft: {reason}</source>
        <translation>无法生成草稿：{reason}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/summary/page.py" line="200"/>
        <source>{figures} figures, each with its source; {blanks} blanks to fill (yellow); {missing} figures not entered by hand.</source>
        <translation>共 {figures} 个数字，均注明来源；待填 {blanks} 处（黄色）；未录入的手工数字 {missing} 项。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/summary/page.py" line="217"/>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/summary/page.py" line="217"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/summary/page.py" line="218"/>
        <source>Export the work summary</source>
        <translation>导出工作总结</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/summary/page.py" line="231"/>
        <location filename="../../aidstation/gui/summary/page.py" line="241"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/summary/page.py" line="232"/>
        <source>Writing the work summary…</source>
        <translation>正在生成工作总结…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/summary/page.py" line="238"/>
        <source>Work summary written to {path}</source>
        <translation>工作总结已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/summary/page.py" line="241"/>
        <source>The work summary could not be written: {reason}</source>
        <translation>工作总结无法写入：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.ui" line="10"/>
        <source>Work summary</source>
        <translation>工作总结</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.ui" line="13"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.ui" line="17"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.ui" line="19"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.ui" line="25"/>
        <source>Figures from:</source>
        <translation>数据来源：</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.ui" line="27"/>
        <source>&amp;District: merged workbooks…</source>
        <translation>全区：月报汇总表(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.ui" line="28"/>
        <source>&amp;This station</source>
        <translation>本站(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.ui" line="34"/>
        <source>Export &amp;Word…</source>
        <translation>导出 Word(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.ui" line="35"/>
        <source>Export PD&amp;F…</source>
        <translation>导出 PDF(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../aidstation/gui/summary/page.py" line="22"/>
        <source>Work summary</source>
        <translation>工作总结</translation>
    </message>
</context>
</TS>
