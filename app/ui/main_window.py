"""The counter: one search box that owns the keyboard, the results, and the profile of whoever is served.

The window is composed: `CounterState` (Qt-free) decides who is being served, `VisitActions`,
`OwnerActions` and `DataActions` do the work through the one runner (`Ops`), and this module lays out
the screen and answers keys. It can be on screen before the shop has opened: what is typed or scanned
meanwhile waits in the runner and is answered when the shop is attached.
"""

from __future__ import annotations

import logging
from typing import Any, cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.codes import tokens
from app.ui.actions import OwnerActions
from app.ui.banner import Banner
from app.ui.counter_layout import arrange, fit_side, header_bar
from app.ui.counter_state import CounterState
from app.ui.customer_actions import CustomerActions
from app.ui.data_actions import DataActions
from app.ui.menus import build_menus, build_shortcuts
from app.ui.models import HitRole
from app.ui.ops import Ops
from app.ui.owner import OwnerGate
from app.ui.owner_badge import OwnerBadge, corner, tab_last
from app.ui.profile_panel import ProfilePanel, ProfileScroll
from app.ui.search_list import COUNT_CAP, SearchList
from app.ui.serving_picker import ServingPicker
from app.ui.visit_flow import UndoBar, VisitActions

log = logging.getLogger(__name__)
SEARCH_LIMIT = 20
SCAN_GRACE_MS = 60  # longer than a wedge scanner takes between two keys


