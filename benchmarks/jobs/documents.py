"""Printed documents: 1,000 contact cards beside a bare reportlab canvas drawing the same, and
a mediation dossier of a case with 10 sessions beside one build of the same story."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from types import SimpleNamespace

from harness import Result, alternated

import station as bench_station

N_CARDS = 1_000


def _design():
    from aidstation.core.cards import CardDesign

    staff = [SimpleNamespace(name=name, title=title, role="", phone=phone) for name, title, phone in (
        ("王秀英", "站长", "13800138000"), ("李建国", "人民调解员", "13912345678"),
        ("张敏", "法律顾问", "010-65123456"))]
    return CardDesign(
        title="法律服务便民联系卡", subtitle="我们为您提供",
        services=["法律咨询 · 代写法律文书", "人民调解 · 矛盾纠纷排查", "法律援助申请受理与转交",
                  "矛盾隐患举报 · 预约上门服务"],
        staff=staff, office_hours="周一至周五 8:30-17:30", qr_text="tel:12348", double_sided=True,
        hotline="12348", address="幸福街道东风社区服务中心一楼", station_name="基准测试站",
        station_code="BENCH")


def _bare_cards(design, serials, path: Path) -> None:
    """The direct way: the same shapes, strings and QR modules, drawn with plain canvas calls
    from precomputed positions (no layout, no state kept between shapes)."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from aidstation.pdf import cards as sheet
    from aidstation.pdf import fonts

    font = fonts.register()
    canvas = Canvas(str(path), pagesize=A4, pageCompression=1, initialFontName=font)
    backs = [sheet.back_ops(design, s) for s in serials[:1]]
    front = sheet.front_ops(design, serials[0])

    def draw(ops, x0, y0):
        for op in ops:
            if isinstance(op, sheet.Rect):
                canvas.setFillColor(HexColor(op.fill))
                canvas.rect(x0 + op.x, y0 + op.y, op.w, op.h, stroke=0, fill=1)
            elif isinstance(op, sheet.Line):
                canvas.setStrokeColor(HexColor(op.color))
                canvas.setLineWidth(op.width)
                canvas.line(x0 + op.x1, y0 + op.y1, x0 + op.x2, y0 + op.y2)
            elif isinstance(op, sheet.Circle):
                canvas.setFillColor(HexColor(op.fill or op.stroke))
                canvas.circle(x0 + op.cx, y0 + op.cy, op.r, stroke=0, fill=1)
            elif isinstance(op, sheet.Poly):
                p = canvas.beginPath()
                p.moveTo(x0 + op.points[0][0], y0 + op.points[0][1])
                for px, py in op.points[1:]:
                    p.lineTo(x0 + px, y0 + py)
                p.close()
                canvas.setFillColor(HexColor(op.fill))
                canvas.drawPath(p, stroke=0, fill=1)
            elif isinstance(op, sheet.Text):
                canvas.setFillColor(HexColor(op.color))
                canvas.setFont(font, op.size)
                draw_string = {"left": canvas.drawString, "right": canvas.drawRightString,
                               "centre": canvas.drawCentredString}[op.align]
                draw_string(x0 + op.x, y0 + op.y, op.text)
            elif isinstance(op, sheet.Qr):
                canvas.setFillColor(HexColor(op.color))
                cell = op.size / (len(op.matrix) + 2 * op.border)
                for r, row in enumerate(op.matrix):
                    for c, dark in enumerate(row):
                        if dark:
                            canvas.rect(x0 + op.x + (op.border + c) * cell,
                                        y0 + op.y + op.size - (op.border + r + 1) * cell,
                                        cell, cell, stroke=0, fill=1)

    def serial_text(ops, serial):
        return [op if not (isinstance(op, sheet.Text) and serials[0] in op.text)
                else SimpleNamespace(**{**op.__dict__, "text": op.text.replace(serials[0], serial)})
                for op in ops]

    for i in range(0, len(serials), sheet.PER_SHEET):
        chunk = serials[i:i + sheet.PER_SHEET]
        for side, ops in ((False, front), (True, backs[0])):
            for n, serial in enumerate(chunk):
                draw(serial_text(ops, serial), *sheet.card_origin(n, back=side))
            canvas.setFont(font, 6.5)
            canvas.drawCentredString(A4[0] / 2, 12, f"{chunk[0]} – {chunk[-1]}")
            canvas.showPage()
    canvas.save()


