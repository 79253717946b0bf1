"""One rule for who may do what (core/records.py): a write needs a signed-in, active user or an
explicit system actor; restoring is for administrators; soft delete and restore are written once."""
from __future__ import annotations

import datetime as dt
import inspect

import openpyxl
import pytest

from aidstation import cli
from aidstation.core import (
    accounts,
    cards,
    codes,
    consultations,
    legalaid,
    mediation,
    people,
    publicity,
    records,
    settings,
    staff,
)
from aidstation.core.db import close_station
from aidstation.core.models import (
    AidApplication,
    AuditEvent,
    CardIssue,
    Consultation,
    MediationCase,
    Person,
    User,
)
from aidstation.core.records import PermissionDenied
from aidstation.core.reporting import submissions
from aidstation.core.station import open_station
from aidstation.core.validation import ValidationError
from aidstation.excel import ledgers
from aidstation.excel import monthly as monthly_export

DAY = dt.date(2026, 1, 5)
NO_USER = ("a signed-in user is required for this", "此操作需要先登录")
NO_RESTORE = ("only an administrator can restore deleted records", "只有管理员可以恢复已删除的记录")


def _refused(call, message: tuple[str, str]):
    """`call` raises PermissionDenied with exactly `message` and writes nothing."""
    events = AuditEvent.select().count()
    with pytest.raises(PermissionDenied) as err:
        call()
    assert (err.value.field, err.value.message, err.value.message_zh) == ("user", *message)
    assert AuditEvent.select().count() == events


def _parties():
    return [(Person.create(name="张三"), "applicant"), (Person.create(name="李四"), "respondent")]


# One write service per area, called as a caller who forgot to sign in would call it.
WITHOUT_USER = {
    "consultations.record": lambda: consultations.record(
        user=None, received_at=dt.datetime(2026, 1, 5, 9), channel="visit", matter="family",
        question="q", anonymous=True),
    "people.create": lambda: people.create(user=None, name="张三"),
    "mediation.open_case": lambda: mediation.open_case(
        user=None, received_on=DAY, parties=_parties()),
    "legalaid.receive": lambda: legalaid.receive(
        user=None, applicant=Person.create(name="王芳", birth_date=dt.date(1980, 1, 1)), received_on=DAY),
    "cards.issue": lambda: cards.issue(user=None, issued_on=DAY, quantity=1, recipient="3号楼",
                                       allocate=False),
    "publicity.create_activity": lambda: publicity.create_activity(user=None, held_on=DAY, title="讲座"),
    "staff.create": lambda: staff.create(user=None, name="赵调解"),
    "codes.add_code": lambda: codes.add_code("matter", "tax", "税务", "Tax", user=None),
    "settings.set_many": lambda: settings.set_many({"station.name": "某站"}, user=None),
    "accounts.create_user": lambda: accounts.create_user("li", "李娜", "clerk", "good-pass-1", user=None),
    "submissions.set_manual": lambda: submissions.set_manual("2026-01", {}, user=None),
}


@pytest.mark.parametrize("service", sorted(WITHOUT_USER))
def test_a_service_called_without_a_user_is_refused(station, service):
    _refused(WITHOUT_USER[service], NO_USER)
    assert Consultation.select().count() == MediationCase.select().count() == 0
    assert AidApplication.select().count() == CardIssue.select().count() == 0
    assert settings.get("station.name") == ""


@pytest.mark.parametrize("module", [accounts, cards, codes, consultations, legalaid, mediation, people,
                                    publicity, settings, staff, submissions, monthly_export, ledgers])
def test_no_service_has_a_default_user(module):
    """`user` has no default wherever a service takes one: leaving it out is a TypeError, never
    a quiet "the system did it"."""
    checked = 0
    for name, fn in inspect.getmembers(module, inspect.isfunction):
        if not fn.__module__.startswith(module.__name__):
            continue  # imported from elsewhere (records, audit)
        param = inspect.signature(fn).parameters.get("user")
        if param is not None:
            assert param.default is inspect.Parameter.empty, f"{fn.__module__}.{name}"
            checked += 1
    assert checked
    with pytest.raises(TypeError, match="required keyword-only argument: 'user'"):
        people.create(name="张三")


