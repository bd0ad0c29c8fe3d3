"""API keys: created once and shown once, stored hashed, compared in constant time."""

import hashlib
import hmac
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.common.db import utcnow
from services.common.errors import InvalidInput, NotFound
from services.common.store import ApiKey, Organisation

__all__ = [
    "DEFAULT_ORG",
    "NewKey",
    "Role",
    "create_key",
    "ensure_organisation",
    "list_keys",
    "revoke_key",
    "verify_key",
]

DEFAULT_ORG = "default"
KEY_PREFIX = "fh"


class Role(StrEnum):
    ats = "ats"
    recruiter = "recruiter"
    panel = "panel"
    hr = "hr"
    admin = "admin"


@dataclass(frozen=True)
class NewKey:
    record: ApiKey
    plaintext: str


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def ensure_organisation(session: Session, slug: str, name: str | None = None) -> Organisation:
    """The organisation with this slug, created if it does not exist yet."""
    org = session.scalar(select(Organisation).where(Organisation.slug == slug))
    if org is None:
        org = Organisation(slug=slug, name=name or slug)
        session.add(org)
        session.flush()
    return org


def create_key(session: Session, org: Organisation, name: str, roles: Iterable[str]) -> NewKey:
    """A new key for one organisation; the plaintext exists only in the return value."""
    try:
        role_values = sorted({Role(r).value for r in roles})
    except ValueError as exc:
        raise InvalidInput(f"unknown role; roles are {', '.join(r.value for r in Role)}") from exc
    if not role_values:
        raise InvalidInput("a key needs at least one role")
    public_id = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    plaintext = f"{KEY_PREFIX}_{public_id}_{secret}"
    record = ApiKey(
        organisation_id=org.id, public_id=public_id, name=name, roles=role_values, secret_hash=_hash(secret)
    )
    session.add(record)
    session.flush()
    return NewKey(record, plaintext)


def verify_key(session: Session, presented: str) -> ApiKey | None:
    """The live key matching the presented plaintext, or None."""
    parts = presented.split("_", 2)
    if len(parts) != 3 or parts[0] != KEY_PREFIX:
        return None
    record = session.scalar(select(ApiKey).where(ApiKey.public_id == parts[1]))
    # Hash and compare even when the id is unknown, so timing does not tell which ids exist.
    expected = record.secret_hash if record else _hash("")
    matches = hmac.compare_digest(expected, _hash(parts[2]))
    if record is None or not matches or record.revoked_at is not None:
        return None
    return record


def list_keys(session: Session, org: Organisation | None = None) -> list[ApiKey]:
    query = select(ApiKey).order_by(ApiKey.id)
    if org is not None:
        query = query.where(ApiKey.organisation_id == org.id)
    return list(session.scalars(query))


def revoke_key(session: Session, public_id: str) -> ApiKey:
    record = session.scalar(select(ApiKey).where(ApiKey.public_id == public_id))
    if record is None:
        raise NotFound("no API key with that id")
    if record.revoked_at is None:
        record.revoked_at = utcnow()
    return record
