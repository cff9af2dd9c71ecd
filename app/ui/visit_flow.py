"""Saving visits and rewards at the counter, taking them back: the undo bar, voiding with a reason, retries."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QInputDialog, QLabel, QMenu, QMessageBox, QPushButton
from sqlalchemy.exc import OperationalError

from app.errors import AppError
from app.services.money import format_money
from app.services.undo import UNDO_SECONDS

log = logging.getLogger(__name__)
RETRIES, RETRY_MS = 5, 2000
ERRORS = (AppError, ValueError)


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
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
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


class VisitFlow:
    """Mixed into MainWindow; uses its services, profile panel, undo bar, owner gate and clock."""

    def _current_or_say_why(self) -> int | None:
        customer_id = self.current_customer()
        if customer_id is None:
            self.show_banner(
                self.tr("Nobody's profile is open: find the customer or scan their card first."), ok=False
            )
        return customer_id

    def record_usual(self) -> None:
        customer_id = self._current_or_say_why()
        if customer_id is not None and self.profile.usual_allergy_ok() and self._not_a_slip(customer_id):
            self._record(
                lambda ref: self.services.visits.record_usual(customer_id, self.found_by, client_ref=ref)
            )

    def _on_visit_requested(self, items: list[tuple[int, int]], amount: int | None) -> None:
        customer_id = self._current_or_say_why()
        if customer_id is not None and self._not_a_slip(customer_id):
            self._record(
                lambda ref: self.services.visits.record(
                    customer_id, items, amount, self.found_by, client_ref=ref
                )
            )

    def _not_a_slip(self, customer_id: int) -> bool:
        """A second visit for the same person within moments is asked about, not silently recorded."""
        last_id, last_at = self._last_saved
        if last_id != customer_id or self.clock() - last_at >= self.repeat_seconds:
            return True
        return self.confirm_again(self.profile.profile.name)

    def _confirm_again(self, name: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Record another visit?"),
            self.tr("A visit for {n} was saved a moment ago. Record a second visit?").format(n=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _record(self, write: Callable[[str], Any], ref: str | None = None, attempt: int = 1) -> None:
        """Save a visit; if the database is unreachable, keep the order on screen and retry with the same
        reference, so the visit is neither lost nor counted twice."""
        ref = ref or str(uuid.uuid4())
        try:
            visit = write(ref)  # returns only once the visit is committed to disk
        except ERRORS as exc:
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
        customer_id = self.profile.profile.id
        self._last_saved = (customer_id, self.clock())
        self.open_profile(customer_id, self.found_by)
        paid = (
            f"{format_money(visit.amount_cents, self.currency)} · " if visit.amount_cents is not None else ""
        )
        text = self.tr("✓ Visit saved at {t} — {p}{m}").format(t=f"{at:%H:%M}", p=paid, m=visit.message)
        self.profile.show_message(text)
        self._offer_undo(text, lambda: self._undo_visit(visit.id))
        self.search_box.clear()
        self.search_box.setFocus()

    def _offer_undo(self, text: str, undo: Callable[[], None]) -> None:
        self._undo = undo
        self.profile.message.hide()  # the bar says it, with its Undo button
        self.undo_bar.offer(text)

    def _on_undo_requested(self) -> None:
        undo, self._undo = self._undo, None
        self.undo_bar.hide()
        if undo is not None:
            undo()

    def _undo_visit(self, visit_id: int) -> None:
        try:
            taken = self.services.visits.undo(visit_id)
        except ERRORS as exc:
            self.profile.show_message(str(exc), ok=False)
            return
        self._last_saved = (None, 0.0)
        self._after_correction(self.tr("Visit undone") + self._taken_back(taken))

    def _taken_back(self, points: int) -> str:
        return (
            self.tr("; {p} taken back.").format(p=self.profile.profile.rules.units(points)) if points else "."
        )

    def _after_correction(self, text: str) -> None:
        if self.current_customer() is not None:
            self.open_profile(self.current_customer(), self.found_by)
            self.profile.show_message("✓ " + text)

    def _on_redeem_requested(self, reward: str) -> None:
        customer_id = self._current_or_say_why()
        if customer_id is None:
            return
        name = self.profile.profile.name
        answer = QMessageBox.question(
            self, self.tr("Give a reward"), self.tr("Give {r} to {n}?").format(r=reward.lower(), n=name)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            given = self.services.loyalty.give(customer_id, reward)
        except ERRORS as exc:
            self.profile.show_message(str(exc), ok=False)
            return
        self.open_profile(customer_id, self.found_by)
        text = self.tr("✓ {r} given to {n}.").format(r=reward, n=name)
        self.profile.show_message(text)
        self._offer_undo(text, lambda: self._undo_reward(given.entry_id, reward))

    def _undo_reward(self, entry_id: int, reward: str) -> None:
        try:
            self.services.loyalty.undo_redemption(entry_id)
        except ERRORS as exc:
            self.profile.show_message(str(exc), ok=False)
            return
        self._after_correction(self.tr("{r} taken back; the points are returned.").format(r=reward))

    # -- voiding a recent visit ------------------------------------------------------------------------
    def _on_visits_menu(self, pos: QPoint) -> None:
        index = self.profile.visits.indexAt(pos)
        if not index.isValid():
            return
        row = self.profile.visits_model.rows[index.row()]
        self.visit_menu = QMenu(self)
        action = self.visit_menu.addAction(self.tr("Void this visit…"))
        action.setEnabled(not row.voided)
        action.triggered.connect(lambda _=False, v=row.id: self.void_visit(v))
        self.visit_menu.popup(self.profile.visits.viewport().mapToGlobal(pos))

    def void_visit(self, visit_id: int) -> None:
        """Void with a reason; past the undo window only the owner may (the PIN is asked for)."""
        try:
            undoable = self.services.visits.within_undo_window(visit_id)
        except ERRORS as exc:
            self.profile.show_message(str(exc), ok=False)
            return
        if not undoable and not self.owner.require(self):
            return
        reason = self.ask_reason()
        if reason is None:
            return
        try:
            taken = self.services.visits.void(visit_id, reason, "counter" if undoable else "owner")
        except ERRORS as exc:
            self.profile.show_message(str(exc), ok=False)
            return
        self._after_correction(self.tr("Visit voided") + self._taken_back(taken))

    def _ask_reason(self) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Void a visit"),
            self.tr("Why is this visit void? (kept in the audit log, e.g. “rang up the wrong person”)"),
        )
        return text if ok else None
