"""The peewee models of DESIGN §4: every table a station holds.

Coded columns hold the short ASCII code of a `Code` row (kind named in the comment); labels
come from the code table. Money is Decimal yuan with two decimals. Record tables carry the
created/updated/deleted stamps of `Record`; deleted rows (deleted_at set) never show in lists
or totals — use `Model.live()` for the undeleted rows.
"""
from __future__ import annotations

import datetime as dt

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DecimalField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    SQL,
    TextField,
)

from aidstation.core.db import db


def now() -> dt.datetime:
    """Local wall-clock time to the second (the clerk's time, not UTC)."""
    return dt.datetime.now().replace(microsecond=0)


def Money(**kw):  # noqa: N802 - reads like a field class
    return DecimalField(max_digits=14, decimal_places=2, auto_round=True, default=0, **kw)


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


class Setting(BaseModel):
    """Key/value station settings; the keys and defaults are declared in core/settings.py."""

    key = CharField(primary_key=True)
    value = TextField(default="")


class User(BaseModel):
    username = CharField(unique=True)
    display_name = CharField(default="")
    role = CharField(default="clerk")  # admin | clerk
    password_hash = CharField()
    active = BooleanField(default=True)
    last_login = DateTimeField(null=True)
    failed_attempts = IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    language = CharField(default="")  # '', 'en' or 'zh_CN'; '' = system locale
    created_at = DateTimeField(default=now)


class AuditEvent(BaseModel):
    """Append-only; each row carries the hash of the one before (see core/audit.py)."""

    at = DateTimeField(default=now, index=True)
    username = CharField(default="")  # '' = the system (command line, demo, migration)
    action = CharField(index=True)  # create update delete restore export print reveal login ...
    entity = CharField(default="", index=True)  # model name
    entity_id = IntegerField(null=True)
    fields = TextField(default="")  # comma-separated changed field names, never values
    detail = TextField(default="")  # non-personal detail (file name, month, reason)
    prev_hash = CharField(default="")
    hash = CharField(default="")


class Code(BaseModel):
    kind = CharField(index=True)
    code = CharField()
    label_zh = CharField()
    label_en = CharField()
    sort = IntegerField(default=0)
    active = BooleanField(default=True)

    class Meta:
        indexes = ((("kind", "code"), True),)


class Record(BaseModel):
    """Common stamps for every record table (soft delete, who and when)."""

    created_at = DateTimeField(default=now)
    created_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    updated_at = DateTimeField(default=now)
    updated_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    deleted_at = DateTimeField(null=True, index=True)

    @classmethod
    def live(cls, *fields):
        return cls.select(*fields).where(cls.deleted_at.is_null())


class Staff(Record):
    """Mediators, liaison officers, lawyers, volunteers (role: code kind `staff_role`)."""

    name = CharField()
    role = CharField(default="mediator")
    title = CharField(default="")  # e.g. 司法所所长, printed on contact cards
    phone = CharField(default="")
    community = CharField(default="")
    full_time = BooleanField(default=True)
    active = BooleanField(default=True)
    sort = IntegerField(default=0)


class Person(Record):
    name = CharField(index=True)
    gender = CharField(default="")  # M | F | ''
    ethnicity = CharField(default="")
    birth_date = DateField(null=True)
    id_number = CharField(null=True, unique=True)  # normalised; NULL when unknown
    phone = CharField(default="", index=True)  # normalised digits (+86 stripped)
    address = CharField(default="")
    community = CharField(default="")
    occupation = CharField(default="")
    notes = TextField(default="")
    # The name's pinyin forms, "zhangsan zs" (core/people/pinyin.py), kept by core.people on
    # every write so a search by pinyin stays in SQL. The DEFAULT lets migration 3 add it.
    name_pinyin = TextField(default="", index=True, constraints=[SQL("DEFAULT ''")])


