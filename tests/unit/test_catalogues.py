"""The translations: German and French complete and in step with the code, the compiled .qm files in step
with the .ts sources, and the command line's Qt-free reader of the same catalogues."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import catalogue
from app.services.importing_read import refused

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "app" / "resources" / "translations"
TOOLS = Path(sys.executable).parent
SOURCES = sorted(
    path
    for folder in ("ui", ".", "services", "shop", "db", "printing")
    for path in (ROOT / "app" / folder).glob("*.py")
)
COMPLETE = ("de", "fr")


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()  # noqa: S314 (our own file)
    return [(c.findtext("name") or "", m) for c in root.iter("context") for m in c.iter("message")]


def marks(text: str) -> tuple[list[str], int, bool]:
    """What must survive translation: {placeholders}, %n and %1, the number of HTML tags, a menu accelerator."""
    placeholders = sorted(re.findall(r"\{[^}]*\}|%n|%1", text))
    return placeholders, len(re.findall(r"<[^>]+>", text)), bool(re.search(r"&[^&\s]", text))


@pytest.mark.parametrize("lang", COMPLETE)
def test_german_and_french_are_complete(lang) -> None:
    found = messages(FOLDER / f"regulars_{lang}.ts")
    assert len(found) > 600
    problems = []
    for context, message in found:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
            f.strip() for f in forms
        ):
            problems.append(f"{context}: {source!r} is not translated")
        elif message.get("numerus") == "yes" and len(forms) != 2:
            problems.append(f"{context}: {source!r} needs a singular and a plural")
        else:
            problems += [
                f"{context}: {source!r} → {f!r} changes a placeholder"
                for f in forms
                if marks(f) != marks(source)
            ]
    assert problems == []


def test_french_punctuation_has_its_space() -> None:
    """French sets a no-break space (or a narrow one) before : ; ? ! and inside « »; an ordinary space
    would let the line break before the mark, and none at all reads as English."""
    wrong = []
    for context, message in messages(FOLDER / "regulars_fr.ts"):
        translation = message.find("translation")
        assert translation is not None
        for text in [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]:
            words = re.sub(r"<[^>]+>", "", text)  # markup (style='color:#fff;') is not French
            if re.search(r"(^|[^\u00a0\u202f])[:;?!](\s|$)|«[^\u00a0\u202f]|[^\u00a0\u202f]»", words):
                wrong.append(f"{context}: {text!r}")
    assert wrong == []


def test_english_holds_the_plural_forms_only() -> None:
    found = messages(FOLDER / "regulars_en.ts")
    assert found and all(m.get("numerus") == "yes" for _c, m in found)
    forms = {m.findtext("source"): [f.text for f in m.iter("numerusform")] for _c, m in found}
    assert forms["%n visit(s)"] == ["%n visit", "%n visits"]


def test_every_text_in_the_code_is_in_the_catalogues(tmp_path) -> None:
    """lupdate over the code adds nothing: a new tr() text fails here until `make translations` has
    gathered it and someone has translated it."""
    for lang in (*COMPLETE, "en"):
        shutil.copy(FOLDER / f"regulars_{lang}.ts", tmp_path)
    lupdate = [
        str(TOOLS / "pyside6-lupdate"),
        "-silent",
        "-locations",
        "none",
        "-no-obsolete",
        *map(str, SOURCES),
    ]
    subprocess.run(
        [*lupdate, "-ts", *(str(tmp_path / f"regulars_{lang}.ts") for lang in COMPLETE)], check=True
    )
    subprocess.run([*lupdate, "-pluralonly", "-ts", str(tmp_path / "regulars_en.ts")], check=True)
    for lang in (*COMPLETE, "en"):
        before = {(c, m.findtext("source")) for c, m in messages(FOLDER / f"regulars_{lang}.ts")}
        after = {(c, m.findtext("source")) for c, m in messages(tmp_path / f"regulars_{lang}.ts")}
        assert after - before == set(), f"new texts for regulars_{lang}.ts: run make translations"
        assert before - after == set(), (
            f"texts gone from the code in regulars_{lang}.ts: run make translations"
        )


@pytest.mark.parametrize("lang", (*COMPLETE, "en"))
def test_each_qm_is_compiled_from_its_ts(tmp_path, lang) -> None:
    """The .qm the window loads is exactly what lrelease makes of the .ts (lrelease's output is the same
    byte for byte each time), so a .qm older than, or out of step with, its .ts fails here."""
    compiled = tmp_path / f"regulars_{lang}.qm"
    subprocess.run(
        [
            str(TOOLS / "pyside6-lrelease"),
            "-silent",
            str(FOLDER / f"regulars_{lang}.ts"),
            "-qm",
            str(compiled),
        ],
        check=True,
    )
    assert (FOLDER / f"regulars_{lang}.qm").read_bytes() == compiled.read_bytes(), "run make translations"


@pytest.mark.parametrize(
    ("environ", "lang"),
    [
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "fr_CA.UTF-8"}, "fr"),
        ({"LC_ALL": "fr_FR.UTF-8", "LANG": "de_DE.UTF-8"}, "fr"),  # LC_ALL wins
        ({"LC_MESSAGES": "de_AT", "LANG": "fr_FR"}, "de"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "nl_NL.UTF-8"}, "en"),  # no Dutch: English
        ({}, "en"),
    ],
)
def test_the_language_comes_from_the_locale_variables(environ, lang) -> None:
    assert catalogue.language(environ) == lang


def test_the_cli_words_and_counts_in_the_persons_language(monkeypatch) -> None:
    said = {}
    for lang in ("C.UTF-8", "de_DE.UTF-8", "fr_FR.UTF-8"):
        monkeypatch.setenv("LANG", lang)
        monkeypatch.delenv("LC_ALL", raising=False)
        monkeypatch.delenv("LC_MESSAGES", raising=False)
        # an import refused for n errors, as the CLI prints it
        said[lang[:2]] = [catalogue.said(refused([], n)).split(";")[0].strip() for n in (0, 1, 2)]
        said[lang[:2]].append(catalogue.cli.tr("No customers match."))
    assert said == {
        "C.": ["0 rows have errors", "1 row has an error", "2 rows have errors", "No customers match."],
        "de": [
            "0 Zeilen haben Fehler",
            "1 Zeile hat einen Fehler",
            "2 Zeilen haben Fehler",
            "Keine passenden Kunden.",
        ],
        "fr": [
            "0 ligne contient une erreur",
            "1 ligne contient une erreur",
            "2 lignes contiennent des erreurs",
            "Aucun client ne correspond.",
        ],
    }


def test_an_unfinished_translation_is_not_used(tmp_path, monkeypatch) -> None:
    (tmp_path / "regulars_de.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de_DE"><context>'
        "<name>cli</name>"
        "<message><source>Done.</source><translation>Fertig.</translation></message>"
        '<message><source>Draft.</source><translation type="unfinished">Entwurf.</translation></message>'
        "<message><source>Empty.</source><translation></translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    monkeypatch.setattr(catalogue, "FOLDER", tmp_path)
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    found = catalogue.messages("de", tmp_path)
    assert found == {("cli", "Done.", ""): ("Fertig.",)}
    assert catalogue.Context("elsewhere").tr("Done.") == "Done."  # another context: the English text
    assert catalogue.plural_form("fr", 0) == catalogue.plural_form("fr", 1) == 0
    assert catalogue.plural_form("de", 0) == 1


def test_a_tills_language_is_kept_and_checked(tmp_path) -> None:
    from app import till_settings
    from app.errors import UserError

    assert till_settings.load(tmp_path).language == ""  # the computer's language until one is chosen
    till_settings.save(tmp_path, till_settings.TillSettings(name="Front", language="de"))
    assert till_settings.load(tmp_path).language == "de"
    with pytest.raises(UserError, match="English, German or French"):
        till_settings.save(tmp_path, till_settings.TillSettings(name="Front", language="nl"))
    (tmp_path / till_settings.FILE_NAME).write_text('{"name": "Front", "language": "xx"}', encoding="utf-8")
    assert till_settings.load(tmp_path) == till_settings.TillSettings(name="Front")  # the name survives
