"""Consultations at the reception desk and on the 12348 line (DESIGN §4, §6).

Numbers are `YYYYMMDDNN`: the date received and the day's sequence (a 100th consultation in
one day gets three digits). Reply clocks are set automatically: a letter is answered within 7
working days (China's calendar: core/workcalendar.py), an online message within 1 day; 约期答复 (`appointment`)
needs the agreed reply date as `reply_due`. A caller may stay anonymous (`person=None`,
`anonymous=True`); `identity_refused` records that the caller refused to give an identity.
"""
from __future__ import annotations

import datetime as dt

from peewee import JOIN, SQL, Value

from aidstation.core import dates, people, records, validation
from aidstation.core.db import atomic, db
from aidstation.core.models import (
    AidApplication,
    Consultation,
    ConsultationGroup,
    MediationCase,
    Person,
    now,
)
from aidstation.core.records import actor_id, record_write
from aidstation.core.reporting import submissions
from aidstation.core.validation import Problems, ValidationError

LETTER_WORKING_DAYS = 7
ONLINE_DAYS = 1

# The fields record() and update() accept, besides groups.
FIELDS = ("received_at", "channel", "person", "anonymous", "identity_refused", "matter",
          "question", "advice", "disposition", "referred_to", "reply_due", "answered_at",
          "documents_drafted", "clerk", "minutes", "mediation_case", "aid_application")


def auto_reply_due(channel: str, received: dt.date) -> dt.date | None:
    # The letter rule is stated in working days (DESIGN §6), so it counts them whatever the
    # station's setting, which switches the clocks whose rule is still unsettled (legal aid).
    if channel == "letter":
        return dates.add_days(received, LETTER_WORKING_DAYS, working=True)
    if channel == "online":
        return received + dt.timedelta(days=ONLINE_DAYS)
    return None


def _datetime(value, field: str, *, allow_future: bool, required: bool = True) -> dt.datetime | None:
    if value in (None, ""):
        if required:
            raise ValidationError(field, "a date and time is required", "日期时间不能为空")
        return None
    if isinstance(value, dt.datetime):
        moment = value.replace(microsecond=0, tzinfo=None)
    elif isinstance(value, dt.date):
        moment = dt.datetime.combine(value, dt.time(9, 0))
    else:
        try:
            moment = dt.datetime.fromisoformat(str(value).strip()).replace(microsecond=0, tzinfo=None)
        except ValueError:
            raise ValidationError(field, f"'{value}' is not a date and time (use YYYY-MM-DD HH:MM)",
                                  f"“{value}”不是有效的日期时间（格式：年-月-日 时:分）") from None
    if not validation.EARLIEST <= moment.date() <= validation.LATEST:
        day = moment.date().isoformat()
        raise ValidationError(field, f"{day} is not a plausible date (1900 to 2100)",
                              f"{day} 不是合理的日期（应在1900年至2100年之间）")
    # A minute of slack for clocks that disagree between the form and the save.
    if not allow_future and moment > now() + dt.timedelta(minutes=1):
        raise ValidationError(field, f"{moment:%Y-%m-%d %H:%M} is in the future", f"{moment:%Y-%m-%d %H:%M} 晚于现在")
    return moment


