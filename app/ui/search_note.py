"""The note the settings show while the shared server lacks pg_trgm: search works, only slower, and the
owner learns what to ask the administrator for (app.db.trigrams)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.catalogue import QT_TRANSLATE_NOOP
from app.ui.ops import Ops

# The shop's note (app.db.trigrams.SLOW_SEARCH), marked for the translators.
QT_TRANSLATE_NOOP(
    "SearchNote",
    "Search will be slower: ask your administrator to install pg_trgm on the database server "
    "(CREATE EXTENSION pg_trgm; in this database). Regulars adds its search index at the next start.",
)


class SearchNote(QLabel):
    """SearchNote(ops): asks the shop on the read lane and shows its note, hidden while there is none."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="cue", wordWrap=True, visible=False)
        ops.read(lambda shop: shop.search_warning(every_time=True), self.show_note, lambda _message: None)

    def show_note(self, note: str | None) -> None:
        self.setText(self.tr(note) if note else "")  # in this till's language when it is the known note
        self.setVisible(bool(note))
