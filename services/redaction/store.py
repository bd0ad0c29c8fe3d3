"""Applications: the identity and original text encrypted, the redacted view kept apart."""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from services.common.db import Base, OrgScoped, utcnow

__all__ = ["Application"]


class Application(OrgScoped, Base):
    __tablename__ = "applications"
    __table_args__ = (
        UniqueConstraint("organisation_id", "ats_application_id"),
        UniqueConstraint("organisation_id", "reference"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    ats_application_id: Mapped[str] = mapped_column(String(100))
    vacancy_id: Mapped[str] = mapped_column(String(100), index=True)
    reference: Mapped[str] = mapped_column(String(20))
    # Keyed hash of the submission, to tell a retry (same content) from a conflicting resubmission.
    content_digest: Mapped[str] = mapped_column(String(64))
    policy: Mapped[str] = mapped_column(String(20))
    identity_encrypted: Mapped[bytes] = mapped_column(LargeBinary)
    original_encrypted: Mapped[bytes] = mapped_column(LargeBinary)
    opt_ins_encrypted: Mapped[bytes] = mapped_column(LargeBinary)
    redacted_fields: Mapped[dict[str, str]] = mapped_column(JSON)
    entity_counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    submitted_at: Mapped[datetime] = mapped_column(default=utcnow)
    revealed_at: Mapped[datetime | None] = mapped_column(default=None)
    revealed_by_key_id: Mapped[int | None] = mapped_column(ForeignKey("api_keys.id"), default=None)
