"""The main window's menus and keyboard shortcuts, kept apart so the window module stays about the counter."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from app.ui.help_dialogs import HelpMenu

translate = QCoreApplication.translate  # lupdate reads translate(context, text)


def add_action(
    window: QMainWindow, menu: QMenu, text: str, slot: Callable[[], Any], shortcut: Any = None
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _=False: slot())
    menu.addAction(action)
    return action


def build_menus(w: Any) -> list[QAction]:
    """Fill the menu bar of MainWindow `w`; returns the actions that have a shortcut."""
    file_menu = w.menuBar().addMenu(translate("MainWindow", "&File"))
    actions = [
        add_action(
            w,
            file_menu,
            translate("MainWindow", "&Export the day…"),
            w.data_actions.export_day,
            "Ctrl+Shift+E",
        ),
        add_action(
            w, file_menu, translate("MainWindow", "&Import customers…"), w.data_actions.import_customers
        ),
        add_action(w, file_menu, translate("MainWindow", "Import &visits…"), w.data_actions.import_visits),
    ]
    file_menu.addSeparator()
    actions.append(
        add_action(w, file_menu, translate("MainWindow", "&Back up now"), w.data_actions.backup_now)
    )
    actions.append(
        add_action(
            w,
            file_menu,
            translate("MainWindow", "&Restore a backup…"),
            lambda: w.data_actions.restore_backup(),
        )
    )
    file_menu.addSeparator()
    actions.append(
        add_action(w, file_menu, translate("MainWindow", "&Quit"), w.close, QKeySequence.StandardKey.Quit)
    )
    customers = w.menuBar().addMenu(translate("MainWindow", "&Customers"))
    actions += [
        add_action(
            w,
            customers,
            translate("MainWindow", "&New customer…"),
            lambda: w.customers.new_customer(w.search_box.text()),
            "Ctrl+N",
        ),
        add_action(
            w, customers, translate("MainWindow", "&Edit customer…"), w.customers.edit_customer, "Ctrl+E"
        ),
        add_action(w, customers, translate("MainWindow", "&Find"), w.focus_search, "Ctrl+F"),
        add_action(
            w,
            customers,
            translate("MainWindow", "&Undo what was just saved"),
            w.undo_bar.undo_requested.emit,
            "Ctrl+Z",
        ),
    ]
    customers.addSeparator()
    actions += [
        add_action(
            w,
            customers,
            translate("MainWindow", "&Issue a loyalty card"),
            lambda: w.owner_actions.card_action("issue"),
        ),
        add_action(
            w,
            customers,
            translate("MainWindow", "&Replace a lost card"),
            lambda: w.owner_actions.card_action("reissue"),
        ),
        add_action(
            w,
            customers,
            translate("MainWindow", "Re&voke the card"),
            lambda: w.owner_actions.card_action("revoke"),
        ),
        add_action(
            w,
            customers,
            translate("MainWindow", "Scan with the &camera…"),
            w.owner_actions.open_camera,
            "Ctrl+K",
        ),
        add_action(w, customers, translate("MainWindow", "&Adjust points…"), w.owner_actions.adjust_points),
    ]
    customers.addSeparator()
    actions.append(
        add_action(
            w,
            customers,
            translate("MainWindow", "Export this person's &data…"),
            lambda: w.data_actions.export_person(),
        )
    )
    actions.append(
        add_action(w, customers, translate("MainWindow", "Erase this person…"), w.data_actions.erase_person)
    )
    w.shop_menu = shop = w.menuBar().addMenu(translate("MainWindow", "&Shop"))
    actions += [
        add_action(w, shop, translate("MainWindow", "&Menu items…"), w.owner_actions.edit_menu_items),
        add_action(
            w, shop, translate("MainWindow", "&Print loyalty cards…"), w.owner_actions.print_cards, "Ctrl+P"
        ),
        add_action(
            w, shop, translate("MainWindow", "&Loyalty rules and rewards…"), w.owner_actions.edit_loyalty
        ),
        add_action(
            w,
            shop,
            translate("MainWindow", "&Regulars: VIPs, lapsed, segments…"),
            w.owner_actions.show_regulars,
            "Ctrl+R",
        ),
        add_action(
            w, shop, translate("MainWindow", "&Insights: charts…"), lambda: _open_insights(w), "Ctrl+I"
        ),
    ]
    shop.addSeparator()
    actions += [
        add_action(w, shop, translate("MainWindow", "&Settings…"), w.owner_actions.edit_settings),
        add_action(w, shop, translate("MainWindow", "&Audit log…"), w.owner_actions.show_audit),
        add_action(w, shop, translate("MainWindow", "Set the owner &PIN…"), w.owner_actions.set_owner_pin),
        add_action(w, shop, translate("MainWindow", "&Lock owner mode"), w.owner.lock, "Ctrl+L"),
    ]
    w.help_menu = w.menuBar().addMenu(translate("MainWindow", "&Help"))
    actions.append(
        add_action(
            w, w.help_menu, translate("MainWindow", "Where is my data?"), lambda: show_data_location(w)
        )
    )
    w.help = HelpMenu(w.help_menu, lambda show: read_about(w, show), lambda: w.findChildren(QAction), w)
    return [a for a in actions if not a.shortcut().isEmpty()]


def _open_insights(w: Any) -> None:
    from app.ui.insights_page import open_insights  # QtCharts only when the owner asks for charts

    open_insights(w)


def build_shortcuts(w: Any) -> None:
    for key, slot in ((Qt.Key.Key_Escape, w.reset_search), (Qt.Key.Key_F2, w.visits.record_usual)):
        shortcut = QShortcut(QKeySequence(key), w)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)
    for combo in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(combo), w, activated=w.profile._on_record_clicked)


def read_about(w: Any, show: Callable[[Any], None]) -> None:
    """About's facts (version, data folder, database) through the window's runner."""
    w.ops.read(lambda shop: shop.till.about(), show)


def show_data_location(w: Any) -> None:
    shop = w.ops.shop
    if shop is None:
        return
    where = str(shop.data_folder) if shop.is_sqlite else shop.owner.database_url().split("@")[-1]
    QMessageBox.information(
        w,
        translate("MainWindow", "Your data"),
        translate("MainWindow", "Everything is kept on this computer in:\n{p}\n\nBackups: {b}").format(
            p=where, b=shop.data.backup_folder
        ),
    )
