"""How the shop's printed cards look: the logo (kept in the database for every till), the brand colour,
and the stamp boxes on the back when the loyalty rule is a stamp card."""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.db.engine import Database
from app.errors import UserError
from app.messages import msg
from app.models import CardLogo, utcnow
from app.services import audit
from app.services.colours import parse_colour
from app.services.loyalty import rewards

if TYPE_CHECKING:
    from app.services.settings import Settings

LOGO_MAX_BYTES = 5_000_000  # a photo straight from a phone is fine; a poster scan is not
LOGO_MAX_SIDE = 800  # pixels kept: about 900 dpi across the 22 mm a card gives the logo
STAMPS_WITHOUT_REWARD = 10
MAX_STAMP_BOXES = 20  # more would be too small to stamp


class LogoError(UserError):
    """A logo file that cannot be used, said plainly."""


@dataclass(frozen=True)
class Logo:
    kind: str  # png, jpeg
    content: bytes
    width: int
    height: int


@dataclass(frozen=True)
class CardStyle:
    """Everything a sheet needs besides the cards themselves."""

    shop_name: str
    print_names: bool = False
    colour: str = "#2E3D36"
    logo: Logo | None = None
    stamps: int = 0  # boxes on the back; 0 when the loyalty rule is not a stamp card
    reward: str = ""  # what a full card earns


def prepare_logo(data: bytes) -> Logo:
    """A PNG or JPEG checked and scaled down to what a card needs."""
    from PIL import Image  # only here: the counter never needs it, and it slows the start

    if len(data) > LOGO_MAX_BYTES:
        raise LogoError(
            msg.tr("That picture is too large (over 5 MB); save a smaller copy and choose it again.")
        )
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        kind = "png"
    elif data.startswith(b"\xff\xd8\xff"):
        kind = "jpeg"
    else:
        raise LogoError(msg.tr("The logo must be a PNG or JPEG picture."))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            image.load()
    except (OSError, ValueError, Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise LogoError(msg.tr("That logo file is damaged or not a picture this app can read.")) from None
    if max(image.size) <= LOGO_MAX_SIDE:
        return Logo(kind, data, *image.size)
    image.thumbnail((LOGO_MAX_SIDE, LOGO_MAX_SIDE))
    out = io.BytesIO()
    if kind == "jpeg":
        image.convert("RGB").save(out, "JPEG", quality=92)
    else:
        image.save(out, "PNG", optimize=True)
    return Logo(kind, out.getvalue(), *image.size)


class CardDesign:
    def __init__(self, db: Database, settings: Settings) -> None:
        self._db, self._settings = db, settings

    def logo(self) -> Logo | None:
        with self._db.read() as session:
            row = session.get(CardLogo, 1)
            return Logo(row.kind, row.content, row.width, row.height) if row else None

    def set_logo(self, data: bytes, actor: str = "owner") -> Logo:
        logo = prepare_logo(data)
        with self._db.write() as session:
            row = session.get(CardLogo, 1, with_for_update=True)
            if row is None:
                row = CardLogo(id=1)
                session.add(row)
            row.kind, row.content, row.width, row.height = logo.kind, logo.content, logo.width, logo.height
            row.updated_at = utcnow()
            audit.record(session, actor, "cards.logo", "", f"{logo.kind} {logo.width}x{logo.height}")
        return logo

    def clear_logo(self, actor: str = "owner") -> bool:
        """Remove the logo; False when there was none."""
        with self._db.write() as session:
            row = session.get(CardLogo, 1)
            if row is None:
                return False
            session.delete(row)
            audit.record(session, actor, "cards.logo.clear")
        return True

    def style(self) -> CardStyle:
        """The design from the settings, the stored logo and the cheapest reward of a stamp card."""
        values = self._settings.all()
        stamps, reward = 0, ""
        if values["loyalty_mode"] == "stamps":
            with self._db.read() as session:
                cheapest = next(iter(rewards(session)), None)
            stamps = cheapest.cost if cheapest else STAMPS_WITHOUT_REWARD
            reward = cheapest.name if cheapest else ""
        return CardStyle(
            shop_name=str(values["shop_name"]),
            print_names=bool(values["print_name_on_card"]),
            colour=parse_colour(values["brand_colour"]),
            logo=self.logo(),
            stamps=stamps if stamps <= MAX_STAMP_BOXES else 0,
            reward=reward,
        )
