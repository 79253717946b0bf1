"""Accounts: hashing, login, lock-out, the last-admin rule, password strength, audit."""
from __future__ import annotations

import datetime as dt

import pytest
from argon2 import PasswordHasher

from aidstation.core import accounts, records
from aidstation.core.accounts import LoginError
from aidstation.core.models import AuditEvent, User
from aidstation.core.validation import ValidationError

INIT = records.system("init")  # the first accounts, as `aidstation init` makes them


def test_create_and_authenticate(station):
    u = accounts.create_user("li", "李娜", "clerk", "good-pass-1", user=INIT)
    assert u.password_hash.startswith("$argon2id$")
    assert "good-pass-1" not in u.password_hash
    got = accounts.authenticate("li", "good-pass-1")
    assert got.id == u.id
    assert got.last_login is not None
    assert got.failed_attempts == 0
    ev = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    assert (ev.action, ev.username, ev.entity, ev.entity_id) == ("login", "li", "User", u.id)
    # the password never reaches the audit log
    for e in AuditEvent.select():
        assert "good-pass-1" not in (e.fields + e.detail)


def test_unknown_and_wrong_password_read_the_same(station):
    accounts.create_user("li", "李娜", "clerk", "good-pass-1", user=INIT)
    with pytest.raises(LoginError) as unknown:
        accounts.authenticate("nobody", "good-pass-1")
    with pytest.raises(LoginError) as wrong:
        accounts.authenticate("li", "bad-pass-1")
    assert unknown.value.reason == "unknown"
    assert wrong.value.reason == "wrong_password"
    assert str(unknown.value) == str(wrong.value) == "Wrong username or password."
    assert unknown.value.text("zh") == "用户名或密码错误。"
    failed = list(AuditEvent.select().where(AuditEvent.action == "login_failed").order_by(AuditEvent.id))
    assert [(e.username, e.detail) for e in failed] == [("", "unknown username"), ("li", "wrong password")]


class CountingHasher(PasswordHasher):
    """argon2-cffi's hasher, counting the verifies and hashes it is asked for."""

    def __init__(self):
        super().__init__()
        self.verifies = self.hashes = 0

    def verify(self, hash, password):
        self.verifies += 1
        return super().verify(hash, password)

    def hash(self, password, *, salt=None):
        self.hashes += 1
        return super().hash(password, salt=salt)


def _refusal(username, password):
    with pytest.raises(LoginError) as exc:
        accounts.authenticate(username, password)
    return exc.value


def test_every_refusal_costs_one_argon2_verify(station, monkeypatch):
    """An unknown name, a wrong password, a locked and a deactivated account all take the time
    of one argon2 verify, so the time of the answer does not tell which names exist."""
    boss = accounts.create_user("boss", "Boss", "admin", "good-pass-1", user=INIT)
    accounts.create_user("li", "李娜", "clerk", "good-pass-1", user=INIT)
    gone = accounts.create_user("gone", "走了", "clerk", "good-pass-1", user=INIT)
    accounts.set_active(gone, False, user=boss)
    hasher = CountingHasher()
    monkeypatch.setattr(accounts, "_hasher", hasher)
    accounts._dummy_hash.cache_clear()  # the stored dummy: nothing is hashed, even at the first refusal

    assert _refusal("nobody", "good-pass-1").reason == "unknown"
    assert (hasher.hashes, hasher.verifies) == (0, 1)  # the first unknown name: one verify of the dummy
    assert _refusal("nobody2", "good-pass-1").reason == "unknown"
    assert (hasher.hashes, hasher.verifies) == (0, 2)
    assert _refusal("li", "bad-pass-1").reason == "wrong_password"
    assert hasher.verifies == 3
    assert _refusal("gone", "good-pass-1").reason == "inactive"
    assert hasher.verifies == 4
    User.update(locked_until=dt.datetime.now() + dt.timedelta(minutes=3)).where(User.username == "li").execute()
    assert _refusal("li", "good-pass-1").reason == "locked"
    assert hasher.verifies == 5
    assert hasher.hashes == 0


