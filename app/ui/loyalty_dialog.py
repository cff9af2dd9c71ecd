"""The owner's loyalty settings: how customers earn, and what they can take."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.catalogue import QT_TRANSLATE_NOOP
from app.shop.owner import LoyaltyRules
from app.ui.ops import Ops

if TYPE_CHECKING:
    from app.shop.forms import RewardRow
    from app.shop.owner import Owner

MODES = {
    "stamps": QT_TRANSLATE_NOOP("LoyaltyDialog", "Stamp card: one stamp a visit"),
    "per_visit": QT_TRANSLATE_NOOP("LoyaltyDialog", "Points for every visit"),
    "per_amount": QT_TRANSLATE_NOOP("LoyaltyDialog", "Points for every whole unit spent"),
}


class LoyaltyDialog(QDialog):
    """Reads the rules and rewards in the read lane; each change goes through the write lane."""

    def __init__(self, owner: Owner, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Loyalty rules and rewards"))
        self.resize(520, 0)  # a starting width: with a large font the layout's own minimum wins
        self.owner, self.ops = owner, ops
        self._reward_ids: list[int] = []
        self.mode = QComboBox()
        for key, label in MODES.items():
            self.mode.addItem(self.tr(label), key)
        self.per_visit = QSpinBox(minimum=1, maximum=100)
        self.per_unit = QSpinBox(minimum=1, maximum=100)
        self.birthday = QSpinBox(minimum=0, maximum=1000)
        self.cooldown = QSpinBox(minimum=0, maximum=24 * 60, suffix=self.tr(" min"))
        self.expiry = QSpinBox(minimum=0, maximum=60, suffix=self.tr(" months"))
        self.expiry.setSpecialValueText(self.tr("never"))
        self.birthday.setSpecialValueText(self.tr("none"))
        self.cooldown.setSpecialValueText(self.tr("none"))
        form = QFormLayout()
        form.addRow(self.tr("Customers earn"), self.mode)
        form.addRow(self.tr("Per visit"), self.per_visit)
        form.addRow(self.tr("Per unit spent"), self.per_unit)
        form.addRow(self.tr("Birthday bonus"), self.birthday)
        form.addRow(self.tr("No new points within"), self.cooldown)
        form.addRow(self.tr("Points expire after"), self.expiry)

        self.rewards_model = QStringListModel(self)
        self.rewards = QListView()
        self.rewards.setAccessibleName(self.tr("Rewards"))
        self.rewards.setModel(self.rewards_model)
        self.reward_name = QLineEdit(placeholderText=self.tr("Reward, e.g. Free coffee"))
        self.reward_name.setAccessibleName(self.tr("New reward's name"))
        self.reward_cost = QSpinBox(minimum=1, maximum=10_000, value=10)
        self.reward_cost.setAccessibleName(self.tr("New reward's cost in points"))
        add = QPushButton(self.tr("Add reward"))
        add.clicked.connect(self._on_add_reward)
        retire = QPushButton(self.tr("Retire selected"))
        retire.clicked.connect(self._on_retire_reward)
        self.error = QLabel(objectName="fieldError")
        row = QHBoxLayout()
        row.addWidget(self.reward_name, 1)
        row.addWidget(self.reward_cost)
        row.addWidget(add)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("<b>Rewards</b> (cost in points or stamps)")))
        layout.addWidget(self.rewards, 1)
        layout.addLayout(row)
        layout.addWidget(retire)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.mode.currentIndexChanged.connect(self._update_enabled)
        ops.read(lambda _shop: owner.loyalty_rules(), self._fill, self.error.setText)
        self._reload_rewards()

    def _fill(self, rules: LoyaltyRules) -> None:
        self.mode.setCurrentIndex(self.mode.findData(rules.loyalty_mode))
        self.per_visit.setValue(rules.points_per_visit)
        self.per_unit.setValue(rules.points_per_unit)
        self.birthday.setValue(rules.birthday_bonus)
        self.cooldown.setValue(rules.cooldown_minutes)
        self.expiry.setValue(rules.expiry_months)
        self._update_enabled()
        self.save_button.setEnabled(True)

    def _update_enabled(self) -> None:
        per_amount = self.mode.currentData() == "per_amount"
        self.per_unit.setEnabled(per_amount)
        self.per_visit.setEnabled(not per_amount)

    def _reload_rewards(self) -> None:
        owner = self.owner
        self.ops.read(
            lambda _shop: owner.rewards(include_inactive=False), self._show_rewards, channel="rewards"
        )

    def _show_rewards(self, rewards: list[RewardRow]) -> None:
        self._reward_ids = [r.id for r in rewards]
        self.rewards_model.setStringList([f"{r.name} — {r.cost}" for r in rewards])

    @Slot()
    def _on_add_reward(self) -> None:
        owner, name, cost = self.owner, self.reward_name.text(), self.reward_cost.value()
        self.ops.write(lambda _shop: owner.add_reward(name, cost), self._on_reward_added, self.error.setText)

    def _on_reward_added(self, _reward_id: int) -> None:
        self.error.setText("")
        self.reward_name.clear()
        self._reload_rewards()

    @Slot()
    def _on_retire_reward(self) -> None:
        row = self.rewards.currentIndex().row()
        if row >= 0:
            owner, reward_id = self.owner, self._reward_ids[row]
            self.ops.write(
                lambda _shop: owner.set_reward_active(reward_id, False),
                lambda _id: self._reload_rewards(),
                self.error.setText,
            )

    @Slot()
    def _on_save(self) -> None:
        rules = LoyaltyRules(
            self.mode.currentData(),
            self.per_visit.value(),
            self.per_unit.value(),
            self.birthday.value(),
            self.cooldown.value(),
            self.expiry.value(),
        )
        owner = self.owner
        self.ops.write(
            lambda _shop: owner.save_loyalty_rules(rules), lambda _none: self.accept(), self.error.setText
        )
