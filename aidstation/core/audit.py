"""Append-only audit events with a hash chain: each row hashes its content and the row before;
and the chain's anchors, its head recorded outside the database (see "anchors" below)."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from aidstation.core.db import db
from aidstation.core.files import atomic_path
from aidstation.core.models import AuditEvent, Setting, Submission, now


def _username(user) -> str:
    if user is None:
        return ""
    if isinstance(user, str):
        return user
    return user.username


def _digest(prev_hash: str, e: AuditEvent) -> str:
    at = e.at.isoformat(sep=" ") if hasattr(e.at, "isoformat") else str(e.at)
    text = "\x1f".join([
        prev_hash, at, e.username, e.action, e.entity,
        "" if e.entity_id is None else str(e.entity_id), e.fields, e.detail,
    ])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def record_event(user, action: str, entity: str = "", entity_id: int | None = None, *,
                 fields=(), detail: str = "") -> AuditEvent:
    """Append one event. Call it inside the service's own transaction.

    `fields` are the names of changed fields, never their values; `detail` must not carry
    personal data (use file names, months, reasons).
    """
    last = AuditEvent.select(AuditEvent.hash).order_by(AuditEvent.id.desc()).first()
    prev = last.hash if last else ""
    event = AuditEvent(
        at=now(), username=_username(user), action=action, entity=entity or "",
        entity_id=entity_id, fields=",".join(fields), detail=detail, prev_hash=prev,
    )
    event.hash = _digest(prev, event)
    event.save(force_insert=True)
    return event


@dataclass
class ChainProblem:
    event_id: int
    reason: str

    def __str__(self) -> str:
        return f"audit event {self.event_id}: {self.reason}"


# Rows read as plain tuples, not AuditEvent instances (a model object per row cost 3.5 s of a
# check at 240k events; hashing is what must remain).
_CHAIN_SQL = ("SELECT id, at, username, action, entity, entity_id, fields, detail, prev_hash, hash "
              "FROM audit_event ORDER BY id")


def verify_chain() -> ChainProblem | None:
    """None when every row links to the one before and hashes to its stored hash."""
    prev = ""
    sha256 = hashlib.sha256
    for row in AuditEvent._meta.database.execute_sql(_CHAIN_SQL):
        event_id, at, username, action, entity, entity_id, fields, detail, prev_hash, digest = row
        if prev_hash != prev:
            return ChainProblem(event_id, "does not link to the event before it (row removed or reordered)")
        try:
            # The stored text of `at` is what _digest hashed (datetime.isoformat(" ")).
            text = "\x1f".join((prev, at, username, action, entity,
                                "" if entity_id is None else str(entity_id), fields, detail))
            ok = sha256(text.encode("utf-8")).hexdigest() == digest
        except (TypeError, AttributeError):  # a value that is not text: judge it as a model would
            ok = False
        # A mismatch is judged again exactly as written, through the model (a value stored in
        # another form than record_event's), so the fast path never reports what it did not.
        if not ok and _digest(prev, AuditEvent.get_by_id(event_id)) != digest:
            return ChainProblem(event_id, "its content was changed after it was written")
        prev = digest
    return None


# --- anchors: the chain's head kept outside the chain --------------------------------------
# A chain alone proves only that its rows agree with each other: whoever can write the file can
# cut events off its end, or append forged ones, and the shorter or longer chain still verifies.
# So its head (how many events, and the hash of the last) is written down where an edit of the
# database does not reach: into every monthly workbook's meta (the district keeps a copy), into
# the Submission row of each month sent, and beside each backup (`<backup>.anchor.json`).
# `verify_anchors` then holds the chain to every anchor found: a chain shorter than an anchor,
# or whose event number N is not the one an anchor recorded, was cut or rewritten.
#
# A database restore legitimately goes back in history. An anchor that disagrees with the chain
# is passed over when the chain records a restore (action `restore`, no entity) at or before
# the anchor's event number, at or after the time the anchor was taken (to the second): it
# belongs to the history the restore replaced. Someone able to write the database could forge
# such a restore event; it then stands in the log as a restore nobody performed, with no
# pre-restore copy in backups/ such as a real restore leaves, and the district still holds the
# anchors of the returns it received.

ANCHOR_FORMAT = "aidstation.audit-anchor"
ANCHOR_VERSION = 1
ANCHOR_SUFFIX = ".anchor.json"
_MAX_ANCHOR_FILE = 64 * 1024
_MAX_XML_PART = 4 * 1024 * 1024  # workbook.xml, its rels, the meta sheet: a few KB when exported
_MAX_ZIP_ENTRIES = 10_000


@dataclass(frozen=True)
class Anchor:
    """The chain's head as recorded somewhere: `events` events, the last one hashing to `head`."""

    events: int
    head: str
    source: str  # where it was found, for the problem text
    taken_at: dt.datetime | None = None


