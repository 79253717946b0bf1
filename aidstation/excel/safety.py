"""Opening workbooks we did not write (other stations' returns, templates, ledgers) safely.

The file is read once, into memory, and only if it is a regular file (a pipe, a device or a
folder is refused at once instead of blocking) of bounded size; every later step works on
those bytes, so what was checked is what is parsed. Before openpyxl parses anything the bytes
must be a plain zip of modest size: a bounded number of entries, a bounded total uncompressed
size and compression ratio (zip bombs, measured while inflating, because the sizes in a zip
may lie), and no encryption. openpyxl parses XML with defusedxml (entity expansion, external
entities) and the workbook is opened read-only with cached values, so formulas never run.

`Limits` says how much a workbook may hold. The default suits ledgers; the district merge
uses the tighter `RETURN_LIMITS`, which also refuse a large part that openpyxl would parse whole
while opening the workbook: in read-only mode it parses the shared strings, the styles and
every worksheet up to its `<dimension>` (the whole sheet when there is none) before the first
row is read, so a forged part of that kind would cost seconds per megabyte however few rows
the reader then takes. A part above `big_part` bytes must be a worksheet (by its content type)
that declares its dimension before its cells.
"""
from __future__ import annotations

import io
import os
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

MAX_ENTRIES = 2_000
MAX_UNCOMPRESSED = 300 * 1024 * 1024  # bytes, all entries together
MAX_RATIO = 200  # uncompressed / compressed, checked on entries above RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and old .xls
PRELUDE = 16 * 1024  # a worksheet declares its dimension within its first bytes
MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """How much a workbook may hold; None means the module's default (MAX_*)."""

    entries: int | None = None
    uncompressed: int | None = None  # all entries together, and the file itself
    ratio: int | None = None
    big_part: int | None = None  # parts above this must be worksheets with their dimension first

    def resolved(self) -> Limits:
        return Limits(self.entries or MAX_ENTRIES, self.uncompressed or MAX_UNCOMPRESSED,
                      self.ratio or MAX_RATIO, self.big_part)


# A station's monthly return: about 15 parts; a large station's month with details is a few MB.
RETURN_LIMITS = Limits(entries=200, uncompressed=32 * MB, big_part=1 * MB)


class UnsafeWorkbook(Exception):
    """The file cannot or must not be read; str() is the reason in English, .zh in Chinese."""

    def __init__(self, reason: str, zh: str = ""):
        super().__init__(reason)
        self.zh = zh or reason


def read_bytes(path: Path | str, limit: int | None = None) -> bytes:
    """The whole content of `path`, if it is a regular file of at most `limit` bytes.

    A FIFO, a device or a folder is refused before it is opened (opening a FIFO blocks until
    someone writes to it), and again on the opened descriptor, in case it was swapped meanwhile.
    """
    limit = limit or MAX_UNCOMPRESSED
    path = Path(path)
    try:
        info = os.stat(path)
    except (OSError, ValueError) as exc:
        raise UnsafeWorkbook(f"cannot open the file ({getattr(exc, 'strerror', None) or exc})",
                             "无法打开文件") from None
    _require_regular(info.st_mode)
    if info.st_size > limit:
        raise UnsafeWorkbook(f"the file is {info.st_size / MB:.1f} MB, over the limit of {limit // MB} MB",
                             "文件过大")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
        with os.fdopen(fd, "rb") as fh:
            _require_regular(os.fstat(fh.fileno()).st_mode)
            data = fh.read(limit + 1)
    except OSError as exc:
        raise UnsafeWorkbook(f"cannot open the file ({exc.strerror or exc})", "无法打开文件") from None
    if len(data) > limit:
        raise UnsafeWorkbook(f"the file is over the limit of {limit // MB} MB", "文件过大")
    return data