class MediationCase(Record):
    number = CharField(unique=True)  # （2026）{prefix}人调字第N号
    year = IntegerField()
    seq = IntegerField()
    received_on = DateField(index=True)
    source = CharField(default="party")  # kind mediation_source
    dispute_type = CharField(default="other")  # kind dispute_type
    title = CharField(default="")
    facts = TextField(default="")
    requests = TextField(default="")
    amount = Money()  # amount involved in the dispute / agreement (yuan)
    status = CharField(default="received", index=True)
    # received | in_progress | succeeded | failed | suspended | withdrawn
    concluded_on = DateField(null=True, index=True)
    failure_route = CharField(default="")  # kind failure_route (court, arbitration, administrative)
    extended_until = DateField(null=True)  # recorded extension of the 30-day clock
    agreement_form = CharField(default="")  # written | oral | ''
    agreement_on = DateField(null=True)
    agreement_terms = TextField(default="")
    responsibility = TextField(default="")  # 争议事项及各方责任
    performance_method = TextField(default="")
    performance_deadline = DateField(null=True)
    performance_status = CharField(default="")  # kind performance_status
    judicial_applied_on = DateField(null=True, index=True)
    judicial_result = CharField(default="")  # '', pending, confirmed, rejected
    prevented_crime = BooleanField(default=False)
    prevented_crime_persons = IntegerField(default=0)
    prevented_petition = BooleanField(default=False)
    prevented_petition_persons = IntegerField(default=0)
    notes = TextField(default="")

    class Meta:
        indexes = ((("year", "seq"), False),)  # the next case number of a year (migration 4)


class MediationParty(Record):
    case = ForeignKeyField(MediationCase, backref="parties", on_delete="CASCADE")
    person = ForeignKeyField(Person, backref="mediation_parties")
    role = CharField()  # applicant | respondent | third_party
    agent = CharField(default="")  # name of an agent, if any


class CaseMediator(BaseModel):
    case = ForeignKeyField(MediationCase, backref="mediator_links", on_delete="CASCADE")
    staff = ForeignKeyField(Staff, backref="case_links")

    class Meta:
        indexes = ((("case", "staff"), True),)


class MediationSession(Record):
    case = ForeignKeyField(MediationCase, backref="sessions", on_delete="CASCADE")
    held_at = DateTimeField(index=True)
    place = CharField(default="")
    participants = TextField(default="")
    record = TextField(default="")
    recorder = ForeignKeyField(Staff, null=True, backref="+")
    kind = CharField(default="mediation")  # mediation (调解记录) | investigation (调查记录)


class DossierItem(BaseModel):
    """One of the 13 卷内目录 items for a case (item numbers as in DESIGN §9 / domain §2.5)."""

    case = ForeignKeyField(MediationCase, backref="dossier_items", on_delete="CASCADE")
    item = IntegerField()  # 1..13
    present = BooleanField(default=False)
    pages = IntegerField(default=0)
    note = CharField(default="")

    class Meta:
        indexes = ((("case", "item"), True),)


class AidApplication(Record):
    number = CharField(unique=True)
    received_on = DateField(index=True)
    applicant = ForeignKeyField(Person, backref="aid_applications")
    agent = ForeignKeyField(Person, null=True, backref="aid_agencies")
    agent_relation = CharField(default="")  # legal representative, guardian, entrusted ...
    limited_capacity = BooleanField(default=False)  # applicant without full civil capacity (Art. 40)
    aid_form = CharField(default="")  # kind aid_form (Art. 22)
    case_type = CharField(default="civil")  # kind aid_case_type
    cause = CharField(default="")  # kind matter
    scope_item = CharField(default="")  # kind scope_item (Art. 31 + provincial)
    legal_stage = CharField(default="")  # kind legal_stage
    summary = TextField(default="")
    hardship_route = CharField(default="")  # statement | exempt | no_test
    hardship_ground = CharField(default="")  # kind exempt_ground or no_test_ground
    hardship_reason = TextField(default="")
    monthly_income = DecimalField(max_digits=14, decimal_places=2, null=True)  # per head, yuan
    # Eligibility facts the clerk records (inputs of core/eligibility.py; the route above is its result)
    art32_ground = CharField(default="")  # kind no_test_ground claimed by the applicant, '' = none
    no_fixed_income = BooleanField(default=False)  # Art. 42(1): without a fixed source of income
    assistance_recipient = BooleanField(default=False)  # Art. 42(2): social/judicial assistance, 优抚
    detained = BooleanField(default=False)
    urgent_deadline = DateField(null=True)  # 先行援助: limitation or filing deadline
    notice_issued_at = DateTimeField(null=True)  # 一次性告知 printed
    forwarded_on = DateField(null=True, index=True)
    forwarded_at = DateTimeField(null=True)  # for the 24-hour clock of detained applicants
    forwarded_to = CharField(default="")
    decision = CharField(default="pending", index=True)  # pending granted refused withdrawn lapsed
    decision_on = DateField(null=True, index=True)
    decision_reason = TextField(default="")
    assigned_on = DateField(null=True, index=True)
    assigned_to = CharField(default="")  # lawyer / firm
    closed_on = DateField(null=True, index=True)
    outcome = TextField(default="")
    amount_recovered = Money()
    notes = TextField(default="")