class MainWindow(QMainWindow):
    """Signals:
    profile_shown(int): a customer's profile is on screen (tests and the benchmark wait on it).
    settings_loaded(object): the shop's counter settings arrived (the scanner takes its timing from them).
    results_shown(): the list shows the answer to what is in the search box (or the idle list).
    """

    profile_shown = Signal(int)
    settings_loaded = Signal(object)
    results_shown = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.state = CounterState()
        self.settings: Any = None
        self.owner = OwnerGate(None)
        self.setWindowTitle("Regulars")
        self.resize(1280, 820)

        self.search_box = QLineEdit(objectName="searchBox")
        self.search_box.setAccessibleName(self.tr("Find a customer"))
        self.search_box.setAccessibleDescription(self.tr("Type a name, phone or e-mail, or scan a card"))
        self.search_box.setPlaceholderText(self.tr("Type a name, phone or e-mail — or scan a card"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._on_search_text_changed)
        self.search_box.returnPressed.connect(self._on_search_return)
        self.search_box.installEventFilter(self)
        self._grace = QTimer(self, singleShot=True)  # see _on_search_text_changed
        self._grace.timeout.connect(lambda: self._find(self.search_box.text().strip()))
        self.shop_name = QLabel("Regulars", objectName="shopName")
        self.new_button = QPushButton(self.tr("+ New customer"))
        self.camera_button = QPushButton(self.tr("Camera"))
        self.camera_button.setToolTip(self.tr("Scan a loyalty card with the webcam"))
        header = header_bar(self.shop_name, self.search_box, self.new_button, self.camera_button)
        self.owner_badge = OwnerBadge(self.owner)  # owner mode with a Lock button, and who is serving:
        self.serving = ServingPicker(None, ops)
        self.menuBar().setCornerWidget(corner(self, self.owner_badge, self.serving))

        self.search_list = SearchList()
        self.results_model, self.results = self.search_list.model, self.search_list.view
        self.results_hint, self.side_title = self.search_list.hint, self.search_list.title
        self.results.clicked.connect(self._on_result_clicked)

        self.banner = Banner()
        self.profile = ProfilePanel("UTC", "", ops=ops)
        self.profile.conversation.attach(ops)  # talking points and complaints, written through the runner
        self.undo_bar = UndoBar()
        column = cast(QVBoxLayout, self.profile.layout())
        column.insertWidget(column.indexOf(self.profile.message) + 1, self.undo_bar)
        self.welcome = QLabel(
            self.tr(
                "<h2>Who's at the counter?</h2><p>Start typing a name, a phone number or an e-mail,"
                " or scan their loyalty card.</p><p>↑ ↓ to choose · Enter to open · Esc to start"
                " again · F2 records the usual · Ctrl+N adds a new customer</p>"
            )
        )
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(ProfileScroll(self.profile))
        self.splitter = arrange(self, header, self.search_list, self.banner, self.pages)
        tab_last(self.search_box, self.new_button, self.camera_button, self.owner_badge.button, self.serving)

        self.visits = VisitActions(
            ops,
            self.state,
            self.profile,
            self.undo_bar,
            self.owner,
            reopen=lambda cid: self.open_profile(cid, self.found_by, keep_message=True),
            banner=self.show_banner,
            done=self._after_save,
            parent=self,
        )
        self.owner_actions = OwnerActions(ops, self.owner, self.state, self.profile, self, self)
        self.data_actions = DataActions(ops, self.owner, self.state, self.profile, self, self)
        self.camera_button.clicked.connect(self.owner_actions.open_camera)
        self.profile.usual_requested.connect(self.visits.record_usual)
        self.profile.visit_requested.connect(self.visits.record)
        self.profile.redeem_requested.connect(self.visits.redeem)
        self.customers = CustomerActions(ops, self.state, self.profile, self, self)
        self.new_button.clicked.connect(lambda: self.customers.new_customer(self.search_box.text()))
        self.profile.edit_requested.connect(self.customers.edit_customer)
        self.profile.surprise_given.connect(self.owner_actions.give_surprise)
        self.profile.feedback_requested.connect(self.owner_actions.ask_feedback)
        self.profile.visits.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.profile.visits.customContextMenuRequested.connect(self.visits.show_visits_menu)

        self._window_keys = {a.shortcut().toString() for a in build_menus(self)}
        build_shortcuts(self)
        ops.changed.connect(self._on_changed)
        ops.failed.connect(lambda message: self.show_banner(message, ok=False))
        ops.ready.connect(self._on_ready)
        if ops.is_ready:
            self._on_ready()
        self.search_box.setFocus()

    # -- the shop opens ---------------------------------------------------------------------------------
    @Slot()
    def _on_ready(self) -> None:
        self.owner.attach(self.ops.shop)
        self.ops.read(lambda shop: shop.owner.pin_is_set(), self.owner_badge.refresh)  # not 10 s later
        self.ops.read(lambda shop: shop.counter.settings(), self._apply_settings)
        self.reload_menu()
        if not self.search_box.text().strip():
            self.show_idle_list()

    def _apply_settings(self, settings: Any) -> None:
        from app.services import phones  # phonenumbers is slow to import: after the window is up

        self.settings = settings
        self.state.repeat_seconds = settings.scan_repeat_seconds
        self.owner.relock_seconds = settings.owner_relock_minutes * 60
        self.results_model.phone_display = lambda e164: phones.display(e164, settings.region)
        self.profile.set_shop(settings.zone, settings.currency)
        self.visits.currency = self.owner_actions.currency = settings.currency
        self.shop_name.setText(settings.shop_name)
        self.setWindowTitle(f"Regulars — {settings.shop_name}")
        self.settings_loaded.emit(settings)

    def reload_settings(self) -> None:
        self.ops.read(lambda shop: shop.counter.settings(), self._apply_settings)

    def reload_menu(self) -> None:
        self.ops.read(lambda shop: shop.counter.menu(), self.profile.set_menu)

    def _on_changed(self, changes: Any) -> None:
        if changes.customers or changes.settings:
            self.search_list.forget_birthdays()
        if changes.items:
            self.reload_menu()
        if changes.settings:
            self.reload_settings()
        if changes.customers and not self.search_box.text().strip() and self.current_customer() is None:
            self.show_idle_list()

    # -- search ---------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The line edit claims Ctrl+E, Ctrl+K… for its own editing; the window's shortcuts come first.
        if (
            watched is self.search_box
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()).toString() in self._window_keys
        ):
            event.ignore()
            return True
        if watched is self.search_box and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move_selection(1 if key == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Typing anywhere that does not take text goes to the search box.
        if (
            event.text()
            and event.text().isprintable()
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.search_box.setFocus()
            self.search_box.insert(event.text())
            return
        super().keyPressEvent(event)

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        query = text.strip()
        self._grace.stop()  # what was typed before this no longer needs looking up
        if query:
            self.close_profile()  # someone new is being looked up: F2 must not land on the last person
        if tokens.begun(query):  # whole or on its way (every payload has begun)
            # A card code is not a name: looking it up would only hold the card's own read up behind it.
            self.ops.cancel("search")
            self.state.search_asked(None)
            self.search_list.show_card_hint(complete=tokens.parse(query) is not None)
            return
        if not query:
            self.show_idle_list()
            return
        self.state.search_asked(query)  # an Enter from here on waits for its answer
        if len(query) <= len(tokens.PREFIX) and tokens.could_be_prefix(query):
            # An R may be a scanner's first key: its search waits a scanner's beat, and a scan clears the box.
            self.ops.cancel("search")
            self._grace.start(SCAN_GRACE_MS)
            return
        self._find(query)

    def _find(self, query: str) -> None:
        self.ops.read(
            lambda shop: shop.counter.find(query, SEARCH_LIMIT, COUNT_CAP),
            lambda found: self._show_found(query, found),
            lambda message: self._search_failed(query, message),
            channel="search",
        )

    def _search_failed(self, query: str, message: str) -> None:
        self.state.search_answered(query)  # an Enter kept for it has nothing to open
        self.search_list.show_problem(message)

    def _show_found(self, query: str, found: Any) -> None:
        self.search_list.show_found(query, found)
        self._sync_highlight()
        self.results_shown.emit()
        if self.state.search_answered(query) and found.hits:  # Enter came first: it meant this answer
            self.open_profile(found.hits[0].id, "search")

    def show_idle_list(self) -> None:
        """With nothing typed, the list shows whose birthday is coming up this week."""
        self.state.search_asked(None)
        kept = self.search_list.kept_birthdays()
        if kept is not None:
            self.ops.cancel("search")  # a search still running must not replace it when it answers
            self._show_birthdays(kept)
            return
        self.ops.read(
            lambda shop: shop.counter.birthdays_soon(),
            lambda rows: self._show_birthdays(self.search_list.keep_birthdays(rows)),
            channel="search",
        )

    def _show_birthdays(self, rows: list[Any]) -> None:
        self.search_list.show_birthdays(rows)
        self._sync_highlight()
        self.results_shown.emit()

    def result_ids(self) -> list[int]:
        return self.search_list.ids()

    def _sync_highlight(self) -> None:
        self.search_list.highlight(self.current_customer(), bool(self.search_box.text().strip()))

    def _move_selection(self, step: int) -> None:
        hit = self.search_list.step(step)
        if hit is not None and hit != self.current_customer():
            row = self.results.currentIndex().row()
            self.close_profile()  # the highlight left the open profile: Enter opens the new one
            self.search_list.select(row)

    @Slot()
    def _on_search_return(self) -> None:
        query = self.search_box.text().strip()
        if tokens.parse(query):
            self.open_card(query, found_by="manual")
            return
        if self.state.enter_pressed(query):
            return  # the list still shows an older answer: Enter waits for the one to what is typed
        index = self.results.currentIndex()
        if index.isValid():
            self.open_profile(index.data(HitRole).id, "search")

    @Slot()
    def _on_result_clicked(self, index: Any) -> None:
        self.open_profile(index.data(HitRole).id, "search")
        self.search_box.setFocus()

    @Slot()
    def reset_search(self) -> None:
        """Esc: start again. The profile closes too, so nothing is recorded on the previous customer."""
        self.close_profile()
        self.search_box.clear()
        self.search_box.setFocus()

    def close_profile(self) -> None:
        self.state.close()
        self.ops.cancel("profile")
        if self.pages.currentIndex() != 0:
            self.pages.setCurrentIndex(0)
            self.visits.forget_undo()
            self.search_list.select(-1)

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _after_save(self) -> None:
        self._grace.stop()  # a lone R typed a moment ago is cleared below, unannounced: no search for it
        self.search_box.blockSignals(True)  # clearing the box must not close the profile just saved
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.search_box.setFocus()

    # -- profiles ---------------------------------------------------------------------------------------
    @property
    def found_by(self) -> str:
        return self.state.serving.found_by if self.state.serving else "search"

    def open_profile(self, customer_id: int, found_by: str = "search", keep_message: bool = False) -> None:
        self.state.ask_open(customer_id)
        self.ops.read(
            lambda shop: shop.counter.open(customer_id, record_offer=False),  # the cues' write records it
            lambda opened: self._show_opened(opened, found_by, keep_message),
            lambda message: self.show_banner(message, ok=False),
            channel="profile",
        )

    def _show_opened(self, opened: Any, found_by: str, keep_message: bool) -> None:
        profile = opened.profile
        if not self.state.opened(profile.id, profile.name, found_by):
            return
        self.profile.show_profile(profile, keep_message)
        self.owner_actions.show_cues(opened.treat, opened.feedback_due)
        self.pages.setCurrentIndex(1)
        self._sync_highlight()
        self.profile_shown.emit(profile.id)

    def open_card(self, payload: str, found_by: str = "scan") -> None:
        """A scan starts afresh: the previous profile closes at once, whatever the card turns out to be."""
        self.close_profile()

        def failed(message: str) -> None:
            self.show_banner(message, ok=False)
            self.reset_search()

        self.state.ask_open(-1)  # any profile arriving now is for the card
        self.ops.read(
            lambda shop: shop.counter.open_card(payload, record_offer=False),
            lambda opened: self._show_card(opened, found_by),
            failed,
            channel="profile",
        )
        # Cleared after the card is asked for: the list beside it is read behind the person at the counter.
        self.search_box.clear()
        self.search_box.setFocus()

    def _show_card(self, opened: Any, found_by: str) -> None:
        self.state.ask_open(opened.profile.id)
        self._show_opened(opened, found_by, False)

    @Slot(str)
    def on_scan_received(self, payload: str) -> None:
        self.open_card(payload, "scan")

    def current_customer(self) -> int | None:
        return self.state.customer_id if self.pages.currentIndex() == 1 else None

    # -- messages -------------------------------------------------------------------------------------
    def show_banner(self, text: str, ok: bool = True) -> None:
        self.banner.say(text, ok)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_side(self.splitter, self.width())

    def closeEvent(self, event: QCloseEvent) -> None:
        shop = self.ops.shop
        self.ops.close()
        if shop is not None:
            shop.close()
        super().closeEvent(event)
