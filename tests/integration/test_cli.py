import sqlite3


def test_demo_then_find_show_and_record_the_usual(cli) -> None:
    made = cli.json("demo", "--customers", "80", "--visits", "1500", "--seed", "3")
    # Each customer's share of the visits is rounded: the total moves by at most one per customer.
    assert set(made) == {"customers", "visits"} and made["customers"] == 80
    assert abs(made["visits"] - 1500) <= 80
    found = cli.json("customers", "find", "zoe", "--limit", "50")
    assert {"id", "name", "phone", "email"} <= set(found[0])
    zoe = next(c for c in found if c["name"] == "Zoë Martin")
    shown = cli.json("customers", "show", str(zoe["id"]))
    for key in (
        "id",
        "name",
        "phone",
        "email",
        "birthday",
        "notes",
        "flags",
        "points",
        "visits",
        "last_visit",
        "usual",
        "card",
    ):
        assert key in shown, key
    assert shown["flags"] == ["nuts"] and set(shown["usual"]) == {"Sourdough loaf", "Flat white"}
    visit = cli.json("visits", "record", str(zoe["id"]), "--usual")
    assert visit["id"] > 0 and isinstance(visit["points_earned"], int)
    assert cli.json("customers", "show", str(zoe["id"]))["visits"] == shown["visits"] + 1


def test_same_results_for_demo_with_the_same_seed(cli, tmp_path) -> None:
    from tests.integration.conftest import Cli

    other = Cli(tmp_path / "other")
    for c in (cli, other):
        c.run("demo", "--customers", "30", "--visits", "300", "--seed", "9")
    assert cli.json("customers", "find", "a", "--limit", "30") == other.json(
        "customers", "find", "a", "--limit", "30"
    )


def test_add_customer_and_record_items_with_an_amount(cli) -> None:
    cli.run("demo", "--customers", "0", "--visits", "0")
    added = cli.json(
        "customers",
        "add",
        "--name",
        "Łukasz Nowak",
        "--phone",
        "07700 900777",
        "--birthday",
        "02-29",
        "--allergy",
        "gluten",
        "--notes",
        "Cycles in",
    )
    assert added["phone"] == "+447700900777" and added["birthday"] == "02-29" and added["flags"] == ["gluten"]
    assert [c["name"] for c in cli.json("customers", "find", "lukasz")] == ["Łukasz Nowak"]
    assert [c["name"] for c in cli.json("customers", "find", "900777")] == ["Łukasz Nowak"]
    visit = cli.json(
        "visits",
        "record",
        str(added["id"]),
        "--item",
        "flat white",
        "--item",
        "Croissant",
        "--amount",
        "5.90",
    )
    shown = cli.json("customers", "show", str(added["id"]))
    assert shown["recent_visits"][0]["amount_cents"] == 590 and shown["recent_visits"][0]["id"] == visit["id"]


def test_errors_go_to_stderr_with_a_status_and_change_nothing(cli) -> None:
    cli.run("demo", "--customers", "0", "--visits", "0")
    database = cli.data_dir / "regulars.sqlite3"

    def count() -> int:
        with sqlite3.connect(database) as conn:
            return conn.execute(
                "select (select count(*) from customers) + (select count(*) from visits)"
            ).fetchone()[0]

    before = count()
    for args in (
        ["customers", "add", "--name", "Ann", "--birthday", "02-31"],
        ["customers", "add", "--name", "x" * 2000],
        ["customers", "add", "--name", '=HYPERLINK("http://evil")'],
        ["customers", "add", "--name", "Ann", "--phone", "not a phone"],
        ["customers", "show", "999"],
        ["visits", "record", "999", "--usual"],
        ["scan", "RGL0000000000000000000Z"],
        ["scan", "hello"],
    ):
        result = cli.run(*args, check=False)
        assert result.returncode == 1, args
        assert result.stdout == "" and result.stderr.startswith("regulars: "), args
    assert count() == before
    assert (
        "February has no day 31"
        in cli.run("customers", "add", "--name", "Ann", "--birthday", "02-31", check=False).stderr
    )


