"""Opening workbooks we did not write (other stations' returns, templates, ledgers) safely.

Before openpyxl parses anything the file must be a plain zip of modest size: a bounded number
of entries, a bounded total uncompressed size and compression ratio (zip bombs), and no
encryption. openpyxl parses XML with defusedxml (entity expansion, external entities) and
the workbook is opened read-only with cached values, so formulas never run.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

MAX_ENTRIES = 2_000
MAX_UNCOMPRESSED = 300 * 1024 * 1024  # bytes, all entries together
MAX_RATIO = 200  # uncompressed / compressed, checked on entries above RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and old .xls


class UnsafeWorkbook(Exception):
    """The file cannot or must not be read; str() is the reason in English, .zh in Chinese."""

    def __init__(self, reason: str, zh: str = ""):
        super().__init__(reason)
        self.zh = zh or reason


def check_file(path: Path | str) -> None:
    """Raise UnsafeWorkbook unless `path` looks like a harmless .xlsx zip."""
    import openpyxl.xml

    if not openpyxl.xml.DEFUSEDXML:
        raise UnsafeWorkbook("defusedxml is not installed; refusing to read untrusted workbooks",
                             "未安装 defusedxml，拒绝读取外来工作簿")
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise UnsafeWorkbook(f"cannot open the file ({exc.strerror or exc})", "无法打开文件") from None
    if head.startswith(OLE_MAGIC):
        raise UnsafeWorkbook("password-protected workbook or old .xls format",
                             "工作簿有密码保护或为旧版 .xls 格式")
    if not head.startswith(b"PK"):
        raise UnsafeWorkbook("not an .xlsx workbook", "不是 .xlsx 工作簿")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UnsafeWorkbook(f"damaged or truncated workbook ({exc})", "工作簿已损坏或不完整") from None
    if len(infos) > MAX_ENTRIES:
        raise UnsafeWorkbook(f"too many parts in the workbook ({len(infos)})", "工作簿内部文件过多")
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED:
        raise UnsafeWorkbook(f"workbook expands to {total // (1024 * 1024)} MB, over the limit",
                             "工作簿解压后过大（疑似压缩炸弹）")
    for info in infos:
        if info.flag_bits & 0x1:
            raise UnsafeWorkbook("encrypted workbook", "工作簿已加密")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise UnsafeWorkbook(f"suspicious compression ratio in {info.filename} (zip bomb?)",
                                 "压缩比异常（疑似压缩炸弹）")
    names = {i.filename for i in infos}
    if "xl/workbook.xml" not in names:
        raise UnsafeWorkbook("not an .xlsx workbook (no xl/workbook.xml)", "不是 .xlsx 工作簿")
    _measure(path, infos)


def _measure(path: Path, infos) -> None:
    """Inflate every entry, counting bytes, and stop at the limit: sizes in the zip may lie."""
    budget = MAX_UNCOMPRESSED
    try:
        with zipfile.ZipFile(path) as zf:
            for info in infos:
                seen = 0
                with zf.open(info) as fh:
                    while chunk := fh.read(1 << 20):
                        seen += len(chunk)
                        budget -= len(chunk)
                        if budget < 0:
                            raise UnsafeWorkbook("workbook expands beyond the size limit (zip bomb?)",
                                                 "工作簿解压后过大（疑似压缩炸弹）")
                        if seen > RATIO_FLOOR and seen > MAX_RATIO * max(info.compress_size, 1):
                            raise UnsafeWorkbook(f"suspicious compression ratio in {info.filename} (zip bomb?)",
                                                 "压缩比异常（疑似压缩炸弹）")
    except UnsafeWorkbook:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError) as exc:
        raise UnsafeWorkbook(f"damaged or truncated workbook ({exc})", "工作簿已损坏或不完整") from None
    except Exception as exc:  # noqa: BLE001 - zlib.error and friends: damaged data
        raise UnsafeWorkbook(f"damaged workbook ({type(exc).__name__})", "工作簿已损坏") from None


def open_untrusted(path: Path | str):
    """Check, then open read-only with values only. Close it with `wb.close()`."""
    import openpyxl

    check_file(path)
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # noqa: BLE001 - any parser failure is a problem row, never a crash
        raise UnsafeWorkbook(f"cannot be read as a workbook ({type(exc).__name__}: {exc})"[:300],
                             "无法作为工作簿读取") from None
