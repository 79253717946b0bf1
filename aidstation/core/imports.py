"""Ledger imports as batches (issue 16): the same file is refused a second time, what an
import wrote can be undone, and what the clerks taught the import is kept.

- A batch per import (ImportBatch) with its file's SHA-256 and an ImportItem per record it
  wrote; `find_batch(sha256)` is the batch that already imported a file (one undone does not
  count). `record_batch` runs inside the import's own transaction.
- `undo(batch_id, user=)`: administrators only; every record the batch wrote is soft-deleted
  through records.soft_delete (so each is audited as a delete, and restorable from the bin),
  people last and only those no other live record names; one `undo` event names the batch.
- Settings the import learns: the administrator's extra words for code tables (`synonyms`,
  code kind -> {word: code}) and the clerks' mapping per file layout (`layouts`, layout key
  -> {"kind", "columns": {title: field key or ""}, "values": {field key: {text: code}}}).
  Both are JSON in the Setting table, written audited by key name as settings are.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json

from aidstation.core import records, settings
from aidstation.core.audit import record_event
from aidstation.core.db import atomic, db
from aidstation.core.models import (
    AidApplication,
    CardIssue,
    Consultation,
    ImportBatch,
    ImportItem,
    MediationCase,
    MediationParty,
    Person,
    PublicityActivity,
    ScreeningItem,
    ScreeningParty,
    ScreeningRound,
    Setting,
    User,
    now,
)
from aidstation.core.validation import ValidationError

SYNONYMS_KEY = "import.synonyms"
LAYOUTS_KEY = "import.layouts"
# The record tables an import writes, undone in this order (a person last: others name it).
MODELS = (Consultation, MediationParty, MediationCase, AidApplication, CardIssue, PublicityActivity,
          ScreeningItem, ScreeningRound, Person)
_PERSON_USES = ((Consultation, Consultation.person), (MediationParty, MediationParty.person),
                (AidApplication, AidApplication.applicant), (AidApplication, AidApplication.agent),
                (CardIssue, CardIssue.person))


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def find_batch(sha256: str) -> ImportBatch | None:
    """The batch that imported this file and is not undone, if any."""
    return (ImportBatch.select().where((ImportBatch.sha256 == sha256) & ImportBatch.undone_at.is_null())
            .order_by(ImportBatch.id.desc()).first())


def already_imported(batch: ImportBatch) -> tuple[str, str]:
    """The refusal, in English and Chinese."""
    when = batch.imported_at.strftime("%Y-%m-%d %H:%M")
    name = (batch.user.display_name or batch.user.username) if batch.user else ""
    who, who_zh = name or "the command line", name or "命令行"
    return ((f"this file was already imported on {when} by {who} (batch {batch.id}, {batch.rows} rows); "
             "undo that batch first to import it again"),
            f"该文件已于 {when} 由 {who_zh} 导入（批次 {batch.id}，{batch.rows} 行）；如需重新导入，请先撤销该批次")


def high_water() -> dict[str, int]:
    """The highest id of each record table, before an import writes (its transaction is
    IMMEDIATE, so every row above it afterwards is the import's); one statement."""
    parts = ", ".join(f'(SELECT MAX(id) FROM "{m._meta.table_name}")' for m in MODELS)
    row = db.execute_sql(f"SELECT {parts}").fetchone()
    return {m.__name__: value or 0 for m, value in zip(MODELS, row)}


def _batch_user(user) -> User | None:
    """The account that imported; None for a system actor (the command line: the audit log
    says system:import)."""
    return user if isinstance(user, User) else None


def record_batch(*, kind: str, file_name: str, sha256: str, user, rows: int, skipped: int,
                 before: dict[str, int]) -> ImportBatch | None:
    """The batch of the import now writing (call inside its transaction, after its rows):
    every record above `before` (high_water) is its item, copied by one INSERT … SELECT per
    table written (the statements do not grow with the rows)."""
    batch = ImportBatch.create(kind=kind, file_name=file_name[:255], sha256=sha256, user=_batch_user(user),
                               rows=rows, skipped=skipped, imported_at=now())
    after = high_water()
    for model in MODELS:
        if after[model.__name__] > before.get(model.__name__, 0):
            db.execute_sql(f'INSERT INTO "{ImportItem._meta.table_name}" ("batch_id", "model", "record_id") '
                           f'SELECT {db.param}, {db.param}, id FROM "{model._meta.table_name}" WHERE id > {db.param}',
                           (batch.id, model.__name__, before.get(model.__name__, 0)))
    return batch


def batches(limit: int = 200) -> list[ImportBatch]:
    return list(ImportBatch.select().order_by(ImportBatch.id.desc()).limit(limit))


def item_counts(batch_id: int) -> dict[str, int]:
    from peewee import fn

    return {m: n for m, n in ImportItem.select(ImportItem.model, fn.COUNT(ImportItem.id))
            .where(ImportItem.batch == batch_id).group_by(ImportItem.model).tuples()}


def undo(batch_id: int, *, user) -> dict[str, int]:
    """Soft-delete what the batch wrote; returns {model: records deleted}. A person the
    batch created stays when a record outside the batch (or not deleted) names them."""
    records.require_admin(user, "undo an import", "撤销导入")
    done: dict[str, int] = {}
    with atomic():
        batch = ImportBatch.get_or_none(ImportBatch.id == batch_id)
        if batch is None:
            raise ValidationError("batch", f"no import batch {batch_id}", f"没有导入批次 {batch_id}")
        if batch.undone_at is not None:
            raise ValidationError("batch", f"batch {batch_id} was already undone", f"批次 {batch_id} 已撤销")
        items: dict[str, list[int]] = {}
        for model, record_id in (ImportItem.select(ImportItem.model, ImportItem.record_id)
                                 .where(ImportItem.batch == batch.id).tuples()):
            items.setdefault(model, []).append(record_id)
        for model in MODELS:
            ids = items.get(model.__name__, [])
            count = 0
            for record in model.select().where(model.id.in_(ids) & model.deleted_at.is_null()) if ids else []:
                if model is Person and _named_elsewhere(record.id):
                    continue
                records.soft_delete(record, user=user)
                count += 1
            if count:
                done[model.__name__] = count
        ImportBatch.update(undone_at=now(), undone_by=records.actor_id(user)).where(
            ImportBatch.id == batch.id).execute()
        record_event(user, "undo", "ImportBatch", batch.id,
                     detail=f"{batch.file_name}: " + ", ".join(f"{n} {m}" for m, n in sorted(done.items())))
    return done


def _named_elsewhere(person_id: int) -> bool:
    for model, field in _PERSON_USES:
        if model.select(model.id).where((field == person_id) & model.deleted_at.is_null()).exists():
            return True
    # a dispute found by screening names its parties through a link table (no deleted_at of its own)
    return (ScreeningParty.select(ScreeningParty.id).join(ScreeningItem).join(ScreeningRound)
            .where((ScreeningParty.person == person_id) & ScreeningItem.deleted_at.is_null()
                   & ScreeningRound.deleted_at.is_null()).exists())


# --- what the import learns --------------------------------------------------------------------
def _get(key: str) -> dict:
    try:
        value = json.loads(settings.get(key) or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _put(key: str, value: dict, user) -> None:
    # Written here rather than by settings.set_many (administrators only): a clerk's mapping of
    # a ledger layout is remembered too. Audited by key name, as settings are.
    with atomic():
        Setting.insert(key=key, value=json.dumps(value, ensure_ascii=False, sort_keys=True)).on_conflict_replace().execute()
        record_event(user, "update", "Setting", None, fields=[key])


def synonyms() -> dict[str, dict[str, str]]:
    """The administrator's extra words per code kind: {kind: {word: code}}."""
    return {k: {str(w): str(c) for w, c in v.items()} for k, v in _get(SYNONYMS_KEY).items() if isinstance(v, dict)}


def add_synonym(kind: str, word: str, code: str, *, user) -> None:
    """Teach every later import that `word` means `code` in code table `kind`."""
    from aidstation.core import codes

    records.require_admin(user, "change code tables", "修改代码表")
    word = " ".join(str(word).split())
    if not word or len(word) > 60:
        raise ValidationError("word", "a word of 1 to 60 characters", "词语应为1至60个字符")
    if code not in {e.code for e in codes.entries(kind)}:
        raise ValidationError("code", f"no code {code} in {kind}", f"代码表中没有 {code}")
    value = synonyms()
    value.setdefault(kind, {})[word] = code
    _put(SYNONYMS_KEY, value, user)


def layout(layout_key: str) -> dict | None:
    value = _get(LAYOUTS_KEY).get(layout_key)
    return value if isinstance(value, dict) else None


def save_layout(layout_key: str, kind: str, mapping: dict, *, user) -> None:
    """The clerk's mapping for a file layout: next month's ledger of the same layout uses it."""
    records.require_user(user)
    columns = {str(t): str(k) for t, k in (mapping.get("columns") or {}).items()}
    values = {str(f): {str(t): str(c) for t, c in v.items()} for f, v in (mapping.get("values") or {}).items()
              if isinstance(v, dict)}
    all_layouts = _get(LAYOUTS_KEY)
    all_layouts[layout_key] = {"kind": kind, "columns": columns, "values": values,
                               "saved": dt.datetime.now().strftime("%Y-%m-%d %H:%M")}
    _put(LAYOUTS_KEY, all_layouts, user)