def _clean(values: dict, current: Consultation | None, problems: Problems | None = None, *,
           person_pending: bool = False, advice_rule: bool = True) -> dict:
    """Validate the given values against the merged record; returns cleaned changes.

    Every problem is collected (in the form's order, so the first one is the first on screen)
    and raised together: one ValidationError, or ValidationErrors for several. `problems` may
    already hold the new person's; `person_pending` says a person was typed but did not save.
    """
    problems = problems if problems is not None else Problems()
    for key in values:
        if key not in FIELDS:
            raise ValidationError(key, "not a field of a consultation", "不是咨询登记的字段")
    out: dict = {}

    def keep(key, function, *args, **kwargs):
        value = problems.check(function, *args, **kwargs)
        if key not in problems.fields():
            out[key] = value

    for key in ("anonymous", "identity_refused"):
        if key in values:
            out[key] = bool(values[key])
    if "person" in values:
        person = values["person"]
        if person is not None:
            person = Person.get_or_none(Person.id == getattr(person, "id", person))
            if person is None or person.deleted_at is not None:
                problems.add("person", "this person does not exist or was deleted", "该人员不存在或已删除")
        if "person" not in problems.fields():
            out["person"] = person

    def merged(key):
        return out[key] if key in out else (getattr(current, key) if current is not None else None)

    if (merged("person") is None and not merged("anonymous") and not merged("identity_refused")
            and not person_pending and "person" not in problems.fields()):
        problems.add("person", "choose the person, or mark the caller anonymous",
                     "请选择当事人，或标记为匿名来访/来电")
    if merged("person") is not None and merged("anonymous"):
        out["anonymous"] = False
    if "received_at" in values or current is None:
        keep("received_at", _datetime, values.get("received_at"), "received_at", allow_future=False)
    for kind in ("channel", "matter", "question", "disposition"):
        if kind not in values and current is not None:
            continue
        value = values.get(kind)
        if kind == "question":
            keep(kind, validation.required_text, value, "question", max_length=4000)
        elif not value:
            problems.add(kind, "this field is required", "此项为必填")
        else:
            keep(kind, validation.code, kind, value, kind)
    if "advice" in values:
        keep("advice", validation.free_text, values["advice"], "advice", max_length=4000)
    # 当场解答 means the advice was given there and then: it is what the register records.
    if (advice_rule and ("disposition" in values or "advice" in values or current is None)
            and merged("disposition") == "answered" and "advice" not in problems.fields()
            and not (merged("advice") or "").strip()):
        problems.add("advice", "write the advice given: the consultation was answered on the spot",
                     "当场解答须填写解答意见")
    if "referred_to" in values:
        out["referred_to"] = ""
        if values["referred_to"]:
            keep("referred_to", validation.code, "referral", values["referred_to"], "referred_to")
    if merged("disposition") == "referred" and not merged("referred_to") and "referred_to" not in problems.fields():
        problems.add("referred_to", "say where the person was referred to", "请选择转介单位")
    if merged("disposition") != "referred" and "disposition" in out and "referred_to" not in values:
        out["referred_to"] = ""
    if "documents_drafted" in values:
        keep("documents_drafted", validation.count, values["documents_drafted"], "documents_drafted", maximum=100)
    if "minutes" in values:
        keep("minutes", validation.count, values["minutes"], "minutes", maximum=1440)
    if "clerk" in values:
        out["clerk"] = values["clerk"]
    for key, model in (("mediation_case", MediationCase), ("aid_application", AidApplication)):
        if key in values:
            target = values[key]
            if target is not None:
                target = model.get_or_none(model.id == getattr(target, "id", target))
                if target is None:
                    problems.add(key, "the linked record does not exist", "关联的记录不存在")
            out[key] = target

    received = merged("received_at")
    if received is None:  # refused above: the clocks below cannot be checked against it
        problems.raise_any()
    if "answered_at" in values:
        keep("answered_at", _datetime, values["answered_at"], "answered_at", allow_future=False, required=False)
        if out.get("answered_at") is not None and out["answered_at"] < received:
            problems.add("answered_at", "the answer cannot come before the consultation", "答复时间不能早于咨询时间")
    if "reply_due" in values:
        keep("reply_due", validation.date, values["reply_due"], "reply_due", required=False)
    # Reply clock: an explicit date wins; 约期答复 needs one; letter and online get theirs.
    explicit = out.get("reply_due")
    clock_inputs_changed = any(k in out for k in ("received_at", "channel", "disposition"))
    if ("reply_due" not in problems.fields() and explicit is None
            and (current is None or clock_inputs_changed or "reply_due" in values)):
        if merged("disposition") == "appointment":
            kept = current.reply_due if current is not None and "reply_due" not in values else None
            if kept is None:
                problems.add("reply_due", "约期答复 needs the agreed reply date", "约期答复须填写约定的答复日期")
            out["reply_due"] = kept
        elif merged("channel"):
            out["reply_due"] = auto_reply_due(merged("channel"), received.date())
    if out.get("reply_due") is not None and out["reply_due"] < received.date():
        problems.add("reply_due", "the reply date cannot be before the consultation", "答复日期不能早于咨询日期")
    problems.raise_any()
    return out


