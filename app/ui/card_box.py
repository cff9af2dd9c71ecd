"""The customer's loyalty card on the profile: active (printed or not), none, or revoked, with the one
thing worth doing next (issue a card, print it). Talks to the shop only through the runner."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QStandardPaths, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui import wording
from app.ui.ops import Ops

if TYPE_CHECKING:  # the data layer loads after the window is up
    from app.services.cards import CardInfo
    from app.shop.cards import CardState


def _save_dialog(parent: QWidget, suggested: str) -> str:
    title = QCoreApplication.translate("CardBox", "Save the card as a PDF to print")
    return QFileDialog.getSaveFileName(
        parent, title, suggested, QCoreApplication.translate("CardBox", "PDF files (*.pdf)")
    )[0]


def unbroken(words: str | None) -> str:
    """A card's code or a date with non-breaking hyphens and spaces: a narrow line wraps before it, not inside."""
    return (words or "").replace("-", "\u2011").replace(" ", "\u00a0")


class CardBox(QWidget):
    """Signals:
    changed(object): the card's new CardState after an issue or a print, for the rest of the profile.
    """

    changed = Signal(object)

    def __init__(self, zone: str, ops: Ops | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone, self.ops = ZoneInfo(zone), ops
        self.customer_id: int | None = None
        self.state: CardState | None = None
        self.choose_file: Callable[[QWidget, str], str] = _save_dialog
        self.text = QLabel(objectName="subtle")
        self.text.setWordWrap(True)
        self.issue_button = QPushButton(self.tr("Issue a card"))
        self.issue_button.clicked.connect(self._on_issue_clicked)
        self.print_button = QPushButton(self.tr("Print card…"))
        self.print_button.clicked.connect(self._on_print_clicked)
        self.note = QLabel(objectName="subtle")
        self.note.setWordWrap(True)
        self.note.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.issue_button)
        row.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.note)
        self.issue_button.hide()
        self.print_button.hide()

    def show_for(self, customer_id: int, card: CardInfo | None) -> None:
        """A profile opened: say what the profile knows at once, then the full state from the shop."""
        self.note.hide()  # what was said about the last action is old news on a fresh look
        self.customer_id = customer_id
        from app.shop.cards import CardState  # loaded after the window is up

        if card is not None:
            printed = "printed" if card.printed_at else "unprinted"
            state = CardState(
                customer_id, printed, card.short_code, card.payload, card.issued_at, card.printed_at
            )
        else:
            state = CardState(customer_id, "none")
        self._show(state)
        if self.ops is not None:
            self.ops.read(lambda shop: shop.cards.state(customer_id), self._show, self._say, channel="card")

    def _when(self, at: datetime | None) -> str:
        return wording.day(at.astimezone(self.zone)) if at else ""

    @Slot(object)
    def _show(self, state: CardState) -> None:
        if state.customer_id != self.customer_id:
            return  # an answer about someone who is no longer on screen
        self.state = state
        if state.state == "none":
            text = self.tr("No loyalty card yet.")
        elif state.state == "revoked":
            text = self.tr("Card revoked on {d}; stamps kept.").format(d=self._when(state.revoked_at))
        elif state.state == "unprinted":
            text = self.tr("Card {c} · not printed yet").format(c=unbroken(state.short_code))
        else:
            text = self.tr("Card {c} · printed {d}").format(
                c=unbroken(state.short_code), d=unbroken(self._when(state.printed_at))
            )
        self.text.setText(text)
        can_act = self.ops is not None
        self.issue_button.setVisible(can_act and state.state in ("none", "revoked"))
        self.issue_button.setText(
            self.tr("Issue a new card") if state.state == "revoked" else self.tr("Issue a card")
        )
        self.print_button.setVisible(can_act and state.state in ("unprinted", "printed"))
        self.print_button.setText(
            self.tr("Print again…") if state.state == "printed" else self.tr("Print card…")
        )

    def _say(self, message: str) -> None:
        self.note.setText(message)
        self.note.show()

    def _changed(self, state: CardState) -> None:
        self._show(state)
        self.changed.emit(state)

    @Slot()
    def _on_issue_clicked(self) -> None:
        if self.ops is None or self.customer_id is None:
            return
        customer_id = self.customer_id
        self.issue_button.setEnabled(False)

        def done(state: CardState) -> None:
            self.issue_button.setEnabled(True)
            self._say(
                self.tr("Card {c} issued. Print it, or hand over a blank card and scan it later.").format(
                    c=state.short_code
                )
            )
            self._changed(state)

        def failed(message: str) -> None:
            self.issue_button.setEnabled(True)
            self._say(message)

        self.ops.write(lambda shop: shop.cards.issue(customer_id), done, failed)

    @Slot()
    def _on_print_clicked(self) -> None:
        if self.ops is None or self.customer_id is None or self.state is None:
            return
        customer_id = self.customer_id
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(
            Path.home()
        )
        suggested = str(
            Path(folder) / f"card-{(self.state.short_code or str(customer_id)).replace(' ', '')}.pdf"
        )
        chosen = self.choose_file(self, suggested)
        if not chosen:
            return
        self.print_button.setEnabled(False)
        self._say(self.tr("Making the PDF…"))

        def printed(path: Path) -> None:
            self.print_button.setEnabled(True)
            self._say(
                self.tr("Saved {f}: print it on a CR80 card printer or on card stock.").format(
                    f=Path(path).name
                )
            )
            self.ops.read(
                lambda shop: shop.cards.state(customer_id), self._changed, self._say, channel="card"
            )

        def failed(message: str) -> None:
            self.print_button.setEnabled(True)
            self._say(message)

        self.ops.long(
            lambda shop, progress: shop.cards.print_card(customer_id, chosen, "cr80", progress=progress),
            printed,
            failed,
        )
