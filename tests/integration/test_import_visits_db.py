"""Imported history on SQLite and on the shared PostgreSQL server: numbering, the usual order, milestones."""

from datetime import UTC, datetime, timedelta

from app.services import surprise
from app.services.customers import CustomerInput
from app.services.importing_visits import apply_visits, plan_visits


def test_imported_history_counts_for_the_usual_but_not_for_milestones(any_services, tmp_path) -> None:
    s = any_services
    cid = s.customers.add(CustomerInput(name="Zoë", email="zoe@example.com"))
    rows = "".join(f"zoe@example.com,2025-01-{day:02},3.30,Flat white\n" for day in range(1, 10))
    file = tmp_path / "history.csv"
    file.write_text("customer,date,amount,items,ref\n" + rows.replace("\n", ",\n"), encoding="utf-8")
    plan = plan_visits(s.db, file, "GB", "Europe/London")
    assert plan.new == 9 and plan.error_count == 0
    assert apply_visits(s.db, file, "GB", "Europe/London").new == 9
    assert [u.name for u in s.visits.usual(cid)] == ["Flat white"]
    # The till numbers its own visits after the imported ones (the sequence caught up).
    now = datetime(2026, 3, 2, 9, tzinfo=UTC)
    s.settings.set("cooldown_minutes", 0)
    recorded = s.visits.record(cid, [], 330, at=now)
    assert recorded.points_earned > 0
    # Ten visits in all, but only one at this till: no "10th visit" surprise.
    assert surprise.suggest(s.db, s.settings, cid, now + timedelta(minutes=1)) is None
    assert plan_visits(s.db, file, "GB", "Europe/London").already == 9
