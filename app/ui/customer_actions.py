"""New customer and Edit customer at the counter: the form, then the profile of whoever was saved."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.codes import tokens
from app.ui.actions import CounterView
from app.ui.counter_state import CounterState
from app.ui.ops import Ops
from app.ui.profile_panel import ProfilePanel


class CustomerActions(QObject):
    def __init__(
        self, ops: Ops, state: CounterState, profile: ProfilePanel, view: CounterView, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._ops, self._state, self._profile, self._view, self._parent = ops, state, profile, view, parent

    def new_customer(self, typed: str = "") -> None:
        """What was typed in the search box fills the name, the phone or the e-mail."""
        from app.services.folding import looks_like_phone
        from app.shop.forms import CustomerInput
        from app.ui.customer_dialog import CustomerDialog

        typed = typed.strip()
        shop = self._ops.shop
        if shop is None:
            return
        initial = None
        if typed and not tokens.parse(typed):
            phone = looks_like_phone(typed)
            initial = CustomerInput(
                name="" if phone or "@" in typed else typed,
                phone=typed if phone else "",
                email=typed if "@" in typed else "",
            )
        dialog = CustomerDialog(shop.counter, self._ops, None, initial, self._parent)
        if dialog.exec() and dialog.saved_id:
            name = dialog.name.text().strip()
            self._view.reset_search()
            self._view.open_profile(dialog.saved_id, "manual", keep_message=True)
            self._profile.show_message(self.tr("✓ Welcome, {n}!").format(n=name))

    def edit_customer(self) -> None:
        serving, shop = self._state.serving, self._ops.shop
        if serving is None or shop is None:
            return
        from app.ui.customer_dialog import CustomerDialog

        dialog = CustomerDialog(shop.counter, self._ops, serving.customer_id, None, self._parent)
        if dialog.exec():
            self._view.open_profile(serving.customer_id, serving.found_by, keep_message=True)
            self._profile.show_message(self.tr("✓ Saved."))
