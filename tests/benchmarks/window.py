"""Benchmarks of the window: keystroke and scan to painted results, cold start, memory."""

from __future__ import annotations

import sqlite3
import statistics
import subprocess
import sys
import time

from tests.benchmarks.common import DATA, ROOT, pct, report, timed


def _quiet_offscreen_notes(_mode, _context, message: str) -> None:  # type: ignore[no-untyped-def]
    """The offscreen platform says it cannot propagate size hints on every show; that is not ours to report."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def bench_window(services, conn: sqlite3.Connection) -> None:  # type: ignore[no-untyped-def]
    """Times run until Qt has handled everything the input caused, layout and painting included."""
    from PySide6.QtCore import QEventLoop, QStringListModel, Qt, qInstallMessageHandler
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

    from app.codes.tokens import payload
    from app.shop import Shop
    from app.ui.main import build_window
    from app.ui.ops import Ops

    app = QApplication.instance() or QApplication([])
    qInstallMessageHandler(_quiet_offscreen_notes)
    window, scanner = build_window(Shop(services), Ops())  # the real runner: answers come from its threads
    answered: list[int] = []
    profiles: list[int] = []
    # Listening before the window is shown: the idle list asked for at attach may be answered while it is.
    window.results_shown.connect(lambda: answered.append(1))
    window.profile_shown.connect(profiles.append)
    window.show()
    QTest.qWaitForWindowExposed(window)

    def until_answered(seen: list[int] = answered) -> None:
        """Wait as the window does, in Qt's event loop: it sleeps in C (releasing the GIL to the runner's
        thread) rather than spinning in Python."""
        while not seen:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        seen.clear()

    # Floor: a bare line edit filtering a list view, and a label changing text, in a window of the same size.
    bare = QWidget()
    edit, view, label = QLineEdit(), QListView(), QLabel()
    names = QStringListModel()
    view.setModel(names)
    edit.textChanged.connect(lambda text: names.setStringList([f"{text} {n}" for n in range(20)]))
    layout = QVBoxLayout(bare)
    for widget in (edit, view, label):
        layout.addWidget(widget)
    bare.resize(window.size())
    bare.show()
    QTest.qWaitForWindowExposed(bare)

    def settle() -> None:
        app.processEvents()  # layout requests, update requests (painting) and anything queued by the input

    # Keys reach each window as a keyboard's (or a wedge scanner's) do: through the window, which hands them
    # to its focus widget; the app's card scanner listens there.
    edit.setFocus()

    def bare_key() -> None:
        QTest.keyClick(bare.windowHandle(), Qt.Key.Key_A)
        settle()

    floor = timed(bare_key, 60)
    typed = ["zoe", "mar", "nguy", "0770", "kowa", "sor", "luk", "obri"]
    samples = []
    for word in typed * 3:
        window.reset_search()
        until_answered()  # the idle list
        settle()
        for ch in word:
            start = time.perf_counter()
            QTest.keyClick(window.windowHandle(), ch)
            until_answered()
            settle()
            samples.append((time.perf_counter() - start) * 1000)
    report(
        "keystroke to painted results (p95)",
        pct(samples, 95),
        pct(floor, 95),
        "bare keystroke+repaint",
        "< 16 ms",
        pct(samples, 95) < 16,
    )

    tokens = [
        r[0]
        for r in conn.execute("SELECT token FROM cards WHERE status = 'active' ORDER BY random() LIMIT 30")
    ]
    scans = []
    scanner.repeat_seconds = 0
    window.reset_search()
    until_answered()
    settle()
    for token in tokens:
        start = time.perf_counter()
        for ch in payload(token):
            QTest.keyClick(window.windowHandle(), ch)
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_Return)
        until_answered(profiles)
        settle()
        scans.append((time.perf_counter() - start) * 1000)
        assert window.current_customer() is not None

    def bare_paint() -> None:
        label.setText(f"Customer {time.perf_counter()}")
        settle()

    report(
        "scan to painted profile (p95)",
        pct(scans, 95),
        pct(timed(bare_paint, 30), 95),
        "bare label change+repaint",
        "< 50 ms",
        pct(scans, 95) < 50,
    )
    window.close()
    bare.close()
    app.processEvents()


def _bare_qt_rss(width: int, height: int) -> float:
    # A bare window of our window's size: the pixels of a painted window are any Qt window's cost, not the
    # app's. Until 8 December the floor was Qt's default 200×100 window (about 4 MB less at 1280×820).
    code = (
        "from pathlib import Path\nfrom PySide6.QtWidgets import QApplication, QMainWindow\napp = QApplication([])\n"
        f"w = QMainWindow(); w.resize({width}, {height}); w.show(); app.processEvents()\n"
        "print(next(int(l.split()[1]) / 1024 for l in Path('/proc/self/status').read_text().splitlines()"
        " if l.startswith('VmRSS:')))"
    )
    return float(
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    )


# Each child prints the wall-clock time at which its window is shown and painted; the parent takes the
# time it launched the process, so interpreter start-up counts and tear-down does not.
COLD_APP = """
import sys, time
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.ui.main import ShopOpener, build_window
window, _ = build_window()
window.show()
app.processEvents()
print(time.time())  # usable: what is typed or scanned from here on is kept and answered
opener = ShopOpener(sys.argv[1], None, window)
opener.opened.connect(window.ops.attach)
opener.start()
shown = []
window.profile_shown.connect(shown.append)
window.open_profile(1)
while not shown:
    app.processEvents()
    time.sleep(0.001)
print(time.time())  # the first profile is on screen
print(window.width(), window.height())
print(next(int(l.split()[1]) / 1024 for l in open("/proc/self/status") if l.startswith("VmRSS:")))
"""
COLD_BARE = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 820); w.show()
app.processEvents()
print(time.time())
"""


def bench_cold_start() -> None:
    def run(code: str, *args: str) -> tuple[float, list[str]]:
        launched = time.time()
        done = subprocess.run(
            [sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True, check=True
        )
        lines = done.stdout.split()
        return (float(lines[0]) - launched) * 1000, lines

    ours = [run(COLD_APP, str(DATA)) for _ in range(7)]
    floor = statistics.median(run(COLD_BARE)[0] for _ in range(7))
    started = statistics.median(t for t, _ in ours)
    report(
        "cold start to usable window",
        started,
        floor,
        "bare Qt window process",
        "< 1000 ms",
        started < 1000,
    )
    profile = statistics.median(t + (float(lines[1]) - float(lines[0])) * 1000 for t, lines in ours)
    report(
        "cold start to the first profile on screen",
        profile,
        floor,
        "bare Qt window process",
        "(informative)",
        True,
    )
    report(
        "cold start against a bare Qt window",
        started,
        floor,
        "bare Qt window process",
        "at most 3x the floor",
        started <= 3 * floor,
    )
    # Memory of the app itself (a fresh process with the large shop open and a profile shown).
    rss = statistics.median(float(lines[-1]) for _, lines in ours)
    width, height = (int(v) for v in ours[0][1][2:4])
    bare = _bare_qt_rss(width, height)
    report(
        "resident memory, large shop open",
        rss,
        bare,
        f"bare Qt window, {width}x{height}",
        "at most 2.5x the floor",
        rss <= 2.5 * bare,
        "MB",
    )
    report(
        "the same, against the floor used before",
        rss,
        _bare_qt_rss(200, 100),
        "bare Qt window, 200x100",
        "(informative)",
        True,
        "MB",
    )
