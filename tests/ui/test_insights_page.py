"""The Insights page through the real background runner: charts beside their tables, counted off the GUI
thread, opened again at once from the figures kept in the database (by another till too), and counted
again when a visit came in."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCharts import QBarSeries, QLineSeries
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.application import open_services
from app.services.customers import CustomerInput
from app.shop import Shop
from app.ui.insights_page import InsightsDialog
from app.ui.ops import Ops

KINDS = ["visits_per_week", "retention", "rhythm", "nps", "segments", "holdout"]


def table_of(card) -> list[list[str]]:
    model = card.table.model()
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    return [header, *rows]


def small_shop(tmp_path):
    services = open_services(str(tmp_path / "data"))
    now = datetime.now(UTC)
    ann = services.customers.add(CustomerInput(name="Ann"))
    bob = services.customers.add(CustomerInput(name="Bob"))
    for days in (0, 2, 4, 6):  # Ann: every 2 days, the last today
        services.visits.record(ann, amount_cents=300, at=now - timedelta(days=days, minutes=1))
    services.visits.record(bob, amount_cents=300, at=now - timedelta(days=364, minutes=1))  # last year
    services.close()
    return tmp_path / "data"


def open_page(qtbot, shop, ops) -> InsightsDialog:
    dialog = InsightsDialog(shop, ops)
    qtbot.addWidget(dialog)
    dialog.show()
    # cards put in the grid are shown by a queued event: wait for that too
    qtbot.waitUntil(
        lambda: (
            len(dialog.cards) == len(KINDS)
            and not dialog.loading
            and all(card.isVisible() for card in dialog.cards)
        ),
        timeout=20_000,
    )
    return dialog


def test_the_page_shows_each_chart_beside_its_table(qtbot, tmp_path) -> None:
    data = small_shop(tmp_path)
    shop = Shop.open(data, daily_backup=False)
    ops = Ops()
    ops.attach(shop)
    try:
        dialog = open_page(qtbot, shop, ops)
        assert [card.chart.kind for card in dialog.cards] == KINDS
        assert "Figures as of" in dialog.status.text()

        weeks = dialog.card("visits_per_week")
        rows = table_of(weeks)
        assert rows[0] == ["", "This year", "Same week last year"]
        assert sum(int(r[1]) for r in rows[1:]) == 4  # Ann's four visits, all within 13 weeks
        assert [r[2] for r in rows[1:]].count("–") == 12  # before Bob's visit the shop had no figures
        assert rows[-1][2] == "1"  # Bob, a year ago
        series = weeks.view.chart().series()
        assert any(isinstance(s, QBarSeries) for s in series) and any(
            isinstance(s, QLineSeries) for s in series
        )
        bars = next(s for s in series if isinstance(s, QBarSeries)).barSets()[0]
        assert sum(bars.at(i) for i in range(bars.count())) == 4  # the chart draws the table's numbers

        assert not weeks.showing_table
        qtbot.mouseClick(weeks.toggle, Qt.MouseButton.LeftButton)
        assert weeks.showing_table and weeks.toggle.text() == "Show as chart"
        assert weeks.table.accessibleName() == "Visits per week, as a table"

        rhythm = dict((r[0], r[1]) for r in table_of(dialog.card("rhythm"))[1:])
        assert rhythm["2–3 days"] == "1" and sum(map(int, rhythm.values())) == 1
        nps = dialog.card("nps")
        assert nps.empty.isVisible() and nps.empty.text() == "Nothing to show yet."
        retention = table_of(dialog.card("retention"))
        assert retention[0][:3] == ["", "Customers", "Month 0"] and retention[-1][2] == "100%"
        dialog.grab().save("/tmp/charts-page-small.png")
    finally:
        ops.close()
        shop.close()


def test_it_opens_at_once_on_the_kept_figures_and_counts_again_after_a_visit(qtbot, tmp_path) -> None:
    data = small_shop(tmp_path)
    shop = Shop.open(data, daily_backup=False)
    ops = Ops()
    ops.attach(shop)
    try:
        first = open_page(qtbot, shop, ops)
        made_at = first.charts.made_at
        first.close()

        # another till: its own data folder, the same database, where the figures are kept
        again = Shop.open(tmp_path / "till-2", f"sqlite:///{data / 'regulars.sqlite3'}", daily_backup=False)
        ops2 = Ops()
        ops2.attach(again)
        refreshed = []
        again_page = InsightsDialog(again, ops2)
        qtbot.addWidget(again_page)
        again_page.ops.long = lambda *a, **k: refreshed.append(a)  # nothing to count: must not be asked
        qtbot.waitUntil(lambda: len(again_page.cards) == len(KINDS), timeout=10_000)
        assert again_page.charts.made_at == made_at and refreshed == [] and not again_page.loading
        assert not (tmp_path / "till-2" / "insights-charts.json").exists()  # nothing kept per till
        ops2.close()
        again.close()

        ann = shop.counter.search("Ann")[0].id
        shop.counter.record_visit(ann, amount_cents=300)
        later = open_page(qtbot, shop, ops)
        assert later.charts.made_at > made_at
        rows = table_of(later.card("visits_per_week"))
        assert sum(int(r[1]) for r in rows[1:]) == 5
    finally:
        ops.close()
        shop.close()


def test_the_owner_opens_it_from_the_shop_menu(qtbot, open_window, bakery) -> None:
    window, _ = open_window(bakery)
    action = next(a for a in window.shop_menu.actions() if "Insights" in a.text())
    opened = []

    def look_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        qtbot.waitUntil(lambda: len(dialog.cards) == len(KINDS) and not dialog.loading, timeout=20_000)
        opened.append((type(dialog), table_of(dialog.card("segments"))))
        dialog.grab().save("/tmp/charts-page-bakery.png")
        dialog.close()

    QTimer.singleShot(0, look_and_close)
    action.trigger()
    kind, segments = opened[0]
    assert kind is InsightsDialog and sum(int(r[1]) for r in segments[1:]) > 20


def test_a_big_shops_figures_wait_for_refresh_after_new_visits(qtbot, tmp_path) -> None:
    import sqlite3

    data = small_shop(tmp_path)
    shop = Shop.open(data, daily_backup=False)
    ops = Ops()
    ops.attach(shop)
    try:
        open_page(qtbot, shop, ops).close()
        with sqlite3.connect(data / "regulars.sqlite3") as db:  # as if counting took half a minute
            db.execute("UPDATE kept_charts SET seconds = 30.0")
        ann = shop.counter.search("Ann")[0].id
        shop.counter.record_visit(ann, amount_cents=300)

        later = Shop.open(data, daily_backup=False)
        ops.attach(later)
        page = InsightsDialog(later, ops)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: "Refresh to count them" in page.status.text(), timeout=10_000)
        assert not page.loading and len(page.cards) == len(KINDS)
        assert sum(int(r[1]) for r in table_of(page.card("visits_per_week"))[1:]) == 4  # the kept figures
        page.card("visits_per_week").toggle.setChecked(True)
        qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
        assert page.loading and not page.refresh_button.isEnabled()
        qtbot.waitUntil(lambda: not page.loading, timeout=20_000)
        weeks = page.card("visits_per_week")
        assert sum(int(r[1]) for r in table_of(weeks)[1:]) == 5 and weeks.showing_table  # still as a table
        assert "Figures as of" in page.status.text() and "Refresh to count" not in page.status.text()
        later.close()
    finally:
        ops.close()
        shop.close()


def test_closing_the_page_while_it_counts_drops_the_answer(qtbot, tmp_path) -> None:
    data = small_shop(tmp_path)
    shop = Shop.open(data, daily_backup=False)
    ops = Ops()
    ops.attach(shop)
    answered = []
    try:
        page = InsightsDialog(shop, ops)
        page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        page.show()
        qtbot.waitUntil(lambda: page.loading, timeout=10_000)  # no figures kept yet: counting
        page.close()  # gone before the count comes back; its answer must find nothing to paint on
        # The long lane answers in order: once this one is back, the page's count was answered (or
        # dropped) before it, without an error on the GUI thread.
        ops.long(lambda s, _progress: s.charts.refresh(), answered.append)
        qtbot.waitUntil(lambda: len(answered) == 1, timeout=20_000)
        assert [c.kind for c in answered[0].charts] == KINDS
    finally:
        ops.close()
        shop.close()