def test_an_inactive_account_is_refused_even_by_the_copy_signed_in_earlier(admin, clerk):
    people.create(user=clerk, name="张三")
    accounts.set_active(User.get_by_id(clerk.id), False, user=admin)
    assert clerk.active is True  # the session's copy still says active; the station does not
    _refused(lambda: people.create(user=clerk, name="李四"),
             ("the account clerk is disabled", "账户 clerk 已停用"))
    _refused(lambda: consultations.record(user=clerk, received_at=dt.datetime(2026, 1, 5, 9), channel="visit",
                                          matter="family", question="q", anonymous=True),
             ("the account clerk is disabled", "账户 clerk 已停用"))
    assert not accounts.is_admin(User.get_by_id(clerk.id))


def test_a_demoted_administrator_can_no_longer_restore(admin, clerk):
    second = accounts.create_user("boss", "Boss", "admin", "good-pass-1", user=admin)
    person = people.create(user=admin, name="张三")
    people.delete(person, user=admin)
    accounts.set_role(User.get_by_id(second.id), "clerk", user=admin)
    assert second.role == "admin"  # the copy signed in before the change
    _refused(lambda: people.restore(person, user=second), NO_RESTORE)
    assert accounts.is_admin(second) is False


def test_is_admin_is_the_same_rule(admin, clerk):
    assert accounts.is_admin(admin) and records.is_admin(admin)
    assert not accounts.is_admin(clerk)
    assert not accounts.is_admin(None)
    assert accounts.is_admin(records.system("import"))
    User.update(active=False).where(User.id == admin.id).execute()
    assert not accounts.is_admin(admin)


@pytest.fixture
def deleted(admin):
    """One deleted record of each area that has a bin, and how to restore it."""
    p = people.create(name="张三", user=admin)
    spare = people.create(name="王五", user=admin)
    c = consultations.record(received_at=dt.datetime(2026, 1, 5, 9), channel="visit", matter="family",
                             person=p, question="q", user=admin)
    case = mediation.open_case(user=admin, received_on=DAY, parties=[(p, "applicant"), (spare, "respondent")],
                               today=DAY)
    app = legalaid.receive(user=admin, applicant=p, received_on=DAY)
    card = cards.issue(user=admin, issued_on=DAY, quantity=1, person=p, allocate=False, today=DAY)
    activity = publicity.create_activity(user=admin, held_on=DAY, title="讲座")
    consultations.delete(c, user=admin)
    mediation.delete_case(case, user=admin)
    legalaid.delete(app, user=admin)
    cards.delete_issue(card, user=admin)
    publicity.delete_activity(activity, user=admin)
    lonely = people.create(name="赵六", user=admin)
    people.delete(lonely, user=admin)
    return {
        "consultation": (c, consultations.restore),
        "mediation case": (case, mediation.restore_case),
        "aid application": (app, legalaid.restore),
        "card issue": (card, cards.restore_issue),
        "publicity activity": (activity, publicity.restore_activity),
        "person": (lonely, people.restore),
    }


@pytest.mark.parametrize("area", ["consultation", "mediation case", "aid application", "card issue",
                                  "publicity activity", "person"])
def test_a_clerk_cannot_restore_and_an_administrator_can(deleted, area, clerk, admin):
    record, restore = deleted[area]
    model = type(record)
    _refused(lambda: restore(record, user=clerk), NO_RESTORE)
    assert model.get_by_id(record.id).deleted_at is not None
    restore(record, user=admin)
    assert model.get_by_id(record.id).deleted_at is None
    last = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    assert (last.action, last.entity, last.entity_id, last.username) == (
        "restore", model.__name__, record.id, "admin")


