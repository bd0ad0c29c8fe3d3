"""Webhooks: the ATS registers a URL and is told, with a signed thin event, when a job finishes.

Signed the Standard Webhooks way: headers `webhook-id`, `webhook-timestamp` and
`webhook-signature: v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">` under the secret's key.
Deliveries are jobs: retried with exponential backoff, recorded as delivered or failed.
"""

import base64
import hashlib
import hmac
import ipaddress
import json
import logging
import secrets
import time
import uuid
from typing import Any
from urllib.parse import urlsplit

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session

from services.common import jobs
from services.common.crypto import decrypt_json, encrypt_json
from services.common.db import session_factory, utcnow
from services.common.errors import InvalidInput
from services.common.settings import get_settings
from services.common.store import Job, Webhook, WebhookDelivery

__all__ = ["DELIVERY_JOB", "emit", "new_secret", "register_webhook", "sign", "validate_url"]

log = logging.getLogger("fairhire.webhooks")

DELIVERY_JOB = "webhook_delivery"
TIMEOUT_SECONDS = 10.0


def new_secret() -> str:
    return "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode()


def sign(secret: str, message_id: str, timestamp: int, body: bytes) -> str:
    """The Standard Webhooks signature header value for one message."""
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = f"{message_id}.{timestamp}.".encode() + body
    return "v1," + base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()


def validate_url(url: str) -> str:
    """HTTPS only; plain HTTP is allowed to loopback addresses outside production (for local testing)."""
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise InvalidInput("the webhook URL must be an absolute https:// URL")
    if parts.username or parts.password:
        raise InvalidInput("the webhook URL must not carry credentials; use the signing secret instead")
    if parts.scheme == "http":
        try:
            loopback = ipaddress.ip_address(parts.hostname).is_loopback
        except ValueError:
            loopback = parts.hostname == "localhost"
        if not loopback or get_settings().environment == "production":
            raise InvalidInput("the webhook URL must use https://")
    return url


def register_webhook(session: Session, organisation_id: int, url: str, secret: str | None) -> tuple[Webhook, str]:
    """A new webhook and its secret (generated when none is given)."""
    secret = secret or new_secret()
    try:
        base64.b64decode(secret.removeprefix("whsec_"), validate=True)
    except ValueError as exc:
        raise InvalidInput("the secret must be 'whsec_' followed by base64") from exc
    webhook = Webhook(id=str(uuid.uuid4()), organisation_id=organisation_id, url=validate_url(url),
                      secret_encrypted=encrypt_json(secret))
    session.add(webhook)
    return webhook, secret


def emit(session: Session, organisation_id: int, event_type: str, data: dict[str, Any]) -> list[str]:
    """Queue the event for every live webhook of the organisation; returns job ids to dispatch after commit."""
    hooks = session.scalars(select(Webhook).where(Webhook.organisation_id == organisation_id,
                                                  Webhook.disabled_at.is_(None)))
    job_ids = []
    for hook in hooks:
        delivery = WebhookDelivery(
            id="msg_" + uuid.uuid4().hex, organisation_id=organisation_id, webhook_id=hook.id,
            event_type=event_type,
            payload={"type": event_type, "timestamp": utcnow().isoformat(), "data": data},
        )
        session.add(delivery)
        job_ids.append(jobs.submit(session, organisation_id, DELIVERY_JOB, delivery.id).id)
    return job_ids


@jobs.register(DELIVERY_JOB)
def deliver(session: Session, job: Job) -> jobs.JobOutcome:
    """POST one event; a non-2xx answer or a network error is retried with backoff."""
    delivery = session.get(WebhookDelivery, job.subject_id)
    if delivery is None:
        return jobs.JobOutcome("failed", "the delivery record no longer exists")
    if delivery.status == "delivered":
        return jobs.JobOutcome("done")
    hook = session.get(Webhook, delivery.webhook_id)
    if hook is None or hook.disabled_at is not None:
        delivery.status = "failed"
        return jobs.JobOutcome("failed", "the webhook was removed before the event could be delivered")
    body = json.dumps(delivery.payload, separators=(",", ":")).encode()
    timestamp = int(time.time())
    headers = {
        "content-type": "application/json",
        "webhook-id": delivery.id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": sign(decrypt_json(hook.secret_encrypted), delivery.id, timestamp, body),
    }
    delivery.attempts += 1
    try:
        response = httpx.post(hook.url, content=body, headers=headers, timeout=TIMEOUT_SECONDS)
        delivery.last_status_code = response.status_code
        ok = response.is_success
    except httpx.HTTPError:
        ok = False
    if ok:
        delivery.status, delivery.delivered_at = "delivered", utcnow()
        return jobs.JobOutcome("done")
    # Keep the attempt count and status code even though the job's transaction is rolled back.
    _record_attempt(delivery.id, delivery.attempts, delivery.last_status_code)
    raise jobs.TransientError("the ATS webhook did not accept the event; it will be retried")


def _record_attempt(delivery_id: str, attempts: int, status_code: int | None) -> None:
    with session_factory()() as session:
        delivery = session.get(WebhookDelivery, delivery_id)
        if delivery is not None:
            delivery.attempts, delivery.last_status_code, delivery.status = attempts, status_code, "retrying"
            session.commit()


@jobs.on_finished
def _mark_failed_deliveries(job: Job) -> None:
    if job.kind == DELIVERY_JOB and job.status == "failed":
        with session_factory()() as session:
            delivery = session.get(WebhookDelivery, job.subject_id)
            if delivery is not None and delivery.status != "delivered":
                delivery.status = "failed"
                session.commit()


# Kinds whose completion the ATS hears about.
NOTIFIED_KINDS: set[str] = set()


@jobs.on_finished
def _notify(job: Job) -> None:
    if job.kind not in NOTIFIED_KINDS:
        return
    with session_factory()() as session:
        job_ids = emit(session, job.organisation_id, "job.finished",
                       {"job_id": job.id, "kind": job.kind, "subject_id": job.subject_id, "status": job.status})
        session.commit()
    for job_id in job_ids:
        jobs.dispatch(job_id)
