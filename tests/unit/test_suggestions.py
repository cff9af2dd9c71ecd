"""Fresh suggestions: an item new to them in a category they buy, never the same within the shop's number of
visits, steady within one visit, seasonal items only in season; win-back contact hides a person for weeks."""

import itertools
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta

import pytest

from app.services import surprise
from app.shop import Shop
from tests.conftest import item_ids

NOW = datetime(2026, 11, 24, 10, tzinfo=UTC)
PASTRY_AND_COFFEE = {
    "Pain au chocolat",
    "Cinnamon bun",
    "Almond croissant",
    "Cappuccino",
    "Espresso",
    "Oat latte",
}


@pytest.fixture
def shop(services) -> Shop:
    return Shop(services)


def regular(services, add, **fields) -> int:
    cid = add("Zoë Martin", **fields)
    croissant, flat_white = item_ids(services, "Croissant", "Flat white")
    services.visits.record(cid, [(croissant, 1), (flat_white, 1)], at=NOW - timedelta(days=30))
    return cid


@pytest.mark.parametrize("within", [3, 5, 6])
def test_you_might_like_rotates_and_never_repeats_within_the_set_number_of_visits(
    shop, services, add, within
) -> None:
    services.settings.set("suggestion_repeat_visits", within)
    cid = regular(services, add)
    croissant = item_ids(services, "Croissant")[0]
    shown: dict[str, list[int]] = defaultdict(list)
    for visit in range(1, 25):
        first = shop.conversation.cues(cid, NOW + timedelta(days=visit)).value.might_like
        again = shop.conversation.cues(cid, NOW + timedelta(days=visit, hours=1)).value.might_like
        assert first == again  # the profile opened twice in one visit: the same suggestion
        assert first is not None and first.item in PASTRY_AND_COFFEE  # new to them, in a category they buy
        shown[first.item].append(visit)
        services.visits.record(cid, [(croissant, 1)], at=NOW + timedelta(days=visit, hours=2))
    gaps = [b - a for visits in shown.values() for a, b in itertools.pairwise(visits)]
    assert gaps and min(gaps) >= within
    assert set(shown) == PASTRY_AND_COFFEE  # every candidate gets its turn


def test_with_more_visits_to_wait_than_items_to_offer_it_says_nothing(shop, services, add) -> None:
    services.settings.set("suggestion_repeat_visits", 8)
    cid = regular(services, add)
    croissant = item_ids(services, "Croissant")[0]
    offered = []
    for visit in range(1, 9):
        offered.append(shop.conversation.cues(cid, NOW + timedelta(days=visit)).value.might_like)
        services.visits.record(cid, [(croissant, 1)], at=NOW + timedelta(days=visit, hours=2))
    names = [o.item for o in offered if o]
    assert len(names) == len(set(names)) == 6 and offered[6:] == [None, None]


def test_suggestions_respect_allergies_what_they_had_and_the_season(shop, services, add) -> None:
    pumpkin = services.items.add(
        "Pumpkin spice bun",
        "Pastry",
        350,
        available_from=date(2026, 12, 1),
        available_until=date(2026, 12, 31),
    )
    cid = regular(services, add, flags=["nuts"])
    seen = set()
    for visit in range(1, 6):
        pick = shop.conversation.cues(cid, NOW + timedelta(days=visit - 10)).value.might_like  # November
        seen.add(pick.item)
        services.visits.record(cid, at=NOW + timedelta(days=visit - 10, hours=1))
    assert "Almond croissant" not in seen and "Pumpkin spice bun" not in seen
    assert "Croissant" not in seen and "Flat white" not in seen
    december = shop.conversation.cues(cid, datetime(2026, 12, 5, 10, tzinfo=UTC)).value.might_like
    assert december.item_id == pumpkin and december.seasonal  # in season: first in line


