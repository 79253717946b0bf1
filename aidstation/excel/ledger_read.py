"""Reading a ledger file of any kind a station has (issue 16): .xlsx, .xls (old Excel, WPS),
.ods, and .csv in UTF-8 (with or without BOM), UTF-16 or GBK/GB18030 (what Chinese Excel
writes), and finding its header row under the title rows.

The file is read once into memory under the untrusted-file limits (excel/safety.py: size,
zip entries and inflated size, no DTD in any XML part) before python-calamine, a Rust reader,
parses it; calamine evaluates no formulas (it reads cached values). `read_table` gives the
first visible worksheet as rows of values, row 0 being the file's row 1.
"""
from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path

from aidstation.excel.safety import (
    OLE_MAGIC,
    Limits,
    UnsafeWorkbook,
    check_package,
    read_bytes,
)

MB = 1024 * 1024
LIMITS = Limits(uncompressed=300 * MB)
MAX_FILE = 64 * MB  # a ledger of 50,000 rows is a few MB in any format
MAX_ROWS = 50_000 + 200  # data rows plus title and header rows
MAX_COLUMNS = 300
CSV_SUFFIXES = (".csv", ".txt", ".tsv")


@dataclass
class Table:
    rows: list[list]  # cell values; "" for an empty cell
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # (row0, col0, row1, col1), 0-based
    format: str = ""  # xlsx xls ods csv
    encoding: str = ""  # csv only
    sheet: str = ""
    sha256: str = ""  # of the file's bytes


def read_table(path: Path | str) -> Table:
    """The ledger's first visible worksheet; UnsafeWorkbook says why a file cannot be read."""
    path = Path(path)
    data = read_bytes(path, MAX_FILE)
    table = _parse(data, path.suffix.casefold())
    table.sha256 = hashlib.sha256(data).hexdigest()
    return table


def _parse(data: bytes, suffix: str) -> Table:
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _calamine(data, check_package(data, LIMITS))
    if data.startswith(OLE_MAGIC):
        if suffix in (".xlsx", ".xlsm"):
            raise UnsafeWorkbook("password-protected workbook", "工作簿有密码保护")
        return _calamine(data, "xls")
    if suffix in CSV_SUFFIXES:
        return _csv(data)
    if suffix in (".xlsx", ".xlsm"):
        raise UnsafeWorkbook("not an .xlsx workbook", "不是 .xlsx 工作簿")
    raise UnsafeWorkbook("not a spreadsheet (.xlsx, .xls, .ods or .csv)", "不是电子表格（.xlsx、.xls、.ods 或 .csv）")


def _calamine(data: bytes, kind: str) -> Table:
    import python_calamine as pc

    try:
        book = pc.CalamineWorkbook.from_filelike(io.BytesIO(data))
        try:
            sheets = [m for m in book.sheets_metadata
                      if str(m.visible).endswith("Visible") and str(m.typ).endswith("WorkSheet")]
            if not sheets:
                raise UnsafeWorkbook("the workbook has no visible worksheet", "工作簿没有可见的工作表")
            sheet = book.get_sheet_by_name(sheets[0].name)
            height, width = (sheet.end or (0, 0))
            if height + 1 > MAX_ROWS or width + 1 > MAX_COLUMNS:
                raise UnsafeWorkbook(f"the worksheet is too large ({height + 1:,} rows × "
                                     f"{width + 1} columns)", "工作表过大")
            values = sheet.to_python(skip_empty_area=False)
            start_row, start_col = sheet.start or (0, 0)
            merged = [(a[0], a[1], b[0], b[1]) for a, b in (sheet.merged_cell_ranges or [])]
            name = sheet.name
        finally:
            book.close()
    except UnsafeWorkbook:
        raise
    except Exception as exc:  # noqa: BLE001 - calamine's errors (and any other): a damaged file
        reason = "password-protected or damaged" if "assword" in str(exc) or "ncrypt" in str(exc) else "damaged"
        raise UnsafeWorkbook(f"the {'.' + kind} file cannot be read ({reason}: {type(exc).__name__})"[:300],
                             f"无法读取该 .{kind} 文件（已损坏或有密码保护）") from None
    pad = [""] * start_col
    rows = [[""] * (start_col + len(values[0]) if values else 0) for _ in range(start_row)]
    rows += [pad + list(row) for row in values]
    return Table(rows, merged, kind, sheet=name)


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding): a BOM says it; else UTF-8 if it decodes, else GB18030 (GBK's superset)."""
    # "surrogatepass": a lone surrogate (a broken character some converters write) decodes,
    # so it becomes a problem of its cell rather than of the whole file.
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding, "surrogatepass"), encoding
            except UnicodeDecodeError:
                raise UnsafeWorkbook(f"the text is not valid {encoding}", "文本编码无效") from None
    try:
        return data.decode("utf-8", "surrogatepass"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        raise UnsafeWorkbook("the text is neither UTF-8 nor GBK", "文本既不是 UTF-8 也不是 GBK 编码") from None


def _csv(data: bytes) -> Table:
    text, encoding = decode(data)
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",\t;")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    rows: list[list] = []
    # a cell may be as long as the file (it is then reported as too long, not refused whole)
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE))
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            rows.append(row[:MAX_COLUMNS + 1])
            if len(rows) > MAX_ROWS or len(row) > MAX_COLUMNS:
                raise UnsafeWorkbook("the file is too large (rows or columns)", "文件过大（行或列过多）")
    except csv.Error as exc:
        raise UnsafeWorkbook(f"the text cannot be read as CSV ({exc})"[:200], "无法作为 CSV 读取") from None
    return Table(rows, [], "csv", encoding)
