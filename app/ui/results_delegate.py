"""Paints a result row as the name over a quieter second line (phone, e-mail or a birthday badge).

Painting rows here instead of through stylesheet `::item` rules is several times faster, and the list
repaints on every keystroke.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.ui.models import BadgeRole
from app.ui.style import look_of

PAD_X, PAD_Y, GAP = 10, 7, 2


class ResultDelegate(QStyledItemDelegate):
    """Fonts follow the list's own (set by the stylesheet); the second line is a little smaller."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._fonts: tuple[QFont, QFont, int, QFontMetrics] | None = None
        self._for: str = ""

    def _fonts_for(self, font: QFont) -> tuple[QFont, QFont, int, QFontMetrics]:
        key = font.key()
        if self._fonts is None or key != self._for:
            detail = QFont(font)
            size = font.pixelSize() if font.pixelSize() > 0 else round(font.pointSizeF() * 4 / 3)
            detail.setPixelSize(max(11, round(size * 0.82)))
            self._fonts = (QFont(font), detail, QFontMetrics(font).height(), QFontMetrics(detail))
            self._for = key
        return self._fonts

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        _, _, name_height, detail_metrics = self._fonts_for(option.font)
        return QSize(0, PAD_Y * 2 + name_height + GAP + detail_metrics.height())  # as wide as the list

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        name, _, detail = str(index.data() or "").partition("\n")
        rect: QRect = option.rect.adjusted(2, 0, -2, 0)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        state, look = option.state, look_of(option.palette)
        fill = (
            look.selected
            if state & QStyle.StateFlag.State_Selected
            else look.hover
            if state & QStyle.StateFlag.State_MouseOver
            else None
        )
        if fill is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(fill))
            painter.drawRoundedRect(rect, 6, 6)
        name_font, detail_font, name_height, detail_metrics = self._fonts_for(option.font)
        text = rect.adjusted(PAD_X, PAD_Y, -PAD_X, 0)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.setFont(name_font)
        painter.setPen(QColor(look.text))
        elided = option.fontMetrics.elidedText(name, Qt.TextElideMode.ElideRight, text.width())
        painter.drawText(text, flags, elided)
        if detail:
            painter.setFont(detail_font)
            painter.setPen(QColor(look.badge_text if index.data(BadgeRole) else look.subtle))
            detail = detail_metrics.elidedText(detail, Qt.TextElideMode.ElideRight, text.width())
            painter.drawText(text.adjusted(0, name_height + GAP, 0, 0), flags, detail)
        painter.restore()
