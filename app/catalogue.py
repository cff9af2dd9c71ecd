"""The command line's words in the person's language, read from the window's own catalogues without Qt.

The .ts files in app/resources/translations are XML: this reads the messages of one context straight from
them, plural forms included, so the CLI and the window share one set of translations and the CLI never
loads PySide6. The language comes from LC_ALL, LC_MESSAGES or LANG, as for any command-line tool.
`--json` output is data and is never translated.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from app.messages import Message, worded

FOLDER = Path(__file__).resolve().parent / "resources" / "translations"
LANGUAGES = ("en", "de", "fr")

Messages = dict[tuple[str, str, str], tuple[str, ...]]


def language(environ: Mapping[str, str] | None = None) -> str:
    """The first of LC_ALL, LC_MESSAGES and LANG that is set decides, as POSIX has it; 'C' is English."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            code = value.split(".")[0].split("_")[0].lower()
            return code if code in LANGUAGES else "en"
    return "en"


def plural_form(lang: str, n: int) -> int:
    """Which of the numerus forms Qt would pick: French counts 0 and 1 as singular, English and German
    only 1."""
    if lang == "fr":
        return 0 if n in (0, 1) else 1
    return 0 if n == 1 else 1


@cache
def messages(lang: str, folder: Path = FOLDER) -> Messages:
    """(context, source, disambiguation) → the finished translation's forms; unfinished and obsolete entries are left out."""
    path = folder / f"regulars_{lang}.ts"
    if not path.is_file():
        return {}
    found: Messages = {}
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314 (our own file)
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            forms = forms or [translation.text or ""]
            if all(forms):
                found[(name, source, message.findtext("comment") or "")] = tuple(forms)
    return found


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Like QCoreApplication.translate: the text in the person's language, '%n' replaced by n; the
    English source when there is no translation."""
    return translate_in(language(), context, source, disambiguation, n)


def translate_in(lang: str, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    forms = messages(lang).get((context, source, disambiguation or ""))
    if n < 0:
        return forms[0] if forms else source
    text = forms[min(plural_form(lang, n), len(forms) - 1)] if forms else source
    return text.replace("%n", str(n))


def said(what: Message | str | BaseException) -> str:
    """A message from the Qt-free layers (or an error carrying one) in the person's language and locale."""
    from app.services.locales import from_environment

    return worded(what, translate, from_environment())


class Context:
    """`cli.tr("No customers match.")` reads like the window's `self.tr`, and lupdate files the text (plural
    forms too) under the object's name, which is the context: so `cli` must stay `cli`."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.name, source, disambiguation, n)


cli = Context("cli")
