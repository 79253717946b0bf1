"""The mediation demo writes cases at every status through the services."""
from __future__ import annotations

import datetime as dt

from aidstation.core import demo
from aidstation.core.db import close_station
from aidstation.core.models import Consultation, DossierItem, FollowUp, MediationCase
from aidstation.core.reporting import indicators


def _oral_mediations():
    """The cases record_oral wrote: concluded the day they came, no dossier ticked by hand."""
    ticked = DossierItem.select(DossierItem.case).where((DossierItem.item == 3) & DossierItem.present)
    return list(MediationCase.select().where(
        MediationCase.status.in_(("succeeded", "failed")) & (MediationCase.concluded_on == MediationCase.received_on)
        & MediationCase.id.not_in(ticked)))


def test_demo_cases_every_status(tmp_path):
    try:
        demo.generate(tmp_path / "demo", seed=5, months=4, today=dt.date(2026, 6, 20),
                      areas=("people", "consultations", "mediation"))
        statuses = {c.status for c in MediationCase.select()}
        assert statuses == {"received", "in_progress", "succeeded", "failed", "suspended", "withdrawn"}
        oral = _oral_mediations()
        for year, month in ((2026, 3), (2026, 4), (2026, 5)):
            n = MediationCase.select().where(
                (MediationCase.received_on >= dt.date(year, month, 1))
                & (MediationCase.received_on < dt.date(year, month + 1, 1))).count()
            mine = [c for c in oral if (c.received_on.year, c.received_on.month) == (year, month)]
            assert 2 <= len(mine) <= 5
            assert 10 <= n - len(mine) <= 25
        # oral mediations: most agreed, some settled at reception, every one counted
        assert {c.status for c in oral} == {"succeeded", "failed"}
        assert {c.agreement_form for c in oral if c.status == "succeeded"} == {"oral"}
        assert any(c.consultations.count() for c in oral)
        may = indicators.compute_month(2026, 5)
        assert may["med.agreement.oral"] == MediationCase.select().where(
            (MediationCase.agreement_form == "oral") & (MediationCase.agreement_on >= dt.date(2026, 5, 1))
            & (MediationCase.agreement_on < dt.date(2026, 6, 1))).count()
        assert may["med.agreement.oral"] >= len([c for c in oral if c.status == "succeeded"
                                                 and c.agreement_on.month == 5])
        assert {c.agreement_form for c in MediationCase.select().where(MediationCase.status == "succeeded")} == {
            "written", "oral"}
        assert FollowUp.select().where(FollowUp.mediation_case.is_null(False)).count() > 0
        linked = Consultation.select().where(Consultation.mediation_case.is_null(False)).count()
        assert linked > 0
    finally:
        close_station()
