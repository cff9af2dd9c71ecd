"""PySide6 looks at every module imported after it for the word "PySide6" (to know whether its
`__feature__` switches apply there) through inspect.getsource, which keeps each module's whole source
in linecache for the life of the process: with SQLAlchemy and the shop loaded, 9 MB of text and about
23 MB resident, plus the time to split it into lines. The same question answered from the file's bytes
gives the same answer and keeps nothing."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType
from typing import Any


def read_sources_lightly() -> bool:
    """Swap PySide6's check for one that reads the file and keeps nothing; False if PySide6 has changed
    inside (then its own check stays)."""
    feature = sys.modules.get("shibokensupport.feature")
    upstream: Any = getattr(feature, "_mod_uses_pyside", None)
    if upstream is None or getattr(upstream, "reads_lightly", False):
        return upstream is not None

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(upstream(module))  # built in, compiled or frozen: PySide6's own answer
        try:
            return b"PySide6" in Path(path).read_bytes()
        except OSError:
            return bool(upstream(module))

    uses_pyside.reads_lightly = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside
    return True