def test_the_surprise_treat_is_a_different_item_next_time(shop, services, add) -> None:
    services.settings.set("suggestion_repeat_visits", 30)
    cid = add("Zoë")
    for n in range(10):
        services.visits.record(cid, at=NOW - timedelta(days=200 - n))
    first = shop.conversation.cues(cid, NOW).value.surprise
    assert first is not None and first.reason == "This is their 10th visit"
    assert shop.conversation.cues(cid, NOW + timedelta(minutes=5)).value.surprise == first
    surprise.give(services.db, cid, first, now=NOW)
    for n in range(15):
        services.visits.record(cid, at=NOW + timedelta(days=61 + n))
    cues = shop.conversation.cues(cid, NOW + timedelta(days=80)).value
    assert cues.surprise is not None and cues.surprise.reason == "This is their 25th visit"
    assert cues.surprise.item_id != first.item_id
    assert cues.might_like is None or cues.might_like.item_id != cues.surprise.item_id


def test_marking_contacted_hides_them_from_win_back_for_the_set_weeks(shop, services, add) -> None:
    cid = add("Zoë", email="zoe@example.com", consent_contact=True, consent_channel="email")
    start = datetime.now(UTC) - timedelta(days=200)
    for day in (0, 7, 14, 21):
        services.visits.record(cid, at=start + timedelta(days=day))
    assert [r.stats.id for r in shop.insights.lapsed()] == [cid]
    at = shop.insights.mark_contacted(cid).value
    assert shop.insights.lapsed() == []
    [row] = shop.insights.regulars()  # still on the regulars page, with the contact and when it was made
    assert row.contact == "zoe@example.com" and row.contacted_at == at
    assert row.hidden_until == at + timedelta(weeks=8)
    assert [r.stats.id for r in shop.insights.lapsed(at + timedelta(weeks=8, hours=1))] == [cid]
    services.settings.set("winback_snooze_weeks", 2)
    assert [r.stats.id for r in shop.insights.lapsed(at + timedelta(weeks=2, hours=1))] == [cid]
    assert shop.insights.lapsed(at + timedelta(weeks=1)) == []


def test_the_same_rules_hold_on_a_shared_postgresql_server(any_services) -> None:
    from app.services.customers import CustomerInput

    shop = Shop(any_services)
    cid = any_services.customers.add(CustomerInput(name="Zoë Martin"))
    croissant, flat_white = item_ids(any_services, "Croissant", "Flat white")
    any_services.visits.record(cid, [(croissant, 1), (flat_white, 1)], at=NOW - timedelta(days=30))
    picks = []
    for visit in range(1, 8):
        cues = shop.conversation.cues(cid, NOW + timedelta(days=visit)).value
        assert shop.conversation.cues(cid, NOW + timedelta(days=visit, hours=1)).value == cues
        picks.append(cues.might_like.item)
        any_services.visits.record(cid, at=NOW + timedelta(days=visit, hours=2))
    assert all(a != b for n, a in enumerate(picks) for b in picks[n + 1 : n + 5])  # 5 visits apart at least
    point = shop.conversation.add_talking_point(cid, "ask about the marathon", date(2026, 12, 1)).value
    complaint = shop.conversation.add_complaint(cid, "croissant was stale").value
    profile = any_services.profiles.load(cid, today=date(2026, 12, 1))
    assert [(p.id, p.due) for p in profile.talking_points] == [(point, True)]
    assert [c.id for c in profile.open_complaints] == [complaint]
    shop.conversation.tick_talking_point(point)
    shop.conversation.resolve_complaint(complaint)
    assert shop.conversation.talking_points(cid) == [] and shop.conversation.open_complaints() == []


def test_two_tills_noting_a_suggestion_for_the_same_visit_keep_the_first(any_services) -> None:
    from app.services import suggestions
    from app.services.customers import CustomerInput

    cid = any_services.customers.add(CustomerInput(name="Zoë Martin"))
    first, second = item_ids(any_services, "Espresso", "Cappuccino")
    with any_services.db.write() as session:
        assert suggestions.remember(session, cid, suggestions.TRY, first, 0, NOW) == first
    with any_services.db.write() as session:  # the other till, a moment later, had picked another item
        assert suggestions.remember(session, cid, suggestions.TRY, second, 0, NOW) == first
        assert suggestions.remember(session, cid, suggestions.SURPRISE, second, 0, NOW) == second
