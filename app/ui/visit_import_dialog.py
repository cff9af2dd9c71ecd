"""File → Import visits…: the old till's sales history, previewed before anything is written (as
`regulars import visits` does). All or nothing; rows with errors are left out only when the owner says so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStringListModel, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui import wording
from app.ui.ops import Ops, adopt

CHANNEL = "visit-import-plan"


class VisitImportDialog(QDialog):
    """Pick a file (Square transactions, Shopify orders or a generic CSV), see what it would add, then
    import it in one go on the runner's lane for long jobs."""

    def __init__(self, shop: Any, ops: Ops | Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import visits"))
        self.resize(720, 480)
        self.shop, self.ops = adopt(shop, ops, self)
        self.finished.connect(lambda _result: self.ops.cancel(CHANNEL))  # no answer for a closed dialog
        self.plan: Any = None
        self.path: Path | None = None
        self.choose = QPushButton(self.tr("Choose a CSV file…"))
        self.choose.clicked.connect(self._on_choose_clicked)
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        self.format.addItem(self.tr("Recognise automatically"), "auto")
        for key in ("square", "shopify", "generic"):
            self.format.addItem(key.capitalize(), key)
        self.format.currentIndexChanged.connect(self.refresh_plan)
        self.skip_errors = QCheckBox(self.tr("Leave out rows with errors"))
        self.skip_errors.toggled.connect(self._on_skip_errors_toggled)
        self.summary = QLabel(
            self.tr(
                "Square's transactions, Shopify's orders, or a CSV with the columns customer and date "
                "(and amount, items, ref if you have them)."
            )
        )
        self.summary.setWordWrap(True)
        self.lines = QStringListModel(self)
        self.details = QListView()
        self.details.setAccessibleName(self.tr("What the import will do"))
        self.details.setModel(self.lines)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._on_import_clicked)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        options = QHBoxLayout()
        options.addWidget(self.choose)
        options.addWidget(self.format)
        options.addWidget(self.skip_errors)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addStretch()
        row.addWidget(close)
        row.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addLayout(row)

    @Slot()
    def _on_choose_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Visits file"), str(Path.home()), self.tr("CSV (*.csv *.txt)")
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        self.path = path
        self.refresh_plan()

    @Slot()
    def refresh_plan(self) -> None:
        """Read the file again for the chosen format; only the newest answer is shown (and imported)."""
        if self.path is None:
            return
        path, fmt = self.path, self.format.currentData()
        self.plan = None
        self.import_button.setEnabled(False)
        self.progress.show()
        self.ops.long(
            lambda shop, _progress: shop.data.plan_visit_import(path, fmt),
            self._show_plan,
            self._show_problem,
            channel=CHANNEL,
        )

    def _show_plan(self, plan: Any) -> None:
        self.plan = plan
        self.progress.hide()
        self.summary.setText(
            self.tr(
                "Format: {f}. {new} to add, {old} already imported, {none} without a customer skipped, "
                "{bad} with errors."
            ).format(
                f=plan.format,
                new=plan.new,
                old=plan.already,
                none=plan.without_customer,
                bad=plan.error_count,
            )
        )
        lines = []
        if plan.not_sales:
            lines.append(
                self.tr("1 row of a refund or another event, not a sale: skipped.")
                if plan.not_sales == 1
                else self.tr("{n} rows of refunds or other events, not sales: skipped.").format(
                    n=plan.not_sales
                )
            )
        if plan.unknown_items:
            names = ", ".join(name for name, _count in plan.unknown_items.most_common(10))
            lines.append(
                self.tr("Items not on the menu, kept as text on the visit: {names}.").format(names=names)
            )
        lines += [self.tr("Row {r}: {why}").format(r=row, why=wording.said(why)) for row, why in plan.errors]
        if plan.error_count > len(plan.errors):
            lines.append(
                self.tr("… and {n} more rows with errors.").format(n=plan.error_count - len(plan.errors))
            )
        self.lines.setStringList(lines)
        self._offer_import()

    def _offer_import(self) -> None:
        plan = self.plan
        ready = plan is not None and plan.new > 0 and (not plan.error_count or self.skip_errors.isChecked())
        self.import_button.setEnabled(ready)
        if plan is not None and plan.error_count and not self.skip_errors.isChecked():
            self.import_button.setText(self.tr("Fix the rows with errors, or leave them out"))
        elif plan is not None:
            self.import_button.setText(
                self.tr("Import 1 visit")
                if plan.new == 1
                else self.tr("Import {n} visits").format(n=plan.new)
            )

    @Slot(bool)
    def _on_skip_errors_toggled(self, _checked: bool) -> None:
        self._offer_import()

    def _show_problem(self, message: str) -> None:
        self.progress.hide()
        self.summary.setText(message)
        self.lines.setStringList([])

    @Slot()
    def _on_import_clicked(self) -> None:
        plan, path = self.plan, self.path
        if plan is None or path is None:
            return
        skip = self.skip_errors.isChecked()
        self.import_button.setEnabled(False)
        self.progress.show()
        self.ops.long(
            lambda shop, _progress: shop.data.apply_visit_import(path, plan.format, skip),
            self._on_imported,
            self._show_problem,
            channel=CHANNEL,
        )

    def _on_imported(self, done: Any) -> None:
        self.progress.hide()
        self.plan = None
        self.summary.setText(
            self.tr("✓ 1 visit imported.")
            if done.new == 1
            else self.tr("✓ {n} visits imported.").format(n=done.new)
        )
        self.lines.setStringList([])