def test_read_only_sign_in_costs_one_verify_whatever_the_name(station, monkeypatch):
    """A damaged station opens read-only and signs in without writing: check_login."""
    boss = accounts.create_user("boss", "Boss", "admin", "good-pass-1", user=INIT)
    gone = accounts.create_user("gone", "走了", "clerk", "good-pass-1", user=INIT)
    accounts.set_active(gone, False, user=boss)
    hasher = CountingHasher()
    monkeypatch.setattr(accounts, "_hasher", hasher)
    assert accounts.check_login("BOSS", "good-pass-1").id == boss.id
    assert [accounts.check_login(name, password) for name, password in (
        ("boss", "bad-pass-1"), ("nobody", "good-pass-1"), ("gone", "good-pass-1"), ("", ""))] == [None] * 4
    assert hasher.verifies == 5
    assert User.get_by_id(boss.id).failed_attempts == 0  # nothing written


def test_an_unknown_name_locks_like_an_account(station):
    """Five failures under a name that is no account answer as five wrong passwords do."""
    accounts.create_user("li", "李娜", "clerk", "good-pass-1", user=INIT)
    real = [_refusal("li", "bad-pass-1") for _ in range(7)]
    unknown = [_refusal("nobody", "bad-pass-1") for _ in range(7)]
    assert [e.text("en") for e in unknown] == [e.text("en") for e in real]
    assert [e.text("zh") for e in unknown] == [e.text("zh") for e in real]
    assert real[4].text("en") == "Too many failed attempts: the account is locked for 5 more minute(s)."
    # the name is counted as typed, whatever its case, and another name is not locked
    assert _refusal(" NoBody ", "x").reason == "locked"
    assert _refusal("somebody", "x").reason == "unknown"
    # the lock ends after five minutes, as an account's does
    later = dt.datetime.now() + dt.timedelta(minutes=5, seconds=1)
    assert accounts._unknown_attempt("nobody", later) == 0
    # the audit log still says what happened, and never the typed name
    failed = AuditEvent.select().where(AuditEvent.action == "login_failed", AuditEvent.username == "")
    assert {e.detail for e in failed} == {"unknown username"}
    assert not any("nobody" in (e.fields + e.detail).casefold() for e in AuditEvent.select())


def test_five_failures_lock_for_five_minutes(station):
    accounts.create_user("li", "李娜", "clerk", "good-pass-1", user=INIT)
    for _ in range(4):
        with pytest.raises(LoginError) as exc:
            accounts.authenticate("li", "nope-nope")
        assert exc.value.reason == "wrong_password"
    assert User.get(User.username == "li").failed_attempts == 4
    with pytest.raises(LoginError) as exc:
        accounts.authenticate("li", "nope-nope")
    assert exc.value.reason == "locked"
    assert exc.value.minutes_remaining == 5
    # even the right password is refused while locked
    with pytest.raises(LoginError) as exc:
        accounts.authenticate("li", "good-pass-1")
    assert exc.value.reason == "locked"
    assert exc.value.minutes_remaining == 5
    # after the lock expires the right password works and clears the counters
    User.update(locked_until=dt.datetime.now() - dt.timedelta(seconds=1)).execute()
    u = accounts.authenticate("li", "good-pass-1")
    assert (u.failed_attempts, u.locked_until) == (0, None)


def test_lock_minutes_remaining_rounds_up(station):
    accounts.create_user("li", "李娜", "clerk", "good-pass-1", user=INIT)
    User.update(locked_until=dt.datetime.now() + dt.timedelta(seconds=61)).execute()
    with pytest.raises(LoginError) as exc:
        accounts.authenticate("li", "good-pass-1")
    assert exc.value.minutes_remaining == 2


def test_inactive_user_refused(station):
    boss = accounts.create_user("boss", "Boss", "admin", "good-pass-1", user=INIT)
    u = accounts.create_user("li", "李娜", "clerk", "good-pass-1", user=INIT)
    accounts.set_active(u, False, user=boss)
    with pytest.raises(LoginError) as exc:
        accounts.authenticate("li", "good-pass-1")
    assert exc.value.reason == "inactive"
    assert accounts.check_password(u, "good-pass-1") is False


def test_rehash_on_login_when_parameters_change(station):
    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)
    u = User.create(username="old", display_name="", role="clerk", password_hash=weak.hash("good-pass-1"))
    accounts.authenticate("old", "good-pass-1")
    new_hash = User.get_by_id(u.id).password_hash
    assert new_hash != u.password_hash
    assert "m=65536" in new_hash and new_hash.startswith("$argon2id$")
    accounts.authenticate("old", "good-pass-1")


