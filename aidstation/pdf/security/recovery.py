"""The recovery sheet: the one way into an encrypted station when every administrator has
forgotten their password (core/keys.py holds the wrap it opens).

One A4 page: the station, the date it was made, the recovery key in large groups of five and
as a QR code (the same 30 characters, for a phone's scanner when typing is error-prone), how to
use it and where to keep it. The key is the whole secret of the station, so the sheet says so,
and it carries nothing else that could be used with it (no username, no password).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from aidstation.core import keys
from aidstation.pdf import common as c
from aidstation.pdf import fonts

TITLE = "工作站数据恢复密钥"
QR_MM = 45


class _Qr(Flowable):
    """The QR code as filled rectangles (as the contact cards draw theirs: no font involved)."""

    BORDER = 2  # quiet zone, in modules

    def __init__(self, text: str, size_mm: float = QR_MM):
        super().__init__()
        self.size = size_mm * mm
        widget = QrCodeWidget(text, barLevel="M")
        widget.qr.make()
        modules = widget.qr.modules
        box = self.size / (len(modules) + 2 * self.BORDER)
        self.boxes = [((col + self.BORDER) * box, self.size - (row + self.BORDER + 1) * box, box, box)
                      for row, line in enumerate(modules) for col, dark in enumerate(line) if dark]

    def wrap(self, avail_width, avail_height):
        return self.size, self.size

    def draw(self):
        canvas = self.canv
        canvas.setFillColorRGB(0, 0, 0)
        for x, y, w, h in self.boxes:
            canvas.rect(x, y, w, h, stroke=0, fill=1)


def _qr(text: str) -> _Qr:
    return _Qr(text)


def _key_table(recovery_key: str) -> Table:
    groups = keys.format_recovery(recovery_key).split("-")
    style = fonts.style("recovery_key", size=20, leading=28, align=1)
    cells = [[c.Para(c.esc(g), style) for g in groups]]
    table = Table(cells, colWidths=[c.CONTENT_W / len(groups)] * len(groups))
    table.setStyle(TableStyle([
        c.FONT_CELLS,
        ("BOX", (0, 0), (-1, -1), 1.2, c.GRID),
        ("INNERGRID", (0, 0), (-1, -1), 0.4, c.GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 4 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm),
    ]))
    return table


def render_recovery_sheet(path: Path | str, *, station_name: str, station_code: str,
                          recovery_key: str, made_on: dt.date | None = None) -> int:
    """Write the recovery sheet of the station to `path` (atomically); returns its pages (1)."""
    made_on = made_on or dt.date.today()
    grouped = keys.format_recovery(recovery_key)
    story = [
        c.title(TITLE),
        c.subtitle("Station recovery key"),
        c.spacer(2),
        c.fields_table([("工作站", station_name or "—"), ("代码", station_code or "—"),
                        ("制作日期", c.cn_date(made_on)), ("用途", "全部管理员忘记密码时解锁数据")],
                       columns=2),
        c.spacer(6),
        c.para("恢复密钥（共30位，字母不分大小写，横线可省略）：", "body"),
        c.spacer(2),
        _key_table(grouped),
        c.spacer(4),
        Table([[_qr(grouped), c.para(
            "用法：在登录窗口点击“使用恢复密钥”，输入上面的密钥（或用手机扫描二维码后抄入），"
            "再为一个管理员账号设置新密码。命令行：aidstation --data-dir 工作站文件夹 "
            "命令 --recovery-key-stdin，密钥从标准输入读入。", "body")]],
              colWidths=[(QR_MM + 6) * mm, c.CONTENT_W - (QR_MM + 6) * mm],
              style=TableStyle([c.FONT_CELLS, ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])),
        c.spacer(6),
        c.para("保管要求", "subtitle"),
        c.para("1. 这张纸就是工作站全部数据的钥匙：任何拿到它和工作站文件（或其备份）的人都能读出"
               "全部当事人信息。请把它装入信封封好，锁在工作站电脑以外的地方（如司法所保险柜），"
               "不要拍照、扫描、复印或存在电脑、手机和网盘里。", "body"),
        c.para("2. 丢失这张纸并不会泄露数据，但一旦全部管理员都忘记密码，数据将无法找回。"
               "怀疑被他人看到时，请由管理员在“设置 → 数据加密”中重新生成恢复密钥，旧密钥随即作废，"
               "并销毁旧的恢复页。", "body"),
        c.para("3. 更换工作站电脑时，station.db、station.keys 和 backups 文件夹须一并迁移；"
               "只有 station.keys 与本恢复页都在，才能用恢复密钥解锁。", "body"),
        c.spacer(4),
        c.note("Keep this sheet sealed and locked away from the station PC. Anyone holding it "
               "and a copy of the station can read every record; without it, a station whose "
               "administrators have all forgotten their passwords cannot be opened."),
    ]
    return c.build_pdf(path, story, org=station_name, number=station_code, title=TITLE)