def head() -> tuple[int, str]:
    """(number of events, hash of the last one) of the open station's audit chain; (0, '') empty."""
    # One statement, so the count and the last event agree while another connection appends;
    # two subqueries, because COUNT(id) beside MAX(id) loses SQLite's count shortcut (55 ms
    # against 6 ms at 240,000 events)
    table = AuditEvent._meta.table_name
    count, top = db.execute_sql(f'SELECT (SELECT COUNT(*) FROM "{table}"), (SELECT MAX("id") FROM "{table}")'
                                ).fetchone()
    if not count:
        return 0, ""
    return int(count), AuditEvent.get_by_id(top).hash


def anchor_path(path: Path | str) -> Path:
    """The sidecar of a backup file: `<backup>.anchor.json` beside it."""
    path = Path(path)
    return path.with_name(path.name + ANCHOR_SUFFIX)


def write_anchor(path: Path | str, chain_head: tuple[int, str] | None = None) -> Path:
    """Write the chain head beside the file at `path` (a backup just verified) as
    `<path>.anchor.json`: `chain_head` (events, hash of the last), the head the copy holds,
    or else the open station's head(). Returns the sidecar. Writes nothing into the database."""
    events, last = chain_head if chain_head is not None else head()
    sidecar = anchor_path(path)
    text = json.dumps({"format": ANCHOR_FORMAT, "version": ANCHOR_VERSION, "file": Path(path).name,
                       "audit_events": events, "audit_head": last,
                       "written_at": now().isoformat(sep=" ")}, indent=1)
    with atomic_path(sidecar) as tmp:
        tmp.write_text(text + "\n", encoding="utf-8")
    return sidecar


def _anchor(events, last, source: str, taken_at) -> Anchor:
    """An Anchor from recorded values; ValueError when they are not a count and a SHA-256 hex."""
    if isinstance(events, float) and events.is_integer():
        events = int(events)
    if isinstance(events, str) and events.strip().isdigit():
        events = int(events.strip())
    if isinstance(events, bool) or not isinstance(events, int) or events < 0:
        raise ValueError("the event count is not a whole number")
    if not isinstance(last, str) or not (_HEX64.fullmatch(last) or (events == 0 and last == "")):
        raise ValueError("the head is not a SHA-256 hash")
    if isinstance(taken_at, str):
        try:
            taken_at = dt.datetime.fromisoformat(taken_at.strip())
        except ValueError:
            taken_at = None
    if not isinstance(taken_at, dt.datetime):
        taken_at = None
    return Anchor(events, last, source, taken_at)


def read_anchors(folder: Path | str, problems: list[str] | None = None) -> list[Anchor]:
    """The anchors of the `*.anchor.json` sidecars in `folder` (a backups folder), by name.

    A sidecar that cannot be read is not an anchor; its problem is appended to `problems`."""
    folder = Path(folder)
    found: list[Anchor] = []
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob("*" + ANCHOR_SUFFIX)):
        source = f"{folder.name}/{path.name}"
        try:
            if not path.is_file() or path.stat().st_size > _MAX_ANCHOR_FILE:
                raise ValueError("not a small regular file")
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or data.get("format") != ANCHOR_FORMAT:
                raise ValueError("not an AidStation audit anchor")
            found.append(_anchor(data.get("audit_events"), data.get("audit_head"), source,
                                 data.get("written_at")))
        except (OSError, ValueError) as exc:
            if problems is not None:
                problems.append(f"audit anchor {source} cannot be read ({exc})")
    return found


