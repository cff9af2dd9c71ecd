import sqlite3

from PySide6.QtWidgets import QFileDialog

from app.services import audit, privacy
from app.shop import Shop
from app.ui.audit_dialog import AuditDialog
from app.ui.main import fill_demo
from app.ui.ops import Ops


def test_erase_from_the_profile_after_a_clear_warning(qtbot, open_window, bakery, zoe, answer) -> None:
    window, _ = open_window(bakery)
    window.open_profile(zoe)
    warnings = answer(False)
    window.data_actions.erase_person()
    assert "Backups made before now" in warnings[0] and window.current_customer() == zoe
    answer(True)
    window.data_actions.erase_person()
    assert window.current_customer() is None and "Zoë Martin was erased" in window.banner.text()
    assert all(h.id != zoe for h in window.services.search.search("zoe"))
    ops = Ops(window)
    ops.attach(Shop(window.services))
    dialog = AuditDialog(Shop(window.services).insights, ops)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)
    actions = [dialog.model.index(r, 2).data() for r in range(dialog.model.rowCount())]
    assert actions[0] == "Erased a customer"
    ops.close()


def _log(window) -> list[tuple[str, str, str]]:
    return [(r.actor, r.action, r.target) for r in audit.recent(window.services.db)]


def test_first_start_demo_fills_an_empty_shop_and_is_audited(qtbot, open_window, tmp_path) -> None:
    window, _ = open_window(tmp_path / "empty")
    fill_demo(window, customers=12, visits=60)
    assert "demo bakery is ready" in window.banner.text()
    assert window.shop_name.text() == "The Corner Bakery"
    assert [h.name for h in window.services.search.search("zoe")][:1] == ["Zoë Martin"]
    assert ("owner", "demo.fill", "customers:1-12") in _log(window)


def test_exporting_a_persons_data_from_the_window_is_audited(
    qtbot, open_window, bakery, zoe, tmp_path, monkeypatch
) -> None:
    window, _ = open_window(bakery)
    window.open_profile(zoe)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(tmp_path))
    window.data_actions.export_person()
    assert (tmp_path / f"customer-{zoe}-data.json").exists()
    assert _log(window)[0] == ("owner", "customer.export", f"customer:{zoe}")


def test_erase_in_the_window_says_when_the_old_data_is_still_in_the_file(
    qtbot, open_window, bakery, zoe, monkeypatch, answer
) -> None:
    window, _ = open_window(bakery)
    window.open_profile(zoe)
    answer(True)
    monkeypatch.setattr(privacy, "SCRUB_WAIT_MS", 0)
    reader = sqlite3.connect(window.services.paths.database, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM customers").fetchone()
    try:
        window.data_actions.erase_person()
    finally:
        reader.execute("COMMIT")
        reader.close()
    assert "Zoë Martin was erased, but another program is reading" in window.banner.text()
    assert "not yet gone from the file" in window.banner.text()
