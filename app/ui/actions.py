"""The owner's actions of the main window: rules, points, the PIN, cards, the menu, regulars, settings.

Each asks the owner gate first where the owner is needed, then goes through the runner; the window passes
what they need in the constructor (see `CounterView`).
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from app.ui import confirm as ask
from app.ui import wording
from app.ui.counter_state import CounterState
from app.ui.ops import Ops
from app.ui.owner import OwnerGate
from app.ui.profile_panel import ProfilePanel


class CounterView(Protocol):
    """What the actions ask of the window."""

    def open_profile(
        self, customer_id: int, found_by: str = "search", keep_message: bool = False
    ) -> None: ...
    def show_banner(self, text: str, ok: bool = True) -> None: ...
    def reset_search(self) -> None: ...
    def result_ids(self) -> list[int]: ...
    def reload_menu(self) -> None: ...
    def reload_settings(self) -> None: ...
    def on_scan_received(self, payload: str) -> None: ...


class WindowActions(QObject):
    """What every group of the window's actions is given: the runner, the owner gate, who is served, the
    profile panel, the window's view of itself, and the widget dialogs open over."""

    def __init__(
        self,
        ops: Ops,
        owner: OwnerGate,
        state: CounterState,
        profile: ProfilePanel,
        view: CounterView,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._ops, self._owner, self._state, self._profile = ops, owner, state, profile
        self._view, self._parent = view, parent


class OwnerActions(WindowActions):
    def __init__(
        self,
        ops: Ops,
        owner: OwnerGate,
        state: CounterState,
        profile: ProfilePanel,
        view: CounterView,
        parent: QWidget,
    ) -> None:
        super().__init__(ops, owner, state, profile, view, parent)
        self._treat: Any = None
        self.currency = ""

    def _refresh(self, message: str = "") -> None:
        serving = self._state.serving
        if serving is not None:
            self._view.open_profile(serving.customer_id, serving.found_by, keep_message=bool(message))
            if message:
                self._profile.show_message(message)

    def _fail(self, message: str) -> None:
        if self._state.customer_id is not None:
            self._profile.show_message(message, ok=False)
        else:
            self._view.show_banner(message, False)

    # -- rules, points, PIN ---------------------------------------------------------------------------
    def edit_loyalty(self) -> None:
        if not self._owner.require(self._parent) or (shop := self._ops.shop) is None:
            return
        from app.ui.loyalty_dialog import LoyaltyDialog

        LoyaltyDialog(shop.owner, self._ops, self._parent).exec()
        self._refresh()

    def adjust_points(self) -> None:
        serving = self._state.serving
        if serving is None or not self._owner.require(self._parent):
            return
        delta, ok = QInputDialog.getInt(
            self._parent,
            self.tr("Adjust points"),
            self.tr("Add (or take, with a minus) points for {n}:").format(n=serving.name),
            0,
            -10_000,
            10_000,
        )
        if not ok or not delta:
            return
        reason, ok = QInputDialog.getText(
            self._parent, self.tr("Adjust points"), self.tr("Why? (kept in the history)")
        )
        if not ok:
            return
        self._ops.write(
            lambda shop: shop.owner.adjust_points(serving.customer_id, delta, reason),
            lambda _balance: self._refresh(self.tr("✓ Points adjusted by {d:+d}.").format(d=delta)),
            self._fail,
        )

    def set_owner_pin(self) -> None:
        if not self._owner.require(self._parent):
            return
        new, ok = QInputDialog.getText(
            self._parent,
            self.tr("Owner PIN"),
            self.tr("New PIN (4 to 12 digits):"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        self._ops.write(
            lambda shop: shop.owner.set_pin(new),
            lambda _none: self._view.show_banner(
                self.tr("Owner PIN set. Rules, menu, card revocation and adjustments now ask for it.")
            ),
            lambda message: QMessageBox.warning(self._parent, self.tr("Owner PIN"), message),
        )

    # -- cards --------------------------------------------------------------------------------------------
    def card_action(self, verb: str) -> None:
        serving = self._state.serving
        if serving is None:
            self._view.show_banner(self.tr("Open a customer's profile first."), False)
            return
        if verb == "revoke" and not self._owner.require(self._parent):
            return
        if verb in ("reissue", "revoke"):
            question = {
                "reissue": self.tr(
                    "Replace {n}'s card? The old card stops working; stamps and history stay."
                ),
                "revoke": self.tr("Revoke {n}'s card? It will stop working; stamps and history stay."),
            }[verb].format(n=serving.name)
            yes = self.tr("Replace the card") if verb == "reissue" else self.tr("Revoke the card")
            if not ask.confirm(
                self._parent, self.tr("Loyalty card"), question, yes, self.tr("Keep it"), danger=True
            ):
                return
        done = {
            "issue": self.tr("Card {c} issued"),
            "reissue": self.tr("New card {c} issued; the old one no longer works"),
            "revoke": self.tr("Card {c} revoked"),
        }[verb]
        self._ops.write(
            lambda shop: getattr(shop.owner, f"{verb}_card")(serving.customer_id),
            lambda card: self._refresh("✓ " + done.format(c=card.short_code) + "."),
            self._fail,
        )

    def print_cards(self) -> None:
        if not self._owner.require(self._parent):
            return
        from app.ui.print_dialog import PrintCardsDialog

        PrintCardsDialog(
            self._ops.shop, self._ops, self._state.customer_id, self._view.result_ids(), self._parent
        ).exec()
        self._refresh()

    def open_camera(self) -> None:
        from app.ui.camera import CameraDialog  # QtMultimedia loads only when the camera is wanted

        dialog = CameraDialog(self._parent)
        dialog.card_seen.connect(self._view.on_scan_received)
        dialog.exec()

    def edit_menu_items(self) -> None:
        if not self._owner.require(self._parent) or (shop := self._ops.shop) is None:
            return
        from app.ui.items_dialog import ItemsDialog

        ItemsDialog(shop, self._ops, self._parent).exec()
        self._view.reload_menu()

    # -- relationship cues -------------------------------------------------------------------------------
    def show_cues(self, treat: Any, feedback_due: bool) -> None:
        self._treat = treat
        text = (
            self.tr("{r}: how about a surprise {i} on the house?").format(
                r=wording.said(treat.reason), i=treat.item.lower()
            )
            if treat
            else ""
        )
        self._profile.show_cues(text, feedback_due)

    def give_surprise(self) -> None:
        serving, treat = self._state.serving, self._treat
        if serving is None or treat is None:
            return
        feedback_shown = self._profile.feedback_button.isVisible()

        def given(_id: int) -> None:
            self._treat = None
            if self._state.is_serving(serving.customer_id):
                self._profile.show_cues("", feedback_shown)
                self._profile.show_message(self.tr("✓ Noted. Enjoy the smile."))

        self._ops.write(
            lambda shop: shop.counter.give_surprise(serving.customer_id, treat), given, self._fail
        )

    def ask_feedback(self) -> None:
        serving, shop = self._state.serving, self._ops.shop
        if serving is None or shop is None:
            return
        from app.ui.feedback_dialog import FeedbackDialog

        dialog = FeedbackDialog(
            shop.counter, self._ops, serving.customer_id, serving.name.split()[0], self._parent
        )
        if dialog.exec() and dialog.score is not None:
            self._refresh(self.tr("✓ Thank you! Feedback saved."))

    # -- owner screens ---------------------------------------------------------------------------------
    def show_regulars(self) -> None:
        if not self._owner.require(self._parent) or (shop := self._ops.shop) is None:
            return
        from app.ui.regulars_page import RegularsDialog

        dialog = RegularsDialog(shop, self._ops, self.currency, self._parent)
        dialog.open_customer.connect(lambda cid: self._view.open_profile(cid, "manual"))
        dialog.exec()

    def show_audit(self) -> None:
        if not self._owner.require(self._parent) or (shop := self._ops.shop) is None:
            return
        from app.ui.audit_dialog import AuditDialog

        AuditDialog(shop.insights, self._ops, self._parent).exec()

    def edit_settings(self) -> None:
        if not self._owner.require(self._parent) or (shop := self._ops.shop) is None:
            return
        from app.ui.settings_dialog import SettingsDialog

        if SettingsDialog(shop, self._ops, self._parent).exec():
            self._view.reload_settings()
            self._view.show_banner(self.tr("✓ Settings saved."))
