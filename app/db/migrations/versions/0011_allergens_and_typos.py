"""the 14 EU allergens as customer flags and item tags; name word variants for one-typo search

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# Frozen here (not imported from the services) so the migration means the same thing forever.
OLD_TO_NEW = {
    "dairy": ("milk",),
    "egg": ("eggs",),
    "soy": ("soya",),
    "shellfish": ("crustaceans", "molluscs"),
}
NEW_TO_OLD = {
    "milk": "dairy",
    "eggs": "egg",
    "soya": "soy",
    "crustaceans": "shellfish",
    "molluscs": "shellfish",
}
ORDER = (
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
    "vegan",
    "vegetarian",
    "halal",
    "kosher",
)
customers = sa.table("customers", sa.column("id", sa.Integer), sa.column("allergies", sa.String))
variants = sa.table("name_variants", sa.column("variant", sa.String), sa.column("word", sa.String))
words = sa.table("customer_words", sa.column("word", sa.String))


def _remap(text: str, mapping: dict[str, tuple[str, ...]], order: tuple[str, ...] | None) -> str:
    out: list[str] = []
    for flag in (f for f in text.split(",") if f):
        for new in mapping.get(flag, (flag,)):
            if new not in out:
                out.append(new)
    if order:
        out = [f for f in order if f in out] + [f for f in out if f not in order]
    return ",".join(out)


def _rewrite_flags(mapping: dict[str, tuple[str, ...]], order: tuple[str, ...] | None) -> None:
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(customers.c.id, customers.c.allergies).where(customers.c.allergies != "")
    ).all()
    for cid, allergies in rows:
        new = _remap(allergies, mapping, order)
        if new != allergies:
            bind.execute(customers.update().where(customers.c.id == cid).values(allergies=new))


def upgrade() -> None:
    # Plain ADD COLUMN and UPDATEs: a batch copy of customers would drop the triggers that keep search in step.
    op.add_column("items", sa.Column("allergens", sa.String(length=200), nullable=False, server_default=""))
    _rewrite_flags(OLD_TO_NEW, ORDER)
    op.create_table(
        "name_variants",
        sa.Column("variant", sa.String(length=200), nullable=False),
        sa.Column("word", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("variant", "word", name="pk_name_variants"),
    )
    bind = op.get_bind()
    known = sorted({w for (w,) in bind.execute(sa.select(words.c.word).distinct()) if w})
    rows = [
        {"variant": v, "word": w}
        for w in known
        for v in sorted({w} | {w[:i] + w[i + 1 :] for i in range(len(w))})
    ]
    for start in range(0, len(rows), 5000):
        bind.execute(variants.insert(), rows[start : start + 5000])


def downgrade() -> None:
    op.drop_table("name_variants")
    _rewrite_flags({new: (old,) for new, old in NEW_TO_OLD.items()}, None)
    with op.batch_alter_table("items") as batch_op:
        batch_op.drop_column("allergens")
