"""File → Export day… and File → Import customers…: closing-time export and moving in from another system."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QStringListModel, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.catalogue import QT_TRANSLATE_NOOP
from app.services.importing_merge import shown
from app.services.importing_read import SHOWN_ERRORS
from app.ui import wording
from app.ui.ops import Ops, adopt

MAPPED_FIELDS = {
    "name": QT_TRANSLATE_NOOP("ImportDialog", "Full name"),
    "first": QT_TRANSLATE_NOOP("ImportDialog", "First name"),
    "last": QT_TRANSLATE_NOOP("ImportDialog", "Last name"),
    "phone": QT_TRANSLATE_NOOP("ImportDialog", "Phone"),
    "email": QT_TRANSLATE_NOOP("ImportDialog", "E-mail"),
    "birthday": QT_TRANSLATE_NOOP("ImportDialog", "Birthday"),
    "notes": QT_TRANSLATE_NOOP("ImportDialog", "Notes"),
}
CHANGED_FIELDS = {
    "name": QT_TRANSLATE_NOOP("ImportDialog", "name"),
    "phone": QT_TRANSLATE_NOOP("ImportDialog", "phone"),
    "email": QT_TRANSLATE_NOOP("ImportDialog", "e-mail"),
    "birthday": QT_TRANSLATE_NOOP("ImportDialog", "birthday"),
    "allergies": QT_TRANSLATE_NOOP("ImportDialog", "allergies"),
    "allergy_note": QT_TRANSLATE_NOOP("ImportDialog", "allergy note"),
    "notes": QT_TRANSLATE_NOOP("ImportDialog", "notes"),
    "preferences": QT_TRANSLATE_NOOP("ImportDialog", "preferences"),
    "consent": QT_TRANSLATE_NOOP("ImportDialog", "agreed to be contacted"),
    "consent_channel": QT_TRANSLATE_NOOP("ImportDialog", "contact by"),
}
FORMATS = {
    "csv": QT_TRANSLATE_NOOP("ExportDayDialog", "CSV (spreadsheets)"),
    "xlsx": QT_TRANSLATE_NOOP("ExportDayDialog", "Excel workbook (.xlsx)"),
    "pdf": QT_TRANSLATE_NOOP("ExportDayDialog", "One-page day report (PDF)"),
}


class ExportDayDialog(QDialog):
    def __init__(self, shop: Any, ops: Ops | Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the day"))
        self.shop, self.ops = adopt(shop, ops, self)
        self.folder = Path.home()
        today = datetime.now().astimezone().date()
        self.first = QDateEdit(QDate(today.year, today.month, today.day), calendarPopup=True)
        self.last = QDateEdit(QDate(today.year, today.month, today.day), calendarPopup=True)
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        for key, label in FORMATS.items():
            self.format.addItem(self.tr(label), key)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self._on_export_clicked)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("To"), self.last)
        form.addRow(self.tr("As"), self.format)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(close)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.ops.read(lambda shop: (shop.timezone_name(), shop.data.export_folder()), self._fill)

    def _fill(self, answer: tuple[str, Path]) -> None:
        """The shop's own day (its time zone) and the folder of the last export."""
        zone, self.folder = answer
        today = datetime.now(ZoneInfo(zone)).date()
        for edit in (self.first, self.last):
            edit.setDate(QDate(today.year, today.month, today.day))

    def _dates(self) -> tuple[date, date]:
        return self.first.date().toPython(), self.last.date().toPython()

    @Slot()
    def _on_export_clicked(self) -> None:
        first, last = self._dates()
        if last < first:
            self.status.setText(self.tr("“To” is before “From”."))
            return
        fmt = self.format.currentData()
        suggested = self.folder / (
            f"visits-{first}.{fmt}" if first == last else f"visits-{first}-to-{last}.{fmt}"
        )
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export visits"), str(suggested))
        if name:
            self.export_to(Path(name), fmt)

    def export_to(self, out: Path, fmt: str) -> None:
        """On the long lane: the file is written in full (or not at all) before it is named as saved."""
        first, last = self._dates()

        def work(shop: Any, _progress: Any) -> Any:
            done = shop.data.export_visits(first, last, fmt, out)
            shop.data.remember_export_folder(done.out.parent)
            return done

        def done(exported: Any) -> None:
            self.folder = exported.out.parent
            self.export_button.setEnabled(True)
            self.status.setText(
                self.tr("✓ {n} visits saved to {p}").format(n=exported.visits, p=exported.out)
            )

        def failed(message: str) -> None:
            self.export_button.setEnabled(True)
            self.status.setText(self.tr("Not saved: ") + message)

        self.export_button.setEnabled(False)
        self.ops.long(work, done, failed)


