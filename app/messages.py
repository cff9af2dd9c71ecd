"""What the Qt-free layers say, kept as data until a front end words it.

A message is an English template marked for lupdate plus its parameters as numbers, dates and strings:

    raise ItemError(msg.tr("There is no item called {name}.").format(name=name))
    raise UserError(msg.tr("%n row(s) have errors.", "", count))

lupdate files every `msg.tr(...)` under the context "msg" (the object's name, so `msg` must stay `msg`),
plural forms included when a count is given. The window words a message with Qt's translator and its
locale, the command line with app/catalogue.py and the locale variables; `str()` gives the English
sentence, for logs and for code that only needs the text. Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

CONTEXT = "msg"

# context, source, disambiguation, count (-1: none) → the template in the person's language, %n filled in
Translate = Callable[[str, str, str, int], str]


@dataclass(frozen=True)
class Money:
    """An amount in a message: worded in the front end's locale ('£3.30', '3,30 €')."""

    cents: int
    currency: str = "GBP"


@dataclass(frozen=True)
class Month:
    """A month in a message: 'December 2026', 'Dezember 2026'."""

    first: date


class Message(str):
    """The English sentence (so it still reads, compares and logs as before), carrying what the front ends
    need to say it in another language: the template, its count and its parameters."""

    source: str
    disambiguation: str
    n: int
    params: Mapping[str, Any]

    def __new__(
        cls, source: str, disambiguation: str = "", n: int = -1, params: Mapping[str, Any] | None = None
    ) -> Message:
        params = dict(params or {})
        made = super().__new__(cls, _worded(source, disambiguation, n, params, english, "en_GB"))
        made.source, made.disambiguation, made.n, made.params = source, disambiguation, n, params
        return made

    def format(self, *args: Any, **params: Any) -> Message:
        """The parameters the template names in braces; they stay data until the message is worded."""
        if args:
            raise TypeError("name each parameter: {name} in the template, name=... here")
        return Message(self.source, self.disambiguation, self.n, {**self.params, **params})

    def worded(self, translate: Translate, locale_name: str) -> str:
        return _worded(self.source, self.disambiguation, self.n, self.params, translate, locale_name)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Message, (self.source, self.disambiguation, self.n, self.params))


def _worded(
    source: str,
    disambiguation: str,
    n: int,
    params: Mapping[str, Any],
    translate: Translate,
    locale_name: str,
) -> str:
    template = translate(CONTEXT, source, disambiguation, n)
    if not params:
        return template
    return template.format(**{key: shown(value, translate, locale_name) for key, value in params.items()})


def shown(value: Any, translate: Translate, locale_name: str) -> str:
    """One parameter in the person's words: a date or an amount by their locale, a message in their language."""
    from app.services import locales

    if isinstance(value, Message):
        return value.worded(translate, locale_name)
    if isinstance(value, Joined):
        return value.separator.join(shown(part, translate, locale_name) for part in value.parts)
    if isinstance(value, Money):
        from app.services.money import format_money

        return format_money(value.cents, value.currency, locale_name)
    if isinstance(value, Month):
        return locales.month(value.first, locale_name)
    if isinstance(value, datetime):
        return locales.day_and_clock(value, locale_name)
    if isinstance(value, date):
        return locales.day(value, locale_name)
    return str(value)


def english(context: str, source: str, disambiguation: str, n: int) -> str:
    """The English text: the source, or its singular or plural form from regulars_en.ts."""
    if n < 0:
        return source  # English holds only plural forms: no catalogue to read (messages made at import)
    from app import catalogue

    return catalogue.translate_in("en", context, source, disambiguation, n)


class Messages:
    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> Message:
        return Message(source, disambiguation or "", n)


msg = Messages(CONTEXT)


@dataclass(frozen=True)
class Joined:
    parts: tuple[Message | str, ...]
    separator: str


def joined(parts: Sequence[Message | str], separator: str = " · ") -> Message:
    """Several messages said as one, each in turn: '+1 stamp · +2 stamps birthday bonus'."""
    return Message("{parts}", params={"parts": Joined(tuple(parts), separator)})


def message_of(exc: BaseException) -> Message | str:
    """What an error says: its message when it carries one, else its plain text."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Message) else (str(exc) or type(exc).__name__)


def worded(said: Message | str | BaseException, translate: Translate, locale_name: str) -> str:
    if isinstance(said, BaseException):
        said = message_of(said)
    if isinstance(said, Message):
        return said.worded(translate, locale_name)
    # A plain text may be a marked one that lost its template on the way (a chart kept as JSON).
    return translate(CONTEXT, said, "", -1)
