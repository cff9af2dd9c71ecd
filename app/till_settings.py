"""This till's own settings, kept in the data folder of the computer it runs on and never in the shared
database: its name (recorded on every visit it saves), the scanner's timing, where its window sits, the
short list of staff who can be serving, and the language its window speaks. Several tills sharing one
server each keep their own."""

from __future__ import annotations

import json
import logging
import socket
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.files import atomic_write
from app.messages import msg

log = logging.getLogger(__name__)
FILE_NAME = "till.json"
SUFFIXES = ("either", "enter", "tab")
THEMES = ("system", "light", "dark")
MAX_NAME = 40
MAX_STAFF = 12
LANGUAGES = ("", "en", "de", "fr")  # "": the computer's own language


def computer_name() -> str:
    """The name a till has until someone gives it one: the computer's own, else "Till 1"."""
    name = socket.gethostname().split(".")[0].strip()
    return name[:MAX_NAME] or "Till 1"


@dataclass(frozen=True)
class TillSettings:
    name: str = ""  # '' until named: `till_name` falls back to the computer's name
    scan_max_interval_ms: int | None = None  # None: the shop's setting
    scan_suffix: str | None = None
    window: tuple[int, int, int, int] | None = None  # x, y, width, height
    staff: tuple[str, ...] = field(default_factory=tuple)
    serving: str = ""
    language: str = ""  # one of LANGUAGES
    theme: str = "system"  # or "light", "dark": the window's colours on this till

    @property
    def till_name(self) -> str:
        return self.name or computer_name()

    def scanner(self, shop_settings: dict[str, Any]) -> tuple[int, str]:
        """The scanner's key interval and suffix: this till's, else the shop's."""
        interval = self.scan_max_interval_ms or int(shop_settings["scan_max_interval_ms"])
        return interval, self.scan_suffix or str(shop_settings["scan_suffix"])


def checked(till: TillSettings) -> TillSettings:
    """The settings cleaned up, or UserError saying what is wrong in words for the owner."""
    name = " ".join(till.name.split())
    if len(name) > MAX_NAME:
        raise UserError(msg.tr("A till's name can be at most {most} characters.").format(most=MAX_NAME))
    interval = till.scan_max_interval_ms
    if interval is not None and not 5 <= interval <= 200:
        raise UserError(msg.tr("The scanner's typing speed must be between 5 and 200 ms per key."))
    if till.scan_suffix is not None and till.scan_suffix not in SUFFIXES:
        raise UserError(
            msg.tr("The scanner ends a card with Enter, Tab or either, not “{scan_suffix}”.").format(
                scan_suffix=till.scan_suffix
            )
        )
    staff = tuple(dict.fromkeys(s for s in (" ".join(p.split()) for p in till.staff) if s))
    if len(staff) > MAX_STAFF:
        raise UserError(msg.tr("Keep the list of staff short: at most {most} names.").format(most=MAX_STAFF))
    serving = till.serving if till.serving in staff else ""
    if till.language not in LANGUAGES:
        raise UserError(
            msg.tr("The window speaks English, German or French, not “{language}”.").format(
                language=till.language
            )
        )
    if till.theme not in THEMES:
        raise UserError(
            msg.tr("The window's colours are “system”, “light” or “dark”, not “{theme}”.").format(
                theme=till.theme
            )
        )
    return replace(till, name=name, staff=staff, serving=serving)


def load(folder: Path) -> TillSettings:
    """This till's settings; a missing or unreadable file gives the defaults (and a line in the log)."""
    path = Path(folder) / FILE_NAME
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return TillSettings()
    except (OSError, ValueError) as exc:
        log.warning("ignoring %s: %s", path, exc)
        return TillSettings()
    if not isinstance(raw, dict):
        return TillSettings()
    window = raw.get("window")
    try:
        return checked(
            TillSettings(
                name=str(raw.get("name") or ""),
                scan_max_interval_ms=int(raw["scan_max_interval_ms"])
                if raw.get("scan_max_interval_ms")
                else None,
                scan_suffix=raw.get("scan_suffix") or None,
                window=tuple(int(v) for v in window)
                if isinstance(window, list) and len(window) == 4
                else None,  # type: ignore[arg-type]
                staff=tuple(str(s) for s in raw.get("staff") or ()),
                serving=str(raw.get("serving") or ""),
                language=str(raw.get("language") or "") if raw.get("language") in LANGUAGES else "",
                theme=str(raw.get("theme") or "system"),
            )
        )
    except (UserError, TypeError, ValueError) as exc:
        log.warning("ignoring %s: %s", path, exc)
        return TillSettings()


def save(folder: Path, till: TillSettings) -> TillSettings:
    """Check and write the settings (the file appears whole or not at all); returns what was saved."""
    till = checked(till)
    values = asdict(till)
    values["staff"] = list(till.staff)
    values["window"] = list(till.window) if till.window else None
    try:
        with atomic_write(Path(folder) / FILE_NAME, private=False, encoding="utf-8") as handle:
            handle.write(json.dumps(values, ensure_ascii=False, indent=1))
    except OSError as exc:
        raise UserError(
            msg.tr("This till's settings could not be saved: {value}.").format(value=exc.strerror or exc)
        ) from exc
    return till
