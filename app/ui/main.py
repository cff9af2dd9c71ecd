"""Start the window: logging, a friendly crash dialog, the database, the first-start choice."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from app import till_settings
from app.application import Services, StartupError, make_daily_backup, open_services
from app.db import backup
from app.errors import AppError
from app.logs import describe, file_log
from app.paths import DataPaths, resolve_data_dir
from app.services import demo, phones
from app.ui.app_icon import app_icon
from app.ui.main_window import MainWindow
from app.ui.ops import adopt
from app.ui.scanner import WedgeScanner
from app.ui.setup_wizard import SetupWizard
from app.ui.style import STYLESHEET
from app.ui.tasks import TaskRunner
from app.ui.window_place import WindowPlace

log = logging.getLogger("regulars")


def setup_logging(folder: Path) -> Path | None:
    return file_log(folder)


def install_excepthook(log_path: Path | None) -> None:
    """The last resort: anything unexpected is logged and shown in a short dialog; the window stays open.
    The dialog names the log file and nothing else: the error's own text may hold a customer's details."""

    def show(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("uncaught exception\n%s", describe(value.with_traceback(tb)))
        where = (
            QApplication.translate("main", "details are in {path}").format(path=log_path)
            if log_path
            else QApplication.translate("main", "no log file could be written ({kind})").format(
                kind=kind.__name__
            )
        )
        QMessageBox.critical(
            None,
            "Regulars",
            QApplication.translate(
                "main",
                "Something unexpected went wrong; {where}.\n\nEverything confirmed on screen before this is saved.",
            ).format(where=where),
        )

    sys.excepthook = show


def build_window(services: Services, runner: TaskRunner | None = None) -> tuple[MainWindow, WedgeScanner]:
    # On the application before any widget exists: styling each widget as it is made is cheaper than
    # re-polishing a finished window (about 80 ms at start-up).
    QApplication.instance().setStyleSheet(STYLESHEET)
    window = MainWindow(services, runner)
    settings = services.settings.all()
    interval, suffix = till_settings.load(services.paths.root).scanner(settings)  # this till's own scanner
    scanner = WedgeScanner(
        interval,
        suffix,
        float(settings["scan_repeat_seconds"]),
        parent=window,
    )
    scanner.scanned.connect(window.on_scan_received)
    QApplication.instance().installEventFilter(scanner)
    return window, scanner


def offer_first_start(window: MainWindow, runner: TaskRunner) -> None:
    """An empty shop: the setup (shop, country, loyalty, owner PIN) or the demo bakery."""
    services = window.services
    if services.search.count() or services.items.list(include_inactive=True):
        return
    _shop, ops = adopt(services, runner, window)
    wizard = SetupWizard(ops, str(services.settings.get("region")), window)
    if wizard.exec() and wizard.wants_demo:
        fill_demo(window, runner)
    elif wizard.saved:
        window.shop_name.setText(str(services.settings.get("shop_name")))


def fill_demo(window: MainWindow, runner: TaskRunner, customers: int = 400, visits: int = 9000) -> None:
    progress = QProgressDialog(window.tr("Baking the demo bakery…"), "", 0, 100, window)
    progress.setCancelButton(None)
    progress.setMinimumDuration(0)
    services = window.services

    def done(_result: object) -> None:
        progress.close()
        window.shop_name.setText(str(services.settings.get("shop_name")))
        window.setWindowTitle(f"Regulars — {services.settings.get('shop_name')}")
        window.reload_menu()
        window.show_banner(window.tr("The demo bakery is ready. Try typing “zoe”."))

    def failed(message: str) -> None:
        progress.close()
        QMessageBox.warning(
            window, "Regulars", window.tr("The demo could not be made: {m}").format(m=message)
        )

    runner.start(
        lambda report: demo.fill(services.db, services.settings, customers, visits, progress=report),
        done,
        failed,
        lambda d, t: progress.setValue(int(100 * d / max(1, t))),
    )


def offer_restore(paths: DataPaths) -> bool:
    """The database file is damaged: offer the latest backup; the damaged file is kept aside, never overwritten."""
    latest = backup.latest(paths.backups)
    if latest is None:
        return False
    answer = QMessageBox.question(
        None,
        "Regulars",
        f"The database file is damaged and cannot be opened.\n\nRestore the latest backup ({latest.name})? "
        "The damaged file is kept beside it, untouched.",
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        kept = backup.restore(latest, paths.database, paths.backups)
    except backup.BackupError as exc:
        QMessageBox.critical(None, "Regulars", str(exc))
        return False
    log.warning("restored %s; damaged database kept as %s", latest, kept)
    return True


def start_daily_backup(window: MainWindow, runner: TaskRunner) -> None:
    """The day's first backup, without holding up the counter. It checks the copy, so this is also where
    damage is found: that goes on the banner, not only into the log."""
    services = window.services
    if not services.is_sqlite:
        return

    def failed(message: str) -> None:
        log.warning("daily backup failed: %s", message)
        window.show_banner(message, ok=False)

    runner.start(lambda _r: make_daily_backup(services.paths), lambda _r: None, failed)


def run_window(data_dir: str | None, database_url: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Regulars")
    app.setDesktopFileName("regulars")  # matches regulars.desktop, so docks group the window under it
    app.setWindowIcon(app_icon())
    try:
        log_path = setup_logging(resolve_data_dir(data_dir).ensure().logs)
    except AppError as exc:  # the data folder is a file, read-only or someone else's
        QMessageBox.critical(None, "Regulars", str(exc))
        return 1
    install_excepthook(log_path)
    try:
        services = open_services(data_dir, database_url, daily_backup=False)
    except StartupError as exc:
        if not (exc.damaged and offer_restore(resolve_data_dir(data_dir))):
            QMessageBox.critical(None, "Regulars", str(exc))
            return 1
        services = open_services(data_dir, database_url, daily_backup=False)
    runner = TaskRunner()
    window, _scanner = build_window(services, runner)
    WindowPlace(window, services.paths.root).restore()  # where this till had it, never larger than the screen
    window.show()
    QTimer.singleShot(0, phones.warm_up)  # after the first paint, before anyone has typed
    start_daily_backup(window, runner)
    offer_first_start(window, runner)
    return app.exec()
