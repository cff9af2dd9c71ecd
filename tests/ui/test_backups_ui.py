"""Backups from the window: the day's first backup finds damage and says so on the banner."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing

from app.application import open_services
from app.db import backup
from app.shop import Shop
from app.ui.main import build_window, start_daily_backup
from app.ui.ops import Ops


def corrupt(database, table: str) -> None:
    with closing(sqlite3.connect(database)) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    with database.open("r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(os.urandom(page_size))


def test_a_damaged_database_shows_on_the_banner_at_start(qtbot, bakery) -> None:
    good = backup.create(bakery / "regulars.sqlite3", bakery / "backups", "manual")
    corrupt(bakery / "regulars.sqlite3", "feedback")  # a table the counter does not read on opening
    services = open_services(str(bakery), daily_backup=False)  # as the window opens it
    window, _scanner = build_window(Shop(services), Ops())
    qtbot.addWidget(window)
    window.show()
    try:
        start_daily_backup(window)  # on the real background runner
        qtbot.waitUntil(
            lambda: window.banner.isVisible() and "damaged" in window.banner.text(), timeout=10_000
        )
        assert "backup restore latest" in window.banner.text()
        assert backup.backups(bakery / "backups") == [good]  # the bad copy did not join or replace it
    finally:
        window.close()


def test_back_up_now_from_the_window(open_window, bakery, qtbot) -> None:
    window, _scanner = open_window(bakery)
    before = backup.backups(bakery / "backups")
    window.data_actions.backup_now()
    qtbot.waitUntil(lambda: "Backup saved" in window.banner.text(), timeout=10_000)
    made = [path for path in backup.backups(bakery / "backups") if path not in before]
    assert [backup.kind(path) for path in made] == ["manual"] and made[0].name in window.banner.text()
