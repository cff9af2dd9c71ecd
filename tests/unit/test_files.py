"""The one way files are written, and the one check of where they may go."""

import errno
import sqlite3
import stat
from pathlib import Path

import pytest

from app import files
from app.files import AtomicFile, OutputError, atomic_write, check_output_path


@pytest.fixture
def root(tmp_path) -> Path:
    data = tmp_path / "data"
    (data / "backups").mkdir(parents=True)
    (data / "logs").mkdir()
    sqlite3.connect(data / "regulars.sqlite3").execute(
        "CREATE TABLE customers (name TEXT)"
    ).connection.commit()
    return data


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".partial"))


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_file_appears_whole_and_private_files_are_this_users_only(tmp_path) -> None:
    private, shared = tmp_path / "customers.csv", tmp_path / "cards.pdf"
    with atomic_write(private, private=True, encoding="utf-8-sig") as handle:
        handle.write("name\nZoë\n")
        assert not private.exists()  # nothing under the real name until the block ends
    with atomic_write(shared, private=False) as handle:
        handle.write(b"%PDF-1.4")
    assert private.read_text(encoding="utf-8-sig") == "name\nZoë\n" and mode(private) == 0o600
    assert shared.read_bytes() == b"%PDF-1.4" and mode(shared) == 0o644
    assert leftovers(tmp_path) == []


def test_a_private_file_replacing_a_readable_one_is_private_afterwards(tmp_path) -> None:
    out = tmp_path / "visits.csv"
    out.write_text("old")
    out.chmod(0o644)
    with atomic_write(out, private=True, encoding="utf-8") as handle:
        handle.write("new")
    assert out.read_text() == "new" and mode(out) == 0o600


def test_a_failing_writer_leaves_the_old_file_and_no_temporary_file(tmp_path) -> None:
    out = tmp_path / "visits.csv"
    out.write_text("yesterday's export")
    with pytest.raises(RuntimeError), atomic_write(out, private=True, encoding="utf-8") as handle:
        handle.write("half a")
        raise RuntimeError("renderer crashed")
    assert out.read_text() == "yesterday's export" and leftovers(tmp_path) == []


def disk_full(_fd: int) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_disk_is_one_plain_sentence_and_leaves_nothing(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(files.os, "fsync", disk_full)
    out = tmp_path / "visits.xlsx"
    expected = pytest.raises(OutputError, match=r"^The disk is full: .*visits.xlsx was not written")
    with expected, atomic_write(out, private=True) as handle:
        handle.write(b"x" * 10_000)
    assert not out.exists() and leftovers(tmp_path) == []


def test_a_write_failing_in_the_middle_is_explained_and_leaves_nothing(tmp_path) -> None:
    out = tmp_path / "report.pdf"
    with pytest.raises(OutputError, match="disk is full"), atomic_write(out, private=True):
        raise OSError(errno.EDQUOT, "Disk quota exceeded")
    assert not out.exists() and leftovers(tmp_path) == []


def test_a_failed_rename_keeps_the_old_file_and_removes_the_new_one(tmp_path, monkeypatch) -> None:
    out = tmp_path / "cards.pdf"
    out.write_bytes(b"old cards")

    def refuse(_src, _dst) -> None:
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(files.os, "replace", refuse)
    pending = AtomicFile(out, private=False)
    pending.file.write(b"new cards")
    with pytest.raises(OutputError, match="no permission to write"):
        pending.publish()
    assert out.read_bytes() == b"old cards" and leftovers(tmp_path) == []
    pending.publish()  # nothing left to publish: a second call does nothing
    assert out.read_bytes() == b"old cards"


def test_a_missing_folder_is_a_plain_error_even_without_the_check(tmp_path) -> None:
    with pytest.raises(OutputError, match=r"^The folder .*missing does not exist\.$"):
        AtomicFile(tmp_path / "missing" / "x.csv", private=True)


def test_never_replaces_a_database_whoever_forgot_to_check(root) -> None:
    database = root / "regulars.sqlite3"
    with pytest.raises(OutputError, match="is a database"), atomic_write(database, private=True) as handle:
        handle.write(b"Visit,Date\n")
    assert sqlite3.connect(database).execute("SELECT count(*) FROM customers").fetchone() == (0,)
    assert leftovers(root) == []


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("regulars.sqlite3", "That file is the shop's database"),
        ("regulars.sqlite3-wal", "That file is the shop's database"),
        ("regulars.sqlite3-shm", "That file is the shop's database"),
        ("backups/regulars-20261123-0900-daily.sqlite3", "among the shop's backups"),
        ("backups/visits.csv", "among the shop's backups"),
        ("logs/visits.csv", "inside the data folder"),
        ("visits.csv", "inside the data folder"),
        ("logs/../regulars.sqlite3", "That file is the shop's database"),
        (".", "inside the data folder"),
    ],
)
def test_nothing_is_written_into_the_data_folder(root, target, message) -> None:
    with pytest.raises(OutputError, match=message):
        check_output_path(root / target, root)


