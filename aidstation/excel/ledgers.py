"""Import of existing ledgers (DESIGN §10, issue 16): empty templates, and all-or-nothing import.

`write_template(kind, path)` writes a ledger with Chinese headers, an English second header
row and drop-down lists for coded columns. `import_ledger(kind, path, user=..., dry_run=...)`
reads a ledger as a clerk keeps it (.xlsx, .xls, .ods or .csv: excel/ledger_read.py, under the
untrusted-file limits), finds its header under any title rows and where its data stops
(ledger_layout.py), reads each cell as clerks type it (ledger_values.py), reports every problem
of every row on its own column with the value and what is expected (and, when asked, as a
highlighted copy: ledger_marks.py), skips rows that repeat records already there, refuses a
file already imported, and files each import as a batch an administrator can undo
(core/imports.py). People are matched by ID number, then name + phone. Every row is written
inside ONE transaction: any problem means nothing is written. People and consultations (the
big ledgers) are written in batches, as their services would write them row by row
(tests/excel/test_ledger_batch.py holds the two paths to each other); the other kinds go
through their services a row at a time.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import peewee
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from aidstation.core import changes, codes, records, validation
from aidstation.core.audit import record_event
from aidstation.core.db import atomic, db, optimize
from aidstation.core.files import atomic_path
from aidstation.core.models import (
    AidApplication,
    AuditEvent,
    CardIssue,
    Consultation,
    ConsultationGroup,
    MediationCase,
    Person,
    PublicityActivity,
    now,
)
from aidstation.core.validation import ValidationError, ValidationErrors
from aidstation.excel import ledger_values as lv
from aidstation.excel.book import FONT_NAME, new_workbook, put
from aidstation.excel.ledger_layout import find_layout
from aidstation.excel.ledger_read import read_table
from aidstation.excel.safety import UnsafeWorkbook

# The kinds offered (command line, Settings → Ledger import); each also has its title in
# gui/settings/ledger_import.py (KIND_TITLES) and its name in cli/ledgers.py (KINDS).
KINDS = ("people", "consultations", "mediations", "aid", "cards", "publicity", "screening")
KIND_LABELS = {"people": "人员", "consultations": "咨询登记", "mediations": "人民调解", "aid": "法律援助",
               "cards": "联系卡发放", "publicity": "法治宣传", "screening": "矛盾纠纷排查"}
MAX_ROWS = 50_000


@dataclass(frozen=True)
class Col:
    key: str
    zh: str
    en: str
    type: str = "text"  # text date datetime int amount code codes
    code_kind: str = ""
    required: bool = False
    choices: tuple[tuple[str, str, str], ...] = ()  # fixed (code, zh, en) lists, e.g. statuses


GENDERS = (("M", "男", "Male"), ("F", "女", "Female"))
MED_STATUS = (("received", "已受理", "Received"), ("in_progress", "调解中", "In progress"),
              ("succeeded", "调解成功", "Succeeded"), ("failed", "调解不成", "Failed"),
              ("suspended", "中止", "Suspended"), ("withdrawn", "撤回", "Withdrawn"))
AGREEMENT = (("written", "书面", "Written"), ("oral", "口头", "Oral"))
OUTCOMES = (("resolved", "当场化解", "Resolved on the spot"), ("mediation", "转人民调解", "Handed to mediation"),
            ("referred", "移交有关部门", "Referred elsewhere"), ("watched", "跟踪稳控", "Watched"))
DECISIONS = (("pending", "待决定", "Pending"), ("granted", "给予援助", "Granted"),
             ("refused", "不予援助", "Refused"), ("withdrawn", "撤回", "Withdrawn"))

PERSON = [Col("name", "姓名", "Name"), Col("phone", "电话", "Phone"), Col("id_number", "身份证号", "ID number")]

COLUMNS: dict[str, list[Col]] = {
    "people": [Col("name", "姓名", "Name", required=True), Col("gender", "性别", "Gender", "choice", choices=GENDERS),
               Col("id_number", "身份证号", "ID number"), Col("phone", "电话", "Phone"),
               Col("address", "住址", "Address"), Col("community", "社区", "Community"),
               Col("occupation", "职业", "Occupation"), Col("notes", "备注", "Notes")],
    "consultations": [Col("received_at", "咨询时间", "Received at", "datetime", required=True),
                      Col("channel", "咨询方式", "Channel", "code", "channel", required=True),
                      *PERSON, Col("groups", "人群类别", "Groups", "codes", "group"),
                      Col("matter", "事项类别", "Matter", "code", "matter", required=True),
                      Col("question", "咨询问题", "Question", required=True), Col("advice", "解答意见", "Advice"),
                      Col("disposition", "处理方式", "Disposition", "code", "disposition"),
                      Col("referred_to", "转介单位", "Referred to", "code", "referral"),
                      Col("documents_drafted", "代写文书", "Documents drafted", "int")],
    "mediations": [Col("received_on", "受理日期", "Received on", "date", required=True),
                   Col("source", "案件来源", "Source", "code", "mediation_source"),
                   Col("dispute_type", "纠纷类型", "Dispute type", "code", "dispute_type"),
                   Col("title", "案由", "Title"),
                   Col("applicant", "申请人", "Applicant", required=True), Col("applicant_phone", "申请人电话", "Applicant phone"),
                   Col("applicant_id", "申请人身份证号", "Applicant ID number"),
                   Col("respondent", "被申请人", "Respondent", required=True),
                   Col("respondent_phone", "被申请人电话", "Respondent phone"),
                   Col("facts", "纠纷简要情况", "Facts"), Col("amount", "涉及金额", "Amount", "amount"),
                   Col("status", "调解状态", "Status", "choice", choices=MED_STATUS),
                   Col("concluded_on", "结案日期", "Concluded on", "date"),
                   Col("agreement_form", "协议形式", "Agreement form", "choice", choices=AGREEMENT),
                   Col("agreement_terms", "协议内容", "Agreement terms")],
    "aid": [Col("received_on", "受理日期", "Received on", "date", required=True),
            Col("applicant", "申请人", "Applicant", required=True), Col("phone", "电话", "Phone"),
            Col("id_number", "身份证号", "ID number"), Col("groups", "人群类别", "Groups", "codes", "group"),
            Col("case_type", "案件类型", "Case type", "code", "aid_case_type"),
            Col("cause", "案由", "Cause", "code", "matter"), Col("summary", "案情摘要", "Summary"),
            Col("forwarded_on", "转交日期", "Forwarded on", "date"),
            Col("decision", "审查决定", "Decision", "choice", choices=DECISIONS),
            Col("decision_on", "决定日期", "Decided on", "date"), Col("closed_on", "结案日期", "Closed on", "date"),
            Col("amount_recovered", "挽回经济损失", "Amount recovered", "amount")],
    "cards": [Col("issued_on", "发放日期", "Issued on", "date", required=True),
              Col("quantity", "数量", "Quantity", "int", required=True),
              Col("households", "户数", "Households", "int"), *PERSON,
              Col("recipient", "领取对象描述", "Recipients (description)"),
              Col("household_type", "户别", "Household type", "code", "household_type"),
              Col("channel", "发放渠道", "Channel", "code", "card_channel"),
              Col("community", "社区", "Community")],
    "publicity": [Col("held_on", "活动日期", "Held on", "date", required=True),
                  Col("format", "宣传形式", "Format", "code", "pub_format"),
                  Col("theme", "宣传主题", "Theme", "code", "pub_theme"),
                  Col("title", "活动名称", "Title", required=True), Col("place", "地点", "Place"),
                  Col("partners", "联合单位", "Partners"),
                  *[Col(k, zh, en, "int") for k, zh, en in (
                      ("staff", "出动人员", "Staff"), ("vehicles", "宣传车", "Vehicles"),
                      ("banners", "横幅", "Banners"), ("boards", "展板", "Boards"),
                      ("leaflets", "宣传资料", "Leaflets"), ("booklets", "手册", "Booklets"),
                      ("lectures", "讲座", "Lectures"), ("attendees", "受众", "Attendees"),
                      ("consulted", "现场咨询", "On-site consultations"),
                      ("questions", "解答问题", "Questions answered"), ("media", "媒体报道", "Media reports"))]],
    # a row a dispute found; a row with no dispute is a nil report; rows of the same date, area,
    # screener and method are one round
    "screening": [Col("held_on", "排查日期", "Held on", "date", required=True),
                  Col("area", "排查区域", "Area", "code", "screening_area", required=True),
                  Col("screener", "排查人", "Screened by"),
                  Col("method", "排查方式", "Method", "code", "screening_method"),
                  Col("description", "矛盾纠纷简要情况", "Dispute found (blank: nil report)"),
                  Col("parties", "当事人", "Parties (separate with 、)"),
                  Col("dispute_type", "纠纷类型", "Dispute type", "code", "dispute_type"),
                  Col("risk", "风险等级", "Risk level", "code", "screening_risk"),
                  Col("outcome", "处理情况", "What was done", "choice", choices=OUTCOMES),
                  Col("note", "备注", "Notes")],
}


# Columns recognised on import only (not in the template): a record's number, for duplicates.
EXTRA_COLUMNS: dict[str, list[Col]] = {k: [Col("number", "编号", "Number")] for k in ("consultations", "mediations", "aid")}
# kind -> (model, date field, what field): a row repeats a live record of the same person on
# the same day for the same thing (or of the same number).
DUPLICATES = {"consultations": (Consultation, "received_at", "matter"),
              "mediations": (MediationCase, "received_on", "dispute_type"),
              "aid": (AidApplication, "received_on", "cause"),
              "cards": (CardIssue, "issued_on", "quantity"),
              "publicity": (PublicityActivity, "held_on", "title")}


def _check_kind(kind: str) -> list[Col]:
    if kind not in COLUMNS:
        raise ValidationError("kind", f"unknown ledger kind {kind!r}", f"未知的台账类型“{kind}”")
    return COLUMNS[kind]


def _choices(col: Col, lang_index: int) -> list[str]:
    if col.choices:
        return [c[lang_index] for c in col.choices]
    if col.code_kind:
        if db.database is None or db.is_closed():
            # `aidstation import-template` needs no station: the shipped code tables.
            return [zh if lang_index == 1 else en for _code, zh, en in codes.DEFAULTS.get(col.code_kind, [])]
        return [e.label_zh if lang_index == 1 else e.label_en for e in codes.entries(col.code_kind)]
    return []


def write_template(kind: str, path: Path | str) -> Path:
    """An empty ledger: Chinese headers, English second row, drop-down lists for codes."""
    cols = _check_kind(kind)
    wb = new_workbook()
    ws = wb.active
    ws.title = KIND_LABELS[kind]
    lists = wb.create_sheet("代码")
    bold = Font(name=FONT_NAME, bold=True, size=10)
    fill = PatternFill("solid", fgColor="BFCFE0")
    list_col = 0
    for c, col in enumerate(cols, start=1):
        zh = put(ws, 1, c, col.zh + ("*" if col.required else ""))
        en = put(ws, 2, c, col.en)
        zh.font, zh.fill, en.fill = bold, fill, fill
        zh.alignment = en.alignment = Alignment(horizontal="center")
        ws.column_dimensions[get_column_letter(c)].width = max(12, len(col.en) + 4)
        values = _choices(col, 1)
        if values and col.type != "codes":
            list_col += 1
            letter = get_column_letter(list_col)
            put(lists, 1, list_col, col.zh)
            for r, text in enumerate(values, start=2):
                put(lists, r, list_col, text)
            ref = f"{quote_sheetname(lists.title)}!${letter}$2:${letter}${len(values) + 1}"
            dv = DataValidation(type="list", formula1=ref, allow_blank=True, showErrorMessage=False)
            dv.add(f"{get_column_letter(c)}3:{get_column_letter(c)}5000")
            ws.add_data_validation(dv)
        if col.type in ("date", "datetime"):
            put(ws, 2, c, f"{col.en} (YYYY-MM-DD{' HH:MM' if col.type == 'datetime' else ''})")
        if col.type == "codes":
            put(ws, 2, c, f"{col.en} (separate with 、)")
    lists.sheet_state = "hidden"
    ws.freeze_panes = "A3"
    path = Path(path)
    with atomic_path(path) as tmp:
        wb.save(tmp)
    return path


class Problem(NamedTuple):
    """One problem: the file's row (1-based; 0 for the file itself), the column (our Chinese
    name, "" for the row), what is wrong and what is expected ("English (中文)"), the cell's
    text as read, and the file's column (0-based) for the highlighted copy."""

    row: int
    column: str
    message: str
    value: str = ""
    expected: str = ""
    cell: int | None = None


