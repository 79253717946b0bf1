"""The case window's one Save: the case itself, its agreement, the agreement's performance, the
judicial confirmation and the prevention flags, written in ONE transaction. Every problem of
every part is reported at once (ValidationErrors, each naming its field); any problem writes
nothing."""
from __future__ import annotations

import datetime as dt

from aidstation.core import validation
from aidstation.core.db import atomic
from aidstation.core.mediation.agreement import (
    record_agreement,
    record_judicial,
    record_performance,
    set_prevention,
)
from aidstation.core.mediation.cases import save_case
from aidstation.core.models import MediationCase
from aidstation.core.records import require_user
from aidstation.core.validation import ValidationError


def save_case_form(case: MediationCase, *, user, case_fields: dict | None = None,
                   agreement: dict | None = None, performance_status: str | None = None,
                   judicial: dict | None = None, prevention: dict | None = None,
                   today: dt.date | None = None) -> MediationCase:
    """Save the parts given (None leaves a part as it is):
    `case_fields` as save_case takes them (parties, mediators, received_on, source, …),
    `agreement` as record_agreement (form, agreement_on, terms, …), `performance_status`,
    `judicial` as record_judicial (applied_on, result), `prevention` as set_prevention.
    A problem with the agreement's amount is named `agreement_amount` (the case's is `amount`)."""
    require_user(user)
    problems = validation.Problems()
    with atomic():
        if case_fields is not None:
            problems.check(save_case, case, user=user, today=today, **case_fields)
        agreement_ok = True
        if agreement is not None:
            before = len(problems.errors)
            problems.check(record_agreement, case, user=user, today=today, **agreement)
            agreement_ok = len(problems.errors) == before
            for i in range(before, len(problems.errors)):  # the agreement's amount, not the case's
                if problems.errors[i].field == "amount":
                    one = problems.errors[i]
                    problems.errors[i] = ValidationError("agreement_amount", one.message, one.message_zh)
        # Performance and judicial confirmation rest on the agreement: when a first agreement
        # was refused, their own checks would only repeat "there is no agreement".
        if agreement_ok or case.agreement_form:
            if performance_status is not None:
                problems.check(record_performance, case, user=user, status=performance_status)
            if judicial is not None:
                problems.check(record_judicial, case, user=user, today=today, **judicial)
        if prevention is not None:
            problems.check(set_prevention, case, user=user, **prevention)
        problems.raise_any()  # inside the transaction: a refusal anywhere rolls everything back
    return case
