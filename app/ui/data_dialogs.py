"""File → Export day… and File → Import customers…: closing-time export and moving in from another system."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
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

from app.application import Services
from app.files import OutputError, check_output_path
from app.services import export, importing
from app.services.importing_merge import shown
from app.ui.tasks import TaskRunner

MAPPED_FIELDS = {
    "name": "Full name",
    "first": "First name",
    "last": "Last name",
    "phone": "Phone",
    "email": "E-mail",
    "birthday": "Birthday",
    "notes": "Notes",
}
CHANGED_FIELDS = {
    "name": "name",
    "phone": "phone",
    "email": "e-mail",
    "birthday": "birthday",
    "allergies": "allergies",
    "allergy_note": "allergy note",
    "notes": "notes",
    "preferences": "preferences",
    "consent": "agreed to be contacted",
    "consent_channel": "contact by",
}
FORMATS = {"csv": "CSV (spreadsheets)", "xlsx": "Excel workbook (.xlsx)", "pdf": "One-page day report (PDF)"}


class ExportDayDialog(QDialog):
    def __init__(self, services: Services, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the day"))
        self.services, self.runner = services, runner
        self.zone = services.settings.timezone_name()
        today = datetime.now(ZoneInfo(self.zone)).date()
        self.first = QDateEdit(QDate(today.year, today.month, today.day), calendarPopup=True)
        self.last = QDateEdit(QDate(today.year, today.month, today.day), calendarPopup=True)
        self.format = QComboBox()
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

    def _dates(self) -> tuple[date, date]:
        return self.first.date().toPython(), self.last.date().toPython()

    @Slot()
    def _on_export_clicked(self) -> None:
        first, last = self._dates()
        if last < first:
            self.status.setText(self.tr("“To” is before “From”."))
            return
        fmt = self.format.currentData()
        folder = str(self.services.settings.get("export_folder") or Path.home())
        suggested = Path(folder) / (
            f"visits-{first}.{fmt}" if first == last else f"visits-{first}-to-{last}.{fmt}"
        )
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export visits"), str(suggested))
        if name:
            self.export_to(Path(name), fmt)

    def export_to(self, out: Path, fmt: str) -> None:
        first, last = self._dates()
        services, zone = self.services, self.zone
        try:
            out = check_output_path(out, services.paths.root, services.url)
        except OutputError as exc:
            self.status.setText(self.tr("Not saved: ") + str(exc))
            return
        currency, shop = str(services.settings.get("currency")), str(services.settings.get("shop_name"))

        def work(_report):  # type: ignore[no-untyped-def]
            lines = export.visit_lines(services.db, first, last, zone)
            if fmt == "csv":
                export.write_csv(lines, out)
            elif fmt == "xlsx":
                export.write_xlsx(lines, out, currency)
            else:
                from app.printing.day_report import render_day_report

                render_day_report(
                    out, export.summarise(services.db, lines, first, last, zone), shop, first, last, currency
                )
            return len(lines)

        def done(count: int) -> None:
            services.settings.set("export_folder", str(out.parent))
            self.status.setText(self.tr("✓ {n} visits saved to {p}").format(n=count, p=out))

        self.export_button.setEnabled(False)
        self.runner.start(
            work,
            lambda n: (done(n), self.export_button.setEnabled(True)),
            lambda m: (self.status.setText(self.tr("Not saved: ") + m), self.export_button.setEnabled(True)),
        )


class ImportDialog(QDialog):
    """Pick a file, see the plan row by row, then import in one go."""

    def __init__(self, services: Services, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import customers"))
        self.resize(720, 520)
        self.services, self.runner = services, runner
        self.plan: importing.Plan | None = None
        self.path: Path | None = None
        self.choose = QPushButton(self.tr("Choose a CSV file…"))
        self.choose.clicked.connect(self._on_choose_clicked)
        self.format = QComboBox()
        for key in ("auto", "square", "shopify", "google", "generic", "map"):
            label = {"auto": self.tr("Recognise automatically"), "map": self.tr("Choose the columns myself")}
            self.format.addItem(label.get(key, key.capitalize()), key)
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
        self.duplicates.addItem(self.tr("Skip customers we already have"), "skip")
        self.duplicates.addItem(self.tr("Update customers we already have"), "update")
        self.format.currentIndexChanged.connect(self.refresh_plan)
        self.duplicates.currentIndexChanged.connect(self.refresh_plan)
        self.summary = QLabel(self.tr("Exports from Square, Shopify and Google Contacts are recognised."))
        self.summary.setWordWrap(True)
        self.lines = QStringListModel(self)
        self.details = QListView()
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
            self, self.tr("Customers file"), str(Path.home()), "CSV (*.csv *.txt)"
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        self.path = path
        try:
            header = importing.read_header(path)
        except importing.ImportError_ as exc:
            self._show_problem(str(exc))
            return
        for combo in self.mapping.values():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("—", "")
            for column in header:
                combo.addItem(column, column)
            combo.blockSignals(False)
        try:
            importing.detect(header)
        except importing.ImportError_:
            if self.format.currentData() == "auto":  # offer the mapping step straight away
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
        services, path = self.services, self.path
        fmt, duplicates = self.format.currentData(), self.duplicates.currentData()
        self.mapping_box.setVisible(fmt == "map")
        mapping = (
            {k: c.currentData() for k, c in self.mapping.items() if c.currentData()} if fmt == "map" else None
        )
        if fmt == "map" and not mapping:
            self.progress.hide()
            self._show_problem(self.tr("Choose which column holds the name (and any others you have)."))
            return

        def work(report):  # type: ignore[no-untyped-def]
            return importing.plan_import(
                services.db,
                path,
                services.customers.region,
                fmt,
                mapping=mapping,
                on_duplicate=duplicates,
                progress=report,
            )

        self.runner.start(work, self._show_plan, self._show_problem)

    def _show_plan(self, plan: importing.Plan) -> None:
        self.plan = plan
        self.progress.hide()
        lines = plan.describe()
        self.summary.setText(
            lines[0]
            + (
                ""
                if not plan.errors
                else self.tr("  Rows with errors are left out; nothing is written if the import fails.")
            )
        )
        adds = [self.tr("Row {r}: add {n}").format(r=row, n=c.name) for row, c in plan.adds[:500]]
        region = self.services.customers.region
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
        self.lines.setStringList(lines[1:] + updates + adds)
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
        plan, services = self.plan, self.services
        if plan is None:
            return
        self.import_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.runner.start(
            lambda _r: importing.apply(services.db, plan, skip_errors=True),
            self._on_imported,
            self._show_problem,
        )

    def _on_imported(self, count: int) -> None:
        self.progress.hide()
        self.summary.setText(
            self.tr("✓ 1 customer imported.")
            if count == 1
            else self.tr("✓ {n} customers imported.").format(n=count)
        )
        self.plan = None
