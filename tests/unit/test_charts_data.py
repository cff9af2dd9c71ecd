"""Chart numbers against small shops counted by hand: real database files, real visits, voids and imports."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.models import Visit
from app.services import charts_queries as q
from app.services.customers import CustomerInput
from app.services.feedback import FeedbackService

ZONE = "Europe/London"
TODAY = date(2026, 11, 18)  # a Wednesday


def at(day: str, hour: int = 10, minute: int = 0) -> datetime:
    """A London wall-clock time (GMT in winter, BST in summer) as an aware UTC instant."""
    from zoneinfo import ZoneInfo

    return (
        datetime.fromisoformat(day).replace(hour=hour, minute=minute, tzinfo=ZoneInfo(ZONE)).astimezone(UTC)
    )


def person(services, name: str) -> int:
    return services.customers.add(CustomerInput(name=name))


def visit(services, cid: int, when: datetime) -> int:
    return services.visits.record(cid, amount_cents=350, at=when).id


def voided(services, cid: int, when: datetime) -> None:
    services.visits.void(visit(services, cid, when), "wrong customer")


def imported(services, cid: int, when: datetime) -> None:
    with services.db.write() as session:
        session.add(Visit(customer_id=cid, at=when, imported=True, amount_cents=900))


def test_visits_per_week_beside_the_same_days_a_year_before(any_services) -> None:
    s = any_services
    ann, bob = person(s, "Ann"), person(s, "Bob")
    for day in ("2026-11-03", "2026-11-10", "2026-11-16", "2026-11-18"):
        visit(s, ann, at(day))
    visit(s, bob, at("2026-11-04"))
    visit(s, bob, at("2026-11-18", 23, 30))  # late on the last day still counts
    voided(s, bob, at("2026-11-17"))  # voided: never counted
    visit(s, bob, at("2026-11-19"))  # after the day the chart is made for
    imported(s, ann, at("2025-11-05"))  # the old till's history: last year's twin of 5 Nov
    imported(s, ann, at("2025-11-19"))  # Wednesday of the twin week: within "so far"
    imported(s, bob, at("2025-11-20"))  # Thursday: past the twin of today, left out

    chart = q.visits_per_week(s.db, TODAY, ZONE, weeks=3)

    assert chart.categories == ("2 Nov", "9 Nov", "16 Nov")
    assert chart.series[0].values == (2, 1, 3)
    assert chart.series[1].values == (1, 0, 1)
    earlier = q.visits_per_week(s.db, TODAY, ZONE, weeks=4)
    assert earlier.series[1].values == (None, 1, 0, 1)  # before the first visit on record: no figure
    assert earlier.table()[1] == ("26 Oct", "0", "–")
    assert chart.table() == [
        ("", "This year", "Same week last year"),
        ("2 Nov", "2", "1"),
        ("9 Nov", "1", "0"),
        ("16 Nov", "3", "1"),
    ]


def test_a_week_starts_at_local_midnight_across_the_clock_change(services, add) -> None:
    cid = add("Early bird")
    # 23:30 UTC on Sunday 29 March 2026 is 00:30 on Monday 30 March in London (summer time began that day).
    visit(services, cid, datetime(2026, 3, 29, 23, 30, tzinfo=UTC))
    chart = q.visits_per_week(services.db, date(2026, 3, 31), ZONE, weeks=2)
    assert chart.categories == ("23 Mar", "30 Mar")
    assert chart.series[0].values == (0, 1)


def test_retention_by_month_of_first_visit(any_services) -> None:
    s = any_services
    c1, c2, c3, c4, c5, c6, c7 = (person(s, f"C{n}") for n in range(1, 8))
    for day in ("2026-09-05", "2026-09-20", "2026-10-10"):  # September, back in October
        visit(s, c1, at(day))
    for day in ("2026-09-10", "2026-11-02"):  # September, back in November
        visit(s, c2, at(day))
    for day in ("2026-10-01", "2026-10-15", "2026-11-05"):  # October, back in November
        visit(s, c3, at(day))
    visit(s, c4, at("2026-08-01"))  # came before the window: not new in October
    visit(s, c4, at("2026-10-01"))
    voided(s, c5, at("2026-08-01"))  # a voided first visit does not make August their month
    visit(s, c5, at("2026-09-15"))
    imported(s, c6, at("2026-10-20"))  # history from the old till counts
    visit(s, c7, at("2026-11-20"))  # after the day the chart is made for

    chart = q.retention(s.db, TODAY, ZONE, months=3)

    assert [(series.name, series.total) for series in chart.series] == [
        ("Sep 2026", 3),
        ("Oct 2026", 2),
        ("Nov 2026", 0),
    ]
    assert chart.series[0].values == pytest.approx((100, 100 / 3, 100 / 3))
    assert chart.series[1].values == (100, 50, None)  # November is its month 1; month 2 has not come
    assert chart.series[2].values == (None, None, None)
    assert chart.table() == [
        ("", "Customers", "Month 0", "Month 1", "Month 2"),
        ("Sep 2026", "3", "100%", "33%", "33%"),
        ("Oct 2026", "2", "100%", "50%", "–"),
        ("Nov 2026", "0", "–", "–", "–"),
    ]


def test_rhythm_is_each_regulars_median_gap(any_services) -> None:
    s = any_services
    daily, mostly_often, two_visits, ten_days, old_till = (person(s, n) for n in "ABCDE")
    for n in range(5):
        visit(s, daily, at("2026-11-01") + timedelta(days=n))
    for n in (0, 2, 4, 30):  # gaps 2, 2, 26: the median says every 2 days (the mean would say 10)
        visit(s, mostly_often, at("2026-10-01") + timedelta(days=n))
    visit(s, two_visits, at("2026-10-01"))  # two visits: no rhythm yet
    visit(s, two_visits, at("2026-10-02"))
    for n in (0, 10, 20):
        visit(s, ten_days, at("2026-09-01") + timedelta(days=n))
    voided(s, ten_days, at("2026-09-06"))  # would halve the gaps if it counted
    for n in (0, 40, 80):
        imported(s, old_till, at("2026-06-01") + timedelta(days=n))

    chart = q.rhythm(s.db, TODAY, ZONE)

    assert dict(zip(chart.categories, chart.series[0].values, strict=True)) == {
        "Every day": 1,
        "2–3 days": 1,
        "4–7 days": 0,
        "1–2 weeks": 1,
        "2 weeks – 1 month": 0,
        "1–2 months": 1,
        "Longer": 0,
    }
    assert ("1–2 months", "1") in chart.table()


def test_nps_per_month_with_the_number_of_answers(services, add) -> None:
    cid = add("Critic")
    feedback = FeedbackService(services.db, services.settings)
    for score, day in ((10, "2026-10-02"), (9, "2026-10-12"), (3, "2026-10-31"), (7, "2026-11-01")):
        feedback.record(cid, score, now=at(day, 23, 30))
    feedback.record(cid, 10, now=at("2026-11-19"))  # after the day

    chart = q.nps_over_time(services.db, TODAY, ZONE, months=3)

    assert chart.categories == ("Sep 2026", "Oct 2026", "Nov 2026")
    assert chart.series[0].values == (None, 33, 0)
    assert chart.series[1].values == (0, 3, 1)
    assert chart.table()[1:] == [("Sep 2026", "–", "0"), ("Oct 2026", "33", "3"), ("Nov 2026", "0", "1")]


def test_segment_sizes_are_the_regulars_pages_segments(services, add) -> None:
    from app.services import insights

    now = datetime(2026, 11, 18, 18, tzinfo=UTC)
    for n in range(6):
        cid = add(f"Regular {n}")
        for k in range(2 + 3 * n):
            visit(services, cid, now - timedelta(days=40 + 3 * k + 20 * (5 - n)))
    newcomer = add("Newcomer")
    visit(services, newcomer, now - timedelta(days=2))
    visit(services, newcomer, now + timedelta(days=2))  # after `now`: not in a report as of now

    chart = q.segment_sizes(services.db, now, ZONE, floor_days=21)

    stats = insights.regular_stats(services.db, now, zone=ZONE, until=now)
    expected = {s.segment.capitalize(): 0 for s in stats}
    for s in stats:
        expected[s.segment.capitalize()] += 1
    assert dict(zip(chart.categories, chart.series[0].values, strict=True)) == expected
    assert expected["New"] == 1 and sum(expected.values()) == 7


def test_kept_figures_are_shared_by_every_till_and_an_unreadable_set_is_ignored(any_services) -> None:
    from app.application import open_services
    from app.models import KeptCharts
    from app.services import charts_set

    s = any_services
    cid = person(s, "Ann")
    visit(s, cid, at("2026-11-16"))
    assert charts_set.load(s.db) is None and charts_set.newest(s.db) is None  # nothing counted yet
    made = charts_set.build(s.db, at("2026-11-18", 18), ZONE, floor_days=21)
    charts_set.save(s.db, made)
    other_till = open_services(
        str(s.paths.root.parent / "till-2"), s.url, daily_backup=False
    )  # same database
    try:
        kept = charts_set.load(other_till.db)
    finally:
        other_till.close()
    assert kept is not None and kept.charts == made.charts and kept.stamp == made.stamp
    assert kept.made_at == made.made_at and kept.as_of == made.as_of
    assert kept.get("visits_per_week").table() == made.get("visits_per_week").table()
    first = charts_set.newest(s.db)
    charts_set.save(s.db, made)  # a newer set replaces the older one
    with s.db.read() as session:
        assert [row.id for row in session.query(KeptCharts)] == [charts_set.newest(s.db)] != [first]
    with s.db.write() as session:  # kept by a later version of Regulars, or damaged
        session.query(KeptCharts).update({KeptCharts.charts: '[{"kind": '})
    assert charts_set.load(s.db) is None
    with s.db.write() as session:
        session.query(KeptCharts).update({KeptCharts.version: charts_set.CACHE_VERSION + 1})
    assert charts_set.load(s.db) is None
    assert made.stamp == charts_set.data_stamp(s.db, date(2026, 11, 18), ZONE)
    later = visit(s, cid, at("2026-11-18"))
    moved = charts_set.data_stamp(s.db, date(2026, 11, 18), ZONE)
    assert made.stamp != moved  # a visit since
    s.visits.void(later, "wrong customer")
    assert charts_set.data_stamp(s.db, date(2026, 11, 18), ZONE) != moved  # and a void


def test_stored_times_are_read_whatever_their_length() -> None:
    from app.services.charts_visits import _parse_times

    day = 1_789_776_000_000_000  # 2026-09-19 00:00 UTC in microseconds
    assert _parse_times("2026-09-19 00:00:00.000001,2026-09-19 00:00:01.500000").tolist() == [
        day + 1,
        day + 1_500_000,
    ]
    assert _parse_times("2026-09-19 00:00:00,2026-09-19 00:00:01.5").tolist() == [day, day + 1_500_000]