def _groups(groups) -> list[str]:
    return validation.code_list("group", groups, "groups")


def _next_number(day: dt.date) -> str:
    # A range on the unique number index, not LIKE 'prefix%' (case-insensitive, so it scans
    # every number): only the day's own numbers are read. Digits sort before ':'.
    prefix = day.strftime("%Y%m%d")
    used = [int(n[8:]) for (n,) in Consultation.select(Consultation.number)
            .where((Consultation.number >= prefix) & (Consultation.number < prefix + ":")).tuples()
            if n[8:].isdigit()]
    return f"{prefix}{max(used, default=0) + 1:02d}"


def _prepare(fields: dict, current: Consultation | None, new_person: dict | None,
             confirm_duplicate: bool, user, *, advice_rule: bool = True) -> dict:
    """Inside the caller's transaction: create the person typed at the desk (if any), then
    validate the consultation, and raise every problem of both at once. A DuplicateWarning
    (same name and phone on record) raises only when the rest is valid, and before anything
    is written, so the caller can ask the clerk and call again with no transaction held open."""
    problems = Problems()
    duplicate = None
    pending = False
    if new_person and not fields.get("anonymous") and fields.get("person") is None:
        try:
            fields = {**fields, "person": people.create(user=user, confirm_duplicate=confirm_duplicate,
                                                        **new_person)}
        except people.DuplicateWarning as warning:
            duplicate, pending = warning, True
        except ValidationError as error:
            problems.errors.extend(getattr(error, "errors", None) or [error])
            pending = True
    values = _clean(fields, current, problems, person_pending=pending, advice_rule=advice_rule)
    if duplicate is not None:
        raise duplicate
    return values


def record(*, user, groups=(), new_person: dict | None = None, confirm_duplicate: bool = False,
           from_ledger: bool = False, **fields) -> Consultation:
    """Validate and save one consultation (number assigned here); raises ValidationError
    (ValidationErrors naming every field at fault when there are several).

    Required: received_at, channel, matter, question, disposition, and a person unless the
    caller is anonymous; the advice when the disposition is `answered` (当场解答). `clerk`
    defaults to `user` (none for a system actor). `new_person` (name, phone, id_number,
    community) creates the person in the same transaction: kept only if the consultation
    saves; raises people.DuplicateWarning unless `confirm_duplicate`. Scripts written before
    the disposition was required may leave it out: it is then `answered`, advice or not.
    `from_ledger`: a row of a station's old ledger, copied from paper afterwards; the advice
    is kept when the ledger has it, never required (many ledgers have no such column).
    """
    records.require_user(user)
    legacy_default = "disposition" not in fields
    fields.setdefault("disposition", "answered")
    group_codes = _groups(groups)
    with atomic():
        values = _prepare(fields, None, new_person, confirm_duplicate, user, advice_rule=not (legacy_default or from_ledger))
        values.setdefault("clerk", actor_id(user))
        number = _next_number(values["received_at"].date())
        consultation = Consultation.create(number=number, created_by=actor_id(user),
                                           updated_by=actor_id(user), **values)
        if group_codes:
            ConsultationGroup.insert_many(
                [{"consultation": consultation.id, "group": g} for g in group_codes]).execute()
        record_write(user, "create", "Consultation", consultation.id,
                     fields=sorted(set(values) | ({"groups"} if group_codes else set())))
    return consultation


def update(consultation: Consultation, *, user, groups=None, new_person: dict | None = None,
           confirm_duplicate: bool = False, **fields) -> Consultation:
    """Change the given fields (groups replaces the whole set); the number never changes.
    `new_person` and `confirm_duplicate` as for record()."""
    records.require_user(user)
    with atomic():
        current = Consultation.get_by_id(consultation.id)
        values = _prepare(fields, current, new_person, confirm_duplicate, user)
        changed = {k: v for k, v in values.items() if getattr(current, k + "_id", getattr(current, k))
                   != (getattr(v, "id", v))}
        new_groups = None if groups is None else _groups(groups)
        groups_changed = new_groups is not None and sorted(new_groups) != sorted(group_codes(current))
        if changed or groups_changed:
            if changed:
                Consultation.update(updated_at=now(), updated_by=actor_id(user), **changed).where(
                    Consultation.id == current.id).execute()
                if "received_at" in changed:
                    submissions.note_dates([current.received_at])
            if groups_changed:
                ConsultationGroup.delete().where(ConsultationGroup.consultation == current.id).execute()
                if new_groups:
                    ConsultationGroup.insert_many(
                        [{"consultation": current.id, "group": g} for g in new_groups]).execute()
            record_write(user, "update", "Consultation", current.id,
                         fields=sorted(set(changed) | ({"groups"} if groups_changed else set())))
    return Consultation.get_by_id(current.id)


