"""The counter: one search box that owns the keyboard, the results, and the profile of whoever is served."""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.application import Services
from app.codes import tokens
from app.services import phones
from app.services.cards import CardError
from app.services.customers import NotFound
from app.services.roles import OwnerPin
from app.ui.actions import OwnerActions
from app.ui.customer_dialog import CustomerDialog
from app.ui.menus import build_menus, build_shortcuts
from app.ui.models import HitRole, ResultsModel
from app.ui.owner import OwnerGate
from app.ui.owner_badge import OwnerBadge, corner
from app.ui.profile_panel import ProfilePanel, ProfileScroll
from app.ui.results_delegate import ResultDelegate
from app.ui.serving_picker import ServingPicker
from app.ui.tasks import TaskRunner
from app.ui.visit_flow import UndoBar, VisitFlow

log = logging.getLogger(__name__)
SEARCH_LIMIT, COUNT_CAP = 20, 100


class MainWindow(OwnerActions, VisitFlow, QMainWindow):
    """Signals:
    profile_shown(int): a customer's profile is on screen (tests and the benchmark wait on it).
    """

    profile_shown = Signal(int)

    def __init__(self, services: Services, runner: TaskRunner | None = None) -> None:
        super().__init__()
        self.services = services
        self.runner = runner or TaskRunner()
        settings = services.settings.all()
        self.zone = services.settings.timezone_name()
        self.currency = str(settings["currency"])
        self.region = str(settings["region"])
        self.found_by = "search"
        self.clock = time.monotonic  # tests move it instead of waiting
        self.repeat_seconds = float(settings["scan_repeat_seconds"])
        self._last_saved: tuple[int | None, float] = (None, 0.0)
        self._undo = None
        self.confirm_again = self._confirm_again  # tests replace these two
        self.ask_reason = self._ask_reason
        self.owner = OwnerGate(OwnerPin(services.settings), int(settings["owner_relock_minutes"]))
        self.setWindowTitle(f"Regulars — {settings['shop_name']}")
        self.resize(1280, 820)

        self.search_box = QLineEdit(objectName="searchBox")
        self.search_box.setPlaceholderText(self.tr("Type a name, phone or e-mail — or scan a card"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._on_search_text_changed)
        self.search_box.returnPressed.connect(self._on_search_return)
        self.search_box.installEventFilter(self)
        self.shop_name = QLabel(str(settings["shop_name"]), objectName="shopName")
        self.new_button = QPushButton(self.tr("+ New customer"))
        self.new_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.new_button.clicked.connect(self.new_customer)
        header = QFrame(objectName="header")
        header_row = QHBoxLayout(header)
        header_row.setContentsMargins(18, 12, 18, 12)
        header_row.setSpacing(14)
        header_row.addWidget(self.shop_name)
        header_row.addWidget(self.search_box, 1)
        header_row.addWidget(self.new_button)
        self.camera_button = QPushButton(self.tr("Camera"))
        self.camera_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.camera_button.setToolTip(self.tr("Scan a loyalty card with the webcam"))
        self.camera_button.clicked.connect(self.open_camera)
        header_row.addWidget(self.camera_button)
        self.owner_badge = OwnerBadge(self.owner)  # owner mode with a Lock button, and who is serving:
        self.menuBar().setCornerWidget(corner(self, self.owner_badge, ServingPicker(services, self.runner)))
        self.header_row = header_row

        self.results_model = ResultsModel()
        self.results_model.phone_display = lambda e164: phones.display(e164, self.region)
        self.results = QListView(objectName="results")
        self.results.setModel(self.results_model)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setMouseTracking(True)  # hover shading
        self.results.clicked.connect(self._on_result_clicked)
        self.results_hint = QLabel(objectName="subtle")
        self.results_hint.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(14, 14, 6, 14)
        self.side_title = QLabel(objectName="sideTitle")
        side_layout.addWidget(self.side_title)
        side_layout.addWidget(self.results, 1)
        side_layout.addWidget(self.results_hint)
        self.side_layout = side_layout

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.profile = ProfilePanel(self.zone, self.currency)
        self.profile.usual_requested.connect(self.record_usual)
        self.profile.visit_requested.connect(self._on_visit_requested)
        self.profile.redeem_requested.connect(self._on_redeem_requested)
        self.profile.edit_requested.connect(self.edit_customer)
        self.profile.surprise_given.connect(self.give_surprise)
        self.profile.feedback_requested.connect(self.ask_feedback)
        self.profile.visits.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.profile.visits.customContextMenuRequested.connect(self._on_visits_menu)
        self.undo_bar = UndoBar()
        self.undo_bar.undo_requested.connect(self._on_undo_requested)
        self.profile.layout().insertWidget(
            self.profile.layout().indexOf(self.profile.message) + 1, self.undo_bar
        )
        scroll = ProfileScroll(self.profile)
        self.welcome = QLabel(
            self.tr(
                "<h2>Who's at the counter?</h2><p>Start typing a name, a phone number or an e-mail,"
                " or scan their loyalty card.</p><p style='color:#7a7368'>↑ ↓ to choose · Enter to open · Esc to start"
                " again · F2 records the usual · Ctrl+N adds a new customer</p>"
            )
        )
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(scroll)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 10, 10, 0)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.pages, 1)

        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(right)
        splitter.setSizes([340, 940])
        splitter.setChildrenCollapsible(False)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self._banner_timer = QTimer(self, singleShot=True, interval=6000)
        self._banner_timer.timeout.connect(self.banner.hide)
        self._window_keys = {a.shortcut().toString() for a in build_menus(self)}
        build_shortcuts(self)
        self.reload_menu()
        self.show_idle_list()
        self.search_box.setFocus()

    def reload_menu(self) -> None:
        self.profile.set_menu(self.services.items.list())

    # -- search ---------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
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

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
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
        if query:
            self.close_profile()  # someone new is being looked up: F2 must not land on the last person
        if tokens.parse(query):
            self.results_model.set_hits([])
            self.results_hint.setText(self.tr("That looks like a card code: press Enter."))
            return
        if not query:
            self.show_idle_list()
            return
        self.side_title.setText(self.tr("Customers"))
        hits, total = self.services.search.search_counted(query, SEARCH_LIMIT, COUNT_CAP)
        self.results_model.set_hits(hits)
        self._sync_highlight()
        if not hits:
            self.results_hint.setText(
                self.tr("Nobody matches “{q}”. Ctrl+N adds a new customer.").format(q=query[:40])
            )
        elif total > len(hits):
            of = str(total) if total <= COUNT_CAP else self.tr("more than {n}").format(n=COUNT_CAP)
            self.results_hint.setText(
                self.tr("Showing {n} of {t} — type more to narrow.").format(n=len(hits), t=of)
            )
        else:
            self.results_hint.setText("")

    def show_idle_list(self) -> None:
        """With nothing typed, the list shows whose birthday is coming up this week."""
        from datetime import datetime
        from zoneinfo import ZoneInfo

        from app.services.birthdays import badge
        from app.services.insights import upcoming_birthdays
        from app.services.search import SearchHit

        today = datetime.now(ZoneInfo(self.zone)).date()
        rows = upcoming_birthdays(
            self.services.db, today, int(self.services.settings.get("birthday_window_days"))
        )
        self.side_title.setText(self.tr("Birthdays this week") if rows else self.tr("Customers"))
        self.results_model.set_hits(
            [SearchHit(r.id, r.name, None, None) for r in rows], {r.id: badge(r.days) for r in rows}
        )
        self.results_hint.setText("" if rows else self.tr("No birthdays in the coming week."))
        self._sync_highlight()

    def _sync_highlight(self) -> None:
        """The highlighted row is the open profile; with none open, the first match (what Enter opens)."""
        open_id = self.current_customer()
        ids = [h.id for h in self.results_model.hits]
        if open_id is not None:
            row = ids.index(open_id) if open_id in ids else -1
        else:
            row = 0 if ids and self.search_box.text().strip() else -1
        if row < 0:
            self.results.clearSelection()
            self.results.setCurrentIndex(self.results_model.index(-1))
        else:
            self.results.setCurrentIndex(self.results_model.index(row))

    def _move_selection(self, step: int) -> None:
        count = self.results_model.rowCount()
        if not count:
            return
        row = max(0, min(count - 1, self.results.currentIndex().row() + step))
        if self.results_model.hits[row].id != self.current_customer():
            self.close_profile()  # the highlight left the open profile: Enter opens the new one
        self.results.setCurrentIndex(self.results_model.index(row))

    @Slot()
    def _on_search_return(self) -> None:
        query = self.search_box.text().strip()
        if tokens.parse(query):
            self.open_card(query, found_by="manual")
            return
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
        if self.pages.currentIndex() != 0:
            self.pages.setCurrentIndex(0)
            self.undo_bar.hide()
            self._undo = None
            self.results.clearSelection()
            self.results.setCurrentIndex(self.results_model.index(-1))

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    # -- profile and visits ---------------------------------------------------------------------------
    def open_profile(self, customer_id: int, found_by: str = "search") -> None:
        try:
            profile = self.services.profiles.load(customer_id)
        except NotFound as exc:
            self.show_banner(str(exc), ok=False)
            return
        self.found_by = found_by
        self.profile.show_profile(profile)
        self.refresh_cues(customer_id)
        self.pages.setCurrentIndex(1)
        self._sync_highlight()
        self.profile_shown.emit(customer_id)

    def open_card(self, payload: str, found_by: str = "scan") -> None:
        try:
            customer_id = self.services.cards.resolve(payload)
        except CardError as exc:
            self.show_banner(str(exc), ok=False)
            self.reset_search()
            return
        self.reset_search()
        self.open_profile(customer_id, found_by)

    @Slot(str)
    def on_scan_received(self, payload: str) -> None:
        self.open_card(payload, "scan")

    def current_customer(self) -> int | None:
        return self.profile.profile.id if self.profile.profile and self.pages.currentIndex() == 1 else None

    # -- customers ------------------------------------------------------------------------------------
    def new_customer(self) -> None:
        typed = self.search_box.text().strip()
        from app.services.customers import CustomerInput
        from app.services.folding import looks_like_phone

        initial = None
        if typed and not tokens.parse(typed):
            initial = CustomerInput(
                name="" if looks_like_phone(typed) or "@" in typed else typed,
                phone=typed if looks_like_phone(typed) else "",
                email=typed if "@" in typed else "",
            )
        dialog = CustomerDialog(
            self.region, lambda d: self.services.customers.add(d), self._duplicate_name, initial, self
        )
        dialog.setWindowTitle(self.tr("New customer"))
        if dialog.exec() and dialog.saved_id:
            self.reset_search()
            self.open_profile(dialog.saved_id, "manual")
            self.profile.show_message(self.tr("✓ Welcome, {n}!").format(n=self.profile.profile.name))

    def edit_customer(self) -> None:
        customer_id = self.current_customer()
        if customer_id is None:
            return
        dialog = CustomerDialog(
            self.region,
            lambda d: self.services.customers.update(customer_id, d) or customer_id,
            lambda p, e: self._duplicate_name(p, e, customer_id),
            self.services.customers.as_input(customer_id),
            self,
        )
        if dialog.exec():
            self.open_profile(customer_id, self.found_by)
            self.profile.show_message(self.tr("✓ Saved."))

    def _duplicate_name(self, phone: str | None, email: str | None, exclude: int | None = None) -> str | None:
        other = self.services.customers.find_duplicate(phone, email, exclude)
        return self.services.customers.get(other).name if other else None

    # -- messages -------------------------------------------------------------------------------------
    def show_banner(self, text: str, ok: bool = True) -> None:
        self.banner.setObjectName("toastOk" if ok else "toastError")
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.banner.setText(text)
        self.banner.show()
        self._banner_timer.start()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.services.close()
        super().closeEvent(event)