@dataclass
class ImportReport:
    kind: str
    rows: int = 0
    written: int = 0
    people_matched: int = 0
    people_created: int = 0
    problems: list[Problem] = field(default_factory=list)
    dry_run: bool = False
    file_name: str = ""
    sha256: str = ""
    format: str = ""  # xlsx xls ods csv
    encoding: str = ""  # csv: utf-8, utf-8-sig, gb18030, utf-16
    header_rows: list[int] = field(default_factory=list)  # 1-based
    first_row: int = 0  # 1-based: the first data row
    stopped_at: tuple[int, str] | None = None  # (1-based row, its text): 合计 or a footer
    layout_key: str = ""
    columns: list[tuple[str, str, str, str]] = field(default_factory=list)  # (letter, title, key, how)
    unknown_values: dict[str, list[str]] = field(default_factory=dict)  # field key -> texts not understood
    duplicates: list[tuple[int, str]] = field(default_factory=list)  # (row, what it matches): skipped
    batch_id: int | None = None
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems and not self.cancelled

    def mapping_lines(self) -> list[str]:
        """How each column of the file was read, one line each (the report's mapping step)."""
        by_key = {c.key: c for c in COLUMNS.get(self.kind, []) + EXTRA_COLUMNS.get(self.kind, [])}
        lines = []
        for letter, title, key, how in self.columns:
            target = f"{by_key[key].zh} ({key})" if key in by_key else {
                "ignored": "not imported (不导入)", "duplicate": "not imported: a second column for the same field (重复列，不导入)",
            }.get(how, "not recognised: map it or it is not imported (无法识别，请指定对应字段)")
            lines.append(f"{letter} {title} -> {target}" + (" [mapping]" if how == "mapping" else ""))
        for key, texts in self.unknown_values.items():
            name = by_key[key].zh if key in by_key else key
            lines.append(f"{name}: values not understood (无法识别的取值): " + "、".join(texts[:20]))
        return lines