def jobs(folder: Path, work: Path) -> list[Result]:
    from aidstation.core import cards
    from aidstation.pdf import cards as sheet

    repeat = int(os.environ.get("BENCH_REPEAT", "5"))
    results = []
    design = _design()
    serials = [cards.serial_text(design.station_code, 2026, n) for n in range(1, N_CARDS + 1)]
    ours, direct = alternated(lambda: sheet.render_cards(design, serials, work / "cards.pdf"),
                              lambda: _bare_cards(design, serials, work / "bare.pdf"), repeat)
    results.append(Result(f"{N_CARDS:,} contact cards to PDF (double-sided, {N_CARDS // 5} pages)", ours,
                          direct, max_ratio=1.5,
                          note="direct: bare canvas drawing the same text + QR + shapes"))
    results += _dossier(folder, work, repeat)
    return results


def _case(user):
    """A case on the station copy with two parties, 10 sessions (3 investigations), a written
    agreement, a follow-up and a paper item: the dossier a long mediation files."""
    from aidstation.core import mediation
    from aidstation.core.models import Person

    a, b = Person.select().order_by(Person.id).limit(2)
    case = mediation.open_case(
        user=user, received_on=dt.date(2026, 3, 2), source="party", dispute_type="neighbor",
        title="邻里漏水纠纷", facts="申请人住501室，被申请人住401室，卫生间顶部渗水，双方多次协商未果。" * 4,
        requests="请求调解双方关于漏水维修及损失赔偿的纠纷。", amount="3200",
        parties=[(a, "applicant"), (b, "respondent")], today=dt.date(2026, 6, 1))
    text = "\n".join(f"第{i}段：申请人陈述了漏水的经过，被申请人表示不同意承担全部费用，"
                     "调解员释明相邻关系的规定，双方各自陈述理由。" * 3 for i in range(8))
    for k in range(10):
        mediation.add_session(case, user=user, held_at=dt.datetime(2026, 3, 3, 9) + dt.timedelta(days=k),
                              place="街道人民调解室", participants="双方当事人", record=text[:400 + 250 * k],
                              kind="investigation" if k % 4 == 0 else "mediation")
    mediation.record_agreement(case, user=user, form="written", agreement_on=dt.date(2026, 3, 20),
                               terms="一、申请人重做卫生间防水层；\n二、申请人赔偿被申请人损失人民币3200元。",
                               performance_method="现金当面支付", amount="3200",
                               performance_deadline=dt.date(2026, 3, 30), today=dt.date(2026, 6, 1))
    mediation.set_dossier_item(case, 3, user=user, present=True, pages=3)
    mediation.conclude(case, user=user, status="succeeded", concluded_on=dt.date(2026, 3, 20),
                       today=dt.date(2026, 6, 1))
    mediation.add_followup(case, user=user, visited_on=dt.date(2026, 4, 9), visitor="调解员", method="visit",
                           performance="已履行完毕", satisfaction="satisfied", today=dt.date(2026, 6, 1))
    return case


def _dossier(folder: Path, work: Path, repeat: int) -> list[Result]:
    from aidstation.core import accounts
    from aidstation.core.station import open_station
    from aidstation.pdf import common as c
    from aidstation.pdf.mediation import dossier
    from aidstation.pdf.mediation.contents import page_counts, parts

    open_station(bench_station.copy_of(folder, work / "station"), create=False)
    user = accounts.User.get(accounts.User.username == bench_station.ADMIN[0])
    case = _case(user)
    pages = page_counts(case)  # measured outside the timing: the direct way is handed them

    def one_build():  # the same story, in dossier order, laid out and written once
        from aidstation.pdf.mediation import cover

        story = cover.cover_story(case) + [c.PageBreak()] + cover.contents_story(case, pages)
        for _item, factory in parts(case):
            story += [c.PageBreak()] + factory()
        story += [c.PageBreak()] + cover.back_story(case, pages)
        return c.build_pdf(work / "direct.pdf", story, org=dossier.mp.committee(), number=case.number,
                           title=case.number, page_numbers=False)

    total = dossier.render_dossier(case, work / "dossier.pdf", user=user)
    assert total == one_build()
    ours, direct = alternated(lambda: dossier.render_dossier(case, work / "dossier.pdf", user=user),
                              one_build, repeat)
    return [Result(f"mediation dossier, 10 sessions ({total} pages)", ours, direct, max_ratio=1.15,
                   note="direct: one build of the same story, its page counts given")]
