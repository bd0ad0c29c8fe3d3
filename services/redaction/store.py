"""Applications: the identity and original text encrypted, the redacted view kept apart."""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from services.common.db import Base, OrgScoped, utcnow

__all__ = ["Application", "Document", "RedactionBatch"]


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


class Document(OrgScoped, Base):
    """A CV or cover letter: the original kept encrypted, the panel's copy rendered afresh from redacted text."""

    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    application_id: Mapped[str] = mapped_column(ForeignKey("applications.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    size_bytes: Mapped[int]
    original_encrypted: Mapped[bytes] = mapped_column(LargeBinary)
    job_id: Mapped[str | None] = mapped_column(String(36), default=None)
    policy: Mapped[str | None] = mapped_column(String(20), default=None)
    redacted_text: Mapped[str | None] = mapped_column(Text, default=None)
    redacted_pdf: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class RedactionBatch(OrgScoped, Base):
    """Every application of a vacancy (fields and documents) redacted again under one policy."""

    __tablename__ = "redaction_batches"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    vacancy_id: Mapped[str] = mapped_column(String(100), index=True)
    policy: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