def test_data_dir_from_the_environment(cli, tmp_path) -> None:
    from tests.integration.conftest import Cli

    env_dir = tmp_path / "env-data"
    Cli(tmp_path / "ignored").run("demo", "--customers", "0", "--visits", "0")
    result = cli.run("customers", "find", "x", env={"REGULARS_DATA_DIR": str(env_dir)})
    assert result.returncode == 0 and (cli.data_dir / "regulars.sqlite3").exists()
    import os
    import subprocess
    import sys

    from tests.integration.conftest import ROOT

    subprocess.run(
        [sys.executable, "-m", "app", "customers", "find", "x"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        env={**os.environ, "REGULARS_DATA_DIR": str(env_dir)},
    )
    assert (env_dir / "regulars.sqlite3").exists()
    assert oct((env_dir).stat().st_mode & 0o777) == "0o700"


def test_owner_commands_need_the_pin_once_one_is_set(cli) -> None:
    cli.run("demo", "--customers", "5", "--visits", "20")
    zoe = cli.id_of("Zoë Martin")
    cli.run("owner", "set-pin", env={"REGULARS_NEW_OWNER_PIN": "4821"})
    refused = cli.run("points", "adjust", zoe, "5", "--reason", "goodwill", check=False)
    assert refused.returncode == 1 and "owner command" in refused.stderr
    wrong = cli.run(
        "points", "adjust", zoe, "5", "--reason", "goodwill", check=False, env={"REGULARS_OWNER_PIN": "1"}
    )
    assert wrong.returncode == 1 and "Wrong PIN" in wrong.stderr
    before = cli.json("customers", "show", zoe)["points"]
    done = cli.run(
        "--json", "points", "adjust", zoe, "5", "--reason", "goodwill", env={"REGULARS_OWNER_PIN": "4821"}
    )
    assert f'"points": {before + 5}' in done.stdout
    assert cli.json("customers", "show", zoe)["points"] == before + 5  # refused and wrong changed nothing
    # Counter work needs no PIN.
    assert cli.json("visits", "record", zoe, "--item", "Croissant")["id"] > 0


def test_privacy_commands(cli, tmp_path) -> None:
    cli.run("demo", "--customers", "5", "--visits", "40")
    zoe = cli.id_of("Zoë Martin")
    out, pdf = tmp_path / "zoe.json", tmp_path / "zoe.pdf"
    cli.run("customers", "export-data", zoe, "--out", str(out), "--pdf", str(pdf))
    import json

    assert json.loads(out.read_text())["profile"]["name"] == "Zoë Martin" and pdf.stat().st_size > 1000
    assert cli.json("customers", "erase", zoe) == {"id": int(zoe), "erased": True}
    assert cli.run("customers", "show", zoe, check=False).returncode == 1
    assert b"Martin" not in (cli.data_dir / "regulars.sqlite3").read_bytes()


def _audit(cli) -> list[tuple[str, str, str, str]]:
    with sqlite3.connect(cli.data_dir / "regulars.sqlite3") as conn:
        return conn.execute("SELECT actor, action, target, detail FROM audit_events ORDER BY id").fetchall()


def _customers(cli) -> int:
    with sqlite3.connect(cli.data_dir / "regulars.sqlite3") as conn:
        return conn.execute("SELECT count(*) FROM customers").fetchone()[0]


def test_demo_stays_out_of_a_shop_with_real_customers_and_is_an_owner_command(cli) -> None:
    cli.run("demo", "--customers", "4", "--visits", "20")
    cli.run("demo", "--customers", "3", "--visits", "10")  # demo on demo is fine
    cli.run("customers", "add", "--name", "Real Person", "--phone", "07700 900444")
    refused = cli.run("demo", "--customers", "5", "--visits", "20", check=False)
    assert refused.returncode == 1 and "already has 1 customers of its own" in refused.stderr
    assert "--into-existing" in refused.stderr and refused.stdout == "" and _customers(cli) == 8
    assert cli.json("demo", "--customers", "5", "--visits", "20", "--into-existing")["customers"] == 5
    assert _customers(cli) == 13
    demos = [(actor, detail) for actor, action, _, detail in _audit(cli) if action == "demo.fill"]
    assert (
        len(demos) == 3 and {a for a, _ in demos} == {"owner (cli)"} and demos[0][1].startswith("4 customers")
    )
    cli.run("owner", "set-pin", env={"REGULARS_NEW_OWNER_PIN": "4821"})
    locked = cli.run("demo", "--customers", "5", "--into-existing", check=False)
    assert locked.returncode == 1 and "owner command" in locked.stderr and _customers(cli) == 13


def test_the_audit_log_tells_counter_work_from_the_owners_and_records_pins_and_exports(cli, tmp_path) -> None:
    cli.run("demo", "--customers", "0", "--visits", "0")
    added = cli.json("customers", "add", "--name", "Ann Example")["id"]
    cli.run("cards", "issue", str(added))
    cli.run("cards", "reissue", str(added))
    cli.run("cards", "revoke", str(added))
    cli.run("points", "adjust", str(added), "2", "--reason", "goodwill")
    cli.run("owner", "set-pin", env={"REGULARS_NEW_OWNER_PIN": "4821"})
    owner = {"REGULARS_OWNER_PIN": "4821"}
    wrong = cli.run(
        "export",
        "customers",
        "--out",
        str(tmp_path / "all.csv"),
        check=False,
        env={"REGULARS_OWNER_PIN": "1"},
    )
    assert wrong.returncode == 1 and not (tmp_path / "all.csv").exists()
    cli.run("export", "customers", "--out", str(tmp_path / "all.csv"), env=owner)
    cli.run("customers", "export-data", str(added), "--out", str(tmp_path / "ann.json"), env=owner)
    log = [(actor, action) for actor, action, _, _ in _audit(cli)]
    assert log[:6] == [
        ("owner (cli)", "demo.fill"),
        ("cli", "customer.add"),
        ("cli", "card.issue"),
        ("cli", "card.reissue"),
        ("owner (cli)", "card.revoke"),
        ("owner (cli)", "points.adjust"),
    ]
    assert log[6:] == [
        ("owner (cli)", "pin.set"),
        ("cli", "pin.wrong"),
        ("owner (cli)", "export.customers"),
        ("owner (cli)", "customer.export"),
    ]
    assert _audit(cli)[-2][3] == "1 customers to all.csv"


def test_erase_says_so_when_another_program_keeps_the_old_data_in_the_file(cli) -> None:
    cli.run("demo", "--customers", "3", "--visits", "10")
    zoe = cli.id_of("Zoë Martin")
    database = cli.data_dir / "regulars.sqlite3"
    reader = sqlite3.connect(database, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM customers").fetchone()  # a DB browser left open, mid-read
    try:
        held = cli.run("customers", "erase", zoe, check=False)
    finally:
        reader.execute("COMMIT")
        reader.close()
    assert held.returncode != 0 and held.stdout == ""
    assert "not yet gone from the file" in held.stderr and f"regulars customers erase {zoe}" in held.stderr
    assert cli.run("customers", "show", zoe, check=False).returncode == 1  # erased in the database already
    assert cli.json("customers", "erase", zoe) == {"id": int(zoe), "erased": True}  # again: the file is clean
    wal = database.with_name(database.name + "-wal")
    assert b"Martin" not in database.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_voiding_a_visit_is_the_owners_call_once_the_undo_window_has_passed(cli) -> None:
    cli.run("demo", "--customers", "5", "--visits", "20")
    cli.run("owner", "set-pin", env={"REGULARS_NEW_OWNER_PIN": "4821"})
    someone = cli.json("customers", "add", "--name", "Tess Ward")["id"]
    fresh = cli.json("visits", "record", str(someone), "--item", "Croissant")["id"]
    # A visit just recorded is taken back at once, without the PIN.
    assert cli.json("visits", "void", str(fresh), "--reason", "wrong person")["voided"] is True
    # Demo visits are days old: past the undo window, voiding needs the owner.
    demo_visit = fresh - 1
    refused = cli.run("visits", "void", str(demo_visit), "--reason", "mistake", check=False)
    assert refused.returncode == 1 and "owner command" in refused.stderr
    done = cli.run(
        "--json", "visits", "void", str(demo_visit), "--reason", "mistake", env={"REGULARS_OWNER_PIN": "4821"}
    )
    assert '"voided": true' in done.stdout


def test_items_carry_their_price_and_a_decimal_comma_is_read_right(cli) -> None:
    cli.run("items", "add", "Flat white", "--category", "Coffee", "--price", "3,30")
    assert [(i["name"], i["price_cents"]) for i in cli.json("items", "list")] == [("Flat white", 330)]
    assert "£3.30" in cli.run("items", "list").stdout
    bad = cli.run("items", "add", "Tea", "--price", "2.505", check=False)
    assert bad.returncode == 1 and "is not an amount; write it like 12.50" in bad.stderr
    cid = cli.json("customers", "add", "--name", "Zoë Martin")["id"]
    cli.run("visits", "record", str(cid), "--amount", "3,30")
    assert cli.json("customers", "show", str(cid))["visits"] == 1
