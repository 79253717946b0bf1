"""The paged table model (kit/table_models.py): every row counted at refresh, row objects read a
block at a time by id, a bounded cache, row_of without paging, rows deleted meanwhile shown blank."""
from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt

START = dt.datetime(2025, 1, 1, 9, 0)


def _consultations(admin, n: int, *, people_every: int = 3) -> list[int]:
    """`n` consultations, one a minute from START (the newest last), every `people_every`th with
    a person whose name sorts by its number; their ids, oldest first."""
    from aidstation.core import people
    from aidstation.core.models import Consultation

    persons = [people.create(user=admin, name=f"张{chr(0x4e00 + i)}") for i in range(5)]
    rows = [{"number": f"N{i:05d}", "received_at": START + dt.timedelta(minutes=i),
             "channel": ("visit", "phone", "letter")[i % 3], "matter": "labor", "disposition": "answered",
             "question": f"问题{i}", "person": persons[i % 5].id if i % people_every == 0 else None}
            for i in range(n)]
    for i in range(0, n, 500):
        Consultation.insert_many(rows[i:i + 500]).execute()
    return [c.id for c in Consultation.select(Consultation.id).order_by(Consultation.received_at)]


@contextlib.contextmanager
def statements():
    """The SQL statements run inside the block."""
    from aidstation.core.db import db

    seen: list[str] = []
    real = db.execute_sql

    def spy(sql, params=None, *args, **kwargs):
        seen.append(sql)
        return real(sql, params, *args, **kwargs)

    db.execute_sql = spy
    try:
        yield seen
    finally:
        del db.execute_sql


def _model(lang="en", page_size=10):
    from aidstation.gui.reception.page import ConsultationTableModel

    model = ConsultationTableModel(lang)
    model.page_size = page_size
    model.refresh()
    return model


def test_every_row_is_counted_at_once_and_read_a_block_at_a_time(qtmodeltester, admin):
    ids = _consultations(admin, 95)
    model = _model()
    with statements() as seen:
        model.refresh()
    assert len(seen) == 1 and seen[0].startswith('SELECT "t1"."id" FROM')  # the ids only
    assert model.rowCount() == model.total == 95
    assert not model.canFetchMore(QModelIndex())
    with statements() as seen:
        assert model.index(94, 0).data() == "N00000"  # the oldest, last, read at once
        assert model.index(90, 0).data() == "N00004"
    assert len(seen) == 1 and " IN (" in seen[0]  # one block of 10 (rows 90-94)
    with statements() as seen:
        assert [model.record_id(r) for r in range(90, 95)] == ids[4::-1]
        assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == ids[-1]
    assert len(seen) == 1  # block 0; block 9 came from the cache
    qtmodeltester.check(model)


def test_row_of_finds_any_row_without_reading_pages(admin):
    ids = _consultations(admin, 250)
    model = _model()
    with statements() as seen:
        assert model.row_of(ids[0]) == 249
        assert model.row_of(ids[-1]) == 0
        assert model.row_of(999_999) is None
    assert seen == []
    model.set_filters(channel="phone")  # every third, starting with the second
    assert model.total == 83 and model.row_of(ids[0]) is None
    assert model.record(model.row_of(ids[1])).id == ids[1]


def test_only_a_bounded_number_of_blocks_is_kept(admin, monkeypatch):
    from aidstation.gui.kit import table_models

    monkeypatch.setattr(table_models, "BLOCKS_KEPT", 3)
    _consultations(admin, 60)
    model = _model(page_size=5)
    for row in range(0, 60, 5):
        model.index(row, 0).data()
    assert list(model._blocks) == [9, 10, 11]  # the three most recently shown
    with statements() as seen:
        model.index(0, 0).data()
        model.index(59, 0).data()
    assert len(seen) == 1 and list(model._blocks) == [10, 0, 11]  # 0 read again, 11 reused


def test_sorts_by_a_column_of_the_joined_person_and_back(admin):
    _consultations(admin, 30, people_every=1)
    model = _model()
    person = 2
    model.sort(person, Qt.SortOrder.AscendingOrder)
    names = [model.record(r).person.name for r in range(30)]
    assert names == sorted(names) and model.rowCount() == 30
    # ties keep the default order: the newest first within a name
    first = [model.record(r).received_at for r in range(6)]
    assert first == sorted(first, reverse=True)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    numbers = [model.index(r, 0).data() for r in range(30)]
    assert numbers == sorted(numbers, reverse=True)
    model.sort(3, Qt.SortOrder.AscendingOrder)  # the phone column has no sort: nothing changes
    assert [model.index(r, 0).data() for r in range(30)] == numbers