def mark_answered(consultation: Consultation, answered_at=None, *, user) -> Consultation:
    """Record the reply to a letter, online message or 约期答复 (default: now)."""
    return update(consultation, user=user, answered_at=answered_at or now())


def delete(consultation: Consultation, *, user) -> None:
    records.soft_delete(consultation, user=user)


def restore(consultation: Consultation, *, user) -> None:
    """Administrators only; refused while the person is deleted."""
    records.restore(consultation, user=user, persons=("person",))


def group_codes(consultation: Consultation) -> list[str]:
    return [g for (g,) in ConsultationGroup.select(ConsultationGroup.group)
            .where(ConsultationGroup.consultation == consultation.id)
            .order_by(ConsultationGroup.id).tuples()]


def get(consultation_id: int) -> Consultation | None:
    return Consultation.get_or_none(Consultation.id == consultation_id)


def get_by_number(number: str) -> Consultation | None:
    return Consultation.get_or_none(Consultation.number == (number or "").strip())


def _month_span(month) -> tuple[dt.datetime, dt.datetime]:
    """[start, end) of a month given as 'YYYY-MM' or (year, month)."""
    if isinstance(month, str):
        try:
            year, mon = dates.parse_month(month)
        except ValueError:
            raise ValidationError("month", f"'{month}' is not a month (use YYYY-MM)",
                                  f"“{month}”不是有效月份（格式：年-月）") from None
    else:
        year, mon = month
    return dates.month_datetimes(year, mon)


def query(text: str = "", *, month=None, channel: str | None = None, disposition: str | None = None,
          matter: str | None = None, group: str | None = None, person: Person | None = None,
          open_replies: bool = False, include_deleted: bool = False):
    """The peewee query behind search(), newest first, for paged table models.

    `text` matches the question (anywhere in it, as LIKE does: ASCII letters in any case),
    the person's name, its pinyin (`zs`, `zhangs` for 张三), phone or ID number (any part), or
    the beginning of the number; always as text, never as LIKE or FTS syntax. Each of those is
    looked up in its own index (_matching), so a keystroke costs milliseconds at 200,000
    consultations unless it matches thousands of them.
    `open_replies` keeps only consultations with a reply date and no answer yet.
    """
    text = validation.text_value(text, "text")  # search text, cleaned as stored text is
    q = (Consultation.select(Consultation, Person)
         .join(Person, JOIN.LEFT_OUTER, on=(Consultation.person == Person.id)))
    if not include_deleted:
        # With a text, `+ 0` keeps the deleted_at index (every live row is NULL there) out of
        # the plan: the search's own lookups are what make it fast.
        q = q.where(((Consultation.deleted_at + 0) if text else Consultation.deleted_at).is_null())
    if month is not None:
        start, end = _month_span(month)
        q = q.where((Consultation.received_at >= start) & (Consultation.received_at < end))
    if channel:
        q = q.where(Consultation.channel == channel)
    if disposition:
        q = q.where(Consultation.disposition == disposition)
    if matter:
        q = q.where(Consultation.matter == matter)
    if group:
        q = q.where(Consultation.id.in_(ConsultationGroup.select(ConsultationGroup.consultation)
                                        .where(ConsultationGroup.group == group)))
    if person is not None:
        q = q.where(Consultation.person == person)
    if open_replies:
        q = q.where(Consultation.reply_due.is_null(False) & Consultation.answered_at.is_null())
    if text:
        q = q.where(_matching(text))
    return q.order_by(Consultation.received_at.desc(), Consultation.id.desc())


