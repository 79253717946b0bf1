"""Where a ledger's data is (issue 16): its header row under title rows, merged cells and
blank rows; a second header row (Chinese over English, or a merged group over sub-headers);
which column of the file is which field; and where the data stops (a 合计 row, a footer).

`find_layout(table, cols, mapping)` returns the Layout; `mapping` is a clerk's saved mapping
for this file layout ({"columns": {title: key or ""}}), keyed by `layout_key(titles)`.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from aidstation.excel.ledger_values import key

SCAN = 30  # rows searched for the header
STOP_WORDS = ("合计", "总计", "小计", "共计", "总数", "合 计", "制表人", "填表人", "审核人", "统计人")
IGNORED = {key(w) for w in ("序号", "No", "No.", "#", "编号序号", "行号")}

# Words ledgers use in headers for our columns (by the column's Chinese name), besides its
# Chinese and English names and key. Within a kind a column's own names win over these.
HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "咨询时间": ("咨询日期", "日期", "时间", "来访时间", "来访日期", "登记日期", "登记时间", "接待时间", "接待日期"),
    "咨询方式": ("方式", "来访方式", "咨询渠道", "渠道", "咨询形式"),
    "姓名": ("当事人", "咨询人", "当事人姓名", "咨询人姓名", "来访人", "来访人姓名", "名字"),
    "电话": ("联系电话", "手机", "手机号", "手机号码", "联系方式", "电话号码"),
    "身份证号": ("身份证", "身份证号码", "公民身份号码", "证件号码", "身份证件号码"),
    "人群类别": ("人群", "特殊群体", "群体类别", "人员类别", "群体"),
    "事项类别": ("事项", "咨询事项", "类别", "咨询类别", "问题类别"),
    "咨询问题": ("咨询内容", "问题", "主要问题", "咨询事由", "内容"),
    "解答意见": ("答复意见", "解答", "答复", "解答内容", "答复内容"),
    "处理方式": ("处理结果", "处理情况", "办理结果", "处理"),
    "转介单位": ("转介", "转交单位", "转办单位"),
    "代写文书": ("代写文书数", "代写", "代书"),
    "受理日期": ("受理时间", "申请日期", "日期", "收案日期"),
    "案件来源": ("来源", "纠纷来源"),
    "纠纷类型": ("纠纷类别", "类型"),
    "案由": ("纠纷名称", "案件名称", "事由"),
    "申请人": ("申请人姓名", "当事人", "当事人姓名"),
    "申请人电话": ("申请人联系电话", "申请人手机"),
    "申请人身份证号": ("申请人身份证", "申请人身份证号码"),
    "被申请人": ("被申请人姓名",),
    "被申请人电话": ("被申请人联系电话", "被申请人手机"),
    "纠纷简要情况": ("纠纷情况", "简要情况", "基本案情", "纠纷事实", "案情"),
    "涉及金额": ("涉案金额", "金额", "标的额"),
    "调解状态": ("状态", "调解结果", "结果"),
    "结案日期": ("结案时间", "办结日期"),
    "协议形式": ("协议类型",),
    "协议内容": ("协议", "协议主要内容"),
    "案件类型": ("案件类别", "类型"),
    "案情摘要": ("简要案情", "案情", "摘要"),
    "转交日期": ("转交时间", "转送日期"),
    "审查决定": ("决定", "审查结果"),
    "决定日期": ("决定时间", "审查日期"),
    "挽回经济损失": ("挽回损失",),
    "发放日期": ("日期", "发放时间"),
    "数量": ("发放数量", "张数", "份数"),
    "户数": ("发放户数",),
    "领取对象描述": ("领取对象", "发放对象", "对象"),
    "户别": ("户类型", "家庭类型"),
    "发放渠道": ("渠道", "发放方式"),
    "社区": ("村社区", "所在社区", "村居"),
    "活动日期": ("日期", "时间", "活动时间"),
    "宣传形式": ("形式", "活动形式"),
    "宣传主题": ("主题", "活动主题"),
    "活动名称": ("名称", "活动内容", "标题"),
    "地点": ("活动地点",),
    "性别": ("男女",),
    "住址": ("地址", "家庭住址", "居住地址"),
    "编号": ("登记编号", "案号", "登记号", "受理编号", "案件编号"),
}
_PARENS = re.compile(r"\(.*?\)|\[.*?\]")


def header_key(text) -> str:
    """A header cell compared: key() without '*' or a trailing colon."""
    return key(str(text or "")).replace("*", "").rstrip(":")


def _forms(text: str) -> list[str]:
    k = header_key(text)
    bare = _PARENS.sub("", k)
    return [k] if bare == k or not bare else [k, bare]


def names_of(cols) -> dict[str, object]:
    """header key -> column: each column's own names first, then the ledger words."""
    names: dict[str, object] = {}
    for col in cols:
        for text in (col.zh, col.en, col.key):
            names.setdefault(header_key(text), col)
    for col in cols:
        for text in HEADER_WORDS.get(col.zh, ()):
            names.setdefault(header_key(text), col)
    return names


def layout_key(titles: list[str]) -> str:
    """The file layout a mapping is saved for: its header titles, in order."""
    text = "\x1f".join(header_key(t) for t in titles).rstrip("\x1f")
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass
class Mapped:
    index: int  # the file's column, 0-based
    title: str  # its header as the file has it ("申请人 / 电话")
    col: object | None  # ledgers.Col, or None (not imported)
    how: str  # header | mapping | ignored | unknown | duplicate | empty


