"""Detail sheets of the monthly workbook: one row per record of the month, data minimised.

Names are masked (张*); no ID numbers, phones or addresses; free text has any ID number or
mobile in it masked. The rows are exactly the records counted by the matching total.
"""
from __future__ import annotations

import datetime as dt

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from peewee import JOIN, fn

from aidstation.core import codes, masking
from aidstation.core.models import (
    AidApplication,
    CardIssue,
    Consultation,
    ConsultationGroup,
    MediationCase,
    MediationParty,
    Person,
    PublicityActivity,
)
from aidstation.excel import book
from aidstation.excel.book import clean

HEAD_FONT = Font(name="Microsoft YaHei", bold=True, size=10)
HEAD_FILL = PatternFill("solid", fgColor="BFCFE0")
HEAD_ALIGN = Alignment(wrap_text=True, vertical="center")
TEXT_LIMIT = 300
SUMMARY_LIMIT = 32  # characters of a question or title in a detail row


def _sheet(ws, columns: list[tuple[str, int]], rows, formats: dict[int, str] | None = None) -> int:
    """The header row, then one row per record, each cell as `put` writes it (text always
    text, dates as ISO text, numbers with their column's format); returns the number of rows.
    Appended row by row, so `ws` may be a write-only sheet (book.new_workbook(write_only))."""
    formats = formats or {}
    texts: dict[str, str] = {}  # cleaned once: labels and masked names repeat on every row
    body = []
    for row in rows:
        values = []
        for c, value in enumerate(row, start=1):
            if isinstance(value, str):
                text = texts.get(value)
                if text is None:
                    text = texts[value] = book.text(clean(value)[:TEXT_LIMIT])
                # a plain value starting so would be stored as a formula or an error code; an
                # empty text is a blank cell however it is written (it reads back as None)
                value = book.cell(ws, text) if text[:1] in ("=", "#") else text or None
            elif isinstance(value, (dt.date, dt.datetime)):
                value = book.text(value)
            elif c in formats and value is not None:
                value = book.cell(ws, value, formats[c])
            values.append(value)
        body.append(values)
    book.declare_size(ws, len(body) + 1, len(columns))
    ws.row_dimensions[1].height = 30
    for c, (_text, width) in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = Worksheet.ORIENTATION_LANDSCAPE
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "&P / &N"
    ws.append([book.cell(ws, text, font=HEAD_FONT, fill=HEAD_FILL, alignment=HEAD_ALIGN)
               for text, _w in columns])
    for values in body:
        ws.append(values)
    return len(body)


