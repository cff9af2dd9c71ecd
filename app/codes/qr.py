"""QR matrices for card payloads, without Qt or images: the PDF draws the modules as vectors."""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from qrcode.util import MODE_ALPHA_NUM, QRData

QUIET_ZONE = 4  # modules of white around the code, as the standard asks
# Choosing the best of eight masks is what makes qrcode slow (about 8x); any mask gives a valid code,
# and the tests decode every printed card back.
MASK = 2


def matrix(payload: str) -> list[list[bool]]:
    """Dark/light modules of a version-2 (25x25) code in alphanumeric mode, without the quiet zone."""
    code = qrcode.QRCode(version=2, error_correction=ERROR_CORRECT_M, border=0, mask_pattern=MASK)
    # types-qrcode gives the mode constants as int where QRData's overloads want Literal[1, 2, 4].
    code.add_data(QRData(payload, mode=MODE_ALPHA_NUM))  # type: ignore[call-overload]
    code.make(fit=False)
    return code.get_matrix()


def runs(grid: list[list[bool]]) -> list[tuple[int, int, int]]:
    """Horizontal runs of dark modules as (row, first column, length): fewer, larger rectangles to draw."""
    found = []
    for r, row in enumerate(grid):
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                found.append((r, start, c - start))
            else:
                c += 1
    return found
