"""The everyday commands say their lines in German under LANG=de_DE.UTF-8: no English sentence left, while
the same commands under C speak English (so the check below does find English where there is some)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Words of an English sentence that never occur in a German one (paths are left out before looking).
ENGLISH = re.compile(
    r"\b(the|and|was|were|wrote|written|nothing|ready|visits?|customers?|coming|backup|imported|"
    r"dry|changed|birthdays?|usual|yet|update|skip|errors|with|from|to|card|phone)\b",
    re.IGNORECASE,
)


def english_words(text: str) -> list[str]:
    words = " ".join(token for token in text.split() if "/" not in token)  # file paths are data
    return ENGLISH.findall(words)


def run(data: Path, lang: str, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    done = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**env, "LANG": lang},
        timeout=120,
        check=True,
    )
    return done.stdout + done.stderr


def test_the_everyday_commands_print_no_english_in_german(tmp_path) -> None:
    data = tmp_path / "data"
    people = tmp_path / "people.csv"
    people.write_text("name,phone\nJürgen Weiß,07700 900555\nGreta Lang,07700 900556\n", encoding="utf-8")

    def both(*args: str) -> tuple[str, str]:
        return run(data, "de_DE.UTF-8", *args), run(data, "C.UTF-8", *args)

    said = {
        "birthdays": both("report", "birthdays"),  # an empty shop: nobody's birthday is coming up
        "demo": (
            run(data, "de_DE.UTF-8", "demo", "--customers", "12", "--visits", "60", "--seed", "3"),
            run(
                tmp_path / "english", "C.UTF-8", "demo", "--customers", "12", "--visits", "60", "--seed", "3"
            ),
        ),
        "add": both("customers", "add", "--name", "Jürgen Weiß", "--phone", "07700 900557"),
        "show": both("customers", "show", "13"),  # the one just added, after the demo's twelve
        "backup": both("backup", "create"),
        "export": both(
            "export",
            "visits",
            "--date",
            "2000-01-01",
            "--to",
            "today",
            "--format",
            "csv",
            "--out",
            str(tmp_path / "v.csv"),
        ),
        "import": both("import", "customers", str(people), "--dry-run"),
    }
    assert said["birthdays"][0] == "Keine Geburtstage in Sicht.\n"
    assert re.fullmatch(r"Demo-Bäckerei bereit: 12 Kunden, \d+ Besuche\.\n", said["demo"][0])
    assert said["show"][0].startswith("Jürgen Weiß  (Kunde 13)\nTelefon: ")
    assert said["backup"][0].startswith("Sicherung geschrieben: ")
    assert re.fullmatch(r"\d+ Besuche? nach \S+v\.csv geschrieben\.\n", said["export"][0])
    assert said["import"][0].splitlines()[-1] == "Probelauf: Es wurde nichts geändert."
    german = {command: english_words(de) for command, (de, _) in said.items()}
    assert german == {command: [] for command in said}
    english = {command: bool(english_words(en)) for command, (_, en) in said.items()}
    assert english == {command: True for command in said}