class _RowError(Exception):
    def __init__(self, column: str, message: str):
        super().__init__(message)
        self.column = column


def _shown(raw) -> str:
    """A cell's value as the report quotes it (short, printable)."""
    if raw is None:
        return ""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = raw.isoformat(sep=" ") if isinstance(raw, dt.datetime) else str(raw)
    text = "".join(ch if ch.isprintable() and not 0xD800 <= ord(ch) <= 0xDFFF else f"\\u{ord(ch):04x}"
                   for ch in text[:60])
    return text + ("…" if len(str(raw)) > 60 else "")


def _blank(raw) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def _memo_convert(memo: dict, col: Col, raw, lookups: dict):
    """_convert once per distinct (column, cell): ledgers repeat their codes, dates and people."""
    if isinstance(raw, str) and len(raw) > 200:
        return _convert(col, raw, lookups)
    key = (col.key, type(raw), raw)
    if key not in memo:
        try:
            memo[key] = (True, _convert(col, raw, lookups))
        except lv.CellProblem as exc:
            memo[key] = (False, exc)
    ok, value = memo[key]
    if not ok:
        raise value
    return list(value) if isinstance(value, list) else value


def _convert(col: Col, raw, lookups: dict):
    """The cell as the service takes it, or CellProblem."""
    if _blank(raw):
        return None
    if col.type == "date":
        return lv.parse_datetime(raw, with_time=False)
    if col.type == "datetime":
        return lv.parse_datetime(raw, with_time=True)
    if col.type == "int":
        return lv.parse_int(raw)
    if col.type == "amount":
        return lv.parse_amount(raw)
    if col.type == "bool":
        return lv.parse_bool(raw)
    if col.type in ("choice", "code", "codes"):
        lookup = lookups[col.key]
        text = lv.ascii_form(lv.clean(raw)) if not isinstance(raw, str) else lv.clean(raw)
        parts = [p.strip() for p in re.split(r"[、，,;；/\n]+", text)] if col.type == "codes" else [text]
        found = []
        for part in (p for p in parts if p):
            code = lookup.get(part)
            if code is None:
                noun = "value" if col.type == "choice" else "code"
                raise lv.CellProblem(f"unknown {noun} {part} ({'无法识别的取值' if col.type == 'choice' else '代码表中没有'}“{part}”)",
                                     lookup.expected())
            found.append(code)
        return found if col.type == "codes" else found[0]
    text = lv.clean(raw) if isinstance(raw, str) else lv.clean(_shown(raw))
    if col.key in ("phone", "applicant_phone", "respondent_phone", "id_number", "applicant_id"):
        text = lv.digits_only(lv.ascii_form(text), "the number", "号码")
    return text


# --- the people a ledger names: matched for the whole ledger at once ------------------------
# Per kind, the (name, phone, ID number) keys of each person a row names.
PERSON_KEYS: dict[str, list[tuple[str, str, str | None]]] = {
    "people": [("name", "phone", "id_number")],
    "consultations": [("name", "phone", "id_number")],
    "cards": [("name", "phone", "id_number")],
    "mediations": [("applicant", "applicant_phone", "applicant_id"), ("respondent", "respondent_phone", None)],
    "aid": [("applicant", "phone", "id_number")],
    "publicity": [],
    "screening": [],
}
CHUNK = 500  # rows (or IN values) per statement, well under SQLite's variable limit
PERSON_LIMITS = {"name": 60, "address": 200, "community": 60, "occupation": 60,
                 "notes": validation.NOTES_LIMIT}  # core.people's lengths (its _clean)


def _chunks(items: list, size: int = CHUNK):
    for i in range(0, len(items), size):
        yield items[i:i + size]


class _New:
    """A record this import inserts with its batch; `id` is set when it is inserted."""

    __slots__ = ("groups", "id", "values")

    def __init__(self, values: dict, groups=()):
        self.values, self.groups, self.id = values, list(groups), None


class _People:
    """Match by ID number, then name + phone (DESIGN §10): the station's people are read for
    every number and name in the ledger in a few queries, and those the import creates join."""

    def __init__(self, kind: str, rows: list[dict]):
        self._checked: dict[tuple, object] = {}  # (check, text) -> result or ValidationError
        numbers, names = set(), set()
        for values in rows:
            for name_key, _phone_key, id_key in PERSON_KEYS[kind]:
                if id_key and values.get(id_key):
                    try:
                        numbers.add(self.resident_id(values[id_key]).number)
                    except ValidationError:
                        pass  # reported when its row is written
                if values.get(name_key):
                    names.add(values[name_key])
        self.by_number: dict[str, object] = {}
        self.deleted_numbers: set[str] = set()
        self.by_name_phone: dict[tuple[str, str], object] = {}
        for chunk in _chunks(sorted(numbers)):
            for p in Person.select().where(Person.id_number.in_(chunk)):
                if p.deleted_at is None:
                    self.by_number[p.id_number] = p
                else:
                    self.deleted_numbers.add(p.id_number)
        for chunk in _chunks(sorted(names)):
            for p in Person.live().where(Person.name.in_(chunk)).order_by(Person.id):
                self.by_name_phone.setdefault((p.name, p.phone), p)

    def _check(self, function, value):
        """function(str(value), field), once per distinct value: ledgers repeat their people."""
        key = (function, str(value))
        if key not in self._checked:
            try:
                self._checked[key] = function(str(value), "id_number" if function is validation.resident_id else "phone")
            except ValidationError as exc:
                self._checked[key] = exc
        result = self._checked[key]
        if isinstance(result, ValidationError):
            raise result
        return result

    def resident_id(self, value) -> validation.ResidentId:
        return self._check(validation.resident_id, value)

    def phone(self, value) -> str:
        return self._check(validation.phone, value)

    def find(self, name, phone, id_number):
        """The person a row names if the station (or this import) has them: no count, no error."""
        try:
            if id_number:
                found = self.by_number.get(self.resident_id(id_number).number)
                if found is not None:
                    return found
            if name and phone:
                return self.by_name_phone.get((name, self.phone(phone)))
        except ValidationError:
            return None
        return None

    def add(self, person, name: str, phone: str, number: str | None) -> None:
        if number:
            self.by_number.setdefault(number, person)
        if name and phone:
            self.by_name_phone.setdefault((name, phone), person)

    def match(self, report: ImportReport, name, phone, id_number, column: str | None):
        """(the person found or None, the phone normalised). A bad ID number or phone is a
        _RowError in `column`, or the ValidationError itself when `column` is None."""
        def bad(exc: ValidationError):
            if column is None:
                raise exc
            raise _RowError(column, f"{exc.message} ({exc.message_zh})") from None

        if id_number:
            try:
                number = self.resident_id(id_number).number
            except ValidationError as exc:
                bad(exc)
            found = self.by_number.get(number)
            if found is not None:
                report.people_matched += 1
                return found, phone
        if phone:
            try:
                phone = self.phone(phone)
            except ValidationError as exc:
                bad(exc)
            found = self.by_name_phone.get((name, phone))
            if found is not None:
                report.people_matched += 1
                return found, phone
        return None, phone


