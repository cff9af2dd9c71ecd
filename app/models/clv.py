"""The lifetime-value models' fitted parameters, kept in the database so every till sees the same fit."""

from datetime import date, datetime

from sqlalchemy import Date, Float, Integer
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UtcDateTime, utcnow


class ClvFit(Base):
    """One fit of BG/NBD (and Gamma-Gamma, when enough customers have spend) as of a local day."""

    __tablename__ = "clv_fits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    as_of: Mapped[date] = mapped_column(Date, index=True)
    r: Mapped[float] = mapped_column(Float)
    alpha: Mapped[float] = mapped_column(Float)
    a: Mapped[float] = mapped_column(Float)
    b: Mapped[float] = mapped_column(Float)
    log_likelihood: Mapped[float] = mapped_column(Float)
    customers: Mapped[int] = mapped_column(Integer)
    # Gamma-Gamma, null when fewer than 20 customers have repeat spend; gamma in currency units
    spend_p: Mapped[float | None] = mapped_column(Float)
    spend_q: Mapped[float | None] = mapped_column(Float)
    spend_gamma: Mapped[float | None] = mapped_column(Float)
    spend_customers: Mapped[int] = mapped_column(Integer, default=0)
    fitted_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
