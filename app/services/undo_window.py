"""How long staff may take back what they just saved without the owner (no database here, so the window
can know it before the data layer has loaded)."""

UNDO_SECONDS = 30
