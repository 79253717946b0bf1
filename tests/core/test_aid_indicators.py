"""The aid.* figures follow what the legal-aid services write."""
from __future__ import annotations

import datetime as dt

from aidstation.core import legalaid, people
from aidstation.core.reporting import indicators

DAY = dt.date(2026, 3, 2)


def test_a_lapsed_application_counts_as_withdrawn(admin):
    """视为撤回: an applicant who never supplies the missing materials is deemed to have
    withdrawn (Legal Aid Law procedure rules); the return has no other row for it."""
    p = people.create(name="张三", user=admin)
    lapsed = legalaid.receive(user=admin, applicant=p, received_on=DAY)
    withdrawn = legalaid.receive(user=admin, applicant=p, received_on=DAY)
    legalaid.decide(lapsed, user=admin, decision="lapsed", decision_on=dt.date(2026, 3, 20))
    legalaid.decide(withdrawn, user=admin, decision="withdrawn", decision_on=dt.date(2026, 4, 1))
    march, april = indicators.compute_month(2026, 3), indicators.compute_month(2026, 4)
    assert [march[k] for k in ("aid.received", "aid.granted", "aid.refused", "aid.withdrawn")] == [2, 0, 0, 1]
    assert april["aid.withdrawn"] == 1
