"""Everything Qt. Loading the package first makes PySide6's check of each later import cheap."""

import PySide6.QtCore  # noqa: F401  (loads PySide6's import hook, so it can be made light)

from app.ui.import_hook import read_sources_lightly

read_sources_lightly()
