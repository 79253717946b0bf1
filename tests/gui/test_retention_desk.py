"""Retention at the desk (issue 20, parts 5 and 6): the periods and the review in Settings →
Retention, anonymising the selected records after a confirm that says it cannot be undone;
"Everything we hold…" on the person's page writes the PDF named by the person's number."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest

from aidstation.core import demo, retention
from aidstation.core.db import close_station, current_station
from aidstation.core.models import AuditEvent, CardIssue, Consultation, Person, User

TODAY = dt.date(2025, 6, 18)
LATER = dt.date(2029, 1, 1)  # past the consultations' 3 and the cards' 2 years


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """The demo station built once a module; each test opens its own copy."""
    folder = tmp_path_factory.mktemp("retention-desk") / "demo"
    demo.generate(folder, seed=3, months=3, today=TODAY)
    close_station()
    return folder


@pytest.fixture
def demo_context(tmp_path, template):
    from aidstation.core.station import open_station
    from aidstation.gui.shell.context import AppContext

    shutil.copytree(template, tmp_path / "demo")
    open_station(tmp_path / "demo", create=False)
    yield AppContext(current_station(), User.get(User.username == "demo"), "en")
    from tests.conftest import _wait_for_workers

    _wait_for_workers()
    close_station()


def test_the_dialog_shows_periods_rules_and_what_is_due(qtbot, demo_context):
    from aidstation.gui.settings.retention_dialog import RetentionDialog

    dialog = RetentionDialog(demo_context, today=LATER)
    qtbot.addWidget(dialog)
    assert {k: s.value() for k, s in dialog.year_spins.items()} == {
        "consultation": 3, "mediation": 10, "aid": 5, "card": 2, "person": 1}
    assert "Art. 27" in dialog.rule_labels["mediation"].text()
    counts = retention.due_counts(today=LATER)
    assert dialog.model.rowCount() == sum(counts.values())
    assert f"Consultations: {counts['consultation']}" in dialog.counts_label.text()
    assert not dialog.anonymise_button.isEnabled()  # nothing selected
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("card"))
    assert dialog.model.rowCount() == counts["card"] == CardIssue.select().count()
    assert dialog.width() <= 1280 and dialog.height() <= 720


def test_periods_are_saved_and_the_review_follows(qtbot, demo_context, messages_log):
    from aidstation.gui.settings.retention_dialog import RetentionDialog

    dialog = RetentionDialog(demo_context, today=LATER)
    qtbot.addWidget(dialog)
    dialog.year_spins["card"].setValue(0)
    dialog.year_spins["mediation"].setValue(1)
    assert dialog.save_periods()
    assert retention.all_years()["card"] == 0 and retention.all_years()["mediation"] == 1
    assert dialog.year_spins["card"].text() == "kept for ever"
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("card"))
    assert dialog.model.rowCount() == 0


def test_anonymise_asks_first_then_runs_and_the_review_empties(qtbot, demo_context, messages_log):
    from aidstation.gui.settings.retention_dialog import RetentionDialog

    dialog = RetentionDialog(demo_context, today=LATER)
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("consultation"))
    n = dialog.model.rowCount()
    assert n > 10
    chosen = [dialog.model.record(r) for r in range(3)]
    for row in range(3):
        dialog.table_view.selectionModel().select(
            dialog.model.index(row, 0),
            dialog.table_view.selectionModel().SelectionFlag.Select
            | dialog.table_view.selectionModel().SelectionFlag.Rows)
    assert dialog.anonymise_button.isEnabled()
    names = {Consultation.get_by_id(r.record_id).person.name for r in chosen
             if Consultation.get_by_id(r.record_id).person_id}
    messages_log.answers["confirm_dangerous"] = False
    dialog.anonymise_button.click()
    assert not AuditEvent.select().where(AuditEvent.action == "anonymise").exists()
    kind, title, text, label = messages_log[-1]
    assert kind == "confirm_dangerous" and label == "Anonymise"
    assert "Anonymise 3 record(s)?" in text and "Consultations: 3" in text
    assert "cannot be undone" in text and "every monthly total stays exactly as it was" in text
    messages_log.answers["confirm_dangerous"] = True
    dialog.anonymise_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == n - 3, timeout=10_000)
    for r in chosen:
        c = Consultation.get_by_id(r.record_id)
        assert c.person_id is None or "*" in c.person.name
    assert not any(Person.select().where(Person.name == name).count() > 1 for name in names)


def test_a_clerk_sees_the_review_but_cannot_change_or_anonymise(qtbot, demo_context):
    from argon2 import PasswordHasher

    from aidstation.gui.settings.retention_dialog import RetentionDialog

    demo_context.user = User.create(username="clerk", display_name="Clerk", role="clerk",
                                    password_hash=PasswordHasher().hash("Secret-pass-1"))
    dialog = RetentionDialog(demo_context, today=LATER)
    qtbot.addWidget(dialog)
    dialog.table_view.selectAll()
    assert not dialog.anonymise_button.isEnabled() and not dialog.save_button.isEnabled()
    assert not dialog.year_spins["consultation"].isEnabled()


def test_everything_we_hold_writes_the_pdf_named_by_number(qtbot, context, messages_log):
    from aidstation.core import people
    from aidstation.gui.kit import messages
    from aidstation.gui.people.page import PeoplePage

    p = people.create(user=context.user, name="欧阳娜娜", phone="13900139000", id_number="11010519491231002X")
    page = PeoplePage(context)
    qtbot.addWidget(page)
    assert page.open_record(p.id)
    assert page.form.own_data_button.isVisibleTo(page) and page.form.own_data_button.text() == "Everything we &hold…"
    before = len(messages.OPENED)
    path = page.form.print_own_data()
    assert path is not None and path.exists() and path.parent == context.station.sub("documents") / "people"
    assert "欧阳" not in str(path) and path.name.startswith(f"person-{p.id}-own-data-")
    assert messages.OPENED[before:] == [str(path)]
    event = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    assert (event.action, event.entity, event.entity_id) == ("print", "Person", p.id)
    page.form.clear()
    assert not page.form.own_data_button.isVisibleTo(page)


def test_open_retention_is_for_administrators(qtbot, demo_context, messages_log):
    from argon2 import PasswordHasher

    from aidstation.gui.settings.retention_dialog import open_retention

    dialog = open_retention(demo_context)
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.windowTitle() == "Retention of personal data"
    dialog.close()
    demo_context.user = User.create(username="clerk", display_name="Clerk", role="clerk",
                                    password_hash=PasswordHasher().hash("Secret-pass-1"))
    assert open_retention(demo_context) is None
    assert messages_log[-1][0] == "warn" and "Only an administrator" in messages_log[-1][2]


def test_a_long_review_lists_the_oldest_of_each_kind(qtbot, demo_context, monkeypatch):
    from aidstation.gui.settings import retention_dialog

    monkeypatch.setattr(retention_dialog, "LIST_LIMIT", 4)
    dialog = retention_dialog.RetentionDialog(demo_context, today=LATER)
    qtbot.addWidget(dialog)
    counts = retention.due_counts(today=LATER)
    assert dialog.model.rowCount() == sum(min(n, 4) for n in counts.values())
    assert not dialog.limit_label.isHidden() and "The oldest 4 of each kind" in dialog.limit_label.text()
    dates = [dialog.model.record(r).closed_on for r in range(4)]
    assert dates == sorted(dates)