@dataclass
class Layout:
    header_rows: list[int] = field(default_factory=list)  # 0-based
    first_data: int = 0  # 0-based row where the data starts
    end: int = 0  # 0-based row after the last data row
    columns: list[Mapped] = field(default_factory=list)
    key: str = ""
    stopped_at: tuple[int, str] | None = None  # (row, its text) of the 合计 / footer row

    def mapping(self) -> dict[int, object]:
        return {m.index: m.col for m in self.columns if m.col is not None}


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    try:
        return " ".join(str(value).split())
    except Exception:  # noqa: BLE001 - a header cell that is no text is no header
        return ""


def _grid(table, rows: range) -> list[list[str]]:
    """Header texts of `rows`, merged cells filled from their top-left cell."""
    width = max((len(table.rows[r]) for r in rows), default=0)
    grid = [[_text(table.rows[r][c]) if c < len(table.rows[r]) else "" for c in range(width)] for r in rows]
    for r0, c0, r1, c1 in table.merged:
        top = _text(table.rows[r0][c0]) if r0 < len(table.rows) and c0 < len(table.rows[r0]) else ""
        for r in range(max(r0, rows.start), min(r1, rows.stop - 1) + 1):
            for c in range(c0, min(c1, width - 1) + 1):
                grid[r - rows.start][c] = grid[r - rows.start][c] or top
    return grid


def _match(names, texts: list[str]):
    for text in texts:
        for form in _forms(text):
            if form in names:
                return names[form]
    return None


def _columns(names, top: list[str] | None, sub: list[str]) -> list[tuple[str, object | None]]:
    """(title, column) for each cell of the header row `sub`, with the group row `top` above."""
    out = []
    for c, text in enumerate(sub):
        group = top[c] if top is not None and c < len(top) else ""
        if group == text:
            group = ""  # a header merged down over both rows
        tries = [group + text, text, group] if group else [text]
        col = _match(names, [t for t in tries if t])
        title = f"{group} / {text}" if group and text else (text or group)
        out.append((title, col))
    return out


def _score(found) -> int:
    return len({id(col) for _t, col in found if col is not None})


def find_layout(table, cols, saved: dict | None = None, *, extra=()) -> Layout:
    """The header row(s) and each column's field; `extra` are columns recognised only on
    import (a record number, for duplicates). An empty Layout (no header_rows) when no row
    names two of the columns."""
    names = names_of(list(cols) + list(extra))
    rows = table.rows
    scan = range(min(SCAN, len(rows)))
    grid = _grid(table, scan) if rows else []
    best = (1, None)  # (score, (top row or None, header row))
    for r in scan:
        single = _columns(names, None, grid[r])
        candidates = [(_score(single), (None, r))]
        if r > 0 and any(grid[r - 1]):
            candidates.append((_score(_columns(names, grid[r - 1], grid[r])), (r - 1, r)))
        for score, where in candidates:  # the earliest best row; a group row only if it adds
            if score > best[0]:
                best = (score, where)
    layout = Layout()
    if best[1] is None:
        return layout
    top, r = best[1]
    found = _columns(names, grid[top] if top is not None else None, grid[r])
    if top is None and any(r0 == r - 1 and r1 >= r for r0, _c0, r1, _c1 in table.merged):
        top = r - 1  # headers merged down from the row above: both rows are the header
    layout.header_rows = [top, r] if top is not None else [r]
    first = r + 1
    # an English header row under the Chinese one (the template's): names the same columns
    if first < len(grid) and _score(_columns(names, None, grid[first])) >= max(2, _score(found) // 2):
        layout.header_rows.append(first)
        first += 1
    layout.first_data = first
    titles = [t for t, _c in found]
    layout.key = layout_key(titles)
    chosen = dict((saved or {}).get("columns") or {})
    by_key = {c.key: c for c in list(cols) + list(extra)}
    taken: set[str] = set()
    for index, (title, col) in enumerate(found):
        how = "header" if col is not None else ("empty" if not title else "unknown")
        if title in chosen:
            col, how = by_key.get(chosen[title]), "mapping" if chosen[title] else "ignored"
            if chosen[title] and col is None:
                how = "unknown"
        elif col is None and header_key(title) in IGNORED:
            how = "ignored"
        if col is not None and col.key in taken:
            col, how = None, "duplicate"
        if col is not None:
            taken.add(col.key)
        if how != "empty" or col is not None:
            layout.columns.append(Mapped(index, title, col, how))
    layout.end = len(rows)
    for r in range(first, len(rows)):
        head = _stop_word(rows[r])
        if head is not None:
            layout.stopped_at, layout.end = (r, head[:40]), r
            break
    return layout


_STOP_KEYS = tuple({key(w) for w in STOP_WORDS})


def _stop_word(row) -> str | None:
    """The text of a 合计 / footer row's first cells, or None (checked on every data row: cheap)."""
    seen = 0
    for value in row[:6]:
        if not isinstance(value, str) or not value.strip():
            if value not in (None, ""):
                seen += 1  # a number or a date: a data cell
            if seen >= 3:
                return None
            continue
        seen += 1
        if key(value[:40]).startswith(_STOP_KEYS):
            return value.strip()
        if seen >= 3:
            return None
    return None
