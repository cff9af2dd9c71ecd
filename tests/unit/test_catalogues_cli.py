"""The command line in German and French: its own messages, the import refusal with its plural, and the
lines of the everyday commands; --json stays the same in every language."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def regulars(tmp_path):
    def run(lang: str, *args: str) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
        return subprocess.run(
            [sys.executable, "-m", "app", "--data-dir", str(tmp_path / "data"), *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**env, "LANG": lang},
            timeout=120,
        )

    return run


def test_the_cli_speaks_german(regulars, tmp_path) -> None:
    added = regulars("de_DE.UTF-8", "customers", "add", "--name", "Zoë Martin", "--phone", "07700 900123")
    assert added.returncode == 0 and added.stdout.startswith("Kunde 1 angelegt: Zoë Martin")
    shown = regulars("de_DE.UTF-8", "customers", "show", "1").stdout.splitlines()
    assert shown[0] == "Zoë Martin  (Kunde 1)" and "Telefon: +44 7700 900123" in shown
    assert "Besuche: 0" in shown and any(line.startswith("Stempel: 0") for line in shown)
    assert regulars("de_DE.UTF-8", "customers", "find", "nobody").stdout == "Keine passenden Kunden.\n"
    one_bad = tmp_path / "one.csv"
    one_bad.write_text("name,notes\nAna," + "x" * 140_000 + "\nBo,hi\n", encoding="utf-8")
    refused = regulars("de_DE.UTF-8", "import", "customers", str(one_bad))
    assert refused.returncode == 1
    assert refused.stderr.startswith(
        "regulars: 1 Zeile hat einen Fehler; es wurde nichts importiert. Den Fehler beheben oder die Zeile "
        "mit --skip-errors auslassen:\nZeile 2: "
    )
    two_bad = tmp_path / "two.csv"
    two_bad.write_text("name,notes\nAna," + "x" * 140_000 + "\nBo," + "y" * 140_000 + "\n", encoding="utf-8")
    refused = regulars("de_DE.UTF-8", "import", "customers", str(two_bad))
    assert refused.stderr.startswith("regulars: 2 Zeilen haben Fehler; es wurde nichts importiert.")
    assert regulars("C.UTF-8", "import", "customers", str(two_bad)).stderr.startswith(
        "regulars: 2 rows have errors; nothing was imported. Fix them, or leave them out with --skip-errors:"
    )


def test_french_and_the_json_that_stays_the_same(regulars) -> None:
    regulars("fr_FR.UTF-8", "customers", "add", "--name", "Renée Dubois")
    assert regulars("fr_FR.UTF-8", "customers", "find", "personne").stdout == "Aucun client ne correspond.\n"
    shown = regulars("fr_FR.UTF-8", "customers", "show", "1").stdout.splitlines()
    assert shown[0] == "Renée Dubois  (client 1)" and "Visites\u00a0: 0" in shown
    as_json = {
        lang: regulars(lang, "--json", "customers", "show", "1").stdout for lang in ("C", "de_DE", "fr_FR")
    }
    assert as_json["C"] == as_json["de_DE"] == as_json["fr_FR"]
    assert json.loads(as_json["fr_FR"])["name"] == "Renée Dubois"


def test_a_refusal_from_the_services_in_french_with_its_plurals(regulars) -> None:
    """The loyalty service refuses with a template and counts; the CLI words them, and French counts 0 as one."""
    regulars("fr_FR.UTF-8", "customers", "add", "--name", "Renée Dubois")
    regulars("fr_FR.UTF-8", "rewards", "add", "Café", "5")
    refused = regulars("fr_FR.UTF-8", "rewards", "redeem", "1", "Café")
    assert refused.returncode == 1
    assert refused.stderr == "regulars: Café demande 5 tampons\u00a0; ce client a 0 tampon.\n"
    regulars("fr_FR.UTF-8", "visits", "record", "1")
    refused = regulars("C.UTF-8", "rewards", "redeem", "1", "Café")
    assert refused.stderr == "regulars: Café needs 5 stamps; this customer has 1 stamp.\n"
    unknown = regulars("fr_FR.UTF-8", "visits", "record", "99")
    assert (unknown.returncode, unknown.stderr) == (1, "regulars: Il n’y a pas de client numéro 99.\n")


def test_help_and_argparse_s_own_words_follow_the_language(regulars) -> None:
    helped = regulars("de_DE.UTF-8", "customers", "add", "--help").stdout
    assert helped.startswith("Aufruf: regulars customers add") and "Optionen:" in helped
    assert "diese Hilfe zeigen und beenden" in helped and "JJJJ-MM-TT oder MM-TT" in helped
    missing = regulars("fr_FR.UTF-8", "customers", "add")
    assert missing.stderr == (
        "regulars: Ces arguments sont obligatoires\u00a0: --name (voir regulars customers add --help).\n"
    )
    assert "show this help message and exit" in regulars("C.UTF-8", "--help").stdout
