"""User accounts: argon2id passwords, login with lock-out, roles, the last-admin rule, and the
one rule for who may write at all.

Roles are `admin` (also manages users, codes, settings, restores) and `clerk`. Five failed
logins lock an account for five minutes. Passwords are never logged or audited; login and
failed login are audit events carrying only the username.

Who may do what: a write needs an active account (`require_user`), some writes an active
administrator (`require_admin`), judged by the account as stored at that moment, so one
deactivated or demoted while its session is open loses the right at once. Work no person does
at the desk (the demo generator, a ledger import from the command line) names an explicit
`SystemActor`, audited as `system:<name>`; there is no "None means the system". Services reach
this rule through core/records.py; it lives here, at the bottom of the house, so that settings,
codes and the month submissions (which records.py itself builds on) can use it too.
"""
from __future__ import annotations

import contextlib
import copy
import datetime as dt
import functools
import math
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from aidstation.core import keys
from aidstation.core.audit import record_event
from aidstation.core.db import atomic, current_station, db
from aidstation.core.models import User, now
from aidstation.core.validation import ValidationError

ADMIN = "admin"
CLERK = "clerk"
ROLES = (ADMIN, CLERK)
MAX_FAILED = 5
LOCK_MINUTES = 5

# argon2-cffi's defaults are argon2id (RFC 9106 low-memory profile); a change of parameters in
# a later release makes check_needs_rehash() true, and the next login rehashes.
_hasher = PasswordHasher()


# A hash of "not-a-real-password" made once with argon2-cffi 25.1's defaults (the parameters
# _hasher uses): verifying against it costs what verifying a real password does, and nothing
# hashes at import or at sign-in to make it.
_DUMMY_HASH = ("$argon2id$v=19$m=65536,t=3,p=4$hsS1eeznBBqLt0ggGL+YmQ"
               "$1bQRI4WjENYF3cXBq0dRda3KYTTnMbNlXZb6CAHmqGw")


@functools.cache
def _dummy_hash() -> str:
    """Verified against when the username is unknown, so both failures take the same time.
    The stored constant while its parameters are the hasher's; a later argon2-cffi with other
    defaults gets one made with those, at the first refusal that needs it."""
    if _hasher.check_needs_rehash(_DUMMY_HASH):
        return _hasher.hash("not-a-real-password")
    return _DUMMY_HASH


# ---------------------------------------------------------------- who may do what
class PermissionDenied(ValidationError):
    """The user may not do this; the message says why, in both languages."""

    def __init__(self, message: str, message_zh: str):
        super().__init__("user", message, message_zh)


@dataclass(frozen=True)
class SystemActor:
    """The program itself acting for a named job ('demo', 'import'): an administrator with no
    account, audited as `system:<name>`."""

    name: str
    role: str = ADMIN
    active: bool = True
    id: None = None

    @property
    def username(self) -> str:
        return f"system:{self.name}"

    @property
    def display_name(self) -> str:
        return self.username


def system(name: str) -> SystemActor:
    return SystemActor(name)


def _allowed(user) -> User | SystemActor:
    """The actor as it stands now: a system actor, or the stored account if it is active."""
    if isinstance(user, SystemActor):
        return user
    if not isinstance(user, User):
        raise PermissionDenied("a signed-in user is required for this", "此操作需要先登录")
    current = user if user.id is None else User.get_or_none(User.id == user.id)
    if current is None:
        raise PermissionDenied(f"the account {user.username} no longer exists",
                               f"账户 {user.username} 已不存在")
    if not current.active:
        raise PermissionDenied(f"the account {user.username} is disabled", f"账户 {user.username} 已停用")
    return current


def require_user(user) -> User | SystemActor:
    """`user` if it may write at all (an active account or a system actor), else PermissionDenied."""
    _allowed(user)
    return user


def require_admin(user, what: str = "do this", what_zh: str = "执行此操作") -> User | SystemActor:
    """`user` if it is an active administrator (or a system actor), else PermissionDenied."""
    if _allowed(user).role != ADMIN:
        raise PermissionDenied(f"only an administrator can {what}", f"只有管理员可以{what_zh}")
    return user


def is_admin(user) -> bool:
    """Whether `user` may do what administrators do (the rule of require_admin)."""
    try:
        require_admin(user)
    except PermissionDenied:
        return False
    return True


