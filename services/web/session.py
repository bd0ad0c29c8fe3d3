"""Browser sessions: a signed cookie naming the API key, re-checked against the database on every request.

The cookie holds the key's database id, a fingerprint of its hash and a CSRF token — never the key itself.
Revoking the key ends every session made with it at once, because each request looks the key up again.
"""

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from fastapi import Request, Response
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy.orm import Session

from services.common.auth import Principal, authenticate
from services.common.errors import Forbidden
from services.common.keys import Role
from services.common.settings import get_settings
from services.common.store import ApiKey

__all__ = [
    "COOKIE_NAME",
    "WebSession",
    "check_csrf",
    "clear_session",
    "load_session",
    "principal_of",
    "save_session",
    "sign_in",
]

COOKIE_NAME = "fairhire_session"
MAX_AGE_SECONDS = 8 * 60 * 60  # a working day
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}


@dataclass
class WebSession:
    csrf: str
    key_id: int | None = None
    fingerprint: str | None = None


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(get_settings().secret_key, salt="fairhire-web-session")


def _fingerprint(key: ApiKey) -> str:
    return hashlib.sha256(f"web:{key.secret_hash}".encode()).hexdigest()[:32]


def load_session(request: Request) -> tuple[WebSession, bool]:
    """The request's session, and whether it is new (so the cookie must be set)."""
    raw = request.cookies.get(COOKIE_NAME)
    if raw:
        try:
            data = _serializer().loads(raw, max_age=MAX_AGE_SECONDS)
            return WebSession(csrf=str(data["c"]), key_id=data.get("k"), fingerprint=data.get("f")), False
        except (BadSignature, KeyError, TypeError):
            pass
    return WebSession(csrf=secrets.token_urlsafe(32)), True


def principal_of(session: Session, web: WebSession) -> Principal | None:
    """The signed-in principal, or None when signed out or the key is revoked."""
    if web.key_id is None or web.fingerprint is None:
        return None
    key = session.get(ApiKey, web.key_id)
    if key is None or key.revoked_at is not None or not hmac.compare_digest(_fingerprint(key), web.fingerprint):
        return None
    return Principal(key.id, key.name, key.organisation_id, frozenset(Role(r) for r in key.roles))


def sign_in(session: Session, presented: str) -> WebSession:
    """A new session (with a new CSRF token) for a valid key; Unauthorized otherwise."""
    principal = authenticate(session, f"Bearer {presented.strip()}")
    key = session.get(ApiKey, principal.key_id)
    assert key is not None
    return WebSession(csrf=secrets.token_urlsafe(32), key_id=key.id, fingerprint=_fingerprint(key))


def _secure(request: Request) -> bool:
    return request.url.scheme == "https" or (request.url.hostname or "") not in LOCAL_HOSTS


def save_session(request: Request, response: Response, web: WebSession) -> None:
    payload = {"c": web.csrf, "k": web.key_id, "f": web.fingerprint}
    response.set_cookie(COOKIE_NAME, _serializer().dumps(payload), max_age=MAX_AGE_SECONDS, path="/",
                        httponly=True, samesite="strict", secure=_secure(request))


def clear_session(request: Request, response: Response) -> None:
    response.delete_cookie(COOKIE_NAME, path="/", httponly=True, samesite="strict", secure=_secure(request))


def check_csrf(web: WebSession, presented: str | None) -> None:
    """Forbidden unless the presented token is the session's."""
    if not presented or not hmac.compare_digest(presented.encode(), web.csrf.encode()):
        raise Forbidden("the form has expired or did not come from FairHire; reload the page and try again")
