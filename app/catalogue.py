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


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for lupdate under `context`; it is translated where it is used."""
    return text


# The RFM segments' names, said the same by the window (app/ui/wording.py) and the command line.
SEGMENTS = {
    "champion": QT_TRANSLATE_NOOP("wording", "Champion"),
    "loyal": QT_TRANSLATE_NOOP("wording", "Loyal"),
    "at risk": QT_TRANSLATE_NOOP("wording", "At risk"),
    "lost": QT_TRANSLATE_NOOP("wording", "Lost"),
    "new": QT_TRANSLATE_NOOP("wording", "New"),
    "occasional": QT_TRANSLATE_NOOP("wording", "Occasional"),
}


# argparse's own words (Python 3.11), which it passes through gettext: "usage:", its headings, its errors.
ARGPARSE = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
)


def word_argparse() -> None:
    """argparse words its parts through gettext's `_` and `ngettext` (its documented hook for
    translators); point both at these catalogues, so `--help` and its errors speak the person's language."""
    import argparse

    setattr(argparse, "_", lambda text: translate("argparse", text))  # noqa: B010
    setattr(argparse, "ngettext", lambda one, many, n: translate("argparse", one if n == 1 else many))  # noqa: B010


def said_in(locale_name: str, what: Message | str | BaseException) -> str:
    """A message in the language of a locale ('de_AT' → German), for a file such as a PDF report."""
    lang = locale_name.split("_")[0]
    return worded(what, lambda c, s, d, n: translate_in(lang, c, s, d, n), locale_name)


class Context:
    """`cli.tr("No customers match.")` reads like the window's `self.tr`, and lupdate files the text (plural
    forms too) under the object's name, which is the context: so `cli` must stay `cli`."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.name, source, disambiguation, n)


cli = Context("cli")
