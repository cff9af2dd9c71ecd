"""regulars import visits, run as a shop owner would, with files shaped like Square's and Shopify's exports."""

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from app.application import open_services
from app.models import CustomerRef, Visit

DATA = Path(__file__).resolve().parents[1] / "data"


def menu(cli, *names: str) -> None:
    for name in names:
        cli.run("items", "add", name)


def london(cli) -> None:
    services = open_services(str(cli.data_dir))
    services.settings.set("timezone", "Europe/London")
    services.close()


def imported(cli) -> list[Visit]:
    services = open_services(str(cli.data_dir))
    with services.db.read() as session:
        visits = list(session.scalars(select(Visit).where(Visit.imported.is_(True)).order_by(Visit.at)))
        session.expunge_all()
    services.close()
    return visits


def test_square_transactions_follow_the_customer_reference(cli) -> None:
    menu(cli, "Flat white", "Croissant", "Sourdough loaf")
    cli.run("import", "customers", str(DATA / "square.csv"), "--skip-errors")
    zoe = cli.json("customers", "find", "Zoë")[0]["id"]
    preview = cli.json("import", "visits", str(DATA / "square_transactions.csv"), "--dry-run")
    assert preview["format"] == "square" and preview["add"] == 2
    assert preview["without_customer"] == 1 and preview["not_sales"] == 1  # a cash sale, a refund
    assert preview["unknown_items"] == ["Wedding cake"]
    assert imported(cli) == []
    done = cli.json("import", "visits", str(DATA / "square_transactions.csv"))
    assert done["written"] == 2
    shown = cli.json("customers", "show", str(zoe))
    assert shown["visits"] == 1 and shown["points"] == 0  # history earns no points
    assert shown["usual"] == ["Flat white", "Croissant"] or shown["usual"] == ["Croissant", "Flat white"]
    lukasz = next(v for v in imported(cli) if v.amount_cents == 100_800)
    assert lukasz.note == "Wedding cake" and lukasz.source_ref == "square:Uu6Vv7Ww8Xx9Yy0Zz1Aa2Bb3"
    again = cli.json("import", "visits", str(DATA / "square_transactions.csv"))
    assert again["written"] == 0 and again["already_imported"] == 2


def test_shopify_orders_are_one_visit_each_and_a_stranger_refuses_the_file(cli) -> None:
    menu(cli, "Sourdough loaf", "Flat white")
    cli.run("import", "customers", str(DATA / "shopify.csv"), "--skip-errors")
    refused = cli.run("import", "visits", str(DATA / "shopify_orders.csv"), check=False)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert refused.stderr.splitlines() == [
        "regulars: 1 row has an error; nothing was imported. Fix it, or leave it out with --skip-errors:",
        "Row 5: no customer “stranger@example.com”; import the customers first, or add them.",
    ]
    assert imported(cli) == []
    done = cli.json("import", "visits", str(DATA / "shopify_orders.csv"), "--skip-errors")
    assert done["format"] == "shopify" and done["written"] == 2
    first, second = imported(cli)
    assert first.at == datetime(2025, 2, 14, 9, 15, 20, tzinfo=UTC) and first.amount_cents == 1210
    assert first.note == "Rye & caraway"  # not on the menu: kept as text
    assert second.at == datetime(2025, 2, 15, 15, 40, 1, tzinfo=UTC)  # +0100 in the file
    an = cli.json("customers", "find", "Nguyen")[0]["id"]
    assert cli.json("customers", "show", str(an))["usual"] == ["Sourdough loaf"]


