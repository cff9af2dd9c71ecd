"""The regulars page's "High value, slipping away" tab, on the real background runner."""

from PySide6.QtCore import Qt

from app.application import open_services
from app.shop import Shop
from app.ui.ops import Ops
from app.ui.regulars_page import RegularsDialog
from tests.clv_shop import build_shop


def test_the_tab_fits_in_the_background_and_lists_who_is_slipping_away(qtbot, tmp_path) -> None:
    services = open_services(str(tmp_path / "data"))
    services.items.seed_demo()
    groups = build_shop(services)
    shop = Shop(services)
    ops = Ops()
    ops.attach(shop)
    dialog = RegularsDialog(shop, ops, "£")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.slipping
    assert not view.loaded  # nothing fitted until the owner opens the tab
    seen = []
    view.progress.valueChanged.connect(seen.append)
    dialog.tabs.setCurrentWidget(view)
    assert view.progress.isVisible() and not view.refit.isEnabled()
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 6, timeout=30_000)
    assert not view.progress.isVisible() and view.refit.isEnabled() and max(seen) > 1
    shown = [view.proxy.index(r, 0).data() for r in range(6)]
    assert sorted(shown) == [f"Slipping {n}" for n in range(6)]
    worth = [view.proxy.index(r, 1).data(Qt.ItemDataRole.UserRole + 2) for r in range(6)]
    assert worth == sorted(worth, reverse=True)  # most valuable first
    row = shown.index("Slipping 0")
    assert view.proxy.index(row, 1).data().startswith("£")
    assert view.proxy.index(row, 2).data().endswith("%") and int(view.proxy.index(row, 2).data()[:-2]) < 50
    assert view.proxy.index(row, 3).data() == "25 days ago"
    assert set(view.proxy.index(row, 4).data().split(", ")) == {"Sourdough loaf", "Flat white"}
    assert view.proxy.index(row, 5).data() == "slip0@example.com"
    assert view.proxy.index(shown.index("Slipping 1"), 5).data() == "no consent to contact"
    assert "6 high-value regulars slipping away, 3 of them agreed to be contacted" in view.status.text()
    dialog.resize(1000, 560)
    dialog.grab().save(str(tmp_path / "slipping.png"))
    fitted = shop.value.cached_fit().fitted_at
    with qtbot.waitSignal(ops.changed, timeout=30_000) as changed:
        qtbot.mouseClick(view.refit, Qt.MouseButton.LeftButton)
    assert changed.args[0].clv  # other screens hear of the new fit
    qtbot.waitUntil(view.refit.isEnabled, timeout=30_000)
    assert shop.value.cached_fit().fitted_at > fitted and view.proxy.rowCount() == 6
    with qtbot.waitSignal(dialog.open_customer) as opened:
        view._on_row_activated(view.proxy.index(row, 0))
    assert opened.args == [groups["slipping"][0]]
    ops.close()
    services.close()


def test_an_empty_shop_says_there_is_nothing_to_fit(qtbot, tmp_path) -> None:
    services = open_services(str(tmp_path / "data"))
    ops = Ops()
    ops.attach(Shop(services))
    dialog = RegularsDialog(Shop(services), ops, "£")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.slipping)
    view = dialog.slipping
    qtbot.waitUntil(lambda: "nothing to fit" in view.status.text(), timeout=30_000)
    assert view.proxy.rowCount() == 0 and view.refit.isEnabled() and not view.progress.isVisible()
    ops.close()
    services.close()
