"""The application layer: plain data out, the app's own errors only, and what each write changed."""

import dataclasses
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.exc import DatabaseError, OperationalError

from app.db import engine as db_engine
from app.errors import AppError, NotFound, StorageBusy, StorageDamaged, UserError
from app.services.customers import CustomerInput
from app.shop import Changes, Shop, contact_for, format_money, parse_money
from app.shop.base import storage_error
from tests.conftest import item_ids


@pytest.fixture
def shop(services) -> Shop:
    return Shop(services)


def test_a_visit_returns_plain_data_and_says_what_changed(shop, services, add) -> None:
    cid = add("Zoë Martin")
    croissant = item_ids(services, "Croissant")[0]
    written = shop.counter.record_visit(cid, [(croissant, 2)], 520, found_by="search")
    assert written.changes == Changes(visits=True, points=True)
    assert written.value.points_earned == 1
    profile = shop.counter.profile(cid)
    assert dataclasses.is_dataclass(profile) and profile.visit_count == 1
    assert [u.name for u in profile.usual] == ["Croissant"]


def test_saving_a_visit_again_with_its_reference_records_it_once(shop, add) -> None:
    cid = add("Zoë")
    ref = shop.counter.new_visit_ref()
    first = shop.counter.record_visit(cid, ref=ref).value
    again = shop.counter.record_visit(cid, ref=ref).value
    assert again.id == first.id and shop.counter.profile(cid).visit_count == 1


def test_an_erased_customer_is_not_found_by_every_counter_action(shop, services, add) -> None:
    cid = add("Zoë", phone="07700 900123")
    card = shop.owner.issue_card(cid).value
    erased = shop.data.erase(cid)
    assert erased.value.customer_ids == [cid] and not erased.value.still_in_file and erased.changes.customers
    calls = [
        lambda: shop.counter.profile(cid),
        lambda: shop.counter.record_visit(cid),
        lambda: shop.counter.record_usual(cid),
        lambda: shop.counter.redeem(cid, "Free coffee"),
        lambda: shop.counter.record_feedback(cid, 9),
        lambda: shop.owner.adjust_points(cid, 5, "kind"),
        lambda: shop.owner.issue_card(cid),
        lambda: shop.owner.revoke_card(cid),
        lambda: shop.insights.mark_contacted(cid),
    ]
    for call in calls:
        with pytest.raises(NotFound, match=f"There is no customer number {cid}"):
            call()
    with pytest.raises(AppError, match="revoked"):
        shop.counter.scan(card.payload)


