"""Data in and out from the main window: the day's export, imports, a person's data, erasure, backups."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.ui import confirm as ask
from app.ui.actions import CounterView, WindowActions
from app.ui.counter_state import CounterState
from app.ui.ops import Ops
from app.ui.owner import OwnerGate
from app.ui.profile_panel import ProfilePanel


class DataActions(WindowActions):
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
        self.closing = parent.close  # after a restore the window closes; tests replace it

    def export_day(self) -> None:
        """A staff action: closing up is often not the owner's job."""
        from app.ui.data_dialogs import ExportDayDialog

        ExportDayDialog(self._ops.shop, self._ops, self._parent).exec()

    def import_customers(self) -> None:
        if not self._owner.require(self._parent):
            return
        from app.ui.data_dialogs import ImportDialog

        ImportDialog(self._ops.shop, self._ops, self._parent).exec()
        self._view.reset_search()

    def import_visits(self) -> None:
        if not self._owner.require(self._parent):
            return
        from app.ui.visit_import_dialog import VisitImportDialog

        VisitImportDialog(self._ops.shop, self._ops, self._parent).exec()

    # -- privacy ---------------------------------------------------------------------------------------------
    def export_person(self, folder: str | None = None) -> None:
        serving = self._state.serving
        if serving is None or not self._owner.require(self._parent):
            return
        folder = folder or QFileDialog.getExistingDirectory(
            self._parent, self.tr("Save the person's data in"), str(Path.home())
        )
        if not folder:
            return
        self._ops.long(
            lambda shop, _progress: shop.data.save_person(serving.customer_id, Path(folder)),
            lambda paths: self._profile.show_message(
                self.tr("✓ Saved {j} and {p}.").format(j=paths[0].name, p=paths[1].name)
            ),
            lambda message: self._profile.show_message(message, ok=False),
        )

    def erase_person(self) -> None:
        serving = self._state.serving
        if serving is None or not self._owner.require(self._parent):
            return
        name = serving.name
        text = self.tr(
            "Erase {n}? Their name, phone, e-mail, birthday, notes and feedback are removed for good and "
            "their card stops working. Visits stay as anonymous statistics.\n\nBackups made before now "
            "still hold the old data until they rotate out."
        ).format(n=name)
        if not ask.confirm(
            self._parent,
            self.tr("Erase a customer"),
            text,
            self.tr("Erase {n}").format(n=name),
            self.tr("Keep"),
            danger=True,
        ):
            return

        def erased(done: object) -> None:
            self._view.reset_search()
            if getattr(done, "still_in_file", False):
                self._view.show_banner(
                    self.tr(
                        "{n} was erased, but another program is reading the database, so the old data is not yet "
                        "gone from the file. Close that program; Regulars clears the file when it closes."
                    ).format(n=name),
                    False,
                )
            else:
                self._view.show_banner(self.tr("{n} was erased.").format(n=name))

        self._ops.write(
            lambda shop: shop.data.erase(serving.customer_id),
            erased,
            lambda message: self._view.show_banner(message, False),
        )

    # -- backups ---------------------------------------------------------------------------------------------
    def backup_now(self) -> None:
        self._ops.long(
            lambda shop, _progress: shop.data.backup(),
            lambda path: self._view.show_banner(self.tr("✓ Backup saved: {p}").format(p=path.name)),
            lambda message: self._view.show_banner(message, False),
        )

    def restore_backup(self, name: str | None = None) -> None:
        if not self._owner.require(self._parent):
            return
        shop = self._ops.shop
        if shop is None:
            return
        data = shop.data
        if name is None:
            pattern = self.tr("Regulars backups (*{s})").format(s=data.backup_suffix)
            name, _ = QFileDialog.getOpenFileName(
                self._parent, self.tr("Restore a backup"), str(data.backup_folder), pattern
            )
        if not name:
            return
        self._ops.read(
            lambda shop: shop.data.check_backup(Path(name)),
            lambda _ok: self._confirm_restore(Path(name)),
            lambda message: QMessageBox.warning(self._parent, self.tr("Restore"), message),
        )

    def _confirm_restore(self, path: Path) -> None:
        text = self.tr(
            "Replace the database with {b}? The current one is backed up first. Regulars then closes; "
            "open it again."
        ).format(b=path.name)
        if not ask.confirm(
            self._parent,
            self.tr("Restore"),
            text,
            self.tr("Restore {b}").format(b=path.name),
            self.tr("Cancel"),
            danger=True,
        ):
            return
        self._ops.long(
            lambda shop, _progress: shop.data.restore(path),
            lambda _previous: self.closing(),
            lambda message: QMessageBox.warning(self._parent, self.tr("Restore"), message),
        )