def test_a_row_deleted_after_the_refresh_shows_blank_and_the_others_keep_their_place(admin):
    from aidstation.core import consultations
    from aidstation.core.models import Consultation

    ids = _consultations(admin, 40)
    model = _model()
    assert model.index(0, 0).data() == "N00039"  # block 0 read before the delete
    gone = Consultation.get_by_id(ids[5])  # row 34, in a block not read yet
    consultations.delete(gone, user=admin)
    assert model.rowCount() == 40
    assert model.index(34, 0).data() is None and model.record(34) is None and model.record_id(34) is None
    assert model.index(34, 0).data(Qt.ItemDataRole.UserRole) is None
    assert [model.index(r, 0).data() for r in (33, 35)] == ["N00006", "N00004"]
    model.refresh()
    assert model.rowCount() == 39 and model.row_of(ids[5]) is None
    assert model.index(34, 0).data() == "N00004"


def test_the_query_s_own_order_stands_without_a_sort_or_default(admin):
    """The people search ranks its matches in SQL (core.people.query): the model keeps it."""
    from aidstation.core import people
    from aidstation.gui.people.page import PersonTableModel

    for name in ("王小明", "小明", "李小明"):
        people.create(user=admin, name=name)
    model = PersonTableModel()
    model.set_filters(text="小明")
    assert model.total == 3 and model.record(0).name == "小明"  # the exact name first


def test_a_view_scrolls_to_the_end_and_selects_by_id(qtbot, admin):
    from PySide6.QtWidgets import QTableView

    ids = _consultations(admin, 500)
    model = _model(page_size=20)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 300)
    view.show()
    qtbot.waitExposed(view)
    view.scrollToBottom()
    qtbot.wait(10)
    last = view.rowAt(view.viewport().height() - 2)
    assert last == 499 and model.index(last, 0).data() == "N00000"
    row = model.row_of(ids[250])
    view.setCurrentIndex(model.index(row, 0))
    assert view.currentIndex().data(Qt.ItemDataRole.UserRole) == ids[250]
    assert len(model._blocks) <= 5  # what was shown, not the 25 blocks of the list


@pytest.mark.parametrize("size", [0, 1])
def test_empty_and_single_lists(qtmodeltester, admin, size):
    _consultations(admin, size)
    model = _model()
    assert model.rowCount() == size and model.record(size) is None and model.record(-1) is None
    qtmodeltester.check(model)


def test_a_long_list_reads_a_prefix_and_a_count_then_every_id_once_when_needed(admin, monkeypatch):
    from aidstation.gui.kit import table_models

    monkeypatch.setattr(table_models, "PREFIX", 20)
    ids = _consultations(admin, 95)
    model = _model(page_size=10)
    with statements() as seen:
        model.refresh()
    assert len(seen) == 2 and seen[0].endswith(" LIMIT ?") and "COUNT" in seen[1]  # 20 ids, the count
    assert model.rowCount() == 95 and len(model._ids) == 20
    with statements() as seen:
        assert model.index(19, 0).data() == "N00075"  # inside the prefix: its block only
        assert model.row_of(ids[-3]) == 2
    assert len(seen) == 1 and " IN (" in seen[0]  # row_of looked in the prefix
    with statements() as seen:
        assert model.index(94, 0).data() == "N00000"  # the end (Ctrl+End): the last 20 ids
        assert model.row_of(ids[0]) == 94 and model.index(80, 0).data() == "N00014"
    assert len(seen) == 3 and 'ORDER BY "t1"."received_at" ASC, "t1"."id" ASC LIMIT ?' in seen[0]
    assert len(model._ids) == 20  # the middle is still unread
    with statements() as seen:
        assert model.index(50, 0).data() == "N00044"  # half-way: every id, then the block
        assert model.row_of(ids[30]) == 64
    assert len(seen) == 2 and "LIMIT" not in seen[0] and len(model._ids) == 95


def test_row_of_a_record_beyond_the_prefix_reads_the_last_ids_then_every_id(admin, monkeypatch):
    from aidstation.gui.kit import table_models

    monkeypatch.setattr(table_models, "PREFIX", 20)
    ids = _consultations(admin, 60)
    model = _model()
    with statements() as seen:
        assert model.row_of(ids[0]) == 59 and model.row_of(ids[19]) == 40
    assert len(seen) == 1 and seen[0].endswith(" LIMIT ?")  # the last 20
    with statements() as seen:
        assert model.row_of(ids[30]) == 29 and model.row_of(123_456) is None
    assert len(seen) == 1 and "LIMIT" not in seen[0]  # every id, once


def test_the_last_rows_of_the_people_search_come_in_its_own_order_reversed(admin, monkeypatch):
    """No sort and no default order: the query's own ORDER BY (a rank, then the newest) is
    what the last rows reverse."""
    from aidstation.core import people
    from aidstation.gui.kit import table_models
    from aidstation.gui.people.page import PersonTableModel

    monkeypatch.setattr(table_models, "PREFIX", 3)
    for name in ("王小明", "小明", "李小明", "小明明", "张小明", "赵小明", "小明"):
        people.create(user=admin, name=name)
    whole = PersonTableModel()
    whole.page_size = 1
    whole.set_filters(text="小明")
    everything = [p.id for p in people.query("小明")]
    assert whole.total == 7 and whole._ids == everything[:3]
    assert whole.record_id(6) == everything[6] and whole._tail == everything[4:]
    assert [whole.record_id(r) for r in range(7)] == everything


