"""The encrypted station (issue 20): raw bytes hold no personal text, sqlite3 without the key
cannot open it or its backups, sign-in by password and recovery key, wraps follow accounts,
and turning encryption on keeps every row and every total."""
from __future__ import annotations

import json
import sqlite3

import pytest

from aidstation.core import accounts, backup, encryption, keys, people, records
from aidstation.core.db import close_station, current_station, db
from aidstation.core.station import StationEncrypted, create_encrypted, open_station

NAME, ID_NUMBER, PHONE = "欧阳秀珍", "11010519491231002X", "13912345678"
ADDRESS = "海淀区清华园街道七号楼"


@pytest.fixture
def enc(tmp_path):
    """An open encrypted station with an admin `boss` (password 'Secret-pass-1') holding one
    person; yields (folder, recovery key)."""
    station, recovery = create_encrypted(tmp_path / "enc", {"station.name": "加密站"})
    boss = accounts.create_user("boss", "Boss", "admin", "Secret-pass-1", user=records.system("init"))
    people.create(name=NAME, id_number=ID_NUMBER, phone=PHONE, address=ADDRESS, user=boss)
    yield station.folder, recovery
    close_station()


def _raw_has_personal_text(path) -> list[str]:
    data = path.read_bytes()
    found = []
    for text in (NAME, ID_NUMBER, PHONE, ADDRESS, "boss"):
        if text.encode("utf-8") in data:
            found.append(text)
    return found


def _plain_sqlite_fails(path) -> str:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.DatabaseError) as info:
            con.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    finally:
        con.close()
    return str(info.value)


def test_station_file_and_backups_hold_no_personal_text(enc):
    folder, _ = enc
    daily = backup.make_backup(full=True)
    copy = backup.make_backup(folder / "elsewhere.db")
    close_station()  # checkpoints the WAL into station.db
    for path in (folder / "station.db", daily, copy):
        assert _raw_has_personal_text(path) == []
        assert _plain_sqlite_fails(path) == "file is not a database"
    # the key file names no one either: a keyed hash finds each wrap
    text = (folder / "station.keys").read_text(encoding="utf-8")
    assert "boss" not in text and NAME not in text
    assert json.loads(text)["station"] == {"station.name": "加密站"}
    assert (folder / "backups" / "station.keys").read_text(encoding="utf-8") == text


def test_sign_in_with_password_and_recovery_key(enc):
    folder, recovery = enc
    boss = accounts.get_user("boss")
    accounts.create_user("clerk1", "Clerk", "clerk", "Clerk-pass-22", user=boss)
    close_station()
    for username, password in (("boss", "Secret-pass-1"), ("CLERK1", "Clerk-pass-22")):
        station, user = encryption.open_signed_in(folder, username, password)
        assert station.encrypted and user.username == username.lower()
        assert db.execute_sql("SELECT phone FROM person").fetchone()[0] == PHONE
        close_station()
    station = encryption.open_with_recovery(folder, recovery.lower().replace("-", " "))
    assert db.execute_sql("SELECT name FROM person").fetchone()[0] == NAME
    close_station()


def test_wrong_keys_fail_cleanly_and_lock_out(enc):
    folder, recovery = enc
    close_station()
    with pytest.raises(StationEncrypted, match="is encrypted"):
        open_station(folder, create=False)
    with pytest.raises(StationEncrypted, match="not the key"):
        open_station(folder, create=False, key=b"\x01" * 32)
    with pytest.raises(keys.WrongKey, match="wrong recovery key"):
        encryption.open_with_recovery(folder, "0" * 30)
    for _ in range(4):
        with pytest.raises(encryption.UnlockRefused) as info:
            encryption.open_signed_in(folder, "boss", "wrong-password")
        assert info.value.reason == "wrong_password"
    with pytest.raises(encryption.UnlockRefused) as info:
        encryption.open_signed_in(folder, "nobody", "Secret-pass-1")
    assert info.value.reason == "wrong_password"
    with pytest.raises(encryption.UnlockRefused) as info:
        encryption.open_signed_in(folder, "boss", "wrong-password")
    assert (info.value.reason, info.value.minutes_remaining) == ("locked", 5)
    with pytest.raises(encryption.UnlockRefused, match="locked"):
        encryption.open_signed_in(folder, "boss", "Secret-pass-1")
    encryption._failures.clear()
    encryption.open_signed_in(folder, "boss", "Secret-pass-1")
    from aidstation.core.models import AuditEvent

    failed = AuditEvent.select().where(AuditEvent.action == "login_failed").count()
    assert failed == 6  # every refusal before the unlock, written at the sign-in that followed