def actor_id(user) -> int | None:
    """The User id for created_by / updated_by; None for a system actor."""
    return user.id if isinstance(user, User) else None


# ---------------------------------------------------------------- accounts


class LoginError(Exception):
    """A refused login. `reason` is unknown | wrong_password | locked | inactive.

    `message` / `message_zh` are what the clerk sees: an unknown user and a wrong password
    read the same (and five of either lock), so the login screen does not reveal which
    usernames exist.
    """

    MESSAGES = {
        "unknown": ("Wrong username or password.", "用户名或密码错误。"),
        "wrong_password": ("Wrong username or password.", "用户名或密码错误。"),
        "locked": ("Too many failed attempts: the account is locked for {m} more minute(s).",
                   "登录失败次数过多，账号已锁定，请 {m} 分钟后再试。"),
        "inactive": ("This account has been deactivated; ask an administrator.",
                     "该账号已停用，请联系管理员。"),
    }

    def __init__(self, reason: str, minutes_remaining: int = 0):
        self.reason = reason
        self.minutes_remaining = minutes_remaining
        en, zh = self.MESSAGES[reason]
        self.message = en.format(m=minutes_remaining)
        self.message_zh = zh.format(m=minutes_remaining)
        super().__init__(self.message)

    def text(self, lang: str = "en") -> str:
        return self.message_zh if lang.startswith("zh") else self.message


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def check_strength(password: str, username: str = "", field: str = "password") -> None:
    """At least 8 characters, not only digits, not the username."""
    if password is None or len(password) < 8:
        raise ValidationError(field, "a password needs at least 8 characters", "密码至少需要8个字符")
    if password.isdigit():
        raise ValidationError(field, "a password cannot be only digits", "密码不能全是数字")
    if username and password.strip().casefold() == username.strip().casefold():
        raise ValidationError(field, "the password cannot be the username", "密码不能与用户名相同")


def _clean_username(username: str) -> str:
    text = (username or "").strip()
    if not text:
        raise ValidationError("username", "a username is required", "用户名不能为空")
    if len(text) > 40 or any(ch.isspace() for ch in text):
        raise ValidationError("username", "a username has at most 40 characters and no spaces",
                              "用户名最多40个字符，且不能含空格")
    return text


def _find(username: str) -> User | None:
    text = (username or "").strip()
    return User.get_or_none(User.username == text) or next(
        (u for u in User.select() if u.username.casefold() == text.casefold()), None)


def _active_admins() -> int:
    return User.select().where((User.role == "admin") & (User.active == True)).count()  # noqa: E712


def _fresh(user: User) -> User:
    return User.get_by_id(user.id)


@contextlib.contextmanager
def _wrap_step(username: str, password: str | None):
    """On an encrypted station, the key file's wrap for `username` made under `password` (or,
    with None, removed) around the transaction that changes the account: written before it
    (the slow argon2 derivation outside BEGIN IMMEDIATE), put back as it was if it fails. So a
    password in the user table and the wrap that opens the station never disagree, and an
    active account is never left without a wrap."""
    station = current_station()
    if not station.encrypted:
        yield
        return
    keyfile = keys.load(station.folder)
    before = copy.deepcopy(keyfile.data)
    wrap_id = keyfile.wrap_id(username)
    if password is None:
        keyfile.wraps.pop(wrap_id, None)
    else:
        keys._check(keyfile, station.key)
        keyfile.wraps[wrap_id] = keys._wrap(station.key, password, wrap_id)
    keys.save(keyfile)
    try:
        yield
    except BaseException:
        keys.save(keys.KeyFile(keyfile.path, before))
        raise


def has_wrap(target: User) -> bool:
    """Whether `target` can open the (encrypted) station with their password; always True on a
    plain station. An account without one (deactivated, or from before encryption was turned
    on) needs an administrator to set a new password."""
    station = current_station()
    if not station.encrypted:
        return True
    try:
        return keys.load(station.folder).has_user(target.username)
    except keys.KeyFileError:
        return False


