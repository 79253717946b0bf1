"""The words of people's mediation: party roles, case statuses, agreement forms, session kinds,
the 30-day time limit, and the two small checks every mediation service shares."""
from __future__ import annotations

from aidstation.core import validation
from aidstation.core.validation import ValidationError

ROLES = ("applicant", "respondent", "third_party")
# Staff roles (code kind staff_role) that may mediate; lawyers, liaison officers and volunteers do not.
MEDIATOR_ROLES = ("mediator", "officer")
ROLE_LABELS = {"applicant": ("申请人", "Applicant"), "respondent": ("被申请人", "Respondent"),
               "third_party": ("第三人", "Third party")}
STATUSES = ("received", "in_progress", "succeeded", "failed", "suspended", "withdrawn")
STATUS_LABELS = {
    "received": ("已受理", "Received"), "in_progress": ("调解中", "In progress"),
    "succeeded": ("调解成功", "Succeeded"), "failed": ("调解不成", "Failed"),
    "suspended": ("中止调解", "Suspended"), "withdrawn": ("撤回调解", "Withdrawn"),
}
OPEN = ("received", "in_progress")
CONCLUSIONS = ("succeeded", "failed", "suspended", "withdrawn")
AGREEMENT_FORMS = ("written", "oral")
JUDICIAL_RESULTS = ("", "pending", "confirmed", "rejected")
SESSION_KINDS = ("mediation", "investigation")
CONCLUSION_DAYS = 30  # 人民调解工作若干规定 art. 33: 一般在一个月内调结

# consultation matter -> dispute type, for cases opened from a consultation
MATTER_TO_DISPUTE = {
    "family": "family", "support": "family", "inheritance": "family", "labor": "labor",
    "wages": "labor", "injury": "labor", "damages": "damages", "traffic": "traffic",
    "medical": "medical", "contract": "contract", "housing": "housing", "land": "land",
    "neighbor": "neighbor", "consumer": "consumer",
}


def _err(field: str, en: str, zh: str) -> ValidationError:
    return ValidationError(field, en, zh)


def status_label(status: str, lang: str = "zh") -> str:
    zh, en = STATUS_LABELS.get(status, (status, status))
    return zh if lang.startswith("zh") else en


def role_label(role: str, lang: str = "zh") -> str:
    zh, en = ROLE_LABELS.get(role, (role, role))
    return zh if lang.startswith("zh") else en



def _text(value, field: str, limit: int) -> str:
    """Every free text of a mediation case: normalised and at most `limit` characters."""
    return validation.free_text(value, field, max_length=limit)

