"""The customer at the counter: who they are, what to watch out for, their usual, their stamps."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.birthdays import badge
from app.services.customers import ALLERGY_FLAGS
from app.services.items import ItemRow
from app.services.profile import Profile
from app.ui.meter import Meter
from app.ui.models import VisitsModel


def _panel(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(objectName="panel")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 14)
    layout.setSpacing(8)
    heading = QLabel(title.upper(), objectName="panelTitle")
    layout.addWidget(heading)
    return frame, layout


def _invalidate(layout: QLayout) -> None:
    layout.invalidate()
    for n in range(layout.count()):
        if (inner := layout.itemAt(n).layout()) is not None:
            _invalidate(inner)


class ProfilePanel(QWidget):
    """Shows one Profile and turns taps into requests.

    Signals:
        usual_requested(): record the usual order.
        visit_requested(list, object): record a visit with [(item_id, quantity)] and amount in cents or None.
        redeem_requested(str): redeem the named reward.
        edit_requested(): open the customer form.
        surprise_given(): staff gave the suggested treat.
        feedback_requested(): staff wants to ask the NPS question.
    """

    usual_requested = Signal()
    visit_requested = Signal(list, object)
    redeem_requested = Signal(str)
    edit_requested = Signal()
    surprise_given = Signal()
    feedback_requested = Signal()

    def __init__(self, zone: str, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone, self.currency = zone, currency
        self.profile: Profile | None = None
        self._basket: dict[int, int] = {}
        self._item_names: dict[int, str] = {}
        self._item_buttons: list[QPushButton] = []
        self._columns = 4

        self.name = QLabel(objectName="customerName")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name.setWordWrap(True)  # a long name wraps rather than widening the whole profile
        self.birthday = QLabel(objectName="badgeBirthday")
        self.card_badge = QLabel(objectName="badgeCard")
        self.edit_button = QPushButton(self.tr("Edit  (Ctrl+E)"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.contact = QLabel(objectName="subtle")
        self.contact.setWordWrap(True)
        self.allergy = QLabel(objectName="allergyBanner")
        self.allergy.setWordWrap(True)
        self.diet = QLabel(objectName="dietBanner")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.cue = QLabel(objectName="cue")
        self.cue.setWordWrap(True)
        self.cue_button = QPushButton(self.tr("Given"))
        self.cue_button.clicked.connect(self.surprise_given)
        self.feedback_button = QPushButton(self.tr("Ask for feedback"))
        self.feedback_button.clicked.connect(self.feedback_requested)
        self.feedback_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        cue_row = QHBoxLayout()
        cue_row.addWidget(self.cue, 1)
        cue_row.addWidget(self.cue_button)
        self.cue_box = QWidget()
        self.cue_box.setLayout(cue_row)
        cue_row.setContentsMargins(0, 0, 0, 0)

        usual_box, usual_layout = _panel(self.tr("The usual"))
        self.usual_items = QLabel(objectName="usualItems")
        self.usual_items.setWordWrap(True)
        self.usual_button = QPushButton(self.tr("Record the usual   F2"), objectName="bigAction")
        self.usual_button.clicked.connect(self.usual_requested)
        usual_layout.addWidget(self.usual_items)
        usual_layout.addWidget(self.usual_button)

        other_box, other_layout = _panel(self.tr("Something else"))
        self._items_box = other_box
        self.item_grid = QGridLayout()
        self.item_grid.setSpacing(6)
        other_layout.addLayout(self.item_grid)
        self.basket_label = QLabel(objectName="subtle")
        self.basket_label.setWordWrap(True)
        self.amount = QLineEdit(placeholderText=self.tr("Amount"))
        self.amount.setToolTip(
            self.tr("Optional: what they paid, for the day's takings and points per amount")
        )
        validator = QDoubleValidator(0.0, 100000.0, 2, self.amount)
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        self.amount.setValidator(validator)
        self.amount.setMaximumWidth(160)
        self.amount.setMinimumWidth(
            self.amount.fontMetrics().horizontalAdvance(self.amount.placeholderText()) + 24
        )
        self.amount.textChanged.connect(self._update_basket)
        self.amount.returnPressed.connect(self._on_record_clicked)
        self.record_button = QPushButton(self.tr("Record visit"), objectName="bigAction")
        self.record_button.clicked.connect(self._on_record_clicked)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.clear_basket)
        row = QHBoxLayout()
        row.addWidget(self.amount)
        row.addStretch()
        row.addWidget(self.clear_button)
        row.addWidget(self.record_button)
        other_layout.addWidget(self.basket_label)
        other_layout.addLayout(row)

        loyalty_box, loyalty_layout = _panel(self.tr("Loyalty"))
        self.balance = QLabel(objectName="balance")
        self.progress = Meter()
        self.next_reward = QLabel(objectName="subtle")
        self.rewards_row = QHBoxLayout()
        loyalty_layout.addWidget(self.balance)
        loyalty_layout.addWidget(self.progress)
        loyalty_layout.addWidget(self.next_reward)
        loyalty_layout.addLayout(self.rewards_row)

        about_box, about_layout = _panel(self.tr("Good to know"))
        self.preferences = QLabel()
        self.preferences.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.visit_summary = QLabel(objectName="subtle")
        about_layout.addWidget(self.preferences)
        about_layout.addWidget(self.notes)
        about_layout.addWidget(self.visit_summary)

        history_box, history_layout = _panel(self.tr("Recent visits"))
        self.visits_model = VisitsModel(zone, currency)
        self.visits = QTableView()
        self.visits.setModel(self.visits_model)
        self.visits.verticalHeader().hide()
        self.visits.setShowGrid(False)
        self.visits.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.visits.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.visits.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.visits.setMinimumHeight(150)
        history_layout.addWidget(self.visits)

        title_row = QHBoxLayout()
        title_row.addWidget(self.name)
        title_row.addWidget(self.birthday)
        title_row.addWidget(self.card_badge)
        title_row.addStretch()
        title_row.addWidget(self.feedback_button)
        title_row.addWidget(self.edit_button)
        left = QVBoxLayout()
        left.addWidget(usual_box)
        left.addWidget(other_box)
        left.addStretch()
        right = QVBoxLayout()
        right.addWidget(loyalty_box)
        right.addWidget(about_box)
        right.addStretch()
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(title_row)
        layout.addWidget(self.contact)
        layout.addWidget(self.allergy)
        layout.addWidget(self.diet)
        layout.addWidget(self.message)
        layout.addWidget(self.cue_box)
        layout.addLayout(columns)
        layout.addWidget(history_box, 1)
        self.message.hide()
        self.cue_box.hide()

    def show_cues(self, treat: str, can_ask_feedback: bool) -> None:
        """A gentle surprise suggestion (empty for none) and whether to offer the feedback question."""
        self.cue_box.setVisible(bool(treat))
        self.cue.setText(treat)
        self.feedback_button.setVisible(can_ask_feedback)

    def set_menu(self, items: list[ItemRow]) -> None:
        while self.item_grid.count():
            widget = self.item_grid.takeAt(0).widget()
            if widget:
                widget.deleteLater()
        self._item_names = {i.id: i.name for i in items}
        self._item_buttons = []
        for item in items:
            button = QPushButton(item.name, objectName="itemButton")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, i=item.id: self.add_to_basket(i))
            self._item_buttons.append(button)
        columns, self._columns = self._columns, 0  # the new buttons are not in the grid yet
        self._place_items(columns)
        self._update_basket()

    def fit_width(self, width: int) -> None:
        """Use as many item columns (4, 3 or 2) as keep the profile within `width`, so it never scrolls sideways."""
        for columns in (4, 3, 2):
            self._place_items(columns)
            if self.minimumSizeHint().width() <= width:
                return

    def _place_items(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for button in self._item_buttons:
            self.item_grid.removeWidget(button)
        for n, button in enumerate(self._item_buttons):
            self.item_grid.addWidget(button, n // columns, n % columns)
        # Qt refreshes the cached sizes on its next pass; fit_width needs the new minimum now.
        _invalidate(self._items_box.layout())
        self._items_box.updateGeometry()
        _invalidate(self.layout())

    def show_profile(self, profile: Profile, keep_message: bool = False) -> None:
        self.profile = profile
        self.name.setText(profile.name)
        days = profile.birthday_in_days
        self.birthday.setVisible(days is not None and days <= 7)
        if days is not None:
            self.birthday.setText(badge(days))
        self.card_badge.setVisible(profile.card is not None)
        self.card_badge.setText(self.tr("Card") + f" …{profile.card.token[-4:]}" if profile.card else "")
        self.contact.setText("   ·   ".join(x for x in (profile.phone_display, profile.email or "") if x))
        self.contact.setVisible(bool(self.contact.text()))
        allergies = [f.upper() for f in profile.flags if f in ALLERGY_FLAGS]
        diet = [f.capitalize() for f in profile.flags if f not in ALLERGY_FLAGS]
        self.allergy.setVisible(bool(allergies or profile.allergy_note))
        note = f" — {profile.allergy_note}" if profile.allergy_note else ""
        self.allergy.setText(
            "⚠  " + self.tr("Allergy: ") + " · ".join(allergies) + note if allergies else "⚠  " + note[3:]
        )
        self.diet.setVisible(bool(diet))
        self.diet.setText("  ·  ".join(diet))
        if profile.usual:
            self.usual_items.setText(
                " + ".join(f"{u.quantity}× {u.name}" if u.quantity > 1 else u.name for u in profile.usual)
            )
        else:
            self.usual_items.setText(self.tr("No usual yet — pick items below."))
        self.usual_button.setEnabled(bool(profile.usual))
        self._show_loyalty(profile)
        self.preferences.setText(self.tr("Prefers: ") + profile.preferences if profile.preferences else "")
        self.preferences.setVisible(bool(profile.preferences))
        self.notes.setText(self.tr("Notes: ") + profile.notes if profile.notes else "")
        self.notes.setVisible(bool(profile.notes))
        self.visit_summary.setText(self._visit_summary(profile))
        self.visits_model.set_rows(profile.recent)
        if not keep_message:
            self.message.hide()
        self.clear_basket()

    def _show_loyalty(self, profile: Profile) -> None:
        rules = profile.rules
        self.balance.setText(f"{profile.points} {rules.unit}{'' if profile.points == 1 else 's'}")
        self.progress.show_points(profile.points, profile.reward_goal)
        self.next_reward.setText(profile.next_reward)
        while self.rewards_row.count():
            widget = self.rewards_row.takeAt(0).widget()
            if widget:
                widget.deleteLater()
        for reward in profile.can_redeem:
            button = QPushButton(self.tr("Give ") + reward.name.lower())
            button.clicked.connect(lambda _=False, name=reward.name: self.redeem_requested.emit(name))
            self.rewards_row.addWidget(button)

    def _visit_summary(self, profile: Profile) -> str:
        if not profile.visit_count:
            return self.tr("First visit today? Welcome them!")
        last = profile.last_visit.astimezone(ZoneInfo(self.zone)) if profile.last_visit else None
        days = (datetime.now(ZoneInfo(self.zone)).date() - last.date()).days if last else 0
        when = "today" if days == 0 else "yesterday" if days == 1 else f"{days} days ago"
        visits = "1 visit" if profile.visit_count == 1 else f"{profile.visit_count} visits"
        return f"{visits} · last visit {when}"

    def show_message(self, text: str, ok: bool = True) -> None:
        self.message.setObjectName("toastOk" if ok else "toastError")
        self.message.style().unpolish(self.message)  # the stylesheet keys on the object name
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.show()

    @Slot()
    def add_to_basket(self, item_id: int) -> None:
        self._basket[item_id] = self._basket.get(item_id, 0) + 1
        self._update_basket()

    @Slot()
    def clear_basket(self) -> None:
        self._basket.clear()
        self.amount.clear()
        self._update_basket()

    def _update_basket(self) -> None:
        parts = [
            f"{q}× {self._item_names.get(i, '?')}" if q > 1 else self._item_names.get(i, "?")
            for i, q in self._basket.items()
        ]
        self.basket_label.setText(", ".join(parts) if parts else self.tr("Tap items to build the order."))
        self.record_button.setEnabled(bool(self._basket) or bool(self.amount.text().strip()))

    def amount_cents(self) -> int | None:
        text = self.amount.text().strip().replace(",", ".")
        return round(float(text) * 100) if text else None

    @Slot()
    def _on_record_clicked(self) -> None:
        if self.record_button.isEnabled():
            self.visit_requested.emit(list(self._basket.items()), self.amount_cents())


READABLE_WIDTH = 1280


class ProfileScroll(QScrollArea):
    """Holds the profile; when the window narrows, the item buttons take fewer columns instead of a sideways scroll."""

    def __init__(self, panel: ProfilePanel) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        self.setWidget(panel)
        self.panel = panel
        panel.setMaximumWidth(READABLE_WIDTH)  # on a wide screen the profile keeps a readable width
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:  # the window, the splitter or a vertical scroll bar moved
            self.panel.fit_width(self.viewport().width())
        return super().viewportEvent(event)
