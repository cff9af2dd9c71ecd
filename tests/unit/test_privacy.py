import json
import subprocess
from datetime import UTC, datetime, timedelta

import pytest

from app.printing.person_report import render_person
from app.services import privacy
from app.services.cards import CardError
from app.services.customers import NotFound
from app.services.feedback import FeedbackService


def raw_bytes(services) -> bytes:
    database = services.paths.database
    wal = database.with_name(database.name + "-wal")
    return database.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


@pytest.fixture
def zoe(services, add):
    cid = add(
        "Zoë Quillfeather",
        phone="07700 900987",
        email="zoe.q@example.com",
        birthday="1990-11-25",
        notes="Walks a greyhound called Pip",
        flags=["nuts"],
        consent_contact=True,
        consent_channel="sms",
    )
    for n in range(5):
        services.visits.record(cid, [(1, 1)], 550, at=datetime(2026, 1, 1, 9, tzinfo=UTC) + timedelta(days=n))
    FeedbackService(services.db, services.settings).record(cid, 9, "Quillfeather loves the rye")
    services.cards.issue(cid)
    for n in range(40):  # neighbours, so the search index has real segments
        add(f"Neighbour {n}", phone=f"07700 9{n:05d}")
    return cid


def test_export_data_holds_everything_and_reads_as_a_pdf(services, zoe, tmp_path) -> None:
    data = privacy.export_person(services.db, zoe)
    assert data["profile"]["name"] == "Zoë Quillfeather" and data["profile"]["phone"] == "+447700900987"
    assert (
        data["consent"]["contact"]
        and data["consent"]["channel"] == "sms"
        and data["consent"]["how"] == "counter"
    )
    assert len(data["visits"]) == 5 and data["visits"][0]["items"] == [
        {"item": "Sourdough loaf", "quantity": 1}
    ]
    assert data["feedback"][0]["comment"] == "Quillfeather loves the rye"
    assert data["cards"][0]["status"] == "active" and len(data["points"]) >= 1
    json.dumps(data)
    out = tmp_path / "zoe.pdf"
    render_person(out, data, "The Corner Bakery")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Data held about Zoë Quillfeather" in text and "Walks a greyhound" in text and "by sms" in text


def test_erasure_leaves_no_name_or_phone_in_the_database_file(services, zoe) -> None:
    card = services.cards.active_card(zoe)
    assert b"Quillfeather" in raw_bytes(services)
    privacy.erase(services.db, zoe)
    services.db.dispose()
    data = raw_bytes(services)
    for secret in (
        b"Quillfeather",
        "Zoë".encode(),
        b"quillfeather",
        b"900987",
        b"zoe.q@example.com",
        b"greyhound",
    ):
        assert secret not in data, secret
    assert services.search.search("quillfeather") == [] and services.search.search("900987") == []
    with pytest.raises(NotFound):
        services.customers.get(zoe)
    with pytest.raises(CardError, match="revoked"):
        services.cards.resolve(card.payload)
    # Anonymous statistics stay: the visits still count for the shop.
    assert services.visits.summary(zoe)[0] == 5


def test_inactive_customers_can_be_erased_after_a_set_time(services, zoe, add) -> None:
    later = datetime.now(UTC) + timedelta(days=400)
    erased = privacy.erase_inactive(services.db, months=12, now=later)
    assert zoe in erased and len(erased) == 41


def test_data_folder_and_database_are_private(services) -> None:
    assert services.paths.root.stat().st_mode & 0o077 == 0
    assert services.paths.database.stat().st_mode & 0o077 == 0
