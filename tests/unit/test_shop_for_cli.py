"""The shop's calls the command line uses: who did it goes into the audit log, a card finds its holder, the
win-back list follows the customer's chosen channel, and database failures keep the CLI's own words."""

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.exc import OperationalError

from app.application import StartupError, open_services
from app.errors import StorageBusy, UserError
from app.services.customers import CustomerInput
from app.shop import Shop
from app.shop.base import database_failure, guarded
from app.shop.rescue import restore_unopened


@pytest.fixture
def shop(services) -> Shop:
    return Shop(services)


def locked() -> OperationalError:
    return OperationalError("INSERT INTO visits ...", {}, sqlite3.OperationalError("database is locked"))


def test_a_failure_a_guarded_call_worded_is_handed_back_to_the_command_line() -> None:
    @guarded
    def save() -> None:
        raise locked()

    with pytest.raises(StorageBusy) as caught:
        save()
    assert database_failure(caught.value) is caught.value.__cause__
    assert isinstance(database_failure(locked()), OperationalError)


def test_errors_worded_by_the_start_up_or_a_service_keep_their_own_words() -> None:
    for own in (StartupError("Could not reach the database server (db)."), StorageBusy("Still saving.")):
        try:
            raise own from locked()
        except (StartupError, StorageBusy) as exc:
            assert database_failure(exc) is None
    assert database_failure(UserError("No such item.")) is None


def test_the_command_lines_writes_name_who_did_them(shop, add) -> None:
    cid = add("Zoë Martin")
    shop.owner.adjust_points(cid, 5, "birthday cake", actor="owner (cli)")
    shop.owner.add_reward("Free loaf", 8, actor="owner (cli)")
    shop.owner.issue_card(cid, actor="cli")
    latest = {row.action: row.actor for row in shop.insights.audit(20)}
    assert latest["points.adjust"] == "owner (cli)"
    assert latest["reward.add"] == "owner (cli)"
    assert latest["card.issue"] == "cli"


def test_a_card_payload_finds_its_holder_alone_and_text_searches(shop, add) -> None:
    zoe = add("Zoë Martin")
    add("Zoe Baker")
    card = shop.owner.issue_card(zoe).value
    assert [h.id for h in shop.counter.lookup(card.payload)] == [zoe]
    assert len(shop.counter.lookup("zoe")) == 2


def test_the_win_back_list_reaches_people_the_way_they_chose_past_the_floor_given(shop, services) -> None:
    cid = services.customers.add(
        CustomerInput(
            name="Ada Lovelace",
            phone="07700 900461",
            email="ada@example.com",
            consent_contact=True,
            consent_channel="phone",
        )
    )
    now = datetime.now(UTC)
    for days_ago in (100, 90, 80):  # every ten days, then nothing for eighty
        services.visits.record(cid, at=now - timedelta(days=days_ago))
    (regular,) = shop.insights.lapsed(floor_days=21)
    assert regular.stats.id == cid and regular.contact == "+447700900461"
    assert shop.insights.lapsed(floor_days=90) == []
    assert [r.stats.id for r in shop.insights.segments()] == [cid]


def test_a_backup_copies_the_database_in_use(tmp_path) -> None:
    elsewhere = tmp_path / "elsewhere.sqlite3"
    shop = Shop(open_services(str(tmp_path / "data"), f"sqlite:///{elsewhere}"))
    try:
        shop.counter.add_customer(CustomerInput(name="Zoë Martin"))
        copy = shop.data.backup()
    finally:
        shop.close()
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT name FROM customers").fetchall() == [("Zoë Martin",)]


def test_restoring_without_a_backup_says_so(tmp_path) -> None:
    with pytest.raises(UserError, match="There are no backups yet"):
        restore_unopened(str(tmp_path / "data"), None, "latest")
