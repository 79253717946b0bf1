"""Import of existing Excel ledgers (DESIGN §10): empty templates, and all-or-nothing import.

`write_template(kind, path)` writes a ledger with Chinese headers, an English second header
row and drop-down lists for coded columns. `import_ledger(kind, path, user=..., dry_run=...)`
reads one (as an untrusted workbook), matches people by ID number, then name + phone, and
writes every row through the area services inside ONE transaction: any bad row means nothing
is written, and the report names each row, column and problem.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from aidstation.core import changes, codes, records, validation
from aidstation.core.audit import record_event
from aidstation.core.db import db, optimize
from aidstation.core.files import atomic_path
from aidstation.core.models import Person
from aidstation.core.validation import ValidationError
from aidstation.excel.book import FONT_NAME, new_workbook, put
from aidstation.excel.safety import UnsafeWorkbook, open_untrusted

KINDS = ("people", "consultations", "mediations", "aid", "cards", "publicity")
KIND_LABELS = {"people": "人员", "consultations": "咨询登记", "mediations": "人民调解", "aid": "法律援助",
               "cards": "联系卡发放", "publicity": "法治宣传"}
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
}


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


@dataclass
class ImportReport:
    kind: str
    rows: int = 0
    written: int = 0
    people_matched: int = 0
    people_created: int = 0
    problems: list[tuple[int, str, str]] = field(default_factory=list)  # (row, column, message)
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


class _RowError(Exception):
    def __init__(self, column: str, message: str):
        super().__init__(message)
        self.column = column


def _header_map(cols: list[Col], header: tuple) -> dict[int, Col]:
    names: dict[str, Col] = {}
    for col in cols:
        for text in (col.key, col.zh, col.en):
            names[text.casefold()] = col
    out: dict[int, Col] = {}
    for i, cell in enumerate(header):
        text = str(cell or "").strip().rstrip("*").strip().casefold()
        if text in names:
            out[i] = names[text]
    return out


def _convert(col: Col, raw, lang_label: str):
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        if col.required:
            raise _RowError(lang_label, "this field is required (此项为必填)")
        return None
    text = raw.strip() if isinstance(raw, str) else raw
    if col.type == "date":
        if isinstance(text, dt.datetime):
            return text.date()
        if isinstance(text, dt.date):
            return text
        try:
            return dt.date.fromisoformat(str(text)[:10].replace("/", "-").replace(".", "-"))
        except ValueError:
            raise _RowError(lang_label, f"not a date: {text} (日期格式应为 YYYY-MM-DD)") from None
    if col.type == "datetime":
        if isinstance(text, dt.datetime):
            return text
        if isinstance(text, dt.date):
            return dt.datetime.combine(text, dt.time(9, 0))
        try:
            return dt.datetime.fromisoformat(str(text).replace("/", "-"))
        except ValueError:
            raise _RowError(lang_label, f"not a date and time: {text} (应为 YYYY-MM-DD HH:MM)") from None
    if col.type == "int":
        try:
            value = float(text)
        except (TypeError, ValueError):
            raise _RowError(lang_label, f"not a whole number: {text} (应为整数)") from None
        if not value.is_integer() or value < 0:
            raise _RowError(lang_label, f"not a whole number: {text} (应为非负整数)")
        return int(value)
    if col.type == "amount":
        try:
            return validation.amount(str(text), col.key)
        except ValidationError as exc:
            raise _RowError(lang_label, f"{exc.message} ({exc.message_zh})") from None
    if col.type == "choice":
        wanted = str(text).casefold()
        for code, zh, en in col.choices:
            if wanted in (code.casefold(), zh.casefold(), en.casefold()):
                return code
        raise _RowError(lang_label, f"unknown value {text} (无法识别的取值)")
    if col.type in ("code", "codes"):
        parts = [p.strip() for p in str(text).replace("，", "、").replace(",", "、").replace(";", "、").split("、")]
        found = []
        for part in (p for p in parts if p):
            code = codes.lookup(col.code_kind, part)
            if code is None:
                raise _RowError(lang_label, f"unknown code {part} (代码表中没有“{part}”)")
            found.append(code)
        return found if col.type == "codes" else found[0]
    return str(text)


def _person(report: ImportReport, name, phone, id_number, user, column: str) -> Person | None:
    """Match by ID number, then name + phone; else create the person."""
    from aidstation.core import people

    if not name:
        return None
    if id_number:
        try:
            number = validation.resident_id(str(id_number), "id_number").number
        except ValidationError as exc:
            raise _RowError(column, f"{exc.message} ({exc.message_zh})") from None
        found = Person.live().where(Person.id_number == number).first()
        if found is not None:
            report.people_matched += 1
            return found
    if phone:
        try:
            phone = validation.phone(str(phone), "phone")
        except ValidationError as exc:
            raise _RowError(column, f"{exc.message} ({exc.message_zh})") from None
        found = Person.live().where((Person.name == name) & (Person.phone == phone)).first()
        if found is not None:
            report.people_matched += 1
            return found
    values = {"name": name, "phone": phone or "", "id_number": id_number or ""}
    person = people.create(user=user, confirm_duplicate=True, **values)
    report.people_created += 1
    return person


def import_ledger(kind: str, path: Path | str, *, user, dry_run: bool = False,
                  progress=None) -> ImportReport:
    """Read and write the ledger, all or nothing; see the module docstring. Every record is
    written and audited as `user` (the command line passes `records.system("import")`).
    `progress(done, total)`, when given, is called as the rows are checked and written."""
    records.require_user(user)
    cols = _check_kind(kind)
    report = ImportReport(kind, dry_run=dry_run)
    try:
        wb = open_untrusted(path)
    except UnsafeWorkbook as exc:
        report.problems.append((0, "", f"{exc} ({exc.zh})"))
        return report
    try:
        ws = wb.worksheets[0]
        rows = ws.iter_rows(values_only=True)
        header = next(rows, ())
        mapping = _header_map(cols, header)
        missing = [c for c in cols if c.required and c not in mapping.values()]
        for col in missing:
            report.problems.append((1, col.zh, "required column missing (缺少必填列)"))
        data: list[tuple[int, tuple]] = []
        for r, row in enumerate(rows, start=2):
            if r == 2 and len(_header_map(cols, row)) >= max(1, len(mapping) // 2):
                continue  # the English header row
            if row is None or all(v is None or (isinstance(v, str) and not v.strip()) for v in row):
                continue
            data.append((r, row))
            if len(data) > MAX_ROWS:
                report.problems.append((r, "", f"more than {MAX_ROWS} rows (行数过多)"))
                break
    finally:
        wb.close()
    report.rows = len(data)
    if report.problems:
        return report
    parsed: list[tuple[int, dict]] = []
    for r, row in data:
        values: dict = {}
        try:
            for i, col in mapping.items():
                values[col.key] = _convert(col, row[i] if i < len(row) else None, col.zh)
            for col in cols:
                if col.required and values.get(col.key) is None:
                    raise _RowError(col.zh, "this field is required (此项为必填)")
        except _RowError as exc:
            report.problems.append((r, exc.column, str(exc)))
            continue
        parsed.append((r, values))
    if report.problems:
        return report
    writer = WRITERS[kind]
    step = max(1, len(parsed) // 100)  # about a hundred reports, whatever the size
    with db.atomic("IMMEDIATE") as txn:
        for done, (r, values) in enumerate(parsed):
            if progress is not None and done % step == 0:
                progress(done, len(parsed))
            try:
                writer(report, values, user)
                report.written += 1
            except _RowError as exc:
                report.problems.append((r, exc.column, str(exc)))
            except ValidationError as exc:
                column = next((c.zh for c in cols if c.key == exc.field), exc.field)
                report.problems.append((r, column, f"{exc.message} ({exc.message_zh})"))
        if report.problems or dry_run:
            txn.rollback()
            changes.discard()  # nothing was written, so nothing to announce
            if report.problems:
                report.written = 0
        else:
            record_event(user, "import", kind, None, detail=f"{Path(path).name} {report.written} rows")
    if report.written and not dry_run and not report.problems:
        optimize()  # thousands of new rows: the planner's statistics are stale
    if progress is not None:
        progress(len(parsed), len(parsed))
    return report


def _people(report, v, user):
    from aidstation.core import people

    if v.get("id_number"):
        number = validation.resident_id(str(v["id_number"]), "id_number").number
        if Person.live().where(Person.id_number == number).exists():
            report.people_matched += 1
            return
    phone = validation.phone(str(v["phone"]), "phone") if v.get("phone") else ""
    if phone and Person.live().where((Person.name == v["name"]) & (Person.phone == phone)).exists():
        report.people_matched += 1
        return
    people.create(user=user, confirm_duplicate=True, **{k: (val or "") for k, val in v.items()})
    report.people_created += 1


def _consultation(report, v, user):
    from aidstation.core import consultations

    person = _person(report, v.get("name"), v.get("phone"), v.get("id_number"), user, "姓名")
    fields = {k: v[k] for k in ("received_at", "channel", "matter", "question", "advice", "disposition",
                                "referred_to", "documents_drafted") if v.get(k) is not None}
    consultations.record(user=user, groups=v.get("groups") or (), person=person,
                         anonymous=person is None, from_ledger=True, **fields)


def _mediation(report, v, user):
    from aidstation.core import mediation
    from aidstation.core.models import MediationCase

    applicant = _person(report, v["applicant"], v.get("applicant_phone"), v.get("applicant_id"), user, "申请人")
    respondent = _person(report, v["respondent"], v.get("respondent_phone"), None, user, "被申请人")
    case = mediation.open_case(user=user, received_on=v["received_on"],
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


def _aid(report, v, user):
    from aidstation.core import legalaid
    from aidstation.core.models import AidApplication

    applicant = _person(report, v["applicant"], v.get("phone"), v.get("id_number"), user, "申请人")
    app = legalaid.receive(user=user, groups=v.get("groups") or (), applicant=applicant,
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


def _card(report, v, user):
    from aidstation.core import cards

    person = _person(report, v.get("name"), v.get("phone"), v.get("id_number"), user, "姓名")
    cards.issue(user=user, issued_on=v["issued_on"], quantity=v["quantity"], person=person,
                recipient=v.get("recipient") or "", households=v.get("households") or 1,
                household_type=v.get("household_type") or "", community=v.get("community") or "",
                channel=v.get("channel") or "window", allocate=False)


def _activity(report, v, user):
    from aidstation.core import publicity

    fields = {k: val for k, val in v.items() if val is not None}
    publicity.create_activity(user=user, **fields)


WRITERS = {"people": _people, "consultations": _consultation, "mediations": _mediation, "aid": _aid,
           "cards": _card, "publicity": _activity}
