from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


class Cli:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def run(
        self, *args: str, check: bool = True, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [sys.executable, "-m", "app", "--data-dir", str(self.data_dir), *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, **(env or {})},
            timeout=120,
        )
        if check and result.returncode != 0:
            raise AssertionError(f"regulars {' '.join(args)} failed: {result.stderr}")
        return result

    def json(self, *args: str) -> object:
        return json.loads(self.run("--json", *args).stdout)

    def id_of(self, name: str) -> str:
        """The customer number of the one customer with this name, as the commands take it."""
        (found,) = [
            c["id"] for c in self.json("customers", "find", name, "--limit", "50") if c["name"] == name
        ]
        return str(found)


@pytest.fixture
def cli(tmp_path) -> Cli:
    return Cli(tmp_path / "data")
