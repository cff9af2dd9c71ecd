from PySide6.QtCore import Qt

from app.shop import Shop
from app.ui.ops import Ops
from app.ui.regulars_page import RegularsDialog


def open_page(qtbot, window) -> tuple[RegularsDialog, Ops]:
    ops = Ops(window)
    ops.attach(Shop(window.services))
    dialog = RegularsDialog(Shop(window.services), ops, "£", window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.everyone.proxy.rowCount() > 0, timeout=10_000)
    return dialog, ops


def test_everyone_sorts_filters_by_segment_and_by_name_in_words(qtbot, open_window, bakery) -> None:
    window, _ = open_window(bakery)
    dialog, ops = open_page(qtbot, window)
    view = dialog.everyone
    total = view.proxy.rowCount()
    assert total > 20 and "VIPs" in dialog.summary.text()
    visits = [int(view.text(r, "visits")) for r in range(total)]
    assert visits == sorted(visits, reverse=True)  # busiest first
    lasts = {view.text(r, "last") for r in range(total)}
    assert not any(text.startswith("1 ") for text in lasts)  # never "1 days ago"
    assert all(t in ("today", "yesterday") or t.endswith(" ago") for t in lasts)
    assert all(view.text(r, "usual") not in ("", "—") for r in range(total))  # everyone who came has a usual
    segments = {view.text(r, "segment") for r in range(total)}
    assert segments <= {"Champion", "Loyal", "At risk", "Lost", "New", "Occasional"} and len(segments) > 2
    # Sorting by the Last visit header puts the most recent first (numbers, not text).
    view.table.sortByColumn(view.proxy.proxy_column("last"), Qt.SortOrder.AscendingOrder)
    days = [view.proxy.regular(r).stats.days_since for r in range(total)]
    assert days == sorted(days)
    dialog.segment.setCurrentIndex(dialog.segment.findText("Loyal"))
    loyal = view.proxy.rowCount()
    assert 0 < loyal < total and all(view.text(r, "segment") == "Loyal" for r in range(loyal))
    dialog.segment.setCurrentIndex(0)
    qtbot.keyClicks(dialog.filter, "zoe martin")
    assert view.proxy.rowCount() >= 1 and all(
        "Zoë Martin" in view.text(r, "name") for r in range(view.proxy.rowCount())
    )
    ops.close()


def test_win_back_keeps_the_contact_and_says_when_it_was_contacted(qtbot, open_window, bakery) -> None:
    window, _ = open_window(bakery)
    dialog, ops = open_page(qtbot, window)
    view = dialog.winback
    lapsed = view.proxy.rowCount()
    assert 0 < lapsed < dialog.everyone.proxy.rowCount()
    assert dialog.tabs.tabText(dialog.tabs.indexOf(view)) == f"Win back ({lapsed})"
    assert all(view.text(r, "usual") != "—" for r in range(lapsed))  # a reason to write to them
    row = next(
        r
        for r in range(lapsed)
        if "@" in view.text(r, "contact")
        or "+" in view.text(r, "contact")
        or view.text(r, "contact")[:1].isdigit()
    )
    person = view.proxy.regular(row)
    contact = view.text(row, "contact")
    assert view.text(row, "contacted") == "—"
    dialog.tabs.setCurrentWidget(view)
    view.table.selectRow(row)
    qtbot.mouseClick(dialog.contacted_button, Qt.MouseButton.LeftButton)
    row_now = lambda: view.row_of(person.stats.id)  # noqa: E731
    qtbot.waitUntil(lambda: view.text(row_now(), "contacted") == "today", timeout=10_000)
    assert view.text(row_now(), "contact") == contact  # the phone or e-mail is still there
    assert person.stats.name in dialog.summary.text()
    again, _ = open_page(qtbot, window)  # read back from the database
    assert again.winback.text(again.winback.row_of(person.stats.id), "contacted") == "today"
    ops.close()


def test_nothing_chosen_says_so_and_a_double_click_opens_the_profile(qtbot, open_window, bakery) -> None:
    window, _ = open_window(bakery)
    dialog, ops = open_page(qtbot, window)
    dialog.tabs.setCurrentWidget(dialog.winback)
    qtbot.mouseClick(dialog.contacted_button, Qt.MouseButton.LeftButton)
    assert "Choose someone" in dialog.summary.text()
    qtbot.keyClicks(dialog.filter, "zoe martin")
    view = dialog.everyone
    row = view.row_of(1)
    dialog.open_customer.connect(window.open_profile)
    with qtbot.waitSignal(dialog.open_customer) as opened:
        view._on_row_activated(view.proxy.index(row, 0))
    assert opened.args == [1] and window.profile.name.text() == "Zoë Martin"
    ops.close()
