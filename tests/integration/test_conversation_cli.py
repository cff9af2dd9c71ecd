"""followups, complaints and seasonal items on the command line: real data folder, JSON shapes, refusals."""

import json
import subprocess
from datetime import date, timedelta


def test_talking_points_and_complaints_through_the_command_line(cli) -> None:
    cid = cli.json("customers", "add", "--name", "Zoë Martin")["id"]
    soon = (date.today() + timedelta(days=20)).isoformat()
    first = cli.json("followups", "add", str(cid), "ask how the marathon went")
    assert first == {
        "id": 1,
        "text": "ask how the marathon went",
        "on": None,
        "due": True,
        "customer_id": cid,
    }
    later = cli.run("followups", "add", str(cid), "wish", "luck", "for", "exams", "--on", soon)
    assert "shows it from" in later.stdout
    complaint = cli.json("complaints", "add", str(cid), "croissant was stale")
    assert complaint == {"id": 1, "customer_id": cid}

    shown = cli.json("customers", "show", str(cid))
    assert shown["talking_points"] == [
        {"id": 1, "text": "ask how the marathon went", "on": None, "due": True},
        {"id": 2, "text": "wish luck for exams", "on": soon, "due": False},
    ]
    [open_one] = shown["open_complaints"]
    assert set(open_one) == {"id", "text", "since"} and open_one["text"] == "croissant was stale"
    text = cli.run("customers", "show", str(cid)).stdout
    assert "MAKE IT RIGHT (1" in text and "Talk about (1): ask how the marathon went" in text

    everyone = cli.json("complaints", "list")
    assert [(c["id"], c["name"], c["text"]) for c in everyone] == [(1, "Zoë Martin", "croissant was stale")]

    assert cli.json("followups", "done", "1") == {"id": 1, "customer_id": cid, "done": True}
    assert cli.json("complaints", "resolve", "1") == {"id": 1, "customer_id": cid, "resolved": True}
    shown = cli.json("customers", "show", str(cid))
    assert [t["id"] for t in shown["talking_points"]] == [2] and shown["open_complaints"] == []
    assert cli.run("complaints", "list").stdout.strip() == "No open complaints."

    # Doing it twice, a number that does not exist, empty text, a bad date: refused, nothing changed.
    for args, message in (
        (("followups", "done", "1"), "already ticked off"),
        (("complaints", "resolve", "1"), "already made right"),
        (("complaints", "resolve", "42"), "no complaint number 42"),
        (("followups", "add", str(cid), " "), "Write what the talking point is about"),
        (("followups", "add", str(cid), "x", "--on", "31/12/2026"), "not a date"),
        (("complaints", "add", "99", "cold tea"), "no customer number 99"),
    ):
        result = cli.run(*args, check=False)
        assert result.returncode == 1 and message in result.stderr, (args, result.stderr)
    assert len(cli.json("customers", "show", str(cid))["talking_points"]) == 1


def test_erasure_scrubs_them_and_export_data_carries_them(cli, tmp_path) -> None:
    cid = cli.json("customers", "add", "--name", "Zoë Martin")["id"]
    cli.run("followups", "add", str(cid), "ask about the puppy Biscuit")
    cli.run("complaints", "add", str(cid), "tea was stone cold")
    out, pdf = tmp_path / "zoe.json", tmp_path / "zoe.pdf"
    cli.run("customers", "export-data", str(cid), "--out", str(out), "--pdf", str(pdf))
    printed = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "ask about the puppy Biscuit" in printed and "tea was stone cold" in printed
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [p["text"] for p in data["talking_points"]] == ["ask about the puppy Biscuit"]
    assert [c["text"] for c in data["complaints"]] == ["tea was stone cold"]
    cli.run("customers", "erase", str(cid))
    raw = (cli.data_dir / "regulars.sqlite3").read_bytes()
    assert b"puppy Biscuit" not in raw and b"stone cold" not in raw


def test_seasonal_items_on_the_command_line(cli) -> None:
    added = cli.json(
        "items",
        "add",
        "Mince pie",
        "--category",
        "Pastry",
        "--price",
        "2,80",
        "--available-from",
        "2026-12-01",
        "--available-until",
        "2026-12-31",
    )
    assert added["available_from"] == "2026-12-01" and added["price_cents"] == 280
    edited = cli.json("items", "edit", "mince pie", "--available-until", "none")
    assert (edited["available_from"], edited["available_until"]) == ("2026-12-01", None)
    listed = {row["name"]: row for row in cli.json("items", "list")}
    assert listed["Mince pie"]["available_from"] == "2026-12-01"
    wrong = cli.run("items", "edit", str(added["id"]), "--available-until", "2026-11-01", check=False)
    assert wrong.returncode == 1 and "ends" in wrong.stderr and "before it starts" in wrong.stderr
    missing = cli.run("items", "edit", "Stollen", "--price", "3", check=False)
    assert missing.returncode == 1 and "not on the menu" in missing.stderr


def test_report_lapsed_leaves_out_those_contacted_lately(cli) -> None:
    from datetime import UTC, datetime

    from app.application import open_services
    from app.services.customers import CustomerInput
    from app.shop import Shop

    services = open_services(str(cli.data_dir))
    try:
        start = datetime.now(UTC) - timedelta(days=200)
        people = [services.customers.add(CustomerInput(name=name)) for name in ("Zoë Martin", "Sam Jones")]
        for cid in people:
            for day in (0, 7, 14, 21):
                services.visits.record(cid, at=start + timedelta(days=day))
        assert {r["id"] for r in cli.json("report", "lapsed")} == set(people)
        Shop(services).insights.mark_contacted(people[0])
    finally:
        services.close()
    assert [r["id"] for r in cli.json("report", "lapsed")] == [people[1]]
