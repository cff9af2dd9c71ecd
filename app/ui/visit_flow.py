"""Saving visits and rewards at the counter, taking them back: the undo bar, voiding with a reason, retries.

Every save goes through the runner's write lane: the window says "saved" only once the shop has committed
it, and a save that met a busy or unreachable database is tried again with the same reference, so it is
neither lost nor counted twice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QWidget,
)

from app.services.undo_window import UNDO_SECONDS
from app.ui import confirm as ask
from app.ui import wording
from app.ui.counter_state import CounterState, Serving
from app.ui.ops import Ops
from app.ui.owner import OwnerGate
from app.ui.profile_panel import ProfilePanel

RETRIES, RETRY_MS = 5, 2000


class UndoBar(QFrame):
    """What was just saved, with an Undo button for UNDO_SECONDS.

    Signals:
        undo_requested(): staff pressed Undo.
    """

    undo_requested = Signal()

    def __init__(self) -> None:
        super().__init__(objectName="undoBar")
        self.text = QLabel(objectName="undoText")
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("Undo"), objectName="undoButton")
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.button.setToolTip(self.tr("Ctrl+Z"))
        self.button.clicked.connect(self.undo_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 8, 8, 8)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.timer = QTimer(self, singleShot=True, interval=UNDO_SECONDS * 1000)
        self.timer.timeout.connect(self.hide)
        self.hide()

    def offer(self, text: str) -> None:
        self.text.setText(text)
        self.show()
        self.timer.start()


class VisitActions(QObject):
    """Visits, rewards and their corrections for whoever `state` says is being served.

    `reopen(customer_id)` re-reads the open profile after a change; `banner(text, ok)` speaks when no
    profile is open any more; `done()` hands the keyboard back to the search box after a save.
    """

    def __init__(
        self,
        ops: Ops,
        state: CounterState,
        profile: ProfilePanel,
        undo_bar: UndoBar,
        owner: OwnerGate,
        reopen: Callable[[int], None],
        banner: Callable[[str, bool], None],
        done: Callable[[], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._ops, self._state, self._profile, self._undo_bar = ops, state, profile, undo_bar
        self._owner, self._reopen, self._banner, self._done = owner, reopen, banner, done
        self._parent = parent
        self._undo: Callable[[], None] | None = None
        self.currency = ""
        self.confirm_again: Callable[[str], bool] = self._confirm_again  # tests replace these two
        self.ask_reason: Callable[[], str | None] = self._ask_reason
        undo_bar.undo_requested.connect(self._on_undo_requested)
        # The keyboard's way to the right-click menu: Delete (or the Menu key) on the chosen recent visit.
        for key in (QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence(Qt.Key.Key_Menu)):
            QShortcut(key, profile.visits, self.void_chosen, context=Qt.ShortcutContext.WidgetShortcut)

    def forget_undo(self) -> None:
        self._undo = None
        self._undo_bar.hide()

    def _serving_or_say_why(self) -> Serving | None:
        if self._state.serving is None:
            self._banner(
                self.tr("Nobody's profile is open: find the customer or scan their card first."), False
            )
        elif self._state.moving_on:  # the person on screen is being left: record on nobody yet
            self._banner(
                self.tr("Another profile is still opening: press again once it is on screen."), False
            )
            return None
        return self._state.serving

    def _say(self, serving: Serving, text: str, ok: bool = True) -> None:
        """On the profile if that person is still open, else on the window's banner."""
        if self._state.is_serving(serving.customer_id):
            self._profile.show_message(text, ok)
        else:
            self._banner(text, ok)

    # -- recording --------------------------------------------------------------------------------------
    def record_usual(self) -> None:
        serving = self._serving_or_say_why()
        if serving is not None and self._profile.usual_allergy_ok() and self._not_a_slip(serving):
            self._record(
                serving,
                lambda shop, ref: shop.counter.record_usual(serving.customer_id, serving.found_by, ref),
            )

    def record(self, items: list[tuple[int, int]], amount: int | None) -> None:
        serving = self._serving_or_say_why()
        if serving is not None and self._not_a_slip(serving):
            self._record(
                serving,
                lambda shop, ref: shop.counter.record_visit(
                    serving.customer_id, items, amount, serving.found_by, ref
                ),
            )

    def _not_a_slip(self, serving: Serving) -> bool:
        return not self._state.may_be_a_slip(serving.customer_id) or self.confirm_again(serving.name)

    def _confirm_again(self, name: str) -> bool:
        return ask.confirm(
            self._parent,
            self.tr("Record another visit?"),
            self.tr("A visit for {n} was saved a moment ago. Record a second visit?").format(n=name),
            yes=self.tr("Record a second visit"),
            no=self.tr("No, one visit"),
            danger=True,
        )

    def _record(
        self, serving: Serving, call: Callable[[Any, str], Any], ref: str = "", attempt: int = 1
    ) -> None:
        """The visit is confirmed on screen only when the write lane answers: it is on disk by then."""
        from uuid import uuid4

        ref = ref or uuid4().hex

        def failed(message: str) -> None:
            if not getattr(message, "busy", False):
                self._say(serving, message, ok=False)
            elif attempt < RETRIES:
                self._say(
                    serving,
                    self.tr("Not saved yet: the database is busy or unreachable. Trying again…"),
                    False,
                )
                QTimer.singleShot(RETRY_MS, lambda: self._record(serving, call, ref, attempt + 1))
            else:
                self._say(
                    serving,
                    self.tr(
                        "The visit was NOT saved: the database cannot be reached. "
                        "The order is kept; press the button again."
                    ),
                    False,
                )

        self._ops.write(lambda shop: call(shop, ref), lambda visit: self._saved(serving, visit), failed)

    def _saved(self, serving: Serving, visit: Any) -> None:
        self._state.saved(serving.customer_id)
        at = visit.at.astimezone(self._profile.visits_model.zone)
        paid = (
            f"{wording.money(visit.amount_cents, self.currency)} · " if visit.amount_cents is not None else ""
        )
        text = self.tr("✓ Visit saved at {t} — {p}{m}").format(
            t=wording.clock(at), p=paid, m=wording.said(visit.message)
        )
        if not self._state.is_serving(serving.customer_id):
            self._banner(self.tr("{n}: {t}").format(n=serving.name, t=text), True)
            return
        self._reopen(serving.customer_id)
        self._offer_undo(text, lambda: self._undo_visit(visit.id))
        self._done()

    def _offer_undo(self, text: str, undo: Callable[[], None]) -> None:
        self._profile.show_message(text)  # kept in the label for the screen reader; the bar shows it
        self._undo = undo
        self._profile.message.hide()  # the bar says it, with its Undo button
        self._undo_bar.offer(text)

    def _on_undo_requested(self) -> None:
        undo, self._undo = self._undo, None
        self._undo_bar.hide()
        if undo is not None:
            undo()

    def _undo_visit(self, visit_id: int) -> None:
        def undone(taken: int) -> None:
            self._state.forget_saved()
            self._after_correction(self.tr("Visit undone") + self._taken_back(taken))

        self._ops.write(lambda shop: shop.counter.undo_visit(visit_id), undone, self._show_error)

    def _show_error(self, message: str) -> None:
        self._profile.show_message(message, ok=False)

    def _taken_back(self, points: int) -> str:
        profile = self._profile.profile
        if not points or profile is None:
            return "."
        return self.tr("; {p} taken back.").format(p=wording.said(profile.rules.units(points)))

    def _after_correction(self, text: str) -> None:
        customer_id = self._state.customer_id
        if customer_id is not None:
            self._reopen(customer_id)
            self._profile.show_message("✓ " + text)
        else:
            self._banner("✓ " + text, True)

    # -- rewards ------------------------------------------------------------------------------------------
    def redeem(self, reward: str) -> None:
        serving = self._serving_or_say_why()
        if serving is None:
            return
        if not ask.confirm(
            self._parent,
            self.tr("Give a reward"),
            self.tr("Give {r} to {n}?").format(r=reward.lower(), n=serving.name),
            yes=self.tr("Give {r}").format(r=reward.lower()),
            no=self.tr("Not now"),
        ):
            return

        def given(redemption: Any) -> None:
            text = self.tr("✓ {r} given to {n}.").format(r=reward, n=serving.name)
            if self._state.is_serving(serving.customer_id):
                self._reopen(serving.customer_id)
                self._offer_undo(text, lambda: self._undo_reward(redemption.entry_id, reward))
            else:
                self._banner(text, True)

        self._ops.write(
            lambda shop: shop.counter.give_reward(serving.customer_id, reward),
            given,
            lambda message: self._say(serving, message, False),
        )

    def _undo_reward(self, entry_id: int, reward: str) -> None:
        self._ops.write(
            lambda shop: shop.counter.undo_reward(entry_id),
            lambda _balance: self._after_correction(
                self.tr("{r} taken back; the points are returned.").format(r=reward)
            ),
            self._show_error,
        )

    # -- voiding a recent visit ------------------------------------------------------------------------
    def show_visits_menu(self, pos: QPoint) -> None:
        index = self._profile.visits.indexAt(pos)
        if not index.isValid():
            return
        row = self._profile.visits_model.rows[index.row()]
        self.visit_menu = QMenu(self._parent)
        action = self.visit_menu.addAction(self.tr("Void this visit…"))
        action.setEnabled(not row.voided)
        action.triggered.connect(lambda _=False, v=row.id: self.void_visit(v))
        self.visit_menu.popup(self._profile.visits.viewport().mapToGlobal(pos))

    def void_chosen(self) -> None:
        index = self._profile.visits.currentIndex()
        if index.isValid() and not self._profile.visits_model.rows[index.row()].voided:
            self.void_visit(self._profile.visits_model.rows[index.row()].id)

    def void_visit(self, visit_id: int) -> None:
        """Void with a reason; past the undo window only the owner may (the PIN is asked for)."""
        self._ops.read(
            lambda shop: shop.counter.within_undo_window(visit_id),
            lambda undoable: self._void(visit_id, bool(undoable)),
            self._show_error,
        )

    def _void(self, visit_id: int, undoable: bool) -> None:
        if not undoable and not self._owner.require(self._parent):
            return
        reason = self.ask_reason()
        if reason is None:
            return
        actor = "counter" if undoable else "owner"
        self._ops.write(
            lambda shop: shop.counter.void_visit(visit_id, reason, actor),
            lambda taken: self._after_correction(self.tr("Visit voided") + self._taken_back(taken)),
            self._show_error,
        )

    def _ask_reason(self) -> str | None:
        text, ok = QInputDialog.getText(
            self._parent,
            self.tr("Void a visit"),
            self.tr("Why is this visit void? (kept in the audit log, e.g. “rang up the wrong person”)"),
        )
        return text if ok else None
