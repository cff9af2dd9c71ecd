"""Several tills on one SQLite file, and the data folder's own database."""

from __future__ import annotations

import json
import stat

import pytest
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from app.application import open_services
from app.models import Customer
from app.services.customers import CustomerInput
from tests.integration.tills import (
    a_shop_with_two_active_cards,
    after_the_upgrade_one_active_card_each,
    twenty_wrong_pins_at_once,
    two_tills_issue_a_card_at_once,
)


def test_two_tills_issuing_a_card_at_once_leave_one_active_card(services) -> None:
    two_tills_issue_a_card_at_once(services, rounds=4)


def test_the_upgrade_keeps_each_customers_newest_active_card(tmp_path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    a_shop_with_two_active_cards(f"sqlite:///{data / 'regulars.sqlite3'}")
    services = open_services(str(data))
    try:
        after_the_upgrade_one_active_card_each(services)
    finally:
        services.close()


def test_twenty_wrong_pins_at_once_check_at_most_five(services) -> None:
    twenty_wrong_pins_at_once(services)


def test_a_database_error_does_not_show_the_customers_details(services) -> None:
    cid = services.customers.add(CustomerInput(name="Zoë Secretname", phone="07700 900777"))
    with pytest.raises(IntegrityError) as caught, services.db.write() as session:
        session.execute(insert(Customer).values(id=cid, name="Zoë Secretname", phone="+447700900777"))
    message = str(caught.value)
    assert "Secretname" not in message and "900777" not in message
    assert "customers" in message


@pytest.mark.parametrize("folder", ["shop?mode=ro", "shop#2", "50% off", "a?b#c%20d"])
def test_a_data_folder_with_url_characters_keeps_the_database_inside(tmp_path, cli, folder) -> None:
    cli.data_dir = tmp_path / "owner" / folder
    added = cli.json("customers", "add", "--name", "Zoë Martin")
    assert cli.json("customers", "show", str(added["id"]))["name"] == "Zoë Martin"
    database = cli.data_dir / "regulars.sqlite3"
    assert database.exists()
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
    # nothing written beside the folder
    assert [p.name for p in (tmp_path / "owner").iterdir()] == [folder]
    listed = json.loads(cli.run("--json", "backup", "list").stdout)
    assert isinstance(listed, list)