class ImportDialog(QDialog):
    """Pick a file, see the plan row by row, then import in one go."""

    def __init__(self, shop: Any, ops: Ops | Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import customers"))
        self.resize(720, 520)
        self.shop, self.ops = adopt(shop, ops, self)
        self.region = self.shop.data.region()
        self.finished.connect(lambda _result: self.ops.cancel("import-plan"))  # no answer for a closed dialog
        self.plan: Any = None
        self.path: Path | None = None
        self.choose = QPushButton(self.tr("Choose a CSV file…"))
        self.choose.clicked.connect(self._on_choose_clicked)
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        for key in ("auto", "square", "shopify", "google", "generic", "map"):
            named = {"auto": self.tr("Recognise automatically"), "map": self.tr("Choose the columns myself")}
            self.format.addItem(named.get(key, key.capitalize()), key)
        # The mapping step: which column of the file holds each of our fields.
        self.mapping: dict[str, QComboBox] = {}
        self.mapping_box = QWidget()
        mapping_form = QFormLayout(self.mapping_box)
        for field, label in MAPPED_FIELDS.items():
            combo = QComboBox()
            combo.currentIndexChanged.connect(self.refresh_plan)
            self.mapping[field] = combo
            mapping_form.addRow(self.tr(label), combo)
        self.mapping_box.hide()
        self.duplicates = QComboBox()
        self.duplicates.setAccessibleName(self.tr("Customers we already have"))
        self.duplicates.addItem(self.tr("Skip customers we already have"), "skip")
        self.duplicates.addItem(self.tr("Update customers we already have"), "update")
        self.format.currentIndexChanged.connect(self.refresh_plan)
        self.duplicates.currentIndexChanged.connect(self.refresh_plan)
        self.summary = QLabel(self.tr("Exports from Square, Shopify and Google Contacts are recognised."))
        self.summary.setWordWrap(True)
        self.lines = QStringListModel(self)
        self.details = QListView()
        self.details.setAccessibleName(self.tr("What the import will do"))
        self.details.setModel(self.lines)
        self.progress = QProgressBar()
        self.progress.hide()
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._on_import_clicked)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        options = QHBoxLayout()
        options.addWidget(self.choose)
        options.addWidget(self.format)
        options.addWidget(self.duplicates)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addStretch()
        row.addWidget(close)
        row.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addLayout(row)

    @Slot()
    def _on_choose_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Customers file"), str(Path.home()), self.tr("CSV (*.csv *.txt)")
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        self.path = path
        self.ops.read(lambda shop: shop.data.read_header(path), self._on_header, self._show_problem)

    def _on_header(self, answer: tuple[list[str], bool]) -> None:
        header, recognised = answer
        for combo in self.mapping.values():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("—", "")
            for column in header:
                combo.addItem(column, column)
            combo.blockSignals(False)
        if not recognised and self.format.currentData() == "auto":  # offer the mapping step straight away
            self.format.setCurrentIndex(self.format.findData("map"))  # which refreshes the plan
            return
        self.refresh_plan()

    @Slot()
    def refresh_plan(self) -> None:
        if self.path is None:
            return
        self.import_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        path = self.path
        fmt, duplicates = self.format.currentData(), self.duplicates.currentData()
        self.mapping_box.setVisible(fmt == "map")
        mapping = (
            {k: c.currentData() for k, c in self.mapping.items() if c.currentData()} if fmt == "map" else None
        )
        if fmt == "map" and not mapping:
            self.progress.hide()
            self._show_problem(self.tr("Choose which column holds the name (and any others you have)."))
            return

        # Each change of the options asks again; only the newest plan is shown (and can be imported).
        self.ops.long(
            lambda shop, progress: shop.data.plan_import(path, fmt, mapping, duplicates, progress),
            self._show_plan,
            self._show_problem,
            channel="import-plan",
        )

    def _show_plan(self, plan: Any) -> None:
        self.plan = plan
        self.progress.hide()
        self.summary.setText(
            self.tr("Format: {format}.").format(format=plan.format)
            + " "
            + ", ".join(
                (
                    self.tr("%n to add", "", len(plan.adds)),
                    self.tr("%n to update", "", len(plan.updates)),
                    self.tr("%n to skip", "", len(plan.skipped)),
                    self.tr("%n with errors.", "", len(plan.errors)),
                )
            )
            + (
                ""
                if not plan.errors
                else self.tr("  Rows with errors are left out; nothing is written if the import fails.")
            )
        )
        adds = [self.tr("Row {r}: add {n}").format(r=row, n=c.name) for row, c in plan.adds[:500]]
        region = self.region
        updates = [
            self.tr("Row {r}: {n}: {f} {old} → {new}").format(
                r=c.row,
                n=c.name,
                f=self.tr(CHANGED_FIELDS.get(c.field, c.field)),
                old=shown(c.field, c.old, region),
                new=shown(c.field, c.new, region),
            )
            for c in plan.changes[:2000]
        ]
        told = [self.tr("Row {r}: skipped, {why}").format(r=r, why=wording.said(w)) for r, w in plan.skipped]
        told += [
            self.tr("Row {r}: {why}").format(r=r, why=wording.said(w)) for r, w in plan.errors[:SHOWN_ERRORS]
        ]
        if len(plan.errors) > SHOWN_ERRORS:
            told.append(self.tr("… and %n more rows with errors.", "", len(plan.errors) - SHOWN_ERRORS))
        self.lines.setStringList(told + updates + adds)
        count = len(plan.adds) + len(plan.updates)
        self.import_button.setEnabled(bool(count))
        self.import_button.setText(
            self.tr("Import 1 customer") if count == 1 else self.tr("Import {n} customers").format(n=count)
        )

    def _show_problem(self, message: str) -> None:
        self.progress.hide()
        self.summary.setText(message)
        self.lines.setStringList([])

    @Slot()
    def _on_import_clicked(self) -> None:
        plan = self.plan
        if plan is None:
            return
        self.import_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.ops.write(
            lambda shop: shop.data.apply_import(plan, skip_errors=True), self._on_imported, self._show_problem
        )

    def _on_imported(self, count: int) -> None:
        self.progress.hide()
        self.summary.setText(
            self.tr("✓ 1 customer imported.")
            if count == 1
            else self.tr("✓ {n} customers imported.").format(n=count)
        )
        self.plan = None
