"""The owner's loyalty settings: how customers earn, and what they can take."""

from __future__ import annotations

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

from app.services.loyalty import Loyalty, LoyaltyError
from app.services.settings import Settings

MODES = {
    "stamps": "Stamp card: one stamp a visit",
    "per_visit": "Points for every visit",
    "per_amount": "Points for every whole unit spent",
}


class LoyaltyDialog(QDialog):
    def __init__(self, settings: Settings, loyalty: Loyalty, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Loyalty rules and rewards"))
        self.setMinimumWidth(520)
        self._settings, self._loyalty = settings, loyalty
        values = settings.all()
        self.mode = QComboBox()
        for key, label in MODES.items():
            self.mode.addItem(self.tr(label), key)
        self.mode.setCurrentIndex(self.mode.findData(values["loyalty_mode"]))
        self.per_visit = QSpinBox(minimum=1, maximum=100, value=int(values["points_per_visit"]))
        self.per_unit = QSpinBox(minimum=1, maximum=100, value=int(values["points_per_unit"]))
        self.birthday = QSpinBox(minimum=0, maximum=1000, value=int(values["birthday_bonus"]))
        self.cooldown = QSpinBox(
            minimum=0, maximum=24 * 60, value=int(values["cooldown_minutes"]), suffix=" min"
        )
        self.expiry = QSpinBox(minimum=0, maximum=60, value=int(values["expiry_months"]), suffix=" months")
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
        self.rewards.setModel(self.rewards_model)
        self.reward_name = QLineEdit(placeholderText=self.tr("Reward, e.g. Free coffee"))
        self.reward_cost = QSpinBox(minimum=1, maximum=10_000, value=10)
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
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("<b>Rewards</b> (cost in points or stamps)")))
        layout.addWidget(self.rewards, 1)
        layout.addLayout(row)
        layout.addWidget(retire)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.mode.currentIndexChanged.connect(self._update_enabled)
        self._update_enabled()
        self._reload_rewards()

    def _update_enabled(self) -> None:
        per_amount = self.mode.currentData() == "per_amount"
        self.per_unit.setEnabled(per_amount)
        self.per_visit.setEnabled(not per_amount)

    def _reload_rewards(self) -> None:
        rewards = self._loyalty.rewards(include_inactive=False)
        self._reward_ids = [r.id for r in rewards]
        self.rewards_model.setStringList([f"{r.name} — {r.cost}" for r in rewards])

    @Slot()
    def _on_add_reward(self) -> None:
        try:
            self._loyalty.add_reward(self.reward_name.text(), self.reward_cost.value())
        except LoyaltyError as exc:
            self.error.setText(str(exc))
            return
        self.error.setText("")
        self.reward_name.clear()
        self._reload_rewards()

    @Slot()
    def _on_retire_reward(self) -> None:
        row = self.rewards.currentIndex().row()
        if row >= 0:
            self._loyalty.set_reward_active(self._reward_ids[row], False)
            self._reload_rewards()

    @Slot()
    def _on_save(self) -> None:
        self._settings.set_many(
            {
                "loyalty_mode": self.mode.currentData(),
                "points_per_visit": self.per_visit.value(),
                "points_per_unit": self.per_unit.value(),
                "birthday_bonus": self.birthday.value(),
                "cooldown_minutes": self.cooldown.value(),
                "expiry_months": self.expiry.value(),
            }
        )
        self.accept()
