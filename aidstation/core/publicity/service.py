"""Publicity activities (法治宣传): the figures of the monthly return, partners, photos.

Photos are copied into the station's photos/ folder, resized, and referenced by file name;
image bytes never go into the database. Issuing contact cards at an event is one call,
`issue_cards(activity, ...)`, which records a CardIssue on the activity's date.
"""
from __future__ import annotations

import datetime as dt
import uuid
import warnings
from pathlib import Path

from aidstation.core import cards, dates, records, validation
from aidstation.core.db import atomic, current_station
from aidstation.core.files import atomic_path
from aidstation.core.models import CardIssue, PublicityActivity, PublicityPhoto, now
from aidstation.core.records import actor_id, record_write, require_user
from aidstation.core.reporting import submissions
from aidstation.core.validation import ValidationError

# The counted figures of DESIGN §4 (pub.* indicators), in form order.
COUNTS = ("staff", "vehicles", "banners", "boards", "leaflets", "booklets", "lectures",
          "attendees", "consulted", "questions", "media")
TEXTS = {"title": 100, "place": 100, "partners": 200, "notes": 2000}
FIELDS = ("held_on", "format", "theme") + tuple(TEXTS) + COUNTS

MAX_PHOTOS = 6
MAX_PHOTO_BYTES = 25 * 1024 * 1024
MAX_PHOTO_PIXELS = 60_000_000  # e.g. 9000 x 6700; larger is refused, not decoded
MAX_PHOTO_SIDE = 20_000
STORED_SIDE = 1600  # longest side of the stored copy


def _clean(values: dict, *, today: dt.date | None = None, problems: validation.Problems) -> dict:
    """The values as stored; every bad field goes to `problems` (the form shows them all)."""
    out = {}
    for key, value in values.items():
        if key not in FIELDS:
            raise ValidationError(key, f"unknown field {key!r}", f"未知字段 {key!r}")
        if key == "held_on":
            out[key] = problems.check(validation.date, value, "held_on", allow_future=False, today=today)
        elif key == "format":
            text = problems.check(validation.text_value, value, key)
            if text == "":
                problems.add("format", "pick the format of the activity", "请选择活动形式")
            elif text is not None:
                out[key] = problems.check(validation.code, "pub_format", text, "format")
        elif key == "theme":
            text = problems.check(validation.text_value, value, key)
            out[key] = problems.check(validation.code, "pub_theme", text, "theme") if text else ""
        elif key in TEXTS:
            out[key] = problems.check(validation.free_text, value, key, max_length=TEXTS[key])
        else:
            out[key] = problems.check(validation.count, value, key, maximum=1_000_000)
    return out


def _need_title_or_place(problems: validation.Problems, title, place) -> None:
    if not title and not place and not {"title", "place"} & problems.fields():
        problems.add("title", "give the activity a title or a place", "请填写活动名称或地点")


def create_activity(*, user, held_on, format: str = "booth", theme: str = "", title: str = "",
                    place: str = "", partners: str = "", notes: str = "",
                    today: dt.date | None = None, **counts) -> PublicityActivity:
    """Record one publicity activity; counts are keyword arguments named as in COUNTS.
    Every problem is raised at once (ValidationErrors when there are several)."""
    require_user(user)
    problems = validation.Problems()
    values = _clean({"held_on": held_on, "format": format, "theme": theme, "title": title,
                     "place": place, "partners": partners, "notes": notes,
                     **{k: counts.get(k, 0) for k in COUNTS},
                     **{k: v for k, v in counts.items() if k not in COUNTS}}, today=today,
                    problems=problems)
    _need_title_or_place(problems, values.get("title"), values.get("place"))
    problems.raise_any()
    with atomic():
        activity = PublicityActivity.create(created_by=actor_id(user), updated_by=actor_id(user),
                                            **values)
        record_write(user, "create", "PublicityActivity", activity.id, fields=sorted(values))
    return activity


def update_activity(activity: PublicityActivity, *, user, today: dt.date | None = None,
                    **changes) -> PublicityActivity:
    require_user(user)
    problems = validation.Problems()
    values = _clean(changes, today=today, problems=problems)
    _need_title_or_place(problems, values.get("title", activity.title), values.get("place", activity.place))
    problems.raise_any()
    changed = [k for k, v in values.items() if getattr(activity, k) != v]
    if not changed:
        return activity
    with atomic():
        if "held_on" in changed:
            # the month it leaves (its cards at the event leave it too)
            submissions.note_dates([activity.held_on])
        for key in changed:
            setattr(activity, key, values[key])
        records.stamp(activity, user)
        activity.save()
        # Cards handed out at the event follow its date, each change audited like any other
        # (and so flagging the month it moves into when that month was already sent).
        record_write(user, "update", "PublicityActivity", activity.id, fields=sorted(changed))
        if "held_on" in changed:
            moved = [i for (i,) in CardIssue.select(CardIssue.id).where(
                (CardIssue.activity == activity) & (CardIssue.channel == "event")
                & (CardIssue.issued_on != activity.held_on)).tuples()]
            if moved:
                CardIssue.update(issued_on=activity.held_on, updated_at=now(),
                                 updated_by=actor_id(user)).where(CardIssue.id.in_(moved)).execute()
            for issue_id in moved:
                record_write(user, "update", "CardIssue", issue_id, fields=["issued_on"])
    return activity


def delete_activity(activity: PublicityActivity, *, user) -> None:
    """Soft delete; cards issued at it stay recorded (they were handed out)."""
    records.soft_delete(activity, user=user)


