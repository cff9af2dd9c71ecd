"""Card and owner actions of the main window: kept apart so the window module stays about the counter."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from app.services.cards import CardError
from app.services.customers import NotFound
from app.services.loyalty import LoyaltyError
from app.services.roles import PinError
from app.services.visits import VisitError

ACTION_ERRORS = (PinError, CardError, NotFound, LoyaltyError, VisitError, ValueError)


class OwnerActions:
    """Mixed into MainWindow; uses its services, owner gate, profile panel and banner."""

    def edit_loyalty(self) -> None:
        if not self.owner.require(self):
            return
        from app.ui.loyalty_dialog import LoyaltyDialog

        LoyaltyDialog(self.services.settings, self.services.loyalty, self).exec()
        if self.current_customer():
            self.open_profile(self.current_customer(), self.found_by)

    def adjust_points(self) -> None:
        customer_id = self.current_customer()
        if customer_id is None or not self.owner.require(self):
            return
        delta, ok = QInputDialog.getInt(
            self,
            self.tr("Adjust points"),
            self.tr("Add (or take, with a minus) points for {n}:").format(n=self.profile.profile.name),
            0,
            -10_000,
            10_000,
        )
        if not ok or not delta:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Adjust points"), self.tr("Why? (kept in the history)")
        )
        if not ok:
            return
        try:
            self.services.loyalty.adjust(customer_id, delta, reason, actor="owner")
        except ACTION_ERRORS as exc:
            self.profile.show_message(str(exc), ok=False)
            return
        self.open_profile(customer_id, self.found_by)
        self.profile.show_message(self.tr("✓ Points adjusted by {d:+d}.").format(d=delta))

    def set_owner_pin(self) -> None:
        if not self.owner.require(self):
            return
        new, ok = QInputDialog.getText(
            self, self.tr("Owner PIN"), self.tr("New PIN (4 to 12 digits):"), QLineEdit.EchoMode.Password
        )
        if not ok:
            return
        try:
            self.owner.pin.replace(new)
        except PinError as exc:
            QMessageBox.warning(self, self.tr("Owner PIN"), str(exc))
            return
        self.show_banner(
            self.tr("Owner PIN set. Rules, menu, card revocation and adjustments now ask for it.")
        )

    # -- cards --------------------------------------------------------------------------------------------
    def card_action(self, verb: str) -> None:
        customer_id = self.current_customer()
        if customer_id is None:
            self.show_banner(self.tr("Open a customer's profile first."), ok=False)
            return
        name = self.profile.profile.name
        if verb == "revoke" and not self.owner.require(self):
            return
        if verb in ("reissue", "revoke"):
            question = {
                "reissue": self.tr(
                    "Replace {n}'s card? The old card stops working; stamps and history stay."
                ),
                "revoke": self.tr("Revoke {n}'s card? It will stop working; stamps and history stay."),
            }[verb].format(n=name)
            if (
                QMessageBox.question(self, self.tr("Loyalty card"), question)
                != QMessageBox.StandardButton.Yes
            ):
                return
        try:
            card = getattr(self.services.cards, verb)(customer_id)
        except ACTION_ERRORS as exc:
            self.profile.show_message(str(exc), ok=False)
            return
        self.open_profile(customer_id, self.found_by)
        done = {
            "issue": "Card {c} issued",
            "reissue": "New card {c} issued; the old one no longer works",
            "revoke": "Card {c} revoked",
        }[verb]
        self.profile.show_message("✓ " + self.tr(done).format(c=card.short_code) + ".")

    def edit_menu_items(self) -> None:
        if not self.owner.require(self):
            return
        from app.ui.items_dialog import ItemsDialog

        ItemsDialog(self.services.items, self).exec()
        self.reload_menu()

    def print_cards(self) -> None:
        if not self.owner.require(self):
            return
        from app.ui.print_dialog import PrintCardsDialog

        selection = [hit.id for hit in self.results_model.hits]
        PrintCardsDialog(self.services, self.runner, self.current_customer(), selection, self).exec()
        if self.current_customer():
            self.open_profile(self.current_customer(), self.found_by)

    def open_camera(self) -> None:
        from app.ui.camera import CameraDialog  # QtMultimedia loads only when the camera is wanted

        dialog = CameraDialog(self)
        dialog.card_seen.connect(self.on_scan_received)
        dialog.exec()

    # -- relationship cues -------------------------------------------------------------------------------
    def refresh_cues(self, customer_id: int) -> None:
        from app.services import surprise
        from app.services.feedback import FeedbackService

        offer = surprise.suggest(self.services.db, self.services.settings, customer_id)
        self._surprise = offer
        text = (
            self.tr("{r}: how about a surprise {i} on the house?").format(
                r=offer.reason, i=offer.item.lower()
            )
            if offer
            else ""
        )
        can_ask = FeedbackService(self.services.db, self.services.settings).can_ask(customer_id)
        self.profile.show_cues(text, can_ask)

    def give_surprise(self) -> None:
        from app.services import surprise

        customer_id = self.current_customer()
        if customer_id is None or not getattr(self, "_surprise", None):
            return
        surprise.give(self.services.db, customer_id, self._surprise)
        self.profile.show_cues("", self.profile.feedback_button.isVisible())
        self.profile.show_message(self.tr("✓ Noted. Enjoy the smile."))

    def ask_feedback(self) -> None:
        from app.services.feedback import FeedbackService
        from app.ui.feedback_dialog import FeedbackDialog

        customer_id = self.current_customer()
        if customer_id is None:
            return
        dialog = FeedbackDialog(self.profile.profile.name.split()[0], self)
        if dialog.exec() and dialog.score is not None:
            FeedbackService(self.services.db, self.services.settings).record(
                customer_id, dialog.score, dialog.comment.text()
            )
            self.refresh_cues(customer_id)
            self.profile.show_message(self.tr("✓ Thank you! Feedback saved."))

    def show_regulars(self) -> None:
        if not self.owner.require(self):
            return
        from app.ui.regulars_page import RegularsDialog

        dialog = RegularsDialog(self.services, self.runner, self.currency, self)
        dialog.open_customer.connect(lambda cid: self.open_profile(cid, "manual"))
        dialog.exec()

    # -- data in and out -----------------------------------------------------------------------------------
    def export_day(self) -> None:
        from app.ui.data_dialogs import ExportDayDialog

        ExportDayDialog(self.services, self.runner, self).exec()

    def import_customers(self) -> None:
        if not self.owner.require(self):
            return
        from app.ui.data_dialogs import ImportDialog

        ImportDialog(self.services, self.runner, self).exec()
        self.show_idle_list()

    # -- privacy ---------------------------------------------------------------------------------------------
    def export_person(self) -> None:
        customer_id = self.current_customer()
        if customer_id is None or not self.owner.require(self):
            return
        import json
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from app.files import AtomicFile, OutputError, check_output_path
        from app.printing.person_report import render_person
        from app.services import privacy

        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Save the person's data in"), str(Path.home())
        )
        if not folder:
            return
        stem = Path(folder) / f"customer-{customer_id}-data"
        try:
            targets = [
                check_output_path(stem.with_suffix(suffix), self.services.paths.root, self.services.url)
                for suffix in (".json", ".pdf")
            ]
            data = privacy.export_person(self.services.db, customer_id)
            with AtomicFile(targets[0], private=True, encoding="utf-8") as staged:  # in place after the PDF
                staged.file.write(json.dumps(data, ensure_ascii=False, indent=2))
                render_person(targets[1], data, str(self.services.settings.get("shop_name")))
        except OutputError as exc:
            self.profile.show_message(str(exc))
            return
        self.profile.show_message(
            self.tr("✓ Saved {j} and {p}.").format(
                j=stem.with_suffix(".json").name, p=stem.with_suffix(".pdf").name
            )
        )

    def erase_person(self) -> None:
        customer_id = self.current_customer()
        if customer_id is None or not self.owner.require(self):
            return
        from app.services import privacy

        name = self.profile.profile.name
        answer = QMessageBox.warning(
            self,
            self.tr("Erase a customer"),
            self.tr(
                "Erase {n}? Their name, phone, e-mail, birthday, notes and feedback are removed for good and "
                "their card stops working. Visits stay as anonymous statistics.\n\nBackups made before now "
                "still hold the old data until they rotate out."
            ).format(n=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        done = privacy.erase(self.services.db, customer_id)
        self.pages.setCurrentIndex(0)
        self.profile.profile = None
        self.reset_search()
        if done.still_in_file:
            self.show_banner(
                self.tr(
                    "{n} was erased, but another program is reading the database, so the old data is not yet "
                    "gone from the file. Close that program; Regulars clears the file when it closes."
                ).format(n=name),
                ok=False,
            )
            return
        self.show_banner(self.tr("{n} was erased.").format(n=name))

    def show_audit(self) -> None:
        if not self.owner.require(self):
            return
        from app.services import audit
        from app.ui.audit_dialog import AuditDialog

        AuditDialog(audit.recent(self.services.db, 1000), self.zone, self).exec()

    # -- backups ---------------------------------------------------------------------------------------------
    def backup_now(self) -> None:
        from app.application import sqlite_file
        from app.db import backup, pg_backup

        services = self.services
        database = sqlite_file(services.url)

        def work(_report: object) -> object:
            if database is not None:
                return backup.create(database, services.paths.backups, "manual")
            return pg_backup.create(services.url, services.paths.backups, "manual")

        self.runner.start(
            work,
            lambda path: self.show_banner(self.tr("✓ Backup saved: {p}").format(p=path.name)),
            lambda message: self.show_banner(message, ok=False),
        )

    def restore_backup(self) -> None:
        if not self.owner.require(self):
            return
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from app.application import sqlite_file
        from app.db import backup, pg_backup

        database = sqlite_file(self.services.url)
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore a backup"),
            str(self.services.paths.backups),
            "Regulars backups (*.sqlite3)" if database is not None else "Regulars backups (*.pgdump)",
        )
        if not name:
            return
        try:
            if database is not None:
                backup.check(Path(name))
        except backup.BackupError as exc:
            QMessageBox.warning(self, self.tr("Restore"), str(exc))
            return
        if (
            QMessageBox.question(
                self,
                self.tr("Restore"),
                self.tr(
                    "Replace the database with {b}? The current one is backed up first. Regulars then closes; "
                    "open it again."
                ).format(b=Path(name).name),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        try:
            # Into the live database: other windows and tills see the restored data, nothing is swapped under them.
            if database is not None:
                backup.restore(Path(name), database, self.services.paths.backups)
            else:
                pg_backup.restore(Path(name), self.services.url, self.services.paths.backups)
        except backup.BackupError as exc:
            QMessageBox.warning(self, self.tr("Restore"), str(exc))
            return
        self.close()

    def edit_settings(self) -> None:
        if not self.owner.require(self):
            return
        from app.ui.settings_dialog import SettingsDialog

        if SettingsDialog(self.services, self).exec():
            name = str(self.services.settings.get("shop_name"))
            self.shop_name.setText(name)
            self.setWindowTitle(f"Regulars — {name}")
            self.show_banner(self.tr("✓ Settings saved."))