class AidMaterial(BaseModel):
    """One line of the materials checklist (kind `material`) for an application."""

    application = ForeignKeyField(AidApplication, backref="materials", on_delete="CASCADE")
    material = CharField()
    required = BooleanField(default=True)
    received = BooleanField(default=False)
    received_on = DateField(null=True)
    copies = IntegerField(default=0)
    note = CharField(default="")

    class Meta:
        indexes = ((("application", "material"), True),)


class Consultation(Record):
    number = CharField(unique=True)  # YYYYMMDDNN
    received_at = DateTimeField(index=True)
    channel = CharField(default="visit")  # kind channel
    person = ForeignKeyField(Person, null=True, backref="consultations")
    anonymous = BooleanField(default=False)
    identity_refused = BooleanField(default=False)
    matter = CharField(default="other")  # kind matter
    question = TextField(default="")
    advice = TextField(default="")
    disposition = CharField(default="answered")  # kind disposition
    referred_to = CharField(default="")  # kind referral
    reply_due = DateField(null=True)
    answered_at = DateTimeField(null=True)
    documents_drafted = IntegerField(default=0)
    clerk = ForeignKeyField(User, null=True, backref="+")
    minutes = IntegerField(default=0)
    mediation_case = ForeignKeyField(MediationCase, null=True, backref="consultations")
    aid_application = ForeignKeyField(AidApplication, null=True, backref="consultations")


# The reply clock reads only the few consultations that have a reply date (migration 4).
Consultation.add_index(Consultation.index(Consultation.reply_due, where=Consultation.reply_due.is_null(False)))
# The question's search index (consultation_search, FTS5) is no model: migration 4 makes it
# and its triggers keep it; core.consultations.query reads it.


class ConsultationGroup(BaseModel):
    consultation = ForeignKeyField(Consultation, backref="group_links", on_delete="CASCADE")
    group = CharField()  # kind group

    class Meta:
        indexes = ((("consultation", "group"), True),)


class AidGroup(BaseModel):
    application = ForeignKeyField(AidApplication, backref="group_links", on_delete="CASCADE")
    group = CharField()  # kind group

    class Meta:
        indexes = ((("application", "group"), True),)


class FollowUp(Record):
    """A return visit (回访) for a mediation case or an aid application."""

    mediation_case = ForeignKeyField(MediationCase, null=True, backref="followups")
    aid_application = ForeignKeyField(AidApplication, null=True, backref="followups")
    visited_on = DateField(index=True)
    visitor = CharField(default="")
    method = CharField(default="phone")  # kind followup_method
    reached = BooleanField(default=True)
    performance = TextField(default="")
    satisfaction = CharField(default="")  # kind satisfaction: satisfied basic dissatisfied ''
    fee_charged = BooleanField(null=True)  # legal aid is free: any fee is a complaint
    notes = TextField(default="")


class PublicityActivity(Record):
    held_on = DateField(index=True)
    format = CharField(default="booth")  # kind pub_format
    theme = CharField(default="")  # kind pub_theme
    title = CharField(default="")
    place = CharField(default="")
    partners = CharField(default="")
    staff = IntegerField(default=0)
    vehicles = IntegerField(default=0)
    banners = IntegerField(default=0)
    boards = IntegerField(default=0)
    leaflets = IntegerField(default=0)
    booklets = IntegerField(default=0)
    lectures = IntegerField(default=0)
    attendees = IntegerField(default=0)
    consulted = IntegerField(default=0)
    questions = IntegerField(default=0)
    media = IntegerField(default=0)
    notes = TextField(default="")


class PublicityPhoto(BaseModel):
    activity = ForeignKeyField(PublicityActivity, backref="photos", on_delete="CASCADE")
    file_name = CharField()  # relative to the station's photos/ folder
    caption = CharField(default="")
    added_at = DateTimeField(default=now)


class CardPrintRun(BaseModel):
    """A sheet run of contact cards: reserves serials serial_from..serial_to of `year`."""

    printed_at = DateTimeField(default=now)
    year = IntegerField()
    serial_from = IntegerField()
    serial_to = IntegerField()
    reprint = BooleanField(default=False)
    username = CharField(default="")
    file_name = CharField(default="")


class CardIssue(Record):
    issued_on = DateField(index=True)
    year = IntegerField(null=True)  # serial year; serials are {code}-{year}-{n:05d}
    serial_from = IntegerField(null=True)
    serial_to = IntegerField(null=True)
    quantity = IntegerField(default=1)
    person = ForeignKeyField(Person, null=True, backref="card_issues")
    recipient = CharField(default="")  # description when not a person, e.g. 3号楼 12户
    households = IntegerField(default=1)  # households reached by this hand-over
    household_type = CharField(default="")  # kind household_type
    community = CharField(default="")
    channel = CharField(default="window")  # kind card_channel
    activity = ForeignKeyField(PublicityActivity, null=True, backref="card_issues")
    issued_by = ForeignKeyField(Staff, null=True, backref="+")
    notes = TextField(default="")


