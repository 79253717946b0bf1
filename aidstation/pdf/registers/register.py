"""A register (台账) for inspection as a PDF: landscape A4, the official columns, the title,
station and period, the list filters it honours, page X of Y, the header on every page and a
totals line. Masked (DESIGN §12): the rows come masked from core.registers."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from aidstation.core.registers import Register, Totals, cell_text, total_text
from aidstation.pdf.registers import layout

FULL_VALUES = False  # a register is printed for inspection: names, phones masked, no ID numbers
NOTE = "说明：本登记簿供检查使用，姓名、联系电话已作脱敏处理，不含身份证号码。"


def _cn(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def render_register(reg: Register, path: Path | str, *, progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None, total: int | None = None) -> tuple[int, int]:
    """Write `reg` to `path`; returns (rows, pages). `progress(done, total)` as rows are laid
    out; when `cancelled()` turns true an InterruptedError stops it (no file is left)."""
    total = reg.count() if total is None else total
    columns = reg.columns
    totals = Totals(columns)

    def rows():
        for row in reg.rows():
            totals.add(row)
            yield [cell_text(c, v) for c, v in zip(columns, row)]

    def blocks():
        any_rows = False
        for chunk in layout.chunked(rows()):
            any_rows = True
            yield "rows", chunk
        if not any_rows:
            yield "empty", "本期无记录"
        values = totals.values(reg.kind.unit)
        yield "totals", [v if isinstance(v, str) else total_text(columns[i], v) for i, v in enumerate(values)]

    def laid_out(done: int) -> None:
        if cancelled is not None and cancelled():
            raise InterruptedError("cancelled")
        if progress is not None:
            progress(done, total)

    info = [f"填报单位：{reg.station or '—'}　　　登记期间：{reg.period_text}"]
    if reg.filter_text():
        info.append(f"筛选条件：{reg.filter_text()}")
    sheet = layout.Sheet(
        title=reg.title, station=reg.station, info=info, headers=[c.zh for c in columns],
        widths_mm=[c.width for c in columns], right=[c.numeric for c in columns],
        flex=[c.wrap for c in columns], blocks=blocks(),
        running=f"{reg.title}　{reg.period_text}", subject=f"{reg.kind.key} {reg.start}..{reg.end}",
        closing=[f"登记人：＿＿＿＿＿＿　　　　审核人：＿＿＿＿＿＿　　　　制表日期：{_cn(dt.date.today())}", NOTE],
        progress=laid_out)
    pages = layout.build(path, sheet)
    return totals.count, pages