@pytest.mark.parametrize("password, message", [
    ("short1", "a password needs at least 8 characters"),
    ("12345678", "a password cannot be only digits"),
    ("Wang.Wei", "the password cannot be the username"),
])
def test_password_strength(station, password, message):
    with pytest.raises(ValidationError) as exc:
        accounts.create_user("wang.wei", "王伟", "clerk", password, user=INIT)
    assert (exc.value.field, exc.value.message) == ("password", message)
    assert User.select().count() == 0


def test_duplicate_username_and_bad_role(station):
    accounts.create_user("li", "李娜", "clerk", "good-pass-1", user=INIT)
    with pytest.raises(ValidationError) as exc:
        accounts.create_user("LI", "x", "clerk", "good-pass-1", user=INIT)
    assert exc.value.field == "username"
    with pytest.raises(ValidationError) as exc:
        accounts.create_user("zhao", "x", "boss", "good-pass-1", user=INIT)
    assert exc.value.field == "role"
    with pytest.raises(ValidationError) as exc:
        accounts.create_user("two words", "x", "clerk", "good-pass-1", user=INIT)
    assert exc.value.field == "username"
    assert User.select().count() == 1


def test_change_password(station):
    u = accounts.create_user("li", "李娜", "clerk", "good-pass-1", user=INIT)
    with pytest.raises(ValidationError) as exc:
        accounts.change_password(u, "wrong-old-1", "newer-pass-2")
    assert exc.value.field == "old_password"
    with pytest.raises(ValidationError) as exc:
        accounts.change_password(u, "good-pass-1", "123456789")
    assert exc.value.field == "new_password"
    accounts.change_password(u, "good-pass-1", "newer-pass-2")
    assert accounts.check_password(u, "newer-pass-2") is True
    assert accounts.check_password(u, "good-pass-1") is False
    ev = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    assert (ev.action, ev.fields) == ("update", "password")


def test_reset_password_needs_admin_and_unlocks(station):
    boss = accounts.create_user("boss", "Boss", "admin", "good-pass-1", user=INIT)
    clerk = accounts.create_user("li", "李娜", "clerk", "good-pass-1", user=INIT)
    other = accounts.create_user("zhao", "赵", "clerk", "good-pass-1", user=INIT)
    User.update(locked_until=dt.datetime.now() + dt.timedelta(minutes=5), failed_attempts=0).where(
        User.id == clerk.id).execute()
    with pytest.raises(ValidationError) as exc:
        accounts.reset_password(clerk, "fresh-pass-9", user=other)
    assert exc.value.field == "user"
    accounts.reset_password(clerk, "fresh-pass-9", user=boss)
    assert accounts.authenticate("li", "fresh-pass-9").id == clerk.id


def test_last_admin_cannot_be_deactivated_or_demoted(station):
    boss = accounts.create_user("boss", "Boss", "admin", "good-pass-1", user=INIT)
    with pytest.raises(ValidationError) as exc:
        accounts.set_active(boss, False, user=boss)
    assert exc.value.message == "the last active administrator cannot be deactivated"
    with pytest.raises(ValidationError) as exc:
        accounts.set_role(boss, "clerk", user=boss)
    assert exc.value.field == "role"
    second = accounts.create_user("boss2", "Boss 2", "admin", "good-pass-1", user=boss)
    accounts.set_role(boss, "clerk", user=second)
    assert User.get_by_id(boss.id).role == "clerk"
    with pytest.raises(ValidationError):
        accounts.set_active(second, False, user=second)
    assert User.get_by_id(second.id).active is True


def test_list_users_and_update(station):
    boss = accounts.create_user("boss", "Boss", "admin", "good-pass-1", user=INIT)
    li = accounts.create_user("li", "李娜", "clerk", "good-pass-1", user=boss)
    accounts.set_active(li, False, user=boss)
    assert [u.username for u in accounts.list_users()] == ["boss", "li"]
    assert [u.username for u in accounts.list_users(include_inactive=False)] == ["boss"]
    accounts.update_user(li, display_name="李娜娜", user=boss)
    assert User.get_by_id(li.id).display_name == "李娜娜"
