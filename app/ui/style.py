"""The window's look: calm colours, large type at the counter, alarms that stand out, in a light and a dark
palette. Type sizes are multiples of the system font's, so the window follows the size a person chose;
spacing is in device-independent pixels, which Qt scales on high-DPI screens."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette


@dataclass(frozen=True)
class Look:
    """One theme's colours, by what they are for (each text colour is checked against its background)."""

    window: str  # windows and dialogs
    surface: str  # panels, lists and fields
    text: str
    subtle: str  # quieter text: hints, titles, details
    border: str  # panels and lists
    field_border: str
    header: str
    header_text: str
    header_line: str
    header_hover: str
    header_focus: str  # the search box's ring, on the dark header in both themes
    accent: str  # the big buttons, under `on_accent` text
    accent_hover: str
    accent_off: str
    accent_off_text: str  # a big button that cannot be pressed yet
    accent_text: str  # accent-coloured text on a panel (the balance)
    on_accent: str
    alert: str  # the allergy banner, under `on_accent` text
    alert_text: str  # alarm-coloured text on a panel or on `error`
    button: str
    button_border: str
    focus: str  # the ring around whatever has the keyboard
    item: str
    item_hover: str
    item_border: str
    birthday: str
    birthday_text: str
    card: str
    card_text: str
    diet: str
    diet_text: str
    ok: str
    ok_text: str
    error: str
    cue: str
    cue_text: str
    complaint_text: str
    point: str
    try_text: str
    keycap: str
    keycap_border: str
    track: str
    handle: str
    handle_hover: str
    selected: str  # the chosen result
    hover: str
    badge_text: str  # a result's birthday line


LIGHT = Look(
    window="#faf7f2",
    surface="#ffffff",
    text="#2b2b2b",
    subtle="#676056",
    border="#e2dccf",
    field_border="#c9c2b4",
    header="#2f3e36",
    header_text="#f5efe3",
    header_line="#7d8c83",
    header_hover="#3e5147",
    header_focus="#8fd6ae",
    accent="#2f6f4f",
    accent_hover="#255a40",
    accent_off="#b9c7bd",
    accent_off_text="#ffffff",
    accent_text="#2f6f4f",
    on_accent="#ffffff",
    alert="#b3261e",
    alert_text="#b00020",
    button="#fdfbf7",
    button_border="#b9b0a0",
    focus="#2f6f4f",
    item="#f3efe7",
    item_hover="#ebe4d6",
    item_border="#ddd5c6",
    birthday="#fde2b8",
    birthday_text="#6b3e00",
    card="#e6e1f5",
    card_text="#3b2f73",
    diet="#e6f0d9",
    diet_text="#33561c",
    ok="#dcebe1",
    ok_text="#1f4d35",
    error="#fbe3e1",
    cue="#fff4d6",
    cue_text="#6b4e00",
    complaint_text="#7a1c16",
    point="#eef4fb",
    try_text="#33561c",
    keycap="#efe9de",
    keycap_border="#d5cdbd",
    track="#eee7da",
    handle="#d5cec0",
    handle_hover="#b9b0a0",
    selected="#dcebe1",
    hover="#f3efe7",
    badge_text="#8a4b00",
)

DARK = Look(
    window="#1c211f",
    surface="#252b28",
    text="#ece8e1",
    subtle="#c0b9ae",
    border="#3a433e",
    field_border="#59645e",
    header="#131816",
    header_text="#f5efe3",
    header_line="#5d6b63",
    header_hover="#27322d",
    header_focus="#8fd6ae",
    accent="#2f6f4f",
    accent_hover="#28603f",
    accent_off="#34403a",
    accent_off_text="#9aa39e",
    accent_text="#8fd6ae",
    on_accent="#ffffff",
    alert="#b3261e",
    alert_text="#ffb4ab",
    button="#2f3733",
    button_border="#5d6b63",
    focus="#8fd6ae",
    item="#2f3733",
    item_hover="#38423d",
    item_border="#46504b",
    birthday="#553811",
    birthday_text="#ffdca8",
    card="#353056",
    card_text="#ddd6ff",
    diet="#2c4022",
    diet_text="#cfe8b8",
    ok="#1f3d2d",
    ok_text="#c2e8ce",
    error="#4a1f1c",
    cue="#463a12",
    cue_text="#ffe7a3",
    complaint_text="#ffc9c2",
    point="#22303d",
    try_text="#b3d99a",
    keycap="#2f3733",
    keycap_border="#4f5a54",
    track="#3a433e",
    handle="#4f5a54",
    handle_hover="#66726b",
    selected="#2d4a3a",
    hover="#2f3733",
    badge_text="#f3b877",
)

