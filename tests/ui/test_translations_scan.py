"""No user-visible text escapes translation: string literals handed straight to the calls that put text on
screen (labels, buttons, menus, titles, placeholders, tooltips, message boxes) must go through tr()."""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "app" / "ui"
SHOWS_TEXT = {
    # setters
    *[
        "setText",
        "setPlaceholderText",
        "setToolTip",
        "setWindowTitle",
        "setStatusTip",
        "setWhatsThis",
        "setTitle",
        "setLabelText",
        "setTabText",
        "setItemText",
        "setSuffix",
        "setPrefix",
        "setSpecialValueText",
        "setInformativeText",
        "setDetailedText",
        "setButtonText",
        "setSubTitle",
        "setAccessibleName",
        "setAccessibleDescription",
        "setHeaderLabels",
        "setHorizontalHeaderLabels",
        "setHtml",
    ],
    # adders
    *["addAction", "addMenu", "addTab", "insertTab", "addRow", "addItem", "addItems", "addButton"],
    # widgets and dialogs made with a text
    *[
        "QLabel",
        "QPushButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QAction",
        "QToolButton",
        "QMessageBox",
        "QProgressDialog",
        "warning",
        "critical",
        "information",
        "question",
        "about",
        "getText",
        "getInt",
        "getItem",
        "getSaveFileName",
        "getOpenFileName",
        "getExistingDirectory",
    ],
    # the app's own
    *["show_banner", "show_message", "confirm"],
}
NOT_TEXT = {"objectName", "styleSheet"}
DATA_AFTER_TEXT = {"addItem", "addButton"}  # addItem(text, data): the data is a code, never shown
LOGGERS = {"log", "logger", "logging"}
# Reviewed: a colour format, an example server address and markup around translated text (and the app's
# name, Regulars, anywhere).
ALLOWED = {
    "#RRGGBB",
    "postgresql+psycopg://till@server/regulars",
    "<p style='color:",  # the allergy warning's markup, its colour from the theme
    "; font-size:16pt; font-weight:bold'>⚠ ",
}


def words(node: ast.AST) -> list[str]:
    """The literal texts in an argument that a person would read, outside any tr() call."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        bare = re.sub(r"<[^>]+>|\{[^}]*\}|%n|%\d|\bRegulars\b", "", node.value)
        return [node.value] if re.search(r"[A-Za-z]{2}", bare) and node.value not in ALLOWED else []
    if isinstance(node, ast.Call):
        return []  # tr(...), translate(...), or a function that words its own result
    if isinstance(node, (ast.Compare, ast.Subscript)):
        return []  # codes compared or looked up, not shown
    if isinstance(node, ast.IfExp):
        return words(node.body) + words(node.orelse)
    found: list[str] = []
    for child in ast.iter_child_nodes(node):
        if not isinstance(child, ast.FormattedValue):
            found += words(child)
    return found


def untranslated(source: str, filename: str = "<text>") -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if name not in SHOWS_TEXT:
            continue
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in LOGGERS:
            continue
        args = [*node.args, *(k.value for k in node.keywords if k.arg not in NOT_TEXT)]
        if name in DATA_AFTER_TEXT:
            args = args[:1]
        found += [f"{filename}:{node.lineno}: {name}({text!r})" for arg in args for text in words(arg)]
    return found


def test_no_text_on_screen_escapes_translation() -> None:
    found = [line for path in sorted(UI.glob("*.py")) for line in untranslated(path.read_text(), path.name)]
    assert found == []


def test_the_scan_catches_a_bare_text() -> None:
    code = """
label = QLabel("Hello")
button.setText(f"Save {name}")
box = QMessageBox.warning(self, "Regulars", "Nope")
fine = QLabel(self.tr("Hello"))
also_fine = QLabel(self.tr("{n} left").format(n=3), objectName="subtle")
log.warning("not for people: %s", name)
button.setText("⚠ " + self.tr("Careful"))
menu.addAction(translate("MainWindow", "&File"))
"""
    assert [line.split(": ", 1)[1] for line in untranslated(code)] == [
        "QLabel('Hello')",
        "setText('Save ')",
        "warning('Nope')",
    ]
