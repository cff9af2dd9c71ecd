"""A surprise treat offered when a profile opens is on record: the same treat on opening again during the
visit, counted as offered against given for the owner, and nothing written for the many opens without one."""

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from app.models import Suggestion
from app.services import surprise
from app.shop import Shop


def offered(services) -> int:
    with services.db.rows() as conn:
        return conn.execute(select(func.count()).where(Suggestion.kind == "surprise")).scalar_one()


def test_an_offered_treat_is_recorded_once_per_visit_and_counted_against_given(services, add) -> None:
    shop = Shop(services)
    start = datetime.now(UTC) - timedelta(hours=1)
    cid, other = add("Zoë"), add("Ann")
    for n in range(10):
        services.visits.record(cid, at=start - timedelta(days=20 - n))
    services.visits.record(other, at=start)

    opened = shop.counter.open(cid)
    assert opened.treat is not None and opened.treat.reason == "This is their 10th visit"
    assert offered(services) == 1
    again = shop.counter.open(cid)  # the counter opens them again a moment later
    assert again.treat == opened.treat and offered(services) == 1
    assert shop.conversation.cues(cid).value.surprise == opened.treat  # the cue beside it agrees

    assert shop.counter.open(other).treat is None and offered(services) == 1  # no reason: nothing written
    since, until = start - timedelta(days=1), datetime.now(UTC) + timedelta(minutes=1)
    assert surprise.tally(services.db, since, until) == surprise.Tally(suggested=1, given=0)
    shop.counter.give_surprise(cid, opened.treat)
    assert surprise.tally(services.db, since, until) == surprise.Tally(suggested=1, given=1)
    assert shop.counter.open(cid).treat is None  # given: not again within the owner's days
    assert surprise.tally(services.db, until, until + timedelta(days=1)) == surprise.Tally(0, 0)


def test_the_window_reads_the_offer_and_the_cues_write_records_it(services, add) -> None:
    """The window opens a profile without a write; the suggestions' write that follows records the same treat."""
    shop = Shop(services)
    start = datetime.now(UTC) - timedelta(hours=1)
    cid = add("Zoë")
    for n in range(10):
        services.visits.record(cid, at=start - timedelta(days=20 - n))
    opened = shop.counter.open(cid, record_offer=False)
    assert opened.treat is not None and offered(services) == 0
    assert shop.conversation.cues(cid).value.surprise == opened.treat
    assert offered(services) == 1
    assert shop.counter.open(cid, record_offer=False).treat == opened.treat  # the same all through the visit
