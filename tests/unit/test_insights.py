from datetime import UTC, date, datetime, timedelta

import pytest

from app.services import insights, surprise
from app.services.feedback import FeedbackError, FeedbackService

NOW = datetime(2027, 3, 1, 12, tzinfo=UTC)


def visits_every(services, cid: int, days: float, count: int, last: datetime, amount: int = 500) -> None:
    for n in range(count):
        services.visits.record(cid, amount_cents=amount, at=last - timedelta(days=days * (count - 1 - n)))


def test_birthdays_this_week_with_leap_day_and_no_birthday(services, add) -> None:
    leap = add("Leap Day", birthday="02-29")
    soon = add("Soon", birthday="1980-03-02")
    add("No birthday")
    add("Later", birthday="04-01")
    names = [(r.name, r.days) for r in insights.upcoming_birthdays(services.db, date(2027, 2, 26), 7)]
    assert names == [("Leap Day", 2), ("Soon", 4)]  # 2027 is not a leap year: celebrated on 28 February
    in_leap_year = insights.upcoming_birthdays(services.db, date(2028, 2, 26), 7)
    assert [(r.id, r.days) for r in in_leap_year] == [(leap, 3), (soon, 5)]


def test_a_window_longer_than_a_year_lists_each_birthday_once(services, add) -> None:
    soon = add("Soon", birthday="03-02")
    later = add("Later", birthday="04-01")
    found = insights.upcoming_birthdays(services.db, date(2027, 2, 26), 400)
    assert [(r.id, r.days) for r in found] == [(soon, 4), (later, 34)]  # not again at 369 and 399 days


def test_lapsed_is_measured_against_each_regulars_own_rhythm(services, add) -> None:
    frequent = add("Every other day")  # stopped a month ago: lapsed
    visits_every(services, frequent, 2, 20, NOW - timedelta(days=30))
    fortnightly = add("Fortnightly")  # last came 20 days ago: normal for them
    visits_every(services, fortnightly, 14, 10, NOW - timedelta(days=20))
    once = add("Came once")  # one visit gives no rhythm: never flagged
    services.visits.record(once, at=NOW - timedelta(days=200))
    recent = add("Just now")
    visits_every(services, recent, 2, 5, NOW - timedelta(days=1))
    stats = insights.regular_stats(services.db, NOW, zone="Europe/London")
    assert [s.name for s in insights.lapsed(stats, floor_days=21)] == ["Every other day"]
    assert [s.name for s in insights.lapsed(stats, floor_days=40)] == []  # the owner's floor holds
    by_name = {s.name: s for s in stats}
    assert by_name["Every other day"].rhythm_days == pytest.approx(2.0)
    assert by_name["Came once"].rhythm_days is None and not by_name["Came once"].lapsed


def test_days_since_counts_the_shops_local_days(services, add) -> None:
    cid = add("Night owl")
    # 23:30 UTC on 28 Feb is already 1 March in Tokyo: "today" there, "yesterday" in London.
    visits_every(services, cid, 1, 3, datetime(2027, 2, 28, 23, 30, tzinfo=UTC))
    assert insights.regular_stats(services.db, NOW, zone="Asia/Tokyo")[0].days_since == 0
    assert insights.regular_stats(services.db, NOW, zone="Europe/London")[0].days_since == 1


def test_top_regulars_and_segments(services, add) -> None:
    ids = []
    for n in range(10):
        cid = add(f"Customer {n}")
        visits_every(services, cid, 3, 2 + n * 3, NOW - timedelta(days=1 + (9 - n)), amount=300 + 100 * n)
        ids.append(cid)
    newcomer = add("Newcomer")
    services.visits.record(newcomer, at=NOW - timedelta(days=3))
    stats = insights.regular_stats(services.db, NOW)
    top = insights.top(stats)
    assert [s.name for s in top] == ["Customer 9", "Customer 8"]  # 20 % of 11, by visits and spend
    segments = {s.name: s.segment for s in stats}
    assert segments["Newcomer"] == "new" and segments["Customer 9"] == "champion"


def test_feedback_is_asked_rarely_and_nps_adds_up(services, add) -> None:
    feedback = FeedbackService(services.db, services.settings)
    people = [add(f"P{n}") for n in range(5)]
    for cid, score in zip(people, [10, 9, 7, 3, 10], strict=True):
        feedback.record(cid, score, "Lovely bread", now=NOW)
    assert not feedback.can_ask(people[0], NOW + timedelta(days=30))
    assert feedback.can_ask(people[0], NOW + timedelta(days=91))
    result = feedback.nps(NOW - timedelta(days=1), NOW + timedelta(days=1))
    assert (result.promoters, result.passives, result.detractors, result.score) == (3, 1, 1, 40)
    with pytest.raises(FeedbackError, match="0 to 10"):
        feedback.record(people[0], 11)


def test_a_surprise_at_the_tenth_visit_that_fits_a_nut_allergy_and_not_again_soon(services, add) -> None:
    cid = add("Zoë", flags=["nuts"])
    visits_every(services, cid, 2, 10, NOW)
    offer = surprise.suggest(services.db, services.settings, cid, NOW)
    assert offer is not None and offer.reason == "This is their 10th visit"
    assert "almond" not in offer.item.lower()
    surprise.give(services.db, cid, offer, now=NOW)
    services.visits.record(cid, at=NOW + timedelta(days=60))  # 11th: no milestone anyway
    assert surprise.suggest(services.db, services.settings, cid, NOW + timedelta(days=1)) is None


def test_a_surprise_for_coming_back_after_a_long_absence(services, add) -> None:
    cid = add("Wanderer")
    visits_every(services, cid, 3, 4, NOW - timedelta(days=70))
    services.visits.record(cid, at=NOW)
    offer = surprise.suggest(services.db, services.settings, cid, NOW)
    assert offer is not None and offer.reason == "Back after 10 weeks away"
