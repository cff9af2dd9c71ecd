from datetime import datetime

from PySide6.QtCore import Qt

from app.shop import Shop
from app.ui.audit_dialog import AuditDialog
from app.ui.ops import Ops


def column(dialog: AuditDialog, c: int) -> list[str]:
    return [dialog.proxy.index(r, c).data() for r in range(dialog.proxy.rowCount())]


def test_the_log_names_people_and_things_in_words_and_filters(qtbot, open_window, bakery) -> None:
    window, _ = open_window(bakery)
    shop = Shop(window.services)
    shop.owner.adjust_points(1, 5, "coffee machine broke")
    shop.insights.mark_contacted(2)
    item = shop.owner.add_item("Cardamom bun", "Pastry", 295).value
    ops = Ops(window)
    ops.attach(shop)
    dialog = AuditDialog(shop.insights, ops, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.proxy.rowCount() >= 4, timeout=10_000)
    whats, abouts = column(dialog, 2), column(dialog, 3)
    # Newest first, in words, with names instead of numbers.
    assert whats[:3] == ["Added a menu item", "Contacted to win back", "Adjusted points"]
    assert abouts[0] == "Cardamom bun" and abouts[2] == "Zoë Martin"
    assert abouts[1] == shop.counter.profile(2).name
    assert all(":" not in a for a in abouts[:3]) and f"item:{item}" not in abouts
    assert column(dialog, 0)[0].startswith("today ") and column(dialog, 1)[0] == "Owner"
    tip = dialog.proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert str(datetime.now().year) in tip and column(dialog, 0)[0][6:] in tip  # the full date on hover
    # Filter by topic, then by a name typed.
    dialog.topic.setCurrentIndex(dialog.topic.findData("points reward"))
    assert set(column(dialog, 2)) == {"Adjusted points"} and "1 of" in dialog.summary.text()
    dialog.topic.setCurrentIndex(0)
    # Typed as one edit: fast key clicks are the card scanner's to judge (tests/ui/test_scanning.py), and
    # it may replay them to whichever widget has the focus by then.
    dialog.words.setText("zoe martin")
    assert dialog.proxy.rowCount() >= 1 and set(column(dialog, 3)) == {"Zoë Martin"}
    # Sorting by What puts the actions in order of their words.
    dialog.words.clear()
    dialog.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    whats = column(dialog, 2)
    assert whats == sorted(whats, key=str.casefold)
    ops.close()
