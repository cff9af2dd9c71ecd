"""regulars import customers, run as a shop owner would, with files shaped like real exports."""

from pathlib import Path

from openpyxl import load_workbook

from app.application import open_services
from app.services.customers import CustomerInput

DATA = Path(__file__).resolve().parents[1] / "data"


def add_zoe(cli) -> int:
    added = cli.json(
        "customers",
        "add",
        "--name",
        "Zoë M.",
        "--phone",
        "07700 900123",
        "--email",
        "zoe@home.example",
        "--birthday",
        "1990-11-25",
        "--allergy",
        "nuts",
        "--notes",
        "Nut allergy is severe: carries an EpiPen",
    )
    return added["id"]


def test_square_update_keeps_what_the_file_does_not_hold(cli) -> None:
    zoe = add_zoe(cli)
    preview = cli.json(
        "import", "customers", str(DATA / "square.csv"), "--on-duplicate", "update", "--dry-run"
    )
    assert preview["update"] == 1
    # Square's birthday has no year ("0000-11-25"): it does not replace 1990-11-25.
    assert preview["changes"] == [
        {"row": 2, "customer_id": zoe, "field": "name", "old": "Zoë M.", "new": "Zoë Martin"},
        {
            "row": 2,
            "customer_id": zoe,
            "field": "email",
            "old": "zoe@home.example",
            "new": "zoe.martin@example.com",
        },
        {
            "row": 2,
            "customer_id": zoe,
            "field": "notes",
            "old": "Nut allergy is severe: carries an EpiPen",
            "new": "Nut allergy is severe: carries an EpiPen\nOat milk",
        },
        {"row": 2, "customer_id": zoe, "field": "consent", "old": False, "new": True},
        {"row": 2, "customer_id": zoe, "field": "consent_channel", "old": "", "new": "email"},
    ]
    text = cli.run(
        "import", "customers", str(DATA / "square.csv"), "--on-duplicate", "update", "--skip-errors"
    ).stdout
    assert "Row 2: Zoë Martin: name Zoë M. → Zoë Martin" in text
    assert "Row 2: Zoë Martin: notes Nut allergy is severe: carries an EpiPen → " in text
    shown = cli.json("customers", "show", str(zoe))
    assert (shown["name"], shown["flags"], shown["birthday"]) == ("Zoë Martin", ["nuts"], "1990-11-25")
    assert shown["notes"] == "Nut allergy is severe: carries an EpiPen\nOat milk"


def test_a_file_with_only_name_and_phone_changes_only_those(cli, tmp_path) -> None:
    zoe = add_zoe(cli)
    before = cli.json("customers", "show", str(zoe))
    names = tmp_path / "names.csv"
    names.write_text("name,phone\nZoë Martin,+44 7700 900123\n", encoding="utf-8")
    cli.run("import", "customers", str(names), "--on-duplicate", "update")
    after = cli.json("customers", "show", str(zoe))
    assert {key for key in before if before[key] != after[key]} == {"name"}
    # Found by e-mail, with a new phone number: the number changes, the rest stays.
    moved = tmp_path / "moved.csv"
    moved.write_text("name,phone,email\nZoë Martin,07700 900999,zoe@home.example\n", encoding="utf-8")
    out = cli.run("import", "customers", str(moved), "--on-duplicate", "update").stdout
    # (07700 900xxx are drama numbers, not valid UK ones, so they are shown in international form.)
    assert "Row 2: Zoë Martin: phone +44 7700 900123 → +44 7700 900999" in out
    last = cli.json("customers", "show", str(zoe))
    assert {key for key in after if after[key] != last[key]} == {"phone"}


