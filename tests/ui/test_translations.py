"""The window in German and French: no English left in the menus, the counter or a profile, plural forms
right in each language, and the language a till chooses in its settings."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QWidget,
)

from app import till_settings
from app.application import open_services
from app.ui import languages
from app.ui.owner import OwnerGate
from tests.ui.test_settings_ui import make_dialog


@pytest.fixture
def speak():
    """Switch the window's language for one test; English again afterwards."""
    yield languages.install
    languages.install("en")


def english_only(lang: str) -> tuple[set[str], list[re.Pattern[str]]]:
    """The English source texts whose translation differs, as plain texts and as patterns (a '{n}' or
    '%n' stands for anything), leaving out patterns with too few letters to tell a language by."""
    root = ET.parse(languages.FOLDER / f"regulars_{lang}.ts").getroot()  # noqa: S314 (our own file)
    texts, patterns = set(), []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        forms = [f.text or "" for f in message.iter("numerusform")] or [message.findtext("translation") or ""]
        if source in forms:
            continue
        for line in source.replace("&", "").split("\n"):
            line = line.strip()
            if not re.search(r"[A-Za-z]{3}", re.sub(r"\{[^}]*\}|%n|%1|<[^>]+>", "", line)):
                continue
            texts.add(line.casefold())
            parts = re.split(r"\{[^}]*\}|%n|%1", line)
            if sum(len(re.findall(r"[A-Za-z]", p)) for p in parts) >= 6:
                patterns.append(re.compile(".+?".join(re.escape(p) for p in parts), re.IGNORECASE))
    return texts, patterns