def _summary(text: str, limit: int = SUMMARY_LIMIT) -> str:
    """One line of at most `limit` characters: the detail sheet prints one row per record.
    Masked before it is cut, so half an ID number or phone never survives the cut."""
    text = " ".join(clean(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _in(field, start, end):
    return (field >= start) & (field < end)


def consultations(ws, start: dt.date, end: dt.date) -> int:
    columns = [("编号 No.", 12), ("时间 Received", 18), ("方式 Channel", 10), ("姓名 Name", 9),
               ("人群 Groups", 22), ("事项 Matter", 14), ("处理 Disposition", 18),
               ("代写文书 Documents", 12), ("问题摘要 Question", 66)]
    ch, mt, dp, gr = (codes.labels(k) for k in ("channel", "matter", "disposition", "group"))
    C = Consultation
    groups = (ConsultationGroup.select(fn.GROUP_CONCAT(ConsultationGroup.group))
              .where(ConsultationGroup.consultation == C.id))
    q = (C.select(C.number, C.received_at, C.channel, Person.name, C.anonymous, groups.alias("g"),
                  C.matter, C.disposition, C.documents_drafted, C.question)
         .join(Person, JOIN.LEFT_OUTER, on=(C.person == Person.id))
         .where(C.deleted_at.is_null() & _in(C.received_at, dt.datetime.combine(start, dt.time()),
                                             dt.datetime.combine(end, dt.time())))
         .order_by(C.received_at, C.id).tuples())

    def rows():
        for number, at, channel, name, anon, g, matter, disp, drafted, question in q:
            names = "、".join(gr.get(x, x) for x in (g or "").split(",") if x)
            who = "匿名" if anon or not name else masking.name(name)
            if name and len(name) > 1:  # clerks write "王秀英反映……": the name stays masked
                question = (question or "").replace(name, masking.name(name))
            yield (number, at, ch.get(channel, channel), who, names, mt.get(matter, matter),
                   dp.get(disp, disp), drafted, _summary(question))
    return _sheet(ws, columns, rows())


def mediations(ws, start: dt.date, end: dt.date) -> int:
    columns = [("编号 No.", 24), ("受理日期 Received", 12), ("来源 Source", 14),
               ("纠纷类型 Type", 12), ("案由 Title", 40), ("状态 Status", 10),
               ("结案日期 Concluded", 12), ("协议 Agreement", 11), ("金额 Amount", 12),
               ("当事人 Parties", 24)]
    src, typ = codes.labels("mediation_source"), codes.labels("dispute_type")
    status = {"received": "已受理", "in_progress": "调解中", "succeeded": "调解成功", "failed": "调解不成",
              "suspended": "中止", "withdrawn": "撤回"}
    form = {"written": "书面", "oral": "口头"}
    M = MediationCase
    parties = (MediationParty.select(fn.GROUP_CONCAT(Person.name, "|")).join(Person)
               .where((MediationParty.case == M.id) & MediationParty.deleted_at.is_null()))
    # removed and replaced parties too: the title may still name them (DESIGN §12)
    named = (MediationParty.select(fn.GROUP_CONCAT(Person.name, "|")).join(Person)
             .where(MediationParty.case == M.id))
    q = (M.select(M.number, M.received_on, M.source, M.dispute_type, M.title, M.status,
                  M.concluded_on, M.agreement_form, M.amount, parties.alias("p"), named.alias("n"))
         .where(M.deleted_at.is_null() & _in(M.received_on, start, end))
         .order_by(M.received_on, M.id).tuples())

    def rows():
        for number, received, source, dtype, title, st, concluded, agreement, amount, p, n in q:
            people = [x for x in (p or "").split("|") if x]
            names = "、".join(masking.name(x) for x in people)
            title = masking.names_in(title, (n or "").split("|"))  # titles name the parties
            yield (number, received, src.get(source, source), typ.get(dtype, dtype), _summary(title, 20),
                   status.get(st, st), concluded or "", form.get(agreement, ""),
                   float(amount or 0), names)
    return _sheet(ws, columns, rows(), {9: "#,##0.00"})


def applications(ws, start: dt.date, end: dt.date) -> int:
    columns = [("编号 No.", 14), ("受理日期 Received", 12), ("申请人 Applicant", 10),
               ("案件类型 Case type", 10), ("事由 Cause", 14), ("转交日期 Forwarded", 12),
               ("决定 Decision", 10), ("决定日期 Decided", 12), ("结案日期 Closed", 12),
               ("挽回金额 Recovered", 12)]
    ct, mt = codes.labels("aid_case_type"), codes.labels("matter")
    decision = {"pending": "待决定", "granted": "给予援助", "refused": "不予援助", "withdrawn": "撤回",
                "lapsed": "视为撤回"}
    A = AidApplication
    q = (A.select(A.number, A.received_on, Person.name, A.case_type, A.cause, A.forwarded_on,
                  A.decision, A.decision_on, A.closed_on, A.amount_recovered)
         .join(Person, on=(A.applicant == Person.id))
         .where(A.deleted_at.is_null() & _in(A.received_on, start, end))
         .order_by(A.received_on, A.id).tuples())

    def rows():
        for number, received, name, ctype, cause, fwd, dec, dec_on, closed, amount in q:
            yield (number, received, masking.name(name), ct.get(ctype, ctype), mt.get(cause, cause),
                   fwd or "", decision.get(dec, dec), dec_on or "", closed or "", float(amount or 0))
    return _sheet(ws, columns, rows(), {10: "#,##0.00"})


def cards(ws, start: dt.date, end: dt.date) -> int:
    columns = [("发放日期 Issued", 12), ("编号 Serials", 22), ("数量 Cards", 8),
               ("户数 Households", 9), ("对象 Recipient", 10), ("户别 Household type", 16),
               ("渠道 Channel", 10), ("社区 Community", 16)]
    hh, chl = codes.labels("household_type"), codes.labels("card_channel")
    K = CardIssue
    code = ""
    from aidstation.core import settings

    code = settings.get("station.code")
    q = (K.select(K.issued_on, K.year, K.serial_from, K.serial_to, K.quantity, K.households,
                  Person.name, K.household_type, K.channel, K.community)
         .join(Person, JOIN.LEFT_OUTER, on=(K.person == Person.id))
         .where(K.deleted_at.is_null() & _in(K.issued_on, start, end))
         .order_by(K.issued_on, K.id).tuples())

    def rows():
        for issued, year, s_from, s_to, qty, households, name, htype, channel, community in q:
            serial = ""
            if year and s_from:
                serial = f"{code}-{year}-{s_from:05d}" + (f"～{s_to:05d}" if s_to and s_to != s_from else "")
            yield (issued, serial, qty, households, masking.name(name) if name else "集体 Group",
                   hh.get(htype, htype), chl.get(channel, channel), community)
    return _sheet(ws, columns, rows())


def publicity(ws, start: dt.date, end: dt.date) -> int:
    cols = ["lectures", "attendees", "leaflets", "booklets", "banners", "boards", "consulted",
            "questions", "vehicles", "staff", "media"]
    heads = ["讲座", "受众", "资料", "手册", "横幅", "展板", "现场咨询", "解答", "宣传车", "人员", "报道"]
    columns = [("日期 Held", 12), ("形式 Format", 10), ("主题 Theme", 12), ("标题 Title", 40),
               ("地点 Place", 24)] + [(h, 7) for h in heads]
    fmt, theme = codes.labels("pub_format"), codes.labels("pub_theme")
    P = PublicityActivity
    q = (P.select(P.held_on, P.format, P.theme, P.title, P.place, *[getattr(P, c) for c in cols])
         .where(P.deleted_at.is_null() & _in(P.held_on, start, end))
         .order_by(P.held_on, P.id).tuples())

    def rows():
        for held, f, t, title, place, *numbers in q:
            yield (held, fmt.get(f, f), theme.get(t, t), _summary(title, 20), _summary(place, 12), *numbers)
    return _sheet(ws, columns, rows())


WRITERS = {"咨询": consultations, "调解": mediations, "法律援助": applications, "联系卡": cards,
           "宣传": publicity}