def test_generic_rows_two_copies_are_two_sales_and_a_reimport_adds_nothing(cli, tmp_path) -> None:
    london(cli)
    menu(cli, "Flat white", "Croissant")
    zoe = cli.json("customers", "add", "--name", "Zoë", "--phone", "07700 900123")["id"]
    bo = cli.json("customers", "add", "--name", "Bo", "--email", "bo@example.com")["id"]
    row = f"#{zoe},2024-07-01,4.50,2× Flat white\n"
    file = tmp_path / "visits.csv"
    file.write_text(
        "customer,date,amount,items\n"
        + row
        + row
        + 'bo@example.com,2024-07-01T08:05:00,,"2x Croissant, Tea"\n'
        "+447700900123,2024-01-10,3.30,Flat white\n",
        encoding="utf-8",
    )
    assert cli.json("import", "visits", str(file))["written"] == 4
    assert cli.json("import", "visits", str(file))["written"] == 0
    file.write_text("customer,date,amount,items\n" + row * 3, encoding="utf-8")
    third = cli.json("import", "visits", str(file))
    assert third["written"] == 1 and third["already_imported"] == 2
    visits = imported(cli)
    assert len(visits) == 5
    # A date alone is noon in the shop's zone: British Summer Time in July, GMT in January.
    assert visits[0].at == datetime(2024, 1, 10, 12, tzinfo=UTC)
    assert visits[1].at == datetime(2024, 7, 1, 7, 5, tzinfo=UTC)
    assert visits[2].at == datetime(2024, 7, 1, 11, tzinfo=UTC)
    assert visits[1].customer_id == bo and visits[1].note == "Tea"
    shown = cli.json("customers", "show", str(zoe))
    assert shown["visits"] == 4 and shown["points"] == 0 and shown["usual"] == ["Flat white"]
    # Not this till's takings: the day's export leaves the imported history out.
    out = tmp_path / "day.csv"
    assert (
        cli.json("export", "visits", "--date", "2024-07-01", "--format", "csv", "--out", str(out))["visits"]
        == 0
    )


def test_a_refused_import_lists_fifty_rows_and_the_count(cli, tmp_path) -> None:
    cli.run("customers", "add", "--name", "Someone")
    file = tmp_path / "bad.csv"
    file.write_text(
        "customer,date\n" + "".join(f"#1,2024-13-{n:02}\n" for n in range(1, 61)), encoding="utf-8"
    )
    # Refused: the count heads the message on stderr. Dry run: the preview on stdout counts them.
    for extra, count in (
        ((), "60 rows have errors; nothing was imported"),
        (("--dry-run",), "60 with errors."),
    ):
        result = cli.run("import", "visits", str(file), *extra, check=False)
        assert result.returncode == (0 if extra else 1)
        text = result.stderr if not extra else result.stdout
        rows = [line for line in text.splitlines() if line.startswith("Row ")]
        assert len(rows) == 50 and rows[0] == "Row 2: date “2024-13-01” is not YYYY-MM-DD or an ISO time."
        assert count in text
        assert "… and 10 more" in text
    assert imported(cli) == []