def shown_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every label, button, placeholder, tooltip, heading, tab, column and menu entry a
    person can meet."""
    found: list[tuple[str, str]] = []

    def add(where: str, text: str) -> None:
        plain = re.sub(r"<[^>]+>", "\n", text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
        found.extend((where, line.strip()) for line in plain.split("\n") if line.strip())

    for widget in window.findChildren(QWidget):
        if isinstance(widget, QMenu) or not widget.isVisibleTo(window):
            continue
        name = f"{type(widget).__name__} {widget.objectName()}"
        if isinstance(widget, (QLabel, QAbstractButton)):
            add(name, widget.text())
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            add(name, widget.placeholderText())
        add(name + " tooltip", widget.toolTip())
        if isinstance(widget, QGroupBox):
            add(name, widget.title())
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(name, widget.tabText(i))
        if isinstance(widget, QComboBox):
            add(name, widget.currentText())
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                add(name + " column", str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    menus = [a.menu() for a in window.menuBar().actions()]
    for action in window.menuBar().actions() + [a for m in menus for a in m.actions()]:
        add("menu", action.text())
        add("menu tooltip", action.toolTip() if action.toolTip() != action.text().replace("&", "") else "")
    return found


def english_in(texts: list[tuple[str, str]], lang: str) -> list[tuple[str, str]]:
    sources, patterns = english_only(lang)
    return [(w, t) for w, t in texts if t.casefold() in sources or any(p.fullmatch(t) for p in patterns)]


def open_zoe(qtbot, window) -> None:
    qtbot.keyClicks(window.search_box, "zoe martin")
    with qtbot.waitSignal(window.profile_shown, timeout=5000):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("lang", "search", "menus"),
    [
        (
            "de",
            "Name, Telefon oder E-Mail eintippen — oder eine Karte scannen",
            ["Datei", "Kunden", "Laden", "Hilfe"],
        ),
        (
            "fr",
            "Tapez un nom, un téléphone ou un e-mail — ou scannez une carte",
            ["Fichier", "Clients", "Boutique", "Aide"],
        ),
    ],
)
def test_the_window_speaks_the_language_with_no_english_left(
    qtbot, open_window, bakery, speak, lang, search, menus
) -> None:
    assert speak(lang) == lang
    window, _ = open_window(bakery)
    assert window.search_box.placeholderText() == search
    assert [a.text().replace("&", "") for a in window.menuBar().actions()] == menus
    idle = shown_texts(window)
    open_zoe(qtbot, window)
    profile = shown_texts(window)
    assert len(profile) > 40  # the profile's labels and buttons were walked, not an empty window
    assert english_in(idle + profile, lang) == []


def test_the_walk_finds_english_where_there_is_some(qtbot, open_window, bakery) -> None:
    """The check above, on the English window: it must see the English it is looking for."""
    window, _ = open_window(bakery)
    open_zoe(qtbot, window)
    found = {text for _where, text in english_in(shown_texts(window), "de")}
    assert {
        "File",
        "Type a name, phone or e-mail — or scan a card",
        "Record visit",
        "RECENT VISITS",
        "Amount",
    } <= found
    assert any(re.fullmatch(r"\d+ visits · last visit .+", text) for text in found)  # a pattern, too


def test_the_profile_counts_in_each_language(qtbot, open_window, bakery, speak) -> None:
    summaries = {}
    for lang in ("en", "de", "fr"):
        speak(lang)
        window, _ = open_window(bakery)
        open_zoe(qtbot, window)
        summaries[lang] = (window.profile.visit_summary.text(), window.profile.birthday.text())
        window.close()
    assert re.fullmatch(r"\d+ visits · last visit \S.*", summaries["en"][0])
    assert re.fullmatch(r"\d+ Besuche · zuletzt \S.*", summaries["de"][0])
    assert re.fullmatch(r"\d+ visites · dernière visite \S.*", summaries["fr"][0])
    assert [s[1] for s in summaries.values()] == [
        "Birthday in 3 days",
        "Geburtstag in 3 Tagen",
        "Anniversaire dans 3 jours",
    ]


@pytest.mark.parametrize(
    ("lang", "zero", "one", "two"),
    [
        ("en", "0 visits", "1 visit", "2 visits"),
        ("de", "0 Besuche", "1 Besuch", "2 Besuche"),
        ("fr", "0 visite", "1 visite", "2 visites"),  # French counts nought as one
    ],
)
def test_plural_forms_follow_the_language(speak, lang, zero, one, two) -> None:
    speak(lang)
    said = [QCoreApplication.translate("ProfilePanel", "%n visit(s)", "", n) for n in (0, 1, 2)]
    assert said == [zero, one, two]


def test_the_lock_out_is_said_with_the_right_plural(qtbot, services, speak) -> None:
    gate = OwnerGate(lambda: None)
    assert "locked for 1 more minute." in gate._lockout_message(30)
    assert "locked for 4 more minutes." in gate._lockout_message(200)
    speak("de")
    assert "noch 1 Minute gesperrt" in gate._lockout_message(30)
    assert "noch 4 Minuten gesperrt" in gate._lockout_message(200)


def test_qt_s_own_buttons_are_translated_too(speak) -> None:
    speak("de")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    speak("fr")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


def test_a_till_chooses_its_language_in_the_settings(qtbot, services) -> None:
    dialog, _ = make_dialog(qtbot, services)
    assert dialog.language.currentData() == ""  # the computer's language until one is chosen
    assert [dialog.language.itemText(i) for i in range(1, dialog.language.count())] == [
        "English",
        "Deutsch",
        "Français",
    ]
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog._on_save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert till_settings.load(services.paths.root).language == "fr"


def test_the_language_follows_the_system_unless_the_till_says_otherwise() -> None:
    from PySide6.QtCore import QLocale

    assert languages.chosen("", QLocale("de_AT")) == "de"
    assert languages.chosen("", QLocale("fr_CA")) == "fr"
    assert languages.chosen("", QLocale("nl_NL")) == "en"  # no Dutch yet: English
    assert languages.chosen("fr", QLocale("de_DE")) == "fr"


def test_a_german_window_says_a_service_refusal_in_german(qtbot, open_window, bakery, speak) -> None:
    """The services refuse in data (a template and its parameters); the window words it in its language."""
    from tests.ui.conftest import StepClock, customer_id, keyboard
    from tests.ui.test_scanning import card_of

    payload = card_of(bakery)
    services = open_services(str(bakery))
    services.cards.revoke(customer_id(bakery, "Zoë Martin"))
    services.close()
    speak("de")
    window, _scanner = open_window(bakery, StepClock(StepClock.SCANNER))
    keyboard(window.search_box, payload)
    keyboard(window.search_box, Qt.Key.Key_Return)
    assert window.banner.isVisible()
    assert re.fullmatch(
        r"Diese Karte wurde am \d+\. \w+\.? \d{4} gesperrt\. Es wurde nichts erfasst\.", window.banner.text()
    )
    keyboard(window.search_box, "RGL" + "7" * 20)
    keyboard(window.search_box, Qt.Key.Key_Return)
    assert window.banner.text() == "Unbekannte Karte: Sie wurde nicht von diesem Geschäft ausgegeben."
    failures: list[str] = []
    window.ops.write(lambda shop: shop.owner.set_item_price(999_999, 250), on_error=failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert failures == ["Es gibt keinen Artikel mit der Nummer 999999."]


def test_a_chart_kept_as_plain_text_is_still_shown_in_french(qtbot, speak) -> None:
    """The Insights page opens from charts kept on disk as JSON: their titles come back as plain English
    text, and the window still finds them in the catalogue."""
    from app.services.charts_data import Chart, Series
    from app.ui.chart_card import ChartCard

    speak("fr")
    kept = Chart(
        "visits_per_week",
        "Visits per week",
        ("1 Dec",),
        (Series("This year", (3.0,)),),
        axis_label="visits",
        note="Voided visits are counted elsewhere.",  # not in the catalogue: shown as it is
    )
    card = ChartCard(kept)
    qtbot.addWidget(card)
    assert card.title.text() == "Visites par semaine"
    assert card.model.HEADERS == ("", "Cette année")
    assert card.note.text() == "Voided visits are counted elsewhere."