def test_shopify_update_never_grants_consent_withdrawn_in_the_shop(cli) -> None:
    cli.run("customers", "add", "--name", "An Nguyen", "--phone", "07700 900201")
    services = open_services(str(cli.data_dir))
    try:  # she agreed at the counter, then changed her mind
        services.customers.update(
            1, CustomerInput(name="An Nguyen", phone="07700 900201", consent_contact=True)
        )
        services.customers.update(1, CustomerInput(name="An Nguyen", phone="07700 900201"))
    finally:
        services.close()
    result = cli.json(
        "import", "customers", str(DATA / "shopify.csv"), "--on-duplicate", "update", "--skip-errors"
    )
    # The export says "Accepts Email Marketing: yes"; the name, e-mail and note are taken, the consent is not.
    assert [(c["field"], c["new"]) for c in result["changes"]] == [
        ("name", "Nguyễn Văn An"),
        ("email", "an.nguyen@example.com"),
        ("notes", "Loves rye"),
    ]
    services = open_services(str(cli.data_dir))
    try:
        assert not services.customers.get(1).consent_contact
    finally:
        services.close()


def test_google_contacts_update_keeps_the_year_and_adds_to_notes(cli) -> None:
    cli.run(
        *("customers", "add", "--name", "Ana", "--phone", "07700 900301"),
        *("--birthday", "1985-03-14", "--notes", "Gluten free bread"),
    )
    result = cli.json("import", "customers", str(DATA / "google.csv"), "--on-duplicate", "update")
    assert [(c["field"], c["old"], c["new"]) for c in result["changes"]] == [
        ("name", "Ana", "Ana Silva"),
        ("email", None, "ana.silva@example.com"),
    ]
    shown = cli.json("customers", "show", "1")
    assert (shown["birthday"], shown["notes"]) == ("1985-03-14", "Gluten free bread")


def test_encodings_and_broken_files_give_a_clear_message(cli, tmp_path) -> None:
    cli.run("customers", "add", "--name", "Someone")
    mixed = tmp_path / "mixed.csv"
    mixed.write_bytes(
        "name,phone\nZoë Martin,07700 900123\n".encode() + "Renée,07700 900402\n".encode("cp1252")
    )
    failed = cli.run("import", "customers", str(mixed), check=False)
    assert failed.returncode == 1 and "Traceback" not in failed.stderr
    assert failed.stderr.startswith("regulars: Line 3 of mixed.csv is not UTF-8, but other lines are")
    utf16 = tmp_path / "utf16.csv"
    utf16.write_bytes("name,phone\r\nZoë Martin,07700 900123\r\n".encode("utf-16"))
    assert cli.json("import", "customers", str(utf16))["add"] == 1
    mac = tmp_path / "mac.csv"
    mac.write_bytes(b"name,phone\rRenee,07700 900402\rJose,07700 900401\r")
    assert cli.json("import", "customers", str(mac))["add"] == 2
    huge_cell = tmp_path / "cell.csv"
    huge_cell.write_text("name,notes\nAna," + "x" * 140_000 + "\nBo,hi\n", encoding="utf-8")
    result = cli.run("import", "customers", str(huge_cell), check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        "regulars: 1 row has an error; nothing was imported. Fix it, or leave it out with --skip-errors:",
        "Row 2: a cell is over 128 KB; this row was left out.",
    ]


def test_a_day_with_control_characters_in_the_file_exports_to_xlsx(cli, tmp_path) -> None:
    source = tmp_path / "till.csv"
    source.write_text(
        "name,phone,notes\nZoë Martin,07700 900123,Oat milk\x07\x0b\nBob\x1b[31m,07700 900124,\n",
        encoding="utf-8",
    )
    result = cli.json("import", "customers", str(source), "--skip-errors")
    assert result["written"] == 1 and [e["row"] for e in result["errors"]] == [3]
    for cid in ("1", "2"):
        cli.run("visits", "record", cid, "--amount", "3.20", check=False)
    out = tmp_path / "today.xlsx"
    cli.run("export", "visits", "--date", "today", "--format", "xlsx", "--out", str(out))
    rows = list(load_workbook(out).active.iter_rows(min_row=2, values_only=True))
    assert [r[4] for r in rows] == ["Zoë Martin"]
    assert cli.json("customers", "show", "1")["notes"] == "Oat milk"
