"""The audit log: who did what to which record, when. Never the personal data itself."""

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.common.auth import Principal
from services.common.store import AuditEvent

__all__ = ["events_for", "record"]


def record(
    session: Session,
    principal: Principal,
    action: str,
    target_type: str,
    target_id: str,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Add an audit event to the session; it is kept when the caller commits."""
    event = AuditEvent(
        organisation_id=principal.organisation_id,
        actor_key_id=principal.key_id,
        actor_name=principal.key_name,
        actor_roles=sorted(r.value for r in principal.roles),
        action=action,
        target_type=target_type,
        target_id=str(target_id),
        details=details or {},
    )
    session.add(event)
    return event


def events_for(
    session: Session, organisation_id: int, target_type: str | None = None, target_id: str | None = None
) -> list[AuditEvent]:
    query = select(AuditEvent).where(AuditEvent.organisation_id == organisation_id)
    if target_type:
        query = query.where(AuditEvent.target_type == target_type)
    if target_id:
        query = query.where(AuditEvent.target_id == target_id)
    return list(session.scalars(query.order_by(AuditEvent.id)))