def _require_regular(mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise UnsafeWorkbook("a folder, not a file", "是文件夹而不是文件")
    if not stat.S_ISREG(mode):
        raise UnsafeWorkbook("not a regular file (a pipe, socket or device)", "不是普通文件（管道、套接字或设备）")


def check_file(source: Path | str | bytes, limits: Limits | None = None) -> bytes:
    """Raise UnsafeWorkbook unless `source` (a path or the file's bytes) looks like a harmless
    .xlsx zip within `limits`; returns the bytes that were checked."""
    import openpyxl.xml

    if not openpyxl.xml.DEFUSEDXML:
        raise UnsafeWorkbook("defusedxml is not installed; refusing to read untrusted workbooks",
                             "未安装 defusedxml，拒绝读取外来工作簿")
    lim = (limits or Limits()).resolved()
    data = source if isinstance(source, bytes) else read_bytes(source, lim.uncompressed)
    if data.startswith(OLE_MAGIC):
        raise UnsafeWorkbook("password-protected workbook or old .xls format",
                             "工作簿有密码保护或为旧版 .xls 格式")
    if not data.startswith(b"PK"):
        raise UnsafeWorkbook("not an .xlsx workbook", "不是 .xlsx 工作簿")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise UnsafeWorkbook(f"damaged or truncated workbook ({exc})", "工作簿已损坏或不完整") from None
    if len(infos) > lim.entries:
        raise UnsafeWorkbook(f"too many parts in the workbook ({len(infos)})", "工作簿内部文件过多")
    total = sum(i.file_size for i in infos)
    if total > lim.uncompressed:
        raise UnsafeWorkbook(f"workbook expands to {total // MB} MB, over the limit (zip bomb?)",
                             "工作簿解压后过大（疑似压缩炸弹）")
    for info in infos:
        if info.flag_bits & 0x1:
            raise UnsafeWorkbook("encrypted workbook", "工作簿已加密")
        if info.file_size > RATIO_FLOOR and info.file_size > lim.ratio * max(info.compress_size, 1):
            raise UnsafeWorkbook(f"suspicious compression ratio in {info.filename} (zip bomb?)",
                                 "压缩比异常（疑似压缩炸弹）")
    names = {i.filename for i in infos}
    if "xl/workbook.xml" not in names:
        raise UnsafeWorkbook("not an .xlsx workbook (no xl/workbook.xml)", "不是 .xlsx 工作簿")
    sizes = _measure(data, infos, lim)
    if lim.big_part is not None:
        _check_big_parts(data, sizes, lim.big_part)
    return data


def check_package(data: bytes, limits: Limits | None = None) -> str:
    """For readers other than openpyxl (python-calamine, excel/ledger_read.py): the same zip
    limits as check_file, for an .xlsx or an .ods; returns "xlsx" or "ods".

    calamine parses XML itself (quick-xml, which expands no entities), so the defences
    defusedxml gives openpyxl are replaced by refusing any part that declares a DTD: a
    spreadsheet never needs one, and an entity bomb or an external entity needs one."""
    lim = (limits or Limits()).resolved()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            mimetype = zf.read("mimetype")[:100] if "mimetype" in zf.namelist() else b""
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError) as exc:
        raise UnsafeWorkbook(f"damaged or truncated workbook ({exc})", "工作簿已损坏或不完整") from None
    except Exception as exc:  # noqa: BLE001 - zlib.error and friends: damaged data
        raise UnsafeWorkbook(f"damaged workbook ({type(exc).__name__})", "工作簿已损坏") from None
    if len(infos) > lim.entries:
        raise UnsafeWorkbook(f"too many parts in the workbook ({len(infos)})", "工作簿内部文件过多")
    if sum(i.file_size for i in infos) > lim.uncompressed:
        raise UnsafeWorkbook("workbook expands beyond the size limit (zip bomb?)", "工作簿解压后过大（疑似压缩炸弹）")
    for info in infos:
        if info.flag_bits & 0x1:
            raise UnsafeWorkbook("encrypted workbook", "工作簿已加密")
        if info.file_size > RATIO_FLOOR and info.file_size > lim.ratio * max(info.compress_size, 1):
            raise UnsafeWorkbook(f"suspicious compression ratio in {info.filename} (zip bomb?)",
                                 "压缩比异常（疑似压缩炸弹）")
    names = {i.filename for i in infos}
    if "xl/workbook.xml" in names:
        kind = "xlsx"
    elif "content.xml" in names and mimetype.startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
        kind = "ods"
    else:
        raise UnsafeWorkbook("not a spreadsheet (neither .xlsx nor .ods)", "不是电子表格（既非 .xlsx 也非 .ods）")
    _measure(data, infos, lim, refuse_dtd=True)
    return kind


