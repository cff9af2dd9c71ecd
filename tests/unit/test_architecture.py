"""Only app/ui may import Qt: the core must run and be tested without a display. And the window reaches
the data only through the application layer (app.shop): app/ui imports neither SQLAlchemy nor app.db
nor app.models, and touches no `db` attribute."""

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
        str(p.relative_to(APP.parent)): n
        for folder in (APP, APP.parent / "tests")
        for p in folder.rglob("*.py")
        if (n := len(p.read_text().splitlines())) > 400
    }
    assert long == {}


# Screens not yet talking only to the Shop. Empty: every screen goes through the shop and the runner.
NOT_YET_CONVERTED: set[str] = set()
DATA_LAYERS = ("sqlalchemy", "app.db", "app.models", "app.application")


def data_layer_reach(path: Path) -> list[str]:
    """What in the file goes past the application layer: imports of the data layers, `.db` attributes."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append(node.module)
            if node.module == "app":
                found += [f"app.{a.name}" for a in node.names]
        elif isinstance(node, ast.Attribute) and node.attr in ("db", "services"):
            found.append(f".{node.attr}")
    return [
        n
        for n in found
        if n in (".db", ".services")
        or n in DATA_LAYERS
        or n.startswith(tuple(f"{d}." for d in DATA_LAYERS))
        or n == "sqlalchemy"
    ]


def ui_files() -> list[Path]:
    return sorted((APP / "ui").rglob("*.py"))


def test_the_window_reaches_the_data_only_through_the_shop() -> None:
    offenders = {
        str(p.relative_to(APP)): data_layer_reach(p)
        for p in ui_files()
        if str(p.relative_to(APP)) not in NOT_YET_CONVERTED and data_layer_reach(p)
    }
    assert offenders == {}


# Dialogs that take only their shop area and the runner: nothing below the application layer, not even
# the services' plain types (app.shop.forms names those).
ON_THE_SHOP = ("customer_dialog.py", "feedback_dialog.py", "audit_dialog.py", "loyalty_dialog.py")


def test_the_dialogs_on_the_shop_import_nothing_below_it() -> None:
    def below(path: Path) -> list[str]:
        names = []
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names += [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names.append(node.module or "")
        return data_layer_reach(path) + [n for n in names if n.startswith("app.services")]

    assert {name: below(APP / "ui" / name) for name in ON_THE_SHOP} == {name: [] for name in ON_THE_SHOP}


def test_the_data_layer_check_would_catch_an_offender(tmp_path) -> None:
    sample = tmp_path / "bad.py"
    sample.write_text(
        "import sqlalchemy\nfrom sqlalchemy.exc import OperationalError\nfrom app.db import backup\n"
        "from app import models\nfrom app.models import Customer\nfrom app.shop import Shop\n"
        "from app.application import Services\n"
        "def f(window):\n    return window.services.db.read()\n"
    )
    assert data_layer_reach(sample) == [
        "sqlalchemy",
        "sqlalchemy.exc",
        "app.db",
        "app.models",
        "app.models",
        "app.application",
        ".db",
        ".services",
    ]


def test_the_formatter_formats_everything() -> None:
    """No formatter opt-outs to pack statements on one line: that saves lines, not reading time."""
    marker = "fmt: " + "skip"
    skipped = [
        str(p.relative_to(APP.parent))
        for folder in (APP, APP.parent / "tests")
        for p in folder.rglob("*.py")
        if marker in p.read_text(encoding="utf-8")
    ]
    assert skipped == []


# What the command line still takes from below the shop, by name: words and typed values with no database
# behind them, and types the shop returns (imported for type checking only).
CLI_MAY_TAKE = {
    ("app.services.birthdays", "badge"),  # a birthday's distance in words
    ("app.services.customers", "CustomerInput"),  # the customer form's typed fields; the shop checks them
    ("app.services.importing_merge", "shown"),  # a planned import change in words
    ("app.services.importing_read", "refused"),  # the words of an import refused for its errors
    ("app.services.importing_read", "SHOWN_ERRORS"),  # how many of its rows it lists
    ("app.services.conversation", "TalkingPointRow"),
    ("app.services.items", "ItemRow"),
    ("app.services.privacy", "Erasure"),
    ("app.services.profile", "Profile"),
    ("app.services.birthdays", "Birthday"),
    ("app.services.importing", "Plan"),  # an import's plan, worded by app/cli_plans.py
    ("app.services.importing_visits", "VisitPlan"),
    ("app.services", "locales"),  # money, numbers and dates worded in the shell's locale (Babel)
    ("app.services.locales", "from_environment"),  # the shell's locale: LC_ALL, LC_MESSAGES, LANG
    ("app.services.locales", "FALLBACK"),
}
BELOW_THE_SHOP = ("sqlalchemy", "app.services", "app.db", "app.models", "app.application")


def cli_reach(path: Path) -> list[str]:
    """What a command-line module takes from below the application layer, beyond CLI_MAY_TAKE."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(a.name, "") for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "app":
                found += [(f"app.{a.name}", "") for a in node.names]
            else:
                found += [(node.module, a.name) for a in node.names]
        elif isinstance(node, ast.Attribute) and node.attr in ("db", "services", "_services", "_s"):
            found.append((f".{node.attr}", ""))
    below = [
        (module, name)
        for module, name in found
        if module.startswith(".")
        or any(module == layer or module.startswith(f"{layer}.") for layer in BELOW_THE_SHOP)
    ]
    return [
        f"{module}:{name}" if name else module for module, name in below if (module, name) not in CLI_MAY_TAKE
    ]


def test_the_command_line_reaches_the_data_only_through_the_shop() -> None:
    offenders = {p.name: cli_reach(p) for p in sorted(APP.glob("cli*.py")) if cli_reach(p)}
    assert offenders == {}


def test_the_command_line_check_would_catch_an_offender(tmp_path) -> None:
    sample = tmp_path / "cli_bad.py"
    sample.write_text(
        "from sqlalchemy.exc import DBAPIError\nfrom app.application import open_services\n"
        "from app import db\nfrom app.services.birthdays import badge, upcoming\n"
        "from app.shop import Shop\nfrom app.codes.tokens import short_form\n"
        "def f(s):\n    return s.services.db.read()\n"
    )
    assert cli_reach(sample) == [
        "sqlalchemy.exc:DBAPIError",
        "app.application:open_services",
        "app.db",
        "app.services.birthdays:upcoming",
        ".db",
        ".services",
    ]
