"""The brand colour setting: #RRGGBB, checked wherever it is saved."""

from __future__ import annotations

import re

from app.errors import UserError
from app.messages import msg

_COLOUR = re.compile(r"#?([0-9a-fA-F]{6})")


def parse_colour(text: str) -> str:
    """The colour as #RRGGBB in capitals, or UserError."""
    match = _COLOUR.fullmatch(str(text).strip())
    if match is None:
        raise UserError(
            msg.tr("“{text}” is not a colour written as #RRGGBB, such as #8B4513.").format(text=text)
        )
    return "#" + match.group(1).upper()
