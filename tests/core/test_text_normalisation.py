"""Text is normalised at the door (issue 12, point 9): NFC, no C0/C1 controls but tab and
newline, no noncharacters, no lone surrogates, in every text field of every service, so that
nothing saved can make the monthly workbook invalid XML or fail to encode. And every free
text has a length limit, refused naming the field in English and Chinese (point 13)."""
from __future__ import annotations

import datetime as dt
import zipfile
from xml.etree import ElementTree

import openpyxl
import pytest

from aidstation.core import (
    cards,
    consultations,
    legalaid,
    mediation,
    people,
    publicity,
    staff,
    validation,
)
from aidstation.core.models import Consultation, Staff
from aidstation.core.validation import ValidationError
from aidstation.excel import monthly

HOSTILE = "工资\ufffe拖欠\uffff三个月\ud800，老板\x07说 cafe\u0301 关门了"
CLEAN = "工资拖欠三个月，老板说 café 关门了"


@pytest.mark.parametrize("raw, expected", [
    ("a\ufffeb\uffffc", "abc"),
    ("\U0001fffe\U0010ffff\ufdd0\ufdefx", "x"),  # noncharacters of every plane
    ("lone \ud800 and \udfff", "lone  and"),
    ("pair \ud83d\ude00", "pair \U0001f600"),  # a surrogate pair read as UTF-16 is the character
    ("bell\x07 nul\x00 esc\x1b del\x7f nel\x85 csi\x9b", "bell nul esc del nel csi"),
    ("tab\tand\nnewline", "tab\tand\nnewline"),
    ("dos\r\nmac\rend", "dos\nmac\nend"),
    ("e\u0301", "\u00e9"),  # NFC
    ("  \x07 padded \ufeff", "padded \ufeff"),  # stripped after cleaning; U+FEFF is a character
    ("１３８ stays full-width", "１３８ stays full-width"),  # NFC, not NFKC
])
def test_text_value_normalises(raw, expected):
    assert validation.text_value(raw, "x") == expected


def test_a_hostile_question_saves_normalised_and_the_workbook_is_valid_xml(station, admin, tmp_path):
    p = people.create(name="王秀英\x07", notes="备注\ud800\ufffe", user=admin)
    c = consultations.record(received_at=dt.datetime(2026, 3, 2, 9), channel="visit", matter="wages",
                             person=p, question=HOSTILE, advice="建议\uffff申请劳动仲裁", user=admin)
    assert (p.name, p.notes) == ("王秀英", "备注")
    stored = Consultation.get_by_id(c.id)
    assert stored.question == CLEAN
    assert stored.advice == "建议申请劳动仲裁"

    result = monthly.export_month(2026, 3, tmp_path / "m.xlsx", user=admin)
    wb = openpyxl.load_workbook(result.path)
    assert [r[8] for r in wb["咨询"].iter_rows(min_row=2, values_only=True)] == [CLEAN]
    with zipfile.ZipFile(result.path) as zf:
        parts = [n for n in zf.namelist() if n.endswith((".xml", ".rels"))]
        assert any(n.startswith("xl/worksheets/") for n in parts)
        for name in parts:
            ElementTree.fromstring(zf.read(name))  # raises ParseError on a character XML refuses


# ------------------------------------------------------------ every service, every text field

@pytest.fixture
def cast(station, admin):
    a = people.create(name="张三", user=admin)
    b = people.create(name="李四", user=admin)
    m = Staff.create(name="赵调解", role="mediator")
    return a, b, m


def _case(cast, admin, **fields):
    a, b, m = cast
    return mediation.open_case(user=admin, received_on=dt.date(2026, 3, 2), dispute_type="neighbor",
                               parties=[(a, "applicant", "代理\ud800人"), (b, "respondent")],
                               mediators=[m], today=dt.date(2026, 6, 1), **fields)


def test_every_service_cleans_its_text_fields(cast, admin):
    dirty, clean = "噪音\x07扰民\ufffe e\u0301", "噪音扰民 é"

    person = people.create(name="王五", address=dirty, community=dirty, occupation=dirty, notes=dirty,
                           user=admin)
    assert [person.address, person.community, person.occupation, person.notes] == [clean] * 4

    case = _case(cast, admin, title=dirty, facts=dirty, requests=dirty, notes=dirty)
    assert [case.title, case.facts, case.requests, case.notes] == [clean] * 4
    assert [p.agent for p in mediation.parties_of(case)] == ["代理人", ""]
    session = mediation.add_session(case, user=admin, held_at=dt.datetime(2026, 3, 5, 9, 30), place=dirty,
                                    participants=dirty, record=dirty)
    assert [session.place, session.participants, session.record] == [clean] * 3

    app = legalaid.receive(user=admin, applicant=person, received_on=dt.date(2026, 3, 2),
                           summary=dirty, notes=dirty)
    assert [app.summary, app.notes] == [clean] * 2

    member = staff.create(user=admin, name="刘\ud800律师", role="lawyer", title=dirty, community=dirty)
    assert [member.name, member.title, member.community] == ["刘律师", clean, clean]

    activity = publicity.create_activity(user=admin, held_on=dt.date(2026, 3, 2), title=dirty, place=dirty,
                                         partners=dirty, notes=dirty)
    assert [activity.title, activity.place, activity.partners, activity.notes] == [clean] * 4

    issue = cards.issue(user=admin, issued_on=dt.date(2026, 3, 2), quantity=1, recipient=dirty,
                        community=dirty, notes=dirty, allocate=False, today=dt.date(2026, 3, 2))
    assert [issue.recipient, issue.community, issue.notes] == [clean] * 3