def create_user(username: str, display_name: str, role: str, password: str, *, user) -> User:
    """A new account, made by an administrator (the first one by `records.system("init")`);
    raises ValidationError (username taken, bad role, weak password)."""
    require_admin(user, "create accounts", "新建账号")
    username = _clean_username(username)
    if role not in ROLES:
        raise ValidationError("role", f"role must be one of {', '.join(ROLES)}", "角色必须是管理员或工作人员")
    check_strength(password, username)
    display_name = (display_name or "").strip()[:60] or username
    if _find(username) is not None:
        raise ValidationError("username", f"the username {username} is already taken",
                              f"用户名 {username} 已被使用")
    password_hash = hash_password(password)
    with _wrap_step(username, password), atomic():
        new = User.create(username=username, display_name=display_name, role=role,
                          password_hash=password_hash, active=True)
        record_event(user, "create", "User", new.id, fields=["username", "display_name", "role", "password"])
    return new


# Failed logins under names that are not accounts, per station database and typed name
# (casefolded): they lock like an account does, so the answers cannot tell which names exist.
# Kept in memory only: the typed name is never stored (clerks sometimes type a password into it).
_unknown_failures: dict[tuple[str, str], tuple[int, dt.datetime | None]] = {}


def _unknown_attempt(username: str, moment: dt.datetime) -> int:
    """Count a failed login under an unknown name; the lock's minutes left, or 0 if none."""
    key = (str(db.database), (username or "").strip().casefold())
    failed, until = _unknown_failures.get(key, (0, None))
    if until is not None and until > moment:
        return max(1, math.ceil((until - moment).total_seconds() / 60))
    if len(_unknown_failures) > 10_000:  # someone trying names: a bound, not a record
        _unknown_failures.clear()
    if failed + 1 >= MAX_FAILED:
        _unknown_failures[key] = (0, moment + dt.timedelta(minutes=LOCK_MINUTES))
        return LOCK_MINUTES
    _unknown_failures[key] = (failed + 1, None)
    return 0


def authenticate(username: str, password: str) -> User:
    """The user on success; raises LoginError otherwise. Both outcomes are audited.

    Every refusal costs one argon2 verify and an unknown name is refused, and locked out, as a
    wrong password is, so neither the answer nor its time tells whether an account exists."""
    dummy = _dummy_hash()
    found = _find(username)
    if found is None:
        _verify(dummy, password or "")
        minutes = _unknown_attempt(username, now())
        with atomic():
            # The typed name is not stored: clerks sometimes type a password into it.
            record_event(None, "login_failed", "User", None, detail="unknown username")
        if minutes:
            raise LoginError("locked", minutes)
        raise LoginError("unknown")
    moment = now()
    if found.locked_until is not None and found.locked_until > moment:
        minutes = max(1, math.ceil((found.locked_until - moment).total_seconds() / 60))
        _verify(dummy, password or "")  # as long as a refusal that checks the password
        with atomic():
            record_event(found, "login_failed", "User", found.id, detail="locked")
        raise LoginError("locked", minutes)
    if not _verify(found.password_hash, password or ""):
        with atomic():
            found = _fresh(found)
            found.failed_attempts += 1
            locked = found.failed_attempts >= MAX_FAILED
            if locked:
                found.locked_until = moment + dt.timedelta(minutes=LOCK_MINUTES)
                found.failed_attempts = 0
            found.save(only=[User.failed_attempts, User.locked_until])
            record_event(found, "login_failed", "User", found.id,
                         detail="wrong password; account locked" if locked else "wrong password")
        if locked:
            raise LoginError("locked", LOCK_MINUTES)
        raise LoginError("wrong_password")
    if not found.active:
        with atomic():
            record_event(found, "login_failed", "User", found.id, detail="inactive")
        raise LoginError("inactive")
    with atomic():
        found = _fresh(found)
        changed = [User.failed_attempts, User.locked_until, User.last_login]
        if _hasher.check_needs_rehash(found.password_hash):
            found.password_hash = hash_password(password)
            changed.append(User.password_hash)
        found.failed_attempts = 0
        found.locked_until = None
        found.last_login = moment
        found.save(only=changed)
        record_event(found, "login", "User", found.id)
    return found


def check_login(username: str, password: str) -> User | None:
    """The sign-in of a station opened read-only, where nothing is written (no lock-out, no
    audit): the active user with this password, else None; one argon2 verify whatever the name."""
    dummy = _dummy_hash()
    found = _find(username)
    ok = _verify(found.password_hash if found is not None else dummy, password or "")
    return found if ok and found is not None and found.active else None


