"""Benchmarks of the Insights page: every chart counted at 2,000,000 visits, and the page opened by another
till on the figures that count kept in the database (the target: under 1 s)."""

from __future__ import annotations

import sqlite3
import tempfile
import time

from tests.benchmarks.common import report, timed


def bench_insights(services, conn: sqlite3.Connection) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication, QDialog

    from app.application import open_services
    from app.shop import Shop
    from app.ui.insights_page import InsightsDialog
    from app.ui.ops import Ops
    from tests.benchmarks.window import _quiet_offscreen_notes

    shop = Shop(services)
    steps: list[float] = []
    started = time.perf_counter()
    cpu = time.process_time()
    # keeps the figures in the database, as the page does; CPU time after each chart
    charts = shop.charts.refresh(lambda done, total: steps.append(time.process_time()))
    count = (time.perf_counter() - started) * 1000
    cpu_ms = (time.process_time() - cpu) * 1000
    # Floor: one pass over every visit, the least any count that honours voids can do.
    floor_cpu = time.process_time()
    floor = timed(lambda: conn.execute("SELECT count(*) FROM visits WHERE voided = 0").fetchone(), 1)[0]
    floor_cpu_ms = (time.process_time() - floor_cpu) * 1000
    each = [(b - a) * 1000 for a, b in zip([cpu, *steps], steps, strict=False)]
    print(
        f"  CPU time: {cpu_ms:.0f} ms against the floor's {floor_cpu_ms:.0f} ms (x{cpu_ms / floor_cpu_ms:.1f}); "
        + ", ".join(f"{c.kind} {ms:.0f}" for c, ms in zip(charts.charts, each, strict=True))
    )
    report(
        f"insights: count all {len(charts.charts)} charts",
        count,
        floor,
        "one pass over the visits",
        "(informative)",
        True,
    )

    app = QApplication.instance() or QApplication([])
    qInstallMessageHandler(_quiet_offscreen_notes)
    # Another till: its own data folder, the same database, where the figures were kept by this one
    till = open_services(tempfile.mkdtemp(prefix="regulars-till-2-"), services.url, daily_backup=False)
    ops = Ops()
    ops.attach(Shop(till))

    def open_page() -> None:
        page = InsightsDialog(ops.shop, ops)
        page.show()
        while len(page.cards) < len(charts.charts):
            app.processEvents()
            time.sleep(0.001)
        app.processEvents()  # painted
        page.close()
        page.deleteLater()

    def open_empty() -> None:
        dialog = QDialog()
        dialog.resize(1180, 820)
        dialog.show()
        app.processEvents()
        dialog.close()
        dialog.deleteLater()

    open_page()  # warm: Qt's chart plugin and fonts
    ours = min(timed(open_page, 3))
    empty = min(timed(open_empty, 3))
    ops.close()
    till.close()
    report(
        "insights page on a 2nd till, kept figures",
        ours,
        empty,
        "an empty dialog of that size",
        "< 1000 ms",
        ours < 1000,
    )


def main() -> None:
    from app.application import open_services
    from tests.benchmarks.common import DATA

    services = open_services(str(DATA), daily_backup=False)
    conn = sqlite3.connect(DATA / "regulars.sqlite3")
    bench_insights(services, conn)
    services.close()


if __name__ == "__main__":
    main()
