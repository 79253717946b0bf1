"""Publicity activities: figures, month lists and totals, cards at an event, photos."""
from __future__ import annotations

import datetime as dt

import pytest
from PIL import Image

from aidstation.core import cards, publicity
from aidstation.core.models import (
    AuditEvent,
    CardIssue,
    PublicityActivity,
    PublicityPhoto,
)
from aidstation.core.validation import ValidationError

DAY = dt.date(2026, 3, 10)


def _activity(admin, **kw):
    args = dict(held_on=DAY, format="booth", theme="civil_code", title="民法典进社区", place="文化广场",
                partners="区妇联", staff=6, vehicles=1, banners=2, boards=8, leaflets=500, booklets=120,
                lectures=1, attendees=80, consulted=25, questions=31, media=1, today=DAY) | kw
    return publicity.create_activity(user=admin, **args)


def test_create_list_month_totals(admin):
    a = _activity(admin)
    _activity(admin, held_on=dt.date(2026, 3, 2), format="lecture", leaflets=0, attendees=45)
    _activity(admin, held_on=dt.date(2026, 2, 20))
    gone = _activity(admin, held_on=dt.date(2026, 3, 3))
    publicity.delete_activity(gone, user=admin)
    assert (a.leaflets, a.theme, a.partners) == (500, "civil_code", "区妇联")
    assert [x.held_on.day for x in publicity.activities(year=2026, month=3)] == [10, 2]
    totals = publicity.month_totals(2026, 3)
    assert totals == {"activities": 2, "staff": 12, "vehicles": 2, "banners": 4, "boards": 16,
                      "leaflets": 500, "booklets": 240, "lectures": 2, "attendees": 125,
                      "consulted": 50, "questions": 62, "media": 2,
                      "format.booth": 1, "format.lecture": 1}
    publicity.restore_activity(gone, user=admin)
    assert publicity.month_totals(2026, 3)["activities"] == 3


@pytest.mark.parametrize("field,kwargs", [
    ("leaflets", {"leaflets": -5}),
    ("attendees", {"attendees": "many"}),
    ("held_on", {"held_on": DAY + dt.timedelta(days=1)}),
    ("format", {"format": "skywriting"}),
    ("theme", {"theme": "nope"}),
    ("title", {"title": "", "place": ""}),
    ("partners", {"partners": "x" * 201}),
])
def test_bad_activity_refused(admin, field, kwargs):
    with pytest.raises(ValidationError) as err:
        _activity(admin, **kwargs)
    assert err.value.field == field
    assert (PublicityActivity.select().count(), AuditEvent.select().count()) == (0, 0)


def test_update_moves_event_cards_with_the_date(admin):
    a = _activity(admin)
    run = cards.next_range(20, 2026)
    cards.record_print(user=admin, year=run[0], serial_from=run[1], serial_to=run[2])
    issue = publicity.issue_cards(a, user=admin, quantity=12, households=3, today=DAY)
    assert (issue.channel, issue.issued_on, issue.activity_id, issue.recipient, issue.serial_to) == (
        "event", DAY, a.id, "民法典进社区", 12)
    assert cards.stock_count() == 8
    publicity.update_activity(a, user=admin, held_on=dt.date(2026, 3, 5), leaflets=600, today=DAY)
    assert CardIssue.get_by_id(issue.id).issued_on == dt.date(2026, 3, 5)
    with pytest.raises(ValidationError) as err:
        publicity.update_activity(a, user=admin, booklets=-1, today=DAY)
    assert err.value.field == "booklets"
    assert PublicityActivity.get_by_id(a.id).booklets == 120
    with pytest.raises(ValidationError) as err:
        publicity.issue_cards(a, user=admin, quantity=9, today=DAY)
    assert err.value.field == "quantity"
    assert CardIssue.select().count() == 1


def test_photo_is_resized_into_photos_folder(admin, station, tmp_path):
    a = _activity(admin)
    src = tmp_path / "booth.png"
    Image.new("RGB", (4000, 3000), (20, 80, 160)).save(src)
    photo = publicity.add_photo(a, src, user=admin, caption="现场")
    stored = station.folder / "photos" / photo.file_name
    with Image.open(stored) as img:
        assert (img.format, img.size) == ("JPEG", (1600, 1200))
    assert [p.caption for p in a.photos] == ["现场"]
    raw = (station.folder / "station.db").read_bytes()
    assert stored.read_bytes()[:2000] not in raw
    publicity.remove_photo(photo, user=admin)
    assert not stored.exists() and PublicityPhoto.select().count() == 0


def _bad_photo(tmp_path, kind):
    path = tmp_path / f"{kind}.jpg"
    if kind == "text":
        path.write_text("not a picture at all")
    elif kind == "truncated":
        Image.new("RGB", (200, 200), "red").save(path)
        path.write_bytes(path.read_bytes()[:300])
    elif kind == "huge_pixels":
        path = tmp_path / "huge.png"
        Image.new("1", (12000, 12000)).save(path)  # 144 megapixels, a few KB on disk
    elif kind == "huge_file":
        path.write_bytes(b"\xff\xd8" + b"\0" * (publicity.MAX_PHOTO_BYTES + 1))
    return path


@pytest.mark.parametrize("kind,reason", [
    ("text", "is not an image"), ("truncated", "is not an image"),
    ("huge_pixels", "too large"), ("huge_file", "MB; photos up to 25 MB"),
])
def test_bad_photo_refused_nothing_saved(admin, station, tmp_path, kind, reason):
    a = _activity(admin)
    with pytest.raises(ValidationError) as err:
        publicity.add_photo(a, _bad_photo(tmp_path, kind), user=admin)
    assert err.value.field == "photo"
    assert reason in err.value.message
    assert PublicityPhoto.select().count() == 0
    assert list((station.folder / "photos").iterdir()) == []


def test_photo_limit(admin, tmp_path):
    a = _activity(admin)
    src = tmp_path / "p.jpg"
    Image.new("RGB", (50, 40), "blue").save(src)
    for _ in range(publicity.MAX_PHOTOS):
        publicity.add_photo(a, src, user=admin)
    with pytest.raises(ValidationError) as err:
        publicity.add_photo(a, src, user=admin)
    assert "at most 6 photos" in err.value.message
