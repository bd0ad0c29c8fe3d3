"""Routes every deployment has: API keys (admin), the audit log (hr, admin), job status."""

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Response
from pydantic import BaseModel, Field
from sqlalchemy import select

from services.common import audit, jobs, webhooks
from services.common.auth import Principal, Role, require_roles
from services.common.db import SessionDep, get_owned
from services.common.errors import NotFound
from services.common.keys import create_key, list_keys, revoke_key
from services.common.store import ApiKey, Organisation, Webhook, WebhookDelivery

router = APIRouter(prefix="/v1", tags=["administration"])

Admin = Annotated[Principal, Depends(require_roles(Role.admin))]
Auditor = Annotated[Principal, Depends(require_roles(Role.hr, Role.admin))]
AnyRole = Annotated[Principal, Depends(require_roles(*Role))]
Integrator = Annotated[Principal, Depends(require_roles(Role.ats, Role.admin))]


class KeyOut(BaseModel):
    id: str
    name: str
    roles: list[Role]
    created_at: datetime
    revoked: bool

    @classmethod
    def of(cls, key: ApiKey) -> "KeyOut":
        return cls(id=key.public_id, name=key.name, roles=[Role(r) for r in key.roles],
                   created_at=key.created_at, revoked=key.revoked_at is not None)


class KeyCreate(BaseModel):
    name: str = Field(min_length=1, max_length=100)
    roles: list[Role] = Field(min_length=1)


class KeyCreated(KeyOut):
    key: str = Field(description="The plaintext key. It is shown once and never again.")


class AuditEventOut(BaseModel):
    at: datetime
    actor_name: str
    actor_roles: list[str]
    action: str
    target_type: str
    target_id: str
    details: dict[str, Any]


class JobOut(BaseModel):
    id: str
    kind: str
    subject_id: str
    status: str
    reason: str | None
    attempts: int
    created_at: datetime
    finished_at: datetime | None


@router.get("/keys")
def get_keys(principal: Admin, session: SessionDep) -> list[KeyOut]:
    """The organisation's API keys (never their secrets)."""
    org = session.get(Organisation, principal.organisation_id)
    return [KeyOut.of(k) for k in list_keys(session, org)]


@router.post("/keys", status_code=201)
def post_key(body: KeyCreate, principal: Admin, session: SessionDep) -> KeyCreated:
    """Create a key for the caller's organisation; the plaintext is in this response only."""
    org = session.get(Organisation, principal.organisation_id)
    assert org is not None
    new = create_key(session, org, body.name, body.roles)
    audit.record(session, principal, "key.create", "api_key", new.record.public_id, {"roles": new.record.roles})
    session.commit()
    return KeyCreated(**KeyOut.of(new.record).model_dump(), key=new.plaintext)


@router.delete("/keys/{key_id}", status_code=204, responses={404: {"description": "No such key"}})
def delete_key(key_id: str, principal: Admin, session: SessionDep) -> Response:
    """Revoke a key: it stops working at once."""
    owned = session.scalar(select(ApiKey).where(ApiKey.public_id == key_id,
                                                ApiKey.organisation_id == principal.organisation_id))
    if owned is None:
        raise NotFound("no API key with that id in your organisation")
    revoke_key(session, key_id)
    audit.record(session, principal, "key.revoke", "api_key", key_id)
    session.commit()
    return Response(status_code=204)


@router.get("/audit-events")
def get_audit_events(principal: Auditor, session: SessionDep, target_type: str | None = None,
                     target_id: str | None = None) -> list[AuditEventOut]:
    """The organisation's audit log, oldest first."""
    events = audit.events_for(session, principal.organisation_id, target_type, target_id)
    return [AuditEventOut.model_validate(e, from_attributes=True) for e in events]


@router.get("/jobs/{job_id}", responses={404: {"description": "No such job"}})
def get_job(job_id: str, principal: AnyRole, session: SessionDep) -> JobOut:
    """A background job's status: queued, running, done, failed (with a reason) or needs_manual_review."""
    return JobOut.model_validate(jobs.get_job(session, principal.organisation_id, job_id), from_attributes=True)


class WebhookCreate(BaseModel):
    url: str = Field(max_length=2000, description="https:// URL that receives signed job.finished events")
    secret: str | None = Field(default=None, max_length=200,
                               description="'whsec_' + base64; generated when omitted")


class WebhookOut(BaseModel):
    id: str
    url: str
    created_at: datetime


class WebhookCreated(WebhookOut):
    secret: str = Field(description="The signing secret, shown once")


class DeliveryOut(BaseModel):
    id: str
    event_type: str
    status: str
    attempts: int
    last_status_code: int | None
    created_at: datetime
    delivered_at: datetime | None


def _owned_webhook(session: SessionDep, principal: Principal, webhook_id: str) -> Webhook:
    hook = get_owned(session, Webhook, webhook_id, principal.organisation_id, "webhook")
    if hook.disabled_at is not None:
        raise NotFound("no webhook with that id in your organisation")
    return hook


@router.post("/webhooks", status_code=201)
def post_webhook(body: WebhookCreate, principal: Integrator, session: SessionDep) -> WebhookCreated:
    """Register a URL to be told when jobs finish (Standard Webhooks signatures)."""
    hook, secret = webhooks.register_webhook(session, principal.organisation_id, body.url, body.secret)
    audit.record(session, principal, "webhook.create", "webhook", hook.id)
    session.commit()
    return WebhookCreated(id=hook.id, url=hook.url, created_at=hook.created_at, secret=secret)


@router.get("/webhooks")
def get_webhooks(principal: Integrator, session: SessionDep) -> list[WebhookOut]:
    """The organisation's live webhooks."""
    hooks = session.scalars(select(Webhook).where(Webhook.organisation_id == principal.organisation_id,
                                                  Webhook.disabled_at.is_(None)).order_by(Webhook.created_at))
    return [WebhookOut(id=h.id, url=h.url, created_at=h.created_at) for h in hooks]


@router.delete("/webhooks/{webhook_id}", status_code=204, responses={404: {"description": "No such webhook"}})
def delete_webhook(webhook_id: str, principal: Integrator, session: SessionDep) -> Response:
    """Stop sending events to a webhook."""
    _owned_webhook(session, principal, webhook_id).disabled_at = datetime.now(UTC)
    audit.record(session, principal, "webhook.delete", "webhook", webhook_id)
    session.commit()
    return Response(status_code=204)


@router.get("/webhooks/{webhook_id}/deliveries", responses={404: {"description": "No such webhook"}})
def get_deliveries(webhook_id: str, principal: Integrator, session: SessionDep) -> list[DeliveryOut]:
    """What was sent to a webhook, and whether it was delivered."""
    _owned_webhook(session, principal, webhook_id)
    deliveries = session.scalars(select(WebhookDelivery).where(WebhookDelivery.webhook_id == webhook_id)
                                 .order_by(WebhookDelivery.created_at))
    return [DeliveryOut.model_validate(d, from_attributes=True) for d in deliveries]
