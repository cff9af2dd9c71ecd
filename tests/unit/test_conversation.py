"""Talking points show from their day until ticked off; complaints stay until made right, however old;
erasure takes their words; a person's data export carries them."""

import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest

from app.errors import NotFound, UserError
from app.services import audit, conversation, privacy
from app.shop import Shop

NOW = datetime(2026, 11, 24, 10, tzinfo=UTC)


@pytest.fixture
def shop(services) -> Shop:
    return Shop(services)


def test_a_talking_point_shows_from_its_day_on_until_ticked_off(shop, services, add) -> None:
    cid = add("Zoë Martin")
    at_once = shop.conversation.add_talking_point(cid, "  ask how the   marathon went ").value
    later = shop.conversation.add_talking_point(cid, "wish luck for the exams", date(2026, 12, 1)).value
    before = services.profiles.load(cid, today=date(2026, 11, 30))
    assert [(p.id, p.text, p.due) for p in before.talking_points] == [
        (at_once, "ask how the marathon went", True),
        (later, "wish luck for the exams", False),
    ]
    on_the_day = services.profiles.load(cid, today=date(2026, 12, 1))
    assert [p.due for p in on_the_day.talking_points] == [True, True]
    assert on_the_day.to_json()["talking_points"] == [
        {"id": at_once, "text": "ask how the marathon went", "on": None, "due": True},
        {"id": later, "text": "wish luck for the exams", "on": "2026-12-01", "due": True},
    ]
    written = shop.conversation.tick_talking_point(at_once)
    assert written.changes.marks and written.value.customer_id == cid
    a_year_on = services.profiles.load(cid, today=date(2027, 12, 1))
    assert [p.id for p in a_year_on.talking_points] == [later]  # never expires, only a tick removes it
    with pytest.raises(UserError, match="already ticked off"):
        shop.conversation.tick_talking_point(at_once)


def test_bad_talking_points_are_refused_and_change_nothing(shop, services, add) -> None:
    cid = add("Zoë")
    for text in ("", "   ", "\u200b"):
        with pytest.raises(UserError, match="Write what"):
            shop.conversation.add_talking_point(cid, text)
    with pytest.raises(UserError, match="under 300"):
        shop.conversation.add_talking_point(cid, "x" * 301)
    with pytest.raises(NotFound, match="no customer number 999"):
        shop.conversation.add_talking_point(999, "hello")
    with pytest.raises(NotFound, match="no talking point number 5"):
        shop.conversation.tick_talking_point(5)
    assert shop.conversation.talking_points(cid) == []


def test_an_open_complaint_shows_on_every_visit_and_never_expires(shop, services, add) -> None:
    cid = add("Zoë Martin")
    other = add("Sam Jones")
    long_ago = NOW - timedelta(days=3 * 365)
    with services.db.write() as session:
        old = conversation.add_complaint(session, cid, "croissant was stale", "counter", long_ago)
    new = shop.conversation.add_complaint(other, "waited 15 min").value
    for n in range(5):  # visits come and go
        services.visits.record(cid, at=NOW + timedelta(days=n))
    profile = services.profiles.load(cid, today=date(2030, 1, 1))
    assert [(c.id, c.text, c.since) for c in profile.open_complaints] == [
        (old, "croissant was stale", long_ago)
    ]
    assert profile.to_json()["open_complaints"] == [
        {"id": old, "text": "croissant was stale", "since": long_ago.isoformat()}
    ]
    everyone = shop.conversation.open_complaints()
    assert [(c.id, c.customer_name) for c in everyone] == [(old, "Zoë Martin"), (new, "Sam Jones")]

    done = shop.conversation.resolve_complaint(old, actor="sam")
    assert done.changes.marks and done.value.text == "croissant was stale"
    assert services.profiles.load(cid).open_complaints == []
    assert [c.id for c in shop.conversation.open_complaints()] == [new]
    events = [(e.actor, e.action, e.target) for e in audit.recent(services.db, 10)]
    assert ("sam", "complaint.resolved", f"customer:{cid}") in events
    with pytest.raises(UserError, match="already made right"):
        shop.conversation.resolve_complaint(old)


def test_erasure_takes_the_words_of_talking_points_and_complaints(shop, services, add, tmp_path) -> None:
    cid = add("Zoë Martin", email="zoe@example.com")
    shop.conversation.add_talking_point(cid, "ask about the new puppy Biscuit")
    shop.conversation.add_complaint(cid, "the flat white was cold today")
    data = privacy.export_person(services.db, cid)
    assert [p["text"] for p in data["talking_points"]] == ["ask about the new puppy Biscuit"]
    assert [(c["text"], c["made_right_at"]) for c in data["complaints"]] == [
        ("the flat white was cold today", None)
    ]
    done = privacy.erase(services.db, cid)
    assert not done.still_in_file
    assert shop.conversation.open_complaints() == []
    with pytest.raises(NotFound):
        shop.conversation.talking_points(cid)
    services.close()
    raw = (tmp_path / "data" / "regulars.sqlite3").read_bytes()
    assert b"puppy Biscuit" not in raw and b"flat white was cold" not in raw
    with sqlite3.connect(tmp_path / "data" / "regulars.sqlite3") as conn:
        texts = conn.execute(
            "SELECT text FROM talking_points UNION ALL SELECT text FROM complaints"
        ).fetchall()
    assert texts == [(privacy.REDACTED,), (privacy.REDACTED,)]
