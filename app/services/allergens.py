"""The 14 allergens EU law (Regulation 1169/2011, Annex II) asks food businesses to declare, as customer flags
and as tags on menu items. Words for them are the window's and the command line's business; here are keys."""

from __future__ import annotations

from collections.abc import Iterable

# In the regulation's order. "nuts" are tree nuts (almonds, hazelnuts, walnuts…); "gluten" stands for
# cereals containing gluten.
ALLERGENS = (
    "celery",
    "gluten",
    "crustaceans",
    "eggs",
    "fish",
    "lupin",
    "milk",
    "molluscs",
    "mustard",
    "nuts",
    "peanuts",
    "sesame",
    "soya",
    "sulphites",
)
# Names used before the full list (and by other systems' files): what each means now.
OLD_NAMES: dict[str, tuple[str, ...]] = {
    "dairy": ("milk",),
    "egg": ("eggs",),
    "soy": ("soya",),
    "shellfish": ("crustaceans", "molluscs"),
    "tree-nuts": ("nuts",),
    "tree nuts": ("nuts",),
    "treenuts": ("nuts",),
    "sulfites": ("sulphites",),
    "sulphur dioxide": ("sulphites",),
    "cereals containing gluten": ("gluten",),
    "crustacean": ("crustaceans",),
    "mollusc": ("molluscs",),
    "mollusks": ("molluscs",),
}


def canonical(names: Iterable[str]) -> list[str]:
    """Each typed name mapped to today's keys (lower case, old names translated, order kept, once each).
    Names that are no allergen are kept as typed, for the caller to refuse or keep."""
    out: list[str] = []
    for name in names:
        key = " ".join(name.strip().lower().replace("_", "-").split())
        for mapped in OLD_NAMES.get(key, (key,)):
            if mapped and mapped not in out:
                out.append(mapped)
    return out


def in_order(names: Iterable[str]) -> list[str]:
    """Known allergens in the regulation's order, once each."""
    chosen = set(names)
    return [a for a in ALLERGENS if a in chosen]


def parse_tags(text: str) -> list[str]:
    """A stored comma-separated list back into keys."""
    return [t for t in text.split(",") if t]


def conflicts(item_allergens: Iterable[str], customer_flags: Iterable[str]) -> list[str]:
    """The allergens an item contains that the customer is allergic to, in the regulation's order."""
    flags = set(customer_flags)
    return [a for a in in_order(item_allergens) if a in flags]
