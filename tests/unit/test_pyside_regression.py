"""PySide6 6.12.0 on CPython 3.11 aborts ("none_dealloc") after a few thousand calls to methods returning None.

The pin in pyproject.toml keeps us on 6.11; this test fails loudly (the interpreter dies) on a broken release,
so the pin can be lifted when a fixed one passes it.
"""

import sys

import PySide6
from PySide6.QtCore import QObject


def test_twenty_thousand_calls_returning_none_do_not_abort() -> None:
    obj = QObject()
    refs_before = sys.getrefcount(None)
    for n in range(20_000):
        assert obj.setObjectName(f"n{n % 7}") is None
    assert obj.objectName() == f"n{19_999 % 7}"
    assert sys.getrefcount(None) >= refs_before - 100


def test_pin_holds_on_python_311() -> None:
    major, minor = (int(x) for x in PySide6.__version__.split(".")[:2])
    if sys.version_info[:2] == (3, 11):
        assert (major, minor) < (6, 12), "PySide6 6.12 aborts CPython 3.11; keep the pin"
