"""Only app/ui may import Qt: the core must run and be tested without a display."""

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"


def qt_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        found += [n for n in names if n.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6")]
    return found


def test_nothing_outside_ui_imports_pyside6() -> None:
    offenders = {
        str(p.relative_to(APP)): qt_imports(p)
        for p in APP.rglob("*.py")
        if "ui" not in p.relative_to(APP).parts[:1] and qt_imports(p)
    }
    assert offenders == {}


def test_the_check_would_catch_an_offender(tmp_path) -> None:
    sample = tmp_path / "bad.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport shiboken6\n")
    assert qt_imports(sample) == ["PySide6.QtCore", "shiboken6"]


def test_modules_stay_small() -> None:
    long = {
        str(p.relative_to(APP)): n for p in APP.rglob("*.py") if (n := len(p.read_text().splitlines())) > 500
    }
    assert long == {}
