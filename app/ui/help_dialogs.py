"""Help: a sheet of keyboard shortcuts, About (version, data folder, database without its password) and a
short guide. `HelpMenu` fills the window's Help menu; the About facts are read through the runner."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.catalogue import QT_TRANSLATE_NOOP
from app.ui import screen_fit

if TYPE_CHECKING:  # the data layer loads after the window is up
    from app.shop.till import About

COUNTER_KEYS = (
    (
        QT_TRANSLATE_NOOP("ShortcutsSheet", "Type"),
        QT_TRANSLATE_NOOP("ShortcutsSheet", "Find a customer by name, phone, e-mail or card code"),
    ),
    ("↑ ↓", QT_TRANSLATE_NOOP("ShortcutsSheet", "Choose in the list")),
    ("Enter", QT_TRANSLATE_NOOP("ShortcutsSheet", "Open the chosen profile")),
    ("Esc", QT_TRANSLATE_NOOP("ShortcutsSheet", "Close the profile and start again")),
    ("F2", QT_TRANSLATE_NOOP("ShortcutsSheet", "Record the usual for the open profile")),
    ("Ctrl+Enter", QT_TRANSLATE_NOOP("ShortcutsSheet", "Record the visit with the items tapped")),
)
GUIDE = QT_TRANSLATE_NOOP(
    "GuideDialog",
    """
<h3>At the counter</h3>
<p>Start typing a name, a phone number or an e-mail, or scan the customer's card: their profile opens with
allergies, notes, the usual order and their points. <b>F2</b> records the usual; tap items to record something
else. A saved visit can be undone for 30 seconds from the bar under it.</p>
<h3>Regulars</h3>
<p>Shop → Regulars lists everyone who came in the last year. <b>Win back</b> shows regulars who stayed away far
longer than usual, with how to reach them; after writing to someone, press <b>Mark contacted</b>.</p>
<h3>The owner</h3>
<p>Set an owner PIN (Shop → Set the owner PIN) and staff can serve without changing prices, rules or points.
The badge at the top says when owner mode is on; <b>Lock</b> ends it at once, and it ends by itself after a few
minutes without owner actions. Everything the owner does is in Shop → Audit log.</p>
<h3>Closing up</h3>
<p>File → Export the day saves the day's visits as a spreadsheet or PDF. A backup is made each day by itself;
File → Back up now makes one at any time.</p>
""",
)


def plain(text: str) -> str:
    """A menu text without its & marker and trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".")


class ShortcutsSheet(QDialog):
    """The counter's keys and every menu shortcut, each as a key cap and what it does."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [(self.tr(keys), self.tr(what)) for keys, what in COUNTER_KEYS]
        rows += [
            (a.shortcut().toString(QKeySequence.SequenceFormat.NativeText), plain(a.text()))
            for a in actions
            if not a.shortcut().isEmpty()
        ]
        self.rows = rows
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setHorizontalSpacing(16)
        grid.setColumnStretch(1, 1)
        for row, (keys, what) in enumerate(rows):
            cap = QLabel(keys, objectName="keycap")
            grid.addWidget(cap, row, 0, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(QLabel(what, wordWrap=True), row, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_box)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        screen_fit.fit(self, QSize(520, 640))


class AboutDialog(QDialog):
    def __init__(self, about: About, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Regulars"))
        where = self.tr("shared server") if about.shared else self.tr("this computer")
        self.facts = QLabel(
            self.tr(
                "<h2>Regulars</h2><p>Version {version}</p>"
                "<p><b>Data folder</b><br>{folder}</p>"
                "<p><b>Database</b> ({where})<br>{database}</p>"
                "<p><b>This till</b><br>{till}</p>"
            ).format(
                version=about.version,
                folder=about.data_folder,
                where=where,
                database=about.database,
                till=about.till_name,
            ),
            wordWrap=True,
        )
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.facts)
        layout.addWidget(buttons)
        self.resize(420, 0)  # a starting width: with a large font the layout's own minimum wins


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("A short guide"))
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("A short guide"))
        self.text.setHtml(self.tr(GUIDE))
        self.text.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        screen_fit.fit(self, QSize(560, 560))


class HelpMenu(QObject):
    """Adds the guide, the shortcuts sheet and About to `menu`. `read_about(show)` asks the shop for the
    About facts and calls `show` with them; `actions` are the window's actions (their shortcuts are listed)."""

    def __init__(
        self,
        menu: QMenu,
        read_about: Callable[[Callable[[About], None]], None],
        actions: Callable[[], list[QAction]],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.window, self.read_about, self.actions = parent, read_about, actions
        self.guide_action = menu.addAction(self.tr("A short &guide"), self.show_guide)
        self.shortcuts_action = menu.addAction(self.tr("&Keyboard shortcuts"), self.show_shortcuts)
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        menu.addSeparator()
        self.about_action = menu.addAction(self.tr("&About Regulars"), self.show_about)

    def show_guide(self) -> None:
        GuideDialog(self.window).exec()

    def show_shortcuts(self) -> None:
        ShortcutsSheet(self.actions(), self.window).exec()

    def show_about(self) -> None:
        self.read_about(self._show_about)

    def _show_about(self, about: Any) -> None:
        AboutDialog(about, self.window).exec()
