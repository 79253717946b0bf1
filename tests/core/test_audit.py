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