def _person_values(fields: dict, found: _People) -> dict | None:
    """What people.create stores for `fields`, or None when it might refuse them (it then
    runs, so the problem reads as the service words it)."""
    out: dict = {}
    try:
        for key, value in fields.items():
            if key == "gender":
                gender = validation.text_value(value, key).upper()
                gender = {"男": "M", "女": "F"}.get(value or "", gender)
                if gender not in ("M", "F", ""):
                    return None
                out[key] = gender
            elif key == "phone":
                out[key] = found.phone(value) if value else ""
            elif key in PERSON_LIMITS:
                out[key] = validation.free_text(value, key, max_length=PERSON_LIMITS[key], required=key == "name")
            elif key != "id_number":
                return None
        text = validation.text_value(fields.get("id_number"), "id_number")
        if "id_number" in fields:
            out["id_number"] = None
        if text:
            rid = found.resident_id(text)
            if rid.number in found.deleted_numbers:
                return None
            out.update(id_number=rid.number, birth_date=rid.birth_date, gender=rid.gender)
    except ValidationError:
        return None
    return out if "name" in out else None


@dataclass
class _Import:
    """One import's state: who imports, what it found, and what it will insert at the end."""

    kind: str
    user: object
    report: ImportReport
    people: _People
    new_people: list[_New] = field(default_factory=list)
    rows: list[_New] = field(default_factory=list)  # the kind's own records (batch writers)
    events: list[tuple[str, object, list[str]]] = field(default_factory=list)  # (entity, record, fields)
    pinyin: dict[str, str] = field(default_factory=dict)  # name -> Person.name_pinyin
    rounds: dict = field(default_factory=dict)  # screening: (date, area, screener, method) -> round

    def person(self, name, phone, id_number, column: str, *, batch: bool):
        """The person a row names: matched, or created (by people.create, or with the batch)."""
        if not name:
            return None
        found, phone = self.people.match(self.report, name, phone, id_number, column)
        if found is not None:
            return found
        return self.new_person({"name": name, "phone": phone or "", "id_number": id_number or ""}, batch=batch)

    def new_person(self, fields: dict, *, batch: bool):
        from aidstation.core import people

        values = _person_values(fields, self.people) if batch else None
        if values is None:
            person = people.create(user=self.user, confirm_duplicate=True, **fields)
            self.people.add(person, person.name, person.phone, person.id_number)
        else:
            if values["name"] not in self.pinyin:
                self.pinyin[values["name"]] = people.pinyin_of(values["name"])
            person = _New({**values, "name_pinyin": self.pinyin[values["name"]]})
            self.new_people.append(person)
            self.events.append(("Person", person, sorted(values)))
            self.people.add(person, values["name"], values.get("phone", ""), values.get("id_number"))
        self.report.people_created += 1
        return person


def _letter(index: int) -> str:
    return get_column_letter(index + 1)


def _lookups(cols: list[Col], mapped: dict, values_map: dict) -> dict:
    """A Lookup per code or choice column: codes, labels, shipped synonyms, the administrator's
    words and the file's own mapping (values_map: field key -> {text: code})."""
    from aidstation.core import imports
    from aidstation.core.models import Code

    admin = imports.synonyms()
    kinds = sorted({col.code_kind for col in mapped.values() if col.code_kind})
    tables = codes.lookup_tables(kinds)  # the code tables, read once
    active: dict[str, list] = {kind: [] for kind in kinds}
    if kinds:
        for c in Code.select().where(Code.kind.in_(kinds) & Code.active).order_by(Code.sort, Code.id):
            active[c.kind].append((c.code, c.label_zh, c.label_en))
    out = {}
    for col in mapped.values():
        if col.choices:
            out[col.key] = lv.Lookup(list(col.choices), lv.CHOICE_SYNONYMS.get(col.key, {}),
                                     values_map.get(col.key, {}))
        elif col.code_kind:
            out[col.key] = lv.Lookup(active[col.code_kind], lv.SYNONYMS.get(col.code_kind, {}),
                                     admin.get(col.code_kind, {}), values_map.get(col.key, {}),
                                     table=tables[col.code_kind])
    return out


PHONE_KEYS = ("phone", "applicant_phone", "respondent_phone")
ID_KEYS = ("id_number", "applicant_id")


class _Checks:
    """ID numbers and phones checked once per distinct text, before any row is written, so
    each problem is on its own column (not the name's), together with the row's others."""

    def __init__(self):
        self.seen: dict[tuple[str, str], str | None] = {}

    def problem(self, key: str, text: str) -> tuple[str, str] | None:
        if (key, text) not in self.seen:
            check = validation.resident_id if key in ID_KEYS else validation.phone
            try:
                check(text, key)
                self.seen[(key, text)] = None
            except ValidationError as exc:
                self.seen[(key, text)] = f"{exc.message} ({exc.message_zh})"
            except Exception as exc:  # noqa: BLE001 - whatever the text, a problem, not a crash
                self.seen[(key, text)] = f"cannot be read ({type(exc).__name__}) (无法识别)"
        message = self.seen[(key, text)]
        if message is None:
            return None
        expected = ("18 characters: 17 digits and a digit or X (18位：17位数字加1位数字或X)" if key in ID_KEYS else
                    "a mobile of 11 digits, or a landline with its area code (11位手机号或带区号的固定电话)")
        return message, expected


