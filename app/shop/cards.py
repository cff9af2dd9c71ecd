"""A customer's loyalty card as the profile shows it, and the look of every printed card."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.application import Services
from app.files import AtomicFile, check_output_path
from app.messages import msg
from app.services.card_design import CardDesign, CardStyle, LogoError
from app.services.cards import CardInfo
from app.shop.base import Changes, Written, guarded, require_customer


@dataclass(frozen=True)
class CardState:
    """What the profile says about the card: `none` (offer to issue), `revoked` (offer a new one),
    `unprinted` (offer to print) or `printed`."""

    customer_id: int
    state: str  # none, revoked, unprinted, printed
    short_code: str | None = None
    payload: str | None = None
    issued_at: datetime | None = None
    printed_at: datetime | None = None
    revoked_at: datetime | None = None


@dataclass(frozen=True)
class LogoInfo:
    kind: str
    width: int
    height: int


@dataclass(frozen=True)
class CardLook:
    """The settings dialog's view of the design."""

    colour: str
    logo: LogoInfo | None
    logo_bytes: bytes | None  # for a preview
    stamps: int  # boxes a back would carry; 0 when the rule is not a stamp card


@dataclass(frozen=True)
class PrintedSheet:
    out: Path
    cards: int


@dataclass(frozen=True)
class PrintOptions:
    """What the print dialog offers."""

    unprinted: list[int]  # customers whose card was never printed
    stamp_backs: bool  # the rule is a stamp card, so a back with stamp boxes makes sense
    names_printed: bool


class Cards:
    def __init__(self, services: Services) -> None:
        self._s = services
        self._design = CardDesign(services.db, services.settings)

    @guarded
    def state(self, customer_id: int) -> CardState:
        with self._s.db.rows() as conn:
            require_customer(conn, customer_id)
        card = self._s.cards.active_card(customer_id)
        if card is None:
            revoked_at = self._s.cards.last_revoked_at(customer_id)
            return CardState(customer_id, "revoked" if revoked_at else "none", revoked_at=revoked_at)
        return CardState(
            customer_id,
            "printed" if card.printed_at else "unprinted",
            card.short_code,
            card.payload,
            card.issued_at,
            card.printed_at,
        )

    @guarded
    def issue(self, customer_id: int) -> Written[CardState]:
        """A first card, at the counter; CardError if the customer already has one."""
        with self._s.db.rows() as conn:
            require_customer(conn, customer_id)
        self._s.cards.issue(customer_id)
        return Written(self.state(customer_id), Changes(cards=True))

    @guarded
    def print_card(
        self,
        customer_id: int,
        out: str | Path,
        layout: str = "cr80",
        back: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> Written[Path]:
        """This customer's card as a PDF (issued on the way if they had none), recorded as printed once
        the file is in place."""
        printed = self.print_cards([customer_id], out, layout, back, progress)
        return Written(printed.value.out, printed.changes)

    @guarded
    def print_cards(
        self,
        customer_ids: list[int],
        out: str | Path,
        layout: str = "avery-c32011",
        back: bool = False,
        progress: Callable[[int, int], None] | None = None,
        actor: str = "owner",
    ) -> Written[PrintedSheet]:
        """These customers' cards as a PDF (issuing those who had none), recorded as printed once the file
        is in place; a failure records nothing."""
        from app.printing.cards import LAYOUTS, render_cards  # reportlab: only when printing

        if layout not in LAYOUTS:
            raise ValueError(f"Unknown layout {layout!r}; choose one of {', '.join(LAYOUTS)}.")
        with self._s.db.rows() as conn:
            for customer_id in customer_ids:
                require_customer(conn, customer_id)
        target = check_output_path(out, self._s.paths.root, self._s.url)
        cards = self._s.cards.for_printing(customer_ids)
        style = self._design.style()
        with AtomicFile(target, private=style.print_names) as pdf:
            render_cards(pdf.file, cards, layout, style, progress=progress, back=back)
            self._s.cards.record_printing(cards, actor, before_commit=pdf.publish)
        return Written(PrintedSheet(target, len(cards)), Changes(cards=True))

    @guarded
    def print_options(self) -> PrintOptions:
        return PrintOptions(
            self._s.cards.unprinted(),
            self._s.settings.get("loyalty_mode") == "stamps",
            bool(self._s.settings.get("print_name_on_card")),
        )

    @guarded
    def sheet_for_printer(
        self,
        customer_ids: list[int],
        out: Path,
        layout: str,
        back: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[tuple[CardInfo, str]]:
        """A sheet to send to a printer, recorded nothing yet: `record_printed` once the print dialog is accepted."""
        from app.printing.cards import render_cards

        cards = self._s.cards.for_printing(customer_ids)
        render_cards(out, cards, layout, self._design.style(), progress=progress, back=back)
        return cards

    @guarded
    def record_printed(self, cards: list[tuple[CardInfo, str]]) -> Written[None]:
        self._s.cards.record_printing(cards)
        return Written(None, Changes(cards=True))

    @guarded
    def style(self) -> CardStyle:
        return self._design.style()

    @guarded
    def look(self) -> CardLook:
        style = self._design.style()
        logo = style.logo
        return CardLook(
            style.colour,
            LogoInfo(logo.kind, logo.width, logo.height) if logo else None,
            logo.content if logo else None,
            style.stamps,
        )

    @guarded
    def set_logo(self, data: bytes, actor: str = "owner") -> Written[LogoInfo]:
        logo = self._design.set_logo(data, actor=actor)
        return Written(LogoInfo(logo.kind, logo.width, logo.height), Changes(settings=True))

    @guarded
    def set_logo_file(self, path: str | Path) -> Written[LogoInfo]:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise LogoError(
                msg.tr("Could not read {name}: {strerror}.").format(
                    name=Path(path).name, strerror=exc.strerror
                )
            ) from None
        return self.set_logo(data)

    @guarded
    def clear_logo(self, actor: str = "owner") -> Written[bool]:
        """Cards print without a logo from now on; False when there was none."""
        return Written(self._design.clear_logo(actor=actor), Changes(settings=True))

    @guarded
    def set_colour(self, colour: str) -> Written[str]:
        """The brand colour every till prints cards in, as the settings keep it (checked there)."""
        self._s.settings.set("brand_colour", colour)
        return Written(str(self._s.settings.get("brand_colour")), Changes(settings=True))