def restore_activity(activity: PublicityActivity, *, user) -> None:
    """Administrators only."""
    records.restore(activity, user=user)


def activities(*, year: int | None = None, month: int | None = None) -> list[PublicityActivity]:
    """Live activities, newest first, optionally of one month."""
    query = PublicityActivity.live()
    if year and month:
        start, end = dates.month_bounds(year, month)
        query = query.where((PublicityActivity.held_on >= start) & (PublicityActivity.held_on < end))
    return list(query.order_by(PublicityActivity.held_on.desc(), PublicityActivity.id.desc()))


def month_totals(year: int, month: int) -> dict[str, int]:
    """activities, per-format counts (format.<code>) and the sum of every figure."""
    rows = activities(year=year, month=month)
    out = {"activities": len(rows)}
    for key in COUNTS:
        out[key] = sum(getattr(r, key) for r in rows)
    for r in rows:
        out[f"format.{r.format}"] = out.get(f"format.{r.format}", 0) + 1
    return out


# ---------------------------------------------------------------- cards at an event
def issue_cards(activity: PublicityActivity, *, user, quantity=None, households=1,
                recipient: str = "", household_type: str = "", community: str = "",
                issued_by=None, serial_from=None, serial_to=None, year=None,
                notes: str = "", today: dt.date | None = None) -> CardIssue:
    """Hand out contact cards at this activity: one CardIssue on its date, channel 'event'."""
    require_user(user)
    if activity.deleted_at is not None:
        raise ValidationError("activity", "the activity was deleted", "该宣传活动已删除")
    return cards.issue(
        user=user, issued_on=activity.held_on, quantity=quantity, year=year,
        serial_from=serial_from, serial_to=serial_to,
        recipient=recipient or activity.title or activity.place, households=households,
        household_type=household_type, community=community, channel="event",
        activity=activity, issued_by=issued_by, notes=notes, today=today)


# ---------------------------------------------------------------- photos
def photos_folder() -> Path:
    return current_station().sub("photos")


def photo_path(photo: PublicityPhoto) -> Path:
    return photos_folder() / photo.file_name


def _refuse(message: str, message_zh: str):
    raise ValidationError("photo", message, message_zh)


def add_photo(activity: PublicityActivity, source: Path | str, *, user,
              caption: str = "") -> PublicityPhoto:
    """Copy a photo (resized to at most STORED_SIDE px, as JPEG) into photos/ and link it."""
    require_user(user)
    from PIL import Image, ImageOps, UnidentifiedImageError

    source = Path(source)
    caption = validation.free_text(caption, "caption", max_length=100)
    if activity.photos.count() >= MAX_PHOTOS:
        _refuse(f"an activity keeps at most {MAX_PHOTOS} photos", f"每个活动最多保存 {MAX_PHOTOS} 张照片")
    try:
        size = source.stat().st_size
    except OSError:
        _refuse(f"cannot read {source.name}", f"无法读取文件 {source.name}")
    if size > MAX_PHOTO_BYTES:
        _refuse(f"{source.name} is {size / 1048576:.0f} MB; photos up to "
                f"{MAX_PHOTO_BYTES // 1048576} MB are accepted",
                f"{source.name} 有 {size / 1048576:.0f} MB，照片不能超过 {MAX_PHOTO_BYTES // 1048576} MB")
    try:
        with warnings.catch_warnings():  # the size is checked just below, with a reason
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            probe = Image.open(source)
        with probe:
            width, height = probe.size
            if width * height > MAX_PHOTO_PIXELS or max(width, height) > MAX_PHOTO_SIDE:
                _refuse(f"{source.name} is {width} × {height} pixels, too large to be a photo",
                        f"{source.name} 为 {width} × {height} 像素，尺寸过大")
            probe.verify()
        with Image.open(source) as img:
            img.load()
            img = ImageOps.exif_transpose(img)
            img = img.convert("RGB")
            img.thumbnail((STORED_SIDE, STORED_SIDE))
    except ValidationError:
        raise
    except Image.DecompressionBombError:
        _refuse(f"{source.name} has too many pixels to be a photo", f"{source.name} 像素过多，尺寸过大")
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        _refuse(f"{source.name} is not an image (JPEG, PNG, BMP, GIF or WebP)",
                f"{source.name} 不是图片文件（支持 JPEG、PNG、BMP、GIF、WebP）")
    name = f"activity-{activity.id}-{uuid.uuid4().hex[:12]}.jpg"
    target = photos_folder() / name
    with atomic_path(target) as tmp:
        img.save(tmp, "JPEG", quality=85, optimize=True)
    try:
        with atomic():
            photo = PublicityPhoto.create(activity=activity, file_name=name, caption=caption)
            record_write(user, "create", "PublicityPhoto", photo.id, fields=["file_name", "caption"])
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return photo


def remove_photo(photo: PublicityPhoto, *, user) -> None:
    """Remove the link and the stored copy."""
    require_user(user)
    path = photo_path(photo)
    with atomic():
        record_write(user, "delete", "PublicityPhoto", photo.id)
        photo.delete_instance()
    path.unlink(missing_ok=True)


def activity_query(*, year: int | None = None, month: int | None = None):
    """The live activities (optionally of one month) as a query, for paged lists."""
    query = PublicityActivity.live()
    if year and month:
        start, end = dates.month_bounds(year, month)
        query = query.where((PublicityActivity.held_on >= start) & (PublicityActivity.held_on < end))
    return query


def cards_issued(activity: PublicityActivity) -> int:
    """Cards handed out at this activity (live issues)."""
    return sum(i.quantity for i in cards.issues(activity=activity))
