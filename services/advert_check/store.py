"""Adverts the ATS submits for checking in the background, and their results."""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from services.common.db import Base, OrgScoped, utcnow

__all__ = ["Advert"]


class Advert(OrgScoped, Base):
    __tablename__ = "adverts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    ats_advert_id: Mapped[str | None] = mapped_column(String(100), default=None)
    title: Mapped[str | None] = mapped_column(String(300), default=None)
    text: Mapped[str] = mapped_column(Text)
    job_id: Mapped[str | None] = mapped_column(String(36), default=None)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
