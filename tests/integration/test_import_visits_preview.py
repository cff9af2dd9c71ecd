"""A visits import after its preview uses what the preview read, and still sees the shop as it is now."""

import os
import re

import pytest
from sqlalchemy import select

from app.models import Visit, VisitItem
from app.services import privacy
from app.services.customers import CustomerInput
from app.services.importing_read import ImportError_
from app.services.importing_visits import apply_visits, plan_visits

HEADER = "customer,date,amount,items,ref\n"
ROWS = (
    "zoe@example.com,2025-01-02 09:15,3.30,Flat white,s1\n"
    'zoe@example.com,2025-01-03,4.10,"2× Croissant, Wedding cake",s2\n'
    "ana@example.com,2025-01-04T10:00:00+01:00,2.00,Flat white,\n"
    "ana@example.com,2025-01-04T10:00:00+01:00,2.00,Flat white,\n"
    "nobody@example.com,2025-01-05,1.00,Tea,s3\n"
    "ana@example.com,not a date,1.00,Tea,s4\n"
)


def _history(s) -> list[tuple]:  # type: ignore[no-untyped-def]
    with s.db.read() as session:
        visits = session.execute(
            select(Visit.customer_id, Visit.at, Visit.amount_cents, Visit.note, Visit.source_ref).order_by(
                Visit.id
            )
        ).all()
        lines = session.execute(
            select(VisitItem.item_id, VisitItem.quantity).order_by(VisitItem.visit_id)
        ).all()
    return [tuple(v) for v in visits] + [tuple(line) for line in lines]


@pytest.fixture
def shop(services):  # type: ignore[no-untyped-def]
    services.zoe = services.customers.add(CustomerInput(name="Zoë", email="zoe@example.com"))
    services.ana = services.customers.add(CustomerInput(name="Ana", email="ana@example.com"))
    return services


def test_an_import_after_its_preview_writes_what_reading_the_file_again_writes(shop, tmp_path) -> None:
    file = tmp_path / "history.csv"
    file.write_text(HEADER + ROWS, encoding="utf-8")
    plan = plan_visits(shop.db, file, "GB", "Europe/London")
    assert (plan.new, plan.error_count) == (4, 2)
    with pytest.raises(ImportError_) as refused:
        apply_visits(shop.db, file, "GB", "Europe/London", preview=plan)
    assert "Row 6: no customer “nobody@example.com”" in str(refused.value)
    assert "Row 7: date “not a date” is not YYYY-MM-DD or an ISO time." in str(refused.value)
    assert _history(shop) == []
    done = apply_visits(shop.db, file, "GB", "Europe/London", skip_errors=True, preview=plan)
    assert (done.new, done.error_count, done.rows) == (4, 2, 6)
    from_preview = _history(shop)
    assert len(from_preview) == 4 + 4  # four visits; their lines of flat whites and croissants (the menu's)
    assert apply_visits(shop.db, file, "GB", "Europe/London", skip_errors=True, preview=plan).new == 0
    # The same file read afresh into a shop like it gives the same history.
    with shop.db.write() as session:
        session.execute(VisitItem.__table__.delete())
        session.execute(Visit.__table__.delete())
    assert apply_visits(shop.db, file, "GB", "Europe/London", skip_errors=True).new == 4
    assert [row[1:] for row in _history(shop)] == [row[1:] for row in from_preview]


def test_a_customer_erased_after_the_preview_refuses_the_import(shop, tmp_path) -> None:
    file = tmp_path / "history.csv"
    file.write_text(HEADER + ROWS.splitlines(keepends=True)[0], encoding="utf-8")
    plan = plan_visits(shop.db, file, "GB", "Europe/London")
    assert plan.new == 1 and plan.error_count == 0
    privacy.erase(shop.db, shop.zoe)
    with pytest.raises(ImportError_, match=re.escape("Row 2: no customer “zoe@example.com”")):
        apply_visits(shop.db, file, "GB", "Europe/London", preview=plan)
    assert _history(shop) == []


def test_a_file_saved_again_after_the_preview_is_read_again(shop, tmp_path) -> None:
    file = tmp_path / "history.csv"
    file.write_text(HEADER + "zoe@example.com,2025-01-02,3.30,Flat white,s1\n", encoding="utf-8")
    plan = plan_visits(shop.db, file, "GB", "Europe/London")
    file.write_text(HEADER + "ana@example.com,2025-01-02,3.30,Flat white,s1\n", encoding="utf-8")
    info = file.stat()
    os.utime(file, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000))  # even within one clock tick
    assert apply_visits(shop.db, file, "GB", "Europe/London", preview=plan).new == 1
    assert [row[0] for row in _history(shop)[:1]] == [shop.ana]


def test_foreign_keys_are_checked_again_after_an_import(shop, tmp_path) -> None:
    file = tmp_path / "history.csv"
    file.write_text(HEADER + ROWS.splitlines(keepends=True)[0], encoding="utf-8")
    apply_visits(
        shop.db, file, "GB", "Europe/London", preview=plan_visits(shop.db, file, "GB", "Europe/London")
    )
    for _ in range(3):  # whichever pooled connection comes next
        with shop.db.read() as session:
            assert session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_customer_added_after_the_preview_gets_their_sale(shop, tmp_path) -> None:
    file = tmp_path / "history.csv"
    file.write_text(HEADER + ROWS, encoding="utf-8")
    plan = plan_visits(shop.db, file, "GB", "Europe/London")
    assert plan.error_count == 2
    shop.customers.add(CustomerInput(name="Nobody Yet", email="nobody@example.com"))
    done = apply_visits(shop.db, file, "GB", "Europe/London", skip_errors=True, preview=plan)
    assert (done.new, done.error_count) == (5, 1)
    assert [m for _row, m in done.errors] == ["date “not a date” is not YYYY-MM-DD or an ISO time."]


def test_a_repeated_sale_is_refused_from_the_preview_as_from_the_file(shop, tmp_path) -> None:
    file = tmp_path / "history.csv"
    file.write_text(HEADER + ROWS.splitlines(keepends=True)[0] * 2, encoding="utf-8")
    plan = plan_visits(shop.db, file, "GB", "Europe/London")
    assert plan.errors == [(3, "sale s1 is in the file twice.")]
    done = apply_visits(shop.db, file, "GB", "Europe/London", skip_errors=True, preview=plan)
    assert (done.new, done.errors) == (1, [(3, "sale s1 is in the file twice.")])
