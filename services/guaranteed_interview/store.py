"""Each organisation's scheme configurations, one row per version; the newest is in force."""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, UniqueConstraint, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column

from services.common.db import Base, OrgScoped, utcnow
from services.common.errors import Conflict
from services.guaranteed_interview.config import default_config, parse_config
from services.guaranteed_interview.models import SchemeConfig

__all__ = ["SchemeConfigRecord", "current_config", "current_record", "save_config", "version_label"]


class SchemeConfigRecord(OrgScoped, Base):
    __tablename__ = "gi_scheme_configs"
    __table_args__ = (UniqueConstraint("organisation_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int]
    config: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by_key_id: Mapped[int | None] = mapped_column(ForeignKey("api_keys.id"), default=None)


def version_label(organisation_id: int, version: int) -> str:
    """The version string decisions record: unique across organisations and the default."""
    return f"org{organisation_id}-v{version}"


def current_record(session: Session, organisation_id: int) -> SchemeConfigRecord | None:
    query = (
        select(SchemeConfigRecord)
        .where(SchemeConfigRecord.organisation_id == organisation_id)
        .order_by(SchemeConfigRecord.version.desc())
        .limit(1)
    )
    return session.scalars(query).first()


def current_config(session: Session, organisation_id: int) -> tuple[SchemeConfig, bool]:
    """The organisation's configuration in force, and whether it is the council default."""
    record = current_record(session, organisation_id)
    if record is None:
        return default_config(), True
    return parse_config(record.config), False


def save_config(
    session: Session, organisation_id: int, raw: dict[str, Any], key_id: int | None
) -> tuple[SchemeConfigRecord, SchemeConfig]:
    """Validate and store a new version of the organisation's configuration; the server numbers it."""
    latest = session.scalar(
        select(func.max(SchemeConfigRecord.version)).where(
            SchemeConfigRecord.organisation_id == organisation_id
        )
    )
    number = (latest or 0) + 1
    config = parse_config({**raw, "version": version_label(organisation_id, number)})
    record = SchemeConfigRecord(
        organisation_id=organisation_id,
        version=number,
        config=config.model_dump(mode="json"),
        created_by_key_id=key_id,
    )
    session.add(record)
    try:
        session.flush()
    except IntegrityError as exc:
        session.rollback()
        raise Conflict(
            "another change to the schemes was saved at the same time; fetch and try again"
        ) from exc
    return record, config