def test_a_customer_reference_is_a_match_key_for_on_duplicate(cli, tmp_path) -> None:
    cli.run("import", "customers", str(DATA / "square.csv"), "--skip-errors")
    moved = tmp_path / "square2.csv"
    header = (DATA / "square.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    moved.write_text(header + "\n,Zoë,Martin,zoe@new.example,,,,,,,,,,,XK2J9V1,,,,,,,No\n", encoding="utf-8")
    skipped = cli.json("import", "customers", str(moved), "--dry-run")
    assert skipped["add"] == 0 and "already a customer" in skipped["skip"][0]["reason"]
    updated = cli.json("import", "customers", str(moved), "--on-duplicate", "update")
    assert updated["update"] == 1 and updated["changes"][0]["new"] == "zoe@new.example"


def test_dates_follow_the_file_then_the_country_then_the_owner(cli, tmp_path) -> None:
    file = tmp_path / "people.csv"
    file.write_text("name,birthday\nAna,05/11/1990\nBo,25/11/1991\n", encoding="utf-8")
    # GB: 25/11 shows the file writes the day first, so 05/11/1990 is 5 November (not 11 May).
    preview = cli.run("import", "customers", str(file), "--dry-run")
    assert preview.returncode == 0
    cli.run("import", "customers", str(file))
    ana = cli.json("customers", "find", "Ana")[0]["id"]
    assert cli.json("customers", "show", str(ana))["birthday"] == "1990-11-05"
    us = tmp_path / "us.csv"
    us.write_text("name,birthday\nCy,05/11/1990\nDee,11/25/1991\n", encoding="utf-8")
    cli.run("import", "customers", str(us))
    cy = cli.json("customers", "find", "Cy")[0]["id"]
    assert cli.json("customers", "show", str(cy))["birthday"] == "1990-05-11"
    # Nothing in the file decides: the shop's country (GB, day first), unless the owner says otherwise.
    plain = tmp_path / "plain.csv"
    plain.write_text("name,birthday\nEd,05/11/1990\n", encoding="utf-8")
    cli.run("import", "customers", str(plain))
    ed = cli.json("customers", "find", "Ed")[0]["id"]
    assert cli.json("customers", "show", str(ed))["birthday"] == "1990-11-05"
    plain.write_text("name,birthday\nFay,05/11/1990\n", encoding="utf-8")
    cli.run("import", "customers", str(plain), "--date-order", "mdy")
    fay = cli.json("customers", "find", "Fay")[0]["id"]
    assert cli.json("customers", "show", str(fay))["birthday"] == "1990-05-11"


def test_rows_with_only_an_email_or_a_phone_are_imported_and_never_printed(cli, tmp_path) -> None:
    import subprocess

    file = tmp_path / "square.csv"
    header = (DATA / "square.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    file.write_text(
        header + "\n,,,=mel@example.com,,,,,,,,,,,SQ1,,,,,,,No\n,,,,07700 900555,,,,,,,,,,SQ2,,,,,,,No\n",
        encoding="utf-8",
    )
    assert cli.json("import", "customers", str(file))["add"] == 2
    mel = cli.json("customers", "find", "mel@exa")
    assert [c["name"] for c in mel] == ["mel@example.com"]
    assert cli.json("customers", "show", str(mel[0]["id"]))["name_unknown"] is True  # flagged for staff
    assert [c["name"] for c in cli.json("customers", "find", "900555")] == ["07700 900555"]
    services = open_services(str(cli.data_dir))
    printed = services.cards.for_printing([mel[0]["id"]])
    assert printed[0][1] == ""  # the card carries no stand-in name
    phone_only = cli.json("customers", "find", "900555")[0]["id"]
    typed = services.customers.as_input(phone_only)
    typed.name = "Pat Jones"  # staff type the real name: it is printed from then on
    services.customers.update(phone_only, typed)
    assert services.cards.for_printing([phone_only])[0][1] == "Pat Jones"
    assert services.profiles.load(phone_only).name_unknown is False
    services.close()
    pdf = tmp_path / "cards.pdf"
    cli.run("cards", "print", "--out", str(pdf), "--customer", str(mel[0]["id"]))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "mel@" not in text
    # Square's later sales find them by the reference.
    sales = tmp_path / "sales.csv"
    sales.write_text(
        "Date,Time,Total Collected,Description,Transaction ID,Event Type,Customer ID\n"
        "2025-03-04,08:12:41,£2.60,Croissant,T1,Payment,SQ2\n",
        encoding="utf-8",
    )
    assert cli.json("import", "visits", str(sales))["written"] == 1


def test_erasing_a_customer_forgets_their_reference(cli, tmp_path) -> None:
    cli.run("import", "customers", str(DATA / "square.csv"), "--skip-errors")
    zoe = cli.json("customers", "find", "Zoë")[0]["id"]
    cli.run("customers", "erase", str(zoe))
    refused = cli.run("import", "visits", str(DATA / "square_transactions.csv"), check=False)
    assert refused.returncode == 1 and "Row 2: no customer “XK2J9V1”" in refused.stderr
    services = open_services(str(cli.data_dir))
    with services.db.read() as session:
        kept = list(session.scalars(select(CustomerRef.ref)))
    services.close()
    assert kept == ["XK2J9V2"]  # Łukasz's stays; Zoë's is gone with her
