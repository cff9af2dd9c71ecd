"""Who is serving at this till, picked from the till's short staff list (Shop → Settings → This till).
Their name goes on the visits recorded at the counter. Hidden while the list is empty."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt, Slot
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPolygonF
from PySide6.QtWidgets import QComboBox, QWidget

from app.till_settings import TillSettings
from app.ui.ops import Ops, adopt

if TYPE_CHECKING:  # the data layer loads after the window is up
    from app.shop import Changes, Shop


class ServingPicker(QComboBox):
    """ServingPicker(shop, ops, parent), or ServingPicker(None, ops) before the shop has opened; a window
    that opened a shop of its own passes its runner unattached (see ops.adopt)."""

    def __init__(self, shop: Shop | None, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("servingPicker")
        # A window whose shop is still opening passes its runner alone: reads wait for the shop.
        self.ops = ops if isinstance(ops, Ops) else adopt(shop, ops, self)[1]
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keyboard in the search box
        self.setToolTip(self.tr("Who is serving: their name goes on the visits recorded here"))
        self.setAccessibleName(self.tr("Who is serving"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.hide()
        self.activated.connect(self._on_activated)
        self.ops.changed.connect(self._on_changed)
        self.load()

    def load(self) -> None:
        self.ops.read(lambda shop: shop.till.settings(), self._show, lambda _message: None)

    def _show(self, till: TillSettings) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("Who's serving?"), "")
        for name in till.staff:
            self.addItem(name, name)
        self.setCurrentIndex(max(0, self.findData(till.serving)))
        self.blockSignals(False)
        self.setVisible(bool(till.staff))

    @Slot(int)
    def _on_activated(self, index: int) -> None:
        name = str(self.itemData(index) or "")
        self.ops.write(lambda shop: shop.till.set_serving(name), lambda _till: None, lambda _m: self.load())

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        if changes.settings:
            self.load()

    def paintEvent(self, event: QPaintEvent) -> None:
        # The stylesheet draws the frame (and the focus ring) but no arrow: one in the text's colour.
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.ButtonText))
        x, y = self.width() - 15.0, self.height() / 2 - 2
        painter.drawPolygon(QPolygonF([QPointF(x, y), QPointF(x + 8, y), QPointF(x + 4, y + 5)]))
        painter.end()

    def serving(self) -> str:
        return str(self.currentData() or "")