def _existing(kind: str, parsed: list[tuple[int, dict]]) -> dict:
    """What the ledger's rows could duplicate: the numbers, and (person, day, matter) keys of the
    live records over the ledger's dates (one query each)."""
    spec = DUPLICATES.get(kind)
    out = {"numbers": set(), "keys": set()}
    if spec is None:
        return out
    model, date_key, _what = spec
    days = [v[date_key] for _r, v in parsed if v.get(date_key) is not None]
    numbers = [v["number"] for _r, v in parsed if v.get("number")]
    if hasattr(model, "number") and numbers:
        for chunk in _chunks(sorted(set(numbers))):
            out["numbers"] |= {n for (n,) in model.select(model.number).where(
                model.number.in_(chunk) & model.deleted_at.is_null()).tuples()}
    if not days:
        return out
    low = min(d.date() if isinstance(d, dt.datetime) else d for d in days)
    high = max(d.date() if isinstance(d, dt.datetime) else d for d in days)
    if model is Consultation:
        query = (Consultation.select(Consultation.person, Consultation.received_at, Consultation.matter)
                 .where(Consultation.deleted_at.is_null() & Consultation.person.is_null(False)
                        & (Consultation.received_at >= dt.datetime.combine(low, dt.time()))
                        & (Consultation.received_at < dt.datetime.combine(high + dt.timedelta(days=1), dt.time()))))
        out["keys"] = {(p, (at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(str(at))).date(), m)
                       for p, at, m in query.tuples()}
    elif model is MediationCase:
        from aidstation.core.models import MediationParty

        query = (MediationParty.select(MediationParty.person, MediationCase.received_on, MediationCase.dispute_type)
                 .join(MediationCase).where(MediationParty.role == "applicant", MediationCase.deleted_at.is_null(),
                                            MediationCase.received_on.between(low, high)))
        out["keys"] = set(query.tuples())
    elif model is AidApplication:
        query = AidApplication.select(AidApplication.applicant, AidApplication.received_on, AidApplication.cause).where(
            AidApplication.deleted_at.is_null(), AidApplication.received_on.between(low, high))
        out["keys"] = set(query.tuples())
    elif model is CardIssue:
        query = CardIssue.select(CardIssue.person, CardIssue.issued_on, CardIssue.quantity).where(
            CardIssue.deleted_at.is_null(), CardIssue.person.is_null(False), CardIssue.issued_on.between(low, high))
        out["keys"] = set(query.tuples())
    elif model is PublicityActivity:
        query = PublicityActivity.select(PublicityActivity.held_on, PublicityActivity.title).where(
            PublicityActivity.deleted_at.is_null(), PublicityActivity.held_on.between(low, high))
        out["keys"] = {(None, d, t) for d, t in query.tuples()}
    return out


def _duplicate(kind: str, state, values: dict, existing: dict) -> str | None:
    """What an existing record this row repeats, or None."""
    spec = DUPLICATES.get(kind)
    if spec is None:
        return None
    number = values.get("number")
    if number and number in existing["numbers"]:
        return f"number {number} is already recorded (编号 {number} 已有记录)"
    _model, date_key, what_key = spec
    day = values.get(date_key)
    if day is None:
        return None
    day = day.date() if isinstance(day, dt.datetime) else day
    what = values.get(what_key) or {"dispute_type": "other", "cause": ""}.get(what_key)
    if kind == "publicity":
        return "the same activity on the same day is already recorded (同日同名活动已有记录)" if (
            None, day, what) in existing["keys"] else None
    name_key, phone_key, id_key = PERSON_KEYS[kind][0]
    person = state.people.find(values.get(name_key), values.get(phone_key), values.get(id_key) if id_key else None)
    if person is None or getattr(person, "id", None) is None or isinstance(person, _New):
        return None
    if (person.id, day, what) in existing["keys"]:
        return (f"{person.name}: a record of {day.isoformat()} for the same matter already exists "
                f"({person.name} {day.isoformat()} 同一事项已有记录)")
    return None


# Fields a service names that are no column: the column the clerk corrects instead.
FIELD_COLUMNS = {"reply_due": "disposition", "person": "name", "anonymous": "name", "parties": "applicant",
                 "applicant_id": "applicant_id", "quantity": "quantity"}


def _problems_of(exc: ValidationError, cols: list[Col]) -> list[tuple[str, str]]:
    """(column, message) for each field a service refused."""
    names = {c.key: c.zh for c in cols}
    for field_name, key in FIELD_COLUMNS.items():
        if key in names:
            names.setdefault(field_name, names[key])
    return [(names.get(e.field, e.field if e.field in {c.zh for c in cols} else ""), f"{e.message} ({e.message_zh})")
            for e in getattr(exc, "errors", [exc])]


def read_layout(kind: str, path: Path | str, mapping: dict | None = None):
    """(table, layout, saved mapping) of a ledger file, or UnsafeWorkbook."""
    from aidstation.core import imports

    cols = _check_kind(kind)
    table = read_table(path)
    saved = {"columns": {}, "values": {}}
    probe = find_layout(table, cols, None, extra=EXTRA_COLUMNS.get(kind, []))
    if probe.key:
        stored = imports.layout(probe.key) if db.database is not None and not db.is_closed() else None
        for part in ("columns", "values"):
            saved[part].update((stored or {}).get(part) or {})
            saved[part].update((mapping or {}).get(part) or {})
    layout = find_layout(table, cols, saved, extra=EXTRA_COLUMNS.get(kind, [])) if saved["columns"] else probe
    return table, layout, saved