def test_password_change_rewraps_and_deactivation_drops_the_wrap(enc):
    folder, _ = enc
    boss = accounts.get_user("boss")
    clerk = accounts.create_user("clerk1", "Clerk", "clerk", "Clerk-pass-22", user=boss)
    accounts.change_password(clerk, "Clerk-pass-22", "Clerk-pass-33")
    with pytest.raises(keys.WrongKey):
        keys.unlock(folder, "clerk1", "Clerk-pass-22")
    assert keys.unlock(folder, "clerk1", "Clerk-pass-33") == current_station().key
    accounts.reset_password(clerk, "Clerk-pass-44", user=boss)
    assert keys.unlock(folder, "clerk1", "Clerk-pass-44") == current_station().key
    accounts.set_active(clerk, False, user=boss)
    assert not keys.load(folder).has_user("clerk1") and not accounts.has_wrap(clerk)
    with pytest.raises(keys.WrongKey):
        keys.unlock(folder, "clerk1", "Clerk-pass-44")
    accounts.set_active(clerk, True, user=boss)
    assert not accounts.has_wrap(clerk)  # a new password from an administrator brings it back
    accounts.reset_password(clerk, "Clerk-pass-55", user=boss)
    assert accounts.has_wrap(clerk)
    assert keys.load(folder).users() == 2


def test_a_failed_transaction_puts_the_wrap_back(enc, monkeypatch):
    folder, _ = enc
    boss = accounts.get_user("boss")
    before = (folder / "station.keys").read_text(encoding="utf-8")

    def broken(*args, **kwargs):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(accounts, "record_event", broken)
    with pytest.raises(RuntimeError):
        accounts.change_password(boss, "Secret-pass-1", "Other-pass-99")
    assert (folder / "station.keys").read_text(encoding="utf-8") == before
    assert keys.unlock(folder, "boss", "Secret-pass-1") == current_station().key


def test_restore_of_an_encrypted_backup(enc):
    folder, _ = enc
    boss = accounts.get_user("boss")
    saved = backup.make_backup()
    assert backup.inspect(saved) == ""
    people.create(name="后来者", user=boss)
    backup.restore(saved, user=boss)
    assert [r[0] for r in db.execute_sql("SELECT name FROM person ORDER BY id")] == [NAME]
    assert backup.check() == []
    close_station()
    # another station (plain) cannot read it
    open_station(folder.parent / "plain")
    assert backup.inspect(saved) == (f"{saved.name} is not a readable database: file is not a "
                                     "database (if it is an encrypted station's backup, only "
                                     "that station can read it)")


def _plain_demo(folder):
    from aidstation.core import demo

    demo.generate(folder, seed=3, months=2)
    return current_station()


