"""Print loyalty cards: choose whose and on what, then save a PDF or send it to a printer."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Slot
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.catalogue import QT_TRANSLATE_NOOP
from app.ui.ops import Ops, adopt

LAYOUT_NAMES = {
    "avery-c32011": QT_TRANSLATE_NOOP("PrintCardsDialog", "A4 sheet, 10 cards (Avery C32011)"),
    "avery-5371": QT_TRANSLATE_NOOP("PrintCardsDialog", "US Letter sheet, 10 cards (Avery 5371)"),
    "cr80": QT_TRANSLATE_NOOP("PrintCardsDialog", "Card printer, one CR80 card per page"),
}


class PrintCardsDialog(QDialog):
    def __init__(
        self,
        shop: Any,
        ops: Ops | Any,
        current: int | None,
        selection: list[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print loyalty cards"))
        self.resize(480, 0)  # a starting width: with a large font the layout's own minimum wins
        self.shop, self.ops = adopt(shop, ops, self)
        unprinted: list[int] = []  # counted once the shop answers
        self.choices: dict[str, list[int]] = {}
        self.group = QButtonGroup(self)
        options = QVBoxLayout()
        for key, label, ids in (
            ("current", self.tr("This customer's card"), [current] if current else []),
            (
                "selection",
                self.tr("Everyone in the search results ({n})").format(n=len(selection)),
                selection,
            ),
            ("unprinted", self.tr("Every card not printed yet ({n})").format(n=len(unprinted)), unprinted),
        ):
            button = QRadioButton(label)
            button.setEnabled(bool(ids))
            button.setProperty("choice", key)
            self.choices[key] = ids
            self.group.addButton(button)
            options.addWidget(button)
        first = next((b for b in self.group.buttons() if b.isEnabled()), None)
        if first:
            first.setChecked(True)
        self.layout_box = QComboBox()
        for key, label in LAYOUT_NAMES.items():
            self.layout_box.addItem(self.tr(label), key)
        self.back = QCheckBox(self.tr("Stamp boxes on the back (print both sides, flip on the long edge)"))
        self.back.setEnabled(False)
        self.privacy = QLabel()
        self.privacy.setObjectName("subtle")
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.print_button = QPushButton(self.tr("Print…"))
        close = QPushButton(self.tr("Close"))
        self.save_button.clicked.connect(self._on_save_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        close.clicked.connect(self.reject)
        for action in (self.save_button, self.print_button):
            action.setEnabled(first is not None)
        form = QFormLayout()
        form.addRow(self.tr("Cards"), options)
        form.addRow(self.tr("Paper"), self.layout_box)
        form.addRow("", self.back)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(close)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.privacy)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.ops.read(lambda shop: shop.cards.print_options(), self._fill, self.status.setText)

    def _fill(self, options: Any) -> None:
        self.back.setEnabled(options.stamp_backs)
        self.privacy.setText(
            self.tr("Names are printed on cards.")
            if options.names_printed
            else self.tr("Cards carry no name or personal data, only the shop and a code.")
        )
        for button in self.group.buttons():
            if button.property("choice") == "unprinted":
                self.choices["unprinted"] = options.unprinted
                button.setText(self.tr("Every card not printed yet ({n})").format(n=len(options.unprinted)))
                button.setEnabled(bool(options.unprinted))
        if self.group.checkedButton() is None:
            first = next((b for b in self.group.buttons() if b.isEnabled()), None)
            if first is not None:
                first.setChecked(True)
                self.save_button.setEnabled(True)
                self.print_button.setEnabled(True)

    def chosen_ids(self) -> list[int]:
        button = self.group.checkedButton()
        return self.choices[button.property("choice")] if button else []

    @Slot()
    def _on_save_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save cards as"), str(Path.home() / "loyalty-cards.pdf"), self.tr("PDF (*.pdf)")
        )
        if name:
            self.render_to(
                Path(name if name.lower().endswith(".pdf") else name + ".pdf"), send_to_printer=False
            )

    @Slot()
    def _on_print_clicked(self) -> None:
        target = Path(tempfile.mkdtemp(prefix="regulars-cards-")) / "cards.pdf"
        self.render_to(target, send_to_printer=True)

    def render_to(self, out: Path, send_to_printer: bool) -> None:
        """Saved: the PDF is in place before the cards are recorded as printed. Printed: recorded once the
        print dialog is accepted."""
        ids = self.chosen_ids()
        layout_key = self.layout_box.currentData()
        back = self.back.isChecked()
        self.progress.setRange(0, max(1, len(ids)))
        self.progress.setValue(0)
        self.progress.show()
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Preparing {n} cards…").format(n=len(ids)))

        def work(shop: Any, progress: Any) -> Any:
            if send_to_printer:
                return shop.cards.sheet_for_printer(ids, out, layout_key, back, progress)
            return shop.cards.print_cards(ids, out, layout_key, back, progress)

        def done(result: Any) -> None:
            self.save_button.setEnabled(True)
            self.print_button.setEnabled(True)
            if not send_to_printer:
                self.status.setText(self.tr("✓ {n} cards ready: {p}").format(n=len(ids), p=result.out))
                return
            if not self._print_pdf(out):
                self.status.setText(self.tr("Printing was cancelled."))
                return
            self.ops.write(
                lambda shop: shop.cards.record_printed(result),
                lambda _none: self.status.setText(self.tr("✓ {n} cards printed.").format(n=len(result))),
                self.status.setText,
            )

        def failed(message: str) -> None:
            self.save_button.setEnabled(True)
            self.print_button.setEnabled(True)
            self.status.setText(message)

        self.ops.long(work, done, failed, lambda d, _t: self.progress.setValue(d))

    def _print_pdf(self, pdf: Path) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return False
        document = QPdfDocument(self)
        document.load(str(pdf))
        painter = QPainter(printer)
        try:
            for page in range(document.pageCount()):
                if page:
                    printer.newPage()
                target = painter.viewport()
                image = document.render(page, QSize(target.width(), target.height()))
                painter.drawImage(target, image)
        finally:
            painter.end()
        return True