def _measure(source, infos, limits: Limits | None = None, *, refuse_dtd: bool = False) -> dict[str, int]:
    """Inflate every entry, counting bytes, and stop at the limit: sizes in the zip may lie.
    With `refuse_dtd`, an XML part that declares a DTD (<!DOCTYPE or <!ENTITY) is refused.

    Returns the true uncompressed size of each entry."""
    lim = (limits or Limits()).resolved()
    budget = lim.uncompressed
    sizes: dict[str, int] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source) as zf:
            for info in infos:
                seen = 0
                tail = b""
                with zf.open(info) as fh:
                    while chunk := fh.read(1 << 20):
                        if refuse_dtd:
                            window = tail + chunk
                            if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
                                raise UnsafeWorkbook(f"{info.filename} declares a DTD (entities are refused)",
                                                     "工作簿含有 DTD 声明（拒绝读取）")
                            tail = chunk[-16:]
                        seen += len(chunk)
                        budget -= len(chunk)
                        if budget < 0:
                            raise UnsafeWorkbook("workbook expands beyond the size limit (zip bomb?)",
                                                 "工作簿解压后过大（疑似压缩炸弹）")
                        if seen > RATIO_FLOOR and seen > lim.ratio * max(info.compress_size, 1):
                            raise UnsafeWorkbook(f"suspicious compression ratio in {info.filename} (zip bomb?)",
                                                 "压缩比异常（疑似压缩炸弹）")
                sizes[info.filename] = sizes.get(info.filename, 0) + seen
    except UnsafeWorkbook:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError) as exc:
        raise UnsafeWorkbook(f"damaged or truncated workbook ({exc})", "工作簿已损坏或不完整") from None
    except Exception as exc:  # noqa: BLE001 - zlib.error and friends: damaged data
        raise UnsafeWorkbook(f"damaged workbook ({type(exc).__name__})", "工作簿已损坏") from None
    return sizes


def _check_big_parts(data: bytes, sizes: dict[str, int], big: int) -> None:
    """Every part above `big` bytes must be a worksheet that declares its dimension first."""
    large = sorted(name for name, size in sizes.items() if size > big)
    if not large:
        return
    from openpyxl.packaging.manifest import Manifest
    from openpyxl.xml.constants import ARC_CONTENT_TYPES, WORKSHEET_TYPE
    from openpyxl.xml.functions import fromstring

    types: dict[str, set[str]] = {}
    if sizes.get(ARC_CONTENT_TYPES, 0) <= big:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                manifest = Manifest.from_tree(fromstring(zf.read(ARC_CONTENT_TYPES)))
            for part in manifest.Override:
                types.setdefault(part.PartName.lstrip("/"), set()).add(part.ContentType)
        except Exception:  # noqa: BLE001 - no readable manifest: no part counts as a worksheet
            types = {}
    for name in large:
        mb = sizes[name] / MB
        if types.get(name) != {WORKSHEET_TYPE}:
            raise UnsafeWorkbook(f"part {name} is {mb:.1f} MB and not a worksheet; too large to open",
                                 f"工作簿内部文件 {name} 过大（{mb:.1f} MB）")
        if not _dimension_first(data, name):
            raise UnsafeWorkbook(f"worksheet {name} is {mb:.1f} MB and does not declare its size "
                                 "first; it would be read whole to open the workbook",
                                 f"工作表 {name} 过大（{mb:.1f} MB）且未在开头声明范围")


class _Head(io.RawIOBase):
    """The first `limit` bytes of a stream; reading past them raises _PastHead."""

    def __init__(self, raw, limit: int):
        self.raw, self.left = raw, limit

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.left <= 0:
            raise _PastHead()
        chunk = self.raw.read(min(len(buffer), self.left))
        self.left -= len(chunk)
        buffer[: len(chunk)] = chunk
        return len(chunk)


class _PastHead(Exception):
    pass


def _dimension_first(data: bytes, name: str) -> bool:
    """Whether openpyxl, opening the workbook, stops parsing this worksheet within PRELUDE bytes:
    the same parse as its read-only worksheet (the root must be a worksheet; the dimension ends
    before the cell data)."""
    from openpyxl.worksheet._reader import DATA_TAG, DIMENSION_TAG
    from openpyxl.xml.constants import SHEET_MAIN_NS
    from openpyxl.xml.functions import iterparse

    root_tag = f"{{{SHEET_MAIN_NS}}}worksheet"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf, zf.open(name) as raw:
            first = True
            for event, element in iterparse(_Head(raw, PRELUDE), events=("start", "end")):
                if first:
                    if element.tag != root_tag:
                        return False
                    first = False
                if event == "end" and element.tag == DIMENSION_TAG:
                    return True
                if element.tag == DATA_TAG:
                    return False  # the cells come before (or without) a dimension
                if event == "end":
                    element.clear()
    except _PastHead:
        return False
    except Exception:  # noqa: BLE001 - unparsable: openpyxl would fail fast on it anyway
        return False
    return False


def open_untrusted(source: Path | str | bytes, limits: Limits | None = None):
    """Check, then open read-only with values only. Close it with `wb.close()`."""
    import openpyxl

    data = check_file(source, limits)
    try:
        return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # noqa: BLE001 - any parser failure is a problem row, never a crash
        raise UnsafeWorkbook(f"cannot be read as a workbook ({type(exc).__name__}: {exc})"[:300],
                             "无法作为工作簿读取") from None
