"""The owner's charts as last counted, kept in the database so every till opens the Insights page on them."""

from datetime import date, datetime

from sqlalchemy import Date, Float, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UtcDateTime


class KeptCharts(Base):
    """One set of charts (aggregates only, no personal data) as JSON; the newest row is the one shown.
    Saving adds a row and drops the older ones, so two tills saving at once never collide on a key."""

    __tablename__ = "kept_charts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer)  # the shape of `charts`: another version is not read
    as_of: Mapped[date] = mapped_column(Date)  # the shop's local day the figures run to
    made_at: Mapped[datetime] = mapped_column(UtcDateTime)
    seconds: Mapped[float] = mapped_column(Float)  # how long counting took
    stamp: Mapped[str] = mapped_column(Text)  # JSON list: what the data looked like when counted
    charts: Mapped[str] = mapped_column(Text)  # JSON list of charts