def workbook_anchor(path: Path | str, station_code: str | None = None) -> Anchor | None:
    """The anchor in the hidden `meta` sheet of a monthly workbook (DESIGN §8: audit_events,
    audit_head), or None when the file is no monthly workbook, names another station, or
    predates anchors. Read with the standard library (core reads no workbooks through
    openpyxl): the zip's entry count and the size of each part read are capped, the XML parsed
    with defusedxml. ValueError when the workbook carries an anchor that is not one."""
    path = Path(path)
    meta = _workbook_meta(path)
    if meta is None or meta.get("format") != "aidstation.monthly":
        return None
    if station_code is not None and meta.get("station_code") != station_code:
        return None
    if meta.get("audit_events") in (None, "") and meta.get("audit_head") in (None, ""):
        return None
    return _anchor(meta.get("audit_events"), meta.get("audit_head"), f"{path.parent.name}/{path.name}",
                   meta.get("generated_at"))


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_HEX64 = re.compile(r"[0-9a-f]{64}")
_CELL = re.compile(r"([A-Z]+)\d+")


def _workbook_meta(path: Path) -> dict[str, object] | None:
    """Columns A/B of the sheet named `meta`, as {key: value}; None when there is none to read."""
    from defusedxml import DefusedXmlException, ElementTree  # here: the start never reads a workbook

    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > _MAX_ZIP_ENTRIES:
                return None
            sizes = {i.filename: i.file_size for i in infos}

            def part(name: str):
                if sizes.get(name, _MAX_XML_PART + 1) > _MAX_XML_PART:
                    raise ValueError(f"{name} missing or too large")
                return ElementTree.fromstring(zf.read(name))

            rid = next((s.get(_REL + "id") for s in part("xl/workbook.xml").iter(_MAIN + "sheet")
                        if s.get("name") == "meta"), None)
            if rid is None:
                return None
            target = next((r.get("Target") for r in part("xl/_rels/workbook.xml.rels").iter(_PKG + "Relationship")
                           if r.get("Id") == rid), None)
            if not target:
                return None
            target = target.lstrip("/") if target.startswith("/") else "xl/" + target
            rows: dict[int, dict[str, tuple[str | None, object]]] = {}
            for n, row in enumerate(part(target).iter(_MAIN + "row")):
                if n >= 1000:
                    break
                cells = {}
                for c in row.iter(_MAIN + "c"):
                    col = _CELL.fullmatch(c.get("r") or "")
                    if col and col.group(1) in ("A", "B"):
                        text = "".join(t.text or "" for t in c.iter(_MAIN + "t")) \
                            if c.get("t") == "inlineStr" else c.findtext(_MAIN + "v")
                        cells[col.group(1)] = (c.get("t"), text)
                rows[n] = cells
            wanted = {int(text) for cells in rows.values() for kind, text in cells.values()
                      if kind == "s" and text is not None and text.strip().isdigit()}
            shared = _shared_strings(zf, wanted) if wanted else {}
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, ElementTree.ParseError,
            DefusedXmlException, EOFError, RuntimeError, NotImplementedError):
        return None

    def value(cell):
        kind, text = cell
        if text is None:
            return None
        if kind == "s":
            return shared.get(int(text)) if text.strip().isdigit() else None
        if kind in ("inlineStr", "str", "e"):
            return text
        if kind == "b":
            return text.strip() == "1"
        try:
            number = float(text)
        except ValueError:
            return text
        return int(number) if number.is_integer() and "." not in text and "e" not in text.lower() else number

    meta: dict[str, object] = {}
    for cells in rows.values():
        if "A" in cells:
            key = value(cells["A"])
            if isinstance(key, str) and key and key not in meta:
                meta[key] = value(cells["B"]) if "B" in cells else None
    return meta


