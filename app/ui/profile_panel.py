"""The customer at the counter: who they are, what to watch out for, their usual, their stamps."""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui import wording
from app.ui.allergens import allergen_word
from app.ui.card_box import CardBox
from app.ui.conversation_cues import ConversationCues
from app.ui.meter import Meter
from app.ui.models import VisitsModel
from app.ui.ops import Ops
from app.ui.order_box import OrderBox

if TYPE_CHECKING:  # the data layer loads after the window is up
    from app.services.items import ItemRow
    from app.services.profile import Profile
    from app.shop.cards import CardState


def _panel(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(objectName="panel")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 14)
    layout.setSpacing(8)
    heading = QLabel(title.upper(), objectName="panelTitle")
    layout.addWidget(heading)
    return frame, layout


def _invalidate(layout: QLayout | None) -> None:
    if layout is None:
        return
    layout.invalidate()
    for n in range(layout.count()):
        item = layout.itemAt(n)
        if item is not None and (inner := item.layout()) is not None:
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
        card_changed(object): a card was issued or printed from the profile (its new CardState).

    With `ops`, the card line offers to issue or print; without, it only says what the card is.
    """

    usual_requested = Signal()
    visit_requested = Signal(list, object)
    redeem_requested = Signal(str)
    edit_requested = Signal()
    surprise_given = Signal()
    feedback_requested = Signal()
    card_changed = Signal(object)

    def __init__(
        self, zone: str, currency: str, parent: QWidget | None = None, ops: Ops | None = None
    ) -> None:
        super().__init__(parent)
        self.zone, self.currency = zone, currency
        self.profile: Profile | None = None

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
        self.feedback_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        cue_row = QHBoxLayout()
        cue_row.addWidget(self.cue, 1)
        cue_row.addWidget(self.cue_button)
        self.cue_box = QWidget()
        self.cue_box.setLayout(cue_row)
        cue_row.setContentsMargins(0, 0, 0, 0)
        # Complaints, talking points and suggestions share one area beside the items, never above them.
        self.conversation = ConversationCues()
        self.conversation.add_extra(self.cue_box)

        usual_box, usual_layout = _panel(self.tr("The usual"))
        self.usual_items = QLabel(objectName="usualItems")
        self.usual_items.setWordWrap(True)
        self.usual_button = QPushButton(self.tr("Record the usual   F2"), objectName="bigAction")
        self.usual_button.clicked.connect(self.usual_requested)
        usual_layout.addWidget(self.usual_items)
        usual_layout.addWidget(self.usual_button)

        self.order = OrderBox(currency)
        self.order.visit_requested.connect(self.visit_requested)
        self.order.problem.connect(lambda text: self.show_message(text, ok=False))
        # The order's parts, under the names the window and its tests know.
        self.item_grid, self.amount = self.order.item_grid, self.order.amount
        self.basket_label, self.record_button = self.order.basket_label, self.order.record_button
        self.clear_button = self.order.clear_button

        loyalty_box, loyalty_layout = _panel(self.tr("Loyalty"))
        self.balance = QLabel(objectName="balance")
        self.progress = Meter()
        self.next_reward = QLabel(objectName="subtle")
        self.rewards_row = QHBoxLayout()
        loyalty_layout.addWidget(self.balance)
        loyalty_layout.addWidget(self.progress)
        loyalty_layout.addWidget(self.next_reward)
        loyalty_layout.addLayout(self.rewards_row)
        self.card = CardBox(zone, ops)
        self.card.changed.connect(self._on_card_changed)
        loyalty_layout.addWidget(self.card)

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
        self.visits.setAccessibleName(self.tr("Recent visits"))
        self.visits.setModel(self.visits_model)
        self.visits.verticalHeader().hide()
        self.visits.setShowGrid(False)
        self.visits.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.visits.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.visits.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # arrows choose a visit, Delete voids it
        self.visits.setTabKeyNavigation(False)  # Tab leaves the table; it does not walk its cells
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
        left.addWidget(self.order)
        left.addStretch()
        right = QVBoxLayout()
        right.addWidget(self.conversation)
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
        layout.addLayout(columns)
        layout.addWidget(history_box, 1)
        self.message.hide()
        self.cue_box.hide()

    def set_shop(self, zone: str, currency: str) -> None:
        """The shop's zone and currency, known once the shop has opened."""
        self.zone, self.currency = zone, currency
        self.visits_model.zone, self.visits_model.currency = ZoneInfo(zone), currency
        self.visits_model.set_rows(self.visits_model.rows)  # worded again in the shop's zone and money

    def show_cues(self, treat: str, can_ask_feedback: bool) -> None:
        """A gentle surprise suggestion (empty for none) and whether to offer the feedback question."""
        self.cue_box.setVisible(bool(treat))
        self.cue.setText(treat)
        self.feedback_button.setVisible(can_ask_feedback)

    def set_menu(self, items: list[ItemRow]) -> None:
        self.order.set_menu(items)
        self._order_tabs()

    @property
    def _item_buttons(self) -> list[QPushButton]:
        return self.order._item_buttons

    @property
    def _item_names(self) -> dict[int, str]:
        return {i: row.name for i, row in self.order.basket.menu.items()}

    def fit_width(self, width: int) -> None:
        """Use as many item columns (4, 3 or 2) as keep the profile within `width`, so it never scrolls sideways."""
        for columns in (4, 3, 2):
            self.order.place_items(columns)
            _invalidate(self.layout())
            if self.minimumSizeHint().width() <= width:
                return

    def show_profile(self, profile: Profile, keep_message: bool = False) -> None:
        self.profile = profile
        self.name.setText(
            self.tr("{name} (name unknown)").format(name=profile.name)
            if profile.name_unknown
            else profile.name
        )
        days = profile.birthday_in_days
        self.birthday.setVisible(days is not None and days <= 7)
        if days is not None:
            self.birthday.setText(wording.birthday_badge(days))
        self.card_badge.setVisible(profile.card is not None)
        self.card_badge.setText(self.tr("Card") + f" …{profile.card.token[-4:]}" if profile.card else "")
        self.card.show_for(profile.id, profile.card)
        self.contact.setText("   ·   ".join(x for x in (profile.phone_display, profile.email or "") if x))
        self.contact.setVisible(bool(self.contact.text()))
        from app.services.customers import ALLERGY_FLAGS  # loaded after the window is up

        allergies = [allergen_word(f, short=True).upper() for f in profile.flags if f in ALLERGY_FLAGS]
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
        self.conversation.show_profile(profile, self.zone)
        if not keep_message:
            self.message.hide()
        self.order.set_customer(profile.name, profile.flags)
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab follows the counter's work: the usual, the items, the amount, record; then the rest."""
        rewards = [self.rewards_row.itemAt(i).widget() for i in range(self.rewards_row.count())]
        chain = [self.usual_button, *self._item_buttons, self.amount, self.record_button, self.clear_button]
        chain += [*rewards, self.card.issue_button, self.card.print_button, self.feedback_button]
        for first, second in pairwise([*chain, self.edit_button, self.visits]):
            QWidget.setTabOrder(first, second)

    def _show_loyalty(self, profile: Profile) -> None:
        rules = profile.rules
        self.balance.setText(self._units(rules.unit, profile.points))
        self.progress.show_points(profile.points, profile.reward_goal)
        self.next_reward.setText(
            self.tr("{more} to a {reward}").format(
                more=self._units(rules.unit, profile.next_reward_cost - profile.points, "more"),
                reward=(profile.next_reward_name or "").lower(),
            )
            if profile.next_reward_cost is not None
            else ""
        )
        while self.rewards_row.count():
            item = self.rewards_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget:
                widget.deleteLater()
        for reward in profile.can_redeem:
            button = QPushButton(self.tr("Give {reward}").format(reward=reward.name.lower()))
            button.clicked.connect(lambda _=False, name=reward.name: self.redeem_requested.emit(name))
            self.rewards_row.addWidget(button)

    def _visit_summary(self, profile: Profile) -> str:
        if not profile.visit_count:
            return self.tr("First visit today? Welcome them!")
        last = profile.last_visit.astimezone(ZoneInfo(self.zone)) if profile.last_visit else None
        days = (datetime.now(ZoneInfo(self.zone)).date() - last.date()).days if last else 0
        when = (
            self.tr("today")
            if days == 0
            else self.tr("yesterday")
            if days == 1
            else self.tr("%n day(s) ago", "", days)
        )
        visits = self.tr("%n visit(s)", "", profile.visit_count)
        return self.tr("{visits} · last visit {when}").format(visits=visits, when=when)

    def _units(self, unit: str, n: int, more: str = "") -> str:
        """'1 stamp', '5 points', '3 more stamps': Qt's plural forms, per language."""
        if more:
            return (
                self.tr("%n more stamp(s)", "", n) if unit == "stamp" else self.tr("%n more point(s)", "", n)
            )
        return self.tr("%n stamp(s)", "", n) if unit == "stamp" else self.tr("%n point(s)", "", n)

    def show_message(self, text: str, ok: bool = True) -> None:
        self.message.setObjectName("toastOk" if ok else "toastError")
        self.message.style().unpolish(self.message)  # the stylesheet keys on the object name
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.show()

    @Slot(object)
    def _on_card_changed(self, state: CardState) -> None:
        self.card_badge.setVisible(state.state in ("unprinted", "printed"))
        self.card_badge.setText(self.tr("Card") + f" …{state.payload[-4:]}" if state.payload else "")
        self.card_changed.emit(state)

    # -- the order (OrderBox does the work) -----------------------------------------------------------------
    @Slot()
    def add_to_basket(self, item_id: int) -> None:
        """Tap an item: asks first, loudly, when it holds something the customer is allergic to."""
        self.order.add_to_basket(item_id)

    @Slot()
    def clear_basket(self) -> None:
        self.order.clear_basket()

    def amount_cents(self) -> int | None:
        return self.order.amount_cents()

    def usual_allergy_ok(self) -> bool:
        """Before recording the usual: True unless an item in it clashes with the customer's allergies and
        staff said not to add it."""
        if self.profile is None:
            return True
        return all(self.order.allergy_ok(u.item_id) for u in self.profile.usual)

    @Slot()
    def _on_record_clicked(self) -> None:
        self.order._on_record_clicked()


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
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the profile's buttons

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:  # the window, the splitter or a vertical scroll bar moved
            self.panel.fit_width(self.viewport().width())
        return super().viewportEvent(event)
