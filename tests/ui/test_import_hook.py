"""PySide6's check of each import (does the module use PySide6?) answers the same through the light hook,
and no longer keeps the module's source in linecache (9 MB of text once SQLAlchemy is loaded)."""

from __future__ import annotations

import linecache
import sys

import app.ui  # noqa: F401  (installs the light check)


def test_each_import_is_checked_from_its_file_and_its_source_is_not_kept(tmp_path, monkeypatch) -> None:
    feature = sys.modules["shibokensupport.feature"]
    assert getattr(feature._mod_uses_pyside, "reads_lightly", False)
    (tmp_path / "hook_uses_qt.py").write_text("from PySide6.QtCore import QObject\n\nTHING = QObject\n")
    (tmp_path / "hook_plain.py").write_text('"""' + "a long docstring\n" * 2000 + '"""\nVALUE = 1\n')
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("hook_uses_qt", "hook_plain"):
        monkeypatch.delitem(sys.modules, name, raising=False)
        __import__(name)  # through PySide6's import hook, as a module's import statement goes
    assert feature.pyside_feature_dict["hook_uses_qt"] == 0  # uses PySide6: its features may switch
    assert feature.pyside_feature_dict["hook_plain"] == -1  # ignored, as PySide6's own check says
    kept = {str(tmp_path / "hook_uses_qt.py"), str(tmp_path / "hook_plain.py")}
    assert kept.isdisjoint(linecache.cache)


def test_installing_twice_keeps_one_light_check() -> None:
    from app.ui.import_hook import read_sources_lightly

    feature = sys.modules["shibokensupport.feature"]
    before = feature._mod_uses_pyside
    assert read_sources_lightly() and feature._mod_uses_pyside is before