# Search as you type (issue 13). The question is found through migration 4's trigram index,
# consultation_search, which holds lower(question) + two line feeds (core/migrations.py): 3
# characters or more by the trigrams they contain, AND-ed, each candidate then checked with
# the LIKE itself (the index keeps no positions); 1 or 2 characters by the trigrams they begin,
# read from the index's term list (fts5vocab): every character of the question begins one, so
# that finds exactly LIKE's matches, with no full scan. The name, pinyin, phone and ID number
# are read from person (20,000 rows, not 200,000), the number through its unique index.
_SEARCH_INDEX = "consultation_search"
_TERMS = "consultation_search_terms"
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")  # SQLite's lower()
_SAMPLED_TRIGRAMS = 12  # of a long text's trigrams: enough to narrow it down, the LIKE decides


def _has_search_index() -> bool:
    """False for a station opened read-only before migration 4 (damaged or newer ones open
    without migrating): it is searched with LIKE alone."""
    return db.execute_sql("SELECT 1 FROM sqlite_master WHERE name = ?", (_SEARCH_INDEX,)).fetchone() is not None


def _quoted(fragment: str) -> str:
    """An FTS5 string: all of it is text (AND, NEAR, *, ^, : and quotes are no syntax in it)."""
    return '"' + fragment.replace('"', '""') + '"'


def _question_matches(text: str):
    """The condition on Consultation that its question contains `text`."""
    C = Consultation
    if not _has_search_index():
        return C.question.contains(text)
    folded = text.translate(_ASCII_LOWER)
    if len(folded) >= 3:
        grams = sorted({folded[i:i + 3] for i in range(len(folded) - 2)})
        step = max(1, len(grams) // _SAMPLED_TRIGRAMS)
        match = " AND ".join(_quoted(g) for g in grams[::step][:_SAMPLED_TRIGRAMS])
        found = SQL(f'(SELECT rowid FROM "{_SEARCH_INDEX}" WHERE "{_SEARCH_INDEX}" MATCH ?)', [match])
        return C.id.in_(found) & C.question.contains(text)
    # The term list is a temporary table of this connection (it is no data, and a table in
    # the station would be counted by every backup); a query runs on the thread that built it.
    db.execute_sql(f'CREATE VIRTUAL TABLE IF NOT EXISTS temp."{_TERMS}" '
                   f'USING fts5vocab(main, "{_SEARCH_INDEX}", instance)')
    # Exactly LIKE's matches: the text (stripped, so no line feed in it) begins a trigram
    return C.id.in_(SQL(f'(SELECT "doc" FROM temp."{_TERMS}" WHERE "term" >= ? AND "term" < ?)',
                        [folded, folded + "\U0010ffff"]))


def _pinyin_key(text: str) -> str:
    """As core.people matches pinyin (people/pinyin.py query_key): Latin letters only,
    spaces dropped, lower case; '' when the text is no pinyin."""
    key = "".join(text.lower().split())
    return key if key.isascii() and key.isalpha() else ""


def _matching(text: str):
    """The condition on Consultation that `text` finds it (query()): OR-ed lookups, each in
    its own index (SQLite's multi-index OR: the ids of each, then only those rows)."""
    C, P = Consultation, Person
    digits = text.replace(" ", "").replace("-", "").upper()
    who = P.name.contains(text)
    if any(ch.isdigit() for ch in digits):
        who |= P.phone.contains(digits) | P.id_number.contains(digits)
    key = _pinyin_key(text)
    if key:  # "zhangsan zs": the beginning of the full pinyin or of the initials
        who |= Value(" ").concat(P.name_pinyin) % f"* {key}*"
    cond = _question_matches(text) | C.person.in_(P.select(P.id).where(who))
    if digits.isdigit():  # numbers are digits (YYYYMMDDNN): a range on their unique index
        cond |= (C.number >= digits) & (C.number < digits + ":")
    return cond


def search(text: str = "", limit: int | None = 100, **filters) -> list[Consultation]:
    q = query(text, **filters)
    if limit:
        q = q.limit(limit)
    return list(q)


def count(text: str = "", **filters) -> int:
    return query(text, **filters).count()