class ManualFigure(BaseModel):
    month = CharField()  # YYYY-MM
    key = CharField()
    value = FloatField()
    updated_at = DateTimeField(default=now)
    username = CharField(default="")

    class Meta:
        indexes = ((("month", "key"), True),)


class Submission(BaseModel):
    month = CharField(index=True)
    generated_at = DateTimeField(default=now)
    username = CharField(default="")
    file_name = CharField()
    sha256 = CharField()
    values = TextField()  # JSON {key: value} as sent
    correction = IntegerField(default=0)  # 0 = original, N = 更正N
    changed_since = BooleanField(default=False)  # a record of the month changed after sending
    # The audit chain's head when the month was sent (core/audit.py anchors; None before v2)
    audit_events = IntegerField(null=True)
    audit_head = CharField(null=True)


class StationKey(BaseModel):
    """The district's registry of station signing keys (excel/signing.py): the first signed
    return of a station registers its key; a later one signed with another key is refused."""

    code = CharField(unique=True)  # station code
    public_key = CharField()  # Ed25519, 32 bytes as 64 hex digits
    fingerprint = CharField()  # first 16 hex digits of SHA-256 of the key, in groups of four
    first_seen = DateTimeField(default=now)
    last_seen = DateTimeField(default=now)


class ImportBatch(BaseModel):
    """One ledger import (issue 16): its file's SHA-256 refuses the same file twice, and its
    items let an administrator undo it (the records soft-deleted, audited)."""

    kind = CharField()  # consultation | person | mediation | legalaid | card | publicity ...
    file_name = CharField()
    sha256 = CharField(index=True)
    imported_at = DateTimeField(default=now)
    user = ForeignKeyField(User, null=True, backref="+")  # None: the command line (audit says who)
    rows = IntegerField(default=0)
    skipped = IntegerField(default=0)  # rows reported as duplicates and not written
    undone_at = DateTimeField(null=True)
    undone_by = ForeignKeyField(User, null=True, backref="+")


class ImportItem(BaseModel):
    """A record an import wrote: its table's model name (RECORD_MODELS) and id."""

    batch = ForeignKeyField(ImportBatch, backref="items", on_delete="CASCADE")
    model = CharField()
    record_id = IntegerField()


class ScreeningRound(Record):
    """One round of dispute screening (矛盾纠纷排查) in an area; a round with no live item is a
    nil report (零报告), so nil is read from the items, never stored beside them."""

    held_on = DateField(index=True)
    area = CharField(default="")  # kind screening_area
    screener = ForeignKeyField(Staff, null=True, backref="+")
    method = CharField(default="visit")  # kind screening_method
    note = TextField(default="")


class ScreeningItem(Record):
    """A dispute found in a round: its risk (kind screening_risk) and what was done with it."""

    round = ForeignKeyField(ScreeningRound, backref="items", on_delete="CASCADE")
    position = IntegerField(default=0)  # order within the round
    description = TextField(default="")
    dispute_type = CharField(default="other")  # kind dispute_type
    risk = CharField(default="blue")  # kind screening_risk: red | yellow | blue
    outcome = CharField(default="watched")  # resolved | mediation | referred | watched
    referred_to = CharField(default="")  # kind referral, for outcome referred
    mediation_case = ForeignKeyField(MediationCase, null=True, backref="screening_items")
    closed_on = DateField(null=True)  # a watched item no longer watched


class ScreeningParty(BaseModel):
    item = ForeignKeyField(ScreeningItem, backref="party_links", on_delete="CASCADE")
    person = ForeignKeyField(Person, backref="screening_links")

    class Meta:
        indexes = ((("item", "person"), True),)


ALL_MODELS = [
    Setting, User, AuditEvent, Code, Staff, Person, MediationCase, MediationParty,
    CaseMediator, MediationSession, DossierItem, AidApplication, AidMaterial, Consultation,
    ConsultationGroup, AidGroup, FollowUp, PublicityActivity, PublicityPhoto, CardPrintRun,
    CardIssue, ManualFigure, Submission, StationKey, ImportBatch, ImportItem,
    ScreeningRound, ScreeningItem, ScreeningParty,
]

# Record tables an administrator can restore from the bin, by name.
RECORD_MODELS = {m.__name__: m for m in ALL_MODELS if issubclass(m, Record)}
