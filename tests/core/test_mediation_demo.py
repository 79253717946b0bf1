"""The mediation demo writes cases at every status through the services."""
from __future__ import annotations

import datetime as dt

from aidstation.core import demo
from aidstation.core.db import close_station
from aidstation.core.models import Consultation, FollowUp, MediationCase


def test_demo_cases_every_status(tmp_path):
    try:
        demo.generate(tmp_path / "demo", seed=5, months=4, today=dt.date(2026, 6, 20),
                      areas=("people", "consultations", "mediation"))
        statuses = {c.status for c in MediationCase.select()}
        assert statuses == {"received", "in_progress", "succeeded", "failed", "suspended", "withdrawn"}
        for year, month in ((2026, 3), (2026, 4), (2026, 5)):
            n = MediationCase.select().where(
                (MediationCase.received_on >= dt.date(year, month, 1))
                & (MediationCase.received_on < dt.date(year, month + 1, 1))).count()
            assert 10 <= n <= 25
        assert {c.agreement_form for c in MediationCase.select().where(MediationCase.status == "succeeded")} == {
            "written", "oral"}
        assert FollowUp.select().where(FollowUp.mediation_case.is_null(False)).count() > 0
        linked = Consultation.select().where(Consultation.mediation_case.is_null(False)).count()
        assert linked > 0
    finally:
        close_station()