def test_a_system_actor_is_audited_as_such(station):
    importer = records.system("import")
    person = people.create(user=importer, name="张三")
    assert Person.get_by_id(person.id).created_by is None  # no account made it
    last = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    assert (last.action, last.entity, last.username) == ("create", "Person", "system:import")


def test_the_command_line_import_is_audited_as_system_import(station, tmp_path, capsys):
    folder = str(station.folder)
    path = ledgers.write_template("people", tmp_path / "people.xlsx")
    wb = openpyxl.load_workbook(path)
    wb.worksheets[0]["A3"] = "张三"
    wb.save(path)
    close_station()
    assert cli.main(["--data-dir", folder, "import", "people", str(path)]) == 0
    assert "imported 1 of 1 rows" in capsys.readouterr().out
    open_station(folder)
    events = [(e.action, e.entity, e.username) for e in AuditEvent.select().order_by(AuditEvent.id)]
    assert events == [("create", "Person", "system:import"), ("import", "people", "system:import")]
    assert Person.get(Person.name == "张三").created_by is None


def test_soft_delete_and_restore_round_trip(admin, clerk):
    person = people.create(name="张三", user=clerk)
    records.soft_delete(person, user=clerk)
    stored = Person.get_by_id(person.id)
    assert stored.deleted_at is not None and person.deleted_at == stored.deleted_at
    assert stored.updated_by_id == clerk.id
    assert person not in list(Person.live())
    events = AuditEvent.select().count()
    records.soft_delete(person, user=clerk)  # already in the bin: nothing happens
    assert AuditEvent.select().count() == events
    records.restore(person, user=admin)
    stored = Person.get_by_id(person.id)
    assert (stored.deleted_at, person.deleted_at, stored.updated_by_id) == (None, None, admin.id)
    records.restore(person, user=admin)  # not in the bin: nothing happens
    actions = [(e.action, e.username) for e in AuditEvent.select().order_by(AuditEvent.id)]
    assert actions == [("create", "clerk"), ("delete", "clerk"), ("restore", "admin")]


def test_a_check_refusing_writes_nothing(admin):
    person = people.create(name="张三", user=admin)
    consultations.record(received_at=dt.datetime(2026, 1, 5, 9), channel="visit", matter="family",
                         person=person, question="q", user=admin)
    events = AuditEvent.select().count()
    with pytest.raises(ValidationError) as err:
        people.delete(person, user=admin)  # people's own check: a live record names the person
    assert err.value.message == "1 record(s) still name this person: delete them first"
    assert Person.get_by_id(person.id).deleted_at is None
    assert AuditEvent.select().count() == events


def test_restore_waits_for_the_deleted_person(admin):
    person = people.create(name="张三", user=admin)
    c = consultations.record(received_at=dt.datetime(2026, 1, 5, 9), channel="visit", matter="family",
                             person=person, question="q", user=admin)
    consultations.delete(c, user=admin)
    people.delete(person, user=admin)
    with pytest.raises(ValidationError) as err:
        consultations.restore(c, user=admin)
    assert (err.value.field, err.value.message) == ("person", "张三 was deleted: restore the person first")
    people.restore(person, user=admin)
    consultations.restore(c, user=admin)
    assert Consultation.get_by_id(c.id).deleted_at is None


def test_demo_writes_as_its_administrator_after_the_system_set_it_up(tmp_path):
    from aidstation.core import demo

    demo.generate(tmp_path / "demo", seed=3, months=1, areas=("people",))
    try:
        first = list(AuditEvent.select().order_by(AuditEvent.id).limit(3))
        assert [(e.action, e.entity, e.username) for e in first[:2]] == [
            ("update", "Setting", "system:demo"), ("create", "User", "system:demo")]
        assert first[2].username == "demo"
        assert not AuditEvent.select().where(AuditEvent.username == "").exists()
    finally:
        close_station()


def test_a_username_is_not_a_user(station, admin):
    _refused(lambda: people.create(user="admin", name="张三"), NO_USER)
