"""Does a window's layout hold at a given size? Nothing a person reads or clicks may lie outside the
window (or the scroll area it lives in), be squeezed below the size it needs, or overlap another.

    problems = layout_problems(window)            # [] when the layout holds
    shoot(window, QSize(1024, 600), "/tmp/x.png")  # resize, lay out, check, save a screenshot
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabBar,
    QTextEdit,
    QWidget,
)

CHECKED = (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
)
INTERNAL = (QAbstractItemView, QAbstractSpinBox, QComboBox, QTabBar, QLineEdit, QTextEdit, QPlainTextEdit)


def describe(widget: QWidget) -> str:
    text = ""
    for getter in ("text", "placeholderText", "currentText", "windowTitle"):
        if hasattr(widget, getter):
            value = getattr(widget, getter)()
            if isinstance(value, str) and value.strip():
                text = value.strip().splitlines()[0][:40]
                break
    name = widget.objectName()
    return f"{type(widget).__name__}{'#' + name if name else ''} “{text}”"


def _is_internal(widget: QWidget, top: QWidget) -> bool:
    """Parts of a composite control (a spin box's editor, a line edit's clear button, a table's corner)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, INTERNAL):
            return True
        parent = parent.parentWidget()
    return False


def _clip(widget: QWidget, top: QWidget) -> tuple[QRect, QWidget]:
    """The area the widget must fit in: the scroll area's content it is part of, else the window."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent.parentWidget(), QWidget) and isinstance(
            parent.parentWidget().parentWidget(), QAbstractScrollArea
        ):
            area = parent.parentWidget().parentWidget()
            if isinstance(area, QScrollArea) and area.widget() is parent:
                return QRect(parent.mapTo(top, QPoint(0, 0)), parent.size()), parent
        parent = parent.parentWidget()
    return QRect(QPoint(0, 0), top.size()), top


def _visible_through_viewports(widget: QWidget, top: QWidget) -> bool:
    """False for a widget scrolled out of sight inside a scroll area."""
    rect = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent.parentWidget(), QAbstractScrollArea):
            view = QRect(parent.mapTo(top, QPoint(0, 0)), parent.size())
            if not view.intersects(rect):
                return False
        parent = parent.parentWidget()
    return True


def checked_widgets(top: QWidget) -> list[QWidget]:
    found = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, CHECKED) or not widget.isVisibleTo(top) or widget.isWindow():
            continue
        if widget.width() <= 0 or widget.height() <= 0 or _is_internal(widget, top):
            continue
        if not _visible_through_viewports(widget, top):
            continue
        found.append(widget)
    return found


def _squeezed(widget: QWidget) -> str | None:
    need = widget.minimumSizeHint()
    if isinstance(widget, QLabel):
        if widget.pixmap() is not None and not widget.pixmap().isNull():
            return None
        if widget.wordWrap():
            height = widget.heightForWidth(widget.width())
            return (
                f"needs {height} px of height, has {widget.height()}"
                if height > widget.height() + 1
                else None
            )
        need = widget.sizeHint()  # a label's text is cut when it is narrower than its text
    elif isinstance(widget, QAbstractButton):
        need = widget.sizeHint()
    elif isinstance(widget, (QAbstractItemView, QTextEdit, QPlainTextEdit)):
        return None
    if widget.width() + 1 < need.width():
        return f"needs {need.width()} px of width, has {widget.width()}"
    if widget.height() + 1 < need.height():
        return f"needs {need.height()} px of height, has {widget.height()}"
    return None


def layout_problems(top: QWidget) -> list[str]:
    QApplication.processEvents()
    problems: list[str] = []
    widgets = checked_widgets(top)
    if not widgets:
        return [f"nothing to check in {describe(top)}: is it shown?"]
    rects = {id(w): QRect(w.mapTo(top, QPoint(0, 0)), w.size()) for w in widgets}
    for w in widgets:
        area, _owner = _clip(w, top)
        rect = rects[id(w)]
        if not area.adjusted(-1, -1, 1, 1).contains(rect):
            problems.append(f"{describe(w)} at {_r(rect)} lies outside its window {_r(area)}")
        if why := _squeezed(w):
            problems.append(f"{describe(w)} at {_r(rect)} is cut off: {why}")
    for i, a in enumerate(widgets):
        for b in widgets[i + 1 :]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            overlap = rects[id(a)].adjusted(1, 1, -1, -1).intersected(rects[id(b)].adjusted(1, 1, -1, -1))
            if not overlap.isEmpty():
                problems.append(
                    f"{describe(a)} at {_r(rects[id(a)])} overlaps {describe(b)} at {_r(rects[id(b)])}"
                )
    return problems


def _r(rect: QRect) -> str:
    return f"({rect.x()},{rect.y()} {rect.width()}×{rect.height()})"


def shoot(top: QWidget, size: QSize | None, path: str) -> list[str]:
    """Resize (if a size is given), let the layout settle, save a screenshot and return the problems."""
    if size is not None:
        top.resize(size)
    for _ in range(3):
        QApplication.processEvents()
    top.grab().save(path)
    return layout_problems(top)