def test_rows_saved_without_a_refresh_do_not_shift_the_counted_list(admin, monkeypatch):
    """A consultation recorded after the refresh (before the ids beyond the prefix are read)
    changes nothing visible until the next refresh, however the rows fall."""
    from aidstation.core.models import Consultation
    from aidstation.gui.kit import table_models

    monkeypatch.setattr(table_models, "PREFIX", 20)
    _consultations(admin, 50)
    model = _model()
    assert model.index(0, 0).data() == "N00049"
    Consultation.create(number="N99999", received_at=START + dt.timedelta(days=1), channel="visit",
                        matter="labor", disposition="answered", question="新的")
    assert model.index(49, 0).data() == "N00000"  # the last ids: the oldest stay last
    assert model.index(0, 0).data() == "N00049"  # from the cache
    assert model.rowCount() == 50 and model.index(25, 0).data() == "N00025"  # every id read: now 51
    assert model.index(0, 0).data() == "N99999"  # the first ids moved: what was cached was dropped
    assert model.index(49, 0).data() == "N00001"
    model.refresh()
    assert model.rowCount() == 51 and model.index(50, 0).data() == "N00000"


def test_what_a_cell_shows_is_computed_once_per_block_read(admin):
    from aidstation.core.models import Consultation
    from aidstation.gui.kit.table_models import Column, PagedTableModel

    _consultations(admin, 30)
    calls = []

    def value(c):
        calls.append(c.id)
        return c.number

    model = PagedTableModel([Column("number", "Number", value=value)], lambda f: Consultation.select(),
                            default_order=[Consultation.id], page_size=10)
    for _ in range(3):  # three paints
        assert [model.index(r, 0).data() for r in range(5)] == [f"N{r:05d}" for r in range(5)]
    assert len(calls) == 5
    model.refresh()
    model.index(0, 0).data()
    assert len(calls) == 6


def test_sorting_by_a_default_column_orders_by_it_once(admin):
    """The reception list is sorted by its Received column from the start (the header's sort
    indicator): ORDER BY names it once, so SQLite reads it in index order without re-sorting;
    ascending, the tie-breaker turns too (oldest first throughout)."""
    from aidstation.core.db import db

    ids = _consultations(admin, 12)
    model = _model()
    received = 1
    plans = {}
    for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
        with statements() as seen:
            model.sort(received, order)
        sql = seen[0]
        plans[order] = (sql[sql.index("ORDER BY"):], " ".join(
            r[-1] for r in db.execute_sql("EXPLAIN QUERY PLAN " + sql, [1000]).fetchall()))
        assert "RIGHT PART OF ORDER BY" not in plans[order][1]
    assert plans[Qt.SortOrder.DescendingOrder][0] == 'ORDER BY "t1"."received_at" DESC, "t1"."id" DESC LIMIT ?'
    assert plans[Qt.SortOrder.AscendingOrder][0] == 'ORDER BY "t1"."received_at" ASC, "t1"."id" ASC LIMIT ?'
    assert [model.record_id(r) for r in range(12)] == ids


def test_code_labels_are_read_once_a_refresh_and_again_after_a_relabel(qtbot, station, admin, monkeypatch):
    """A code-label column asked codes.label() (a query) for every cell: 90 a reception screen.
    CodeLabels reads the kind's labels once a refresh, and a refresh after Settings relabels a
    code shows the new label."""
    from aidstation.core import codes
    from aidstation.core.models import Code
    from aidstation.gui.kit.table_models import CodeLabels, Column, PagedTableModel

    reads = []
    real = codes.labels
    monkeypatch.setattr(codes, "labels", lambda kind, lang="zh", **kw: reads.append(kind) or real(kind, lang, **kw))
    column = Column("label", "Label", value=CodeLabels("channel", "code", "en"))
    model = PagedTableModel([column], lambda f: Code.select().where(Code.kind == "channel"),
                            default_order=[Code.id])
    texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert reads == ["channel"] and len(texts) == model.total > 3
    visit = Code.get((Code.kind == "channel") & (Code.code == "visit"))
    assert texts[[c.code for c in Code.select().where(Code.kind == "channel").order_by(Code.id)].index("visit")] \
        == visit.label_en
    Code.update(label_en="Walk-in").where(Code.id == visit.id).execute()
    model.refresh()
    assert "Walk-in" in [model.index(r, 0).data() for r in range(model.rowCount())]
    assert reads == ["channel", "channel"]
    assert CodeLabels("channel", "code", "en")(type("Row", (), {"code": "no-such-code"})()) == "no-such-code"