def test_search_text_is_cleaned_too(cast):
    """A lone surrogate typed into a search box finds nothing instead of raising UnicodeEncodeError."""
    assert [p.name for p in people.query("张\ud800三")] == ["张三"]
    assert list(consultations.query("\ud800")) == []
    assert list(mediation.query("\ud800")) == []
    assert list(legalaid.search("\ud800")) == []


# ------------------------------------------------------------ length limits

LIMITS = [
    ("person notes", "notes", 2000,
     lambda ctx, text: people.create(name="王五", notes=text, user=ctx["admin"])),
    ("person address", "address", 200,
     lambda ctx, text: people.create(name="王五", address=text, user=ctx["admin"])),
    ("consultation question", "question", 4000,
     lambda ctx, text: consultations.record(received_at=dt.datetime(2026, 3, 2, 9), channel="visit",
                                            matter="wages", person=ctx["a"], question=text, user=ctx["admin"])),
    ("consultation advice", "advice", 4000,
     lambda ctx, text: consultations.record(received_at=dt.datetime(2026, 3, 2, 9), channel="visit",
                                            matter="wages", person=ctx["a"], question="问", advice=text,
                                            user=ctx["admin"])),
    ("aid summary", "summary", 4000,
     lambda ctx, text: legalaid.receive(user=ctx["admin"], applicant=ctx["a"], received_on=dt.date(2026, 3, 2),
                                        summary=text)),
    ("aid notes", "notes", 2000,
     lambda ctx, text: legalaid.receive(user=ctx["admin"], applicant=ctx["a"], received_on=dt.date(2026, 3, 2),
                                        notes=text)),
    ("mediation title", "title", 100, lambda ctx, text: _case(ctx["cast"], ctx["admin"], title=text)),
    ("party agent", "agent", 60,
     lambda ctx, text: mediation.open_case(user=ctx["admin"], received_on=dt.date(2026, 3, 2),
                                           parties=[(ctx["a"], "applicant", text), (ctx["b"], "respondent")],
                                           today=dt.date(2026, 6, 1))),
    ("publicity notes", "notes", 2000,
     lambda ctx, text: publicity.create_activity(user=ctx["admin"], held_on=dt.date(2026, 3, 2), title="讲座",
                                                 notes=text)),
    ("staff title", "title", 60, lambda ctx, text: staff.create(user=ctx["admin"], name="刘", title=text)),
    ("card notes", "notes", 500,
     lambda ctx, text: cards.issue(user=ctx["admin"], issued_on=dt.date(2026, 3, 2), quantity=1, recipient="x",
                                   notes=text, allocate=False, today=dt.date(2026, 3, 2))),
]


@pytest.mark.parametrize("what, field, limit, write", LIMITS, ids=[x[0] for x in LIMITS])
def test_free_text_longer_than_its_limit_is_refused_naming_the_field(cast, admin, what, field, limit, write):
    a, b, _ = cast
    ctx = {"admin": admin, "a": a, "b": b, "cast": cast}
    write(ctx, "字" * limit)  # exactly the limit is accepted
    with pytest.raises(ValidationError) as err:
        write(ctx, "字" * (limit + 1))
    assert err.value.field == field
    assert err.value.message == f"at most {limit} characters ({limit + 1} given)"
    assert err.value.text("zh") == f"最多 {limit} 个字符（现有 {limit + 1} 个）"


def test_the_limit_counts_characters_after_normalisation(station, admin):
    """e + combining acute is one character once composed; controls do not count."""
    person = people.create(name="王五", notes="e\u0301" * 2000 + "\x07" * 10, user=admin)
    assert person.notes == "\u00e9" * 2000


def test_free_text_required_and_limit():
    assert validation.free_text(None, "notes") == ""
    assert validation.required_text(" 张三 ", "name") == "张三"
    with pytest.raises(ValidationError) as err:
        validation.required_text("\x07\ufffe ", "name")
    assert (err.value.field, err.value.message, err.value.text("zh")) == ("name", "this field is required", "此项为必填")
    with pytest.raises(ValidationError) as err:
        validation.free_text(["a"], "notes")
    assert err.value.field == "notes"


def test_a_code_that_is_not_even_text_is_refused_not_raised(station):
    with pytest.raises(ValidationError) as err:
        validation.code("channel", "vis\ud800it", "channel")
    assert err.value.field == "channel"
