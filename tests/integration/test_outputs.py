"""No output file can destroy data: the real command line, pointed at the shop's own files, at missing
folders and at a disk that fills up, refuses plainly and leaves the database and the cards as they were."""

import errno
import os
import resource
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli as cli_main
from app import files
from tests.integration.conftest import ROOT, Cli

CUSTOMERS = 20


@pytest.fixture
def shop(cli) -> Cli:
    """A demo bakery: customers 1, 4, 7, 10, 13, 16 and 18 have no card yet, everyone else a printed one."""
    cli.run("demo", "--customers", str(CUSTOMERS), "--visits", "200", "--seed", "5")
    cli.run("customers", "find", "zoe")  # the day's first start makes its backup
    return cli


def files_in(data_dir: Path) -> list[Path]:
    return sorted(
        p.relative_to(data_dir) for p in data_dir.rglob("*") if not p.name.endswith("-daily.sqlite3")
    )


def customers_in(data_dir: Path) -> int:
    with sqlite3.connect(data_dir / "regulars.sqlite3") as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return db.execute("SELECT count(*) FROM customers").fetchone()[0]


def cards_table(data_dir: Path) -> list[tuple]:
    with sqlite3.connect(data_dir / "regulars.sqlite3") as db:
        return db.execute(
            "SELECT id, customer_id, token, status, printed_at FROM cards ORDER BY id"
        ).fetchall()


def assert_intact(cli: Cli) -> None:
    assert customers_in(cli.data_dir) == CUSTOMERS
    zoe = cli.id_of("Zoë Martin")  # the app still opens it
    assert cli.json("customers", "show", zoe)["name"] == "Zoë Martin"


def refused(cli: Cli, *args: str) -> str:
    result = cli.run(*args, check=False)
    assert result.returncode == 1 and result.stdout == ""
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1, result.stderr
    return result.stderr


EXPORTS = [
    ("export", "visits", "--date", "today", "--format", "csv", "--out"),
    ("export", "visits", "--date", "2000-01-01", "--to", "2030-12-31", "--format", "xlsx", "--out"),
    ("export", "visits", "--date", "today", "--format", "pdf", "--out"),
    ("export", "customers", "--out"),
    ("customers", "export-data", "1", "--out"),
    ("customers", "export-data", "1", "--pdf"),
    ("cards", "print", "--customer", "2", "--out"),
]


@pytest.mark.parametrize("command", EXPORTS, ids=lambda c: " ".join(c[:2]) + " " + c[-2])
def test_no_command_writes_over_the_database(shop, command) -> None:
    cards = cards_table(shop.data_dir)
    message = refused(shop, *command, str(shop.data_dir / "regulars.sqlite3"))
    assert message.startswith("regulars: That file is the shop's database")
    assert_intact(shop)
    assert cards_table(shop.data_dir) == cards


@pytest.mark.parametrize(
    "target",
    [
        "regulars.sqlite3-wal",
        "regulars.sqlite3-shm",
        "logs/../regulars.sqlite3",
        "backups/latest.sqlite3",
        "visits.csv",
    ],
)
def test_nothing_goes_into_the_data_folder(shop, target) -> None:
    before = files_in(shop.data_dir)
    refused(
        shop, "export", "visits", "--date", "today", "--format", "csv", "--out", str(shop.data_dir / target)
    )
    assert files_in(shop.data_dir) == before
    assert_intact(shop)


def test_a_symlink_or_a_folder_link_into_the_data_folder_is_refused(shop, tmp_path) -> None:
    exports = tmp_path / "exports"
    exports.mkdir()
    (exports / "today.csv").symlink_to(shop.data_dir / "regulars.sqlite3")
    (exports / "shop").symlink_to(shop.data_dir)
    assert "shop's database" in refused(shop, "export", "customers", "--out", str(exports / "today.csv"))
    assert "inside the data folder" in refused(
        shop, "customers", "export-data", "1", "--out", str(exports / "shop" / "zoe.json")
    )
    assert_intact(shop)
    assert (exports / "today.csv").is_symlink()


def test_a_missing_folder_or_a_folder_as_out_is_a_plain_error(shop, tmp_path) -> None:
    missing = tmp_path / "no-such-folder" / "visits.csv"
    message = refused(shop, "export", "visits", "--date", "today", "--format", "csv", "--out", str(missing))
    assert message == f"regulars: The folder {missing.parent} does not exist.\n"
    message = refused(shop, "export", "customers", "--out", str(tmp_path))
    assert message == f"regulars: {tmp_path} is a folder; give a file name.\n"


