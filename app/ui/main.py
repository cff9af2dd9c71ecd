"""Start the window: logging, a friendly crash dialog, the window, then the shop behind it.

The window is on screen before the data layer has loaded: the shop (SQLAlchemy, migrations, the daily
backup) opens on a worker thread, and whatever is typed or scanned meanwhile waits in the runner.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any, cast

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from app import till_settings
from app.errors import AppError
from app.logs import describe, file_log
from app.paths import resolve_data_dir
from app.ui import languages, wording
from app.ui.app_icon import app_icon
from app.ui.main_window import MainWindow
from app.ui.ops import Ops
from app.ui.scanner import WedgeScanner
from app.ui.theme import Theme
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


def build_window(
    shop: Any = None, ops: Ops | None = None, clock: Callable[[], float] = time.monotonic
) -> tuple[MainWindow, WedgeScanner]:
    """The window and the card scanner. With a shop it is attached at once; without, attach it to `window.ops`
    when it has opened (what `run_window` does)."""
    # On the application before any widget exists: styling each widget as it is made is cheaper than
    # re-polishing a finished window (about 80 ms at start-up).
    app = cast(QApplication, QApplication.instance())
    theme = Theme(app)  # light or dark as the system is, until the till's own choice is known
    if not languages.installed():  # run_window installs the till's choice; elsewhere the system's
        languages.install()
    ops = ops or Ops()
    window = MainWindow(ops)
    theme.setParent(window)  # run_window finds it there: window.findChild(Theme)
    ops.setParent(window)
    scanner = WedgeScanner(clock=clock, parent=window)
    scanner.let_through = lambda widget: widget is window.search_box  # opening a card clears it
    scanner.scanned.connect(window.on_scan_received)
    window.settings_loaded.connect(
        lambda s: scanner.configure(s.scan_max_interval_ms, s.scan_suffix, s.scan_repeat_seconds)
    )
    scanner.follow(window)
    if shop is not None and not ops.is_ready:
        if not hasattr(shop, "counter"):  # the services of an older call site
            from app.shop import Shop

            shop = Shop(shop)
        ops.attach(shop)
    return window, scanner


class ShopOpener(QObject):
    """Opens the shop on a worker thread and hands it over on the GUI thread.

    Signals:
        opened(object): the Shop.
        failed(object): the StartupError (or other AppError) that stopped it.
    """

    opened = Signal(object)
    failed = Signal(object)

    def __init__(self, data_dir: str | None, database_url: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir, self._url = data_dir, database_url
        self.opened.connect(self._keep, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        threading.Thread(target=self._open, name="open-shop", daemon=True).start()

    def _open(self) -> None:
        try:
            self._open_and_tell()
        except RuntimeError:  # the window was closed before the shop opened: nobody is waiting
            log.info("the shop opened after its window had closed")

    def _open_and_tell(self) -> None:
        try:
            from app.shop import Shop

            shop = Shop.open(self._data_dir, self._url, daily_backup=False)
        except AppError as exc:
            self.failed.emit(exc)
        except Exception as exc:  # logged in full; the person sees a short message
            log.exception("opening the shop failed")
            self.failed.emit(
                AppError(
                    QApplication.translate(
                        "main", "The shop could not be opened ({kind}); see the log."
                    ).format(kind=exc.__class__.__name__)
                )
            )
        else:
            self.opened.emit(shop)

    def _keep(self, shop: object) -> None:
        self.shop = shop


def follow_till_theme(window: MainWindow, folder: Path) -> Theme:
    """This till's colours before the window shows (its file is read at once, as for the window's place),
    then again whenever the settings change."""
    theme = cast(Theme, window.findChild(Theme))  # build_window made it
    theme.choose(till_settings.load(folder).theme)
    window.settings_loaded.connect(
        lambda _s: window.ops.read(lambda shop: shop.till.settings().theme, theme.choose)
    )
    return theme


def offer_first_start(window: MainWindow) -> None:
    """An empty shop: the setup (shop, country, loyalty, owner PIN) or the demo bakery."""

    def answered(answer: tuple[bool, str]) -> None:
        empty, region = answer
        if empty:
            _ask_first_start(window, region)

    window.ops.read(lambda shop: (shop.counter.is_empty(), shop.counter.settings().region), answered)


def _ask_first_start(window: MainWindow, region: str) -> None:
    from app.ui.setup_wizard import SetupWizard  # phonenumbers' country names: only for a new shop

    wizard = SetupWizard(window.ops, region, window)
    if wizard.exec() and wizard.wants_demo:
        fill_demo(window)
    elif wizard.saved:
        window.reload_settings()


def fill_demo(window: MainWindow, customers: int = 400, visits: int = 9000) -> None:
    progress = QProgressDialog(
        QApplication.translate("MainWindow", "Baking the demo bakery…"), "", 0, 100, window
    )
    progress.setCancelButton(None)
    progress.setMinimumDuration(0)

    def done(_result: object) -> None:
        progress.close()
        window.reset_search()  # the birthday list now has the demo's birthdays
        window.show_banner(
            QApplication.translate("MainWindow", "The demo bakery is ready. Try typing “zoe”.")
        )

    def failed(message: str) -> None:
        progress.close()
        QMessageBox.warning(
            window,
            "Regulars",
            QApplication.translate("MainWindow", "The demo could not be made: {m}").format(m=message),
        )

    window.ops.long(
        lambda shop, report: shop.data.fill_demo(customers, visits, report),
        done,
        failed,
        lambda d, t: progress.setValue(int(100 * d / max(1, t))),
    )


def offer_restore(data_dir: str | None) -> bool:
    """The database file is damaged: offer the latest backup; the damaged file is kept aside, never overwritten."""
    from app.shop import rescue

    latest = rescue.latest_backup(data_dir)
    if latest is None:
        return False
    box = QMessageBox(QMessageBox.Icon.Warning, "Regulars", "")
    box.setText(
        QApplication.translate(
            "main",
            "The database file is damaged and cannot be opened.\n\nRestore the latest backup ({b})? "
            "The damaged file is kept beside it, untouched.",
        ).format(b=latest.name)
    )
    restore = box.addButton(
        QApplication.translate("main", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QApplication.translate("main", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    try:
        kept = rescue.restore_latest(data_dir)
    except AppError as exc:
        QMessageBox.critical(None, "Regulars", wording.said(exc))
        return False
    log.warning("restored %s; damaged database kept as %s", latest, kept)
    return True


def start_daily_backup(window: MainWindow) -> None:
    """The day's first backup, without holding up the counter. It checks the copy, so this is also where
    damage is found: that goes on the banner, not only into the log."""

    def failed(message: str) -> None:
        log.warning("daily backup failed: %s", message)
        window.show_banner(message, ok=False)

    window.ops.long(lambda shop, _progress: shop.data.daily_backup(), lambda _path: None, failed)


def run_window(data_dir: str | None, database_url: str | None) -> int:
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv))
    app.setApplicationName("Regulars")
    app.setDesktopFileName("regulars")  # matches regulars.desktop, so docks group the window under it
    app.setWindowIcon(app_icon())
    try:
        log_path = setup_logging(resolve_data_dir(data_dir).ensure().logs)
    except AppError as exc:  # the data folder is a file, read-only or someone else's
        QMessageBox.critical(None, "Regulars", wording.said(exc))
        return 1
    install_excepthook(log_path)
    languages.install(till_settings.load(resolve_data_dir(data_dir).root).language)
    wording.use_till_language(resolve_data_dir(data_dir).root)  # money and dates in this till's language
    window, _scanner = build_window()
    follow_till_theme(window, resolve_data_dir(data_dir).root)
    WindowPlace(
        window, resolve_data_dir(data_dir).root
    ).restore()  # where this till had it, within the screen
    window.show()
    opener = ShopOpener(data_dir, database_url, window)

    def opened(shop: Any) -> None:
        window.ops.attach(shop)
        start_daily_backup(window)
        offer_first_start(window)

    def failed(exc: Any) -> None:
        if getattr(exc, "damaged", False) and offer_restore(data_dir):
            opener.start()
            return
        QMessageBox.critical(window, "Regulars", wording.said(exc))
        window.close()

    opener.opened.connect(opened, Qt.ConnectionType.QueuedConnection)
    opener.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    opener.start()
    return app.exec()
