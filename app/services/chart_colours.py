"""The charts' series colours, shared by the window and the PDFs.

Okabe–Ito hues (they stay apart for colour-blind eyes), the shop's green first, each at least 3:1 against the
panel or paper the chart is drawn on (WCAG's contrast for what is not text). Light (the window's light theme
and white paper): the lighter hues darkened, sky blue giving way to a dark yellow; dark: the greens, the blue
and the vermilion lightened."""

from __future__ import annotations

LIGHT = ("#2f6f4f", "#a86400", "#0072b2", "#a8407f", "#7a6e00", "#c24e00", "#007a5a", "#6b6b6b")
DARK = ("#8fd6ae", "#e69f00", "#56b4e9", "#cc79a7", "#f0e442", "#e8743b", "#1fb58a", "#b0b0b0")
