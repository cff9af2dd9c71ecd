"""The counter: one search box that owns the keyboard, the results, and the profile of whoever is served."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import OperationalError

from app.application import Services
from app.codes import tokens
from app.services import phones
from app.services.cards import CardError
from app.services.customers import NotFound
from app.services.loyalty import LoyaltyError
from app.services.roles import OwnerPin, PinError
from app.services.visits import VisitError
from app.ui.actions import OwnerActions
from app.ui.customer_dialog import CustomerDialog
from app.ui.models import HitRole, ResultsModel
from app.ui.owner import OwnerGate
from app.ui.profile_panel import ProfilePanel, ProfileScroll
from app.ui.results_delegate import ResultDelegate
from app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
RETRIES, RETRY_MS = 5, 2000
COUNTER_ERRORS = (PinError, CardError, NotFound, LoyaltyError, VisitError, ValueError)


class MainWindow(OwnerActions, QMainWindow):
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
        self._build_menus()
        self._build_shortcuts()
        self.reload_menu()
        self.show_idle_list()
        self.search_box.setFocus()

    # -- building -------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.add_action(file_menu, self.tr("&Export the day…"), self.export_day, "Ctrl+Shift+E")
        self.add_action(file_menu, self.tr("&Import customers…"), self.import_customers)
        file_menu.addSeparator()
        self.add_action(file_menu, self.tr("&Back up now"), self.backup_now)
        self.add_action(file_menu, self.tr("&Restore a backup…"), self.restore_backup)
        file_menu.addSeparator()
        self.add_action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        customers = self.menuBar().addMenu(self.tr("&Customers"))
        self.add_action(customers, self.tr("&New customer…"), self.new_customer, "Ctrl+N")
        self.add_action(customers, self.tr("&Edit customer…"), self.edit_customer, "Ctrl+E")
        self.add_action(customers, self.tr("&Find"), self.focus_search, "Ctrl+F")
        customers.addSeparator()
        self.add_action(customers, self.tr("&Issue a loyalty card"), lambda: self.card_action("issue"))
        self.add_action(customers, self.tr("&Replace a lost card"), lambda: self.card_action("reissue"))
        self.add_action(customers, self.tr("Re&voke the card"), lambda: self.card_action("revoke"))
        self.add_action(customers, self.tr("Scan with the &camera…"), self.open_camera, "Ctrl+K")
        self.add_action(customers, self.tr("&Adjust points…"), self.adjust_points)
        customers.addSeparator()
        self.add_action(customers, self.tr("Export this person's &data…"), self.export_person)
        self.add_action(customers, self.tr("Erase this person…"), self.erase_person)
        self.shop_menu = self.menuBar().addMenu(self.tr("&Shop"))
        self.add_action(self.shop_menu, self.tr("&Menu items…"), self.edit_menu_items)
        self.add_action(self.shop_menu, self.tr("&Print loyalty cards…"), self.print_cards, "Ctrl+P")
        self.add_action(self.shop_menu, self.tr("&Loyalty rules and rewards…"), self.edit_loyalty)
        self.add_action(
            self.shop_menu, self.tr("&Regulars: VIPs, lapsed, segments…"), self.show_regulars, "Ctrl+R"
        )
        self.shop_menu.addSeparator()
        self.add_action(self.shop_menu, self.tr("&Settings…"), self.edit_settings)
        self.add_action(self.shop_menu, self.tr("&Audit log…"), self.show_audit)
        self.add_action(self.shop_menu, self.tr("Set the owner &PIN…"), self.set_owner_pin)
        self.add_action(self.shop_menu, self.tr("&Lock owner mode"), self.owner.lock, "Ctrl+L")
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.add_action(self.help_menu, self.tr("Where is my data?"), self._show_data_location)

    def add_action(self, menu: Any, text: str, slot: Callable[[], Any], shortcut: Any = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        return action

    def _build_shortcuts(self) -> None:
        for key, slot in ((Qt.Key.Key_Escape, self.reset_search), (Qt.Key.Key_F2, self.record_usual)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, activated=self.profile._on_record_clicked)

    def reload_menu(self) -> None:
        self.profile.set_menu(self.services.items.list())

    # -- search ---------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
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
        if tokens.parse(query):
            self.results_model.set_hits([])
            self.results_hint.setText(self.tr("That looks like a card code: press Enter."))
            return
        if not query:
            self.show_idle_list()
            return
        self.side_title.setText(self.tr("Customers"))
        hits = self.services.search.search(query)
        self.results_model.set_hits(hits)
        if hits:
            self.results.setCurrentIndex(self.results_model.index(0))
        if query and not hits:
            self.results_hint.setText(
                self.tr("Nobody matches “{q}”. Ctrl+N adds a new customer.").format(q=query[:40])
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

    def _move_selection(self, step: int) -> None:
        count = self.results_model.rowCount()
        if not count:
            return
        row = max(0, min(count - 1, self.results.currentIndex().row() + step))
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
        self.search_box.clear()
        self.search_box.setFocus()

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

    @Slot()
    def record_usual(self) -> None:
        customer_id = self.current_customer()
        if customer_id is None:
            return
        self._record(
            lambda ref: self.services.visits.record_usual(customer_id, self.found_by, client_ref=ref)
        )

    @Slot(list, object)
    def _on_visit_requested(self, items: list[tuple[int, int]], amount: int | None) -> None:
        customer_id = self.current_customer()
        if customer_id is not None:
            self._record(
                lambda ref: self.services.visits.record(
                    customer_id, items, amount, self.found_by, client_ref=ref
                )
            )

    def _record(self, write: Callable[[str], Any], ref: str | None = None, attempt: int = 1) -> None:
        """Save a visit; if the database is unreachable, keep the order on screen and retry with the same
        reference, so the visit is neither lost nor counted twice."""
        ref = ref or str(uuid.uuid4())
        try:
            visit = write(ref)  # returns only once the visit is committed to disk
        except COUNTER_ERRORS as exc:
            self.profile.show_message(str(exc), ok=False)
            return
        except OperationalError:
            log.exception("saving a visit failed (attempt %d)", attempt)
            if attempt < RETRIES:
                self.profile.show_message(
                    self.tr("Not saved yet: the database is busy or unreachable. Trying again…"), ok=False
                )
                QTimer.singleShot(RETRY_MS, lambda: self._record(write, ref, attempt + 1))
            else:
                self.profile.show_message(
                    self.tr(
                        "The visit was NOT saved: the database cannot be reached. "
                        "The order is kept; press the button again."
                    ),
                    ok=False,
                )
            return
        at = visit.at.astimezone(self.profile.visits_model.zone)
        self.open_profile(self.profile.profile.id, self.found_by)
        self.profile.show_message(
            self.tr("✓ Visit saved at {t} — {m}").format(t=f"{at:%H:%M}", m=visit.message)
        )
        self.search_box.clear()
        self.search_box.setFocus()

    @Slot(str)
    def _on_redeem_requested(self, reward: str) -> None:
        customer_id = self.current_customer()
        if customer_id is None:
            return
        name = self.profile.profile.name
        answer = QMessageBox.question(
            self, self.tr("Give a reward"), self.tr("Give {r} to {n}?").format(r=reward.lower(), n=name)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.services.loyalty.redeem(customer_id, reward)
        except COUNTER_ERRORS as exc:
            self.profile.show_message(str(exc), ok=False)
            return
        self.open_profile(customer_id, self.found_by)
        self.profile.show_message(self.tr("✓ {r} given to {n}.").format(r=reward, n=name))

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

    def edit_menu_items(self) -> None:
        if not self.owner.require(self):
            return
        from app.ui.items_dialog import ItemsDialog

        ItemsDialog(self.services.items, self).exec()
        self.reload_menu()

    # -- messages -------------------------------------------------------------------------------------
    def show_banner(self, text: str, ok: bool = True) -> None:
        self.banner.setObjectName("toastOk" if ok else "toastError")
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.banner.setText(text)
        self.banner.show()
        self._banner_timer.start()

    def _show_data_location(self) -> None:
        where = str(self.services.paths.root) if self.services.is_sqlite else self.services.url.split("@")[-1]
        QMessageBox.information(
            self,
            self.tr("Your data"),
            self.tr("Everything is kept on this computer in:\n{p}\n\nBackups: {b}").format(
                p=where, b=self.services.paths.backups
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.services.close()
        super().closeEvent(event)
