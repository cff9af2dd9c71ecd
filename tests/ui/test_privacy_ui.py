from PySide6.QtWidgets import QMessageBox

from app.shop import Shop
from app.ui.audit_dialog import AuditDialog
from app.ui.ops import Ops


def test_erase_from_the_profile_after_a_clear_warning(qtbot, open_window, bakery, monkeypatch) -> None:
    window, _ = open_window(bakery)
    window.open_profile(1)
    warnings = []

    def warn(_parent, _title, text, *_args):
        warnings.append(text)
        return QMessageBox.StandardButton.Cancel if len(warnings) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", warn)
    window.erase_person()
    assert "Backups made before now" in warnings[0] and window.current_customer() == 1
    window.erase_person()
    assert window.current_customer() is None and "Zoë Martin was erased" in window.banner.text()
    assert all(h.id != 1 for h in window.services.search.search("zoe"))
    ops = Ops(window)
    ops.attach(Shop(window.services))
    dialog = AuditDialog(Shop(window.services), ops)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)
    actions = [dialog.model.index(r, 2).data() for r in range(dialog.model.rowCount())]
    assert actions[0] == "customer.erase"
    ops.close()
