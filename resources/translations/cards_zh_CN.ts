<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CardDesignDialog</name>
    <message>
        <location filename="../../aidstation/gui/cards/design_dialog.py" line="181"/>
        <source>(role)</source>
        <translation>（职务）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/design_dialog.py" line="209"/>
        <source>Contact card design</source>
        <translation>联系卡设计</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/design_dialog.py" line="210"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/design_dialog.py" line="211"/>
        <source>Slogan (back)</source>
        <translation>标语（背面）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/design_dialog.py" line="212"/>
        <source>Hotline</source>
        <translation>服务热线</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/design_dialog.py" line="213"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/design_dialog.py" line="214"/>
        <source>Office hours</source>
        <translation>办公时间</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/design_dialog.py" line="215"/>
        <source>QR code text</source>
        <translation>二维码内容</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/design_dialog.py" line="216"/>
        <source>e.g. tel:12348 or a web address; empty = no QR code</source>
        <translation>例如 tel:12348 或网址；留空则不印二维码</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/design_dialog.py" line="217"/>
        <source>Contacts printed
(tick, in order)</source>
        <translation>印制的联系人
（勾选，按顺序）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/design_dialog.py" line="218"/>
        <source>Services
(one per line)</source>
        <translation>服务项目
（每行一项）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/design_dialog.py" line="219"/>
        <source>Print a back with the services (duplex)</source>
        <translation>印制背面服务项目（双面打印）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/design_dialog.py" line="220"/>
        <source>New contact</source>
        <translation>新增联系人</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/design_dialog.py" line="221"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/design_dialog.py" line="222"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/design_dialog.py" line="223"/>
        <source>Title on the card</source>
        <translation>卡上职务</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/design_dialog.py" line="224"/>
        <source>Add to staff</source>
        <translation>加入人员名单</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/design_dialog.py" line="225"/>
        <source>Preview (front and back, as printed)</source>
        <translation>预览（正反面，与打印一致）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/design_dialog.py" line="226"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/design_dialog.py" line="227"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/design_dialog.py" line="228"/>
        <source>Save the card design (Ctrl+S)</source>
        <translation>保存联系卡设计（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/design_dialog.py" line="342"/>
        <source>Card design saved</source>
        <translation>联系卡设计已保存</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="39"/>
        <location filename="../../aidstation/gui/cards/page.py" line="141"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="40"/>
        <location filename="../../aidstation/gui/cards/page.py" line="142"/>
        <source>Cards</source>
        <translation>张数</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="41"/>
        <source>Serials</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="43"/>
        <source>Recipient</source>
        <translation>领取对象</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="44"/>
        <location filename="../../aidstation/gui/cards/page.py" line="149"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="46"/>
        <location filename="../../aidstation/gui/cards/page.py" line="152"/>
        <source>Channel</source>
        <translation>发放渠道</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="48"/>
        <location filename="../../aidstation/gui/cards/page.py" line="150"/>
        <source>Household type</source>
        <translation>户别</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="51"/>
        <location filename="../../aidstation/gui/cards/page.py" line="151"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="81"/>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="102"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="134"/>
        <source>Contact cards</source>
        <translation>便民联系卡</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="135"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="136"/>
        <source>Card design…</source>
        <translation>卡片设计…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="137"/>
        <source>Print cards…</source>
        <translation>打印联系卡…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="138"/>
        <source>Reprint…</source>
        <translation>补印…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="139"/>
        <location filename="../../aidstation/gui/cards/page.py" line="351"/>
        <source>Delete hand-over</source>
        <translation>删除发放记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="140"/>
        <location filename="../../aidstation/gui/cards/page.py" line="156"/>
        <source>Issue cards</source>
        <translation>发放联系卡</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="143"/>
        <source>Serials (optional)</source>
        <translation>卡号（可选）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="144"/>
        <location filename="../../aidstation/gui/cards/page.py" line="145"/>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="146"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="147"/>
        <source>Or description</source>
        <translation>或描述</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="148"/>
        <source>e.g. Building 3, 12 households</source>
        <translation>例如：3号楼 12户</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="153"/>
        <source>Publicity activity</source>
        <translation>宣传活动</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="154"/>
        <source>Issued by</source>
        <translation>发放人</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="155"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="293"/>
        <source>Serials {first} to {last} of {year} are reserved; the sheets are in {path}</source>
        <translation>{year} 年 {first} 至 {last} 号已预留；卡片版面保存在 {path}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="312"/>
        <source>Reprint of serials {first} to {last} of {year} recorded; the sheets are in {path}</source>
        <translation>已登记重印 {year} 年 {first} 至 {last} 号；卡片版面保存在 {path}</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="341"/>
        <source>{n} cards ({serials}) issued to {who}</source>
        <translation>已向 {who} 发放 {n} 张联系卡（{serials}）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="342"/>
        <source>{n} cards issued to {who}</source>
        <translation>已向 {who} 发放 {n} 张联系卡</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="357"/>
        <source>Hand-over deleted; its serials are back in stock</source>
        <translation>发放记录已删除，其号码已退回库存</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="101"/>
        <location filename="../../aidstation/gui/cards/page.py" line="168"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="157"/>
        <source>Record this hand-over (Ctrl+S)</source>
        <translation>登记本次发放（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="173"/>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="181"/>
        <source>{n} hand-over(s)</source>
        <translation>共 {n} 条发放记录</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="184"/>
        <source>In stock: {n} printed cards not yet issued ({ranges})</source>
        <translation>库存：已印制未发放 {n} 张（{ranges}）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="187"/>
        <source>In stock: no printed cards. Print a sheet first.</source>
        <translation>库存：没有已印制的卡，请先打印。</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="273"/>
        <location filename="../../aidstation/gui/cards/page.py" line="280"/>
        <location filename="../../aidstation/gui/cards/page.py" line="285"/>
        <source>Print cards</source>
        <translation>打印联系卡</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="274"/>
        <source>How many new cards? (10 per A4 sheet)</source>
        <translation>打印多少张新卡？（每张A4纸10张）</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="286"/>
        <source>Writing the card sheets…</source>
        <translation>正在生成联系卡版面…</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="297"/>
        <location filename="../../aidstation/gui/cards/page.py" line="308"/>
        <source>Reprint</source>
        <translation>补印</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="298"/>
        <source>Serials to reprint, e.g. 2026 13-20</source>
        <translation>要补印的号段，例如 2026 13-20</translation>
    </message>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="352"/>
        <source>Delete this hand-over? Its serials return to stock.</source>
        <translation>删除这条发放记录？其卡号将退回库存。</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../aidstation/gui/cards/page.py" line="25"/>
        <source>Contact cards</source>
        <translation>便民联系卡</translation>
    </message>
</context>
</TS>
