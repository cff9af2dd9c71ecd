"""Entry point of the PyInstaller build: the same `regulars` command, with no arguments the window."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
