"""The owner's screens: the menu, rewards and loyalty rules, settings, cards, the PIN, point corrections."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any
from zoneinfo import available_timezones

from app.application import Services, save_database_url, saved_database_url
from app.db.engine import make_engine
from app.errors import UserError
from app.messages import msg
from app.services import phones
from app.services.cards import CardInfo
from app.services.items import ItemRow
from app.services.loyalty import RewardRow
from app.services.roles import PIN_PATTERN, OwnerPin
from app.shop.base import Changes, Written, guarded, require_customer

LOYALTY_MODES = ("stamps", "per_visit", "per_amount")


@dataclass(frozen=True)
class LoyaltyRules:
    loyalty_mode: str
    points_per_visit: int
    points_per_unit: int
    birthday_bonus: int
    cooldown_minutes: int
    expiry_months: int


@dataclass(frozen=True)
class ShopSetup:
    """What the first-start setup asks: the shop, its loyalty rule with a first reward, the owner PIN."""

    shop_name: str
    region: str
    currency: str
    loyalty_mode: str  # stamps, per_visit or per_amount
    earn: int  # stamps or points per visit, or points per whole unit spent
    reward_name: str = ""  # '' for no reward yet
    reward_cost: int = 0
    pin: str = ""  # '' leaves the shop without a PIN (everyone is the owner)


class Owner:
    def __init__(self, services: Services) -> None:
        self._s = services
        self._pin = OwnerPin(services.settings)

    # -- settings ------------------------------------------------------------------------------------------
    @guarded
    def settings(self) -> dict[str, Any]:
        """A copy of every setting, and the time zone in use beside the setting ('' follows each computer):
        saving the form unchanged must not pin this computer's zone on every till."""
        values = self._s.settings.all()
        values["timezone_in_use"] = self._s.settings.timezone_name()
        return values

    @guarded
    def save_settings(self, values: dict[str, Any]) -> Written[None]:
        region = str(values.get("region", self._s.settings.get("region"))).strip().upper()
        if not phones.known_region(region):
            raise UserError(
                msg.tr("“{region}” is not a country code such as GB, IE or FR.").format(region=region)
            )
        zone = str(values.get("timezone", self._s.settings.get("timezone"))).strip()
        if zone and zone not in available_timezones():  # empty: each computer's own zone
            raise UserError(msg.tr("“{zone}” is not a time zone such as Europe/London.").format(zone=zone))
        if "shop_name" in values and not str(values["shop_name"]).strip():
            raise UserError(msg.tr("The shop needs a name."))
        values = {key: value for key, value in values.items() if key != "timezone_in_use"}
        self._s.settings.set_many({**values, "region": region, "timezone": zone})
        return Written(None, Changes(settings=True))

    def database_url(self) -> str:
        """The shared server this data folder is set to use ('' for this computer only)."""
        return saved_database_url(self._s.paths) or ""

    def check_server(self, url: str) -> str | None:
        """A message if the server cannot be reached with this address, None if it answers. Slow when the
        server is far or gone: the window runs it in the long lane."""
        if not url.startswith("postgresql"):
            return msg.tr("Use an address like postgresql+psycopg://till@server/regulars.")
        try:
            engine = make_engine(url)
            with engine.connect():
                pass
            engine.dispose()
        except Exception as exc:  # any failure is shown to the owner in plain words
            return msg.tr("Could not reach that database server: {problem}").format(
                problem=str(exc).splitlines()[0][:160]
            )
        return None

    def set_database_url(self, url: str) -> Written[None]:
        """Takes effect at the next start; the address may hold a password, so the file is private."""
        try:
            save_database_url(self._s.paths, url.strip() or None)
        except OSError as exc:
            raise UserError(
                msg.tr("Could not save the server address: {strerror}.").format(strerror=exc.strerror)
            ) from exc
        return Written(None, Changes(settings=True))

    # -- loyalty -------------------------------------------------------------------------------------------
    @guarded
    def loyalty_rules(self) -> LoyaltyRules:
        values = self._s.settings.all()
        return LoyaltyRules(
            str(values["loyalty_mode"]),
            *(int(values[k]) for k in list(LoyaltyRules.__dataclass_fields__)[1:]),
        )

    @guarded
    def save_loyalty_rules(self, rules: LoyaltyRules) -> Written[None]:
        if rules.loyalty_mode not in LOYALTY_MODES:
            raise UserError(
                msg.tr("Customers earn by {join}, not “{loyalty_mode}”.").format(
                    join=", ".join(LOYALTY_MODES), loyalty_mode=rules.loyalty_mode
                )
            )
        self._s.settings.set_many(asdict(rules))
        return Written(None, Changes(settings=True, points=True))

    @guarded
    def rewards(self, include_inactive: bool = False) -> list[RewardRow]:
        return self._s.loyalty.rewards(include_inactive)

    @guarded
    def add_reward(self, name: str, cost: int, actor: str = "owner") -> Written[int]:
        return Written(self._s.loyalty.add_reward(name, cost, actor), Changes(rewards=True))

    @guarded
    def set_reward_active(self, reward_id: int, active: bool) -> Written[int]:
        self._s.loyalty.set_reward_active(reward_id, active)
        return Written(reward_id, Changes(rewards=True))

    @guarded
    def adjust_points(self, customer_id: int, delta: int, reason: str, actor: str = "owner") -> Written[int]:
        with self._s.db.rows() as conn:
            require_customer(conn, customer_id)
        return Written(self._s.loyalty.adjust(customer_id, delta, reason, actor), Changes(points=True))

    # -- the menu ------------------------------------------------------------------------------------------
    @guarded
    def items(self, include_inactive: bool = False) -> list[ItemRow]:
        return self._s.items.list(include_inactive)

    @guarded
    def add_item(
        self,
        name: str,
        category: str = "",
        price_cents: int | None = None,
        allergens: Sequence[str] = (),
        available_from: date | None = None,
        available_until: date | None = None,
        actor: str = "owner",
    ) -> Written[int]:
        new_id = self._s.items.add(
            name, category, price_cents, actor, tuple(allergens), available_from, available_until
        )
        return Written(new_id, Changes(items=True))

    @guarded
    def item(self, item_id: int) -> ItemRow:
        return self._s.items.get(item_id)

    @guarded
    def item_id(self, typed: str) -> int:
        """An item by its number or its name (case-insensitive)."""
        return int(typed) if typed.isdigit() else self._s.items.resolve([typed])[0]

    @guarded
    def edit_item(self, item_id: int, changes: dict[str, object], actor: str = "owner") -> Written[int]:
        """Several changes in one go, all or nothing (keys as `Items.edit` takes them)."""
        self._s.items.edit(item_id, changes, actor)
        return Written(item_id, Changes(items=True))

    @guarded
    def set_item_price(self, item_id: int, price_cents: int | None) -> Written[int]:
        self._s.items.set_price(item_id, price_cents)
        return Written(item_id, Changes(items=True))

    @guarded
    def set_item_allergens(self, item_id: int, allergens: Sequence[str]) -> Written[int]:
        self._s.items.set_allergens(item_id, tuple(allergens))
        return Written(item_id, Changes(items=True))

    @guarded
    def set_item_active(self, item_id: int, active: bool) -> Written[int]:
        self._s.items.set_active(item_id, active)
        return Written(item_id, Changes(items=True))

    @guarded
    def rename_item(self, item_id: int, name: str, category: str) -> Written[int]:
        self._s.items.rename(item_id, name, category)
        return Written(item_id, Changes(items=True))

    # -- cards ---------------------------------------------------------------------------------------------
    def _card(
        self, customer_id: int, change: Callable[[int, str], CardInfo], actor: str
    ) -> Written[CardInfo]:
        with self._s.db.rows() as conn:
            require_customer(conn, customer_id)
        return Written(change(customer_id, actor), Changes(cards=True))

    @guarded
    def issue_card(self, customer_id: int, actor: str = "counter") -> Written[CardInfo]:
        return self._card(customer_id, self._s.cards.issue, actor)

    @guarded
    def reissue_card(self, customer_id: int, actor: str = "counter") -> Written[CardInfo]:
        return self._card(customer_id, self._s.cards.reissue, actor)

    @guarded
    def revoke_card(self, customer_id: int, actor: str = "owner") -> Written[CardInfo]:
        return self._card(customer_id, self._s.cards.revoke, actor)

    @guarded
    def card_of(self, customer_id: int) -> CardInfo | None:
        """The customer's active card, if any."""
        return self._s.cards.active_card(customer_id)

    @guarded
    def unprinted_cards(self) -> list[int]:
        """Customers whose active card was never printed."""
        return self._s.cards.unprinted()

    @guarded
    def cards_for_printing(self, customer_ids: list[int]) -> list[tuple[CardInfo, str]]:
        """Active cards with the customer's name, in the order given, changing nothing: a customer without a
        card gets one (id 0) that exists only once `record_printing` commits it."""
        return self._s.cards.for_printing(customer_ids)

    @guarded
    def record_printing(
        self, cards: list[tuple[CardInfo, str]], before_commit: Callable[[], None] | None = None
    ) -> Written[None]:
        """Issue the sheet's new cards and mark all printed in one transaction; `before_commit` puts the PDF
        in place last, so a failure records nothing."""
        self._s.cards.record_printing(cards, before_commit=before_commit)
        return Written(None, Changes(cards=True))

    # -- the first start ------------------------------------------------------------------------------------
    @guarded
    def set_up(self, setup: ShopSetup) -> Written[None]:
        """Apply the first-start setup; every answer is checked before anything is saved."""
        if not setup.shop_name.strip():
            raise UserError(msg.tr("The shop needs a name."))
        if not phones.known_region(setup.region.strip().upper()):
            raise UserError(
                msg.tr("“{region}” is not a country phone numbers know.").format(region=setup.region)
            )
        if setup.loyalty_mode not in LOYALTY_MODES:
            raise UserError(
                msg.tr("Customers earn by {join}, not “{loyalty_mode}”.").format(
                    join=", ".join(LOYALTY_MODES), loyalty_mode=setup.loyalty_mode
                )
            )
        if not 1 <= setup.earn <= 100:
            raise UserError(msg.tr("Customers earn between 1 and 100 stamps or points at a time."))
        if setup.pin and not PIN_PATTERN.fullmatch(setup.pin):
            raise UserError(msg.tr("The PIN must be 4 to 12 digits (0 to 9)."))
        if setup.reward_name.strip() and not 1 <= setup.reward_cost <= 10_000:
            raise UserError(msg.tr("A reward costs between 1 and 10,000 stamps or points."))
        per_amount = setup.loyalty_mode == "per_amount"
        rules = {
            "loyalty_mode": setup.loyalty_mode,
            "points_per_visit": 1 if per_amount else setup.earn,
            "points_per_unit": setup.earn if per_amount else 1,
        }
        values = {
            "shop_name": setup.shop_name.strip(),
            "region": setup.region,
            "currency": setup.currency.strip(),
        }
        self.save_settings({**values, "currency": values["currency"] or "GBP", **rules})
        if setup.reward_name.strip() and not any(
            r.name.casefold() == setup.reward_name.strip().casefold()
            for r in self.rewards(include_inactive=True)
        ):
            self._s.loyalty.add_reward(setup.reward_name, setup.reward_cost)
        if setup.pin:
            self._pin.set(setup.pin)
        return Written(None, Changes(settings=True, points=True, rewards=True))

    # -- the owner PIN -------------------------------------------------------------------------------------
    @guarded
    def pin_is_set(self) -> bool:
        return self._pin.is_set()

    @guarded
    def pin_locked_seconds(self) -> int:
        """Seconds left of a lock-out after too many wrong PINs; 0 when a PIN may be tried."""
        return self._pin.locked_seconds()

    @guarded
    def check_pin(self, pin: str, actor: str | None = None) -> None:
        """Quiet for the right PIN; PinError (or LockedOut) with the tries left otherwise. `actor` names who
        typed it in the audit log (the window's counter unless told)."""
        (self._pin if actor is None else OwnerPin(self._s.settings, actor=actor)).check(pin)

    @guarded
    def replace_pin(self, new_pin: str, actor: str = "owner") -> Written[None]:
        """Set or change the PIN without asking for the current one: the caller has already checked it."""
        self._pin.replace(new_pin, actor)
        return Written(None, Changes(settings=True))

    @guarded
    def set_pin(self, new_pin: str, current_pin: str | None = None) -> Written[None]:
        self._pin.set(new_pin, current_pin)
        return Written(None, Changes(settings=True))
