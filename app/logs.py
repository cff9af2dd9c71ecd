"""The log file in the data folder: what went wrong, for whoever looks after the shop's computer.

It holds the technical detail a person at the counter does not need, and no personal data: database
errors are logged without the values that were being written.
"""

from __future__ import annotations

import logging
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def file_log(folder: Path) -> Path | None:
    """Send the app's log to a rotating file in `folder` (once per process); returns the file's path, or
    None when the file cannot be written: a missing log must not stop the counter."""
    path = folder / "regulars.log"
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def describe(exc: BaseException) -> str:
    """The traceback, with database statements' parameters (names, phone numbers, notes) left out."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if hasattr(current, "hide_parameters"):  # SQLAlchemy's StatementError and its subclasses
            current.hide_parameters = True
        current = current.__cause__ or current.__context__
    return "".join(traceback.format_exception(exc))
