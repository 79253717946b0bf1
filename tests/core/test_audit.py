"""The audit trail: events form a verifiable chain and the table is append-only."""
from __future__ import annotations

import pytest


def test_audit_table_is_append_only(station):
    from aidstation.core.audit import record_event, verify_chain
    from aidstation.core.db import atomic
    from aidstation.core.models import AuditEvent

    with atomic():
        record_event(None, "create", "Person", 1, fields=["name"])
        record_event(None, "update", "Person", 1, fields=["phone"])
    assert verify_chain() is None
    with pytest.raises(Exception, match="append-only"):
        AuditEvent.update(fields="x").execute()


def _events(n):
    from aidstation.core.audit import record_event
    from aidstation.core.db import atomic

    with atomic():
        for i in range(n):
            record_event("clerk", "update", "Person", i + 1, fields=["phone"], detail=f"d{i}")


def test_verify_chain_reads_plain_rows_in_one_statement(station, monkeypatch):
    """A check of 240k events must not build a model object per row: one SELECT, plain tuples."""
    from aidstation.core.audit import verify_chain
    from aidstation.core.db import db
    from aidstation.core.models import AuditEvent

    _events(50)
    made, statements = [], []
    real_init, real_sql = AuditEvent.__init__, db.execute_sql

    def init(self, *args, **kwargs):
        made.append(1)
        real_init(self, *args, **kwargs)

    def spy(sql, *args, **kwargs):
        statements.append(sql)
        return real_sql(sql, *args, **kwargs)

    monkeypatch.setattr(AuditEvent, "__init__", init)
    monkeypatch.setattr(db, "execute_sql", spy)
    assert verify_chain() is None
    assert made == [] and len(statements) == 1


def test_verify_chain_judges_a_value_stored_in_another_form_as_the_model_reads_it(station):
    """The fast path hashes the stored text; where that differs from what record_event hashed
    (the same time with its zero microseconds spelled out), the row is judged through the model
    as before, so nothing intact is reported; a real change still is."""
    from aidstation.core.audit import verify_chain
    from aidstation.core.db import db

    _events(3)
    db.execute_sql("DROP TRIGGER audit_event_no_update")
    db.execute_sql("UPDATE audit_event SET at = at || '.000000' WHERE id = 2")
    assert db.execute_sql("SELECT at FROM audit_event WHERE id = 2").fetchone()[0].endswith(".000000")
    assert verify_chain() is None
    db.execute_sql("UPDATE audit_event SET detail = 'changed' WHERE id = 3")
    problem = verify_chain()
    assert (problem.event_id, problem.reason) == (3, "its content was changed after it was written")
    db.execute_sql("UPDATE audit_event SET prev_hash = 'x' WHERE id = 2")
    problem = verify_chain()
    assert (problem.event_id, problem.reason) == (
        2, "does not link to the event before it (row removed or reordered)")
