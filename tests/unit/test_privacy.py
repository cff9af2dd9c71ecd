import json
import re
import sqlite3
import subprocess
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from app.printing.person_report import Wording, render_person
from app.services import audit, locales, privacy
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
    german = tmp_path / "zoe-de.pdf"
    render_person(german, data, "The Corner Bakery", Wording("EUR", "de_DE", "Europe/Berlin"))
    text = subprocess.run(["pdftotext", str(german), "-"], capture_output=True, text=True, check=True).stdout
    exported = datetime.fromisoformat(data["exported_at"]).astimezone(ZoneInfo("Europe/Berlin"))
    assert f"exported {locales.day(exported, 'de_DE')}" in text
    assert re.search(r"exported \d{1,2}\. \w+\.? \d{4}", text)  # '7. Dez. 2026', the German way round


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
    erased = privacy.erase_inactive(services.db, months=12, now=later).customer_ids
    assert zoe in erased and len(erased) == 41


def test_data_folder_and_database_are_private(services) -> None:
    assert services.paths.root.stat().st_mode & 0o077 == 0
    assert services.paths.database.stat().st_mode & 0o077 == 0


def test_erasure_scrubs_reasons_and_audit_details_that_name_them(services, zoe, add) -> None:
    visit = services.visits.record(zoe, [(1, 1)], 300, at=datetime(2026, 2, 1, 9, tzinfo=UTC))
    services.visits.void(visit.id, "Quillfeather paid for her sister", actor="sam")
    services.loyalty.adjust(zoe, 3, "Sorry for the burnt rye, Ms Quillfeather")
    audit.log(services.db, "owner", "phone.call", "shop", "Rang Zoë Quillfeather back about the cake")
    other = add("Ann Other")
    services.loyalty.adjust(other, 2, "Goodwill for the late order")
    balance = services.loyalty.balance(zoe)

    privacy.erase(services.db, zoe)
    services.db.dispose()
    assert b"Quillfeather" not in raw_bytes(services)
    with services.db.read() as session:
        reasons = session.execute(text("SELECT customer_id, reason FROM points_ledger ORDER BY id")).all()
        void_reason = session.execute(
            text("SELECT void_reason FROM visits WHERE id = :v"), {"v": visit.id}
        ).scalar()
    assert {r for c, r in reasons if c == zoe} == {"(erased)"} and void_reason == "(erased)"
    assert "Goodwill for the late order" in {r for c, r in reasons if c == other}
    log = {(r.action, r.detail) for r in audit.recent(services.db)}
    assert ("phone.call", "(erased)") in log and ("visit.void", "(erased)") in log
    assert ("points.adjust", "(erased)") in log and (
        "points.adjust",
        "+2: Goodwill for the late order",
    ) in log
    # The points still add up for the shop's statistics; only the words went.
    assert services.loyalty.balance(zoe) == balance


def test_erase_says_when_a_reader_keeps_the_old_data_in_the_file(services, zoe, monkeypatch) -> None:
    monkeypatch.setattr(privacy, "SCRUB_WAIT_MS", 0)  # the reader is not going away during this test
    reader = sqlite3.connect(services.paths.database, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM customers").fetchone()  # another program, mid-read
    try:
        done = privacy.erase(services.db, zoe)
        assert done.still_in_file and b"Quillfeather" in raw_bytes(services)
    finally:
        reader.execute("COMMIT")
        reader.close()
    assert services.search.search("quillfeather") == []  # erased for everyone reading the database
    again = privacy.erase(services.db, zoe)  # a second run finishes the job
    assert not again.still_in_file and b"Quillfeather" not in raw_bytes(services)
    assert [r.action for r in audit.recent(services.db)].count("customer.erase") == 1


def test_exporting_a_persons_data_is_in_the_audit_log(services, zoe) -> None:
    privacy.export_person(services.db, zoe, actor="owner (cli)")
    latest = audit.recent(services.db, 1)[0]
    assert (latest.actor, latest.action, latest.target) == (
        "owner (cli)",
        "customer.export",
        f"customer:{zoe}",
    )