def import_ledger(kind: str, path: Path | str, *, user, dry_run: bool = False, progress=None,
                  mapping: dict | None = None, remember: bool = False, cancelled=None,
                  marked_copy: Path | str | None = None) -> ImportReport:
    """Read and write the ledger, all or nothing; see the module docstring. Every record is
    written and audited as `user` (the command line passes `records.system("import")`).
    `progress(done, total)`, when given, is called as the rows are checked and written;
    `cancelled()`, when it returns True, stops the import with nothing written.

    `mapping` ({"columns": {file title: field key or ""}, "values": {field key: {text: code}}})
    adds to the mapping saved for this file layout; `remember` saves it once the import is done.
    `marked_copy`: where to write the ledger with its problem cells highlighted (when any)."""
    from aidstation.core import imports

    records.require_user(user)
    cols = _check_kind(kind)
    report = ImportReport(kind, dry_run=dry_run, file_name=Path(path).name)
    try:
        table, layout, saved = read_layout(kind, path, mapping)
    except UnsafeWorkbook as exc:
        report.problems.append(Problem(0, "", f"{exc} ({exc.zh})"))
        return report
    report.sha256, report.format, report.encoding = table.sha256, table.format, table.encoding
    previous = imports.find_batch(table.sha256)
    if previous is not None:
        english, chinese = imports.already_imported(previous)
        report.problems.append(Problem(0, "", f"{english} ({chinese})"))
        return report
    if not layout.header_rows:
        names = "、".join(c.zh for c in cols if c.required)
        report.problems.append(Problem(0, "", f"no header row found in the first rows: the columns are named "
                                              f"{', '.join(c.zh for c in cols[:4])}… (找不到表头行；必填列：{names})"))
        return report
    mapped = layout.mapping()
    report.header_rows = [r + 1 for r in layout.header_rows]
    report.first_row = layout.first_data + 1
    report.layout_key = layout.key
    report.columns = [(_letter(m.index), m.title, m.col.key if m.col is not None else "", m.how)
                      for m in layout.columns]
    if layout.stopped_at is not None:
        report.stopped_at = (layout.stopped_at[0] + 1, layout.stopped_at[1])
    header_row = report.header_rows[-1]
    for col in cols:
        if col.required and col not in mapped.values():
            report.problems.append(Problem(header_row, col.zh, "required column missing (缺少必填列)", "",
                                           f"a column headed {col.zh} or {col.en}, or a mapping (标题为“{col.zh}”的列，或指定对应列)"))
    data: list[tuple[int, list]] = []
    for r in range(layout.first_data, layout.end):
        row = table.rows[r]
        if all(_blank(v) for v in row):
            continue
        data.append((r + 1, row))
        if len(data) > MAX_ROWS:
            report.problems.append(Problem(r + 1, "", f"more than {MAX_ROWS} rows (行数过多)"))
            break
    report.rows = len(data)
    if report.problems:
        _finish_report(report, table, layout, marked_copy)
        return report
    lookups = _lookups(cols, mapped, saved.get("values") or {})
    where = {col.key: i for i, col in mapped.items()}
    checks = _Checks()
    parsed: list[tuple[int, dict]] = []
    unknown: dict[str, list[str]] = {}
    memo: dict = {}
    for r, row in data:
        values: dict = {}
        found: list[Problem] = []
        for i, col in mapped.items():
            raw = row[i] if i < len(row) else None
            try:
                values[col.key] = _memo_convert(memo, col, raw, lookups)
            except lv.CellProblem as exc:
                found.append(Problem(r, col.zh, exc.message, _shown(raw), exc.expected, i))
                values[col.key] = _BAD
                if col.key in lookups and exc.message.startswith("unknown"):
                    texts = unknown.setdefault(col.key, [])
                    if len(texts) < 50 and _shown(raw) not in texts:
                        texts.append(_shown(raw))
            except Exception as exc:  # noqa: BLE001 - any cell gives a problem, never a crash
                found.append(Problem(r, col.zh, f"cannot be read ({type(exc).__name__}) (无法识别)", "", "", i))
                values[col.key] = _BAD
        for col in cols:
            if col.required and values.get(col.key) is None:
                found.append(Problem(r, col.zh, "this field is required (此项为必填)", "", "a value (必填)",
                                     where.get(col.key)))
        for key in PHONE_KEYS + ID_KEYS:
            text = values.get(key)
            if isinstance(text, str) and text:
                bad = checks.problem(key, text)
                if bad is not None:
                    col = mapped[where[key]]
                    found.append(Problem(r, col.zh, bad[0], _shown(text), bad[1], where[key]))
        if found:
            report.problems.extend(found)
            continue
        parsed.append((r, {k: v for k, v in values.items() if k != "number" or kind in DUPLICATES}))
    report.unknown_values = unknown
    batch = BATCHED.get(kind)
    writer = batch[0] if batch else WRITERS[kind]
    step = max(1, len(parsed) // 100)  # about a hundred reports, whatever the size
    column_index = {col.zh: i for i, col in mapped.items()}
    with atomic() as txn:  # BEGIN IMMEDIATE; its commit announces what was written (core/changes.py)
        before = imports.high_water()
        state = _Import(kind, user, report, _People(kind, [v for _r, v in parsed]))
        existing = _existing(kind, parsed)
        for done, (r, values) in enumerate(parsed):
            if progress is not None and done % step == 0:
                progress(done, len(parsed))
            if cancelled is not None and done % 50 == 0 and cancelled():
                report.cancelled = True
                break
            try:
                repeated = _duplicate(kind, state, values, existing)
                if repeated is not None:
                    report.duplicates.append((r, repeated))
                    continue
                values.pop("number", None)
                writer(state, values)
                report.written += 1
            except _RowError as exc:
                report.problems.append(Problem(r, exc.column, str(exc), "", "", column_index.get(exc.column)))
            except ValidationError as exc:
                for column, message in _problems_of(exc, cols):
                    report.problems.append(Problem(r, column, message, "", "", column_index.get(column)))
            except peewee.OperationalError:
                raise  # the database itself (locked, full): not the row's fault
            except Exception as exc:  # noqa: BLE001 - a row the services choke on is that row's problem
                report.problems.append(Problem(r, "", f"cannot be imported ({type(exc).__name__}: {str(exc)[:100]}) "
                                                      "(无法导入该行)"))
        if batch and not report.problems and not report.cancelled:
            batch[1](state)
        if report.problems or dry_run or report.cancelled:
            txn.rollback()
            changes.discard()  # nothing was written, so nothing to announce
            if report.problems or report.cancelled:
                report.written = 0
        else:
            record_event(user, "import", kind, None, detail=f"{Path(path).name} {report.written} rows")
            filed = imports.record_batch(
                kind=kind, file_name=Path(path).name, sha256=table.sha256, user=user, rows=report.written,
                skipped=len(report.duplicates), before=before)
            report.batch_id = filed.id if filed is not None else None
    if not dry_run and report.ok and remember and layout.key and (saved["columns"] or saved["values"]):
        imports.save_layout(layout.key, kind, saved, user=user)
    if report.written and not dry_run and report.ok:
        optimize()  # thousands of new rows: the planner's statistics are stale
    if progress is not None and not report.cancelled:
        progress(len(parsed), len(parsed))
    report.problems.sort(key=lambda p: (p.row, p.cell if p.cell is not None else 10_000))
    _finish_report(report, table, layout, marked_copy)
    return report


_BAD = object()  # a cell that could not be read (reported): not "empty"


def _finish_report(report: ImportReport, table, layout, marked_copy) -> None:
    if marked_copy is not None and report.problems:
        from aidstation.excel.ledger_marks import write_marked

        write_marked(marked_copy, table, layout, report)


# --- batched writes: the values the services would store, inserted many rows a statement ----
def _insert_rows(model, rows: list[dict]) -> None:
    """Rows (all with the same keys) in multi-row INSERTs: peewee's insert_many builds a query
    node for every value, which costs more than reading the ledger (seconds for 10,000 rows).
    Values are converted by their fields (db_value), as peewee would."""
    if not rows:
        return
    names = list(rows[0])
    fields = [model._meta.fields[name] for name in names]
    columns = ", ".join('"' + f.column_name + '"' for f in fields)
    head = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES '
    group = "(" + ", ".join([db.param] * len(fields)) + ")"
    for chunk in _chunks(rows, max(1, min(CHUNK, 30_000 // len(fields)))):  # SQLite allows 32,766 values
        params = [f.db_value(row[name]) for row in chunk for name, f in zip(names, fields)]
        db.execute_sql(head + ", ".join([group] * len(chunk)), params)


def _insert(model, new: list[_New], extra=lambda n: {}) -> None:
    """Insert the records with ids of their own (the transaction is IMMEDIATE: nobody else
    writes), so the rows that name them can be inserted next."""
    if not new:
        return
    top = model.select(model.id).order_by(model.id.desc()).limit(1).scalar() or 0
    for i, n in enumerate(new, start=top + 1):
        n.id = i
    _insert_rows(model, [{"id": n.id, **n.values, **extra(n)} for n in new])


def _audit_batch(user, events: list[tuple[str, object, list[str]]]) -> None:
    """One `create` audit event per record, in the ledger's order, continuing the hash chain
    exactly as audit.record_event does one at a time."""
    from types import SimpleNamespace

    from aidstation.core import audit

    last = AuditEvent.select(AuditEvent.hash).order_by(AuditEvent.id.desc()).first()
    prev = last.hash if last else ""
    at, rows = now(), []
    for entity, record, names in events:
        event = SimpleNamespace(at=at, username=user.username, action="create", entity=entity,
                                entity_id=record.id, fields=",".join(names), detail="", prev_hash=prev)
        event.hash = prev = audit._digest(prev, event)
        rows.append(vars(event))
    _insert_rows(AuditEvent, rows)


def _write_people(state: _Import) -> None:
    """The people the batch creates, as people.create stores them."""
    by, when = records.actor_id(state.user), now()
    stamp = {"created_by": by, "updated_by": by, "created_at": when, "updated_at": when}
    defaults = {"gender": "", "ethnicity": "", "birth_date": None, "id_number": None, "phone": "",
                "address": "", "community": "", "occupation": "", "notes": "", "deleted_at": None}
    _insert(Person, state.new_people, lambda n: {**defaults, **n.values, **stamp})
    if state.new_people:
        changes.note("Person")


def _finish(state: _Import) -> None:
    _write_people(state)
    _audit_batch(state.user, state.events)


def _people_row(state: _Import, v: dict) -> None:
    found, _phone = state.people.match(state.report, v.get("name"), v.get("phone"), v.get("id_number"), None)
    if found is None:
        state.new_person({k: (val or "") for k, val in v.items()}, batch=True)


CONSULTATION_KEYS = ("received_at", "channel", "matter", "question", "advice", "disposition", "referred_to",
                     "documents_drafted")


def _consultation_row(state: _Import, v: dict) -> None:
    """A consultation as consultations.record stores a ledger row. A row it might refuse is put
    to it (in a savepoint, always rolled back) so the problem reads as the service words it."""
    from aidstation.core import consultations

    person = state.person(v.get("name"), v.get("phone"), v.get("id_number"), "姓名", batch=True)
    fields = {k: v[k] for k in CONSULTATION_KEYS if v.get(k) is not None}
    groups = list(dict.fromkeys(v.get("groups") or ()))
    disposition = fields.get("disposition", "answered")
    received = fields["received_at"].replace(microsecond=0, tzinfo=None)
    try:
        question = validation.text_value(fields["question"], "question")
        advice = validation.text_value(fields["advice"], "advice") if "advice" in fields else None
    except ValidationError:
        question = advice = None
    drafted = fields.get("documents_drafted")
    if (question is None or not question or len(question) > 4000 or (advice and len(advice) > 4000)
            or not validation.EARLIEST <= received.date() <= validation.LATEST or received > now()
            or disposition == "appointment" or (disposition == "referred" and not fields.get("referred_to"))
            or (drafted is not None and drafted > 100)):
        with db.atomic() as savepoint:
            consultations.record(user=state.user, groups=groups, person=None, anonymous=True,
                                 from_ledger=True, **fields)
            savepoint.rollback()  # it would save: the checks above were only cautious
    by = records.actor_id(state.user)
    values = {"received_at": received, "channel": fields["channel"], "person": person,
              "anonymous": person is None, "identity_refused": False, "matter": fields["matter"],
              "question": question, "advice": advice or "", "disposition": disposition,
              "referred_to": fields.get("referred_to") or "",
              "reply_due": consultations.auto_reply_due(fields["channel"], received.date()),
              "answered_at": None, "documents_drafted": drafted or 0, "clerk": by, "minutes": 0,
              "mediation_case": None, "aid_application": None}
    audited = {"anonymous", "person", "received_at", "channel", "matter", "question", "disposition",
               "referred_to", "reply_due", "clerk"} | ({"advice"} if "advice" in fields else set()) | (
        {"documents_drafted"} if drafted is not None else set()) | ({"groups"} if groups else set())
    row = _New(values, groups)
    state.rows.append(row)
    state.events.append(("Consultation", row, sorted(audited)))


def _write_consultations(state: _Import) -> None:
    """Numbers (YYYYMMDDNN, the day's sequence after the numbers already there, in the ledger's
    order), then people, consultations, their groups and the audit events."""
    from aidstation.core.reporting import submissions

    _write_people(state)
    if state.rows:
        days = sorted({n.values["received_at"].date() for n in state.rows})
        low, high = days[0].strftime("%Y%m%d"), days[-1].strftime("%Y%m%d") + ":"
        last: dict[str, int] = {}
        for (number,) in (Consultation.select(Consultation.number)
                          .where((Consultation.number >= low) & (Consultation.number < high)).tuples()):
            if number[8:].isdigit():
                last[number[:8]] = max(last.get(number[:8], 0), int(number[8:]))
        by, when = records.actor_id(state.user), now()
        for n in state.rows:
            prefix = n.values["received_at"].strftime("%Y%m%d")
            last[prefix] = last.get(prefix, 0) + 1
            n.values.update(number=f"{prefix}{last[prefix]:02d}", created_by=by, updated_by=by,
                            created_at=when, updated_at=when, deleted_at=None)
        _insert(Consultation, state.rows,
                lambda n: {"person": n.values["person"].id if n.values["person"] is not None else None})
        _insert_rows(ConsultationGroup, [{"consultation": n.id, "group": g} for n in state.rows for g in n.groups])
        months = {d.replace(day=1) for d in days}
        submissions.note_dates(sorted(months))  # flags a month already sent
        changes.note("Consultation")
    _audit_batch(state.user, state.events)


# --- one row at a time, through the services -----------------------------------------------
def _people(state, v):
    from aidstation.core import people

    found, _phone = state.people.match(state.report, v.get("name"), v.get("phone"), v.get("id_number"), None)
    if found is None:
        person = people.create(user=state.user, confirm_duplicate=True, **{k: (val or "") for k, val in v.items()})
        state.people.add(person, person.name, person.phone, person.id_number)
        state.report.people_created += 1


def _consultation(state, v):
    from aidstation.core import consultations

    person = state.person(v.get("name"), v.get("phone"), v.get("id_number"), "姓名", batch=False)
    fields = {k: v[k] for k in CONSULTATION_KEYS if v.get(k) is not None}
    consultations.record(user=state.user, groups=v.get("groups") or (), person=person,
                         anonymous=person is None, from_ledger=True, **fields)


def _person(state, name, phone, id_number, column):
    return state.person(name, phone, id_number, column, batch=False)


def _mediation(state, v):
    from aidstation.core import mediation
    from aidstation.core.models import MediationCase

    applicant = _person(state, v["applicant"], v.get("applicant_phone"), v.get("applicant_id"), "申请人")
    respondent = _person(state, v["respondent"], v.get("respondent_phone"), None, "被申请人")
    case = mediation.open_case(user=state.user, received_on=v["received_on"],
                               parties=[(applicant, "applicant"), (respondent, "respondent")],
                               source=v.get("source") or "party", dispute_type=v.get("dispute_type") or "other",
                               title=v.get("title") or "", facts=v.get("facts") or "",
                               amount=v.get("amount") or 0)
    status = v.get("status") or "received"
    concluded = v.get("concluded_on")
    if status in ("succeeded", "failed", "suspended", "withdrawn"):
        # A past case from a paper ledger: its outcome is recorded as it was, not re-run through
        # today's dossier rules.
        if concluded is None:
            raise _RowError("结案日期", "a concluded case needs its conclusion date (已结案件须填结案日期)")
        if concluded < v["received_on"] or concluded > dt.date.today():
            raise _RowError("结案日期", "conclusion date out of range (结案日期不合理)")
        form = v.get("agreement_form") or ""
        if status == "succeeded" and not form:
            raise _RowError("协议形式", "a succeeded case needs the agreement form (调解成功须填协议形式)")
        if form and status != "succeeded":
            raise _RowError("协议形式", "only a succeeded case has an agreement (仅调解成功的案件有调解协议)")
        MediationCase.update(status=status, concluded_on=concluded, agreement_form=form,
                             agreement_on=concluded if form else None,
                             agreement_terms=v.get("agreement_terms") or "").where(
            MediationCase.id == case.id).execute()
    elif status == "in_progress":
        MediationCase.update(status="in_progress").where(MediationCase.id == case.id).execute()


def _aid(state, v):
    from aidstation.core import legalaid
    from aidstation.core.models import AidApplication

    applicant = _person(state, v["applicant"], v.get("phone"), v.get("id_number"), "申请人")
    app = legalaid.receive(user=state.user, groups=v.get("groups") or (), applicant=applicant,
                           received_on=v["received_on"], case_type=v.get("case_type") or "civil",
                           cause=v.get("cause") or "", summary=v.get("summary") or "")
    changes: dict = {}
    order = [("forwarded_on", "转交日期"), ("decision_on", "决定日期"), ("closed_on", "结案日期")]
    last = v["received_on"]
    for key, label in order:
        day = v.get(key)
        if day is not None:
            if day < last or day > dt.date.today():
                raise _RowError(label, "date out of order (日期先后不合理)")
            changes[key] = last = day
    decision = v.get("decision") or "pending"
    if decision != "pending":
        if v.get("decision_on") is None:
            raise _RowError("决定日期", "a decision needs its date (审查决定须填决定日期)")
        changes["decision"] = decision
    elif v.get("decision_on") is not None:
        raise _RowError("审查决定", "a decision date needs the decision (填了决定日期须填审查决定)")
    if v.get("closed_on") is not None and decision != "granted":
        raise _RowError("结案日期", "only a granted application is closed (仅给予援助的案件才有结案日期)")
    if v.get("amount_recovered") is not None:
        changes["amount_recovered"] = v["amount_recovered"]
    if changes:
        AidApplication.update(**changes).where(AidApplication.id == app.id).execute()


def _card(state, v):
    from aidstation.core import cards

    person = _person(state, v.get("name"), v.get("phone"), v.get("id_number"), "姓名")
    cards.issue(user=state.user, issued_on=v["issued_on"], quantity=v["quantity"], person=person,
                recipient=v.get("recipient") or "", households=v.get("households") or 1,
                household_type=v.get("household_type") or "", community=v.get("community") or "",
                channel=v.get("channel") or "window", allocate=False)


def _activity(state, v):
    from aidstation.core import publicity

    fields = {k: val for k, val in v.items() if val is not None}
    publicity.create_activity(user=state.user, **fields)


def _screening(state, v):
    from aidstation.core import screening
    from aidstation.core.models import Staff

    screener = None
    if v.get("screener"):
        screener = Staff.live().where(Staff.name == v["screener"]).first()
        if screener is None:
            raise _RowError("排查人", f"no staff member {v['screener']} (没有工作人员“{v['screener']}”)")
    key = (v["held_on"], v["area"], screener.id if screener else None, v.get("method") or "visit")
    items = []
    if v.get("description"):
        parties = [p.strip() for p in re.split(r"[、，,;；/]+", v.get("parties") or "") if p.strip()]
        items.append(screening.ItemInput(v["description"], v.get("dispute_type") or "other", v.get("risk") or "blue",
                                         v.get("outcome") or "watched", parties=parties))
    elif any(v.get(k) for k in ("parties", "dispute_type", "risk", "outcome")):
        raise _RowError("矛盾纠纷简要情况", "describe the dispute, or leave the row's dispute columns empty for a "
                                           "nil report (请填写纠纷简要情况；零报告不填纠纷各列)")
    rnd = state.rounds.get(key)
    try:
        if rnd is None:
            state.rounds[key] = screening.record_round(user=state.user, held_on=v["held_on"], area=v["area"],
                                                       method=key[3], screener=screener, note=v.get("note") or "",
                                                       items=items)
        elif items:
            screening.add_item(rnd, items[0], user=state.user)
    except ValidationError as exc:  # the service names an item's field items.<row>.<field>: the column's key
        errors = [ValidationError(e.field.rpartition(".")[2], e.message.partition(": ")[2] or e.message,
                                  e.message_zh.partition("：")[2] or e.message_zh)
                  for e in getattr(exc, "errors", [exc])]
        raise (errors[0] if len(errors) == 1 else ValidationErrors(errors)) from None


# Kinds written in batches: (check a row, then write them all); the others row by row.
BATCHED = {"people": (_people_row, _finish), "consultations": (_consultation_row, _write_consultations)}
WRITERS = {"people": _people, "consultations": _consultation, "mediations": _mediation, "aid": _aid,
           "cards": _card, "publicity": _activity, "screening": _screening}
