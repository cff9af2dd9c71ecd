from PySide6.QtCore import Qt

from app.shop import Shop
from app.ui.ops import Ops
from app.ui.regulars_page import RegularsDialog


def test_regulars_page_filters_by_segment_sorts_and_opens_a_profile(qtbot, open_window, bakery, zoe) -> None:
    window, _ = open_window(bakery)
    ops = Ops(window)
    ops.attach(Shop(window.services))
    dialog = RegularsDialog(Shop(window.services), ops, "£", window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.proxy.rowCount() > 0, timeout=10_000)
    total = dialog.proxy.rowCount()
    assert total > 20 and "VIP" in dialog.summary.text()
    visits = [dialog.proxy.index(r, 2).data() for r in range(total)]
    assert visits == sorted(visits, reverse=True)  # busiest first
    dialog.segment.setCurrentText("VIP")
    vips = dialog.proxy.rowCount()
    assert 0 < vips < total
    assert all("VIP" in dialog.proxy.index(r, 0).data() for r in range(vips))
    dialog.segment.setCurrentText("Lapsed (win back)")
    lapsed = dialog.proxy.rowCount()
    assert 0 < lapsed < total and all(dialog.proxy.index(r, 7).data() for r in range(lapsed))  # their usual
    dialog.segment.setCurrentText("All")
    qtbot.keyClicks(dialog.filter, "zoe martin")
    ids = [dialog.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole).id for r in range(dialog.proxy.rowCount())]
    assert zoe in ids and all("Zoë Martin" in dialog.proxy.index(r, 0).data() for r in range(len(ids)))
    row = ids.index(zoe)
    dialog.table.setCurrentIndex(dialog.proxy.index(row, 0))
    dialog._on_mark_contacted()
    qtbot.waitUntil(lambda: dialog.proxy.index(row, 6).data().startswith("contacted "), timeout=10_000)
    again = RegularsDialog(Shop(window.services), ops, "£", window)  # read back from the table
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: zoe in again.model.contacted, timeout=10_000)
    dialog.open_customer.connect(window.open_profile)
    with qtbot.waitSignal(dialog.open_customer) as opened:
        dialog._on_row_activated(dialog.proxy.index(row, 0))
    assert opened.args == [zoe] and window.profile.name.text() == "Zoë Martin"
    ops.close()


def test_the_page_still_opens_from_the_old_call_sites(qtbot, open_window, bakery) -> None:
    from app.ui.ops import Ops, SyncOps

    window, _ = open_window(bakery)
    dialog = RegularsDialog(window.services, SyncOps(), "£", window)
    qtbot.addWidget(dialog)
    assert dialog.proxy.rowCount() > 20 and "VIP" in dialog.summary.text()
    threaded = RegularsDialog(window.services, Ops(), "£", window)  # the window's real runner
    qtbot.addWidget(threaded)
    qtbot.waitUntil(lambda: threaded.proxy.rowCount() == dialog.proxy.rowCount(), timeout=10_000)
    threads = [lane._thread for lane in threaded.ops._lanes.values()]
    assert all(t.is_alive() for t in threads)
    threaded.reject()  # closing the dialog ends the runner made for it
    qtbot.waitUntil(lambda: not any(t.is_alive() for t in threads), timeout=10_000)