def test_a_way_round_through_dot_dot_or_a_symlink_is_followed(root, tmp_path) -> None:
    exports = tmp_path / "exports"
    exports.mkdir()
    (exports / "today.csv").symlink_to(root / "regulars.sqlite3")
    (exports / "shop").symlink_to(root)
    (exports / "dangling.csv").symlink_to(root / "not-yet.csv")
    with pytest.raises(OutputError, match="That file is the shop's database"):
        check_output_path(exports / "today.csv", root)
    with pytest.raises(OutputError, match="That file is the shop's database"):
        check_output_path(f"{exports}/../data/regulars.sqlite3", root)
    with pytest.raises(OutputError, match="inside the data folder"):
        check_output_path(exports / "shop" / "visits.csv", root)
    with pytest.raises(OutputError, match="inside the data folder"):
        check_output_path(exports / "dangling.csv", root)


def test_a_second_name_for_the_data_folder_is_still_the_data_folder(root, tmp_path) -> None:
    # The data folder given through a symlink: compared after resolving both sides.
    alias = tmp_path / "alias"
    alias.symlink_to(root)
    with pytest.raises(OutputError, match="That file is the shop's database"):
        check_output_path(root / "regulars.sqlite3", alias)


def test_a_database_kept_outside_the_data_folder_is_refused_too(root, tmp_path) -> None:
    elsewhere = tmp_path / "shared" / "shop.db"
    elsewhere.parent.mkdir()
    url = f"sqlite:///{elsewhere}"
    for name in ("shop.db", "shop.db-wal", "shop.db-shm"):
        with pytest.raises(OutputError, match="That file is the shop's database"):
            check_output_path(elsewhere.with_name(name), root, url)
    assert check_output_path(elsewhere.with_name("visits.csv"), root, url) == elsewhere.with_name(
        "visits.csv"
    )


def test_on_a_server_the_data_folder_is_still_refused(root, tmp_path) -> None:
    url = "postgresql+psycopg://till@shop-server/regulars"
    with pytest.raises(OutputError, match="among the shop's backups"):
        check_output_path(root / "backups" / "x.csv", root, url)
    assert check_output_path(tmp_path / "x.csv", root, url) == tmp_path / "x.csv"


def test_folders_and_missing_folders_get_plain_messages(root, tmp_path) -> None:
    with pytest.raises(OutputError, match=r"is a folder; give a file name\.$"):
        check_output_path(tmp_path, root)
    with pytest.raises(OutputError, match=r"^The folder .*nowhere does not exist\.$"):
        check_output_path(tmp_path / "nowhere" / "x.pdf", root)
    (tmp_path / "plain").write_text("")
    with pytest.raises(OutputError, match="is not a folder"):
        check_output_path(tmp_path / "plain" / "x.pdf", root)
    with pytest.raises(OutputError, match="Give the name of the file"):
        check_output_path("  ", root)


def test_an_ordinary_target_comes_back_resolved(root, tmp_path, monkeypatch) -> None:
    (tmp_path / "exports").mkdir()
    monkeypatch.chdir(tmp_path / "exports")
    assert check_output_path("../exports/visits.csv", root) == tmp_path / "exports" / "visits.csv"
    assert check_output_path("visits.csv", root) == Path.cwd() / "visits.csv"


def test_the_chosen_server_is_saved_privately_and_a_failed_save_keeps_the_old_one(
    tmp_path, monkeypatch
) -> None:
    from app.application import save_database_url, saved_database_url
    from app.paths import DataPaths

    paths = DataPaths(tmp_path).ensure()
    save_database_url(paths, "postgresql+psycopg://till:secret@shop-server/regulars")
    assert mode(tmp_path / "database.json") == 0o600  # it holds a password
    monkeypatch.setattr(files.os, "fsync", disk_full)
    with pytest.raises(OutputError, match="disk is full"):
        save_database_url(paths, None)
    assert saved_database_url(paths) == "postgresql+psycopg://till:secret@shop-server/regulars"
    assert leftovers(tmp_path) == []
