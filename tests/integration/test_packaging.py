"""Desktop integration files pass the freedesktop validators, and `make install-desktop` puts them in place."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "resources" / "desktop" / "regulars.desktop"
METAINFO = ROOT / "resources" / "desktop" / "example.regulars.Regulars.metainfo.xml"


def tool(name: str, package: str) -> str:
    """The tool's path; in CI a missing tool fails the test (.ci/run installs it), elsewhere it skips."""
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed; .ci/run installs Debian's {package} package")
        pytest.skip(f"{name} is not installed here (apt-get install {package})")
    return path


def desktop_file_problems(path: Path) -> str:
    result = subprocess.run(
        [tool("desktop-file-validate", "desktop-file-utils"), str(path)], capture_output=True, text=True
    )
    return (result.stdout + result.stderr).strip() if result.returncode or result.stdout.strip() else ""


def metainfo_problems(path: Path) -> str:
    result = subprocess.run(
        [tool("appstreamcli", "appstream"), "validate", "--no-net", str(path)], capture_output=True, text=True
    )
    return "" if result.returncode == 0 else result.stdout + result.stderr


def test_desktop_entry_is_valid():
    assert desktop_file_problems(DESKTOP) == ""


def test_metainfo_is_valid():
    assert metainfo_problems(METAINFO) == ""


def test_desktop_entry_runs_the_window_entry_point():
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(DESKTOP, encoding="utf-8")
    command = entry["Desktop Entry"]["Exec"].split()[0]
    gui_scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["gui-scripts"]
    assert command in gui_scripts
    assert entry["Desktop Entry"]["Icon"] == "regulars"


def test_metainfo_screenshot_was_taken_from_the_app():
    shot = ROOT / "resources" / "screenshots" / "main-window.png"
    assert shot.read_bytes().startswith(b"\x89PNG")
    assert shot.name in METAINFO.read_text()


def test_install_puts_entry_metainfo_and_icons_under_the_prefix(tmp_path):
    subprocess.run(["make", "-s", "install-desktop", f"PREFIX={tmp_path}"], cwd=ROOT, check=True)
    share = tmp_path / "share"
    assert desktop_file_problems(share / "applications" / "regulars.desktop") == ""
    assert metainfo_problems(share / "metainfo" / METAINFO.name) == ""
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "regulars.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "regulars.svg").is_file()