def _shared_strings(zf: zipfile.ZipFile, wanted: set[int]) -> dict[int, str]:
    """The shared strings numbered in `wanted`, streamed: the table may be large (detail sheets)."""
    from defusedxml import ElementTree

    found: dict[int, str] = {}
    last = max(wanted)
    with zf.open("xl/sharedStrings.xml") as fh:
        index = 0
        for _event, element in ElementTree.iterparse(fh, events=("end",)):
            if element.tag != _MAIN + "si":
                continue
            if index in wanted:
                found[index] = "".join(t.text or "" for t in element.iter(_MAIN + "t"))
            element.clear()
            index += 1
            if index > last:
                break
    return found


def find_anchors(problems: list[str] | None = None) -> list[Anchor]:
    """Every anchor of the open station: its Submission rows, the monthly workbooks of this
    station in exports/, and the backup sidecars in backups/. Anchors that cannot be read are
    problems (appended to `problems`), never anchors."""
    from aidstation.core.db import current_station

    folder = current_station().folder
    found: list[Anchor] = []
    for sub in Submission.select().where(Submission.audit_events.is_null(False)).order_by(Submission.id):
        source = f"the submission of {sub.month} ({sub.file_name})"
        try:
            found.append(_anchor(sub.audit_events, sub.audit_head or "", source, sub.generated_at))
        except ValueError as exc:
            if problems is not None:
                problems.append(f"audit anchor of {source} cannot be read ({exc})")
    code_row = Setting.get_or_none(Setting.key == "station.code")
    code = code_row.value if code_row is not None else ""
    exports = folder / "exports"
    if exports.is_dir():
        for path in sorted(exports.glob("*.xlsx")):
            if path.name.startswith((".", "~$")) or not path.is_file():
                continue
            try:
                anchor = workbook_anchor(path, code)
            except ValueError as exc:
                if problems is not None:
                    problems.append(f"audit anchor in {exports.name}/{path.name} cannot be read ({exc})")
                continue
            if anchor is not None:
                found.append(anchor)
    found.extend(read_anchors(folder / "backups", problems))
    return found


def verify_anchors(anchors: list[Anchor] | None = None) -> list[str]:
    """Problems, one line each, where the open station's audit chain disagrees with an anchor:
    it is shorter than the anchor recorded (events removed from its end), or its event number N
    is not the one the anchor recorded (events removed or rewritten, forged ones put in their
    place). `anchors` default to find_anchors(), whose unreadable anchors are problems too.
    Anchors of a history a recorded restore replaced are passed over (see above)."""
    problems: list[str] = []
    if anchors is None:
        anchors = find_anchors(problems)
    wanted = {a.events for a in anchors if a.events > 0}
    if not wanted:
        return problems  # an empty chain anchors nothing: no need to read it
    hashes: dict[int, str] = {}
    restores: list[tuple[int, dt.datetime]] = []
    total = 0
    parse = AuditEvent.at.python_value  # only for the few restore events: plain rows otherwise
    rows = AuditEvent._meta.database.execute_sql(
        "SELECT hash, action = 'restore' AND COALESCE(entity, '') = '', at FROM audit_event ORDER BY id")
    for total, (digest, restore, at) in enumerate(rows, start=1):
        if total in wanted:
            hashes[total] = digest
        if restore:
            at = parse(at)
            if isinstance(at, dt.datetime):
                restores.append((total, at))
    for a in anchors:
        if a.events == 0:
            continue  # an empty chain anchors nothing
        if a.events <= total and hashes.get(a.events) == a.head:
            continue
        if a.taken_at is not None and any(pos <= a.events and a.taken_at <= at for pos, at in restores):
            continue  # the history a restore replaced
        if a.events > total:
            problems.append(f"audit chain shorter than its anchor in {a.source}: {total} events, "
                            f"but {a.events} were recorded there (events removed from its end)")
        else:
            problems.append(f"audit chain diverges from its anchor in {a.source}: event {a.events} "
                            "is not the one recorded there (events removed or rewritten)")
    return problems
