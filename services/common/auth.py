"""Who is calling: `Authorization: Bearer <key>`, one organisation and a set of roles per key."""

from collections.abc import Callable
from dataclasses import dataclass

from fastapi import Request
from sqlalchemy.orm import Session

from services.common.db import SessionDep
from services.common.errors import Forbidden, Unauthorized
from services.common.keys import Role, verify_key

__all__ = ["Principal", "Role", "authenticate", "require_roles"]


@dataclass(frozen=True)
class Principal:
    key_id: int
    key_name: str
    organisation_id: int
    roles: frozenset[Role]

    def has_any(self, *roles: Role) -> bool:
        return bool(self.roles.intersection(roles))


def authenticate(session: Session, authorization: str | None) -> Principal:
    """The principal behind an Authorization header, or Unauthorized."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("send an API key as 'Authorization: Bearer <key>'")
    record = verify_key(session, token.strip())
    if record is None:
        raise Unauthorized("the API key is not valid or has been revoked")
    return Principal(record.id, record.name, record.organisation_id, frozenset(Role(r) for r in record.roles))


def require_roles(*allowed: Role) -> Callable[[Request, Session], Principal]:
    """A dependency admitting keys that hold at least one of the allowed roles."""

    def dependency(request: Request, session: SessionDep) -> Principal:
        principal = authenticate(session, request.headers.get("authorization"))
        if not principal.has_any(*allowed):
            raise Forbidden(f"this needs one of the roles: {', '.join(r.value for r in allowed)}")
        request.state.principal = principal
        return principal

    return dependency