def _everything():
    from aidstation.core.reporting import indicators

    counts = backup._table_counts(db.connection())
    months = db.execute_sql("SELECT DISTINCT substr(received_at, 1, 7) FROM consultation").fetchall()
    totals = {}
    for (month,) in sorted(months):
        year, mon = map(int, month.split("-"))
        import datetime as dt

        start = dt.date(year, mon, 1)
        end = dt.date(year + mon // 12, mon % 12 + 1, 1)
        totals[month] = json.dumps(indicators.compute_period(start, end), ensure_ascii=False)
    return counts, totals


def test_turning_encryption_on_keeps_every_row_and_total(tmp_path):
    station = _plain_demo(tmp_path / "demo")
    folder = station.folder
    demo_user = accounts.get_user("demo")
    counts, totals = _everything()
    assert len(totals) >= 2 and counts["consultation"] > 0
    with pytest.raises(accounts.ValidationError):
        encryption.encrypt_station(user=demo_user, password="wrong")
    plain, recovery = encryption.encrypt_station(user=demo_user, password="demo")
    assert current_station().encrypted
    after_counts, after_totals = _everything()
    assert after_totals == totals
    assert {k: v for k, v in after_counts.items() if k != "audit_event"} == \
        {k: v for k, v in counts.items() if k != "audit_event"}
    assert after_counts["audit_event"] == counts["audit_event"] + 1
    assert backup.check() == []
    assert encryption.plain_backups() == [plain]  # the way back, until deleted
    assert backup.inspect(plain) == ""
    close_station()
    assert _plain_sqlite_fails(folder / "station.db") == "file is not a database"
    encryption.open_signed_in(folder, "demo", "demo")
    close_station()
    encryption.open_with_recovery(folder, recovery)
    assert _everything()[1] == totals
    # the plain backup restores into the encrypted station, encrypted
    backup.restore(plain, user=records.system("restore"))
    assert current_station().encrypted and _everything()[1] == totals
    assert len(encryption.delete_plain_backups(user=records.system("test"))) >= 1
    assert encryption.plain_backups() == []
    close_station()
    assert _plain_sqlite_fails(folder / "station.db") == "file is not a database"


def test_recovery_key_gives_an_administrator_a_new_password(enc):
    folder, recovery = enc
    boss = accounts.get_user("boss")
    accounts.create_user("clerk1", "Clerk", "clerk", "Clerk-pass-22", user=boss)
    close_station()
    with pytest.raises(accounts.ValidationError, match="not an active administrator"):
        encryption.recover_admin(folder, recovery, "clerk1", "Brand-new-pass-1")
    with pytest.raises(keys.WrongKey):
        encryption.recover_admin(folder, "Z" * 30, "boss", "Brand-new-pass-1")
    encryption.recover_admin(folder, recovery, "boss", "Brand-new-pass-1")
    from aidstation.core.models import AuditEvent

    last = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    assert (last.username, last.action, last.fields) == ("system:recovery", "update",
                                                         "password,locked_until")
    close_station()
    station, user = encryption.open_signed_in(folder, "boss", "Brand-new-pass-1")
    assert user.username == "boss"


def test_a_damaged_encrypted_station_opens_read_only_and_quietly(tmp_path, capfd):
    from aidstation.core.db import StationDamaged

    station, _ = create_encrypted(tmp_path / "dmg")
    boss = accounts.create_user("boss", "Boss", "admin", "Secret-pass-1", user=records.system("init"))
    for i in range(200):
        people.create(name=f"{NAME}{i}", user=boss)
    close_station()
    path = station.folder / "station.db"
    data = bytearray(path.read_bytes())
    data[4096 * 20 + 100] ^= 0xFF  # one byte of a page: its HMAC no longer matches
    path.write_bytes(bytes(data))
    key = keys.unlock(station.folder, "boss", "Secret-pass-1")
    capfd.readouterr()
    with pytest.raises(StationDamaged) as info:
        open_station(station.folder, create=False, key=key)
    assert info.value.problem.startswith("station.db: *** in database main ***")
    opened = open_station(station.folder, create=False, key=key, read_only=True)
    assert opened.read_only and opened.encrypted and accounts.check_login("boss", "Secret-pass-1")
    close_station()
    assert capfd.readouterr().err == ""  # SQLCipher's own log stays silent


def test_after_turning_encryption_on_other_accounts_need_a_new_password(tmp_path):
    station = open_station(tmp_path / "plain")
    boss = accounts.create_user("boss", "Boss", "admin", "Secret-pass-1", user=records.system("init"))
    clerk = accounts.create_user("clerk1", "Clerk", "clerk", "Clerk-pass-22", user=boss)
    assert accounts.has_wrap(clerk)  # a plain station: everyone can sign in
    encryption.encrypt_station(user=boss, password="Secret-pass-1")
    assert [u.username for u in encryption.accounts_without_wrap()] == ["clerk1"]
    with pytest.raises(encryption.UnlockRefused):
        encryption.unlock(station.folder, "clerk1", "Clerk-pass-22")
    accounts.reset_password(clerk, "Clerk-pass-33", user=boss)
    assert encryption.accounts_without_wrap() == []
    renewed = encryption.renew_recovery_key(user=boss, password="Secret-pass-1")
    close_station()
    encryption.open_signed_in(station.folder, "clerk1", "Clerk-pass-33")
    close_station()
    encryption.open_with_recovery(station.folder, renewed)
    encryption._failures.clear()


def test_the_deadlines_read_an_encrypted_station(enc):
    """core/due.py reads rows as the driver's Row: sqlite3.Row cannot wrap a SQLCipher cursor
    (needs due.plain_rows to take db.row_type(); see the report of issue 20, helper C)."""
    import datetime as dt

    from aidstation.core import consultations, due
    from aidstation.core.db import row_type
    from aidstation.core.models import Consultation

    boss = accounts.get_user("boss")
    consultations.record(user=boss, received_at=dt.datetime(2026, 11, 2, 10, 0), channel="letter",
                         matter="wages", anonymous=True, question="工资", disposition="answered",
                         advice="已解答")
    import sqlcipher3

    assert row_type() is sqlcipher3.Row
    rows = due.plain_rows(Consultation.select(Consultation.number, Consultation.channel))
    assert [(r["number"][:8], r["channel"]) for r in rows] == [("20261102", "letter")]
