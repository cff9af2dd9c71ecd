"""Take the AppStream screenshot from the real window: a demo bakery, Zoë's profile open, Ana serving.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshot.py [--dark] [OUT.png]

Writes resources/screenshots/main-window.png (main-window-dark.png with --dark, in the dark theme) unless
told otherwise; commit it after looking at it.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from app import till_settings  # noqa: E402
from app.application import open_services  # noqa: E402
from app.services import demo  # noqa: E402
from app.shop import Shop  # noqa: E402
from app.ui.app_icon import app_icon  # noqa: E402
from app.ui.main import build_window  # noqa: E402
from app.ui.ops import SyncOps  # noqa: E402
from app.ui.theme import Theme  # noqa: E402

SIZE = (1536, 960)  # 16:10, tall enough for the whole profile (recent visits too) without a scroll bar
DEFAULT_OUT = ROOT / "resources" / "screenshots" / "main-window.png"
DARK_OUT = ROOT / "resources" / "screenshots" / "main-window-dark.png"


def main() -> None:
    dark = "--dark" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--dark"]
    out = Path(args[0]) if args else DARK_OUT if dark else DEFAULT_OUT
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Regulars")
    app.setDesktopFileName("regulars")
    app.setWindowIcon(app_icon())
    with tempfile.TemporaryDirectory(prefix="regulars-shot-") as data:
        services = open_services(data)
        demo.fill(services.db, services.settings, customers=150, visits=3000, seed=7)
        till_settings.save(Path(data), till_settings.TillSettings(staff=("Sam", "Ana"), serving="Ana"))
        window, scanner = build_window(Shop(services), SyncOps())
        window.findChild(Theme).choose("dark" if dark else "light")
        window.resize(*SIZE)
        window.show()
        QTest.qWaitForWindowExposed(window)
        QTest.keyClicks(window.search_box, "zoe mar")
        QTest.qWait(300)  # let the search settle and paint
        QTest.keyClick(window.search_box, Qt.Key.Key_Return)
        QTest.qWait(300)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out)):
            sys.exit(f"could not write {out}")
        app.removeEventFilter(scanner)
        window.close()
        services.close()
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