def check_password(user: User, password: str) -> bool:
    """True when `password` is this user's current password (the idle-lock unlock)."""
    current = User.get_or_none(User.id == user.id)
    return current is not None and current.active and _verify(current.password_hash, password or "")


def change_password(user: User, old: str, new: str) -> None:
    """The user changes their own password, giving the old one."""
    require_user(user)
    current = _fresh(user)
    if not _verify(current.password_hash, old or ""):
        raise ValidationError("old_password", "the current password is wrong", "当前密码不正确")
    check_strength(new, current.username, "new_password")
    if old == new:
        raise ValidationError("new_password", "the new password is the same as the old one",
                              "新密码不能与原密码相同")
    password_hash = hash_password(new)
    with _wrap_step(current.username, new), atomic():
        User.update(password_hash=password_hash).where(User.id == current.id).execute()
        record_event(current, "update", "User", current.id, fields=["password"])
    user.password_hash = password_hash


def reset_password(target: User, new: str, *, user) -> None:
    """An administrator sets a new password; this also lifts a lock-out."""
    require_admin(user, "reset passwords", "重置密码")
    current = _fresh(target)
    check_strength(new, current.username)
    password_hash = hash_password(new)
    # an inactive account gets no wrap: it could not sign in anyway, and reactivating it asks
    # for a new password again
    with _wrap_step(current.username, new if current.active else None), atomic():
        User.update(password_hash=password_hash, failed_attempts=0, locked_until=None).where(
            User.id == current.id).execute()
        record_event(user, "update", "User", current.id, fields=["password", "locked_until"])
    target.password_hash, target.failed_attempts, target.locked_until = password_hash, 0, None


def set_active(target: User, active: bool, *, user) -> None:
    """Activate or deactivate an account; the last active administrator stays active.

    On an encrypted station deactivating removes the account's wrap of the data key; an account
    activated again needs a new password from an administrator (reset_password) to sign in."""
    require_admin(user, "activate or deactivate accounts", "启用或停用账号")
    current = _fresh(target)
    if not active and current.active and current.role == "admin" and _active_admins() <= 1:
        raise ValidationError("active", "the last active administrator cannot be deactivated",
                              "不能停用最后一个有效的管理员账号")
    step = _wrap_step(current.username, None) if not active else contextlib.nullcontext()
    with step, atomic():
        User.update(active=bool(active)).where(User.id == current.id).execute()
        record_event(user, "update", "User", current.id, fields=["active"])
    target.active = bool(active)


def set_role(target: User, role: str, *, user) -> None:
    """Change an account's role; the last active administrator cannot be demoted."""
    require_admin(user, "change roles", "修改角色")
    if role not in ROLES:
        raise ValidationError("role", f"role must be one of {', '.join(ROLES)}", "角色必须是管理员或工作人员")
    current = _fresh(target)
    if role != "admin" and current.role == "admin" and current.active and _active_admins() <= 1:
        raise ValidationError("role", "the last active administrator cannot be demoted",
                              "不能取消最后一个有效管理员的管理员角色")
    with atomic():
        User.update(role=role).where(User.id == current.id).execute()
        record_event(user, "update", "User", current.id, fields=["role"])
    target.role = role


def update_user(target: User, *, display_name: str | None = None, role: str | None = None,
                language: str | None = None, user) -> User:
    """Change display name and/or role (role changes follow set_role's rule); anyone may
    change their own name and language, only an administrator someone else's."""
    require_user(user)
    if role is not None and role != _fresh(target).role:
        set_role(target, role, user=user)
    changed = {}
    if display_name is not None:
        changed["display_name"] = display_name.strip()[:60] or target.username
    if language is not None:
        if language not in ("", "en", "zh_CN"):
            raise ValidationError("language", "language must be '', 'en' or 'zh_CN'", "界面语言无效")
        changed["language"] = language
    if changed:
        if actor_id(user) != target.id:
            require_admin(user, "edit other accounts", "修改其他账号")
        with atomic():
            User.update(**changed).where(User.id == target.id).execute()
            record_event(user, "update", "User", target.id, fields=sorted(changed))
        for key, value in changed.items():
            setattr(target, key, value)
    return target


def list_users(*, include_inactive: bool = True) -> list[User]:
    query = User.select().order_by(User.username)
    if not include_inactive:
        query = query.where(User.active == True)  # noqa: E712
    return list(query)


def get_user(username: str) -> User | None:
    return _find(username)