ACCENT = LIGHT.accent  # the meter and the charts' first colour
ALERT = LIGHT.alert


def stylesheet(look: Look = LIGHT, base_pt: float = 10.5) -> str:
    """The whole window's stylesheet; `base_pt` is the system font's size, the counter's type grows from it."""

    def pt(times: float) -> str:
        return f"{base_pt * times:.1f}pt"

    c = look
    return f"""
QMainWindow, QDialog {{ background: {c.window}; }}
QWidget {{ color: {c.text}; }}
#header {{ background: {c.header}; }}
#shopName {{ color: {c.header_text}; font-size: {pt(1.3)}; font-weight: 600; }}
#searchBox {{
    font-size: {pt(1.55)}; padding: 8px 14px; border: 2px solid {c.field_border}; border-radius: 10px;
    background: {c.surface}; color: {c.text};
}}
#searchBox:focus {{ border-color: {c.header_focus}; }}
#header QPushButton {{
    color: {c.header_text}; background: transparent; border: 1px solid {c.header_line}; border-radius: 8px;
    padding: 8px 14px;
}}
#header QPushButton:hover {{ background: {c.header_hover}; }}
#header QPushButton:focus {{ border: 2px solid {c.header_focus}; padding: 7px 13px; }}
#servingPicker {{ background: {c.button}; color: {c.text}; border: 1px solid {c.button_border}; border-radius: 6px;
    padding: 1px 8px; }}
#servingPicker:focus {{ border: 2px solid {c.focus}; padding: 0px 7px; }}
#servingPicker::drop-down {{ border: none; width: 16px; }}  /* the picker paints its own arrow */
#results {{ background: {c.surface}; border: 1px solid {c.border}; border-radius: 10px; font-size: {pt(1.15)};
    padding: 4px; }}
#sideTitle {{ font-size: {pt(0.95)}; color: {c.subtle}; font-weight: 600; text-transform: uppercase; }}
#customerName {{ font-size: {pt(2.1)}; font-weight: 700; }}
#subtle {{ color: {c.subtle}; }}
#badgeBirthday {{ background: {c.birthday}; color: {c.birthday_text}; border-radius: 10px; padding: 3px 10px;
    font-weight: 600; }}
#badgeCard {{ background: {c.card}; color: {c.card_text}; border-radius: 10px; padding: 3px 10px; }}
#allergyBanner {{ background: {c.alert}; color: {c.on_accent}; font-size: {pt(1.3)}; font-weight: 700;
    border-radius: 10px; padding: 10px 14px; }}
#dietBanner {{ background: {c.diet}; color: {c.diet_text}; font-weight: 600; border-radius: 10px;
    padding: 6px 12px; }}
QFrame#panel {{ background: {c.surface}; border: 1px solid {c.border}; border-radius: 12px; }}
#panelTitle {{ font-size: {pt(0.95)}; color: {c.subtle}; font-weight: 600; }}
#usualItems {{ font-size: {pt(1.45)}; font-weight: 600; }}
#bigAction {{ background: {c.accent}; color: {c.on_accent}; font-size: {pt(1.3)}; font-weight: 700;
    border: none; border-radius: 10px; padding: 12px 18px; }}
#bigAction:hover {{ background: {c.accent_hover}; }}
#bigAction:disabled {{ background: {c.accent_off}; color: {c.accent_off_text}; }}
#bigAction:focus {{ border: 3px solid {c.text}; padding: 9px 15px; }}
#itemButton {{ background: {c.item}; color: {c.text}; border: 1px solid {c.item_border}; border-radius: 8px;
    padding: 8px 10px; }}
#itemButton:hover {{ background: {c.item_hover}; }}
#itemButton:focus {{ border: 2px solid {c.focus}; padding: 7px 9px; }}
#itemButton[clash="true"] {{ color: {c.alert_text}; font-weight: bold; }}
#balance {{ font-size: {pt(2.4)}; font-weight: 700; color: {c.accent_text}; }}
#toastOk, #undoBar {{ background: {c.ok}; color: {c.ok_text}; border-radius: 8px; font-weight: 600; }}
#toastOk {{ padding: 8px 12px; }}
#undoText {{ color: {c.ok_text}; }}
#toastError {{ background: {c.error}; color: {c.alert_text}; border-radius: 8px; padding: 8px 12px;
    font-weight: 600; }}
#cue {{ background: {c.cue}; color: {c.cue_text}; border-radius: 8px; padding: 8px 12px; }}
#fieldError {{ color: {c.alert_text}; font-size: {pt(0.9)}; }}
#complaintCue {{ background: {c.error}; border-left: 4px solid {c.alert}; border-radius: 6px; }}
#complaintText {{ color: {c.complaint_text}; font-weight: 600; }}
#pointCue {{ background: {c.point}; border-radius: 6px; }}
#tryCue {{ color: {c.try_text}; }}
#smallAction {{ padding: 3px 8px; font-size: {pt(0.95)}; }}
#keycap {{ background: {c.keycap}; border: 1px solid {c.keycap_border}; border-radius: 5px; padding: 2px 8px;
    font-weight: 600; }}
QPushButton {{ background: {c.button}; color: {c.text}; border: 1px solid {c.button_border}; border-radius: 6px;
    padding: 6px 12px; }}
QPushButton:hover {{ background: {c.item_hover}; }}
QPushButton:pressed {{ background: {c.item_border}; }}
QPushButton:focus {{ border: 2px solid {c.focus}; padding: 5px 11px; }}
QPushButton:disabled {{ color: {c.subtle}; }}
QScrollBar:vertical {{ background: transparent; width: 12px; margin: 2px; }}
QScrollBar:horizontal {{ background: transparent; height: 12px; margin: 2px; }}
QScrollBar::handle {{ background: {c.handle}; border-radius: 4px; min-height: 32px; min-width: 32px; }}
QScrollBar::handle:hover {{ background: {c.handle_hover}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QProgressBar {{ border: none; background: {c.track}; color: {c.text}; border-radius: 6px; height: 12px;
    text-align: center; }}
QProgressBar::chunk {{ background: {c.accent}; border-radius: 6px; }}
"""


STYLESHEET = stylesheet(LIGHT)


def palette(look: Look) -> QPalette:
    """The Qt palette to match, for what the stylesheet does not reach (standard dialogs, tables, menus)."""
    p = QPalette(QColor(look.button), QColor(look.window))  # the shades of bevels and frames follow
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, look.window),
        (roles.WindowText, look.text),
        (roles.Base, look.surface),
        (roles.AlternateBase, look.hover),
        (roles.Text, look.text),
        (roles.Button, look.item),
        (roles.ButtonText, look.text),
        (roles.PlaceholderText, look.subtle),
        (roles.ToolTipBase, look.surface),
        (roles.ToolTipText, look.text),
        (roles.Highlight, look.accent),
        (roles.HighlightedText, look.on_accent),
        (roles.Link, look.accent_text),
        (roles.BrightText, look.alert_text),
        (roles.Mid, look.border),
    ):
        p.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(look.subtle))
    return p


def look_of(palette_in_use: QPalette) -> Look:
    """The theme a widget is painted in, told from its palette (for code that paints by hand)."""
    return DARK if palette_in_use.color(QPalette.ColorRole.Window).lightness() < 128 else LIGHT


def system_is_dark() -> bool:
    from PySide6.QtCore import Qt

    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