def test_a_locked_database_is_reported_as_busy(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(db_engine, "BUSY_TIMEOUT_MS", 20)  # the real wait is 10 s
    shop = Shop.open(tmp_path / "data")
    cid = shop.counter.add_customer(CustomerInput(name="Zoë")).value
    other = sqlite3.connect(tmp_path / "data" / "regulars.sqlite3", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageBusy, match="busy in another till"):
            shop.counter.record_visit(cid)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert shop.counter.record_visit(cid).value.id == 1  # free again: the same call works
    shop.close()


def test_database_failures_become_the_apps_own_errors() -> None:
    damaged = DatabaseError("SELECT 1", {}, Exception("database disk image is malformed"))
    assert isinstance(storage_error(damaged), StorageDamaged)
    gone = OperationalError("SELECT 1", {}, Exception("could not connect to server: Connection refused"))
    assert isinstance(storage_error(gone), StorageBusy)
    assert "Could not reach the database server" in str(storage_error(gone))


def test_winback_contact_follows_the_channel_they_agreed_to() -> None:
    assert contact_for(False, "email", "zoe@example.com", "+447700900123") is None
    assert contact_for(True, "email", "zoe@example.com", "+447700900123") == "zoe@example.com"
    assert contact_for(True, "sms", "zoe@example.com", "+447700900123") == "+447700900123"
    assert contact_for(True, "sms", "zoe@example.com", None) == "zoe@example.com"
    assert contact_for(True, "email", None, "+447700900123") == "+447700900123"


def test_money_is_parsed_and_formatted_in_one_place() -> None:
    assert [parse_money(t) for t in ("12.50", "12,5", "£ 3", "", "0.05")] == [1250, 1250, 300, None, 5]
    for bad in ("-1", "1e5", "12.345", "twelve", "1000000.01"):
        with pytest.raises(UserError):
            parse_money(bad)
    assert format_money(123456, "GBP", "en_GB") == "£1,234.56"


def test_marking_contacted_is_kept_until_they_come_back(shop, services, add) -> None:
    cid = add("Zoë", email="zoe@example.com", consent_contact=True, consent_channel="email")
    start = datetime.now(UTC) - timedelta(days=200)
    for day in (0, 7, 14, 21):
        services.visits.record(cid, at=start + timedelta(days=day))
    [row] = shop.insights.regulars()
    assert row.stats.lapsed and row.contact == "zoe@example.com" and row.contacted_at is None
    written = shop.insights.mark_contacted(cid)
    assert written.changes.marks
    assert shop.insights.regulars()[0].contacted_at == written.value
    services.visits.record(cid)  # they came back: the old mark no longer counts
    assert shop.insights.regulars()[0].contacted_at is None


def test_settings_are_checked_before_they_are_saved(shop) -> None:
    with pytest.raises(UserError, match="not a country code"):
        shop.owner.save_settings({"region": "XX"})
    with pytest.raises(UserError, match="not a time zone"):
        shop.owner.save_settings({"timezone": "Mars/Base"})
    assert shop.owner.save_settings({"shop_name": "Crumbs", "region": "ie"}).changes.settings
    assert shop.owner.settings()["region"] == "IE"


def test_export_format_is_chosen_in_one_place(shop, add, tmp_path) -> None:
    shop.counter.record_visit(add("Zoë"))
    today = datetime.now(UTC).date()
    with pytest.raises(UserError, match="not “doc”"):
        shop.data.export_visits(today, today, "doc", tmp_path / "day.doc")
    done = shop.data.export_visits(
        today - timedelta(days=1), today + timedelta(days=1), "csv", tmp_path / "d.csv"
    )
    assert done.visits == 1 and "Zoë" in (tmp_path / "d.csv").read_text(encoding="utf-8")


def test_a_contacted_mark_is_not_forgotten_behind_a_long_audit_log(shop, services, add) -> None:
    from app.services import audit

    cid = add("Zoë", phone="07700 900123", consent_contact=True, consent_channel="sms")
    start = datetime.now(UTC) - timedelta(days=200)
    for day in (0, 7, 14, 21):
        services.visits.record(cid, at=start + timedelta(days=day))
    shop.insights.mark_contacted(cid)
    with services.db.write() as session:  # a busy shop: thousands of later events
        for n in range(6000):
            audit.record(session, "counter", "customer.edit", f"customer:{n + 1000}")
    [row] = shop.insights.regulars()  # off the win-back list for weeks, still on the page
    assert row.stats.lapsed and row.contacted_at is not None and row.contact == "+447700900123"
    assert shop.insights.top()[0].stats.id == cid


def test_cards_for_printing_issue_where_missing_and_say_so(shop, add) -> None:
    zoe, sam = add("Zoë"), add("Sam")
    shop.owner.issue_card(zoe)
    assert shop.owner.unprinted_cards() == [zoe]
    sheet = shop.owner.cards_for_printing([sam, zoe])
    assert [name for _card, name in sheet] == ["Sam", "Zoë"]
    assert shop.owner.unprinted_cards() == [zoe]  # nothing recorded until the sheet is in place
    written = shop.owner.record_printing(sheet)
    assert written.changes.cards and shop.owner.unprinted_cards() == []
    assert shop.owner.card_of(sam) is not None