def test_a_failed_cards_print_issues_and_marks_nothing(shop, tmp_path) -> None:
    shop.run("cards", "issue", "4")
    cards = cards_table(shop.data_dir)
    assert [c[1] for c in cards if c[4] is None] == [4]
    nowhere = str(tmp_path / "nowhere" / "x.pdf")
    # Every unprinted card, then a new card for customer 16 as well, into folders that do not exist.
    for args in (("--out", "/missing/x.pdf"), ("--customer", "4", "--customer", "16", "--out", nowhere)):
        assert "does not exist" in refused(shop, "cards", "print", *args)
    assert cards_table(shop.data_dir) == cards  # no card issued, none marked printed
    assert not (tmp_path / "nowhere").exists()
    out = str(tmp_path / "cards.pdf")
    made = shop.json("cards", "print", "--customer", "4", "--customer", "16", "--out", out)
    assert made["cards"] == 2 and (tmp_path / "cards.pdf").stat().st_size > 1000
    after = cards_table(shop.data_dir)
    assert len(after) == len(cards) + 1 and all(c[4] is not None for c in after)


def test_export_data_writes_neither_file_when_one_cannot_be_written(shop, tmp_path) -> None:
    json_out, pdf_out = tmp_path / "zoe.json", tmp_path / "missing" / "zoe.pdf"
    refused(shop, "customers", "export-data", "1", "--out", str(json_out), "--pdf", str(pdf_out))
    assert list(tmp_path.iterdir()) == [shop.data_dir]
    refused(shop, "customers", "export-data", "1", "--out", str(json_out), "--pdf", str(json_out))
    assert list(tmp_path.iterdir()) == [shop.data_dir]


def _small_file_limit() -> None:
    # Writing any file past 36 kB fails with EFBIG, as on a full disk. The export only reads the
    # database, and SQLite's shared-memory file is 32 kB.
    resource.setrlimit(resource.RLIMIT_FSIZE, (36_000, 36_000))


def run_on_a_full_disk(cli: Cli, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(cli.data_dir), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        preexec_fn=_small_file_limit,
        timeout=120,
        # Not measured by coverage (make test): its data file could not be written on a full disk either.
        env={k: v for k, v in os.environ.items() if not k.startswith("COVERAGE_PROCESS")},
    )


def test_a_full_disk_during_an_export_leaves_no_partial_file(shop, tmp_path) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"yesterday's report")
    result = run_on_a_full_disk(
        shop,
        "export",
        "visits",
        "--date",
        "2000-01-01",
        "--to",
        "2030-12-31",
        "--format",
        "pdf",
        "--out",
        str(out),
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert (
        result.stderr
        == f"regulars: The disk is full: {out} was not written. Free some space and try again.\n"
    )
    assert out.read_bytes() == b"yesterday's report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "report.pdf"]
    assert_intact(shop)


def test_a_full_disk_during_cards_print_commits_nothing(shop, tmp_path) -> None:
    cards = cards_table(shop.data_dir)
    # Ten cards, three of them new (customers 4, 7 and 10): a PDF over the limit.
    ids = [arg for n in range(2, 12) for arg in ("--customer", str(n))]
    result = run_on_a_full_disk(shop, "cards", "print", *ids, "--out", str(tmp_path / "cards.pdf"))
    assert result.returncode == 1 and "The disk is full" in result.stderr
    assert cards_table(shop.data_dir) == cards
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_when_the_pdf_cannot_be_put_in_place_no_card_is_issued_or_marked(
    shop, tmp_path, monkeypatch, capsys
) -> None:
    shop.run("cards", "issue", "13")
    cards = cards_table(shop.data_dir)
    out = tmp_path / "cards.pdf"
    rename = os.replace

    def refuse_the_pdf(src, dst) -> None:
        if Path(dst) == out:
            raise OSError(errno.EACCES, "Permission denied")
        rename(src, dst)

    monkeypatch.setattr(files.os, "replace", refuse_the_pdf)
    status = cli_main.main(
        [
            "--data-dir",
            str(shop.data_dir),
            "cards",
            "print",
            "--customer",
            "4",
            "--customer",
            "8",
            "--out",
            str(out),
        ]
    )
    assert status == 1
    assert (
        capsys.readouterr().err
        == f"regulars: There is no permission to write {out}; choose another folder.\n"
    )
    assert cards_table(shop.data_dir) == cards  # customer 18 got no card, customer 13's is still unprinted
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_on_a_shared_server_the_data_folder_is_refused_too(pg_server, tmp_path) -> None:
    url = pg_server.create_database("t_outputs_server")
    server = Cli(tmp_path / "data")
    env = {"REGULARS_DATABASE_URL": url}
    server.run("demo", "--customers", "5", "--visits", "20", env=env)
    result = server.run(
        "export", "customers", "--out", str(server.data_dir / "backups" / "c.csv"), check=False, env=env
    )
    assert result.returncode == 1 and "among the shop's backups" in result.stderr
    assert not (server.data_dir / "backups" / "c.csv").exists()
    good = server.run("--json", "export", "customers", "--out", str(tmp_path / "c.csv"), env=env)
    assert '"customers": 5' in good.stdout
