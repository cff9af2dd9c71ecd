"""No English sentence escapes the command line's translation: what a command prints for people (the text of
its `Output`, what goes to print, getpass and input, and the lines and helpers that text is built from) is
worded by `cli.tr(...)` or `catalogue.said(...)`, or is data (names, numbers, paths)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"
CLI_FILES = sorted(APP.glob("cli*.py"))
WORDED = {"tr", "said", "translate", "QT_TRANSLATE_NOOP"}  # cli.tr, catalogue.said, catalogue.translate
PRINTS = {"print", "getpass", "input"}
TEXT_CALLS = {"join", "format", "upper", "lower", "strip"}
WORD = re.compile(r"[A-Za-z]{2}")


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def bare_words(node: ast.AST) -> list[ast.expr]:
    """String literals with words in an expression, outside the calls that translate and outside format
    specs ('{n:>7}')."""
    if isinstance(node, ast.Call) and _name(node.func) in WORDED:
        return []
    if isinstance(node, ast.JoinedStr) and any(
        isinstance(part, ast.Constant) and WORD.search(part.value) for part in node.values
    ):
        return [node]
    if isinstance(node, ast.FormattedValue):
        return bare_words(node.value)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node] if WORD.search(node.value) else []
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in TEXT_CALLS:
        # "\n".join(lines), template.format(day=...): the receiver and the parts are shown
        parts = [node.func.value, *node.args, *(k.value for k in node.keywords)]
        return [c for part in parts for c in bare_words(part)]
    if isinstance(node, ast.Call):  # what a call is given is data for it (actor="cli", a chart's kind)
        return []
    if isinstance(node, ast.Subscript):  # words.get(...)[...] and text[:40]: the index is not shown
        return bare_words(node.value)
    if isinstance(node, ast.Dict):  # a table of codes: its keys are never shown
        return [c for v in node.values for c in bare_words(v)]
    if isinstance(node, ast.Compare):  # a test, not a text
        return []
    return [c for child in ast.iter_child_nodes(node) for c in bare_words(child)]


def _shown(fn: ast.FunctionDef) -> list[ast.AST]:
    """The expressions of one function that reach a person."""
    shown: list[ast.AST] = []
    names: set[str] = set()
    for node in ast.walk(fn):
        if isinstance(node, ast.Call) and _name(node.func) == "Output":
            text = node.args[1:2] or [k.value for k in node.keywords if k.arg == "text"]
            shown += text
        elif isinstance(node, ast.Call) and _name(node.func) in PRINTS:
            shown += node.args
    for expr in list(shown):
        names |= {n.id for n in ast.walk(expr) if isinstance(n, ast.Name)}
    returns = ast.unparse(fn.returns) if fn.returns else ""
    if returns in ("str", "list[str]"):  # a helper that words a part of the text: describe(), _points_line()
        shown += [n.value for n in ast.walk(fn) if isinstance(n, ast.Return) and n.value is not None]
        names |= {n.id for r in shown for n in ast.walk(r) if isinstance(n, ast.Name)}
    for node in ast.walk(fn):  # the lines the text is built from: lines = [...]; lines.append(...)
        if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id in names for t in targets) and node.value is not None:
                shown.append(node.value)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("append", "extend")
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id in names
        ):
            shown += node.args
    return shown


def bare_cli_text(source: str, filename: str = "<text>") -> list[str]:
    found: dict[tuple[int, int], str] = {}
    for fn in ast.walk(ast.parse(source, filename)):
        if isinstance(fn, ast.FunctionDef):
            for expr in _shown(fn):
                found |= {
                    (c.lineno, c.col_offset): f"{filename}:{c.lineno}: {ast.unparse(c)}"
                    for c in bare_words(expr)
                }
    return [found[at] for at in sorted(found)]


def test_every_cli_text_for_people_is_translated() -> None:
    found = [line for path in CLI_FILES for line in bare_cli_text(path.read_text(), path.name)]
    assert found == []


def test_the_scan_catches_english_in_a_command() -> None:
    code = """
def a(shop, args):
    return Output({"n": 1}, f"Wrote {n} visits to {out}.")

def b(shop, args):
    lines = [f"{r.id:>7}  {r.name:<32}" for r in rows]
    lines.append("Dry run: nothing was changed.")
    return Output(data, "\\n".join(lines) or "Nobody to list.")

def c(shop, args):
    typed = getpass.getpass("Owner PIN: ")
    print(f"regulars: warning: {note}", file=sys.stderr)

def d(row) -> str:
    return f"{row.name}, available {start} to {end}"

def fine(shop, args):
    text = "\\n".join(f"{r.id:>7}  {catalogue.said(badge(r.days))}" for r in rows)
    said = cli.tr("Restored {name}.").format(name=done.source.name)
    said += " " + cli.tr("Kept as {path}.").format(path=path)
    print(f"{PROGRAM}: {message}", file=sys.stderr)
    return Output({"status": "set"}, (text or cli.tr("No birthdays coming up.")) + said)
"""
    assert [line.split(": ", 1)[1] for line in bare_cli_text(code)] == [
        "f'Wrote {n} visits to {out}.'",
        "'Dry run: nothing was changed.'",
        "'Nobody to list.'",
        "'Owner PIN: '",
        "f'regulars: warning: {note}'",
        "f'{row.name}, available {start} to {end}'",
    ]


def test_english_has_both_forms_of_every_count() -> None:
    """A count the CLI words in English reads '1 customer', '3 customers', never '3 customer(s)'."""
    import xml.etree.ElementTree as ET

    root = ET.parse(APP / "resources" / "translations" / "regulars_en.ts").getroot()  # noqa: S314 (our own file)
    unfilled = [
        m.findtext("source")
        for m in root.iter("message")
        if any(not (f.text or "").strip() or "(s)" in (f.text or "") for f in m.iter("numerusform"))
    ]
    assert unfilled == []
